#include "templatedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

using workflow::TemplateSlot;
using workflow::WorkflowTemplate;

TemplateDialog::TemplateDialog(const QStringList &models, const QStringList &collections, const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_collections(collections)
    , m_taken(taken)
{
    setWindowTitle(tr("New workflow from a template"));
    setObjectName(QStringLiteral("workflowTemplateDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("workflowTemplate"));
    for (const WorkflowTemplate &t : workflow::templates())
        m_template->addItem(t.title, t.id);
    form->addRow(tr("Template:"), m_template);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("workflowTemplateName"));
    form->addRow(tr("Name:"), m_name);
    layout->addLayout(form);
    // wrapped texts in the column itself, not in a form's rows: the dialog then grows to hold them
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    layout->addWidget(m_description);
    auto *slotsNote = new QLabel(tr("What each slot of the template uses. Left empty, a slot keeps its name, which must then be a "
                                    "virtual model, route or collection of the workspace."),
                                 this);
    slotsNote->setWordWrap(true);
    layout->addWidget(slotsNote);
    m_slotColumn = new QVBoxLayout;
    layout->addLayout(m_slotColumn);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("workflowTemplateCreate"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_template, &QComboBox::currentIndexChanged, this, &TemplateDialog::showTemplate);
    resize(600, 300);
    showTemplate();
}

TemplateDialog::~TemplateDialog() = default;

void TemplateDialog::setTemplate(const QString &id)
{
    const int index = m_template->findData(id);
    if (index >= 0)
        m_template->setCurrentIndex(index);
}

QString TemplateDialog::templateId() const
{
    return m_template->currentData().toString();
}

QString TemplateDialog::name() const
{
    return m_name->text().trimmed();
}

QHash<QString, QString> TemplateDialog::values() const
{
    QHash<QString, QString> out;
    for (auto it = m_slotEditors.cbegin(); it != m_slotEditors.cend(); ++it) {
        const QString value = it.value()->currentText().trimmed();
        if (!value.isEmpty())
            out.insert(it.key(), value);
    }
    return out;
}

void TemplateDialog::showTemplate()
{
    const WorkflowTemplate *t = workflow::findTemplate(templateId());
    while (QLayoutItem *item = m_slotColumn->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_slotEditors.clear();
    if (!t)
        return;
    m_description->setText(t->description);
    QString name = t->id;
    for (int n = 2; m_taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(t->id).arg(n);
    m_name->setText(name);
    for (const TemplateSlot &s : t->templateSlots) {
        auto *editor = new QComboBox(this);
        editor->setObjectName(QStringLiteral("workflowTemplateSlot-") + s.name);
        editor->setEditable(true);
        editor->addItem(QString());
        editor->addItems(s.kind == TemplateSlot::Kind::Model ? m_models : m_collections);
        editor->lineEdit()->setPlaceholderText(s.name);
        editor->setToolTip(s.description);
        editor->setMinimumContentsLength(18);
        editor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        const QString what = s.kind == TemplateSlot::Kind::Model ? tr("<b>%1</b> (model): %2") : tr("<b>%1</b> (collection): %2");
        auto *label = new QLabel(what.arg(s.name.toHtmlEscaped(), s.description.toHtmlEscaped()), this);
        label->setWordWrap(true);
        label->setBuddy(editor);
        m_slotColumn->addWidget(label);
        m_slotColumn->addWidget(editor);
        // shown now, not later: the height below counts them
        label->show();
        editor->show();
        m_slotEditors.insert(s.name, editor);
    }
    fitHeight();
}

void TemplateDialog::fitHeight()
{
    // the wrapped texts take the height they need at this width, whatever the template
    layout()->invalidate();
    const int need = layout()->totalHeightForWidth(width());
    setMinimumHeight(need);
    if (height() < need)
        resize(width(), need);
}

} // namespace sb::ui
