#include "kinds.h"

#include "theme.h"

#include <QCoreApplication>

namespace sb::ui::workflowkinds {

using workflow::RunStatus;
using workflow::StepKind;
using workflow::StepStatus;

namespace {
struct WorkflowKinds {
    Q_DECLARE_TR_FUNCTIONS(WorkflowKinds)
};
} // namespace

QString label(StepKind kind)
{
    switch (kind) {
    case StepKind::Llm: return WorkflowKinds::tr("LLM call");
    case StepKind::Classify: return WorkflowKinds::tr("Classify");
    case StepKind::Condition: return WorkflowKinds::tr("Condition");
    case StepKind::Map: return WorkflowKinds::tr("Map");
    case StepKind::ExtractText: return WorkflowKinds::tr("Extract text");
    case StepKind::KnowledgeRetrieve: return WorkflowKinds::tr("Knowledge retrieve");
    case StepKind::Transform: return WorkflowKinds::tr("Transform");
    case StepKind::HumanReview: return WorkflowKinds::tr("Human review");
    case StepKind::Output: return WorkflowKinds::tr("Output");
    }
    return {};
}

QString description(StepKind kind)
{
    switch (kind) {
    case StepKind::Llm:
        return WorkflowKinds::tr(
            "Asks a model (or a route or virtual model) with a system and a user prompt; can check its answer against a JSON Schema.");
    case StepKind::Classify: return WorkflowKinds::tr("Asks a model to pick one of its labels; edges leave it by label.");
    case StepKind::Condition: return WorkflowKinds::tr("Checks an expression over earlier results; edges leave it for true and for false.");
    case StepKind::Map: return WorkflowKinds::tr("Runs its own steps for each item of a list, a few at a time, and collects their results.");
    case StepKind::ExtractText: return WorkflowKinds::tr("Reads the text of a PDF, DOCX, ODT, EPUB, image (OCR) or text file from the input.");
    case StepKind::KnowledgeRetrieve: return WorkflowKinds::tr("Finds passages in knowledge base collections for a query.");
    case StepKind::Transform:
        return WorkflowKinds::tr("Fills a template, picks a value out of JSON, splits, joins or extracts with a regular expression.");
    case StepKind::HumanReview: return WorkflowKinds::tr("Pauses the run until someone approves, edits or rejects the value.");
    case StepKind::Output: return WorkflowKinds::tr("What the run returns.");
    }
    return {};
}

QColor color(StepKind kind)
{
    switch (kind) {
    case StepKind::Llm: return QColor(0x3b, 0x78, 0xd8);
    case StepKind::Classify: return QColor(0x8a, 0x5c, 0xd0);
    case StepKind::Condition: return QColor(0xd0, 0x86, 0x20);
    case StepKind::Map: return QColor(0x1f, 0x9d, 0x8f);
    case StepKind::ExtractText: return QColor(0x6b, 0x8e, 0x23);
    case StepKind::KnowledgeRetrieve: return QColor(0x2a, 0x9a, 0xc9);
    case StepKind::Transform: return QColor(0x7a, 0x85, 0x94);
    case StepKind::HumanReview: return QColor(0xd0, 0x4f, 0x86);
    case StepKind::Output: return QColor(0x2e, 0x8b, 0x57);
    }
    return Qt::gray;
}

QString baseId(StepKind kind)
{
    switch (kind) {
    case StepKind::Llm: return QStringLiteral("ask");
    case StepKind::Classify: return QStringLiteral("classify");
    case StepKind::Condition: return QStringLiteral("check");
    case StepKind::Map: return QStringLiteral("each");
    case StepKind::ExtractText: return QStringLiteral("read");
    case StepKind::KnowledgeRetrieve: return QStringLiteral("retrieve");
    case StepKind::Transform: return QStringLiteral("transform");
    case StepKind::HumanReview: return QStringLiteral("review");
    case StepKind::Output: return QStringLiteral("out");
    }
    return QStringLiteral("step");
}

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("WorkflowKinds", "Title")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("WorkflowKinds", "Description")},
        {QStringLiteral("retries"), QT_TRANSLATE_NOOP("WorkflowKinds", "Retries")},
        {QStringLiteral("retryDelayMs"), QT_TRANSLATE_NOOP("WorkflowKinds", "Retry delay (ms)")},
        {QStringLiteral("timeoutMs"), QT_TRANSLATE_NOOP("WorkflowKinds", "Timeout (ms)")},
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("WorkflowKinds", "Model")},
        {QStringLiteral("system"), QT_TRANSLATE_NOOP("WorkflowKinds", "System prompt")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("WorkflowKinds", "User prompt")},
        {QStringLiteral("parameters"), QT_TRANSLATE_NOOP("WorkflowKinds", "Parameters")},
        {QStringLiteral("schema"), QT_TRANSLATE_NOOP("WorkflowKinds", "JSON Schema")},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("WorkflowKinds", "Attachments")},
        {QStringLiteral("labels"), QT_TRANSLATE_NOOP("WorkflowKinds", "Labels")},
        {QStringLiteral("expression"), QT_TRANSLATE_NOOP("WorkflowKinds", "Expression")},
        {QStringLiteral("over"), QT_TRANSLATE_NOOP("WorkflowKinds", "Items")},
        {QStringLiteral("concurrency"), QT_TRANSLATE_NOOP("WorkflowKinds", "At once")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("WorkflowKinds", "File")},
        {QStringLiteral("ocrLanguage"), QT_TRANSLATE_NOOP("WorkflowKinds", "OCR language")},
        {QStringLiteral("collections"), QT_TRANSLATE_NOOP("WorkflowKinds", "Collections")},
        {QStringLiteral("query"), QT_TRANSLATE_NOOP("WorkflowKinds", "Query")},
        {QStringLiteral("topK"), QT_TRANSLATE_NOOP("WorkflowKinds", "Passages")},
        {QStringLiteral("tokens"), QT_TRANSLATE_NOOP("WorkflowKinds", "Token budget")},
        {QStringLiteral("op"), QT_TRANSLATE_NOOP("WorkflowKinds", "Operation")},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("WorkflowKinds", "Template")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("WorkflowKinds", "From")},
        {QStringLiteral("path"), QT_TRANSLATE_NOOP("WorkflowKinds", "Path")},
        {QStringLiteral("separator"), QT_TRANSLATE_NOOP("WorkflowKinds", "Separator")},
        {QStringLiteral("pattern"), QT_TRANSLATE_NOOP("WorkflowKinds", "Pattern")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("WorkflowKinds", "Group")},
        {QStringLiteral("all"), QT_TRANSLATE_NOOP("WorkflowKinds", "All matches")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("WorkflowKinds", "Value")},
        {QStringLiteral("instructions"), QT_TRANSLATE_NOOP("WorkflowKinds", "Instructions")},
    };
    auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : WorkflowKinds::tr(*it);
}

QString fieldHint(const QString &key)
{
    static const QHash<QString, const char *> hints{
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("WorkflowKinds", "PROVIDER/MODEL, a route or a virtual model")},
        {QStringLiteral("system"), QT_TRANSLATE_NOOP("WorkflowKinds", "Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("WorkflowKinds", "Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}")},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("WorkflowKinds", "Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}")},
        {QStringLiteral("query"), QT_TRANSLATE_NOOP("WorkflowKinds", "Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("WorkflowKinds", "Text with {{...}} holes; {{steps.ID.output}} alone keeps its JSON")},
        {QStringLiteral("schema"), QT_TRANSLATE_NOOP("WorkflowKinds", "A JSON Schema the answer must match (one repair request when it does not)")},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("WorkflowKinds", "One expression a line naming a file of the input: input.invoice")},
        {QStringLiteral("labels"), QT_TRANSLATE_NOOP("WorkflowKinds", "One label a line; edges leave the step by label")},
        {QStringLiteral("collections"), QT_TRANSLATE_NOOP("WorkflowKinds", "One knowledge base collection a line")},
        {QStringLiteral("expression"),
         QT_TRANSLATE_NOOP("WorkflowKinds", "Compare, combine and count: steps.extract.output.total > 1000 and not (input.vendor contains 'ACME')")},
        {QStringLiteral("over"), QT_TRANSLATE_NOOP("WorkflowKinds", "An expression giving a list: steps.split.output")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("WorkflowKinds", "An expression giving the value to work on: steps.extract.output")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("WorkflowKinds", "An expression naming a file of the input: input.document")},
        {QStringLiteral("path"), QT_TRANSLATE_NOOP("WorkflowKinds", "Where to look inside the value: items[0].name")},
        {QStringLiteral("pattern"), QT_TRANSLATE_NOOP("WorkflowKinds", "A regular expression")},
        {QStringLiteral("concurrency"), QT_TRANSLATE_NOOP("WorkflowKinds", "How many items run at the same time")},
        {QStringLiteral("timeoutMs"), QT_TRANSLATE_NOOP("WorkflowKinds", "Each try fails after this long")},
    };
    auto it = hints.constFind(key);
    return it == hints.constEnd() ? QString() : WorkflowKinds::tr(*it);
}

QString statusLabel(StepStatus status)
{
    switch (status) {
    case StepStatus::Waiting: return WorkflowKinds::tr("waiting");
    case StepStatus::Running: return WorkflowKinds::tr("running");
    case StepStatus::Done: return WorkflowKinds::tr("done");
    case StepStatus::Failed: return WorkflowKinds::tr("failed");
    case StepStatus::Skipped: return WorkflowKinds::tr("skipped");
    case StepStatus::Cancelled: return WorkflowKinds::tr("cancelled");
    case StepStatus::Review: return WorkflowKinds::tr("review");
    case StepStatus::Interrupted: return WorkflowKinds::tr("interrupted");
    }
    return {};
}

QColor statusColor(StepStatus status)
{
    switch (status) {
    case StepStatus::Waiting: return QColor(0x9a, 0xa0, 0xa6);
    case StepStatus::Running: return QColor(0x2f, 0x80, 0xed);
    case StepStatus::Done: return QColor(0x2e, 0x9e, 0x5b);
    case StepStatus::Failed: return ThemeManager::errorColor();
    case StepStatus::Skipped: return QColor(0x9a, 0xa0, 0xa6);
    case StepStatus::Cancelled: return QColor(0x9a, 0xa0, 0xa6);
    case StepStatus::Review: return QColor(0xe0, 0x9b, 0x00);
    case StepStatus::Interrupted: return QColor(0xc7, 0x7d, 0x00);
    }
    return Qt::gray;
}

QString runStatusLabel(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return WorkflowKinds::tr("running");
    case RunStatus::Paused: return WorkflowKinds::tr("paused for review");
    case RunStatus::Succeeded: return WorkflowKinds::tr("succeeded");
    case RunStatus::Failed: return WorkflowKinds::tr("failed");
    case RunStatus::Cancelled: return WorkflowKinds::tr("cancelled");
    case RunStatus::Interrupted: return WorkflowKinds::tr("interrupted");
    }
    return {};
}

} // namespace sb::ui::workflowkinds
