#include "proxy/proxyworker.h"

#include "common/ids.h"
#include "common/version.h"
#include "engine/engine.h"
#include "protocol/geminicodec.h"
#include "providers/registry.h"
#include "proxy/directhttp.h"
#include "proxy/knowledgeservice.h"
#include "proxy/socketwrite.h"
#include "proxy/workflowservice.h"
#include "router/router.h"
#include "storage/database.h"
#include "usage/callrecord.h"
#include "usage/ledger.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <span>

namespace sb::proxy::detail {

using protocol::ApiError;
using protocol::Dialect;
using protocol::StreamEvent;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// An embedding as JSON numbers
QJsonArray jsonVector(const QList<float> &vector)
{
    QJsonArray values;
    for (float f : vector)
        values.append(double(f));
    return values;
}

// A value of the query string, decoded ("" when absent).
QString queryValue(const http::Request &request, const QString &name)
{
    return QUrlQuery(QString::fromLatin1(request.query)).queryItemValue(name, QUrl::FullyDecoded);
}

// Gemini's methods, POST /v1beta/models/{model}:METHOD
const QStringList &geminiMethods()
{
    static const QStringList methods{QStringLiteral("generateContent"), QStringLiteral("streamGenerateContent"), QStringLiteral("countTokens"),
                                     QStringLiteral("embedContent"), QStringLiteral("batchEmbedContents")};
    return methods;
}

// "{model}:{method}" after /models/: the method when it is one of Gemini's ("ollama/llama3.2:latest" has none).
QString geminiMethod(QStringView rest)
{
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || !geminiMethods().contains(rest.sliced(colon + 1)))
        return {};
    return rest.sliced(colon + 1).toString();
}

// A Gemini client: anything under /v1beta, a Gemini method on a model, or /models with Google's key
// (x-goog-api-key or ?key=) or client header. `path` is without /v1 or /v1beta.
bool isGeminiRequest(const QString &path, const http::Request &request)
{
    if (request.path == QLatin1String("/v1beta") || request.path.startsWith(QLatin1String("/v1beta/")))
        return true;
    if (path != QLatin1String("/models") && !path.startsWith(QLatin1String("/models/")))
        return false;
    if (path.startsWith(QLatin1String("/models/")) && !geminiMethod(QStringView(path).sliced(8)).isEmpty())
        return true;
    return request.hasHeader("x-goog-api-key") || request.hasHeader("x-goog-api-client") || !queryValue(request, QStringLiteral("key")).isEmpty();
}

// The dialect a client on this path speaks (for errors before its body is read).
Dialect dialectForPath(const QString &path, const http::Request &request)
{
    if (isGeminiRequest(path, request))
        return Dialect::Gemini;
    if (path.startsWith(QLatin1String("/messages")))
        return Dialect::AnthropicMessages;
    if (path.startsWith(QLatin1String("/responses")))
        return Dialect::OpenAiResponses;
    if (path.startsWith(QLatin1String("/models")) && request.hasHeader("anthropic-version"))
        return Dialect::AnthropicMessages;
    return Dialect::OpenAiChat;
}

// "/v1/chat/completions" and "/chat/completions" are the same endpoint; Gemini's "/v1beta/models" too.
QString endpointPath(const QString &path)
{
    QString p = path;
    if (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p == QLatin1String("/v1") || p.startsWith(QLatin1String("/v1/")))
        p = p.mid(3);
    else if (p == QLatin1String("/v1beta") || p.startsWith(QLatin1String("/v1beta/")))
        p = p.mid(7);
    return p.isEmpty() ? QStringLiteral("/") : p;
}

QByteArray presentedKey(const http::Request &request)
{
    const QByteArray auth = request.header("authorization");
    if (auth.size() > 7 && auth.left(7).toLower() == "bearer ")
        return auth.mid(7).trimmed();
    if (request.hasHeader("x-api-key"))
        return request.header("x-api-key");
    if (request.hasHeader("x-goog-api-key")) // Gemini clients
        return request.header("x-goog-api-key");
    return queryValue(request, QStringLiteral("key")).toUtf8(); // Gemini's ?key=; the query is never logged
}

protocol::Result<QJsonObject> parseBody(const QByteArray &bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return ApiError::make(ApiError::Kind::InvalidRequest,
                              QStringLiteral("request body is not valid JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset), 400);
    if (!doc.isObject())
        return ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("request body must be a JSON object"), 400);
    return doc.object();
}

// An upstream that refuses the key Switchboard holds for it: the client's own key is fine, so it must
// not see 401 (Claude Code and the SDKs take that as "your key is wrong" and ask the user for a new
// one). It gets 502 with a message that names the provider and what to fix.
ApiError forClient(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Auth || error.provider.isEmpty())
        return error;
    ApiError e = error;
    e.kind = ApiError::Kind::Server;
    e.httpStatus = 502;
    e.message = QStringLiteral("the provider '%1' did not accept the API key Switchboard holds for it (%2): fix that provider's key in "
                               "Switchboard; the proxy key you sent is fine")
                    .arg(error.provider, error.message);
    return e;
}

// Whether the client's body may go upstream as it is when the target speaks the client's dialect. An
// OpenAI chat stream must ask for usage itself (the encoder would add stream_options.include_usage so
// that the ledger gets the tokens); the other dialects always report usage.
bool passthroughAllowed(Dialect dialect, bool stream, const QByteArray &body)
{
    if (dialect == Dialect::Gemini) // the model is in the URL, and a stream's framing is the client's choice (alt=sse or not)
        return false;
    if (dialect != Dialect::OpenAiChat || !stream)
        return true;
    const qsizetype at = body.indexOf("\"include_usage\"");
    if (at < 0)
        return false;
    qsizetype i = at + 15;
    auto space = [&] {
        while (i < body.size() && (body.at(i) == ' ' || body.at(i) == '\t' || body.at(i) == '\n' || body.at(i) == '\r'))
            ++i;
    };
    space();
    if (i >= body.size() || body.at(i) != ':')
        return false;
    ++i;
    space();
    return QByteArrayView(body).sliced(i).startsWith("true");
}

// Where the last event of a passed-through stream begins in `bytes` (-1: not in them): OpenAI's
// "data: [DONE]", Anthropic's message_stop, the Responses API's closing events. The event starts after
// the blank line before its marker (or at the start of the bytes); a marker counts at the start of a
// line only (`before`: the byte before `bytes`).
qsizetype lastEventStart(Dialect dialect, QByteArrayView bytes, char before)
{
    static constexpr QByteArrayView openAi[] = {"data: [DONE]", "data:[DONE]"};
    static constexpr QByteArrayView anthropic[] = {"event: message_stop", "event:message_stop"};
    static constexpr QByteArrayView responses[] = {"event: response.completed", "event: response.incomplete", "event: response.failed"};
    const std::span<const QByteArrayView> markers = dialect == Dialect::AnthropicMessages ? std::span<const QByteArrayView>(anthropic)
        : dialect == Dialect::OpenAiResponses                                             ? std::span<const QByteArrayView>(responses)
                                                                                          : std::span<const QByteArrayView>(openAi);
    qsizetype found = -1;
    for (QByteArrayView marker : markers) {
        for (qsizetype at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) {
            const char previous = at > 0 ? bytes.at(at - 1) : before;
            if (previous == '\n' || previous == '\r') {
                if (found < 0 || at < found)
                    found = at;
                break;
            }
        }
    }
    if (found < 0)
        return -1;
    const qsizetype blank = std::max(bytes.first(found).lastIndexOf("\n\n"), bytes.first(found).lastIndexOf("\r\n\r\n"));
    if (blank < 0)
        return 0;
    return bytes.at(blank + 1) == '\n' ? blank + 2 : blank + 4;
}

// The events a whole response amounts to (a stream that got a non-streamed answer).
QList<StreamEvent> eventsFor(const protocol::ChatResponse &r)
{
    QList<StreamEvent> events{StreamEvent::messageStart(r.id, r.model)};
    for (const protocol::ContentPart &part : r.message.content) {
        if (part.type == protocol::ContentPart::Type::Reasoning)
            events << StreamEvent::reasoningDelta(part.text, part.signature);
        else if (part.type == protocol::ContentPart::Type::Text && !part.text.isEmpty())
            events << StreamEvent::textDelta(part.text);
    }
    for (int i = 0; i < r.message.toolCalls.size(); ++i) {
        const protocol::ToolCall &c = r.message.toolCalls.at(i);
        StreamEvent start = StreamEvent::toolCallStart(i, c.id, c.name);
        start.signature = c.signature;
        events << start << StreamEvent::toolCallDelta(i, c.arguments) << StreamEvent::toolCallEnd(i);
    }
    events << StreamEvent::usageEvent(r.usage) << StreamEvent::finish(r.finishReason);
    return events;
}

} // namespace

// ------------------------------------------------------------------------------------------------
const ProxyKey *Shared::authenticate(QByteArrayView presented) const
{
    if (teamKeys) {
        if (const team::ActiveKey *key = teamKeys->find(presented))
            return teamProxyKey(*key);
    }
    const QByteArray digest = team::keyDigest(presented);
    const ProxyKey *found = nullptr;
    for (const ProxyKey &k : keys) {
        // every key is compared: the time does not depend on which one matched
        if (team::sameDigest(digest, k.digest) && !presented.isEmpty() && !found)
            found = &k;
    }
    return found;
}

const ProxyKey *Shared::teamProxyKey(const team::ActiveKey &key) const
{
    QMutexLocker lock(&m_teamMutex);
    std::shared_ptr<const ProxyKey> &made = m_teamProxyKeys[&key];
    if (!made)
        made = std::make_shared<const ProxyKey>(ProxyKey{key.id, key.digest, {}, key.requestsPerMinute, key.member, key.role});
    return made.get();
}

bool Shared::hostAllowed(QByteArrayView hostHeader) const
{
    QByteArray name = hostHeader.trimmed().toByteArray().toLower();
    if (name.isEmpty())
        return true;
    if (name.startsWith('[')) { // [v6]:port
        const qsizetype close = name.indexOf(']');
        name = close > 0 ? name.mid(1, close - 1) : QByteArray();
    } else if (name.count(':') == 1) {
        name.truncate(name.indexOf(':'));
    }
    if (name.endsWith('.'))
        name.chop(1);
    if (name.isEmpty())
        return false;
    // RFC 6761: browsers resolve localhost and *.localhost to loopback themselves, never through DNS
    if (name == "localhost" || name.endsWith(".localhost"))
        return true;
    if (!QHostAddress(QString::fromLatin1(name)).isNull())
        return true;
    return allowedHosts.contains(name);
}

bool Shared::allows(const ProxyKey &key, const QString &model)
{
    if (key.allowedModels.isEmpty())
        return true;
    for (const QString &allowed : key.allowedModels) {
        if (allowed == model || allowed == QLatin1String("*"))
            return true;
        if (allowed.endsWith(QLatin1Char('*')) && model.startsWith(QStringView(allowed).chopped(1)))
            return true;
    }
    return false;
}

// ------------------------------------------------------------------------------------------------
RateLimiter::RateLimiter()
{
    m_clock.start();
}

qint64 RateLimiter::acquire(const ProxyKey &key)
{
    if (key.requestsPerMinute <= 0)
        return 0;
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(&key);
    if (it == m_buckets.end()) {
        Bucket fresh;
        fresh.perMs = key.requestsPerMinute / 60'000.0;
        fresh.capacity = key.requestsPerMinute;
        fresh.tokens = fresh.capacity;
        fresh.lastMs = now;
        it = m_buckets.insert(&key, fresh);
    }
    Bucket &b = *it;
    b.tokens = std::min(b.capacity, b.tokens + double(now - b.lastMs) * b.perMs);
    b.lastMs = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return qint64(std::ceil((1 - b.tokens) / b.perMs));
}

// ------------------------------------------------------------------------------------------------
Worker::Worker(std::shared_ptr<const Shared> shared)
    : m_shared(std::move(shared))
{
}

Worker::~Worker() = default;

void Worker::init()
{
    auto network = std::make_unique<DirectHttpManager>();
    providers::DirectTransport *direct = network.get();
    m_host = std::make_unique<engine::RouterHost>(m_shared->engine, providers::Timeouts{}, std::move(network), direct);
    for (Dialect d : protocol::allDialects())
        m_codecs.at(std::size_t(d)) = protocol::makeCodec(d);
}

void Worker::shutdown()
{
    m_stopping = true;
    const QList<Connection *> connections = findChildren<Connection *>(Qt::FindDirectChildrenOnly);
    for (Connection *c : connections)
        delete c; // cancels its dispatch (Dispatch's destructor cancels the provider call)
    m_workflows.reset();
    m_knowledge.reset();
    m_host.reset();
}

KnowledgeService &Worker::knowledge()
{
    if (!m_knowledge)
        m_knowledge = std::make_unique<KnowledgeService>(&m_host->router(), m_shared->engine->database());
    return *m_knowledge;
}

WorkflowService &Worker::workflows()
{
    if (!m_workflows)
        m_workflows = std::make_unique<WorkflowService>(m_shared->engine, &m_host->router());
    return *m_workflows;
}

void Worker::adopt(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket;
    if (m_stopping || !m_host || !socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new Connection(*this, socket);
}

// ------------------------------------------------------------------------------------------------
Listener::Listener(QList<Worker *> workers, QObject *parent)
    : QTcpServer(parent)
    , m_workers(std::move(workers))
{
}

Listener::~Listener() = default;

void Listener::incomingConnection(qintptr socketDescriptor)
{
    Worker *w = m_workers.at(m_next);
    m_next = (m_next + 1) % m_workers.size();
    if (w->thread() == QThread::currentThread())
        w->adopt(socketDescriptor);
    else
        QMetaObject::invokeMethod(
            w, [w, socketDescriptor] { w->adopt(socketDescriptor); }, Qt::QueuedConnection);
}

// ------------------------------------------------------------------------------------------------
Connection::Connection(Worker &worker, QTcpSocket *socket)
    : QObject(&worker)
    , m_worker(worker)
    , m_socket(socket)
    , m_parser(worker.shared().maxBodyBytes)
{
    m_socket->setParent(this);
    // a connection that sends no request for this long is closed (idle keep-alive, or a client that
    // never finishes its request head)
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(worker.shared().idleTimeoutMs);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_ex)
            return;
        m_gone = true;
        m_socket->abort();
        deleteLater();
    });
    m_idleTimer->start();
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
}

Connection::~Connection()
{
    if (m_ex && m_ex->dispatch) {
        m_ex->dispatch->disconnect(this);
        delete m_ex->dispatch.data();
    }
    m_socket->disconnect(this);
    m_socket->abort();
}

void Connection::abort()
{
    m_socket->abort();
}

bool Connection::clientGone() const
{
    return m_gone || m_socket->state() != QAbstractSocket::ConnectedState;
}

bool Connection::completedAsClientGone()
{
    if (!clientGone())
        return false;
    m_ex->log.status = 499;
    m_ex->log.error = QStringLiteral("the client closed the connection");
    complete();
    return true;
}

void Connection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_closing)
        return; // draining what a refused client still sends
    m_parser.append(bytes);
    if (!m_ex)
        process();
}

void Connection::onDisconnected()
{
    m_gone = true;
    if (m_ex) {
        m_ex->log.status = 499;
        m_ex->log.error = QStringLiteral("the client closed the connection");
        if (m_ex->dispatch) {
            m_ex->dispatch->cancel(); // finishes at once or after the provider call noticed
            return;
        }
    }
    deleteLater();
}

void Connection::process()
{
    while (!m_ex && !m_closing && !m_gone) {
        const http::Parser::State state = m_parser.advance();
        if (state == http::Parser::State::NeedMore)
            return;
        if (state == http::Parser::State::HeadComplete) {
            if (m_parser.takeExpectContinue())
                write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            return;
        }
        if (state == http::Parser::State::Error) {
            m_ex = std::make_unique<Exchange>(m_worker.shared().life.get());
            m_ex->clock.start();
            m_ex->log.time = QDateTime::currentDateTimeUtc();
            m_ex->keepAlive = false;
            m_ex->refusedUnread = true;
            if (m_parser.headParsed()) {
                const http::Request &r = m_parser.request();
                m_ex->request.path = r.path;
                m_ex->request.method = r.method;
                m_ex->log.endpoint = QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
                m_ex->dialect = dialectForPath(endpointPath(r.path), r);
            }
            sendParseError(m_parser.errorStatus(), m_parser.errorMessage(), m_ex->request.path);
            return;
        }
        begin(m_parser.take());
    }
}

void Connection::begin(http::Request request)
{
    m_idleTimer->stop();
    m_ex = std::make_unique<Exchange>(m_worker.shared().life.get());
    m_ex->clock.start();
    m_ex->log.time = QDateTime::currentDateTimeUtc();
    m_ex->keepAlive = request.keepAlive();
    m_ex->log.endpoint = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    m_ex->request = std::move(request);
    route();
}

const ProxyKey *Connection::authorize(bool &refused, Access access)
{
    refused = false;
    const Shared &shared = m_worker.shared();
    if (!shared.authRequired())
        return nullptr;
    const QByteArray presented = presentedKey(m_ex->request);
    const ProxyKey *key = shared.authenticate(presented);
    if (!key) {
        refused = true;
        const QString how = m_ex->dialect == Dialect::Gemini ? QStringLiteral("x-goog-api-key: KEY (or ?key=KEY)")
                                                             : QStringLiteral("Authorization: Bearer KEY or x-api-key: KEY");
        sendError(ApiError::make(
            ApiError::Kind::Auth,
            presented.isEmpty() ? QStringLiteral("missing proxy key: send it as %1").arg(how) : QStringLiteral("invalid proxy key"), 401));
        return nullptr;
    }
    m_ex->log.keyName = key->member.isEmpty() ? key->name : key->member + QLatin1Char('/') + key->name;
    if (!key->member.isEmpty() && key->role == team::Role::Viewer && access == Access::Models) {
        refused = true;
        sendError(ApiError::make(ApiError::Kind::Permission,
                                 QStringLiteral("the key %1 belongs to '%2', a viewer: viewers see usage only; an admin can change that with "
                                                "switchboard-cli team member role %2 member")
                                     .arg(key->name, key->member),
                                 403));
        return nullptr;
    }
    return key;
}

bool Connection::refusedMethod(bool wantsGet)
{
    const http::Request &r = m_ex->request;
    if (r.method == (wantsGet ? "GET" : "POST"))
        return false;
    sendError(ApiError::make(ApiError::Kind::InvalidRequest,
                             QStringLiteral("%1 takes %2").arg(r.path, wantsGet ? QStringLiteral("GET") : QStringLiteral("POST")), 405));
    return true;
}

bool Connection::refusedModel(const ProxyKey *key, const QString &model)
{
    if (!key || Shared::allows(*key, model))
        return false;
    sendError(ApiError::make(ApiError::Kind::Permission, QStringLiteral("the proxy key '%1' may not use the model '%2'").arg(key->name, model), 403));
    return true;
}

bool Connection::rateLimited(const ProxyKey *key)
{
    const Shared &shared = m_worker.shared();
    if (!key || !shared.limiter || key->requestsPerMinute <= 0)
        return false;
    qint64 waitMs = 0;
    if (shared.sharedRateLimit && !key->member.isEmpty()) {
        // a team key on the team's database: the limit holds for all its serves together
        const Expected<qint64> held = shared.sharedRateLimit->acquire(key->name, key->requestsPerMinute);
        if (!held) {
            sendError(ApiError::make(
                ApiError::Kind::Overloaded,
                QStringLiteral("the key's rate limit cannot be checked (%1); try again, or see the server's log").arg(held.error().message), 503));
            return true;
        }
        waitMs = *held;
    } else {
        waitMs = shared.limiter->acquire(*key);
    }
    if (waitMs <= 0)
        return false;
    const qint64 perMinute = key->requestsPerMinute;
    ApiError e = ApiError::make(ApiError::Kind::RateLimited,
                                QStringLiteral("the proxy key '%1' is limited to %2 requests a minute; retry in %3 s")
                                    .arg(key->name)
                                    .arg(perMinute)
                                    .arg((waitMs + 999) / 1000),
                                429);
    e.retryAfter = std::chrono::milliseconds(waitMs);
    sendError(e);
    return true;
}

// A web page in the user's browser can reach a loopback server: with a "simple" cross-site POST
// (text/plain, no preflight) it could spend credits, and with DNS rebinding (its own name resolving to
// 127.0.0.1) it could read the answers. So: the Host must name this server, a request from a page
// (it carries Origin) must come from an allowed origin, and bodies must be declared JSON, which a
// browser only sends cross-site after a preflight that this server answers for allowed origins only.
bool Connection::refusedByBrowserChecks()
{
    const http::Request &r = m_ex->request;
    const Shared &shared = m_worker.shared();
    if (!shared.hostAllowed(r.header("host"))) {
        sendError(ApiError::make(ApiError::Kind::Permission,
                                 QStringLiteral("the Host header '%1' is not a name this proxy serves; if it is yours, add it to the "
                                                "workspace's proxy.allowedHosts or pass serve --allow-host %1")
                                     .arg(QString::fromLatin1(r.header("host").left(200))),
                                 403));
        return true;
    }
    if (r.hasHeader("origin")) {
        const QByteArray origin = r.header("origin");
        if (!shared.originAllowed(origin)) {
            sendError(ApiError::make(ApiError::Kind::Permission,
                                     QStringLiteral("requests from web pages are refused: the origin '%1' is not allowed; if you trust it, add it "
                                                    "to the workspace's proxy.allowedOrigins or pass serve --allow-origin %1")
                                         .arg(QString::fromLatin1(origin.left(200))),
                                     403));
            return true;
        }
        m_ex->corsOrigin = origin;
    }
    if (r.method == "OPTIONS") {
        m_ex->log.status = 204;
        const bool mcp = endpointPath(r.path) == QLatin1String("/mcp"); // ends a session with DELETE
        QList<std::pair<QByteArray, QByteArray>> headers{
            {QByteArrayLiteral("Allow"), mcp ? QByteArrayLiteral("GET, POST, DELETE, OPTIONS") : QByteArrayLiteral("GET, HEAD, POST, OPTIONS")}};
        if (!m_ex->corsOrigin.isEmpty()) {
            headers.append({QByteArrayLiteral("Access-Control-Allow-Methods"),
                            mcp ? QByteArrayLiteral("GET, POST, DELETE, OPTIONS") : QByteArrayLiteral("GET, POST, OPTIONS")});
            const QByteArray asked = r.header("access-control-request-headers");
            headers.append({QByteArrayLiteral("Access-Control-Allow-Headers"),
                            asked.isEmpty() ? QByteArrayLiteral(
                                "authorization, content-type, x-api-key, anthropic-version, anthropic-beta, x-goog-api-key, x-goog-api-client")
                                            : asked});
            headers.append({QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600")});
        }
        appendCorsHeaders(headers);
        write(http::responseHead(204, headers, 0, m_ex->keepAlive));
        complete();
        return true;
    }
    if (r.method == "POST") {
        const QByteArray type = r.header("content-type").split(';').first().trimmed().toLower();
        if (type != "application/json") {
            sendError(ApiError::make(ApiError::Kind::InvalidRequest,
                                     QStringLiteral("the body must be JSON sent with Content-Type: application/json (got '%1')")
                                         .arg(QString::fromLatin1(r.header("content-type").left(100))),
                                     415));
            return true;
        }
    }
    return false;
}

void Connection::appendCorsHeaders(QList<std::pair<QByteArray, QByteArray>> &headers) const
{
    if (!m_ex->request.hasHeader("origin"))
        return;
    headers.append({QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin")});
    if (m_ex->corsOrigin.isEmpty())
        return;
    headers.append({QByteArrayLiteral("Access-Control-Allow-Origin"), m_ex->corsOrigin});
    headers.append({QByteArrayLiteral("Access-Control-Expose-Headers"), QByteArrayLiteral("Retry-After, Mcp-Session-Id")});
}

void Connection::route()
{
    const http::Request &r = m_ex->request;
    const QString path = endpointPath(r.path);
    m_ex->dialect = dialectForPath(path, r);
    m_ex->log.dialect = protocol::toString(m_ex->dialect);
    if (refusedByBrowserChecks())
        return;
    const bool get = r.method == "GET";

    if (path == QLatin1String("/health")) {
        if (!get && r.method != "HEAD") {
            sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("use GET /health"), 405));
            return;
        }
        m_ex->log.dialect.clear();
        sendJson(200,
                 json({{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("version"), QStringLiteral(SWITCHBOARD_VERSION_STRING)}}));
        return;
    }

    if (path == QLatin1String("/ready")) {
        if (!get && r.method != "HEAD") {
            sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("use GET /ready"), 405));
            return;
        }
        m_ex->log.dialect.clear();
        ready();
        return;
    }

    if (path == QLatin1String("/mcp")) {
        mcp();
        return;
    }
    if (path == QLatin1String("/metrics")) {
        metrics();
        return;
    }
    if (path.startsWith(QLatin1String("/team/"))) {
        team();
        return;
    }
    if (m_ex->dialect == Dialect::Gemini) {
        gemini(path);
        return;
    }
    // "/knowledge/NAME/search", NAME not empty
    const bool knowledgeSearchPath = path.size() > 18 && path.startsWith(QLatin1String("/knowledge/")) && path.endsWith(QLatin1String("/search"));
    const bool known = knowledgeSearchPath || path == QLatin1String("/chat/completions") || path == QLatin1String("/responses")
        || path == QLatin1String("/messages") || path == QLatin1String("/messages/count_tokens") || path == QLatin1String("/embeddings")
        || path == QLatin1String("/models") || path.startsWith(QLatin1String("/models/"));
    if (!known) {
        sendError(
            ApiError::make(ApiError::Kind::NotFound, QStringLiteral("no such endpoint: %1 %2").arg(QString::fromLatin1(r.method), r.path), 404));
        return;
    }
    if (refusedMethod(path == QLatin1String("/models") || path.startsWith(QLatin1String("/models/"))))
        return;
    bool refused = false;
    const ProxyKey *key = authorize(refused);
    if (refused)
        return;

    const bool callsUpstream = path == QLatin1String("/chat/completions") || path == QLatin1String("/responses") || path == QLatin1String("/messages")
        || path == QLatin1String("/embeddings") || knowledgeSearchPath; // a search embeds its query
    if (callsUpstream && rateLimited(key))
        return;

    if (path == QLatin1String("/chat/completions"))
        chat(Dialect::OpenAiChat, key);
    else if (path == QLatin1String("/responses"))
        chat(Dialect::OpenAiResponses, key);
    else if (path == QLatin1String("/messages"))
        chat(Dialect::AnthropicMessages, key);
    else if (path == QLatin1String("/messages/count_tokens"))
        countTokens(key);
    else if (path == QLatin1String("/embeddings"))
        embeddings(key);
    else if (knowledgeSearchPath)
        knowledgeSearch(key, path.mid(11).chopped(7));
    else
        models(key, path == QLatin1String("/models") ? QString() : path.mid(8));
}

// Gemini's REST API under /v1beta (and /v1): `path` is "/models", "/models/{model}" or
// "/models/{model}:{method}"; the model may be a virtual model, a route or PROVIDER/MODEL.
void Connection::gemini(const QString &path)
{
    const http::Request &r = m_ex->request;
    const bool list = path == QLatin1String("/models");
    const QString rest = path.startsWith(QLatin1String("/models/")) ? path.mid(8) : QString();
    const QString method = geminiMethod(rest);
    const QString model = method.isEmpty() ? rest : rest.chopped(method.size() + 1);
    if ((!list && model.isEmpty()) || (r.method == "POST" && method.isEmpty())) {
        sendError(ApiError::make(ApiError::Kind::NotFound,
                                 QStringLiteral("no such endpoint: %1 %2 (Gemini's are GET models, GET models/{model} and POST models/{model}:%3)")
                                     .arg(QString::fromLatin1(r.method), r.path, geminiMethods().join(QStringLiteral(", :"))),
                                 404));
        return;
    }
    const bool wantsGet = method.isEmpty();
    if (refusedMethod(wantsGet))
        return;
    bool refused = false;
    const ProxyKey *key = authorize(refused);
    if (refused)
        return;
    if (!wantsGet && method != QLatin1String("countTokens") && rateLimited(key))
        return;
    if (method == QLatin1String("generateContent") || method == QLatin1String("streamGenerateContent"))
        chat(Dialect::Gemini, key, protocol::RequestContext{model, method == QLatin1String("streamGenerateContent")});
    else if (method == QLatin1String("countTokens"))
        geminiCountTokens(key, model);
    else if (method == QLatin1String("embedContent") || method == QLatin1String("batchEmbedContents"))
        geminiEmbed(key, model, method == QLatin1String("batchEmbedContents"));
    else
        models(key, model);
}

// ------------------------------------------------------------------------------------------------
void Connection::chat(Dialect dialect, const ProxyKey *key, const protocol::RequestContext &requestContext)
{
    m_ex->dialect = dialect;
    m_ex->log.dialect = protocol::toString(dialect);
    const protocol::Codec &codec = m_worker.codec(dialect);
    auto decoded = codec.decodeRequest(m_ex->request.body, requestContext);
    if (!decoded) {
        sendError(decoded.error());
        return;
    }
    protocol::ChatRequest request = std::move(decoded).value();
    // ids that came back carrying a signature (protocol::idWithSignature): plain again before anything
    // else sees them; Gemini clients have a field of their own
    m_ex->signIds = dialect != Dialect::Gemini;
    if (m_ex->signIds)
        protocol::takeSignaturesFromIds(request);
    m_ex->log.modelRequested = request.model;
    m_ex->stream = request.stream;
    m_ex->log.stream = request.stream;
    if (request.model.isEmpty()) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("model is required"), 400));
        return;
    }
    if (refusedModel(key, request.model))
        return;
    if (request.stream) {
        // Gemini streams Server-Sent Events with alt=sse, else one JSON array whose elements come as they are made
        m_ex->geminiArray = dialect == Dialect::Gemini && queryValue(m_ex->request, QStringLiteral("alt")) != QLatin1String("sse");
        m_ex->encoder = newStreamEncoder();
    }
    if (request.model.startsWith(kWorkflowModelPrefix)) {
        chatWithWorkflow(request, key);
        return;
    }
    const router::VirtualModel *virtualModel = m_worker.host().router().config().virtualModel(request.model);
    if (virtualModel && !virtualModel->knowledge.isEmpty()) {
        chatWithKnowledge(std::move(request), *virtualModel, key);
        return;
    }
    dispatchChat(request, key, false);
}

// A call of this client's: counted under its key, with the dialect it spoke
router::DispatchContext Connection::dispatchContext(const ProxyKey *key) const
{
    router::DispatchContext context;
    context.source = usage::Source::Proxy;
    if (key) {
        context.sourceKey = key->name;
        context.proxyKey = key->name;
        context.member = key->member;
    }
    context.clientDialect = m_ex->dialect;
    return context;
}

void Connection::dispatchChat(const protocol::ChatRequest &request, const ProxyKey *key, bool rewritten)
{
    const Dialect dialect = m_ex->dialect;
    router::DispatchContext context = dispatchContext(key);
    if (dialect == Dialect::AnthropicMessages) {
        // Claude Code sends the API version and beta features it relies on; an Anthropic upstream gets them
        context.headersDialect = Dialect::AnthropicMessages;
        for (const QByteArray &name : {QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("anthropic-beta")}) {
            if (m_ex->request.hasHeader(name))
                context.headers.append({name, m_ex->request.header(name)});
        }
    }
    const bool passthrough = !rewritten && passthroughAllowed(dialect, request.stream, m_ex->request.body);
    if (passthrough) {
        context.rawDialect = dialect;
        context.rawBody = m_ex->request.body;
    }
    // An OpenAI chat stream that did not ask for usage (stream_options.include_usage) is upstream asked
    // for it anyway, to cost the call; the usage chunk (choices: []) stays here: clients that read
    // choices[0] of every chunk break on it.
    m_ex->withholdUsage = request.stream && dialect == Dialect::OpenAiChat && !passthrough;
    m_ex->toolAliases = request.toolAliases;
    protocol::ChatRequest hostedProbe; // what decides which hosted tools an upstream runs, without the rest
    hostedProbe.hostedTools = request.hostedTools;
    if (!request.tools.isEmpty())
        hostedProbe.tools.append(request.tools.constFirst());
    router::Dispatch *dispatch = m_worker.host().router().dispatch(request, context, this);
    m_ex->dispatch = dispatch;
    if (!hostedProbe.hostedTools.isEmpty()) {
        // the virtual model's default: run without them and say so (X-Switchboard-Dropped-Tools)
        connect(dispatch, &router::Dispatch::attemptStarted, this, [this, hostedProbe](const QString &target) {
            if (m_ex)
                m_ex->droppedTools = m_worker.host().router().hostedToolsDropped(hostedProbe, target).join(QStringLiteral(", ")).toUtf8();
        });
    }
    connect(dispatch, &router::Dispatch::raw, this, &Connection::onRaw);
    connect(dispatch, &router::Dispatch::event, this, &Connection::onEvent);
    connect(dispatch, &router::Dispatch::finished, this, &Connection::onDispatchFinished);
}

void Connection::onRaw(const QByteArray &bytes)
{
    if (!m_ex || !m_ex->stream || clientGone())
        return;
    if (!m_ex->headersSent)
        writeStreamHead();
    m_ex->rawStream = true;
    if (!m_ex->holding && !bytes.isEmpty()) {
        const qsizetype last = lastEventStart(m_ex->dialect, bytes, m_ex->rawLastByte);
        m_ex->rawLastByte = bytes.back();
        if (last >= 0) {
            writeStreamBytes(bytes.first(last));
            m_ex->holding = true;
            writeStreamBytes(bytes.sliced(last));
            return;
        }
    }
    writeStreamBytes(bytes);
}

void Connection::onEvent(const StreamEvent &event)
{
    if (!m_ex || !m_ex->stream || m_ex->terminated || clientGone())
        return;
    if (!m_ex->headersSent)
        writeStreamHead();
    if (m_ex->log.ttftMs < 0
        && (event.type == StreamEvent::Type::TextDelta || event.type == StreamEvent::Type::ReasoningDelta
            || event.type == StreamEvent::Type::ToolCallStart))
        m_ex->log.ttftMs = m_ex->clock.elapsed();
    if (event.type == StreamEvent::Type::Finish || event.type == StreamEvent::Type::Error)
        m_ex->holding = true; // the answer's end: sent once its row is on disk
    if (!m_ex->rawStream && !(m_ex->withholdUsage && event.type == StreamEvent::Type::Usage)) { // passthrough: the bytes went already
        const auto alias = event.type == StreamEvent::Type::ToolCallStart ? m_ex->toolAliases.constFind(event.name) : m_ex->toolAliases.cend();
        const bool sign = event.type == StreamEvent::Type::ToolCallStart && m_ex->signIds && !event.signature.isEmpty();
        if (alias != m_ex->toolAliases.cend() || sign) {
            StreamEvent call = event;
            if (alias != m_ex->toolAliases.cend()) { // a namespaced tool, named back the way the client offered it
                call.name = alias->name;
                call.toolNamespace = alias->toolNamespace;
            }
            if (sign) // the signature rides in the id the client echoes
                call.id = protocol::idWithSignature(call.id, call.signature);
            writeStreamBytes(m_ex->encoder->encode(call));
        } else {
            writeStreamBytes(m_ex->encoder->encode(event));
        }
    }
    if (event.type == StreamEvent::Type::Finish || event.type == StreamEvent::Type::Error)
        m_ex->terminated = true;
}

void Connection::onDispatchFinished(const router::DispatchResult &result)
{
    if (!m_ex)
        return;
    // Kept until the next call finishes or the connection goes (it is on the stack now, emitting this
    // signal): a deleteLater per call is one more wake-up and pass of the event loop.
    delete m_spentDispatch.data();
    m_spentDispatch = m_ex->dispatch;
    m_ex->dispatch = nullptr;
    const providers::CallOutcome &outcome = result.outcome;
    RequestLogEntry &log = m_ex->log;
    log.provider = result.provider;
    log.model = result.model;
    log.inputTokens = outcome.response.usage.totalInputTokens();
    log.outputTokens = outcome.response.usage.outputTokens;
    log.costUsd = result.costUsd;
    log.costKnown = result.costKnown;
    if (!m_ex->stream && outcome.ttftMs >= 0)
        log.ttftMs = outcome.ttftMs;

    if (m_gone || clientGone()) {
        log.status = 499;
        if (log.error.isEmpty())
            log.error = QStringLiteral("the client closed the connection");
        complete();
        return;
    }
    if (!m_ex->stream || !m_ex->headersSent) {
        if (outcome.error) {
            sendError(forClient(*outcome.error));
            return;
        }
        if (!m_ex->stream) {
            if (!outcome.rawBody.isEmpty()) {
                sendJson(200, outcome.rawBody);
                return;
            }
            protocol::ChatResponse response = outcome.response;
            for (protocol::ToolCall &c : response.message.toolCalls) {
                if (const auto alias = m_ex->toolAliases.constFind(c.name); alias != m_ex->toolAliases.cend()) {
                    c.name = alias->name;
                    c.toolNamespace = alias->toolNamespace;
                }
                if (m_ex->signIds)
                    c.id = protocol::idWithSignature(c.id, c.signature);
            }
            sendJson(200, m_worker.codec(m_ex->dialect).encodeResponse(response));
            return;
        }
        for (const StreamEvent &e : eventsFor(outcome.response))
            onEvent(e);
    }
    // the row is on disk (or could not be written): the held end of the answer may go
    m_ex->holding = false;
    if (result.unrecorded) {
        // answered upstream but not billed: the client gets why instead of the answer's end
        log.error = outcome.error->message;
        m_ex->heldTail.clear();
        // a fresh encoder: this one may have closed the message already (into the held bytes); a JSON
        // array stream whose first elements went out goes on after a comma rather than opening a second array
        writeStreamBytes(newStreamEncoder(m_ex->streamBodySent)->encode(StreamEvent::errorEvent(*outcome.error)));
        m_ex->terminated = true;
        endStream();
        return;
    }
    releaseHeldEnd();
    if (outcome.error) {
        log.error = outcome.error->message;
        if (!m_ex->terminated)
            writeStreamBytes(m_ex->encoder->encode(StreamEvent::errorEvent(forClient(*outcome.error))));
    } else if (!m_ex->terminated && !m_ex->rawStream) {
        writeStreamBytes(m_ex->encoder->finish());
    }
    m_ex->terminated = true;
    endStream();
}

// ------------------------------------------------------------------------------------------------
void Connection::countTokens(const ProxyKey *key)
{
    m_ex->dialect = Dialect::AnthropicMessages;
    m_ex->log.dialect = protocol::toString(Dialect::AnthropicMessages);
    auto parsed = parseBody(m_ex->request.body);
    if (!parsed) {
        sendError(parsed.error());
        return;
    }
    QJsonObject body = parsed.value();
    if (!body.contains(QLatin1String("max_tokens")))
        body.insert(QStringLiteral("max_tokens"), 1); // count_tokens takes no max_tokens; the decoder wants one
    auto decoded = m_worker.codec(Dialect::AnthropicMessages).decodeRequest(json(body));
    if (!decoded) {
        sendError(decoded.error());
        return;
    }
    m_ex->log.modelRequested = decoded->model;
    if (!decoded->model.isEmpty() && refusedModel(key, decoded->model))
        return;
    const qint64 tokens = router::estimateInputTokens(decoded.value());
    m_ex->log.inputTokens = tokens;
    sendJson(200, json({{QStringLiteral("input_tokens"), tokens}}));
}

// {"contents": [...]} or {"generateContentRequest": {...}}: {"totalTokens": N}, estimated as for Anthropic's count_tokens
void Connection::geminiCountTokens(const ProxyKey *key, const QString &model)
{
    m_ex->log.modelRequested = model;
    auto parsed = parseBody(m_ex->request.body);
    if (!parsed) {
        sendError(parsed.error());
        return;
    }
    const QJsonObject body = parsed->value(QLatin1String("generateContentRequest")).isObject()
        ? parsed->value(QLatin1String("generateContentRequest")).toObject()
        : parsed.value();
    auto decoded = m_worker.codec(Dialect::Gemini).decodeRequest(json(body), protocol::RequestContext{model, false});
    if (!decoded) {
        sendError(decoded.error());
        return;
    }
    if (refusedModel(key, model))
        return;
    const qint64 tokens = router::estimateInputTokens(decoded.value());
    m_ex->log.inputTokens = tokens;
    sendJson(200, json({{QStringLiteral("totalTokens"), tokens}}));
}

void Connection::models(const ProxyKey *key, const QString &single)
{
    const bool anthropic = m_ex->dialect == Dialect::AnthropicMessages;
    m_ex->log.dialect = protocol::toString(m_ex->dialect);
    QStringList offered = m_worker.host().router().offeredModels() + m_worker.workflows().models();
    if (key) {
        offered.erase(std::remove_if(offered.begin(), offered.end(), [key](const QString &m) { return !Shared::allows(*key, m); }), offered.end());
    }
    const bool gemini = m_ex->dialect == Dialect::Gemini;
    auto entry = [anthropic, gemini](const QString &id) {
        if (gemini)
            return QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("models/") + id)},
                               {QStringLiteral("baseModelId"), id},
                               {QStringLiteral("version"), QStringLiteral(SWITCHBOARD_VERSION_STRING)},
                               {QStringLiteral("displayName"), id},
                               {QStringLiteral("supportedGenerationMethods"), QJsonArray::fromStringList(geminiMethods())}};
        if (anthropic)
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("model")},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("display_name"), id},
                               {QStringLiteral("created_at"), QStringLiteral("1970-01-01T00:00:00Z")}};
        const qsizetype slash = id.indexOf(QLatin1Char('/'));
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("object"), QStringLiteral("model")},
                           {QStringLiteral("created"), 0},
                           {QStringLiteral("owned_by"), slash > 0 ? id.left(slash) : QStringLiteral("switchboard")}};
    };
    if (!single.isEmpty()) {
        if (!offered.contains(single)) {
            sendError(ApiError::make(ApiError::Kind::NotFound, QStringLiteral("no such model: %1").arg(single), 404));
            return;
        }
        sendJson(200, json(entry(single)));
        return;
    }
    QJsonArray data;
    for (const QString &m : std::as_const(offered))
        data.append(entry(m));
    if (gemini) {
        sendJson(200, json({{QStringLiteral("models"), data}}));
    } else if (anthropic) {
        sendJson(200,
                 json({{QStringLiteral("data"), data},
                       {QStringLiteral("has_more"), false},
                       {QStringLiteral("first_id"), offered.isEmpty() ? QJsonValue() : QJsonValue(offered.constFirst())},
                       {QStringLiteral("last_id"), offered.isEmpty() ? QJsonValue() : QJsonValue(offered.constLast())}}));
    } else {
        sendJson(200, json({{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}}));
    }
}

void Connection::embeddings(const ProxyKey *key)
{
    m_ex->log.dialect = protocol::toString(Dialect::OpenAiChat);
    auto parsed = parseBody(m_ex->request.body);
    if (!parsed) {
        sendError(parsed.error());
        return;
    }
    const QJsonObject body = parsed.value();
    const QString model = body.value(QLatin1String("model")).toString();
    m_ex->log.modelRequested = model;
    QStringList inputs;
    const QJsonValue input = body.value(QLatin1String("input"));
    if (input.isString()) {
        inputs << input.toString();
    } else if (input.isArray()) {
        for (const QJsonValue &v : input.toArray()) {
            if (!v.isString()) {
                sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("input must be a string or an array of strings"), 400));
                return;
            }
            inputs << v.toString();
        }
    }
    if (inputs.isEmpty()) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("input must be a non-empty string or array of strings"), 400));
        return;
    }
    if (model.isEmpty()) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest,
                                 QStringLiteral("model is required (PROVIDER/MODEL, or a route or virtual model of embedding models)"), 400));
        return;
    }
    embed(key, model, inputs);
}

// embedContent ({"content": {"parts": [{"text"}]}}) and batchEmbedContents ({"requests": [that, ...]})
void Connection::geminiEmbed(const ProxyKey *key, const QString &model, bool batch)
{
    m_ex->geminiBatch = batch;
    m_ex->log.modelRequested = model;
    auto parsed = parseBody(m_ex->request.body);
    if (!parsed) {
        sendError(parsed.error());
        return;
    }
    const QJsonArray requests = batch ? parsed->value(QLatin1String("requests")).toArray() : QJsonArray{parsed.value()};
    QStringList inputs;
    for (const QJsonValue &request : requests) {
        QStringList texts;
        for (const QJsonValue &part : request.toObject().value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray()) {
            if (part.toObject().value(QLatin1String("text")).isString())
                texts << part.toObject().value(QLatin1String("text")).toString();
        }
        if (texts.isEmpty()) {
            sendError(ApiError::make(ApiError::Kind::InvalidRequest,
                                     batch ? QStringLiteral("requests[%1].content.parts must hold text").arg(inputs.size())
                                           : QStringLiteral("content.parts must hold text"),
                                     400));
            return;
        }
        inputs << texts.join(QLatin1Char('\n'));
    }
    if (inputs.isEmpty()) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("requests must be a non-empty array"), 400));
        return;
    }
    embed(key, model, inputs);
}

void Connection::embed(const ProxyKey *key, const QString &model, const QStringList &inputs)
{
    if (refusedModel(key, model))
        return;
    // through the router like a chat: priced in the ledger, under the budgets, with health and failover
    router::DispatchContext context = dispatchContext(key);
    router::Dispatch *dispatch = m_worker.host().router().embed(model, inputs, context, this);
    m_ex->dispatch = dispatch;
    connect(dispatch, &router::Dispatch::finished, this, &Connection::onEmbeddingsFinished);
}

void Connection::onEmbeddingsFinished(const router::DispatchResult &result)
{
    if (!m_ex)
        return;
    delete m_spentDispatch.data(); // as in onDispatchFinished
    m_spentDispatch = m_ex->dispatch;
    m_ex->dispatch = nullptr;
    const providers::CallOutcome &outcome = result.outcome;
    const qint64 promptTokens = outcome.response.usage.inputTokens;
    m_ex->log.provider = result.provider;
    m_ex->log.model = result.model;
    m_ex->log.inputTokens = promptTokens;
    m_ex->log.costUsd = result.costUsd;
    m_ex->log.costKnown = result.costKnown;
    if (m_gone || clientGone()) {
        m_ex->log.status = 499;
        complete();
        return;
    }
    if (outcome.error) {
        sendError(forClient(*outcome.error));
        return;
    }
    if (m_ex->dialect == Dialect::Gemini) {
        QJsonArray embeddings;
        for (const QList<float> &vector : outcome.embeddings)
            embeddings.append(QJsonObject{{QStringLiteral("values"), jsonVector(vector)}});
        if (m_ex->geminiBatch)
            sendJson(200, json({{QStringLiteral("embeddings"), embeddings}}));
        else
            sendJson(200, json({{QStringLiteral("embedding"), embeddings.isEmpty() ? QJsonValue() : embeddings.first()}}));
        return;
    }
    QJsonArray data;
    for (qsizetype i = 0; i < outcome.embeddings.size(); ++i) {
        data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                {QStringLiteral("index"), int(i)},
                                {QStringLiteral("embedding"), jsonVector(outcome.embeddings.at(i))}});
    }
    sendJson(200,
             json({{QStringLiteral("object"), QStringLiteral("list")},
                   {QStringLiteral("data"), data},
                   {QStringLiteral("model"), m_ex->log.modelRequested},
                   {QStringLiteral("usage"),
                    QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens}, {QStringLiteral("total_tokens"), promptTokens}}}}));
}

// ------------------------------------------------------------------------------------------------
void Connection::write(const QByteArray &bytes)
{
    if (bytes.isEmpty() || clientGone())
        return;
    writeNow(m_socket, bytes);
}

void Connection::sendJson(int status, const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers)
{
    headers.prepend({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (status == 200 && !m_ex->droppedTools.isEmpty())
        headers.append({QByteArrayLiteral("X-Switchboard-Dropped-Tools"), m_ex->droppedTools});
    if (status == 200 && !m_ex->knowledge.isEmpty())
        headers.append({QByteArrayLiteral("X-Switchboard-Knowledge"), m_ex->knowledge});
    appendCorsHeaders(headers);
    m_ex->log.status = status;
    write(http::responseHead(status, headers, body.size(), m_ex->keepAlive) + (m_ex->request.method == "HEAD" ? QByteArray() : body));
    complete();
}

void Connection::sendError(const ApiError &error)
{
    const int status = error.statusForResponse();
    m_ex->log.error = error.message;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (error.retryAfter)
        headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(qMax<qint64>(1, (error.retryAfter->count() + 999) / 1000))});
    sendJson(status, m_worker.codec(m_ex->dialect).encodeError(error), headers);
}

void Connection::sendParseError(int status, const QString &message, const QString &)
{
    sendError(ApiError::make(ApiError::Kind::InvalidRequest, message, status));
}

std::unique_ptr<protocol::StreamEncoder> Connection::newStreamEncoder(bool continued) const
{
    return m_ex->geminiArray ? protocol::makeGeminiJsonArrayEncoder(continued) : m_worker.codec(m_ex->dialect).streamEncoder();
}

void Connection::writeStreamHead()
{
    m_ex->headersSent = true;
    m_ex->log.status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), m_ex->geminiArray ? QByteArrayLiteral("application/json") : QByteArrayLiteral("text/event-stream")},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}};
    if (!m_ex->droppedTools.isEmpty())
        headers.append({QByteArrayLiteral("X-Switchboard-Dropped-Tools"), m_ex->droppedTools});
    if (!m_ex->knowledge.isEmpty())
        headers.append({QByteArrayLiteral("X-Switchboard-Knowledge"), m_ex->knowledge});
    appendCorsHeaders(headers);
    write(http::responseHead(200, headers, -1, m_ex->keepAlive));
}

void Connection::writeStreamBytes(QByteArrayView bytes)
{
    if (m_ex->holding) {
        m_ex->heldTail += http::chunk(bytes);
    } else if (!bytes.isEmpty()) {
        m_ex->streamBodySent = true;
        write(http::chunk(bytes));
    }
}

void Connection::releaseHeldEnd()
{
    m_ex->holding = false;
    write(std::exchange(m_ex->heldTail, {}));
}

// For a load balancer: 200 while this server takes calls, 503 saying why not: draining (SIGTERM), the
// database unreachable or not at this build's schema, or the ledger unable to write (calls are refused
// then). Checked on each request: a query on this worker's database connection.
void Connection::ready()
{
    const Shared &shared = m_worker.shared();
    QJsonArray problems;
    if (shared.life->draining.load())
        problems.append(QStringLiteral("draining: the server is stopping"));
    const Database &db = *shared.engine->database();
    // terse: whoever reaches the port may ask (details are in serve's log)
    if (auto version = db.schemaVersion(); !version)
        problems.append(QStringLiteral("the database cannot be read"));
    else if (*version != db.latestVersion())
        problems.append(QStringLiteral("the database is at schema version %1, this build needs %2").arg(*version).arg(db.latestVersion()));
    if (shared.engine->ledger().writeError())
        problems.append(QStringLiteral("the ledger cannot write (calls are refused)"));
    if (problems.isEmpty()) {
        sendJson(200, json({{QStringLiteral("status"), QStringLiteral("ready")}}));
        return;
    }
    sendJson(503, json({{QStringLiteral("status"), QStringLiteral("not ready")}, {QStringLiteral("problems"), problems}}));
}

void Connection::endStream()
{
    write(http::lastChunk());
    complete();
}

// The exchange is over: log it, then go on with the next request or close.
void Connection::complete()
{
    std::unique_ptr<Exchange> ex = std::move(m_ex);
    ex->log.latencyMs = ex->clock.elapsed();
    if (m_worker.shared().log)
        m_worker.shared().log(ex->log);
    if (m_gone || clientGone()) {
        m_gone = true;
        deleteLater();
        return;
    }
    // a draining server answers what it has and closes: a keep-alive client reconnects elsewhere
    if (!ex->keepAlive || m_worker.shared().life->draining.load()) {
        m_closing = true;
        if (!ex->refusedUnread) {
            m_socket->disconnectFromHost(); // after the answer is written
            return;
        }
        // A request refused before its body was read (413, bad framing): closing now would make the
        // kernel reset the connection while the client still sends, and the client could lose the
        // answer. Read and drop what it sends until it closes, for a bounded time.
        if (!m_drainTimer) {
            m_drainTimer = new QTimer(this);
            m_drainTimer->setSingleShot(true);
            connect(m_drainTimer, &QTimer::timeout, this, [this] {
                m_socket->abort();
                deleteLater();
            });
            m_drainTimer->start(3000);
        }
        return;
    }
    m_idleTimer->start();
    if (m_parser.buffered() > 0)
        QMetaObject::invokeMethod(this, &Connection::process, Qt::QueuedConnection);
}

} // namespace sb::proxy::detail
