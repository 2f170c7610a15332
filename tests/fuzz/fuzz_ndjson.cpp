// libFuzzer target: NdjsonParser. Any split of the input gives the same lines; buffers stay bounded.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sb::protocol;
    constexpr qsizetype kLimit = 4096;
    NdjsonParser whole(kLimit);
    QList<QByteArray> expected = whole.feed(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    expected += whole.finish();

    NdjsonParser split(kLimit);
    QList<QByteArray> actual;
    sb::fuzz::feedInPieces(data, size, [&](QByteArrayView piece) {
        actual += split.feed(piece);
        if (split.bufferedBytes() > kLimit + 64)
            sb::fuzz::fail("NDJSON buffer grew past its limit");
    });
    actual += split.finish();
    if (whole.error().has_value() != split.error().has_value())
        sb::fuzz::fail("an error depends on how the input is split");
    if (!whole.error() && actual != expected)
        sb::fuzz::fail("NDJSON lines depend on how the input is split");
    for (const QByteArray &line : expected) {
        if (line.contains('\n') || line.size() > kLimit)
            sb::fuzz::fail("a line contains a newline or is larger than the limit");
    }
    NdjsonParser objects(kLimit);
    (void)objects.feedObjects(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    (void)objects.finishObjects();
    return 0;
}
