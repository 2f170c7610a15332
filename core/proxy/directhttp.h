#pragma once

#include "providers/directtransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace sb::proxy {

// The proxy threads' network manager. Plain-http requests without a network proxy (local gateways,
// vLLM, Ollama, LM Studio, test fakes) run on the calling thread over pooled keep-alive sockets: no hop
// to Qt's HTTP thread and its signal plumbing (bench/FINDINGS.md) and
// no cap of six connections per host. https and everything else go through Qt's own implementation.
class DirectHttpManager final : public QNetworkAccessManager, public providers::DirectTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectHttpManager)

public:
    explicit DirectHttpManager(QObject *parent = nullptr);
    ~DirectHttpManager() override;

    int idleConnections() const; // for tests
    // How long a kept-alive connection may sit unused before it is closed (default 4 s, below the 5 s
    // after which Node's HTTP servers close idle connections themselves).
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    // The monotonic clock (milliseconds) that idle time is measured on; tests pass their own and
    // call closeExpired() after moving it, instead of waiting for the timeout on the wall clock.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    // Closes the connections that sat unused for the idle timeout (a timer calls it while any are idle).
    void closeExpired();
    // Plain http without a network proxy: a DirectReply; else nullptr (post()/get() use Qt's own path).
    QNetworkReply *sendDirect(const QNetworkRequest &request, const QByteArray *body) override;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    friend class DirectReply;
    bool direct(const QUrl &url); // no network proxy for this host and port
    bool takes(const QUrl &url); // plain http to a host, without a network proxy: a DirectReply's
    QTcpSocket *takeIdle(const QString &hostPort);
    void giveBack(const QString &hostPort, QTcpSocket *socket);

    // Every idle socket is in the thread's poll set, and each makes every later call cost more CPU
    // (bench/FINDINGS.md). The least recently used ones (at the front: sockets are taken from the
    // back) are closed after m_idleTimeoutMs.
    struct IdleSocket {
        QTcpSocket *socket = nullptr;
        qint64 sinceMs = 0;
    };
    QHash<QString, QList<IdleSocket>> m_idle;
    QHash<QString, bool> m_direct;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    QTimer *m_sweep = nullptr;
    int m_idleTimeoutMs = 4000;
};

// One plain-http exchange on a pooled connection (see DirectHttpManager).
class DirectReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectReply)

public:
    DirectReply(DirectHttpManager &manager, QByteArray verb, const QNetworkRequest &request, QByteArray body);
    ~DirectReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    enum class State { Connecting, Head, Body, ChunkSize, ChunkData, ChunkTrailer, Done };
    void start(bool allowReuse);
    void send();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    // The server closed the connection: what arrived with the close is read first, and a body without
    // a length ends here. True when the reply is done (or gone).
    bool endAtClose();
    void parse();
    bool parseHead();
    void deliver(QByteArrayView bytes);
    void complete();
    void failWith(NetworkError code, const QString &message);
    void releaseSocket(bool reusable);

    QPointer<DirectHttpManager> m_manager;
    QString m_hostPort;
    QString m_host;
    quint16 m_port = 80;
    QByteArray m_head; // request line and headers
    QByteArray m_body;
    QTcpSocket *m_socket = nullptr;
    bool m_reused = false; // the socket came from the pool (may have been closed by the server meanwhile)
    bool m_gotBytes = false; // any response byte arrived
    bool m_keepAlive = true;
    bool m_untilClose = false; // body without length: ends when the server closes
    State m_state = State::Connecting;
    QByteArray m_in; // unparsed response bytes
    QByteArray m_out; // body bytes not yet read by the user
    qint64 m_remaining = 0; // of the body or of the current chunk
    int m_status = 0;
};

} // namespace sb::proxy
