#include "protocol/codec.h"
#include "protocol/geminischema.h"
#include "protocol/sse.h"
#include "testpaths.h"
#include "wirefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

using namespace sb::protocol;

namespace {

QByteArray fixture(const QString &name)
{
    return sb::testing::wireFixture(QStringLiteral("gemini/") + name);
}

} // namespace

class TestGeminiCodec : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_codec = makeCodec(Dialect::Gemini); }
    void parallelCallsKeepTheirSignature();
    void openAiStrictSchema();

    void decodeStream_data();
    void decodeStream();
    void streamEndsWithoutFinishReason();
    void decodeResponse();
    void decodeError_data();
    void decodeError();
    void decodeErrorBodies_data();
    void decodeErrorBodies();
    void decodeRequest();
    void decodeRequestInvalid_data();
    void decodeRequestInvalid();
    void encodeRequest();
    void encoderFrames();
    void schemaSubset_data();
    void schemaSubset();
    void encodedToolSchemasUseOnlySchemaFields();

private:
    std::unique_ptr<Codec> m_codec;
};

void TestGeminiCodec::decodeStream_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text, CRLF frames") << QStringLiteral("stream_text.sse")
                                       << QStringLiteral("message_start id=Lg3gaJ2HLqWQ1dkP7NmVgAw model=gemini-2.5-flash\n"
                                                         "text_delta \"The\"\n"
                                                         "usage in=9 out=0 cr=0 cw=0 rs=0\n"
                                                         "text_delta \" sky is blue because of Rayleigh scattering. \u2728\"\n"
                                                         "usage in=9 out=36 cr=0 cw=0 rs=24\n"
                                                         "finish stop\n");
    QTest::newRow("thought + two whole function calls")
        << QStringLiteral("stream_function_call.sse")
        << QStringLiteral("message_start id=fcstream1 model=gemini-2.5-pro\n"
                          "reasoning_delta \"**Checking weather**\\nThe user wants Boston.\" sig= id=gemini\n"
                          "usage in=60 out=0 cr=0 cw=0 rs=0\n"
                          "tool_call_start #0 id=call_fcstream1_0 name=get_current_weather\n"
                          "tool_call_delta #0 \"{\"location\":\"Boston\",\"unit\":\"celsius\"}\"\n"
                          "tool_call_end #0\n"
                          "tool_call_start #1 id=call_fcstream1_1 name=get_time\n"
                          "tool_call_delta #1 \"{\"tz\":\"America/New_York\"}\"\n"
                          "tool_call_end #1\n"
                          "usage in=60 out=60 cr=0 cw=0 rs=40\n"
                          "finish tool_calls\n");
}

void TestGeminiCodec::decodeStream()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray bytes = fixture(file);
    for (qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(77)})
        QCOMPARE(describe(coalesce(sb::protocol::decodeStream(*m_codec, bytes, chunk))), expected);
    // the thought signature of a function call is kept with the call
    if (file == QLatin1String("stream_function_call.sse")) {
        StreamAccumulator acc;
        acc.add(sb::protocol::decodeStream(*m_codec, bytes));
        QCOMPARE(acc.response().message.toolCalls.first().signature, QStringLiteral("CiQB0e2Kb3dRh+BYdbZvmulSN2Pwwb4AAQ=="));
        QVERIFY(acc.response().message.toolCalls.at(1).signature.isEmpty());
    }
}

void TestGeminiCodec::streamEndsWithoutFinishReason()
{
    QByteArray bytes = fixture(QStringLiteral("stream_text.sse"));
    bytes.truncate(bytes.lastIndexOf("data: "));
    const auto events = sb::protocol::decodeStream(*m_codec, bytes);
    QCOMPARE(toString(events.last().type), QStringLiteral("error"));
    QCOMPARE(toString(events.last().error.kind), QStringLiteral("network"));
}

void TestGeminiCodec::decodeResponse()
{
    auto basic = m_codec->decodeResponse(fixture(QStringLiteral("response_basic.json")));
    QVERIFY(basic.hasValue());
    QCOMPARE(basic->message.text(), QStringLiteral("Meow! I'm Neko, a curious cat."));
    QCOMPARE(basic->usage, (Usage{18, 39, 0, 0, 30})); // output counts the thoughts
    QCOMPARE(basic->id, QStringLiteral("uG7gaPmVDaWd1dkPxKKx6QE"));

    auto call = m_codec->decodeResponse(fixture(QStringLiteral("response_function_call.json")));
    QVERIFY(call.hasValue());
    QCOMPARE(call->message.toolCalls.size(), 1);
    const ToolCall &c = call->message.toolCalls.first();
    QCOMPARE(c.name, QStringLiteral("get_current_weather"));
    QCOMPARE(c.id, QStringLiteral("call_fcresp1_0"));
    QCOMPARE(c.signature, QStringLiteral("CiQB0e2Kb3dRh+BYdbZvmulSN2Pwwb4AAQ=="));
    QCOMPARE(sb::testing::jsonObject(c.arguments.toUtf8()).value(QStringLiteral("location")).toString(), QStringLiteral("Boston"));
    QCOMPARE(toString(call->finishReason), QStringLiteral("tool_calls")); // Gemini says STOP
    QCOMPARE(call->usage, (Usage{38, 15, 32, 0, 0}));

    auto blocked = m_codec->decodeResponse(R"({"promptFeedback":{"blockReason":"SAFETY"},"usageMetadata":{"promptTokenCount":8}})");
    QVERIFY(blocked.hasValue());
    QCOMPARE(toString(blocked->finishReason), QStringLiteral("content_filter"));
}

void TestGeminiCodec::decodeError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("kind");
    QTest::newRow("400 bad key") << 400 << QStringLiteral("error_400.json") << QByteArray() << QStringLiteral("auth");
    QTest::newRow("400 too many tokens") << 400 << QStringLiteral("error_400_context.json") << QByteArray() << QStringLiteral("context_length");
    QTest::newRow("404") << 404 << QStringLiteral("error_404.json") << QByteArray() << QStringLiteral("not_found");
    QTest::newRow("429") << 429 << QStringLiteral("error_429.json") << QByteArray("36") << QStringLiteral("rate_limited");
    QTest::newRow("503 in an array") << 503 << QStringLiteral("error_503.json") << QByteArray() << QStringLiteral("overloaded");
}

void TestGeminiCodec::decodeErrorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::newRow("401") << 401
                         << QByteArray(
                                R"({"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}})")
                         << QStringLiteral("auth");
    QTest::newRow("403") << 403
                         << QByteArray(R"({"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}})")
                         << QStringLiteral("permission");
    QTest::newRow("413") << 413 << QByteArray("Request Entity Too Large") << QStringLiteral("invalid_request");
    QTest::newRow("500") << 500 << QByteArray(R"({"error":{"code":500,"message":"An internal error has occurred.","status":"INTERNAL"}})")
                         << QStringLiteral("server");
    QTest::newRow("504") << 504 << QByteArray(R"({"error":{"code":504,"message":"Deadline expired.","status":"DEADLINE_EXCEEDED"}})")
                         << QStringLiteral("timeout");
    QTest::newRow("529 no body") << 529 << QByteArray() << QStringLiteral("overloaded");
}

void TestGeminiCodec::decodeErrorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QCOMPARE(toString(m_codec->decodeError(status, body, {}).kind), kind);
}

void TestGeminiCodec::decodeError()
{
    QFETCH(int, status);
    QFETCH(QString, file);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, kind);
    const ApiError e = m_codec->decodeError(status, fixture(file), retryAfter);
    QCOMPARE(toString(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QVERIFY(!e.message.contains(QLatin1Char('{'))); // the message, not the body
    if (!retryAfter.isEmpty())
        QCOMPARE(e.retryAfter.value_or(std::chrono::milliseconds(0)).count(), retryAfter.toLongLong() * 1000);
}

void TestGeminiCodec::decodeRequest()
{
    auto basic = m_codec->decodeRequest(fixture(QStringLiteral("request_basic.json")),
                                        RequestContext{QStringLiteral("models/gemini-2.5-flash"), true});
    QVERIFY(basic.hasValue());
    QCOMPARE(basic->model, QStringLiteral("gemini-2.5-flash"));
    QVERIFY(basic->stream);
    QCOMPARE(basic->system, QStringLiteral("You are a cat. Your name is Neko."));
    QCOMPARE(basic->messages.size(), 3);
    QCOMPARE(toString(basic->messages.at(1).role), QStringLiteral("assistant"));
    QCOMPARE(basic->messages.at(2).content.at(1).mediaType, QStringLiteral("image/jpeg")); // snake_case inline_data
    QCOMPARE(basic->maxTokens.value_or(0), 800);
    QCOMPARE(basic->stop, QStringList{QStringLiteral("Title")});
    QCOMPARE(basic->reasoningBudget.value_or(0), 1024);

    auto tools = m_codec->decodeRequest(fixture(QStringLiteral("request_tools.json")), RequestContext{QStringLiteral("gemini-2.5-pro"), false});
    QVERIFY(tools.hasValue());
    QCOMPARE(tools->messages.size(), 3);
    const ToolCall &call = tools->messages.at(1).toolCalls.first();
    QCOMPARE(call.signature, QStringLiteral("CiQB0e2Kb3dRh+BYdbZvmulSN2Pwwb4AAQ=="));
    const Message &result = tools->messages.at(2);
    QCOMPARE(toString(result.role), QStringLiteral("tool"));
    QCOMPARE(result.toolCallId, call.id); // paired by name
    QCOMPARE(sb::testing::jsonObject(result.text().toUtf8()).value(QStringLiteral("temperature")).toInt(), 22);
    QCOMPARE(int(tools->toolChoice->mode), int(ToolChoice::Mode::Specific));
    QCOMPARE(tools->toolChoice->name, QStringLiteral("get_current_weather"));
}

void TestGeminiCodec::decodeRequestInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("message");
    QTest::newRow("no model in URL") << QByteArray("{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}]}") << QString()
                                     << QStringLiteral("model is missing");
    QTest::newRow("no contents") << QByteArray("{}") << QStringLiteral("m") << QStringLiteral("contents must be a non-empty array");
    QTest::newRow("bad role") << QByteArray("{\"contents\":[{\"role\":\"system\",\"parts\":[{\"text\":\"x\"}]}]}") << QStringLiteral("m")
                              << QStringLiteral("contents[0].role");
    QTest::newRow("empty part") << QByteArray("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"videoMetadata\":{}}]}]}") << QStringLiteral("m")
                                << QStringLiteral("contents[0].parts[0] has no supported field");
}

void TestGeminiCodec::decodeRequestInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, model);
    QFETCH(QString, message);
    auto r = m_codec->decodeRequest(body, RequestContext{model, false});
    QVERIFY(!r.hasValue());
    QCOMPARE(toString(r.error().kind), QStringLiteral("invalid_request"));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    const QJsonObject err = sb::testing::jsonObject(m_codec->encodeError(r.error())).value(QStringLiteral("error")).toObject();
    QCOMPARE(err.value(QStringLiteral("status")).toString(), QStringLiteral("INVALID_ARGUMENT"));
    QCOMPARE(err.value(QStringLiteral("code")).toInt(), 400);
}

void TestGeminiCodec::encodeRequest()
{
    // an Anthropic conversation with a tool round trip goes to Gemini
    const auto anthropic = makeCodec(Dialect::AnthropicMessages);
    QFile f(sb::testing::fixturePath(QStringLiteral("wire/anthropic_messages/request_tools.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto request = anthropic->decodeRequest(f.readAll());
    QVERIFY(request.hasValue());
    request->stream = true;
    request->tools.first().parameters.insert(QStringLiteral("additionalProperties"), false);
    const WireRequest wire = m_codec->encodeRequest(request.value());
    QCOMPARE(wire.path, QStringLiteral("/v1beta/models/claude-sonnet-4-5:streamGenerateContent?alt=sse"));
    const QJsonArray contents = wire.body.value(QStringLiteral("contents")).toArray();
    QCOMPARE(contents.size(), 3);
    const QJsonArray userParts = contents.at(0).toObject().value(QStringLiteral("parts")).toArray();
    QCOMPARE(userParts.at(0).toObject().value(QStringLiteral("inlineData")).toObject().value(QStringLiteral("mimeType")).toString(),
             QStringLiteral("image/jpeg"));
    const QJsonArray modelParts = contents.at(1).toObject().value(QStringLiteral("parts")).toArray();
    QCOMPARE(contents.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("model"));
    QCOMPARE(modelParts.size(), 2); // Anthropic's signed thinking is not sent to Gemini
    QCOMPARE(modelParts.at(1)
                 .toObject()
                 .value(QStringLiteral("functionCall"))
                 .toObject()
                 .value(QStringLiteral("args"))
                 .toObject()
                 .value(QStringLiteral("location"))
                 .toString(),
             QStringLiteral("San Francisco, CA"));
    const QJsonObject response
        = contents.at(2).toObject().value(QStringLiteral("parts")).toArray().first().toObject().value(QStringLiteral("functionResponse")).toObject();
    QCOMPARE(response.value(QStringLiteral("name")).toString(), QStringLiteral("get_weather")); // looked up from the call
    QCOMPARE(response.value(QStringLiteral("response")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("15 degrees"));
    const QJsonObject decl = wire.body.value(QStringLiteral("tools"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("functionDeclarations"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QVERIFY(!decl.value(QStringLiteral("parameters")).toObject().contains(QStringLiteral("additionalProperties")));
    const QJsonObject gc = wire.body.value(QStringLiteral("generationConfig")).toObject();
    QCOMPARE(gc.value(QStringLiteral("thinkingConfig")).toObject().value(QStringLiteral("thinkingBudget")).toInt(), 10000);
    QCOMPARE(gc.value(QStringLiteral("maxOutputTokens")).toInt(), 16000);
    QCOMPARE(wire.body.value(QStringLiteral("systemInstruction")).toObject().value(QStringLiteral("parts")).toArray().size(), 0);
}

void TestGeminiCodec::encoderFrames()
{
    const QList<StreamEvent> events{StreamEvent::messageStart(QStringLiteral("r1"), QStringLiteral("gemini-x")),
                                    StreamEvent::textDelta(QStringLiteral("Hi")),
                                    StreamEvent::toolCallStart(0, QStringLiteral("c1"), QStringLiteral("f")),
                                    StreamEvent::toolCallDelta(0, QStringLiteral("{\"a\":")),
                                    StreamEvent::toolCallDelta(0, QStringLiteral("1}")),
                                    StreamEvent::toolCallEnd(0),
                                    StreamEvent::usageEvent(Usage{4, 6, 0, 0, 2}),
                                    StreamEvent::finish(FinishReason::ToolCalls)};
    SseParser parser;
    const auto frames = parser.feed(encodeStream(*m_codec, events));
    QCOMPARE(frames.size(), 3); // text, the whole call, the last frame
    for (const SseEvent &f : frames) {
        const QJsonObject o = sb::testing::jsonObject(f.data);
        QCOMPARE(o.value(QStringLiteral("responseId")).toString(), QStringLiteral("r1"));
        QVERIFY(f.event.isEmpty());
    }
    const QJsonObject call = sb::testing::jsonObject(frames.at(1).data)
                                 .value(QStringLiteral("candidates"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toObject()
                                 .value(QStringLiteral("parts"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(call.value(QStringLiteral("functionCall")).toObject().value(QStringLiteral("args")).toObject().value(QStringLiteral("a")).toInt(), 1);
    const QJsonObject last = sb::testing::jsonObject(frames.last().data);
    QCOMPARE(last.value(QStringLiteral("candidates")).toArray().first().toObject().value(QStringLiteral("finishReason")).toString(),
             QStringLiteral("STOP"));
    QCOMPARE(last.value(QStringLiteral("usageMetadata")).toObject().value(QStringLiteral("candidatesTokenCount")).toInt(), 4);
    QCOMPARE(last.value(QStringLiteral("usageMetadata")).toObject().value(QStringLiteral("thoughtsTokenCount")).toInt(), 2);
    QVERIFY(!sb::testing::jsonObject(frames.first().data).contains(QStringLiteral("usageMetadata")));
}

// Issue 30: schemas from agents and schema generators, rewritten into Gemini's Schema subset (each
// row fails without its rewrite: Gemini answers 400 "Unknown name" for the first keyword it lacks).
void TestGeminiCodec::schemaSubset_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("note");
    QTest::newRow("Claude Code Read: exclusiveMinimum, additionalProperties, $schema")
        << QByteArray(R"({"$schema":"http://json-schema.org/draft-07/schema#","type":"object","additionalProperties":false,"required":["file_path"],
                        "properties":{"file_path":{"type":"string","description":"path"},"offset":{"type":"number"},"limit":{"type":"integer","exclusiveMinimum":0}}})")
        << QByteArray(
               R"({"type":"object","required":["file_path"],"properties":{"file_path":{"type":"string","description":"path"},"offset":{"type":"number"},
                        "limit":{"type":"integer","minimum":1}}})")
        << QStringLiteral("properties.limit.exclusiveMinimum: minimum 1");
    QTest::newRow("Qwen Code: oneOf")
        << QByteArray(R"({"type":"object","properties":{"content":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}})")
        << QByteArray(R"({"type":"object","properties":{"content":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}}})")
        << QStringLiteral("properties.content.oneOf: -> anyOf");
    QTest::newRow("Pydantic: $defs, Optional, const")
        << QByteArray(R"({"$defs":{"Unit":{"enum":["celsius","fahrenheit"],"title":"Unit","type":"string"}},"title":"Args","type":"object",
                        "properties":{"city":{"title":"City","type":"string"},"unit":{"anyOf":[{"$ref":"#/$defs/Unit"},{"type":"null"}],"default":null},
                                      "kind":{"const":"weather","type":"string"}},"required":["city"]})")
        << QByteArray(R"({"title":"Args","type":"object","required":["city"],"properties":{"city":{"title":"City","type":"string"},
                        "unit":{"enum":["celsius","fahrenheit"],"title":"Unit","type":"string","nullable":true,"default":null},
                        "kind":{"enum":["weather"],"type":"string"}}})")
        << QStringLiteral("properties.kind.const: -> enum");
    QTest::newRow("Zod: definitions, recursion")
        << QByteArray(R"({"$ref":"#/definitions/Node","definitions":{"Node":{"type":"object","properties":{"name":{"type":"string"},
                        "children":{"type":"array","items":{"$ref":"#/definitions/Node"}}}}}})")
        << QByteArray(R"json({"type":"object","properties":{"name":{"type":"string"},"children":{"type":"array",
                        "items":{"type":"object","description":"(recursive: the same shape as Node)"}}}})json")
        << QStringLiteral("properties.children.items: recursive #/definitions/Node not expanded");
    QTest::newRow("type list with null, unknown format")
        << QByteArray(R"({"type":["string","null"],"format":"uri"})") << QByteArray(R"({"type":"string","nullable":true})")
        << QStringLiteral("format: format uri dropped");
    QTest::newRow("numbers and arrays: exclusiveMaximum, multipleOf, uniqueItems, propertyNames")
        << QByteArray(
               R"({"type":"object","propertyNames":{"pattern":"^[a-z]+$"},"properties":{"ratio":{"type":"number","exclusiveMaximum":1.5,"multipleOf":0.5},
                        "tags":{"type":"array","uniqueItems":true,"items":{"type":"string"}}}})")
        << QByteArray(R"({"type":"object","properties":{"ratio":{"type":"number","maximum":1.5},"tags":{"type":"array","items":{"type":"string"}}}})")
        << QStringLiteral("properties.tags.uniqueItems: dropped");
}

void TestGeminiCodec::schemaSubset()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QString, note);
    QStringList notes;
    const QJsonObject out = toGeminiSchema(QJsonDocument::fromJson(input).object(), &notes);
    const QJsonObject want = QJsonDocument::fromJson(expected).object();
    QVERIFY2(!want.isEmpty(), "the expected schema parses");
    QVERIFY2(out == want, QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    QVERIFY2(notes.contains(note), qPrintable(notes.join(QLatin1Char('\n'))));
}

// The encoder's tool and response schemas hold only keywords Gemini's Schema has.
void TestGeminiCodec::encodedToolSchemasUseOnlySchemaFields()
{
    static const QSet<QString> allowed{QStringLiteral("type"),        QStringLiteral("format"),        QStringLiteral("title"),
                                       QStringLiteral("description"), QStringLiteral("nullable"),      QStringLiteral("enum"),
                                       QStringLiteral("maxItems"),    QStringLiteral("minItems"),      QStringLiteral("properties"),
                                       QStringLiteral("required"),    QStringLiteral("minProperties"), QStringLiteral("maxProperties"),
                                       QStringLiteral("minLength"),   QStringLiteral("maxLength"),     QStringLiteral("pattern"),
                                       QStringLiteral("example"),     QStringLiteral("anyOf"),         QStringLiteral("propertyOrdering"),
                                       QStringLiteral("default"),     QStringLiteral("items"),         QStringLiteral("minimum"),
                                       QStringLiteral("maximum")};
    std::function<QString(const QJsonObject &, const QString &)> unknown = [&](const QJsonObject &o, const QString &path) -> QString {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return path + QLatin1Char('.') + it.key();
            QString found;
            if (it.key() == QLatin1String("properties")) {
                const QJsonObject ps = it.value().toObject();
                for (auto p = ps.begin(); p != ps.end() && found.isEmpty(); ++p)
                    found = unknown(p.value().toObject(), path + QStringLiteral(".properties.") + p.key());
            } else if (it.key() == QLatin1String("items")) {
                found = unknown(it.value().toObject(), path + QStringLiteral(".items"));
            } else if (it.key() == QLatin1String("anyOf")) {
                for (const QJsonValue &a : it.value().toArray())
                    if (found.isEmpty())
                        found = unknown(a.toObject(), path + QStringLiteral(".anyOf"));
            }
            if (!found.isEmpty())
                return found;
        }
        return {};
    };
    ChatRequest req;
    req.model = QStringLiteral("gemini-2.5-flash");
    req.messages << Message::make(Role::User, QStringLiteral("hi"));
    const QJsonObject schema = QJsonDocument::fromJson(R"({"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
        "additionalProperties":false,"properties":{"limit":{"type":"integer","exclusiveMinimum":0},"mode":{"oneOf":[{"const":"a"},{"const":"b"}]},
        "when":{"type":["string","null"],"format":"date"}},"required":["limit"]})")
                                   .object();
    req.tools << ToolDef{QStringLiteral("read"), QStringLiteral("Reads"), schema};
    ResponseFormat format;
    format.type = ResponseFormat::Type::JsonSchema;
    format.schema = schema;
    req.responseFormat = format;
    // by default: JSON Schema as written, in the fields that take it
    const WireRequest json = m_codec->encodeRequest(req);
    const QJsonObject declared = json.body.value(QStringLiteral("tools"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("functionDeclarations"))
                                     .toArray()
                                     .first()
                                     .toObject();
    QVERIFY(!declared.contains(QStringLiteral("parameters")));
    QJsonObject asWritten = schema;
    asWritten.remove(QStringLiteral("$schema"));
    QCOMPARE(declared.value(QStringLiteral("parametersJsonSchema")).toObject(), asWritten);
    QCOMPARE(json.body.value(QStringLiteral("generationConfig")).toObject().value(QStringLiteral("responseJsonSchema")).toObject(), asWritten);
    // the provider option "schemas": "subset": the OpenAPI subset, nothing it does not know
    req.schemaSubset = true;
    const WireRequest wire = m_codec->encodeRequest(req);
    const QJsonObject params = wire.body.value(QStringLiteral("tools"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("functionDeclarations"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("parameters"))
                                   .toObject();
    QVERIFY(!params.isEmpty());
    QCOMPARE(unknown(params, QStringLiteral("parameters")), QString());
    const QJsonObject response = wire.body.value(QStringLiteral("generationConfig")).toObject().value(QStringLiteral("responseSchema")).toObject();
    QVERIFY(!response.isEmpty());
    QCOMPARE(unknown(response, QStringLiteral("responseSchema")), QString());
}

// Issue 24: Gemini 3 signs the first of parallel calls only; the signature stays on that call, whole
// and streamed, goes back on it, and an unsigned first call of a Gemini 3 step gets the placeholder.
void TestGeminiCodec::parallelCallsKeepTheirSignature()
{
    const QByteArray body = R"({"candidates":[{"content":{"role":"model","parts":[
        {"functionCall":{"name":"get_weather","args":{"city":"Paris"}},"thoughtSignature":"c2lnbmVkLWZpcnN0"},
        {"functionCall":{"name":"get_weather","args":{"city":"Oslo"}}}]},"finishReason":"STOP"}],
        "usageMetadata":{"promptTokenCount":5,"candidatesTokenCount":4,"totalTokenCount":9}})";
    const auto whole = m_codec->decodeResponse(body);
    QVERIFY(whole.hasValue());
    QCOMPARE(whole->message.toolCalls.size(), 2);
    QCOMPARE(whole->message.toolCalls.at(0).signature, QStringLiteral("c2lnbmVkLWZpcnN0"));
    QVERIFY(whole->message.toolCalls.at(1).signature.isEmpty());
    const QList<StreamEvent> events = sb::protocol::decodeStream(
        *m_codec, QByteArray("data: " + QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact) + "\r\n\r\n"));
    QStringList signatures;
    for (const StreamEvent &e : events) {
        if (e.type == StreamEvent::Type::ToolCallStart)
            signatures << e.signature;
    }
    QCOMPARE(signatures, (QStringList{QStringLiteral("c2lnbmVkLWZpcnN0"), QString()}));

    ChatRequest r;
    r.model = QStringLiteral("gemini-3-flash-preview");
    r.messages << Message::make(Role::User, QStringLiteral("weather in Paris and Oslo?"));
    Message step;
    step.role = Role::Assistant;
    step.toolCalls = whole->message.toolCalls;
    r.messages << step;
    QJsonArray parts
        = m_codec->encodeRequest(r).body.value(QStringLiteral("contents")).toArray().at(1).toObject().value(QStringLiteral("parts")).toArray();
    QCOMPARE(parts.at(0).toObject().value(QStringLiteral("thoughtSignature")).toString(), QStringLiteral("c2lnbmVkLWZpcnN0"));
    QVERIFY(!parts.at(1).toObject().contains(QStringLiteral("thoughtSignature")));
    // written by another model: the placeholder on the first call, for Gemini 3 only
    for (ToolCall &c : r.messages[1].toolCalls)
        c.signature.clear();
    parts = m_codec->encodeRequest(r).body.value(QStringLiteral("contents")).toArray().at(1).toObject().value(QStringLiteral("parts")).toArray();
    QCOMPARE(parts.at(0).toObject().value(QStringLiteral("thoughtSignature")).toString(), QStringLiteral("skip_thought_signature_validator"));
    QVERIFY(!parts.at(1).toObject().contains(QStringLiteral("thoughtSignature")));
    r.model = QStringLiteral("gemini-2.0-flash");
    parts = m_codec->encodeRequest(r).body.value(QStringLiteral("contents")).toArray().at(1).toObject().value(QStringLiteral("parts")).toArray();
    QVERIFY(!parts.at(0).toObject().contains(QStringLiteral("thoughtSignature")));
}

// Issue 30: OpenAI strict mode's two rules (all properties required, no additional properties) with
// optional properties kept optional through null; keywords strict mode refuses dropped with a note.
void TestGeminiCodec::openAiStrictSchema()
{
    const QJsonObject schema = QJsonDocument::fromJson(R"({"type":"object","properties":{"q":{"type":"string","minLength":1},
        "limit":{"type":"integer"},"mode":{"enum":["a","b"]},"where":{"type":"object","properties":{"city":{"type":"string"}}},
        "either":{"oneOf":[{"type":"string"},{"type":"integer"}]}},"required":["q"],"$defs":{"N":{"type":"object","properties":{"n":{"type":"string"}}}}})")
                                   .object();
    QStringList notes;
    const QJsonObject strict = toOpenAiStrictSchema(schema, &notes);
    QCOMPARE(strict.value(QStringLiteral("additionalProperties")), QJsonValue(false));
    QCOMPARE(strict.value(QStringLiteral("required")).toArray().size(), 5);
    const QJsonObject props = strict.value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("q")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("string")); // was required
    QVERIFY(!props.value(QStringLiteral("q")).toObject().contains(QStringLiteral("minLength")));
    QCOMPARE(props.value(QStringLiteral("limit")).toObject().value(QStringLiteral("type")).toArray(),
             (QJsonArray{QStringLiteral("integer"), QStringLiteral("null")}));
    QVERIFY(props.value(QStringLiteral("mode")).toObject().value(QStringLiteral("anyOf")).toArray().size() == 2);
    const QJsonObject where = props.value(QStringLiteral("where")).toObject();
    QCOMPARE(where.value(QStringLiteral("additionalProperties")), QJsonValue(false));
    QVERIFY(props.value(QStringLiteral("either")).toObject().contains(QStringLiteral("anyOf"))
            || props.value(QStringLiteral("either")).toObject().value(QStringLiteral("anyOf")).isArray());
    QCOMPARE(strict.value(QStringLiteral("$defs")).toObject().value(QStringLiteral("N")).toObject().value(QStringLiteral("additionalProperties")),
             QJsonValue(false));
    QVERIFY2(notes.contains(QStringLiteral("properties.q.minLength: dropped (strict mode refuses it)")), qPrintable(notes.join(QLatin1Char('\n'))));
    // strict already: unchanged
    QCOMPARE(toOpenAiStrictSchema(strict), strict);
}

QTEST_GUILESS_MAIN(TestGeminiCodec)
#include "tst_geminicodec.moc"
