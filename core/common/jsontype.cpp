#include "common/jsontype.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sb {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

void appendJsonString(QByteArray &out, QStringView s)
{
    out += '"';
    // the usual case (model and provider names): printable ASCII that needs no escape, copied as is
    const qsizetype start = out.size();
    out.resize(start + s.size());
    char *to = out.data() + start;
    qsizetype i = 0;
    for (; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
            break;
        to[i] = char(c);
    }
    if (i == s.size()) {
        out += '"';
        return;
    }
    out.resize(start);
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = uchar(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

namespace {

bool hasSurrogate(QStringView s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSurrogate(); });
}

// `v` as compact JSON text, written directly; false for what is left to QJsonDocument (a number, whose
// formatting is Qt's; a string with a surrogate; an undefined value)
bool appendJsonValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: out += "null"; return true;
    case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; return true;
    case QJsonValue::String: {
        const QString s = v.toString();
        if (hasSurrogate(s))
            return false;
        appendJsonString(out, s);
        return true;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out += ',';
            if (!appendJsonValue(out, a.at(i)))
                return false;
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        out += '{';
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it != o.constBegin())
                out += ',';
            const QString key = it.key();
            if (hasSurrogate(key))
                return false;
            appendJsonString(out, key);
            out += ':';
            if (!appendJsonValue(out, it.value()))
                return false;
        }
        out += '}';
        return true;
    }
    case QJsonValue::Double:
    case QJsonValue::Undefined: break;
    }
    return false;
}

} // namespace

QByteArray jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    QByteArray out;
    out.reserve(128);
    if (appendJsonValue(out, v))
        return out;
    // as QJsonDocument writes it (the keys in the same order: a QJsonObject's, sorted); a scalar inside
    // an array that is cut off again
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace sb
