#include "providers/providerclient.h"

#include "common/logging.h"
#include "common/version.h"
#include "providers/directtransport.h"
#include "providers/tlsproxyrelay.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrlQuery>

namespace sb::providers {

using protocol::ApiError;
using protocol::Dialect;
using protocol::StreamEvent;

namespace {

// proxy: the network proxy the call went through ("host:port"), empty when none of ours
ApiError networkError(QNetworkReply::NetworkError code, const QString &text, const QString &provider, const QString &proxy)
{
    ApiError e;
    e.provider = provider;
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError: e.kind = ApiError::Kind::Timeout; break;
    case QNetworkReply::OperationCanceledError: e.kind = ApiError::Kind::Cancelled; break;
    case QNetworkReply::ProxyAuthenticationRequiredError: e.kind = ApiError::Kind::Auth; break;
    default: e.kind = ApiError::Kind::Network; break;
    }
    e.message = text;
    if (code == QNetworkReply::SslHandshakeFailedError) {
        e.message = QStringLiteral("%1: the server's TLS certificate is not trusted (%2): add the certificate of the CA that signed it "
                                   "as a CA file (Settings, Network), or, for an in-house gateway with a self-signed certificate, "
                                   "allow self-signed certificates for this provider")
                        .arg(provider, text);
        return e;
    }
    if (proxy.isEmpty())
        return e;
    switch (code) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.message = QStringLiteral("%1: the network proxy %2 refused the user name or password: check the proxy user and the password "
                                   "saved in the keychain (Settings, Network)")
                        .arg(provider, proxy);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ConnectionRefusedError: // what Qt (6.4) reports for a tunnel's proxy, too
        e.message = QStringLiteral("%1: the network proxy %2 refused the connection (or the provider behind it did): check that the "
                                   "proxy runs and its host and port (Settings, Network), or choose no proxy")
                        .arg(provider, proxy);
        break;
    case QNetworkReply::ProxyNotFoundError:
        e.message = QStringLiteral("%1: the network proxy %2 was not found: check its host name (Settings, Network)").arg(provider, proxy);
        break;
    case QNetworkReply::ProxyConnectionClosedError:
        e.message = QStringLiteral("%1: the network proxy %2 closed the connection: check that it lets this host through, "
                                   "or add the host to the no-proxy list (Settings, Network)")
                        .arg(provider, proxy);
        break;
    case QNetworkReply::ProxyTimeoutError:
        e.message = QStringLiteral("%1: the network proxy %2 did not answer: check that it runs (Settings, Network), or choose no proxy")
                        .arg(provider, proxy);
        break;
    case QNetworkReply::UnknownNetworkError: // Qt (6.4) reports a refused proxy connection as this
        e.message = QStringLiteral("%1: the network proxy %2 failed (%3): check that it runs and its host and port (Settings, Network), "
                                   "or choose no proxy")
                        .arg(provider, proxy, text);
        break;
    default: e.message = QStringLiteral("%1 (through the network proxy %2)").arg(text, proxy); break;
    }
    return e;
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 4);
}

} // namespace

namespace detail {

// Qt (6.4) opens at most six HTTP/1.1 connections per host and port in one QNetworkAccessManager and
// queues further requests silently: 64 concurrent streams to one plain-http upstream would run six at
// a time. The pool sends a request through the first manager that has fewer than six requests in
// flight to that host and port, and adds managers (children of the given one, same thread, same
// proxy and redirect settings) when all are busy. Requests that share a manager reuse its
// keep-alive connections. Requests for a network proxy of their provider's get managers of their own
// that use it (one lane per proxy), and never the direct transport, which has no proxy support.
class ManagerPool final : public QObject
{
public:
    static constexpr int kPerHost = 6;
    static constexpr int kMaxManagers = 64; // 384 connections per host; beyond that Qt queues

    // direct: plain-http requests go straight to it, with no limit per host
    ManagerPool(QNetworkAccessManager &primary, DirectTransport *direct)
        : QObject(&primary)
        , m_primary(primary)
        , m_direct(direct)
    {
        setObjectName(QStringLiteral("sb-manager-pool"));
    }

    static ManagerPool &of(QNetworkAccessManager &primary, DirectTransport *direct)
    {
        if (auto *pool = primary.findChild<ManagerPool *>(QStringLiteral("sb-manager-pool"), Qt::FindDirectChildrenOnly))
            return *pool;
        return *new ManagerPool(primary, direct);
    }

    // proxy: the network proxy this request must go through (then never the direct transport, and
    // managers of its own that use it), or null for the primary's.
    // tlsLane: non-empty for a provider with TLS settings of its own; its requests use managers that
    // no other provider's share (Qt reuses a connection by host and port, whatever its certificates).
    QNetworkReply *send(const QNetworkRequest &request, const QByteArray *body, const QNetworkProxy *proxy = nullptr, const QString &tlsLane = {})
    {
        const QUrl url = request.url();
        if (!proxy && m_direct && url.scheme() == QLatin1String("http")) {
            if (QNetworkReply *reply = m_direct->sendDirect(request, body))
                return reply;
            return body ? m_primary.post(request, *body) : m_primary.get(request);
        }
        QString laneKey = proxy ? proxyKey(*proxy) : QString();
        if (!tlsLane.isEmpty())
            laneKey += QLatin1String("|tls|") + tlsLane;
        Lane &lane = m_lanes[laneKey];
        if (laneKey.isEmpty() && lane.managers.isEmpty())
            lane.managers.append(&m_primary);
        const QString host = url.host() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
        QList<int> &busy = lane.inFlight[host];
        qsizetype index = 0;
        while (index < busy.size() && busy.at(index) >= kPerHost)
            ++index;
        if (index >= lane.managers.size() && lane.managers.size() < kMaxManagers) {
            auto *extra = new QNetworkAccessManager(this);
            extra->setProxy(proxy ? *proxy : m_primary.proxy());
            extra->setRedirectPolicy(m_primary.redirectPolicy());
            extra->setTransferTimeout(m_primary.transferTimeout());
            lane.managers.append(extra);
        }
        if (index >= lane.managers.size())
            index = 0; // every manager is full: let Qt queue on the first
        while (busy.size() <= index)
            busy.append(0);
        QNetworkAccessManager *manager = lane.managers.at(index);
        QNetworkReply *reply = body ? manager->post(request, *body) : manager->get(request);
        ++busy[index];
        connect(reply, &QObject::destroyed, this, [this, laneKey, host, index] {
            QList<int> &counts = m_lanes[laneKey].inFlight[host];
            if (index < counts.size() && counts.at(index) > 0)
                --counts[index];
        });
        return reply;
    }

private:
    // Requests through one proxy (or none) share managers; a manager has one proxy.
    struct Lane {
        QList<QNetworkAccessManager *> managers; // the direct lane's [0] = the primary
        QHash<QString, QList<int>> inFlight; // "host:port" -> requests in flight per manager
    };
    static QString proxyKey(const QNetworkProxy &proxy)
    {
        // the password only as a hash: the key is a map key, not a place for the secret
        return QStringLiteral("%1|%2|%3|%4|%5")
            .arg(int(proxy.type()))
            .arg(proxy.hostName())
            .arg(proxy.port())
            .arg(proxy.user())
            .arg(qHash(proxy.password()));
    }

    QNetworkAccessManager &m_primary;
    DirectTransport *m_direct = nullptr;
    QHash<QString, Lane> m_lanes; // "" = no proxy of ours (the primary and its extras)
};

} // namespace detail

// ------------------------------------------------------------------------------------------------
CallBase::CallBase(QString providerId, const protocol::Codec &codec, Timeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_providerId(std::move(providerId))
    , m_codec(codec)
    , m_timeouts(timeouts)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CallBase::onTimeout);
}

CallBase::~CallBase()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    delete m_spent.data();
}

void CallBase::start(QNetworkReply *reply)
{
    m_reply = reply;
    m_clock.start();
    m_phase = Phase::Connecting;
    armTimer();
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_phase == Phase::Connecting) {
            m_phase = Phase::WaitingForContent;
            armTimer();
            onHeaders();
        }
    });
    connect(reply, &QIODevice::readyRead, this, &CallBase::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &CallBase::onFinished);
}

QString CallBase::relayFailure() const
{
    return QStringLiteral("%1: TLS to the network proxy %2 failed (%3): trust the proxy's CA with a CA file (Settings, Network), "
                          "allow its self-signed certificate for this provider, or check its host name and port")
        .arg(m_providerId, m_proxyLabel, m_relay ? m_relay->lastFailure() : QString());
}

void CallBase::setProxyRelay(TlsProxyRelay *relay)
{
    m_relay = relay;
    m_relayFailures = relay ? relay->failures() : 0;
}

int CallBase::httpStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

QString CallBase::contentType() const
{
    return m_reply ? m_reply->header(QNetworkRequest::ContentTypeHeader).toString().section(QLatin1Char(';'), 0, 0).trimmed().toLower() : QString();
}

void CallBase::armTimer()
{
    switch (m_phase) {
    case Phase::Connecting: m_timer.start(m_timeouts.connect); break;
    case Phase::WaitingForContent: m_timer.start(m_timeouts.firstToken); break;
    case Phase::Streaming: m_timer.start(m_timeouts.idle); break;
    }
}

void CallBase::contentStarted()
{
    if (m_phase != Phase::Streaming) {
        m_phase = Phase::Streaming;
        armTimer();
    }
}

void CallBase::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    if (m_phase == Phase::Connecting) {
        m_phase = Phase::WaitingForContent;
        onHeaders();
    }
    // A large read (a whole answer that arrived while the thread was busy) is decoded in slices, one
    // per event-loop pass, so that a GUI thread that owns the call keeps painting (bench/FINDINGS.md).
    const QByteArray bytes = m_reply->read(kReadSlice);
    if (m_reply->bytesAvailable() > 0 && !m_drainPosted) {
        m_drainPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_drainPosted = false;
                if (m_reply && m_reply->isFinished())
                    onFinished(); // drains the rest, then reports
                else
                    onReadyRead();
            },
            Qt::QueuedConnection);
    }
    const int status = httpStatus();
    if (status >= 400 || (status != 0 && status < 200)) {
        m_errorBody += bytes.left(qMax<qsizetype>(0, 1024 * 1024 - m_errorBody.size())); // error bodies are small; keep at most 1 MiB
        armTimer();
        return;
    }
    armTimer(); // any byte resets the idle (or first-token) clock
    onBodyBytes(bytes);
}

void CallBase::onFinished()
{
    if (m_finished || !m_reply)
        return;
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    if (reply->bytesAvailable() > 0)
        return; // onReadyRead posted the next slice; it calls onFinished again
    if (m_drainPosted)
        return; // a posted drain pass is still to come and ends here
    const int status = httpStatus();
    if (m_timeoutError) {
        fail(*m_timeoutError);
    } else if (m_cancelled) {
        ApiError e = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"));
        e.provider = m_providerId;
        fail(e);
    } else if (status >= 400) {
        ApiError e = m_codec.decodeError(status, m_errorBody, reply->rawHeader("retry-after"));
        e.provider = m_providerId;
        if (e.httpStatus == 0)
            e.httpStatus = status;
        fail(e);
    } else if (reply->error() != QNetworkReply::NoError) {
        ApiError e = networkError(reply->error(), reply->errorString(), m_providerId, m_proxyLabel);
        if (m_relay && m_relay->failures() > m_relayFailures)
            e.message = relayFailure();
        fail(e);
    } else {
        onComplete();
    }
    m_spent = reply;
    m_reply = nullptr;
}

void CallBase::onTimeout()
{
    if (m_finished || !m_reply)
        return;
    ApiError e = ApiError::make(ApiError::Kind::Timeout, QString());
    e.provider = m_providerId;
    switch (m_phase) {
    case Phase::Connecting:
        if (m_relay && m_relay->failures() > m_relayFailures) {
            e.message = relayFailure();
            break;
        }
        e.message = m_proxyLabel.isEmpty() ? QStringLiteral("%1 did not answer within %2 s").arg(m_providerId, seconds(m_timeouts.connect))
                                           : QStringLiteral("%1 did not answer within %2 s through the network proxy %3: check that the proxy runs "
                                                            "(Settings, Network), or choose no proxy")
                                                 .arg(m_providerId, seconds(m_timeouts.connect), m_proxyLabel);
        break;
    case Phase::WaitingForContent:
        e.message = QStringLiteral("%1 sent no first token within %2 s").arg(m_providerId, seconds(m_timeouts.firstToken));
        break;
    case Phase::Streaming:
        e.message = QStringLiteral("%1 stalled: nothing for %2 s in the middle of the answer").arg(m_providerId, seconds(m_timeouts.idle));
        break;
    }
    m_timeoutError = e;
    m_reply->abort(); // finished() follows and reports the timeout
}

void CallBase::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    } else {
        ApiError e = ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"));
        e.provider = m_providerId;
        fail(e);
    }
}

void CallBase::rejectLater(const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { fail(error); }, Qt::QueuedConnection);
}

void CallBase::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_timer.stop();
    qCDebug(lcProviders) << m_providerId << "call failed after" << elapsedMs() << "ms:" << protocol::toString(error.kind) << error.httpStatus;
    onFailure(error);
}

// ------------------------------------------------------------------------------------------------
ChatCall::ChatCall(QString providerId, QString model, bool stream, const protocol::Codec &codec, Timeouts timeouts, QObject *parent)
    : CallBase(std::move(providerId), codec, timeouts, parent)
    , m_stream(stream)
{
    m_outcome.providerId = m_providerId;
    m_outcome.model = std::move(model);
    if (m_stream)
        m_decoder = codec.streamDecoder();
}

ChatCall::~ChatCall() = default;

void ChatCall::onBodyBytes(const QByteArray &bytes)
{
    if (!m_stream) {
        if (m_body.size() + bytes.size() > 256 * 1024 * 1024) {
            complete(ApiError::make(ApiError::Kind::Server, QStringLiteral("the response is larger than 256 MiB")));
            cancel();
            return;
        }
        m_body += bytes;
        return;
    }
    if (m_outcome.passthrough) {
        const QPointer<ChatCall> self(this);
        Q_EMIT raw(bytes);
        if (!self || isFinished())
            return;
    }
    handle(m_decoder->feed(bytes));
}

void ChatCall::handle(const QList<StreamEvent> &events)
{
    for (const StreamEvent &e : events) {
        if (isFinished())
            return;
        if (!m_sawContent
            && (e.type == StreamEvent::Type::TextDelta || e.type == StreamEvent::Type::ReasoningDelta
                || e.type == StreamEvent::Type::ToolCallStart)) {
            m_sawContent = true;
            m_outcome.ttftMs = elapsedMs();
            contentStarted();
        }
        m_accumulator.add(e);
        Q_EMIT event(e);
        if (e.type == StreamEvent::Type::Error) {
            ApiError err = e.error;
            if (err.provider.isEmpty())
                err.provider = m_providerId;
            complete(err);
            return;
        }
    }
}

void ChatCall::onComplete()
{
    if (m_stream) {
        handle(m_decoder->finish());
        if (isFinished())
            return;
        if (!m_accumulator.finished()) {
            complete(ApiError::make(ApiError::Kind::Network, QStringLiteral("the stream ended before the answer was complete")));
            return;
        }
        complete(std::nullopt);
        return;
    }
    m_outcome.ttftMs = elapsedMs();
    // a passthrough's body goes to the client as it came: only its model and usage are read
    auto response = m_outcome.passthrough ? m_codec.decodeResponseSummary(m_body) : m_codec.decodeResponse(m_body);
    if (!response) {
        ApiError e = response.error();
        complete(e);
        return;
    }
    m_outcome.response = response.value();
    if (m_outcome.passthrough)
        m_outcome.rawBody = std::move(m_body);
    complete(std::nullopt);
}

void ChatCall::onFailure(const ApiError &error)
{
    complete(error);
}

void ChatCall::complete(std::optional<ApiError> error)
{
    if (isFinished())
        return;
    markFinished();
    if (m_stream)
        m_outcome.response = m_accumulator.response();
    if (m_outcome.response.model.isEmpty())
        m_outcome.response.model = m_outcome.model;
    if (error) {
        if (error->provider.isEmpty())
            error->provider = m_providerId;
        m_outcome.partial = m_sawContent;
    }
    m_outcome.error = error;
    m_outcome.httpStatus = error && error->httpStatus ? error->httpStatus : httpStatus();
    m_outcome.latencyMs = elapsedMs();
    Q_EMIT finished(m_outcome);
}

// ------------------------------------------------------------------------------------------------
JsonCall::JsonCall(QString providerId, const protocol::Codec &codec, Timeouts timeouts, QObject *parent)
    : CallBase(std::move(providerId), codec, timeouts, parent)
{
}

JsonCall::~JsonCall() = default;

void JsonCall::onBodyBytes(const QByteArray &bytes)
{
    m_body += bytes;
    if (m_body.size() > m_maxBytes) {
        m_body.clear();
        m_outcome.bodyProblem = JsonOutcome::BodyProblem::TooLarge;
        m_outcome.contentType = contentType();
        onFailure(ApiError::make(ApiError::Kind::Server, QStringLiteral("the response is larger than %1 bytes").arg(m_maxBytes)));
        cancel();
    }
}

void JsonCall::onComplete()
{
    if (isFinished())
        return;
    QJsonParseError pe;
    m_outcome.body = QJsonDocument::fromJson(m_body, &pe);
    m_outcome.contentType = contentType();
    if (pe.error != QJsonParseError::NoError) {
        m_outcome.bodyProblem = JsonOutcome::BodyProblem::NotJson;
        onFailure(ApiError::make(ApiError::Kind::Server, QStringLiteral("%1 answered with malformed JSON: %2").arg(m_providerId, pe.errorString())));
        return;
    }
    markFinished();
    m_outcome.httpStatus = httpStatus();
    m_outcome.latencyMs = elapsedMs();
    Q_EMIT finished(m_outcome);
}

void JsonCall::onFailure(const ApiError &error)
{
    if (isFinished())
        return;
    markFinished();
    m_outcome.error = error;
    if (m_outcome.error->provider.isEmpty())
        m_outcome.error->provider = m_providerId;
    m_outcome.httpStatus = error.httpStatus;
    m_outcome.latencyMs = elapsedMs();
    Q_EMIT finished(m_outcome);
}

// ------------------------------------------------------------------------------------------------
const Preset &presetFor(const ProviderConfig &config)
{
    if (config.kind == QLatin1String("openai_compatible")) {
        const QString id = config.options.value(QLatin1String("preset")).toString();
        if (const Preset *p = presetById(id); p && p->kind == config.kind)
            return *p;
        return *presetById(QStringLiteral("custom"));
    }
    if (const Preset *p = presetById(config.kind))
        return *p;
    return *presetById(QStringLiteral("custom"));
}

Dialect dialectOf(const ProviderConfig &config)
{
    if (const QString d = config.options.value(QLatin1String("dialect")).toString(); !d.isEmpty()) {
        if (const auto dialect = protocol::dialectFromString(d))
            return *dialect;
    }
    return presetFor(config).dialect;
}

Expected<std::shared_ptr<ProviderClient>> ProviderClient::create(const ProviderConfig &config, const QString &apiKey, QNetworkAccessManager &nam,
                                                                 Timeouts timeouts, DirectTransport *direct, const NetworkProxySetting *network,
                                                                 const QString &proxyPassword)
{
    std::shared_ptr<ProviderClient> c(new ProviderClient);
    c->m_config = config;
    c->m_preset = presetFor(config);
    c->m_dialect = c->m_preset.dialect;
    if (const QString d = config.options.value(QLatin1String("dialect")).toString(); !d.isEmpty()) {
        const auto dialect = protocol::dialectFromString(d);
        if (!dialect)
            return Error::make(Error::Kind::Validation, QStringLiteral("provider %1: unknown dialect \"%2\"").arg(config.id, d));
        c->m_dialect = *dialect;
    }
    const QString base = config.baseUrl.isEmpty() ? c->m_preset.defaultBaseUrl : config.baseUrl;
    c->m_baseUrl = QUrl(base, QUrl::StrictMode);
    if (base.isEmpty() || !c->m_baseUrl.isValid() || c->m_baseUrl.host().isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("provider %1 needs a base URL (http://host:port/...)").arg(config.id));
    if (c->m_preset.needsKey && apiKey.isEmpty())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("provider %1 needs an API key: store one in the keychain (keychain:NAME) or set env:%2")
                               .arg(config.id, c->m_preset.keyEnvVar.isEmpty() ? QStringLiteral("VAR") : c->m_preset.keyEnvVar));
    c->m_key = apiKey.toUtf8();
    c->m_nam = &nam;
    c->m_pool = &detail::ManagerPool::of(nam, direct);
    if (network && network->appliesTo(c->m_baseUrl)) {
        c->m_proxy = network->proxyFor(c->m_baseUrl, proxyPassword);
        c->m_proxyLabel = QStringLiteral("%1:%2").arg(network->host).arg(network->port);
        c->m_httpsProxy = network->mode == NetworkProxySetting::Mode::Https;
    }
    c->m_timeouts = timeouts;
    c->m_codec = protocol::makeCodec(c->m_dialect);
    return c;
}

void ProviderClient::setTls(const QList<QSslCertificate> &extraCa, bool allowSelfSigned)
{
    m_allowSelfSigned = allowSelfSigned;
    m_extraCa = extraCa;
    m_ssl.reset();
    m_tlsLane.clear();
    if (!extraCa.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(extraCa);
        m_ssl = ssl;
    }
    if (m_ssl || m_allowSelfSigned)
        m_tlsLane = m_config.id;
    const QMutexLocker lock(&m_cacheMutex);
    m_requests.clear();
}

QNetworkReply *ProviderClient::send(CallBase *call, const QNetworkRequest &request, const QByteArray *body) const
{
    if (m_proxy)
        call->setProxyLabel(m_proxyLabel);
    std::optional<QNetworkProxy> proxy = m_proxy;
    if (proxy && m_httpsProxy) {
        // Qt speaks plain HTTP to a proxy: the relay on loopback adds the TLS to the proxy itself
        TlsProxyRelay *relay = TlsProxyRelay::of(*m_nam, {proxy->hostName(), proxy->port(), m_extraCa, m_allowSelfSigned});
        proxy->setHostName(QStringLiteral("127.0.0.1"));
        proxy->setPort(relay ? relay->port() : 0); // no relay: the call fails, naming the proxy
        call->setProxyRelay(relay);
    }
    QNetworkReply *reply = m_pool->send(request, body, proxy ? &*proxy : nullptr, m_tlsLane);
    if (m_allowSelfSigned && reply) {
        // the provider's own self-signed certificate, nothing else: a wrong host name, an expired or
        // revoked certificate still fail the call
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
            for (const QSslError &e : errors) {
                if (e.error() != QSslError::SelfSignedCertificate && e.error() != QSslError::SelfSignedCertificateInChain)
                    return;
            }
            reply->ignoreSslErrors(errors);
        });
    }
    return reply;
}

QUrl ProviderClient::join(const QUrl &base, const QString &pathAndQuery)
{
    const QUrl rel(pathAndQuery);
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // encoded: a segment's "%2F" (a '/' inside a name, team/teamclient.cpp) must not become a separator
    QString path = rel.path(QUrl::FullyEncoded);
    const QString lastBase = basePath.section(QLatin1Char('/'), -1);
    const QString firstPath = path.section(QLatin1Char('/'), 1, 1);
    if (!lastBase.isEmpty() && lastBase == firstPath)
        path = path.mid(firstPath.size() + 1);
    QUrl url = base;
    url.setPath(basePath + path, QUrl::TolerantMode);
    QUrlQuery query(base.query());
    for (const auto &item : QUrlQuery(rel.query()).queryItems(QUrl::FullyEncoded))
        query.addQueryItem(item.first, item.second);
    url.setQuery(query);
    return url;
}

namespace {

// A value made once per key in one of a client's bounded caches: looked up under the lock, made
// outside it, kept (the cache is emptied when it holds `bound` entries).
template<typename V, typename Make> V cachedOrMade(QMutex &mutex, QHash<QString, V> &cache, qsizetype bound, const QString &key, Make make)
{
    {
        QMutexLocker lock(&mutex);
        if (const auto found = cache.constFind(key); found != cache.cend())
            return *found;
    }
    V value = make();
    QMutexLocker lock(&mutex);
    if (cache.size() >= bound)
        cache.clear();
    cache.insert(key, value);
    return value;
}

QString cacheKey(bool stream, const QString &what)
{
    return (stream ? QLatin1Char('s') : QLatin1Char('-')) + what;
}

} // namespace

QNetworkRequest ProviderClient::request(const QString &pathAndQuery, bool stream) const
{
    return cachedOrMade(m_cacheMutex, m_requests, kMaxCachedRequests, cacheKey(stream, pathAndQuery),
                        [&] { return makeRequest(pathAndQuery, stream); });
}

QNetworkRequest ProviderClient::makeRequest(const QString &pathAndQuery, bool stream) const
{
    QNetworkRequest req(join(m_baseUrl, pathAndQuery));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Switchboard/" SWITCHBOARD_VERSION_STRING));
    req.setRawHeader("Accept", stream ? QByteArrayLiteral("text/event-stream") : QByteArrayLiteral("application/json"));
    req.setTransferTimeout(0); // our own connect / first-token / idle timers decide
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_dialect == Dialect::Ollama && stream)
        req.setRawHeader("Accept", QByteArrayLiteral("application/x-ndjson"));
    if (!m_key.isEmpty()) {
        switch (m_preset.auth) {
        case Preset::Auth::Bearer:
        case Preset::Auth::None: req.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_key); break;
        case Preset::Auth::AnthropicKey: req.setRawHeader("x-api-key", m_key); break;
        case Preset::Auth::GoogleKey: req.setRawHeader("x-goog-api-key", m_key); break;
        case Preset::Auth::AzureKey: req.setRawHeader("api-key", m_key); break;
        }
    }
    if (m_dialect == Dialect::AnthropicMessages)
        req.setRawHeader("anthropic-version", QByteArrayLiteral("2023-06-01"));
    if (m_ssl)
        req.setSslConfiguration(*m_ssl);
    return req;
}

ChatCall *ProviderClient::chat(const protocol::ChatRequest &chatRequest, QObject *parent,
                               const QList<std::pair<QByteArray, QByteArray>> &extraHeaders, const QByteArray &rawBody)
{
    auto *call = new ChatCall(m_config.id, chatRequest.model, chatRequest.stream, *m_codec, m_timeouts, parent);
    QString path;
    QByteArray body;
    if (rawBody.isEmpty()) {
        const bool subset = m_dialect == Dialect::Gemini && m_config.options.value(QLatin1String("schemas")).toString() == QLatin1String("subset");
        const protocol::WireRequest wire = subset ? m_codec->encodeRequest([&] {
            protocol::ChatRequest r = chatRequest;
            r.schemaSubset = true;
            return r;
        }())
                                                  : m_codec->encodeRequest(chatRequest);
        path = wire.path;
        body = QJsonDocument(wire.body).toJson(QJsonDocument::Compact);
        if (!wire.notes.isEmpty())
            call->setNotes(wire.notes);
    } else {
        // only the path: it depends on the dialect, model and streaming
        path = cachedOrMade(m_cacheMutex, m_paths, kMaxCachedRequests, cacheKey(chatRequest.stream, chatRequest.model), [&] {
            protocol::ChatRequest shape;
            shape.model = chatRequest.model;
            shape.stream = chatRequest.stream;
            return m_codec->encodeRequest(shape).path;
        });
        body = rawBody;
        call->setPassthrough(true);
    }
    QNetworkRequest req = request(path, chatRequest.stream);
    for (const auto &[name, value] : extraHeaders)
        req.setRawHeader(name, value);
    call->begin(send(call, req, &body));
    return call;
}

JsonCall *ProviderClient::listModels(QObject *parent)
{
    QString path;
    switch (m_dialect) {
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses: path = QStringLiteral("/v1/models"); break;
    case Dialect::AnthropicMessages: path = QStringLiteral("/v1/models?limit=1000"); break;
    case Dialect::Gemini: path = QStringLiteral("/v1beta/models?pageSize=1000"); break;
    case Dialect::Ollama: path = QStringLiteral("/api/tags"); break;
    }
    auto *call = new JsonCall(m_config.id, *m_codec, m_timeouts, parent);
    call->begin(send(call, request(path, false), nullptr));
    return call;
}

JsonCall *ProviderClient::requestJson(const QString &pathAndQuery, const std::optional<QJsonObject> &body, QObject *parent)
{
    auto *call = new JsonCall(m_config.id, *m_codec, m_timeouts, parent);
    if (body) {
        const QByteArray bytes = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        call->begin(send(call, makeRequest(pathAndQuery, false), &bytes));
    } else {
        call->begin(send(call, makeRequest(pathAndQuery, false), nullptr));
    }
    return call;
}

JsonCall *ProviderClient::embed(const QString &model, const QStringList &inputs, QObject *parent)
{
    auto *call = new JsonCall(m_config.id, *m_codec, m_timeouts, parent);
    QString path;
    QJsonObject body;
    switch (m_dialect) {
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses:
        path = QStringLiteral("/v1/embeddings");
        body.insert(QStringLiteral("model"), model);
        body.insert(QStringLiteral("input"), QJsonArray::fromStringList(inputs));
        break;
    case Dialect::Ollama:
        path = QStringLiteral("/api/embed");
        body.insert(QStringLiteral("model"), model);
        body.insert(QStringLiteral("input"), QJsonArray::fromStringList(inputs));
        break;
    case Dialect::Gemini: {
        path = QStringLiteral("/v1beta/models/%1:batchEmbedContents").arg(model);
        QJsonArray requests;
        for (const QString &text : inputs) {
            QJsonObject part;
            part.insert(QStringLiteral("text"), text);
            QJsonObject content;
            content.insert(QStringLiteral("parts"), QJsonArray{part});
            QJsonObject one;
            one.insert(QStringLiteral("model"), QString(QStringLiteral("models/") + model));
            one.insert(QStringLiteral("content"), content);
            requests.append(one);
        }
        body.insert(QStringLiteral("requests"), requests);
        break;
    }
    case Dialect::AnthropicMessages: {
        ApiError e = ApiError::make(ApiError::Kind::InvalidRequest,
                                    QStringLiteral("Anthropic has no embeddings API; choose an OpenAI, Gemini or Ollama embedding model"));
        e.provider = m_config.id;
        call->rejectLater(e);
        return call;
    }
    }
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->begin(send(call, request(path, false), &bytes));
    return call;
}

protocol::Result<QList<RemoteModel>> ProviderClient::parseModels(Dialect dialect, const QJsonDocument &body)
{
    QList<RemoteModel> out;
    const QJsonObject root = body.object();
    auto bad = [] { return ApiError::make(ApiError::Kind::Server, QStringLiteral("the model list is not in the expected format")); };
    switch (dialect) {
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses:
    case Dialect::AnthropicMessages: {
        if (!root.value(QLatin1String("data")).isArray())
            return bad();
        for (const QJsonValue &v : root.value(QLatin1String("data")).toArray()) {
            const QJsonObject o = v.toObject();
            RemoteModel m;
            m.id = o.value(QLatin1String("id")).toString();
            m.name = o.value(QLatin1String("display_name")).toString(m.id);
            m.contextWindow = qint64(o.value(QLatin1String("context_length")).toDouble(o.value(QLatin1String("context_window")).toDouble()));
            m.chat = !m.id.contains(QLatin1String("embed"));
            if (!m.id.isEmpty())
                out << m;
        }
        break;
    }
    case Dialect::Gemini: {
        if (!root.value(QLatin1String("models")).isArray())
            return bad();
        for (const QJsonValue &v : root.value(QLatin1String("models")).toArray()) {
            const QJsonObject o = v.toObject();
            RemoteModel m;
            m.id = o.value(QLatin1String("name")).toString();
            if (m.id.startsWith(QLatin1String("models/")))
                m.id = m.id.mid(7);
            m.name = o.value(QLatin1String("displayName")).toString(m.id);
            m.contextWindow = qint64(o.value(QLatin1String("inputTokenLimit")).toDouble());
            m.maxOutput = qint64(o.value(QLatin1String("outputTokenLimit")).toDouble());
            const QJsonArray methods = o.value(QLatin1String("supportedGenerationMethods")).toArray();
            m.chat = methods.isEmpty() || methods.contains(QStringLiteral("generateContent"));
            if (!m.id.isEmpty())
                out << m;
        }
        break;
    }
    case Dialect::Ollama: {
        if (!root.value(QLatin1String("models")).isArray())
            return bad();
        for (const QJsonValue &v : root.value(QLatin1String("models")).toArray()) {
            const QJsonObject o = v.toObject();
            RemoteModel m;
            m.id = o.value(QLatin1String("name")).toString(o.value(QLatin1String("model")).toString());
            m.name = m.id;
            m.chat = !m.id.contains(QLatin1String("embed"));
            if (!m.id.isEmpty())
                out << m;
        }
        break;
    }
    }
    std::sort(out.begin(), out.end(), [](const RemoteModel &a, const RemoteModel &b) { return a.id < b.id; });
    return out;
}

JsonCall *ProviderClient::fetchModels(QObject *parent, std::function<void(const ModelListing &)> done)
{
    JsonCall *call = listModels(parent);
    QObject::connect(call, &JsonCall::finished, call, [dialect = m_dialect, done = std::move(done)](const JsonOutcome &outcome) {
        ModelListing listing;
        listing.latencyMs = outcome.latencyMs;
        if (outcome.error) {
            listing.error = outcome.error;
        } else if (auto models = parseModels(dialect, outcome.body)) {
            listing.models = std::move(models).value();
        } else {
            listing.error = models.error();
        }
        done(listing);
    });
    return call;
}

protocol::Result<Embeddings> ProviderClient::parseEmbeddings(Dialect dialect, const QJsonDocument &body, int expected)
{
    Embeddings result;
    QList<QList<float>> &out = result.vectors;
    const QJsonObject root = body.object();
    auto vector = [](const QJsonArray &a) {
        QList<float> v;
        v.reserve(a.size());
        for (const QJsonValue &x : a)
            v << float(x.toDouble());
        return v;
    };
    switch (dialect) {
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses: {
        const QJsonObject usage = root.value(QLatin1String("usage")).toObject();
        result.inputTokens = usage.value(QLatin1String("prompt_tokens")).toInteger(usage.value(QLatin1String("total_tokens")).toInteger(-1));
        const QJsonArray data = root.value(QLatin1String("data")).toArray();
        out.resize(data.size());
        for (const QJsonValue &v : data) {
            const QJsonObject o = v.toObject();
            const int index = o.value(QLatin1String("index")).toInt(-1);
            if (index < 0 || index >= data.size())
                return ApiError::make(ApiError::Kind::Server, QStringLiteral("an embedding came back without a valid index"));
            out[index] = vector(o.value(QLatin1String("embedding")).toArray());
        }
        break;
    }
    case Dialect::Ollama:
        result.inputTokens = root.value(QLatin1String("prompt_eval_count")).toInteger(-1);
        for (const QJsonValue &v : root.value(QLatin1String("embeddings")).toArray())
            out << vector(v.toArray());
        break;
    case Dialect::Gemini:
        for (const QJsonValue &v : root.value(QLatin1String("embeddings")).toArray())
            out << vector(v.toObject().value(QLatin1String("values")).toArray());
        break;
    case Dialect::AnthropicMessages: return ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("Anthropic has no embeddings API"));
    }
    if (out.size() != expected)
        return ApiError::make(ApiError::Kind::Server, QStringLiteral("expected %1 embeddings, got %2").arg(expected).arg(out.size()));
    for (const auto &v : std::as_const(out)) {
        if (v.isEmpty())
            return ApiError::make(ApiError::Kind::Server, QStringLiteral("an embedding came back empty"));
    }
    return result;
}

} // namespace sb::providers
