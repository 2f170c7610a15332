#pragma once

// Internals of ProxyServer: the worker threads, the listener and one object per client connection.

#include "common/expected.h"
#include "monitor/prometheus.h"
#include "protocol/codec.h"
#include "proxy/http.h"
#include "proxy/proxyserver.h"
#include "team/sharedratelimit.h"
#include "team/teamkeys.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

namespace sb::router {
class Dispatch;
struct DispatchContext;
struct DispatchResult;
struct VirtualModel;
} // namespace sb::router
namespace sb::engine {
class RouterHost;
}

namespace sb::proxy::detail {

class KnowledgeService;
class McpSessions;
class WorkflowService;

struct ProxyKey {
    QString name; // a workspace key's name; a team key's id
    QByteArray digest; // SHA-256 of the key value; the value itself is not kept
    QStringList allowedModels; // empty = every model; "prefix/*" matches a provider's models
    int requestsPerMinute = 0; // 0 = no limit
    QString member; // a team key's member (empty: a workspace key)
    team::Role role = team::Role::Member; // a team key's member's (viewers: usage only, no model calls)
};

// Requests per minute per proxy key, shared by the worker threads: one token bucket per key that
// holds at most a minute's worth (bursts up to the limit) and refills continuously. Keys are told
// apart by their object (workspace keys live as long as the server, team keys as long as its TeamKeys).
class RateLimiter
{
public:
    RateLimiter();
    Q_DISABLE_COPY_MOVE(RateLimiter)
    // Takes one request of `key`: 0 when it may go, else the milliseconds until it may.
    qint64 acquire(const ProxyKey &key);

private:
    struct Bucket {
        double perMs = 0; // refill rate; 0 = unlimited
        double capacity = 0;
        double tokens = 0;
        qint64 lastMs = 0;
    };
    QMutex m_mutex;
    QHash<const ProxyKey *, Bucket> m_buckets;
    QElapsedTimer m_clock;
};

// The server's life as the workers see it: whether it drains (SIGTERM: answer what is in flight,
// take nothing new) and how many exchanges are in flight.
struct Lifecycle {
    std::atomic<bool> draining{false};
    std::atomic<int> inFlight{0};
};

// Counts an exchange in flight for as long as it lives, however it ends (answered, client gone,
// server stopped).
class InFlight
{
public:
    InFlight() = default;
    explicit InFlight(Lifecycle *life)
        : m_life(life)
    {
        if (m_life)
            m_life->inFlight.fetch_add(1, std::memory_order_relaxed);
    }
    ~InFlight()
    {
        if (m_life)
            m_life->inFlight.fetch_sub(1, std::memory_order_relaxed);
    }
    Q_DISABLE_COPY_MOVE(InFlight)

private:
    Lifecycle *m_life = nullptr;
};

// What every worker shares; immutable while the server runs (but for its Lifecycle).
struct Shared {
    std::shared_ptr<engine::Engine> engine;
    QList<ProxyKey> keys;
    qint64 maxBodyBytes = 0;
    int idleTimeoutMs = 120'000;
    std::function<void(const RequestLogEntry &)> log;
    std::unique_ptr<RateLimiter> limiter; // set once the keys are
    std::unique_ptr<McpSessions> mcpSessions;
    QList<QByteArray> allowedOrigins; // exact, as browsers send them (ProxySettings::allowedOrigins)
    QList<QByteArray> allowedHosts; // lower case, without port; the bound host is among them
    std::unique_ptr<Lifecycle> life = std::make_unique<Lifecycle>();
    // GET /metrics: the sums of days long over (shared with a scrape still running when the server stops)
    std::shared_ptr<monitor::ClosedDayTotals> metricsTotals = std::make_shared<monitor::ClosedDayTotals>();

    // Set when serve runs for a team: its members' keys, read from the database.
    std::shared_ptr<team::TeamKeys> teamKeys;
    // Set on a team's PostgreSQL database: team keys' requests per minute, shared by its serves.
    std::shared_ptr<team::SharedRateLimit> sharedRateLimit;

    bool authRequired() const { return !keys.isEmpty() || (teamKeys && teamKeys->active()); }
    // Whether a request's Host header names this server: loopback names, IP literals (a rebinding
    // attack needs a DNS name that resolves to us) and the configured names. An absent Host (HTTP/1.0) passes.
    bool hostAllowed(QByteArrayView hostHeader) const;
    bool originAllowed(QByteArrayView origin) const { return allowedOrigins.contains(origin); }
    // The key whose value was presented: a workspace key (every one compared in constant time) or a
    // team key.
    const ProxyKey *authenticate(QByteArrayView presented) const;
    static bool allows(const ProxyKey &key, const QString &model);

private:
    // The ProxyKey of each team key object TeamKeys handed out, made on first use; both live as long
    // as the server, so the pointers stay valid for the calls that hold them.
    const ProxyKey *teamProxyKey(const team::ActiveKey &key) const;
    mutable QMutex m_teamMutex;
    mutable QHash<const team::ActiveKey *, std::shared_ptr<const ProxyKey>> m_teamProxyKeys;
};

class Connection;

// One proxy thread: its own router (network manager, provider registry) over the shared Engine.
class Worker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Worker)

public:
    explicit Worker(std::shared_ptr<const Shared> shared);
    ~Worker() override;

    void init(); // on the worker's thread
    void shutdown(); // on the worker's thread: closes every connection, drops the router
    void adopt(qintptr socketDescriptor);

    engine::RouterHost &host() { return *m_host; }
    KnowledgeService &knowledge(); // made on first use
    WorkflowService &workflows(); // made on first use
    const protocol::Codec &codec(protocol::Dialect dialect) const { return *m_codecs.at(std::size_t(dialect)); }
    const Shared &shared() const { return *m_shared; }

private:
    std::shared_ptr<const Shared> m_shared;
    std::unique_ptr<engine::RouterHost> m_host;
    std::unique_ptr<KnowledgeService> m_knowledge; // uses m_host's router: reset before it
    std::unique_ptr<WorkflowService> m_workflows; // uses m_host's router: reset before it
    std::array<std::unique_ptr<protocol::Codec>, 5> m_codecs;
    bool m_stopping = false;
};

// Accepts connections and hands each to a worker, round robin.
class Listener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    explicit Listener(QList<Worker *> workers, QObject *parent = nullptr);
    ~Listener() override;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QList<Worker *> m_workers;
    qsizetype m_next = 0;
};

// One client connection: parses requests one after the other (keep-alive) and answers each.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    Connection(Worker &worker, QTcpSocket *socket);
    ~Connection() override;
    void abort();

private:
    struct Exchange {
        explicit Exchange(Lifecycle *life)
            : inFlight(life)
        {
        }
        InFlight inFlight;
        http::Request request;
        QByteArray corsOrigin; // an allowed Origin the request carried: echoed in the response headers
        bool withholdUsage = false; // the client did not ask for the usage chunk
        QHash<QString, protocol::ToolAlias> toolAliases; // flattened tool name -> as the client named it
        QByteArray droppedTools; // hosted tools the answering upstream could not run, for the response header
        QByteArray knowledge; // what the knowledge base added (X-Switchboard-Knowledge)
        bool signIds = false; // the client's dialect has no field for tool call signatures: the id carries them
        RequestLogEntry log;
        QElapsedTimer clock;
        protocol::Dialect dialect = protocol::Dialect::OpenAiChat;
        bool keepAlive = true;
        bool stream = false;
        bool headersSent = false;
        bool terminated = false; // Finish or Error encoded
        bool refusedUnread = false; // answered before the request was read in full
        bool rawStream = false; // the upstream's stream bytes go to the client as they are
        bool geminiArray = false; // a Gemini stream without alt=sse: one JSON array, not events
        bool geminiBatch = false; // batchEmbedContents (else embedContent) when the dialect is Gemini
        // From the answer's last event on, its bytes (chunk-framed) wait here until the row of the call
        // is on disk (router::Dispatch::finished): a client that saw the end of an answer is billed.
        bool holding = false;
        bool streamBodySent = false; // some of the stream's body reached the client (not held)
        QByteArray heldTail;
        char rawLastByte = '\n'; // the last byte of the raw stream so far (a line starts after '\n')
        std::unique_ptr<protocol::StreamEncoder> encoder;
        QPointer<router::Dispatch> dispatch;
    };

    void onReadyRead();
    void onDisconnected();
    void process();
    void begin(http::Request request);
    void route();
    bool refusedByBrowserChecks(); // Host, Origin, preflight and Content-Type: answers and returns true when refused
    void appendCorsHeaders(QList<std::pair<QByteArray, QByteArray>> &headers) const;
    // What a request asks of its key: model calls (everything but /metrics), or reading usage.
    enum class Access { Models, Usage };
    const ProxyKey *authorize(bool &refused, Access access = Access::Models);
    bool rateLimited(const ProxyKey *key); // answers 429 when the key is over its limit
    bool refusedMethod(bool wantsGet); // answers 405 unless the method is GET (wantsGet) or POST
    bool refusedModel(const ProxyKey *key, const QString &model); // answers 403 when the key may not use the model
    router::DispatchContext dispatchContext(const ProxyKey *key) const;

    void gemini(const QString &path); // the Gemini REST API: models, generateContent, ...
    void chat(protocol::Dialect dialect, const ProxyKey *key, const protocol::RequestContext &requestContext = {});
    // `rewritten`: the request is not the client's body any more (knowledge was added): no passthrough
    void dispatchChat(const protocol::ChatRequest &request, const ProxyKey *key, bool rewritten);
    void chatWithKnowledge(protocol::ChatRequest request, const router::VirtualModel &model, const ProxyKey *key);
    void chatWithWorkflow(const protocol::ChatRequest &request, const ProxyKey *key); // workflowendpoint.cpp
    void knowledgeSearch(const ProxyKey *key, const QString &collection);
    void mcp(); // authorizes itself: a key is required there whatever the other endpoints need
    void ready(); // GET /ready
    void metrics(); // GET /metrics (metricsendpoint.cpp): authorizes itself like the other endpoints
    void team(); // /team/... (teamendpoints.cpp): the admin API, with a team key
    void teamUsage(const ProxyKey &key); // GET /team/usage (teamendpoints.cpp)
    void teamMonitor(const ProxyKey &key); // GET /team/monitor/chart (teamendpoints.cpp)
    void answerTeamReport(std::function<Expected<QJsonObject>()> work); // (teamendpoints.cpp)
    void mcpRequest(const QJsonObject &message, const ProxyKey *key, const QString &version, const QByteArray &session);
    void sendJsonRpcResult(const QJsonValue &id, const QJsonObject &result, QList<std::pair<QByteArray, QByteArray>> headers = {});
    void sendJsonRpcError(int httpStatus, const QJsonValue &id, int code, const QString &message);
    void sendEmpty(int status, QList<std::pair<QByteArray, QByteArray>> headers = {});
    void countTokens(const ProxyKey *key);
    void models(const ProxyKey *key, const QString &single);
    void embeddings(const ProxyKey *key);
    void geminiCountTokens(const ProxyKey *key, const QString &model);
    void geminiEmbed(const ProxyKey *key, const QString &model, bool batch);
    void embed(const ProxyKey *key, const QString &model, const QStringList &inputs); // through the router
    void onEvent(const protocol::StreamEvent &event);
    void onRaw(const QByteArray &bytes);
    void onDispatchFinished(const router::DispatchResult &result);
    void onEmbeddingsFinished(const router::DispatchResult &result);

    void sendJson(int status, const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers = {});
    void sendError(const protocol::ApiError &error);
    void sendParseError(int status, const QString &message, const QString &path);
    // for the client's dialect and framing; `continued`: part of the stream went to the client already
    std::unique_ptr<protocol::StreamEncoder> newStreamEncoder(bool continued = false) const;
    void writeStreamHead();
    void writeStreamBytes(QByteArrayView bytes);
    void releaseHeldEnd(); // the answer's end, held until its row was on disk, goes out
    void endStream();
    void complete();
    void write(const QByteArray &bytes);
    bool clientGone() const;
    // After work done off this thread: when the client went away meanwhile, logs the exchange as 499
    // and completes it; true then (the caller drops its result).
    bool completedAsClientGone();

    Worker &m_worker;
    QTcpSocket *m_socket = nullptr;
    http::Parser m_parser;
    std::unique_ptr<Exchange> m_ex;
    QPointer<router::Dispatch> m_spentDispatch; // the last finished one (a child of this)
    bool m_closing = false; // answer sent with Connection: close
    bool m_gone = false; // the client disconnected
    QTimer *m_drainTimer = nullptr;
    QTimer *m_idleTimer = nullptr;
};

} // namespace sb::proxy::detail
