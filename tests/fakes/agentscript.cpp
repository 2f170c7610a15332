#include "agentscript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace sb::fakes {

namespace {

enum class Format { None, Anthropic, Chat, Responses, Gemini };

Format formatOf(const RecordedRequest &request)
{
    if (request.method != "POST")
        return Format::None;
    const QString &path = request.path;
    if (path == QLatin1String("/v1/messages"))
        return Format::Anthropic;
    // Ollama's /api/chat writes messages and tools the way Chat Completions does (content a string).
    if (path == QLatin1String("/v1/chat/completions") || path == QLatin1String("/api/chat"))
        return Format::Chat;
    if (path == QLatin1String("/v1/responses"))
        return Format::Responses;
    if (path.startsWith(QLatin1String("/v1beta/models/"))
        && (path.endsWith(QLatin1String(":generateContent")) || path.endsWith(QLatin1String(":streamGenerateContent"))))
        return Format::Gemini;
    return Format::None;
}

// Every text a tool result holds, in order: strings as they are, content blocks by their "text", other
// objects by their values (Gemini's functionResponse.response is an object of the proxy's choosing).
void collectTexts(const QJsonValue &v, QStringList &out)
{
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a)
            collectTexts(item, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("text"))) {
            collectTexts(o.value(QLatin1String("text")), out);
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("type") && it.key() != QLatin1String("name"))
                collectTexts(it.value(), out);
        }
    }
}

bool isInstruction(const QJsonObject &message)
{
    const QString role = message.value(QLatin1String("role")).toString();
    return role == QLatin1String("system") || role == QLatin1String("developer");
}

// The messages without the system/developer ones trailing them (agents may append reminders).
QJsonArray withoutTrailingInstructions(QJsonArray items)
{
    while (!items.isEmpty() && isInstruction(items.last().toObject()))
        items.removeLast();
    return items;
}

std::optional<QString> joined(const QStringList &texts, bool found)
{
    if (!found)
        return std::nullopt;
    return texts.join(QLatin1Char('\n'));
}

// The texts of the tool results the items end with (each result's `contentKey`), in order; nullopt
// when the last item is not a result.
std::optional<QString> trailingResults(const QJsonArray &items, const char *contentKey, const std::function<bool(const QJsonObject &)> &isResult)
{
    QStringList texts;
    bool found = false;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QJsonObject item = items.at(i).toObject();
        if (!isResult(item))
            break;
        found = true;
        QStringList one;
        collectTexts(item.value(QLatin1String(contentKey)), one);
        texts = one + texts;
    }
    return joined(texts, found);
}

void readAnthropic(const QJsonObject &body, AgentTurn &turn)
{
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    for (const QJsonValue &t : tools)
        turn.tools.append(t.toObject().value(QLatin1String("name")).toString());
    const QJsonArray messages = withoutTrailingInstructions(body.value(QLatin1String("messages")).toArray());
    if (messages.isEmpty())
        return;
    const QJsonObject last = messages.last().toObject();
    if (last.value(QLatin1String("role")).toString() != QLatin1String("user"))
        return;
    QStringList texts;
    bool found = false;
    const QJsonArray blocks = last.value(QLatin1String("content")).toArray();
    for (const QJsonValue &b : blocks) {
        const QJsonObject block = b.toObject();
        if (block.value(QLatin1String("type")).toString() == QLatin1String("tool_result")) {
            found = true;
            collectTexts(block.value(QLatin1String("content")), texts);
        }
    }
    turn.toolResult = joined(texts, found);
}

void readChat(const QJsonObject &body, AgentTurn &turn)
{
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    for (const QJsonValue &t : tools)
        turn.tools.append(t.toObject().value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString());
    turn.toolResult = trailingResults(withoutTrailingInstructions(body.value(QLatin1String("messages")).toArray()), "content",
                                      [](const QJsonObject &m) { return m.value(QLatin1String("role")).toString() == QLatin1String("tool"); });
}

void readResponses(const QJsonObject &body, AgentTurn &turn)
{
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    for (const QJsonValue &t : tools) {
        const QJsonObject tool = t.toObject();
        const QString type = tool.value(QLatin1String("type")).toString();
        if (type == QLatin1String("namespace")) {
            const QJsonArray inner = tool.value(QLatin1String("tools")).toArray();
            for (const QJsonValue &f : inner)
                turn.tools.append(f.toObject().value(QLatin1String("name")).toString());
        } else if (tool.contains(QLatin1String("name"))) {
            turn.tools.append(tool.value(QLatin1String("name")).toString());
        }
    }
    const QJsonValue input = body.value(QLatin1String("input"));
    if (!input.isArray())
        return;
    turn.toolResult = trailingResults(withoutTrailingInstructions(input.toArray()), "output", [](const QJsonObject &item) {
        const QString type = item.value(QLatin1String("type")).toString();
        return type == QLatin1String("function_call_output") || type == QLatin1String("custom_tool_call_output");
    });
}

void readGemini(const QJsonObject &body, AgentTurn &turn)
{
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    for (const QJsonValue &t : tools) {
        const QJsonArray decls = t.toObject().value(QLatin1String("functionDeclarations")).toArray();
        for (const QJsonValue &d : decls)
            turn.tools.append(d.toObject().value(QLatin1String("name")).toString());
    }
    const QJsonArray contents = body.value(QLatin1String("contents")).toArray();
    if (contents.isEmpty())
        return;
    QStringList texts;
    bool found = false;
    const QJsonArray parts = contents.last().toObject().value(QLatin1String("parts")).toArray();
    for (const QJsonValue &p : parts) {
        const QJsonObject part = p.toObject();
        if (part.contains(QLatin1String("functionResponse"))) {
            found = true;
            collectTexts(part.value(QLatin1String("functionResponse")).toObject().value(QLatin1String("response")), texts);
        }
    }
    turn.toolResult = joined(texts, found);
}

} // namespace

AgentTurn readAgentTurn(const RecordedRequest &request)
{
    AgentTurn turn;
    const Format format = formatOf(request);
    if (format == Format::None)
        return turn;
    const QJsonObject body = request.json();
    turn.chat = true;
    switch (format) {
    case Format::Anthropic: readAnthropic(body, turn); break;
    case Format::Chat: readChat(body, turn); break;
    case Format::Responses: readResponses(body, turn); break;
    case Format::Gemini: readGemini(body, turn); break;
    case Format::None: break;
    }
    return turn;
}

std::optional<ReplyScript> agentReply(const AgentScript &script, const RecordedRequest &request)
{
    const AgentTurn turn = readAgentTurn(request);
    if (!turn.chat)
        return std::nullopt;
    ReplyScript reply = script.base;
    if (turn.toolResult) {
        reply.text = script.answerPrefix + turn.toolResult->trimmed();
        reply.toolCall.reset();
        return reply;
    }
    for (const AgentToolCall &call : script.calls) {
        if (!turn.tools.contains(call.tool))
            continue;
        ToolCallScript tool;
        // Unique per request, in the vendor's shape: agents key their tool loop on the id.
        tool.id = (formatOf(request) == Format::Anthropic ? QStringLiteral("toolu_agent_%1") : QStringLiteral("call_agent_%1")).arg(request.index);
        tool.name = call.tool;
        tool.arguments = call.arguments;
        reply.text.clear();
        reply.toolCall = tool;
        return reply;
    }
    reply.toolCall.reset();
    return reply;
}

FakeUpstream::Handler agentHandler(const AgentScript &script)
{
    return [script](const RecordedRequest &request) -> std::optional<Script> {
        std::optional<ReplyScript> reply = agentReply(script, request);
        if (!reply)
            return std::nullopt;
        Script s;
        s.reply = std::move(reply);
        return s;
    };
}

std::optional<AgentToolCall> parseAgentToolCall(const QString &spec)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    AgentToolCall call;
    call.tool = spec.left(eq).trimmed();
    call.arguments = spec.mid(eq + 1);
    if (!QJsonDocument::fromJson(call.arguments.toUtf8()).isObject())
        return std::nullopt;
    return call;
}

} // namespace sb::fakes
