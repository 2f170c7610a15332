#pragma once

#include "common/expected.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace sb::compare {

// A JSON Schema subset, enough to check structured model output in batch runs:
//   type (a name or a list of names: string, number, integer, boolean, object, array, null),
//   properties, required, additionalProperties (true/false or a schema), items (a schema),
//   enum, const, minimum, maximum, exclusiveMinimum, exclusiveMaximum (numbers, draft 6 style),
//   minLength, maxLength, minItems, maxItems.
// Other keywords ($schema, title, description, ...) are ignored. A boolean schema: true accepts
// everything, false nothing.
class JsonSchema
{
public:
    // Checks that the schema itself uses the supported keywords with the right shapes; the message
    // names the keyword's path ("properties.age.minimum: must be a number").
    [[nodiscard]] static Expected<JsonSchema> parse(const QJsonValue &schema);
    [[nodiscard]] static Expected<JsonSchema> parse(const QString &schemaText);

    // Every violation as "PATH: what is wrong", PATH a JSON path ("$", "$.items[2].name"); empty = valid.
    QStringList validate(const QJsonValue &instance) const;
    const QJsonValue &schema() const { return m_schema; }

private:
    explicit JsonSchema(QJsonValue schema)
        : m_schema(std::move(schema))
    {
    }
    QJsonValue m_schema;
};

} // namespace sb::compare
