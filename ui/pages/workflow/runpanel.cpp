#include "runpanel.h"

#include "format.h"
#include "formparts.h"
#include "kinds.h"
#include "prompts.h"
#include "theme.h"
#include "workflowform.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sb::ui {

using formparts::jsonText;

namespace {

// A JSON value typed by hand; nullopt when it is not JSON.
std::optional<QJsonValue> parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

Expected<QJsonValue> fileValue(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("sb::ui::WorkflowRunPanel", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    workflow::FileValue file;
    file.name = QFileInfo(path).fileName();
    file.mediaType = workflow::FileValue::mediaTypeFor(file.name);
    file.base64 = f.readAll().toBase64();
    return QJsonValue(file.toJson());
}

// Every {"file": "PATH"} inside the value becomes that file's content.
Expected<QJsonValue> withFiles(const QJsonValue &value, const QDir &base)
{
    if (value.isObject() && value.toObject().size() == 1 && value.toObject().value(QLatin1String("file")).isString())
        return fileValue(base.absoluteFilePath(value.toObject().value(QLatin1String("file")).toString()));
    if (value.isArray()) {
        QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto item = withFiles(items.at(i), base);
            if (!item)
                return item.error();
            items.replace(i, *item);
        }
        return QJsonValue(items);
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            auto member = withFiles(it.value(), base);
            if (!member)
                return member.error();
            it.value() = *member;
        }
        return QJsonValue(o);
    }
    return value;
}

} // namespace

WorkflowRunPanel::WorkflowRunPanel(Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
{
    QVBoxLayout *layout = formparts::scrolledColumn(this);
    QWidget *content = layout->parentWidget();

    auto *inputBox = new QGroupBox(tr("Input"), content);
    auto *inputLayout = new QVBoxLayout(inputBox);
    m_formHost = new QWidget(inputBox);
    inputLayout->addWidget(m_formHost);
    auto *load = new QPushButton(tr("Load from a JSON file…"), inputBox);
    load->setObjectName(QStringLiteral("workflowLoadInput"));
    load->setToolTip(tr("{\"file\": \"PATH\"} in it stands for that file's content"));
    connect(load, &QPushButton::clicked, this, &WorkflowRunPanel::chooseInputFile);
    inputLayout->addWidget(load, 0, Qt::AlignLeft);
    auto *costRow = new QFormLayout;
    m_maxCost = new QDoubleSpinBox(inputBox);
    m_maxCost->setObjectName(QStringLiteral("workflowMaxCost"));
    m_maxCost->setRange(0, 1000);
    m_maxCost->setDecimals(4);
    m_maxCost->setSingleStep(0.01);
    m_maxCost->setPrefix(QStringLiteral("$"));
    m_maxCost->setSpecialValueText(tr("no limit"));
    m_maxCost->setToolTip(tr("The step that would take the run over this cost does not start"));
    costRow->addRow(tr("Cost ceiling"), m_maxCost);
    inputLayout->addLayout(costRow);
    layout->addWidget(inputBox);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), content);
    m_run->setObjectName(QStringLiteral("workflowRun"));
    m_run->setToolTip(tr("Run the workflow as it is in the editor (Ctrl+Return)"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), content);
    m_cancel->setObjectName(QStringLiteral("workflowCancel"));
    m_cancel->setEnabled(false);
    m_resume = new QPushButton(tr("Resume"), content);
    m_resume->setObjectName(QStringLiteral("workflowResume"));
    m_resume->setToolTip(tr("Go on from where the run stopped; finished steps are not run again"));
    m_resume->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &WorkflowRunPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &WorkflowRunPanel::cancelRequested);
    connect(m_resume, &QPushButton::clicked, this, &WorkflowRunPanel::resumeRequested);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_review = new QGroupBox(tr("Waiting for your review"), content);
    m_review->setObjectName(QStringLiteral("workflowReview"));
    auto *reviewLayout = new QVBoxLayout(m_review);
    m_reviewWhat = new QLabel(m_review);
    m_reviewWhat->setWordWrap(true);
    reviewLayout->addWidget(m_reviewWhat);
    m_reviewValue = formparts::textBox(m_review, 6, true);
    m_reviewValue->setObjectName(QStringLiteral("workflowReviewValue"));
    m_reviewValue->setToolTip(tr("Edit the value before approving to pass on your version (JSON, or plain text)"));
    reviewLayout->addWidget(m_reviewValue);
    auto *reviewButtons = new QHBoxLayout;
    auto *approve = new QPushButton(tr("Approve"), m_review);
    approve->setObjectName(QStringLiteral("workflowApprove"));
    m_rejectReason = new QLineEdit(m_review);
    m_rejectReason->setObjectName(QStringLiteral("workflowRejectReason"));
    m_rejectReason->setPlaceholderText(tr("Why (for Reject)"));
    auto *reject = new QPushButton(tr("Reject"), m_review);
    reject->setObjectName(QStringLiteral("workflowReject"));
    connect(approve, &QPushButton::clicked, this, [this] {
        const QString text = m_reviewValue->toPlainText();
        QJsonValue value; // null: as shown
        if (text != m_reviewShown)
            value = parseJson(text).value_or(QJsonValue(text));
        Q_EMIT approveRequested(m_reviewKey, value);
    });
    connect(reject, &QPushButton::clicked, this, [this] { Q_EMIT rejectRequested(m_reviewKey, m_rejectReason->text().trimmed()); });
    reviewButtons->addWidget(approve);
    reviewButtons->addWidget(m_rejectReason, 1);
    reviewButtons->addWidget(reject);
    reviewLayout->addLayout(reviewButtons);
    m_review->hide();
    layout->addWidget(m_review);

    m_status = new QLabel(tr("No run yet. Fill in the input and press Run."), content);
    m_status->setObjectName(QStringLiteral("workflowRunStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_output = formparts::textBox(content, 6, true);
    m_output->setObjectName(QStringLiteral("workflowRunOutput"));
    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("The run's output"));
    layout->addWidget(m_output);
    layout->addStretch();
    setInputSchema({});
}

WorkflowRunPanel::~WorkflowRunPanel() = default;

void WorkflowRunPanel::clearForm()
{
    // a new form in a new widget (rows taken out of a form left their height behind)
    QWidget *old = m_formHost;
    m_formHost = new QWidget(old->parentWidget());
    m_form = new QVBoxLayout(m_formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setSpacing(3);
    delete old->parentWidget()->layout()->replaceWidget(old, m_formHost);
    delete old;
    m_fields.clear();
    m_json = nullptr;
}

void WorkflowRunPanel::addRow(const QString &label, QWidget *field)
{
    // a label over its field
    auto *l = new QLabel(label, m_formHost);
    l->setBuddy(field);
    m_form->addWidget(l);
    m_form->addWidget(field);
    m_form->addSpacing(4);
}

void WorkflowRunPanel::setInputSchema(const QJsonObject &schema)
{
    if (schema == m_schema && (m_json || !m_fields.isEmpty()))
        return;
    m_schema = schema;
    // what was typed stays for the inputs that are still there
    const bool hadForm = m_json || !m_fields.isEmpty();
    const auto current = input();
    const QJsonValue keep = hadForm && current ? *current : QJsonValue();
    clearForm();
    const QList<WorkflowInput> inputs = WorkflowInput::fromSchema(schema);
    if (inputs.isEmpty()) {
        m_json = formparts::textBox(m_formHost, 5, true);
        m_json->setObjectName(QStringLiteral("workflowInputJson"));
        m_json->setPlainText(QStringLiteral("{\n  \"text\": \"\"\n}"));
        addRow(tr("Input (JSON)"), m_json);
    }
    for (const WorkflowInput &in : inputs) {
        Field f;
        f.name = in.name;
        f.type = in.type;
        QWidget *row = nullptr;
        if (in.type == QLatin1String("text")) {
            f.widget = formparts::textBox(m_formHost, 3);
        } else if (in.type == QLatin1String("number") || in.type == QLatin1String("integer")) {
            auto *edit = new QLineEdit(m_formHost);
            if (in.type == QLatin1String("integer"))
                edit->setValidator(new QIntValidator(edit));
            else
                edit->setValidator(new QDoubleValidator(edit));
            f.widget = edit;
        } else if (in.type == QLatin1String("boolean")) {
            f.widget = new QCheckBox(m_formHost);
        } else if (in.type == QLatin1String("file")) {
            auto *path = new QLineEdit(m_formHost);
            path->setPlaceholderText(tr("a file to read"));
            auto *browse = new QPushButton(tr("Choose…"), m_formHost);
            row = new QWidget(m_formHost);
            auto *l = new QHBoxLayout(row);
            l->setContentsMargins(0, 0, 0, 0);
            l->addWidget(path, 1);
            l->addWidget(browse);
            const QString name = in.name;
            connect(browse, &QPushButton::clicked, this, [this, path, name] {
                const QString file = m_prompts.openFile(this, tr("Input %1").arg(name), tr("All files (*)"));
                if (!file.isEmpty())
                    path->setText(QDir::toNativeSeparators(file));
            });
            connect(path, &QLineEdit::textEdited, this, [this, name] {
                for (Field &each : m_fields) {
                    if (each.name == name)
                        each.loaded = QJsonValue();
                }
            });
            f.widget = path;
        } else {
            f.widget = formparts::textBox(m_formHost, 3, true);
        }
        f.widget->setObjectName(QStringLiteral("workflowInput_") + in.name);
        f.widget->setToolTip(in.description);
        addRow(in.name + (in.required ? QStringLiteral(" *") : QString())
                   + (in.description.isEmpty() ? QString() : QStringLiteral(": ") + in.description),
               row ? row : f.widget);
        m_fields << f;
    }
    if (keep.isObject() || (m_json && !keep.isUndefined() && !keep.isNull()))
        setInput(keep);
}

QWidget *WorkflowRunPanel::inputField(const QString &name) const
{
    if (name.isEmpty())
        return m_json;
    for (const Field &f : m_fields) {
        if (f.name == name)
            return f.widget;
    }
    return nullptr;
}

Expected<QJsonValue> WorkflowRunPanel::input() const
{
    if (m_json) {
        const auto v = parseJson(m_json->toPlainText());
        if (!v)
            return Error::make(Error::Kind::Validation, tr("The input is not JSON: %1").arg(m_json->toPlainText().left(80)));
        return *v;
    }
    QJsonObject out = m_extra;
    for (const Field &f : m_fields) {
        if (auto *check = qobject_cast<QCheckBox *>(f.widget)) {
            out.insert(f.name, check->isChecked());
            continue;
        }
        if (auto *edit = qobject_cast<QPlainTextEdit *>(f.widget)) {
            const QString text = edit->toPlainText();
            if (f.type == QLatin1String("text")) {
                if (!text.isEmpty())
                    out.insert(f.name, text);
                continue;
            }
            if (text.trimmed().isEmpty())
                continue;
            const auto v = parseJson(text);
            if (!v)
                return Error::make(Error::Kind::Validation, tr("%1 is not JSON: write it as JSON, e.g. [\"a\", \"b\"] or {\"key\": 1}.").arg(f.name));
            out.insert(f.name, *v);
            continue;
        }
        auto *edit = qobject_cast<QLineEdit *>(f.widget);
        const QString text = edit ? edit->text().trimmed() : QString();
        if (f.type == QLatin1String("file")) {
            if (!f.loaded.isUndefined() && !f.loaded.isNull()) {
                out.insert(f.name, f.loaded);
            } else if (!text.isEmpty()) {
                auto file = fileValue(text);
                if (!file)
                    return file.error();
                out.insert(f.name, *file);
            }
            continue;
        }
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double number = QLocale().toDouble(text, &ok);
        const double plain = ok ? number : text.toDouble(&ok);
        if (!ok)
            return Error::make(Error::Kind::Validation, tr("%1 is not a number.").arg(f.name));
        out.insert(f.name, f.type == QLatin1String("integer") ? QJsonValue(qint64(plain)) : QJsonValue(plain));
    }
    return QJsonValue(out);
}

void WorkflowRunPanel::setInput(const QJsonValue &input)
{
    if (m_json) {
        m_json->setPlainText(jsonText(input.isUndefined() ? QJsonValue(QJsonObject()) : input));
        return;
    }
    QJsonObject rest = input.toObject();
    for (Field &f : m_fields) {
        const QJsonValue v = rest.take(f.name);
        if (auto *check = qobject_cast<QCheckBox *>(f.widget)) {
            check->setChecked(v.toBool());
        } else if (auto *edit = qobject_cast<QPlainTextEdit *>(f.widget)) {
            edit->setPlainText(v.isUndefined() ? QString() : f.type == QLatin1String("text") ? v.toString() : jsonText(v));
        } else if (auto *line = qobject_cast<QLineEdit *>(f.widget)) {
            if (f.type == QLatin1String("file")) {
                f.loaded = v.isObject() ? v : QJsonValue();
                line->setText(v.toObject().value(QLatin1String("name")).toString());
            } else {
                line->setText(v.isDouble() ? QLocale().toString(v.toDouble(), 'g', 15) : v.toString());
            }
        }
    }
    m_extra = rest;
}

Expected<void> WorkflowRunPanel::loadInputFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    const auto value = parseJson(QString::fromUtf8(f.readAll()));
    if (!value)
        return Error::make(Error::Kind::Parse, tr("%1 is not one JSON value.").arg(QDir::toNativeSeparators(path)));
    auto input = withFiles(*value, QFileInfo(path).absoluteDir());
    if (!input)
        return input.error();
    setInput(*input);
    return {};
}

void WorkflowRunPanel::chooseInputFile()
{
    const QString file = m_prompts.openFile(this, tr("Load the input"), tr("JSON (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    if (auto loaded = loadInputFile(file); !loaded)
        m_prompts.error(this, tr("Load the input"), loaded.error().message);
}

std::optional<double> WorkflowRunPanel::maxCost() const
{
    return m_maxCost->value() > 0 ? std::optional<double>(m_maxCost->value()) : std::nullopt;
}

void WorkflowRunPanel::showRun(const std::optional<workflow::RunRecord> &run, bool live)
{
    m_cancel->setEnabled(live);
    using workflow::RunStatus;
    const bool resumable = run && !live && run->status != RunStatus::Succeeded && run->status != RunStatus::Running;
    m_resume->setEnabled(resumable);
    if (!run) {
        m_status->setText(tr("No run yet. Fill in the input and press Run."));
        m_status->setStyleSheet(QString());
        m_output->clear();
        return;
    }
    const qint64 end = run->finishedAtMs ? run->finishedAtMs : (live ? QDateTime::currentMSecsSinceEpoch() : run->updatedAtMs);
    QStringList parts{tr("Run %1").arg(run->id.left(8)), workflowkinds::runStatusLabel(run->status), formatCost(run->costUsd, run->costKnown)};
    if (run->startedAtMs > 0 && end >= run->startedAtMs)
        parts << formatMs(end - run->startedAtMs);
    parts << QDateTime::fromMSecsSinceEpoch(run->startedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QString text = parts.join(QStringLiteral(" · "));
    if (!run->error.isEmpty())
        text += QLatin1Char('\n') + run->error;
    if (resumable)
        text += QLatin1Char('\n') + tr("Resume goes on without repeating the steps that finished.");
    m_status->setText(text);
    m_status->setStyleSheet(run->status == RunStatus::Failed ? ThemeManager::errorStyleSheet() : QString());
    const QString output = run->status == RunStatus::Succeeded ? jsonText(run->output) : QString();
    if (m_output->toPlainText() != output)
        m_output->setPlainText(output);
}

void WorkflowRunPanel::showReview(const QString &stepKey, const QJsonValue &value, const QString &instructions)
{
    m_reviewKey = stepKey;
    m_review->setVisible(!stepKey.isEmpty());
    if (stepKey.isEmpty())
        return;
    m_reviewWhat->setText(instructions.isEmpty()
                              ? tr("Step %1 waits: approve the value (edit it first to pass on your version) or reject it.").arg(stepKey)
                              : tr("Step %1: %2").arg(stepKey, instructions));
    m_reviewShown = jsonText(value);
    m_reviewValue->setPlainText(m_reviewShown);
    m_rejectReason->clear();
}

QString WorkflowRunPanel::statusText() const
{
    return m_status->text();
}

QString WorkflowRunPanel::outputText() const
{
    return m_output->toPlainText();
}

} // namespace sb::ui
