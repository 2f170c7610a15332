#include "protocol/codec.h"
#include "protocol/sse.h"
#include "wirefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace sb::protocol;

namespace {

QByteArray fixture(const QString &name)
{
    return sb::testing::wireFixture(QStringLiteral("openai_responses/") + name);
}

} // namespace

class TestOpenAiResponsesCodec : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_codec = makeCodec(Dialect::OpenAiResponses); }

    void decodeStream_data();
    void decodeStream();
    void decodeResponse();
    void decodeError_data();
    void decodeError();
    void decodeCodexRequest();
    void decodeRequestInvalid_data();
    void decodeRequestInvalid();
    void encodeRequest();
    void encoderEvents();
    void encoderIncomplete();
    void namespaceToolsFlattened();

private:
    std::unique_ptr<Codec> m_codec;
};

void TestOpenAiResponsesCodec::decodeStream_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QStringLiteral("stream_text.sse")
                          << QStringLiteral("message_start id=resp_67c9fdcecf488190bdd9a0409de3a1ec07b8b0ad4e5eb654 model=gpt-4.1-2025-04-14\n"
                                            "text_delta \"Hi there!\"\n"
                                            "usage in=37 out=11 cr=0 cw=0 rs=0\n"
                                            "finish stop\n");
    QTest::newRow("reasoning + function call") << QStringLiteral("stream_function_call.sse")
                                               << QStringLiteral("message_start id=resp_fn_stream model=gpt-5-codex\n"
                                                                 "reasoning_delta \"**Exploring** the repo\" sig=gAAAAABo-enc id=rs_abc\n"
                                                                 "tool_call_start #0 id=call_12345xyz name=shell\n"
                                                                 "tool_call_delta #0 \"{\"command\":[\"ls\",\"-la\"]}\"\n"
                                                                 "tool_call_end #0\n"
                                                                 "usage in=176 out=80 cr=1024 cw=0 rs=50\n"
                                                                 "finish tool_calls\n");
    QTest::newRow("failed") << QStringLiteral("stream_failed.sse")
                            << QStringLiteral("message_start id=resp_failed model=gpt-5-codex\n"
                                              "error server 500 The model produced invalid content.\n");
}

void TestOpenAiResponsesCodec::decodeStream()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray bytes = fixture(file);
    for (qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(9), qsizetype(200)})
        QCOMPARE(describe(coalesce(sb::protocol::decodeStream(*m_codec, bytes, chunk))), expected);
}

void TestOpenAiResponsesCodec::decodeResponse()
{
    auto basic = m_codec->decodeResponse(fixture(QStringLiteral("response_basic.json")));
    QVERIFY(basic.hasValue());
    QVERIFY(basic->message.text().startsWith(QLatin1String("In a peaceful grove")));
    QCOMPARE(basic->usage, (Usage{36, 87, 0, 0, 0}));
    QCOMPARE(basic->created, qint64(1741476542));

    auto call = m_codec->decodeResponse(fixture(QStringLiteral("response_function_call.json")));
    QVERIFY(call.hasValue());
    QCOMPARE(call->message.toolCalls.size(), 1);
    QCOMPARE(call->message.toolCalls.first().id, QStringLiteral("call_unLAR8MvFNptuiZK6K6HCy5k"));
    QCOMPARE(toString(call->finishReason), QStringLiteral("tool_calls"));
    QCOMPARE(call->message.content.size(), 1);
    QCOMPARE(call->message.content.first().id, QStringLiteral("rs_01"));
    QCOMPARE(call->message.content.first().signature, QStringLiteral("gAAAAABenc..."));
    QCOMPARE(call->usage, (Usage{163, 23, 128, 0, 64}));
}

void TestOpenAiResponsesCodec::decodeError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("retryMs");
    QTest::newRow("400") << 400 << fixture(QStringLiteral("error_400.json")) << QByteArray() << QStringLiteral("invalid_request") << qint64(-1);
    QTest::newRow("401") << 401 << QByteArray("{\"error\":{\"message\":\"bad key\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")
                         << QByteArray() << QStringLiteral("auth") << qint64(-1);
    QTest::newRow("429 + Retry-After date") << 429 << fixture(QStringLiteral("error_429.json")) << QByteArray("Wed, 21 Oct 2099 07:28:00 GMT")
                                            << QStringLiteral("rate_limited") << qint64(1);
    QTest::newRow("500") << 500 << QByteArray("{\"error\":{\"message\":\"oops\",\"type\":\"server_error\",\"code\":null}}") << QByteArray()
                         << QStringLiteral("server") << qint64(-1);
    QTest::newRow("403") << 403 << QByteArray("{\"error\":{\"message\":\"no access\",\"type\":\"invalid_request_error\"}}") << QByteArray()
                         << QStringLiteral("permission") << qint64(-1);
    QTest::newRow("404") << 404 << QByteArray("{\"error\":{\"message\":\"no model\",\"code\":\"model_not_found\"}}") << QByteArray()
                         << QStringLiteral("not_found") << qint64(-1);
    QTest::newRow("413") << 413 << QByteArray("{\"error\":{\"message\":\"too large\",\"type\":\"invalid_request_error\"}}") << QByteArray()
                         << QStringLiteral("invalid_request") << qint64(-1);
    QTest::newRow("400 context") << 400
                                 << QByteArray("{\"error\":{\"message\":\"Your input exceeds the context window of this model.\","
                                               "\"type\":\"invalid_request_error\",\"code\":\"context_length_exceeded\"}}")
                                 << QByteArray() << QStringLiteral("context_length") << qint64(-1);
    QTest::newRow("503") << 503 << QByteArray("{\"error\":{\"message\":\"busy\",\"type\":\"server_error\"}}") << QByteArray("1")
                         << QStringLiteral("overloaded") << qint64(1000);
    QTest::newRow("529") << 529 << QByteArray("upstream overloaded") << QByteArray() << QStringLiteral("overloaded") << qint64(-1);
}

void TestOpenAiResponsesCodec::decodeError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, kind);
    QFETCH(qint64, retryMs);
    const ApiError e = m_codec->decodeError(status, body, retryAfter);
    QCOMPARE(toString(e.kind), kind);
    if (retryMs == 1)
        QVERIFY(e.retryAfter && e.retryAfter->count() > 1000); // an HTTP date in the future
    else
        QCOMPARE(e.retryAfter ? e.retryAfter->count() : qint64(-1), retryMs);
}

void TestOpenAiResponsesCodec::decodeCodexRequest()
{
    auto r = m_codec->decodeRequest(fixture(QStringLiteral("request_codex.json")));
    QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().message));
    QCOMPARE(r->model, QStringLiteral("gpt-5-codex"));
    QVERIFY(r->system.startsWith(QLatin1String("You are Codex")));
    QVERIFY(r->system.contains(QLatin1String("<environment_context>"))); // developer messages join the instructions
    QCOMPARE(r->messages.size(), 3);
    QCOMPARE(toString(r->messages.at(0).role), QStringLiteral("user"));
    const Message &assistant = r->messages.at(1);
    QCOMPARE(toString(assistant.role), QStringLiteral("assistant"));
    QCOMPARE(assistant.content.size(), 1);
    QCOMPARE(assistant.content.first().id, QStringLiteral("rs_68af0a5c1b3c8190a1"));
    QCOMPARE(assistant.content.first().signature, QStringLiteral("gAAAAABorwpc0kLm..."));
    QCOMPARE(assistant.toolCalls.size(), 1);
    QCOMPARE(assistant.toolCalls.first().id, QStringLiteral("call_lhg2Xy6QoRzN8b2M"));
    QCOMPARE(r->messages.at(2).toolCallId, QStringLiteral("call_lhg2Xy6QoRzN8b2M"));
    QCOMPARE(r->messages.at(2).text(), QStringLiteral("README.md\nsrc\n"));
    QCOMPARE(r->reasoningEffort, QStringLiteral("medium"));
    QVERIFY(r->stream);
    QCOMPARE(r->extras.value(QStringLiteral("store")).toBool(true), false);
    QCOMPARE(r->extras.value(QStringLiteral("include")).toArray().first().toString(), QStringLiteral("reasoning.encrypted_content"));

    // the same request, re-encoded for a Responses upstream, keeps the reasoning item and the extras
    const QJsonObject body = m_codec->encodeRequest(r.value()).body;
    const QJsonArray input = body.value(QStringLiteral("input")).toArray();
    QCOMPARE(input.size(), 4);
    QCOMPARE(input.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("reasoning"));
    QCOMPARE(input.at(1).toObject().value(QStringLiteral("encrypted_content")).toString(), QStringLiteral("gAAAAABorwpc0kLm..."));
    QCOMPARE(input.at(2).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("function_call"));
    QCOMPARE(input.at(3).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("function_call_output"));
    QCOMPARE(body.value(QStringLiteral("store")).toBool(true), false);
    QCOMPARE(body.value(QStringLiteral("prompt_cache_key")).toString(), QStringLiteral("0199a2b5-session"));
}

void TestOpenAiResponsesCodec::decodeRequestInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no input") << QByteArray("{\"model\":\"m\"}") << QStringLiteral("input must be");
    QTest::newRow("empty input") << QByteArray("{\"model\":\"m\",\"input\":[]}") << QStringLiteral("input must not be empty");
    QTest::newRow("unknown item") << QByteArray("{\"model\":\"m\",\"input\":[{\"type\":\"item_reference\",\"id\":\"x\"}]}")
                                  << QStringLiteral("input[0].type \"item_reference\" is not supported");
    QTest::newRow("bad part") << QByteArray(
        "{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_texts\",\"text\":\"x\"}]}]}")
                              << QStringLiteral("input[0].content[0].type");
    QTest::newRow("call without id") << QByteArray("{\"model\":\"m\",\"input\":[{\"type\":\"function_call\",\"name\":\"x\",\"arguments\":\"{}\"}]}")
                                     << QStringLiteral("call_id");
    QTest::newRow("instructions not string") << QByteArray("{\"model\":\"m\",\"instructions\":[1],\"input\":\"hi\"}")
                                             << QStringLiteral("instructions must be a string");
}

void TestOpenAiResponsesCodec::decodeRequestInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    auto r = m_codec->decodeRequest(body);
    QVERIFY(!r.hasValue());
    QCOMPARE(toString(r.error().kind), QStringLiteral("invalid_request"));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestOpenAiResponsesCodec::encodeRequest()
{
    ChatRequest r;
    r.model = QStringLiteral("o4-mini");
    r.system = QStringLiteral("sys");
    r.messages.append(Message::make(Role::User, QStringLiteral("hi")));
    Message a;
    a.role = Role::Assistant;
    a.content.append(ContentPart::makeReasoning(QStringLiteral("claude thinking"), QStringLiteral("anthropic-signature"))); // no rs_ id
    a.content.append(ContentPart::makeText(QStringLiteral("hello")));
    r.messages.append(a);
    r.maxTokens = 50;
    r.reasoningEffort = QStringLiteral("high");
    r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonSchema, QStringLiteral("out"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}, true};
    r.stop = {QStringLiteral("END")};
    const WireRequest wire = m_codec->encodeRequest(r);
    QCOMPARE(wire.path, QStringLiteral("/v1/responses"));
    const QJsonObject &b = wire.body;
    QCOMPARE(b.value(QStringLiteral("instructions")).toString(), QStringLiteral("sys"));
    const QJsonArray input = b.value(QStringLiteral("input")).toArray();
    QCOMPARE(input.size(), 2); // reasoning from another provider is not sent to OpenAI
    QCOMPARE(input.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(b.value(QStringLiteral("max_output_tokens")).toInt(), 50);
    QCOMPARE(b.value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("effort")).toString(), QStringLiteral("high"));
    QCOMPARE(b.value(QStringLiteral("text")).toObject().value(QStringLiteral("format")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("out"));
    QVERIFY(!b.contains(QStringLiteral("stop")));
}

void TestOpenAiResponsesCodec::encoderEvents()
{
    const QList<StreamEvent> events{StreamEvent::messageStart(QStringLiteral("resp_1"), QStringLiteral("gpt")),
                                    StreamEvent::textDelta(QStringLiteral("Let me ")),
                                    StreamEvent::textDelta(QStringLiteral("look.")),
                                    StreamEvent::toolCallStart(0, QStringLiteral("call_9"), QStringLiteral("shell")),
                                    StreamEvent::toolCallDelta(0, QStringLiteral("{\"command\":")),
                                    StreamEvent::toolCallDelta(0, QStringLiteral("[\"ls\"]}")),
                                    StreamEvent::toolCallEnd(0),
                                    StreamEvent::usageEvent(Usage{10, 20, 5, 0, 3}),
                                    StreamEvent::finish(FinishReason::ToolCalls)};
    SseParser parser;
    const auto frames = parser.feed(encodeStream(*m_codec, events));
    QStringList types;
    int expectedSequence = 0;
    for (const SseEvent &f : frames) {
        const QJsonObject p = sb::testing::jsonObject(f.data);
        QVERIFY(p.contains(QStringLiteral("type"))); // every payload carries its type
        QCOMPARE(QString::fromUtf8(f.event), p.value(QStringLiteral("type")).toString());
        QCOMPARE(p.value(QStringLiteral("sequence_number")).toInt(), expectedSequence++);
        types.append(p.value(QStringLiteral("type")).toString());
    }
    const QStringList expected{
        QStringLiteral("response.created"),
        QStringLiteral("response.in_progress"),
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
    const QJsonObject completed = sb::testing::jsonObject(frames.last().data).value(QStringLiteral("response")).toObject();
    QCOMPARE(completed.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const QJsonArray output = completed.value(QStringLiteral("output")).toArray();
    QCOMPARE(output.size(), 2);
    QCOMPARE(output.at(0).toObject().value(QStringLiteral("content")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Let me look."));
    QCOMPARE(output.at(1).toObject().value(QStringLiteral("arguments")).toString(), QStringLiteral("{\"command\":[\"ls\"]}"));
    QCOMPARE(output.at(1).toObject().value(QStringLiteral("call_id")).toString(), QStringLiteral("call_9"));
    QCOMPARE(completed.value(QStringLiteral("usage")).toObject().value(QStringLiteral("input_tokens")).toInt(), 15);
    // the item ids in the deltas are the ids of the items
    QCOMPARE(sb::testing::jsonObject(frames.at(4).data).value(QStringLiteral("item_id")).toString(),
             output.at(0).toObject().value(QStringLiteral("id")).toString());
}

void TestOpenAiResponsesCodec::encoderIncomplete()
{
    const QList<StreamEvent> events{StreamEvent::messageStart(QStringLiteral("resp_2"), QStringLiteral("gpt")),
                                    StreamEvent::textDelta(QStringLiteral("cut")), StreamEvent::finish(FinishReason::Length)};
    const QByteArray wire = encodeStream(*m_codec, events);
    QVERIFY(wire.contains("event: response.incomplete"));
    QVERIFY(wire.contains("\"max_output_tokens\""));
    const auto decoded = sb::protocol::decodeStream(*m_codec, wire);
    QCOMPARE(toString(decoded.last().finishReason), QStringLiteral("length"));
}

// Codex CLI's namespace tools become plain functions with names every dialect accepts; a call of one in
// the history is renamed the same way; hosted tools are listed for the encoders of other dialects.
void TestOpenAiResponsesCodec::namespaceToolsFlattened()
{
    const QByteArray body = R"({"model":"m","input":[{"type":"function_call","call_id":"c1","namespace":"multi_agent_v1","name":"spawn_agent",
        "arguments":"{}"},{"type":"function_call_output","call_id":"c1","output":"ok"}],
        "tools":[{"type":"namespace","name":"multi_agent_v1","description":"Sub-agents","tools":[
            {"type":"function","name":"spawn_agent","description":"Start one","parameters":{"type":"object"}},
            {"type":"custom","name":"free_form"}]},
          {"type":"web_search"},{"type":"custom","name":"apply_patch"}]})";
    const auto r = m_codec->decodeRequest(body);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->tools.size(), 1);
    QCOMPARE(r->tools.first().name, QStringLiteral("multi_agent_v1__spawn_agent"));
    QVERIFY(r->tools.first().description.contains(QLatin1String("Sub-agents")));
    QCOMPARE(r->toolAliases.value(QStringLiteral("multi_agent_v1__spawn_agent")),
             (ToolAlias{QStringLiteral("multi_agent_v1"), QStringLiteral("spawn_agent")}));
    QCOMPARE(r->messages.at(0).toolCalls.value(0).name, QStringLiteral("multi_agent_v1__spawn_agent"));
    QCOMPARE(r->hostedTools, QStringList{QStringLiteral("web_search")}); // custom tools are the client's, not hosted
    QVERIFY(asksForWebSearch(r.value()));

    // names: the allowed characters, at most 64, distinct when cut, starting with a letter or '_'
    const QRegularExpression allowed(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$"));
    QCOMPARE(flatToolName(QStringLiteral("mcp.server"), QStringLiteral("read file")), QStringLiteral("mcp_server__read_file"));
    QVERIFY(allowed.match(flatToolName(QStringLiteral("9lives"), QStringLiteral("x"))).hasMatch());
    const QString a = flatToolName(QString(50, QLatin1Char('n')), QStringLiteral("first_tool_with_a_long_name"));
    const QString b = flatToolName(QString(50, QLatin1Char('n')), QStringLiteral("second_tool_with_a_long_name"));
    QVERIFY(allowed.match(a).hasMatch() && allowed.match(b).hasMatch());
    QCOMPARE(a.size(), 64);
    QVERIFY(a != b);
    QCOMPARE(a, flatToolName(QString(50, QLatin1Char('n')), QStringLiteral("first_tool_with_a_long_name"))); // stable
}

QTEST_GUILESS_MAIN(TestOpenAiResponsesCodec)
#include "tst_openairesponsescodec.moc"
