#pragma once

#include "protocol/codec.h"
#include "providers/networkproxy.h"
#include "providers/presets.h"
#include "storage/workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sb::providers {

class DirectTransport;
class TlsProxyRelay;

namespace detail {
class ManagerPool; // spreads requests over network managers (providerclient.cpp)
}

// What one chat call amounted to. `response` holds what arrived even when the call failed midway.
struct CallOutcome {
    QString providerId;
    QString model;
    protocol::ChatResponse response;
    std::optional<protocol::ApiError> error;
    bool partial = false; // failed or cancelled after content had started
    int httpStatus = 0;
    qint64 ttftMs = -1; // time to the first content event (streams) or to the body (non-streamed)
    qint64 latencyMs = 0; // until finished
    bool passthrough = false; // the request body went up as the caller gave it (see ProviderClient::chat)
    QByteArray rawBody; // passthrough, not streamed, 2xx: the upstream's body as received
    QStringList notes; // what the encoder changed for the upstream (WireRequest::notes)
    QList<QList<float>> embeddings; // an embedding call's vectors, one per input in order
    bool ok() const { return !error.has_value(); }
};

// The result of a plain JSON request (model listing, embeddings).
struct JsonOutcome {
    QJsonDocument body;
    std::optional<protocol::ApiError> error;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    // a 2xx answer whose body was the problem: larger than the call's limit, or not JSON
    enum class BodyProblem { None, TooLarge, NotJson };
    BodyProblem bodyProblem = BodyProblem::None;
    QString contentType; // the answer's media type, without parameters ("text/html")
};

// Shared by the call objects: owns one QNetworkReply, enforces the timeouts, finishes exactly once.
class CallBase : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallBase)

public:
    ~CallBase() override;
    // Aborts the request; finished() follows with a cancelled error (once, if not finished yet).
    void cancel();
    bool isFinished() const { return m_finished; }
    // Finishes with this error from the event loop (for requests refused before they are sent).
    void rejectLater(const protocol::ApiError &error);
    // The network proxy the call goes through ("host:port"), named in its network errors.
    void setProxyLabel(const QString &label) { m_proxyLabel = label; }
    // The relay an HTTPS proxy's calls go through: a network error after its TLS to the proxy failed
    // says so (a wrong CA, a self-signed certificate), naming the proxy.
    void setProxyRelay(TlsProxyRelay *relay);

protected:
    CallBase(QString providerId, const protocol::Codec &codec, Timeouts timeouts, QObject *parent);
    void start(QNetworkReply *reply);
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int httpStatus() const;
    QString contentType() const; // the answer's media type without parameters ("" before the headers)
    // Hooks for subclasses.
    virtual void onHeaders() { }
    virtual void onBodyBytes(const QByteArray &bytes) = 0; // 2xx bodies only
    virtual void onComplete() = 0; // 2xx, after the last byte
    virtual void onFailure(const protocol::ApiError &error) = 0;
    // Switches the timer from "first token" to "idle" once content flows.
    void contentStarted();
    void markFinished() { m_finished = true; }

    QString m_providerId;
    const protocol::Codec &m_codec;

private:
    enum class Phase { Connecting, WaitingForContent, Streaming };
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void fail(const protocol::ApiError &error);
    void armTimer();
    QString relayFailure() const; // why TLS to an HTTPS proxy failed, as a call's error message

    Timeouts m_timeouts;
    QPointer<QNetworkReply> m_reply;
    // The finished reply, deleted with this call: not inside its own finished() (we are called from
    // it), and not with a deleteLater() per call (a trip through the event loop per request, measured
    // on the proxy). So a call must not be deleted synchronously from its own finished() either.
    QPointer<QNetworkReply> m_spent;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Phase m_phase = Phase::Connecting;
    QByteArray m_errorBody;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_drainPosted = false; // a queued onReadyRead pass for the rest of a large read
    static constexpr qint64 kReadSlice = 64 * 1024;
    std::optional<protocol::ApiError> m_timeoutError;
    QString m_proxyLabel;
    QPointer<TlsProxyRelay> m_relay;
    int m_relayFailures = 0; // the relay's failures() when this call started
};

// One chat completion, streamed or not. Emits event() for each stream event as it arrives, then
// finished() exactly once. Non-streamed calls emit no events.
class ChatCall final : public CallBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCall)

public:
    ChatCall(QString providerId, QString model, bool stream, const protocol::Codec &codec, Timeouts timeouts, QObject *parent);
    ~ChatCall() override;
    void begin(QNetworkReply *reply) { start(reply); }
    const CallOutcome &outcome() const { return m_outcome; }
    void setPassthrough(bool on) { m_outcome.passthrough = on; }
    void setNotes(QStringList notes) { m_outcome.notes = std::move(notes); }

Q_SIGNALS:
    // Passthrough streams: the upstream's bytes as they arrive, each before the events decoded from it.
    void raw(const QByteArray &bytes);
    void event(const sb::protocol::StreamEvent &event);
    void finished(const sb::providers::CallOutcome &outcome);

protected:
    void onBodyBytes(const QByteArray &bytes) override;
    void onComplete() override;
    void onFailure(const protocol::ApiError &error) override;

private:
    void handle(const QList<protocol::StreamEvent> &events);
    void complete(std::optional<protocol::ApiError> error);

    bool m_stream = false;
    std::unique_ptr<protocol::StreamDecoder> m_decoder;
    protocol::StreamAccumulator m_accumulator;
    QByteArray m_body;
    CallOutcome m_outcome;
    bool m_sawContent = false;
};

// A JSON request whose whole body is wanted (listing models, embeddings).
class JsonCall final : public CallBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonCall)

public:
    JsonCall(QString providerId, const protocol::Codec &codec, Timeouts timeouts, QObject *parent);
    ~JsonCall() override;
    void begin(QNetworkReply *reply) { start(reply); }
    const JsonOutcome &outcome() const { return m_outcome; }
    // The most body bytes read (64 MiB unless set); a larger answer fails the call (BodyProblem::TooLarge).
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

Q_SIGNALS:
    void finished(const sb::providers::JsonOutcome &outcome);

protected:
    void onBodyBytes(const QByteArray &bytes) override;
    void onComplete() override;
    void onFailure(const protocol::ApiError &error) override;

private:
    QByteArray m_body;
    JsonOutcome m_outcome;
    qint64 m_maxBytes = 64 * 1024 * 1024;
};

struct RemoteModel {
    QString id;
    QString name;
    qint64 contextWindow = 0; // 0 when the provider does not say
    qint64 maxOutput = 0;
    bool chat = true; // false for embedding-only models where the provider says so
};

// What a provider said when asked for its models: the error, or the models sorted by id.
struct ModelListing {
    std::optional<protocol::ApiError> error;
    QList<RemoteModel> models;
    qint64 latencyMs = 0;
};

// The vectors of an embedding call and the tokens the provider counted (-1 when it does not say).
struct Embeddings {
    QList<QList<float>> vectors;
    qint64 inputTokens = -1;
};

// Talks to one configured provider: its base URL, auth, dialect and timeouts. Lives on the thread of
// the QNetworkAccessManager it is given; the calls it makes are children of `parent` (or of nothing:
// then the caller deletes them, e.g. with deleteLater after finished()).
class ProviderClient
{
public:
    // The key is the resolved secret (never stored by this class beyond the headers it builds).
    // direct (may be null): sends plain-http calls itself, before `nam` (the proxy threads'
    // DirectHttpManager); the first client made on a manager decides for every later one on it.
    // network (may be null: the manager's own proxy): when its proxy applies to the base URL, every call
    // goes through that proxy (never `direct`), with proxyPassword as the resolved secret.
    static Expected<std::shared_ptr<ProviderClient>> create(const ProviderConfig &config, const QString &apiKey, QNetworkAccessManager &nam,
                                                            Timeouts timeouts = {}, DirectTransport *direct = nullptr,
                                                            const NetworkProxySetting *network = nullptr, const QString &proxyPassword = {});

    const ProviderConfig &config() const { return m_config; }
    const Preset &preset() const { return m_preset; }
    QString id() const { return m_config.id; }
    protocol::Dialect dialect() const { return m_dialect; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The network proxy calls go through, when one of ours applies (else nullopt).
    const std::optional<QNetworkProxy> &networkProxy() const { return m_proxy; }
    const protocol::Codec &codec() const { return *m_codec; }
    // TLS for this provider's requests only: certificates trusted on top of the system's, and whether
    // its own self-signed certificate is accepted (only that: a wrong host name still fails). Its
    // requests then use network managers of their own, so no connection is shared with other providers.
    // Call before the first request.
    void setTls(const QList<QSslCertificate> &extraCa, bool allowSelfSigned);

    // extraHeaders are set on the request as they are (after the client's own, so they replace e.g. its
    // anthropic-version); the caller decides which suit this provider's dialect.
    // rawBody (optional): the body to send instead of encoding `request`, already in this provider's
    // dialect (the proxy's same-dialect passthrough); `request` still describes it (model, stream) and
    // the answer is decoded as usual, with the bytes also given as they are (ChatCall::raw, rawBody).
    [[nodiscard]] ChatCall *chat(const protocol::ChatRequest &request, QObject *parent = nullptr,
                                 const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {}, const QByteArray &rawBody = {});
    [[nodiscard]] JsonCall *listModels(QObject *parent = nullptr);
    // listModels, parsed: `done` runs once with the outcome, in `parent`'s thread while the call (a child
    // of `parent`) lives. The one way the app asks a provider for its models (Providers page, CLI).
    JsonCall *fetchModels(QObject *parent, std::function<void(const ModelListing &)> done);
    [[nodiscard]] JsonCall *embed(const QString &model, const QStringList &inputs, QObject *parent = nullptr);
    // A JSON request to one of the provider's own endpoints (a team server's /team/...): GET without a
    // body, POST with one; with this client's key, network proxy, TLS and timeouts.
    [[nodiscard]] JsonCall *requestJson(const QString &pathAndQuery, const std::optional<QJsonObject> &body, QObject *parent = nullptr);

    [[nodiscard]] static protocol::Result<QList<RemoteModel>> parseModels(protocol::Dialect dialect, const QJsonDocument &body);
    [[nodiscard]] static protocol::Result<Embeddings> parseEmbeddings(protocol::Dialect dialect, const QJsonDocument &body, int expected);
    // base + path, without doubling a version segment (".../v1" + "/v1/chat/completions").
    static QUrl join(const QUrl &base, const QString &pathAndQuery);

private:
    ProviderClient() = default;
    QNetworkRequest request(const QString &pathAndQuery, bool stream) const; // cached makeRequest
    QNetworkRequest makeRequest(const QString &pathAndQuery, bool stream) const;

    ProviderConfig m_config;
    Preset m_preset;
    protocol::Dialect m_dialect = protocol::Dialect::OpenAiChat;
    QUrl m_baseUrl;
    QByteArray m_key;
    QNetworkAccessManager *m_nam = nullptr;
    detail::ManagerPool *m_pool = nullptr; // a child of *m_nam
    std::optional<QNetworkProxy> m_proxy;
    QString m_proxyLabel; // "host:port" of m_proxy
    bool m_httpsProxy = false; // m_proxy is an HTTPS proxy: calls go through a TlsProxyRelay to it
    QList<QSslCertificate> m_extraCa; // setTls's, also trusted for an HTTPS proxy's certificate
    std::optional<QSslConfiguration> m_ssl; // with the extra CA certificates
    bool m_allowSelfSigned = false;
    QString m_tlsLane; // the managers this provider's TLS settings use ("": the shared ones)
    QNetworkReply *send(CallBase *call, const QNetworkRequest &request, const QByteArray *body) const;
    Timeouts m_timeouts;
    std::unique_ptr<protocol::Codec> m_codec;
    // Made once per path and mode (URL parsing and headers are a measurable part of a proxied call);
    // a passthrough call's path by model and mode. Bounded: cleared past kMaxCachedRequests entries.
    static constexpr qsizetype kMaxCachedRequests = 256;
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, QNetworkRequest> m_requests;
    mutable QHash<QString, QString> m_paths;
};

// The preset a configured provider uses (by kind; openai_compatible by options.preset, else custom).
const Preset &presetFor(const ProviderConfig &config);
// The dialect a provider speaks: its preset's, or options.dialect when that names one.
protocol::Dialect dialectOf(const ProviderConfig &config);

} // namespace sb::providers
