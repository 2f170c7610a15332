#include "providers/tlsproxyrelay.h"

#include "common/logging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace sb::providers {

TlsProxyRelay::TlsProxyRelay(Target target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_server(new QTcpServer(this))
{
    setObjectName(keyOf(m_target));
    connect(m_server, &QTcpServer::newConnection, this, &TlsProxyRelay::onConnection);
}

QString TlsProxyRelay::keyOf(const Target &target)
{
    QCryptographicHash ca(QCryptographicHash::Sha256);
    for (const QSslCertificate &c : target.extraCa)
        ca.addData(c.digest(QCryptographicHash::Sha256));
    return QStringLiteral("sb-tls-proxy-relay|%1|%2|%3|%4")
        .arg(target.host)
        .arg(target.port)
        .arg(QString::fromLatin1(ca.result().toHex().left(16)))
        .arg(target.allowSelfSigned ? 1 : 0);
}

TlsProxyRelay *TlsProxyRelay::of(QObject &owner, const Target &target)
{
    if (auto *relay = owner.findChild<TlsProxyRelay *>(keyOf(target), Qt::FindDirectChildrenOnly))
        return relay;
    auto *relay = new TlsProxyRelay(target, &owner);
    if (!relay->m_server->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcProviders) << "no loopback port for the relay to the HTTPS proxy" << relay->label() << relay->m_server->errorString();
        delete relay;
        return nullptr;
    }
    return relay;
}

quint16 TlsProxyRelay::port() const
{
    return m_server->serverPort();
}

void TlsProxyRelay::fail(const QString &why)
{
    ++m_failures;
    m_lastFailure = why;
    qCWarning(lcProviders) << "TLS to the network proxy" << label() << "failed:" << why;
}

void TlsProxyRelay::onConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_connections;
        auto *proxy = new QSslSocket(client);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_target.extraCa.isEmpty())
            ssl.addCaCertificates(m_target.extraCa);
        proxy->setSslConfiguration(ssl);
        proxy->setPeerVerifyName(m_target.host);
        // what the client sent before the TLS session to the proxy was up
        auto pending = std::make_shared<QByteArray>();
        auto failed = std::make_shared<bool>(false); // this connection's failure is counted
        connect(proxy, &QSslSocket::sslErrors, proxy, [this, proxy, failed](const QList<QSslError> &errors) {
            QStringList why;
            for (const QSslError &e : errors) {
                if (m_target.allowSelfSigned
                    && (e.error() == QSslError::SelfSignedCertificate || e.error() == QSslError::SelfSignedCertificateInChain))
                    continue;
                why << e.errorString();
            }
            if (why.isEmpty()) {
                proxy->ignoreSslErrors(errors);
                return;
            }
            *failed = true;
            fail(why.join(QStringLiteral("; ")));
        });
        connect(proxy, &QSslSocket::encrypted, client, [client, proxy, pending] {
            if (!pending->isEmpty())
                proxy->write(*pending);
            pending->clear();
        });
        connect(client, &QTcpSocket::readyRead, proxy, [client, proxy, pending] {
            if (proxy->isEncrypted())
                proxy->write(client->readAll());
            else
                *pending += client->readAll();
        });
        connect(proxy, &QSslSocket::readyRead, client, [client, proxy] { client->write(proxy->readAll()); });
        connect(proxy, &QAbstractSocket::errorOccurred, client, [this, client, proxy, failed] {
            // before the session was up the relay's user learns why from failures(); after it, the
            // proxy or the tunnel's far end closed, which the client sees as it would directly
            if (!proxy->isEncrypted() && !*failed) {
                *failed = true;
                fail(proxy->errorString());
            }
            if (!proxy->isEncrypted()) {
                // an answer to the CONNECT, not a dropped connection: Qt would send the request again
                static const QByteArray kRefused = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                client->write(kRefused);
            }
            client->disconnectFromHost();
        });
        connect(proxy, &QSslSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client, proxy] {
            proxy->disconnectFromHost();
            client->deleteLater(); // and the proxy socket, its child
        });
        proxy->connectToHostEncrypted(m_target.host, m_target.port);
    }
}

} // namespace sb::providers
