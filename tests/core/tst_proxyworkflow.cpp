// Workflows through the proxy: each valid workflow of the workspace is a model workflow:NAME; a chat
// request to it runs the workflow on its last user message and answers in the client's dialect, whole or
// streamed, with errors in the dialect's own format; the run is stored like any run. Against the real
// proxy on 127.0.0.1 and a fake upstream.
#include "engine/engine.h"
#include "fakeupstream.h"
#include "protocol/codec.h"
#include "proxy/proxyserver.h"
#include "proxyclient.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"
#include "workflow/runstore.h"
#include "workflowjson.h"

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
using sb::testing::json;

namespace {

const QByteArray kKey = QByteArrayLiteral("sk-proxy-wf-0123456789");
const QByteArray kLimitedKey = QByteArrayLiteral("sk-proxy-wf-limited-42");
const QByteArray kCappedKey = QByteArrayLiteral("sk-proxy-wf-capped-77");

using Reply = testing::HttpReply;
using Headers = testing::HttpHeaders;

const char *kEcho = "{'version':1,'name':'echo','steps':["
                    "{'id':'sum','kind':'llm','model':'fake/gpt-4o-mini','user':'{{input.text}}'},"
                    "{'id':'out','kind':'output','value':'{{steps.sum.output}}'}],'edges':[{'from':'sum','to':'out'}]}";
const char *kReport = "{'version':1,'name':'report','inputSchema':{'type':'object','properties':{'text':{'type':'string'},"
                      "'language':{'type':'string'}},'required':['text','language']},'steps':["
                      "{'id':'loud','kind':'transform','op':'template','template':'{{upper(input.text)}}'},"
                      "{'id':'shout','kind':'output','value':'{{steps.loud.output}}'},"
                      "{'id':'language','kind':'output','value':'{{input.language}}'}],'edges':[{'from':'loud','to':'shout'}]}";
const char *kNowhere = "{'version':1,'name':'nowhere','steps':["
                       "{'id':'ask','kind':'llm','model':'nope/gpt-4o-mini','user':'{{input.text}}'},"
                       "{'id':'out','kind':'output','value':'{{steps.ask.output}}'}],'edges':[{'from':'ask','to':'out'}]}";
const char *kReview = "{'version':1,'name':'review','steps':["
                      "{'id':'check','kind':'human_review','value':'{{input.text}}'},"
                      "{'id':'out','kind':'output','value':'{{steps.check.output}}'}],'edges':[{'from':'check','to':'out'}]}";
const char *kSlow = "{'version':1,'name':'slow','steps':["
                    "{'id':'ask','kind':'llm','model':'slow/gpt-4o-mini','user':'{{input.text}}'},"
                    "{'id':'out','kind':'output','value':'{{steps.ask.output}}'}],'edges':[{'from':'ask','to':'out'}]}";
const char *kBroken = "{'version':1,'name':'broken','steps':[{'id':'out','kind':'output','value':'{{steps.nope.output}}'}]}";

} // namespace

class TestProxyWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    fk::FakeUpstream m_up{fk::Dialects(fk::Dialect::OpenAiChat)};
    fk::FakeUpstream m_slow{fk::Dialects(fk::Dialect::OpenAiChat)};
    std::shared_ptr<MemorySecretStore> m_secrets = std::make_shared<MemorySecretStore>();
    std::shared_ptr<engine::Engine> m_engine;
    std::unique_ptr<proxy::ProxyServer> m_server;
    QNetworkAccessManager m_nam;

    QUrl url(const QString &path) const
    {
        QUrl u = m_server->baseUrl();
        u.setPath(path);
        return u;
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &key = kKey, Headers headers = {})
    {
        headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key});
        return testing::sendHttp(m_nam, method, url(path), body, headers);
    }

    // A chat request to `model` in the client's dialect with one user message.
    Reply chat(Dialect client, const QString &model, const QString &text, bool stream, const QByteArray &key = kKey)
    {
        auto codec = protocol::makeCodec(client);
        protocol::ChatRequest req;
        req.model = model;
        req.maxTokens = 100;
        req.stream = stream;
        req.messages << protocol::Message::make(protocol::Role::User, text);
        const protocol::WireRequest wire = codec->encodeRequest(req);
        Headers h;
        if (client == Dialect::AnthropicMessages)
            h.append({QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")});
        return send(QByteArrayLiteral("POST"), wire.path, QJsonDocument(wire.body).toJson(QJsonDocument::Compact), key, h);
    }

    // What the client reads of an answer: the response (a stream decoded and put together) or the error.
    static protocol::Result<protocol::ChatResponse> answer(Dialect client, const Reply &r, bool stream)
    {
        auto codec = protocol::makeCodec(client);
        if (r.status != 200)
            return codec->decodeError(r.status, r.body);
        if (!stream)
            return codec->decodeResponse(r.body);
        protocol::ChatResponse out;
        for (const protocol::StreamEvent &e : protocol::decodeStream(*codec, r.body)) {
            if (e.type == protocol::StreamEvent::Type::Error)
                return e.error;
            if (e.type == protocol::StreamEvent::Type::MessageStart) {
                out.id = e.id;
                out.model = e.model;
            } else if (e.type == protocol::StreamEvent::Type::TextDelta) {
                out.message.content << protocol::ContentPart::makeText(e.text);
            } else if (e.type == protocol::StreamEvent::Type::Usage) {
                out.usage = e.usage;
            }
        }
        return out;
    }

    QList<workflow::RunRecord> runs(const QString &workflow)
    {
        workflow::RunQuery q;
        q.workflow = workflow;
        auto r = workflow::RunStore(m_engine->database()).runs(q);
        return r ? *r : QList<workflow::RunRecord>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_up.listen());
        QVERIFY(m_slow.listen());
        m_slow.setFault(fk::Fault::make(fk::FaultKind::SlowFirstByte, 20000));
        QVERIFY(m_secrets->write(QStringLiteral("proxy"), QString::fromLatin1(kKey)));
        QVERIFY(m_secrets->write(QStringLiteral("limited"), QString::fromLatin1(kLimitedKey)));
        QVERIFY(m_secrets->write(QStringLiteral("capped"), QString::fromLatin1(kCappedKey)));
        QVERIFY(m_secrets->write(QStringLiteral("up"), QStringLiteral("sk-up")));
        Workspace ws = WorkspaceFile::defaults();
        for (const auto &[id, fake] : {std::pair{"fake", &m_up}, std::pair{"slow", &m_slow}}) {
            ProviderConfig p;
            p.id = QLatin1String(id);
            p.kind = QStringLiteral("openai");
            p.baseUrl = fake->baseUrl().toString();
            p.apiKey = QStringLiteral("keychain:up");
            p.models = {QStringLiteral("gpt-4o-mini")};
            ws.providers << p;
        }
        ws.proxy.port = 0;
        ws.proxy.keys = {ProxyKeyConfig{QStringLiteral("editor"), QStringLiteral("keychain:proxy"), {}},
                         ProxyKeyConfig{QStringLiteral("limited"), QStringLiteral("keychain:limited"), {QStringLiteral("fake/*")}},
                         ProxyKeyConfig{QStringLiteral("capped"), QStringLiteral("keychain:capped"), {}}};
        // the capped key may spend next to nothing: its budget holds for the steps of the runs it starts
        ws.budgets = QJsonArray{json("{'scope':'proxy_key','target':'capped','period':'daily','hardLimitUsd':0.000001}")};
        ws.workflows = {json(kEcho), json(kReport), json(kNowhere), json(kReview), json(kSlow), json(kBroken)};
        auto engine = engine::Engine::open(m_dir.filePath(QStringLiteral("data")), ws, m_secrets);
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().message));
        m_engine = *engine;
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

    void modelsListTheValidWorkflows()
    {
        Reply r = send(QByteArrayLiteral("GET"), QStringLiteral("/v1/models"));
        QCOMPARE(r.status, 200);
        QStringList ids;
        for (const QJsonValue &m : r.json().value(QLatin1String("data")).toArray())
            ids << m.toObject().value(QLatin1String("id")).toString();
        for (const char *name : {"workflow:echo", "workflow:report", "workflow:nowhere", "workflow:review", "workflow:slow"})
            QVERIFY2(ids.contains(QLatin1String(name)), qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY(!ids.contains(QStringLiteral("workflow:broken")));
        QVERIFY(ids.contains(QStringLiteral("fake/gpt-4o-mini")));
        QCOMPARE(send(QByteArrayLiteral("GET"), QStringLiteral("/v1/models/workflow:echo")).status, 200);
        // a key limited to other models sees none of them, and may not run them
        r = send(QByteArrayLiteral("GET"), QStringLiteral("/v1/models"), {}, kLimitedKey);
        QVERIFY(!r.body.contains("workflow:"));
        r = chat(Dialect::OpenAiChat, QStringLiteral("workflow:echo"), QStringLiteral("hi"), false, kLimitedKey);
        QCOMPARE(r.status, 403);
    }

    void runsInEveryDialect_data()
    {
        QTest::addColumn<Dialect>("client");
        QTest::addColumn<bool>("stream");
        for (const auto &[name, dialect] : QList<std::pair<const char *, Dialect>>{
                 {"chat", Dialect::OpenAiChat}, {"messages", Dialect::AnthropicMessages}, {"responses", Dialect::OpenAiResponses}}) {
            QTest::addRow("%s whole", name) << dialect << false;
            QTest::addRow("%s stream", name) << dialect << true;
        }
    }
    void runsInEveryDialect()
    {
        QFETCH(Dialect, client);
        QFETCH(bool, stream);
        m_up.clearRequests();
        const int before = int(runs(QStringLiteral("echo")).size());
        const Reply r = chat(client, QStringLiteral("workflow:echo"), QStringLiteral("Tell me about tea"), stream);
        QVERIFY2(r.status == 200, r.body.constData());
        auto a = answer(client, r, stream);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QCOMPARE(a->message.text(), QStringLiteral("Hello from the fake upstream."));
        QCOMPARE(a->usage.outputTokens, 9);
        // the message was the workflow's input: the step's prompt
        QCOMPARE(m_up.requestCount(), 1);
        QCOMPARE(m_up.lastRequest().json().value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Tell me about tea"));
        // stored like any run, started by the key; its call in the ledger under the run
        QList<workflow::RunRecord> stored;
        QTRY_VERIFY((stored = runs(QStringLiteral("echo"))).size() == before + 1 && stored.first().status == workflow::RunStatus::Succeeded);
        QCOMPARE(stored.first().startedBy, QStringLiteral("editor"));
        QVERIFY(m_engine->ledger().flush());
        QSqlQuery q(*m_engine->database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT source FROM calls WHERE source_key = '%1'").arg(stored.first().id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("workflow"));
    }

    void jsonInAndJsonOut()
    {
        Reply r = chat(Dialect::OpenAiChat, QStringLiteral("workflow:report"), QStringLiteral("{\"text\": \"hi there\", \"language\": \"de\"}"),
                       false);
        QVERIFY2(r.status == 200, r.body.constData());
        auto a = answer(Dialect::OpenAiChat, r, false);
        QVERIFY(a);
        QCOMPARE(QJsonDocument::fromJson(a->message.text().toUtf8()).object(), json("{'shout':'HI THERE','language':'de'}"));
        // plain text where it takes two fields: refused, saying what it takes, in each dialect's error format
        r = chat(Dialect::OpenAiChat, QStringLiteral("workflow:report"), QStringLiteral("hi there"), false);
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("invalid_request_error"));
        QVERIFY2(error.value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("takes a JSON object with language (string, required), text (string, required)")),
                 r.body.constData());
        r = chat(Dialect::AnthropicMessages, QStringLiteral("workflow:report"), QStringLiteral("hi there"), true);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("type")).toString(), QStringLiteral("error"));
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("invalid_request_error"));
    }

    void errorsInTheClientsDialect()
    {
        // no such workflow
        Reply r = chat(Dialect::OpenAiChat, QStringLiteral("workflow:nope"), QStringLiteral("x"), false);
        QCOMPARE(r.status, 404);
        QVERIFY2(r.body.contains("no workflow \\\"nope\\\" in the workspace (there are: echo, report, nowhere, review, slow, broken)"),
                 r.body.constData());
        // a workflow that is not valid: the workspace's fault, not the client's
        r = chat(Dialect::OpenAiChat, QStringLiteral("workflow:broken"), QStringLiteral("x"), false);
        QCOMPARE(r.status, 500);
        QVERIFY2(r.body.contains("the workflow broken is not valid (steps.out.value: at 2: no step"), r.body.constData());
        // a step whose model fails: the model's error kind, the step and the run named
        r = chat(Dialect::OpenAiChat, QStringLiteral("workflow:nowhere"), QStringLiteral("x"), false);
        auto a = answer(Dialect::OpenAiChat, r, false);
        QVERIFY(!a);
        QCOMPARE(protocol::toString(a.error().kind), QStringLiteral("not_found"));
        QVERIFY2(a.error().message.startsWith(QLatin1String("the workflow nowhere failed at step ask: ")), qPrintable(a.error().message));
        QVERIFY2(a.error().message.contains(QLatin1String("resume it in the app or with switchboard-cli workflow resume ")),
                 qPrintable(a.error().message));
        QTRY_COMPARE(runs(QStringLiteral("nowhere")).value(0).status, workflow::RunStatus::Failed);
        // the same streamed: the stream opened, then the dialect's error event
        for (Dialect client : {Dialect::OpenAiChat, Dialect::AnthropicMessages, Dialect::OpenAiResponses}) {
            r = chat(client, QStringLiteral("workflow:nowhere"), QStringLiteral("x"), true);
            QCOMPARE(r.status, 200);
            a = answer(client, r, true);
            QVERIFY2(!a, r.body.constData());
            QVERIFY2(a.error().message.contains(QLatin1String("failed at step ask")), qPrintable(a.error().message));
        }
        // the key's budget holds for the run's calls: a direct call of the key cannot reserve its
        // maximum cost under the key's hard limit, and neither can the run's step
        r = chat(Dialect::OpenAiChat, QStringLiteral("fake/gpt-4o-mini"), QStringLiteral("x"), false, kCappedKey);
        QCOMPARE(r.status, 402);
        r = chat(Dialect::OpenAiChat, QStringLiteral("workflow:echo"), QStringLiteral("x"), false, kCappedKey);
        a = answer(Dialect::OpenAiChat, r, false);
        QVERIFY2(!a, r.body.constData());
        QCOMPARE(r.status, 402);
        QVERIFY2(a.error().message.startsWith(QLatin1String("the workflow echo failed at step sum: ")), qPrintable(a.error().message));
        // a run that waits for a person cannot answer
        r = chat(Dialect::OpenAiChat, QStringLiteral("workflow:review"), QStringLiteral("x"), false);
        QCOMPARE(r.status, 500);
        QVERIFY2(r.body.contains("waits for a person to review step check"), r.body.constData());
        QTRY_COMPARE(runs(QStringLiteral("review")).value(0).status, workflow::RunStatus::Paused);
        // no user message
        protocol::ChatRequest req;
        req.model = QStringLiteral("workflow:echo");
        req.messages << protocol::Message::make(protocol::Role::Assistant, QStringLiteral("hello"));
        const protocol::WireRequest wire = protocol::makeCodec(Dialect::OpenAiChat)->encodeRequest(req);
        r = send(QByteArrayLiteral("POST"), wire.path, QJsonDocument(wire.body).toJson());
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("takes its input from the last user message"));
    }

    void aClientThatLeavesCancelsTheRun()
    {
        auto codec = protocol::makeCodec(Dialect::OpenAiChat);
        protocol::ChatRequest req;
        req.model = QStringLiteral("workflow:slow");
        req.stream = true;
        req.messages << protocol::Message::make(protocol::Role::User, QStringLiteral("take your time"));
        const protocol::WireRequest wire = codec->encodeRequest(req);
        QNetworkRequest request(url(wire.path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + kKey);
        QNetworkReply *reply = m_nam.post(request, QJsonDocument(wire.body).toJson());
        // the stream opens at once, before any step answered
        QSignalSpy head(reply, &QNetworkReply::readyRead);
        QVERIFY(head.wait(10000));
        QTRY_COMPARE(m_slow.requestCount(), 1);
        QCOMPARE(runs(QStringLiteral("slow")).value(0).status, workflow::RunStatus::Running);
        reply->abort();
        delete reply;
        QTRY_COMPARE(runs(QStringLiteral("slow")).value(0).status, workflow::RunStatus::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestProxyWorkflow)
#include "tst_proxyworkflow.moc"
