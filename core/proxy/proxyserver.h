#pragma once

#include "common/expected.h"
#include "common/logging.h"
#include "storage/workspace.h"

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <deque>
#include <memory>

namespace sb::team {
class TeamKeys;
}
namespace sb::engine {
class Engine;
}

namespace sb::proxy {

// One answered (or refused) proxy request, for the live request log.
struct RequestLogEntry {
    QDateTime time; // when the request arrived (UTC)
    QString keyName; // the proxy key's name; empty without keys
    QString dialect; // the client's dialect (protocol::toString) or "" for /health and refusals before routing
    QString endpoint; // "POST /v1/messages"
    QString modelRequested;
    QString provider; // who answered (empty when nobody did)
    QString model;
    int status = 0; // HTTP status sent; 499 when the client went away first
    bool stream = false;
    qint64 inputTokens = 0; // including cache reads and writes
    qint64 outputTokens = 0;
    double costUsd = 0;
    bool costKnown = true; // false: the model has no price (the cost is unknown, not 0)
    qint64 latencyMs = 0; // until the response was complete
    qint64 ttftMs = -1; // until the first streamed byte of content; -1 when none
    QString error; // what went wrong, when status is not 2xx
};

struct ProxyStatus {
    enum class State { Stopped, Listening, Failed };
    State state = State::Stopped;
    QString address; // "http://127.0.0.1:4100" while listening
    QString error; // why it failed, with what to do
};

struct ProxyOptions {
    int threads = 0; // worker threads, each with its own router and network manager; 0 = 2..4 by CPU count
    qint64 maxBodyBytes = 32LL * 1024 * 1024; // larger request bodies get 413
    int logCapacity = 500; // entries kept in recentRequests()
    int idleTimeoutMs = 120'000; // a connection without a request for this long is closed
    // serve for a team: its members' keys (team/teamkeys.h) are accepted besides the workspace's, and
    // required as soon as the team has members
    std::shared_ptr<team::TeamKeys> teamKeys;
};

// The local proxy: an HTTP/1.1 server that exposes the router in the OpenAI Chat, OpenAI Responses and
// Anthropic Messages dialects. It runs on its own threads; the object itself belongs to the thread that
// created it (the GUI thread), where statusChanged() and requestLogged() are emitted.
class ProxyServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyServer)

public:
    explicit ProxyServer(QObject *parent = nullptr);
    ~ProxyServer() override; // stops

    // Resolves the proxy keys (may block briefly on the keychain), binds settings.host:settings.port
    // (port 0: any free port) and starts serving. Fails when already running, when a key cannot be
    // resolved, when binding beyond loopback without keys, or when the address cannot be bound.
    [[nodiscard]] Expected<void> start(std::shared_ptr<engine::Engine> engine, const ProxySettings &settings, const ProxyOptions &options = {});
    // Stops listening, cancels the calls in flight and closes every connection. Idempotent.
    void stop();
    // Graceful stop's first half: stops taking connections, answers 503 on /ready, and closes each
    // connection after the answer in progress; the calls in flight go on. stop() when inFlight() is 0
    // (or a deadline passed).
    void drain();
    // Requests being answered, on every worker (0 when stopped). Thread-safe.
    int inFlight() const;

    bool isRunning() const;
    QString host() const;
    quint16 port() const; // the bound port (0 when stopped)
    QUrl baseUrl() const; // http://HOST:PORT (empty when stopped)
    ProxyStatus status() const;

    // The most recent requests, oldest first (at most ProxyOptions::logCapacity). Thread-safe.
    QList<RequestLogEntry> recentRequests() const;
    void clearRequestLog();

    // Whether a host name or address is a loopback one (127.0.0.0/8, ::1, localhost).
    static bool isLoopback(const QString &host);

Q_SIGNALS:
    void statusChanged(const sb::proxy::ProxyStatus &status);
    // Emitted (queued, on this object's thread) for every request.
    void requestLogged(const sb::proxy::RequestLogEntry &entry);

private:
    struct Impl;
    void setStatus(ProxyStatus status);
    void log(const RequestLogEntry &entry); // any thread

    std::unique_ptr<Impl> m_impl;
    ProxyStatus m_status;
    mutable QMutex m_logMutex;
    std::deque<RequestLogEntry> m_log;
    int m_logCapacity = 500;
};

QString toString(ProxyStatus::State state); // stopped, listening, failed

} // namespace sb::proxy
