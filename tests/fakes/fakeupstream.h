#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFlags>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <utility>

class QTcpServer;

// In-process fake upstream LLM servers for tests: a small HTTP/1.1 server on 127.0.0.1 that speaks the
// vendors' wire formats (OpenAI Chat Completions and Responses, Anthropic Messages, Gemini, Ollama),
// records every request, and injects faults. It shares no code with switchboard_core on purpose.
//
//   sb::fakes::FakeUpstream up(sb::fakes::Dialect::Anthropic);   // or allDialects() (the default)
//   QVERIFY(up.listen());                                        // 127.0.0.1, ephemeral port
//   up.setApiKey(QStringLiteral("sk-test"));                     // optional; checked the vendor's way
//   sb::fakes::ReplyScript reply;                                // text, tool call, reasoning, usage
//   reply.toolCall = sb::fakes::ToolCallScript{};
//   up.setReply(reply);
//   up.failNext(2, sb::fakes::Fault::make(sb::fakes::FaultKind::Overloaded)); // 529, 529, then 200
//   ... point the client at up.baseUrl() / up.url(u"/v1/messages") ...
//   QTRY_COMPARE(up.requestCount(), 3);
//   QCOMPARE(up.requests()[2].header("anthropic-version"), "2023-06-01");
//
// The server lives in the thread that created it and needs that thread's event loop to run: clients
// that block their thread must run in another one.
namespace sb::fakes {

enum class Dialect : unsigned {
    OpenAiChat = 0x01, // /v1/chat/completions, /v1/models, /v1/embeddings
    OpenAiResponses = 0x02, // /v1/responses (and /v1/models)
    Anthropic = 0x04, // /v1/messages, /v1/messages/count_tokens, /v1/models
    Gemini = 0x08, // /v1beta/models[/{model}:generateContent|:streamGenerateContent|:embedContent|...]
    Ollama = 0x10, // /api/chat, /api/tags, /api/embed, /api/version, OpenAI-compatible /v1
};
Q_DECLARE_FLAGS(Dialects, Dialect)

inline constexpr Dialects allDialects()
{
    return Dialects(0x1f);
}

QString dialectName(Dialect dialect);
// Accepts openai|chat, responses, anthropic, gemini, ollama (case-insensitive).
std::optional<Dialect> dialectFromName(QStringView name);

// A tool call the canned reply makes. Empty id: a vendor-typical default (call_fake_1, toolu_fake_1).
struct ToolCallScript {
    QString id;
    QString name = QStringLiteral("get_weather");
    QString arguments = QStringLiteral(R"({"city":"Paris","unit":"celsius"})");
    int chunks = 3; // streamed argument fragments (OpenAI, Anthropic, Responses); Gemini/Ollama send it whole
};

// The canned answer, rendered in each dialect's framing.
struct ReplyScript {
    QString text = QStringLiteral("Hello from the fake upstream.");
    int textChunks = 3; // number of text deltas when streamed
    QString reasoning; // thinking / reasoning text; empty = none
    QString signature = QStringLiteral("c2lnbmF0dXJlLWZha2U="); // Anthropic thinking signature
    int reasoningChunks = 2;
    std::optional<ToolCallScript> toolCall;
    int inputTokens = 12;
    int outputTokens = 9;
    int reasoningTokens = 0;
    int cachedTokens = 0;
    QString model; // empty: echo the requested model
    int embeddingDimensions = 8;
};

enum class FaultKind {
    None,
    SlowFirstByte, // delayMs before the status line
    SlowFirstToken, // headers at once, then delayMs before the first body byte
    StallMidStream, // send afterEvents frames, then nothing; the connection stays open
    DropMidStream, // send afterEvents frames, then close (no terminating frame, no last chunk)
    DropBeforeResponse, // read the request, close without answering
    ContextLengthExceeded, // 400 in the vendor's wording
    Unauthorized, // 401
    Forbidden, // 403
    ModelNotFound, // 404
    RateLimited, // 429 with Retry-After: retryAfterSeconds
    ServerError, // 500
    ServiceUnavailable, // 503
    Overloaded, // 529 overloaded_error (Anthropic); 503 in the other dialects
    MalformedJson, // non-streamed: body cut in half; streamed: frame afterEvents carries cut JSON
    MalformedSse, // inserts broken framing at frame afterEvents (SSE: a line without a field name
                  // after a data line holding cut JSON; NDJSON: a line that is not JSON)
    StreamError, // after afterEvents frames, the dialect's mid-stream error event, then end
                 // (a non-streamed request gets the Overloaded HTTP error instead)
};

QString faultName(FaultKind kind);
// Names as in faultName(): none, slow-first-byte, slow-first-token, stall, drop, drop-before-response,
// context-length, unauthorized, forbidden, model-not-found, rate-limited, server-error,
// service-unavailable, overloaded, malformed-json, malformed-sse, stream-error.
std::optional<FaultKind> faultFromName(QStringView name);

struct Fault {
    FaultKind kind = FaultKind::None;
    int delayMs = 0; // SlowFirstByte, SlowFirstToken
    int afterEvents = 1; // Stall/Drop/Malformed*/StreamError: frames sent before the fault
    int retryAfterSeconds = 1; // RateLimited

    static Fault make(FaultKind kind, int delayMs = 0, int afterEvents = 1)
    {
        Fault f;
        f.kind = kind;
        f.delayMs = delayMs;
        f.afterEvents = afterEvents;
        return f;
    }
    bool isHttpError() const;
};

// A body served verbatim (a recorded upstream response), split into chunks of chunkSize bytes with
// delayMs between them, as Transfer-Encoding: chunked (or fixed length when chunked is false).
struct RecordedBody {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("text/event-stream");
    QByteArray body;
    int chunkSize = 64;
    int delayMs = 0;
    bool chunked = true;
    QList<std::pair<QByteArray, QByteArray>> headers;

    // Reads a file; nullopt when it cannot be read.
    static std::optional<RecordedBody> fromFile(const QString &path, const QByteArray &contentType, int chunkSize = 64, int delayMs = 0);
};

// What one request gets: the reply (nullopt: the server's reply at the time of the request), a fault,
// or a recorded body (which wins over the reply).
struct Script {
    std::optional<ReplyScript> reply;
    Fault fault;
    std::optional<RecordedBody> recorded;
};

struct RecordedRequest {
    int index = -1; // 0-based, in arrival order
    int connectionId = -1; // 0-based, per accepted TCP connection
    QByteArray method;
    QByteArray target; // as received (path and query, percent-encoded)
    QString path; // decoded
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // as received, in order
    QByteArray body; // decoded (chunked request bodies are de-chunked)
    bool chunkedBody = false;
    bool expectedContinue = false;
    QString dialect; // dialectName() of the route that answered; empty when none matched
    QString endpoint; // chat, models, embeddings, responses, messages, count_tokens, generate, ...
    int responseStatus = 0; // 0 when the connection was dropped before a status line
    qint64 receivedAtMs = 0; // when the request was complete, in ms since the server was created

    // Case-insensitive; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QJsonObject json() const;
};

class HttpConnection;
struct ResponsePlan;

class FakeUpstream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeUpstream)

public:
    using Handler = std::function<std::optional<Script>(const RecordedRequest &)>;

    explicit FakeUpstream(Dialects dialects = allDialects(), QObject *parent = nullptr);
    ~FakeUpstream() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    [[nodiscard]] bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT (no trailing slash)
    QUrl url(QStringView pathAndQuery) const; // baseUrl() + "/v1/messages" or "/v1beta/...?alt=sse"
    QString errorString() const;

    void setDialects(Dialects dialects);
    Dialects dialects() const;

    // Empty key (the default): no auth check. Ollama never checks.
    void setApiKey(const QString &key);
    QString apiKey() const;

    // Defaults for every request that the queue and the handler leave alone.
    void setReply(const ReplyScript &reply);
    ReplyScript reply() const;
    void setFault(const Fault &fault);
    void setRecorded(const std::optional<RecordedBody> &recorded);
    // Delay between streamed frames (ms, timers). 0: frames are written back to back.
    void setChunkDelay(int ms);
    int chunkDelay() const;
    // Model ids the listing endpoints return; empty: per-dialect defaults.
    void setModels(const QStringList &models);

    // The next `times` answered requests whose path starts with pathPrefix (empty: any) use `script`,
    // first in, first out. Requests rejected by the auth check or that match no route do not consume it.
    void enqueue(const Script &script, int times = 1, const QString &pathPrefix = QString());
    // "The first N requests fail with X, then succeed": enqueue({.fault = fault}, times, pathPrefix).
    void failNext(int times, const Fault &fault, const QString &pathPrefix = QString());
    int queuedCount() const;
    void clearQueue();
    // Asked first for every routed request; nullopt falls through to the queue, then the defaults.
    void setHandler(Handler handler);

    // The recorded requests, oldest first (only the most recent ones with a record limit).
    const QList<RecordedRequest> &requests() const;
    int requestCount() const; // answered since start or clearRequests(), recorded or not
    RecordedRequest lastRequest() const;
    // Forgets the recorded requests and restarts the request and connection counts (not the ids of
    // connections still open).
    void clearRequests();
    // Keep at most `limit` requests (the most recent); < 0: all (the default). For long benchmark runs.
    void setRecordLimit(int limit);

    int connectionCount() const; // accepted since start or clearRequests()
    int openConnectionCount() const;
    void closeAllConnections();

Q_SIGNALS:
    void requestReceived(int index); // RecordedRequest::index; the request is lastRequest() now
    void responseFinished(int index); // the whole response was written (not emitted on stall/drop)
    void responseStalled(int index); // a stall fault was reached: the response writes nothing more
    void connectionOpened(int id);
    void connectionClosed(int id);

private:
    void onNewConnection();
    void handleRequest(HttpConnection *connection, RecordedRequest request);
    Script pickScript(const RecordedRequest &request);

    QTcpServer *m_server = nullptr;
    Dialects m_dialects;
    QString m_apiKey;
    Script m_default;
    int m_chunkDelayMs = 0;
    QStringList m_models;
    QList<std::pair<QString, Script>> m_queue;
    QElapsedTimer m_clock;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    int m_connectionSerial = 0; // connection ids, never reused
    int m_connectionBase = 0; // m_connectionSerial at the last clearRequests()
    int m_requestSerial = 0;
    int m_recordLimit = -1;
    QHash<int, QPointer<HttpConnection>> m_open;
};

} // namespace sb::fakes

Q_DECLARE_OPERATORS_FOR_FLAGS(sb::fakes::Dialects)
