#pragma once

#include "protocol/types.h"

#include <QByteArrayView>

#include <functional>
#include <memory>

namespace sb::protocol {

enum class Dialect { OpenAiChat, AnthropicMessages, OpenAiResponses, Gemini, Ollama };
QString toString(Dialect dialect); // openai_chat, anthropic_messages, openai_responses, gemini, ollama
std::optional<Dialect> dialectFromString(QStringView text);
QList<Dialect> allDialects();

// The hosted tools of `request` (ChatRequest::hostedTools) an upstream speaking `upstream` cannot run
// and is not sent: none for Responses, all but web search for Anthropic and Gemini (see
// geminiCanSearch), all for OpenAI Chat and Ollama.
QStringList hostedToolsDropped(const ChatRequest &request, Dialect upstream);

// Turns the body bytes of an upstream streaming response into canonical events. Stateful: one per
// response. Feed any split of the bytes; the result does not depend on where they are split.
class StreamDecoder
{
public:
    virtual ~StreamDecoder() = default;
    // Events completed by these bytes.
    [[nodiscard]] virtual QList<StreamEvent> feed(QByteArrayView bytes) = 0;
    // End of body. A stream that ends without its dialect's end marker yields an Error event.
    [[nodiscard]] virtual QList<StreamEvent> finish() = 0;
};

// Turns canonical events into the body bytes of a streaming response in one dialect. Stateful.
class StreamEncoder
{
public:
    virtual ~StreamEncoder() = default;
    // Bytes to send for this event (may be empty while the encoder waits for more).
    [[nodiscard]] virtual QByteArray encode(const StreamEvent &event) = 0;
    // Bytes for the end of the stream when the events ended without Finish or Error.
    [[nodiscard]] virtual QByteArray finish() = 0;
};

// What a server receives besides the body: some dialects put the model and the stream flag in the URL.
struct RequestContext {
    QString model; // Gemini: models/{model}:generateContent
    bool stream = false; // Gemini: :streamGenerateContent
};

// An encoded upstream request.
struct WireRequest {
    QString path; // relative to the provider base URL, e.g. "/v1/chat/completions"
    QJsonObject body;
    // What the encoder changed so the upstream takes the request (a schema keyword rewritten or left
    // out), for the call's trace: "tools.read.properties.limit.exclusiveMinimum: minimum 1".
    QStringList notes;
};

// One wire dialect, both directions. A codec holds no per-call state: after setClock() and
// setIdGenerator() it can be shared between threads. Stream decoders and encoders are per stream and
// belong to one thread.
class Codec
{
public:
    virtual ~Codec() = default;
    virtual Dialect dialect() const = 0;

    // ---- client side: we call a provider that speaks this dialect.
    [[nodiscard]] virtual WireRequest encodeRequest(const ChatRequest &request) const = 0;
    [[nodiscard]] virtual Result<ChatResponse> decodeResponse(const QByteArray &body) const = 0;
    // What a caller that forwards the body as it came (the proxy's same-dialect passthrough) needs of a
    // whole response: id, model and usage, with the body checked to be valid JSON and an answer of this
    // dialect; the message and finish reason are left empty. Anything else (an error object, a missing
    // part, text that is not JSON) gets decodeResponse() and its result. The default is decodeResponse().
    [[nodiscard]] virtual Result<ChatResponse> decodeResponseSummary(const QByteArray &body) const { return decodeResponse(body); }
    [[nodiscard]] virtual std::unique_ptr<StreamDecoder> streamDecoder() const = 0;
    // An error response: HTTP status, body, and the Retry-After header value (may be empty).
    [[nodiscard]] virtual ApiError decodeError(int httpStatus, const QByteArray &body, const QByteArray &retryAfter = {}) const = 0;

    // ---- server side: a client speaks this dialect to us.
    [[nodiscard]] virtual Result<ChatRequest> decodeRequest(const QByteArray &body, const RequestContext &context = {}) const = 0;
    [[nodiscard]] virtual QByteArray encodeResponse(const ChatResponse &response) const = 0;
    [[nodiscard]] virtual std::unique_ptr<StreamEncoder> streamEncoder() const = 0;
    // The body of an error response (use error.statusForResponse() as the status).
    [[nodiscard]] virtual QByteArray encodeError(const ApiError &error) const = 0;

    // The clock for "created" timestamps in what this codec encodes (unix seconds); tests inject one.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const;
    // Makes ids the encoders need and the events did not have (prefix + unique part); random by
    // default, tests inject a deterministic one.
    using IdGenerator = std::function<QString(const QString &prefix)>;
    void setIdGenerator(IdGenerator generator) { m_ids = std::move(generator); }
    IdGenerator idGenerator() const;

private:
    std::function<qint64()> m_clock;
    IdGenerator m_ids;
};

std::unique_ptr<Codec> makeCodec(Dialect dialect);

// Decodes a whole streamed body (feed + finish), fed in pieces of chunkSize bytes (0: at once).
[[nodiscard]] QList<StreamEvent> decodeStream(const Codec &codec, QByteArrayView body, qsizetype chunkSize = 0);
// Encodes a whole event list at once (encode each + finish).
[[nodiscard]] QByteArray encodeStream(const Codec &codec, const QList<StreamEvent> &events);

} // namespace sb::protocol
