#include "json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::fakes::json {

QByteArray str(QStringView s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out.toUtf8();
}

QByteArray str(const char *utf8)
{
    return str(QString::fromUtf8(utf8));
}

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

QByteArray real(double v)
{
    QByteArray s = QByteArray::number(v, 'g', 9);
    if (!s.contains('.') && !s.contains('e') && !s.contains("inf") && !s.contains("nan"))
        s += ".0";
    return s;
}

QByteArray boolean(bool v)
{
    return v ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

QByteArray null()
{
    return QByteArrayLiteral("null");
}

QByteArray obj(std::initializer_list<Member> members)
{
    QByteArray out = "{";
    bool first = true;
    for (const auto &[key, val] : members) {
        if (!first)
            out += ',';
        first = false;
        out += str(key);
        out += ':';
        out += val;
    }
    out += '}';
    return out;
}

QByteArray obj(const QList<std::pair<QByteArray, QByteArray>> &members)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        out += str(QString::fromUtf8(members[i].first));
        out += ':';
        out += members[i].second;
    }
    out += '}';
    return out;
}

QByteArray arr(const QList<QByteArray> &items)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += items[i];
    }
    out += ']';
    return out;
}

QByteArray value(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    // Scalars: wrap in an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace sb::fakes::json
