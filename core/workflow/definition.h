#pragma once

#include "common/expected.h"
#include "compare/jsonschema.h"
#include "workflow/expression.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sb {
struct Workspace;
}

// Workflows: directed acyclic graphs of steps, kept in the workspace (Workspace::workflows) as
// versioned JSON:
//
//   {"version": 1, "name": "triage", "description": "...",
//    "inputSchema": {JSON Schema of the input, optional},
//    "steps": [{"id": "extract", "kind": "llm", "model": "smart", "user": "Fields of: {{input.text}}",
//               "schema": {...}, "retries": 1, "timeoutMs": 60000},
//              {"id": "check", "kind": "condition", "expression": "steps.extract.output.total > 1000"}, ...],
//    "edges": [{"from": "extract", "to": "check"}, {"from": "check", "to": "escalate", "when": "true"}, ...]}
//
// A step runs once every step with an edge to it has finished or was skipped, and at least one of
// those edges was taken (an edge with `when` is taken when the step it leaves chose that branch: a
// condition "true" or "false", a classify one of its labels). A step none of whose edges was taken is
// skipped, and so are the edges that leave it: branches that merge again run their join once.
// Steps without edges to them start the run; independent steps run at the same time.
namespace sb::workflow {

enum class StepKind { Llm, Classify, Condition, Map, ExtractText, KnowledgeRetrieve, Transform, HumanReview, Output };
QString kindName(StepKind kind); // llm, classify, condition, map, extract_text, knowledge_retrieve, transform, human_review, output
std::optional<StepKind> kindFromName(QStringView name);
const QList<StepKind> &allKinds();
// The kinds that call something slow (a model, the knowledge base, a document reader): they retry and time out.
bool isAsyncKind(StepKind kind);

// The operations of a transform step.
enum class TransformOp { Template, JsonPick, Split, Join, RegexExtract };
QString opName(TransformOp op); // template, json_pick, split, join, regex_extract
std::optional<TransformOp> opFromName(QStringView name);
// The fields a transform operation takes besides op (template: template; split: from, separator; ...).
QStringList opFields(TransformOp op);

// The fields of a step kind, for validation and for the editor's inspector.
struct Field {
    enum class Type {
        Text, // plain text
        Template, // text with {{...}} holes
        Expression, // an expression (expression.h)
        Expressions, // a list of expressions
        Model, // a model, route or virtual model name
        Integer,
        Boolean,
        Strings, // a list of strings
        Choice, // one of `choices`
        Object, // any JSON object (the editor's position)
        Schema, // a JSON Schema object (compare/jsonschema.h)
        Parameters, // model parameters: temperature, topP, maxTokens, reasoningEffort, seed, stop
    };
    QString key;
    Type type = Type::Text;
    bool required = false;
    QStringList choices; // Choice
    int min = 0; // Integer
    int max = 0;
};
// The fields every step may have (title, description, position, retries, retryDelayMs, timeoutMs).
const QList<Field> &commonFields();
// The fields of one kind (without a map's steps and edges, which hold its sub-chain).
const QList<Field> &fieldsOf(StepKind kind);

// What is wrong, and where: the step (empty: the workflow itself) and the field ("user",
// "edges[2].when", "parameters.temperature").
struct Problem {
    QString step;
    QString field;
    QString message;
    QString toString() const; // "steps.summary.user: at 12: ..." or "edges[2].to: ..."
    bool operator==(const Problem &) const = default;
};

struct Edge {
    QString from;
    QString to;
    QString when; // empty: always; "true" or "false" after a condition; a label after a classify
    bool operator==(const Edge &) const = default;
};

// What validation made of a step's fields, parsed once for the runner.
struct Compiled {
    QHash<QString, Template> templates; // by field key
    QHash<QString, Expression> expressions; // by field key
    QList<Expression> attachments; // llm
    std::optional<compare::JsonSchema> schema; // llm
    std::optional<Path> pick; // transform json_pick: the path into the value
    QRegularExpression regex; // transform regex_extract
};

struct Graph;

struct Step {
    QString id; // [A-Za-z_][A-Za-z0-9_]*, unique in the whole workflow (map bodies too)
    StepKind kind = StepKind::Llm;
    QJsonObject config; // the kind's fields and the common ones, as written
    std::shared_ptr<Graph> body; // map: the sub-chain run for each item
    std::shared_ptr<const Compiled> compiled; // set by Definition::compile()

    QString text(const QString &key) const { return config.value(key).toString(); }
    int integer(const QString &key, int fallback) const { return config.value(key).toInt(fallback); }
    QString title() const { return text(QStringLiteral("title")).isEmpty() ? id : text(QStringLiteral("title")); }
    QJsonObject toJson() const;
};

struct Graph {
    QList<Step> steps;
    QList<Edge> edges;

    const Step *step(const QString &id) const;
    int indexOf(const QString &id) const;
    // The steps with an edge to `id` / from `id`, in edge order.
    QList<const Edge *> incoming(const QString &id) const;
    QList<const Edge *> outgoing(const QString &id) const;
    // A map body's result step: its output step, else its only step that no edge leaves; null when neither.
    const Step *resultStep() const;
};

struct Definition {
    static constexpr int kFormatVersion = 1;

    QString name; // letters, digits, '_', '-', '.' (the proxy's workflow:NAME)
    QString description;
    QJsonObject inputSchema; // empty: any input
    Graph graph;
    std::optional<compare::JsonSchema> compiledInputSchema;

    // Reads what it can and compiles it; every problem is appended (the editor shows them on the
    // nodes). The definition runs only when there are none.
    static Definition read(const QJsonObject &json, QList<Problem> &problems);
    // read(), refused with every problem listed ("workflow triage is not valid:\n  - steps.x.user: ...").
    [[nodiscard]] static Expected<Definition> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // Checks the graph and every field, and parses templates and expressions for the runner. Call it
    // after changing a definition in place; empty = runnable.
    QList<Problem> compile();

    // Every step, map bodies included (depth first), with the map step that holds it (null at the top).
    QList<std::pair<const Step *, const Step *>> allSteps() const;
    const Step *findStep(const QString &id) const;
};

// The workflows of a workspace, each read and compiled; problems by workflow (its name or
// "workflows[i]" when it has none).
struct Library {
    QList<Definition> workflows;
    QHash<QString, QList<Problem>> problems;

    static Library fromWorkspace(const Workspace &workspace);
    const Definition *find(const QString &name) const;
};

// The workspace's JSON of the workflow called `name`; nullopt when it has none.
std::optional<QJsonObject> workflowJson(const Workspace &workspace, const QString &name);
// Puts a workflow's JSON into the workspace: in place of the one with its name, else at the end. Whether
// it replaced one.
bool putWorkflow(Workspace &workspace, const QJsonObject &definition);

// A file in a workflow's input (an image or a PDF for a vision model, a document for extract_text):
// {"name": "invoice.pdf", "mediaType": "application/pdf", "data": "<base64>"}.
struct FileValue {
    QString name;
    QString mediaType;
    QByteArray base64;

    static std::optional<FileValue> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    // The media type by the name's extension when none is given (image/png, application/pdf, ...).
    static QString mediaTypeFor(const QString &fileName);
};

} // namespace sb::workflow
