#include "fakeupstream.h"

#include "dialects.h"
#include "httpconnection.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

#include <array>

namespace sb::fakes {

namespace {

struct DialectEntry {
    Dialect dialect;
    const char *name;
};

constexpr std::array<DialectEntry, 5> kDialects{{
    {Dialect::OpenAiChat, "openai"},
    {Dialect::OpenAiResponses, "responses"},
    {Dialect::Anthropic, "anthropic"},
    {Dialect::Gemini, "gemini"},
    {Dialect::Ollama, "ollama"},
}};

struct FaultEntry {
    FaultKind kind;
    const char *name;
};

constexpr std::array<FaultEntry, 17> kFaults{{
    {FaultKind::None, "none"},
    {FaultKind::SlowFirstByte, "slow-first-byte"},
    {FaultKind::SlowFirstToken, "slow-first-token"},
    {FaultKind::StallMidStream, "stall"},
    {FaultKind::DropMidStream, "drop"},
    {FaultKind::DropBeforeResponse, "drop-before-response"},
    {FaultKind::ContextLengthExceeded, "context-length"},
    {FaultKind::Unauthorized, "unauthorized"},
    {FaultKind::Forbidden, "forbidden"},
    {FaultKind::ModelNotFound, "model-not-found"},
    {FaultKind::RateLimited, "rate-limited"},
    {FaultKind::ServerError, "server-error"},
    {FaultKind::ServiceUnavailable, "service-unavailable"},
    {FaultKind::Overloaded, "overloaded"},
    {FaultKind::MalformedJson, "malformed-json"},
    {FaultKind::MalformedSse, "malformed-sse"},
    {FaultKind::StreamError, "stream-error"},
}};

// Applies a stream-level fault to a success plan. Frame positions are clamped so that a fault always
// happens before the last (terminating) frame.
void applyFault(ResponsePlan &plan, const Fault &fault, const RenderInput &in)
{
    const int last = int(qMax<qsizetype>(0, plan.frames.size() - 1));
    const int at = qBound(0, fault.afterEvents, last);
    switch (fault.kind) {
    case FaultKind::SlowFirstByte: plan.headerDelayMs = fault.delayMs; break;
    case FaultKind::SlowFirstToken: plan.firstFrameDelayMs = fault.delayMs; break;
    case FaultKind::StallMidStream: plan.stallAfterFrames = at; break;
    case FaultKind::DropMidStream: plan.dropAfterFrames = at; break;
    case FaultKind::DropBeforeResponse: plan.dropBeforeResponse = true; break;
    case FaultKind::MalformedJson:
        if (!plan.chunked) {
            QByteArray body = plan.frames.join();
            body.truncate(body.size() / 2);
            plan.frames = {body};
        } else {
            plan.frames[at] = malformedJsonFrame(in);
        }
        break;
    case FaultKind::MalformedSse: plan.frames.insert(plan.chunked ? at : 0, malformedFramingFrame(in)); break;
    case FaultKind::StreamError:
        if (plan.chunked) {
            plan.frames = plan.frames.mid(0, at);
            plan.frames.append(streamErrorFrame(in, at));
        }
        break;
    default: break;
    }
}

ResponsePlan recordedPlan(const RecordedBody &recorded)
{
    ResponsePlan plan;
    plan.status = recorded.status;
    plan.headers.append({QByteArrayLiteral("Content-Type"), recorded.contentType});
    plan.headers.append(recorded.headers);
    const int size = qMax(1, recorded.chunkSize);
    for (qsizetype i = 0; i < recorded.body.size(); i += size)
        plan.frames.append(recorded.body.mid(i, size));
    plan.chunked = recorded.chunked;
    plan.frameDelayMs = recorded.delayMs;
    return plan;
}

} // namespace

QString dialectName(Dialect dialect)
{
    for (const DialectEntry &e : kDialects) {
        if (e.dialect == dialect)
            return QString::fromLatin1(e.name);
    }
    return {};
}

std::optional<Dialect> dialectFromName(QStringView name)
{
    if (name.compare(QLatin1String("chat"), Qt::CaseInsensitive) == 0)
        return Dialect::OpenAiChat;
    for (const DialectEntry &e : kDialects) {
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.dialect;
    }
    return std::nullopt;
}

QString faultName(FaultKind kind)
{
    for (const FaultEntry &e : kFaults) {
        if (e.kind == kind)
            return QString::fromLatin1(e.name);
    }
    return {};
}

std::optional<FaultKind> faultFromName(QStringView name)
{
    for (const FaultEntry &e : kFaults) {
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.kind;
    }
    return std::nullopt;
}

bool Fault::isHttpError() const
{
    switch (kind) {
    case FaultKind::ContextLengthExceeded:
    case FaultKind::Unauthorized:
    case FaultKind::Forbidden:
    case FaultKind::ModelNotFound:
    case FaultKind::RateLimited:
    case FaultKind::ServerError:
    case FaultKind::ServiceUnavailable:
    case FaultKind::Overloaded: return true;
    default: return false;
    }
}

std::optional<RecordedBody> RecordedBody::fromFile(const QString &path, const QByteArray &contentType, int chunkSize, int delayMs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    RecordedBody r;
    r.body = file.readAll();
    r.contentType = contentType;
    r.chunkSize = chunkSize;
    r.delayMs = delayMs;
    return r;
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, val] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return val;
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (QByteArrayView(entry.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeUpstream::FakeUpstream(Dialects dialects, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_dialects(dialects)
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &FakeUpstream::onNewConnection);
}

FakeUpstream::~FakeUpstream()
{
    closeAllConnections();
}

bool FakeUpstream::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeUpstream::port() const
{
    return m_server->serverPort();
}

QUrl FakeUpstream::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl FakeUpstream::url(QStringView pathAndQuery) const
{
    QUrl u = baseUrl();
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    u.setPath(pathAndQuery.left(q < 0 ? pathAndQuery.size() : q).toString());
    if (q >= 0)
        u.setQuery(pathAndQuery.mid(q + 1).toString());
    return u;
}

QString FakeUpstream::errorString() const
{
    return m_server->errorString();
}

void FakeUpstream::setDialects(Dialects dialects)
{
    m_dialects = dialects;
}
Dialects FakeUpstream::dialects() const
{
    return m_dialects;
}
void FakeUpstream::setApiKey(const QString &key)
{
    m_apiKey = key;
}
QString FakeUpstream::apiKey() const
{
    return m_apiKey;
}
void FakeUpstream::setReply(const ReplyScript &reply)
{
    m_default.reply = reply;
}
ReplyScript FakeUpstream::reply() const
{
    return m_default.reply.value_or(ReplyScript{});
}
void FakeUpstream::setFault(const Fault &fault)
{
    m_default.fault = fault;
}
void FakeUpstream::setRecorded(const std::optional<RecordedBody> &recorded)
{
    m_default.recorded = recorded;
}
void FakeUpstream::setChunkDelay(int ms)
{
    m_chunkDelayMs = qMax(0, ms);
}
int FakeUpstream::chunkDelay() const
{
    return m_chunkDelayMs;
}
void FakeUpstream::setModels(const QStringList &models)
{
    m_models = models;
}

void FakeUpstream::enqueue(const Script &script, int times, const QString &pathPrefix)
{
    for (int i = 0; i < times; ++i)
        m_queue.append({pathPrefix, script});
}

void FakeUpstream::failNext(int times, const Fault &fault, const QString &pathPrefix)
{
    Script s;
    s.fault = fault;
    enqueue(s, times, pathPrefix);
}

int FakeUpstream::queuedCount() const
{
    return int(m_queue.size());
}
void FakeUpstream::clearQueue()
{
    m_queue.clear();
}
void FakeUpstream::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}
const QList<RecordedRequest> &FakeUpstream::requests() const
{
    return m_requests;
}
int FakeUpstream::requestCount() const
{
    return m_requestSerial;
}
RecordedRequest FakeUpstream::lastRequest() const
{
    return m_requests.isEmpty() ? RecordedRequest{} : m_requests.last();
}

void FakeUpstream::clearRequests()
{
    m_requests.clear();
    m_requestSerial = 0;
    m_connectionBase = m_connectionSerial;
}

void FakeUpstream::setRecordLimit(int limit)
{
    m_recordLimit = limit;
    if (m_recordLimit >= 0 && m_requests.size() > m_recordLimit)
        m_requests.remove(0, m_requests.size() - m_recordLimit);
}

int FakeUpstream::connectionCount() const
{
    return m_connectionSerial - m_connectionBase;
}
int FakeUpstream::openConnectionCount() const
{
    return int(m_open.size());
}

void FakeUpstream::closeAllConnections()
{
    const QList<QPointer<HttpConnection>> open = m_open.values();
    m_open.clear();
    for (const QPointer<HttpConnection> &c : open) {
        if (c)
            c->closeNow();
    }
}

void FakeUpstream::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const int id = m_connectionSerial++;
        auto *connection = new HttpConnection(
            id, socket, [this](HttpConnection *c, RecordedRequest r) { handleRequest(c, std::move(r)); },
            [this](int index) { emit responseFinished(index); }, this);
        m_open.insert(id, connection);
        connect(connection, &HttpConnection::stalled, this, &FakeUpstream::responseStalled);
        connect(connection, &HttpConnection::closed, this, [this](int closedId) {
            m_open.remove(closedId);
            emit connectionClosed(closedId);
        });
        emit connectionOpened(id);
    }
}

Script FakeUpstream::pickScript(const RecordedRequest &request)
{
    if (m_handler) {
        if (std::optional<Script> s = m_handler(request))
            return *s;
    }
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (request.path.startsWith(m_queue[i].first))
            return m_queue.takeAt(i).second;
    }
    return m_default;
}

void FakeUpstream::handleRequest(HttpConnection *connection, RecordedRequest request)
{
    request.index = m_requestSerial++;
    request.receivedAtMs = m_clock.elapsed();
    request.connectionId = connection->id();
    const std::optional<Route> route = resolveRoute(request, m_dialects);
    if (route) {
        request.dialect = route->ollamaCompat ? QStringLiteral("ollama") : dialectName(route->dialect);
        request.endpoint = endpointName(route->endpoint);
    }

    ResponsePlan plan;
    if (!route) {
        plan = notFoundPlan(request);
    } else {
        const ReplyScript defaultReply = reply();
        const QJsonObject body = request.json();
        const RenderInput authInput{request, body, *route, defaultReply, m_models, request.index};
        if (std::optional<ResponsePlan> denied = checkAuth(authInput, m_apiKey)) {
            plan = *denied;
        } else if (std::optional<ResponsePlan> refused = checkPayload(authInput)) {
            plan = *refused;
        } else {
            const Script script = pickScript(request);
            const ReplyScript replyScript = script.reply.value_or(defaultReply);
            const RenderInput in{request, body, *route, replyScript, m_models, request.index};
            if (script.recorded)
                plan = recordedPlan(*script.recorded);
            else if (script.fault.isHttpError())
                plan = renderError(in, script.fault);
            else {
                plan = renderReply(in);
                plan.frameDelayMs = m_chunkDelayMs;
                // A mid-stream error on a non-streamed request: the vendor answers with the error itself.
                if (script.fault.kind == FaultKind::StreamError && !plan.chunked)
                    plan = renderError(in, Fault::make(FaultKind::Overloaded));
            }
            if (!script.fault.isHttpError())
                applyFault(plan, script.fault, in);
            else if (script.fault.kind != FaultKind::None && script.fault.delayMs > 0)
                plan.headerDelayMs = script.fault.delayMs; // an error that is also slow
        }
    }
    request.responseStatus = plan.dropBeforeResponse ? 0 : plan.status;
    const int index = request.index;
    if (m_recordLimit != 0)
        m_requests.append(std::move(request));
    if (m_recordLimit >= 0 && m_requests.size() > m_recordLimit)
        m_requests.removeFirst();
    emit requestReceived(index);
    connection->respond(index, plan);
}

} // namespace sb::fakes
