#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace sb::fakes {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 529: return QByteArrayLiteral("Site Overloaded");
    default: return QByteArrayLiteral("Status");
    }
}

bool headerHasToken(const QByteArray &value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpConnection::HttpConnection(int id, QTcpSocket *socket, RequestHandler onRequest, FinishedHandler onFinished, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_onRequest(std::move(onRequest))
    , m_onFinished(std::move(onFinished))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_state = State::Dead;
        ++m_generation;
        markClosed();
    });
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::closeNow()
{
    if (m_state == State::Dead)
        return;
    m_state = State::Dead;
    ++m_generation;
    m_socket->abort();
    markClosed();
}

void HttpConnection::markClosed()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    emit closed(m_id);
    deleteLater();
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Dead)
        return;
    m_buffer += m_socket->readAll();
    parse();
}

void HttpConnection::parse()
{
    for (;;) {
        switch (m_state) {
        case State::Head: {
            while (m_buffer.startsWith("\r\n")) // tolerated before a request line (RFC 9112 2.2)
                m_buffer.remove(0, 2);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    rejectRequest(431, QByteArrayLiteral("request head too large"));
                return;
            }
            if (!parseHead(end))
                return;
            break;
        }
        case State::Body: {
            const qsizetype take = qMin(m_remaining, m_buffer.size());
            m_request.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            completeRequest();
            break;
        }
        case State::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > 1024)
                    rejectRequest(400, QByteArrayLiteral("bad chunk size line"));
                return;
            }
            QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0)
                line.truncate(semicolon);
            bool ok = false;
            const qlonglong size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || m_request.body.size() + size > kMaxBodyBytes) {
                rejectRequest(ok ? 413 : 400, QByteArrayLiteral("bad chunk size"));
                return;
            }
            if (size == 0) {
                m_state = State::ChunkTrailer;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            if (m_remaining > 0) {
                const qsizetype take = qMin(m_remaining, m_buffer.size());
                m_request.body += m_buffer.left(take);
                m_buffer.remove(0, take);
                m_remaining -= take;
                if (m_remaining > 0)
                    return;
            }
            if (m_buffer.size() < 2)
                return;
            if (!m_buffer.startsWith("\r\n")) {
                rejectRequest(400, QByteArrayLiteral("chunk not followed by CRLF"));
                return;
            }
            m_buffer.remove(0, 2);
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkTrailer: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            const bool last = eol == 0;
            m_buffer.remove(0, eol + 2); // trailer fields are ignored
            if (last)
                completeRequest();
            break;
        }
        case State::Responding:
        case State::Dead: return;
        }
    }
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + 4);
    m_request = RecordedRequest{};

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        rejectRequest(400, QByteArrayLiteral("bad request line"));
        return false;
    }
    m_request.method = requestLine[0];
    m_request.target = requestLine[1];
    const bool http10 = requestLine[2] == "HTTP/1.0";

    const qsizetype q = m_request.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? m_request.target : m_request.target.left(q);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    if (q >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(q + 1)));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            rejectRequest(400, QByteArrayLiteral("bad header line"));
            return false;
        }
        m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = m_request.header("connection");
    m_keepAlive = http10 ? headerHasToken(connection, "keep-alive") : !headerHasToken(connection, "close");

    const QByteArray te = m_request.header("transfer-encoding");
    m_request.chunkedBody = headerHasToken(te, "chunked");
    qlonglong length = 0;
    if (!m_request.chunkedBody && m_request.hasHeader("content-length")) {
        bool ok = false;
        length = m_request.header("content-length").toLongLong(&ok);
        if (!ok || length < 0) {
            rejectRequest(400, QByteArrayLiteral("bad content-length"));
            return false;
        }
        if (length > kMaxBodyBytes) {
            rejectRequest(413, QByteArrayLiteral("body too large"));
            return false;
        }
    }
    const bool expectsBody = m_request.chunkedBody || length > 0;
    m_request.expectedContinue = headerHasToken(m_request.header("expect"), "100-continue");
    if (m_request.expectedContinue && expectsBody && m_buffer.isEmpty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

    if (m_request.chunkedBody) {
        m_state = State::ChunkSize;
    } else if (length > 0) {
        m_request.body.reserve(length);
        m_remaining = length;
        m_state = State::Body;
    } else {
        completeRequest();
    }
    return true;
}

void HttpConnection::completeRequest()
{
    m_state = State::Responding;
    m_onRequest(this, m_request);
}

void HttpConnection::rejectRequest(int status, const QByteArray &message)
{
    ResponsePlan plan;
    plan.status = status;
    plan.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")});
    plan.frames.append(message);
    plan.close = true;
    m_state = State::Responding;
    respond(-1, plan);
}

void HttpConnection::respond(int requestIndex, const ResponsePlan &plan)
{
    if (m_state == State::Dead)
        return;
    m_plan = plan;
    m_requestIndex = requestIndex;
    m_frameIndex = 0;
    ++m_generation;
    if (m_plan.dropBeforeResponse) {
        drop();
        return;
    }
    runAfter(m_plan.headerDelayMs, &HttpConnection::writeHead);
}

void HttpConnection::runAfter(int ms, void (HttpConnection::*step)())
{
    if (ms <= 0) {
        (this->*step)();
        return;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(ms, this, [this, generation, step] {
        if (generation == m_generation)
            (this->*step)();
    });
}

void HttpConnection::writeHead()
{
    if (m_state == State::Dead)
        return;
    if (m_plan.close)
        m_keepAlive = false;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_plan.status) + ' ' + reasonPhrase(m_plan.status) + "\r\n";
    for (const auto &[name, val] : std::as_const(m_plan.headers))
        head += name + ": " + val + "\r\n";
    if (m_plan.chunked) {
        head += "Transfer-Encoding: chunked\r\n";
    } else {
        qsizetype total = 0;
        for (const QByteArray &frame : std::as_const(m_plan.frames))
            total += frame.size();
        head += "Content-Length: " + QByteArray::number(total) + "\r\n";
    }
    head += m_keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n") : QByteArrayLiteral("Connection: close\r\n");
    head += "\r\n";
    m_socket->write(head);

    runAfter(m_plan.firstFrameDelayMs, &HttpConnection::writeFrames);
}

void HttpConnection::writeFrames()
{
    while (m_state != State::Dead) {
        if (m_plan.stallAfterFrames >= 0 && m_frameIndex >= m_plan.stallAfterFrames) {
            Q_EMIT stalled(m_requestIndex); // keep the connection, write nothing more
            return;
        }
        if (m_plan.dropAfterFrames >= 0 && m_frameIndex >= m_plan.dropAfterFrames) {
            drop();
            return;
        }
        if (m_frameIndex >= m_plan.frames.size()) {
            finishResponse();
            return;
        }
        writeFrame(m_plan.frames[m_frameIndex++]);
        if (m_plan.frameDelayMs > 0 && m_frameIndex < m_plan.frames.size()) {
            runAfter(m_plan.frameDelayMs, &HttpConnection::writeFrames);
            return;
        }
    }
}

void HttpConnection::writeFrame(const QByteArray &frame)
{
    if (frame.isEmpty())
        return; // an empty chunk would end a chunked body
    if (m_plan.chunked) {
        m_socket->write(QByteArray::number(frame.size(), 16) + "\r\n");
        m_socket->write(frame);
        m_socket->write("\r\n");
    } else {
        m_socket->write(frame);
    }
}

void HttpConnection::finishResponse()
{
    if (m_plan.chunked)
        m_socket->write("0\r\n\r\n");
    const int index = m_requestIndex;
    if (!m_keepAlive) {
        m_state = State::Dead;
        m_socket->disconnectFromHost();
    } else {
        m_state = State::Head;
    }
    if (index >= 0)
        m_onFinished(index);
    if (m_state == State::Head && !m_buffer.isEmpty()) {
        // Pipelined bytes: parse on the next turn so this call stack unwinds first.
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Head)
                parse();
        });
    }
}

void HttpConnection::drop()
{
    m_state = State::Dead;
    ++m_generation;
    m_socket->disconnectFromHost(); // flushes what was written, then FIN
}

} // namespace sb::fakes
