#include "pages/monitor/canaryeditor.h"

#include "monitor/config.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

CanaryEditor::CanaryEditor(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Quality canaries"));
    setObjectName(QStringLiteral("canaryEditor"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("Each canary runs its prompts against its models on a schedule (hourly or daily) within a cost cap per run, "
                               "and alerts when the pass rate drops beyond noise. Prompts take the checks of a Compare prompt set "
                               "(contains, regex, json, schema, judge)."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("canaryJson"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_editor, 1);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("canaryProblems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problemsLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CanaryEditor::check);
    QJsonArray current = workspace.monitoring.value(QLatin1String("canaries")).toArray();
    if (current.isEmpty()) {
        // an example to start from
        current.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("smoke")},
                                   {QStringLiteral("models"),
                                    QJsonArray{workspace.providers.isEmpty() ? QStringLiteral("PROVIDER/MODEL")
                                                                             : workspace.providers.first().id + QStringLiteral("/MODEL")}},
                                   {QStringLiteral("schedule"), QStringLiteral("daily")},
                                   {QStringLiteral("maxCostUsd"), 0.05},
                                   {QStringLiteral("prompts"),
                                    QJsonArray{QJsonObject{{QStringLiteral("prompt"), QStringLiteral("What is the capital of France?")},
                                                           {QStringLiteral("contains"), QStringLiteral("Paris")}}}}});
    }
    setText(QString::fromUtf8(QJsonDocument(current).toJson(QJsonDocument::Indented)));
    resize(760, 520);
}

void CanaryEditor::setText(const QString &json)
{
    m_editor->setPlainText(json);
    check();
}

QString CanaryEditor::text() const
{
    return m_editor->toPlainText();
}

void CanaryEditor::check()
{
    m_problems.clear();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError)
        m_problems << tr("Not valid JSON: %1 at offset %2.").arg(pe.errorString()).arg(pe.offset);
    else if (!doc.isArray())
        m_problems << tr("The canaries must be a JSON array: [ {\"name\": ..., \"models\": [...], \"prompts\": [...]} ].");
    else {
        m_canaries = doc.array();
        m_problems = monitor::MonitoringConfig::validate(edited());
    }
    m_problemsLabel->setText(m_problems.isEmpty() ? tr("No problems: save to run them on their schedules.") : m_problems.join(QLatin1Char('\n')));
    m_problemsLabel->setStyleSheet(m_problems.isEmpty() ? QString() : ThemeManager::errorStyleSheet());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

Workspace CanaryEditor::edited() const
{
    Workspace ws = m_workspace;
    if (m_canaries.isEmpty())
        ws.monitoring.remove(QStringLiteral("canaries"));
    else
        ws.monitoring.insert(QStringLiteral("canaries"), m_canaries);
    return ws;
}

} // namespace sb::ui
