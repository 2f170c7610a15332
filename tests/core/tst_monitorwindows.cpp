#include "monitor/windowsums.h"

#include <QTest>

#include <map>
#include <random>

using sb::monitor::WindowSums;

namespace {

constexpr qint64 kMinute = 60'000;

// What the evaluator sums: counts (exact) and fractional good calls.
struct Sum {
    qint64 n = 0;
    double good = 0;
    void add(const Sum &o, int sign)
    {
        n += sign * o.n;
        good += sign * o.good;
    }
};

// The sum the evaluator took before the running windows: every bucket in [from, to) of a map.
Sum mapSum(const std::map<qint64, Sum> &buckets, qint64 from, qint64 to)
{
    Sum s;
    for (auto it = buckets.lower_bound(from); it != buckets.end() && it->first < to; ++it)
        s.add(it->second, 1);
    return s;
}

// Counts its additions.
struct Counted {
    qint64 n = 0;
    static inline int adds = 0;
    void add(const Counted &o, int sign)
    {
        n += sign * o.n;
        ++adds;
    }
};

} // namespace

// The running window sums the SLO evaluator keeps (monitor/windowsums.h) against summing a map of
// buckets each time, on random data: buckets added to, taken out and forgotten at random times, windows
// moved on a minute or several at a time, back in time, and past their whole span.
class TestMonitorWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runningWindowsEqualTheMapSums()
    {
        std::mt19937_64 rng(19);
        const auto uniform = [&rng](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
        WindowSums<Sum> windows;
        std::map<qint64, Sum> map;
        const std::vector<qint64> spans = {5 * kMinute, 30 * kMinute, 60 * kMinute, 360 * kMinute, 7 * kMinute};
        qint64 now = 1'000 * kMinute;
        int compared = 0;
        for (int step = 0; step < 3'000; ++step) {
            // time moves on: mostly a minute, sometimes more, now and then back
            const qint64 r = uniform(0, 99);
            now += r < 80 ? kMinute : r < 95 ? uniform(2, 20) * kMinute : r < 98 ? uniform(300, 800) * kMinute : -uniform(1, 30) * kMinute;
            // new calls in the last minutes (late ones too), and a few ahead of the clock
            for (int k = uniform(0, 6); k > 0; --k) {
                const qint64 t = now - uniform(-2, 12) * kMinute;
                const Sum v{uniform(0, 1000), double(uniform(0, 1000)) * 0.37};
                windows.add(t, v);
                map[t].add(v, 1);
            }
            // a reread: some minutes taken out (and read again below)
            if (uniform(0, 9) == 0) {
                const qint64 from = now - uniform(1, 15) * kMinute;
                const qint64 to = from + uniform(1, 10) * kMinute;
                std::map<qint64, Sum> removed;
                windows.remove(from, to, [&removed](qint64 t, const Sum &v) { removed[t] = v; });
                std::map<qint64, Sum> expected(map.lower_bound(from), map.lower_bound(to));
                QCOMPARE(removed.size(), expected.size());
                map.erase(map.lower_bound(from), map.lower_bound(to));
                for (const auto &[t, v] : expected) {
                    const Sum again{v.n + uniform(0, 3), v.good};
                    windows.add(t, again);
                    map[t] = again;
                }
            }
            // what is older than the longest window goes
            const qint64 keepFrom = now - 400 * kMinute;
            windows.removeBefore(keepFrom);
            map.erase(map.begin(), map.lower_bound(keepFrom));
            for (const qint64 span : spans) {
                if (span == 7 * kMinute && step % 50 >= 25)
                    continue; // a window asked for some of the time only
                const Sum a = windows.sum(now - span, now);
                const Sum b = mapSum(map, now - span, now);
                QCOMPARE(a.n, b.n);
                QVERIFY2(
                    std::abs(a.good - b.good) <= 1e-9 * std::max(1.0, std::abs(b.good)),
                    qPrintable(QStringLiteral("step %1, span %2: %3 != %4").arg(step).arg(span).arg(a.good, 0, 'g', 17).arg(b.good, 0, 'g', 17)));
                ++compared;
            }
            windows.forgetUnusedWindows();
            QVERIFY(windows.windowCount() <= qsizetype(spans.size()));
            // a sum that keeps no window
            const qint64 from = now - uniform(0, 300) * kMinute;
            QCOMPARE(windows.sumOnce(from, now).n, mapSum(map, from, now).n);
        }
        QVERIFY(compared > 10'000);
        // an unused window is forgotten
        windows.forgetUnusedWindows();
        QCOMPARE(windows.windowCount(), 0);
    }

    // A window that moved on is kept as a running sum: the buckets it covers are not added up again.
    void aWindowMovesOnWithoutSummingItsBuckets()
    {
        WindowSums<Counted> windows;
        for (qint64 m = 0; m < 400; ++m)
            windows.add(m * kMinute, Counted{1});
        QCOMPARE(windows.sum(40 * kMinute, 400 * kMinute).n, 360);
        for (qint64 m = 400; m < 420; ++m) {
            windows.add(m * kMinute, Counted{2});
            Counted::adds = 0;
            QCOMPARE(windows.sum((m + 1 - 360) * kMinute, (m + 1) * kMinute).n, 360 + (m - 399));
            QCOMPARE(Counted::adds, 2); // the minute that entered, the one that left
        }
    }
};

QTEST_GUILESS_MAIN(TestMonitorWindows)
#include "tst_monitorwindows.moc"
