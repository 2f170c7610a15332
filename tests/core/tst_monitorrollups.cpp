#include "common/throughput.h"
#include "sqlfixture.h"
#include "usage/ledger.h"
#include "usage/loghistogram.h"
#include "usage/monitorrollups.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <vector>

using namespace sb;
using namespace sb::usage;
using sb::testing::scalar;

namespace {

// 2025-03-30 00:00 UTC
constexpr qint64 kT0 = 20'177LL * kMsPerDay;

// The nearest-rank percentile of values (what LogHistogram estimates).
double exactPercentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = std::clamp<qint64>(qint64(std::ceil(p / 100.0 * double(values.size()) - 1e-9)), 1, qint64(values.size()));
    return values[std::size_t(rank - 1)];
}

struct RollupRow {
    qint64 attempts = 0, requests = 0, input = 0, output = 0, cost = 0, unpriced = 0, latencySum = 0, ttftCount = 0, ttftSum = 0;
    LogHistogram latency, ttft, gap, tps;
};

using Stored = std::map<std::pair<qint64, QString>, MonitorSums>; // (t, group columns joined) -> sums

// Every row of a rollup table.
Stored storedRows(const Database &db, const QString &table)
{
    Stored out;
    QSqlQuery q(*db.connection());
    if (!q.exec(QStringLiteral("SELECT t, provider, model, route, source, source_key, status, error_kind, attempts, requests, input_tokens, "
                               "output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, unpriced, latency_ms_sum, "
                               "ttft_count, ttft_ms_sum, latency_hist, ttft_hist, gap_hist, tps_hist FROM %1")
                    .arg(table)))
        qFatal("query failed");
    while (q.next()) {
        QStringList key;
        for (int i = 1; i < 8; ++i)
            key << q.value(i).toString();
        MonitorSums sums;
        int column = 8;
        for (qint64 MonitorSums::*counter : MonitorSums::kCounters)
            sums.*counter = q.value(column++).toLongLong();
        for (LogHistogram MonitorSums::*histogram : MonitorSums::kHistograms) {
            if (!(sums.*histogram).mergeEncoded(q.value(column++).toByteArray()))
                qFatal("a damaged histogram in %s", qPrintable(table));
        }
        out[{q.value(0).toLongLong(), key.join(QLatin1Char('|'))}].merge(sums);
    }
    return out;
}

// A group's row in the totals of `kind` as the table stores it (the key totals keep source = 'proxy').
QString totalKey(const MonitorGroup &g, TotalsKind kind)
{
    return QStringList{g.provider,           g.model,    g.route, kind == TotalsKind::Key ? sourceName(Source::Proxy) : QString(), g.sourceKey,
                       statusName(g.status), g.errorKind}
        .join(QLatin1Char('|'));
}

// What the totals of `kind` hold for these calls at `resolution`: a scan of the raw rows.
Stored totalsOfCalls(const std::vector<CallRecord> &calls, TotalsKind kind, Resolution resolution)
{
    Stored out;
    for (const CallRecord &c : calls) {
        if (const std::optional<MonitorGroup> g = MonitorGroup::of(c).totalOf(kind))
            out[{bucketStart(resolution, c.startedAtMs), totalKey(*g, kind)}].add(c);
    }
    return out;
}

// The same from the per-group rows of a rollup table (the minutes, which are pruned).
Stored totalsOfGroups(const Database &db, Resolution resolution, TotalsKind kind)
{
    Stored out;
    for (const auto &[key, sums] : storedRows(db, rollupTable(resolution))) {
        const QStringList c = key.second.split(QLatin1Char('|'));
        MonitorGroup g;
        g.provider = c.at(0);
        g.model = c.at(1);
        g.route = c.at(2);
        g.source = sourceFromName(c.at(3)).value_or(Source::Playground);
        g.sourceKey = c.at(4);
        g.status = statusFromName(c.at(5)).value_or(CallStatus::Error);
        g.errorKind = c.at(6);
        if (const std::optional<MonitorGroup> total = g.totalOf(kind))
            out[{key.first, totalKey(*total, kind)}].merge(sums);
    }
    return out;
}

// Three days of mixed calls: routes, proxy keys and other sources, ok, errors of two kinds, cancelled.
std::vector<CallRecord> mixedCalls(qint64 from)
{
    std::vector<CallRecord> calls;
    for (int i = 0; i < 620; ++i) {
        CallRecord c;
        c.requestId = QStringLiteral("m%1").arg(i);
        c.startedAtMs = from + qint64(i) * 7 * kMsPerMinute + (i * 13) % 50'000;
        c.provider = i % 3 ? QStringLiteral("anthropic") : QStringLiteral("openai");
        c.requestedModel = i % 3 ? QStringLiteral("claude-sonnet-4-5") : QStringLiteral("gpt-4o");
        c.model = c.requestedModel + QStringLiteral("-1");
        c.route = i % 4 == 0 ? QStringLiteral("smart") : i % 4 == 1 ? QStringLiteral("fast") : QString();
        c.source = i % 5 < 3 ? Source::Proxy : Source::Playground;
        c.sourceKey = c.source == Source::Proxy ? QStringLiteral("key-%1").arg(i % 2) : QStringLiteral("conversation-%1").arg(i % 7);
        c.usage.inputTokens = 100 + i % 11;
        c.usage.outputTokens = 20 + i % 17;
        c.costUsd = 0.000001 * (1 + i % 4);
        c.latencyMs = 200 + (i * 53) % 3000;
        c.ttftMs = 40 + (i * 7) % 500;
        c.attempt = i % 9 == 0 ? 2 : 1;
        if (i % 10 == 7) {
            c.setError(protocol::ApiError::make(i % 20 == 7 ? protocol::ApiError::Kind::Overloaded : protocol::ApiError::Kind::Timeout,
                                                QStringLiteral("no"), 529));
            c.ttftMs.reset();
            c.usage = {};
            c.costUsd = 0;
        } else if (i % 31 == 5) {
            c.setError(protocol::ApiError::make(protocol::ApiError::Kind::Cancelled, QStringLiteral("user")));
        }
        calls.push_back(c);
    }
    return calls;
}

} // namespace

// The monitoring rollups the ledger writer keeps: histograms with a stated error, and per minute, hour
// and day sums that equal what the generated calls add up to.
class TestMonitorRollups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::shared_ptr<Database> openDatabase() { return testing::openTestDatabase(m_dir, QStringLiteral("rollups-%1.sqlite").arg(++m_n)); }
    static void writeCalls(const std::shared_ptr<Database> &db, const std::vector<CallRecord> &calls)
    {
        Ledger ledger(db);
        for (std::size_t i = 0; i < calls.size(); ++i) {
            ledger.record(calls[i]);
            if (i % 50 == 49)
                (void)ledger.flush();
        }
        if (!ledger.flush())
            qFatal("cannot write the calls");
    }
    // Every totals table against the scan (see totalsEqualAScanOfTheCalls).
    static void checkTotals(const Database &db, const std::vector<CallRecord> &calls)
    {
        for (const TotalsKind kind : kTotalsKinds) {
            for (const Resolution r : {Resolution::Minute, Resolution::Hour, Resolution::Day}) {
                const QString table = totalsTable(kind, r);
                if (table.isEmpty())
                    continue;
                const Stored expected = r == Resolution::Minute ? totalsOfGroups(db, r, kind) : totalsOfCalls(calls, kind, r);
                const Stored got = storedRows(db, table);
                QVERIFY2(expected.size() > 3, qPrintable(table));
                QCOMPARE(got.size(), expected.size());
                for (const auto &[key, sums] : expected) {
                    const auto found = got.find(key);
                    QVERIFY2(found != got.end(), qPrintable(table + QStringLiteral(": no row ") + key.second));
                    QVERIFY2(found->second == sums, qPrintable(table + QStringLiteral(": another row ") + key.second));
                }
            }
        }
    }
    // The rows of a rollup table matching `where`, summed.
    static RollupRow sum(const Database &db, const QString &table, const QString &where)
    {
        RollupRow r;
        QSqlQuery q(*db.connection());
        if (!q.exec(QStringLiteral("SELECT attempts, requests, input_tokens, output_tokens, cost_nusd, unpriced, latency_ms_sum, ttft_count, "
                                   "ttft_ms_sum, latency_hist, ttft_hist, gap_hist, tps_hist FROM %1 WHERE %2")
                        .arg(table, where)))
            qFatal("query failed");
        while (q.next()) {
            r.attempts += q.value(0).toLongLong();
            r.requests += q.value(1).toLongLong();
            r.input += q.value(2).toLongLong();
            r.output += q.value(3).toLongLong();
            r.cost += q.value(4).toLongLong();
            r.unpriced += q.value(5).toLongLong();
            r.latencySum += q.value(6).toLongLong();
            r.ttftCount += q.value(7).toLongLong();
            r.ttftSum += q.value(8).toLongLong();
            if (!r.latency.mergeEncoded(q.value(9).toByteArray()) || !r.ttft.mergeEncoded(q.value(10).toByteArray())
                || !r.gap.mergeEncoded(q.value(11).toByteArray()) || !r.tps.mergeEncoded(q.value(12).toByteArray()))
                qFatal("a damaged histogram in %s", qPrintable(table));
        }
        return r;
    }
    // A new writer's backfill, 50 rows a step, each in a transaction, until all is filled.
    static void backfillAll(QSqlDatabase &conn, int &steps)
    {
        detail::MonitorRollupWriter writer([] { return kT0 + 3 * kMsPerDay; });
        for (;; ++steps) {
            QVERIFY(conn.transaction());
            auto done = writer.backfill(conn, 50);
            QVERIFY2(done, done ? "" : qPrintable(done.error().message));
            QVERIFY(conn.commit());
            if (*done)
                break;
        }
        writer.release();
    }
    static CallRecord call(int i, qint64 atMs)
    {
        CallRecord c;
        c.requestId = QStringLiteral("r%1").arg(i);
        c.startedAtMs = atMs;
        c.source = Source::Proxy;
        c.sourceKey = QStringLiteral("claude-code");
        c.provider = QStringLiteral("anthropic");
        c.model = QStringLiteral("claude-sonnet-4-5-20250929");
        c.requestedModel = QStringLiteral("claude-sonnet-4-5");
        c.route = QStringLiteral("smart");
        c.usage.inputTokens = 100 + i % 7;
        c.usage.outputTokens = 40 + i % 13;
        c.costUsd = 0.000001 * (1 + i % 5);
        c.latencyMs = 300 + (i * 37) % 2000;
        c.ttftMs = 50 + (i * 11) % 400;
        return c;
    }

private Q_SLOTS:
    void bucketsAreLogScaleWithPowersOfTwoAsBoundaries()
    {
        QCOMPARE(LogHistogram::bucketOf(0), 0);
        QCOMPARE(LogHistogram::bucketOf(-5), 0);
        QCOMPARE(LogHistogram::bucketOf(LogHistogram::kMin), 0);
        QCOMPARE(LogHistogram::bucketOf(1), 56); // (1/128 * 2^(55/8), 1]
        QCOMPARE(LogHistogram::bucketOf(1.0001), 57);
        QCOMPARE(LogHistogram::bucketOf(1024), 136);
        QCOMPARE(LogHistogram::upperBound(136), 1024.0);
        QCOMPARE(LogHistogram::lowerBound(137), 1024.0);
        QCOMPARE(LogHistogram::bucketOf(1e12), LogHistogram::kBuckets - 1);
        QCOMPARE(LogHistogram::bucketOf(std::nan("")), 0);
        for (int i = 1; i < LogHistogram::kBuckets - 1; ++i) {
            QVERIFY(LogHistogram::upperBound(i) / LogHistogram::lowerBound(i) > 1.0905);
            QVERIFY(LogHistogram::upperBound(i) / LogHistogram::lowerBound(i) < 1.0906);
            const double middle = std::sqrt(LogHistogram::upperBound(i) * LogHistogram::lowerBound(i));
            QCOMPARE(LogHistogram::bucketOf(middle), i);
        }
        QVERIFY(LogHistogram::isBoundary(1024));
        QVERIFY(LogHistogram::isBoundary(0.5));
        QVERIFY(!LogHistogram::isBoundary(1000));
    }

    void percentilesAreWithinTheStatedError_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("uniform 1..5000 ms") << 0;
        QTest::newRow("log-normal latencies") << 1;
        QTest::newRow("few values") << 2;
        QTest::newRow("tokens per second") << 3;
    }
    void percentilesAreWithinTheStatedError()
    {
        QFETCH(int, shape);
        std::mt19937_64 rng(7 + shape);
        std::vector<double> values;
        const int n = shape == 2 ? 5 : 20'000;
        for (int i = 0; i < n; ++i) {
            switch (shape) {
            case 0: values.push_back(double(1 + rng() % 5000)); break;
            case 1: values.push_back(std::round(std::exp(std::normal_distribution<double>(6.0, 1.0)(rng)))); break;
            case 2: values.push_back(double(100 * (i + 1))); break;
            default: values.push_back(std::uniform_real_distribution<double>(5.0, 300.0)(rng)); break;
            }
        }
        LogHistogram h;
        for (double v : values)
            h.add(v);
        QCOMPARE(h.count(), qint64(n));
        for (double p : {1.0, 50.0, 90.0, 99.0, 99.9, 100.0}) {
            const double exact = exactPercentile(values, p);
            const double estimate = *h.percentile(p);
            QVERIFY2(std::abs(estimate - exact) <= LogHistogram::kRelativeError * exact + 1e-9,
                     qPrintable(QStringLiteral("p%1: estimate %2, exact %3").arg(p).arg(estimate).arg(exact)));
        }
        QVERIFY(!LogHistogram().percentile(50));
    }

    void countsAtBoundariesAreExact()
    {
        LogHistogram h;
        for (int v = 1; v <= 4096; ++v)
            h.add(v);
        QCOMPARE(h.countAtMostBoundary(1024), qint64(1024)); // le="1.024" counts 1024 itself
        QCOMPARE(h.countAtMostBoundary(1), qint64(1));
        QCOMPARE(h.countAtMostBoundary(0.5), qint64(0));
        QCOMPARE(h.countAtMostBoundary(4096), qint64(4096));
        // between boundaries: interpolated within the one straddling bucket
        const double below2000 = h.countAtMost(2000);
        QVERIFY2(std::abs(below2000 - 2000) <= double(h.bucketCount(LogHistogram::bucketOf(2000))), qPrintable(QString::number(below2000)));
        QCOMPARE(h.countAtMost(1e9), double(h.count()));
        QCOMPARE(h.countAtMost(0.001), 0.0);
    }

    void encodingRoundTripsAndRefusesDamage()
    {
        LogHistogram h;
        h.add(0);
        h.add(1, 300);
        h.add(250, 1'000'000'000);
        h.add(1e15);
        const QByteArray bytes = h.encode();
        QVERIFY(bytes.size() < 16);
        QCOMPARE(*LogHistogram::decode(bytes), h);
        QCOMPARE(LogHistogram().encode(), QByteArray());
        QCOMPARE(*LogHistogram::decode({}), LogHistogram());
        QVERIFY(!LogHistogram::decode(QByteArray("\x02\x01\x01", 3)));
        QVERIFY(!LogHistogram::decode(QByteArray(bytes.left(bytes.size() - 1) + '\x80'))); // a varint without its end
        LogHistogram merged = h;
        QVERIFY(merged.mergeEncoded(bytes));
        QCOMPARE(merged.count(), 2 * h.count());
        QVERIFY(!merged.mergeEncoded(QByteArrayView("\x01\x05\x81", 3)));
        QCOMPARE(merged.count(), 2 * h.count()); // nothing of the damaged blob was added
        // the non-empty buckets alone, without a dense histogram (the evaluator's reads)
        QVarLengthArray<std::pair<int, qint64>, 16> buckets{{7, 1}};
        QVERIFY(LogHistogram::decodeBuckets(bytes, buckets));
        QVarLengthArray<std::pair<int, qint64>, 16> expected{{7, 1}};
        for (int b = 0; b < LogHistogram::kBuckets; ++b) {
            if (h.bucketCount(b) > 0)
                expected.append({b, h.bucketCount(b)});
        }
        QCOMPARE(buckets.size(), 5);
        QVERIFY(buckets == expected);
        QVERIFY(LogHistogram::decodeBuckets({}, buckets));
        QVERIFY(!LogHistogram::decodeBuckets(QByteArrayView("\x01\x05\x81", 3), buckets));
        QVERIFY(buckets == expected); // nothing of the damaged blob was appended
    }

    // Two encoded histograms added on their sparse form (the rollups' upsert in SQL) equal the encoding
    // of their merge; empty ones are neutral, a damaged one gives nothing.
    void encodedHistogramsAddUp()
    {
        std::mt19937 random(7);
        std::lognormal_distribution<double> values(5, 2);
        for (int round = 0; round < 50; ++round) {
            LogHistogram a, b;
            for (int i = 0; i < round % 7; ++i)
                a.add(values(random), 1 + i * 1000);
            for (int i = 0; i < round % 11; ++i)
                b.add(values(random));
            LogHistogram sum = a;
            sum.merge(b);
            const std::optional<QByteArray> added = LogHistogram::addEncoded(a.encode(), b.encode());
            QVERIFY(added);
            QCOMPARE(*added, sum.encode());
        }
        QCOMPARE(*LogHistogram::addEncoded({}, {}), QByteArray());
        QVERIFY(!LogHistogram::addEncoded(QByteArrayView("\x01\x05\x81", 3), LogHistogram().encode()));
        QVERIFY(!LogHistogram::addEncoded({}, QByteArrayView("\x02\x01\x01", 3)));
    }

    // 3 hours of calls, 10 a minute: every minute, hour and day row sums to what was generated, and
    // the histograms' percentiles are within the error bound of the exact ones.
    void rollupsEqualTheGeneratedCalls()
    {
        auto db = openDatabase();
        std::vector<CallRecord> calls;
        {
            Ledger ledger(db);
            int i = 0;
            for (int minute = 0; minute < 180; ++minute) {
                for (int k = 0; k < 10; ++k, ++i) {
                    CallRecord c = call(i, kT0 + minute * kMsPerMinute + k * 5000);
                    if (k == 9) { // one in ten fails, half of those as a second attempt
                        c.setError(protocol::ApiError::make(protocol::ApiError::Kind::Overloaded, QStringLiteral("busy"), 529));
                        c.attempt = 1 + minute % 2;
                        c.ttftMs.reset();
                        c.usage = {};
                        c.costUsd = 0;
                    }
                    if (k == 8)
                        c.unpriced = true;
                    calls.push_back(c);
                    ledger.record(c);
                }
            }
            QVERIFY(ledger.flush());
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 1800);
        // groups: ok and error rows per minute
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_minute")), 360);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_hour")), 6);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_day")), 2);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM monitor_day WHERE model = 'claude-sonnet-4-5' AND route = 'smart' AND "
                                       "source = 'proxy' AND source_key = 'claude-code' AND t = %1")
                            .arg(kT0)),
                 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_day WHERE status = 'error' AND error_kind = 'overloaded'")), 1);

        struct Check {
            Resolution resolution;
            qint64 from;
            qint64 to;
        };
        const std::vector<Check> checks{{Resolution::Minute, kT0 + 17 * kMsPerMinute, kT0 + 18 * kMsPerMinute},
                                        {Resolution::Hour, kT0 + kMsPerHour, kT0 + 2 * kMsPerHour},
                                        {Resolution::Day, kT0, kT0 + kMsPerDay}};
        for (const Check &check : checks) {
            for (const bool ok : {true, false}) {
                std::vector<double> latencies, ttfts, rates;
                RollupRow expected;
                for (const CallRecord &c : calls) {
                    if (c.startedAtMs < check.from || c.startedAtMs >= check.to || (c.status == CallStatus::Ok) != ok)
                        continue;
                    ++expected.attempts;
                    expected.requests += c.attempt == 1;
                    expected.input += c.usage.inputTokens;
                    expected.output += c.usage.outputTokens;
                    expected.cost += c.costNano();
                    expected.unpriced += c.unpriced;
                    expected.latencySum += c.latencyMs;
                    latencies.push_back(double(c.latencyMs));
                    if (c.ttftMs) {
                        ++expected.ttftCount;
                        expected.ttftSum += *c.ttftMs;
                        ttfts.push_back(double(*c.ttftMs));
                    }
                    if (auto rate = sb::tokensPerSecond(c.usage.outputTokens, c.latencyMs, c.ttftMs))
                        rates.push_back(*rate);
                }
                const RollupRow got = sum(
                    *db, rollupTable(check.resolution),
                    QStringLiteral("t = %1 AND status = '%2'").arg(check.from).arg(ok ? QLatin1String("ok") : QLatin1String("error")));
                const QByteArray what = rollupTable(check.resolution).toUtf8() + (ok ? " ok" : " error");
                QVERIFY2(expected.attempts > 0, what);
                QCOMPARE(got.attempts, expected.attempts);
                QCOMPARE(got.requests, expected.requests);
                QCOMPARE(got.input, expected.input);
                QCOMPARE(got.output, expected.output);
                QCOMPARE(got.cost, expected.cost);
                QCOMPARE(got.unpriced, expected.unpriced);
                QCOMPARE(got.latencySum, expected.latencySum);
                QCOMPARE(got.ttftCount, expected.ttftCount);
                QCOMPARE(got.ttftSum, expected.ttftSum);
                QCOMPARE(got.latency.count(), expected.attempts);
                QCOMPARE(got.ttft.count(), expected.ttftCount);
                QCOMPARE(got.tps.count(), qint64(rates.size()));
                QCOMPARE(got.gap.count(), qint64(rates.size()));
                for (double p : {50.0, 90.0, 99.0}) {
                    const double exact = exactPercentile(latencies, p);
                    QVERIFY2(std::abs(*got.latency.percentile(p) - exact) <= LogHistogram::kRelativeError * exact, what);
                    if (!ttfts.empty()) {
                        const double exactTtft = exactPercentile(ttfts, p);
                        QVERIFY2(std::abs(*got.ttft.percentile(p) - exactTtft) <= LogHistogram::kRelativeError * exactTtft, what);
                    }
                    if (!rates.empty()) {
                        const double exactRate = exactPercentile(rates, p);
                        QVERIFY2(std::abs(*got.tps.percentile(p) - exactRate) <= LogHistogram::kRelativeError * exactRate, what);
                    }
                }
            }
        }
        // every resolution holds every call
        for (Resolution r : {Resolution::Minute, Resolution::Hour, Resolution::Day})
            QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(attempts) FROM %1").arg(rollupTable(r))), 1800);
    }

    // The totals of 0020 and 0024 (all calls, per route, per proxy key; minutes, hours, days) equal a
    // scan of the calls written (hours and days) and of the per-group minute rows (minutes are pruned
    // two days back), row for row with their histograms.
    void totalsEqualAScanOfTheCalls()
    {
        auto db = openDatabase();
        const std::vector<CallRecord> calls = mixedCalls(kT0);
        writeCalls(db, calls);
        checkTotals(*db, calls);
    }

    // A ledger from before 0024 (and 0020): the totals start where its rows ended. The backfill fills
    // the buckets before, a bounded number of rows at a time, from the per-group rows; a row a late
    // call left below a start is replaced, not added to; then the totals equal the scan again and
    // start at the oldest row. The ledger writer does a step with each batch.
    void theBackfillFillsTheOlderBuckets()
    {
        auto db = openDatabase();
        const std::vector<CallRecord> calls = mixedCalls(kT0);
        writeCalls(db, calls);
        const auto upgrade = [&db] {
            for (const Resolution r : {Resolution::Minute, Resolution::Hour, Resolution::Day}) {
                for (const TotalsKind kind : kTotalsKinds) {
                    const QString table = totalsTable(kind, r);
                    if (table.isEmpty())
                        continue;
                    const qint64 start = scalar(*db, QStringLiteral("SELECT max(t) FROM %1").arg(rollupTable(r))) + resolutionMs(r);
                    QVERIFY(testing::exec(*db, QStringLiteral("DELETE FROM %1").arg(table)));
                    QVERIFY(testing::exec(
                        *db,
                        QStringLiteral("UPDATE monitor_totals_start SET t = %1 WHERE resolution = '%2'").arg(start).arg(totalsStartKey(kind, r))));
                }
            }
            // a late call written below the start after the upgrade
            QVERIFY(testing::exec(*db,
                                  QStringLiteral("INSERT INTO monitor_hour_key SELECT * FROM monitor_hour WHERE source = 'proxy' AND t = %1 "
                                                 "AND status = 'ok'")
                                      .arg(scalar(*db, QStringLiteral("SELECT min(t) FROM monitor_hour")))));
        };
        upgrade();
        QVERIFY(storedRows(*db, QStringLiteral("monitor_hour_route")).empty());
        auto conn = db->connection();
        int steps = 0;
        backfillAll(*conn, steps);
        QVERIFY2(steps > 10, qPrintable(QString::number(steps)));
        checkTotals(*db, calls);
        if (QTest::currentTestFailed())
            return;
        for (const Resolution r : {Resolution::Minute, Resolution::Hour, Resolution::Day}) {
            for (const TotalsKind kind : kTotalsKinds) {
                if (!totalsTable(kind, r).isEmpty())
                    QCOMPARE(scalar(*db, QStringLiteral("SELECT t FROM monitor_totals_start WHERE resolution = '%1'").arg(totalsStartKey(kind, r))),
                             scalar(*db, QStringLiteral("SELECT min(t) FROM %1").arg(rollupTable(r))));
            }
        }

        // An interrupted fill resumes where its last committed step got to: a writer stops after three
        // steps and a fourth it never commits (a crash); a new one finishes from there.
        upgrade();
        const QString starts = QStringLiteral("SELECT sum(t) FROM monitor_totals_start");
        const qint64 startsBefore = scalar(*db, starts);
        qint64 startsAfterThree = 0;
        {
            detail::MonitorRollupWriter interrupted([] { return kT0 + 3 * kMsPerDay; });
            for (int i = 0; i < 4; ++i) {
                QVERIFY(conn->transaction());
                auto done = interrupted.backfill(*conn, 50);
                QVERIFY(done && !*done);
                if (i < 3)
                    QVERIFY(conn->commit());
                else
                    QVERIFY(conn->rollback());
                if (i == 2)
                    startsAfterThree = scalar(*db, starts);
            }
            interrupted.release();
        }
        QVERIFY(startsAfterThree < startsBefore);
        QCOMPARE(scalar(*db, starts), startsAfterThree);
        int resumedSteps = 0;
        backfillAll(*conn, resumedSteps);
        checkTotals(*db, calls);
        if (QTest::currentTestFailed())
            return;

        // Through the ledger: its batches never fill (the calls pay nothing for it); once idle it does,
        // a step at a time, until all is filled.
        upgrade();
        const qint64 startsUpgraded = scalar(*db, starts);
        std::vector<CallRecord> more = calls;
        const auto record = [&](Ledger &ledger, int from, int to) {
            for (int i = from; i < to; ++i) {
                CallRecord c = calls.back();
                c.requestId = QStringLiteral("more%1").arg(i);
                c.startedAtMs += 1000 + i;
                more.push_back(c);
                ledger.record(c);
                QVERIFY(ledger.flush());
            }
        };
        {
            Ledger::Options busy;
            busy.backfillIdleMs = 3'600'000; // never idle long enough
            Ledger ledger(db, busy);
            record(ledger, 0, 20);
            QCOMPARE(scalar(*db, starts), startsUpgraded);
        }
        {
            Ledger::Options idle;
            idle.backfillIdleMs = 0;
            idle.backfillRowsPerStep = 50;
            Ledger ledger(db, idle);
            record(ledger, 20, 40);
            const qint64 filled = [&] {
                qint64 t = 0;
                for (const Resolution r : {Resolution::Minute, Resolution::Hour, Resolution::Day}) {
                    for (const TotalsKind kind : kTotalsKinds) {
                        if (!totalsTable(kind, r).isEmpty())
                            t += scalar(*db, QStringLiteral("SELECT min(t) FROM %1").arg(rollupTable(r)));
                    }
                }
                return t;
            }();
            QTRY_COMPARE_WITH_TIMEOUT(scalar(*db, starts), filled, 30'000);
        }
        checkTotals(*db, more);
    }

    // Two writers on one database file (two Ledgers on their own connections, as two serves), in many
    // small batches each, to the same buckets: every rollup row holds both writers' calls, the per-group
    // rows and every totals table equal a scan of all the calls (each writer adds its part to the stored
    // row in SQL, and never writes back a copy that misses the other's).
    void twoWritersInManyBatchesAddUp()
    {
        auto first = openDatabase();
        auto second = Database::open(first->path());
        QVERIFY(second);
        std::vector<CallRecord> calls = mixedCalls(kT0);
        // squeezed into a few hours: both writers hit the same minute, hour and day rows
        for (std::size_t i = 0; i < calls.size(); ++i)
            calls[i].startedAtMs = kT0 + qint64(i % 240) * kMsPerMinute / 2 + qint64(i);
        {
            Ledger a(first);
            Ledger b(*second);
            std::size_t i = 0;
            for (int batch = 0; i < calls.size(); ++batch) {
                Ledger &ledger = batch % 2 ? b : a;
                for (int n = 0; n < 1 + batch % 5 && i < calls.size(); ++n)
                    ledger.record(calls[i++]);
                QVERIFY(ledger.flush());
            }
        }
        for (const Resolution r : {Resolution::Minute, Resolution::Hour, Resolution::Day}) {
            Stored expected;
            for (const CallRecord &c : calls) {
                const MonitorGroup g = MonitorGroup::of(c);
                expected[{bucketStart(r, c.startedAtMs),
                          QStringList{g.provider, g.model, g.route, sourceName(g.source), g.sourceKey, statusName(g.status), g.errorKind}.join(
                              QLatin1Char('|'))}]
                    .add(c);
            }
            const Stored got = storedRows(*first, rollupTable(r));
            QCOMPARE(got.size(), expected.size());
            QVERIFY2(got == expected, qPrintable(rollupTable(r)));
        }
        checkTotals(*first, calls);
    }

    // A damaged histogram in a stored row is replaced by the batch's part (saying so); its counters
    // still add up.
    void aDamagedStoredHistogramIsReplaced()
    {
        auto db = openDatabase();
        Ledger ledger(db);
        ledger.record(call(1, kT0));
        QVERIFY(ledger.flush());
        QVERIFY(testing::exec(*db, QStringLiteral("UPDATE monitor_hour SET latency_hist = x'020101'")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged histogram")));
        ledger.record(call(2, kT0 + 1));
        QVERIFY(ledger.flush());
        const RollupRow row = sum(*db, QStringLiteral("monitor_hour"), QStringLiteral("1"));
        QCOMPARE(row.attempts, 2);
        QCOMPARE(row.latency.count(), 1);
        QCOMPARE(row.ttft.count(), 2);
    }

    // The model asked for is the group; the strings that answered are tracked with their first and
    // last sighting (ok attempts only).
    void answeringModelsAreTrackedPerModelAskedFor()
    {
        auto db = openDatabase();
        {
            Ledger ledger(db);
            for (int i = 0; i < 6; ++i) {
                CallRecord c = call(i, kT0 + i * kMsPerHour);
                c.model = i < 3 ? QStringLiteral("gpt-4o-2024-08-06") : QStringLiteral("gpt-4o-2024-11-20");
                c.requestedModel = QStringLiteral("gpt-4o");
                c.provider = QStringLiteral("openai");
                ledger.record(c);
            }
            CallRecord failed = call(9, kT0 + 9 * kMsPerHour);
            failed.provider = QStringLiteral("openai");
            failed.model = QStringLiteral("gpt-4o");
            failed.requestedModel = QStringLiteral("gpt-4o");
            failed.setError(protocol::ApiError::make(protocol::ApiError::Kind::Timeout, QStringLiteral("slow")));
            ledger.record(failed);
            CallRecord plain = call(10, kT0); // no model asked for: the answering one is the group
            plain.requestedModel.clear();
            ledger.record(plain);
            QVERIFY(ledger.flush());
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(attempts) FROM monitor_day WHERE provider = 'openai' AND model = 'gpt-4o'")), 7);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(attempts) FROM monitor_day WHERE model = 'claude-sonnet-4-5-20250929'")), 1);
        QSqlQuery q(*db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT answered, first_seen, last_seen, calls FROM monitor_model_versions WHERE provider = 'openai' "
                                      "ORDER BY first_seen")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("gpt-4o-2024-08-06"));
        QCOMPARE(q.value(1).toLongLong(), kT0);
        QCOMPARE(q.value(2).toLongLong(), kT0 + 2 * kMsPerHour);
        QCOMPARE(q.value(3).toLongLong(), 3);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("gpt-4o-2024-11-20"));
        QCOMPARE(q.value(1).toLongLong(), kT0 + 3 * kMsPerHour);
        QVERIFY(!q.next()); // the failed attempt named no answering model
    }

    // Only the proxy's keys are grouped by: other sources' keys are conversations and comparisons.
    void onlyProxyKeysAreGroupedBy()
    {
        auto db = openDatabase();
        {
            Ledger ledger(db);
            for (int i = 0; i < 4; ++i) {
                CallRecord c = call(i, kT0);
                c.source = Source::Playground;
                c.sourceKey = QStringLiteral("conversation-%1").arg(i);
                ledger.record(c);
            }
            QVERIFY(ledger.flush());
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_minute")), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT attempts FROM monitor_minute WHERE source = 'playground' AND source_key = ''")), 4);
    }

    // Minutes older than two days before the newest call are pruned as time moves on (an hour of
    // them per batch at most); hours and days stay.
    void oldMinutesArePruned()
    {
        auto db = openDatabase();
        Ledger ledger(db);
        const auto minutes = [&db] { return scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_minute")); };
        for (int m = 0; m < 120; ++m) // two hours of minutes on day 0
            ledger.record(call(m, kT0 + m * kMsPerMinute));
        QVERIFY(ledger.flush());
        QCOMPARE(minutes(), 120);
        ledger.record(call(1000, kT0 + 2 * kMsPerDay + 30 * kMsPerMinute)); // the first 30 minutes are now too old
        QVERIFY(ledger.flush());
        QCOMPARE(minutes(), 91);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT min(t) FROM monitor_minute")), kT0 + 30 * kMsPerMinute);
        ledger.record(call(1001, kT0 + 3 * kMsPerDay)); // all of day 0 is too old: an hour of it goes per batch
        QVERIFY(ledger.flush());
        QCOMPARE(minutes(), 32); // minutes 90..119 of day 0, and the two new ones
        ledger.record(call(1002, kT0 + 3 * kMsPerDay + 1));
        QVERIFY(ledger.flush());
        QCOMPARE(minutes(), 2);
        ledger.record(call(1003, kT0 + 5)); // a late call for a minute long pruned is not written there
        QVERIFY(ledger.flush());
        QCOMPARE(minutes(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(attempts) FROM monitor_hour")), 124);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(attempts) FROM monitor_day")), 124);
    }

    // When the monitoring part fails, the calls are written all the same.
    void aFailingRollupDoesNotStopTheLedger()
    {
        auto db = openDatabase();
        QVERIFY(testing::exec(*db, QStringLiteral("DROP TABLE monitor_day")));
        Ledger ledger(db);
        ledger.record(call(1, kT0));
        ledger.record(call(2, kT0 + 1));
        auto flushed = ledger.flush();
        QVERIFY2(flushed, flushed ? "" : qPrintable(flushed.error().message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(attempts) FROM calls_daily")), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_minute")), 0); // rolled back with the rest of the part
        QVERIFY(!ledger.status().lastError);
    }

    // Sums written directly (what the benchmark does) land as the writer's would.
    void bucketsCanBeWrittenDirectly()
    {
        auto db = openDatabase();
        detail::MonitorRollupWriter writer([] { return kT0 + kMsPerDay; });
        MonitorBuckets buckets;
        const CallRecord c = call(1, kT0 + 5 * kMsPerHour);
        buckets[{kT0 + 5 * kMsPerHour, MonitorGroup::of(c)}].add(c);
        auto conn = db->connection();
        QVERIFY(writer.writeBuckets(*conn, Resolution::Hour, buckets));
        QVERIFY(writer.writeBuckets(*conn, Resolution::Hour, buckets));
        writer.release();
        const RollupRow row = sum(*db, QStringLiteral("monitor_hour"), QStringLiteral("1"));
        QCOMPARE(row.attempts, 2);
        QCOMPARE(row.latencySum, 2 * c.latencyMs);
        QCOMPARE(row.latency.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMonitorRollups)
#include "tst_monitorrollups.moc"
