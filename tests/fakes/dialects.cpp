#include "dialects.h"

#include "json.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <cmath>

namespace sb::fakes {

using namespace json;
using Members = QList<std::pair<QByteArray, QByteArray>>;

namespace {

constexpr qint64 kCreated = 1735689600; // 2025-01-01T00:00:00Z: fixed, so bodies are reproducible

// Splits into at most n non-empty pieces of near-equal length, never inside a surrogate pair.
QStringList splitText(const QString &text, int n)
{
    QStringList pieces;
    if (text.isEmpty())
        return pieces;
    n = qMax(1, n);
    const qsizetype size = text.size();
    qsizetype start = 0;
    for (int i = 0; i < n && start < size; ++i) {
        qsizetype end = (i == n - 1) ? size : qMax(start + 1, size * (i + 1) / n);
        if (end < size && text.at(end).isLowSurrogate())
            ++end;
        if (end <= start)
            continue;
        pieces.append(text.mid(start, end - start));
        start = end;
    }
    return pieces;
}

QByteArray sse(const char *event, const QByteArray &data)
{
    return QByteArray("event: ") + event + "\ndata: " + data + "\n\n";
}

QByteArray sseData(const QByteArray &data)
{
    return "data: " + data + "\n\n";
}

QByteArray geminiSse(const QByteArray &data)
{
    return "data: " + data + "\r\n\r\n";
}

ResponsePlan jsonPlan(int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    ResponsePlan plan;
    plan.status = status;
    plan.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    plan.frames.append(body);
    return plan;
}

ResponsePlan streamPlan(const QByteArray &contentType, QList<QByteArray> frames)
{
    ResponsePlan plan;
    plan.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    plan.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
    plan.frames = std::move(frames);
    plan.chunked = true;
    return plan;
}

QByteArray requestId(const RenderInput &in)
{
    return "req_fake_" + QByteArray::number(in.serial);
}

void addVendorHeaders(const RenderInput &in, ResponsePlan &plan)
{
    switch (in.route.dialect) {
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses: plan.headers.append({QByteArrayLiteral("x-request-id"), requestId(in)}); break;
    case Dialect::Anthropic: plan.headers.append({QByteArrayLiteral("request-id"), requestId(in)}); break;
    case Dialect::Gemini:
    case Dialect::Ollama: break;
    }
}

quint32 fnv1a(const QByteArray &data)
{
    quint32 h = 2166136261u;
    for (const char c : data) {
        h ^= static_cast<quint8>(c);
        h *= 16777619u;
    }
    return h;
}

// A deterministic unit vector for a text: the same text always embeds the same.
QList<double> embedding(const QString &text, int dimensions)
{
    // feature hashing of the words: texts that share words point the same way (near duplicates
    // come out near each other, as with a real model), the same text always embeds the same
    const int dims = qMax(1, dimensions);
    QList<double> v(dims, 0.0);
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
        const quint32 h = fnv1a(it.next().captured(0).toUtf8());
        v[int(h % quint32(dims))] += (h >> 31) ? -1.0 : 1.0;
    }
    double norm = 0;
    for (const double x : v)
        norm += x * x;
    if (norm == 0) { // no words (or words that cancel out): one fixed direction
        v[0] = 1.0;
        norm = 1.0;
    }
    norm = std::sqrt(norm);
    for (double &x : v)
        x = x / norm;
    return v;
}

QByteArray floatArray(const QList<double> &v)
{
    QList<QByteArray> items;
    items.reserve(v.size());
    for (const double x : v)
        items.append(real(x));
    return arr(items);
}

QByteArray base64Floats(const QList<double> &v)
{
    QByteArray raw(v.size() * 4, Qt::Uninitialized);
    for (qsizetype i = 0; i < v.size(); ++i)
        qToLittleEndian(static_cast<float>(v[i]), raw.data() + i * 4);
    return raw.toBase64();
}

// Texts to embed: a string or an array of strings (other inputs are embedded by their JSON text).
QStringList inputTexts(const QJsonValue &input)
{
    QStringList texts;
    if (input.isString()) {
        texts.append(input.toString());
    } else if (input.isArray()) {
        const QJsonArray a = input.toArray();
        for (const QJsonValue &item : a)
            texts.append(item.isString() ? item.toString() : QString::fromUtf8(value(item)));
    }
    return texts;
}

QStringList modelsFor(const RenderInput &in)
{
    if (!in.models.isEmpty())
        return in.models;
    switch (in.route.dialect) {
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses: return {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("text-embedding-3-small")};
    case Dialect::Anthropic: return {QStringLiteral("claude-sonnet-4-5"), QStringLiteral("claude-3-5-haiku-latest")};
    case Dialect::Gemini: return {QStringLiteral("gemini-2.0-flash"), QStringLiteral("text-embedding-004")};
    case Dialect::Ollama: return {QStringLiteral("llama3.2:latest"), QStringLiteral("nomic-embed-text:latest")};
    }
    return {};
}

QString toolId(const RenderInput &in, const char *fallback)
{
    return in.reply.toolCall && !in.reply.toolCall->id.isEmpty() ? in.reply.toolCall->id : QString::fromUtf8(fallback);
}

QByteArray toolArgumentsObject(const ToolCallScript &tool)
{
    const QJsonDocument doc = QJsonDocument::fromJson(tool.arguments.toUtf8());
    return doc.isObject() ? doc.toJson(QJsonDocument::Compact) : QByteArrayLiteral("{}");
}

// Gemini 3 signs the first functionCall part of a step and wants it back on replay. The fake's
// signature is a function of the call (name and arguments), long and in standard base64 (+, /, =) like
// Google's, so a proxy that loses, truncates or re-encodes it is caught.
bool signsThoughts(const QString &model)
{
    return model.startsWith(QLatin1String("gemini-3"));
}

QString fakeThoughtSignature(const QString &name, const QJsonObject &args)
{
    const QByteArray seed = "fake-gemini-3-thought|" + name.toUtf8() + '|' + QJsonDocument(args).toJson(QJsonDocument::Compact);
    QByteArray blob;
    for (int i = 0; blob.size() < 700; ++i)
        blob += QCryptographicHash::hash(QByteArray(seed + QByteArray::number(i)), QCryptographicHash::Sha256);
    return QString::fromLatin1(blob.left(701).toBase64());
}

// Google's documented value for history the model did not produce (it skips the check).
const char *const kSkipThoughtSignature = "skip_thought_signature_validator";

QByteArray isoTime()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
}

// ---------------------------------------------------------------- OpenAI Chat Completions

QByteArray openAiUsage(const RenderInput &in)
{
    const ReplyScript &r = in.reply;
    if (in.route.ollamaCompat) {
        return obj({{"prompt_tokens", num(r.inputTokens)},
                    {"completion_tokens", num(r.outputTokens)},
                    {"total_tokens", num(r.inputTokens + r.outputTokens)}});
    }
    return obj({{"prompt_tokens", num(r.inputTokens)},
                {"completion_tokens", num(r.outputTokens)},
                {"total_tokens", num(r.inputTokens + r.outputTokens)},
                {"prompt_tokens_details", obj({{"cached_tokens", num(r.cachedTokens)}, {"audio_tokens", num(0)}})},
                {"completion_tokens_details",
                 obj({{"reasoning_tokens", num(r.reasoningTokens)},
                      {"audio_tokens", num(0)},
                      {"accepted_prediction_tokens", num(0)},
                      {"rejected_prediction_tokens", num(0)}})}});
}

ResponsePlan openAiChat(const RenderInput &in)
{
    const ReplyScript &r = in.reply;
    const bool compat = in.route.ollamaCompat;
    const QByteArray id = str(QStringLiteral("chatcmpl-fake%1").arg(in.serial));
    const QByteArray model = str(requestedModel(in));
    const QByteArray fingerprint = str(compat ? "fp_ollama" : "fp_fake");
    const char *reasoningKey = compat ? "reasoning" : "reasoning_content";
    const QByteArray finish = str(r.toolCall ? "tool_calls" : "stop");

    auto envelope = [&](const char *object, const QByteArray &choices, const std::optional<QByteArray> &usage) {
        Members m{{"id", id}, {"object", str(object)}, {"created", num(kCreated)}, {"model", model}};
        if (!compat)
            m.append({"service_tier", str("default")});
        m.append({"system_fingerprint", fingerprint});
        m.append({"choices", choices});
        if (usage)
            m.append({"usage", *usage});
        return obj(m);
    };

    if (!wantsStream(in)) {
        Members message{{"role", str("assistant")}, {"content", r.text.isEmpty() && r.toolCall ? null() : str(r.text)}};
        if (!compat)
            message.append({"refusal", null()});
        if (!r.reasoning.isEmpty())
            message.append({reasoningKey, str(r.reasoning)});
        if (r.toolCall) {
            message.append({"tool_calls",
                            arr({obj({{"id", str(toolId(in, "call_fake_1"))},
                                      {"type", str("function")},
                                      {"function", obj({{"name", str(r.toolCall->name)}, {"arguments", str(r.toolCall->arguments)}})}})})});
        }
        if (!compat)
            message.append({"annotations", arr({})});
        const QByteArray choices = arr({obj({{"index", num(0)}, {"message", obj(message)}, {"logprobs", null()}, {"finish_reason", finish}})});
        ResponsePlan plan = jsonPlan(200, envelope("chat.completion", choices, openAiUsage(in)));
        addVendorHeaders(in, plan);
        return plan;
    }

    const QJsonObject &body = in.body;
    const bool includeUsage = body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
    const std::optional<QByteArray> usageNull = includeUsage ? std::optional<QByteArray>(null()) : std::nullopt;
    auto chunk = [&](const QByteArray &delta, const QByteArray &finishReason) {
        const QByteArray choices = arr({obj({{"index", num(0)}, {"delta", delta}, {"logprobs", null()}, {"finish_reason", finishReason}})});
        return sseData(envelope("chat.completion.chunk", choices, usageNull));
    };

    QList<QByteArray> frames;
    frames.append(chunk(compat ? obj({{"role", str("assistant")}, {"content", str("")}})
                               : obj({{"role", str("assistant")}, {"content", str("")}, {"refusal", null()}}),
                        null()));
    for (const QString &piece : splitText(r.reasoning, r.reasoningChunks))
        frames.append(chunk(obj({{reasoningKey, str(piece)}}), null()));
    for (const QString &piece : splitText(r.text, r.textChunks))
        frames.append(chunk(obj({{"content", str(piece)}}), null()));
    if (r.toolCall) {
        frames.append(chunk(obj({{"tool_calls",
                                  arr({obj({{"index", num(0)},
                                            {"id", str(toolId(in, "call_fake_1"))},
                                            {"type", str("function")},
                                            {"function", obj({{"name", str(r.toolCall->name)}, {"arguments", str("")}})}})})}}),
                            null()));
        for (const QString &piece : splitText(r.toolCall->arguments, r.toolCall->chunks)) {
            frames.append(chunk(obj({{"tool_calls", arr({obj({{"index", num(0)}, {"function", obj({{"arguments", str(piece)}})}})})}}), null()));
        }
    }
    frames.append(chunk(obj({}), finish));
    if (includeUsage)
        frames.append(sseData(envelope("chat.completion.chunk", arr({}), openAiUsage(in))));
    frames.append(QByteArrayLiteral("data: [DONE]\n\n"));
    ResponsePlan plan = streamPlan(QByteArrayLiteral("text/event-stream; charset=utf-8"), frames);
    addVendorHeaders(in, plan);
    return plan;
}

QByteArray openAiModel(const RenderInput &in, const QString &id)
{
    return obj(
        {{"id", str(id)}, {"object", str("model")}, {"created", num(kCreated)}, {"owned_by", str(in.route.ollamaCompat ? "library" : "openai")}});
}

ResponsePlan openAiModels(const RenderInput &in)
{
    QList<QByteArray> data;
    for (const QString &m : modelsFor(in))
        data.append(openAiModel(in, m));
    ResponsePlan plan = jsonPlan(200, obj({{"object", str("list")}, {"data", arr(data)}}));
    addVendorHeaders(in, plan);
    return plan;
}

ResponsePlan openAiEmbeddings(const RenderInput &in)
{
    const QJsonObject &body = in.body;
    const QStringList texts = inputTexts(body.value(QLatin1String("input")));
    const int dims = body.value(QLatin1String("dimensions")).toInt(in.reply.embeddingDimensions);
    const bool base64 = body.value(QLatin1String("encoding_format")).toString() == QLatin1String("base64");
    QList<QByteArray> data;
    int tokens = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QList<double> v = embedding(texts[i], dims);
        data.append(obj(
            {{"object", str("embedding")}, {"index", num(i)}, {"embedding", base64 ? str(QString::fromLatin1(base64Floats(v))) : floatArray(v)}}));
        tokens += int(texts[i].split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    }
    ResponsePlan plan = jsonPlan(200,
                                 obj({{"object", str("list")},
                                      {"data", arr(data)},
                                      {"model", str(requestedModel(in))},
                                      {"usage", obj({{"prompt_tokens", num(tokens)}, {"total_tokens", num(tokens)}})}}));
    addVendorHeaders(in, plan);
    return plan;
}

// ---------------------------------------------------------------- OpenAI Responses

ResponsePlan openAiResponses(const RenderInput &in)
{
    const ReplyScript &r = in.reply;
    const QByteArray respId = str(QStringLiteral("resp_fake%1").arg(in.serial));
    const QByteArray msgId = str(QStringLiteral("msg_fake%1").arg(in.serial));
    const QByteArray rsId = str(QStringLiteral("rs_fake%1").arg(in.serial));
    const QByteArray fcId = str(QStringLiteral("fc_fake%1").arg(in.serial));
    const QByteArray model = str(requestedModel(in));

    const QByteArray usage = obj({{"input_tokens", num(r.inputTokens)},
                                  {"input_tokens_details", obj({{"cached_tokens", num(r.cachedTokens)}})},
                                  {"output_tokens", num(r.outputTokens)},
                                  {"output_tokens_details", obj({{"reasoning_tokens", num(r.reasoningTokens)}})},
                                  {"total_tokens", num(r.inputTokens + r.outputTokens)}});
    auto response = [&](const char *status, const QList<QByteArray> &output, const QByteArray &usageValue) {
        return obj({{"id", respId},
                    {"object", str("response")},
                    {"created_at", num(kCreated)},
                    {"status", str(status)},
                    {"error", null()},
                    {"incomplete_details", null()},
                    {"instructions", null()},
                    {"max_output_tokens", null()},
                    {"model", model},
                    {"output", arr(output)},
                    {"parallel_tool_calls", boolean(true)},
                    {"previous_response_id", null()},
                    {"reasoning", obj({{"effort", null()}, {"summary", null()}})},
                    {"store", boolean(true)},
                    {"temperature", real(1.0)},
                    {"text", obj({{"format", obj({{"type", str("text")}})}})},
                    {"tool_choice", str("auto")},
                    {"tools", arr({})},
                    {"top_p", real(1.0)},
                    {"truncation", str("disabled")},
                    {"usage", usageValue},
                    {"user", null()},
                    {"metadata", obj({})}});
    };
    const QByteArray summaryPart = obj({{"type", str("summary_text")}, {"text", str(r.reasoning)}});
    const QByteArray reasoningItem = obj({{"id", rsId}, {"type", str("reasoning")}, {"summary", arr({summaryPart})}});
    const QByteArray textPart = obj({{"type", str("output_text")}, {"text", str(r.text)}, {"annotations", arr({})}});
    auto messageItem = [&](const char *status, const QByteArray &content) {
        return obj({{"id", msgId}, {"type", str("message")}, {"status", str(status)}, {"role", str("assistant")}, {"content", content}});
    };
    auto callItem = [&](const char *status, const QString &arguments) {
        return obj({{"id", fcId},
                    {"type", str("function_call")},
                    {"status", str(status)},
                    {"arguments", str(arguments)},
                    {"call_id", str(toolId(in, "call_fake_1"))},
                    {"name", str(r.toolCall->name)}});
    };

    QList<QByteArray> output;
    if (!r.reasoning.isEmpty())
        output.append(reasoningItem);
    if (!r.text.isEmpty() || !r.toolCall)
        output.append(messageItem("completed", arr({textPart})));
    if (r.toolCall)
        output.append(callItem("completed", r.toolCall->arguments));

    if (!wantsStream(in)) {
        ResponsePlan plan = jsonPlan(200, response("completed", output, usage));
        addVendorHeaders(in, plan);
        return plan;
    }

    QList<QByteArray> frames;
    int seq = 0;
    auto event = [&](const char *type, Members fields) {
        fields.prepend({"type", str(type)});
        fields.append({"sequence_number", num(seq++)});
        frames.append(sse(type, obj(fields)));
    };
    event("response.created", {{"response", response("in_progress", {}, null())}});
    event("response.in_progress", {{"response", response("in_progress", {}, null())}});
    int outputIndex = 0;
    if (!r.reasoning.isEmpty()) {
        const QByteArray idx = num(outputIndex);
        event("response.output_item.added", {{"output_index", idx}, {"item", obj({{"id", rsId}, {"type", str("reasoning")}, {"summary", arr({})}})}});
        event(
            "response.reasoning_summary_part.added",
            {{"item_id", rsId}, {"output_index", idx}, {"summary_index", num(0)}, {"part", obj({{"type", str("summary_text")}, {"text", str("")}})}});
        for (const QString &piece : splitText(r.reasoning, r.reasoningChunks)) {
            event("response.reasoning_summary_text.delta",
                  {{"item_id", rsId}, {"output_index", idx}, {"summary_index", num(0)}, {"delta", str(piece)}});
        }
        event("response.reasoning_summary_text.done",
              {{"item_id", rsId}, {"output_index", idx}, {"summary_index", num(0)}, {"text", str(r.reasoning)}});
        event("response.reasoning_summary_part.done", {{"item_id", rsId}, {"output_index", idx}, {"summary_index", num(0)}, {"part", summaryPart}});
        event("response.output_item.done", {{"output_index", idx}, {"item", reasoningItem}});
        ++outputIndex;
    }
    if (!r.text.isEmpty() || !r.toolCall) {
        const QByteArray idx = num(outputIndex);
        event("response.output_item.added", {{"output_index", idx}, {"item", messageItem("in_progress", arr({}))}});
        event("response.content_part.added",
              {{"item_id", msgId},
               {"output_index", idx},
               {"content_index", num(0)},
               {"part", obj({{"type", str("output_text")}, {"text", str("")}, {"annotations", arr({})}})}});
        for (const QString &piece : splitText(r.text, r.textChunks)) {
            event("response.output_text.delta",
                  {{"item_id", msgId}, {"output_index", idx}, {"content_index", num(0)}, {"delta", str(piece)}, {"logprobs", arr({})}});
        }
        event("response.output_text.done",
              {{"item_id", msgId}, {"output_index", idx}, {"content_index", num(0)}, {"text", str(r.text)}, {"logprobs", arr({})}});
        event("response.content_part.done", {{"item_id", msgId}, {"output_index", idx}, {"content_index", num(0)}, {"part", textPart}});
        event("response.output_item.done", {{"output_index", idx}, {"item", messageItem("completed", arr({textPart}))}});
        ++outputIndex;
    }
    if (r.toolCall) {
        const QByteArray idx = num(outputIndex);
        event("response.output_item.added", {{"output_index", idx}, {"item", callItem("in_progress", QString())}});
        for (const QString &piece : splitText(r.toolCall->arguments, r.toolCall->chunks)) {
            event("response.function_call_arguments.delta", {{"item_id", fcId}, {"output_index", idx}, {"delta", str(piece)}});
        }
        event("response.function_call_arguments.done", {{"item_id", fcId}, {"output_index", idx}, {"arguments", str(r.toolCall->arguments)}});
        event("response.output_item.done", {{"output_index", idx}, {"item", callItem("completed", r.toolCall->arguments)}});
    }
    event("response.completed", {{"response", response("completed", output, usage)}});
    ResponsePlan plan = streamPlan(QByteArrayLiteral("text/event-stream; charset=utf-8"), frames);
    addVendorHeaders(in, plan);
    return plan;
}

// ---------------------------------------------------------------- Anthropic Messages

ResponsePlan anthropicMessages(const RenderInput &in)
{
    const ReplyScript &r = in.reply;
    const QByteArray id = str(QStringLiteral("msg_fake%1").arg(in.serial));
    const QByteArray model = str(requestedModel(in));
    const QByteArray stopReason = str(r.toolCall ? "tool_use" : "end_turn");
    auto usage = [&](int outputTokens) {
        return obj({{"input_tokens", num(r.inputTokens)},
                    {"cache_creation_input_tokens", num(0)},
                    {"cache_read_input_tokens", num(r.cachedTokens)},
                    {"output_tokens", num(outputTokens)}});
    };
    auto message = [&](const QByteArray &content, const QByteArray &stop, const QByteArray &usageValue) {
        return obj({{"id", id},
                    {"type", str("message")},
                    {"role", str("assistant")},
                    {"model", model},
                    {"content", content},
                    {"stop_reason", stop},
                    {"stop_sequence", null()},
                    {"usage", usageValue}});
    };
    const QByteArray toolUseId = str(toolId(in, "toolu_fake_1"));

    if (!wantsStream(in)) {
        QList<QByteArray> content;
        if (!r.reasoning.isEmpty()) {
            content.append(obj({{"type", str("thinking")}, {"thinking", str(r.reasoning)}, {"signature", str(r.signature)}}));
        }
        if (!r.text.isEmpty() || !r.toolCall)
            content.append(obj({{"type", str("text")}, {"text", str(r.text)}}));
        if (r.toolCall) {
            content.append(
                obj({{"type", str("tool_use")}, {"id", toolUseId}, {"name", str(r.toolCall->name)}, {"input", toolArgumentsObject(*r.toolCall)}}));
        }
        ResponsePlan plan = jsonPlan(200, message(arr(content), stopReason, usage(r.outputTokens)));
        addVendorHeaders(in, plan);
        return plan;
    }

    QList<QByteArray> frames;
    frames.append(sse("message_start", obj({{"type", str("message_start")}, {"message", message(arr({}), null(), usage(1))}})));
    int index = 0;
    bool pinged = false;
    auto blockStart = [&](const QByteArray &block) {
        frames.append(sse("content_block_start", obj({{"type", str("content_block_start")}, {"index", num(index)}, {"content_block", block}})));
        if (!pinged) {
            frames.append(sse("ping", obj({{"type", str("ping")}})));
            pinged = true;
        }
    };
    auto delta = [&](const QByteArray &d) {
        frames.append(sse("content_block_delta", obj({{"type", str("content_block_delta")}, {"index", num(index)}, {"delta", d}})));
    };
    auto blockStop = [&] {
        frames.append(sse("content_block_stop", obj({{"type", str("content_block_stop")}, {"index", num(index)}})));
        ++index;
    };
    if (!r.reasoning.isEmpty()) {
        blockStart(obj({{"type", str("thinking")}, {"thinking", str("")}, {"signature", str("")}}));
        for (const QString &piece : splitText(r.reasoning, r.reasoningChunks))
            delta(obj({{"type", str("thinking_delta")}, {"thinking", str(piece)}}));
        delta(obj({{"type", str("signature_delta")}, {"signature", str(r.signature)}}));
        blockStop();
    }
    if (!r.text.isEmpty() || !r.toolCall) {
        blockStart(obj({{"type", str("text")}, {"text", str("")}}));
        for (const QString &piece : splitText(r.text, r.textChunks))
            delta(obj({{"type", str("text_delta")}, {"text", str(piece)}}));
        blockStop();
    }
    if (r.toolCall) {
        blockStart(obj({{"type", str("tool_use")}, {"id", toolUseId}, {"name", str(r.toolCall->name)}, {"input", obj({})}}));
        for (const QString &piece : splitText(r.toolCall->arguments, r.toolCall->chunks))
            delta(obj({{"type", str("input_json_delta")}, {"partial_json", str(piece)}}));
        blockStop();
    }
    frames.append(sse("message_delta",
                      obj({{"type", str("message_delta")},
                           {"delta", obj({{"stop_reason", stopReason}, {"stop_sequence", null()}})},
                           {"usage", obj({{"output_tokens", num(r.outputTokens)}})}})));
    frames.append(sse("message_stop", obj({{"type", str("message_stop")}})));
    ResponsePlan plan = streamPlan(QByteArrayLiteral("text/event-stream; charset=utf-8"), frames);
    addVendorHeaders(in, plan);
    return plan;
}

QByteArray anthropicModel(const QString &id)
{
    return obj({{"type", str("model")}, {"id", str(id)}, {"display_name", str(id)}, {"created_at", str("2025-01-01T00:00:00Z")}});
}

ResponsePlan anthropicModels(const RenderInput &in)
{
    const QStringList models = modelsFor(in);
    QList<QByteArray> data;
    for (const QString &m : models)
        data.append(anthropicModel(m));
    ResponsePlan plan = jsonPlan(200,
                                 obj({{"data", arr(data)},
                                      {"has_more", boolean(false)},
                                      {"first_id", models.isEmpty() ? null() : str(models.first())},
                                      {"last_id", models.isEmpty() ? null() : str(models.last())}}));
    addVendorHeaders(in, plan);
    return plan;
}

// ---------------------------------------------------------------- Gemini

QByteArray geminiUsage(const ReplyScript &r)
{
    Members m{{"promptTokenCount", num(r.inputTokens)},
              {"candidatesTokenCount", num(r.outputTokens)},
              {"totalTokenCount", num(r.inputTokens + r.outputTokens + r.reasoningTokens)}};
    if (r.cachedTokens > 0)
        m.append({"cachedContentTokenCount", num(r.cachedTokens)});
    m.append({"promptTokensDetails", arr({obj({{"modality", str("TEXT")}, {"tokenCount", num(r.inputTokens)}})})});
    if (r.reasoningTokens > 0)
        m.append({"thoughtsTokenCount", num(r.reasoningTokens)});
    return obj(m);
}

ResponsePlan geminiGenerate(const RenderInput &in)
{
    const ReplyScript &r = in.reply;
    const QByteArray model = str(requestedModel(in));
    const QByteArray responseId = str(QStringLiteral("fakeResponse%1").arg(in.serial));
    auto response = [&](const QList<QByteArray> &parts, bool last) {
        Members candidate{{"content", obj({{"parts", arr(parts)}, {"role", str("model")}})}};
        if (last)
            candidate.append({"finishReason", str("STOP")});
        candidate.append({"index", num(0)});
        Members m{{"candidates", arr({obj(candidate)})}};
        if (last)
            m.append({"usageMetadata", geminiUsage(r)});
        m.append({"modelVersion", model});
        m.append({"responseId", responseId});
        return obj(m);
    };
    auto thought = [](const QString &t) { return obj({{"text", str(t)}, {"thought", boolean(true)}}); };
    auto text = [](const QString &t) { return obj({{"text", str(t)}}); };
    QByteArray call;
    if (r.toolCall) {
        Members part{{"functionCall", obj({{"name", str(r.toolCall->name)}, {"args", toolArgumentsObject(*r.toolCall)}})}};
        if (signsThoughts(requestedModel(in)))
            part.append({"thoughtSignature",
                         str(fakeThoughtSignature(r.toolCall->name, QJsonDocument::fromJson(toolArgumentsObject(*r.toolCall)).object()))});
        call = obj(part);
    }

    if (in.route.endpoint == Endpoint::Generate) {
        QList<QByteArray> parts;
        if (!r.reasoning.isEmpty())
            parts.append(thought(r.reasoning));
        if (!r.text.isEmpty() || !r.toolCall)
            parts.append(text(r.text));
        if (r.toolCall)
            parts.append(call);
        return jsonPlan(200, response(parts, true), QByteArrayLiteral("application/json; charset=UTF-8"));
    }

    // Streamed: every frame is a whole GenerateContentResponse; the last one carries finishReason and
    // usageMetadata. Function calls arrive whole.
    QList<QList<QByteArray>> frameParts;
    for (const QString &piece : splitText(r.reasoning, r.reasoningChunks))
        frameParts.append({thought(piece)});
    for (const QString &piece : splitText(r.text, r.textChunks))
        frameParts.append({text(piece)});
    if (r.toolCall)
        frameParts.append({call});
    if (frameParts.isEmpty())
        frameParts.append({text(QString())});
    QList<QByteArray> bodies;
    for (qsizetype i = 0; i < frameParts.size(); ++i)
        bodies.append(response(frameParts[i], i == frameParts.size() - 1));

    const bool sseMode = in.request.query.queryItemValue(QStringLiteral("alt")) == QLatin1String("sse");
    QList<QByteArray> frames;
    if (sseMode) {
        for (const QByteArray &b : std::as_const(bodies))
            frames.append(geminiSse(b));
        return streamPlan(QByteArrayLiteral("text/event-stream"), frames);
    }
    // Without alt=sse the stream is one JSON array, written element by element.
    for (qsizetype i = 0; i < bodies.size(); ++i)
        frames.append((i == 0 ? QByteArrayLiteral("[") : QByteArrayLiteral(",\r\n")) + bodies[i]);
    frames.append(QByteArrayLiteral("]"));
    return streamPlan(QByteArrayLiteral("application/json; charset=UTF-8"), frames);
}

QByteArray geminiModel(const QString &id)
{
    const bool embed = id.contains(QLatin1String("embedding"));
    return obj({{"name", str(QString(QStringLiteral("models/") + id))},
                {"version", str("001")},
                {"displayName", str(id)},
                {"description", str("A fake model served by switchboard-fake-upstream.")},
                {"inputTokenLimit", num(embed ? 2048 : 1048576)},
                {"outputTokenLimit", num(embed ? 1 : 8192)},
                {"supportedGenerationMethods", embed ? arr({str("embedContent")}) : arr({str("generateContent"), str("countTokens")})}});
}

ResponsePlan geminiModels(const RenderInput &in)
{
    QList<QByteArray> data;
    for (const QString &m : modelsFor(in))
        data.append(geminiModel(m));
    return jsonPlan(200, obj({{"models", arr(data)}}), QByteArrayLiteral("application/json; charset=UTF-8"));
}

QString geminiContentText(const QJsonObject &content)
{
    QStringList texts;
    const QJsonArray parts = content.value(QLatin1String("parts")).toArray();
    for (const QJsonValue &p : parts)
        texts.append(p.toObject().value(QLatin1String("text")).toString());
    return texts.join(QLatin1Char(' '));
}

ResponsePlan geminiEmbed(const RenderInput &in)
{
    const QJsonObject &body = in.body;
    const int dims = body.value(QLatin1String("outputDimensionality")).toInt(in.reply.embeddingDimensions);
    if (in.route.endpoint == Endpoint::EmbedContent) {
        const QList<double> v = embedding(geminiContentText(body.value(QLatin1String("content")).toObject()), dims);
        return jsonPlan(200, obj({{"embedding", obj({{"values", floatArray(v)}})}}), QByteArrayLiteral("application/json; charset=UTF-8"));
    }
    QList<QByteArray> items;
    const QJsonArray requests = body.value(QLatin1String("requests")).toArray();
    for (const QJsonValue &req : requests) {
        const QJsonObject o = req.toObject();
        const QList<double> v = embedding(geminiContentText(o.value(QLatin1String("content")).toObject()),
                                          o.value(QLatin1String("outputDimensionality")).toInt(dims));
        items.append(obj({{"values", floatArray(v)}}));
    }
    return jsonPlan(200, obj({{"embeddings", arr(items)}}), QByteArrayLiteral("application/json; charset=UTF-8"));
}

// ---------------------------------------------------------------- Ollama

ResponsePlan ollamaChat(const RenderInput &in)
{
    const ReplyScript &r = in.reply;
    const QByteArray model = str(requestedModel(in));
    auto line = [&](const QByteArray &message, bool done) {
        Members m{{"model", model}, {"created_at", str(QString::fromLatin1(isoTime()))}, {"message", message}};
        if (done) {
            m.append({"done_reason", str("stop")});
            m.append({"done", boolean(true)});
            m.append({"total_duration", num(5043500667)});
            m.append({"load_duration", num(5025959)});
            m.append({"prompt_eval_count", num(r.inputTokens)});
            m.append({"prompt_eval_duration", num(325953000)});
            m.append({"eval_count", num(r.outputTokens)});
            m.append({"eval_duration", num(4709213000)});
        } else {
            m.append({"done", boolean(false)});
        }
        return obj(m);
    };
    const QByteArray toolCalls = r.toolCall
        ? arr({obj({{"function", obj({{"name", str(r.toolCall->name)}, {"arguments", toolArgumentsObject(*r.toolCall)}})}})})
        : QByteArray();
    auto message = [&](const QString &content, const QString &thinking, bool withTools) {
        Members m{{"role", str("assistant")}, {"content", str(content)}};
        if (!thinking.isEmpty())
            m.append({"thinking", str(thinking)});
        if (withTools)
            m.append({"tool_calls", toolCalls});
        return obj(m);
    };

    if (!wantsStream(in)) {
        return jsonPlan(200, line(message(r.text, r.reasoning, bool(r.toolCall)), true), QByteArrayLiteral("application/json; charset=utf-8"));
    }
    QList<QByteArray> frames;
    for (const QString &piece : splitText(r.reasoning, r.reasoningChunks))
        frames.append(line(message(QString(), piece, false), false) + '\n');
    for (const QString &piece : splitText(r.text, r.textChunks))
        frames.append(line(message(piece, QString(), false), false) + '\n');
    if (r.toolCall)
        frames.append(line(message(QString(), QString(), true), false) + '\n');
    frames.append(line(message(QString(), QString(), false), true) + '\n');
    return streamPlan(QByteArrayLiteral("application/x-ndjson"), frames);
}

ResponsePlan ollamaTags(const RenderInput &in)
{
    QList<QByteArray> models;
    for (const QString &m : modelsFor(in)) {
        const QByteArray digest = QByteArray::number(fnv1a(m.toUtf8()), 16).rightJustified(8, '0').repeated(8);
        models.append(obj({{"name", str(m)},
                           {"model", str(m)},
                           {"modified_at", str("2025-01-01T00:00:00.000000000Z")},
                           {"size", num(2019393189)},
                           {"digest", str(QString::fromLatin1(digest))},
                           {"details",
                            obj({{"parent_model", str("")},
                                 {"format", str("gguf")},
                                 {"family", str("llama")},
                                 {"families", arr({str("llama")})},
                                 {"parameter_size", str("3.2B")},
                                 {"quantization_level", str("Q4_K_M")}})}}));
    }
    return jsonPlan(200, obj({{"models", arr(models)}}), QByteArrayLiteral("application/json; charset=utf-8"));
}

ResponsePlan ollamaEmbed(const RenderInput &in)
{
    const QJsonObject &body = in.body;
    const QStringList texts = inputTexts(body.value(QLatin1String("input")));
    const int dims = body.value(QLatin1String("dimensions")).toInt(in.reply.embeddingDimensions);
    QList<QByteArray> vectors;
    for (const QString &t : texts)
        vectors.append(floatArray(embedding(t, dims)));
    return jsonPlan(200,
                    obj({{"model", str(requestedModel(in))},
                         {"embeddings", arr(vectors)},
                         {"total_duration", num(14143917)},
                         {"load_duration", num(1019500)},
                         {"prompt_eval_count", num(in.reply.inputTokens)}}),
                    QByteArrayLiteral("application/json; charset=utf-8"));
}

// ---------------------------------------------------------------- errors

struct ErrorText {
    int status;
    QByteArray body;
};

QByteArray openAiError(const QString &message, const char *type, const QByteArray &param, const QByteArray &code)
{
    return obj({{"error", obj({{"message", str(message)}, {"type", str(type)}, {"param", param}, {"code", code}})}});
}

QByteArray anthropicError(const RenderInput &in, const char *type, const QString &message)
{
    return obj({{"type", str("error")},
                {"error", obj({{"type", str(type)}, {"message", str(message)}})},
                {"request_id", str(QString::fromLatin1(requestId(in)))}});
}

QByteArray geminiError(int code, const QString &message, const char *status, const QByteArray &details = {})
{
    Members m{{"code", num(code)}, {"message", str(message)}, {"status", str(status)}};
    if (!details.isEmpty())
        m.append({"details", details});
    return obj({{"error", obj(m)}});
}

QByteArray ollamaError(const QString &message)
{
    return obj({{"error", str(message)}});
}

QString maskedKey(const QByteArray &key)
{
    if (key.size() <= 8)
        return QString::fromLatin1(key.left(2)) + QStringLiteral("***");
    return QString::fromLatin1(key.left(3)) + QString(int(key.size() - 7), QLatin1Char('*')) + QString::fromLatin1(key.right(4));
}

QByteArray bearerToken(const RecordedRequest &request)
{
    const QByteArray auth = request.header("authorization");
    if (auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return auth.mid(7).trimmed();
    return {};
}

ErrorText errorText(const RenderInput &in, FaultKind kind, int retryAfterSeconds)
{
    const QString model = requestedModel(in);
    const bool openAi = in.route.dialect == Dialect::OpenAiChat || in.route.dialect == Dialect::OpenAiResponses || in.route.ollamaCompat;
    if (openAi) {
        switch (kind) {
        case FaultKind::ContextLengthExceeded:
            if (in.route.dialect == Dialect::OpenAiResponses) {
                return {400,
                        openAiError(QStringLiteral("Your input exceeds the context window of this model. "
                                                   "Please adjust your input and try again."),
                                    "invalid_request_error", str("input"), str("context_length_exceeded"))};
            }
            return {400,
                    openAiError(QStringLiteral("This model's maximum context length is 128000 tokens. However, "
                                               "your messages resulted in 131072 tokens. Please reduce the length "
                                               "of the messages."),
                                "invalid_request_error", str("messages"), str("context_length_exceeded"))};
        case FaultKind::Unauthorized: {
            const QByteArray key = bearerToken(in.request);
            if (key.isEmpty()) {
                return {401,
                        openAiError(QStringLiteral("You didn't provide an API key. You need to provide your API key "
                                                   "in an Authorization header using Bearer auth (i.e. "
                                                   "Authorization: Bearer YOUR_KEY), or as the password field (with "
                                                   "blank username) if you're accessing the API from your browser and "
                                                   "are prompted for a username and password. You can obtain an API "
                                                   "key from https://platform.openai.com/account/api-keys."),
                                    "invalid_request_error", null(), null())};
            }
            return {401,
                    openAiError(QStringLiteral("Incorrect API key provided: %1. You can find your API key at "
                                               "https://platform.openai.com/account/api-keys.")
                                    .arg(maskedKey(key)),
                                "invalid_request_error", null(), str("invalid_api_key"))};
        }
        case FaultKind::Forbidden:
            return {403, openAiError(QStringLiteral("You are not allowed to sample from this model"), "invalid_request_error", null(), null())};
        case FaultKind::ModelNotFound:
            return {404,
                    openAiError(QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model), "invalid_request_error",
                                null(), str("model_not_found"))};
        case FaultKind::RateLimited:
            return {429,
                    openAiError(QStringLiteral("Rate limit reached for %1 in organization org-fake on requests per min "
                                               "(RPM): Limit 3, Used 3, Requested 1. Please try again in %2s. Visit "
                                               "https://platform.openai.com/account/rate-limits to learn more.")
                                    .arg(model)
                                    .arg(retryAfterSeconds),
                                "requests", null(), str("rate_limit_exceeded"))};
        case FaultKind::ServerError:
            return {500,
                    openAiError(QStringLiteral("The server had an error while processing your request. Sorry about that!"), "server_error", null(),
                                null())};
        case FaultKind::ServiceUnavailable:
        case FaultKind::Overloaded:
        default:
            return {503, openAiError(QStringLiteral("The engine is currently overloaded, please try again later."), "server_error", null(), null())};
        }
    }
    switch (in.route.dialect) {
    case Dialect::Anthropic:
        switch (kind) {
        case FaultKind::ContextLengthExceeded:
            return {400, anthropicError(in, "invalid_request_error", QStringLiteral("prompt is too long: 208310 tokens > 200000 maximum"))};
        case FaultKind::Unauthorized: return {401, anthropicError(in, "authentication_error", QStringLiteral("invalid x-api-key"))};
        case FaultKind::Forbidden:
            return {403,
                    anthropicError(in, "permission_error", QStringLiteral("Your API key does not have permission to use the specified resource."))};
        case FaultKind::ModelNotFound: return {404, anthropicError(in, "not_found_error", QStringLiteral("model: %1").arg(model))};
        case FaultKind::RateLimited:
            return {429,
                    anthropicError(in, "rate_limit_error",
                                   QStringLiteral("This request would exceed the rate limit for your organization of "
                                                  "50 requests per minute. For details, refer to: "
                                                  "https://docs.claude.com/en/api/rate-limits. You can see the "
                                                  "response headers for current usage. Please reduce the prompt "
                                                  "length or the maximum tokens requested, or try again later."))};
        case FaultKind::ServerError: return {500, anthropicError(in, "api_error", QStringLiteral("Internal server error"))};
        case FaultKind::ServiceUnavailable: return {503, anthropicError(in, "api_error", QStringLiteral("Service unavailable"))};
        case FaultKind::Overloaded:
        default: return {529, anthropicError(in, "overloaded_error", QStringLiteral("Overloaded"))};
        }
    case Dialect::Gemini:
        switch (kind) {
        case FaultKind::ContextLengthExceeded:
            return {400,
                    geminiError(400,
                                QStringLiteral("The input token count (1200000) exceeds the maximum number of "
                                               "tokens allowed (1048576)."),
                                "INVALID_ARGUMENT")};
        case FaultKind::Unauthorized:
            return {401,
                    geminiError(401,
                                QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 "
                                               "access token, login cookie or other valid authentication "
                                               "credential. See https://developers.google.com/identity/sign-in/"
                                               "web/devconsole-project."),
                                "UNAUTHENTICATED")};
        case FaultKind::Forbidden: return {403, geminiError(403, QStringLiteral("The caller does not have permission"), "PERMISSION_DENIED")};
        case FaultKind::ModelNotFound:
            return {404,
                    geminiError(404,
                                QStringLiteral("models/%1 is not found for API version v1beta, or is not "
                                               "supported for generateContent. Call ListModels to see the list "
                                               "of available models and their supported methods.")
                                    .arg(model),
                                "NOT_FOUND")};
        case FaultKind::RateLimited:
            return {429,
                    geminiError(429, QStringLiteral("Resource has been exhausted (e.g. check quota)."), "RESOURCE_EXHAUSTED",
                                arr({obj({{"@type", str("type.googleapis.com/google.rpc.RetryInfo")},
                                          {"retryDelay", str(QStringLiteral("%1s").arg(retryAfterSeconds))}})}))};
        case FaultKind::ServerError:
            return {500,
                    geminiError(500,
                                QStringLiteral("An internal error has occurred. Please retry or report in "
                                               "https://developers.generativeai.google/guide/troubleshooting"),
                                "INTERNAL")};
        case FaultKind::ServiceUnavailable:
        case FaultKind::Overloaded:
        default: return {503, geminiError(503, QStringLiteral("The model is overloaded. Please try again later."), "UNAVAILABLE")};
        }
    case Dialect::Ollama:
    default:
        switch (kind) {
        case FaultKind::ContextLengthExceeded: return {400, ollamaError(QStringLiteral("the input length exceeds the context length"))};
        case FaultKind::Unauthorized: return {401, ollamaError(QStringLiteral("unauthorized"))};
        case FaultKind::Forbidden: return {403, ollamaError(QStringLiteral("forbidden"))};
        case FaultKind::ModelNotFound: return {404, ollamaError(QStringLiteral("model \"%1\" not found, try pulling it first").arg(model))};
        case FaultKind::RateLimited: return {429, ollamaError(QStringLiteral("too many requests"))};
        case FaultKind::ServerError: return {500, ollamaError(QStringLiteral("llama runner process has terminated: exit status 2"))};
        case FaultKind::ServiceUnavailable:
        case FaultKind::Overloaded:
        default: return {503, ollamaError(QStringLiteral("server busy, please try again.  maximum pending requests exceeded"))};
        }
    }
}

} // namespace

QString endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::ChatCompletions: return QStringLiteral("chat");
    case Endpoint::Models: return QStringLiteral("models");
    case Endpoint::Model: return QStringLiteral("model");
    case Endpoint::Embeddings: return QStringLiteral("embeddings");
    case Endpoint::Responses: return QStringLiteral("responses");
    case Endpoint::Messages: return QStringLiteral("messages");
    case Endpoint::CountTokens: return QStringLiteral("count_tokens");
    case Endpoint::Generate: return QStringLiteral("generate");
    case Endpoint::StreamGenerate: return QStringLiteral("stream_generate");
    case Endpoint::EmbedContent: return QStringLiteral("embed_content");
    case Endpoint::BatchEmbedContents: return QStringLiteral("batch_embed_contents");
    case Endpoint::GeminiCountTokens: return QStringLiteral("count_tokens");
    case Endpoint::OllamaChat: return QStringLiteral("chat");
    case Endpoint::OllamaTags: return QStringLiteral("tags");
    case Endpoint::OllamaEmbed: return QStringLiteral("embed");
    case Endpoint::OllamaVersion: return QStringLiteral("version");
    }
    return {};
}

std::optional<Route> resolveRoute(const RecordedRequest &request, Dialects enabled)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const QString &path = request.path;
    const bool openAi = enabled.testAnyFlags(Dialect::OpenAiChat | Dialect::OpenAiResponses);
    const Dialect openAiDialect = enabled.testFlag(Dialect::OpenAiChat) ? Dialect::OpenAiChat : Dialect::OpenAiResponses;
    auto make = [](Dialect d, Endpoint e, bool compat = false) {
        Route r;
        r.dialect = d;
        r.endpoint = e;
        r.ollamaCompat = compat;
        return std::optional<Route>(r);
    };

    if (post && path == QLatin1String("/v1/chat/completions")) {
        if (enabled.testFlag(Dialect::OpenAiChat))
            return make(Dialect::OpenAiChat, Endpoint::ChatCompletions);
        if (enabled.testFlag(Dialect::Ollama))
            return make(Dialect::Ollama, Endpoint::ChatCompletions, true);
        return std::nullopt;
    }
    if (post && path == QLatin1String("/v1/embeddings")) {
        if (openAi)
            return make(openAiDialect, Endpoint::Embeddings);
        if (enabled.testFlag(Dialect::Ollama))
            return make(Dialect::Ollama, Endpoint::Embeddings, true);
        return std::nullopt;
    }
    if (get && (path == QLatin1String("/v1/models") || path.startsWith(QLatin1String("/v1/models/")))) {
        const QString id = path.mid(int(qstrlen("/v1/models/")));
        const Endpoint e = id.isEmpty() ? Endpoint::Models : Endpoint::Model;
        const bool anthropicHeaders = request.hasHeader("anthropic-version") || request.hasHeader("x-api-key");
        std::optional<Route> r;
        if (enabled.testFlag(Dialect::Anthropic) && (anthropicHeaders || !openAi))
            r = make(Dialect::Anthropic, e);
        else if (openAi)
            r = make(openAiDialect, e);
        else if (enabled.testFlag(Dialect::Ollama))
            r = make(Dialect::Ollama, e, true);
        if (r)
            r->pathModel = id;
        return r;
    }
    if (post && path == QLatin1String("/v1/responses") && enabled.testFlag(Dialect::OpenAiResponses))
        return make(Dialect::OpenAiResponses, Endpoint::Responses);
    if (post && path == QLatin1String("/v1/messages") && enabled.testFlag(Dialect::Anthropic))
        return make(Dialect::Anthropic, Endpoint::Messages);
    if (post && path == QLatin1String("/v1/messages/count_tokens") && enabled.testFlag(Dialect::Anthropic))
        return make(Dialect::Anthropic, Endpoint::CountTokens);

    if (enabled.testFlag(Dialect::Gemini) && path.startsWith(QLatin1String("/v1beta/models"))) {
        if (get && (path == QLatin1String("/v1beta/models") || path == QLatin1String("/v1beta/models/")))
            return make(Dialect::Gemini, Endpoint::Models);
        const QString rest = path.mid(int(qstrlen("/v1beta/models/")));
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (get && colon < 0 && path.startsWith(QLatin1String("/v1beta/models/"))) {
            std::optional<Route> r = make(Dialect::Gemini, Endpoint::Model);
            r->pathModel = rest;
            return r;
        }
        if (post && path.startsWith(QLatin1String("/v1beta/models/")) && colon > 0) {
            const QString method = rest.mid(colon + 1);
            std::optional<Route> r;
            if (method == QLatin1String("generateContent"))
                r = make(Dialect::Gemini, Endpoint::Generate);
            else if (method == QLatin1String("streamGenerateContent"))
                r = make(Dialect::Gemini, Endpoint::StreamGenerate);
            else if (method == QLatin1String("embedContent"))
                r = make(Dialect::Gemini, Endpoint::EmbedContent);
            else if (method == QLatin1String("batchEmbedContents"))
                r = make(Dialect::Gemini, Endpoint::BatchEmbedContents);
            else if (method == QLatin1String("countTokens"))
                r = make(Dialect::Gemini, Endpoint::GeminiCountTokens);
            if (r)
                r->pathModel = rest.left(colon);
            return r;
        }
        return std::nullopt;
    }

    if (enabled.testFlag(Dialect::Ollama)) {
        if (post && path == QLatin1String("/api/chat"))
            return make(Dialect::Ollama, Endpoint::OllamaChat);
        if (get && path == QLatin1String("/api/tags"))
            return make(Dialect::Ollama, Endpoint::OllamaTags);
        if (post && path == QLatin1String("/api/embed"))
            return make(Dialect::Ollama, Endpoint::OllamaEmbed);
        if (get && path == QLatin1String("/api/version"))
            return make(Dialect::Ollama, Endpoint::OllamaVersion);
    }
    return std::nullopt;
}

bool wantsStream(const RenderInput &in)
{
    switch (in.route.endpoint) {
    case Endpoint::StreamGenerate: return true;
    case Endpoint::OllamaChat: {
        const QJsonValue s = in.body.value(QLatin1String("stream"));
        return s.isUndefined() || s.isNull() ? true : s.toBool();
    }
    case Endpoint::ChatCompletions:
    case Endpoint::Responses:
    case Endpoint::Messages: return in.body.value(QLatin1String("stream")).toBool();
    default: return false;
    }
}

QString requestedModel(const RenderInput &in)
{
    if (!in.reply.model.isEmpty())
        return in.reply.model;
    if (!in.route.pathModel.isEmpty())
        return in.route.pathModel;
    const QString m = in.body.value(QLatin1String("model")).toString();
    return m.isEmpty() ? QStringLiteral("fake-model") : m;
}

std::optional<ResponsePlan> checkAuth(const RenderInput &in, const QString &apiKey)
{
    const QByteArray key = apiKey.toUtf8();
    auto fail = [&](int status, const QByteArray &body) {
        ResponsePlan plan = jsonPlan(status, body);
        addVendorHeaders(in, plan);
        return std::optional<ResponsePlan>(plan);
    };
    if (in.route.ollamaCompat || in.route.dialect == Dialect::Ollama)
        return std::nullopt;
    switch (in.route.dialect) {
    case Dialect::OpenAiChat:
    case Dialect::OpenAiResponses:
        if (!key.isEmpty() && bearerToken(in.request) != key) {
            const ErrorText e = errorText(in, FaultKind::Unauthorized, 0);
            return fail(e.status, e.body);
        }
        return std::nullopt;
    case Dialect::Anthropic: {
        if (!key.isEmpty()) {
            // x-api-key; Authorization: Bearer is accepted too (OAuth tokens, ANTHROPIC_AUTH_TOKEN).
            const QByteArray given = in.request.hasHeader("x-api-key") ? in.request.header("x-api-key") : bearerToken(in.request);
            if (given.isEmpty())
                return fail(401, anthropicError(in, "authentication_error", QStringLiteral("x-api-key header is required")));
            if (given != key)
                return fail(401, anthropicError(in, "authentication_error", QStringLiteral("invalid x-api-key")));
        }
        if (!in.request.hasHeader("anthropic-version"))
            return fail(400, anthropicError(in, "invalid_request_error", QStringLiteral("anthropic-version: header is required")));
        return std::nullopt;
    }
    case Dialect::Gemini: {
        if (key.isEmpty())
            return std::nullopt;
        QByteArray given = in.request.header("x-goog-api-key");
        if (given.isEmpty())
            given = in.request.query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded).toUtf8();
        if (given.isEmpty()) {
            return fail(403,
                        geminiError(403,
                                    QStringLiteral("Method doesn't allow unregistered callers (callers without "
                                                   "established identity). Please use API Key or other form of "
                                                   "API consumer identity to call this API."),
                                    "PERMISSION_DENIED"));
        }
        if (given != key) {
            // What Google answers for a wrong key: 400 INVALID_ARGUMENT with reason API_KEY_INVALID.
            return fail(400,
                        geminiError(400, QStringLiteral("API key not valid. Please pass a valid API key."), "INVALID_ARGUMENT",
                                    arr({obj({{"@type", str("type.googleapis.com/google.rpc.ErrorInfo")},
                                              {"reason", str("API_KEY_INVALID")},
                                              {"domain", str("googleapis.com")},
                                              {"metadata", obj({{"service", str("generativelanguage.googleapis.com")}})}})})));
        }
        return std::nullopt;
    }
    case Dialect::Ollama: break;
    }
    return std::nullopt;
}

namespace {

// The first field of a Gemini Schema that the type does not have, as Google names its place.
QString unknownSchemaField(const QJsonObject &schema, const QString &at)
{
    static const QSet<QString> fields{QStringLiteral("type"),        QStringLiteral("format"),        QStringLiteral("title"),
                                      QStringLiteral("description"), QStringLiteral("nullable"),      QStringLiteral("enum"),
                                      QStringLiteral("maxItems"),    QStringLiteral("minItems"),      QStringLiteral("properties"),
                                      QStringLiteral("required"),    QStringLiteral("minProperties"), QStringLiteral("maxProperties"),
                                      QStringLiteral("minLength"),   QStringLiteral("maxLength"),     QStringLiteral("pattern"),
                                      QStringLiteral("example"),     QStringLiteral("anyOf"),         QStringLiteral("propertyOrdering"),
                                      QStringLiteral("default"),     QStringLiteral("items"),         QStringLiteral("minimum"),
                                      QStringLiteral("maximum")};
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!fields.contains(it.key()))
            return QStringLiteral("Invalid JSON payload received. Unknown name \"%1\" at '%2': Cannot find field.").arg(it.key(), at);
        QString found;
        if (it.key() == QLatin1String("properties")) {
            const QJsonObject ps = it.value().toObject();
            int i = 0;
            for (auto p = ps.begin(); p != ps.end() && found.isEmpty(); ++p, ++i)
                found = unknownSchemaField(p.value().toObject(), QStringLiteral("%1.properties[%2].value").arg(at).arg(i));
        } else if (it.key() == QLatin1String("items")) {
            found = unknownSchemaField(it.value().toObject(), at + QStringLiteral(".items"));
        } else if (it.key() == QLatin1String("anyOf")) {
            const QJsonArray options = it.value().toArray();
            for (int i = 0; i < options.size() && found.isEmpty(); ++i)
                found = unknownSchemaField(options.at(i).toObject(), QStringLiteral("%1.any_of[%2]").arg(at).arg(i));
        }
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

namespace {

// Function names OpenAI and Anthropic accept (Anthropic's documented pattern; OpenAI's is the same
// character set with the same length limit).
bool plainToolName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

// Anthropic: a custom tool (no type, or "custom") with a plain name and an input_schema, or one of the
// versioned tools Anthropic runs or defines itself. Anything else is refused the way the API does.
std::optional<ResponsePlan> checkAnthropicTools(const RenderInput &in)
{
    static const char *const kVersioned[] = {"web_search_", "web_fetch_",        "bash_",      "text_editor_", "code_execution_", "computer_",
                                             "memory_",     "tool_search_tool_", "mcp_toolset"};
    const QJsonArray tools = in.body.value(QLatin1String("tools")).toArray();
    QString problem;
    // `role: "system"` inside messages only with the beta that allows it (Claude Code sends it)
    if (!in.request.header("anthropic-beta").contains("mid-conversation-tool-changes")) {
        for (const QJsonValue &m : in.body.value(QLatin1String("messages")).toArray()) {
            if (m.toObject().value(QLatin1String("role")).toString() == QLatin1String("system"))
                problem = QStringLiteral("messages: Unexpected role \"system\". The Messages API accepts a top-level `system` "
                                         "parameter, not \"system\" as an input message role.");
        }
    }
    for (int t = 0; t < tools.size() && problem.isEmpty(); ++t) {
        const QJsonObject tool = tools.at(t).toObject();
        const QString type = tool.value(QLatin1String("type")).toString();
        if (!type.isEmpty() && type != QLatin1String("custom")) {
            bool known = false;
            for (const char *prefix : kVersioned)
                known = known || type.startsWith(QLatin1String(prefix));
            if (!known)
                problem = QStringLiteral("tools.%1: Input tag '%2' found using 'type' does not match any of the expected tags: "
                                         "'custom', 'bash_20250124', 'text_editor_20250728', 'web_search_20250305', ...")
                              .arg(t)
                              .arg(type);
            continue;
        }
        const QString name = tool.value(QLatin1String("name")).toString();
        if (!plainToolName(name))
            problem = QStringLiteral("tools.%1.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'").arg(t);
        else if (!tool.value(QLatin1String("input_schema")).isObject())
            problem = QStringLiteral("tools.%1.custom.input_schema: Field required").arg(t);
    }
    if (problem.isEmpty())
        return std::nullopt;
    ResponsePlan plan = jsonPlan(400, anthropicError(in, "invalid_request_error", problem));
    addVendorHeaders(in, plan);
    return plan;
}

// OpenAI strict mode: every object lists all its properties in `required` and has additionalProperties
// false; some keywords are refused outright. The message is OpenAI's.
QString strictProblem(const QJsonObject &schema, const QString &context)
{
    static const char *const kRefused[] = {"minLength", "maxLength", "uniqueItems", "propertyNames", "patternProperties", "default", "oneOf"};
    for (const char *k : kRefused) {
        if (schema.contains(QLatin1String(k)))
            return QStringLiteral("In context=(%1), '%2' is not permitted.").arg(context, QLatin1String(k));
    }
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    if (schema.value(QLatin1String("type")) == QJsonValue(QStringLiteral("object")) || !props.isEmpty()) {
        if (schema.value(QLatin1String("additionalProperties")) != QJsonValue(false))
            return QStringLiteral("In context=(%1), 'additionalProperties' is required to be supplied and to be false.").arg(context);
        const QJsonArray required = schema.value(QLatin1String("required")).toArray();
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (!required.contains(it.key()))
                return QStringLiteral("In context=(%1), 'required' is required to be supplied and to be an array including every key in "
                                      "properties. Missing '%2'.")
                    .arg(context, it.key());
        }
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QString inner = (context.isEmpty() ? QString() : context + QStringLiteral(", "))
                + QStringLiteral("'properties', '%1'").arg(it.key());
            if (QString p = strictProblem(it.value().toObject(), inner); !p.isEmpty())
                return p;
        }
    }
    if (schema.contains(QLatin1String("items")))
        return strictProblem(schema.value(QLatin1String("items")).toObject(),
                             (context.isEmpty() ? QString() : context + QStringLiteral(", ")) + QStringLiteral("'items'"));
    for (const char *list : {"anyOf"}) {
        const QJsonArray options = schema.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < options.size(); ++i) {
            if (QString p = strictProblem(options.at(i).toObject(),
                                          (context.isEmpty() ? QString() : context + QStringLiteral(", ")) + QStringLiteral("'anyOf', '%1'").arg(i));
                !p.isEmpty())
                return p;
        }
    }
    return {};
}

// OpenAI Chat Completions: function (or custom) tools with plain names.
std::optional<ResponsePlan> checkOpenAiTools(const RenderInput &in)
{
    const QJsonArray tools = in.body.value(QLatin1String("tools")).toArray();
    for (int t = 0; t < tools.size(); ++t) {
        const QJsonObject tool = tools.at(t).toObject();
        const QString type = tool.value(QLatin1String("type")).toString();
        QString problem;
        QByteArray param;
        if (type != QLatin1String("function") && type != QLatin1String("custom")) {
            problem = QStringLiteral("Invalid value: '%1'. Supported values are: 'function' and 'custom'.").arg(type);
            param = QStringLiteral("tools[%1].type").arg(t).toUtf8();
        } else if (type == QLatin1String("function")
                   && !plainToolName(tool.value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString())) {
            problem = QStringLiteral("Invalid 'tools[%1].function.name': string does not match pattern. Expected a string that "
                                     "matches the pattern '^[a-zA-Z0-9_-]+$'.")
                          .arg(t);
            param = QStringLiteral("tools[%1].function.name").arg(t).toUtf8();
        } else if (const QJsonObject fn = tool.value(QLatin1String("function")).toObject(); fn.value(QLatin1String("strict")).toBool()) {
            if (const QString p = strictProblem(fn.value(QLatin1String("parameters")).toObject(), QString()); !p.isEmpty()) {
                problem = QStringLiteral("Invalid schema for function '%1': %2").arg(fn.value(QLatin1String("name")).toString(), p);
                param = QStringLiteral("tools[%1].function.parameters").arg(t).toUtf8();
            }
        }
        if (!problem.isEmpty()) {
            ResponsePlan plan = jsonPlan(400, openAiError(problem, "invalid_request_error", str(QString::fromUtf8(param)), str("invalid_value")));
            addVendorHeaders(in, plan);
            return plan;
        }
    }
    return std::nullopt;
}

} // namespace

// Gemini 3: in the current turn (the model steps after the last user content with something other than
// function responses), the first functionCall of each step must come back with its signature.
QString checkThoughtSignatures(const QJsonArray &contents)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const QJsonObject c = contents.at(i).toObject();
        if (c.value(QLatin1String("role")).toString() == QLatin1String("model"))
            continue;
        bool onlyResponses = true;
        for (const QJsonValue &p : c.value(QLatin1String("parts")).toArray())
            onlyResponses = onlyResponses && p.toObject().contains(QLatin1String("functionResponse"));
        if (!onlyResponses)
            start = i + 1;
    }
    for (qsizetype i = start; i < contents.size(); ++i) {
        const QJsonObject c = contents.at(i).toObject();
        if (c.value(QLatin1String("role")).toString() != QLatin1String("model"))
            continue;
        const QJsonArray parts = c.value(QLatin1String("parts")).toArray();
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const QJsonObject part = parts.at(k).toObject();
            if (!part.contains(QLatin1String("functionCall")))
                continue;
            const QJsonObject fc = part.value(QLatin1String("functionCall")).toObject();
            const QString name = fc.value(QLatin1String("name")).toString();
            const QString sig = part.contains(QLatin1String("thoughtSignature")) ? part.value(QLatin1String("thoughtSignature")).toString()
                                                                                 : part.value(QLatin1String("thought_signature")).toString();
            if (sig.isEmpty())
                return QStringLiteral("Function call is missing a thought_signature in functionCall parts. This is required for tools to work "
                                      "correctly, and missing thought_signature may lead to degraded model performance. Additional data, "
                                      "function call `default_api:%1` , position %2. Please refer to "
                                      "https://ai.google.dev/gemini-api/docs/thought-signatures for more details.")
                    .arg(name)
                    .arg(k + 1);
            if (sig != QLatin1String(kSkipThoughtSignature) && sig != fakeThoughtSignature(name, fc.value(QLatin1String("args")).toObject()))
                return QStringLiteral("Corrupted thought signature.");
            break; // only the first call of a step is signed
        }
    }
    return {};
}

std::optional<ResponsePlan> checkPayload(const RenderInput &in)
{
    if (in.route.endpoint == Endpoint::Messages)
        return checkAnthropicTools(in);
    if (in.route.endpoint == Endpoint::ChatCompletions && !in.route.ollamaCompat)
        return checkOpenAiTools(in);
    if (in.route.dialect != Dialect::Gemini || in.route.ollamaCompat
        || (in.route.endpoint != Endpoint::Generate && in.route.endpoint != Endpoint::StreamGenerate))
        return std::nullopt;
    QString problem;
    static const QRegularExpression geminiName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_.:-]{0,63}$"));
    const QJsonArray tools = in.body.value(QLatin1String("tools")).toArray();
    for (int t = 0; t < tools.size() && problem.isEmpty(); ++t) {
        const QJsonObject tool = tools.at(t).toObject();
        const QJsonArray decls = tool.contains(QLatin1String("functionDeclarations")) ? tool.value(QLatin1String("functionDeclarations")).toArray()
                                                                                      : tool.value(QLatin1String("function_declarations")).toArray();
        for (int d = 0; d < decls.size() && problem.isEmpty(); ++d) {
            const QJsonObject decl = decls.at(d).toObject();
            if (!geminiName.match(decl.value(QLatin1String("name")).toString()).hasMatch())
                problem = QStringLiteral("* GenerateContentRequest.tools[%1].function_declarations[%2].name: Invalid function name. Must "
                                         "start with a letter or an underscore. Must be alphameric (a-z, A-Z, 0-9), underscores (_), "
                                         "dots (.), colons (:) or dashes (-), with a maximum length of 64.")
                              .arg(t)
                              .arg(d);
            else if (decl.contains(QLatin1String("parameters")))
                problem = unknownSchemaField(decl.value(QLatin1String("parameters")).toObject(),
                                             QStringLiteral("tools[%1].function_declarations[%2].parameters").arg(t).arg(d));
        }
    }
    if (problem.isEmpty() && signsThoughts(requestedModel(in)))
        problem = checkThoughtSignatures(in.body.value(QLatin1String("contents")).toArray());
    const QJsonObject config = in.body.value(QLatin1String("generationConfig")).toObject();
    if (problem.isEmpty() && config.contains(QLatin1String("responseSchema")))
        problem = unknownSchemaField(config.value(QLatin1String("responseSchema")).toObject(), QStringLiteral("generation_config.response_schema"));
    if (problem.isEmpty())
        return std::nullopt;
    ResponsePlan plan = jsonPlan(400,
                                 geminiError(400, problem, "INVALID_ARGUMENT",
                                             arr({obj({{"@type", str("type.googleapis.com/google.rpc.BadRequest")},
                                                       {"fieldViolations", arr({obj({{"description", str(problem)}})})}})})));
    addVendorHeaders(in, plan);
    return plan;
}

ResponsePlan renderReply(const RenderInput &in)
{
    switch (in.route.endpoint) {
    case Endpoint::ChatCompletions: return openAiChat(in);
    case Endpoint::Embeddings: return openAiEmbeddings(in);
    case Endpoint::Models:
        if (in.route.dialect == Dialect::Anthropic)
            return anthropicModels(in);
        if (in.route.dialect == Dialect::Gemini)
            return geminiModels(in);
        return openAiModels(in);
    case Endpoint::Model: {
        const QString id = in.route.pathModel;
        if (!modelsFor(in).contains(id))
            return renderError(in, Fault::make(FaultKind::ModelNotFound));
        ResponsePlan plan;
        if (in.route.dialect == Dialect::Anthropic)
            plan = jsonPlan(200, anthropicModel(id));
        else if (in.route.dialect == Dialect::Gemini)
            plan = jsonPlan(200, geminiModel(id), QByteArrayLiteral("application/json; charset=UTF-8"));
        else
            plan = jsonPlan(200, openAiModel(in, id));
        addVendorHeaders(in, plan);
        return plan;
    }
    case Endpoint::Responses: return openAiResponses(in);
    case Endpoint::Messages: return anthropicMessages(in);
    case Endpoint::CountTokens: {
        ResponsePlan plan = jsonPlan(200, obj({{"input_tokens", num(in.reply.inputTokens)}}));
        addVendorHeaders(in, plan);
        return plan;
    }
    case Endpoint::Generate:
    case Endpoint::StreamGenerate: return geminiGenerate(in);
    case Endpoint::EmbedContent:
    case Endpoint::BatchEmbedContents: return geminiEmbed(in);
    case Endpoint::GeminiCountTokens:
        return jsonPlan(200, obj({{"totalTokens", num(in.reply.inputTokens)}}), QByteArrayLiteral("application/json; charset=UTF-8"));
    case Endpoint::OllamaChat: return ollamaChat(in);
    case Endpoint::OllamaTags: return ollamaTags(in);
    case Endpoint::OllamaEmbed: return ollamaEmbed(in);
    case Endpoint::OllamaVersion: return jsonPlan(200, obj({{"version", str("0.5.7")}}), QByteArrayLiteral("application/json; charset=utf-8"));
    }
    return notFoundPlan(in.request);
}

ResponsePlan renderError(const RenderInput &in, const Fault &fault)
{
    const ErrorText e = errorText(in, fault.kind, fault.retryAfterSeconds);
    ResponsePlan plan = jsonPlan(e.status, e.body,
                                 in.route.dialect == Dialect::Gemini ? QByteArrayLiteral("application/json; charset=UTF-8")
                                                                     : QByteArrayLiteral("application/json"));
    addVendorHeaders(in, plan);
    if (e.status == 429) {
        plan.headers.append({QByteArrayLiteral("retry-after"), QByteArray::number(fault.retryAfterSeconds)});
        if (in.route.dialect == Dialect::Anthropic)
            plan.headers.append({QByteArrayLiteral("anthropic-ratelimit-requests-remaining"), QByteArrayLiteral("0")});
        else if (in.route.dialect != Dialect::Gemini && in.route.dialect != Dialect::Ollama)
            plan.headers.append({QByteArrayLiteral("x-ratelimit-remaining-requests"), QByteArrayLiteral("0")});
    }
    return plan;
}

ResponsePlan notFoundPlan(const RecordedRequest &request)
{
    ResponsePlan plan = jsonPlan(404,
                                 openAiError(QStringLiteral("Unknown request URL: %1 %2. Please check the URL for "
                                                            "typos.")
                                                 .arg(QString::fromLatin1(request.method), request.path),
                                             "invalid_request_error", null(), str("unknown_url")));
    return plan;
}

QByteArray streamErrorFrame(const RenderInput &in, int sequenceNumber)
{
    if (in.route.ollamaCompat || in.route.dialect == Dialect::OpenAiChat) {
        return sseData(
            openAiError(QStringLiteral("The server had an error while processing your request. Sorry about that!"), "server_error", null(), null()));
    }
    switch (in.route.dialect) {
    case Dialect::OpenAiResponses:
        return sse("error",
                   obj({{"type", str("error")},
                        {"code", str("server_error")},
                        {"message", str("The server had an error while processing your request. Sorry about that!")},
                        {"param", null()},
                        {"sequence_number", num(sequenceNumber)}}));
    case Dialect::Anthropic:
        return sse("error", obj({{"type", str("error")}, {"error", obj({{"type", str("overloaded_error")}, {"message", str("Overloaded")}})}}));
    case Dialect::Gemini: return geminiSse(geminiError(503, QStringLiteral("The model is overloaded. Please try again later."), "UNAVAILABLE"));
    case Dialect::Ollama:
    default: return ollamaError(QStringLiteral("an error was encountered while running the model: unexpected EOF")) + '\n';
    }
}

QByteArray malformedJsonFrame(const RenderInput &in)
{
    const QByteArray cut = QByteArrayLiteral(R"({"id":"broken","choices":[{"delta":{"content":"cut)");
    if (in.route.ollamaCompat || in.route.dialect == Dialect::OpenAiChat)
        return sseData(cut);
    switch (in.route.dialect) {
    case Dialect::OpenAiResponses:
        return sse("response.output_text.delta", QByteArrayLiteral(R"({"type":"response.output_text.delta","delta":"cut)"));
    case Dialect::Anthropic:
        return sse("content_block_delta", QByteArrayLiteral(R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"cut)"));
    case Dialect::Gemini: return geminiSse(QByteArrayLiteral(R"({"candidates":[{"content":{"parts":[{"text":"cut)"));
    case Dialect::Ollama:
    default: return QByteArrayLiteral(R"({"model":"broken","message":{"role":"assistant","content":"cut)") + '\n';
    }
}

QByteArray malformedFramingFrame(const RenderInput &in)
{
    if (in.route.dialect == Dialect::Ollama && !in.route.ollamaCompat)
        return QByteArrayLiteral("this line is not JSON\n");
    return QByteArrayLiteral("data: {\"broken\":\nthis line has no field name\n\n");
}

} // namespace sb::fakes
