#include "protocol/codec.h"

#include "protocol/anthropicmessagescodec.h"
#include "protocol/geminicodec.h"
#include "protocol/jsonutil.h"
#include "protocol/ollamacodec.h"
#include "protocol/openaichatcodec.h"
#include "protocol/openairesponsescodec.h"

namespace sb::protocol {

QString toString(Dialect dialect)
{
    switch (dialect) {
    case Dialect::OpenAiChat: return QStringLiteral("openai_chat");
    case Dialect::AnthropicMessages: return QStringLiteral("anthropic_messages");
    case Dialect::OpenAiResponses: return QStringLiteral("openai_responses");
    case Dialect::Gemini: return QStringLiteral("gemini");
    case Dialect::Ollama: return QStringLiteral("ollama");
    }
    return QStringLiteral("openai_chat");
}

std::optional<Dialect> dialectFromString(QStringView text)
{
    for (Dialect d : allDialects()) {
        if (text == toString(d))
            return d;
    }
    return std::nullopt;
}

QList<Dialect> allDialects()
{
    return {Dialect::OpenAiChat, Dialect::AnthropicMessages, Dialect::OpenAiResponses, Dialect::Gemini, Dialect::Ollama};
}

qint64 Codec::now() const
{
    return m_clock ? m_clock() : detail::nowSeconds();
}

Codec::IdGenerator Codec::idGenerator() const
{
    if (m_ids)
        return m_ids;
    return [](const QString &prefix) { return detail::randomId(prefix); };
}

std::unique_ptr<Codec> makeCodec(Dialect dialect)
{
    switch (dialect) {
    case Dialect::OpenAiChat: return makeOpenAiChatCodec();
    case Dialect::AnthropicMessages: return makeAnthropicMessagesCodec();
    case Dialect::OpenAiResponses: return makeOpenAiResponsesCodec();
    case Dialect::Gemini: return makeGeminiCodec();
    case Dialect::Ollama: return makeOllamaCodec();
    }
    return makeOpenAiChatCodec();
}

QList<StreamEvent> decodeStream(const Codec &codec, QByteArrayView body, qsizetype chunkSize)
{
    const auto decoder = codec.streamDecoder();
    QList<StreamEvent> events;
    if (chunkSize <= 0)
        chunkSize = std::max<qsizetype>(1, body.size());
    for (qsizetype i = 0; i < body.size(); i += chunkSize)
        events += decoder->feed(body.sliced(i, std::min(chunkSize, body.size() - i)));
    events += decoder->finish();
    return events;
}

QByteArray encodeStream(const Codec &codec, const QList<StreamEvent> &events)
{
    const auto encoder = codec.streamEncoder();
    QByteArray out;
    for (const StreamEvent &e : events)
        out += encoder->encode(e);
    return out + encoder->finish();
}

QStringList hostedToolsDropped(const ChatRequest &request, Dialect upstream)
{
    if (upstream == Dialect::OpenAiResponses)
        return {};
    const bool searches = upstream == Dialect::AnthropicMessages || (upstream == Dialect::Gemini && geminiCanSearch(request));
    QStringList out;
    for (const QString &t : request.hostedTools) {
        if (!(searches && (t == QLatin1String("web_search") || t == QLatin1String("web_search_preview"))))
            out << t;
    }
    return out;
}

} // namespace sb::protocol
