// The knowledge base through the proxy: a virtual model that names collections gets the numbered
// passages in the upstream's system prompt whatever the client's dialect, POST /v1/knowledge/NAME/search
// answers with passages and scores, and the MCP endpoint (Streamable HTTP, JSON-RPC 2.0) offers
// search_knowledge behind a key. All against the real proxy on 127.0.0.1 and a fake upstream.
#include "engine/engine.h"
#include "enginefixture.h"
#include "fakeupstream.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"
#include "protocol/codec.h"
#include "proxy/knowledgeservice.h"
#include "proxy/proxyserver.h"
#include "proxyclient.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
namespace fk = sb::fakes;
using protocol::Dialect;

namespace {

const QByteArray kKey = QByteArrayLiteral("sk-proxy-kb-0123456789");
const QByteArray kRatedKey = QByteArrayLiteral("sk-proxy-kb-rated-55555");

using Reply = testing::HttpReply;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

using Headers = testing::HttpHeaders;

Headers bearer(const QByteArray &key = kKey)
{
    return {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key}};
}

// The system prompt an OpenAI Chat upstream received.
QString systemPromptOf(const fk::RecordedRequest &request)
{
    QString out;
    for (const QJsonValue &m : request.json().value(QLatin1String("messages")).toArray()) {
        const QJsonObject o = m.toObject();
        const QString role = o.value(QLatin1String("role")).toString();
        if (role != QLatin1String("system") && role != QLatin1String("developer"))
            continue;
        const QJsonValue content = o.value(QLatin1String("content"));
        if (content.isString()) {
            out += content.toString();
        } else {
            for (const QJsonValue &part : content.toArray())
                out += part.toObject().value(QLatin1String("text")).toString();
        }
    }
    return out;
}

} // namespace

namespace {
proxy::ProxyOptions oneThread()
{
    proxy::ProxyOptions o;
    o.threads = 1;
    return o;
}
} // namespace

class TestProxyKnowledge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    fk::FakeUpstream m_up{fk::Dialects(fk::Dialect::OpenAiChat)};
    std::shared_ptr<MemorySecretStore> m_secrets = std::make_shared<MemorySecretStore>();
    std::shared_ptr<engine::Engine> m_engine;
    std::unique_ptr<proxy::ProxyServer> m_server;
    QNetworkAccessManager m_nam;

    QUrl url(const QString &path, proxy::ProxyServer *server = nullptr) const
    {
        QUrl u = (server ? server : m_server.get())->baseUrl();
        u.setPath(path);
        return u;
    }

    Reply send(const QByteArray &method, const QUrl &target, const QByteArray &body = {}, const Headers &headers = {})
    {
        return testing::sendHttp(m_nam, method, target, body, headers);
    }

    // One JSON-RPC message to /mcp with the key and (when given) the session.
    Reply mcp(const QJsonObject &message, const QByteArray &session = {}, const QByteArray &key = kKey, Headers extra = {})
    {
        Headers h = bearer(key);
        h.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, text/event-stream")});
        if (!session.isEmpty())
            h.append({QByteArrayLiteral("Mcp-Session-Id"), session});
        h.append(extra);
        return send(QByteArrayLiteral("POST"), url(QStringLiteral("/mcp")), compact(message), h);
    }

    static QJsonObject rpc(int id, const QString &method, const QJsonObject &params = {})
    {
        QJsonObject o{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
        if (!params.isEmpty())
            o.insert(QStringLiteral("params"), params);
        return o;
    }

    QByteArray initialize(const QString &version = QStringLiteral("2025-06-18"))
    {
        const Reply r = mcp(rpc(1, QStringLiteral("initialize"),
                                {{QStringLiteral("protocolVersion"), version},
                                 {QStringLiteral("capabilities"), QJsonObject{}},
                                 {QStringLiteral("clientInfo"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("test")}, {QStringLiteral("version"), QStringLiteral("1")}}}}));
        if (r.status != 200)
            return {};
        return r.headers.value("mcp-session-id");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_up.listen());
        fk::ReplyScript reply;
        reply.embeddingDimensions = 64;
        m_up.setReply(reply);
        QVERIFY(m_secrets->write(QStringLiteral("up"), QStringLiteral("sk-up")));
        QVERIFY(m_secrets->write(QStringLiteral("proxy"), QString::fromLatin1(kKey)));
        m_up.setApiKey(QStringLiteral("sk-up"));

        Workspace ws = WorkspaceFile::defaults();
        ProviderConfig p;
        p.id = QStringLiteral("fake");
        p.kind = QStringLiteral("openai");
        p.baseUrl = m_up.baseUrl().toString();
        p.apiKey = QStringLiteral("keychain:up");
        p.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("text-embedding-3-small")};
        ws.providers = {p};
        ws.proxy.port = 0;
        QVERIFY(m_secrets->write(QStringLiteral("rated"), QString::fromLatin1(kRatedKey)));
        ws.proxy.keys = {ProxyKeyConfig{QStringLiteral("editor"), QStringLiteral("keychain:proxy"), {}},
                         ProxyKeyConfig{QStringLiteral("rated"), QStringLiteral("keychain:rated"), {}, 2}};
        ws.proxy.allowedOrigins = {QStringLiteral("http://allowed.example")};
        ws.routes = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("chat")},
                                           {QStringLiteral("targets"), QJsonArray{QStringLiteral("fake/gpt-4o-mini")}}}};
        ws.virtualModels = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("handbook-bot")},
                                                  {QStringLiteral("route"), QStringLiteral("chat")},
                                                  {QStringLiteral("knowledge"), QJsonArray{QStringLiteral("handbook")}},
                                                  {QStringLiteral("knowledgeTopK"), 2}},
                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("broken-bot")},
                                                  {QStringLiteral("route"), QStringLiteral("chat")},
                                                  {QStringLiteral("knowledge"), QJsonArray{QStringLiteral("nope")}}}};
        auto engine = engine::Engine::open(m_dir.filePath(QStringLiteral("data")), ws, m_secrets);
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().message));
        m_engine = *engine;

        // the collection, embedded through the router like the app does
        knowledge::KnowledgeStore store(m_engine->database());
        knowledge::Collection c;
        c.name = QStringLiteral("handbook");
        c.description = QStringLiteral("Shop policies");
        c.embedModel = QStringLiteral("fake/text-embedding-3-small");
        auto id = store.createCollection(c);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        const QStringList texts{QStringLiteral("Customers get their money back within thirty days of purchase."),
                                QStringLiteral("Parcels ship on weekdays from the central warehouse."),
                                QStringLiteral("The deploy key rotates every ninety days; ask the platform team."),
                                QStringLiteral("Sale items cannot be returned or exchanged.")};
        QVERIFY(testing::addPassages(store, *id, texts, {}, {QStringLiteral("Refunds")}));
        engine::RouterHost host(m_engine);
        knowledge::Embedder embedder(host.router(), m_engine->database());
        QSignalSpy embedded(&embedder, &knowledge::Embedder::finished);
        embedder.embed(*id);
        QVERIFY(embedded.wait(10000));
        QVERIFY2(embedded.first().at(0).toBool(), qPrintable(embedded.first().at(1).toString()));

        m_server = std::make_unique<proxy::ProxyServer>();
        proxy::ProxyOptions options;
        options.threads = 2;
        auto started = m_server->start(m_engine, ws.proxy, options);
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_engine.reset();
    }

    void virtualModelAddsSourcesInEveryDialect_data()
    {
        QTest::addColumn<Dialect>("client");
        QTest::addColumn<bool>("stream");
        for (const auto &[name, dialect] : QList<std::pair<const char *, Dialect>>{
                 {"chat", Dialect::OpenAiChat}, {"messages", Dialect::AnthropicMessages}, {"responses", Dialect::OpenAiResponses}}) {
            QTest::addRow("%s whole", name) << dialect << false;
            QTest::addRow("%s stream", name) << dialect << true;
        }
    }

    void virtualModelAddsSourcesInEveryDialect()
    {
        QFETCH(Dialect, client);
        QFETCH(bool, stream);
        auto codec = protocol::makeCodec(client);
        protocol::ChatRequest req;
        req.model = QStringLiteral("handbook-bot");
        req.maxTokens = 100;
        req.stream = stream;
        req.system = QStringLiteral("Answer in one sentence.");
        req.messages << protocol::Message::make(protocol::Role::User, QStringLiteral("How long do customers have to get their money back?"));
        const protocol::WireRequest wire = codec->encodeRequest(req);
        Headers h = bearer();
        if (client == Dialect::AnthropicMessages)
            h.append({QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")});
        m_up.clearRequests();
        const Reply r = send(QByteArrayLiteral("POST"), url(wire.path), compact(wire.body), h);
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(r.body.contains("Hello from the fake upstream") || r.body.contains("Hello"));
        QVERIFY2(r.headers.value("x-switchboard-knowledge").startsWith("handbook; sources="), r.headers.value("x-switchboard-knowledge").constData());

        // the query was embedded (hybrid search) and the chat got the numbered sources, best first
        const QList<fk::RecordedRequest> seen = m_up.requests();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).endpoint, QStringLiteral("embeddings"));
        QCOMPARE(seen.at(1).endpoint, QStringLiteral("chat"));
        const QString system = systemPromptOf(seen.at(1));
        QVERIFY2(system.contains(QLatin1String("Answer in one sentence.")), qPrintable(system)); // the client's own prompt stays
        QVERIFY2(system.contains(QLatin1String("[1] 0.md, Refunds\nCustomers get their money back within thirty days")), qPrintable(system));
        QVERIFY(system.contains(QLatin1String("cite each source")));
        QVERIFY2(!system.contains(QLatin1String("[3]")), qPrintable(system)); // knowledgeTopK: 2
        // the user's question went as it was
        QVERIFY(seen.at(1).body.contains("How long do customers have to get their money back?"));
    }

    void queryEmbeddingLandsInTheLedgerAsKnowledge()
    {
        QVERIFY(m_engine->ledger().flush());
        QSqlQuery q(*m_engine->database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM calls WHERE source = 'knowledge' AND source_key = 'handbook' AND status = 'ok'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 6 + 1); // the import's batch and one query per request above
    }

    void unknownCollectionIsAClearError()
    {
        m_up.clearRequests();
        const Reply r = send(QByteArrayLiteral("POST"), url(QStringLiteral("/v1/chat/completions")),
                             compact({{QStringLiteral("model"), QStringLiteral("broken-bot")},
                                      {QStringLiteral("messages"),
                                       QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                              {QStringLiteral("content"), QStringLiteral("hi there")}}}}}),
                             bearer());
        QCOMPARE(r.status, 500);
        const QString message = r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QLatin1String("broken-bot")) && message.contains(QLatin1String("no collection named \"nope\""))
                     && message.contains(QLatin1String("handbook")),
                 qPrintable(message));
        QCOMPARE(m_up.requestCount(), 0); // nothing went upstream
    }

    // what serve warns about at start
    void workspaceProblemsNameTheMissingCollection()
    {
        auto collections = knowledge::KnowledgeStore(m_engine->database()).collections();
        QVERIFY(collections);
        QCOMPARE(proxy::knowledgeProblems(m_engine->routing(), *collections),
                 QStringList{QStringLiteral("virtual model 'broken-bot': no collection named \"nope\" (there are: handbook)")});
        QCOMPARE(proxy::knowledgeProblems(m_engine->routing(), {}).size(), 2);
    }

    void searchEndpoint()
    {
        const QUrl u = url(QStringLiteral("/v1/knowledge/handbook/search"));
        Reply r = send(QByteArrayLiteral("POST"), u,
                       compact({{QStringLiteral("query"), QStringLiteral("when do parcels ship")}, {QStringLiteral("top_k"), 3}}), bearer());
        QVERIFY2(r.status == 200, r.body.constData());
        QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("mode")).toString(), QStringLiteral("hybrid"));
        QCOMPARE(o.value(QLatin1String("collection")).toString(), QStringLiteral("handbook"));
        QJsonArray passages = o.value(QLatin1String("passages")).toArray();
        QCOMPARE(passages.size(), 3);
        const QJsonObject first = passages.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("/docs/1.md"));
        QVERIFY(first.value(QLatin1String("text")).toString().startsWith(QLatin1String("Parcels ship")));
        QCOMPARE(first.value(QLatin1String("start")).toInt(), 0);
        QVERIFY(first.value(QLatin1String("end")).toInt() > 0);
        const QJsonObject scores = first.value(QLatin1String("scores")).toObject();
        QVERIFY(scores.value(QLatin1String("bm25")).toDouble() > 0);
        QVERIFY(scores.value(QLatin1String("vector")).toDouble() > 0);
        QVERIFY(scores.value(QLatin1String("fused")).toDouble() > 0);
        QVERIFY(o.value(QLatin1String("notes")).toArray().isEmpty());
        const QString second = passages.at(1).toObject().value(QLatin1String("source")).toString();

        // a collection with a rerank model: a search without a mode is reranked, as its knowledge models' context is
        knowledge::KnowledgeStore store(m_engine->database());
        auto c = store.collection(QStringLiteral("handbook"));
        QVERIFY(c);
        c->rerankModel = QStringLiteral("fake/gpt-4o-mini");
        QVERIFY(store.updateCollection(*c));
        const fk::ReplyScript plain = m_up.reply();
        fk::ReplyScript reordering = plain;
        reordering.text = QStringLiteral("[2, 1]");
        m_up.setReply(reordering);
        r = send(QByteArrayLiteral("POST"), u,
                 compact({{QStringLiteral("query"), QStringLiteral("when do parcels ship")}, {QStringLiteral("top_k"), 3}}), bearer());
        m_up.setReply(plain);
        c->rerankModel.clear();
        QVERIFY(store.updateCollection(*c));
        QVERIFY2(r.status == 200, r.body.constData());
        o = r.json();
        QCOMPARE(o.value(QLatin1String("mode")).toString(), QStringLiteral("rerank"));
        const QJsonObject reranked = o.value(QLatin1String("passages")).toArray().at(0).toObject();
        QCOMPARE(reranked.value(QLatin1String("source")).toString(), second);
        QCOMPARE(reranked.value(QLatin1String("rerank_rank")).toInt(), 1);
        QCOMPARE(reranked.value(QLatin1String("fused_rank")).toInt(), 2);

        // BM25 alone: no vector scores
        r = send(QByteArrayLiteral("POST"), u,
                 compact({{QStringLiteral("query"), QStringLiteral("refund money")}, {QStringLiteral("mode"), QStringLiteral("bm25")}}), bearer());
        QCOMPARE(r.status, 200);
        o = r.json();
        QCOMPARE(o.value(QLatin1String("mode")).toString(), QStringLiteral("bm25"));
        passages = o.value(QLatin1String("passages")).toArray();
        QCOMPARE(passages.size(), 1);
        QCOMPARE(passages.at(0).toObject().value(QLatin1String("heading")).toString(), QStringLiteral("Refunds"));
        QCOMPARE(passages.at(0).toObject().value(QLatin1String("scores")).toObject().value(QLatin1String("vector")).toDouble(), 0.0);
    }

    void searchEndpointErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        const QString ok = QStringLiteral("/v1/knowledge/handbook/search");
        QTest::addRow("unknown collection") << QStringLiteral("/v1/knowledge/nope/search") << QByteArray(R"({"query":"x"})") << true << 404
                                            << QStringLiteral("no collection named \"nope\" (there are: handbook)");
        QTest::addRow("no collection name") << QStringLiteral("/v1/knowledge/search") << QByteArray(R"({"query":"x"})") << true << 404
                                            << QStringLiteral("no such endpoint");
        QTest::addRow("empty collection name") << QStringLiteral("/v1/knowledge//search") << QByteArray(R"({"query":"x"})") << true << 404
                                               << QStringLiteral("no such endpoint");
        QTest::addRow("no query") << ok << QByteArray(R"({"top_k":3})") << true << 400 << QStringLiteral("query is required");
        QTest::addRow("blank query") << ok << QByteArray(R"({"query":"  "})") << true << 400 << QStringLiteral("query is required");
        QTest::addRow("top_k 0") << ok << QByteArray(R"({"query":"x","top_k":0})") << true << 400 << QStringLiteral("top_k must be");
        QTest::addRow("top_k text") << ok << QByteArray(R"({"query":"x","top_k":"3"})") << true << 400 << QStringLiteral("top_k must be");
        QTest::addRow("bad mode") << ok << QByteArray(R"({"query":"x","mode":"fuzzy"})") << true << 400 << QStringLiteral("mode must be");
        QTest::addRow("rerank without a model") << ok << QByteArray(R"({"query":"x","mode":"rerank"})") << true << 400
                                                << QStringLiteral("the collection has no rerank model");
        QTest::addRow("not json") << ok << QByteArray("{query") << true << 400 << QStringLiteral("JSON object");
        QTest::addRow("no key") << ok << QByteArray(R"({"query":"x"})") << false << 401 << QStringLiteral("missing proxy key");
    }

    void searchEndpointErrors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, withKey);
        QFETCH(int, status);
        QFETCH(QString, says);
        const Reply r = send(QByteArrayLiteral("POST"), url(path), body, withKey ? bearer() : Headers{});
        QCOMPARE(r.status, status);
        const QJsonObject error = r.json().value(QLatin1String("error")).toObject(); // the OpenAI error object
        QVERIFY2(error.value(QLatin1String("message")).toString().contains(says), r.body.constData());
        QVERIFY(!error.value(QLatin1String("type")).toString().isEmpty());
    }

    void mcpListsAndCallsSearchKnowledge()
    {
        const Reply init = mcp(rpc(1, QStringLiteral("initialize"),
                                   {{QStringLiteral("protocolVersion"), QStringLiteral("2025-06-18")},
                                    {QStringLiteral("capabilities"), QJsonObject{}},
                                    {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("t")}}}}));
        QVERIFY2(init.status == 200, init.body.constData());
        QVERIFY(init.headers.value("content-type").startsWith("application/json"));
        const QByteArray session = init.headers.value("mcp-session-id");
        QCOMPARE(session.size(), 32);
        const QJsonObject result = init.json().value(QLatin1String("result")).toObject();
        QCOMPARE(init.json().value(QLatin1String("id")).toInt(), 1);
        QCOMPARE(result.value(QLatin1String("protocolVersion")).toString(), QStringLiteral("2025-06-18"));
        QVERIFY(result.value(QLatin1String("capabilities")).toObject().contains(QLatin1String("tools")));
        QCOMPARE(result.value(QLatin1String("serverInfo")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("switchboard"));

        const Reply note = mcp(
            {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), QStringLiteral("notifications/initialized")}}, session);
        QCOMPARE(note.status, 202);
        QVERIFY(note.body.isEmpty());

        const Reply pong = mcp(rpc(2, QStringLiteral("ping")), session);
        QCOMPARE(pong.status, 200);
        QVERIFY(pong.json().value(QLatin1String("result")).isObject());

        const Reply list = mcp(rpc(3, QStringLiteral("tools/list")), session, kKey,
                               {{QByteArrayLiteral("MCP-Protocol-Version"), QByteArrayLiteral("2025-06-18")}});
        QCOMPARE(list.status, 200);
        const QJsonArray tools = list.json().value(QLatin1String("result")).toObject().value(QLatin1String("tools")).toArray();
        QCOMPARE(tools.size(), 1);
        const QJsonObject tool = tools.at(0).toObject();
        QCOMPARE(tool.value(QLatin1String("name")).toString(), QStringLiteral("search_knowledge"));
        QVERIFY(tool.value(QLatin1String("description")).toString().contains(QLatin1String("handbook (Shop policies)")));
        const QJsonObject schema = tool.value(QLatin1String("inputSchema")).toObject();
        QCOMPARE(
            schema.value(QLatin1String("properties")).toObject().value(QLatin1String("collection")).toObject().value(QLatin1String("enum")).toArray(),
            QJsonArray{QStringLiteral("handbook")});
        QCOMPARE(schema.value(QLatin1String("required")).toArray(), (QJsonArray{QStringLiteral("collection"), QStringLiteral("query")}));

        const Reply call = mcp(rpc(4, QStringLiteral("tools/call"),
                                   {{QStringLiteral("name"), QStringLiteral("search_knowledge")},
                                    {QStringLiteral("arguments"),
                                     QJsonObject{{QStringLiteral("collection"), QStringLiteral("handbook")},
                                                 {QStringLiteral("query"), QStringLiteral("money back")},
                                                 {QStringLiteral("top_k"), 2}}}}),
                               session);
        QCOMPARE(call.status, 200);
        const QJsonObject called = call.json().value(QLatin1String("result")).toObject();
        QCOMPARE(called.value(QLatin1String("isError")).toBool(), false);
        const QString text = called.value(QLatin1String("content")).toArray().at(0).toObject().value(QLatin1String("text")).toString();
        QVERIFY2(text.startsWith(QLatin1String("[1] 0.md, Refunds\nSource: /docs/0.md\nCustomers get their money back")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\n\n[2] ")) && !text.contains(QLatin1String("[3]")), qPrintable(text));

        // a collection that is not there: the tool's error, for the model to correct
        const Reply missing = mcp(
            rpc(5, QStringLiteral("tools/call"),
                {{QStringLiteral("name"), QStringLiteral("search_knowledge")},
                 {QStringLiteral("arguments"),
                  QJsonObject{{QStringLiteral("collection"), QStringLiteral("nope")}, {QStringLiteral("query"), QStringLiteral("x")}}}}),
            session);
        QCOMPARE(missing.status, 200);
        const QJsonObject failed = missing.json().value(QLatin1String("result")).toObject();
        QCOMPARE(failed.value(QLatin1String("isError")).toBool(), true);
        QVERIFY(failed.value(QLatin1String("content"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("handbook")));

        // protocol errors
        const Reply badArgs = mcp(rpc(6, QStringLiteral("tools/call"),
                                      {{QStringLiteral("name"), QStringLiteral("search_knowledge")}, {QStringLiteral("arguments"), QJsonObject{}}}),
                                  session);
        QCOMPARE(badArgs.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32602);
        const Reply badTool = mcp(rpc(7, QStringLiteral("tools/call"), {{QStringLiteral("name"), QStringLiteral("rm_rf")}}), session);
        QCOMPARE(badTool.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32602);
        const Reply unknown = mcp(rpc(8, QStringLiteral("resources/list")), session);
        QCOMPARE(unknown.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32601);
        QCOMPARE(unknown.json().value(QLatin1String("id")).toInt(), 8);

        // ending the session: its id is gone
        Headers h = bearer();
        h.append({QByteArrayLiteral("Mcp-Session-Id"), session});
        QCOMPARE(send(QByteArrayLiteral("DELETE"), url(QStringLiteral("/mcp")), {}, h).status, 204);
        QCOMPARE(mcp(rpc(9, QStringLiteral("ping")), session).status, 404);
    }

    void mcpVersionNegotiation()
    {
        const Reply older = mcp(rpc(1, QStringLiteral("initialize"), {{QStringLiteral("protocolVersion"), QStringLiteral("2025-03-26")}}));
        QCOMPARE(older.json().value(QLatin1String("result")).toObject().value(QLatin1String("protocolVersion")).toString(),
                 QStringLiteral("2025-03-26"));
        // a version this server does not know: it answers with its own latest, the client decides
        const Reply future = mcp(rpc(1, QStringLiteral("initialize"), {{QStringLiteral("protocolVersion"), QStringLiteral("2099-01-01")}}));
        QCOMPARE(future.json().value(QLatin1String("result")).toObject().value(QLatin1String("protocolVersion")).toString(),
                 QStringLiteral("2025-11-25"));
        const QByteArray session = future.headers.value("mcp-session-id");
        const Reply unsupported = mcp(rpc(2, QStringLiteral("ping")), session, kKey,
                                      {{QByteArrayLiteral("MCP-Protocol-Version"), QByteArrayLiteral("1900-01-01")}});
        QCOMPARE(unsupported.status, 400);
        QVERIFY(unsupported.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("2025-06-18")));
    }

    void mcpRefusals()
    {
        const QByteArray session = initialize();
        QVERIFY(!session.isEmpty());
        // without a session, with a made-up one
        QCOMPARE(mcp(rpc(2, QStringLiteral("tools/list"))).status, 400);
        QCOMPARE(mcp(rpc(2, QStringLiteral("tools/list")), QByteArrayLiteral("00112233445566778899aabbccddeeff")).status, 404);
        // a wrong key, no key
        QCOMPARE(mcp(rpc(2, QStringLiteral("tools/list")), session, QByteArrayLiteral("sk-wrong")).status, 401);
        QCOMPARE(send(QByteArrayLiteral("POST"), url(QStringLiteral("/mcp")), compact(rpc(1, QStringLiteral("ping")))).status, 401);
        // a web page that is not allowed (DNS rebinding, cross-site); an allowed one
        QCOMPARE(mcp(rpc(2, QStringLiteral("ping")), session, kKey, {{QByteArrayLiteral("Origin"), QByteArrayLiteral("http://evil.example")}}).status,
                 403);
        const Reply allowed = mcp(rpc(2, QStringLiteral("ping")), session, kKey,
                                  {{QByteArrayLiteral("Origin"), QByteArrayLiteral("http://allowed.example")}});
        QCOMPARE(allowed.status, 200);
        QVERIFY(allowed.headers.value("access-control-expose-headers").contains("Mcp-Session-Id")); // a page reads its session id
        const Reply preflight = send(QByteArrayLiteral("OPTIONS"), url(QStringLiteral("/mcp")), {},
                                     {{QByteArrayLiteral("Origin"), QByteArrayLiteral("http://allowed.example")},
                                      {QByteArrayLiteral("Access-Control-Request-Method"), QByteArrayLiteral("DELETE")}});
        QCOMPARE(preflight.status, 204);
        QVERIFY(preflight.headers.value("access-control-allow-methods").contains("DELETE"));
        // no server-initiated stream; batches and non-JSON refused
        QCOMPARE(send(QByteArrayLiteral("GET"), url(QStringLiteral("/mcp")), {}, bearer()).status, 405);
        Headers h = bearer();
        h.append({QByteArrayLiteral("Mcp-Session-Id"), session});
        Reply batch = send(QByteArrayLiteral("POST"), url(QStringLiteral("/mcp")), "[" + compact(rpc(1, QStringLiteral("ping"))) + "]", h);
        QCOMPARE(batch.status, 400);
        QCOMPARE(batch.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32600);
        Reply garbage = send(QByteArrayLiteral("POST"), url(QStringLiteral("/mcp")), "{nope", h);
        QCOMPARE(garbage.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), -32700);
    }

    // a key's requests a minute count searches (they embed the query), not the handshake or listings
    void mcpSearchesCountAgainstTheKeysRate()
    {
        const Reply init = mcp(rpc(1, QStringLiteral("initialize"), {{QStringLiteral("protocolVersion"), QStringLiteral("2025-06-18")}}), {},
                               kRatedKey);
        QCOMPARE(init.status, 200);
        const QByteArray session = init.headers.value("mcp-session-id");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(mcp(rpc(2, QStringLiteral("tools/list")), session, kRatedKey).status, 200);
        const QJsonObject call = rpc(
            3, QStringLiteral("tools/call"),
            {{QStringLiteral("name"), QStringLiteral("search_knowledge")},
             {QStringLiteral("arguments"),
              QJsonObject{{QStringLiteral("collection"), QStringLiteral("handbook")}, {QStringLiteral("query"), QStringLiteral("parcels")}}}});
        QCOMPARE(mcp(call, session, kRatedKey).status, 200);
        QCOMPARE(mcp(call, session, kRatedKey).status, 200);
        const Reply limited = mcp(call, session, kRatedKey);
        QCOMPARE(limited.status, 429);
        QVERIFY(!limited.headers.value("retry-after").isEmpty());
        // a session is the key's own: another key cannot use it
        QCOMPARE(mcp(rpc(4, QStringLiteral("ping")), session, kKey).status, 404);
    }

    void mcpNeedsAKeyEvenOnAKeylessProxy()
    {
        ProxySettings settings;
        settings.port = 0;
        proxy::ProxyServer keyless;
        auto started = keyless.start(m_engine, settings, oneThread());
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        const Reply r = send(QByteArrayLiteral("POST"), url(QStringLiteral("/mcp"), &keyless), compact(rpc(1, QStringLiteral("initialize"))));
        QCOMPARE(r.status, 401);
        QVERIFY(r.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("needs a proxy key")));
        // the search endpoint follows the proxy's own rule: keyless here
        QCOMPARE(send(QByteArrayLiteral("POST"), url(QStringLiteral("/v1/knowledge/handbook/search"), &keyless),
                      compact({{QStringLiteral("query"), QStringLiteral("parcels")}, {QStringLiteral("mode"), QStringLiteral("bm25")}}))
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestProxyKnowledge)
#include "tst_proxyknowledge.moc"
