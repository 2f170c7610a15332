#include "protocol/codec.h"
#include "protocol/ndjson.h"
#include "wirefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb::protocol;

namespace {

QByteArray fixture(const QString &name)
{
    return sb::testing::wireFixture(QStringLiteral("ollama/") + name);
}

} // namespace

class TestOllamaCodec : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_codec = makeCodec(Dialect::Ollama);
        m_codec->setClock([] { return qint64(1700000000); });
    }

    void decodeStream_data();
    void decodeStream();
    void truncatedStream();
    void decodeResponse();
    void decodeError_data();
    void decodeError();
    void decodeErrorStatuses_data();
    void decodeErrorStatuses();
    void decodeRequest();
    void decodeRequestInvalid_data();
    void decodeRequestInvalid();
    void encodeRequest();
    void encoderLines();

private:
    std::unique_ptr<Codec> m_codec;
};

void TestOllamaCodec::decodeStream_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QStringLiteral("stream_text.ndjson")
                          << QStringLiteral("message_start id= model=llama3.2\n"
                                            "text_delta \"The sky is blue.\"\n"
                                            "usage in=26 out=282 cr=0 cw=0 rs=0\n"
                                            "finish stop\n");
    QTest::newRow("thinking + tool call") << QStringLiteral("stream_tools.ndjson")
                                          << QStringLiteral("message_start id= model=qwen3\n"
                                                            "reasoning_delta \"The user wants the weather in Paris.\" sig= id=\n"
                                                            "tool_call_start #0 id=call_20250529T09373320Z_0 name=get_current_weather\n"
                                                            "tool_call_delta #0 \"{\"format\":\"celsius\",\"location\":\"Paris, FR\"}\"\n"
                                                            "tool_call_end #0\n"
                                                            "usage in=180 out=42 cr=0 cw=0 rs=0\n"
                                                            "finish tool_calls\n");
    QTest::newRow("error line") << QStringLiteral("stream_error.ndjson")
                                << QStringLiteral("message_start id= model=llama3.2\n"
                                                  "text_delta \"The\"\n"
                                                  "error server 0 an error was encountered while running the model: unexpected EOF\n");
}

void TestOllamaCodec::decodeStream()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray bytes = fixture(file);
    for (qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(4), qsizetype(50)})
        QCOMPARE(describe(coalesce(sb::protocol::decodeStream(*m_codec, bytes, chunk))), expected);
}

void TestOllamaCodec::truncatedStream()
{
    QByteArray bytes = fixture(QStringLiteral("stream_text.ndjson"));
    bytes.chop(40); // inside the done line
    const auto events = sb::protocol::decodeStream(*m_codec, bytes);
    QCOMPARE(toString(events.last().error.kind), QStringLiteral("network"));
    bytes = fixture(QStringLiteral("stream_text.ndjson"));
    bytes.truncate(bytes.lastIndexOf("{\"model\""));
    QCOMPARE(toString(sb::protocol::decodeStream(*m_codec, bytes).last().error.kind), QStringLiteral("network"));
}

void TestOllamaCodec::decodeResponse()
{
    auto r = m_codec->decodeResponse(fixture(QStringLiteral("response_basic.json")));
    QVERIFY(r.hasValue());
    QCOMPARE(r->message.text(), QStringLiteral("Hello! How are you today?"));
    QCOMPARE(r->usage, (Usage{26, 298, 0, 0, 0}));
    QCOMPARE(r->created, qint64(1702390423));
    QCOMPARE(r->model, QStringLiteral("llama3.2"));
}

void TestOllamaCodec::decodeError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("404 model") << 404 << QStringLiteral("error_404.json") << QStringLiteral("not_found")
                               << QStringLiteral("model \"llama9\" not found, try pulling it first");
    QTest::newRow("400") << 400 << QStringLiteral("error_400.json") << QStringLiteral("invalid_request") << QStringLiteral("json: cannot unmarshal");
}

void TestOllamaCodec::decodeErrorStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("kind");
    QTest::newRow("401") << 401 << QByteArray("{\"error\":\"unauthorized\"}") << QByteArray() << QStringLiteral("auth");
    QTest::newRow("403") << 403 << QByteArray("{\"error\":\"forbidden\"}") << QByteArray() << QStringLiteral("permission");
    QTest::newRow("413") << 413 << QByteArray("{\"error\":\"request too large\"}") << QByteArray() << QStringLiteral("invalid_request");
    QTest::newRow("400 context") << 400 << QByteArray("{\"error\":\"the input length exceeds the context length\"}") << QByteArray()
                                 << QStringLiteral("context_length");
    QTest::newRow("429") << 429 << QByteArray("{\"error\":\"too many requests\"}") << QByteArray("3") << QStringLiteral("rate_limited");
    QTest::newRow("500") << 500 << QByteArray("{\"error\":\"llama runner process has terminated\"}") << QByteArray() << QStringLiteral("server");
    QTest::newRow("503") << 503 << QByteArray("{\"error\":\"server busy, please try again.  maximum pending requests exceeded\"}") << QByteArray()
                         << QStringLiteral("overloaded");
    QTest::newRow("529 plain text") << 529 << QByteArray("overloaded") << QByteArray() << QStringLiteral("overloaded");
}

void TestOllamaCodec::decodeErrorStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, kind);
    const ApiError e = m_codec->decodeError(status, body, retryAfter);
    QCOMPARE(toString(e.kind), kind);
    QCOMPARE(e.retryAfter.has_value(), !retryAfter.isEmpty());
}

void TestOllamaCodec::decodeError()
{
    QFETCH(int, status);
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const ApiError e = m_codec->decodeError(status, fixture(file), {});
    QCOMPARE(toString(e.kind), kind);
    QVERIFY2(e.message.startsWith(message), qPrintable(e.message));
    QCOMPARE(QJsonDocument::fromJson(m_codec->encodeError(e)).object().value(QStringLiteral("error")).toString(), e.message);
}

void TestOllamaCodec::decodeRequest()
{
    auto basic = m_codec->decodeRequest(fixture(QStringLiteral("request_basic.json")));
    QVERIFY(basic.hasValue());
    QCOMPARE(basic->system, QStringLiteral("Be brief."));
    QVERIFY(basic->stream); // Ollama streams unless told not to
    QCOMPARE(basic->messages.first().content.at(1).mediaType, QStringLiteral("image/png"));
    QCOMPARE(basic->temperature.value_or(0), 0.2);
    QCOMPARE(basic->seed.value_or(0), qint64(7));
    QCOMPARE(basic->reasoningEffort, QStringLiteral("medium"));
    QCOMPARE(basic->extras.value(QStringLiteral("options")).toObject().value(QStringLiteral("num_ctx")).toInt(), 8192);
    QCOMPARE(basic->extras.value(QStringLiteral("keep_alive")).toString(), QStringLiteral("5m"));

    auto tools = m_codec->decodeRequest(fixture(QStringLiteral("request_tools.json")));
    QVERIFY(tools.hasValue());
    QVERIFY(!tools->stream);
    QCOMPARE(tools->messages.size(), 3);
    const ToolCall &call = tools->messages.at(1).toolCalls.first();
    QCOMPARE(QJsonDocument::fromJson(call.arguments.toUtf8()).object().value(QStringLiteral("location")).toString(), QStringLiteral("Paris, FR"));
    QCOMPARE(tools->messages.at(2).toolCallId, call.id);
    QCOMPARE(tools->messages.at(2).name, QStringLiteral("get_current_weather"));

    // options unknown to us go back to an Ollama upstream; the ones we model are set from the request
    const QJsonObject body = m_codec->encodeRequest(basic.value()).body;
    QCOMPARE(body.value(QStringLiteral("options")).toObject().value(QStringLiteral("num_ctx")).toInt(), 8192);
    QCOMPARE(body.value(QStringLiteral("options")).toObject().value(QStringLiteral("temperature")).toDouble(), 0.2);
    QCOMPARE(body.value(QStringLiteral("keep_alive")).toString(), QStringLiteral("5m"));
    QCOMPARE(body.value(QStringLiteral("messages")).toArray().at(1).toObject().value(QStringLiteral("images")).toArray().first().toString(),
             QStringLiteral("iVBORw0KGgoAAAANSUhEUg=="));
}

void TestOllamaCodec::decodeRequestInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no messages") << QByteArray("{\"model\":\"m\"}") << QStringLiteral("messages must be a non-empty array");
    QTest::newRow("content array") << QByteArray("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[1]}]}")
                                   << QStringLiteral("content must be a string");
    QTest::newRow("bad role") << QByteArray("{\"model\":\"m\",\"messages\":[{\"role\":\"developer\",\"content\":\"x\"}]}")
                              << QStringLiteral("messages[0].role");
    QTest::newRow("call without name") << QByteArray("{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"function\":{}}]}]}")
                                       << QStringLiteral("tool_calls[0].function.name is required");
}

void TestOllamaCodec::decodeRequestInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    auto r = m_codec->decodeRequest(body);
    QVERIFY(!r.hasValue());
    QCOMPARE(toString(r.error().kind), QStringLiteral("invalid_request"));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestOllamaCodec::encodeRequest()
{
    ChatRequest r;
    r.model = QStringLiteral("qwen3");
    r.messages.append(Message::make(Role::User, QStringLiteral("hi")));
    Message a;
    a.role = Role::Assistant;
    a.toolCalls.append(ToolCall{QStringLiteral("c1"), QStringLiteral("f"), QStringLiteral("{\"x\":1}"), {}, {}});
    r.messages.append(a);
    Message result = Message::make(Role::Tool, QStringLiteral("done"));
    result.toolCallId = QStringLiteral("c1");
    r.messages.append(result);
    r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonObject, {}, {}, false};
    r.maxTokens = 64;
    r.reasoningEffort = QStringLiteral("none");
    const WireRequest wire = m_codec->encodeRequest(r);
    QCOMPARE(wire.path, QStringLiteral("/api/chat"));
    const QJsonArray messages = wire.body.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.at(1)
                 .toObject()
                 .value(QStringLiteral("tool_calls"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("function"))
                 .toObject()
                 .value(QStringLiteral("arguments"))
                 .toObject()
                 .value(QStringLiteral("x"))
                 .toInt(),
             1);
    QCOMPARE(messages.at(2).toObject().value(QStringLiteral("tool_name")).toString(), QStringLiteral("f"));
    QCOMPARE(wire.body.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
    QCOMPARE(wire.body.value(QStringLiteral("options")).toObject().value(QStringLiteral("num_predict")).toInt(), 64);
    QCOMPARE(wire.body.value(QStringLiteral("think")).toBool(true), false);
    QVERIFY(wire.body.contains(QStringLiteral("stream"))); // Ollama defaults to streaming: always say it
    QCOMPARE(wire.body.value(QStringLiteral("stream")).toBool(true), false);
}

void TestOllamaCodec::encoderLines()
{
    const QList<StreamEvent> events{StreamEvent::messageStart(QStringLiteral("x"), QStringLiteral("llama3.2")),
                                    StreamEvent::reasoningDelta(QStringLiteral("hmm")),
                                    StreamEvent::textDelta(QStringLiteral("Hi")),
                                    StreamEvent::toolCallStart(0, QStringLiteral("c"), QStringLiteral("f")),
                                    StreamEvent::toolCallDelta(0, QStringLiteral("{\"a\"")),
                                    StreamEvent::toolCallDelta(0, QStringLiteral(":2}")),
                                    StreamEvent::toolCallEnd(0),
                                    StreamEvent::usageEvent(Usage{3, 9, 2, 0, 0}),
                                    StreamEvent::finish(FinishReason::ToolCalls)};
    NdjsonParser parser;
    const auto lines = parser.feedObjects(encodeStream(*m_codec, events));
    QCOMPARE(lines.size(), 4);
    for (const QJsonObject &l : lines) {
        QCOMPARE(l.value(QStringLiteral("model")).toString(), QStringLiteral("llama3.2"));
        QCOMPARE(l.value(QStringLiteral("created_at")).toString(), QStringLiteral("2023-11-14T22:13:20Z"));
    }
    QCOMPARE(lines.at(0).value(QStringLiteral("message")).toObject().value(QStringLiteral("thinking")).toString(), QStringLiteral("hmm"));
    QCOMPARE(lines.at(2)
                 .value(QStringLiteral("message"))
                 .toObject()
                 .value(QStringLiteral("tool_calls"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("function"))
                 .toObject()
                 .value(QStringLiteral("arguments"))
                 .toObject()
                 .value(QStringLiteral("a"))
                 .toInt(),
             2);
    const QJsonObject done = lines.last();
    QVERIFY(done.value(QStringLiteral("done")).toBool());
    QCOMPARE(done.value(QStringLiteral("prompt_eval_count")).toInt(), 5);
    QCOMPARE(done.value(QStringLiteral("eval_count")).toInt(), 9);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY(!lines.at(i).value(QStringLiteral("done")).toBool(true));
}

QTEST_GUILESS_MAIN(TestOllamaCodec)
#include "tst_ollamacodec.moc"
