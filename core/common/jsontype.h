#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace sb {

// What a JSON value is, for messages: "a string", "a number", "a boolean", "an array", "an object",
// "null", or "missing" (undefined).
QString jsonTypeName(const QJsonValue &value);

// Appends `s` as a JSON string (quoted, escaped) in UTF-8, as QJsonDocument writes it; printable ASCII
// is copied as it is. (For JSON text written piece by piece, without a QJsonObject per value.)
void appendJsonString(QByteArray &out, QStringView s);

// Any JSON value as its compact JSON text in UTF-8 (a scalar too: "text", 12, true), as QJsonDocument
// writes it; a null or undefined value gives a null QByteArray. Strings, objects and arrays of them are
// written directly (what holds a number or a lone surrogate goes through QJsonDocument): the run store
// writes a step's inputs and output this way.
QByteArray jsonText(const QJsonValue &value);

} // namespace sb
