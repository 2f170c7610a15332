#pragma once

#include "common/expected.h"
#include "common/logging.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <utility>
#include <variant>

namespace sb::protocol {

// ---------------------------------------------------------------------------------------------
// Errors of provider calls. Every dialect maps its error bodies onto these kinds and back.
struct ApiError {
    enum class Kind {
        Auth, // 401: missing or wrong key
        Permission, // 403: key valid, not allowed
        NotFound, // 404: unknown model or endpoint
        RateLimited, // 429
        Overloaded, // 529 / 503 overloaded: try elsewhere
        ContextLength, // prompt too long (400/413 with context wording)
        ContentFilter, // refused by a safety filter
        InvalidRequest, // 400/413/422: malformed or unsupported request
        Timeout, // 408/504 or our own transfer timeout
        Network, // connection refused, reset, DNS, TLS
        Server, // 500/502 and other 5xx
        Cancelled, // the caller cancelled
        BudgetExceeded, // a Switchboard budget stopped the call
    };
    Kind kind = Kind::Server;
    int httpStatus = 0; // 0 when no HTTP response (network, timeout, cancelled)
    QString provider; // provider id, when known
    QString message;
    std::optional<std::chrono::milliseconds> retryAfter;

    bool operator==(const ApiError &) const = default;

    static ApiError make(Kind kind, QString message, int httpStatus = 0)
    {
        ApiError e;
        e.kind = kind;
        e.message = std::move(message);
        e.httpStatus = httpStatus;
        return e;
    }
    // The kind an HTTP status means when the body says nothing more specific.
    static Kind kindForStatus(int httpStatus);
    // The status a server should answer with for this error (httpStatus when set, else by kind).
    int statusForResponse() const;
    // Worth trying again on the same target (the router's retry rule).
    static bool isRetryable(Kind kind);
    bool isRetryable() const { return isRetryable(kind); }
};

QString toString(ApiError::Kind kind);
std::optional<ApiError::Kind> apiErrorKindFromString(QStringView text);

// Parses a Retry-After header value: delta-seconds or an HTTP-date (relative to now).
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

// Value or ApiError (errors are values).
template<typename T> using Result = Expected<T, ApiError>;

// ---------------------------------------------------------------------------------------------
// Canonical request and response.

enum class Role { System, User, Assistant, Tool };
QString toString(Role role);

struct ContentPart {
    enum class Type {
        Text,
        Image, // url, or data (base64 text) + mediaType
        Document, // data (base64) + mediaType, or text (plain-text document), or url; title optional
        Reasoning, // text (thinking / summary) + signature (Anthropic signature, Responses
                   // encrypted_content, Gemini thoughtSignature); redacted: signature holds the data
    };
    Type type = Type::Text;
    QString text;
    QString url;
    QByteArray data; // base64 text, as on the wire
    QString mediaType;
    QString title;
    QString signature;
    QString id; // Responses reasoning item id
    bool redacted = false;

    bool operator==(const ContentPart &) const = default;

    static ContentPart makeText(QString text);
    static ContentPart makeImageUrl(QString url);
    static ContentPart makeImageData(QByteArray base64, QString mediaType);
    static ContentPart makeReasoning(QString text, QString signature = {});
};

struct ToolCall {
    QString id;
    QString name;
    QString arguments; // JSON text as produced by the model
    QString signature; // Gemini thoughtSignature attached to a functionCall part
    QString toolNamespace; // Responses: the namespace tool group `name` belongs to (toward the client only)

    bool operator==(const ToolCall &) const = default;
};

struct Message {
    Role role = Role::User;
    QList<ContentPart> content;
    QList<ToolCall> toolCalls; // assistant
    QString toolCallId; // tool: the call this result answers
    QString name; // tool: the function name (Gemini needs it)
    bool isError = false; // tool: the result reports a failure

    bool operator==(const Message &) const = default;

    // Concatenated text parts.
    QString text() const;
    static Message make(Role role, QString text);
};

struct ToolDef {
    QString name;
    QString description;
    QJsonObject parameters; // JSON schema
    bool strict = false; // the client asked for arguments that follow the schema exactly (OpenAI strict)

    bool operator==(const ToolDef &) const = default;
};

struct ToolChoice {
    enum class Mode { Auto, None, Required, Specific };
    Mode mode = Mode::Auto;
    QString name; // Specific

    bool operator==(const ToolChoice &) const = default;
};

struct ResponseFormat {
    enum class Type { Text, JsonObject, JsonSchema };
    Type type = Type::Text;
    QString name;
    QJsonObject schema;
    bool strict = false;

    bool operator==(const ResponseFormat &) const = default;
};

struct ToolAlias {
    QString toolNamespace;
    QString name;
    bool operator==(const ToolAlias &) const = default;
};

// A name every dialect accepts for `name` inside namespace `toolNamespace` (^[a-zA-Z0-9_-]{1,64}$, and
// Gemini's rule that it starts with a letter or '_'): "ns__name", other characters as '_', too long
// ones cut with a hash of the whole so distinct tools stay distinct. The same inputs give the same name.
QString flatToolName(const QString &toolNamespace, const QString &name);

struct ChatRequest {
    QString model;
    QString system; // system prompt; dialects with system messages merge them here
    QList<Message> messages;
    QList<ToolDef> tools;
    std::optional<ToolChoice> toolChoice;
    std::optional<ResponseFormat> responseFormat;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    QStringList stop;
    QString reasoningEffort; // minimal, low, medium, high; empty = provider default
    std::optional<int> reasoningBudget; // thinking tokens (Anthropic budget_tokens, Gemini thinkingBudget)
    std::optional<qint64> seed;
    bool stream = false;
    // Passthrough: top-level fields of the client's dialect that are not modelled above. Encoders add
    // them to upstream bodies of the same dialect only (extrasDialect, empty = any dialect).
    QJsonObject extras;
    QString extrasDialect;
    // Responses `namespace` tools arrive flattened into plain functions (flatToolName): what each
    // flattened name was as the client wrote it, to name the calls it gets back that way.
    QHash<QString, ToolAlias> toolAliases;
    // Gemini: tool and output schemas as the OpenAPI-subset Schema (parameters, responseSchema, with the
    // client's JSON Schema rewritten by toGeminiSchema) instead of JSON Schema as written
    // (parametersJsonSchema, responseJsonSchema). A provider option ("schemas": "subset") for models and
    // endpoints that refuse the JSON Schema fields.
    bool schemaSubset = false;
    // Tools the provider runs itself (Responses web_search, file_search, code_interpreter, ...): kept as
    // they are for Responses upstreams, mapped where another dialect has an equivalent, dropped elsewhere.
    QStringList hostedTools;

    bool operator==(const ChatRequest &) const = default;
};

// Tool call ids that carry an upstream's signature to a client that has no field for it.
//
// Gemini 3 signs the first functionCall of a step (thoughtSignature) and refuses the replayed history
// without it; OpenAI Chat (tool_calls[].id), Responses (call_id) and Anthropic (tool_use.id) clients have
// nowhere to keep it, but every one of them echoes the tool call id byte for byte, with the result and in
// the history. So the id is the carrier: "<id>__sbsig_<signature as base64url>", only [A-Za-z0-9_-] (the
// strictest client rule, Anthropic's), taken apart again as soon as a request is decoded, before the id
// is used for anything else. Not a server-side cache: several serve instances behind one address, a
// restart, or a conversation resumed next week would all lose it; the id travels with the conversation.
// The same works for any signature an upstream attaches to a tool call.
QString idWithSignature(const QString &id, const QString &signature);
struct SignedId {
    QString id;
    QString signature; // empty when the id carries none
};
SignedId splitSignedId(const QString &id);
// Every tool call id in the request's history (calls and results) taken apart: signatures back on the
// calls they belong to, plain ids everywhere.
void takeSignaturesFromIds(ChatRequest &request);

// The client offered a hosted web search tool (Responses web_search or web_search_preview), which
// Anthropic (its web_search server tool) and Gemini (google_search) can run too.
bool asksForWebSearch(const ChatRequest &request);
// Gemini runs google_search beside function declarations from Gemini 3 on; older models only without.
bool geminiCanSearch(const ChatRequest &request);

enum class FinishReason { Stop, Length, ToolCalls, ContentFilter, Error };
QString toString(FinishReason reason);

// Token counts. inputTokens excludes cache reads and writes (each is billed at its own price);
// outputTokens includes reasoningTokens.
struct Usage {
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0;

    bool operator==(const Usage &) const = default;
    qint64 totalInputTokens() const { return inputTokens + cacheReadTokens + cacheWriteTokens; }
    bool isEmpty() const { return *this == Usage{}; }
};

struct ChatResponse {
    QString id;
    QString model;
    Message message{Role::Assistant, {}, {}, {}, {}, false};
    FinishReason finishReason = FinishReason::Stop;
    Usage usage;
    qint64 created = 0; // unix seconds, 0 = unknown

    bool operator==(const ChatResponse &) const = default;
};

// ---------------------------------------------------------------------------------------------
// Streaming. Canonical order: MessageStart, then any deltas, Usage (cumulative snapshots, the last
// one wins), and Finish last. An Error event ends the stream instead of Finish.
struct StreamEvent {
    enum class Type {
        MessageStart, // id, model
        TextDelta, // text
        ReasoningDelta, // text and/or signature (redacted: signature holds the data); id = Responses item id
        ToolCallStart, // index, id, name
        ToolCallDelta, // index, text = partial JSON arguments
        ToolCallEnd, // index
        Usage, // usage
        Finish, // finishReason
        Error, // error
    };
    Type type = Type::TextDelta;
    QString id;
    QString model;
    QString text;
    QString signature;
    QString name;
    QString toolNamespace; // ToolCallStart toward a Responses client: the namespace of `name`
    int index = 0;
    bool redacted = false;
    Usage usage;
    FinishReason finishReason = FinishReason::Stop;
    ApiError error;

    bool operator==(const StreamEvent &) const = default;

    static StreamEvent messageStart(QString id, QString model);
    static StreamEvent textDelta(QString text);
    static StreamEvent reasoningDelta(QString text, QString signature = {});
    static StreamEvent toolCallStart(int index, QString id, QString name);
    static StreamEvent toolCallDelta(int index, QString partialJson);
    static StreamEvent toolCallEnd(int index);
    static StreamEvent usageEvent(const Usage &usage);
    static StreamEvent finish(FinishReason reason);
    static StreamEvent errorEvent(ApiError error);
};
QString toString(StreamEvent::Type type);
// One line per event, for logs and test failure messages.
QString describe(const StreamEvent &event);
QString describe(const QList<StreamEvent> &events); // one line each, each ending in '\n'

// Merges adjacent deltas of the same kind (text, reasoning, arguments of one tool call), so that
// streams that split their content differently compare equal.
QList<StreamEvent> coalesce(const QList<StreamEvent> &events);

// Builds the ChatResponse a stream amounts to.
class StreamAccumulator
{
public:
    void add(const StreamEvent &event);
    void add(const QList<StreamEvent> &events)
    {
        for (const StreamEvent &e : events)
            add(e);
    }
    const ChatResponse &response() const { return m_response; }
    bool finished() const { return m_finished; }
    const std::optional<ApiError> &error() const { return m_error; }

private:
    ContentPart &lastPart(ContentPart::Type type);
    ChatResponse m_response;
    QList<int> m_toolSlots; // canonical tool index -> position in toolCalls
    bool m_finished = false;
    std::optional<ApiError> m_error;
};

} // namespace sb::protocol
