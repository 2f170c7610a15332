#include "fakeproxy.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

namespace sb::fakes {

struct FakeProxy::Conn : QObject {
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    QByteArray buffer; // client bytes not handled yet
    enum class Stage { Greeting, Auth, Request, Connecting, Tunnel } stage = Stage::Greeting;
    bool closing = false;
};

FakeProxy::FakeProxy(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeProxy::onConnection);
}

FakeProxy::~FakeProxy() = default;

bool FakeProxy::listen()
{
    if (!m_tlsCertificate.isEmpty()) {
        // TLS to the proxy itself: a server that hands out connections once their handshake is done
        delete m_server;
        auto *tls = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(m_tlsCertificate));
        config.setPrivateKey(QSslKey(m_tlsKey, QSsl::Ec));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(config);
        connect(tls, &QSslServer::errorOccurred, this, [this] { ++m_handshakeFailures; });
        connect(tls, &QTcpServer::pendingConnectionAvailable, this, &FakeProxy::onConnection);
        m_server = tls;
    }
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void FakeProxy::setTls(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    m_tlsCertificate = certificatePem;
    m_tlsKey = keyPem;
}

quint16 FakeProxy::port() const
{
    return m_server->serverPort();
}

void FakeProxy::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void FakeProxy::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *c = new Conn;
        c->setParent(this);
        c->client = socket;
        socket->setParent(c);
        if (m_hang)
            continue; // keeps the socket open and never reads it
        connect(socket, &QTcpSocket::readyRead, c, [this, c] { onClientData(c); });
        connect(socket, &QTcpSocket::disconnected, c, [this, c] { drop(c); });
        if (socket->bytesAvailable() > 0) // a TLS client's CONNECT may have come with the handshake
            onClientData(c);
    }
}

void FakeProxy::onClientData(Conn *c)
{
    c->buffer += c->client->readAll();
    if (c->stage == Conn::Stage::Tunnel) {
        c->upstream->write(c->buffer);
        c->buffer.clear();
        return;
    }
    // handle as many handshake steps as the bytes allow
    while (!c->closing && c->stage != Conn::Stage::Connecting && c->stage != Conn::Stage::Tunnel) {
        const bool progressed = m_kind == Kind::HttpConnect ? handleHttp(c) : handleSocks(c);
        if (!progressed)
            break;
    }
}

bool FakeProxy::handleHttp(Conn *c)
{
    const qsizetype end = c->buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = c->buffer.left(end);
    c->buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.value(0) != "CONNECT" || !requestLine.value(1).contains(':')) {
        c->client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        c->closing = true;
        c->client->disconnectFromHost();
        return false;
    }
    if (!m_user.isEmpty()) {
        QByteArray credentials;
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "proxy-authorization")
                credentials = line.mid(colon + 1).trimmed();
        }
        const QByteArray expected = "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
        if (credentials != expected) {
            if (!credentials.isEmpty())
                ++m_authFailures;
            c->client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"fake\"\r\n"
                             "Content-Length: 0\r\n\r\n");
            return true; // the client may ask again on this connection
        }
    }
    const QByteArray target = requestLine.value(1);
    const qsizetype colon = target.lastIndexOf(':');
    openTunnel(c, QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort());
    return false;
}

bool FakeProxy::handleSocks(Conn *c)
{
    QByteArray &b = c->buffer;
    switch (c->stage) {
    case Conn::Stage::Greeting: {
        if (b.size() < 2 || b.size() < 2 + quint8(b.at(1)))
            return false;
        const QByteArray methods = b.mid(2, quint8(b.at(1)));
        const bool socks5 = b.at(0) == 5;
        b.remove(0, 2 + methods.size());
        const char wanted = m_user.isEmpty() ? 0x00 : 0x02;
        if (!socks5 || !methods.contains(wanted)) {
            c->client->write(QByteArray("\x05\xff", 2));
            c->closing = true;
            c->client->disconnectFromHost();
            return false;
        }
        c->client->write(QByteArray(1, 0x05) + QByteArray(1, wanted));
        c->stage = wanted == 0x02 ? Conn::Stage::Auth : Conn::Stage::Request;
        return true;
    }
    case Conn::Stage::Auth: {
        if (b.size() < 2)
            return false;
        const int userLength = quint8(b.at(1));
        if (b.size() < 3 + userLength)
            return false;
        const int passwordLength = quint8(b.at(2 + userLength));
        if (b.size() < 3 + userLength + passwordLength)
            return false;
        const QString user = QString::fromUtf8(b.mid(2, userLength));
        const QString password = QString::fromUtf8(b.mid(3 + userLength, passwordLength));
        b.remove(0, 3 + userLength + passwordLength);
        if (user != m_user || password != m_password) {
            ++m_authFailures;
            c->client->write(QByteArray("\x01\x01", 2));
            c->closing = true;
            c->client->disconnectFromHost();
            return false;
        }
        c->client->write(QByteArray("\x01\x00", 2));
        c->stage = Conn::Stage::Request;
        return true;
    }
    case Conn::Stage::Request: {
        if (b.size() < 5)
            return false;
        const char type = b.at(3);
        QString host;
        int addressEnd = 0;
        if (type == 0x01) {
            addressEnd = 4 + 4;
            if (b.size() < addressEnd + 2)
                return false;
            host = QHostAddress(qFromBigEndian<quint32>(b.constData() + 4)).toString();
        } else if (type == 0x03) {
            addressEnd = 5 + quint8(b.at(4));
            if (b.size() < addressEnd + 2)
                return false;
            host = QString::fromLatin1(b.mid(5, quint8(b.at(4))));
        } else if (type == 0x04) {
            addressEnd = 4 + 16;
            if (b.size() < addressEnd + 2)
                return false;
            host = QHostAddress(reinterpret_cast<const quint8 *>(b.constData() + 4)).toString();
        } else {
            c->client->write(QByteArray("\x05\x08\x00\x01\x00\x00\x00\x00\x00\x00", 10)); // address type not supported
            c->closing = true;
            c->client->disconnectFromHost();
            return false;
        }
        const quint16 port = qFromBigEndian<quint16>(b.constData() + addressEnd);
        const bool connectCommand = b.at(1) == 0x01;
        b.remove(0, addressEnd + 2);
        if (!connectCommand) {
            c->client->write(QByteArray("\x05\x07\x00\x01\x00\x00\x00\x00\x00\x00", 10)); // command not supported
            c->closing = true;
            c->client->disconnectFromHost();
            return false;
        }
        openTunnel(c, host, port);
        return false;
    }
    case Conn::Stage::Connecting:
    case Conn::Stage::Tunnel: return false;
    }
    return false;
}

void FakeProxy::openTunnel(Conn *c, const QString &host, quint16 port)
{
    c->stage = Conn::Stage::Connecting;
    c->upstream = new QTcpSocket(c);
    connect(c->upstream, &QTcpSocket::connected, c, [this, c, host, port] {
        ++m_tunnels;
        m_targets << QStringLiteral("%1:%2").arg(host).arg(port);
        c->client->write(m_kind == Kind::HttpConnect ? QByteArray("HTTP/1.1 200 Connection established\r\n\r\n")
                                                     : QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
        c->stage = Conn::Stage::Tunnel;
        if (!c->buffer.isEmpty()) {
            c->upstream->write(c->buffer);
            c->buffer.clear();
        }
    });
    connect(c->upstream, &QTcpSocket::readyRead, c, [c] { c->client->write(c->upstream->readAll()); });
    connect(c->upstream, &QTcpSocket::errorOccurred, c, [this, c] {
        if (c->stage == Conn::Stage::Connecting) {
            c->client->write(m_kind == Kind::HttpConnect ? QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                                                         : QByteArray("\x05\x05\x00\x01\x00\x00\x00\x00\x00\x00", 10));
        }
        c->client->disconnectFromHost();
    });
    connect(c->upstream, &QTcpSocket::disconnected, c, [c] { c->client->disconnectFromHost(); });
    c->upstream->connectToHost(m_hosts.value(host, host), port);
}

void FakeProxy::drop(Conn *c)
{
    if (c->upstream)
        c->upstream->disconnectFromHost();
    c->deleteLater();
}

} // namespace sb::fakes
