#pragma once

#include "common/expected.h"
#include "compare/jsonschema.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::compare {

// What an LLM-as-judge check asks: a judge model grades the answer against the rubric from 0 to 10;
// it passes at `threshold` or above. An empty model: the run's judge model (BatchOptions::judgeModel,
// a canary's "judgeModel").
struct JudgeSpec {
    QString rubric;
    QString model; // PROVIDER/MODEL, a route or a virtual model
    double threshold = 7;
};

// One check of a batch row's answer.
struct Check {
    enum class Type { Contains, Regex, ValidJson, Schema, Judge };
    Type type = Type::Contains;
    QString value; // Contains: the text; Regex: the pattern; Judge: the rubric
    QRegularExpression regex; // Regex, compiled when parsed
    std::optional<JsonSchema> schema; // Schema
    std::optional<JudgeSpec> judge; // Judge

    static QString typeName(Type type);
    QString describe() const; // "contains \"Paris\"", "matches /\\d+/", "valid JSON", "matches the JSON schema"
};

struct CheckResult {
    bool passed = false;
    QString detail; // why it failed; empty when it passed
};

// Runs one check on a model's answer. JSON checks accept the JSON alone or inside one Markdown code
// fence (```json ... ```), which models often add. A judge check needs a model call: compare/judge.h
// (Grader) runs those; here it fails, saying so.
CheckResult runCheck(const Check &check, const QString &answer);
// All checks; passed when every one passed. Details of the failures, joined by "; ".
CheckResult runChecks(const QList<Check> &checks, const QString &answer);
// The checks that need no model call (all but the judge checks), and the judge checks.
QList<Check> localChecks(const QList<Check> &checks);
QList<Check> judgeChecks(const QList<Check> &checks);
// The JSON text of an answer: the whole answer, or the body of a single surrounding code fence.
QString jsonPayload(const QString &answer);

struct PromptRow {
    QString id; // from the file, or the 1-based row number
    QString prompt;
    QString system; // overrides the shared system prompt when set
    QString category;
    QList<Check> checks;
    int line = 0; // where the row starts in its source (1-based)
};

// Prompt sets for batch runs.
//
// CSV (RFC 4180: commas, double-quoted fields with "" for a quote, line breaks inside quotes, CRLF
// or LF) with a header row. Columns: prompt (required), id, system, category, contains, regex, json
// (1/true/yes), schema (a JSON Schema as text), judge (a rubric for the run's judge model, pass at 7
// of 10). Unknown columns are an error, so a typo is not silently ignored.
//
// JSONL: one object per line: {"prompt": "...", "id": "...", "system": "...", "category": "...",
// "contains": "..." or [...], "regex": "..." or [...], "json": true, "schema": {...},
// "judge": "rubric" or {"rubric": "...", "model": "PROVIDER/MODEL", "threshold": 0..10}}. Blank lines
// are skipped.
//
// Errors name the line: "line 4: unterminated quoted field".
class PromptSet
{
public:
    [[nodiscard]] static Expected<QList<PromptRow>> parseCsv(const QString &text);
    [[nodiscard]] static Expected<QList<PromptRow>> parseJsonl(const QString &text);
    // Pasted text: JSONL when it starts with '{', CSV when its first line is a header with a
    // "prompt" column, otherwise one prompt per non-empty line.
    [[nodiscard]] static Expected<QList<PromptRow>> parseText(const QString &text);
    // By file name: .jsonl/.ndjson as JSONL, .csv as CSV, anything else as pasted text.
    [[nodiscard]] static Expected<QList<PromptRow>> load(const QString &path);
};

} // namespace sb::compare
