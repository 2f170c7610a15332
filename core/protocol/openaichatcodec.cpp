#include "protocol/openaichatcodec.h"

#include "protocol/geminischema.h"
#include "protocol/jsonscan.h"
#include "protocol/jsonutil.h"
#include "protocol/sse.h"

#include <QHash>

#include <functional>

namespace sb::protocol {

using namespace detail;

namespace {

// ---------------------------------------------------------------------------- shared mappings

FinishReason finishFromWire(const QString &s)
{
    if (s == QLatin1String("length"))
        return FinishReason::Length;
    if (s == QLatin1String("tool_calls") || s == QLatin1String("function_call"))
        return FinishReason::ToolCalls;
    if (s == QLatin1String("content_filter"))
        return FinishReason::ContentFilter;
    return FinishReason::Stop;
}

QString finishToWire(FinishReason r)
{
    switch (r) {
    case FinishReason::Length: return QStringLiteral("length");
    case FinishReason::ToolCalls: return QStringLiteral("tool_calls");
    case FinishReason::ContentFilter: return QStringLiteral("content_filter");
    case FinishReason::Stop:
    case FinishReason::Error: break;
    }
    return QStringLiteral("stop");
}

Usage usageFromWire(const QJsonObject &u)
{
    Usage usage;
    const qint64 prompt = u.value(QStringLiteral("prompt_tokens")).toInteger();
    qint64 cached = u.value(QStringLiteral("prompt_tokens_details")).toObject().value(QStringLiteral("cached_tokens")).toInteger();
    if (cached == 0)
        cached = u.value(QStringLiteral("prompt_cache_hit_tokens")).toInteger(); // DeepSeek
    usage.cacheReadTokens = cached;
    usage.inputTokens = std::max<qint64>(0, prompt - cached);
    usage.outputTokens = u.value(QStringLiteral("completion_tokens")).toInteger();
    usage.reasoningTokens = u.value(QStringLiteral("completion_tokens_details")).toObject().value(QStringLiteral("reasoning_tokens")).toInteger();
    return usage;
}

QJsonObject usageToWire(const Usage &u)
{
    const qint64 prompt = u.totalInputTokens();
    return QJsonObject{
        {QStringLiteral("prompt_tokens"), prompt},
        {QStringLiteral("completion_tokens"), u.outputTokens},
        {QStringLiteral("total_tokens"), prompt + u.outputTokens},
        {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), u.cacheReadTokens}}},
        {QStringLiteral("completion_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), u.reasoningTokens}}},
    };
}

// ---------------------------------------------------------------------------- client side: request

QJsonValue contentToWire(const QList<ContentPart> &parts)
{
    bool onlyText = true;
    for (const ContentPart &p : parts)
        onlyText = onlyText && (p.type == ContentPart::Type::Text || p.type == ContentPart::Type::Reasoning);
    if (onlyText) {
        QString text;
        for (const ContentPart &p : parts) {
            if (p.type == ContentPart::Type::Text)
                text += p.text;
        }
        return text;
    }
    QJsonArray out;
    for (const ContentPart &p : parts) {
        switch (p.type) {
        case ContentPart::Type::Text:
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), p.text}});
            break;
        case ContentPart::Type::Image:
            out.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("image_url")},
                {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), p.url.isEmpty() ? makeDataUrl(p.mediaType, p.data) : p.url}}}});
            break;
        case ContentPart::Type::Document:
            if (!p.data.isEmpty()) {
                // OpenAI wants a file name with inline data; Gemini's inline data has none to pass on
                QJsonObject file{{QStringLiteral("file_data"), makeDataUrl(p.mediaType, p.data)},
                                 {QStringLiteral("filename"), p.title.isEmpty() ? QStringLiteral("document.pdf") : p.title}};
                out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")}, {QStringLiteral("file"), file}});
            } else {
                const QString text = p.text.isEmpty() ? p.url : p.text;
                out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
            }
            break;
        case ContentPart::Type::Reasoning: break;
        }
    }
    return out;
}

QJsonObject messageToWire(const Message &m)
{
    QJsonObject o{{QStringLiteral("role"), toString(m.role)}};
    switch (m.role) {
    case Role::System:
    case Role::User: o.insert(QStringLiteral("content"), contentToWire(m.content)); break;
    case Role::Tool:
        o.insert(QStringLiteral("tool_call_id"), m.toolCallId);
        o.insert(QStringLiteral("content"), contentToWire(m.content));
        break;
    case Role::Assistant: {
        const QString text = m.text();
        QString reasoning;
        for (const ContentPart &p : m.content) {
            if (p.type == ContentPart::Type::Reasoning && !p.redacted)
                reasoning += p.text;
        }
        o.insert(QStringLiteral("content"), text.isEmpty() && !m.toolCalls.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
        if (!reasoning.isEmpty())
            o.insert(QStringLiteral("reasoning_content"), reasoning);
        if (!m.toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const ToolCall &c : m.toolCalls) {
                calls.append(QJsonObject{
                    {QStringLiteral("id"), c.id},
                    {QStringLiteral("type"), QStringLiteral("function")},
                    {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("arguments"), c.arguments}}}});
            }
            o.insert(QStringLiteral("tool_calls"), calls);
        }
        break;
    }
    }
    return o;
}

// ---------------------------------------------------------------------------- server side: request

Result<ContentPart> partFromWire(const QJsonObject &p, const QString &where)
{
    const QString type = p.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("text")) {
        if (!p.value(QStringLiteral("text")).isString())
            return invalidRequest(QStringLiteral("%1.text must be a string").arg(where));
        return ContentPart::makeText(p.value(QStringLiteral("text")).toString());
    }
    if (type == QLatin1String("image_url")) {
        const QJsonValue iu = p.value(QStringLiteral("image_url"));
        const QString url = iu.isString() ? iu.toString() : iu.toObject().value(QStringLiteral("url")).toString();
        if (url.isEmpty())
            return invalidRequest(QStringLiteral("%1.image_url.url is required").arg(where));
        if (const auto d = parseDataUrl(url))
            return ContentPart::makeImageData(d->base64, d->mediaType);
        return ContentPart::makeImageUrl(url);
    }
    if (type == QLatin1String("file")) {
        const QJsonObject f = p.value(QStringLiteral("file")).toObject();
        const auto d = parseDataUrl(f.value(QStringLiteral("file_data")).toString());
        if (!d)
            return invalidRequest(QStringLiteral("%1.file.file_data must be a base64 data: URL").arg(where));
        ContentPart part;
        part.type = ContentPart::Type::Document;
        part.data = d->base64;
        part.mediaType = d->mediaType;
        part.title = f.value(QStringLiteral("filename")).toString();
        return part;
    }
    return invalidRequest(QStringLiteral("%1.type \"%2\" is not supported").arg(where, type));
}

// `where` names the value in error messages (made only when one is needed).
Result<QList<ContentPart>> contentFromWire(const QJsonValue &v, const std::function<QString()> &where)
{
    QList<ContentPart> parts;
    if (v.isString()) {
        parts.append(ContentPart::makeText(v.toString()));
        return parts;
    }
    if (v.isNull() || v.isUndefined())
        return parts;
    if (!v.isArray())
        return invalidRequest(QStringLiteral("%1 must be a string or an array of content parts").arg(where()));
    const QJsonArray arr = v.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject())
            return invalidRequest(QStringLiteral("%1[%2] must be an object").arg(where()).arg(i));
        auto part = partFromWire(arr.at(i).toObject(), QStringLiteral("%1[%2]").arg(where()).arg(i));
        if (!part)
            return part.error();
        parts.append(std::move(part).value());
    }
    return parts;
}

Result<ChatRequest> requestFromWire(const QJsonObject &o)
{
    ChatRequest r;
    FieldReader fields;
    r.model = fields.string(o, QStringLiteral("model"), true);
    if (fields.hasError())
        return invalidRequest(fields.error());
    const QJsonValue msgs = o.value(QStringLiteral("messages"));
    if (!msgs.isArray() || msgs.toArray().isEmpty())
        return invalidRequest(QStringLiteral("messages must be a non-empty array"));
    const QJsonArray arr = msgs.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const auto where = [i] { return QStringLiteral("messages[%1]").arg(i); };
        if (!arr.at(i).isObject())
            return invalidRequest(where() + QStringLiteral(" must be an object"));
        const QJsonObject m = arr.at(i).toObject();
        const QString role = m.value(QStringLiteral("role")).toString();
        auto content = contentFromWire(m.value(QStringLiteral("content")), [&where]() -> QString { return where() + QStringLiteral(".content"); });
        if (!content)
            return content.error();
        if (role == QLatin1String("system") || role == QLatin1String("developer")) {
            Message tmp;
            tmp.content = content.value();
            if (!r.system.isEmpty())
                r.system += QStringLiteral("\n\n");
            r.system += tmp.text();
            continue;
        }
        Message msg;
        msg.content = std::move(content).value();
        if (role == QLatin1String("user")) {
            msg.role = Role::User;
        } else if (role == QLatin1String("assistant")) {
            msg.role = Role::Assistant;
            QString reasoning = m.value(QStringLiteral("reasoning_content")).toString();
            if (reasoning.isEmpty())
                reasoning = m.value(QStringLiteral("reasoning")).toString();
            if (!reasoning.isEmpty())
                msg.content.prepend(ContentPart::makeReasoning(reasoning));
            const QJsonArray calls = m.value(QStringLiteral("tool_calls")).toArray();
            for (qsizetype j = 0; j < calls.size(); ++j) {
                const QJsonObject c = calls.at(j).toObject();
                const QJsonObject fn = c.value(QStringLiteral("function")).toObject();
                ToolCall call{c.value(QStringLiteral("id")).toString(),
                              fn.value(QStringLiteral("name")).toString(),
                              argumentsText(fn.value(QStringLiteral("arguments"))),
                              {},
                              {}};
                if (call.id.isEmpty() || call.name.isEmpty())
                    return invalidRequest(QStringLiteral("%1.tool_calls[%2] needs an id and a function.name").arg(where()).arg(j));
                msg.toolCalls.append(call);
            }
        } else if (role == QLatin1String("tool")) {
            msg.role = Role::Tool;
            msg.toolCallId = m.value(QStringLiteral("tool_call_id")).toString();
            if (msg.toolCallId.isEmpty())
                return invalidRequest(where() + QStringLiteral(".tool_call_id is required for tool messages"));
        } else {
            return invalidRequest(QStringLiteral("%1.role \"%2\" is not one of system, developer, user, assistant, tool").arg(where(), role));
        }
        r.messages.append(std::move(msg));
    }
    const QJsonValue tools = o.value(QStringLiteral("tools"));
    if (!tools.isUndefined() && !tools.isNull() && !tools.isArray())
        return invalidRequest(QStringLiteral("tools must be an array"));
    const QJsonArray toolArr = tools.toArray();
    for (qsizetype i = 0; i < toolArr.size(); ++i) {
        const QJsonObject t = toolArr.at(i).toObject();
        const QJsonObject fn = t.value(QStringLiteral("function")).toObject();
        if (t.value(QStringLiteral("type")).toString() != QLatin1String("function") || fn.value(QStringLiteral("name")).toString().isEmpty())
            return invalidRequest(QStringLiteral("tools[%1] must be {\"type\":\"function\",\"function\":{\"name\":...}}").arg(i));
        r.tools.append(ToolDef{fn.value(QStringLiteral("name")).toString(), fn.value(QStringLiteral("description")).toString(),
                               fn.value(QStringLiteral("parameters")).toObject(), fn.value(QStringLiteral("strict")).toBool()});
    }
    const QJsonValue tc = o.value(QStringLiteral("tool_choice"));
    if (tc.isString()) {
        const QString s = tc.toString();
        ToolChoice choice;
        if (s == QLatin1String("none"))
            choice.mode = ToolChoice::Mode::None;
        else if (s == QLatin1String("required"))
            choice.mode = ToolChoice::Mode::Required;
        else if (s != QLatin1String("auto"))
            return invalidRequest(QStringLiteral("tool_choice \"%1\" is not one of auto, none, required").arg(s));
        r.toolChoice = choice;
    } else if (tc.isObject()) {
        const QString name = tc.toObject().value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return invalidRequest(QStringLiteral("tool_choice.function.name is required"));
        r.toolChoice = ToolChoice{ToolChoice::Mode::Specific, name};
    }
    const QJsonObject rf = o.value(QStringLiteral("response_format")).toObject();
    const QString rfType = rf.value(QStringLiteral("type")).toString();
    if (rfType == QLatin1String("json_object")) {
        r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonObject, {}, {}, false};
    } else if (rfType == QLatin1String("json_schema")) {
        const QJsonObject js = rf.value(QStringLiteral("json_schema")).toObject();
        r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonSchema, js.value(QStringLiteral("name")).toString(),
                                          js.value(QStringLiteral("schema")).toObject(), js.value(QStringLiteral("strict")).toBool()};
    } else if (rfType == QLatin1String("text")) {
        r.responseFormat = ResponseFormat{};
    }
    r.temperature = optDouble(o, QStringLiteral("temperature"));
    r.topP = optDouble(o, QStringLiteral("top_p"));
    r.maxTokens = optInt(o, QStringLiteral("max_completion_tokens"));
    if (!r.maxTokens)
        r.maxTokens = optInt(o, QStringLiteral("max_tokens"));
    const QJsonValue stop = o.value(QStringLiteral("stop"));
    if (stop.isString()) {
        r.stop.append(stop.toString());
    } else {
        for (const QJsonValue &s : stop.toArray())
            r.stop.append(s.toString());
    }
    r.reasoningEffort = o.value(QStringLiteral("reasoning_effort")).toString();
    if (o.value(QStringLiteral("seed")).isDouble())
        r.seed = o.value(QStringLiteral("seed")).toInteger();
    r.stream = o.value(QStringLiteral("stream")).toBool();
    static const QStringList known{QStringLiteral("model"),       QStringLiteral("messages"),         QStringLiteral("tools"),
                                   QStringLiteral("tool_choice"), QStringLiteral("response_format"),  QStringLiteral("temperature"),
                                   QStringLiteral("top_p"),       QStringLiteral("max_tokens"),       QStringLiteral("max_completion_tokens"),
                                   QStringLiteral("stop"),        QStringLiteral("reasoning_effort"), QStringLiteral("seed"),
                                   QStringLiteral("stream"),      QStringLiteral("stream_options")};
    collectExtras(r, o, known, Dialect::OpenAiChat);
    return r;
}

// ---------------------------------------------------------------------------- response

Message messageFromWire(const QJsonObject &m)
{
    Message msg;
    msg.role = Role::Assistant;
    QString reasoning = m.value(QStringLiteral("reasoning_content")).toString();
    if (reasoning.isEmpty())
        reasoning = m.value(QStringLiteral("reasoning")).toString();
    if (!reasoning.isEmpty())
        msg.content.append(ContentPart::makeReasoning(reasoning));
    const QString text = m.value(QStringLiteral("content")).toString();
    if (!text.isEmpty())
        msg.content.append(ContentPart::makeText(text));
    const QString refusal = m.value(QStringLiteral("refusal")).toString();
    if (!refusal.isEmpty() && text.isEmpty())
        msg.content.append(ContentPart::makeText(refusal));
    for (const QJsonValue &v : m.value(QStringLiteral("tool_calls")).toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonObject fn = c.value(QStringLiteral("function")).toObject();
        msg.toolCalls.append(ToolCall{c.value(QStringLiteral("id")).toString(),
                                      fn.value(QStringLiteral("name")).toString(),
                                      argumentsText(fn.value(QStringLiteral("arguments"))),
                                      {},
                                      {}});
    }
    return msg;
}

// ---------------------------------------------------------------------------- streams

class Decoder final : public SseDecoderBase
{
protected:
    void onEvent(const SseEvent &event, QList<StreamEvent> &out) override
    {
        if (event.data == "[DONE]")
            end(out);
        else
            SseDecoderBase::onEvent(event, out);
    }

    void onPayload(const QJsonObject &payload, const QString &, QList<StreamEvent> &out) override
    {
        const QJsonObject *chunk = &payload;
        if (chunk->value(QStringLiteral("error")).isObject()) {
            ApiError e = openAiErrorFromObject(0, chunk->value(QStringLiteral("error")).toObject());
            push(out, StreamEvent::errorEvent(e));
            return;
        }
        const QJsonArray choices = chunk->value(QStringLiteral("choices")).toArray();
        // Azure first sends a chunk with prompt_filter_results, no id and no choices: start after it.
        const QString chunkId = chunk->value(QStringLiteral("id")).toString();
        if (!m_started && (!chunkId.isEmpty() || !choices.isEmpty())) {
            m_started = true;
            push(out, StreamEvent::messageStart(chunkId, chunk->value(QStringLiteral("model")).toString()));
        }
        for (const QJsonValue &cv : choices) {
            const QJsonObject c = cv.toObject();
            if (c.value(QStringLiteral("index")).toInt() != 0)
                continue;
            const QJsonObject delta = c.value(QStringLiteral("delta")).toObject();
            QString reasoning = delta.value(QStringLiteral("reasoning_content")).toString();
            if (reasoning.isEmpty())
                reasoning = delta.value(QStringLiteral("reasoning")).toString();
            if (!reasoning.isEmpty())
                push(out, StreamEvent::reasoningDelta(reasoning));
            const QString text = delta.value(QStringLiteral("content")).toString();
            if (!text.isEmpty())
                push(out, StreamEvent::textDelta(text));
            for (const QJsonValue &tv : delta.value(QStringLiteral("tool_calls")).toArray()) {
                const QJsonObject t = tv.toObject();
                const QJsonObject fn = t.value(QStringLiteral("function")).toObject();
                const QString id = t.value(QStringLiteral("id")).toString();
                int key = t.value(QStringLiteral("index")).toInt();
                // Some compatible servers send whole calls without an index (all 0): a new id is a new call.
                if (!t.contains(QStringLiteral("index")) || (!id.isEmpty() && m_ids.value(key, id) != id))
                    key = kUnindexed + m_unindexed++;
                const auto known = m_tools.find(key);
                const int index = known ? *known : m_tools.indexFor(key);
                if (!known) {
                    m_ids.insert(key, id);
                    push(out, StreamEvent::toolCallStart(index, id, fn.value(QStringLiteral("name")).toString()));
                }
                const QString args = fn.value(QStringLiteral("arguments")).toString();
                if (!args.isEmpty())
                    push(out, StreamEvent::toolCallDelta(index, args));
            }
            const QJsonValue fr = c.value(QStringLiteral("finish_reason"));
            if (fr.isString()) {
                m_finish = finishFromWire(fr.toString());
                m_tools.closeAll(out);
            }
        }
        const QJsonValue usage = chunk->value(QStringLiteral("usage"));
        if (usage.isObject())
            push(out, StreamEvent::usageEvent(usageFromWire(usage.toObject())));
    }

    void onEnd(QList<StreamEvent> &out) override
    {
        if (m_finish)
            end(out); // some compatible servers omit [DONE]
        else
            SseDecoderBase::onEnd(out);
    }

private:
    void end(QList<StreamEvent> &out)
    {
        m_tools.closeAll(out);
        push(out, StreamEvent::finish(m_finish.value_or(FinishReason::Stop)));
    }

    static constexpr int kUnindexed = 1 << 20;
    bool m_started = false;
    std::optional<FinishReason> m_finish;
    ToolIndexMap m_tools;
    QHash<int, QString> m_ids; // call id per key
    int m_unindexed = 0;
};

class Encoder final : public StreamEncoder
{
public:
    Encoder(qint64 created, Codec::IdGenerator ids)
        : m_created(created)
        , m_ids(std::move(ids))
    {
    }

    QByteArray encode(const StreamEvent &e) override
    {
        if (m_done)
            return {};
        switch (e.type) {
        case StreamEvent::Type::MessageStart:
            m_id = e.id.isEmpty() ? m_ids(QStringLiteral("chatcmpl-")) : e.id;
            m_model = e.model;
            return chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}});
        case StreamEvent::Type::TextDelta:
            if (e.text.isEmpty())
                return {};
            return chunk(QJsonObject{{QStringLiteral("content"), e.text}});
        case StreamEvent::Type::ReasoningDelta:
            if (e.text.isEmpty() || e.redacted)
                return {};
            return chunk(QJsonObject{{QStringLiteral("reasoning_content"), e.text}});
        case StreamEvent::Type::ToolCallStart:
            return chunk(
                QJsonObject{{QStringLiteral("tool_calls"),
                             QJsonArray{QJsonObject{{QStringLiteral("index"), e.index},
                                                    {QStringLiteral("id"), e.id},
                                                    {QStringLiteral("type"), QStringLiteral("function")},
                                                    {QStringLiteral("function"),
                                                     QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("arguments"), QString()}}}}}}});
        case StreamEvent::Type::ToolCallDelta:
            if (e.text.isEmpty())
                return {};
            return chunk(QJsonObject{{QStringLiteral("tool_calls"),
                                      QJsonArray{QJsonObject{{QStringLiteral("index"), e.index},
                                                             {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), e.text}}}}}}});
        case StreamEvent::Type::ToolCallEnd: return {};
        case StreamEvent::Type::Usage: m_usage = e.usage; return {};
        case StreamEvent::Type::Finish: {
            m_done = true;
            QByteArray out = chunk(QJsonObject{}, finishToWire(e.finishReason));
            if (m_usage) {
                QJsonObject o = base();
                o.insert(QStringLiteral("choices"), QJsonArray{});
                o.insert(QStringLiteral("usage"), usageToWire(*m_usage));
                out += SseWriter::frame(compact(o));
            }
            out += SseWriter::frame("[DONE]");
            return out;
        }
        case StreamEvent::Type::Error: m_done = true; return SseWriter::frame(compact(openAiErrorToWire(e.error)));
        }
        return {};
    }

    QByteArray finish() override
    {
        if (m_done)
            return {};
        m_done = true;
        return SseWriter::frame("[DONE]");
    }

private:
    QJsonObject base() const
    {
        return QJsonObject{{QStringLiteral("id"), m_id},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("created"), m_created},
                           {QStringLiteral("model"), m_model}};
    }

    QByteArray chunk(const QJsonObject &delta, const QString &finish = {})
    {
        QJsonObject o = base();
        o.insert(QStringLiteral("choices"),
                 QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                        {QStringLiteral("delta"), delta},
                                        {QStringLiteral("logprobs"), QJsonValue::Null},
                                        {QStringLiteral("finish_reason"), finish.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(finish)}}});
        return SseWriter::frame(compact(o));
    }

    qint64 m_created;
    Codec::IdGenerator m_ids;
    QString m_id;
    QString m_model;
    std::optional<Usage> m_usage;
    bool m_done = false;
};

// ---------------------------------------------------------------------------- the codec

class OpenAiChatCodec final : public Codec
{
public:
    Dialect dialect() const override { return Dialect::OpenAiChat; }

    WireRequest encodeRequest(const ChatRequest &r) const override
    {
        QJsonObject body{{QStringLiteral("model"), r.model}};
        QStringList notes; // schema changes for strict mode, for the trace
        QJsonArray messages;
        if (!r.system.isEmpty())
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), r.system}});
        for (const Message &m : r.messages)
            messages.append(messageToWire(m));
        body.insert(QStringLiteral("messages"), messages);
        if (!r.tools.isEmpty()) {
            QJsonArray tools;
            for (const ToolDef &t : r.tools) {
                QJsonObject fn{{QStringLiteral("name"), t.name}};
                if (!t.description.isEmpty())
                    fn.insert(QStringLiteral("description"), t.description);
                // strict asked for: a schema strict mode takes (OpenAI refuses it otherwise)
                QStringList changed;
                fn.insert(QStringLiteral("parameters"), t.strict ? toOpenAiStrictSchema(t.parameters, &changed) : t.parameters);
                for (const QString &c : std::as_const(changed))
                    notes << QStringLiteral("tools.%1.%2").arg(t.name, c);
                if (t.strict)
                    fn.insert(QStringLiteral("strict"), true);
                tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("function"), fn}});
            }
            body.insert(QStringLiteral("tools"), tools);
        }
        if (r.toolChoice) {
            switch (r.toolChoice->mode) {
            case ToolChoice::Mode::Auto: body.insert(QStringLiteral("tool_choice"), QStringLiteral("auto")); break;
            case ToolChoice::Mode::None: body.insert(QStringLiteral("tool_choice"), QStringLiteral("none")); break;
            case ToolChoice::Mode::Required: body.insert(QStringLiteral("tool_choice"), QStringLiteral("required")); break;
            case ToolChoice::Mode::Specific:
                body.insert(QStringLiteral("tool_choice"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                        {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), r.toolChoice->name}}}});
                break;
            }
        }
        if (r.responseFormat) {
            switch (r.responseFormat->type) {
            case ResponseFormat::Type::Text:
                body.insert(QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
                break;
            case ResponseFormat::Type::JsonObject:
                body.insert(QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
                break;
            case ResponseFormat::Type::JsonSchema: {
                QJsonObject js{{QStringLiteral("name"), r.responseFormat->name.isEmpty() ? QStringLiteral("response") : r.responseFormat->name},
                               {QStringLiteral("schema"),
                                r.responseFormat->strict ? toOpenAiStrictSchema(r.responseFormat->schema, &notes) : r.responseFormat->schema}};
                if (r.responseFormat->strict)
                    js.insert(QStringLiteral("strict"), true);
                body.insert(QStringLiteral("response_format"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")}, {QStringLiteral("json_schema"), js}});
                break;
            }
            }
        }
        if (r.temperature)
            body.insert(QStringLiteral("temperature"), *r.temperature);
        if (r.topP)
            body.insert(QStringLiteral("top_p"), *r.topP);
        if (r.maxTokens)
            body.insert(QStringLiteral("max_tokens"), *r.maxTokens);
        if (!r.stop.isEmpty())
            body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(r.stop));
        if (!r.reasoningEffort.isEmpty())
            body.insert(QStringLiteral("reasoning_effort"), r.reasoningEffort);
        else if (r.reasoningBudget)
            body.insert(QStringLiteral("reasoning_effort"), effortForBudget(*r.reasoningBudget));
        if (r.seed)
            body.insert(QStringLiteral("seed"), *r.seed);
        if (r.stream) {
            body.insert(QStringLiteral("stream"), true);
            body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
        }
        mergeExtras(body, r, dialect());
        return WireRequest{QStringLiteral("/v1/chat/completions"), body, notes};
    }

    Result<ChatResponse> decodeResponse(const QByteArray &body) const override
    {
        auto parsed = parseUpstreamBody(body, QStringLiteral("chat completion"));
        if (!parsed)
            return parsed.error();
        const QJsonObject &o = parsed.value();
        if (o.value(QStringLiteral("error")).isObject())
            return openAiErrorFromObject(0, o.value(QStringLiteral("error")).toObject());
        const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().at(0).toObject();
        if (choice.isEmpty())
            return upstreamGarbage(QStringLiteral("chat completion has no choices"));
        ChatResponse resp;
        resp.id = o.value(QStringLiteral("id")).toString();
        resp.model = o.value(QStringLiteral("model")).toString();
        resp.created = o.value(QStringLiteral("created")).toInteger();
        resp.message = messageFromWire(choice.value(QStringLiteral("message")).toObject());
        resp.finishReason = finishFromWire(choice.value(QStringLiteral("finish_reason")).toString());
        resp.usage = usageFromWire(o.value(QStringLiteral("usage")).toObject());
        return resp;
    }

    Result<ChatResponse> decodeResponseSummary(const QByteArray &body) const override
    {
        const auto members = JsonMembers::scan(body);
        if (!members || members->contains(QLatin1String("error")) || !members->startsWithNonEmptyObject(QLatin1String("choices")))
            return decodeResponse(body);
        ChatResponse resp;
        resp.id = members->string(QLatin1String("id")).value_or(QString());
        resp.model = members->string(QLatin1String("model")).value_or(QString());
        resp.created = members->value(QLatin1String("created")).toLongLong();
        resp.usage = usageFromWire(members->object(QLatin1String("usage")));
        return resp;
    }

    std::unique_ptr<StreamDecoder> streamDecoder() const override { return std::make_unique<Decoder>(); }

    ApiError decodeError(int httpStatus, const QByteArray &body, const QByteArray &retryAfter) const override
    {
        const auto o = parseObject(body);
        const QJsonValue err = o ? o->value(QStringLiteral("error")) : QJsonValue();
        ApiError e = err.isObject()
            ? openAiErrorFromObject(httpStatus, err.toObject())
            : ApiError::make(ApiError::kindForStatus(httpStatus), err.isString() ? err.toString() : QString::fromUtf8(body.left(500)), httpStatus);
        e.retryAfter = parseRetryAfter(retryAfter);
        return e;
    }

    Result<ChatRequest> decodeRequest(const QByteArray &body, const RequestContext &) const override { return readRequest(body, requestFromWire); }

    QByteArray encodeResponse(const ChatResponse &r) const override
    {
        QJsonObject message = messageToWire(r.message);
        const QJsonObject o{{QStringLiteral("id"), r.id},
                            {QStringLiteral("object"), QStringLiteral("chat.completion")},
                            {QStringLiteral("created"), r.created ? r.created : now()},
                            {QStringLiteral("model"), r.model},
                            {QStringLiteral("choices"),
                             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                    {QStringLiteral("message"), message},
                                                    {QStringLiteral("logprobs"), QJsonValue::Null},
                                                    {QStringLiteral("finish_reason"), finishToWire(r.finishReason)}}}},
                            {QStringLiteral("usage"), usageToWire(r.usage)}};
        return compact(o);
    }

    std::unique_ptr<StreamEncoder> streamEncoder() const override { return std::make_unique<Encoder>(now(), idGenerator()); }

    QByteArray encodeError(const ApiError &error) const override { return compact(openAiErrorToWire(error)); }
};

} // namespace

std::unique_ptr<Codec> makeOpenAiChatCodec()
{
    return std::make_unique<OpenAiChatCodec>();
}

} // namespace sb::protocol
