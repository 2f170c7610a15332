#include "protocol/ollamacodec.h"

#include "protocol/jsonutil.h"
#include "protocol/ndjson.h"

namespace sb::protocol {

using namespace detail;

namespace {

FinishReason finishFromWire(const QString &s, bool calledTools)
{
    if (s == QLatin1String("length"))
        return FinishReason::Length;
    return calledTools ? FinishReason::ToolCalls : FinishReason::Stop;
}

QString finishToWire(FinishReason r)
{
    return r == FinishReason::Length ? QStringLiteral("length") : QStringLiteral("stop");
}

// Ollama sends images as bare base64: recognise the common formats by their first bytes.
QString mediaTypeOf(const QByteArray &base64)
{
    if (base64.startsWith("/9j/"))
        return QStringLiteral("image/jpeg");
    if (base64.startsWith("R0lGOD"))
        return QStringLiteral("image/gif");
    if (base64.startsWith("UklGR"))
        return QStringLiteral("image/webp");
    return QStringLiteral("image/png");
}

QString timestamp(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

ApiError errorFromText(int httpStatus, const QString &message)
{
    ApiError e = ApiError::make(httpStatus ? ApiError::kindForStatus(httpStatus) : ApiError::Kind::Server, message, httpStatus);
    const QString m = message.toLower();
    if (!httpStatus && m.contains(QLatin1String("not found")))
        e.kind = ApiError::Kind::NotFound;
    if (e.kind == ApiError::Kind::InvalidRequest || e.kind == ApiError::Kind::Server)
        e.kind = refineKind(e.kind, {}, message);
    else if (e.kind == ApiError::Kind::RateLimited) // 429 also reports spent budgets
        e.kind = refineKind(e.kind, {}, message);
    return e;
}

QJsonObject toolCallToWire(const ToolCall &c)
{
    return QJsonObject{
        {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("arguments"), argumentsObject(c.arguments)}}}};
}

QJsonObject messageToWire(const Message &m, const QString &toolName)
{
    QJsonObject o{{QStringLiteral("role"), toString(m.role)}};
    QString text;
    QString thinking;
    QJsonArray images;
    for (const ContentPart &p : m.content) {
        switch (p.type) {
        case ContentPart::Type::Text: text += p.text; break;
        case ContentPart::Type::Image:
            if (!p.data.isEmpty())
                images.append(QString::fromLatin1(p.data));
            break;
        case ContentPart::Type::Document:
            if (!p.text.isEmpty())
                text += p.text;
            break;
        case ContentPart::Type::Reasoning:
            if (!p.redacted)
                thinking += p.text;
            break;
        }
    }
    o.insert(QStringLiteral("content"), text);
    if (!thinking.isEmpty())
        o.insert(QStringLiteral("thinking"), thinking);
    if (!images.isEmpty())
        o.insert(QStringLiteral("images"), images);
    if (!m.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &c : m.toolCalls)
            calls.append(toolCallToWire(c));
        o.insert(QStringLiteral("tool_calls"), calls);
    }
    if (m.role == Role::Tool && !toolName.isEmpty())
        o.insert(QStringLiteral("tool_name"), toolName);
    return o;
}

// Reads an assistant message of a response (or stream line); key makes ids for calls without one.
Message messageFromWire(const QJsonObject &m, const QString &key, int firstCall = 0)
{
    Message msg;
    msg.role = Role::Assistant;
    const QString thinking = m.value(QStringLiteral("thinking")).toString();
    if (!thinking.isEmpty())
        msg.content.append(ContentPart::makeReasoning(thinking));
    const QString text = m.value(QStringLiteral("content")).toString();
    if (!text.isEmpty())
        msg.content.append(ContentPart::makeText(text));
    for (const QJsonValue &v : m.value(QStringLiteral("tool_calls")).toArray()) {
        const QJsonObject fn = v.toObject().value(QStringLiteral("function")).toObject();
        QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            id = generatedCallId(key, firstCall + int(msg.toolCalls.size()));
        msg.toolCalls.append(ToolCall{id, fn.value(QStringLiteral("name")).toString(), argumentsText(fn.value(QStringLiteral("arguments"))), {}, {}});
    }
    return msg;
}

Usage usageFromWire(const QJsonObject &o)
{
    Usage u;
    u.inputTokens = o.value(QStringLiteral("prompt_eval_count")).toInteger();
    u.outputTokens = o.value(QStringLiteral("eval_count")).toInteger();
    return u;
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
    QList<ToolCall> pending;
    int generated = 0;
    const QJsonArray arr = msgs.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString where = QStringLiteral("messages[%1]").arg(i);
        if (!arr.at(i).isObject())
            return invalidRequest(where + QStringLiteral(" must be an object"));
        const QJsonObject m = arr.at(i).toObject();
        const QString role = m.value(QStringLiteral("role")).toString();
        const QJsonValue content = m.value(QStringLiteral("content"));
        if (!content.isString() && !content.isUndefined() && !content.isNull())
            return invalidRequest(where + QStringLiteral(".content must be a string"));
        if (role == QLatin1String("system")) {
            r.system += (r.system.isEmpty() ? QString() : QStringLiteral("\n\n")) + content.toString();
            continue;
        }
        Message msg;
        if (role == QLatin1String("user")) {
            msg.role = Role::User;
        } else if (role == QLatin1String("assistant")) {
            msg.role = Role::Assistant;
        } else if (role == QLatin1String("tool")) {
            msg.role = Role::Tool;
            msg.name = m.value(QStringLiteral("tool_name")).toString();
            if (msg.name.isEmpty())
                msg.name = m.value(QStringLiteral("name")).toString();
        } else {
            return invalidRequest(QStringLiteral("%1.role \"%2\" is not one of system, user, assistant, tool").arg(where, role));
        }
        const QString thinking = m.value(QStringLiteral("thinking")).toString();
        if (!thinking.isEmpty())
            msg.content.append(ContentPart::makeReasoning(thinking));
        if (!content.toString().isEmpty() || msg.role != Role::Assistant)
            msg.content.append(ContentPart::makeText(content.toString()));
        for (const QJsonValue &img : m.value(QStringLiteral("images")).toArray()) {
            const QByteArray data = img.toString().toLatin1();
            msg.content.append(ContentPart::makeImageData(data, mediaTypeOf(data)));
        }
        const QJsonArray calls = m.value(QStringLiteral("tool_calls")).toArray();
        for (qsizetype j = 0; j < calls.size(); ++j) {
            const QJsonObject fn = calls.at(j).toObject().value(QStringLiteral("function")).toObject();
            ToolCall c{calls.at(j).toObject().value(QStringLiteral("id")).toString(),
                       fn.value(QStringLiteral("name")).toString(),
                       argumentsText(fn.value(QStringLiteral("arguments"))),
                       {},
                       {}};
            if (c.name.isEmpty())
                return invalidRequest(QStringLiteral("%1.tool_calls[%2].function.name is required").arg(where).arg(j));
            if (c.id.isEmpty())
                c.id = QStringLiteral("call_%1").arg(++generated);
            msg.toolCalls.append(c);
            pending.append(c);
        }
        if (msg.role == Role::Tool) {
            for (qsizetype k = 0; k < pending.size(); ++k) {
                if (msg.name.isEmpty() || pending[k].name == msg.name) {
                    msg.toolCallId = pending[k].id;
                    msg.name = pending[k].name;
                    pending.removeAt(k);
                    break;
                }
            }
            if (msg.toolCallId.isEmpty())
                msg.toolCallId = QStringLiteral("call_%1").arg(++generated);
        }
        r.messages.append(msg);
    }
    const QJsonArray tools = o.value(QStringLiteral("tools")).toArray();
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QJsonObject fn = tools.at(i).toObject().value(QStringLiteral("function")).toObject();
        if (fn.value(QStringLiteral("name")).toString().isEmpty())
            return invalidRequest(QStringLiteral("tools[%1].function.name is required").arg(i));
        r.tools.append(ToolDef{fn.value(QStringLiteral("name")).toString(), fn.value(QStringLiteral("description")).toString(),
                               fn.value(QStringLiteral("parameters")).toObject()});
    }
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (format.isObject())
        r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonSchema, {}, format.toObject(), false};
    else if (format.toString() == QLatin1String("json"))
        r.responseFormat = ResponseFormat{ResponseFormat::Type::JsonObject, {}, {}, false};
    const QJsonObject options = o.value(QStringLiteral("options")).toObject();
    r.temperature = optDouble(options, QStringLiteral("temperature"));
    r.topP = optDouble(options, QStringLiteral("top_p"));
    r.maxTokens = optInt(options, QStringLiteral("num_predict"));
    for (const QJsonValue &s : options.value(QStringLiteral("stop")).toArray())
        r.stop.append(s.toString());
    if (options.value(QStringLiteral("seed")).isDouble())
        r.seed = options.value(QStringLiteral("seed")).toInteger();
    const QJsonValue think = o.value(QStringLiteral("think"));
    if (think.isString())
        r.reasoningEffort = think.toString();
    else if (think.isBool())
        r.reasoningEffort = think.toBool() ? QStringLiteral("medium") : QStringLiteral("none");
    r.stream = o.value(QStringLiteral("stream")).toBool(true); // Ollama streams unless told not to
    QJsonObject otherOptions = options;
    for (const char *k : {"temperature", "top_p", "num_predict", "stop", "seed"})
        otherOptions.remove(QLatin1String(k));
    static const QStringList known{QStringLiteral("model"),   QStringLiteral("messages"), QStringLiteral("tools"), QStringLiteral("format"),
                                   QStringLiteral("options"), QStringLiteral("think"),    QStringLiteral("stream")};
    collectExtras(r, o, known, Dialect::Ollama);
    if (!otherOptions.isEmpty())
        r.extras.insert(QStringLiteral("options"), otherOptions);
    return r;
}

// ---------------------------------------------------------------------------- streams

class Decoder final : public StreamDecoder
{
public:
    QList<StreamEvent> feed(QByteArrayView bytes) override
    {
        QList<StreamEvent> out;
        if (!m_done)
            handle(m_parser.feed(bytes), out);
        return out;
    }

    QList<StreamEvent> finish() override
    {
        QList<StreamEvent> out;
        if (m_done)
            return out;
        handle(m_parser.finish(), out, true);
        if (!m_done)
            push(out, StreamEvent::errorEvent(truncatedStream()));
        return out;
    }

private:
    // last: the lines are the unterminated end of the body (a line that does not parse was cut off)
    void handle(const QList<QByteArray> &lines, QList<StreamEvent> &out, bool last = false)
    {
        for (const QByteArray &line : lines) {
            if (m_done)
                return;
            const auto o = parseObject(line);
            if (!o) {
                push(out, StreamEvent::errorEvent(last ? truncatedStream() : upstreamGarbage(QStringLiteral("a stream line is not a JSON object"))));
                return;
            }
            if (o->value(QStringLiteral("error")).isString()) {
                push(out, StreamEvent::errorEvent(errorFromText(0, o->value(QStringLiteral("error")).toString())));
                return;
            }
            if (!m_started) {
                m_started = true;
                push(out, StreamEvent::messageStart({}, o->value(QStringLiteral("model")).toString()));
            }
            const Message m = messageFromWire(o->value(QStringLiteral("message")).toObject(), o->value(QStringLiteral("created_at")).toString(),
                                              m_calls);
            for (const ContentPart &p : m.content) {
                if (p.type == ContentPart::Type::Reasoning)
                    push(out, StreamEvent::reasoningDelta(p.text));
                else
                    push(out, StreamEvent::textDelta(p.text));
            }
            for (const ToolCall &c : m.toolCalls) {
                const int index = m_calls++;
                push(out, StreamEvent::toolCallStart(index, c.id, c.name));
                push(out, StreamEvent::toolCallDelta(index, c.arguments));
                push(out, StreamEvent::toolCallEnd(index));
            }
            if (o->value(QStringLiteral("done")).toBool()) {
                push(out, StreamEvent::usageEvent(usageFromWire(*o)));
                push(out, StreamEvent::finish(finishFromWire(o->value(QStringLiteral("done_reason")).toString(), m_calls > 0)));
            }
        }
        if (!m_done && m_parser.error())
            push(out, StreamEvent::errorEvent(upstreamGarbage(m_parser.error()->message)));
    }

    void push(QList<StreamEvent> &out, StreamEvent e)
    {
        if (m_done)
            return;
        m_done = e.type == StreamEvent::Type::Finish || e.type == StreamEvent::Type::Error;
        out.append(std::move(e));
    }

    NdjsonParser m_parser;
    bool m_started = false;
    bool m_done = false;
    int m_calls = 0;
};

class Encoder final : public StreamEncoder
{
public:
    explicit Encoder(qint64 created)
        : m_created(timestamp(created))
    {
    }

    QByteArray encode(const StreamEvent &e) override
    {
        if (m_done)
            return {};
        switch (e.type) {
        case StreamEvent::Type::MessageStart: m_model = e.model; return {};
        case StreamEvent::Type::TextDelta:
            return e.text.isEmpty() ? QByteArray()
                                    : line(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), e.text}});
        case StreamEvent::Type::ReasoningDelta:
            if (e.text.isEmpty() || e.redacted)
                return {};
            return line(QJsonObject{
                {QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}, {QStringLiteral("thinking"), e.text}});
        case StreamEvent::Type::ToolCallStart: m_calls.append({e.index, ToolCall{e.id, e.name, {}, {}, {}}}); return {};
        case StreamEvent::Type::ToolCallDelta:
            for (auto &[index, call] : m_calls) {
                if (index == e.index)
                    call.arguments += e.text;
            }
            return {};
        case StreamEvent::Type::ToolCallEnd:
            for (qsizetype i = 0; i < m_calls.size(); ++i) {
                if (m_calls[i].first == e.index)
                    return toolLine({m_calls.takeAt(i).second});
            }
            return {};
        case StreamEvent::Type::Usage: m_usage = e.usage; return {};
        case StreamEvent::Type::Finish: return end(e.finishReason);
        case StreamEvent::Type::Error: m_done = true; return compact(QJsonObject{{QStringLiteral("error"), messageWithKindWording(e.error)}}) + '\n';
        }
        return {};
    }

    QByteArray finish() override { return m_done ? QByteArray() : end(FinishReason::Stop); }

private:
    QJsonObject base(const QJsonObject &message, bool done) const
    {
        return QJsonObject{{QStringLiteral("model"), m_model},
                           {QStringLiteral("created_at"), m_created},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("done"), done}};
    }

    QByteArray line(const QJsonObject &message) const { return compact(base(message, false)) + '\n'; }

    QByteArray toolLine(const QList<ToolCall> &calls) const
    {
        QJsonArray arr;
        for (const ToolCall &c : calls)
            arr.append(toolCallToWire(c));
        return line(QJsonObject{
            {QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}, {QStringLiteral("tool_calls"), arr}});
    }

    QByteArray end(FinishReason reason)
    {
        m_done = true;
        QByteArray out;
        if (!m_calls.isEmpty()) {
            QList<ToolCall> calls;
            for (const auto &[index, call] : std::as_const(m_calls))
                calls.append(call);
            out += toolLine(calls);
        }
        QJsonObject o = base(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}}, true);
        o.insert(QStringLiteral("done_reason"), finishToWire(reason));
        o.insert(QStringLiteral("prompt_eval_count"), m_usage.totalInputTokens());
        o.insert(QStringLiteral("eval_count"), m_usage.outputTokens);
        return out + compact(o) + '\n';
    }

    QString m_created;
    QString m_model;
    QList<std::pair<int, ToolCall>> m_calls;
    Usage m_usage;
    bool m_done = false;
};

// ---------------------------------------------------------------------------- the codec

class OllamaCodec final : public Codec
{
public:
    Dialect dialect() const override { return Dialect::Ollama; }

    WireRequest encodeRequest(const ChatRequest &r) const override
    {
        QJsonObject body{{QStringLiteral("model"), r.model}};
        QJsonArray messages;
        if (!r.system.isEmpty())
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), r.system}});
        for (const Message &m : r.messages) {
            QString toolName = m.name;
            if (m.role == Role::Tool && toolName.isEmpty()) {
                for (const Message &prev : r.messages) {
                    for (const ToolCall &c : prev.toolCalls) {
                        if (c.id == m.toolCallId)
                            toolName = c.name;
                    }
                }
            }
            messages.append(messageToWire(m, toolName));
        }
        body.insert(QStringLiteral("messages"), messages);
        if (!r.tools.isEmpty()) {
            QJsonArray tools;
            for (const ToolDef &t : r.tools)
                tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                         {QStringLiteral("function"),
                                          QJsonObject{{QStringLiteral("name"), t.name},
                                                      {QStringLiteral("description"), t.description},
                                                      {QStringLiteral("parameters"), t.parameters}}}});
            body.insert(QStringLiteral("tools"), tools);
        }
        if (r.responseFormat) {
            if (r.responseFormat->type == ResponseFormat::Type::JsonObject)
                body.insert(QStringLiteral("format"), QStringLiteral("json"));
            else if (r.responseFormat->type == ResponseFormat::Type::JsonSchema)
                body.insert(QStringLiteral("format"), r.responseFormat->schema);
        }
        QJsonObject options = r.extrasDialect == toString(dialect()) ? r.extras.value(QStringLiteral("options")).toObject() : QJsonObject{};
        if (r.temperature)
            options.insert(QStringLiteral("temperature"), *r.temperature);
        if (r.topP)
            options.insert(QStringLiteral("top_p"), *r.topP);
        if (r.maxTokens)
            options.insert(QStringLiteral("num_predict"), *r.maxTokens);
        if (!r.stop.isEmpty())
            options.insert(QStringLiteral("stop"), QJsonArray::fromStringList(r.stop));
        if (r.seed)
            options.insert(QStringLiteral("seed"), *r.seed);
        if (!options.isEmpty())
            body.insert(QStringLiteral("options"), options);
        if (r.reasoningEffort == QLatin1String("none"))
            body.insert(QStringLiteral("think"), false);
        else if (!r.reasoningEffort.isEmpty() || r.reasoningBudget)
            body.insert(QStringLiteral("think"), true);
        body.insert(QStringLiteral("stream"), r.stream);
        mergeExtras(body, r, dialect());
        return WireRequest{QStringLiteral("/api/chat"), body, {}};
    }

    Result<ChatResponse> decodeResponse(const QByteArray &body) const override
    {
        auto parsed = parseUpstreamBody(body, QStringLiteral("chat response"));
        if (!parsed)
            return parsed.error();
        const QJsonObject &o = parsed.value();
        if (o.value(QStringLiteral("error")).isString())
            return errorFromText(0, o.value(QStringLiteral("error")).toString());
        ChatResponse resp;
        resp.model = o.value(QStringLiteral("model")).toString();
        resp.created = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).toSecsSinceEpoch();
        resp.message = messageFromWire(o.value(QStringLiteral("message")).toObject(), o.value(QStringLiteral("created_at")).toString());
        resp.finishReason = finishFromWire(o.value(QStringLiteral("done_reason")).toString(), !resp.message.toolCalls.isEmpty());
        resp.usage = usageFromWire(o);
        return resp;
    }

    std::unique_ptr<StreamDecoder> streamDecoder() const override { return std::make_unique<Decoder>(); }

    ApiError decodeError(int httpStatus, const QByteArray &body, const QByteArray &retryAfter) const override
    {
        const auto o = parseObject(body);
        const QString message = o && o->value(QStringLiteral("error")).isString() ? o->value(QStringLiteral("error")).toString()
                                                                                  : QString::fromUtf8(body.left(500));
        ApiError e = errorFromText(httpStatus, message);
        e.retryAfter = parseRetryAfter(retryAfter);
        return e;
    }

    Result<ChatRequest> decodeRequest(const QByteArray &body, const RequestContext &) const override { return readRequest(body, requestFromWire); }

    QByteArray encodeResponse(const ChatResponse &r) const override
    {
        QJsonObject o{{QStringLiteral("model"), r.model},
                      {QStringLiteral("created_at"), timestamp(r.created ? r.created : now())},
                      {QStringLiteral("message"), messageToWire(r.message, {})},
                      {QStringLiteral("done"), true},
                      {QStringLiteral("done_reason"), finishToWire(r.finishReason)},
                      {QStringLiteral("prompt_eval_count"), r.usage.totalInputTokens()},
                      {QStringLiteral("eval_count"), r.usage.outputTokens}};
        return compact(o);
    }

    std::unique_ptr<StreamEncoder> streamEncoder() const override { return std::make_unique<Encoder>(now()); }

    QByteArray encodeError(const ApiError &error) const override
    {
        return compact(QJsonObject{{QStringLiteral("error"), messageWithKindWording(error)}});
    }
};

} // namespace

std::unique_ptr<Codec> makeOllamaCodec()
{
    return std::make_unique<OllamaCodec>();
}

} // namespace sb::protocol
