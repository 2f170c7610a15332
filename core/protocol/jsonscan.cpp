#include "protocol/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cctype>
#include <cmath>
#include <cstring>
#include <functional>

namespace sb::protocol {

namespace {

bool isSpace(uchar c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// A top-level member as the scan finds it: the key between its quotes (as written, `escaped` when it
// has a backslash) and the whole value. Returns false to stop the scan there.
using MemberSink = std::function<bool(QByteArrayView key, bool escaped, QByteArrayView value)>;

class Scanner
{
public:
    Scanner(const char *begin, const char *end)
        : m_p(reinterpret_cast<const uchar *>(begin))
        , m_end(reinterpret_cast<const uchar *>(end))
    {
    }

    const char *at() const { return reinterpret_cast<const char *>(m_p); }
    bool atEnd() const { return m_p >= m_end; }
    uchar peek() const { return m_p < m_end ? *m_p : 0; }
    bool take(uchar c)
    {
        if (m_p >= m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    void space()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    // At a '"': past the closing quote. `escaped` says whether a backslash was seen.
    bool string(bool *escaped = nullptr)
    {
        if (!take('"'))
            return false;
        for (;;) {
            // the common case: printable ASCII without quote or backslash
            while (m_p < m_end && *m_p >= 0x20 && *m_p < 0x80 && *m_p != '"' && *m_p != '\\')
                ++m_p;
            if (m_p >= m_end)
                return false;
            const uchar c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c == '\\') {
                if (escaped)
                    *escaped = true;
                ++m_p;
                if (m_p >= m_end)
                    return false;
                switch (*m_p) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't': ++m_p; break;
                case 'u':
                    ++m_p;
                    for (int i = 0; i < 4; ++i, ++m_p) {
                        if (m_p >= m_end || !std::isxdigit(*m_p))
                            return false;
                    }
                    break;
                default: return false;
                }
                continue;
            }
            if (c < 0x20)
                return false; // control characters must be escaped
            if (!utf8Sequence())
                return false;
        }
    }

    // At a '{': past the closing brace; each member goes to `sink` when there is one, until it says stop
    // (then true, at the end of that member).
    bool object(int depth, const MemberSink &sink = {})
    {
        if (depth > JsonMembers::kMaxDepth || !take('{'))
            return false;
        space();
        if (take('}'))
            return true;
        for (;;) {
            space();
            const char *keyStart = at();
            bool escaped = false;
            if (!string(&escaped))
                return false;
            const char *keyEnd = at();
            space();
            if (!take(':'))
                return false;
            space();
            const char *valueStart = at();
            if (!value(depth))
                return false;
            if (sink && !sink(QByteArrayView(keyStart + 1, keyEnd - 1), escaped, QByteArrayView(valueStart, at())))
                return true;
            space();
            if (take('}'))
                return true;
            if (!take(','))
                return false;
        }
    }

    bool value(int depth)
    {
        switch (peek()) {
        case '{': return object(depth + 1);
        case '[': return array(depth + 1);
        case '"': return string();
        case 't': return literal("true", 4);
        case 'f': return literal("false", 5);
        case 'n': return literal("null", 4);
        default: return number();
        }
    }

private:
    // At a byte >= 0x80: one well-formed UTF-8 sequence (no overlong forms, surrogates or values past
    // U+10FFFF).
    bool utf8Sequence()
    {
        const uchar c = *m_p;
        int more = 0;
        uchar lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        if (m_end - m_p <= more)
            return false;
        if (m_p[1] < lo || m_p[1] > hi)
            return false;
        for (int i = 2; i <= more; ++i) {
            if (m_p[i] < 0x80 || m_p[i] > 0xBF)
                return false;
        }
        m_p += more + 1;
        return true;
    }

    bool literal(const char *word, int length)
    {
        if (m_end - m_p < length || std::memcmp(m_p, word, std::size_t(length)) != 0)
            return false;
        m_p += length;
        return true;
    }

    bool digits()
    {
        if (m_p >= m_end || !std::isdigit(*m_p))
            return false;
        while (m_p < m_end && std::isdigit(*m_p))
            ++m_p;
        return true;
    }

    bool number()
    {
        const uchar *start = m_p;
        take('-');
        if (take('0')) {
            if (m_p < m_end && std::isdigit(*m_p))
                return false; // no leading zeros
        } else if (!digits()) {
            return false;
        }
        if (take('.') && !digits())
            return false;
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (!take('+'))
                take('-');
            if (!digits())
                return false;
            return finite(start);
        }
        return m_p - start <= 300 || finite(start);
    }

    // QJsonDocument refuses a number too large for a double ("1e400"): so does the scanner.
    bool finite(const uchar *start) const
    {
        bool ok = false;
        const double d = QByteArray(reinterpret_cast<const char *>(start), m_p - start).toDouble(&ok);
        return ok && std::isfinite(d);
    }

    bool array(int depth)
    {
        if (depth > JsonMembers::kMaxDepth || !take('['))
            return false;
        space();
        if (take(']'))
            return true;
        for (;;) {
            space();
            if (!value(depth))
                return false;
            space();
            if (take(']'))
                return true;
            if (!take(','))
                return false;
        }
    }

    const uchar *m_p;
    const uchar *m_end;
};

QByteArrayView trimmedStart(QByteArrayView v, qsizetype from)
{
    while (from < v.size() && isSpace(uchar(v.at(from))))
        ++from;
    return v.sliced(from);
}

} // namespace

std::optional<JsonMembers> JsonMembers::scan(QByteArrayView text)
{
    Scanner s(text.data(), text.data() + text.size());
    JsonMembers members;
    s.space();
    if (s.peek() != '{' || !s.object(1, [&members](QByteArrayView key, bool escaped, QByteArrayView value) {
            members.m_members.append({key, value, escaped});
            return true;
        }))
        return std::nullopt;
    s.space();
    if (!s.atEnd())
        return std::nullopt; // something after the object
    return members;
}

QByteArrayView JsonMembers::value(QLatin1StringView key) const
{
    for (qsizetype i = m_members.size() - 1; i >= 0; --i) {
        const Member &m = m_members.at(i);
        if (!m.keyEscaped) {
            if (m.key == QByteArrayView(key.data(), key.size()))
                return m.value;
            continue;
        }
        // a key written with escapes: compare what it decodes to
        const QJsonArray decoded = QJsonDocument::fromJson("[\"" + m.key.toByteArray() + "\"]").array();
        if (decoded.at(0).toString() == key)
            return m.value;
    }
    return {};
}

std::optional<QString> JsonMembers::string(QLatin1StringView key) const
{
    const QByteArrayView v = value(key);
    if (v.size() < 2 || v.front() != '"')
        return std::nullopt;
    const QByteArrayView inner = v.sliced(1, v.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    return QJsonDocument::fromJson("[" + v.toByteArray() + "]").array().at(0).toString();
}

QJsonObject JsonMembers::object(QLatin1StringView key) const
{
    const QByteArrayView v = value(key);
    if (v.isEmpty() || v.front() != '{')
        return {};
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

bool JsonMembers::isObject(QLatin1StringView key) const
{
    const QByteArrayView v = value(key);
    return !v.isEmpty() && v.front() == '{';
}

bool JsonMembers::startsWithNonEmptyObject(QLatin1StringView key) const
{
    const QByteArrayView v = value(key);
    if (v.isEmpty() || v.front() != '[')
        return false;
    const QByteArrayView first = trimmedStart(v, 1);
    return !first.isEmpty() && first.front() == '{' && trimmedStart(first, 1).front() != '}';
}

QByteArray withStringMember(const QByteArray &json, QLatin1StringView key, const QString &value)
{
    Scanner s(json.constData(), json.constData() + json.size());
    s.space();
    QByteArrayView old;
    if (s.peek() != '{' || !s.object(1, [&](QByteArrayView k, bool escaped, QByteArrayView v) {
            if (escaped ? QJsonDocument::fromJson("[\"" + k.toByteArray() + "\"]").array().at(0).toString() != key
                        : k != QByteArrayView(key.data(), key.size()))
                return true;
            old = v;
            return false; // the rest is not read: the caller parsed the text already
        }))
        return {};
    if (old.isEmpty() || old.front() != '"')
        return {};
    QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact); // ["..."]
    quoted = quoted.mid(1, quoted.size() - 2);
    QByteArray out = json;
    out.replace(old.data() - json.constData(), old.size(), quoted);
    return out;
}

} // namespace sb::protocol
