#pragma once

#include "workflow/templates.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sb::ui {

// A new workflow from one of the shipped templates (workflow::templates()): its name, and for each slot
// the model (real, virtual or a route) or knowledge collection of the workspace that takes its place.
// A slot left empty keeps its name, which then has to name a virtual model, route or collection.
class TemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateDialog)

public:
    // models: what model slots offer; collections: what collection slots offer; taken: the workflows'
    // names (a new one gets another)
    TemplateDialog(const QStringList &models, const QStringList &collections, const QStringList &taken, QWidget *parent = nullptr);
    ~TemplateDialog() override;

    void setTemplate(const QString &id);
    QString templateId() const;
    QString name() const;
    QLineEdit *nameEdit() const { return m_name; }
    // The editor of a slot (null when the template has none of that name).
    QComboBox *slotEditor(const QString &slot) const { return m_slotEditors.value(slot); }
    // slot -> the model or collection chosen (slots left empty are not in it)
    QHash<QString, QString> values() const;
    QPushButton *createButton() const { return m_create; }

private:
    void showTemplate();
    void fitHeight();

    QStringList m_models;
    QStringList m_collections;
    QStringList m_taken;
    QComboBox *m_template = nullptr;
    QLabel *m_description = nullptr;
    QLineEdit *m_name = nullptr;
    QVBoxLayout *m_slotColumn = nullptr;
    QHash<QString, QComboBox *> m_slotEditors;
    QPushButton *m_create = nullptr;
};

} // namespace sb::ui
