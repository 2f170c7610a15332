#include "protocol/openairesponsescodec.h"

#include "protocol/geminischema.h"
#include "protocol/jsonscan.h"
#include "protocol/jsonutil.h"
#include "protocol/sse.h"

namespace sb::protocol {

using namespace detail;

namespace {

Usage usageFromWire(const QJsonObject &u)
{
    Usage usage;
    const qint64 cached = u.value(QStringLiteral("input_tokens_details")).toObject().value(QStringLiteral("cached_tokens")).toInteger();
    usage.cacheReadTokens = cached;
    usage.inputTokens = std::max<qint64>(0, u.value(QStringLiteral("input_tokens")).toInteger() - cached);
    usage.outputTokens = u.value(QStringLiteral("output_tokens")).toInteger();
    usage.reasoningTokens = u.value(QStringLiteral("output_tokens_details")).toObject().value(QStringLiteral("reasoning_tokens")).toInteger();
    return usage;
}

QJsonObject usageToWire(const Usage &u)
{
    const qint64 input = u.totalInputTokens();
    return QJsonObject{{QStringLiteral("input_tokens"), input},
                       {QStringLiteral("input_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), u.cacheReadTokens}}},
                       {QStringLiteral("output_tokens"), u.outputTokens},
                       {QStringLiteral("output_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), u.reasoningTokens}}},
                       {QStringLiteral("total_tokens"), input + u.outputTokens}};
}

// Finish reason of a response object: status, incomplete_details and whether it called tools.
FinishReason finishOf(const QJsonObject &resp, bool calledTools)
{
    if (resp.value(QStringLiteral("status")).toString() == QLatin1String("incomplete")) {
        const QString reason = resp.value(QStringLiteral("incomplete_details")).toObject().value(QStringLiteral("reason")).toString();
        return reason == QLatin1String("content_filter") ? FinishReason::ContentFilter : FinishReason::Length;
    }
    return calledTools ? FinishReason::ToolCalls : FinishReason::Stop;
}

ApiError failedError(const QJsonObject &err)
{
    ApiError e = openAiErrorFromObject(0, err);
    if (err.value(QStringLiteral("code")).toString() == QLatin1String("server_error") && e.kind == ApiError::Kind::Server)
        e.httpStatus = 500;
    return e;
}

// ---------------------------------------------------------------------------- items

QJsonObject textContent(const QString &text)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("output_text")}, {QStringLiteral("text"), text}, {QStringLiteral("annotations"), QJsonArray{}}};
}

QJsonObject messageItem(const QString &id, const QString &text, const QString &status)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("role"), QStringLiteral("assistant")},
                       {QStringLiteral("content"), status == QLatin1String("completed") ? QJsonArray{textContent(text)} : QJsonArray{}}};
}

QJsonObject functionCallItem(const QString &id, const ToolCall &c, const QString &status)
{
    QJsonObject item{{QStringLiteral("id"), id},         {QStringLiteral("type"), QStringLiteral("function_call")},
                     {QStringLiteral("status"), status}, {QStringLiteral("arguments"), c.arguments},
                     {QStringLiteral("call_id"), c.id},  {QStringLiteral("name"), c.name}};
    if (!c.toolNamespace.isEmpty())
        item.insert(QStringLiteral("namespace"), c.toolNamespace);
    return item;
}

QJsonObject reasoningItem(const QString &id, const ContentPart &p)
{
    QJsonArray summary;
    if (!p.text.isEmpty())
        summary.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("summary_text")}, {QStringLiteral("text"), p.text}});
    QJsonObject item{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("reasoning")}, {QStringLiteral("summary"), summary}};
    if (!p.signature.isEmpty())
        item.insert(QStringLiteral("encrypted_content"), p.signature);
    return item;
}

QString itemId(const char *prefix, const QString &responseId, qsizetype n)
{
    QString core = responseId;
    if (core.startsWith(QLatin1String("resp_")))
        core.remove(0, 5);
    return QStringLiteral("%1_%2_%3").arg(QLatin1String(prefix), core).arg(n);
}

// Output items of an assistant message in canonical order: reasoning, text, tool calls.
QJsonArray outputItems(const Message &m, const QString &responseId)
{
    QJsonArray out;
    for (const ContentPart &p : m.content) {
        if (p.type == ContentPart::Type::Reasoning && !p.redacted)
            out.append(reasoningItem(p.id.isEmpty() ? itemId("rs", responseId, out.size()) : p.id, p));
    }
    const QString text = m.text();
    if (!text.isEmpty())
        out.append(messageItem(itemId("msg", responseId, out.size()), text, QStringLiteral("completed")));
    for (const ToolCall &c : m.toolCalls)
        out.append(functionCallItem(itemId("fc", responseId, out.size()), c, QStringLiteral("completed")));
    return out;
}

QJsonObject responseObject(const QString &id, const QString &model, qint64 created, FinishReason reason, const QJsonArray &output,
                           const std::optional<Usage> &usage, bool inProgress)
{
    QString status = QStringLiteral("completed");
    QJsonValue incomplete = QJsonValue::Null;
    if (inProgress) {
        status = QStringLiteral("in_progress");
    } else if (reason == FinishReason::Length || reason == FinishReason::ContentFilter) {
        status = QStringLiteral("incomplete");
        incomplete = QJsonObject{
            {QStringLiteral("reason"), reason == FinishReason::Length ? QStringLiteral("max_output_tokens") : QStringLiteral("content_filter")}};
    }
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("object"), QStringLiteral("response")},
                  {QStringLiteral("created_at"), created},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("error"), QJsonValue::Null},
                  {QStringLiteral("incomplete_details"), incomplete},
                  {QStringLiteral("model"), model},
                  {QStringLiteral("output"), output},
                  {QStringLiteral("usage"), usage ? QJsonValue(usageToWire(*usage)) : QJsonValue(QJsonValue::Null)}};
    return o;
}

// ---------------------------------------------------------------------------- server side: request

Result<ContentPart> partFromWire(const QJsonObject &p, const QString &where)
{
    const QString type = p.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("input_text") || type == QLatin1String("output_text") || type == QLatin1String("text"))
        return ContentPart::makeText(p.value(QStringLiteral("text")).toString());
    if (type == QLatin1String("refusal"))
        return ContentPart::makeText(p.value(QStringLiteral("refusal")).toString());
    if (type == QLatin1String("input_image")) {
        const QString url = p.value(QStringLiteral("image_url")).toString();
        if (url.isEmpty())
            return invalidRequest(where + QStringLiteral(".image_url is required (file_id is not supported)"));
        if (const auto d = parseDataUrl(url))
            return ContentPart::makeImageData(d->base64, d->mediaType);
        return ContentPart::makeImageUrl(url);
    }
    if (type == QLatin1String("input_file")) {
        ContentPart part;
        part.type = ContentPart::Type::Document;
        part.title = p.value(QStringLiteral("filename")).toString();
        if (const auto d = parseDataUrl(p.value(QStringLiteral("file_data")).toString())) {
            part.data = d->base64;
            part.mediaType = d->mediaType;
        } else if (p.value(QStringLiteral("file_url")).isString()) {
            part.url = p.value(QStringLiteral("file_url")).toString();
        } else {
            return invalidRequest(where + QStringLiteral(" needs file_data as a base64 data: URL or file_url"));
        }
        return part;
    }
    return invalidRequest(QStringLiteral("%1.type \"%2\" is not supported").arg(where, type));
}

Result<ChatRequest> requestFromWire(const QJsonObject &o)
{
    ChatRequest r;
    FieldReader fields;
    r.model = fields.string(o, QStringLiteral("model"), true);
    r.system = fields.string(o, QStringLiteral("instructions"));
    if (fields.hasError())
        return invalidRequest(fields.error());
    const QJsonValue input = o.value(QStringLiteral("input"));
    QJsonArray items;
    if (input.isString())
        items.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), input.toString()}});
    else if (input.isArray())
        items = input.toArray();
    else
        return invalidRequest(QStringLiteral("input must be a string or an array of items"));
    if (items.isEmpty())
        return invalidRequest(QStringLiteral("input must not be empty"));
    auto assistant = [&r]() -> Message & {
        if (r.messages.isEmpty() || r.messages.last().role != Role::Assistant)
            r.messages.append(Message{Role::Assistant, {}, {}, {}, {}, false});
        return r.messages.last();
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("input[%1]").arg(i);
        if (!items.at(i).isObject())
            return invalidRequest(where + QStringLiteral(" must be an object"));
        const QJsonObject it = items.at(i).toObject();
        QString type = it.value(QStringLiteral("type")).toString();
        if (type.isEmpty() && it.contains(QStringLiteral("role")))
            type = QStringLiteral("message");
        if (type == QLatin1String("message")) {
            const QString role = it.value(QStringLiteral("role")).toString();
            QList<ContentPart> parts;
            const QJsonValue content = it.value(QStringLiteral("content"));
            if (content.isString()) {
                parts.append(ContentPart::makeText(content.toString()));
            } else if (content.isArray()) {
                const QJsonArray arr = content.toArray();
                for (qsizetype j = 0; j < arr.size(); ++j) {
                    auto p = partFromWire(arr.at(j).toObject(), QStringLiteral("%1.content[%2]").arg(where).arg(j));
                    if (!p)
                        return p.error();
                    parts.append(std::move(p).value());
                }
            } else {
                return invalidRequest(where + QStringLiteral(".content must be a string or an array"));
            }
            if (role == QLatin1String("system") || role == QLatin1String("developer")) {
                Message tmp;
                tmp.content = parts;
                r.system += (r.system.isEmpty() ? QString() : QStringLiteral("\n\n")) + tmp.text();
            } else if (role == QLatin1String("user")) {
                r.messages.append(Message{Role::User, parts, {}, {}, {}, false});
            } else if (role == QLatin1String("assistant")) {
                assistant().content += parts;
            } else {
                return invalidRequest(QStringLiteral("%1.role \"%2\" is not one of user, assistant, system, developer").arg(where, role));
            }
        } else if (type == QLatin1String("function_call")) {
            ToolCall c{it.value(QStringLiteral("call_id")).toString(),
                       it.value(QStringLiteral("name")).toString(),
                       argumentsText(it.value(QStringLiteral("arguments"))),
                       {},
                       {}};
            if (c.id.isEmpty() || c.name.isEmpty())
                return invalidRequest(where + QStringLiteral(" needs call_id and name"));
            // a call of a namespaced tool goes upstream under the flattened name the tool was offered as
            if (const QString ns = it.value(QStringLiteral("namespace")).toString(); !ns.isEmpty())
                c.name = flatToolName(ns, c.name);
            assistant().toolCalls.append(c);
        } else if (type == QLatin1String("function_call_output")) {
            Message m;
            m.role = Role::Tool;
            m.toolCallId = it.value(QStringLiteral("call_id")).toString();
            if (m.toolCallId.isEmpty())
                return invalidRequest(where + QStringLiteral(".call_id is required"));
            const QJsonValue output = it.value(QStringLiteral("output"));
            if (output.isString()) {
                m.content.append(ContentPart::makeText(output.toString()));
            } else {
                const QJsonArray arr = output.toArray();
                for (qsizetype j = 0; j < arr.size(); ++j) {
                    auto p = partFromWire(arr.at(j).toObject(), QStringLiteral("%1.output[%2]").arg(where).arg(j));
                    if (!p)
                        return p.error();
                    m.content.append(std::move(p).value());
                }
            }
            r.messages.append(m);
        } else if (type == QLatin1String("reasoning")) {
            QString text;
            for (const QJsonValue &s : it.value(QStringLiteral("summary")).toArray())
                text += s.toObject().value(QStringLiteral("text")).toString();
            ContentPart p = ContentPart::makeReasoning(text, it.value(QStringLiteral("encrypted_content")).toString());
            p.id = it.value(QStringLiteral("id")).toString();
            assistant().content.append(p);
        } else {
            return invalidRequest(QStringLiteral("%1.type \"%2\" is not supported").arg(where, type));
        }
    }
    const QJsonArray tools = o.value(QStringLiteral("tools")).toArray();
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QJsonObject t = tools.at(i).toObject();
        const QString type = t.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("namespace")) {
            // A named group of function tools (Codex CLI's multi_agent_v1). No other dialect has them and
            // Anthropic refuses the type: each function becomes a plain tool "ns__name" (also toward
            // Responses upstreams, so every upstream sees one shape), and calls of it are named back
            // (toolAliases) in what the client receives. Custom (free-form) tools inside are left out.
            const QString ns = t.value(QStringLiteral("name")).toString();
            if (ns.isEmpty())
                return invalidRequest(QStringLiteral("tools[%1].name is required").arg(i));
            const QString nsDescription = t.value(QStringLiteral("description")).toString();
            for (const QJsonValue &v : t.value(QStringLiteral("tools")).toArray()) {
                const QJsonObject f = v.toObject();
                const QString name = f.value(QStringLiteral("name")).toString();
                if (f.value(QStringLiteral("type")).toString() != QLatin1String("function") || name.isEmpty())
                    continue;
                const QString flat = flatToolName(ns, name);
                QString description = f.value(QStringLiteral("description")).toString();
                if (!nsDescription.isEmpty())
                    description = QStringLiteral("[%1: %2] %3").arg(ns, nsDescription, description);
                r.tools.append(ToolDef{flat, description, f.value(QStringLiteral("parameters")).toObject()});
                r.toolAliases.insert(flat, ToolAlias{ns, name});
            }
            continue;
        }
        if (type != QLatin1String("function")) {
            QJsonArray kept = r.extras.value(QStringLiteral("tools")).toArray();
            kept.append(t); // built-in tools (web_search, ...) pass through to Responses upstreams
            r.extras.insert(QStringLiteral("tools"), kept);
            // custom tools are the client's own (free-form input): not hosted, and dropped elsewhere
            if (type != QLatin1String("custom") && !type.isEmpty())
                r.hostedTools.append(type);
            continue;
        }
        if (t.value(QStringLiteral("name")).toString().isEmpty())
            return invalidRequest(QStringLiteral("tools[%1].name is required").arg(i));
        r.tools.append(ToolDef{t.value(QStringLiteral("name")).toString(), t.value(QStringLiteral("description")).toString(),
                               t.value(QStringLiteral("parameters")).toObject(), t.value(QStringLiteral("strict")).toBool()});
    }
    const QJsonValue tc = o.value(QStringLiteral("tool_choice"));
    if (tc.isString()) {
        const QString s = tc.toString();
        if (s == QLatin1String("auto"))
            r.toolChoice = ToolChoice{ToolChoice::Mode::Auto, {}};
        else if (s == QLatin1String("none"))
            r.toolChoice = ToolChoice{ToolChoice::Mode::None, {}};
        else if (s == QLatin1String("required"))
            r.toolChoice = ToolChoice{ToolChoice::Mode::Required, {}};
        else
            return invalidRequest(QStringLiteral("tool_choice \"%1\" is not one of auto, none, required").arg(s));
    } else if (tc.isObject()) {
        const QString name = tc.toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return invalidRequest(QStringLiteral("tool_choice.name is required"));
        r.toolChoice = ToolChoice{ToolChoice::Mode::Specific, name};
    }
    const QJsonObject format = o.value(QStringLiteral("text")).toObject().value(QStringLiteral("format")).toObject();
    const QString ft = format.value(QStringLiteral("type")).toString();
    if (ft == QLatin1String("json_object"))
        r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonObject, {}, {}, false};
    else if (ft == QLatin1String("json_schema"))
        r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonSchema, format.value(QStringLiteral("name")).toString(),
                                          format.value(QStringLiteral("schema")).toObject(), format.value(QStringLiteral("strict")).toBool()};
    r.temperature = optDouble(o, QStringLiteral("temperature"));
    r.topP = optDouble(o, QStringLiteral("top_p"));
    r.maxTokens = optInt(o, QStringLiteral("max_output_tokens"));
    r.reasoningEffort = o.value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("effort")).toString();
    r.stream = o.value(QStringLiteral("stream")).toBool();
    // What Codex CLI sends besides input and tools, and where it goes:
    //  - include ["reasoning.encrypted_content"] with store false: reasoning comes back as an item whose
    //    encrypted_content carries the upstream's signature (Anthropic thinking signature, Gemini thought
    //    signature), which the client returns in the next request and the encoders put back in place.
    //    That happens whatever include says; the field itself reaches Responses upstreams only.
    //  - store false: nothing is kept here either; the field reaches Responses upstreams (extras).
    //  - prompt_cache_key, client_metadata, parallel_tool_calls: Responses upstreams only (extras); the
    //    others cache by prefix on their own, and client_metadata holds session ids that stay with OpenAI.
    static const QStringList known{QStringLiteral("model"),       QStringLiteral("instructions"), QStringLiteral("input"),
                                   QStringLiteral("tools"),       QStringLiteral("tool_choice"),  QStringLiteral("text"),
                                   QStringLiteral("temperature"), QStringLiteral("top_p"),        QStringLiteral("max_output_tokens"),
                                   QStringLiteral("stream")};
    collectExtras(r, o, known, Dialect::OpenAiResponses);
    return r;
}

// ---------------------------------------------------------------------------- streams

class Decoder final : public SseDecoderBase
{
protected:
    void onPayload(const QJsonObject &payload, const QString &type, QList<StreamEvent> &out) override
    {
        const QJsonObject *p = &payload;
        const int outputIndex = p->value(QStringLiteral("output_index")).toInt();
        if (type == QLatin1String("response.created")) {
            const QJsonObject resp = p->value(QStringLiteral("response")).toObject();
            push(out, StreamEvent::messageStart(resp.value(QStringLiteral("id")).toString(), resp.value(QStringLiteral("model")).toString()));
        } else if (type == QLatin1String("response.output_item.added")) {
            const QJsonObject item = p->value(QStringLiteral("item")).toObject();
            const QString it = item.value(QStringLiteral("type")).toString();
            if (it == QLatin1String("function_call")) {
                const int index = m_tools.indexFor(outputIndex);
                push(out,
                     StreamEvent::toolCallStart(index, item.value(QStringLiteral("call_id")).toString(),
                                                item.value(QStringLiteral("name")).toString()));
                const QString args = item.value(QStringLiteral("arguments")).toString();
                if (!args.isEmpty()) {
                    push(out, StreamEvent::toolCallDelta(index, args));
                    m_argsSeen.append(outputIndex);
                }
            }
        } else if (type == QLatin1String("response.output_text.delta") || type == QLatin1String("response.refusal.delta")) {
            const QString d = p->value(QStringLiteral("delta")).toString();
            if (!d.isEmpty())
                push(out, StreamEvent::textDelta(d));
        } else if (type == QLatin1String("response.reasoning_summary_text.delta") || type == QLatin1String("response.reasoning_text.delta")) {
            const QString d = p->value(QStringLiteral("delta")).toString();
            if (!d.isEmpty()) {
                StreamEvent e = StreamEvent::reasoningDelta(d);
                e.id = p->value(QStringLiteral("item_id")).toString();
                push(out, e);
            }
        } else if (type == QLatin1String("response.function_call_arguments.delta")) {
            const QString d = p->value(QStringLiteral("delta")).toString();
            if (const auto index = m_tools.find(outputIndex); index && !d.isEmpty()) {
                push(out, StreamEvent::toolCallDelta(*index, d));
                m_argsSeen.append(outputIndex);
            }
        } else if (type == QLatin1String("response.output_item.done")) {
            const QJsonObject item = p->value(QStringLiteral("item")).toObject();
            const QString it = item.value(QStringLiteral("type")).toString();
            if (it == QLatin1String("function_call")) {
                const auto index = m_tools.find(outputIndex);
                const QString args = item.value(QStringLiteral("arguments")).toString();
                if (index && !m_argsSeen.contains(outputIndex) && !args.isEmpty())
                    push(out, StreamEvent::toolCallDelta(*index, args));
                m_tools.close(outputIndex, out);
            } else if (it == QLatin1String("reasoning")) {
                const QString enc = item.value(QStringLiteral("encrypted_content")).toString();
                if (!enc.isEmpty()) {
                    StreamEvent e = StreamEvent::reasoningDelta({}, enc);
                    e.id = item.value(QStringLiteral("id")).toString();
                    push(out, e);
                }
            }
        } else if (type == QLatin1String("response.completed") || type == QLatin1String("response.incomplete")) {
            const QJsonObject resp = p->value(QStringLiteral("response")).toObject();
            m_tools.closeAll(out);
            if (resp.value(QStringLiteral("usage")).isObject())
                push(out, StreamEvent::usageEvent(usageFromWire(resp.value(QStringLiteral("usage")).toObject())));
            push(out, StreamEvent::finish(finishOf(resp, m_tools.any())));
        } else if (type == QLatin1String("response.failed")) {
            push(out,
                 StreamEvent::errorEvent(failedError(p->value(QStringLiteral("response")).toObject().value(QStringLiteral("error")).toObject())));
        } else if (type == QLatin1String("error")) {
            const QJsonObject err = p->value(QStringLiteral("error")).isObject() ? p->value(QStringLiteral("error")).toObject() : *p;
            push(out, StreamEvent::errorEvent(failedError(err)));
        }
    }

private:
    ToolIndexMap m_tools; // keyed by output_index
    QList<int> m_argsSeen;
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
        QByteArray out;
        switch (e.type) {
        case StreamEvent::Type::MessageStart: {
            m_id = e.id.isEmpty() ? m_ids(QStringLiteral("resp_")) : e.id;
            m_model = e.model;
            const QJsonObject resp = responseObject(m_id, m_model, m_created, FinishReason::Stop, {}, std::nullopt, true);
            out += event(QStringLiteral("response.created"), {{QStringLiteral("response"), resp}});
            out += event(QStringLiteral("response.in_progress"), {{QStringLiteral("response"), resp}});
            break;
        }
        case StreamEvent::Type::TextDelta:
            if (e.text.isEmpty())
                break;
            if (m_open != Item::Message) {
                out += close(); // first: the new item's id and index come after the closed one
                out += open(Item::Message, messageItem(nextId("msg"), {}, QStringLiteral("in_progress")));
                out += event(QStringLiteral("response.content_part.added"),
                             {{QStringLiteral("item_id"), m_itemId},
                              {QStringLiteral("output_index"), m_outputIndex},
                              {QStringLiteral("content_index"), 0},
                              {QStringLiteral("part"), textContent({})}});
            }
            m_text += e.text;
            out += event(QStringLiteral("response.output_text.delta"),
                         {{QStringLiteral("item_id"), m_itemId},
                          {QStringLiteral("output_index"), m_outputIndex},
                          {QStringLiteral("content_index"), 0},
                          {QStringLiteral("delta"), e.text},
                          {QStringLiteral("logprobs"), QJsonArray{}}});
            break;
        case StreamEvent::Type::ReasoningDelta: {
            if (e.redacted)
                break; // no Responses equivalent
            const bool newItem = m_open != Item::Reasoning || (!e.id.isEmpty() && e.id != m_itemId)
                || (!m_reasoning.signature.isEmpty() && !e.text.isEmpty());
            if (newItem) {
                out += close();
                m_reasoning = ContentPart::makeReasoning({});
                const QString id = e.id.isEmpty() ? nextId("rs") : e.id;
                out += open(Item::Reasoning, reasoningItem(id, m_reasoning));
            }
            if (!e.text.isEmpty()) {
                if (m_reasoning.text.isEmpty())
                    out += event(QStringLiteral("response.reasoning_summary_part.added"),
                                 {{QStringLiteral("item_id"), m_itemId},
                                  {QStringLiteral("output_index"), m_outputIndex},
                                  {QStringLiteral("summary_index"), 0},
                                  {QStringLiteral("part"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("summary_text")}, {QStringLiteral("text"), QString()}}}});
                m_reasoning.text += e.text;
                out += event(QStringLiteral("response.reasoning_summary_text.delta"),
                             {{QStringLiteral("item_id"), m_itemId},
                              {QStringLiteral("output_index"), m_outputIndex},
                              {QStringLiteral("summary_index"), 0},
                              {QStringLiteral("delta"), e.text}});
            }
            m_reasoning.signature += e.signature;
            break;
        }
        case StreamEvent::Type::ToolCallStart:
            out += close();
            m_call = ToolCall{e.id.isEmpty() ? m_ids(QStringLiteral("call_")) : e.id, e.name, {}, {}, e.toolNamespace};
            m_toolIndex = e.index;
            out += open(Item::Call, functionCallItem(nextId("fc"), m_call, QStringLiteral("in_progress")));
            break;
        case StreamEvent::Type::ToolCallDelta:
            if (e.text.isEmpty())
                break;
            if (m_open == Item::Call && m_toolIndex == e.index) {
                m_call.arguments += e.text;
                out += event(
                    QStringLiteral("response.function_call_arguments.delta"),
                    {{QStringLiteral("item_id"), m_itemId}, {QStringLiteral("output_index"), m_outputIndex}, {QStringLiteral("delta"), e.text}});
            } else {
                qCWarning(lcProtocol) << "responses encoder: arguments for tool call" << e.index << "after its item closed were dropped";
            }
            break;
        case StreamEvent::Type::ToolCallEnd:
            if (m_open == Item::Call && m_toolIndex == e.index)
                out += close();
            break;
        case StreamEvent::Type::Usage: m_usage = e.usage; break;
        case StreamEvent::Type::Finish: out += end(e.finishReason); break;
        case StreamEvent::Type::Error: {
            m_done = true;
            const QJsonObject err = openAiErrorToWire(e.error).value(QStringLiteral("error")).toObject();
            QJsonObject resp = responseObject(m_id, m_model, m_created, FinishReason::Error, m_output, m_usage, false);
            resp.insert(QStringLiteral("status"), QStringLiteral("failed"));
            resp.insert(
                QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"),
                             err.value(QStringLiteral("code")).isNull() ? err.value(QStringLiteral("type")) : err.value(QStringLiteral("code"))},
                            {QStringLiteral("message"), e.error.message}});
            out += event(QStringLiteral("response.failed"), {{QStringLiteral("response"), resp}});
            break;
        }
        }
        return out;
    }

    QByteArray finish() override
    {
        if (m_done)
            return {};
        return end(FinishReason::Stop);
    }

private:
    enum class Item { None, Message, Reasoning, Call };

    QString nextId(const char *prefix) const { return itemId(prefix, m_id, m_output.size()); }

    QByteArray event(const QString &type, std::initializer_list<std::pair<QString, QJsonValue>> fields)
    {
        QJsonObject o{{QStringLiteral("type"), type}};
        for (const auto &[k, v] : fields)
            o.insert(k, v);
        o.insert(QStringLiteral("sequence_number"), m_sequence++);
        return SseWriter::frame(compact(o), type.toLatin1());
    }

    // The current item must be closed already (its state is reused for the new one).
    QByteArray open(Item kind, const QJsonObject &item)
    {
        Q_ASSERT(m_open == Item::None);
        QByteArray out;
        m_open = kind;
        m_itemId = item.value(QStringLiteral("id")).toString();
        m_outputIndex = int(m_output.size());
        m_text.clear();
        out += event(QStringLiteral("response.output_item.added"), {{QStringLiteral("output_index"), m_outputIndex}, {QStringLiteral("item"), item}});
        return out;
    }

    QByteArray close()
    {
        QByteArray out;
        QJsonObject done;
        switch (m_open) {
        case Item::None: return out;
        case Item::Message:
            out += event(QStringLiteral("response.output_text.done"),
                         {{QStringLiteral("item_id"), m_itemId},
                          {QStringLiteral("output_index"), m_outputIndex},
                          {QStringLiteral("content_index"), 0},
                          {QStringLiteral("text"), m_text},
                          {QStringLiteral("logprobs"), QJsonArray{}}});
            out += event(QStringLiteral("response.content_part.done"),
                         {{QStringLiteral("item_id"), m_itemId},
                          {QStringLiteral("output_index"), m_outputIndex},
                          {QStringLiteral("content_index"), 0},
                          {QStringLiteral("part"), textContent(m_text)}});
            done = messageItem(m_itemId, m_text, QStringLiteral("completed"));
            break;
        case Item::Reasoning:
            if (!m_reasoning.text.isEmpty()) {
                out += event(QStringLiteral("response.reasoning_summary_text.done"),
                             {{QStringLiteral("item_id"), m_itemId},
                              {QStringLiteral("output_index"), m_outputIndex},
                              {QStringLiteral("summary_index"), 0},
                              {QStringLiteral("text"), m_reasoning.text}});
                out += event(QStringLiteral("response.reasoning_summary_part.done"),
                             {{QStringLiteral("item_id"), m_itemId},
                              {QStringLiteral("output_index"), m_outputIndex},
                              {QStringLiteral("summary_index"), 0},
                              {QStringLiteral("part"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("summary_text")}, {QStringLiteral("text"), m_reasoning.text}}}});
            }
            done = reasoningItem(m_itemId, m_reasoning);
            break;
        case Item::Call:
            out += event(QStringLiteral("response.function_call_arguments.done"),
                         {{QStringLiteral("item_id"), m_itemId},
                          {QStringLiteral("output_index"), m_outputIndex},
                          {QStringLiteral("name"), m_call.name},
                          {QStringLiteral("arguments"), m_call.arguments}});
            done = functionCallItem(m_itemId, m_call, QStringLiteral("completed"));
            break;
        }
        m_open = Item::None;
        m_output.append(done);
        out += event(QStringLiteral("response.output_item.done"), {{QStringLiteral("output_index"), m_outputIndex}, {QStringLiteral("item"), done}});
        return out;
    }

    QByteArray end(FinishReason reason)
    {
        QByteArray out = close();
        m_done = true;
        const QJsonObject resp = responseObject(m_id, m_model, m_created, reason, m_output, m_usage, false);
        const bool incomplete = resp.value(QStringLiteral("status")).toString() == QLatin1String("incomplete");
        out += event(incomplete ? QStringLiteral("response.incomplete") : QStringLiteral("response.completed"), {{QStringLiteral("response"), resp}});
        return out;
    }

    qint64 m_created;
    Codec::IdGenerator m_ids;
    QString m_id;
    QString m_model;
    int m_sequence = 0;
    Item m_open = Item::None;
    QString m_itemId;
    int m_outputIndex = 0;
    QString m_text;
    ContentPart m_reasoning;
    ToolCall m_call;
    int m_toolIndex = -1;
    QJsonArray m_output;
    std::optional<Usage> m_usage;
    bool m_done = false;
};

// ---------------------------------------------------------------------------- the codec

QJsonArray inputItems(const ChatRequest &r)
{
    QJsonArray items;
    for (const Message &m : r.messages) {
        switch (m.role) {
        case Role::System:
        case Role::User: {
            QJsonArray content;
            for (const ContentPart &p : m.content) {
                switch (p.type) {
                case ContentPart::Type::Text:
                    content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("input_text")}, {QStringLiteral("text"), p.text}});
                    break;
                case ContentPart::Type::Image:
                    content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("input_image")},
                                               {QStringLiteral("image_url"), p.url.isEmpty() ? makeDataUrl(p.mediaType, p.data) : p.url}});
                    break;
                case ContentPart::Type::Document:
                    if (!p.data.isEmpty() || !p.url.isEmpty()) {
                        QJsonObject f{{QStringLiteral("type"), QStringLiteral("input_file")}};
                        if (!p.data.isEmpty())
                            f.insert(QStringLiteral("file_data"), makeDataUrl(p.mediaType, p.data));
                        else
                            f.insert(QStringLiteral("file_url"), p.url);
                        if (!p.title.isEmpty() || !p.data.isEmpty()) // a name goes with inline data (Gemini's has none)
                            f.insert(QStringLiteral("filename"), p.title.isEmpty() ? QStringLiteral("document.pdf") : p.title);
                        content.append(f);
                    } else {
                        content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("input_text")}, {QStringLiteral("text"), p.text}});
                    }
                    break;
                case ContentPart::Type::Reasoning: break;
                }
            }
            items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                     {QStringLiteral("role"), m.role == Role::System ? QStringLiteral("developer") : QStringLiteral("user")},
                                     {QStringLiteral("content"), content}});
            break;
        }
        case Role::Assistant:
            for (const ContentPart &p : m.content) {
                // Only reasoning items that came from a Responses API can be sent back.
                if (p.type == ContentPart::Type::Reasoning && !p.redacted && !p.id.isEmpty())
                    items.append(reasoningItem(p.id, p));
            }
            if (!m.text().isEmpty())
                items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                         {QStringLiteral("role"), QStringLiteral("assistant")},
                                         {QStringLiteral("content"), QJsonArray{textContent(m.text())}}});
            for (const ToolCall &c : m.toolCalls)
                items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                                         {QStringLiteral("call_id"), c.id},
                                         {QStringLiteral("name"), c.name},
                                         {QStringLiteral("arguments"), c.arguments}});
            break;
        case Role::Tool:
            items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                                     {QStringLiteral("call_id"), m.toolCallId},
                                     {QStringLiteral("output"), m.text()}});
            break;
        }
    }
    return items;
}

class OpenAiResponsesCodec final : public Codec
{
public:
    Dialect dialect() const override { return Dialect::OpenAiResponses; }

    WireRequest encodeRequest(const ChatRequest &r) const override
    {
        QJsonObject body{{QStringLiteral("model"), r.model}};
        QStringList notes; // schema changes for strict mode, for the trace
        if (!r.system.isEmpty())
            body.insert(QStringLiteral("instructions"), r.system);
        body.insert(QStringLiteral("input"), inputItems(r));
        if (!r.tools.isEmpty()) {
            QJsonArray tools = r.extrasDialect == toString(dialect()) ? r.extras.value(QStringLiteral("tools")).toArray() : QJsonArray{};
            for (const ToolDef &t : r.tools) {
                QJsonObject o{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("name"), t.name}};
                if (!t.description.isEmpty())
                    o.insert(QStringLiteral("description"), t.description);
                QStringList changed;
                o.insert(QStringLiteral("parameters"), t.strict ? toOpenAiStrictSchema(t.parameters, &changed) : t.parameters);
                for (const QString &c : std::as_const(changed))
                    notes << QStringLiteral("tools.%1.%2").arg(t.name, c);
                if (t.strict)
                    o.insert(QStringLiteral("strict"), true);
                tools.append(o);
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
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("name"), r.toolChoice->name}});
                break;
            }
        }
        if (r.responseFormat && r.responseFormat->type != ResponseFormat::Type::Text) {
            QJsonObject format;
            if (r.responseFormat->type == ResponseFormat::Type::JsonObject) {
                format.insert(QStringLiteral("type"), QStringLiteral("json_object"));
            } else {
                format.insert(QStringLiteral("type"), QStringLiteral("json_schema"));
                format.insert(QStringLiteral("name"), r.responseFormat->name.isEmpty() ? QStringLiteral("response") : r.responseFormat->name);
                format.insert(QStringLiteral("schema"),
                              r.responseFormat->strict ? toOpenAiStrictSchema(r.responseFormat->schema, &notes) : r.responseFormat->schema);
                if (r.responseFormat->strict)
                    format.insert(QStringLiteral("strict"), true);
            }
            body.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("format"), format}});
        }
        if (r.temperature)
            body.insert(QStringLiteral("temperature"), *r.temperature);
        if (r.topP)
            body.insert(QStringLiteral("top_p"), *r.topP);
        if (r.maxTokens)
            body.insert(QStringLiteral("max_output_tokens"), *r.maxTokens);
        QString effort = r.reasoningEffort;
        if (effort.isEmpty() && r.reasoningBudget)
            effort = effortForBudget(*r.reasoningBudget);
        if (!effort.isEmpty())
            body.insert(QStringLiteral("reasoning"),
                        QJsonObject{{QStringLiteral("effort"), effort}, {QStringLiteral("summary"), QStringLiteral("auto")}});
        if (r.stream)
            body.insert(QStringLiteral("stream"), true);
        mergeExtras(body, r, dialect());
        return WireRequest{QStringLiteral("/v1/responses"), body, notes};
    }

    Result<ChatResponse> decodeResponseSummary(const QByteArray &body) const override
    {
        const auto members = JsonMembers::scan(body);
        if (!members || members->isObject(QLatin1String("error")) || !members->value(QLatin1String("output")).startsWith('['))
            return decodeResponse(body);
        ChatResponse resp;
        resp.id = members->string(QLatin1String("id")).value_or(QString());
        resp.model = members->string(QLatin1String("model")).value_or(QString());
        resp.created = members->value(QLatin1String("created_at")).toLongLong();
        resp.usage = usageFromWire(members->object(QLatin1String("usage")));
        return resp;
    }

    Result<ChatResponse> decodeResponse(const QByteArray &body) const override
    {
        auto parsed = parseUpstreamBody(body, QStringLiteral("response"));
        if (!parsed)
            return parsed.error();
        const QJsonObject &o = parsed.value();
        if (o.value(QStringLiteral("error")).isObject())
            return failedError(o.value(QStringLiteral("error")).toObject());
        ChatResponse resp;
        resp.id = o.value(QStringLiteral("id")).toString();
        resp.model = o.value(QStringLiteral("model")).toString();
        resp.created = o.value(QStringLiteral("created_at")).toInteger();
        for (const QJsonValue &v : o.value(QStringLiteral("output")).toArray()) {
            const QJsonObject item = v.toObject();
            const QString type = item.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("message")) {
                for (const QJsonValue &c : item.value(QStringLiteral("content")).toArray()) {
                    auto part = partFromWire(c.toObject(), QStringLiteral("output"));
                    if (part)
                        resp.message.content.append(part.value());
                }
            } else if (type == QLatin1String("function_call")) {
                resp.message.toolCalls.append(ToolCall{item.value(QStringLiteral("call_id")).toString(),
                                                       item.value(QStringLiteral("name")).toString(),
                                                       argumentsText(item.value(QStringLiteral("arguments"))),
                                                       {},
                                                       {}});
            } else if (type == QLatin1String("reasoning")) {
                QString text;
                for (const QJsonValue &s : item.value(QStringLiteral("summary")).toArray())
                    text += s.toObject().value(QStringLiteral("text")).toString();
                ContentPart p = ContentPart::makeReasoning(text, item.value(QStringLiteral("encrypted_content")).toString());
                p.id = item.value(QStringLiteral("id")).toString();
                resp.message.content.append(p);
            }
        }
        resp.finishReason = finishOf(o, !resp.message.toolCalls.isEmpty());
        resp.usage = usageFromWire(o.value(QStringLiteral("usage")).toObject());
        return resp;
    }

    std::unique_ptr<StreamDecoder> streamDecoder() const override { return std::make_unique<Decoder>(); }

    ApiError decodeError(int httpStatus, const QByteArray &body, const QByteArray &retryAfter) const override
    {
        const auto o = parseObject(body);
        const QJsonValue err = o ? o->value(QStringLiteral("error")) : QJsonValue();
        ApiError e = err.isObject() ? openAiErrorFromObject(httpStatus, err.toObject())
                                    : ApiError::make(ApiError::kindForStatus(httpStatus), QString::fromUtf8(body.left(500)), httpStatus);
        e.retryAfter = parseRetryAfter(retryAfter);
        return e;
    }

    Result<ChatRequest> decodeRequest(const QByteArray &body, const RequestContext &) const override { return readRequest(body, requestFromWire); }

    QByteArray encodeResponse(const ChatResponse &r) const override
    {
        return compact(responseObject(r.id, r.model, r.created ? r.created : now(), r.finishReason, outputItems(r.message, r.id), r.usage, false));
    }

    std::unique_ptr<StreamEncoder> streamEncoder() const override { return std::make_unique<Encoder>(now(), idGenerator()); }

    QByteArray encodeError(const ApiError &error) const override { return compact(openAiErrorToWire(error)); }
};

} // namespace

std::unique_ptr<Codec> makeOpenAiResponsesCodec()
{
    return std::make_unique<OpenAiResponsesCodec>();
}

} // namespace sb::protocol
