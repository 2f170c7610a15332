#include "proxy/http.h"

#include <QUrl>

#include <algorithm>

namespace sb::proxy::http {

namespace {

// RFC 9112 2.2: lines end with CRLF; a recipient may accept a bare LF or reject the message. A bare LF
// is refused with 400: waiting for a CRLF that never comes left such a client hanging until the idle
// timeout, and accepting it would let this parser and one in front of it disagree on the head.
bool hasBareLf(QByteArrayView bytes)
{
    for (qsizetype at = bytes.indexOf('\n'); at >= 0; at = bytes.indexOf('\n', at + 1)) {
        if (at == 0 || bytes.at(at - 1) != '\r')
            return true;
    }
    return false;
}

} // namespace

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k == name)
            return v;
    }
    return {};
}

bool Request::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first == name)
            return true;
    }
    return false;
}

bool Request::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (minorVersion == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

Parser::Parser(qint64 maxBodyBytes, qsizetype maxHeadBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHead(maxHeadBytes)
{
}

Parser::State Parser::fail(int status, QString message)
{
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    return State::Error;
}

bool Parser::takeExpectContinue()
{
    return std::exchange(m_expectContinue, false);
}

Parser::State Parser::advance()
{
    if (m_errorStatus)
        return State::Error;
    if (!m_headParsed) {
        const State s = parseHead();
        if (s != State::HeadComplete)
            return s;
    }
    if (m_chunked)
        return parseChunked();
    if (m_buffer.size() < m_contentLength)
        return State::HeadComplete;
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    return State::Complete;
}

Parser::State Parser::parseHead()
{
    // tolerate empty lines before a request (RFC 9112 2.2)
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (hasBareLf(QByteArrayView(m_buffer).first(end < 0 ? std::min(m_buffer.size(), m_maxHead + 4) : end + 4)))
        return fail(400, QStringLiteral("a line of the request head ends with a bare LF: HTTP/1.1 lines end with CRLF"));
    if (end < 0) {
        if (m_buffer.size() > m_maxHead)
            return fail(431, QStringLiteral("request header fields too large (more than %1 bytes)").arg(m_maxHead));
        return State::NeedMore;
    }
    if (end > m_maxHead)
        return fail(431, QStringLiteral("request header fields too large (more than %1 bytes)").arg(m_maxHead));
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3 || !start.at(2).startsWith("HTTP/1."))
        return fail(400, QStringLiteral("malformed request line"));
    m_request = Request{};
    m_request.method = start.at(0);
    m_request.target = start.at(1);
    m_request.minorVersion = start.at(2).endsWith(".0") ? 0 : 1;
    const qsizetype q = m_request.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? m_request.target : m_request.target.left(q);
    if (q >= 0)
        m_request.query = m_request.target.mid(q + 1);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    QByteArray transferEncoding; // every Transfer-Encoding header, joined
    std::optional<QByteArray> length; // the Content-Length (all of them the same)
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArrayView line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        // RFC 9112 5.1, 5.2: no whitespace before the colon, no folded (indented) continuation lines;
        // either would let two parsers disagree on the headers (request smuggling).
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.front() == ' ' || line.front() == '\t' || line.at(colon - 1) == ' ' || line.at(colon - 1) == '\t')
            return fail(400, QStringLiteral("malformed header line"));
        QByteArray name = line.first(colon).toByteArray().toLower();
        QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name == "transfer-encoding") {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ", ") + value.toLower();
        } else if (name == "content-length") {
            if (value.isEmpty() || !std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
                return fail(400, QStringLiteral("malformed Content-Length: '%1'").arg(QString::fromLatin1(value.left(40))));
            if (length && *length != value)
                return fail(400, QStringLiteral("conflicting Content-Length headers"));
            length = value;
        }
        m_request.headers.append({std::move(name), std::move(value)});
    }
    m_headParsed = true;
    m_contentLength = 0;
    m_chunked = false;
    if (!transferEncoding.isEmpty()) {
        // RFC 9112 6.1, 6.3: with both, the end of the body is ambiguous; only chunked framing is read
        if (length)
            return fail(400, QStringLiteral("both Content-Length and Transfer-Encoding: send one of them"));
        if (transferEncoding != "chunked") {
            if (transferEncoding.endsWith("chunked"))
                return fail(
                    501, QStringLiteral("transfer coding '%1' is not supported (only chunked)").arg(QString::fromLatin1(transferEncoding.left(80))));
            return fail(400,
                        QStringLiteral("Transfer-Encoding must end with chunked (got '%1')").arg(QString::fromLatin1(transferEncoding.left(80))));
        }
        m_chunked = true;
    } else if (length) {
        bool ok = false;
        m_contentLength = length->toLongLong(&ok);
        if (!ok)
            return fail(400, QStringLiteral("malformed Content-Length: '%1'").arg(QString::fromLatin1(length->left(40))));
        if (m_contentLength > m_maxBody)
            return fail(413, QStringLiteral("request body of %1 bytes is larger than the limit of %2 bytes").arg(m_contentLength).arg(m_maxBody));
    }
    m_expectContinue = m_request.header("expect").toLower() == "100-continue";
    return State::HeadComplete;
}

Parser::State Parser::parseChunked()
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (hasBareLf(QByteArrayView(m_buffer).first(lineEnd < 0 ? std::min<qsizetype>(m_buffer.size(), 1026) : lineEnd + 2)))
            return fail(400, QStringLiteral("malformed chunked body: a chunk size line ends with a bare LF"));
        if (lineEnd < 0) {
            if (m_buffer.size() > 1024)
                return fail(400, QStringLiteral("malformed chunked body"));
            return State::HeadComplete;
        }
        QByteArray sizeText = m_buffer.left(lineEnd);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText.truncate(semi);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return fail(400, QStringLiteral("malformed chunk size"));
        if (size == 0) {
            // trailers end with an empty line
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", lineEnd);
            if (hasBareLf(QByteArrayView(m_buffer).first(end < 0 ? m_buffer.size() : end + 4)))
                return fail(400, QStringLiteral("malformed chunked body: a trailer line ends with a bare LF"));
            if (end < 0) {
                if (m_buffer.size() > m_maxHead)
                    return fail(431, QStringLiteral("request trailer fields too large (more than %1 bytes)").arg(m_maxHead));
                return State::HeadComplete;
            }
            m_buffer.remove(0, end + 4);
            m_chunked = false;
            return State::Complete;
        }
        if (m_request.body.size() + size > m_maxBody)
            return fail(413, QStringLiteral("request body is larger than the limit of %1 bytes").arg(m_maxBody));
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return State::HeadComplete;
        if (m_buffer.at(lineEnd + 2 + size) != '\r' || m_buffer.at(lineEnd + 2 + size + 1) != '\n')
            return fail(400, QStringLiteral("malformed chunked body: a chunk's data must end with CRLF"));
        m_request.body.append(m_buffer.constData() + lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

Request Parser::take()
{
    Request r = std::move(m_request);
    m_request = Request{};
    m_headParsed = false;
    m_chunked = false;
    m_expectContinue = false;
    m_contentLength = 0;
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 402: return QByteArrayLiteral("Payment Required");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 422: return QByteArrayLiteral("Unprocessable Content");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    case 529: return QByteArrayLiteral("Overloaded");
    default: return status < 300 ? QByteArrayLiteral("OK") : status < 500 ? QByteArrayLiteral("Client Error") : QByteArrayLiteral("Server Error");
    }
}

QByteArray responseHead(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, qint64 bodyLength, bool keepAlive)
{
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[k, v] : headers)
        head += k + ": " + v + "\r\n";
    if (bodyLength >= 0)
        head += "Content-Length: " + QByteArray::number(bodyLength) + "\r\n";
    else
        head += "Transfer-Encoding: chunked\r\n";
    head += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n") : QByteArrayLiteral("Connection: close\r\n\r\n");
    return head;
}

QByteArray chunk(QByteArrayView data)
{
    if (data.isEmpty())
        return {};
    QByteArray out = QByteArray::number(data.size(), 16);
    out.reserve(out.size() + data.size() + 4);
    out += "\r\n";
    out.append(data.data(), data.size());
    out += "\r\n";
    return out;
}

} // namespace sb::proxy::http
