#include "workflowform.h"

#include "formparts.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

enum Column { NameColumn, TypeColumn, RequiredColumn, DescriptionColumn };

struct Inputs {
    Q_DECLARE_TR_FUNCTIONS(WorkflowInputs)
};

QString typeOf(const QJsonObject &property)
{
    const QString type = property.value(QLatin1String("type")).toString();
    if (type == QLatin1String("string"))
        return QStringLiteral("text");
    if (type == QLatin1String("array"))
        return QStringLiteral("list");
    if (type == QLatin1String("object"))
        return property.value(QLatin1String("format")).toString() == QLatin1String("file") ? QStringLiteral("file") : QStringLiteral("object");
    if (type == QLatin1String("number") || type == QLatin1String("integer") || type == QLatin1String("boolean"))
        return type;
    return QStringLiteral("any");
}

} // namespace

QStringList WorkflowInput::types()
{
    return {QStringLiteral("text"), QStringLiteral("number"), QStringLiteral("integer"), QStringLiteral("boolean"),
            QStringLiteral("file"), QStringLiteral("list"),   QStringLiteral("object"),  QStringLiteral("any")};
}

QString WorkflowInput::typeLabel(const QString &type)
{
    if (type == QLatin1String("text"))
        return Inputs::tr("text");
    if (type == QLatin1String("number"))
        return Inputs::tr("number");
    if (type == QLatin1String("integer"))
        return Inputs::tr("whole number");
    if (type == QLatin1String("boolean"))
        return Inputs::tr("yes/no");
    if (type == QLatin1String("file"))
        return Inputs::tr("file");
    if (type == QLatin1String("list"))
        return Inputs::tr("list (JSON)");
    if (type == QLatin1String("object"))
        return Inputs::tr("object (JSON)");
    return Inputs::tr("any JSON");
}

QList<WorkflowInput> WorkflowInput::fromSchema(const QJsonObject &schema)
{
    QList<WorkflowInput> out;
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = schema.value(QLatin1String("required")).toArray();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        WorkflowInput input;
        input.name = it.key();
        input.schema = it.value().toObject();
        input.type = typeOf(input.schema);
        input.required = required.contains(QJsonValue(it.key()));
        input.description = input.schema.value(QLatin1String("description")).toString();
        out << input;
    }
    return out;
}

QJsonObject WorkflowInput::toSchema(const QList<WorkflowInput> &inputs, const QJsonObject &original)
{
    if (inputs.isEmpty()) {
        QJsonObject rest = original;
        rest.remove(QStringLiteral("properties"));
        rest.remove(QStringLiteral("required"));
        rest.remove(QStringLiteral("type"));
        return rest;
    }
    QJsonObject schema = original;
    schema.insert(QStringLiteral("type"), QStringLiteral("object"));
    QJsonObject properties;
    QJsonArray required;
    for (const WorkflowInput &input : inputs) {
        if (input.name.isEmpty())
            continue;
        QJsonObject p = input.schema;
        if (typeOf(p) != input.type) {
            // another type: what belonged to the old one goes
            p = QJsonObject();
            if (input.type == QLatin1String("text"))
                p.insert(QStringLiteral("type"), QStringLiteral("string"));
            else if (input.type == QLatin1String("list"))
                p.insert(QStringLiteral("type"), QStringLiteral("array"));
            else if (input.type == QLatin1String("file"))
                p = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("format"), QStringLiteral("file")}};
            else if (input.type != QLatin1String("any"))
                p.insert(QStringLiteral("type"), input.type);
        }
        if (input.description.isEmpty())
            p.remove(QStringLiteral("description"));
        else
            p.insert(QStringLiteral("description"), input.description);
        properties.insert(input.name, p);
        if (input.required)
            required.append(input.name);
    }
    schema.insert(QStringLiteral("properties"), properties);
    if (required.isEmpty())
        schema.remove(QStringLiteral("required"));
    else
        schema.insert(QStringLiteral("required"), required);
    return schema;
}

WorkflowForm::WorkflowForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("workflowName"));
    m_name->setToolTip(tr("Letters, digits, '_', '-' and '.'; the proxy offers the workflow as the model workflow:NAME"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { Q_EMIT fieldEdited(QStringLiteral("name"), text.trimmed()); });
    m_nameProblem = formparts::problemLabel(this);
    form->addRow(tr("Name"), formparts::withProblem(this, m_name, m_nameProblem));
    m_description = formparts::textBox(this, 3);
    m_description->setObjectName(QStringLiteral("workflowDescription"));
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            Q_EMIT fieldEdited(QStringLiteral("description"), m_description->toPlainText());
    });
    form->addRow(tr("Description"), m_description);
    layout->addLayout(form);

    auto *inputsLabel = new QLabel(tr("Inputs a run takes (input.NAME in templates and expressions):"), this);
    inputsLabel->setWordWrap(true);
    layout->addWidget(inputsLabel);
    m_inputs = new QTableWidget(0, 4, this);
    m_inputs->setObjectName(QStringLiteral("workflowInputs"));
    m_inputs->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Required"), tr("Description")});
    m_inputs->verticalHeader()->hide();
    m_inputs->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_inputs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inputs->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_inputs, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            commitInputs();
    });
    layout->addWidget(m_inputs, 1);
    m_inputsProblem = formparts::problemLabel(this);
    layout->addWidget(m_inputsProblem);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add input"), this);
    add->setObjectName(QStringLiteral("workflowAddInput"));
    connect(add, &QPushButton::clicked, this, &WorkflowForm::addInput);
    m_remove = new QPushButton(tr("Remove input"), this);
    m_remove->setObjectName(QStringLiteral("workflowRemoveInput"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &WorkflowForm::removeInput);
    connect(m_inputs, &QTableWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(!m_inputs->selectedItems().isEmpty()); });
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
}

WorkflowForm::~WorkflowForm() = default;

void WorkflowForm::showWorkflow(const QJsonObject &workflow, const QStringList &problems)
{
    m_updating = true;
    const QString name = workflow.value(QLatin1String("name")).toString();
    if (m_name->text().trimmed() != name)
        m_name->setText(name);
    const QString description = workflow.value(QLatin1String("description")).toString();
    if (m_description->toPlainText() != description)
        m_description->setPlainText(description);
    const QJsonObject schema = workflow.value(QLatin1String("inputSchema")).toObject();
    m_schema = schema;
    if (WorkflowInput::toSchema(tableInputs(), schema) != schema && !m_inputs->isAncestorOf(QApplication::focusWidget()))
        fillInputs(WorkflowInput::fromSchema(schema));
    m_updating = false;
    QStringList nameProblems;
    QStringList inputProblems;
    for (const QString &p : problems) {
        if (p.startsWith(QLatin1String("name:")))
            nameProblems << p;
        else if (p.startsWith(QLatin1String("inputSchema")))
            inputProblems << p;
    }
    m_nameProblem->setVisible(!nameProblems.isEmpty());
    m_nameProblem->setText(nameProblems.join(QLatin1Char('\n')));
    m_inputsProblem->setVisible(!inputProblems.isEmpty());
    m_inputsProblem->setText(inputProblems.join(QLatin1Char('\n')));
}

void WorkflowForm::fillInputs(const QList<WorkflowInput> &inputs)
{
    const bool was = m_updating;
    m_updating = true;
    m_inputs->setRowCount(0);
    for (const WorkflowInput &input : inputs) {
        const int row = m_inputs->rowCount();
        m_inputs->insertRow(row);
        auto *name = new QTableWidgetItem(input.name);
        name->setData(Qt::UserRole, QJsonObject(input.schema).toVariantMap());
        m_inputs->setItem(row, NameColumn, name);
        auto *type = new QComboBox(m_inputs);
        for (const QString &t : WorkflowInput::types())
            type->addItem(WorkflowInput::typeLabel(t), t);
        type->setCurrentIndex(int(WorkflowInput::types().indexOf(input.type)));
        connect(type, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                commitInputs();
        });
        m_inputs->setCellWidget(row, TypeColumn, type);
        auto *required = new QTableWidgetItem;
        required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        required->setCheckState(input.required ? Qt::Checked : Qt::Unchecked);
        m_inputs->setItem(row, RequiredColumn, required);
        m_inputs->setItem(row, DescriptionColumn, new QTableWidgetItem(input.description));
    }
    m_inputs->resizeColumnToContents(TypeColumn);
    m_updating = was;
}

QList<WorkflowInput> WorkflowForm::tableInputs() const
{
    QList<WorkflowInput> out;
    for (int row = 0; row < m_inputs->rowCount(); ++row) {
        WorkflowInput input;
        const QTableWidgetItem *name = m_inputs->item(row, NameColumn);
        input.name = name ? name->text().trimmed() : QString();
        input.schema = name ? QJsonObject::fromVariantMap(name->data(Qt::UserRole).toMap()) : QJsonObject();
        const auto *type = qobject_cast<QComboBox *>(m_inputs->cellWidget(row, TypeColumn));
        input.type = type ? type->currentData().toString() : QStringLiteral("text");
        input.required = m_inputs->item(row, RequiredColumn) && m_inputs->item(row, RequiredColumn)->checkState() == Qt::Checked;
        input.description = m_inputs->item(row, DescriptionColumn) ? m_inputs->item(row, DescriptionColumn)->text().trimmed() : QString();
        out << input;
    }
    return out;
}

void WorkflowForm::commitInputs()
{
    const QJsonObject schema = WorkflowInput::toSchema(tableInputs(), m_schema);
    m_schema = schema;
    Q_EMIT fieldEdited(QStringLiteral("inputSchema"), schema.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(schema));
}

void WorkflowForm::addInput()
{
    QList<WorkflowInput> inputs = tableInputs();
    QStringList names;
    for (const WorkflowInput &i : std::as_const(inputs))
        names << i.name;
    WorkflowInput input;
    input.name = QStringLiteral("text");
    for (int n = 2; names.contains(input.name); ++n)
        input.name = QStringLiteral("input%1").arg(n);
    input.type = QStringLiteral("text");
    inputs << input;
    fillInputs(inputs);
    commitInputs();
    m_inputs->setCurrentCell(int(inputs.size()) - 1, NameColumn);
    m_inputs->editItem(m_inputs->item(int(inputs.size()) - 1, NameColumn));
}

void WorkflowForm::removeInput()
{
    const int row = m_inputs->currentRow();
    if (row < 0)
        return;
    QList<WorkflowInput> inputs = tableInputs();
    inputs.removeAt(row);
    fillInputs(inputs);
    commitInputs();
}

} // namespace sb::ui
