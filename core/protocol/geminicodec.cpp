#include "protocol/geminicodec.h"

#include "protocol/geminischema.h"
#include "protocol/jsonutil.h"
#include "protocol/sse.h"

#include <utility>

namespace sb::protocol {

using namespace detail;

namespace {

// Reasoning parts that came from Gemini carry this id, so that only they are sent back to Gemini.
const QString &geminiOrigin()
{
    static const QString origin = QStringLiteral("gemini");
    return origin;
}

// The REST API accepts lowerCamelCase and snake_case field names.
QJsonValue field(const QJsonObject &o, const char *camel, const char *snake)
{
    const QJsonValue v = o.value(QLatin1String(camel));
    return v.isUndefined() ? o.value(QLatin1String(snake)) : v;
}

FinishReason finishFromWire(const QString &s, bool calledTools)
{
    if (s == QLatin1String("MAX_TOKENS"))
        return FinishReason::Length;
    if (s == QLatin1String("SAFETY") || s == QLatin1String("RECITATION") || s == QLatin1String("BLOCKLIST")
        || s == QLatin1String("PROHIBITED_CONTENT") || s == QLatin1String("SPII") || s == QLatin1String("IMAGE_SAFETY"))
        return FinishReason::ContentFilter;
    if (s == QLatin1String("MALFORMED_FUNCTION_CALL"))
        return FinishReason::Error;
    return calledTools ? FinishReason::ToolCalls : FinishReason::Stop;
}

QString finishToWire(FinishReason r)
{
    switch (r) {
    case FinishReason::Length: return QStringLiteral("MAX_TOKENS");
    case FinishReason::ContentFilter: return QStringLiteral("SAFETY");
    case FinishReason::Error: return QStringLiteral("OTHER");
    case FinishReason::Stop:
    case FinishReason::ToolCalls: break;
    }
    return QStringLiteral("STOP");
}

Usage usageFromWire(const QJsonObject &u)
{
    Usage usage;
    const qint64 cached = u.value(QStringLiteral("cachedContentTokenCount")).toInteger();
    usage.cacheReadTokens = cached;
    usage.inputTokens = std::max<qint64>(0, u.value(QStringLiteral("promptTokenCount")).toInteger() - cached);
    usage.reasoningTokens = u.value(QStringLiteral("thoughtsTokenCount")).toInteger();
    usage.outputTokens = u.value(QStringLiteral("candidatesTokenCount")).toInteger() + usage.reasoningTokens;
    return usage;
}

QJsonObject usageToWire(const Usage &u)
{
    QJsonObject o{{QStringLiteral("promptTokenCount"), u.totalInputTokens()},
                  {QStringLiteral("candidatesTokenCount"), u.outputTokens - u.reasoningTokens},
                  {QStringLiteral("totalTokenCount"), u.totalInputTokens() + u.outputTokens}};
    if (u.cacheReadTokens)
        o.insert(QStringLiteral("cachedContentTokenCount"), u.cacheReadTokens);
    if (u.reasoningTokens)
        o.insert(QStringLiteral("thoughtsTokenCount"), u.reasoningTokens);
    return o;
}

struct StatusKind {
    const char *status;
    ApiError::Kind kind;
    int code;
};

constexpr StatusKind kStatuses[] = {
    {"INVALID_ARGUMENT", ApiError::Kind::InvalidRequest, 400},
    {"FAILED_PRECONDITION", ApiError::Kind::InvalidRequest, 400},
    {"OUT_OF_RANGE", ApiError::Kind::InvalidRequest, 400},
    {"UNAUTHENTICATED", ApiError::Kind::Auth, 401},
    {"PERMISSION_DENIED", ApiError::Kind::Permission, 403},
    {"NOT_FOUND", ApiError::Kind::NotFound, 404},
    {"RESOURCE_EXHAUSTED", ApiError::Kind::RateLimited, 429},
    {"CANCELLED", ApiError::Kind::Cancelled, 499},
    {"INTERNAL", ApiError::Kind::Server, 500},
    {"UNKNOWN", ApiError::Kind::Server, 500},
    {"UNAVAILABLE", ApiError::Kind::Overloaded, 503},
    {"DEADLINE_EXCEEDED", ApiError::Kind::Timeout, 504},
};

ApiError errorFromObject(int httpStatus, const QJsonObject &err)
{
    const QString status = err.value(QStringLiteral("status")).toString();
    const QString message = err.value(QStringLiteral("message")).toString();
    const int code = httpStatus ? httpStatus : err.value(QStringLiteral("code")).toInt();
    ApiError e = ApiError::make(code ? ApiError::kindForStatus(code) : ApiError::Kind::Server, message, code);
    for (const StatusKind &sk : kStatuses) {
        if (status == QLatin1String(sk.status))
            e.kind = sk.kind;
    }
    if (e.kind == ApiError::Kind::InvalidRequest && message.contains(QLatin1String("API key not valid")))
        e.kind = ApiError::Kind::Auth;
    if (e.kind == ApiError::Kind::InvalidRequest || e.kind == ApiError::Kind::RateLimited)
        e.kind = refineKind(e.kind, {}, message);
    return e;
}

QJsonObject errorToWire(const ApiError &e)
{
    QString status = QStringLiteral("INTERNAL");
    switch (e.kind) {
    case ApiError::Kind::Auth: status = QStringLiteral("UNAUTHENTICATED"); break;
    case ApiError::Kind::Permission: status = QStringLiteral("PERMISSION_DENIED"); break;
    case ApiError::Kind::NotFound: status = QStringLiteral("NOT_FOUND"); break;
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::BudgetExceeded: status = QStringLiteral("RESOURCE_EXHAUSTED"); break;
    case ApiError::Kind::Overloaded: status = QStringLiteral("UNAVAILABLE"); break;
    case ApiError::Kind::ContextLength:
    case ApiError::Kind::ContentFilter:
    case ApiError::Kind::InvalidRequest: status = QStringLiteral("INVALID_ARGUMENT"); break;
    case ApiError::Kind::Timeout: status = QStringLiteral("DEADLINE_EXCEEDED"); break;
    case ApiError::Kind::Cancelled: status = QStringLiteral("CANCELLED"); break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Server: break;
    }
    const bool worded = e.kind == ApiError::Kind::ContextLength || e.kind == ApiError::Kind::ContentFilter
        || e.kind == ApiError::Kind::BudgetExceeded;
    const QString message = worded ? messageWithKindWording(e) : e.message;
    return QJsonObject{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), e.statusForResponse()}, {QStringLiteral("message"), message}, {QStringLiteral("status"), status}}}};
}

// ---------------------------------------------------------------------------- parts

// fileData needs a MIME type; URLs of images often come without one.
QString mediaTypeOf(const ContentPart &p)
{
    if (!p.mediaType.isEmpty())
        return p.mediaType;
    const QString path = p.url.section(QLatin1Char('?'), 0, 0).toLower();
    if (path.endsWith(QLatin1String(".png")))
        return QStringLiteral("image/png");
    if (path.endsWith(QLatin1String(".gif")))
        return QStringLiteral("image/gif");
    if (path.endsWith(QLatin1String(".webp")))
        return QStringLiteral("image/webp");
    if (path.endsWith(QLatin1String(".pdf")))
        return QStringLiteral("application/pdf");
    return p.type == ContentPart::Type::Image ? QStringLiteral("image/jpeg") : QStringLiteral("application/octet-stream");
}

// A client's JSON Schema for parametersJsonSchema/responseJsonSchema: as written, without the "$schema"
// dialect marker (metadata Gemini has no use for).
QJsonObject jsonSchemaForGemini(QJsonObject schema)
{
    schema.remove(QStringLiteral("$schema"));
    return schema;
}

QJsonObject functionCallPart(const ToolCall &c)
{
    QJsonObject fc{{QStringLiteral("name"), c.name}, {QStringLiteral("args"), argumentsObject(c.arguments)}};
    if (!c.id.isEmpty())
        fc.insert(QStringLiteral("id"), c.id);
    QJsonObject part{{QStringLiteral("functionCall"), fc}};
    if (!c.signature.isEmpty())
        part.insert(QStringLiteral("thoughtSignature"), c.signature);
    return part;
}

// Gemini 3 refuses a replayed step whose first functionCall has no thoughtSignature. History it did not
// write (another model's turn, a conversation switched to Gemini 3, an id from a client that lost the
// signature) gets Google's documented value that skips the check, instead of a 400.
void signFirstCall(QJsonArray &parts)
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QJsonObject part = parts.at(i).toObject();
        if (!part.contains(QStringLiteral("functionCall")))
            continue;
        if (!part.contains(QStringLiteral("thoughtSignature"))) {
            qCDebug(lcProtocol) << "gemini: no thought signature for the call of"
                                << part.value(QStringLiteral("functionCall")).toObject().value(QStringLiteral("name")).toString()
                                << "- sending the placeholder that skips the check";
            part.insert(QStringLiteral("thoughtSignature"), QStringLiteral("skip_thought_signature_validator"));
            parts.replace(i, part);
        }
        return;
    }
}

QJsonArray partsToWire(const Message &m, bool upstream)
{
    QJsonArray parts;
    for (const ContentPart &p : m.content) {
        switch (p.type) {
        case ContentPart::Type::Text: parts.append(QJsonObject{{QStringLiteral("text"), p.text}}); break;
        case ContentPart::Type::Image:
        case ContentPart::Type::Document:
            if (!p.data.isEmpty())
                parts.append(
                    QJsonObject{{QStringLiteral("inlineData"),
                                 QJsonObject{{QStringLiteral("mimeType"), p.mediaType}, {QStringLiteral("data"), QString::fromLatin1(p.data)}}}});
            else if (!p.url.isEmpty())
                parts.append(QJsonObject{
                    {QStringLiteral("fileData"), QJsonObject{{QStringLiteral("mimeType"), mediaTypeOf(p)}, {QStringLiteral("fileUri"), p.url}}}});
            else
                parts.append(QJsonObject{{QStringLiteral("text"), p.text}});
            break;
        case ContentPart::Type::Reasoning: {
            if (p.redacted || (upstream && p.id != geminiOrigin()))
                break;
            QJsonObject part{{QStringLiteral("text"), p.text}, {QStringLiteral("thought"), true}};
            if (!p.signature.isEmpty())
                part.insert(QStringLiteral("thoughtSignature"), p.signature);
            parts.append(part);
            break;
        }
        }
    }
    for (const ToolCall &c : m.toolCalls)
        parts.append(functionCallPart(c));
    return parts;
}

QJsonObject functionResponsePart(const Message &m, const QString &name)
{
    const QString text = m.text();
    QJsonObject response = argumentsObject(text);
    if (response.isEmpty() && text.trimmed() != QLatin1String("{}"))
        response = QJsonObject{{QStringLiteral("result"), text}};
    QJsonObject fr{{QStringLiteral("name"), name}, {QStringLiteral("response"), response}};
    if (!m.toolCallId.isEmpty())
        fr.insert(QStringLiteral("id"), m.toolCallId);
    return QJsonObject{{QStringLiteral("functionResponse"), fr}};
}

QString functionResponseText(const QJsonObject &response)
{
    if (response.size() == 1 && response.value(QStringLiteral("result")).isString())
        return response.value(QStringLiteral("result")).toString();
    return QString::fromUtf8(compact(response));
}

// Reads one content's parts; calls get ids (Gemini may omit them) and results are paired by name.
struct PartReader {
    QList<ToolCall> pending; // calls without a result yet
    int generated = 0;

    Result<QList<Message>> read(const QJsonObject &content, const QString &where)
    {
        const QString role = content.value(QStringLiteral("role")).toString();
        const bool model = role == QLatin1String("model");
        if (!model && role != QLatin1String("user") && role != QLatin1String("function") && !role.isEmpty())
            return invalidRequest(QStringLiteral("%1.role must be \"user\" or \"model\"").arg(where));
        QList<Message> out;
        Message current{model ? Role::Assistant : Role::User, {}, {}, {}, {}, false};
        const QJsonArray parts = content.value(QStringLiteral("parts")).toArray();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString pw = QStringLiteral("%1.parts[%2]").arg(where).arg(i);
            const QJsonObject p = parts.at(i).toObject();
            const QString signature = field(p, "thoughtSignature", "thought_signature").toString();
            const QJsonObject call = field(p, "functionCall", "function_call").toObject();
            const QJsonObject result = field(p, "functionResponse", "function_response").toObject();
            const QJsonObject inline_ = field(p, "inlineData", "inline_data").toObject();
            const QJsonObject file = field(p, "fileData", "file_data").toObject();
            if (!call.isEmpty()) {
                ToolCall c{call.value(QStringLiteral("id")).toString(),
                           call.value(QStringLiteral("name")).toString(),
                           argumentsText(call.value(QStringLiteral("args"))),
                           signature,
                           {}};
                if (c.id.isEmpty())
                    c.id = QStringLiteral("call_%1").arg(++generated);
                if (c.name.isEmpty())
                    return invalidRequest(pw + QStringLiteral(".functionCall.name is required"));
                current.role = Role::Assistant;
                current.toolCalls.append(c);
                pending.append(c);
            } else if (!result.isEmpty()) {
                Message m{Role::Tool, {}, {}, result.value(QStringLiteral("id")).toString(), result.value(QStringLiteral("name")).toString(), false};
                for (qsizetype k = 0; k < pending.size(); ++k) {
                    if ((!m.toolCallId.isEmpty() && pending[k].id == m.toolCallId) || (m.toolCallId.isEmpty() && pending[k].name == m.name)) {
                        m.toolCallId = pending[k].id;
                        pending.removeAt(k);
                        break;
                    }
                }
                if (m.toolCallId.isEmpty())
                    m.toolCallId = QStringLiteral("call_%1").arg(++generated);
                m.content.append(ContentPart::makeText(functionResponseText(result.value(QStringLiteral("response")).toObject())));
                out.append(m);
            } else if (!inline_.isEmpty() || !file.isEmpty()) {
                ContentPart part;
                const QString mime = inline_.isEmpty() ? field(file, "mimeType", "mime_type").toString()
                                                       : field(inline_, "mimeType", "mime_type").toString();
                part.type = mime.startsWith(QLatin1String("image/")) ? ContentPart::Type::Image : ContentPart::Type::Document;
                part.mediaType = mime;
                if (!inline_.isEmpty())
                    part.data = inline_.value(QStringLiteral("data")).toString().toLatin1();
                else
                    part.url = field(file, "fileUri", "file_uri").toString();
                current.content.append(part);
            } else if (p.value(QStringLiteral("text")).isString()) {
                const QString text = p.value(QStringLiteral("text")).toString();
                if (p.value(QStringLiteral("thought")).toBool() || (!signature.isEmpty() && text.isEmpty())) {
                    ContentPart r = ContentPart::makeReasoning(text, signature);
                    r.id = geminiOrigin();
                    current.content.append(r);
                } else {
                    if (!signature.isEmpty()) {
                        ContentPart r = ContentPart::makeReasoning({}, signature);
                        r.id = geminiOrigin();
                        current.content.append(r);
                    }
                    current.content.append(ContentPart::makeText(text));
                }
            } else {
                return invalidRequest(pw + QStringLiteral(" has no supported field (text, inlineData, fileData, functionCall, functionResponse)"));
            }
        }
        if (!current.content.isEmpty() || !current.toolCalls.isEmpty())
            out.prepend(current);
        return out;
    }
};

Result<ChatRequest> requestFromWire(const QJsonObject &o, const RequestContext &context)
{
    ChatRequest r;
    r.model = context.model;
    if (r.model.startsWith(QLatin1String("models/")))
        r.model.remove(0, 7);
    if (r.model.isEmpty())
        return invalidRequest(QStringLiteral("the model is missing from the URL (models/{model}:generateContent)"));
    r.stream = context.stream;
    const QJsonValue contents = o.value(QStringLiteral("contents"));
    if (!contents.isArray() || contents.toArray().isEmpty())
        return invalidRequest(QStringLiteral("contents must be a non-empty array"));
    PartReader reader;
    const QJsonArray arr = contents.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject())
            return invalidRequest(QStringLiteral("contents[%1] must be an object").arg(i));
        auto msgs = reader.read(arr.at(i).toObject(), QStringLiteral("contents[%1]").arg(i));
        if (!msgs)
            return msgs.error();
        r.messages += msgs.value();
    }
    const QJsonObject sys = field(o, "systemInstruction", "system_instruction").toObject();
    for (const QJsonValue &p : sys.value(QStringLiteral("parts")).toArray())
        r.system += p.toObject().value(QStringLiteral("text")).toString();
    for (const QJsonValue &tv : o.value(QStringLiteral("tools")).toArray()) {
        const QJsonObject t = tv.toObject();
        const QJsonArray decls = field(t, "functionDeclarations", "function_declarations").toArray();
        if (decls.isEmpty()) {
            QJsonArray kept = r.extras.value(QStringLiteral("tools")).toArray();
            kept.append(t); // googleSearch, codeExecution, ...
            r.extras.insert(QStringLiteral("tools"), kept);
        }
        for (const QJsonValue &dv : decls) {
            const QJsonObject d = dv.toObject();
            if (d.value(QStringLiteral("name")).toString().isEmpty())
                return invalidRequest(QStringLiteral("tools[].functionDeclarations[].name is required"));
            QJsonObject params = d.value(QStringLiteral("parameters")).toObject();
            if (params.isEmpty())
                params = field(d, "parametersJsonSchema", "parameters_json_schema").toObject();
            r.tools.append(ToolDef{d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("description")).toString(), params});
        }
    }
    const QJsonObject fcc = field(field(o, "toolConfig", "tool_config").toObject(), "functionCallingConfig", "function_calling_config").toObject();
    if (!fcc.isEmpty()) {
        const QString mode = fcc.value(QStringLiteral("mode")).toString();
        const QJsonArray allowed = field(fcc, "allowedFunctionNames", "allowed_function_names").toArray();
        if (mode == QLatin1String("NONE"))
            r.toolChoice = ToolChoice{ToolChoice::Mode::None, {}};
        else if (mode == QLatin1String("ANY") && allowed.size() == 1)
            r.toolChoice = ToolChoice{ToolChoice::Mode::Specific, allowed.at(0).toString()};
        else if (mode == QLatin1String("ANY"))
            r.toolChoice = ToolChoice{ToolChoice::Mode::Required, {}};
        else
            r.toolChoice = ToolChoice{ToolChoice::Mode::Auto, {}};
    }
    const QJsonObject gc = field(o, "generationConfig", "generation_config").toObject();
    r.temperature = optDouble(gc, QStringLiteral("temperature"));
    r.topP = optDouble(gc, QStringLiteral("topP"));
    if (!r.topP)
        r.topP = optDouble(gc, QStringLiteral("top_p"));
    const QJsonValue maxOut = field(gc, "maxOutputTokens", "max_output_tokens");
    if (maxOut.isDouble())
        r.maxTokens = maxOut.toInt();
    for (const QJsonValue &s : field(gc, "stopSequences", "stop_sequences").toArray())
        r.stop.append(s.toString());
    if (gc.value(QStringLiteral("seed")).isDouble())
        r.seed = gc.value(QStringLiteral("seed")).toInteger();
    const QString mime = field(gc, "responseMimeType", "response_mime_type").toString();
    QJsonObject schema = field(gc, "responseJsonSchema", "response_json_schema").toObject();
    if (schema.isEmpty())
        schema = field(gc, "responseSchema", "response_schema").toObject();
    if (!schema.isEmpty())
        r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonSchema, {}, schema, false};
    else if (mime == QLatin1String("application/json"))
        r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonObject, {}, {}, false};
    const QJsonObject thinking = field(gc, "thinkingConfig", "thinking_config").toObject();
    const QJsonValue budget = field(thinking, "thinkingBudget", "thinking_budget");
    if (budget.isDouble() && budget.toInt() > 0)
        r.reasoningBudget = budget.toInt();
    r.reasoningEffort = field(thinking, "thinkingLevel", "thinking_level").toString().toLower();
    static const QStringList known{
        QStringLiteral("contents"),   QStringLiteral("systemInstruction"), QStringLiteral("system_instruction"), QStringLiteral("tools"),
        QStringLiteral("toolConfig"), QStringLiteral("tool_config"),       QStringLiteral("generationConfig"),   QStringLiteral("generation_config")};
    collectExtras(r, o, known, Dialect::Gemini);
    return r;
}

// The response JSON for a whole message or one stream frame.
QJsonObject responseFrame(const QJsonArray &parts, const QString &finish, const std::optional<Usage> &usage, const QString &model, const QString &id)
{
    QJsonObject candidate{
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("parts"), parts}, {QStringLiteral("role"), QStringLiteral("model")}}},
        {QStringLiteral("index"), 0}};
    if (!finish.isEmpty())
        candidate.insert(QStringLiteral("finishReason"), finish);
    QJsonObject o{{QStringLiteral("candidates"), QJsonArray{candidate}}};
    if (usage)
        o.insert(QStringLiteral("usageMetadata"), usageToWire(*usage));
    if (!model.isEmpty())
        o.insert(QStringLiteral("modelVersion"), model);
    if (!id.isEmpty())
        o.insert(QStringLiteral("responseId"), id);
    return o;
}

// ---------------------------------------------------------------------------- streams

class Decoder final : public SseDecoderBase
{
protected:
    void onPayload(const QJsonObject &payload, const QString &, QList<StreamEvent> &out) override
    {
        const QJsonObject *frame = &payload;
        if (frame->value(QStringLiteral("error")).isObject()) {
            push(out, StreamEvent::errorEvent(errorFromObject(0, frame->value(QStringLiteral("error")).toObject())));
            return;
        }
        if (!m_started) {
            m_started = true;
            m_responseId = frame->value(QStringLiteral("responseId")).toString();
            push(out, StreamEvent::messageStart(m_responseId, frame->value(QStringLiteral("modelVersion")).toString()));
        }
        const QJsonObject candidate = frame->value(QStringLiteral("candidates")).toArray().at(0).toObject();
        for (const QJsonValue &pv : candidate.value(QStringLiteral("content")).toObject().value(QStringLiteral("parts")).toArray()) {
            const QJsonObject p = pv.toObject();
            const QString signature = p.value(QStringLiteral("thoughtSignature")).toString();
            const QJsonObject call = p.value(QStringLiteral("functionCall")).toObject();
            if (!call.isEmpty()) {
                const int index = m_calls++;
                QString id = call.value(QStringLiteral("id")).toString();
                if (id.isEmpty())
                    id = generatedCallId(m_responseId, index);
                StreamEvent start = StreamEvent::toolCallStart(index, id, call.value(QStringLiteral("name")).toString());
                start.signature = signature;
                push(out, start);
                push(out, StreamEvent::toolCallDelta(index, argumentsText(call.value(QStringLiteral("args")).toObject())));
                push(out, StreamEvent::toolCallEnd(index));
                continue;
            }
            const QString text = p.value(QStringLiteral("text")).toString();
            if (p.value(QStringLiteral("thought")).toBool()) {
                if (!text.isEmpty() || !signature.isEmpty())
                    push(out, reasoning(text, signature));
                continue;
            }
            if (!signature.isEmpty())
                push(out, reasoning({}, signature));
            if (!text.isEmpty())
                push(out, StreamEvent::textDelta(text));
        }
        if (frame->value(QStringLiteral("usageMetadata")).isObject())
            push(out, StreamEvent::usageEvent(usageFromWire(frame->value(QStringLiteral("usageMetadata")).toObject())));
        const QString reason = candidate.value(QStringLiteral("finishReason")).toString();
        const QString blocked = frame->value(QStringLiteral("promptFeedback")).toObject().value(QStringLiteral("blockReason")).toString();
        if (!reason.isEmpty())
            m_finish = finishFromWire(reason, m_calls > 0);
        else if (!blocked.isEmpty())
            m_finish = FinishReason::ContentFilter;
    }

    // Gemini streams have no end marker: the body ends after the frame with finishReason.
    void onEnd(QList<StreamEvent> &out) override
    {
        if (m_finish)
            push(out, StreamEvent::finish(*m_finish));
        else
            SseDecoderBase::onEnd(out);
    }

private:
    static StreamEvent reasoning(const QString &text, const QString &signature)
    {
        StreamEvent e = StreamEvent::reasoningDelta(text, signature);
        e.id = geminiOrigin();
        return e;
    }

    bool m_started = false;
    QString m_responseId;
    int m_calls = 0;
    std::optional<FinishReason> m_finish;
};

// Frames for alt=sse, or the elements of one JSON array (the stream without alt=sse).
class Encoder final : public StreamEncoder
{
public:
    explicit Encoder(bool jsonArray = false, bool continued = false)
        : m_array(jsonArray)
    {
        if (continued)
            m_separator = QByteArrayLiteral(",\r\n");
    }

    QByteArray encode(const StreamEvent &e) override
    {
        if (m_done)
            return {};
        switch (e.type) {
        case StreamEvent::Type::MessageStart:
            m_id = e.id;
            m_model = e.model;
            return {};
        case StreamEvent::Type::TextDelta:
            if (e.text.isEmpty())
                return {};
            return frame(QJsonArray{QJsonObject{{QStringLiteral("text"), e.text}}});
        case StreamEvent::Type::ReasoningDelta: {
            if (e.redacted || (e.text.isEmpty() && e.signature.isEmpty()))
                return {};
            QJsonObject part{{QStringLiteral("text"), e.text}, {QStringLiteral("thought"), true}};
            if (!e.signature.isEmpty())
                part.insert(QStringLiteral("thoughtSignature"), e.signature);
            return frame(QJsonArray{part});
        }
        case StreamEvent::Type::ToolCallStart: m_calls.append(Pending{e.index, ToolCall{e.id, e.name, {}, e.signature, {}}}); return {};
        case StreamEvent::Type::ToolCallDelta:
            for (Pending &p : m_calls) {
                if (p.index == e.index)
                    p.call.arguments += e.text;
            }
            return {};
        case StreamEvent::Type::ToolCallEnd: {
            // function calls arrive whole in Gemini streams
            for (qsizetype i = 0; i < m_calls.size(); ++i) {
                if (m_calls[i].index == e.index) {
                    const ToolCall call = m_calls.takeAt(i).call;
                    return frame(QJsonArray{functionCallPart(call)});
                }
            }
            return {};
        }
        case StreamEvent::Type::Usage: m_usage = e.usage; return {};
        case StreamEvent::Type::Finish: return end(e.finishReason);
        case StreamEvent::Type::Error: m_done = true; return element(errorToWire(e.error)) + (m_array ? QByteArrayLiteral("]") : QByteArray());
        }
        return {};
    }

    QByteArray finish() override { return m_done ? QByteArray() : end(FinishReason::Stop); }

private:
    struct Pending {
        int index;
        ToolCall call;
    };

    // Every frame from the first usage on carries the usage so far, as Gemini's do: clients keep the last.
    QByteArray frame(const QJsonArray &parts, const QString &finish = {}) { return element(responseFrame(parts, finish, m_usage, m_model, m_id)); }

    QByteArray element(const QJsonObject &o)
    {
        if (!m_array)
            return SseWriter::frame(compact(o));
        return std::exchange(m_separator, QByteArrayLiteral(",\r\n")) + compact(o);
    }

    QByteArray end(FinishReason reason)
    {
        m_done = true;
        QJsonArray parts;
        for (const Pending &p : std::as_const(m_calls))
            parts.append(functionCallPart(p.call));
        m_calls.clear();
        if (parts.isEmpty())
            parts.append(QJsonObject{{QStringLiteral("text"), QString()}});
        return frame(parts, finishToWire(reason)) + (m_array ? QByteArrayLiteral("]") : QByteArray());
    }

    bool m_array = false;
    QByteArray m_separator = QByteArrayLiteral("[");
    QString m_id;
    QString m_model;
    QList<Pending> m_calls;
    std::optional<Usage> m_usage;
    bool m_done = false;
};

// ---------------------------------------------------------------------------- the codec

class GeminiCodec final : public Codec
{
public:
    Dialect dialect() const override { return Dialect::Gemini; }

    WireRequest encodeRequest(const ChatRequest &r) const override
    {
        QJsonObject body;
        QStringList notes;
        QJsonArray contents;
        QJsonArray results; // consecutive tool results go in one user content
        auto flushResults = [&] {
            if (!results.isEmpty())
                contents.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("parts"), results}});
            results = QJsonArray{};
        };
        QString system = r.system;
        for (const Message &m : r.messages) {
            if (m.role == Role::Tool) {
                QString name = m.name;
                for (const Message &prev : r.messages) {
                    for (const ToolCall &c : prev.toolCalls) {
                        if (name.isEmpty() && c.id == m.toolCallId)
                            name = c.name;
                    }
                }
                results.append(functionResponsePart(m, name));
                continue;
            }
            flushResults();
            if (m.role == Role::System) {
                system += (system.isEmpty() ? QString() : QStringLiteral("\n\n")) + m.text();
                continue;
            }
            QJsonArray parts = partsToWire(m, true);
            if (m.role == Role::Assistant && r.model.startsWith(QLatin1String("gemini-3")))
                signFirstCall(parts);
            if (!parts.isEmpty())
                contents.append(QJsonObject{{QStringLiteral("role"), m.role == Role::Assistant ? QStringLiteral("model") : QStringLiteral("user")},
                                            {QStringLiteral("parts"), parts}});
        }
        flushResults();
        body.insert(QStringLiteral("contents"), contents);
        if (!system.isEmpty())
            body.insert(QStringLiteral("systemInstruction"),
                        QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), system}}}}});
        // A Responses web_search becomes google_search. Gemini runs it beside function declarations from
        // Gemini 3 on; for older models only a request without functions gets it (else it is dropped).
        const bool googleSearch = r.extrasDialect != toString(dialect()) && asksForWebSearch(r) && geminiCanSearch(r);
        if (googleSearch && r.tools.isEmpty())
            body.insert(QStringLiteral("tools"), QJsonArray{QJsonObject{{QStringLiteral("google_search"), QJsonObject{}}}});
        if (!r.tools.isEmpty()) {
            QJsonArray decls;
            for (const ToolDef &t : r.tools) {
                QJsonObject d{{QStringLiteral("name"), t.name}};
                if (!t.description.isEmpty())
                    d.insert(QStringLiteral("description"), t.description);
                // JSON Schema as the client wrote it (parametersJsonSchema, Gemini 2.5 on) unless the
                // provider wants the OpenAPI subset, which refuses the whole request on any keyword it
                // does not know (oneOf, exclusiveMinimum, $ref, const, additionalProperties, ...)
                if (!t.parameters.isEmpty() && !t.parameters.value(QStringLiteral("properties")).toObject().isEmpty()) {
                    if (r.schemaSubset) {
                        QStringList changed;
                        d.insert(QStringLiteral("parameters"), toGeminiSchema(t.parameters, &changed));
                        for (const QString &c : std::as_const(changed))
                            notes << QStringLiteral("tools.%1.%2").arg(t.name, c);
                    } else
                        d.insert(QStringLiteral("parametersJsonSchema"), jsonSchemaForGemini(t.parameters));
                }
                decls.append(d);
            }
            QJsonArray tools = r.extrasDialect == toString(dialect()) ? r.extras.value(QStringLiteral("tools")).toArray() : QJsonArray{};
            tools.append(QJsonObject{{QStringLiteral("functionDeclarations"), decls}});
            if (googleSearch)
                tools.append(QJsonObject{{QStringLiteral("google_search"), QJsonObject{}}});
            body.insert(QStringLiteral("tools"), tools);
        }
        if (r.toolChoice) {
            QJsonObject fcc;
            switch (r.toolChoice->mode) {
            case ToolChoice::Mode::Auto: fcc.insert(QStringLiteral("mode"), QStringLiteral("AUTO")); break;
            case ToolChoice::Mode::None: fcc.insert(QStringLiteral("mode"), QStringLiteral("NONE")); break;
            case ToolChoice::Mode::Required: fcc.insert(QStringLiteral("mode"), QStringLiteral("ANY")); break;
            case ToolChoice::Mode::Specific:
                fcc.insert(QStringLiteral("mode"), QStringLiteral("ANY"));
                fcc.insert(QStringLiteral("allowedFunctionNames"), QJsonArray{r.toolChoice->name});
                break;
            }
            body.insert(QStringLiteral("toolConfig"), QJsonObject{{QStringLiteral("functionCallingConfig"), fcc}});
        }
        QJsonObject gc;
        if (r.temperature)
            gc.insert(QStringLiteral("temperature"), *r.temperature);
        if (r.topP)
            gc.insert(QStringLiteral("topP"), *r.topP);
        if (r.maxTokens)
            gc.insert(QStringLiteral("maxOutputTokens"), *r.maxTokens);
        if (!r.stop.isEmpty())
            gc.insert(QStringLiteral("stopSequences"), QJsonArray::fromStringList(r.stop));
        if (r.seed)
            gc.insert(QStringLiteral("seed"), *r.seed);
        if (r.responseFormat && r.responseFormat->type != ResponseFormat::Type::Text) {
            gc.insert(QStringLiteral("responseMimeType"), QStringLiteral("application/json"));
            if (r.responseFormat->type == ResponseFormat::Type::JsonSchema) {
                if (r.schemaSubset) {
                    QStringList changed;
                    gc.insert(QStringLiteral("responseSchema"), toGeminiSchema(r.responseFormat->schema, &changed));
                    for (const QString &c : std::as_const(changed))
                        notes << QStringLiteral("response_format.%1").arg(c);
                } else
                    gc.insert(QStringLiteral("responseJsonSchema"), jsonSchemaForGemini(r.responseFormat->schema));
            }
        }
        std::optional<int> budget = r.reasoningBudget;
        if (!budget && !r.reasoningEffort.isEmpty())
            budget = r.reasoningEffort == QLatin1String("none") ? 0 : budgetForEffort(r.reasoningEffort);
        if (budget)
            gc.insert(QStringLiteral("thinkingConfig"),
                      QJsonObject{{QStringLiteral("thinkingBudget"), *budget}, {QStringLiteral("includeThoughts"), *budget > 0}});
        if (!gc.isEmpty())
            body.insert(QStringLiteral("generationConfig"), gc);
        mergeExtras(body, r, dialect());
        QString model = r.model;
        if (model.startsWith(QLatin1String("models/")))
            model.remove(0, 7);
        const QString path = QStringLiteral("/v1beta/models/") + model
            + (r.stream ? QStringLiteral(":streamGenerateContent?alt=sse") : QStringLiteral(":generateContent"));
        return WireRequest{path, body, notes};
    }

    Result<ChatResponse> decodeResponse(const QByteArray &body) const override
    {
        auto parsed = parseUpstreamBody(body, QStringLiteral("GenerateContentResponse"));
        if (!parsed)
            return parsed.error();
        const QJsonObject &o = parsed.value();
        if (o.value(QStringLiteral("error")).isObject())
            return errorFromObject(0, o.value(QStringLiteral("error")).toObject());
        ChatResponse resp;
        resp.id = o.value(QStringLiteral("responseId")).toString();
        resp.model = o.value(QStringLiteral("modelVersion")).toString();
        const QJsonObject candidate = o.value(QStringLiteral("candidates")).toArray().at(0).toObject();
        PartReader reader;
        QJsonObject content = candidate.value(QStringLiteral("content")).toObject();
        content.insert(QStringLiteral("role"), QStringLiteral("model"));
        auto msgs = reader.read(content, QStringLiteral("candidates[0].content"));
        if (!msgs)
            return upstreamGarbage(msgs.error().message);
        int generated = 0;
        for (Message &m : msgs.value()) {
            for (ToolCall &c : m.toolCalls) {
                if (!c.id.startsWith(QLatin1String("call_")) || c.id.size() >= 10)
                    continue;
                // ids must be unique across the conversation: tie them to this response
                c.id = generatedCallId(resp.id, generated++);
            }
            resp.message.content += m.content;
            resp.message.toolCalls += m.toolCalls;
        }
        const QString reason = candidate.value(QStringLiteral("finishReason")).toString();
        if (candidate.isEmpty() && !o.value(QStringLiteral("promptFeedback")).toObject().value(QStringLiteral("blockReason")).toString().isEmpty())
            resp.finishReason = FinishReason::ContentFilter;
        else
            resp.finishReason = finishFromWire(reason, !resp.message.toolCalls.isEmpty());
        resp.usage = usageFromWire(o.value(QStringLiteral("usageMetadata")).toObject());
        return resp;
    }

    std::unique_ptr<StreamDecoder> streamDecoder() const override { return std::make_unique<Decoder>(); }

    ApiError decodeError(int httpStatus, const QByteArray &body, const QByteArray &retryAfter) const override
    {
        QByteArray trimmed = body.trimmed();
        auto o = parseObject(trimmed);
        if (!o && trimmed.startsWith('[')) { // streaming endpoints wrap errors in an array
            const QJsonArray arr = QJsonDocument::fromJson(trimmed).array();
            if (arr.size() == 1 && arr.at(0).isObject())
                o = arr.at(0).toObject();
        }
        ApiError e = o && o->value(QStringLiteral("error")).isObject()
            ? errorFromObject(httpStatus, o->value(QStringLiteral("error")).toObject())
            : ApiError::make(ApiError::kindForStatus(httpStatus), QString::fromUtf8(body.left(500)), httpStatus);
        e.retryAfter = parseRetryAfter(retryAfter);
        return e;
    }

    Result<ChatRequest> decodeRequest(const QByteArray &body, const RequestContext &context) const override
    {
        auto o = parseRequestBody(body);
        if (!o)
            return o.error();
        return requestFromWire(o.value(), context);
    }

    QByteArray encodeResponse(const ChatResponse &r) const override
    {
        return compact(responseFrame(partsToWire(r.message, false), finishToWire(r.finishReason), r.usage, r.model, r.id));
    }

    std::unique_ptr<StreamEncoder> streamEncoder() const override { return std::make_unique<Encoder>(); }

    QByteArray encodeError(const ApiError &error) const override { return compact(errorToWire(error)); }
};

} // namespace

std::unique_ptr<Codec> makeGeminiCodec()
{
    return std::make_unique<GeminiCodec>();
}

std::unique_ptr<StreamEncoder> makeGeminiJsonArrayEncoder(bool continued)
{
    return std::make_unique<Encoder>(true, continued);
}

} // namespace sb::protocol
