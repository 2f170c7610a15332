#pragma once

// Shared checks of the fuzz targets. Each input is also fed in pieces whose sizes come from its
// first bytes: the result must not depend on where the bytes are split.

#include "protocol/codec.h"
#include "protocol/ndjson.h"
#include "protocol/sse.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sb::fuzz {

// Splits data into pieces: the sizes cycle through the first (up to 4) bytes, each 1..64.
template<typename Feed> void feedInPieces(const uint8_t *data, size_t size, Feed feed)
{
    const size_t keys = size < 4 ? size : 4;
    size_t pos = 0, k = 0;
    while (pos < size) {
        const size_t piece = keys ? (data[k++ % keys] % 64) + 1 : size;
        const size_t n = piece < size - pos ? piece : size - pos;
        feed(QByteArrayView(reinterpret_cast<const char *>(data) + pos, qsizetype(n)));
        pos += n;
    }
}

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

// Ids that decoders make up when the wire has none are random: clear them before comparing.
inline QList<protocol::StreamEvent> comparable(QList<protocol::StreamEvent> events)
{
    for (protocol::StreamEvent &e : events) {
        if (e.type == protocol::StreamEvent::Type::ToolCallStart && e.id.startsWith(QLatin1String("call_")))
            e.id.clear();
    }
    return events;
}

inline void checkStream(const QList<protocol::StreamEvent> &events)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        const auto t = events.at(i).type;
        const bool terminal = t == protocol::StreamEvent::Type::Finish || t == protocol::StreamEvent::Type::Error;
        if (terminal != (i == events.size() - 1))
            fail("a stream must end with exactly one Finish or Error, and nothing after it", protocol::describe(events));
    }
}

inline int fuzzStreamDecoder(protocol::Dialect dialect, const uint8_t *data, size_t size)
{
    using namespace protocol;
    const auto codec = makeCodec(dialect);
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<StreamEvent> whole = decodeStream(*codec, bytes);
    checkStream(whole);

    const auto decoder = codec->streamDecoder();
    QList<StreamEvent> pieces;
    feedInPieces(data, size, [&](QByteArrayView piece) { pieces += decoder->feed(piece); });
    pieces += decoder->finish();
    if (comparable(pieces) != comparable(whole))
        fail("decoding in pieces differs from decoding at once", describe(whole) + QStringLiteral("---\n") + describe(pieces));
    if (!decoder->feed("data: {}\n\n").isEmpty() || !decoder->finish().isEmpty())
        fail("a finished decoder produced more events");

    // what we decoded, encoded in every dialect, decodes again to a complete stream
    for (Dialect to : allDialects()) {
        const auto target = makeCodec(to);
        checkStream(decodeStream(*target, encodeStream(*target, whole)));
    }
    return 0;
}

} // namespace sb::fuzz
