#include "protocol/anthropicmessagescodec.h"
#include "protocol/codec.h"
#include "protocol/sse.h"
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
    return sb::testing::wireFixture(QStringLiteral("anthropic_messages/") + name);
}

} // namespace

class TestAnthropicMessagesCodec : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_codec = makeCodec(Dialect::AnthropicMessages); }

    void decodeStream_data();
    void decodeStream();
    void unknownEventsIgnored();
    void decodeResponse();
    void decodeError_data();
    void decodeError();
    void decodeRequest();
    void systemMessageInsideMessages();
    void rawSystemMessagesAsReminders();
    void decodeRequestInvalid_data();
    void decodeRequestInvalid();
    void encodeRequest();
    void encoderBookkeeping();
    void encodeErrorEvent();

private:
    std::unique_ptr<Codec> m_codec;
};

void TestAnthropicMessagesCodec::decodeStream_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text with ping") << QStringLiteral("stream_text.sse")
                                    << QStringLiteral("message_start id=msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY model=claude-opus-4-1-20250805\n"
                                                      "usage in=25 out=1 cr=0 cw=0 rs=0\n"
                                                      "text_delta \"Hello!\"\n"
                                                      "usage in=25 out=15 cr=0 cw=0 rs=0\n"
                                                      "finish stop\n");
    QTest::newRow("tool use, input_json_delta split")
        << QStringLiteral("stream_tool_use.sse")
        << QStringLiteral("message_start id=msg_014p7gG3wDgGV9EUtLvnow3U model=claude-opus-4-1-20250805\n"
                          "usage in=472 out=2 cr=256 cw=0 rs=0\n"
                          "text_delta \"Okay, let's check the weather for San Francisco, CA:\"\n"
                          "tool_call_start #0 id=toolu_01T1x1fJ34qAmk2tNTrN7Up6 name=get_weather\n"
                          "tool_call_delta #0 \"{\"location\": \"San Francisco, CA\", \"unit\": \"fahrenheit\"}\"\n"
                          "tool_call_end #0\n"
                          "usage in=472 out=89 cr=256 cw=0 rs=0\n"
                          "finish tool_calls\n");
    QTest::newRow("thinking, signature, redacted")
        << QStringLiteral("stream_thinking.sse")
        << QStringLiteral(
               "message_start id=msg_01SH4sbxnsJnhgHXrT9ctQqt model=claude-sonnet-4-5\n"
               "usage in=47 out=1 cr=0 cw=0 rs=0\n"
               "reasoning_delta \"I need to find the GCD of 1071 and 462 using the Euclidean algorithm.\\n\\n1071 = 2 \u00d7 462 + 147\\n"
               "462 = 3 \u00d7 147 + 21\\n147 = 7 \u00d7 21 + 0\\n\\nSo GCD(1071, 462) = 21\" "
               "sig=EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds... id=\n"
               "reasoning_delta \"\" sig=EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH4mPnZ5sQ7vB5URj2pLmN0kF0a "
               "id= redacted\n"
               "text_delta \"The greatest common divisor of 1071 and 462 is **21**.\"\n"
               "usage in=47 out=140 cr=0 cw=0 rs=0\n"
               "finish stop\n");
    QTest::newRow("overloaded mid-stream") << QStringLiteral("stream_error.sse")
                                           << QStringLiteral("message_start id=msg_01Xoverload model=claude-sonnet-4-5\n"
                                                             "usage in=10 out=1 cr=0 cw=0 rs=0\n"
                                                             "text_delta \"Partial\"\n"
                                                             "error overloaded 529 Overloaded\n");
}

void TestAnthropicMessagesCodec::decodeStream()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray bytes = fixture(file);
    for (qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(5), qsizetype(100)})
        QCOMPARE(describe(coalesce(sb::protocol::decodeStream(*m_codec, bytes, chunk))), expected);
    // thinking and its signature survive into the accumulated message, in order
    StreamAccumulator acc;
    acc.add(sb::protocol::decodeStream(*m_codec, bytes));
    if (file == QLatin1String("stream_thinking.sse")) {
        const auto &parts = acc.response().message.content;
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts.at(0).signature.startsWith(QLatin1String("EqQB")));
        QVERIFY(parts.at(1).redacted);
        QCOMPARE(int(parts.at(2).type), int(ContentPart::Type::Text));
    }
}

void TestAnthropicMessagesCodec::unknownEventsIgnored()
{
    QByteArray bytes = fixture(QStringLiteral("stream_text.sse"));
    bytes.replace("event: ping", "event: future_thing");
    bytes.replace("{\"type\":\"ping\"}", "{\"type\":\"future_thing\",\"x\":[1,2]}");
    const auto events = sb::protocol::decodeStream(*m_codec, bytes);
    QCOMPARE(toString(events.last().type), QStringLiteral("finish"));
    // without message_stop the stream was cut off
    QByteArray cut = fixture(QStringLiteral("stream_text.sse"));
    cut.truncate(cut.indexOf("event: message_stop"));
    QCOMPARE(toString(sb::protocol::decodeStream(*m_codec, cut).last().error.kind), QStringLiteral("network"));
}

void TestAnthropicMessagesCodec::decodeResponse()
{
    auto basic = m_codec->decodeResponse(fixture(QStringLiteral("response_basic.json")));
    QVERIFY(basic.hasValue());
    QCOMPARE(basic->message.text(), QStringLiteral("Hi! My name is Claude."));
    QCOMPARE(basic->usage, (Usage{2095, 503, 1024, 0, 0}));
    QCOMPARE(toString(basic->finishReason), QStringLiteral("stop"));

    auto tools = m_codec->decodeResponse(fixture(QStringLiteral("response_tool_use.json")));
    QVERIFY(tools.hasValue());
    QCOMPARE(tools->message.content.size(), 2);
    QCOMPARE(int(tools->message.content.at(0).type), int(ContentPart::Type::Reasoning));
    QVERIFY(tools->message.content.at(0).signature.startsWith(QLatin1String("WaUj")));
    QCOMPARE(tools->message.toolCalls.size(), 1);
    QCOMPARE(sb::testing::jsonObject(tools->message.toolCalls.first().arguments.toUtf8()).value(QStringLiteral("unit")).toString(),
             QStringLiteral("celsius"));
    QCOMPARE(toString(tools->finishReason), QStringLiteral("tool_calls"));
    QCOMPARE(tools->usage, (Usage{384, 92, 0, 100, 0}));
}

void TestAnthropicMessagesCodec::decodeError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("retryMs");
    QTest::newRow("400") << 400 << QStringLiteral("error_400.json") << QByteArray() << QStringLiteral("invalid_request") << qint64(-1);
    QTest::newRow("400 prompt too long") << 400 << QStringLiteral("error_400_context.json") << QByteArray() << QStringLiteral("context_length")
                                         << qint64(-1);
    QTest::newRow("401") << 401 << QStringLiteral("error_401.json") << QByteArray() << QStringLiteral("auth") << qint64(-1);
    QTest::newRow("403") << 403 << QStringLiteral("error_403.json") << QByteArray() << QStringLiteral("permission") << qint64(-1);
    QTest::newRow("404") << 404 << QStringLiteral("error_404.json") << QByteArray() << QStringLiteral("not_found") << qint64(-1);
    QTest::newRow("413") << 413 << QStringLiteral("error_413.json") << QByteArray() << QStringLiteral("invalid_request") << qint64(-1);
    QTest::newRow("429 + Retry-After") << 429 << QStringLiteral("error_429.json") << QByteArray("12") << QStringLiteral("rate_limited")
                                       << qint64(12000);
    QTest::newRow("500") << 500 << QStringLiteral("error_500.json") << QByteArray() << QStringLiteral("server") << qint64(-1);
    QTest::newRow("529") << 529 << QStringLiteral("error_529.json") << QByteArray() << QStringLiteral("overloaded") << qint64(-1);
    QTest::newRow("503 + Retry-After") << 503 << QStringLiteral("error_529.json") << QByteArray("4") << QStringLiteral("overloaded") << qint64(4000);
}

void TestAnthropicMessagesCodec::decodeError()
{
    QFETCH(int, status);
    QFETCH(QString, file);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, kind);
    QFETCH(qint64, retryMs);
    const ApiError e = m_codec->decodeError(status, fixture(file), retryAfter);
    QCOMPARE(toString(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.retryAfter ? e.retryAfter->count() : qint64(-1), retryMs);
    // and back: the body we send keeps Anthropic's error type, which clients match on
    const QJsonObject back = sb::testing::jsonObject(m_codec->encodeError(e));
    QCOMPARE(back.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    QCOMPARE(back.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
             sb::testing::jsonObject(fixture(file)).value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString());
}

void TestAnthropicMessagesCodec::decodeRequest()
{
    auto basic = m_codec->decodeRequest(fixture(QStringLiteral("request_basic.json")));
    QVERIFY(basic.hasValue());
    QCOMPARE(basic->system, QStringLiteral("You are Claude Code."));
    QCOMPARE(basic->maxTokens.value_or(0), 1024);
    QVERIFY(basic->stream);
    QVERIFY(basic->extras.contains(QStringLiteral("metadata")));

    auto tools = m_codec->decodeRequest(fixture(QStringLiteral("request_tools.json")));
    QVERIFY(tools.hasValue());
    QCOMPARE(tools->reasoningBudget.value_or(0), 10000);
    QCOMPARE(tools->messages.size(), 3);
    const Message &user = tools->messages.at(0);
    QCOMPARE(user.content.size(), 2);
    QCOMPARE(user.content.at(0).mediaType, QStringLiteral("image/jpeg"));
    const Message &assistant = tools->messages.at(1);
    QCOMPARE(toString(assistant.role), QStringLiteral("assistant"));
    QCOMPARE(assistant.content.size(), 2);
    QCOMPARE(int(assistant.content.at(0).type), int(ContentPart::Type::Reasoning));
    QVERIFY(assistant.content.at(0).signature.startsWith(QLatin1String("EqQB")));
    QCOMPARE(assistant.toolCalls.size(), 1);
    QCOMPARE(sb::testing::jsonObject(assistant.toolCalls.first().arguments.toUtf8()).value(QStringLiteral("location")).toString(),
             QStringLiteral("San Francisco, CA"));
    const Message &result = tools->messages.at(2);
    QCOMPARE(toString(result.role), QStringLiteral("tool"));
    QCOMPARE(result.toolCallId, QStringLiteral("toolu_01A09q90qw90lq917835lq9"));
    QCOMPARE(result.text(), QStringLiteral("15 degrees"));
    QCOMPARE(tools->stop, QStringList{QStringLiteral("\n\nHuman:")});
    QCOMPARE(tools->tools.first().parameters.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
}

// Claude Code 2.1 sends its environment block as a system message inside `messages`
// (anthropic-beta mid-conversation-tool-changes-2026-07-01); it used to be refused with a 400.
void TestAnthropicMessagesCodec::systemMessageInsideMessages()
{
    const QByteArray body = R"({"model":"sb-any","max_tokens":32000,"system":[{"type":"text","text":"You are Claude Code.",
        "cache_control":{"type":"ephemeral"}}],"messages":[
        {"role":"user","content":[{"type":"text","text":"list the files"}]},
        {"role":"system","content":[{"type":"text","text":"<env>cwd: /tmp/x</env>"}]},
        {"role":"user","content":"go on"}],
        "thinking":{"type":"adaptive","display":"omitted"},"output_config":{"effort":"max"},
        "context_management":{"edits":[{"type":"clear_thinking_20251015","keep":"all"}]},"metadata":{"user_id":"device-1"}})";
    auto request = m_codec->decodeRequest(body);
    QVERIFY2(request.hasValue(), qPrintable(request.hasValue() ? QString() : request.error().message));
    QCOMPARE(request->messages.size(), 3);
    QCOMPARE(toString(request->messages.at(1).role), QStringLiteral("system"));
    QCOMPARE(request->messages.at(1).text(), QStringLiteral("<env>cwd: /tmp/x</env>"));

    // to Anthropic: a <system-reminder> where it stands (every model reads it in order), the user
    // turns merged around it; the client's thinking, context management and metadata as they were
    const QJsonObject anthropic = m_codec->encodeRequest(request.value()).body;
    QCOMPARE(anthropic.value(QStringLiteral("system")).toString(), QStringLiteral("You are Claude Code."));
    const QJsonArray turns = anthropic.value(QStringLiteral("messages")).toArray();
    QCOMPARE(turns.size(), 1);
    const QJsonArray blocks = turns.first().toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("<system-reminder>\n<env>cwd: /tmp/x</env>\n</system-reminder>"));
    QCOMPARE(anthropic.value(QStringLiteral("thinking")).toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("adaptive")}, {QStringLiteral("display"), QStringLiteral("omitted")}}));
    QCOMPARE(anthropic.value(QStringLiteral("max_tokens")).toInt(), 32000);
    QVERIFY(anthropic.contains(QStringLiteral("context_management")) && anthropic.contains(QStringLiteral("output_config")));
    QCOMPARE(anthropic.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString(), QStringLiteral("device-1"));

    // to OpenAI Chat: kept where it stands; adaptive thinking at "max" is the highest effort there is;
    // the Anthropic-only fields (and the device id) stay behind
    const QJsonObject chatBody = makeCodec(Dialect::OpenAiChat)->encodeRequest(request.value()).body;
    QCOMPARE(chatBody.value(QStringLiteral("reasoning_effort")).toString(), QStringLiteral("high"));
    for (const char *anthropicOnly : {"thinking", "context_management", "output_config", "metadata"})
        QVERIFY2(!chatBody.contains(QLatin1String(anthropicOnly)), anthropicOnly);
    const QJsonArray chat = chatBody.value(QStringLiteral("messages")).toArray();
    QCOMPARE(chat.size(), 4);
    QCOMPARE(chat.at(2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    QCOMPARE(chat.at(2).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("<env>cwd: /tmp/x</env>"));

    // to Gemini: in systemInstruction, no "system" role in contents
    const QJsonObject gemini = makeCodec(Dialect::Gemini)->encodeRequest(request.value()).body;
    QVERIFY(gemini.value(QStringLiteral("systemInstruction"))
                .toObject()
                .value(QStringLiteral("parts"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QLatin1String("<env>")));
    for (const QJsonValue &c : gemini.value(QStringLiteral("contents")).toArray())
        QVERIFY(c.toObject().value(QStringLiteral("role")).toString() != QLatin1String("system"));

    // a reminder between a tool call and its result: Anthropic wants the tool_result first in the turn
    ChatRequest loop;
    loop.model = QStringLiteral("claude");
    loop.messages << Message::make(Role::User, QStringLiteral("run it"));
    Message call;
    call.role = Role::Assistant;
    call.toolCalls << ToolCall{QStringLiteral("toolu_1"), QStringLiteral("Bash"), QStringLiteral("{}"), {}, {}};
    loop.messages << call << Message::make(Role::System, QStringLiteral("the tools changed"));
    Message result = Message::make(Role::Tool, QStringLiteral("ok"));
    result.toolCallId = QStringLiteral("toolu_1");
    loop.messages << result;
    const QJsonArray last
        = m_codec->encodeRequest(loop).body.value(QStringLiteral("messages")).toArray().last().toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(last.size(), 2);
    QCOMPARE(last.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("tool_result"));
    QVERIFY(last.at(1).toObject().value(QStringLiteral("text")).toString().startsWith(QLatin1String("<system-reminder>")));
}

// The passthrough body for a model that refuses `role: "system"` in messages: reminders where they
// stood, the client's own fields (cache_control, thinking) untouched.
void TestAnthropicMessagesCodec::rawSystemMessagesAsReminders()
{
    const QByteArray body = R"({"model":"claude","max_tokens":100,"thinking":{"type":"adaptive"},"messages":[
        {"role":"user","content":[{"type":"text","text":"run it","cache_control":{"type":"ephemeral"}}]},
        {"role":"system","content":"# Environment"},
        {"role":"assistant","content":[{"type":"tool_use","id":"t1","name":"Bash","input":{}}]},
        {"role":"system","content":[{"type":"text","text":"tools changed"}]},
        {"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":"ok"},{"type":"text","text":"and?"}]},
        {"role":"assistant","content":"done"},
        {"role":"system","content":"last word"}]})";
    const QJsonObject o = QJsonDocument::fromJson(systemMessagesAsReminders(body)).object();
    QCOMPARE(o.value(QStringLiteral("thinking")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("adaptive"));
    const QJsonArray m = o.value(QStringLiteral("messages")).toArray();
    QStringList roles;
    for (const QJsonValue &v : m)
        roles << v.toObject().value(QStringLiteral("role")).toString();
    QCOMPARE(roles,
             (QStringList{QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("user"), QStringLiteral("assistant"),
                          QStringLiteral("user")}));
    // the first user turn keeps its cache_control, the reminder that followed it at its end
    const QJsonArray first = m.at(0).toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(first.size(), 2);
    QVERIFY(first.at(0).toObject().contains(QStringLiteral("cache_control")));
    QCOMPARE(first.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("<system-reminder>\n# Environment\n</system-reminder>"));
    // after the tool_result, before the text
    const QJsonArray turn = m.at(2).toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(turn.size(), 3);
    QCOMPARE(turn.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("tool_result"));
    QVERIFY(turn.at(1).toObject().value(QStringLiteral("text")).toString().contains(QLatin1String("tools changed")));
    QCOMPARE(turn.at(2).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("and?"));
    QVERIFY(m.at(4)
                .toObject()
                .value(QStringLiteral("content"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QLatin1String("last word")));
    // nothing to do: the bytes as they came
    const QByteArray plain = R"({"model":"claude","messages":[{"role":"user","content":"hi"}],"system":"s"})";
    QCOMPARE(systemMessagesAsReminders(plain), plain);
}

void TestAnthropicMessagesCodec::decodeRequestInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no model") << QByteArray("{\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                              << QStringLiteral("model is required");
    QTest::newRow("developer role") << QByteArray("{\"model\":\"m\",\"messages\":[{\"role\":\"developer\",\"content\":\"x\"}]}")
                                    << QStringLiteral("messages[0].role");
    QTest::newRow("image in system message") << QByteArray(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"system\",\"content\":[{\"type\":\"image\"}]}]}")
                                             << QStringLiteral("messages[1].content[0]: system messages hold text blocks only");
    QTest::newRow("tool_use in user") << QByteArray(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"tool_use\",\"id\":\"a\",\"name\":\"b\",\"input\":{}}]}]}")
                                      << QStringLiteral("tool_use blocks belong in assistant messages");
    QTest::newRow("tool_result without id") << QByteArray(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"content\":\"x\"}]}]}")
                                            << QStringLiteral("tool_use_id is required");
    QTest::newRow("bad image source") << QByteArray(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image\",\"source\":{\"type\":\"file\"}}]}]}")
                                      << QStringLiteral("source.type \"file\" is not supported");
    QTest::newRow("max_tokens string") << QByteArray("{\"model\":\"m\",\"max_tokens\":\"5\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                                       << QStringLiteral("max_tokens must be a number");
    QTest::newRow("bad tool_choice") << QByteArray(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],\"tool_choice\":{\"type\":\"tool\"}}")
                                     << QStringLiteral("tool_choice.type");
}

void TestAnthropicMessagesCodec::decodeRequestInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    auto r = m_codec->decodeRequest(body);
    QVERIFY(!r.hasValue());
    QCOMPARE(toString(r.error().kind), QStringLiteral("invalid_request"));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(
        sb::testing::jsonObject(m_codec->encodeError(r.error())).value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("invalid_request_error"));
}

void TestAnthropicMessagesCodec::encodeRequest()
{
    // an OpenAI conversation with two parallel tool results goes to Anthropic
    const auto openai = makeCodec(Dialect::OpenAiChat);
    const QByteArray body = R"({"model":"claude","messages":[
        {"role":"system","content":"sys"},
        {"role":"user","content":"two cities"},
        {"role":"assistant","content":null,"reasoning_content":"from deepseek","tool_calls":[
            {"id":"c1","type":"function","function":{"name":"w","arguments":"{\"city\":\"Oslo\"}"}},
            {"id":"c2","type":"function","function":{"name":"w","arguments":"{\"city\":\"Rome\"}"}}]},
        {"role":"tool","tool_call_id":"c1","content":"cold"},
        {"role":"tool","tool_call_id":"c2","content":"warm"},
        {"role":"user","content":"thanks"}],
        "tools":[{"type":"function","function":{"name":"w","parameters":{}}}],
        "tool_choice":"required","reasoning_effort":"high","max_tokens":1000,"stream":true})";
    auto request = openai->decodeRequest(body);
    QVERIFY(request.hasValue());
    const WireRequest wire = m_codec->encodeRequest(request.value());
    QCOMPARE(wire.path, QStringLiteral("/v1/messages"));
    const QJsonObject &b = wire.body;
    QCOMPARE(b.value(QStringLiteral("system")).toString(), QStringLiteral("sys"));
    const QJsonArray messages = b.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 3); // user, assistant, user (both tool results + "thanks")
    const QJsonArray assistant = messages.at(1).toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(assistant.size(), 2); // unsigned reasoning is not sent to Anthropic
    QCOMPARE(assistant.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("tool_use"));
    QCOMPARE(assistant.at(1).toObject().value(QStringLiteral("input")).toObject().value(QStringLiteral("city")).toString(), QStringLiteral("Rome"));
    const QJsonArray last = messages.at(2).toObject().value(QStringLiteral("content")).toArray();
    QCOMPARE(last.size(), 3);
    QCOMPARE(last.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("tool_result"));
    QCOMPARE(last.at(1).toObject().value(QStringLiteral("tool_use_id")).toString(), QStringLiteral("c2"));
    QCOMPARE(last.at(2).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("thanks"));
    QCOMPARE(b.value(QStringLiteral("tool_choice")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("any"));
    QCOMPARE(b.value(QStringLiteral("tools"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("input_schema"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("object"));
    const int budget = b.value(QStringLiteral("thinking")).toObject().value(QStringLiteral("budget_tokens")).toInt();
    QVERIFY(budget >= 1024);
    QVERIFY(b.value(QStringLiteral("max_tokens")).toInt() > budget);
    QVERIFY(b.value(QStringLiteral("stream")).toBool());

    // Anthropic thinking blocks go back signed, unchanged
    auto own = m_codec->decodeRequest(fixture(QStringLiteral("request_tools.json")));
    QVERIFY(own.hasValue());
    const QJsonArray again = m_codec->encodeRequest(own.value()).body.value(QStringLiteral("messages")).toArray();
    const QJsonObject thinking = again.at(1).toObject().value(QStringLiteral("content")).toArray().at(0).toObject();
    QCOMPARE(thinking.value(QStringLiteral("type")).toString(), QStringLiteral("thinking"));
    QCOMPARE(thinking.value(QStringLiteral("signature")).toString(), QStringLiteral("EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds..."));
}

void TestAnthropicMessagesCodec::encoderBookkeeping()
{
    // text, then two tool calls, from OpenAI events: blocks are numbered, started and stopped in order
    QList<StreamEvent> events{StreamEvent::messageStart(QStringLiteral("m1"), QStringLiteral("gpt")),
                              StreamEvent::reasoningDelta(QStringLiteral("hmm")),
                              StreamEvent::textDelta(QStringLiteral("Let me check.")),
                              StreamEvent::toolCallStart(0, QStringLiteral("c1"), QStringLiteral("a")),
                              StreamEvent::toolCallDelta(0, QStringLiteral("{\"x\":")),
                              StreamEvent::toolCallDelta(0, QStringLiteral("1}")),
                              StreamEvent::toolCallStart(1, QStringLiteral("c2"), QStringLiteral("b")),
                              StreamEvent::toolCallDelta(1, QStringLiteral("{}")),
                              StreamEvent::toolCallEnd(0),
                              StreamEvent::toolCallEnd(1),
                              StreamEvent::usageEvent(Usage{5, 7, 0, 0, 0}),
                              StreamEvent::finish(FinishReason::ToolCalls)};
    SseParser parser;
    const auto frames = parser.feed(encodeStream(*m_codec, events));
    QStringList sequence;
    for (const SseEvent &f : frames) {
        const QJsonObject p = sb::testing::jsonObject(f.data);
        QCOMPARE(QString::fromUtf8(f.event), p.value(QStringLiteral("type")).toString());
        QString line = p.value(QStringLiteral("type")).toString();
        if (p.contains(QStringLiteral("index")))
            line += QLatin1Char(' ') + QString::number(p.value(QStringLiteral("index")).toInt());
        if (p.contains(QStringLiteral("content_block")))
            line += QLatin1Char(' ') + p.value(QStringLiteral("content_block")).toObject().value(QStringLiteral("type")).toString();
        if (p.contains(QStringLiteral("delta")) && p.value(QStringLiteral("type")).toString() == QLatin1String("content_block_delta"))
            line += QLatin1Char(' ') + p.value(QStringLiteral("delta")).toObject().value(QStringLiteral("type")).toString();
        sequence.append(line);
    }
    const QStringList expected{
        QStringLiteral("message_start"),
        QStringLiteral("content_block_start 0 thinking"),
        QStringLiteral("content_block_delta 0 thinking_delta"),
        QStringLiteral("content_block_stop 0"),
        QStringLiteral("content_block_start 1 text"),
        QStringLiteral("content_block_delta 1 text_delta"),
        QStringLiteral("content_block_stop 1"),
        QStringLiteral("content_block_start 2 tool_use"),
        QStringLiteral("content_block_delta 2 input_json_delta"),
        QStringLiteral("content_block_delta 2 input_json_delta"),
        QStringLiteral("content_block_stop 2"),
        QStringLiteral("content_block_start 3 tool_use"),
        QStringLiteral("content_block_delta 3 input_json_delta"),
        QStringLiteral("content_block_stop 3"),
        QStringLiteral("message_delta"),
        QStringLiteral("message_stop"),
    };
    QCOMPARE(sequence, expected);
    const QJsonObject delta = sb::testing::jsonObject(frames.at(frames.size() - 2).data);
    QCOMPARE(delta.value(QStringLiteral("delta")).toObject().value(QStringLiteral("stop_reason")).toString(), QStringLiteral("tool_use"));
    QCOMPARE(delta.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt(), 7);
}

void TestAnthropicMessagesCodec::encodeErrorEvent()
{
    const auto encoder = m_codec->streamEncoder();
    QByteArray wire = encoder->encode(StreamEvent::messageStart(QStringLiteral("m"), QStringLiteral("x")));
    wire += encoder->encode(StreamEvent::errorEvent(ApiError::make(ApiError::Kind::Overloaded, QStringLiteral("busy"), 503)));
    QVERIFY(wire.contains("event: error\ndata: "));
    QVERIFY(wire.contains("\"overloaded_error\""));
    QVERIFY(encoder->finish().isEmpty());
    // context-length errors from other providers carry the wording Claude Code looks for
    const QJsonObject body = sb::testing::jsonObject(
        m_codec->encodeError(ApiError::make(ApiError::Kind::ContextLength, QStringLiteral("too big"), 400)));
    QVERIFY(
        body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().startsWith(QLatin1String("prompt is too long")));
}

QTEST_GUILESS_MAIN(TestAnthropicMessagesCodec)
#include "tst_anthropicmessagescodec.moc"
