#pragma once

#include <QJsonValue>
#include <QString>

namespace sb {

// What a JSON value is, for messages: "a string", "a number", "a boolean", "an array", "an object",
// "null", or "missing" (undefined).
QString jsonTypeName(const QJsonValue &value);

} // namespace sb
