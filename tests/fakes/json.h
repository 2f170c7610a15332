#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

// A tiny JSON writer that keeps members in the order they are given, so that the fakes emit keys in
// the order the vendors document them (QJsonObject sorts keys). Values are already-serialized JSON.
namespace sb::fakes::json {

using Member = std::pair<const char *, QByteArray>;

QByteArray str(QStringView s);
QByteArray str(const char *utf8);
QByteArray num(qint64 v);
QByteArray real(double v);
QByteArray boolean(bool v);
QByteArray null();
QByteArray obj(std::initializer_list<Member> members);
QByteArray obj(const QList<std::pair<QByteArray, QByteArray>> &members);
QByteArray arr(const QList<QByteArray> &items);
// Compact serialization of a parsed value (object members in QJsonObject's order).
QByteArray value(const QJsonValue &v);

} // namespace sb::fakes::json
