#pragma once

#include "knowledge/store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sb::ui {

// A collection's settings: name, description, embedding model (one of `embedModels`, any typed
// PROVIDER/MODEL or route, or none: BM25 only), rerank model (one of `chatModels`, any typed one, or
// off) and how many passages it sees, passage size and overlap, OCR language, and the globs a folder
// import keeps and leaves out. The store checks what it saves; this keeps the numbers in range.
class CollectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionDialog)

public:
    // `editing`: the name stays (other pages and the proxy refer to the collection by it).
    CollectionDialog(const knowledge::Collection &collection, const QStringList &embedModels, const QStringList &chatModels, bool editing,
                     QWidget *parent = nullptr);
    ~CollectionDialog() override;

    knowledge::Collection collection() const;
    void setCollection(const knowledge::Collection &collection);

    // Globs as the user types them: separated by commas, semicolons or new lines.
    static QStringList parseGlobs(const QString &text);

private:
    void check();

    knowledge::Collection m_base;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_rerank = nullptr;
    QSpinBox *m_rerankCandidates = nullptr;
    QSpinBox *m_tokens = nullptr;
    QSpinBox *m_overlap = nullptr;
    QLineEdit *m_ocr = nullptr;
    QLineEdit *m_include = nullptr;
    QLineEdit *m_exclude = nullptr;
    QCheckBox *m_watch = nullptr; // Collection::watch: its folders followed while the app runs
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
