// The proxy's knowledge base endpoints: context for virtual models that name collections, the search
// endpoint and the MCP endpoint (Streamable HTTP, JSON-RPC 2.0) with its search_knowledge tool.
#include "common/version.h"
#include "engine/engine.h"
#include "knowledge/context.h"
#include "proxy/knowledgeservice.h"
#include "proxy/proxyworker.h"
#include "router/router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace sb::proxy::detail {

using protocol::ApiError;

namespace {

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// JSON-RPC 2.0 error codes
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;

constexpr int kMaxTopK = 50;
constexpr int kMcpMaxTopK = 20;
const QString kSearchTool = QStringLiteral("search_knowledge");

// What the knowledge base added to a request, for X-Switchboard-Knowledge: "handbook; sources=3".
QByteArray knowledgeHeader(const knowledge::Context &context)
{
    QStringList names;
    for (const QString &c : context.collections)
        names << QString::fromLatin1(QUrl::toPercentEncoding(c, " "));
    QByteArray out = names.join(QStringLiteral(", ")).toLatin1() + "; sources=" + QByteArray::number(context.passages.size());
    if (!context.notes.isEmpty())
        out += "; bm25-only"; // a collection searched without vectors (no embedding model, or the query was not embedded)
    return out;
}

bool acceptsJson(const QByteArray &accept)
{
    if (accept.isEmpty())
        return true;
    const QByteArray a = accept.toLower();
    return a.contains("application/json") || a.contains("*/*") || a.contains("application/*");
}

} // namespace

// ------------------------------------------------------------------------------------------------
void Connection::chatWithKnowledge(protocol::ChatRequest request, const router::VirtualModel &model, const ProxyKey *key)
{
    knowledge::ContextOptions options;
    options.search.topK = model.knowledgeTopK.value_or(options.search.topK);
    options.tokenBudget = model.knowledgeTokens.value_or(options.tokenBudget);
    const QString query = knowledge::queryOf(request);
    const QString modelName = model.name;
    Exchange *exchange = m_ex.get();
    // the store's work runs on the knowledge service's threads; this thread goes on serving other connections
    m_worker.knowledge().context(
        model.knowledge, query, options, this,
        [this, exchange, key, modelName, request = std::move(request)](Expected<knowledge::Context> context) mutable {
            if (m_ex.get() != exchange)
                return;
            if (completedAsClientGone())
                return;
            if (!context) {
                // the workspace names a collection that is not there (or the store failed): the client
                // cannot fix that, the person who set the virtual model up can
                sendError(ApiError::make(ApiError::Kind::Server,
                                         QStringLiteral("the virtual model '%1' answers from the knowledge base, but %2; fix its knowledge "
                                                        "list in the workspace (Routing page) or create the collection")
                                             .arg(modelName, context.error().message),
                                         500));
                return;
            }
            m_ex->knowledge = knowledgeHeader(*context);
            knowledge::applyContext(request, *context);
            dispatchChat(request, key, !context->text.isEmpty());
        });
}

// ------------------------------------------------------------------------------------------------
void Connection::knowledgeSearch(const ProxyKey *key, const QString &collection)
{
    Q_UNUSED(key) // authorized and rate limited by route(); a search is not a model a key may be limited to
    m_ex->log.dialect.clear();
    m_ex->log.modelRequested = collection;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_ex->request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("the body must be a JSON object: {\"query\": \"...\"}"), 400));
        return;
    }
    const QJsonObject body = doc.object();
    const QJsonValue q = body.value(QLatin1String("query"));
    if (!q.isString() || q.toString().trimmed().isEmpty()) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("query is required: the text to search for"), 400));
        return;
    }
    knowledge::SearchOptions options;
    if (body.contains(QLatin1String("top_k"))) {
        const QJsonValue k = body.value(QLatin1String("top_k"));
        const double d = k.toDouble(-1);
        if (!k.isDouble() || d != double(int(d)) || d < 1 || d > kMaxTopK) {
            sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("top_k must be a whole number from 1 to %1").arg(kMaxTopK), 400));
            return;
        }
        options.topK = int(d);
    }
    const QJsonValue mode = body.value(QLatin1String("mode"));
    if (!mode.isUndefined() && !mode.isNull()) {
        const auto m = knowledge::modeFromName(mode.toString());
        if (!m) {
            sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("mode must be hybrid, bm25, vector or rerank"), 400));
            return;
        }
        options.mode = *m;
    } else {
        options.rerankIfSet = true; // the collection's own ranking, as the knowledge models get it
    }
    const QString query = q.toString().trimmed();
    Exchange *exchange = m_ex.get();
    m_worker.knowledge().search(collection, query, options, this, [this, exchange, collection, query](Expected<knowledge::SearchResult> r) {
        if (m_ex.get() != exchange)
            return;
        if (!r) {
            sendError(toApiError(r.error()));
            return;
        }
        m_ex->log.costUsd = r->costUsd;
        sendJson(200, compactJson(searchResultJson(collection, query, *r)));
    });
}

// ------------------------------------------------------------------------------------------------
// MCP over Streamable HTTP (one POST per JSON-RPC message, answered with application/json). A key is
// required whatever the proxy's other endpoints need: a tool in the user's editor reads the team's
// documents through it. Sessions are bound to the key that opened them.
void Connection::mcp()
{
    m_ex->log.dialect.clear();
    const http::Request &r = m_ex->request;
    const Shared &shared = m_worker.shared();
    if (!shared.authRequired()) {
        sendJsonRpcError(401, QJsonValue::Null, kInvalidRequest,
                         QStringLiteral("the MCP endpoint needs a proxy key, and this proxy has none: add one (Proxy page, or the "
                                        "workspace's proxy.keys) and send it as Authorization: Bearer KEY"));
        return;
    }
    bool refused = false;
    const ProxyKey *key = authorize(refused);
    if (refused)
        return;
    if (r.method == "GET") {
        // no stream for messages the server starts: it never sends any
        sendEmpty(405, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST, DELETE")}});
        return;
    }
    const QByteArray session = r.header("mcp-session-id");
    if (r.method == "DELETE") {
        if (session.isEmpty()) {
            sendJsonRpcError(400, QJsonValue::Null, kInvalidRequest, QStringLiteral("Mcp-Session-Id is required to end a session"));
            return;
        }
        if (!shared.mcpSessions->close(session, key->name)) {
            sendJsonRpcError(404, QJsonValue::Null, kInvalidRequest, QStringLiteral("no such session: start a new one with initialize"));
            return;
        }
        sendEmpty(204);
        return;
    }
    if (r.method != "POST") {
        sendEmpty(405, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST, DELETE")}});
        return;
    }
    if (!acceptsJson(r.header("accept"))) {
        sendJsonRpcError(406, QJsonValue::Null, kInvalidRequest, QStringLiteral("the client must accept application/json"));
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        sendJsonRpcError(400, QJsonValue::Null, kParseError, QStringLiteral("the body is not JSON: %1").arg(pe.errorString()));
        return;
    }
    if (doc.isArray()) {
        sendJsonRpcError(400, QJsonValue::Null, kInvalidRequest, QStringLiteral("batches are not supported: send one JSON-RPC message per POST"));
        return;
    }
    const QJsonObject message = doc.object();
    if (message.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0")) {
        sendJsonRpcError(400, message.value(QLatin1String("id")), kInvalidRequest, QStringLiteral("not a JSON-RPC 2.0 message"));
        return;
    }
    const QString method = message.value(QLatin1String("method")).toString();
    const bool isRequest = message.contains(QLatin1String("id")) && !method.isEmpty();
    m_ex->log.endpoint = QStringLiteral("POST /mcp ") + (method.isEmpty() ? QStringLiteral("response") : method);

    if (method == QLatin1String("initialize") && isRequest) {
        const QString asked = message.value(QLatin1String("params")).toObject().value(QLatin1String("protocolVersion")).toString();
        const QString version = mcpProtocolVersions().contains(asked) ? asked : mcpProtocolVersions().constFirst();
        const QByteArray id = shared.mcpSessions->open(key->name, version);
        mcpRequest(message, key, version, id);
        return;
    }
    // every other message belongs to a session
    if (session.isEmpty()) {
        sendJsonRpcError(400, message.value(QLatin1String("id")), kInvalidRequest,
                         QStringLiteral("Mcp-Session-Id is required: start with initialize and send the id it returned"));
        return;
    }
    const std::optional<QString> version = shared.mcpSessions->find(session, key->name);
    if (!version) {
        sendJsonRpcError(404, message.value(QLatin1String("id")), kInvalidRequest,
                         QStringLiteral("no such session (it ended, or the proxy restarted): start a new one with initialize"));
        return;
    }
    const QByteArray header = r.header("mcp-protocol-version");
    if (!header.isEmpty() && !mcpProtocolVersions().contains(QString::fromLatin1(header))) {
        sendJsonRpcError(400, message.value(QLatin1String("id")), kInvalidRequest,
                         QStringLiteral("unsupported MCP-Protocol-Version '%1': this server speaks %2")
                             .arg(QString::fromLatin1(header.left(40)), mcpProtocolVersions().join(QStringLiteral(", "))));
        return;
    }
    if (!isRequest) { // a notification (notifications/initialized, cancelled) or a response: nothing to answer
        sendEmpty(202);
        return;
    }
    mcpRequest(message, key, *version, {});
}

void Connection::mcpRequest(const QJsonObject &message, const ProxyKey *key, const QString &version, const QByteArray &newSession)
{
    const QJsonValue id = message.value(QLatin1String("id"));
    const QString method = message.value(QLatin1String("method")).toString();
    const QJsonObject params = message.value(QLatin1String("params")).toObject();
    if (method == QLatin1String("initialize")) {
        sendJsonRpcResult(
            id,
            QJsonObject{{QStringLiteral("protocolVersion"), version},
                        {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("tools"), QJsonObject{{QStringLiteral("listChanged"), false}}}}},
                        {QStringLiteral("serverInfo"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("switchboard")},
                                     {QStringLiteral("title"), QStringLiteral("Switchboard knowledge base")},
                                     {QStringLiteral("version"), QStringLiteral(SWITCHBOARD_VERSION_STRING)}}},
                        {QStringLiteral("instructions"),
                         QStringLiteral("Use search_knowledge to find passages in the team's documents; cite them as the numbers it returns.")}},
            {{QByteArrayLiteral("Mcp-Session-Id"), newSession}});
        return;
    }
    if (method == QLatin1String("ping")) {
        sendJsonRpcResult(id, {});
        return;
    }
    Exchange *exchange = m_ex.get();
    if (method == QLatin1String("tools/list")) {
        m_worker.knowledge().collections(this, [this, exchange, id](Expected<QList<knowledge::Collection>> all) {
            if (m_ex.get() != exchange)
                return;
            if (!all) {
                sendJsonRpcError(200, id, -32603, QStringLiteral("the knowledge base could not be read: %1").arg(all.error().message));
                return;
            }
            QStringList names;
            QStringList described;
            for (const knowledge::Collection &c : *all) {
                names << c.name;
                described << (c.description.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.description));
            }
            QJsonObject collection{{QStringLiteral("type"), QStringLiteral("string")},
                                   {QStringLiteral("description"), QStringLiteral("The collection to search")}};
            if (!names.isEmpty())
                collection.insert(QStringLiteral("enum"), QJsonArray::fromStringList(names));
            const QJsonObject schema{
                {QStringLiteral("type"), QStringLiteral("object")},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("collection"), collection},
                             {QStringLiteral("query"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                          {QStringLiteral("description"), QStringLiteral("What to look for, as a question or keywords")}}},
                             {QStringLiteral("top_k"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                          {QStringLiteral("minimum"), 1},
                                          {QStringLiteral("maximum"), kMcpMaxTopK},
                                          {QStringLiteral("default"), 5},
                                          {QStringLiteral("description"), QStringLiteral("How many passages to return")}}}}},
                {QStringLiteral("required"), QJsonArray{QStringLiteral("collection"), QStringLiteral("query")}}};
            const QString description
                = QStringLiteral("Searches the team's knowledge base (Switchboard) and returns numbered passages with their source file, page "
                                 "and heading, to answer from and cite. Collections: %1.")
                      .arg(described.isEmpty() ? QStringLiteral("none yet") : described.join(QStringLiteral("; ")));
            const QJsonObject tool{{QStringLiteral("name"), kSearchTool},
                                   {QStringLiteral("title"), QStringLiteral("Search the knowledge base")},
                                   {QStringLiteral("description"), description},
                                   {QStringLiteral("inputSchema"), schema},
                                   {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("readOnlyHint"), true}}}};
            sendJsonRpcResult(id, QJsonObject{{QStringLiteral("tools"), QJsonArray{tool}}});
        });
        return;
    }
    if (method == QLatin1String("tools/call")) {
        const QString name = params.value(QLatin1String("name")).toString();
        if (name != kSearchTool) {
            sendJsonRpcError(200, id, kInvalidParams, QStringLiteral("unknown tool '%1': this server offers %2").arg(name, kSearchTool));
            return;
        }
        const QJsonObject args = params.value(QLatin1String("arguments")).toObject();
        const QString collection = args.value(QLatin1String("collection")).toString().trimmed();
        const QString query = args.value(QLatin1String("query")).toString().trimmed();
        if (collection.isEmpty() || query.isEmpty()) {
            sendJsonRpcError(200, id, kInvalidParams, QStringLiteral("search_knowledge needs collection and query (strings)"));
            return;
        }
        knowledge::SearchOptions options;
        options.rerankIfSet = true; // the collection's own ranking
        if (args.contains(QLatin1String("top_k"))) {
            const double k = args.value(QLatin1String("top_k")).toDouble(-1);
            if (k != double(int(k)) || k < 1 || k > kMcpMaxTopK) {
                sendJsonRpcError(200, id, kInvalidParams, QStringLiteral("top_k must be a whole number from 1 to %1").arg(kMcpMaxTopK));
                return;
            }
            options.topK = int(k);
        }
        if (rateLimited(key)) // a search embeds its query; the handshake and listings are free
            return;
        m_ex->log.modelRequested = collection;
        m_worker.knowledge().search(collection, query, options, this, [this, exchange, id](Expected<knowledge::SearchResult> r) {
            if (m_ex.get() != exchange)
                return;
            // a search that cannot be done is the tool's result, so that the model can correct itself
            const bool failed = !r;
            const QString text = failed ? r.error().message : passagesText(r->passages, r->note.isEmpty() ? QStringList() : QStringList{r->note});
            if (!failed)
                m_ex->log.costUsd = r->costUsd;
            sendJsonRpcResult(id,
                              QJsonObject{{QStringLiteral("content"),
                                           QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}}},
                                          {QStringLiteral("isError"), failed}});
        });
        return;
    }
    sendJsonRpcError(200, id, kMethodNotFound, QStringLiteral("method not found: %1").arg(method));
}

void Connection::sendJsonRpcResult(const QJsonValue &id, const QJsonObject &result, QList<std::pair<QByteArray, QByteArray>> headers)
{
    headers.removeIf([](const auto &h) { return h.second.isEmpty(); });
    sendJson(200, compactJson({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("result"), result}}),
             std::move(headers));
}

void Connection::sendJsonRpcError(int httpStatus, const QJsonValue &id, int code, const QString &message)
{
    if (httpStatus != 200)
        m_ex->log.error = message;
    sendJson(httpStatus,
             compactJson({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                          {QStringLiteral("id"), id.isUndefined() ? QJsonValue(QJsonValue::Null) : id},
                          {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}));
}

void Connection::sendEmpty(int status, QList<std::pair<QByteArray, QByteArray>> headers)
{
    appendCorsHeaders(headers);
    m_ex->log.status = status;
    write(http::responseHead(status, headers, 0, m_ex->keepAlive));
    complete();
}

} // namespace sb::proxy::detail
