#include "protocol/codec.h"
#include "protocol/sse.h"
#include "testpaths.h"
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
    return sb::testing::wireFixture(QStringLiteral("openai_chat/") + name);
}

} // namespace

class TestOpenAiChatCodec : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_codec = makeCodec(Dialect::OpenAiChat); }

    void decodeStream_data();
    void decodeStream();
    void truncatedStream();
    void wholeCallsWithoutIndex();
    void azureAndKeepAlives();
    void midStreamError();
    void decodeResponse();
    void decodeError_data();
    void decodeError();
    void decodeRequest();
    void decodeRequestInvalid_data();
    void decodeRequestInvalid();
    void encodeRequest();
    void encoderIsStrict();
    void encodeResponse();

private:
    std::unique_ptr<Codec> m_codec;
};

void TestOpenAiChatCodec::decodeStream_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QStringLiteral("stream_text.sse")
                          << QStringLiteral("message_start id=chatcmpl-123 model=gpt-4o-mini\n"
                                            "text_delta \"Hello! How can I help you today? \U0001F60A\"\n"
                                            "usage in=9 out=12 cr=0 cw=0 rs=0\n"
                                            "finish stop\n");
    QTest::newRow("parallel tool calls, arguments split") << QStringLiteral("stream_tools.sse")
                                                          << QStringLiteral("message_start id=chatcmpl-9tools model=gpt-4o-2024-08-06\n"
                                                                            "tool_call_start #0 id=call_DdmO9pD3xa9XTPNJ32zg2hcA name=get_weather\n"
                                                                            "tool_call_delta #0 \"{\"location\": \"Paris, France\"}\"\n"
                                                                            "tool_call_start #1 id=call_Zk1xC3Yb2mWq8Hn7 name=get_time\n"
                                                                            "tool_call_delta #1 \"{\"tz\": \"Europe/Paris\"}\"\n"
                                                                            "tool_call_end #0\n"
                                                                            "tool_call_end #1\n"
                                                                            "usage in=20 out=48 cr=100 cw=0 rs=0\n"
                                                                            "finish tool_calls\n");
    QTest::newRow("deepseek reasoning_content") << QStringLiteral("stream_reasoning.sse")
                                                << QStringLiteral(
                                                       "message_start id=a1b2c3d4-deepseek model=deepseek-reasoner\n"
                                                       "reasoning_delta \"The user asks 9.11 vs 9.8. Compare decimals: 0.8 > 0.11.\" sig= id=\n"
                                                       "text_delta \"9.8 is greater.\"\n"
                                                       "usage in=18 out=40 cr=0 cw=0 rs=31\n"
                                                       "finish stop\n");
}

void TestOpenAiChatCodec::decodeStream()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray bytes = fixture(file);
    for (qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(64)}) {
        const QList<StreamEvent> events = sb::protocol::decodeStream(*m_codec, bytes, chunk);
        QCOMPARE(describe(coalesce(events)), expected);
        for (const StreamEvent &e : events) {
            if (e.type == StreamEvent::Type::TextDelta || e.type == StreamEvent::Type::ToolCallDelta)
                QVERIFY(!e.text.isEmpty()); // no empty fragments
        }
    }
}

void TestOpenAiChatCodec::truncatedStream()
{
    QByteArray bytes = fixture(QStringLiteral("stream_tools.sse"));
    bytes.truncate(bytes.indexOf("get_time"));
    const auto events = sb::protocol::decodeStream(*m_codec, bytes);
    QCOMPARE(toString(events.last().type), toString(StreamEvent::Type::Error));
    QCOMPARE(toString(events.last().error.kind), QStringLiteral("network"));

    // some compatible servers end with finish_reason and no [DONE]
    QByteArray noDone = fixture(QStringLiteral("stream_text.sse"));
    noDone.truncate(noDone.indexOf("data: [DONE]"));
    QCOMPARE(toString(sb::protocol::decodeStream(*m_codec, noDone).last().type), toString(StreamEvent::Type::Finish));
}

void TestOpenAiChatCodec::wholeCallsWithoutIndex()
{
    // some OpenAI-compatible servers send each call whole, without an index
    const QByteArray bytes = "data: {\"id\":\"x\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"tool_calls\":["
                             "{\"id\":\"a\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"x\\\":1}\"}},"
                             "{\"id\":\"b\",\"type\":\"function\",\"function\":{\"name\":\"g\",\"arguments\":\"{}\"}}]}}]}\n\n"
                             "data: {\"id\":\"x\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":["
                             "{\"index\":0,\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"h\",\"arguments\":\"{}\"}}]},\"finish_"
                             "reason\":\"tool_calls\"}]}\n\n"
                             "data: [DONE]\n\n";
    StreamAccumulator acc;
    acc.add(sb::protocol::decodeStream(*m_codec, bytes));
    const auto &calls = acc.response().message.toolCalls;
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).id, QStringLiteral("a"));
    QCOMPARE(calls.at(0).arguments, QStringLiteral("{\"x\":1}"));
    QCOMPARE(calls.at(1).name, QStringLiteral("g"));
    QCOMPARE(calls.at(2).id, QStringLiteral("c"));
}

void TestOpenAiChatCodec::azureAndKeepAlives()
{
    const QByteArray bytes
        = "data: {\"choices\":[],\"created\":0,\"id\":\"\",\"model\":\"\",\"object\":\"\",\"prompt_filter_results\":[{\"prompt_index\":0}]}\n\n"
          ": OPENROUTER PROCESSING\n\n"
          "data: \n\n"
          "data: "
          "{\"id\":\"chatcmpl-az\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}]}\n\n"
          "data: [DONE]\n\n";
    const QString expected = QStringLiteral("message_start id=chatcmpl-az model=gpt-4o\ntext_delta \"ok\"\nfinish stop\n");
    QCOMPARE(describe(sb::protocol::decodeStream(*m_codec, bytes)), expected);
}

void TestOpenAiChatCodec::midStreamError()
{
    const QByteArray bytes = "data: {\"id\":\"x\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                             "data: {\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}\n\n"
                             "data: [DONE]\n\n";
    const auto events = sb::protocol::decodeStream(*m_codec, bytes);
    QCOMPARE(events.size(), 3);
    QCOMPARE(toString(events.last().error.kind), QStringLiteral("rate_limited"));
    QCOMPARE(events.last().error.message, QStringLiteral("Rate limit reached"));
}

void TestOpenAiChatCodec::decodeResponse()
{
    auto basic = m_codec->decodeResponse(fixture(QStringLiteral("response_basic.json")));
    QVERIFY(basic.hasValue());
    QCOMPARE(basic->id, QStringLiteral("chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT"));
    QCOMPARE(basic->model, QStringLiteral("gpt-4.1-2025-04-14"));
    QCOMPARE(basic->message.text(), QStringLiteral("Hello! How can I assist you today?"));
    QCOMPARE(toString(basic->finishReason), QStringLiteral("stop"));
    QCOMPARE(basic->usage, (Usage{19, 10, 0, 0, 0}));
    QCOMPARE(basic->created, qint64(1741569952));

    auto tools = m_codec->decodeResponse(fixture(QStringLiteral("response_tools.json")));
    QVERIFY(tools.hasValue());
    QCOMPARE(tools->message.toolCalls.size(), 1);
    QCOMPARE(tools->message.toolCalls.first().id, QStringLiteral("call_abc123"));
    QCOMPARE(tools->message.toolCalls.first().name, QStringLiteral("get_current_weather"));
    QCOMPARE(sb::testing::jsonObject(tools->message.toolCalls.first().arguments.toUtf8()).value(QStringLiteral("location")).toString(),
             QStringLiteral("Boston, MA"));
    QVERIFY(tools->message.content.isEmpty());
    QCOMPARE(toString(tools->finishReason), QStringLiteral("tool_calls"));
    QCOMPARE(tools->usage, (Usage{18, 17, 64, 0, 0})); // 82 prompt tokens, 64 of them cached

    auto garbage = m_codec->decodeResponse("<html>502 Bad Gateway</html>");
    QVERIFY(!garbage.hasValue());
    QCOMPARE(toString(garbage.error().kind), QStringLiteral("server"));
}

void TestOpenAiChatCodec::decodeError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("retryMs");
    QTest::newRow("400 context") << 400 << fixture(QStringLiteral("error_400_context.json")) << QByteArray() << QStringLiteral("context_length")
                                 << qint64(-1);
    QTest::newRow("401") << 401 << fixture(QStringLiteral("error_401.json")) << QByteArray() << QStringLiteral("auth") << qint64(-1);
    QTest::newRow("403") << 403 << QByteArray("{\"error\":{\"message\":\"Country not supported\",\"type\":\"request_forbidden\"}}") << QByteArray()
                         << QStringLiteral("permission") << qint64(-1);
    QTest::newRow("404") << 404 << fixture(QStringLiteral("error_404.json")) << QByteArray() << QStringLiteral("not_found") << qint64(-1);
    QTest::newRow("413") << 413 << QByteArray("{\"error\":{\"message\":\"Request too large\",\"type\":\"invalid_request_error\"}}") << QByteArray()
                         << QStringLiteral("invalid_request") << qint64(-1);
    QTest::newRow("429 + Retry-After") << 429 << fixture(QStringLiteral("error_429.json")) << QByteArray("2") << QStringLiteral("rate_limited")
                                       << qint64(2000);
    QTest::newRow("429 fractional") << 429 << fixture(QStringLiteral("error_429.json")) << QByteArray("0.5") << QStringLiteral("rate_limited")
                                    << qint64(500);
    QTest::newRow("429 quota") << 429 << fixture(QStringLiteral("error_429_quota.json")) << QByteArray() << QStringLiteral("budget_exceeded")
                               << qint64(-1);
    QTest::newRow("500") << 500 << fixture(QStringLiteral("error_500.json")) << QByteArray() << QStringLiteral("server") << qint64(-1);
    QTest::newRow("503") << 503 << fixture(QStringLiteral("error_503.json")) << QByteArray("30") << QStringLiteral("overloaded") << qint64(30000);
    QTest::newRow("529") << 529 << QByteArray("{\"error\":{\"message\":\"Overloaded\",\"type\":\"overloaded_error\"}}") << QByteArray()
                         << QStringLiteral("overloaded") << qint64(-1);
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << QByteArray() << QStringLiteral("server") << qint64(-1);
    QTest::newRow("bad Retry-After") << 429 << QByteArray("{}") << QByteArray("soon") << QStringLiteral("rate_limited") << qint64(-1);
}

void TestOpenAiChatCodec::decodeError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, kind);
    QFETCH(qint64, retryMs);
    const ApiError e = m_codec->decodeError(status, body, retryAfter);
    QCOMPARE(toString(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.retryAfter ? e.retryAfter->count() : qint64(-1), retryMs);
    QVERIFY(!e.message.isEmpty());
}

void TestOpenAiChatCodec::decodeRequest()
{
    auto basic = m_codec->decodeRequest(fixture(QStringLiteral("request_basic.json")));
    QVERIFY(basic.hasValue());
    QCOMPARE(basic->model, QStringLiteral("gpt-4o"));
    QCOMPARE(basic->system, QStringLiteral("You are a helpful assistant."));
    QCOMPARE(basic->messages.size(), 1);
    QCOMPARE(basic->messages.first().text(), QStringLiteral("Hello!"));
    QCOMPARE(basic->temperature.value_or(0), 0.7);
    QCOMPARE(basic->maxTokens.value_or(0), 256);
    QCOMPARE(basic->stop, QStringList{QStringLiteral("\n\n")});
    QCOMPARE(basic->seed.value_or(0), qint64(42));
    QVERIFY(basic->stream);
    QCOMPARE(basic->extras.value(QStringLiteral("user")).toString(), QStringLiteral("user-1234"));
    QVERIFY(!basic->extras.contains(QStringLiteral("stream_options")));

    auto tools = m_codec->decodeRequest(fixture(QStringLiteral("request_tools.json")));
    QVERIFY(tools.hasValue());
    QCOMPARE(tools->messages.size(), 3);
    const Message &user = tools->messages.at(0);
    QCOMPARE(user.content.size(), 3);
    QCOMPARE(int(user.content.at(1).type), int(ContentPart::Type::Image));
    QVERIFY(user.content.at(1).url.startsWith(QLatin1String("https://")));
    QCOMPARE(user.content.at(2).mediaType, QStringLiteral("image/png"));
    QVERIFY(user.content.at(2).data.startsWith("iVBOR"));
    QCOMPARE(tools->messages.at(1).toolCalls.first().arguments, QStringLiteral("{\"location\":\"Boston, MA\"}"));
    QCOMPARE(toString(tools->messages.at(2).role), QStringLiteral("tool"));
    QCOMPARE(tools->messages.at(2).toolCallId, QStringLiteral("call_abc123"));
    QCOMPARE(tools->tools.size(), 1);
    QCOMPARE(tools->tools.first().parameters.value(QStringLiteral("required")).toArray().first().toString(), QStringLiteral("location"));
    QCOMPARE(int(tools->toolChoice->mode), int(ToolChoice::Mode::Auto));
    QCOMPARE(int(tools->responseFormat->type), int(ResponseFormat::Type::JsonSchema));
    QVERIFY(tools->responseFormat->strict);
    QCOMPARE(tools->reasoningEffort, QStringLiteral("low"));
}

void TestOpenAiChatCodec::decodeRequestInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"model\":") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("no model") << QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}") << QStringLiteral("model is required");
    QTest::newRow("model not string") << QByteArray("{\"model\":5,\"messages\":[]}") << QStringLiteral("model must be a string");
    QTest::newRow("no messages") << QByteArray("{\"model\":\"m\"}") << QStringLiteral("messages must be a non-empty array");
    QTest::newRow("bad role") << QByteArray("{\"model\":\"m\",\"messages\":[{\"role\":\"wizard\",\"content\":\"hi\"}]}")
                              << QStringLiteral("messages[0].role");
    QTest::newRow("bad content") << QByteArray("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":5}]}")
                                 << QStringLiteral("messages[0].content");
    QTest::newRow("bad part") << QByteArray("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\"}]}]}")
                              << QStringLiteral("messages[0].content[0].type \"input_audio\" is not supported");
    QTest::newRow("tool without id") << QByteArray("{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"content\":\"x\"}]}")
                                     << QStringLiteral("tool_call_id");
    QTest::newRow("bad tools") << QByteArray(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"tools\":[{\"type\":\"function\"}]}")
                               << QStringLiteral("tools[0]");
    QTest::newRow("bad tool_choice") << QByteArray(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"tool_choice\":\"sometimes\"}")
                                     << QStringLiteral("tool_choice");
}

void TestOpenAiChatCodec::decodeRequestInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    auto r = m_codec->decodeRequest(body);
    QVERIFY(!r.hasValue());
    QCOMPARE(toString(r.error().kind), QStringLiteral("invalid_request"));
    QCOMPARE(r.error().httpStatus, 400);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    // and the body a client gets back
    const QJsonObject err = sb::testing::jsonObject(m_codec->encodeError(r.error())).value(QStringLiteral("error")).toObject();
    QCOMPARE(err.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
    QCOMPARE(err.value(QStringLiteral("message")).toString(), r.error().message);
}

void TestOpenAiChatCodec::encodeRequest()
{
    ChatRequest r;
    r.model = QStringLiteral("gpt-4o");
    r.system = QStringLiteral("Be brief.");
    r.messages.append(Message::make(Role::User, QStringLiteral("Weather?")));
    Message assistant;
    assistant.role = Role::Assistant;
    assistant.content.append(ContentPart::makeReasoning(QStringLiteral("need a tool"), QStringLiteral("sig")));
    assistant.toolCalls.append(ToolCall{QStringLiteral("call_1"), QStringLiteral("weather"), QStringLiteral("{\"city\":\"Oslo\"}"), {}, {}});
    r.messages.append(assistant);
    Message result = Message::make(Role::Tool, QStringLiteral("cold"));
    result.toolCallId = QStringLiteral("call_1");
    r.messages.append(result);
    r.tools.append(ToolDef{QStringLiteral("weather"), QStringLiteral("Weather"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}});
    r.toolChoice = ToolChoice{ToolChoice::Mode::Specific, QStringLiteral("weather")};
    r.stream = true;
    r.maxTokens = 100;
    r.reasoningBudget = 3000;
    r.extras.insert(QStringLiteral("user"), QStringLiteral("u1"));
    r.extrasDialect = QStringLiteral("anthropic_messages");

    const WireRequest wire = m_codec->encodeRequest(r);
    QCOMPARE(wire.path, QStringLiteral("/v1/chat/completions"));
    const QJsonObject &b = wire.body;
    QVERIFY(b.value(QStringLiteral("stream")).toBool());
    QVERIFY(b.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool());
    const QJsonArray messages = b.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    const QJsonObject a = messages.at(2).toObject();
    QVERIFY(a.value(QStringLiteral("content")).isNull());
    QCOMPARE(a.value(QStringLiteral("reasoning_content")).toString(), QStringLiteral("need a tool"));
    QCOMPARE(a.value(QStringLiteral("tool_calls"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("function"))
                 .toObject()
                 .value(QStringLiteral("arguments"))
                 .toString(),
             QStringLiteral("{\"city\":\"Oslo\"}"));
    QCOMPARE(messages.at(3).toObject().value(QStringLiteral("tool_call_id")).toString(), QStringLiteral("call_1"));
    QCOMPARE(b.value(QStringLiteral("tool_choice")).toObject().value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("weather"));
    QCOMPARE(b.value(QStringLiteral("reasoning_effort")).toString(), QStringLiteral("low"));
    QCOMPARE(b.value(QStringLiteral("max_tokens")).toInt(), 100);
    QVERIFY(!b.contains(QStringLiteral("user"))); // extras of another dialect stay out

    r.extrasDialect = QStringLiteral("openai_chat");
    r.stream = false;
    const QJsonObject same = m_codec->encodeRequest(r).body;
    QCOMPARE(same.value(QStringLiteral("user")).toString(), QStringLiteral("u1"));
    QVERIFY(!same.contains(QStringLiteral("stream_options")));
}

void TestOpenAiChatCodec::encoderIsStrict()
{
    // tool calls from an Anthropic stream, encoded for an OpenAI client
    const auto anthropic = makeCodec(Dialect::AnthropicMessages);
    QFile f(sb::testing::fixturePath(QStringLiteral("wire/anthropic_messages/stream_tool_use.sse")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto events = sb::protocol::decodeStream(*anthropic, f.readAll());
    SseParser parser;
    const auto frames = parser.feed(encodeStream(*m_codec, events));
    QVERIFY(frames.size() > 4);
    QCOMPARE(frames.last().data, QByteArray("[DONE]"));
    int toolChunks = 0;
    bool sawUsage = false;
    for (qsizetype i = 0; i + 1 < frames.size(); ++i) {
        const QJsonObject chunk = sb::testing::jsonObject(frames.at(i).data);
        QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
        QCOMPARE(chunk.value(QStringLiteral("id")).toString(), QStringLiteral("msg_014p7gG3wDgGV9EUtLvnow3U"));
        const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
        if (choices.isEmpty()) {
            sawUsage = true;
            QCOMPARE(i, frames.size() - 2); // the usage chunk comes right before [DONE]
            QCOMPARE(chunk.value(QStringLiteral("usage")).toObject().value(QStringLiteral("prompt_tokens")).toInt(), 472 + 256);
            QCOMPARE(chunk.value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInt(), 89);
            continue;
        }
        const QJsonArray calls = choices.first().toObject().value(QStringLiteral("delta")).toObject().value(QStringLiteral("tool_calls")).toArray();
        if (calls.isEmpty())
            continue;
        QCOMPARE(calls.size(), 1);
        const QJsonObject call = calls.first().toObject();
        const QString args = call.value(QStringLiteral("function")).toObject().value(QStringLiteral("arguments")).toString();
        if (toolChunks++ == 0) {
            QCOMPARE(call.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
            QCOMPARE(call.value(QStringLiteral("id")).toString(), QStringLiteral("toolu_01T1x1fJ34qAmk2tNTrN7Up6"));
            QCOMPARE(args, QString());
        } else {
            QVERIFY(!call.contains(QStringLiteral("type"))); // type only on the first fragment
            QVERIFY(!call.contains(QStringLiteral("id")));
            QVERIFY(!args.isEmpty()); // no empty fragments
        }
    }
    QVERIFY(sawUsage);
    QCOMPARE(toolChunks, 9); // the start and eight argument fragments (Anthropic's empty one dropped)
}

void TestOpenAiChatCodec::encodeResponse()
{
    ChatResponse r;
    r.id = QStringLiteral("chatcmpl-1");
    r.model = QStringLiteral("m");
    r.message.content.append(ContentPart::makeText(QStringLiteral("hi")));
    r.usage = Usage{10, 5, 3, 2, 1};
    r.finishReason = FinishReason::Length;
    const QJsonObject o = sb::testing::jsonObject(m_codec->encodeResponse(r));
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().first().toObject();
    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("length"));
    QCOMPARE(choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("hi"));
    QCOMPARE(o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("prompt_tokens")).toInt(), 15);
    QCOMPARE(o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("total_tokens")).toInt(), 20);
}

QTEST_GUILESS_MAIN(TestOpenAiChatCodec)
#include "tst_openaichatcodec.moc"
