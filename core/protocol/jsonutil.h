#pragma once

// Helpers shared by the codecs (not part of the protocol API).

#include "protocol/codec.h"
#include "protocol/sse.h"
#include "protocol/types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace sb::protocol::detail {

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Parses a client request body; errors are invalid_request.
[[nodiscard]] Result<QJsonObject> parseRequestBody(const QByteArray &body);
// Parses an upstream body; errors are server errors (the upstream sent garbage).
[[nodiscard]] Result<QJsonObject> parseUpstreamBody(const QByteArray &body, const QString &what);
// Parses a stream payload; nullopt when it is not a JSON object.
std::optional<QJsonObject> parseObject(QByteArrayView bytes);

ApiError invalidRequest(const QString &message);
ApiError upstreamGarbage(const QString &message);
ApiError truncatedStream();

// Tool arguments: JSON text <-> object. Text that is not an object becomes {} (Anthropic, Gemini
// and Ollama need an object).
QJsonObject argumentsObject(const QString &json);
QString argumentsText(const QJsonValue &value);

// data: URLs
struct DataUrl {
    QString mediaType;
    QByteArray base64;
};
std::optional<DataUrl> parseDataUrl(const QString &url);
QString makeDataUrl(const QString &mediaType, const QByteArray &base64);

// Reasoning effort <-> thinking budget tokens.
int budgetForEffort(const QString &effort);
QString effortForBudget(int budget);

// Puts the top-level fields that are not in known into request.extras, marked as this dialect's.
void collectExtras(ChatRequest &request, const QJsonObject &body, const QStringList &known, Dialect dialect);
// Parses a client request body and reads it with read().
[[nodiscard]] Result<ChatRequest> readRequest(const QByteArray &body, const std::function<Result<ChatRequest>(const QJsonObject &)> &read);

// Adds extras the encoder did not set itself.
void mergeExtras(QJsonObject &body, const ChatRequest &request, Dialect dialect);

// Refines a kind from an error's type/code and wording (context length, content filter, ...).
ApiError::Kind refineKind(ApiError::Kind base, const QString &typeOrCode, const QString &message);

// OpenAI error objects ({"message","type","param","code"}), shared by Chat Completions and Responses.
ApiError openAiErrorFromObject(int httpStatus, const QJsonObject &error);
QJsonObject openAiErrorToWire(const ApiError &error); // {"error":{...}}

// The message of an error for dialects whose error bodies carry no code for its kind: makes sure
// the wording that refineKind() (and clients such as Claude Code) recognise is in it.
QString messageWithKindWording(const ApiError &error);

// Reads optional numbers.
std::optional<double> optDouble(const QJsonObject &o, const QString &key);
std::optional<int> optInt(const QJsonObject &o, const QString &key);

// An error while a server-side decoder reads typed fields: collects the first problem.
class FieldReader
{
public:
    explicit FieldReader(QString context = {})
        : m_context(std::move(context))
    {
    }
    QString string(const QJsonObject &o, const QString &key, bool required = false);
    bool hasError() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

private:
    QString m_context;
    QString m_error;
};

// An id for a tool call whose dialect gave it none: derived from the response's own id (or
// timestamp) so that it is stable for the same response and distinct across responses; random when
// the response has neither.
QString generatedCallId(const QString &responseKey, int index);

// Unix seconds now, for "created" fields.
qint64 nowSeconds();
// A random id with this prefix (for ids a dialect requires and the source did not have).
QString randomId(const QString &prefix);

// Base of the SSE stream decoders: owns the parser, stops after Finish or Error.
class SseDecoderBase : public StreamDecoder
{
public:
    QList<StreamEvent> feed(QByteArrayView bytes) final;
    QList<StreamEvent> finish() final;

protected:
    // One SSE event. By default its data is parsed as a JSON object and handed to onPayload() with
    // its "type" (or the SSE event name when it has none); other data is an error.
    virtual void onEvent(const SseEvent &event, QList<StreamEvent> &out);
    // One JSON payload; append canonical events with push().
    virtual void onPayload(const QJsonObject &payload, const QString &type, QList<StreamEvent> &out) = 0;
    // The body ended without Finish or Error.
    virtual void onEnd(QList<StreamEvent> &out);
    void push(QList<StreamEvent> &out, StreamEvent event);
    bool done() const { return m_done; }

private:
    void handle(const QList<SseEvent> &events, QList<StreamEvent> &out);
    SseParser m_parser;
    bool m_done = false;
    bool m_finishing = false;
};

// Tracks which canonical tool-call indexes are open, for ToolCallEnd bookkeeping.
class ToolIndexMap
{
public:
    // The canonical index for an upstream key, assigning the next one when new.
    int indexFor(int key, bool *isNew = nullptr);
    std::optional<int> find(int key) const;
    // Ends every open call (ToolCallEnd events in index order).
    void closeAll(QList<StreamEvent> &out);
    void close(int key, QList<StreamEvent> &out);
    bool any() const { return !m_keys.isEmpty(); }

private:
    QList<int> m_keys; // upstream key per canonical index
    QList<bool> m_open; // per canonical index
};

} // namespace sb::protocol::detail
