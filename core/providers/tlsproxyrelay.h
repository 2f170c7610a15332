#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

class QTcpServer;

namespace sb::providers {

// An HTTPS network proxy (TLS to the proxy itself, then CONNECT inside it) for Qt's network stack,
// whose QNetworkProxy speaks only plain HTTP to a proxy. The relay listens on 127.0.0.1 and the
// calls' QNetworkAccessManager uses it as a plain HTTP proxy; each connection it accepts gets a TLS
// connection of its own to the real proxy (the system's CAs plus `extraCa`; the proxy's self-signed
// certificate only when allowed), and bytes go both ways unchanged: the CONNECT, a 407 and the
// credentials that answer it, then the tunnel, in which the provider's own TLS runs as before. The
// cost: one loopback hop and one more TLS session per connection (keep-alive reuses both).
// Lives on the thread of the manager that uses it, as its child (of()); needs that thread's event loop.
class TlsProxyRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsProxyRelay)

public:
    struct Target {
        QString host;
        quint16 port = 0;
        QList<QSslCertificate> extraCa;
        bool allowSelfSigned = false;
    };

    // The relay to `target` among `owner`'s children, listening; a new one when there is none.
    // nullptr when no loopback port can be had (the call then fails naming the proxy).
    static TlsProxyRelay *of(QObject &owner, const Target &target);

    quint16 port() const; // on 127.0.0.1
    QString label() const { return m_target.host + QLatin1Char(':') + QString::number(m_target.port); }
    // Connections whose TLS to the proxy failed so far, and why the last one did ("the certificate
    // is self-signed and untrusted", "Connection refused"): a call that failed through the relay
    // compares the count with the one it started with to tell its user the real reason.
    int failures() const { return m_failures; }
    QString lastFailure() const { return m_lastFailure; }
    int connections() const { return m_connections; } // accepted so far (tests)

private:
    TlsProxyRelay(Target target, QObject *parent);
    static QString keyOf(const Target &target);
    void onConnection();
    void fail(const QString &why);

    Target m_target;
    QTcpServer *m_server = nullptr;
    int m_failures = 0;
    int m_connections = 0;
    QString m_lastFailure;
};

} // namespace sb::providers
