#include "inspector.h"

#include "format.h"
#include "formparts.h"
#include "kinds.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb::ui {

using formparts::jsonText;
using formparts::textBox;
using workflow::Field;
using workflow::StepKind;

namespace {

QStringList lines(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

QJsonArray fromLines(const QString &text)
{
    QJsonArray out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

// The field a problem is about: "labels[1]" and "parameters.temperature" are labels and parameters.
QString fieldOf(const QString &problemField)
{
    qsizetype end = problemField.size();
    for (const QChar c : {QLatin1Char('.'), QLatin1Char('[')}) {
        const qsizetype at = problemField.indexOf(c);
        if (at >= 0)
            end = std::min(end, at);
    }
    return problemField.left(end);
}

} // namespace

StepInspector::StepInspector(QWidget *parent)
    : QWidget(parent)
{
    QVBoxLayout *layout = formparts::scrolledColumn(this);
    QWidget *content = layout->parentWidget();
    m_header = new QLabel(content);
    m_header->setWordWrap(true);
    m_header->setObjectName(QStringLiteral("inspectorHeader"));
    layout->addWidget(m_header);
    m_empty = new QLabel(tr("Select a step on the canvas to edit it. Add steps from the palette: drag one onto the canvas or "
                            "double-click it. Drag from a step's port on the right to another step to connect them."),
                         content);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_otherProblems = formparts::problemLabel(content);
    layout->addWidget(m_otherProblems);

    m_resultBox = new QGroupBox(tr("In the run shown"), content);
    m_resultBox->setObjectName(QStringLiteral("inspectorResult"));
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    m_resultItem = new QComboBox(m_resultBox);
    m_resultItem->setObjectName(QStringLiteral("inspectorResultItem"));
    resultLayout->addWidget(m_resultItem);
    m_resultSummary = new QLabel(m_resultBox);
    m_resultSummary->setObjectName(QStringLiteral("inspectorResultSummary"));
    m_resultSummary->setWordWrap(true);
    m_resultSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_resultSummary);
    m_resultOutput = textBox(m_resultBox, 6, true);
    m_resultOutput->setObjectName(QStringLiteral("inspectorResultOutput"));
    m_resultOutput->setReadOnly(true);
    resultLayout->addWidget(m_resultOutput);
    m_compare = new QPushButton(tr("Compare on other models…"), m_resultBox);
    m_compare->setObjectName(QStringLiteral("inspectorCompareStep"));
    m_compare->setToolTip(tr("Send the input this step was given (system and user prompt as rendered, its parameters) to 2 to 6 models "
                             "side by side in Compare"));
    resultLayout->addWidget(m_compare, 0, Qt::AlignLeft);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const int index = m_resultItem->currentIndex();
        if (index >= 0 && index < m_results.size())
            Q_EMIT compareRequested(m_results.at(index).key);
    });
    m_resultBox->hide();
    layout->addWidget(m_resultBox);
    connect(m_resultItem, &QComboBox::currentIndexChanged, this, &StepInspector::showResult);

    m_stack = new QStackedWidget(content);
    layout->addWidget(m_stack);
    m_openMap = new QPushButton(tr("Open its steps"), content);
    m_openMap->setObjectName(QStringLiteral("inspectorOpenMap"));
    m_openMap->setToolTip(tr("Edit the steps this map runs for each item (or double-click it on the canvas)"));
    m_openMap->hide();
    connect(m_openMap, &QPushButton::clicked, this, [this] { Q_EMIT openMapRequested(m_stepId); });
    layout->addWidget(m_openMap);
    layout->addStretch();
    showStep({}, {});
}

StepInspector::~StepInspector()
{
    qDeleteAll(m_forms); // (their widgets are the stack's children)
}

void StepInspector::setModels(const QStringList &models)
{
    if (models == m_models)
        return;
    m_models = models;
    // the model boxes list them: the forms are built again
    for (Form *f : std::as_const(m_forms)) {
        delete f->host;
        delete f;
    }
    m_forms.clear();
    m_form = nullptr;
    showStep(m_step, {});
}

QWidget *StepInspector::editor(const QString &key) const
{
    if (!m_form)
        return nullptr;
    if (key == QLatin1String("id"))
        return m_form->id;
    for (const Editor &e : m_form->editors) {
        if (e.key == key)
            return e.widget;
    }
    return nullptr;
}

QString StepInspector::shapeOf(const QJsonObject &step)
{
    if (step.isEmpty())
        return {};
    const QString kind = step.value(QLatin1String("kind")).toString();
    QString shape = kind;
    if (kind == QLatin1String("transform")) {
        // its operation's fields, and those it does not take that are there (to be fixed)
        const auto op = workflow::opFromName(step.value(QLatin1String("op")).toString());
        const QStringList takes = workflow::opFields(op.value_or(workflow::TransformOp::Template));
        shape += QLatin1Char('\n') + step.value(QLatin1String("op")).toString();
        for (const workflow::Field &f : workflow::fieldsOf(workflow::StepKind::Transform)) {
            if (f.key != QLatin1String("op") && !takes.contains(f.key) && step.contains(f.key))
                shape += QLatin1Char('\n') + f.key;
        }
    }
    return shape;
}

void StepInspector::showStep(const QJsonObject &step, const QStringList &problems)
{
    const QString id = step.value(QLatin1String("id")).toString();
    const bool another = id != m_stepId || step.value(QLatin1String("kind")) != m_step.value(QLatin1String("kind"));
    m_step = step;
    m_stepId = id;
    m_updating = true;
    const QString shape = shapeOf(step);
    Form *form = shape.isEmpty() ? nullptr : m_forms.value(shape);
    if (!shape.isEmpty() && !form) {
        form = build(step);
        m_forms.insert(shape, form);
        m_stack->addWidget(form->host);
    }
    if (another || form != m_form) {
        const auto kind = workflow::kindFromName(step.value(QLatin1String("kind")).toString());
        m_empty->setVisible(step.isEmpty());
        m_stack->setVisible(form);
        m_openMap->setVisible(kind == StepKind::Map);
        m_header->setVisible(!step.isEmpty());
        if (!step.isEmpty())
            m_header->setText(kind ? QStringLiteral("<b>%1</b><br>%2")
                                         .arg(workflowkinds::label(*kind).toHtmlEscaped(), workflowkinds::description(*kind).toHtmlEscaped())
                                   : tr("Unknown kind \"%1\": fix it in the JSON view.").arg(step.value(QLatin1String("kind")).toString()));
        if (form)
            m_stack->setCurrentWidget(form->host);
        m_form = form;
    }
    if (m_form) {
        if (!m_form->id->hasFocus() || another)
            m_form->id->setText(id);
        for (const Editor &e : std::as_const(m_form->editors))
            e.show(step.value(e.key));
    }
    m_updating = false;
    showProblems(problems);
}

StepInspector::Form *StepInspector::build(const QJsonObject &step)
{
    auto *made = new Form;
    made->host = new QWidget(m_stack);
    made->layout = new QFormLayout(made->host);
    made->layout->setContentsMargins(0, 0, 0, 0);
    made->layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    made->layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto kind = workflow::kindFromName(step.value(QLatin1String("kind")).toString());
    made->id = new QLineEdit(made->host);
    made->id->setObjectName(QStringLiteral("inspector_id"));
    made->id->setToolTip(tr("Letters, digits and '_'; other steps read this one as steps.ID"));
    QLineEdit *idEdit = made->id;
    connect(idEdit, &QLineEdit::editingFinished, this, [this, idEdit] {
        const QString wanted = idEdit->text().trimmed();
        if (!wanted.isEmpty() && wanted != m_stepId)
            Q_EMIT renameRequested(m_stepId, wanted);
        else
            idEdit->setText(m_stepId);
    });
    QLabel *idProblem = formparts::problemLabel(made->host);
    made->layout->addRow(tr("Id"), formparts::withProblem(made->host, made->id, idProblem));
    made->editors << Editor{QStringLiteral("id"), made->id, idProblem, [](const QJsonValue &) {}};
    if (!kind)
        return made;
    QList<Field> fields;
    const QStringList takes = *kind == StepKind::Transform
        ? workflow::opFields(workflow::opFromName(step.value(QLatin1String("op")).toString()).value_or(workflow::TransformOp::Template))
        : QStringList();
    for (const Field &f : workflow::commonFields()) {
        if (f.key == QLatin1String("title") || f.key == QLatin1String("description"))
            fields << f;
    }
    for (const Field &f : workflow::fieldsOf(*kind)) {
        if (*kind == StepKind::Transform && f.key != QLatin1String("op") && !takes.contains(f.key) && !step.contains(f.key))
            continue; // what the operation does not take (shown when it is there, so that its problem can be fixed)
        fields << f;
    }
    if (workflow::isAsyncKind(*kind)) {
        for (const Field &f : workflow::commonFields()) {
            if (f.type == Field::Type::Integer)
                fields << f;
        }
    }
    for (const Field &field : std::as_const(fields))
        addField(*made, field);
    return made;
}

void StepInspector::commit(const QString &key, const QJsonValue &value)
{
    if (m_updating || m_stepId.isEmpty())
        return;
    Q_EMIT fieldEdited(m_stepId, key, value);
}

void StepInspector::addField(Form &form, const Field &field)
{
    QWidget *host = form.host;
    using T = Field::Type;
    const QString key = field.key;
    QWidget *widget = nullptr;
    std::function<void(const QJsonValue &)> show;
    switch (field.type) {
    case T::Object: return; // the position: the canvas sets it
    case T::Text:
    case T::Expression: {
        auto *edit = new QLineEdit(host);
        if (field.type == T::Expression)
            edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        connect(edit, &QLineEdit::textEdited, this, [this, key, edit, required = field.required] {
            commit(key, edit->text().isEmpty() && !required ? QJsonValue(QJsonValue::Undefined) : QJsonValue(edit->text()));
        });
        show = [edit](const QJsonValue &v) {
            if (edit->text() != v.toString())
                edit->setText(v.toString());
        };
        widget = edit;
        break;
    }
    case T::Model: {
        auto *box = new QComboBox(host);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(m_models);
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(box, &QComboBox::currentTextChanged, this, [this, key](const QString &text) { commit(key, text); });
        show = [box](const QJsonValue &v) {
            if (box->currentText() != v.toString())
                box->setCurrentText(v.toString());
        };
        widget = box;
        break;
    }
    case T::Template:
    case T::Expressions:
    case T::Strings:
    case T::Schema: {
        const bool list = field.type == T::Expressions || field.type == T::Strings;
        const bool code = field.type != T::Template;
        auto *edit = textBox(host, field.type == T::Schema ? 6 : list ? 3 : 4, code);
        QLabel *parseError = field.type == T::Schema ? formparts::problemLabel(host) : nullptr;
        connect(edit, &QPlainTextEdit::textChanged, this, [this, key, edit, field, list, parseError] {
            if (m_updating)
                return;
            const QString text = edit->toPlainText();
            if (list) {
                const QJsonArray a = fromLines(text);
                commit(key, a.isEmpty() && !field.required ? QJsonValue(QJsonValue::Undefined) : QJsonValue(a));
            } else if (field.type == T::Schema) {
                if (text.trimmed().isEmpty()) {
                    parseError->hide();
                    commit(key, QJsonValue::Undefined);
                    return;
                }
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
                parseError->setVisible(!doc.isObject());
                if (!doc.isObject()) {
                    parseError->setText(
                        error.error != QJsonParseError::NoError
                            ? tr("Not JSON yet (%1 at %2): the step keeps its last schema.").arg(error.errorString()).arg(error.offset)
                            : tr("A schema is a JSON object: the step keeps its last one."));
                    return;
                }
                commit(key, doc.object());
            } else {
                commit(key, text);
            }
        });
        show = [edit, list, field](const QJsonValue &v) {
            QString text;
            if (list)
                text = lines(v).join(QLatin1Char('\n'));
            else if (field.type == T::Schema)
                text = v.isUndefined() ? QString() : jsonText(v);
            else
                text = v.toString();
            // the same value written another way (spaces in the schema, blank lines) stays as typed
            QString shown = edit->toPlainText();
            if (list)
                shown = lines(fromLines(shown)).join(QLatin1Char('\n'));
            else if (field.type == T::Schema)
                shown = jsonText(QJsonDocument::fromJson(shown.toUtf8()).object());
            if (shown != text && !(field.type == T::Schema && v.isUndefined() && edit->toPlainText().trimmed().isEmpty()))
                edit->setPlainText(text);
        };
        if (parseError) {
            edit->setObjectName(QStringLiteral("inspector_") + key);
            widget = formparts::withProblem(host, edit, parseError);
            form.editors << Editor{key + QStringLiteral(".text"), edit, nullptr, [](const QJsonValue &) {}};
        } else {
            widget = edit;
        }
        break;
    }
    case T::Integer: {
        auto *spin = new QSpinBox(host);
        spin->setRange(field.min - 1, field.max);
        spin->setSpecialValueText(tr("default"));
        connect(spin, &QSpinBox::valueChanged, this,
                [this, key, field](int value) { commit(key, value < field.min ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value)); });
        show = [spin, field](const QJsonValue &v) {
            const int value = v.isDouble() ? v.toInt() : field.min - 1;
            if (spin->value() != value)
                spin->setValue(value);
        };
        widget = spin;
        break;
    }
    case T::Boolean: {
        auto *check = new QCheckBox(host);
        connect(check, &QCheckBox::toggled, this, [this, key](bool on) { commit(key, on ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined)); });
        show = [check](const QJsonValue &v) {
            if (check->isChecked() != v.toBool())
                check->setChecked(v.toBool());
        };
        widget = check;
        break;
    }
    case T::Choice: {
        auto *box = new QComboBox(host);
        if (!field.required)
            box->addItem(QString());
        box->addItems(field.choices);
        connect(box, &QComboBox::currentTextChanged, this,
                [this, key](const QString &text) { commit(key, text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text)); });
        show = [box](const QJsonValue &v) {
            if (box->findText(v.toString()) < 0)
                box->addItem(v.toString());
            if (box->currentText() != v.toString())
                box->setCurrentText(v.toString());
        };
        widget = box;
        break;
    }
    case T::Parameters: {
        auto *box = new QWidget(host);
        auto *params = new QFormLayout(box);
        params->setContentsMargins(12, 0, 0, 0);
        auto *temperature = new QDoubleSpinBox(box);
        temperature->setObjectName(QStringLiteral("inspector_temperature"));
        temperature->setRange(-0.1, 2);
        temperature->setSingleStep(0.1);
        temperature->setDecimals(2);
        temperature->setSpecialValueText(tr("default"));
        auto *topP = new QDoubleSpinBox(box);
        topP->setRange(-0.05, 1);
        topP->setSingleStep(0.05);
        topP->setDecimals(2);
        topP->setSpecialValueText(tr("default"));
        auto *maxTokens = new QSpinBox(box);
        maxTokens->setObjectName(QStringLiteral("inspector_maxTokens"));
        maxTokens->setRange(0, 1000000000);
        maxTokens->setSpecialValueText(tr("default"));
        auto *seed = new QSpinBox(box);
        seed->setRange(-1, 1000000000);
        seed->setSpecialValueText(tr("none"));
        auto *effort = new QComboBox(box);
        effort->addItem(tr("default"), QString());
        for (const char *level : {"minimal", "low", "medium", "high"})
            effort->addItem(QLatin1String(level), QLatin1String(level));
        auto *stop = new QLineEdit(box);
        stop->setToolTip(tr("Sequences that end the answer, separated by commas"));
        params->addRow(tr("Temperature"), temperature);
        params->addRow(tr("Top P"), topP);
        params->addRow(tr("Max tokens"), maxTokens);
        params->addRow(tr("Reasoning"), effort);
        params->addRow(tr("Seed"), seed);
        params->addRow(tr("Stop"), stop);
        auto gather = [this, key, temperature, topP, maxTokens, seed, effort, stop] {
            if (m_updating)
                return;
            QJsonObject p = m_step.value(key).toObject();
            auto put = [&p](const char *name, bool set, const QJsonValue &v) {
                if (set)
                    p.insert(QLatin1String(name), v);
                else
                    p.remove(QLatin1String(name));
            };
            put("temperature", temperature->value() >= 0, temperature->value());
            put("topP", topP->value() >= 0, topP->value());
            put("maxTokens", maxTokens->value() > 0, maxTokens->value());
            put("seed", seed->value() >= 0, seed->value());
            put("reasoningEffort", !effort->currentData().toString().isEmpty(), effort->currentData().toString());
            QJsonArray stops;
            for (const QString &s : stop->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                stops.append(s.trimmed());
            put("stop", !stops.isEmpty(), stops);
            commit(key, p.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(p));
        };
        connect(temperature, &QDoubleSpinBox::valueChanged, this, gather);
        connect(topP, &QDoubleSpinBox::valueChanged, this, gather);
        connect(maxTokens, &QSpinBox::valueChanged, this, gather);
        connect(seed, &QSpinBox::valueChanged, this, gather);
        connect(effort, &QComboBox::currentTextChanged, this, gather);
        connect(stop, &QLineEdit::textEdited, this, gather);
        show = [temperature, topP, maxTokens, seed, effort, stop](const QJsonValue &v) {
            const QJsonObject p = v.toObject();
            auto number = [&p](const char *name, double unset) {
                const QJsonValue n = p.value(QLatin1String(name));
                return n.isDouble() ? n.toDouble() : unset;
            };
            temperature->setValue(number("temperature", -0.1));
            topP->setValue(number("topP", -0.05));
            maxTokens->setValue(int(number("maxTokens", 0)));
            seed->setValue(int(number("seed", -1)));
            const int level = effort->findData(p.value(QLatin1String("reasoningEffort")).toString());
            effort->setCurrentIndex(std::max(0, level));
            QStringList stops;
            for (const QJsonValue &s : p.value(QLatin1String("stop")).toArray())
                stops << s.toString();
            if (!stop->hasFocus())
                stop->setText(stops.join(QStringLiteral(", ")));
        };
        widget = box;
        break;
    }
    }
    if (widget->objectName().isEmpty())
        widget->setObjectName(QStringLiteral("inspector_") + key);
    widget->setToolTip(workflowkinds::fieldHint(key));
    QLabel *problem = formparts::problemLabel(host);
    form.layout->addRow(workflowkinds::fieldLabel(key) + (field.required ? QStringLiteral(" *") : QString()),
                        formparts::withProblem(host, widget, problem));
    form.editors << Editor{key, widget, problem, show};
}

void StepInspector::showProblems(const QStringList &problems)
{
    // a problem reads "field: message" (the inspector's step is known)
    QHash<QString, QStringList> byField;
    QStringList other;
    for (const QString &p : problems) {
        const qsizetype colon = p.indexOf(QLatin1String(": "));
        const QString field = colon > 0 ? fieldOf(p.left(colon)) : QString();
        bool shown = false;
        for (const Editor &e : m_form ? std::as_const(m_form->editors) : QList<Editor>()) {
            if (e.problem && e.key == field) {
                byField[field] << p;
                shown = true;
            }
        }
        if (!shown)
            other << p;
    }
    for (const Editor &e : m_form ? std::as_const(m_form->editors) : QList<Editor>()) {
        if (!e.problem)
            continue;
        const QStringList mine = byField.value(e.key);
        e.problem->setVisible(!mine.isEmpty());
        e.problem->setText(mine.join(QLatin1Char('\n')));
    }
    m_otherProblems->setVisible(!other.isEmpty());
    m_otherProblems->setText(other.join(QLatin1Char('\n')));
}

void StepInspector::showResults(const QList<workflow::StepResult> &results)
{
    m_results = results;
    m_resultBox->setVisible(!results.isEmpty());
    const int keep = m_resultItem->currentIndex();
    {
        const QSignalBlocker block(m_resultItem);
        m_resultItem->clear();
        for (const workflow::StepResult &r : results)
            m_resultItem->addItem(r.key);
        m_resultItem->setVisible(results.size() > 1);
        m_resultItem->setCurrentIndex(keep >= 0 && keep < results.size() ? keep : 0);
    }
    showResult(m_resultItem->currentIndex());
}

void StepInspector::showResult(int index)
{
    if (index < 0 || index >= m_results.size()) {
        m_resultSummary->clear();
        m_resultOutput->clear();
        m_compare->hide();
        return;
    }
    const workflow::StepResult &r = m_results.at(index);
    m_compare->setVisible(isComparable(r));
    QStringList parts{QStringLiteral("<b>%1</b>").arg(workflowkinds::statusLabel(r.status).toHtmlEscaped())};
    if (!r.model.isEmpty())
        parts << tr("Model: %1").arg(r.model.toHtmlEscaped());
    if (r.inputTokens || r.outputTokens)
        parts << tr("Tokens: %1 in, %2 out").arg(r.inputTokens).arg(r.outputTokens);
    if (r.costUsd > 0 || !r.costKnown || !r.model.isEmpty())
        parts << tr("Cost: %1").arg(formatCost(r.costUsd, r.costKnown));
    if (r.latencyMs)
        parts << tr("Latency: %1").arg(formatMs(*r.latencyMs));
    if (r.attempts > 1)
        parts << tr("Tries: %1").arg(r.attempts);
    if (!r.branch.isEmpty())
        parts << tr("Branch: %1").arg(r.branch.toHtmlEscaped());
    if (r.replayed)
        parts << tr("replayed from a recording");
    if (!r.error.isEmpty())
        parts << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(ThemeManager::errorColor().name(), r.error.toHtmlEscaped());
    m_resultSummary->setText(parts.join(QStringLiteral("<br>")));
    const QString output = r.output.isUndefined() || r.output.isNull() ? QString() : jsonText(r.output);
    if (m_resultOutput->toPlainText() != output)
        m_resultOutput->setPlainText(output);
}

bool StepInspector::isComparable(const workflow::StepResult &result)
{
    return (result.kind == workflow::StepKind::Llm || result.kind == workflow::StepKind::Classify) && result.isFinished()
        && result.inputs.toObject().contains(QLatin1String("user"));
}

QString StepInspector::resultText() const
{
    return !m_results.isEmpty() ? m_resultSummary->text() + QLatin1Char('\n') + m_resultOutput->toPlainText() : QString();
}

} // namespace sb::ui
