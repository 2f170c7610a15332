#include "protocol/sse.h"

namespace sb::protocol {

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
}

void SseParser::fail(QString message)
{
    m_error = Error::make(Error::Kind::Parse, std::move(message));
    m_buf.clear();
    m_data.clear();
    m_scanned = 0;
}

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_error)
        return out;
    m_buf.append(bytes);
    qsizetype pos = 0;
    if (!m_bomChecked) {
        const QByteArrayView bom(kBom, 3);
        if (m_buf.size() < 3 && bom.startsWith(QByteArrayView(m_buf)))
            return out; // could still become a BOM
        m_bomChecked = true;
        if (QByteArrayView(m_buf).startsWith(bom))
            pos = 3;
    }
    const char *d = m_buf.constData();
    const qsizetype size = m_buf.size();
    qsizetype i = std::max(pos, m_scanned);
    while (true) {
        if (m_skipLf && pos < size) {
            if (d[pos] == '\n')
                ++pos;
            m_skipLf = false;
            i = std::max(i, pos);
        }
        while (i < size && d[i] != '\n' && d[i] != '\r')
            ++i;
        if (i >= size)
            break;
        if (i - pos > m_maxLine) {
            fail(QStringLiteral("SSE line longer than %1 bytes").arg(m_maxLine));
            return out;
        }
        processLine(QByteArrayView(d + pos, i - pos), out);
        if (m_error)
            return out;
        if (d[i] == '\r') {
            if (i + 1 < size) {
                if (d[i + 1] == '\n')
                    ++i;
            } else {
                m_skipLf = true;
            }
        }
        pos = ++i;
    }
    m_buf.remove(0, pos);
    m_scanned = m_buf.size();
    if (m_buf.size() > m_maxLine)
        fail(QStringLiteral("SSE line longer than %1 bytes").arg(m_maxLine));
    return out;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> out;
    if (m_error)
        return out;
    if (!m_bomChecked && QByteArrayView(kBom, 3).startsWith(QByteArrayView(m_buf)))
        m_buf.clear();
    if (!m_buf.isEmpty())
        processLine(m_buf, out);
    m_buf.clear();
    m_scanned = 0;
    if (!m_error)
        dispatch(out);
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxLine) {
            fail(QStringLiteral("SSE event data longer than %1 bytes").arg(m_maxLine));
            return;
        }
        m_data.append(value);
        m_data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    } else if (field == "retry") {
        bool digits = !value.isEmpty() && value.size() < 10;
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (digits)
            m_retry = value.toInt();
    }
    // other fields are ignored
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (m_hasData) {
        m_data.chop(1); // the last '\n'
        out.append(SseEvent{m_event, m_data, m_lastId});
    }
    m_data.clear();
    m_event.clear();
    m_hasData = false;
}

QByteArray SseWriter::frame(QByteArrayView data, QByteArrayView event, QByteArrayView id)
{
    QByteArray out;
    out.reserve(data.size() + event.size() + id.size() + 24);
    if (!event.isEmpty()) {
        out.append("event: ");
        out.append(event);
        out.append('\n');
    }
    qsizetype start = 0;
    while (true) {
        qsizetype end = start;
        while (end < data.size() && data[end] != '\n' && data[end] != '\r')
            ++end;
        out.append("data: ");
        out.append(data.sliced(start, end - start));
        out.append('\n');
        if (end >= data.size())
            break;
        if (data[end] == '\r' && end + 1 < data.size() && data[end + 1] == '\n')
            ++end;
        start = end + 1;
    }
    if (!id.isEmpty()) {
        out.append("id: ");
        out.append(id);
        out.append('\n');
    }
    out.append('\n');
    return out;
}

QByteArray SseWriter::comment(QByteArrayView text)
{
    QByteArray out(": ");
    out.append(text);
    out.append("\n\n");
    return out;
}

} // namespace sb::protocol
