#pragma once

#include "common/expected.h"
#include "protocol/types.h"
#include "workflow/definition.h"

#include <QJsonValue>
#include <QString>

// A workflow run from a chat message, as the proxy's workflow:NAME models do it: the message becomes
// the workflow's input, the run's output the answer.
namespace sb::workflow {

// The input a message (a chat request's last user message) makes for a workflow:
// - its text, when it is a JSON object that fits the workflow's inputSchema (any object when the
//   workflow declares none), is the input as it is;
// - otherwise the text goes into the workflow's single text input: the one required string property of
//   its inputSchema, else its one string property; without a schema, the one field of the input its
//   steps read (input.question), or the whole input when they read it as a whole;
// - images and documents in the message go into its single file input (a property whose schema is an
//   object that requires "data"), as {"name", "mediaType", "data"} (a FileValue; a file without a name
//   gets "attachment-1" with the extension of its type).
// When none of that fits, a Validation error says what the workflow takes.
[[nodiscard]] Expected<QJsonValue> inputFromMessage(const Definition &definition, const protocol::Message &message);

// A run's output as the text of an answer: text as it is, numbers and booleans as JSON, lists and
// objects as indented JSON, null as nothing.
QString outputText(const QJsonValue &output);

} // namespace sb::workflow
