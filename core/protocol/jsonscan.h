#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sb::protocol {

// Checks that a text is one valid JSON object (RFC 8259: no trailing commas or comments, no leading
// zeros, escapes and UTF-8 checked, nesting at most kMaxDepth) and records where each of its top-level
// members' values starts and ends. Builds no tree: the proxy passes a same-dialect answer through as
// it came and needs only its model and usage, which it reads from here instead of parsing the whole
// document into QJson values (most of the work of decoding the answer; bench/FINDINGS.md).
class JsonMembers
{
public:
    static constexpr int kMaxDepth = 512;

    // The members, or nullopt when the text is not valid JSON or not an object.
    static std::optional<JsonMembers> scan(QByteArrayView text);

    // The raw JSON text of the value of the member named `key` (the last one when the key repeats, as
    // QJsonDocument does); empty when there is none.
    QByteArrayView value(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const { return !value(key).isEmpty(); }
    qsizetype size() const { return m_members.size(); }
    // A string member decoded; nullopt when absent or not a string.
    std::optional<QString> string(QLatin1StringView key) const;
    // An object member parsed on its own; empty when absent or not an object.
    QJsonObject object(QLatin1StringView key) const;
    // Whether the member is an object / an array whose first element is an object with members.
    bool isObject(QLatin1StringView key) const;
    bool startsWithNonEmptyObject(QLatin1StringView key) const;

private:
    struct Member {
        QByteArrayView key; // between the quotes, as written
        QByteArrayView value; // the whole value
        bool keyEscaped = false;
    };
    QList<Member> m_members;
};

// The JSON object text with the value of its first top-level member `key`, a string, replaced by
// `value`, nothing else touched (the proxy's passthrough sends the client's body with only the model
// changed). For text the caller parsed already: the scan stops at that member (the model comes first in
// the agents' bodies; checking the whole text again costs more than the rest of a proxied call). Empty
// when the text is not an object, or has no such string member before the scan meets invalid JSON.
QByteArray withStringMember(const QByteArray &json, QLatin1StringView key, const QString &value);

} // namespace sb::protocol
