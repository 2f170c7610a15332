#pragma once

#include "fakeupstream.h"
#include "httpconnection.h"

#include <QString>
#include <QStringList>

#include <optional>

// Wire rendering per vendor dialect. Internal to switchboard_fakes.
namespace sb::fakes {

enum class Endpoint {
    ChatCompletions,
    Models,
    Model,
    Embeddings, // OpenAI (and Ollama's OpenAI-compatible /v1); Model: one id
    Responses, // OpenAI Responses
    Messages,
    CountTokens, // Anthropic (Models for /v1/models)
    Generate,
    StreamGenerate,
    EmbedContent,
    BatchEmbedContents,
    GeminiCountTokens, // Gemini (Models)
    OllamaChat,
    OllamaTags,
    OllamaEmbed,
    OllamaVersion,
};

struct Route {
    Dialect dialect = Dialect::OpenAiChat;
    Endpoint endpoint = Endpoint::ChatCompletions;
    bool ollamaCompat = false; // Ollama's OpenAI-compatible /v1 endpoints
    QString pathModel; // the model id in the path (Gemini methods, GET .../models/{id})
};

QString endpointName(Endpoint endpoint);
std::optional<Route> resolveRoute(const RecordedRequest &request, Dialects enabled);

struct RenderInput {
    const RecordedRequest &request;
    const QJsonObject &body; // the request body, parsed once (empty when not a JSON object)
    const Route &route;
    const ReplyScript &reply;
    const QStringList &models; // empty: the dialect's defaults
    int serial; // request index, used in ids
};

bool wantsStream(const RenderInput &in);
QString requestedModel(const RenderInput &in);

// nullopt when the request passes the vendor's auth (and version header) checks.
std::optional<ResponsePlan> checkAuth(const RenderInput &in, const QString &apiKey);
// nullopt when the vendor would accept the request's shape. Gemini: the Schema of
// functionDeclarations[].parameters and generationConfig.responseSchema takes only its own fields, and
// the real API refuses the whole request with 400 INVALID_ARGUMENT "Unknown name" for any other
// (parametersJsonSchema / responseJsonSchema take full JSON Schema).
std::optional<ResponsePlan> checkPayload(const RenderInput &in);
ResponsePlan renderReply(const RenderInput &in);
ResponsePlan renderError(const RenderInput &in, const Fault &fault);
ResponsePlan notFoundPlan(const RecordedRequest &request);
// Frames for the stream faults, in the dialect's framing.
QByteArray streamErrorFrame(const RenderInput &in, int sequenceNumber);
QByteArray malformedJsonFrame(const RenderInput &in);
QByteArray malformedFramingFrame(const RenderInput &in);

} // namespace sb::fakes
