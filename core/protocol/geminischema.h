#pragma once

#include <QJsonObject>
#include <QStringList>

namespace sb::protocol {

// Gemini's Schema type (functionDeclarations[].parameters, generationConfig.responseSchema) is an
// OpenAPI 3.0 subset, and Gemini refuses the whole request on the first field it does not know
// ("Invalid JSON payload received. Unknown name ..."). Clients send full JSON Schema: agents' tools use
// oneOf and exclusiveMinimum, Zod and Pydantic output $ref/$defs, const, type arrays with "null".
// This rewrites a JSON Schema into that subset:
//   oneOf -> anyOf; allOf -> its parts merged; $ref to #/$defs or #/definitions inlined (a recursive
//   reference becomes a described object); type [T, "null"] -> type T, nullable; several types -> anyOf;
//   exclusiveMinimum/Maximum -> minimum/maximum (integers +1/-1; numbers keep the bound, inclusive);
//   const -> a one-value enum (strings); enum values not strings, formats Gemini does not take and every
//   other keyword -> dropped.
// Each rewrite or drop is described in `notes` ("properties.limit.exclusiveMinimum: minimum 1"), for the
// call's trace.
QJsonObject toGeminiSchema(const QJsonObject &jsonSchema, QStringList *notes = nullptr);

} // namespace sb::protocol
