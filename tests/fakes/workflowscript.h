#pragma once

#include "fakeupstream.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

// Models that answer the shipped workflow templates (resources/workflows) the way real ones would, for
// running them end to end against a fake upstream (OpenAI Chat Completions requests):
// - a classify step (its system prompt lists the labels) gets the first label the text names as a word,
//   else the last label;
// - a step with a JSON Schema (response_format json_schema) gets an instance of the schema: enums their
//   first value, strings "<property> of the document", numbers 1250, booleans true, one item per list;
//   `answers` replaces that by step (the schema's name is the step id);
// - a message with an image or a file gets `transcription` (a vision model reading a scan);
// - anything else gets `textPrefix` followed by the last user message.
//
//   sb::fakes::WorkflowScript script;
//   script.answers.insert(QStringLiteral("tone"), QJsonObject{{"ok", false}, {"revised", "..."}});
//   up.setHandler(sb::fakes::workflowHandler(script));
namespace sb::fakes {

struct WorkflowScript {
    QHash<QString, QJsonObject> answers; // structured answers by step id, instead of the schema's instance
    QString transcription = QStringLiteral(
        "Invoice 4711 from ACME Tools Ltd to Example GmbH, dated 2026-02-01. Total due: 1250.00 EUR within fourteen days.");
    QString textPrefix = QStringLiteral("Answer to: ");
    int outputTokens = 9;
};

// An instance of a JSON Schema as the script describes it.
QJsonValue schemaInstance(const QJsonObject &schema, const QString &name = {});

FakeUpstream::Handler workflowHandler(const WorkflowScript &script);

} // namespace sb::fakes
