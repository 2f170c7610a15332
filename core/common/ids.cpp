#include "common/ids.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>

namespace sb::ids {

QString timeOrderedUuid()
{
    // unix_ts_ms (48) | counter (12), advanced atomically: a later call never gets a smaller value, also
    // when the clock steps back or more than 4096 ids are made in one millisecond (time then runs ahead).
    static std::atomic<quint64> last{0};
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()) << 12;
    quint64 prev = last.load(std::memory_order_relaxed);
    quint64 next = 0;
    do {
        next = std::max(now, prev + 1);
    } while (!last.compare_exchange_weak(prev, next, std::memory_order_relaxed));
    const quint64 ms = next >> 12;
    const quint64 counter = next & 0xfff;
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint64 hi = (ms << 16) | 0x7000 | counter; // version 7
    const quint64 lo = (random & 0x3fff'ffff'ffff'ffffULL) | 0x8000'0000'0000'0000ULL; // variant 10
    char text[37];
    static constexpr char hex[] = "0123456789abcdef";
    int pos = 0;
    const auto put = [&](quint64 v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            text[pos++] = hex[(v >> (4 * i)) & 0xf];
    };
    put(hi >> 32, 8);
    text[pos++] = '-';
    put((hi >> 16) & 0xffff, 4);
    text[pos++] = '-';
    put(hi & 0xffff, 4);
    text[pos++] = '-';
    put(lo >> 48, 4);
    text[pos++] = '-';
    put(lo & 0xffff'ffff'ffffULL, 12);
    return QString::fromLatin1(text, pos);
}

} // namespace sb::ids
