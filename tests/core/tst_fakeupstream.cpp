// Tests of the fake upstream servers (tests/fakes): they must be right before anything relies on them.
// The client side here is QNetworkAccessManager or a raw QTcpSocket, never switchboard_core.
#include "agentscript.h"
#include "fakeupstream.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace sb::fakes;

namespace {

constexpr int kWaitMs = 10000; // upper bound for any single exchange
const QByteArray kKey = QByteArrayLiteral("sk-test-key-123456");

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct Exchange {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 headersMs = -1;
    qint64 firstDataMs = -1;
    qint64 totalMs = -1;
    int reads = 0;
    bool finished = false;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[k, v] : headers) {
            if (QByteArrayView(k).compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A request in one dialect, as a vendor SDK would send it.
struct Req {
    Dialects dialects;
    QByteArray method = "POST";
    QString path;
    Headers headers;
    QByteArray body;
};

Req requestFor(const QString &dialect, bool stream)
{
    const QByteArray s = stream ? "true" : "false";
    Req r;
    if (dialect == QLatin1String("openai")) {
        r.dialects = Dialect::OpenAiChat;
        r.path = QStringLiteral("/v1/chat/completions");
        r.headers = {{"Authorization", "Bearer " + kKey}};
        r.body = R"({"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"stream":)" + s + "}";
    } else if (dialect == QLatin1String("responses")) {
        r.dialects = Dialect::OpenAiResponses;
        r.path = QStringLiteral("/v1/responses");
        r.headers = {{"Authorization", "Bearer " + kKey}};
        r.body = R"({"model":"gpt-4.1","input":"hi","stream":)" + s + "}";
    } else if (dialect == QLatin1String("anthropic")) {
        r.dialects = Dialect::Anthropic;
        r.path = QStringLiteral("/v1/messages");
        r.headers = {{"x-api-key", kKey}, {"anthropic-version", "2023-06-01"}};
        r.body = R"({"model":"claude-sonnet-4-5","max_tokens":256,"messages":[{"role":"user","content":"hi"}],"stream":)" + s + "}";
    } else if (dialect == QLatin1String("gemini")) {
        r.dialects = Dialect::Gemini;
        r.path = stream ? QStringLiteral("/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse")
                        : QStringLiteral("/v1beta/models/gemini-2.0-flash:generateContent");
        r.headers = {{"x-goog-api-key", kKey}};
        r.body = R"({"contents":[{"role":"user","parts":[{"text":"hi"}]}]})";
    } else if (dialect == QLatin1String("ollama")) {
        r.dialects = Dialect::Ollama;
        r.path = QStringLiteral("/api/chat");
        r.body = R"({"model":"llama3.2","messages":[{"role":"user","content":"hi"}],"stream":)" + s + "}";
    }
    return r;
}

// The bytes that only a complete stream of that dialect contains.
QByteArray terminalMarker(const QString &dialect)
{
    if (dialect == QLatin1String("openai"))
        return "data: [DONE]";
    if (dialect == QLatin1String("responses"))
        return "event: response.completed";
    if (dialect == QLatin1String("anthropic"))
        return "event: message_stop";
    if (dialect == QLatin1String("gemini"))
        return "usageMetadata";
    return "\"done\":true";
}

struct SseEvent {
    QByteArray event;
    QByteArray data;
    QJsonObject json() const { return QJsonDocument::fromJson(data).object(); }
};

// An independent, minimal SSE reader for the assertions (events end at a blank line).
QList<SseEvent> parseSse(QByteArray body)
{
    body.replace("\r\n", "\n");
    QList<SseEvent> events;
    const QList<QByteArray> blocks = body.split('\n');
    SseEvent current;
    bool any = false;
    for (const QByteArray &line : blocks) {
        if (line.isEmpty()) {
            if (any)
                events.append(current);
            current = SseEvent{};
            any = false;
            continue;
        }
        any = true;
        if (line.startsWith("event: "))
            current.event = line.mid(7);
        else if (line.startsWith("data: "))
            current.data += (current.data.isEmpty() ? QByteArray() : QByteArray("\n")) + line.mid(6);
    }
    if (any)
        events.append(current);
    return events;
}

QList<QJsonObject> parseNdjson(const QByteArray &body)
{
    QList<QJsonObject> lines;
    const QList<QByteArray> raw = body.split('\n');
    for (const QByteArray &line : raw) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

// "a/b/0/c" into a JSON value.
QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool isIndex = false;
        const int i = p.toInt(&isIndex);
        v = isIndex && v.isArray() ? v.toArray().at(i) : v.toObject().value(p);
    }
    return v;
}

QString atString(const QJsonValue &root, const QString &path)
{
    return at(root, path).toVariant().toString();
}

} // namespace

class TestFakeUpstream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openAiChatNonStreamed();
    void openAiChatStreamed_data();
    void openAiChatStreamed();
    void openAiModelsAndEmbeddings();
    void responsesNonStreamed();
    void responsesStreamed();
    void anthropicNonStreamed();
    void anthropicStreamed();
    void anthropicCountTokensModelsAndVersion();
    void geminiNonStreamed();
    void geminiSchemaFieldsChecked();
    void toolDefinitionsChecked();
    void geminiStreamedSse();
    void geminiStreamedJsonArray();
    void geminiModelsAndEmbeddings();
    void ollamaChat_data();
    void ollamaChat();
    void ollamaTagsEmbedAndOpenAiCompat();
    void routing_data();
    void routing();

    void auth_data();
    void auth();
    void httpErrors_data();
    void httpErrors();
    void slowFirstByte();
    void slowFirstToken();
    void chunkDelay();
    void stallMidStream();
    void dropMidStream_data();
    void dropMidStream();
    void dropBeforeResponse();
    void malformedJson();
    void malformedSse();
    void streamError_data();
    void streamError();
    void failNTimesThenSucceed();
    void handlerScript();
    void agentScript_data();
    void agentScript();
    void recordedBody();

    void chunkedRequestBody();
    void expectContinue();
    void keepAliveReuse();
    void recordLimitAndClear();
    void connectionClose();
    void largeRequestBody();
    void badRequest();
    void executable();

private:
    std::shared_ptr<Exchange> start(FakeUpstream &up, const Req &req, QNetworkReply **replyOut = nullptr);
    Exchange call(FakeUpstream &up, const Req &req);
    Exchange call(FakeUpstream &up, const QString &dialect, bool stream);
    QByteArray rawExchange(FakeUpstream &up, const QList<QByteArray> &writes, QByteArrayView until);

    QNetworkAccessManager *m_nam = nullptr;
};

void TestFakeUpstream::init()
{
    m_nam = new QNetworkAccessManager(this);
}

void TestFakeUpstream::cleanup()
{
    delete m_nam;
    m_nam = nullptr;
}

std::shared_ptr<Exchange> TestFakeUpstream::start(FakeUpstream &up, const Req &req, QNetworkReply **replyOut)
{
    QNetworkRequest request(up.url(req.path));
    for (const auto &[k, v] : req.headers)
        request.setRawHeader(k, v);
    if (!req.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = req.method == "GET" ? m_nam->get(request) : m_nam->sendCustomRequest(request, req.method, req.body);

    auto ex = std::make_shared<Exchange>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(reply, &QNetworkReply::metaDataChanged, this, [ex, timer, reply] {
        if (ex->headersMs < 0)
            ex->headersMs = timer->elapsed();
        ex->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ex->headers = reply->rawHeaderPairs();
    });
    connect(reply, &QNetworkReply::readyRead, this, [ex, timer, reply] {
        if (ex->firstDataMs < 0)
            ex->firstDataMs = timer->elapsed();
        ++ex->reads;
        ex->body += reply->readAll();
    });
    connect(reply, &QNetworkReply::finished, this, [ex, timer, reply] {
        if (reply->isOpen())
            ex->body += reply->readAll();
        ex->totalMs = timer->elapsed();
        ex->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ex->headers = reply->rawHeaderPairs();
        ex->error = reply->error();
        ex->finished = true;
        reply->deleteLater();
    });
    if (replyOut)
        *replyOut = reply;
    return ex;
}

Exchange TestFakeUpstream::call(FakeUpstream &up, const Req &req)
{
    QNetworkReply *reply = nullptr;
    const std::shared_ptr<Exchange> ex = start(up, req, &reply);
    QPointer<QNetworkReply> guard(reply);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!ex->finished && !spy.wait(kWaitMs) && guard)
        guard->abort();
    return *ex;
}

Exchange TestFakeUpstream::call(FakeUpstream &up, const QString &dialect, bool stream)
{
    return call(up, requestFor(dialect, stream));
}

// Writes raw bytes on a fresh connection (each write after the previous is flushed) and reads until
// `until` has arrived or the peer closed.
QByteArray TestFakeUpstream::rawExchange(FakeUpstream &up, const QList<QByteArray> &writes, QByteArrayView until)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, up.port());
    if (!socket.waitForConnected(kWaitMs))
        return {};
    for (const QByteArray &w : writes) {
        socket.write(w);
        socket.waitForBytesWritten(kWaitMs);
    }
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (!got.contains(until) && t.elapsed() < kWaitMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            got += socket.readAll();
        else
            QCoreApplication::processEvents();
    }
    got += socket.readAll();
    return got;
}

// ------------------------------------------------------------------------------------------ dialects

void TestFakeUpstream::openAiChatNonStreamed()
{
    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    QCOMPARE(up.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(up.port()));
    QCOMPARE(up.url(u"/v1beta/x:y?alt=sse").toString(), QStringLiteral("http://127.0.0.1:%1/v1beta/x:y?alt=sse").arg(up.port()));
    up.setApiKey(QString::fromLatin1(kKey));
    const Exchange ex = call(up, QStringLiteral("openai"), false);
    QCOMPARE(ex.status, 200);
    QVERIFY(ex.header("content-type").startsWith("application/json"));
    QCOMPARE(ex.header("content-length").toInt(), ex.body.size());
    const QJsonObject o = ex.json();
    QCOMPARE(atString(o, QStringLiteral("object")), QStringLiteral("chat.completion"));
    QVERIFY(atString(o, QStringLiteral("id")).startsWith(QLatin1String("chatcmpl-")));
    QCOMPARE(atString(o, QStringLiteral("model")), QStringLiteral("gpt-4o"));
    QCOMPARE(atString(o, QStringLiteral("choices/0/message/role")), QStringLiteral("assistant"));
    QCOMPARE(atString(o, QStringLiteral("choices/0/message/content")), QStringLiteral("Hello from the fake upstream."));
    QCOMPARE(atString(o, QStringLiteral("choices/0/finish_reason")), QStringLiteral("stop"));
    QCOMPARE(at(o, QStringLiteral("usage/prompt_tokens")).toInt(), 12);
    QCOMPARE(at(o, QStringLiteral("usage/completion_tokens")).toInt(), 9);
    QCOMPARE(at(o, QStringLiteral("usage/total_tokens")).toInt(), 21);
    // Keys in the documented order.
    QVERIFY(ex.body.startsWith(R"({"id":"chatcmpl-)"));

    const RecordedRequest r = up.lastRequest();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/v1/chat/completions"));
    QCOMPARE(r.header("authorization"), "Bearer " + kKey);
    QCOMPARE(r.json().value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o"));
    QCOMPARE(r.dialect, QStringLiteral("openai"));
    QCOMPARE(r.endpoint, QStringLiteral("chat"));
    QCOMPARE(r.responseStatus, 200);

    // A tool call: content null, tool_calls whole, finish_reason tool_calls.
    ReplyScript reply;
    reply.text.clear();
    reply.toolCall = ToolCallScript{};
    up.setReply(reply);
    const QJsonObject t = call(up, QStringLiteral("openai"), false).json();
    QVERIFY(at(t, QStringLiteral("choices/0/message/content")).isNull());
    QCOMPARE(atString(t, QStringLiteral("choices/0/message/tool_calls/0/id")), QStringLiteral("call_fake_1"));
    QCOMPARE(atString(t, QStringLiteral("choices/0/message/tool_calls/0/type")), QStringLiteral("function"));
    QCOMPARE(atString(t, QStringLiteral("choices/0/message/tool_calls/0/function/name")), QStringLiteral("get_weather"));
    QCOMPARE(atString(t, QStringLiteral("choices/0/message/tool_calls/0/function/arguments")),
             QStringLiteral(R"({"city":"Paris","unit":"celsius"})"));
    QCOMPARE(atString(t, QStringLiteral("choices/0/finish_reason")), QStringLiteral("tool_calls"));
}

void TestFakeUpstream::openAiChatStreamed_data()
{
    QTest::addColumn<bool>("includeUsage");
    QTest::addColumn<bool>("toolCall");
    QTest::addColumn<bool>("reasoning");
    QTest::newRow("text") << false << false << false;
    QTest::newRow("text+include_usage") << true << false << false;
    QTest::newRow("tool call") << false << true << false;
    QTest::newRow("reasoning+text+tool+usage") << true << true << true;
}

void TestFakeUpstream::openAiChatStreamed()
{
    QFETCH(bool, includeUsage);
    QFETCH(bool, toolCall);
    QFETCH(bool, reasoning);

    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    ReplyScript reply;
    reply.textChunks = 4;
    if (toolCall) {
        ToolCallScript tool;
        tool.chunks = 4;
        reply.toolCall = tool;
    }
    if (reasoning) {
        reply.reasoning = QStringLiteral("Think first.");
        reply.reasoningTokens = 3;
    }
    up.setReply(reply);
    Req req = requestFor(QStringLiteral("openai"), true);
    if (includeUsage)
        req.body = R"({"model":"gpt-4o","messages":[],"stream":true,"stream_options":{"include_usage":true}})";
    const Exchange ex = call(up, req);
    QCOMPARE(ex.error, QNetworkReply::NoError);
    QCOMPARE(ex.status, 200);
    QVERIFY(ex.header("content-type").startsWith("text/event-stream"));
    QCOMPARE(ex.header("transfer-encoding"), QByteArray("chunked"));

    const QList<SseEvent> events = parseSse(ex.body);
    QVERIFY(events.size() >= 4);
    QCOMPARE(events.last().data, QByteArray("[DONE]"));
    for (const SseEvent &e : events)
        QVERIFY(e.event.isEmpty()); // data-only frames

    QString content;
    QString reasoningText;
    QString arguments;
    int toolFragments = 0;
    QString finish;
    int usageChunks = 0;
    for (qsizetype i = 0; i < events.size() - 1; ++i) {
        const QJsonObject c = events[i].json();
        QCOMPARE(atString(c, QStringLiteral("object")), QStringLiteral("chat.completion.chunk"));
        QCOMPARE(atString(c, QStringLiteral("id")), atString(events[0].json(), QStringLiteral("id")));
        QCOMPARE(c.contains(QLatin1String("usage")), includeUsage);
        const QJsonArray choices = c.value(QLatin1String("choices")).toArray();
        if (choices.isEmpty()) {
            ++usageChunks;
            QCOMPARE(i, events.size() - 2); // just before [DONE]
            QCOMPARE(at(c, QStringLiteral("usage/prompt_tokens")).toInt(), 12);
            QCOMPARE(at(c, QStringLiteral("usage/completion_tokens")).toInt(), 9);
            QCOMPARE(at(c, QStringLiteral("usage/total_tokens")).toInt(), 21);
            QCOMPARE(at(c, QStringLiteral("usage/completion_tokens_details/reasoning_tokens")).toInt(), reasoning ? 3 : 0);
            continue;
        }
        if (includeUsage)
            QVERIFY(c.value(QLatin1String("usage")).isNull());
        const QJsonObject delta = choices[0].toObject().value(QLatin1String("delta")).toObject();
        if (i == 0) {
            QCOMPARE(delta.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
        } else {
            QVERIFY(!delta.contains(QLatin1String("role")));
        }
        content += delta.value(QLatin1String("content")).toString();
        reasoningText += delta.value(QLatin1String("reasoning_content")).toString();
        if (delta.contains(QLatin1String("tool_calls"))) {
            const QJsonObject call0 = delta.value(QLatin1String("tool_calls")).toArray().at(0).toObject();
            QCOMPARE(call0.value(QLatin1String("index")).toInt(-1), 0);
            if (toolFragments == 0) {
                QCOMPARE(call0.value(QLatin1String("id")).toString(), QStringLiteral("call_fake_1"));
                QCOMPARE(call0.value(QLatin1String("type")).toString(), QStringLiteral("function"));
                QCOMPARE(at(call0, QStringLiteral("function/name")).toString(), QStringLiteral("get_weather"));
                QCOMPARE(at(call0, QStringLiteral("function/arguments")).toString(), QString());
            } else {
                // Later fragments: index and partial arguments only.
                QCOMPARE(call0.keys(), QStringList({QStringLiteral("function"), QStringLiteral("index")}));
                QCOMPARE(call0.value(QLatin1String("function")).toObject().keys(), QStringList{QStringLiteral("arguments")});
                QVERIFY(!at(call0, QStringLiteral("function/arguments")).toString().isEmpty());
            }
            arguments += at(call0, QStringLiteral("function/arguments")).toString();
            ++toolFragments;
        }
        const QJsonValue fr = choices[0].toObject().value(QLatin1String("finish_reason"));
        if (!fr.isNull()) {
            QVERIFY(finish.isEmpty());
            QVERIFY(delta.isEmpty());
            finish = fr.toString();
        }
    }
    QCOMPARE(content, QStringLiteral("Hello from the fake upstream."));
    QCOMPARE(usageChunks, includeUsage ? 1 : 0);
    QCOMPARE(reasoningText, reasoning ? QStringLiteral("Think first.") : QString());
    QCOMPARE(finish, toolCall ? QStringLiteral("tool_calls") : QStringLiteral("stop"));
    if (toolCall) {
        QCOMPARE(toolFragments, 5); // header fragment + 4 argument pieces
        QCOMPARE(arguments, QStringLiteral(R"({"city":"Paris","unit":"celsius"})"));
    }
    // Frame bytes are exactly "data: {json}\n\n".
    QVERIFY(ex.body.startsWith("data: {\"id\":\"chatcmpl-"));
    QVERIFY(ex.body.endsWith("}\n\ndata: [DONE]\n\n"));
}

void TestFakeUpstream::openAiModelsAndEmbeddings()
{
    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    Req models;
    models.method = "GET";
    models.path = QStringLiteral("/v1/models");
    models.headers = {{"Authorization", "Bearer " + kKey}};
    const Exchange m = call(up, models);
    QCOMPARE(m.status, 200);
    QCOMPARE(atString(m.json(), QStringLiteral("object")), QStringLiteral("list"));
    QCOMPARE(atString(m.json(), QStringLiteral("data/0/object")), QStringLiteral("model"));
    QCOMPARE(atString(m.json(), QStringLiteral("data/0/id")), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(atString(m.json(), QStringLiteral("data/0/owned_by")), QStringLiteral("openai"));

    up.setModels({QStringLiteral("one"), QStringLiteral("two")});
    QCOMPARE(at(call(up, models).json(), QStringLiteral("data")).toArray().size(), 2);

    Req emb;
    emb.path = QStringLiteral("/v1/embeddings");
    emb.headers = models.headers;
    emb.body = R"({"model":"text-embedding-3-small","input":["alpha beta","gamma"],"dimensions":16})";
    const Exchange e = call(up, emb);
    QCOMPARE(e.status, 200);
    const QJsonObject o = e.json();
    QCOMPARE(atString(o, QStringLiteral("object")), QStringLiteral("list"));
    QCOMPARE(at(o, QStringLiteral("data")).toArray().size(), 2);
    QCOMPARE(atString(o, QStringLiteral("data/1/object")), QStringLiteral("embedding"));
    QCOMPARE(at(o, QStringLiteral("data/1/index")).toInt(), 1);
    const QJsonArray v = at(o, QStringLiteral("data/0/embedding")).toArray();
    QCOMPARE(v.size(), 16);
    double norm = 0;
    for (const QJsonValue &x : v)
        norm += x.toDouble() * x.toDouble();
    QVERIFY(qAbs(norm - 1.0) < 1e-6);
    QCOMPARE(at(o, QStringLiteral("usage/prompt_tokens")).toInt(), 3);
    // Deterministic: the same text embeds the same.
    QCOMPARE(at(call(up, emb).json(), QStringLiteral("data/0/embedding")).toArray(), v);
    // Near duplicates come out nearer than unrelated texts (what retrieval tests rely on).
    emb.body = QByteArrayLiteral("{\"model\":\"m\",\"dimensions\":256,\"input\":[\"refunds within thirty days of purchase\","
                                 "\"refunds within 30 days of purchase\",\"the parcel ships on weekdays\"]}");
    const QJsonArray three = at(call(up, emb).json(), QStringLiteral("data")).toArray();
    auto cosine = [&three](int a, int b) {
        const QJsonArray x = three.at(a).toObject().value(QLatin1String("embedding")).toArray();
        const QJsonArray y = three.at(b).toObject().value(QLatin1String("embedding")).toArray();
        double dot = 0;
        for (qsizetype i = 0; i < x.size(); ++i)
            dot += x.at(i).toDouble() * y.at(i).toDouble();
        return dot;
    };
    QVERIFY2(cosine(0, 1) > 0.7, qPrintable(QString::number(cosine(0, 1))));
    QVERIFY2(cosine(0, 2) < 0.3, qPrintable(QString::number(cosine(0, 2))));

    emb.body = R"({"model":"text-embedding-3-small","input":"alpha beta","dimensions":16,"encoding_format":"base64"})";
    const QByteArray raw = QByteArray::fromBase64(atString(call(up, emb).json(), QStringLiteral("data/0/embedding")).toLatin1());
    QCOMPARE(raw.size(), 16 * 4);
}

void TestFakeUpstream::responsesNonStreamed()
{
    FakeUpstream up(Dialect::OpenAiResponses);
    QVERIFY(up.listen());
    ReplyScript reply;
    reply.toolCall = ToolCallScript{};
    up.setReply(reply);
    const Exchange ex = call(up, QStringLiteral("responses"), false);
    QCOMPARE(ex.status, 200);
    const QJsonObject o = ex.json();
    QCOMPARE(atString(o, QStringLiteral("object")), QStringLiteral("response"));
    QCOMPARE(atString(o, QStringLiteral("status")), QStringLiteral("completed"));
    QCOMPARE(atString(o, QStringLiteral("model")), QStringLiteral("gpt-4.1"));
    QCOMPARE(atString(o, QStringLiteral("output/0/type")), QStringLiteral("message"));
    QCOMPARE(atString(o, QStringLiteral("output/0/role")), QStringLiteral("assistant"));
    QCOMPARE(atString(o, QStringLiteral("output/0/content/0/type")), QStringLiteral("output_text"));
    QCOMPARE(atString(o, QStringLiteral("output/0/content/0/text")), QStringLiteral("Hello from the fake upstream."));
    QCOMPARE(atString(o, QStringLiteral("output/1/type")), QStringLiteral("function_call"));
    QCOMPARE(atString(o, QStringLiteral("output/1/call_id")), QStringLiteral("call_fake_1"));
    QCOMPARE(atString(o, QStringLiteral("output/1/name")), QStringLiteral("get_weather"));
    QCOMPARE(atString(o, QStringLiteral("output/1/arguments")), QStringLiteral(R"({"city":"Paris","unit":"celsius"})"));
    QCOMPARE(at(o, QStringLiteral("usage/input_tokens")).toInt(), 12);
    QCOMPARE(at(o, QStringLiteral("usage/output_tokens")).toInt(), 9);
    QCOMPARE(at(o, QStringLiteral("usage/total_tokens")).toInt(), 21);
}

void TestFakeUpstream::responsesStreamed()
{
    FakeUpstream up(Dialect::OpenAiResponses);
    QVERIFY(up.listen());
    ReplyScript reply;
    reply.textChunks = 2;
    reply.reasoning = QStringLiteral("Plan.");
    reply.reasoningChunks = 1;
    ToolCallScript tool;
    tool.chunks = 2;
    reply.toolCall = tool;
    up.setReply(reply);
    const Exchange ex = call(up, QStringLiteral("responses"), true);
    QCOMPARE(ex.status, 200);
    QVERIFY(ex.header("content-type").startsWith("text/event-stream"));
    const QList<SseEvent> events = parseSse(ex.body);
    QStringList types;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject d = events[i].json();
        QCOMPARE(d.value(QLatin1String("type")).toString(), QString::fromLatin1(events[i].event));
        QCOMPARE(d.value(QLatin1String("sequence_number")).toInt(-1), int(i));
        types.append(QString::fromLatin1(events[i].event));
    }
    const QStringList expected{
        QStringLiteral("response.created"),
        QStringLiteral("response.in_progress"),
        QStringLiteral("response.output_item.added"),
        QStringLiteral("response.reasoning_summary_part.added"),
        QStringLiteral("response.reasoning_summary_text.delta"),
        QStringLiteral("response.reasoning_summary_text.done"),
        QStringLiteral("response.reasoning_summary_part.done"),
        QStringLiteral("response.output_item.done"),
        QStringLiteral("response.output_item.added"),
        QStringLiteral("response.content_part.added"),
        QStringLiteral("response.output_text.delta"),
        QStringLiteral("response.output_text.delta"),
        QStringLiteral("response.output_text.done"),
        QStringLiteral("response.content_part.done"),
        QStringLiteral("response.output_item.done"),
        QStringLiteral("response.output_item.added"),
        QStringLiteral("response.function_call_arguments.delta"),
        QStringLiteral("response.function_call_arguments.delta"),
        QStringLiteral("response.function_call_arguments.done"),
        QStringLiteral("response.output_item.done"),
        QStringLiteral("response.completed"),
    };
    QCOMPARE(types, expected);
    QCOMPARE(atString(events[0].json(), QStringLiteral("response/status")), QStringLiteral("in_progress"));
    QString text;
    QString args;
    for (const SseEvent &e : events) {
        if (e.event == "response.output_text.delta") {
            QCOMPARE(atString(e.json(), QStringLiteral("item_id")), QStringLiteral("msg_fake0"));
            QCOMPARE(at(e.json(), QStringLiteral("output_index")).toInt(), 1);
            text += atString(e.json(), QStringLiteral("delta"));
        }
        if (e.event == "response.function_call_arguments.delta")
            args += atString(e.json(), QStringLiteral("delta"));
    }
    QCOMPARE(text, QStringLiteral("Hello from the fake upstream."));
    QCOMPARE(args, tool.arguments);
    const QJsonObject done = events.last().json();
    QCOMPARE(atString(done, QStringLiteral("response/status")), QStringLiteral("completed"));
    QCOMPARE(at(done, QStringLiteral("response/output")).toArray().size(), 3);
    QCOMPARE(at(done, QStringLiteral("response/usage/output_tokens")).toInt(), 9);
    QVERIFY(!ex.body.contains("[DONE]"));
}

void TestFakeUpstream::anthropicNonStreamed()
{
    FakeUpstream up(Dialect::Anthropic);
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    ReplyScript reply;
    reply.reasoning = QStringLiteral("Let me think.");
    reply.toolCall = ToolCallScript{};
    reply.cachedTokens = 4;
    up.setReply(reply);
    const Exchange ex = call(up, QStringLiteral("anthropic"), false);
    QCOMPARE(ex.status, 200);
    QVERIFY(!ex.header("request-id").isEmpty());
    const QJsonObject o = ex.json();
    QCOMPARE(atString(o, QStringLiteral("type")), QStringLiteral("message"));
    QCOMPARE(atString(o, QStringLiteral("role")), QStringLiteral("assistant"));
    QVERIFY(atString(o, QStringLiteral("id")).startsWith(QLatin1String("msg_")));
    QCOMPARE(atString(o, QStringLiteral("model")), QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(atString(o, QStringLiteral("content/0/type")), QStringLiteral("thinking"));
    QCOMPARE(atString(o, QStringLiteral("content/0/thinking")), QStringLiteral("Let me think."));
    QVERIFY(!atString(o, QStringLiteral("content/0/signature")).isEmpty());
    QCOMPARE(atString(o, QStringLiteral("content/1/type")), QStringLiteral("text"));
    QCOMPARE(atString(o, QStringLiteral("content/1/text")), QStringLiteral("Hello from the fake upstream."));
    QCOMPARE(atString(o, QStringLiteral("content/2/type")), QStringLiteral("tool_use"));
    QCOMPARE(atString(o, QStringLiteral("content/2/id")), QStringLiteral("toolu_fake_1"));
    QCOMPARE(atString(o, QStringLiteral("content/2/input/city")), QStringLiteral("Paris"));
    QCOMPARE(atString(o, QStringLiteral("stop_reason")), QStringLiteral("tool_use"));
    QVERIFY(at(o, QStringLiteral("stop_sequence")).isNull());
    QCOMPARE(at(o, QStringLiteral("usage/input_tokens")).toInt(), 12);
    QCOMPARE(at(o, QStringLiteral("usage/cache_read_input_tokens")).toInt(), 4);
    QCOMPARE(at(o, QStringLiteral("usage/output_tokens")).toInt(), 9);
}

void TestFakeUpstream::anthropicStreamed()
{
    FakeUpstream up(Dialect::Anthropic);
    QVERIFY(up.listen());
    ReplyScript reply;
    reply.textChunks = 2;
    reply.reasoning = QStringLiteral("Let me think.");
    reply.reasoningChunks = 2;
    ToolCallScript tool;
    tool.chunks = 3;
    reply.toolCall = tool;
    up.setReply(reply);
    const Exchange ex = call(up, QStringLiteral("anthropic"), true);
    QCOMPARE(ex.status, 200);
    QVERIFY(ex.header("content-type").startsWith("text/event-stream"));
    const QList<SseEvent> events = parseSse(ex.body);
    QStringList seq;
    for (const SseEvent &e : events) {
        QCOMPARE(atString(e.json(), QStringLiteral("type")), QString::fromLatin1(e.event));
        QString item = QString::fromLatin1(e.event);
        if (e.event == "content_block_delta")
            item += QLatin1Char(':') + atString(e.json(), QStringLiteral("delta/type"));
        if (e.event == "content_block_start")
            item += QLatin1Char(':') + atString(e.json(), QStringLiteral("content_block/type"));
        seq.append(item);
    }
    const QStringList expected{
        QStringLiteral("message_start"),
        QStringLiteral("content_block_start:thinking"),
        QStringLiteral("ping"),
        QStringLiteral("content_block_delta:thinking_delta"),
        QStringLiteral("content_block_delta:thinking_delta"),
        QStringLiteral("content_block_delta:signature_delta"),
        QStringLiteral("content_block_stop"),
        QStringLiteral("content_block_start:text"),
        QStringLiteral("content_block_delta:text_delta"),
        QStringLiteral("content_block_delta:text_delta"),
        QStringLiteral("content_block_stop"),
        QStringLiteral("content_block_start:tool_use"),
        QStringLiteral("content_block_delta:input_json_delta"),
        QStringLiteral("content_block_delta:input_json_delta"),
        QStringLiteral("content_block_delta:input_json_delta"),
        QStringLiteral("content_block_stop"),
        QStringLiteral("message_delta"),
        QStringLiteral("message_stop"),
    };
    QCOMPARE(seq, expected);

    const QJsonObject start = events[0].json();
    QCOMPARE(at(start, QStringLiteral("message/usage/input_tokens")).toInt(), 12);
    QVERIFY(at(start, QStringLiteral("message/content")).toArray().isEmpty());
    QVERIFY(at(start, QStringLiteral("message/stop_reason")).isNull());
    QString thinking, text, json;
    for (const SseEvent &e : events) {
        const QJsonObject d = e.json();
        if (e.event != "content_block_delta")
            continue;
        const QString type = atString(d, QStringLiteral("delta/type"));
        const int index = at(d, QStringLiteral("index")).toInt();
        if (type == QLatin1String("thinking_delta")) {
            QCOMPARE(index, 0);
            thinking += atString(d, QStringLiteral("delta/thinking"));
        } else if (type == QLatin1String("text_delta")) {
            QCOMPARE(index, 1);
            text += atString(d, QStringLiteral("delta/text"));
        } else if (type == QLatin1String("input_json_delta")) {
            QCOMPARE(index, 2);
            json += atString(d, QStringLiteral("delta/partial_json"));
        }
    }
    QCOMPARE(thinking, QStringLiteral("Let me think."));
    QCOMPARE(text, QStringLiteral("Hello from the fake upstream."));
    QCOMPARE(json, tool.arguments);
    QCOMPARE(at(events[1].json(), QStringLiteral("content_block/signature")).toString(QStringLiteral("absent")), QString());
    QCOMPARE(atString(events[5].json(), QStringLiteral("delta/signature")), reply.signature);
    QCOMPARE(atString(events[11].json(), QStringLiteral("content_block/id")), QStringLiteral("toolu_fake_1"));
    QCOMPARE(atString(events[11].json(), QStringLiteral("content_block/name")), QStringLiteral("get_weather"));
    const QJsonObject delta = events[events.size() - 2].json();
    QCOMPARE(atString(delta, QStringLiteral("delta/stop_reason")), QStringLiteral("tool_use"));
    QCOMPARE(at(delta, QStringLiteral("usage/output_tokens")).toInt(), 9);
    QVERIFY(ex.body.startsWith("event: message_start\ndata: {\"type\":\"message_start\""));
    QVERIFY(ex.body.endsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"));
}

void TestFakeUpstream::anthropicCountTokensModelsAndVersion()
{
    FakeUpstream up(Dialect::Anthropic);
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    Req count = requestFor(QStringLiteral("anthropic"), false);
    count.path = QStringLiteral("/v1/messages/count_tokens");
    const Exchange c = call(up, count);
    QCOMPARE(c.status, 200);
    QCOMPARE(at(c.json(), QStringLiteral("input_tokens")).toInt(), 12);
    QCOMPARE(up.lastRequest().endpoint, QStringLiteral("count_tokens"));

    Req models = count;
    models.method = "GET";
    models.path = QStringLiteral("/v1/models");
    models.body.clear();
    const Exchange m = call(up, models);
    QCOMPARE(m.status, 200);
    QCOMPARE(atString(m.json(), QStringLiteral("data/0/type")), QStringLiteral("model"));
    QCOMPARE(atString(m.json(), QStringLiteral("data/0/id")), QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(at(m.json(), QStringLiteral("has_more")).toBool(true), false);
    QCOMPARE(atString(m.json(), QStringLiteral("first_id")), QStringLiteral("claude-sonnet-4-5"));

    Req noVersion = requestFor(QStringLiteral("anthropic"), false);
    noVersion.headers = {{"x-api-key", kKey}};
    const Exchange v = call(up, noVersion);
    QCOMPARE(v.status, 400);
    QCOMPARE(atString(v.json(), QStringLiteral("type")), QStringLiteral("error"));
    QCOMPARE(atString(v.json(), QStringLiteral("error/type")), QStringLiteral("invalid_request_error"));
    QVERIFY(atString(v.json(), QStringLiteral("error/message")).contains(QLatin1String("anthropic-version")));
}

void TestFakeUpstream::geminiNonStreamed()
{
    FakeUpstream up(Dialect::Gemini);
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    ReplyScript reply;
    reply.reasoning = QStringLiteral("Hmm.");
    reply.reasoningTokens = 2;
    reply.toolCall = ToolCallScript{};
    up.setReply(reply);
    const Exchange ex = call(up, QStringLiteral("gemini"), false);
    QCOMPARE(ex.status, 200);
    const QJsonObject o = ex.json();
    QCOMPARE(atString(o, QStringLiteral("candidates/0/content/role")), QStringLiteral("model"));
    QCOMPARE(atString(o, QStringLiteral("candidates/0/content/parts/0/text")), QStringLiteral("Hmm."));
    QCOMPARE(at(o, QStringLiteral("candidates/0/content/parts/0/thought")).toBool(), true);
    QCOMPARE(atString(o, QStringLiteral("candidates/0/content/parts/1/text")), QStringLiteral("Hello from the fake upstream."));
    QCOMPARE(atString(o, QStringLiteral("candidates/0/content/parts/2/functionCall/name")), QStringLiteral("get_weather"));
    QCOMPARE(atString(o, QStringLiteral("candidates/0/content/parts/2/functionCall/args/unit")), QStringLiteral("celsius"));
    QCOMPARE(atString(o, QStringLiteral("candidates/0/finishReason")), QStringLiteral("STOP"));
    QCOMPARE(at(o, QStringLiteral("usageMetadata/promptTokenCount")).toInt(), 12);
    QCOMPARE(at(o, QStringLiteral("usageMetadata/candidatesTokenCount")).toInt(), 9);
    QCOMPARE(at(o, QStringLiteral("usageMetadata/thoughtsTokenCount")).toInt(), 2);
    QCOMPARE(at(o, QStringLiteral("usageMetadata/totalTokenCount")).toInt(), 23);
    QCOMPARE(atString(o, QStringLiteral("modelVersion")), QStringLiteral("gemini-2.0-flash"));
    QCOMPARE(up.lastRequest().endpoint, QStringLiteral("generate"));
}

// Like the real API: a JSON Schema keyword in a function's parameters (Gemini's Schema subset) is a 400
// naming it; parametersJsonSchema takes the full JSON Schema.
void TestFakeUpstream::geminiSchemaFieldsChecked()
{
    FakeUpstream up(Dialect::Gemini);
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    Req r = requestFor(QStringLiteral("gemini"), false);
    r.body = R"({"contents":[{"role":"user","parts":[{"text":"hi"}]}],"tools":[{"functionDeclarations":[{"name":"read",
        "parameters":{"type":"object","properties":{"file_path":{"type":"string"},"limit":{"type":"integer","exclusiveMinimum":0}}}}]}]})";
    Exchange ex = call(up, r);
    QCOMPARE(ex.status, 400);
    QCOMPARE(atString(ex.json(), QStringLiteral("error/status")), QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(atString(ex.json(), QStringLiteral("error/message")),
             QStringLiteral("Invalid JSON payload received. Unknown name \"exclusiveMinimum\" at "
                            "'tools[0].function_declarations[0].parameters.properties[1].value': Cannot find field."));
    r.body = R"({"contents":[{"role":"user","parts":[{"text":"hi"}]}],"generationConfig":{"responseMimeType":"application/json",
        "responseSchema":{"type":"object","additionalProperties":false}}})";
    ex = call(up, r);
    QCOMPARE(ex.status, 400);
    QVERIFY(atString(ex.json(), QStringLiteral("error/message"))
                .contains(QLatin1String("\"additionalProperties\" at 'generation_config.response_schema'")));
    r.body = R"({"contents":[{"role":"user","parts":[{"text":"hi"}]}],"tools":[{"functionDeclarations":[{"name":"read",
        "parametersJsonSchema":{"type":"object","properties":{"limit":{"type":"integer","exclusiveMinimum":0}},"additionalProperties":false}}]}]})";
    ex = call(up, r);
    QCOMPARE(ex.status, 200);
}

// Tool definitions a vendor refuses are refused here too, in its words (issue 26: Codex's namespace
// tools reached Anthropic unchanged and the fakes said nothing).
void TestFakeUpstream::toolDefinitionsChecked()
{
    FakeUpstream up;
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    Req r = requestFor(QStringLiteral("anthropic"), true);
    r.dialects = allDialects();
    r.body = R"({"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"hi"}],"stream":true,
        "tools":[{"type":"namespace","name":"multi_agent_v1","tools":[]}]})";
    Exchange ex = call(up, r);
    QCOMPARE(ex.status, 400);
    QCOMPARE(atString(ex.json(), QStringLiteral("error/type")), QStringLiteral("invalid_request_error"));
    QVERIFY(atString(ex.json(), QStringLiteral("error/message")).startsWith(QLatin1String("tools.0: Input tag 'namespace' found")));
    r.body = R"({"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"hi"}],
        "tools":[{"name":"multi_agent.spawn","input_schema":{"type":"object"}}]})";
    QCOMPARE(call(up, r).status, 400);
    r.body = R"({"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"hi"}],
        "tools":[{"name":"Bash","input_schema":{"type":"object"}},{"type":"web_search_20250305","name":"web_search","max_uses":5}]})";
    QCOMPARE(call(up, r).status, 200);

    r = requestFor(QStringLiteral("openai"), false);
    r.dialects = allDialects();
    r.body = R"({"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],
        "tools":[{"type":"function","function":{"name":"ns.tool","parameters":{"type":"object"}}}]})";
    ex = call(up, r);
    QCOMPARE(ex.status, 400);
    QCOMPARE(atString(ex.json(), QStringLiteral("error/param")), QStringLiteral("tools[0].function.name"));
    r.body = R"({"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"web_search"}]})";
    QCOMPARE(call(up, r).status, 400);
    // strict: every property required, no additional properties
    r.body = R"({"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","strict":true,
        "parameters":{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}},"required":["a"],"additionalProperties":false}}}]})";
    ex = call(up, r);
    QCOMPARE(ex.status, 400);
    QVERIFY(atString(ex.json(), QStringLiteral("error/message")).contains(QLatin1String("Missing 'b'")));
    r.body = R"({"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","strict":true,
        "parameters":{"type":"object","properties":{"a":{"type":"string"},"b":{"type":["integer","null"]}},"required":["a","b"],"additionalProperties":false}}}]})";
    QCOMPARE(call(up, r).status, 200);

    r = requestFor(QStringLiteral("gemini"), true); // streamed requests are checked as well
    r.dialects = allDialects();
    r.body = R"({"contents":[{"role":"user","parts":[{"text":"hi"}]}],"tools":[{"functionDeclarations":[{"name":"1st tool"}]}]})";
    ex = call(up, r);
    QCOMPARE(ex.status, 400);
    QVERIFY(atString(ex.json(), QStringLiteral("error/message")).contains(QLatin1String("Invalid function name")));
}

void TestFakeUpstream::geminiStreamedSse()
{
    FakeUpstream up(Dialect::Gemini);
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    ReplyScript reply;
    reply.textChunks = 3;
    reply.toolCall = ToolCallScript{};
    up.setReply(reply);
    const Exchange ex = call(up, QStringLiteral("gemini"), true);
    QCOMPARE(ex.status, 200);
    QVERIFY(ex.header("content-type").startsWith("text/event-stream"));
    QVERIFY(ex.body.startsWith("data: {\"candidates\":"));
    QVERIFY(ex.body.endsWith("}\r\n\r\n"));
    QVERIFY(!ex.body.contains("[DONE]"));
    const QList<SseEvent> events = parseSse(ex.body);
    QCOMPARE(events.size(), 4); // 3 text frames, then the function call (whole) with usage
    QString text;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject o = events[i].json();
        QVERIFY(o.contains(QLatin1String("candidates")));
        const bool last = i == events.size() - 1;
        QCOMPARE(o.contains(QLatin1String("usageMetadata")), last);
        QCOMPARE(at(o, QStringLiteral("candidates/0/finishReason")).isUndefined(), !last);
        text += atString(o, QStringLiteral("candidates/0/content/parts/0/text"));
    }
    QCOMPARE(text, QStringLiteral("Hello from the fake upstream."));
    const QJsonObject last = events.last().json();
    QCOMPARE(atString(last, QStringLiteral("candidates/0/content/parts/0/functionCall/args/city")), QStringLiteral("Paris"));
    QCOMPARE(at(last, QStringLiteral("usageMetadata/totalTokenCount")).toInt(), 21);
    QCOMPARE(up.lastRequest().query.queryItemValue(QStringLiteral("alt")), QStringLiteral("sse"));
}

void TestFakeUpstream::geminiStreamedJsonArray()
{
    FakeUpstream up(Dialect::Gemini);
    QVERIFY(up.listen());
    Req req = requestFor(QStringLiteral("gemini"), true);
    req.path = QStringLiteral("/v1beta/models/gemini-2.0-flash:streamGenerateContent");
    const Exchange ex = call(up, req);
    QCOMPARE(ex.status, 200);
    const QJsonArray a = QJsonDocument::fromJson(ex.body).array();
    QCOMPARE(a.size(), 3);
    QVERIFY(a.last().toObject().contains(QLatin1String("usageMetadata")));
}

void TestFakeUpstream::geminiModelsAndEmbeddings()
{
    FakeUpstream up(Dialect::Gemini);
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    Req models;
    models.method = "GET";
    models.path = QStringLiteral("/v1beta/models?key=") + QString::fromLatin1(kKey);
    const Exchange m = call(up, models);
    QCOMPARE(m.status, 200);
    QCOMPARE(atString(m.json(), QStringLiteral("models/0/name")), QStringLiteral("models/gemini-2.0-flash"));
    QCOMPARE(atString(m.json(), QStringLiteral("models/0/supportedGenerationMethods/0")), QStringLiteral("generateContent"));

    Req embed;
    embed.path = QStringLiteral("/v1beta/models/text-embedding-004:embedContent");
    embed.headers = {{"x-goog-api-key", kKey}};
    embed.body = R"({"content":{"parts":[{"text":"hello"}]},"outputDimensionality":12})";
    const Exchange e = call(up, embed);
    QCOMPARE(e.status, 200);
    QCOMPARE(at(e.json(), QStringLiteral("embedding/values")).toArray().size(), 12);

    embed.path = QStringLiteral("/v1beta/models/text-embedding-004:batchEmbedContents");
    embed.body = R"({"requests":[{"content":{"parts":[{"text":"a"}]}},{"content":{"parts":[{"text":"b"}]}}]})";
    const Exchange b = call(up, embed);
    QCOMPARE(b.status, 200);
    QCOMPARE(at(b.json(), QStringLiteral("embeddings")).toArray().size(), 2);
    QCOMPARE(at(b.json(), QStringLiteral("embeddings/0/values")).toArray().size(), 8);
}

void TestFakeUpstream::ollamaChat_data()
{
    QTest::addColumn<QByteArray>("streamField");
    QTest::addColumn<bool>("streamed");
    QTest::newRow("stream absent (streams)") << QByteArray() << true;
    QTest::newRow("stream true") << QByteArray(R"(,"stream":true)") << true;
    QTest::newRow("stream false") << QByteArray(R"(,"stream":false)") << false;
}

void TestFakeUpstream::ollamaChat()
{
    QFETCH(QByteArray, streamField);
    QFETCH(bool, streamed);
    FakeUpstream up(Dialect::Ollama);
    QVERIFY(up.listen());
    up.setApiKey(QStringLiteral("ignored-by-ollama"));
    ReplyScript reply;
    reply.textChunks = 3;
    reply.reasoning = QStringLiteral("thinking...");
    reply.reasoningChunks = 1;
    reply.toolCall = ToolCallScript{};
    up.setReply(reply);
    Req req = requestFor(QStringLiteral("ollama"), true);
    req.body = R"({"model":"llama3.2","messages":[{"role":"user","content":"hi"}])" + streamField + "}";
    const Exchange ex = call(up, req);
    QCOMPARE(ex.status, 200);
    if (!streamed) {
        QVERIFY(ex.header("content-type").startsWith("application/json"));
        const QJsonObject o = ex.json();
        QCOMPARE(at(o, QStringLiteral("done")).toBool(), true);
        QCOMPARE(atString(o, QStringLiteral("message/content")), QStringLiteral("Hello from the fake upstream."));
        QCOMPARE(atString(o, QStringLiteral("message/thinking")), QStringLiteral("thinking..."));
        QCOMPARE(atString(o, QStringLiteral("message/tool_calls/0/function/name")), QStringLiteral("get_weather"));
        QCOMPARE(at(o, QStringLiteral("prompt_eval_count")).toInt(), 12);
        return;
    }
    QCOMPARE(ex.header("content-type"), QByteArray("application/x-ndjson"));
    QVERIFY(ex.body.endsWith("}\n"));
    const QList<QJsonObject> lines = parseNdjson(ex.body);
    QCOMPARE(lines.size(), 6); // thinking, 3 text, tool call, done
    QString text;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool last = i == lines.size() - 1;
        QCOMPARE(atString(lines[i], QStringLiteral("model")), QStringLiteral("llama3.2"));
        QVERIFY(!atString(lines[i], QStringLiteral("created_at")).isEmpty());
        QCOMPARE(at(lines[i], QStringLiteral("done")).toBool(), last);
        QCOMPARE(atString(lines[i], QStringLiteral("message/role")), QStringLiteral("assistant"));
        text += atString(lines[i], QStringLiteral("message/content"));
    }
    QCOMPARE(atString(lines[0], QStringLiteral("message/thinking")), QStringLiteral("thinking..."));
    QCOMPARE(atString(lines[4], QStringLiteral("message/tool_calls/0/function/arguments/city")), QStringLiteral("Paris"));
    QCOMPARE(text, QStringLiteral("Hello from the fake upstream."));
    const QJsonObject done = lines.last();
    QCOMPARE(atString(done, QStringLiteral("done_reason")), QStringLiteral("stop"));
    QCOMPARE(at(done, QStringLiteral("prompt_eval_count")).toInt(), 12);
    QCOMPARE(at(done, QStringLiteral("eval_count")).toInt(), 9);
    QVERIFY(at(done, QStringLiteral("total_duration")).toDouble() > 0);
}

void TestFakeUpstream::ollamaTagsEmbedAndOpenAiCompat()
{
    FakeUpstream up(Dialect::Ollama);
    QVERIFY(up.listen());
    Req tags;
    tags.method = "GET";
    tags.path = QStringLiteral("/api/tags");
    const Exchange t = call(up, tags);
    QCOMPARE(t.status, 200);
    QCOMPARE(atString(t.json(), QStringLiteral("models/0/name")), QStringLiteral("llama3.2:latest"));
    QCOMPARE(atString(t.json(), QStringLiteral("models/0/details/format")), QStringLiteral("gguf"));
    QCOMPARE(atString(t.json(), QStringLiteral("models/0/digest")).size(), 64);

    Req embed;
    embed.path = QStringLiteral("/api/embed");
    embed.body = R"({"model":"nomic-embed-text","input":["a","b","c"]})";
    const Exchange e = call(up, embed);
    QCOMPARE(e.status, 200);
    QCOMPARE(at(e.json(), QStringLiteral("embeddings")).toArray().size(), 3);
    QCOMPARE(atString(e.json(), QStringLiteral("model")), QStringLiteral("nomic-embed-text"));

    // OpenAI-compatible /v1, no auth.
    Req chat = requestFor(QStringLiteral("openai"), true);
    chat.headers.clear();
    const Exchange c = call(up, chat);
    QCOMPARE(c.status, 200);
    const QList<SseEvent> events = parseSse(c.body);
    QCOMPARE(events.last().data, QByteArray("[DONE]"));
    QCOMPARE(atString(events[0].json(), QStringLiteral("system_fingerprint")), QStringLiteral("fp_ollama"));
    QCOMPARE(up.lastRequest().dialect, QStringLiteral("ollama"));
    Req models;
    models.method = "GET";
    models.path = QStringLiteral("/v1/models");
    QCOMPARE(atString(call(up, models).json(), QStringLiteral("data/0/owned_by")), QStringLiteral("library"));
}

void TestFakeUpstream::routing_data()
{
    QTest::addColumn<int>("dialects");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("dialect");
    const int all = int(allDialects());
    QTest::newRow("all: /v1/models is OpenAI") << all << QByteArray("GET") << QStringLiteral("/v1/models") << QByteArray() << 200
                                               << QStringLiteral("openai");
    QTest::newRow("all: /v1/models with anthropic-version")
        << all << QByteArray("GET") << QStringLiteral("/v1/models") << QByteArray("anthropic-version") << 200 << QStringLiteral("anthropic");
    QTest::newRow("all: responses") << all << QByteArray("POST") << QStringLiteral("/v1/responses") << QByteArray() << 200
                                    << QStringLiteral("responses");
    QTest::newRow("all: ollama") << all << QByteArray("GET") << QStringLiteral("/api/tags") << QByteArray() << 200 << QStringLiteral("ollama");
    QTest::newRow("all: gemini") << all << QByteArray("GET") << QStringLiteral("/v1beta/models") << QByteArray() << 200 << QStringLiteral("gemini");
    QTest::newRow("gemini only: no /v1/messages") << int(Dialect::Gemini) << QByteArray("POST") << QStringLiteral("/v1/messages")
                                                  << QByteArray("anthropic-version") << 404 << QString();
    QTest::newRow("anthropic only: no /v1/chat/completions")
        << int(Dialect::Anthropic) << QByteArray("POST") << QStringLiteral("/v1/chat/completions") << QByteArray() << 404 << QString();
    QTest::newRow("all: one OpenAI model") << all << QByteArray("GET") << QStringLiteral("/v1/models/gpt-4o") << QByteArray() << 200
                                           << QStringLiteral("openai");
    QTest::newRow("all: unknown OpenAI model") << all << QByteArray("GET") << QStringLiteral("/v1/models/nope") << QByteArray() << 404
                                               << QStringLiteral("openai");
    QTest::newRow("all: one Anthropic model") << all << QByteArray("GET") << QStringLiteral("/v1/models/claude-sonnet-4-5")
                                              << QByteArray("anthropic-version") << 200 << QStringLiteral("anthropic");
    QTest::newRow("all: one Gemini model") << all << QByteArray("GET") << QStringLiteral("/v1beta/models/gemini-2.0-flash") << QByteArray() << 200
                                           << QStringLiteral("gemini");
    QTest::newRow("all: unknown Gemini model") << all << QByteArray("GET") << QStringLiteral("/v1beta/models/nope") << QByteArray() << 404
                                               << QStringLiteral("gemini");
    QTest::newRow("unknown path") << all << QByteArray("GET") << QStringLiteral("/nope") << QByteArray() << 404 << QString();
    QTest::newRow("wrong method") << all << QByteArray("GET") << QStringLiteral("/v1/chat/completions") << QByteArray() << 404 << QString();
}

void TestFakeUpstream::routing()
{
    QFETCH(int, dialects);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, dialect);
    FakeUpstream up{Dialects(dialects)};
    QVERIFY(up.listen());
    Req req;
    req.method = method;
    req.path = path;
    if (!header.isEmpty())
        req.headers = {{header, "2023-06-01"}};
    if (method == "POST")
        req.body = R"({"model":"m","input":"x","messages":[]})";
    const Exchange ex = call(up, req);
    QCOMPARE(ex.status, status);
    QCOMPARE(up.lastRequest().dialect, dialect);
    if (status == 404)
        QVERIFY(ex.json().contains(QLatin1String("error")));
    if (up.lastRequest().endpoint == QLatin1String("model") && status == 200) {
        const QString id = path.section(QLatin1Char('/'), -1);
        const QJsonObject o = ex.json();
        QVERIFY(o.value(QLatin1String("id")).toString() == id || o.value(QLatin1String("name")).toString() == QStringLiteral("models/") + id);
    }
}

// ------------------------------------------------------------------------------------------ auth

void TestFakeUpstream::auth_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("check"); // path=value into the error body

    const QByteArray bearer = "Bearer " + kKey;
    QTest::newRow("openai ok") << QStringLiteral("openai") << QByteArray("Authorization") << bearer << QString() << 200 << QString();
    QTest::newRow("openai missing") << QStringLiteral("openai") << QByteArray() << QByteArray() << QString() << 401
                                    << QStringLiteral("error/type=invalid_request_error");
    QTest::newRow("openai wrong") << QStringLiteral("openai") << QByteArray("Authorization") << QByteArray("Bearer sk-wrong-000000") << QString()
                                  << 401 << QStringLiteral("error/code=invalid_api_key");
    QTest::newRow("openai x-api-key is not auth") << QStringLiteral("openai") << QByteArray("x-api-key") << kKey << QString() << 401
                                                  << QStringLiteral("error/type=invalid_request_error");
    QTest::newRow("responses wrong") << QStringLiteral("responses") << QByteArray("Authorization") << QByteArray("Bearer nope") << QString() << 401
                                     << QStringLiteral("error/code=invalid_api_key");
    QTest::newRow("anthropic ok") << QStringLiteral("anthropic") << QByteArray("x-api-key") << kKey << QString() << 200 << QString();
    QTest::newRow("anthropic bearer ok") << QStringLiteral("anthropic") << QByteArray("Authorization") << bearer << QString() << 200 << QString();
    QTest::newRow("anthropic missing") << QStringLiteral("anthropic") << QByteArray() << QByteArray() << QString() << 401
                                       << QStringLiteral("error/type=authentication_error");
    QTest::newRow("anthropic wrong") << QStringLiteral("anthropic") << QByteArray("x-api-key") << QByteArray("wrong") << QString() << 401
                                     << QStringLiteral("error/message=invalid x-api-key");
    QTest::newRow("gemini header ok") << QStringLiteral("gemini") << QByteArray("x-goog-api-key") << kKey << QString() << 200 << QString();
    QTest::newRow("gemini query ok") << QStringLiteral("gemini") << QByteArray() << QByteArray() << QStringLiteral("key=") + QString::fromLatin1(kKey)
                                     << 200 << QString();
    QTest::newRow("gemini wrong") << QStringLiteral("gemini") << QByteArray("x-goog-api-key") << QByteArray("wrong") << QString() << 400
                                  << QStringLiteral("error/details/0/reason=API_KEY_INVALID");
    QTest::newRow("gemini missing") << QStringLiteral("gemini") << QByteArray() << QByteArray() << QString() << 403
                                    << QStringLiteral("error/status=PERMISSION_DENIED");
    QTest::newRow("ollama needs none") << QStringLiteral("ollama") << QByteArray() << QByteArray() << QString() << 200 << QString();
}

void TestFakeUpstream::auth()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, check);

    Req req = requestFor(dialect, false);
    FakeUpstream up(req.dialects);
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    up.failNext(1, Fault::make(FaultKind::ServerError)); // must not be consumed by a rejected request
    Headers headers;
    if (dialect == QLatin1String("anthropic"))
        headers.append(std::pair<QByteArray, QByteArray>("anthropic-version", "2023-06-01"));
    if (!headerName.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>(headerName, headerValue));
    req.headers = headers;
    if (!query.isEmpty())
        req.path += QLatin1Char('?') + query;
    const Exchange ex = call(up, req);
    if (status == 200) {
        QCOMPARE(ex.status, 500); // the queued fault: auth passed
        QCOMPARE(up.queuedCount(), 0);
        return;
    }
    QCOMPARE(ex.status, status);
    QCOMPARE(up.queuedCount(), 1);
    const qsizetype eq = check.indexOf(QLatin1Char('='));
    QCOMPARE(atString(ex.json(), check.left(eq)), check.mid(eq + 1));
}

// ------------------------------------------------------------------------------------------ faults

void TestFakeUpstream::httpErrors_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("check");

    struct Row {
        const char *dialect;
        FaultKind fault;
        int status;
        const char *check;
    };
    const Row rows[] = {
        {"openai", FaultKind::ContextLengthExceeded, 400, "error/code=context_length_exceeded"},
        {"openai", FaultKind::Unauthorized, 401, "error/code=invalid_api_key"},
        {"openai", FaultKind::Forbidden, 403, "error/type=invalid_request_error"},
        {"openai", FaultKind::ModelNotFound, 404, "error/code=model_not_found"},
        {"openai", FaultKind::RateLimited, 429, "error/code=rate_limit_exceeded"},
        {"openai", FaultKind::ServerError, 500, "error/type=server_error"},
        {"openai", FaultKind::ServiceUnavailable, 503, "error/type=server_error"},
        {"openai", FaultKind::Overloaded, 503, "error/type=server_error"},
        {"responses", FaultKind::ContextLengthExceeded, 400, "error/code=context_length_exceeded"},
        {"responses", FaultKind::RateLimited, 429, "error/code=rate_limit_exceeded"},
        {"anthropic", FaultKind::ContextLengthExceeded, 400, "error/type=invalid_request_error"},
        {"anthropic", FaultKind::Unauthorized, 401, "error/type=authentication_error"},
        {"anthropic", FaultKind::Forbidden, 403, "error/type=permission_error"},
        {"anthropic", FaultKind::ModelNotFound, 404, "error/type=not_found_error"},
        {"anthropic", FaultKind::RateLimited, 429, "error/type=rate_limit_error"},
        {"anthropic", FaultKind::ServerError, 500, "error/type=api_error"},
        {"anthropic", FaultKind::ServiceUnavailable, 503, "error/type=api_error"},
        {"anthropic", FaultKind::Overloaded, 529, "error/type=overloaded_error"},
        {"gemini", FaultKind::ContextLengthExceeded, 400, "error/status=INVALID_ARGUMENT"},
        {"gemini", FaultKind::Unauthorized, 401, "error/status=UNAUTHENTICATED"},
        {"gemini", FaultKind::Forbidden, 403, "error/status=PERMISSION_DENIED"},
        {"gemini", FaultKind::ModelNotFound, 404, "error/status=NOT_FOUND"},
        {"gemini", FaultKind::RateLimited, 429, "error/status=RESOURCE_EXHAUSTED"},
        {"gemini", FaultKind::ServerError, 500, "error/status=INTERNAL"},
        {"gemini", FaultKind::ServiceUnavailable, 503, "error/status=UNAVAILABLE"},
        {"gemini", FaultKind::Overloaded, 503, "error/code=503"},
        {"ollama", FaultKind::ModelNotFound, 404, "error=model \"llama3.2\" not found, try pulling it first"},
        {"ollama", FaultKind::RateLimited, 429, "error=too many requests"},
        {"ollama", FaultKind::ServerError, 500, "error=llama runner process has terminated: exit status 2"},
        {"ollama", FaultKind::ServiceUnavailable, 503, "error=server busy, please try again.  maximum pending requests exceeded"},
    };
    for (const Row &r : rows) {
        const QString name = QString::fromLatin1(r.dialect) + QLatin1Char(' ') + faultName(r.fault);
        QTest::newRow(name.toLatin1().constData()) << QString::fromLatin1(r.dialect) << int(r.fault) << r.status << QString::fromUtf8(r.check);
    }
}

void TestFakeUpstream::httpErrors()
{
    QFETCH(QString, dialect);
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(QString, check);

    const Req req = requestFor(dialect, true);
    FakeUpstream up(req.dialects);
    QVERIFY(up.listen());
    Fault f = Fault::make(FaultKind(fault));
    f.retryAfterSeconds = 7;
    up.setFault(f);
    const Exchange ex = call(up, req);
    QCOMPARE(ex.status, status);
    QVERIFY(ex.header("content-type").startsWith("application/json"));
    const qsizetype eq = check.indexOf(QLatin1Char('='));
    QCOMPARE(atString(ex.json(), check.left(eq)), check.mid(eq + 1));
    QCOMPARE(ex.header("retry-after"), status == 429 ? QByteArray("7") : QByteArray());
    if (dialect == QLatin1String("anthropic")) {
        QCOMPARE(atString(ex.json(), QStringLiteral("type")), QStringLiteral("error"));
        QVERIFY(!atString(ex.json(), QStringLiteral("error/message")).isEmpty());
    }
    if (dialect == QLatin1String("gemini"))
        QCOMPARE(at(ex.json(), QStringLiteral("error/code")).toInt(), status);
    if (dialect == QLatin1String("openai") || dialect == QLatin1String("responses")) {
        const QJsonObject e = ex.json().value(QLatin1String("error")).toObject();
        for (const char *key : {"message", "type", "param", "code"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
    }
    if (FaultKind(fault) == FaultKind::ContextLengthExceeded && dialect == QLatin1String("anthropic"))
        QVERIFY(atString(ex.json(), QStringLiteral("error/message")).startsWith(QLatin1String("prompt is too long")));
}

void TestFakeUpstream::slowFirstByte()
{
    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    up.setFault(Fault::make(FaultKind::SlowFirstByte, 600));
    const Exchange ex = call(up, QStringLiteral("openai"), true);
    QCOMPARE(ex.status, 200);
    QVERIFY2(ex.headersMs >= 550, QByteArray::number(ex.headersMs).constData());
    QVERIFY(ex.totalMs < kWaitMs);
    QVERIFY(ex.body.contains("data: [DONE]"));
}

void TestFakeUpstream::slowFirstToken()
{
    FakeUpstream up(Dialect::Anthropic);
    QVERIFY(up.listen());
    up.setFault(Fault::make(FaultKind::SlowFirstToken, 1200));
    const Exchange ex = call(up, QStringLiteral("anthropic"), true);
    QCOMPARE(ex.status, 200);
    QVERIFY(ex.headersMs >= 0);
    QVERIFY2(ex.firstDataMs >= 1100, QByteArray::number(ex.firstDataMs).constData());
    // The headers came well before the first event (the delay sits between them).
    QVERIFY2(ex.firstDataMs - ex.headersMs >= 600,
             QByteArray(QByteArray::number(ex.headersMs) + " / " + QByteArray::number(ex.firstDataMs)).constData());
    QVERIFY(ex.body.contains("event: message_stop"));
}

void TestFakeUpstream::chunkDelay()
{
    FakeUpstream up(Dialect::Ollama);
    QVERIFY(up.listen());
    ReplyScript reply;
    reply.textChunks = 4;
    up.setReply(reply);
    up.setChunkDelay(80);
    const Exchange ex = call(up, QStringLiteral("ollama"), true);
    QCOMPARE(ex.status, 200);
    QCOMPARE(parseNdjson(ex.body).size(), 5);
    QVERIFY2(ex.totalMs >= 4 * 80 - 20, QByteArray::number(ex.totalMs).constData());
    QVERIFY2(ex.reads >= 2, QByteArray::number(ex.reads).constData()); // arrived in pieces
}

void TestFakeUpstream::stallMidStream()
{
    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    up.setFault(Fault::make(FaultKind::StallMidStream, 0, 2));
    QSignalSpy stalled(&up, &FakeUpstream::responseStalled);
    QNetworkReply *reply = nullptr;
    const std::shared_ptr<Exchange> ex = start(up, requestFor(QStringLiteral("openai"), true), &reply);
    QTRY_COMPARE_WITH_TIMEOUT(parseSse(ex->body).size(), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(stalled.size(), 1, kWaitMs); // the fake writes nothing after this
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(parseSse(ex->body).size(), 2); // nothing more came
    QVERIFY(!ex->finished);
    QCOMPARE(up.openConnectionCount(), 1);
    reply->abort();
    QVERIFY(ex->finished);
    QCOMPARE(ex->error, QNetworkReply::OperationCanceledError);
    QTRY_COMPARE_WITH_TIMEOUT(up.openConnectionCount(), 0, kWaitMs);
}

void TestFakeUpstream::dropMidStream_data()
{
    QTest::addColumn<QString>("dialect");
    for (const char *d : {"openai", "responses", "anthropic", "gemini", "ollama"})
        QTest::newRow(d) << QString::fromLatin1(d);
}

void TestFakeUpstream::dropMidStream()
{
    QFETCH(QString, dialect);
    const Req req = requestFor(dialect, true);
    FakeUpstream up(req.dialects);
    QVERIFY(up.listen());
    up.setFault(Fault::make(FaultKind::DropMidStream, 0, 2));
    const Exchange ex = call(up, req);
    QVERIFY(ex.finished);
    QCOMPARE(ex.status, 200);
    // Qt 6.4 reports a chunked body cut by a clean close (no last chunk) as NoError: a client must
    // notice the missing terminal frame itself.
    QVERIFY2(ex.error == QNetworkReply::NoError || ex.error == QNetworkReply::RemoteHostClosedError, QByteArray::number(int(ex.error)).constData());
    QVERIFY(!ex.body.contains(terminalMarker(dialect)));
    const qsizetype frames = dialect == QLatin1String("ollama") ? parseNdjson(ex.body).size() : parseSse(ex.body).size();
    QCOMPARE(frames, 2);
}

void TestFakeUpstream::dropBeforeResponse()
{
    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    up.setFault(Fault::make(FaultKind::DropBeforeResponse));
    const Exchange ex = call(up, QStringLiteral("openai"), false);
    QVERIFY(ex.finished);
    QCOMPARE(ex.status, 0);
    QCOMPARE(ex.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(up.requestCount() >= 1); // Qt may resend on a new connection before giving up
    QCOMPARE(up.lastRequest().responseStatus, 0);
    // One drop only: Qt 6.4 resends an unanswered request once on a new connection, so a QNAM client
    // sees the reply (a router test that wants the failure must drop twice, or always).
    FakeUpstream once(Dialect::OpenAiChat);
    QVERIFY(once.listen());
    once.failNext(1, Fault::make(FaultKind::DropBeforeResponse));
    const Exchange ex2 = call(once, QStringLiteral("openai"), false);
    QVERIFY((ex2.status == 200 && once.requestCount() == 2) || (ex2.error == QNetworkReply::RemoteHostClosedError && once.requestCount() == 1));
    QCOMPARE(once.requests()[0].responseStatus, 0);
}

void TestFakeUpstream::malformedJson()
{
    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    up.setFault(Fault::make(FaultKind::MalformedJson));
    const Exchange plain = call(up, QStringLiteral("openai"), false);
    QCOMPARE(plain.status, 200);
    QJsonParseError err{};
    QJsonDocument::fromJson(plain.body, &err);
    QVERIFY(err.error != QJsonParseError::NoError);
    QVERIFY(plain.body.startsWith("{\"id\":"));

    up.setFault(Fault::make(FaultKind::MalformedJson, 0, 1));
    const Exchange stream = call(up, QStringLiteral("openai"), true);
    QCOMPARE(stream.error, QNetworkReply::NoError);
    const QList<SseEvent> events = parseSse(stream.body);
    QJsonDocument::fromJson(events[1].data, &err);
    QVERIFY(err.error != QJsonParseError::NoError);
    QJsonDocument::fromJson(events[0].data, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(events.last().data, QByteArray("[DONE]"));
}

void TestFakeUpstream::malformedSse()
{
    FakeUpstream up(Dialect::Anthropic);
    QVERIFY(up.listen());
    up.setFault(Fault::make(FaultKind::MalformedSse, 0, 3));
    const Exchange ex = call(up, QStringLiteral("anthropic"), true);
    QCOMPARE(ex.status, 200);
    QVERIFY(ex.body.contains("\nthis line has no field name\n\n"));
    const QList<SseEvent> events = parseSse(ex.body);
    QCOMPARE(events[3].data, QByteArray("{\"broken\":"));
    QVERIFY(ex.body.endsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"));

    FakeUpstream ollama(Dialect::Ollama);
    QVERIFY(ollama.listen());
    ollama.setFault(Fault::make(FaultKind::MalformedSse, 0, 1));
    const Exchange o = call(ollama, QStringLiteral("ollama"), true);
    QVERIFY(o.body.contains("\nthis line is not JSON\n"));
}

void TestFakeUpstream::streamError_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QByteArray>("marker");
    QTest::newRow("anthropic") << QStringLiteral("anthropic")
                               << QByteArray(R"(event: error)"
                                             "\n"
                                             R"(data: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"
                                             "\n\n");
    QTest::newRow("openai") << QStringLiteral("openai") << QByteArray(R"(data: {"error":{"message":)");
    QTest::newRow("responses") << QStringLiteral("responses") << QByteArray("event: error\ndata: {\"type\":\"error\",\"code\":");
    QTest::newRow("gemini") << QStringLiteral("gemini")
                            << QByteArray(R"("status":"UNAVAILABLE"}})"
                                          "\r\n\r\n");
    QTest::newRow("ollama") << QStringLiteral("ollama") << QByteArray(R"({"error":")");
}

void TestFakeUpstream::streamError()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, marker);
    const Req req = requestFor(dialect, true);
    FakeUpstream up(req.dialects);
    QVERIFY(up.listen());
    up.setFault(Fault::make(FaultKind::StreamError, 0, 2));
    const Exchange ex = call(up, req);
    QCOMPARE(ex.status, 200);
    QCOMPARE(ex.error, QNetworkReply::NoError); // the stream ends properly, with an error event
    QVERIFY2(ex.body.endsWith(marker) || ex.body.contains(marker), ex.body.constData());
    QVERIFY(!ex.body.contains(terminalMarker(dialect)));
    if (dialect == QLatin1String("anthropic")) {
        QCOMPARE(call(up, dialect, false).status, 529); // non-streamed: the error as an HTTP status
        const QList<SseEvent> events = parseSse(ex.body);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].event, QByteArray("message_start"));
        QCOMPARE(events[2].event, QByteArray("error"));
    }
}

void TestFakeUpstream::failNTimesThenSucceed()
{
    FakeUpstream up(Dialect::Anthropic);
    QVERIFY(up.listen());
    up.failNext(2, Fault::make(FaultKind::Overloaded));
    QCOMPARE(up.queuedCount(), 2);
    QCOMPARE(call(up, QStringLiteral("anthropic"), true).status, 529);
    QCOMPARE(call(up, QStringLiteral("anthropic"), true).status, 529);
    const Exchange ok = call(up, QStringLiteral("anthropic"), true);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.body.contains("event: message_stop"));
    QCOMPARE(up.queuedCount(), 0);
    QCOMPARE(up.requestCount(), 3);
    QCOMPARE(up.requests()[0].responseStatus, 529);
    QCOMPARE(up.requests()[2].responseStatus, 200);

    // A queued reply script, then back to the default.
    Script custom;
    custom.reply = ReplyScript{};
    custom.reply->text = QStringLiteral("queued");
    up.enqueue(custom);
    QCOMPARE(atString(call(up, QStringLiteral("anthropic"), false).json(), QStringLiteral("content/0/text")), QStringLiteral("queued"));
    QCOMPARE(atString(call(up, QStringLiteral("anthropic"), false).json(), QStringLiteral("content/0/text")),
             QStringLiteral("Hello from the fake upstream."));

    // Only matching paths consume a filtered entry: a model listing passes by, the chat call fails.
    up.failNext(1, Fault::make(FaultKind::DropMidStream, 0, 1), QStringLiteral("/v1/messages"));
    ReplyScript later;
    later.text = QStringLiteral("set after failNext");
    up.setReply(later); // queued faults render the reply current at request time
    Req models = requestFor(QStringLiteral("anthropic"), false);
    models.method = "GET";
    models.path = QStringLiteral("/v1/models");
    models.body.clear();
    QCOMPARE(call(up, models).status, 200);
    QCOMPARE(up.queuedCount(), 1);
    const Exchange dropped = call(up, QStringLiteral("anthropic"), true);
    QVERIFY(!dropped.body.contains("message_stop"));
    QCOMPARE(parseSse(dropped.body).size(), 1);
    QCOMPARE(up.queuedCount(), 0);
    QCOMPARE(atString(call(up, QStringLiteral("anthropic"), false).json(), QStringLiteral("content/0/text")), QStringLiteral("set after failNext"));
    for (qsizetype i = 1; i < up.requests().size(); ++i)
        QVERIFY(up.requests()[i].receivedAtMs >= up.requests()[i - 1].receivedAtMs);
}

void TestFakeUpstream::handlerScript()
{
    FakeUpstream up;
    QVERIFY(up.listen());
    up.setHandler([](const RecordedRequest &r) -> std::optional<Script> {
        if (r.json().value(QLatin1String("model")).toString() == QLatin1String("bad-model")) {
            Script s;
            s.fault = Fault::make(FaultKind::ModelNotFound);
            return s;
        }
        return std::nullopt;
    });
    Req req = requestFor(QStringLiteral("openai"), false);
    req.headers.clear();
    req.body = R"({"model":"bad-model","messages":[]})";
    const Exchange bad = call(up, req);
    QCOMPARE(bad.status, 404);
    QVERIFY(atString(bad.json(), QStringLiteral("error/message")).contains(QLatin1String("bad-model")));
    req.body = R"({"model":"good-model","messages":[]})";
    QCOMPARE(call(up, req).status, 200);
}

void TestFakeUpstream::agentScript_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QByteArray>("callBody"); // offers Read and Bash
    QTest::addColumn<QByteArray>("answerBody"); // ends in the result of a Bash call (then a system reminder)
    QTest::addColumn<QByteArray>("plainBody"); // offers Read only

    QTest::newRow("anthropic")
        << QStringLiteral("anthropic")
        << QByteArray(R"({"model":"m","max_tokens":99,"stream":true,"tools":[{"name":"Read","input_schema":{"type":"object"}},)"
                      R"({"name":"Bash","input_schema":{"type":"object"}}],"messages":[{"role":"user","content":"go"}]})")
        << QByteArray(R"({"model":"m","max_tokens":99,"stream":true,"tools":[{"name":"Bash","input_schema":{"type":"object"}}],)"
                      R"("messages":[{"role":"user","content":"go"},{"role":"assistant","content":[{"type":"tool_use","id":"t1",)"
                      R"("name":"Bash","input":{}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"t1",)"
                      R"("content":[{"type":"text","text":"tok-123"}]}]},{"role":"system","content":"reminder"}]})")
        << QByteArray(R"({"model":"m","max_tokens":99,"stream":true,"tools":[{"name":"Read","input_schema":{"type":"object"}}],)"
                      R"("messages":[{"role":"user","content":"go"}]})");
    const QByteArray chatCall = R"("tools":[{"type":"function","function":{"name":"Read","parameters":{}}},)"
                                R"({"type":"function","function":{"name":"Bash","parameters":{}}}],"messages":[{"role":"user","content":"go"}]})";
    const QByteArray chatAnswer = R"("tools":[{"type":"function","function":{"name":"Bash","parameters":{}}}],"messages":[)"
                                  R"({"role":"user","content":"go"},{"role":"assistant","content":null,"tool_calls":[{"id":"c1",)"
                                  R"("type":"function","function":{"name":"Bash","arguments":"{}"}}]},{"role":"tool",)"
                                  R"("tool_call_id":"c1","content":"tok-123"}]})";
    const QByteArray chatPlain = R"("tools":[{"type":"function","function":{"name":"Read","parameters":{}}}],)"
                                 R"("messages":[{"role":"user","content":"go"}]})";
    QTest::newRow("openai") << QStringLiteral("openai") << (R"({"model":"m","stream":true,)" + chatCall)
                            << (R"({"model":"m","stream":true,)" + chatAnswer) << (R"({"model":"m","stream":true,)" + chatPlain);
    QTest::newRow("ollama") << QStringLiteral("ollama") << (R"({"model":"m",)" + chatCall) << (R"({"model":"m",)" + chatAnswer)
                            << (R"({"model":"m",)" + chatPlain);
    QTest::newRow("responses")
        << QStringLiteral("responses")
        << QByteArray(R"({"model":"m","stream":true,"tools":[{"type":"function","name":"Read","parameters":{}},{"type":"web_search"},)"
                      R"({"type":"namespace","name":"shell","tools":[{"type":"function","name":"Bash","parameters":{}}]}],)"
                      R"("input":[{"role":"user","content":"go"}]})")
        << QByteArray(R"({"model":"m","stream":true,"tools":[{"type":"function","name":"Bash","parameters":{}}],"input":[)"
                      R"({"role":"user","content":"go"},{"type":"function_call","call_id":"c1","name":"Bash","arguments":"{}"},)"
                      R"({"type":"function_call_output","call_id":"c1","output":"tok-123"}]})")
        << QByteArray(R"({"model":"m","stream":true,"tools":[{"type":"function","name":"Read","parameters":{}}],"input":"go"})");
    QTest::newRow("gemini") << QStringLiteral("gemini")
                            << QByteArray(R"({"tools":[{"functionDeclarations":[{"name":"Read"},{"name":"Bash"}]}],)"
                                          R"("contents":[{"role":"user","parts":[{"text":"go"}]}]})")
                            << QByteArray(
                                   R"({"tools":[{"functionDeclarations":[{"name":"Bash"}]}],"contents":[{"role":"user","parts":[{"text":"go"}]},)"
                                   R"({"role":"model","parts":[{"functionCall":{"name":"Bash","args":{}}}]},)"
                                   R"({"role":"user","parts":[{"functionResponse":{"name":"Bash","response":{"output":"tok-123"}}}]}]})")
                            << QByteArray(
                                   R"({"tools":[{"functionDeclarations":[{"name":"Read"}]}],"contents":[{"role":"user","parts":[{"text":"go"}]}]})");
}

// The scripted agent turn, streamed in every dialect: call the scripted tool when offered, answer from
// its result, and give the plain reply to anything else.
void TestFakeUpstream::agentScript()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, callBody);
    QFETCH(QByteArray, answerBody);
    QFETCH(QByteArray, plainBody);
    FakeUpstream up;
    QVERIFY(up.listen());
    up.setApiKey(QString::fromLatin1(kKey));
    AgentScript script;
    script.calls = {{QStringLiteral("Grep"), QStringLiteral(R"({"pattern":"x"})")},
                    {QStringLiteral("Bash"), QStringLiteral(R"({"command":"cat token.txt"})")}};
    script.base.textChunks = 1;
    up.setHandler(agentHandler(script));

    Req req = requestFor(dialect, true);
    if (dialect == QLatin1String("anthropic")) // Claude Code's beta: system messages inside messages
        req.headers.append(std::make_pair(QByteArray("anthropic-beta"), QByteArray("mid-conversation-tool-changes-2026-07-01")));
    auto exchange = [&](const QByteArray &body) {
        req.body = body;
        const Exchange ex = call(up, req);
        return std::make_pair(ex, readAgentTurn(up.lastRequest()));
    };

    const auto [called, callTurn] = exchange(callBody);
    QCOMPARE(called.status, 200);
    QVERIFY(callTurn.chat);
    QVERIFY2(callTurn.tools.contains(QStringLiteral("Read")) && callTurn.tools.contains(QStringLiteral("Bash")),
             qPrintable(callTurn.tools.join(QLatin1Char(','))));
    QVERIFY(!callTurn.toolResult);
    QVERIFY2(called.body.contains(R"("name":"Bash")"), called.body.constData());
    QVERIFY2(!called.body.contains("Hello from the fake upstream."), called.body.constData());
    QVERIFY(called.body.contains(terminalMarker(dialect)));

    const auto [answered, answerTurn] = exchange(answerBody);
    QCOMPARE(answered.status, 200);
    QCOMPARE(answerTurn.toolResult, std::optional<QString>(QStringLiteral("tok-123")));
    QVERIFY2(answered.body.contains("The command printed: tok-123"), answered.body.constData());
    QVERIFY2(!answered.body.contains(R"("name":"Bash")"), answered.body.constData());
    QVERIFY(answered.body.contains(terminalMarker(dialect)));

    const auto [plained, plainTurn] = exchange(plainBody);
    QCOMPARE(plained.status, 200);
    QCOMPARE(plainTurn.tools, QStringList{QStringLiteral("Read")});
    QVERIFY2(plained.body.contains("Hello from the fake upstream."), plained.body.constData());
    QVERIFY(!plained.body.contains(R"("name":"Bash")"));

    // other endpoints keep the server's defaults; the executable's NAME=JSON
    QVERIFY(!agentReply(script, RecordedRequest{}));
    QVERIFY(parseAgentToolCall(QStringLiteral(R"(Bash={"command":"ls"})")));
    QVERIFY(!parseAgentToolCall(QStringLiteral("Bash")));
    QVERIFY(!parseAgentToolCall(QStringLiteral("Bash=[1]")));
}

void TestFakeUpstream::recordedBody()
{
    const QString path = sb::testing::fixturePath(QStringLiteral("fakes/openai_chat_stream.sse"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    std::optional<RecordedBody> rec = RecordedBody::fromFile(path, QByteArrayLiteral("text/event-stream"), 97, 15);
    QVERIFY(rec);
    QVERIFY(!RecordedBody::fromFile(path + QStringLiteral(".missing"), QByteArrayLiteral("text/plain")));

    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    up.setRecorded(rec);
    const Exchange ex = call(up, QStringLiteral("openai"), true);
    QCOMPARE(ex.status, 200);
    QCOMPARE(ex.header("transfer-encoding"), QByteArray("chunked"));
    QCOMPARE(ex.body, expected);
    QVERIFY(ex.reads >= 2);
    const int chunks = int((expected.size() + 96) / 97);
    QVERIFY2(ex.totalMs >= (chunks - 1) * 15 - 30, QByteArray::number(ex.totalMs).constData());

    // Verbatim fixed-length, and a stream fault still applies to the pieces.
    rec->chunked = false;
    rec->delayMs = 0;
    Script s;
    s.recorded = rec;
    up.enqueue(s);
    s.fault = Fault::make(FaultKind::DropMidStream, 0, 3);
    up.enqueue(s);
    const Exchange fixed = call(up, QStringLiteral("openai"), true);
    QCOMPARE(fixed.header("content-length").toInt(), expected.size());
    QCOMPARE(fixed.body, expected);
    const Exchange cut = call(up, QStringLiteral("openai"), true);
    QVERIFY(cut.error != QNetworkReply::NoError);
    QCOMPARE(cut.body, expected.left(3 * 97));
}

// ------------------------------------------------------------------------------------------ HTTP

void TestFakeUpstream::chunkedRequestBody()
{
    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    const QByteArray json = R"({"model":"gpt-4o","messages":[{"role":"user","content":"chunked hello"}]})";
    QList<QByteArray> writes;
    writes.append("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Transfer-Encoding: chunked\r\n\r\n");
    for (qsizetype i = 0; i < json.size(); i += 10) {
        const QByteArray piece = json.mid(i, 10);
        writes.append(QByteArray::number(piece.size(), 16) + (i == 0 ? ";ext=1" : "") + "\r\n" + piece + "\r\n");
    }
    writes.append("0\r\nX-Trailer: yes\r\n\r\n");
    const QByteArray got = rawExchange(up, writes, "\"finish_reason\":\"stop\"");
    QVERIFY(got.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(up.requestCount(), 1);
    QVERIFY(up.lastRequest().chunkedBody);
    QCOMPARE(up.lastRequest().body, json);
}

void TestFakeUpstream::expectContinue()
{
    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    const QByteArray json = R"({"model":"gpt-4o","messages":[]})";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, up.port());
    QVERIFY(socket.waitForConnected(kWaitMs));
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " + QByteArray::number(json.size())
                 + "\r\n\r\n");
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).contains("\r\n\r\n"), kWaitMs);
    QCOMPARE(got, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write(json);
    QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).contains("chat.completion"), kWaitMs);
    QVERIFY(got.contains("HTTP/1.1 200 OK\r\n"));
    QVERIFY(up.lastRequest().expectedContinue);
    QCOMPARE(up.lastRequest().body, json);

    // Same connection: an empty line before the next request line is tolerated.
    got.clear();
    socket.write("\r\nGET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).contains("\"object\":\"list\""), kWaitMs);
    QVERIFY(got.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(up.connectionCount(), 1);
    QCOMPARE(up.requestCount(), 2);
}

void TestFakeUpstream::keepAliveReuse()
{
    FakeUpstream up;
    QVERIFY(up.listen());
    for (const char *d : {"openai", "anthropic", "ollama", "openai"}) {
        Req req = requestFor(QString::fromLatin1(d), true);
        req.headers.append(std::pair<QByteArray, QByteArray>("anthropic-version", "2023-06-01"));
        QCOMPARE(call(up, req).status, 200);
    }
    QCOMPARE(up.requestCount(), 4);
    QCOMPARE(up.connectionCount(), 1);
    for (const RecordedRequest &r : up.requests())
        QCOMPARE(r.connectionId, 0);
    QCOMPARE(up.requests()[3].index, 3);
}

void TestFakeUpstream::recordLimitAndClear()
{
    FakeUpstream up(Dialect::Ollama);
    QVERIFY(up.listen());
    up.setRecordLimit(2);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(up, QStringLiteral("ollama"), false).status, 200);
    QCOMPARE(up.requestCount(), 3);
    QCOMPARE(up.requests().size(), 2);
    QCOMPARE(up.requests()[0].index, 1);
    QCOMPARE(up.lastRequest().index, 2);

    up.clearRequests();
    QCOMPARE(up.requestCount(), 0);
    QCOMPARE(up.connectionCount(), 0);
    QVERIFY(up.requests().isEmpty());
    QCOMPARE(up.openConnectionCount(), 1); // the client's keep-alive connection survives
    QCOMPARE(call(up, QStringLiteral("ollama"), false).status, 200);
    QCOMPARE(up.requestCount(), 1);
    QCOMPARE(up.lastRequest().index, 0);
    QCOMPARE(up.lastRequest().connectionId, 0); // still the first connection
    QCOMPARE(up.connectionCount(), 0); // none accepted since the clear
}

void TestFakeUpstream::connectionClose()
{
    FakeUpstream up(Dialect::Ollama);
    QVERIFY(up.listen());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, up.port());
    QVERIFY(socket.waitForConnected(kWaitMs));
    socket.write("GET /api/tags HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);
    const QByteArray got = socket.readAll();
    QVERIFY(got.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(got.contains("Connection: close\r\n"));
    QVERIFY(got.endsWith("}"));
    QTRY_COMPARE_WITH_TIMEOUT(up.openConnectionCount(), 0, kWaitMs);
}

void TestFakeUpstream::largeRequestBody()
{
    FakeUpstream up(Dialect::OpenAiChat);
    QVERIFY(up.listen());
    const QByteArray filler(10 * 1024 * 1024, 'x');
    Req req = requestFor(QStringLiteral("openai"), false);
    req.body = R"({"model":"gpt-4o","messages":[{"role":"user","content":")" + filler + R"("}]})";
    const Exchange ex = call(up, req);
    QCOMPARE(ex.status, 200);
    QCOMPARE(up.lastRequest().body.size(), req.body.size());
    QCOMPARE(up.lastRequest().body, req.body);
}

void TestFakeUpstream::badRequest()
{
    FakeUpstream up;
    QVERIFY(up.listen());
    QVERIFY(rawExchange(up, {"NONSENSE\r\n\r\n"}, "\r\n\r\n").startsWith("HTTP/1.1 400 Bad Request\r\n"));
    QVERIFY(rawExchange(up, {"POST /v1/messages HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n"}, "\r\n\r\n").startsWith("HTTP/1.1 413 "));
    QVERIFY(rawExchange(up, {"POST /v1/messages HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"}, "\r\n\r\n").startsWith("HTTP/1.1 400 "));
    QCOMPARE(up.requestCount(), 0);
}

void TestFakeUpstream::executable()
{
    QProcess proc;
    proc.setProgram(sb::testing::binPath(QStringLiteral("switchboard-fake-upstream")));
    proc.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"), QStringLiteral("anthropic,openai"),
                       QStringLiteral("--reply"), QStringLiteral("from the process"), QStringLiteral("--chunks"), QStringLiteral("2"),
                       QStringLiteral("--key"), QString::fromLatin1(kKey), QStringLiteral("--fault"), QStringLiteral("overloaded"),
                       QStringLiteral("--fault-count"), QStringLiteral("1")});
    proc.start();
    QVERIFY(proc.waitForStarted(kWaitMs));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += proc.readAllStandardOutput()).contains('\n'), kWaitMs);
    const QRegularExpression re(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\n$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(out));
    QVERIFY2(m.hasMatch(), out.constData());
    const int port = m.captured(1).toInt();
    QVERIFY(port > 0);

    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/messages").arg(port)));
    request.setRawHeader("x-api-key", kKey);
    request.setRawHeader("anthropic-version", "2023-06-01");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = R"({"model":"claude-x","max_tokens":10,"messages":[],"stream":true})";
    auto post = [&] {
        QNetworkReply *reply = m_nam->post(request, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(kWaitMs);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        reply->deleteLater();
        return std::make_pair(status, data);
    };
    QCOMPARE(post().first, 529);
    const auto [status, data] = post();
    QCOMPARE(status, 200);
    QVERIFY(data.contains(R"("text":"from the")"));
    QVERIFY(data.contains("event: message_stop"));

    proc.terminate(); // SIGTERM
    QVERIFY(proc.waitForFinished(kWaitMs));
    QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
    QCOMPARE(proc.exitCode(), 0);

    // A recorded body served verbatim by the process.
    QProcess rec;
    const QString fixture = sb::testing::fixturePath(QStringLiteral("fakes/openai_chat_stream.sse"));
    rec.start(sb::testing::binPath(QStringLiteral("switchboard-fake-upstream")),
              {QStringLiteral("--dialect"), QStringLiteral("openai"), QStringLiteral("--recorded"), fixture, QStringLiteral("--chunk-size"),
               QStringLiteral("50")});
    QVERIFY(rec.waitForStarted(kWaitMs));
    QByteArray recOut;
    QTRY_VERIFY_WITH_TIMEOUT((recOut += rec.readAllStandardOutput()).contains('\n'), kWaitMs);
    const QRegularExpressionMatch rm = re.match(QString::fromLatin1(recOut));
    QVERIFY2(rm.hasMatch(), recOut.constData());
    QNetworkRequest recRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(rm.captured(1))));
    recRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *recReply = m_nam->post(recRequest, QByteArrayLiteral(R"({"model":"m","stream":true})"));
    QSignalSpy recSpy(recReply, &QNetworkReply::finished);
    QVERIFY(recReply->isFinished() || recSpy.wait(kWaitMs));
    QFile file(fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(recReply->readAll(), file.readAll());
    recReply->deleteLater();
    rec.terminate();
    QVERIFY(rec.waitForFinished(kWaitMs));

    QProcess bad;
    bad.start(sb::testing::binPath(QStringLiteral("switchboard-fake-upstream")), {QStringLiteral("--fault"), QStringLiteral("no-such-fault")});
    QVERIFY(bad.waitForFinished(kWaitMs));
    QCOMPARE(bad.exitCode(), 2);
    QProcess badAgent;
    badAgent.start(sb::testing::binPath(QStringLiteral("switchboard-fake-upstream")), {QStringLiteral("--agent-tool"), QStringLiteral("Bash=ls")});
    QVERIFY(badAgent.waitForFinished(kWaitMs));
    QCOMPARE(badAgent.exitCode(), 2);
    QVERIFY(badAgent.readAllStandardError().contains("--agent-tool"));
}

QTEST_GUILESS_MAIN(TestFakeUpstream)
#include "tst_fakeupstream.moc"
