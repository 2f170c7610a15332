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

// OpenAI strict mode (Structured Outputs, strict function calling) takes a JSON Schema subset with two
// rules a client's schema rarely follows: every object lists all its properties in `required` and has
// `additionalProperties: false`. This makes a schema strict: properties that were optional stay
// optional in effect by accepting null; oneOf -> anyOf; keywords strict mode refuses (minLength,
// maxLength, uniqueItems, propertyNames, patternProperties, default, $schema, ...) are dropped, each
// described in `notes`.
QJsonObject toOpenAiStrictSchema(const QJsonObject &jsonSchema, QStringList *notes = nullptr);

} // namespace sb::protocol
