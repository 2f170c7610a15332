#include "protocol/anthropicmessagescodec.h"

#include "protocol/jsonscan.h"
#include "protocol/jsonutil.h"
#include "protocol/sse.h"

namespace sb::protocol {

using namespace detail;

namespace {

constexpr int kDefaultMaxTokens = 4096;

FinishReason finishFromWire(const QString &s)
{
    if (s == QLatin1String("max_tokens"))
        return FinishReason::Length;
    if (s == QLatin1String("tool_use"))
        return FinishReason::ToolCalls;
    if (s == QLatin1String("refusal"))
        return FinishReason::ContentFilter;
    return FinishReason::Stop; // end_turn, stop_sequence, pause_turn
}

QString finishToWire(FinishReason r)
{
    switch (r) {
    case FinishReason::Length: return QStringLiteral("max_tokens");
    case FinishReason::ToolCalls: return QStringLiteral("tool_use");
    case FinishReason::ContentFilter: return QStringLiteral("refusal");
    case FinishReason::Stop:
    case FinishReason::Error: break;
    }
    return QStringLiteral("end_turn");
}

// Merges the fields present in u into usage (stream events carry partial, cumulative counts).
void mergeUsage(Usage &usage, const QJsonObject &u)
{
    if (u.contains(QStringLiteral("input_tokens")))
        usage.inputTokens = u.value(QStringLiteral("input_tokens")).toInteger();
    if (u.contains(QStringLiteral("output_tokens")))
        usage.outputTokens = u.value(QStringLiteral("output_tokens")).toInteger();
    if (u.value(QStringLiteral("cache_read_input_tokens")).isDouble())
        usage.cacheReadTokens = u.value(QStringLiteral("cache_read_input_tokens")).toInteger();
    if (u.value(QStringLiteral("cache_creation_input_tokens")).isDouble())
        usage.cacheWriteTokens = u.value(QStringLiteral("cache_creation_input_tokens")).toInteger();
}

QJsonObject usageToWire(const Usage &u)
{
    return QJsonObject{{QStringLiteral("input_tokens"), u.inputTokens},
                       {QStringLiteral("cache_creation_input_tokens"), u.cacheWriteTokens},
                       {QStringLiteral("cache_read_input_tokens"), u.cacheReadTokens},
                       {QStringLiteral("output_tokens"), u.outputTokens}};
}

struct TypeKind {
    const char *type;
    ApiError::Kind kind;
    int status;
};

constexpr TypeKind kErrorTypes[] = {
    {"invalid_request_error", ApiError::Kind::InvalidRequest, 400},
    {"authentication_error", ApiError::Kind::Auth, 401},
    {"billing_error", ApiError::Kind::BudgetExceeded, 402},
    {"permission_error", ApiError::Kind::Permission, 403},
    {"not_found_error", ApiError::Kind::NotFound, 404},
    {"request_too_large", ApiError::Kind::InvalidRequest, 413},
    {"rate_limit_error", ApiError::Kind::RateLimited, 429},
    {"api_error", ApiError::Kind::Server, 500},
    {"timeout_error", ApiError::Kind::Timeout, 504},
    {"overloaded_error", ApiError::Kind::Overloaded, 529},
};

ApiError errorFromObject(int status, const QJsonObject &err)
{
    const QString type = err.value(QStringLiteral("type")).toString();
    const QString message = err.value(QStringLiteral("message")).toString();
    ApiError e = ApiError::make(status ? ApiError::kindForStatus(status) : ApiError::Kind::Server, message, status);
    for (const TypeKind &tk : kErrorTypes) {
        if (type == QLatin1String(tk.type)) {
            e.kind = tk.kind;
            if (!status)
                e.httpStatus = tk.status;
        }
    }
    if (e.kind == ApiError::Kind::InvalidRequest || e.kind == ApiError::Kind::Server)
        e.kind = refineKind(e.kind, {}, message);
    return e;
}

QString errorTypeFor(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::Auth: return QStringLiteral("authentication_error");
    case ApiError::Kind::Permission: return QStringLiteral("permission_error");
    case ApiError::Kind::NotFound: return QStringLiteral("not_found_error");
    case ApiError::Kind::RateLimited: return QStringLiteral("rate_limit_error");
    case ApiError::Kind::Overloaded: return QStringLiteral("overloaded_error");
    case ApiError::Kind::ContextLength:
    case ApiError::Kind::ContentFilter:
    case ApiError::Kind::InvalidRequest: return e.httpStatus == 413 ? QStringLiteral("request_too_large") : QStringLiteral("invalid_request_error");
    case ApiError::Kind::Timeout: return QStringLiteral("timeout_error");
    case ApiError::Kind::BudgetExceeded: return QStringLiteral("billing_error");
    case ApiError::Kind::Network:
    case ApiError::Kind::Server:
    case ApiError::Kind::Cancelled: break;
    }
    return QStringLiteral("api_error");
}

QJsonObject errorToWire(const ApiError &e)
{
    const bool worded = e.kind == ApiError::Kind::ContextLength || e.kind == ApiError::Kind::ContentFilter || e.kind == ApiError::Kind::Cancelled;
    const QString message = worded ? messageWithKindWording(e) : e.message;
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), errorTypeFor(e)}, {QStringLiteral("message"), message}}}};
}

// ---------------------------------------------------------------------------- content blocks

QJsonObject sourceFor(const ContentPart &p)
{
    if (!p.url.isEmpty())
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("url")}, {QStringLiteral("url"), p.url}};
    if (p.type == ContentPart::Type::Document && p.data.isEmpty())
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                           {QStringLiteral("media_type"), QStringLiteral("text/plain")},
                           {QStringLiteral("data"), p.text}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("base64")},
                       {QStringLiteral("media_type"), p.mediaType},
                       {QStringLiteral("data"), QString::fromLatin1(p.data)}};
}

// upstream: the blocks go to Anthropic (not to a client of ours).
QJsonArray blocksToWire(const QList<ContentPart> &parts, bool upstream)
{
    QJsonArray out;
    for (const ContentPart &p : parts) {
        switch (p.type) {
        case ContentPart::Type::Text:
            if (!p.text.isEmpty())
                out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), p.text}});
            break;
        case ContentPart::Type::Image:
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")}, {QStringLiteral("source"), sourceFor(p)}});
            break;
        case ContentPart::Type::Document: {
            QJsonObject d{{QStringLiteral("type"), QStringLiteral("document")}, {QStringLiteral("source"), sourceFor(p)}};
            if (!p.title.isEmpty())
                d.insert(QStringLiteral("title"), p.title);
            out.append(d);
            break;
        }
        case ContentPart::Type::Reasoning:
            // Thinking is sent back only when it came from Anthropic: signed, and without a Responses
            // or Gemini item id (their signatures do not verify here).
            if (p.redacted)
                out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("redacted_thinking")}, {QStringLiteral("data"), p.signature}});
            else if (upstream ? !p.signature.isEmpty() && p.id.isEmpty() : !p.signature.isEmpty() || !p.text.isEmpty())
                out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                       {QStringLiteral("thinking"), p.text},
                                       {QStringLiteral("signature"), p.signature}});
            break;
        }
    }
    return out;
}

QJsonArray assistantBlocks(const Message &m, bool upstream)
{
    QList<ContentPart> ordered;
    for (const ContentPart &p : m.content) {
        if (p.type == ContentPart::Type::Reasoning)
            ordered.append(p);
    }
    for (const ContentPart &p : m.content) {
        if (p.type != ContentPart::Type::Reasoning)
            ordered.append(p);
    }
    QJsonArray out = blocksToWire(ordered, upstream);
    for (const ToolCall &c : m.toolCalls) {
        out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                               {QStringLiteral("id"), c.id},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("input"), argumentsObject(c.arguments)}});
    }
    return out;
}

Result<ContentPart> partFromWire(const QJsonObject &b, const QString &where)
{
    const QString type = b.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("text")) {
        if (!b.value(QStringLiteral("text")).isString())
            return invalidRequest(where + QStringLiteral(".text must be a string"));
        return ContentPart::makeText(b.value(QStringLiteral("text")).toString());
    }
    if (type == QLatin1String("image") || type == QLatin1String("document")) {
        const QJsonObject src = b.value(QStringLiteral("source")).toObject();
        const QString st = src.value(QStringLiteral("type")).toString();
        ContentPart p;
        p.type = type == QLatin1String("image") ? ContentPart::Type::Image : ContentPart::Type::Document;
        p.title = b.value(QStringLiteral("title")).toString();
        if (st == QLatin1String("base64")) {
            p.data = src.value(QStringLiteral("data")).toString().toLatin1();
            p.mediaType = src.value(QStringLiteral("media_type")).toString();
            if (p.data.isEmpty() || p.mediaType.isEmpty())
                return invalidRequest(where + QStringLiteral(".source needs media_type and data"));
        } else if (st == QLatin1String("url")) {
            p.url = src.value(QStringLiteral("url")).toString();
            if (p.url.isEmpty())
                return invalidRequest(where + QStringLiteral(".source.url is required"));
        } else if (st == QLatin1String("text") && p.type == ContentPart::Type::Document) {
            p.text = src.value(QStringLiteral("data")).toString();
            p.mediaType = QStringLiteral("text/plain");
        } else {
            return invalidRequest(QStringLiteral("%1.source.type \"%2\" is not supported").arg(where, st));
        }
        return p;
    }
    if (type == QLatin1String("thinking")) {
        return ContentPart::makeReasoning(b.value(QStringLiteral("thinking")).toString(), b.value(QStringLiteral("signature")).toString());
    }
    if (type == QLatin1String("redacted_thinking")) {
        ContentPart p = ContentPart::makeReasoning({}, b.value(QStringLiteral("data")).toString());
        p.redacted = true;
        return p;
    }
    return invalidRequest(QStringLiteral("%1.type \"%2\" is not supported").arg(where, type));
}

// Anthropic puts tool results in user messages; canonical messages have a Tool message for each.
Result<QList<Message>> messagesFromWire(const QJsonObject &m, const QString &where)
{
    QList<Message> out;
    const QString role = m.value(QStringLiteral("role")).toString();
    const QJsonValue content = m.value(QStringLiteral("content"));
    // Claude Code (since its mid-conversation-tool-changes beta) sends its environment block as a
    // system message inside `messages`. The canonical form keeps it in place as a System message:
    // OpenAI, Responses and Ollama upstreams take it where it stands, while Anthropic (encoder) and
    // Gemini fold it into their top-level system text, which every model version accepts.
    if (role == QLatin1String("system")) {
        Message sys;
        sys.role = Role::System;
        if (content.isString()) {
            sys.content.append(ContentPart::makeText(content.toString()));
        } else if (content.isArray()) {
            const QJsonArray blocks = content.toArray();
            for (qsizetype i = 0; i < blocks.size(); ++i) {
                const QJsonObject b = blocks.at(i).toObject();
                if (b.value(QStringLiteral("type")).toString() != QLatin1String("text"))
                    return invalidRequest(QStringLiteral("%1.content[%2]: system messages hold text blocks only").arg(where).arg(i));
                sys.content.append(ContentPart::makeText(b.value(QStringLiteral("text")).toString()));
            }
        } else {
            return invalidRequest(where + QStringLiteral(".content must be a string or an array of text blocks"));
        }
        out.append(sys);
        return out;
    }
    if (role != QLatin1String("user") && role != QLatin1String("assistant"))
        return invalidRequest(QStringLiteral("%1.role must be \"user\", \"assistant\" or \"system\"").arg(where));
    const bool assistant = role == QLatin1String("assistant");
    Message current;
    current.role = assistant ? Role::Assistant : Role::User;
    if (content.isString()) {
        current.content.append(ContentPart::makeText(content.toString()));
        out.append(current);
        return out;
    }
    if (!content.isArray())
        return invalidRequest(where + QStringLiteral(".content must be a string or an array of content blocks"));
    const QJsonArray blocks = content.toArray();
    auto flush = [&] {
        if (!current.content.isEmpty() || !current.toolCalls.isEmpty())
            out.append(current);
        current.content.clear();
        current.toolCalls.clear();
    };
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString bw = QStringLiteral("%1.content[%2]").arg(where).arg(i);
        const QJsonObject b = blocks.at(i).toObject();
        const QString type = b.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("tool_use")) {
            if (!assistant)
                return invalidRequest(bw + QStringLiteral(": tool_use blocks belong in assistant messages"));
            ToolCall c{b.value(QStringLiteral("id")).toString(),
                       b.value(QStringLiteral("name")).toString(),
                       argumentsText(b.value(QStringLiteral("input"))),
                       {},
                       {}};
            if (c.id.isEmpty() || c.name.isEmpty())
                return invalidRequest(bw + QStringLiteral(" needs an id and a name"));
            current.toolCalls.append(c);
            continue;
        }
        if (type == QLatin1String("tool_result")) {
            if (assistant)
                return invalidRequest(bw + QStringLiteral(": tool_result blocks belong in user messages"));
            flush();
            Message result;
            result.role = Role::Tool;
            result.toolCallId = b.value(QStringLiteral("tool_use_id")).toString();
            if (result.toolCallId.isEmpty())
                return invalidRequest(bw + QStringLiteral(".tool_use_id is required"));
            result.isError = b.value(QStringLiteral("is_error")).toBool();
            const QJsonValue rc = b.value(QStringLiteral("content"));
            if (rc.isString()) {
                result.content.append(ContentPart::makeText(rc.toString()));
            } else {
                const QJsonArray parts = rc.toArray();
                for (qsizetype j = 0; j < parts.size(); ++j) {
                    auto p = partFromWire(parts.at(j).toObject(), QStringLiteral("%1.content[%2]").arg(bw).arg(j));
                    if (!p)
                        return p.error();
                    result.content.append(std::move(p).value());
                }
            }
            out.append(result);
            continue;
        }
        auto p = partFromWire(b, bw);
        if (!p)
            return p.error();
        current.content.append(std::move(p).value());
    }
    flush();
    if (out.isEmpty() && assistant)
        out.append(current); // an empty assistant turn (prefill)
    return out;
}

Result<ChatRequest> requestFromWire(const QJsonObject &o)
{
    ChatRequest r;
    FieldReader fields;
    r.model = fields.string(o, QStringLiteral("model"), true);
    if (fields.hasError())
        return invalidRequest(fields.error());
    const QJsonValue sys = o.value(QStringLiteral("system"));
    if (sys.isString()) {
        r.system = sys.toString();
    } else if (sys.isArray()) {
        QStringList texts;
        for (const QJsonValue &b : sys.toArray()) {
            if (b.toObject().value(QStringLiteral("type")).toString() != QLatin1String("text"))
                return invalidRequest(QStringLiteral("system blocks must be text blocks"));
            texts.append(b.toObject().value(QStringLiteral("text")).toString());
        }
        r.system = texts.join(QStringLiteral("\n\n"));
    } else if (!sys.isUndefined() && !sys.isNull()) {
        return invalidRequest(QStringLiteral("system must be a string or an array of text blocks"));
    }
    const QJsonValue msgs = o.value(QStringLiteral("messages"));
    if (!msgs.isArray() || msgs.toArray().isEmpty())
        return invalidRequest(QStringLiteral("messages must be a non-empty array"));
    const QJsonArray arr = msgs.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject())
            return invalidRequest(QStringLiteral("messages[%1] must be an object").arg(i));
        auto ms = messagesFromWire(arr.at(i).toObject(), QStringLiteral("messages[%1]").arg(i));
        if (!ms)
            return ms.error();
        r.messages.append(ms.value());
    }
    const QJsonValue maxTokens = o.value(QStringLiteral("max_tokens"));
    if (maxTokens.isDouble())
        r.maxTokens = maxTokens.toInt();
    else if (!maxTokens.isUndefined())
        return invalidRequest(QStringLiteral("max_tokens must be a number"));
    const QJsonArray tools = o.value(QStringLiteral("tools")).toArray();
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QJsonObject t = tools.at(i).toObject();
        const QString name = t.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return invalidRequest(QStringLiteral("tools[%1].name is required").arg(i));
        if (t.contains(QStringLiteral("type")) && t.value(QStringLiteral("type")).toString() != QLatin1String("custom")) {
            // server tools (web_search, ...) are not modelled: keep them for same-dialect upstreams
            QJsonArray kept = r.extras.value(QStringLiteral("tools")).toArray();
            kept.append(t);
            r.extras.insert(QStringLiteral("tools"), kept);
            continue;
        }
        r.tools.append(ToolDef{name, t.value(QStringLiteral("description")).toString(), t.value(QStringLiteral("input_schema")).toObject()});
    }
    const QJsonObject tc = o.value(QStringLiteral("tool_choice")).toObject();
    if (!tc.isEmpty()) {
        const QString type = tc.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("auto"))
            r.toolChoice = ToolChoice{ToolChoice::Mode::Auto, {}};
        else if (type == QLatin1String("any"))
            r.toolChoice = ToolChoice{ToolChoice::Mode::Required, {}};
        else if (type == QLatin1String("none"))
            r.toolChoice = ToolChoice{ToolChoice::Mode::None, {}};
        else if (type == QLatin1String("tool") && !tc.value(QStringLiteral("name")).toString().isEmpty())
            r.toolChoice = ToolChoice{ToolChoice::Mode::Specific, tc.value(QStringLiteral("name")).toString()};
        else
            return invalidRequest(QStringLiteral("tool_choice.type must be auto, any, none, or tool with a name"));
    }
    // What current Claude Code sends besides messages and tools, and where it goes:
    //  - thinking {type: enabled, budget_tokens} -> reasoningBudget (OpenAI/Responses/Ollama: reasoning
    //    effort, Gemini: thinkingBudget); {type: adaptive} -> reasoning effort from output_config.effort
    //    (default medium). Any other shape or field (display) also goes to Anthropic upstreams verbatim.
    //  - output_config, context_management, metadata (user_id), cache_control on blocks: Anthropic-only
    //    features with no counterpart elsewhere: kept for Anthropic upstreams (extras), dropped for the
    //    others, which cache by prefix on their own. metadata.user_id is a device id: it never leaves
    //    for another vendor.
    //  - the anthropic-version and anthropic-beta headers and ?beta=true: the proxy forwards the headers
    //    to Anthropic upstreams only (proxyworker); the query is not needed to reach the same API.
    const QJsonObject thinking = o.value(QStringLiteral("thinking")).toObject();
    const QString thinkingType = thinking.value(QStringLiteral("type")).toString();
    if (thinkingType == QLatin1String("enabled"))
        r.reasoningBudget = thinking.value(QStringLiteral("budget_tokens")).toInt();
    else if (thinkingType == QLatin1String("adaptive")) {
        r.reasoningEffort = o.value(QStringLiteral("output_config")).toObject().value(QStringLiteral("effort")).toString(QStringLiteral("medium"));
        if (r.reasoningEffort == QLatin1String("max")) // Anthropic's top level; the others stop at high
            r.reasoningEffort = QStringLiteral("high");
    }
    const bool plainThinking = thinkingType == QLatin1String("enabled") && thinking.size() == 2 && thinking.contains(QStringLiteral("budget_tokens"));
    r.temperature = optDouble(o, QStringLiteral("temperature"));
    r.topP = optDouble(o, QStringLiteral("top_p"));
    for (const QJsonValue &s : o.value(QStringLiteral("stop_sequences")).toArray())
        r.stop.append(s.toString());
    r.stream = o.value(QStringLiteral("stream")).toBool();
    static const QStringList known{QStringLiteral("model"),          QStringLiteral("system"),      QStringLiteral("messages"),
                                   QStringLiteral("max_tokens"),     QStringLiteral("tools"),       QStringLiteral("tool_choice"),
                                   QStringLiteral("thinking"),       QStringLiteral("temperature"), QStringLiteral("top_p"),
                                   QStringLiteral("stop_sequences"), QStringLiteral("stream")};
    collectExtras(r, o, known, Dialect::AnthropicMessages);
    if (!thinking.isEmpty() && !plainThinking)
        r.extras.insert(QStringLiteral("thinking"), thinking);
    return r;
}

// ---------------------------------------------------------------------------- streams

class Decoder final : public SseDecoderBase
{
protected:
    void onPayload(const QJsonObject &p, const QString &type, QList<StreamEvent> &out) override
    {
        const QJsonObject *payload = &p;
        if (type == QLatin1String("message_start")) {
            const QJsonObject msg = payload->value(QStringLiteral("message")).toObject();
            push(out, StreamEvent::messageStart(msg.value(QStringLiteral("id")).toString(), msg.value(QStringLiteral("model")).toString()));
            mergeUsage(m_usage, msg.value(QStringLiteral("usage")).toObject());
            push(out, StreamEvent::usageEvent(m_usage));
        } else if (type == QLatin1String("content_block_start")) {
            const int block = payload->value(QStringLiteral("index")).toInt();
            const QJsonObject cb = payload->value(QStringLiteral("content_block")).toObject();
            const QString bt = cb.value(QStringLiteral("type")).toString();
            if (bt == QLatin1String("text")) {
                const QString text = cb.value(QStringLiteral("text")).toString();
                if (!text.isEmpty())
                    push(out, StreamEvent::textDelta(text));
            } else if (bt == QLatin1String("thinking")) {
                const QString text = cb.value(QStringLiteral("thinking")).toString();
                const QString sig = cb.value(QStringLiteral("signature")).toString();
                if (!text.isEmpty() || !sig.isEmpty())
                    push(out, StreamEvent::reasoningDelta(text, sig));
            } else if (bt == QLatin1String("redacted_thinking")) {
                StreamEvent e = StreamEvent::reasoningDelta({}, cb.value(QStringLiteral("data")).toString());
                e.redacted = true;
                push(out, e);
            } else if (bt == QLatin1String("tool_use")) {
                bool isNew = false;
                const int index = m_tools.indexFor(block, &isNew);
                if (isNew)
                    push(out,
                         StreamEvent::toolCallStart(index, cb.value(QStringLiteral("id")).toString(), cb.value(QStringLiteral("name")).toString()));
                const QJsonObject input = cb.value(QStringLiteral("input")).toObject();
                if (!input.isEmpty())
                    push(out, StreamEvent::toolCallDelta(index, QString::fromUtf8(compact(input))));
            }
        } else if (type == QLatin1String("content_block_delta")) {
            const int block = payload->value(QStringLiteral("index")).toInt();
            const QJsonObject d = payload->value(QStringLiteral("delta")).toObject();
            const QString dt = d.value(QStringLiteral("type")).toString();
            if (dt == QLatin1String("text_delta")) {
                const QString text = d.value(QStringLiteral("text")).toString();
                if (!text.isEmpty())
                    push(out, StreamEvent::textDelta(text));
            } else if (dt == QLatin1String("input_json_delta")) {
                const QString part = d.value(QStringLiteral("partial_json")).toString();
                if (const auto index = m_tools.find(block); index && !part.isEmpty())
                    push(out, StreamEvent::toolCallDelta(*index, part));
            } else if (dt == QLatin1String("thinking_delta")) {
                const QString text = d.value(QStringLiteral("thinking")).toString();
                if (!text.isEmpty())
                    push(out, StreamEvent::reasoningDelta(text));
            } else if (dt == QLatin1String("signature_delta")) {
                const QString sig = d.value(QStringLiteral("signature")).toString();
                if (!sig.isEmpty())
                    push(out, StreamEvent::reasoningDelta({}, sig));
            }
        } else if (type == QLatin1String("content_block_stop")) {
            m_tools.close(payload->value(QStringLiteral("index")).toInt(), out);
        } else if (type == QLatin1String("message_delta")) {
            const QJsonValue sr = payload->value(QStringLiteral("delta")).toObject().value(QStringLiteral("stop_reason"));
            if (sr.isString())
                m_finish = finishFromWire(sr.toString());
            mergeUsage(m_usage, payload->value(QStringLiteral("usage")).toObject());
            push(out, StreamEvent::usageEvent(m_usage));
        } else if (type == QLatin1String("message_stop")) {
            m_tools.closeAll(out);
            push(out, StreamEvent::finish(m_finish));
        } else if (type == QLatin1String("error")) {
            push(out, StreamEvent::errorEvent(errorFromObject(0, payload->value(QStringLiteral("error")).toObject())));
        }
        // ping and unknown events are ignored
    }

private:
    Usage m_usage;
    FinishReason m_finish = FinishReason::Stop;
    ToolIndexMap m_tools;
};

class Encoder final : public StreamEncoder
{
public:
    explicit Encoder(Codec::IdGenerator ids)
        : m_ids(std::move(ids))
    {
    }

    QByteArray encode(const StreamEvent &e) override
    {
        if (m_done)
            return {};
        QByteArray out;
        if (m_pendingStart && e.type != StreamEvent::Type::Usage)
            out += start();
        switch (e.type) {
        case StreamEvent::Type::MessageStart:
            m_id = e.id.isEmpty() ? m_ids(QStringLiteral("msg_")) : e.id;
            m_model = e.model;
            m_pendingStart = true;
            break;
        case StreamEvent::Type::Usage:
            m_usage = e.usage;
            if (m_pendingStart)
                out += start();
            break;
        case StreamEvent::Type::TextDelta:
            if (e.text.isEmpty())
                break;
            if (m_open != Block::Text)
                out += open(Block::Text, QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QString()}});
            out += delta(QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")}, {QStringLiteral("text"), e.text}});
            break;
        case StreamEvent::Type::ReasoningDelta:
            if (e.redacted) {
                out += open(Block::Redacted,
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("redacted_thinking")}, {QStringLiteral("data"), e.signature}});
                out += close();
                break;
            }
            if (m_open != Block::Thinking || (m_signed && !e.text.isEmpty())) {
                out += open(Block::Thinking,
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                        {QStringLiteral("thinking"), QString()},
                                        {QStringLiteral("signature"), QString()}});
                m_signed = false;
            }
            if (!e.text.isEmpty())
                out += delta(QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking_delta")}, {QStringLiteral("thinking"), e.text}});
            if (!e.signature.isEmpty()) {
                out += delta(QJsonObject{{QStringLiteral("type"), QStringLiteral("signature_delta")}, {QStringLiteral("signature"), e.signature}});
                m_signed = true;
            }
            break;
        case StreamEvent::Type::ToolCallStart:
            out += open(Block::Tool,
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                    {QStringLiteral("id"), e.id.isEmpty() ? m_ids(QStringLiteral("toolu_")) : e.id},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("input"), QJsonObject{}}});
            m_toolIndex = e.index;
            break;
        case StreamEvent::Type::ToolCallDelta:
            if (e.text.isEmpty())
                break;
            if (m_open == Block::Tool && m_toolIndex == e.index)
                out += delta(QJsonObject{{QStringLiteral("type"), QStringLiteral("input_json_delta")}, {QStringLiteral("partial_json"), e.text}});
            else
                qCWarning(lcProtocol) << "anthropic encoder: arguments for tool call" << e.index << "after its block closed were dropped";
            break;
        case StreamEvent::Type::ToolCallEnd:
            if (m_open == Block::Tool && m_toolIndex == e.index)
                out += close();
            break;
        case StreamEvent::Type::Finish: out += end(e.finishReason); break;
        case StreamEvent::Type::Error:
            m_done = true;
            out += SseWriter::frame(compact(errorToWire(e.error)), "error");
            break;
        }
        return out;
    }

    QByteArray finish() override
    {
        if (m_done)
            return {};
        QByteArray out;
        if (m_pendingStart)
            out += start();
        return out + end(FinishReason::Stop);
    }

private:
    enum class Block { None, Text, Thinking, Redacted, Tool };

    QByteArray start()
    {
        m_pendingStart = false;
        m_started = true;
        const QJsonObject msg{{QStringLiteral("id"), m_id},
                              {QStringLiteral("type"), QStringLiteral("message")},
                              {QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("model"), m_model},
                              {QStringLiteral("content"), QJsonArray{}},
                              {QStringLiteral("stop_reason"), QJsonValue::Null},
                              {QStringLiteral("stop_sequence"), QJsonValue::Null},
                              {QStringLiteral("usage"), usageToWire(m_usage)}};
        return event("message_start", QJsonObject{{QStringLiteral("type"), QStringLiteral("message_start")}, {QStringLiteral("message"), msg}});
    }

    QByteArray end(FinishReason reason)
    {
        m_done = true;
        QByteArray out = close();
        out += event(
            "message_delta",
            QJsonObject{{QStringLiteral("type"), QStringLiteral("message_delta")},
                        {QStringLiteral("delta"),
                         QJsonObject{{QStringLiteral("stop_reason"), finishToWire(reason)}, {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
                        {QStringLiteral("usage"), usageToWire(m_usage)}});
        out += event("message_stop", QJsonObject{{QStringLiteral("type"), QStringLiteral("message_stop")}});
        return out;
    }

    QByteArray open(Block block, const QJsonObject &contentBlock)
    {
        QByteArray out = close();
        m_open = block;
        out += event("content_block_start",
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_start")},
                                 {QStringLiteral("index"), m_index},
                                 {QStringLiteral("content_block"), contentBlock}});
        return out;
    }

    QByteArray close()
    {
        if (m_open == Block::None)
            return {};
        m_open = Block::None;
        return event("content_block_stop",
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_stop")}, {QStringLiteral("index"), m_index++}});
    }

    QByteArray delta(const QJsonObject &d)
    {
        return event("content_block_delta",
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                                 {QStringLiteral("index"), m_index},
                                 {QStringLiteral("delta"), d}});
    }

    static QByteArray event(const char *name, const QJsonObject &payload) { return SseWriter::frame(compact(payload), name); }

    Codec::IdGenerator m_ids;
    QString m_id;
    QString m_model;
    Usage m_usage;
    Block m_open = Block::None;
    int m_index = 0;
    int m_toolIndex = -1;
    bool m_signed = false;
    bool m_pendingStart = false;
    bool m_started = false;
    bool m_done = false;
};

// ---------------------------------------------------------------------------- the codec

class AnthropicMessagesCodec final : public Codec
{
public:
    Dialect dialect() const override { return Dialect::AnthropicMessages; }

    WireRequest encodeRequest(const ChatRequest &r) const override
    {
        QJsonObject body{{QStringLiteral("model"), r.model}};
        QString system = r.system;
        QJsonArray messages;
        QJsonArray userBlocks; // user content and tool results, merged until the next assistant turn
        auto flushUser = [&] {
            // Anthropic wants a turn's tool_result blocks first, before any text (a reminder included)
            QJsonArray ordered;
            for (const QJsonValue &b : std::as_const(userBlocks)) {
                if (b.toObject().value(QStringLiteral("type")).toString() == QLatin1String("tool_result"))
                    ordered.append(b);
            }
            for (const QJsonValue &b : std::as_const(userBlocks)) {
                if (b.toObject().value(QStringLiteral("type")).toString() != QLatin1String("tool_result"))
                    ordered.append(b);
            }
            if (!ordered.isEmpty())
                messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), ordered}});
            userBlocks = QJsonArray{};
        };
        for (const Message &m : r.messages) {
            switch (m.role) {
            case Role::System:
                // Before the conversation: the system prompt. Inside it (Claude Code's environment block,
                // a client's mid-conversation instructions): a <system-reminder> in the user turn where it
                // stands, which every Claude model reads in order; `role: "system"` in messages is a beta
                // not every model or account has, and folding it into `system` would move it to the top.
                if (messages.isEmpty() && userBlocks.isEmpty())
                    system += (system.isEmpty() ? QString() : QStringLiteral("\n\n")) + m.text();
                else
                    userBlocks.append(
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), QStringLiteral("<system-reminder>\n%1\n</system-reminder>").arg(m.text())}});
                break;
            case Role::User:
                for (const QJsonValue &b : blocksToWire(m.content, true))
                    userBlocks.append(b);
                break;
            case Role::Tool: {
                QJsonObject tr{{QStringLiteral("type"), QStringLiteral("tool_result")}, {QStringLiteral("tool_use_id"), m.toolCallId}};
                bool onlyText = true;
                for (const ContentPart &p : m.content)
                    onlyText = onlyText && p.type == ContentPart::Type::Text;
                tr.insert(QStringLiteral("content"), onlyText ? QJsonValue(m.text()) : QJsonValue(blocksToWire(m.content, true)));
                if (m.isError)
                    tr.insert(QStringLiteral("is_error"), true);
                userBlocks.append(tr);
                break;
            }
            case Role::Assistant:
                flushUser();
                messages.append(
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), assistantBlocks(m, true)}});
                break;
            }
        }
        flushUser();
        if (!system.isEmpty())
            body.insert(QStringLiteral("system"), system);
        body.insert(QStringLiteral("messages"), messages);
        std::optional<int> budget = r.reasoningBudget;
        if (!budget && !r.reasoningEffort.isEmpty() && r.reasoningEffort != QLatin1String("none"))
            budget = budgetForEffort(r.reasoningEffort);
        int maxTokens = r.maxTokens.value_or(kDefaultMaxTokens);
        // the client's own thinking object (adaptive, display) goes to an Anthropic upstream as it was
        const bool clientThinking = r.extrasDialect == toString(dialect()) && r.extras.contains(QStringLiteral("thinking"));
        if (budget && !clientThinking) {
            body.insert(QStringLiteral("thinking"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")}, {QStringLiteral("budget_tokens"), *budget}});
            if (maxTokens <= *budget)
                maxTokens = *budget + kDefaultMaxTokens;
        }
        body.insert(QStringLiteral("max_tokens"), maxTokens);
        // The client's own server tools go to Anthropic only when it spoke Anthropic: another dialect's
        // (Responses namespace or hosted tools) are refused by the API. A Responses web_search becomes
        // Anthropic's web search server tool; the other hosted tools have no equivalent and are dropped.
        QJsonArray tools = r.extrasDialect == toString(dialect()) ? r.extras.value(QStringLiteral("tools")).toArray() : QJsonArray{};
        if (r.extrasDialect != toString(dialect()) && asksForWebSearch(r))
            tools.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("web_search_20250305")}, {QStringLiteral("name"), QStringLiteral("web_search")}});
        if (!r.tools.isEmpty() || !tools.isEmpty()) {
            for (const ToolDef &t : r.tools) {
                QJsonObject o{{QStringLiteral("name"), t.name}};
                if (!t.description.isEmpty())
                    o.insert(QStringLiteral("description"), t.description);
                QJsonObject schema = t.parameters;
                if (schema.isEmpty())
                    schema.insert(QStringLiteral("type"), QStringLiteral("object"));
                o.insert(QStringLiteral("input_schema"), schema);
                tools.append(o);
            }
            body.insert(QStringLiteral("tools"), tools);
        }
        if (r.toolChoice) {
            QJsonObject tc;
            switch (r.toolChoice->mode) {
            case ToolChoice::Mode::Auto: tc.insert(QStringLiteral("type"), QStringLiteral("auto")); break;
            case ToolChoice::Mode::None: tc.insert(QStringLiteral("type"), QStringLiteral("none")); break;
            case ToolChoice::Mode::Required: tc.insert(QStringLiteral("type"), QStringLiteral("any")); break;
            case ToolChoice::Mode::Specific:
                tc.insert(QStringLiteral("type"), QStringLiteral("tool"));
                tc.insert(QStringLiteral("name"), r.toolChoice->name);
                break;
            }
            body.insert(QStringLiteral("tool_choice"), tc);
        }
        if (r.temperature)
            body.insert(QStringLiteral("temperature"), *r.temperature);
        if (r.topP)
            body.insert(QStringLiteral("top_p"), *r.topP);
        if (!r.stop.isEmpty())
            body.insert(QStringLiteral("stop_sequences"), QJsonArray::fromStringList(r.stop));
        if (r.stream)
            body.insert(QStringLiteral("stream"), true);
        mergeExtras(body, r, dialect());
        return WireRequest{QStringLiteral("/v1/messages"), body, {}};
    }

    Result<ChatResponse> decodeResponseSummary(const QByteArray &body) const override
    {
        const auto members = JsonMembers::scan(body);
        if (!members || members->string(QLatin1String("type")) != QLatin1String("message")
            || !members->value(QLatin1String("content")).startsWith('['))
            return decodeResponse(body);
        ChatResponse resp;
        resp.id = members->string(QLatin1String("id")).value_or(QString());
        resp.model = members->string(QLatin1String("model")).value_or(QString());
        mergeUsage(resp.usage, members->object(QLatin1String("usage")));
        return resp;
    }

    Result<ChatResponse> decodeResponse(const QByteArray &body) const override
    {
        auto parsed = parseUpstreamBody(body, QStringLiteral("message"));
        if (!parsed)
            return parsed.error();
        const QJsonObject &o = parsed.value();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("error"))
            return errorFromObject(0, o.value(QStringLiteral("error")).toObject());
        ChatResponse resp;
        resp.id = o.value(QStringLiteral("id")).toString();
        resp.model = o.value(QStringLiteral("model")).toString();
        auto msgs = messagesFromWire(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), o.value(QStringLiteral("content"))}},
            QStringLiteral("message"));
        if (!msgs)
            return upstreamGarbage(msgs.error().message);
        for (const Message &m : msgs.value()) {
            resp.message.content += m.content;
            resp.message.toolCalls += m.toolCalls;
        }
        resp.finishReason = finishFromWire(o.value(QStringLiteral("stop_reason")).toString());
        mergeUsage(resp.usage, o.value(QStringLiteral("usage")).toObject());
        return resp;
    }

    std::unique_ptr<StreamDecoder> streamDecoder() const override { return std::make_unique<Decoder>(); }

    ApiError decodeError(int httpStatus, const QByteArray &body, const QByteArray &retryAfter) const override
    {
        const auto o = parseObject(body);
        ApiError e = o && o->value(QStringLiteral("error")).isObject()
            ? errorFromObject(httpStatus, o->value(QStringLiteral("error")).toObject())
            : ApiError::make(ApiError::kindForStatus(httpStatus), QString::fromUtf8(body.left(500)), httpStatus);
        e.retryAfter = parseRetryAfter(retryAfter);
        return e;
    }

    Result<ChatRequest> decodeRequest(const QByteArray &body, const RequestContext &) const override { return readRequest(body, requestFromWire); }

    QByteArray encodeResponse(const ChatResponse &r) const override
    {
        const QJsonObject o{{QStringLiteral("id"), r.id},
                            {QStringLiteral("type"), QStringLiteral("message")},
                            {QStringLiteral("role"), QStringLiteral("assistant")},
                            {QStringLiteral("model"), r.model},
                            {QStringLiteral("content"), assistantBlocks(r.message, false)},
                            {QStringLiteral("stop_reason"), finishToWire(r.finishReason)},
                            {QStringLiteral("stop_sequence"), QJsonValue::Null},
                            {QStringLiteral("usage"), usageToWire(r.usage)}};
        return compact(o);
    }

    std::unique_ptr<StreamEncoder> streamEncoder() const override { return std::make_unique<Encoder>(idGenerator()); }

    QByteArray encodeError(const ApiError &error) const override { return compact(errorToWire(error)); }
};

} // namespace

QByteArray systemMessagesAsReminders(const QByteArray &body)
{
    if (!body.contains("\"system\""))
        return body;
    QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray in = o.value(QStringLiteral("messages")).toArray();
    auto isToolResult = [](const QJsonValue &b) { return b.toObject().value(QStringLiteral("type")).toString() == QLatin1String("tool_result"); };
    auto blocksOf = [](const QJsonValue &content) {
        return content.isString()
            ? QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), content.toString()}}}
            : content.toArray();
    };
    QJsonArray out;
    QJsonArray pending; // reminders waiting for the next user turn
    bool changed = false;
    auto appendToLastUserTurn = [&] {
        if (pending.isEmpty())
            return;
        QJsonObject last = out.isEmpty() ? QJsonObject{} : out.last().toObject();
        if (last.value(QStringLiteral("role")).toString() == QLatin1String("user")) {
            QJsonArray blocks = blocksOf(last.value(QStringLiteral("content")));
            for (const QJsonValue &r : std::as_const(pending))
                blocks.append(r);
            last.insert(QStringLiteral("content"), blocks);
            out.replace(out.size() - 1, last);
        } else {
            out.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), pending}});
        }
        pending = QJsonArray{};
    };
    for (const QJsonValue &v : in) {
        QJsonObject m = v.toObject();
        const QString role = m.value(QStringLiteral("role")).toString();
        if (role == QLatin1String("system")) {
            QStringList texts;
            for (const QJsonValue &b : blocksOf(m.value(QStringLiteral("content"))))
                texts << b.toObject().value(QStringLiteral("text")).toString();
            pending.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("text")},
                {QStringLiteral("text"), QStringLiteral("<system-reminder>\n%1\n</system-reminder>").arg(texts.join(QLatin1Char('\n')))}});
            changed = true;
            continue;
        }
        if (role == QLatin1String("user") && !pending.isEmpty()) {
            const QJsonArray blocks = blocksOf(m.value(QStringLiteral("content")));
            QJsonArray merged;
            qsizetype i = 0;
            for (; i < blocks.size() && isToolResult(blocks.at(i)); ++i)
                merged.append(blocks.at(i));
            for (const QJsonValue &r : std::as_const(pending))
                merged.append(r);
            for (; i < blocks.size(); ++i)
                merged.append(blocks.at(i));
            m.insert(QStringLiteral("content"), merged);
            pending = QJsonArray{};
        } else if (role == QLatin1String("assistant") && !pending.isEmpty()) {
            appendToLastUserTurn(); // the turn it stood after, so the roles keep alternating
        }
        out.append(m);
    }
    if (!changed)
        return body;
    appendToLastUserTurn();
    o.insert(QStringLiteral("messages"), out);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::unique_ptr<Codec> makeAnthropicMessagesCodec()
{
    return std::make_unique<AnthropicMessagesCodec>();
}

} // namespace sb::protocol
