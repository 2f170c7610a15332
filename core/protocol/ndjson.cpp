#include "protocol/ndjson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sb::protocol {

namespace {

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

void NdjsonParser::fail(QString message)
{
    m_error = Error::make(Error::Kind::Parse, std::move(message));
    m_buf.clear();
    m_scanned = 0;
}

QList<QByteArray> NdjsonParser::feed(QByteArrayView bytes)
{
    QList<QByteArray> out;
    if (m_error)
        return out;
    m_buf.append(bytes);
    qsizetype pos = 0;
    qsizetype i = m_scanned;
    while (true) {
        i = m_buf.indexOf('\n', i);
        if (i < 0)
            break;
        if (i - pos > m_maxLine) {
            fail(QStringLiteral("NDJSON line longer than %1 bytes").arg(m_maxLine));
            return out;
        }
        QByteArrayView line(m_buf.constData() + pos, i - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!isBlank(line))
            out.append(line.toByteArray());
        pos = ++i;
    }
    m_buf.remove(0, pos);
    m_scanned = m_buf.size();
    if (m_buf.size() > m_maxLine)
        fail(QStringLiteral("NDJSON line longer than %1 bytes").arg(m_maxLine));
    return out;
}

QList<QByteArray> NdjsonParser::finish()
{
    QList<QByteArray> out;
    if (m_error)
        return out;
    if (!isBlank(m_buf))
        out.append(m_buf.endsWith('\r') ? m_buf.chopped(1) : m_buf);
    m_buf.clear();
    m_scanned = 0;
    return out;
}

QList<QJsonObject> NdjsonParser::toObjects(const QList<QByteArray> &lines)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : lines) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(pe.error != QJsonParseError::NoError
                     ? QStringLiteral("NDJSON line is not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset)
                     : QStringLiteral("NDJSON line is not a JSON object"));
            return out;
        }
        out.append(doc.object());
    }
    return out;
}

QList<QJsonObject> NdjsonParser::feedObjects(QByteArrayView bytes)
{
    return toObjects(feed(bytes));
}

QList<QJsonObject> NdjsonParser::finishObjects()
{
    return toObjects(finish());
}

} // namespace sb::protocol
