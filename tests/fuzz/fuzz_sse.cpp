// libFuzzer target: SseParser. Any split of the input gives the same events; buffers stay bounded.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sb::protocol;
    constexpr qsizetype kLimit = 4096;
    SseParser whole(kLimit);
    QList<SseEvent> expected = whole.feed(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    expected += whole.finish();

    SseParser split(kLimit);
    QList<SseEvent> actual;
    sb::fuzz::feedInPieces(data, size, [&](QByteArrayView piece) {
        actual += split.feed(piece);
        if (split.bufferedBytes() > 2 * kLimit + 64)
            sb::fuzz::fail("SSE buffer grew past its limit");
    });
    actual += split.finish();
    if (whole.error().has_value() != split.error().has_value())
        sb::fuzz::fail("an error depends on how the input is split");
    if (!whole.error() && actual != expected)
        sb::fuzz::fail("SSE events depend on how the input is split");
    for (const SseEvent &e : expected) {
        if (e.data.size() > kLimit)
            sb::fuzz::fail("an event is larger than the limit");
    }
    // what the writer produces parses back to the same data
    for (const SseEvent &e : expected) {
        if (e.event.contains('\n') || e.event.contains('\r') || e.id.contains('\n') || e.id.contains('\r'))
            continue;
        SseParser back;
        const auto events = back.feed(SseWriter::frame(e.data, e.event, e.id));
        if (events.size() != 1 || events.first().data != e.data || events.first().event != e.event)
            sb::fuzz::fail("SseWriter output does not parse back");
    }
    return 0;
}
