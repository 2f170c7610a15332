#include "proxy/directhttp.h"

#include "proxy/socketwrite.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace sb::proxy {

namespace {

constexpr int kMaxIdlePerHost = 128;
constexpr qsizetype kMaxHeadBytes = 256 * 1024;

QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 401: return QNetworkReply::AuthenticationRequiredError;
    case 403: return QNetworkReply::ContentAccessDenied;
    case 404: return QNetworkReply::ContentNotFoundError;
    case 405: return QNetworkReply::ContentOperationNotPermittedError;
    case 409: return QNetworkReply::ContentConflictError;
    case 410: return QNetworkReply::ContentGoneError;
    case 500: return QNetworkReply::InternalServerError;
    case 501: return QNetworkReply::OperationNotImplementedError;
    case 503: return QNetworkReply::ServiceUnavailableError;
    default: return status >= 500 ? QNetworkReply::UnknownServerError : QNetworkReply::UnknownContentError;
    }
}

QNetworkReply::NetworkError errorForSocket(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError: return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError: return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError: return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError: return QNetworkReply::TimeoutError;
    default: return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

// ------------------------------------------------------------------------------------------------
DirectHttpManager::DirectHttpManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_sweep(new QTimer(this))
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    m_sweep->setInterval(1000);
    connect(m_sweep, &QTimer::timeout, this, &DirectHttpManager::closeExpired);
}

DirectHttpManager::~DirectHttpManager()
{
    const auto idle = std::exchange(m_idle, {});
    for (const QList<IdleSocket> &sockets : idle) {
        for (const IdleSocket &i : sockets) {
            i.socket->disconnect(this); // its disconnected() would look it up in m_idle
            delete i.socket;
        }
    }
}

int DirectHttpManager::idleConnections() const
{
    int n = 0;
    for (const QList<IdleSocket> &sockets : m_idle)
        n += int(sockets.size());
    return n;
}

void DirectHttpManager::closeExpired()
{
    const qint64 now = m_now();
    bool any = false;
    for (QList<IdleSocket> &sockets : m_idle) {
        while (!sockets.isEmpty() && now - sockets.constFirst().sinceMs >= m_idleTimeoutMs) {
            QTcpSocket *s = sockets.takeFirst().socket;
            s->disconnect(this);
            s->deleteLater();
        }
        any |= !sockets.isEmpty();
    }
    if (!any)
        m_sweep->stop();
}

bool DirectHttpManager::takes(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") && !url.host().isEmpty() && direct(url);
}

QNetworkReply *DirectHttpManager::sendDirect(const QNetworkRequest &request, const QByteArray *body)
{
    if (!takes(request.url()))
        return nullptr;
    return new DirectReply(*this, body ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET"), request, body ? *body : QByteArray());
}

QNetworkReply *DirectHttpManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    if ((op != PostOperation && op != GetOperation) || !takes(request.url()))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QByteArray body;
    if (outgoingData) {
        if (outgoingData->isSequential() && !outgoingData->bytesAvailable())
            return QNetworkAccessManager::createRequest(op, request, outgoingData); // a device that is not ready: Qt streams it
        body = outgoingData->readAll();
    }
    return new DirectReply(*this, op == PostOperation ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET"), request, std::move(body));
}

bool DirectHttpManager::direct(const QUrl &url)
{
    // Asking the proxy factory is expensive (environment, libproxy): once per host and port.
    const QString hostPort = url.host() + QLatin1Char(':') + QString::number(url.port(80));
    auto it = m_direct.constFind(hostPort);
    if (it != m_direct.constEnd())
        return *it;
    bool noProxy = proxy().type() == QNetworkProxy::NoProxy;
    if (!noProxy && proxy().type() == QNetworkProxy::DefaultProxy) {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        noProxy = proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy
            || proxies.constFirst().type() == QNetworkProxy::DefaultProxy;
    }
    m_direct.insert(hostPort, noProxy);
    return noProxy;
}

QTcpSocket *DirectHttpManager::takeIdle(const QString &hostPort)
{
    auto it = m_idle.find(hostPort);
    if (it == m_idle.end())
        return nullptr;
    while (!it->isEmpty()) {
        QTcpSocket *s = it->takeLast().socket;
        s->disconnect(this);
        if (s->state() == QAbstractSocket::ConnectedState && s->bytesAvailable() == 0)
            return s;
        s->deleteLater(); // closed by the server, or it sent something unasked
    }
    return nullptr;
}

void DirectHttpManager::giveBack(const QString &hostPort, QTcpSocket *socket)
{
    QList<IdleSocket> &list = m_idle[hostPort];
    if (list.size() >= kMaxIdlePerHost || socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    list.append({socket, m_now()});
    if (!m_sweep->isActive())
        m_sweep->start(std::min(1000, m_idleTimeoutMs));
    // a server that closes an idle connection: forget it
    connect(socket, &QTcpSocket::disconnected, this, [this, hostPort, socket] {
        m_idle[hostPort].removeIf([socket](const IdleSocket &idle) { return idle.socket == socket; });
        socket->deleteLater();
    });
}

// ------------------------------------------------------------------------------------------------
DirectReply::DirectReply(DirectHttpManager &manager, QByteArray verb, const QNetworkRequest &request, QByteArray body)
    : QNetworkReply(&manager)
    , m_manager(&manager)
    , m_body(std::move(body))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(verb == "POST" ? QNetworkAccessManager::PostOperation : QNetworkAccessManager::GetOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const QUrl url = request.url();
    m_host = url.host();
    m_port = quint16(url.port(80));
    m_hostPort = m_host + QLatin1Char(':') + QString::number(m_port);

    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    m_head.reserve(512); // the body is written from m_body, after the head
    m_head += verb + ' ' + target + " HTTP/1.1\r\nHost: " + url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() > 0)
        m_head += ':' + QByteArray::number(url.port());
    m_head += "\r\n";
    bool hasContentType = false;
    const auto is = [](const QByteArray &name, QByteArrayView header) { return name.compare(header, Qt::CaseInsensitive) == 0; };
    for (const QByteArray &name : request.rawHeaderList()) {
        if (is(name, "host") || is(name, "content-length") || is(name, "connection") || is(name, "transfer-encoding"))
            continue;
        hasContentType |= is(name, "content-type");
        m_head += name + ": " + request.rawHeader(name) + "\r\n";
    }
    if (!hasContentType && request.header(QNetworkRequest::ContentTypeHeader).isValid())
        m_head += "Content-Type: " + request.header(QNetworkRequest::ContentTypeHeader).toByteArray() + "\r\n";
    if (verb == "POST")
        m_head += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    m_head += "Connection: keep-alive\r\n\r\n";
    start(true);
}

DirectReply::~DirectReply()
{
    releaseSocket(false);
}

void DirectReply::start(bool allowReuse)
{
    m_state = State::Connecting;
    m_socket = allowReuse && m_manager ? m_manager->takeIdle(m_hostPort) : nullptr;
    m_reused = m_socket != nullptr;
    if (!m_socket) {
        m_socket = new QTcpSocket(this);
        m_socket->setProxy(QNetworkProxy::NoProxy); // DirectHttpManager::direct() decided
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    } else {
        m_socket->setParent(this);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &DirectReply::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &DirectReply::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &DirectReply::onSocketError);
    if (m_reused) {
        send();
        return;
    }
    connect(m_socket, &QTcpSocket::connected, this, &DirectReply::send);
    m_socket->connectToHost(m_host, m_port);
}

void DirectReply::send()
{
    m_state = State::Head;
    // Now, not when the event loop next sees the socket writable: that is one more trip through poll()
    // (and the event dispatcher's wake-ups) per request; what does not fit in the kernel's buffer waits
    // for it as before.
    writeNow(m_socket, m_head, m_body);
}

void DirectReply::releaseSocket(bool reusable)
{
    if (!m_socket)
        return;
    QTcpSocket *s = std::exchange(m_socket, nullptr);
    s->disconnect(this);
    if (reusable && m_manager) {
        m_manager->giveBack(m_hostPort, s);
        return;
    }
    s->abort();
    s->deleteLater();
}

void DirectReply::abort()
{
    if (isFinished())
        return;
    releaseSocket(false);
    failWith(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 DirectReply::bytesAvailable() const
{
    return m_out.size() + QNetworkReply::bytesAvailable();
}

qint64 DirectReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_out.size());
    if (n <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_out.constData(), std::size_t(n));
    m_out.remove(0, n);
    return n;
}

void DirectReply::onReadyRead()
{
    if (!m_socket)
        return;
    m_in += m_socket->readAll();
    m_gotBytes = true;
    parse();
}

bool DirectReply::endAtClose()
{
    if (m_socket->bytesAvailable() > 0) {
        const QPointer<DirectReply> self(this);
        onReadyRead();
        if (!self)
            return true;
    }
    if (isFinished() || !m_socket)
        return true;
    if (m_untilClose && m_state == State::Body) {
        m_keepAlive = false;
        complete();
        return true;
    }
    return false;
}

void DirectReply::onDisconnected()
{
    if (isFinished() || !m_socket)
        return;
    if (endAtClose())
        return;
    onSocketError();
}

void DirectReply::onSocketError()
{
    if (isFinished() || !m_socket)
        return;
    // Qt reports the server's close as an error before disconnected()
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError && endAtClose())
        return;
    const QAbstractSocket::SocketError e = m_socket->error();
    const QString text = m_socket->errorString();
    if (m_reused && !m_gotBytes) {
        // the server closed the kept-alive connection before our request reached it: once more, fresh
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
        m_in.clear();
        start(false);
        return;
    }
    releaseSocket(false);
    if (m_state == State::Connecting || !m_gotBytes)
        failWith(errorForSocket(e), text);
    else
        failWith(RemoteHostClosedError, QStringLiteral("the connection closed in the middle of the response: %1").arg(text));
}

bool DirectReply::parseHead()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_in.size() > kMaxHeadBytes) {
            releaseSocket(false);
            failWith(ProtocolFailure, QStringLiteral("the response head is too large"));
        }
        return false;
    }
    const QByteArrayView head(m_in.constData(), end);
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QByteArrayView statusLine = head.first(lineEnd);
    // HTTP/1.x NNN Reason
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12) {
        releaseSocket(false);
        failWith(ProtocolFailure, QStringLiteral("not an HTTP/1.1 response"));
        return false;
    }
    const bool http10 = statusLine.at(7) == '0';
    m_status = statusLine.sliced(9, 3).toInt();
    qint64 contentLength = -1;
    bool chunked = false;
    m_keepAlive = !http10;
    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype next = head.indexOf("\r\n", pos);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(pos, next - pos);
        pos = next + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toByteArray();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        setRawHeader(name, value);
        const QByteArray lower = name.toLower();
        if (lower == "content-length")
            contentLength = value.toLongLong();
        else if (lower == "transfer-encoding")
            chunked = value.toLower().contains("chunked");
        else if (lower == "connection")
            m_keepAlive = http10 ? value.toLower().contains("keep-alive") : !value.toLower().contains("close");
        else if (lower == "content-type")
            setHeader(QNetworkRequest::ContentTypeHeader, value);
    }
    m_in.remove(0, end + 4);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, statusLine.sliced(std::min<qsizetype>(13, statusLine.size())).toByteArray());
    if (m_status >= 400)
        setError(errorForStatus(m_status), QStringLiteral("HTTP %1").arg(m_status));
    const bool noBody = operation() == QNetworkAccessManager::HeadOperation || m_status == 204 || m_status == 304
        || (m_status >= 100 && m_status < 200);
    if (noBody) {
        m_state = State::Done;
    } else if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength >= 0) {
        m_remaining = contentLength;
        m_state = contentLength == 0 ? State::Done : State::Body;
    } else {
        m_untilClose = true;
        m_keepAlive = false;
        m_state = State::Body;
    }
    Q_EMIT metaDataChanged();
    return true;
}

void DirectReply::parse()
{
    bool delivered = false;
    const QPointer<DirectReply> self(this);
    while (!isFinished()) {
        if (m_state == State::Connecting || m_state == State::Head) {
            if (!parseHead())
                break;
            if (!self)
                return;
            continue;
        }
        if (m_state == State::Body) {
            if (m_in.isEmpty())
                break;
            const qsizetype n = m_untilClose ? m_in.size() : qsizetype(std::min<qint64>(m_remaining, m_in.size()));
            m_out.append(m_in.constData(), n);
            m_in.remove(0, n);
            delivered = true;
            if (!m_untilClose) {
                m_remaining -= n;
                if (m_remaining == 0)
                    m_state = State::Done;
            }
            continue;
        }
        if (m_state == State::ChunkSize) {
            const qsizetype eol = m_in.indexOf("\r\n");
            if (eol < 0)
                break;
            QByteArray size = m_in.first(eol);
            if (const qsizetype semi = size.indexOf(';'); semi >= 0)
                size.truncate(semi);
            bool ok = false;
            m_remaining = size.trimmed().toLongLong(&ok, 16);
            m_in.remove(0, eol + 2);
            if (!ok || m_remaining < 0) {
                releaseSocket(false);
                failWith(ProtocolFailure, QStringLiteral("bad chunk size in the response"));
                return;
            }
            m_state = m_remaining == 0 ? State::ChunkTrailer : State::ChunkData;
            continue;
        }
        if (m_state == State::ChunkData) {
            if (m_remaining > 0) {
                if (m_in.isEmpty())
                    break;
                const qsizetype n = qsizetype(std::min<qint64>(m_remaining, m_in.size()));
                m_out.append(m_in.constData(), n);
                m_in.remove(0, n);
                m_remaining -= n;
                delivered = true;
                if (m_remaining > 0)
                    break;
            }
            if (m_in.size() < 2)
                break;
            m_in.remove(0, 2); // CRLF after the chunk
            m_state = State::ChunkSize;
            continue;
        }
        if (m_state == State::ChunkTrailer) {
            const qsizetype eol = m_in.indexOf("\r\n");
            if (eol < 0)
                break;
            m_in.remove(0, eol + 2);
            if (eol == 0)
                m_state = State::Done;
            continue;
        }
        if (m_state == State::Done) {
            if (delivered) {
                Q_EMIT readyRead();
                if (!self)
                    return;
            }
            complete();
            return;
        }
    }
    if (delivered && !isFinished())
        Q_EMIT readyRead();
}

void DirectReply::complete()
{
    releaseSocket(m_keepAlive && m_in.isEmpty() && m_state == State::Done);
    setFinished(true);
    Q_EMIT readChannelFinished();
    Q_EMIT finished();
}

void DirectReply::failWith(NetworkError code, const QString &message)
{
    if (isFinished())
        return;
    setError(code, message);
    setFinished(true);
    Q_EMIT errorOccurred(code);
    Q_EMIT finished();
}

} // namespace sb::proxy
