#pragma once

#include "common/expected.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace sb::ui {

// Web pages to import into a collection: http(s) URLs, one a line. Import is enabled only while every
// line is one; the hint says what is wrong with the first that is not.
class UrlDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlDialog)

public:
    explicit UrlDialog(const QString &collection, QWidget *parent = nullptr);
    ~UrlDialog() override;

    void setText(const QString &text);
    QStringList urls() const; // empty while a line is not an http(s) URL

    // The URLs of `text` (one a line; blank lines and repeats left out), or why the first line that is
    // not an http(s) URL with a host is refused.
    [[nodiscard]] static Expected<QStringList> parse(const QString &text);

private:
    void check();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
