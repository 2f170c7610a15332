#pragma once

#include "fakeupstream.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A scripted model for driving real coding agents (Claude Code, Codex CLI) through their own tool loop:
// when a request offers one of the scripted tools, the reply calls it with the scripted arguments; when
// the conversation ends in a tool result, the reply is a text answer quoting that result. Requests that
// offer none of the tools (titles, summaries, quota checks) get the plain base reply. Every chat
// dialect the fakes speak is understood: Anthropic Messages, OpenAI Chat (also Ollama's /v1), Responses,
// Gemini and Ollama's /api/chat.
//
//   sb::fakes::AgentScript script;
//   script.calls = {{QStringLiteral("Bash"), QStringLiteral(R"({"command":"cat token.txt"})")}};
//   up.setHandler(sb::fakes::agentHandler(script));
namespace sb::fakes {

struct AgentToolCall {
    QString tool; // the function name as the agent offers it
    QString arguments; // JSON object text
};

struct AgentScript {
    QList<AgentToolCall> calls; // the first one whose tool the request offers is called
    QString answerPrefix = QStringLiteral("The command printed: ");
    ReplyScript base; // usage numbers, chunking and the plain reply
};

// What one chat request carries, read the way its dialect (chosen by the path) writes it.
struct AgentTurn {
    bool chat = false; // a chat endpoint in a known dialect
    QStringList tools; // function names offered (namespaced Responses tools: their inner names)
    std::optional<QString> toolResult; // the text of the tool result(s) the conversation ends with
};

AgentTurn readAgentTurn(const RecordedRequest &request);

// The reply for one request: nullopt for non-chat endpoints (the server's defaults apply).
std::optional<ReplyScript> agentReply(const AgentScript &script, const RecordedRequest &request);

FakeUpstream::Handler agentHandler(const AgentScript &script);

// Parses "NAME=JSON" (the executable's --agent-tool); nullopt when malformed.
std::optional<AgentToolCall> parseAgentToolCall(const QString &spec);

} // namespace sb::fakes
