#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

// Network proxies for tests, on 127.0.0.1: an HTTP CONNECT proxy (optional Basic auth, 407 when the
// credentials are wrong) and a SOCKS5 proxy (RFC 1928, optional username/password of RFC 1929). Each
// tunnels to the target the client names and counts the tunnels it opened and the targets.
//
//   sb::fakes::FakeProxy proxy(sb::fakes::FakeProxy::Kind::HttpConnect);
//   proxy.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));  // optional
//   QVERIFY(proxy.listen());                                                 // ephemeral port
//   ... a client with QNetworkProxy(HttpProxy, "127.0.0.1", proxy.port(), ...) ...
//   QCOMPARE(proxy.tunnelCount(), 1);
//
// Lives in the thread that created it and needs that thread's event loop.
namespace sb::fakes {

class FakeProxy : public QObject
{
    Q_OBJECT

public:
    enum class Kind { HttpConnect, Socks5 };
    explicit FakeProxy(Kind kind, QObject *parent = nullptr);
    ~FakeProxy() override;

    bool listen(); // 127.0.0.1, ephemeral port
    // HTTPS proxy: clients speak TLS to the proxy itself with this certificate and key (PEM), then the
    // HTTP CONNECT inside it (HttpConnect only; call before listen()).
    void setTls(const QByteArray &certificatePem, const QByteArray &keyPem);
    int handshakeFailures() const { return m_handshakeFailures; } // TLS clients that gave up
    quint16 port() const;
    // Required credentials; empty user: none asked.
    void setCredentials(const QString &user, const QString &password);
    // A host name only this proxy knows (the client cannot resolve it): a target reachable only through it.
    void addHost(const QString &name, const QString &address) { m_hosts.insert(name, address); }
    // Accept connections and never answer (a proxy that hangs).
    void setHang(bool hang) { m_hang = hang; }

    int tunnelCount() const { return m_tunnels; }
    int authFailures() const { return m_authFailures; } // 407 answers / RFC 1929 refusals
    QStringList targets() const { return m_targets; } // "host:port" of each tunnel, in order

private:
    struct Conn;
    void onConnection();
    void onClientData(Conn *c);
    bool handleHttp(Conn *c);
    bool handleSocks(Conn *c);
    void openTunnel(Conn *c, const QString &host, quint16 port);
    void drop(Conn *c);

    Kind m_kind;
    QTcpServer *m_server = nullptr;
    QString m_user;
    QString m_password;
    bool m_hang = false;
    QByteArray m_tlsCertificate;
    QByteArray m_tlsKey;
    int m_handshakeFailures = 0;
    int m_tunnels = 0;
    int m_authFailures = 0;
    QStringList m_targets;
    QHash<QString, QString> m_hosts;
};

} // namespace sb::fakes
