#include "fakeupstream.h"
#include "providers/providerclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::providers;
using protocol::ApiError;
using protocol::Dialect;
using protocol::StreamEvent;
namespace fk = sb::fakes;

// protocol's toString() overloads return QString, which QCOMPARE's toString lookup cannot use: compare names
#define COMPARE_NAMED(a, b) QCOMPARE(protocol::toString(a), protocol::toString(b))

Q_DECLARE_METATYPE(sb::protocol::Dialect)
Q_DECLARE_METATYPE(sb::fakes::FaultKind)
Q_DECLARE_METATYPE(sb::protocol::ApiError::Kind)

namespace {

const QString kKey = QStringLiteral("sk-test-key-123");

struct Setup {
    QString kind;
    QString dialectOption; // forces a dialect (OpenAI Responses)
    fk::Dialect fakeDialect;
};

Setup setupFor(Dialect d)
{
    switch (d) {
    case Dialect::OpenAiChat: return {QStringLiteral("openai"), {}, fk::Dialect::OpenAiChat};
    case Dialect::OpenAiResponses: return {QStringLiteral("openai"), QStringLiteral("openai_responses"), fk::Dialect::OpenAiResponses};
    case Dialect::AnthropicMessages: return {QStringLiteral("anthropic"), {}, fk::Dialect::Anthropic};
    case Dialect::Gemini: return {QStringLiteral("gemini"), {}, fk::Dialect::Gemini};
    case Dialect::Ollama: return {QStringLiteral("ollama"), {}, fk::Dialect::Ollama};
    }
    return {};
}

QString modelFor(Dialect d)
{
    switch (d) {
    case Dialect::AnthropicMessages: return QStringLiteral("claude-sonnet-4");
    case Dialect::Gemini: return QStringLiteral("gemini-2.5-flash");
    case Dialect::Ollama: return QStringLiteral("llama3.2");
    default: return QStringLiteral("gpt-4o-mini");
    }
}

// One fake upstream and one client for a dialect.
struct Rig {
    fk::FakeUpstream fake;
    QNetworkAccessManager nam;
    std::shared_ptr<ProviderClient> client;

    explicit Rig(Dialect d, Timeouts timeouts = {}, const QString &key = kKey)
        : fake(fk::allDialects())
    {
        if (!fake.listen())
            return;
        const Setup s = setupFor(d);
        if (d != Dialect::Ollama)
            fake.setApiKey(kKey);
        ProviderConfig cfg;
        cfg.id = QStringLiteral("p-") + s.kind;
        cfg.kind = s.kind;
        cfg.baseUrl = fake.baseUrl().toString();
        if (!s.dialectOption.isEmpty())
            cfg.options.insert(QStringLiteral("dialect"), s.dialectOption);
        auto c = ProviderClient::create(cfg, key, nam, timeouts);
        if (c)
            client = *c;
    }

    CallOutcome run(protocol::ChatRequest req, QList<StreamEvent> *events = nullptr)
    {
        ChatCall *call = client->chat(req);
        QSignalSpy spy(call, &ChatCall::finished);
        if (events)
            QObject::connect(call, &ChatCall::event, call, [events](const StreamEvent &e) { events->append(e); });
        if (!spy.wait(20000))
            return {};
        CallOutcome o = call->outcome();
        delete call;
        return o;
    }
};

protocol::ChatRequest hello(Dialect d, bool stream)
{
    protocol::ChatRequest r;
    r.model = modelFor(d);
    r.messages << protocol::Message::make(protocol::Role::User, QStringLiteral("Say hello"));
    r.stream = stream;
    r.maxTokens = 100;
    return r;
}

} // namespace

class TestProviderClient : public QObject
{
    Q_OBJECT

private:
    static void dialectRows()
    {
        QTest::addColumn<Dialect>("dialect");
        for (Dialect d : protocol::allDialects())
            QTest::newRow(qPrintable(protocol::toString(d))) << d;
    }

private Q_SLOTS:
    void join_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai v1") << QStringLiteral("https://api.openai.com/v1") << QStringLiteral("/v1/chat/completions")
                                   << QStringLiteral("https://api.openai.com/v1/chat/completions");
        QTest::newRow("trailing slash") << QStringLiteral("https://api.openai.com/v1/") << QStringLiteral("/v1/models")
                                        << QStringLiteral("https://api.openai.com/v1/models");
        QTest::newRow("groq prefix") << QStringLiteral("https://api.groq.com/openai/v1") << QStringLiteral("/v1/chat/completions")
                                     << QStringLiteral("https://api.groq.com/openai/v1/chat/completions");
        QTest::newRow("no version in base") << QStringLiteral("https://api.deepseek.com") << QStringLiteral("/v1/chat/completions")
                                            << QStringLiteral("https://api.deepseek.com/v1/chat/completions");
        QTest::newRow("gemini query") << QStringLiteral("https://generativelanguage.googleapis.com")
                                      << QStringLiteral("/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse")
                                      << QStringLiteral(
                                             "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse");
        QTest::newRow("ollama") << QStringLiteral("http://127.0.0.1:11434") << QStringLiteral("/api/chat")
                                << QStringLiteral("http://127.0.0.1:11434/api/chat");
        // a name with '/' in one segment stays one segment (a team member's, encoded by team::TeamClient)
        QTest::newRow("encoded slash") << QStringLiteral("http://127.0.0.1:4100/v1") << QStringLiteral("/v1/team/members/ops%2Fci%20bot%3F/role")
                                       << QStringLiteral("http://127.0.0.1:4100/v1/team/members/ops%2Fci bot%3F/role");
    }
    void join()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(ProviderClient::join(QUrl(base), path).toString(), expected);
    }

    void createRefusesMissingKeyAndUrl()
    {
        QNetworkAccessManager nam;
        ProviderConfig cfg;
        cfg.id = QStringLiteral("oa");
        cfg.kind = QStringLiteral("openai");
        auto noKey = ProviderClient::create(cfg, QString(), nam);
        QVERIFY(!noKey);
        QVERIFY2(noKey.error().message.contains(QLatin1String("env:OPENAI_API_KEY")), qPrintable(noKey.error().message));
        cfg.kind = QStringLiteral("openai_compatible"); // custom preset: no default URL
        auto noUrl = ProviderClient::create(cfg, kKey, nam);
        QVERIFY(!noUrl);
        QVERIFY(noUrl.error().message.contains(QLatin1String("base URL")));
        cfg.kind = QStringLiteral("ollama"); // local, keyless
        QVERIFY(ProviderClient::create(cfg, QString(), nam));
        cfg.options.insert(QStringLiteral("dialect"), QStringLiteral("klingon"));
        QVERIFY(!ProviderClient::create(cfg, QString(), nam));
    }

    void streamedChat_data() { dialectRows(); }
    void streamedChat()
    {
        QFETCH(Dialect, dialect);
        Rig rig(dialect);
        QVERIFY(rig.client);
        QList<StreamEvent> events;
        const CallOutcome o = rig.run(hello(dialect, true), &events);
        QVERIFY2(o.ok(), o.error ? qPrintable(o.error->message) : "");
        QCOMPARE(o.response.message.text(), QStringLiteral("Hello from the fake upstream."));
        QCOMPARE(o.response.usage.inputTokens + o.response.usage.cacheReadTokens, qint64(12));
        QCOMPARE(o.response.usage.outputTokens, qint64(9));
        QVERIFY(o.ttftMs >= 0 && o.ttftMs <= o.latencyMs);
        QCOMPARE(o.httpStatus, 200);
        int textDeltas = 0;
        for (const StreamEvent &e : std::as_const(events))
            textDeltas += e.type == StreamEvent::Type::TextDelta ? 1 : 0;
        QVERIFY2(textDeltas >= 2, "the text arrived in several deltas, as streamed");
        COMPARE_NAMED(events.last().type, StreamEvent::Type::Finish);
        // the request went out the vendor's way
        const fk::RecordedRequest req = rig.fake.lastRequest();
        switch (dialect) {
        case Dialect::OpenAiChat:
            QCOMPARE(req.path, QStringLiteral("/v1/chat/completions"));
            QCOMPARE(req.header("authorization"), QByteArray("Bearer ") + kKey.toUtf8());
            QVERIFY(req.json().value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool());
            break;
        case Dialect::OpenAiResponses: QCOMPARE(req.path, QStringLiteral("/v1/responses")); break;
        case Dialect::AnthropicMessages:
            QCOMPARE(req.header("x-api-key"), kKey.toUtf8());
            QCOMPARE(req.header("anthropic-version"), QByteArray("2023-06-01"));
            QVERIFY(!req.hasHeader("authorization"));
            break;
        case Dialect::Gemini:
            QCOMPARE(req.path, QStringLiteral("/v1beta/models/gemini-2.5-flash:streamGenerateContent"));
            QCOMPARE(req.query.queryItemValue(QStringLiteral("alt")), QStringLiteral("sse"));
            QCOMPARE(req.header("x-goog-api-key"), kKey.toUtf8());
            break;
        case Dialect::Ollama: QCOMPARE(req.path, QStringLiteral("/api/chat")); break;
        }
    }

    void plainChat_data() { dialectRows(); }
    void plainChat()
    {
        QFETCH(Dialect, dialect);
        Rig rig(dialect);
        QVERIFY(rig.client);
        QList<StreamEvent> events;
        const CallOutcome o = rig.run(hello(dialect, false), &events);
        QVERIFY2(o.ok(), o.error ? qPrintable(o.error->message) : "");
        QVERIFY(events.isEmpty());
        QCOMPARE(o.response.message.text(), QStringLiteral("Hello from the fake upstream."));
        QCOMPARE(o.response.usage.outputTokens, qint64(9));
    }

    void toolCallAcrossChunks_data() { dialectRows(); }
    void toolCallAcrossChunks()
    {
        QFETCH(Dialect, dialect);
        Rig rig(dialect);
        fk::ReplyScript reply;
        reply.text.clear();
        reply.toolCall = fk::ToolCallScript{};
        reply.toolCall->chunks = 4;
        rig.fake.setReply(reply);
        protocol::ChatRequest req = hello(dialect, true);
        protocol::ToolDef tool;
        tool.name = QStringLiteral("get_weather");
        tool.description = QStringLiteral("Weather for a city");
        tool.parameters = QJsonDocument::fromJson(R"({"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string"}}})").object();
        req.tools << tool;
        const CallOutcome o = rig.run(req);
        QVERIFY2(o.ok(), o.error ? qPrintable(o.error->message) : "");
        QCOMPARE(o.response.message.toolCalls.size(), 1);
        QCOMPARE(o.response.message.toolCalls.first().name, QStringLiteral("get_weather"));
        QCOMPARE(QJsonDocument::fromJson(o.response.message.toolCalls.first().arguments.toUtf8()),
                 QJsonDocument::fromJson(R"({"city":"Paris","unit":"celsius"})"));
        COMPARE_NAMED(o.response.finishReason, protocol::FinishReason::ToolCalls);
    }

    // A whole answer that arrives at once (hundreds of KiB in one read) is decoded in slices over
    // several event-loop passes, and nothing of it is lost, its end included.
    void largeBurstIsDecodedInSlices_data() { dialectRows(); }
    void largeBurstIsDecodedInSlices()
    {
        QFETCH(Dialect, dialect);
        Rig rig(dialect);
        QVERIFY(rig.client);
        fk::ReplyScript reply;
        QString text;
        for (int i = 0; i < 4000; ++i)
            text += QStringLiteral("word%1 ").arg(i);
        reply.text = text;
        reply.textChunks = 4000;
        rig.fake.setReply(reply);
        ChatCall *call = rig.client->chat(hello(dialect, true));
        QSignalSpy spy(call, &ChatCall::finished);
        // Passes are told apart by a reset posted at the first event of each, with high priority: it
        // runs before the drain of the next slice that the call posted meanwhile.
        struct Reset : QObject {
            bool *flag = nullptr;
            bool event(QEvent *e) override
            {
                if (e->type() != QEvent::User)
                    return QObject::event(e);
                *flag = false;
                return true;
            }
        };
        int passes = 0;
        bool inPass = false;
        Reset reset;
        reset.flag = &inPass;
        QString streamed;
        QList<qsizetype> passStarts;
        QObject::connect(call, &ChatCall::event, call, [&](const StreamEvent &e) {
            if (!inPass) { // the first event of an event-loop pass
                inPass = true;
                ++passes;
                passStarts.append(streamed.size());
                QCoreApplication::postEvent(&reset, new QEvent(QEvent::User), Qt::HighEventPriority);
            }
            if (e.type == StreamEvent::Type::TextDelta)
                streamed += e.text;
        });
        QVERIFY(spy.wait(20000));
        const CallOutcome o = call->outcome();
        delete call;
        QVERIFY2(o.ok(), o.error ? qPrintable(o.error->message) : "");
        QCOMPARE(streamed, text);
        QCOMPARE(o.response.message.text(), text);
        passStarts.append(streamed.size());
        qsizetype largest = 0;
        for (qsizetype i = 1; i < passStarts.size(); ++i)
            largest = std::max(largest, passStarts[i] - passStarts[i - 1]);
        QVERIFY2(passes >= 4 && largest < text.size() / 2,
                 qPrintable(QStringLiteral("%1 passes, at most %2 of %3 characters in one").arg(passes).arg(largest).arg(text.size())));
    }

    void faults_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<fk::FaultKind>("fault");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("partial");
        for (Dialect d : protocol::allDialects()) {
            const QString n = protocol::toString(d);
            auto row = [&](const char *name, fk::FaultKind f, ApiError::Kind k, bool partial = false) {
                QTest::newRow(qPrintable(n + QLatin1Char(' ') + QLatin1String(name))) << d << f << k << partial;
            };
            if (d != Dialect::Ollama) {
                row("401", fk::FaultKind::Unauthorized, ApiError::Kind::Auth);
                row("403", fk::FaultKind::Forbidden, ApiError::Kind::Permission);
            }
            row("404", fk::FaultKind::ModelNotFound, ApiError::Kind::NotFound);
            row("429", fk::FaultKind::RateLimited, ApiError::Kind::RateLimited);
            row("500", fk::FaultKind::ServerError, ApiError::Kind::Server);
            row("overloaded", fk::FaultKind::Overloaded, ApiError::Kind::Overloaded);
            row("context length", fk::FaultKind::ContextLengthExceeded, ApiError::Kind::ContextLength);
            row("drop before response", fk::FaultKind::DropBeforeResponse, ApiError::Kind::Network);
            row("drop mid-stream", fk::FaultKind::DropMidStream, ApiError::Kind::Network, true);
        }
        QTest::newRow("anthropic stream error") << Dialect::AnthropicMessages << fk::FaultKind::StreamError << ApiError::Kind::Overloaded << true;
    }
    void faults()
    {
        QFETCH(Dialect, dialect);
        QFETCH(fk::FaultKind, fault);
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, partial);
        Rig rig(dialect);
        // frames sent before a mid-stream fault: enough for the answer's text to have started
        const int framesBefore = dialect == Dialect::OpenAiResponses ? 5 : dialect == Dialect::AnthropicMessages ? 4 : 2;
        fk::Fault f = fk::Fault::make(fault, 0, framesBefore);
        f.retryAfterSeconds = 7;
        rig.fake.setFault(f);
        const CallOutcome o = rig.run(hello(dialect, true));
        QVERIFY(o.error);
        QVERIFY2(o.error->kind == kind, qPrintable(protocol::toString(o.error->kind) + QStringLiteral(": ") + o.error->message));
        QCOMPARE(o.error->provider, rig.client->id());
        QCOMPARE(o.partial, partial);
        QVERIFY(!o.error->message.isEmpty());
        if (fault == fk::FaultKind::RateLimited)
            QCOMPARE(o.error->retryAfter, std::optional<std::chrono::milliseconds>(std::chrono::seconds(7)));
    }

    void wrongKeyIsAuth()
    {
        Rig rig(Dialect::AnthropicMessages, {}, QStringLiteral("sk-wrong"));
        const CallOutcome o = rig.run(hello(Dialect::AnthropicMessages, false));
        QVERIFY(o.error);
        COMPARE_NAMED(o.error->kind, ApiError::Kind::Auth);
        QCOMPARE(o.error->httpStatus, 401);
        QVERIFY(!o.error->message.contains(QLatin1String("sk-wrong")));
    }

    void timeouts_data()
    {
        QTest::addColumn<fk::FaultKind>("fault");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<bool>("partial");
        QTest::newRow("no headers") << fk::FaultKind::SlowFirstByte << QStringLiteral("did not answer") << false;
        QTest::newRow("no first token") << fk::FaultKind::SlowFirstToken << QStringLiteral("no first token") << false;
        QTest::newRow("stall") << fk::FaultKind::StallMidStream << QStringLiteral("stalled") << true;
    }
    void timeouts()
    {
        QFETCH(fk::FaultKind, fault);
        QFETCH(QString, phase);
        QFETCH(bool, partial);
        Timeouts t;
        t.connect = std::chrono::milliseconds(400);
        t.firstToken = std::chrono::milliseconds(400);
        t.idle = std::chrono::milliseconds(400);
        Rig rig(Dialect::OpenAiChat, t);
        rig.fake.setFault(fk::Fault::make(fault, 5000, 3));
        QElapsedTimer clock;
        clock.start();
        const CallOutcome o = rig.run(hello(Dialect::OpenAiChat, true));
        QVERIFY(o.error);
        COMPARE_NAMED(o.error->kind, ApiError::Kind::Timeout);
        QVERIFY2(o.error->message.contains(phase), qPrintable(o.error->message));
        QCOMPARE(o.partial, partial);
        QVERIFY2(clock.elapsed() < 4000, "the call gave up long before the fake's 5 s delay");
        QTRY_COMPARE_WITH_TIMEOUT(rig.fake.openConnectionCount(), 0, 5000);
    }

    void cancelMidStream()
    {
        Rig rig(Dialect::AnthropicMessages);
        rig.fake.setChunkDelay(200);
        ChatCall *call = rig.client->chat(hello(Dialect::AnthropicMessages, true));
        QSignalSpy finished(call, &ChatCall::finished);
        QSignalSpy events(call, &ChatCall::event);
        QVERIFY(events.wait(5000));
        call->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(call->outcome().error);
        COMPARE_NAMED(call->outcome().error->kind, ApiError::Kind::Cancelled);
        call->cancel(); // again: nothing more
        // until the upstream has seen the connection go, then whatever the call queued meanwhile
        QTRY_COMPARE_WITH_TIMEOUT(rig.fake.openConnectionCount(), 0, 5000);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        delete call;
    }

    void listModels_data() { dialectRows(); }
    void listModels()
    {
        QFETCH(Dialect, dialect);
        Rig rig(dialect);
        rig.fake.setModels({QStringLiteral("model-b"), QStringLiteral("model-a")});
        QObject context;
        std::optional<ModelListing> listing;
        JsonCall *call = rig.client->fetchModels(&context, [&](const ModelListing &l) { listing = l; });
        QTRY_VERIFY_WITH_TIMEOUT(listing.has_value(), 10000);
        QVERIFY2(!listing->error, listing->error ? qPrintable(listing->error->message) : "");
        QVERIFY(call->isFinished());
        QStringList ids;
        for (const RemoteModel &m : listing->models)
            ids << m.id;
        QVERIFY2(ids.contains(QStringLiteral("model-a")) && ids.contains(QStringLiteral("model-b")), qPrintable(ids.join(QLatin1Char(','))));
        QCOMPARE(ids.indexOf(QStringLiteral("model-a")) < ids.indexOf(QStringLiteral("model-b")), true);
    }

    void embeddings_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::newRow("openai") << Dialect::OpenAiChat;
        QTest::newRow("gemini") << Dialect::Gemini;
        QTest::newRow("ollama") << Dialect::Ollama;
    }
    void embeddings()
    {
        QFETCH(Dialect, dialect);
        Rig rig(dialect);
        JsonCall *call = rig.client->embed(QStringLiteral("embedder"), {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
        QSignalSpy spy(call, &JsonCall::finished);
        QVERIFY(spy.wait(10000));
        QVERIFY2(!call->outcome().error, call->outcome().error ? qPrintable(call->outcome().error->message) : "");
        auto vectors = ProviderClient::parseEmbeddings(dialect, call->outcome().body, 3);
        QVERIFY2(vectors, vectors ? "" : qPrintable(vectors.error().message));
        QCOMPARE(vectors->vectors.size(), 3);
        QCOMPARE(vectors->vectors.first().size(), 8);
        QVERIFY(vectors->vectors.at(0) != vectors->vectors.at(1));
        // the tokens counted where the provider says (Gemini's batchEmbedContents does not)
        QCOMPARE(vectors->inputTokens >= 0, dialect != Dialect::Gemini);
        delete call;
    }

    void anthropicHasNoEmbeddings()
    {
        Rig rig(Dialect::AnthropicMessages);
        JsonCall *call = rig.client->embed(QStringLiteral("x"), {QStringLiteral("a")});
        QSignalSpy spy(call, &JsonCall::finished);
        QVERIFY(spy.wait(5000));
        COMPARE_NAMED(call->outcome().error->kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(rig.fake.requestCount(), 0);
        delete call;
    }

    void largePromptIsSent()
    {
        Rig rig(Dialect::OpenAiChat);
        protocol::ChatRequest req = hello(Dialect::OpenAiChat, true);
        req.messages.first().content.first().text = QString(10 * 1024 * 1024, QLatin1Char('x'));
        const CallOutcome o = rig.run(req);
        QVERIFY2(o.ok(), o.error ? qPrintable(o.error->message) : "");
        QVERIFY(rig.fake.lastRequest().body.size() > 10 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestProviderClient)
#include "tst_providerclient.moc"
