// Built twice: on SQLite (tst_usagequeries) and with SB_USAGE_ON_POSTGRES on a throwaway PostgreSQL 15
// (tst_usagequeries_postgres), whose calls are in monthly partitions: the crafted days cross a month.
#ifdef SB_USAGE_ON_POSTGRES
#include "postgresfixture.h"
#endif
#include "storage/database.h"
#include "usage/ledger.h"
#include "usage/loghistogram.h"
#include "usage/queries.h"

#include <QBuffer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::usage;

Q_DECLARE_METATYPE(sb::usage::Filter)

// The crafted data set (UTC). D0 = 2025-03-30, D1 = 2025-03-31, D2 = 2025-04-01.
//  a0..a9  openai/gpt-4o, playground "conv-1", D0 01:00..10:00, ok, latency 100..1000, ttft 10..40 for
//          the first four, $0.01 each, tokens in 100 out 50 cache-read 10.
//  b0 #1   openai/gpt-4o, proxy "claude-code", D0 23:59:59.999, error rate_limited 429, latency 99999, $0.
//  b0 #2   anthropic/claude-sonnet-4, proxy "claude-code", D1 00:00:00.000, ok, latency 10, $0.05,
//          in 1000 out 200 reasoning 50 cache-write 100, with a trace.
//  c2..c20 anthropic/claude-sonnet-4, proxy "zed" (even) or "claude-code" (odd), D1 hour i-1, ok,
//          latency 10*i, $0.02 each, in 500 out 100 reasoning 20.
//  d0      openai/gpt-4o-mini, eval (no key), D2 12:00, ok, latency 42, ttft 7, $0.001, in 10 out 5.
//  d1      openai/gpt-4o-mini, compare "cmp-1", D2 13:00, cancelled, latency 5, $0, route `fast, "cheap"`.
class TestUsageQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<UsageQueries> m_queries;
    const qint64 D0 = dayOfDate(QDate(2025, 3, 30));
    const qint64 D1 = D0 + 1;
    const qint64 D2 = D0 + 2;

    static constexpr qint64 kHour = 3'600'000;

#ifdef SB_USAGE_ON_POSTGRES
    std::unique_ptr<testing::PostgresServer> m_server;
#endif

    // A new database of this test's dialect, named `name`.
    Expected<std::shared_ptr<Database>> openDatabase(const QString &name)
    {
#ifdef SB_USAGE_ON_POSTGRES
        const QString url = m_server->createDatabase(name);
        if (url.isEmpty())
            return Error::make(Error::Kind::Database, m_server->problem());
        return Database::open(url);
#else
        return Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
#endif
    }

    Filter all() const
    {
        return Filter{D0, D2 + 1, {}, {}, {}, {}};
    }
    Filter range(qint64 from, qint64 to) const
    {
        return Filter{from, to, {}, {}, {}, {}};
    }

    CallRecord make(const QString &request, qint64 atMs, const QString &provider, const QString &model, Source source, const QString &key,
                    double cost, qint64 latency)
    {
        CallRecord c;
        c.requestId = request;
        c.startedAtMs = atMs;
        c.provider = provider;
        c.model = model;
        c.source = source;
        c.sourceKey = key;
        c.costUsd = cost;
        c.latencyMs = latency;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(dateOfDay(D2), QDate(2025, 4, 1));
#ifdef SB_USAGE_ON_POSTGRES
        m_server = std::make_unique<testing::PostgresServer>();
        SB_REQUIRE_OR_SKIP_POSTGRES(*m_server);
#endif
        auto db = openDatabase(QStringLiteral("usage"));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = *db;
        m_queries = std::make_unique<UsageQueries>(m_db);
        Ledger ledger(m_db);
        const qint64 t0 = D0 * kMsPerDay, t1 = D1 * kMsPerDay, t2 = D2 * kMsPerDay;
        for (int i = 0; i < 10; ++i) {
            CallRecord c = make(QStringLiteral("a%1").arg(i), t0 + kHour * (i + 1), QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                                Source::Playground, QStringLiteral("conv-1"), 0.01, 100 * (i + 1));
            if (i < 4)
                c.ttftMs = 10 * (i + 1);
            c.usage = protocol::Usage{100, 50, 10, 0, 0};
            ledger.record(c);
        }
        CallRecord b1 = make(QStringLiteral("b0"), t1 - 1, QStringLiteral("openai"), QStringLiteral("gpt-4o"), Source::Proxy,
                             QStringLiteral("claude-code"), 0, 99999);
        b1.setError(protocol::ApiError::make(protocol::ApiError::Kind::RateLimited, QStringLiteral("slow down"), 429));
        ledger.record(b1);
        CallRecord b2 = make(QStringLiteral("b0"), t1, QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4"), Source::Proxy,
                             QStringLiteral("claude-code"), 0.05, 10);
        b2.attempt = 2;
        b2.usage = protocol::Usage{1000, 200, 0, 100, 50};
        b2.trace.insert(QStringLiteral("picked"), QStringLiteral("anthropic"));
        ledger.record(b2);
        for (int i = 2; i <= 20; ++i) {
            CallRecord c = make(QStringLiteral("c%1").arg(i), t1 + kHour * (i - 1), QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4"),
                                Source::Proxy, i % 2 == 0 ? QStringLiteral("zed") : QStringLiteral("claude-code"), 0.02, 10 * i);
            c.usage = protocol::Usage{500, 100, 0, 0, 20};
            ledger.record(c);
        }
        CallRecord d0 = make(QStringLiteral("d0"), t2 + 12 * kHour, QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), Source::Eval, {}, 0.001,
                             42);
        d0.ttftMs = 7;
        d0.usage = protocol::Usage{10, 5, 0, 0, 0};
        ledger.record(d0);
        CallRecord d1 = make(QStringLiteral("d1"), t2 + 13 * kHour, QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), Source::Compare,
                             QStringLiteral("cmp-1"), 0, 5);
        d1.route = QStringLiteral("fast, \"cheap\"");
        d1.setError(protocol::ApiError::make(protocol::ApiError::Kind::Cancelled, QStringLiteral("user")));
        ledger.record(d1);
        QVERIFY(ledger.flush());
    }

    void spendPerDay_data()
    {
        QTest::addColumn<int>("dimension");
        QTest::addColumn<QStringList>("expected"); // "day-offset key nano attempts"
        QTest::newRow("provider") << int(Dimension::Provider)
                                  << QStringList{QStringLiteral("0 openai 100000000 11"), QStringLiteral("1 anthropic 430000000 20"),
                                                 QStringLiteral("2 openai 1000000 2")};
        QTest::newRow("model") << int(Dimension::Model)
                               << QStringList{QStringLiteral("0 gpt-4o 100000000 11"), QStringLiteral("1 claude-sonnet-4 430000000 20"),
                                              QStringLiteral("2 gpt-4o-mini 1000000 2")};
        QTest::newRow("source") << int(Dimension::Source)
                                << QStringList{QStringLiteral("0 playground 100000000 10"), QStringLiteral("0 proxy 0 1"),
                                               QStringLiteral("1 proxy 430000000 20"), QStringLiteral("2 compare 0 1"),
                                               QStringLiteral("2 eval 1000000 1")};
        QTest::newRow("source key") << int(Dimension::SourceKey) << QStringList{QStringLiteral("0 claude-code 0 1"),
                                                                                QStringLiteral("0 conv-1 100000000 10"),
                                                                                QStringLiteral("1 claude-code 230000000 10"),
                                                                                QStringLiteral("1 zed 200000000 10"),
                                                                                QStringLiteral("2  1000000 1"),
                                                                                QStringLiteral("2 cmp-1 0 1")};
    }
    void spendPerDay()
    {
        QFETCH(int, dimension);
        QFETCH(QStringList, expected);
        auto rows = m_queries->spendPerDay(all(), Dimension(dimension));
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QStringList got;
        for (const DailySpend &r : std::as_const(*rows))
            got << QStringLiteral("%1 %2 %3 %4").arg(r.day - D0).arg(r.key).arg(r.costNano).arg(r.attempts);
        QCOMPARE(got, expected);
    }

    void spendAddsUpExactly()
    {
        auto rows = m_queries->spendPerDay(all(), Dimension::Provider);
        QVERIFY(rows);
        qint64 sum = 0;
        for (const DailySpend &r : std::as_const(*rows))
            sum += r.costNano;
        QCOMPARE(sum, 531'000'000);
        QCOMPARE(rows->first().costUsd(), 0.1);
    }

    void tokensPerDay()
    {
        auto rows = m_queries->tokensPerDay(all());
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        auto check = [](const DailyTokens &t, qint64 in, qint64 out, qint64 cr, qint64 cw, qint64 r) {
            return t.input == in && t.output == out && t.cacheRead == cr && t.cacheWrite == cw && t.reasoning == r;
        };
        QCOMPARE(rows->at(0).day, D0);
        QVERIFY(check(rows->at(0), 1000, 500, 100, 0, 0));
        QCOMPARE(rows->at(1).day, D1);
        QVERIFY(check(rows->at(1), 10500, 2100, 0, 100, 430));
        QCOMPARE(rows->at(2).day, D2);
        QVERIFY(check(rows->at(2), 10, 5, 0, 0, 0));
    }

    void latencyPercentiles_data()
    {
        QTest::addColumn<QString>("sourceKey"); // empty: no filter
        QTest::addColumn<QStringList>("expected"); // "provider/model n p50 p95 mean ttftN ttftP50 ttftP95"
        QTest::newRow("all") << QString()
                             << QStringList{QStringLiteral("anthropic/claude-sonnet-4 20 100 190 105 0 - -"),
                                            QStringLiteral("openai/gpt-4o 10 500 1000 550 4 20 40"),
                                            QStringLiteral("openai/gpt-4o-mini 1 42 42 42 1 7 7")};
        // zed: latencies 20, 40, ..., 200: rank ceil(5) = 5 -> 100, rank ceil(9.5) = 10 -> 200
        QTest::newRow("key zed") << QStringLiteral("zed") << QStringList{QStringLiteral("anthropic/claude-sonnet-4 10 100 200 110 0 - -")};
        // claude-code: 10 (b0), 30, 50, ..., 190: ranks 5 and 10 -> 90 and 190
        QTest::newRow("key claude-code") << QStringLiteral("claude-code")
                                         << QStringList{QStringLiteral("anthropic/claude-sonnet-4 10 90 190 100 0 - -")};
        QTest::newRow("key without calls") << QStringLiteral("nobody") << QStringList{};
    }
    void latencyPercentiles()
    {
        QFETCH(QString, sourceKey);
        QFETCH(QStringList, expected);
        Filter f = all();
        if (!sourceKey.isEmpty())
            f.sourceKey = sourceKey;
        auto rows = m_queries->latencyPerModel(f);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QStringList got;
        auto opt = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QStringLiteral("-"); };
        for (const LatencyStats &s : std::as_const(*rows)) {
            got << QStringLiteral("%1/%2 %3 %4 %5 %6 %7 %8 %9")
                       .arg(s.provider, s.model)
                       .arg(s.count)
                       .arg(s.p50Ms)
                       .arg(s.p95Ms)
                       .arg(s.meanMs)
                       .arg(s.ttftCount)
                       .arg(opt(s.ttftP50Ms), opt(s.ttftP95Ms));
        }
        QCOMPARE(got, expected);
    }

    // A team's members (alice: keys ka and kb; bob: kc) over three days across a month, with calls
    // of every key and of no key: the member and rollup paths against what the calls give.
    void teamMemberQueriesAgreeWithScans()
    {
        auto opened = openDatabase(QStringLiteral("members"));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const std::shared_ptr<Database> db = *opened;
        {
            auto conn = db->connection();
            QVERIFY(conn);
            QSqlQuery q(*conn);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO team_members (id, name, role, created_at) VALUES (1, 'alice', 'member', 0), "
                                          "(2, 'bob', 'member', 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO team_keys (id, member_id, digest, created_at) VALUES ('ka', 1, 'x', 0), "
                                          "('kb', 1, 'y', 0), ('kc', 2, 'z', 0)")));
        }
        const QStringList keys{QStringLiteral("ka"), QStringLiteral("kb"), QStringLiteral("kc"), QString()};
        const std::pair<QString, QString> models[] = {{QStringLiteral("openai"), QStringLiteral("gpt-4o")},
                                                      {QStringLiteral("openai"), QStringLiteral("gpt-4o-mini")},
                                                      {QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4")}};
        quint32 x = 12345;
        auto next = [&x] { return x = x * 1103515245u + 12345u, (x >> 8) & 0xffff; };
        Ledger ledger(db);
        QList<CallRecord> calls;
        for (int i = 0; i < 900; ++i) {
            const QString key = keys.at(int(next() % 4));
            const auto &[provider, model] = models[next() % 3];
            CallRecord c = make(QStringLiteral("r%1").arg(i, 4, 10, QLatin1Char('0')), D0 * kMsPerDay + qint64(i) * 288'000, provider, model,
                                key.isEmpty() ? Source::Playground : Source::Proxy, key.isEmpty() ? QStringLiteral("conv") : key,
                                0.001 * double(next() % 20), 20 + qint64(next() % 3000) * qint64(1 + next() % 3));
            if (next() % 3 == 0)
                c.ttftMs = c.latencyMs / 4;
            if (next() % 10 == 0) {
                c.costUsd = 0;
                c.unpriced = true;
            }
            if (next() % 15 == 0)
                c.setError(protocol::ApiError::make(protocol::ApiError::Kind::RateLimited, QStringLiteral("slow down"), 429));
            ledger.record(c);
            calls << c;
        }
        QVERIFY(ledger.flush());
        UsageQueries queries(db);
        auto filter = [&](qint64 from, qint64 to, const QString &member) {
            Filter f{from, to, {}, {}, {}, {}};
            if (!member.isEmpty())
                f.member = member;
            return f;
        };
        const QSet<QString> alice{QStringLiteral("ka"), QStringLiteral("kb")};
        auto ofMember = [&](const CallRecord &c, const QString &member) {
            return member.isEmpty()
                || (c.source == Source::Proxy
                    && (member == QStringLiteral("alice") ? alice.contains(c.sourceKey) : c.sourceKey == QStringLiteral("kc")));
        };
        auto inDays = [](const CallRecord &c, const Filter &f) { return dayOfMs(c.startedAtMs) >= f.fromDay && dayOfMs(c.startedAtMs) < f.toDay; };

        // percentiles from the histograms: within the stated error of the exact ones; count and mean exact
        auto near = [](qint64 estimate, qint64 exact, double error) { return std::abs(double(estimate - exact)) <= error * double(exact) + 1; };
        Filter anthropic = filter(D0, D2 + 1, QString());
        anthropic.provider = QStringLiteral("anthropic");
        Filter eval = filter(D0, D2 + 1, QString());
        eval.source = Source::Playground;
        for (const Filter &f : {filter(D0, D2 + 1, QString()), filter(D1, D2, QString()), filter(D0, D2 + 1, QStringLiteral("alice")),
                                filter(D2, D2 + 1, QStringLiteral("bob")), anthropic, eval}) {
            auto exact = queries.latencyPerModel(f);
            auto estimate = queries.latencyFromRollups(f);
            QVERIFY(exact && estimate);
            QCOMPARE(estimate->relativeError, LogHistogram::kRelativeError);
            QCOMPARE(estimate->rows.size(), exact->size());
            QVERIFY(!exact->isEmpty());
            for (qsizetype i = 0; i < exact->size(); ++i) {
                const LatencyStats &a = exact->at(i), &e = estimate->rows.at(i);
                QCOMPARE(e.provider, a.provider);
                QCOMPARE(e.model, a.model);
                QCOMPARE(e.count, a.count);
                QCOMPARE(e.ttftCount, a.ttftCount);
                QCOMPARE(e.meanMs, a.meanMs);
                QVERIFY2(near(e.p50Ms, a.p50Ms, estimate->relativeError), qPrintable(QStringLiteral("%1 %2").arg(e.p50Ms).arg(a.p50Ms)));
                QVERIFY2(near(e.p95Ms, a.p95Ms, estimate->relativeError), qPrintable(QStringLiteral("%1 %2").arg(e.p95Ms).arg(a.p95Ms)));
                QCOMPARE(e.ttftP50Ms.has_value(), a.ttftP50Ms.has_value());
                if (a.ttftP50Ms) {
                    QVERIFY(near(*e.ttftP50Ms, *a.ttftP50Ms, estimate->relativeError));
                    QVERIFY(near(*e.ttftP95Ms, *a.ttftP95Ms, estimate->relativeError));
                }
            }
        }

        // a member's top requests (both ways of reading a key's) and unpriced calls: as the calls give them
        for (const Filter &f : {filter(D0, D2 + 1, QStringLiteral("alice")), filter(D1, D2, QStringLiteral("alice")),
                                filter(D2, D2 + 1, QStringLiteral("bob")), filter(D0, D0 + 1, QString())}) {
            const QString member = f.member.value_or(QString());
            QList<std::pair<qint64, QString>> expected;
            qint64 unpriced = 0;
            for (const CallRecord &c : std::as_const(calls)) {
                if (inDays(c, f) && ofMember(c, member)) {
                    expected << std::pair(c.costNano(), c.requestId);
                    unpriced += c.unpriced ? 1 : 0;
                }
            }
            std::sort(expected.begin(), expected.end(), std::greater<>());
            expected = expected.mid(0, 7);
            QVERIFY(expected.size() == 7);
            for (const qint64 threshold : {qint64(0), UsageQueries::kKeyScanThreshold}) {
                queries.setKeyScanThreshold(threshold);
                auto top = queries.topRequests(f, 7);
                QVERIFY(top);
                QList<std::pair<qint64, QString>> got;
                for (const RequestSpend &r : std::as_const(*top))
                    got << std::pair(r.costNano, r.requestId);
                QCOMPARE(got, expected);
            }
            auto n = queries.unpricedCalls(f);
            QVERIFY(n);
            QVERIFY(unpriced > 0);
            QCOMPARE(*n, unpriced);
        }
        Filter notProxy = filter(D0, D2 + 1, QStringLiteral("alice"));
        notProxy.source = Source::Eval;
        QVERIFY(queries.topRequests(notProxy, 5)->isEmpty());
        QCOMPARE(*queries.unpricedCalls(notProxy), 0);

        // days the rollups do not hold (before the ledger kept them): the exact percentiles
        {
            auto conn = db->connection();
            QVERIFY(conn);
            QSqlQuery q(*conn);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM monitor_day_model WHERE t = %1").arg(D1 * kMsPerDay)));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM monitor_day WHERE source_key = 'kb' AND t = %1").arg(D1 * kMsPerDay)));
        }
        for (const Filter &f : {filter(D0, D2 + 1, QString()), filter(D1, D2, QStringLiteral("alice"))}) {
            auto exact = queries.latencyPerModel(f);
            auto fallback = queries.latencyFromRollups(f);
            QVERIFY(exact && fallback);
            QCOMPARE(fallback->relativeError, 0.0);
            QCOMPARE(fallback->rows.size(), exact->size());
            for (qsizetype i = 0; i < exact->size(); ++i)
                QVERIFY(fallback->rows.at(i).p95Ms == exact->at(i).p95Ms && fallback->rows.at(i).count == exact->at(i).count);
        }
        // the per-model totals starting later (an upgraded ledger): the days before come from monitor_day
        auto conn = db->connection();
        QVERIFY(conn);
        QSqlQuery q(*conn);
        QVERIFY(q.exec(QStringLiteral("UPDATE monitor_totals_start SET t = %1 WHERE resolution = 'monitor_day_model'").arg(D2 * kMsPerDay)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM monitor_day_model WHERE t = %1").arg(D0 * kMsPerDay)));
        auto restarted = queries.latencyFromRollups(filter(D0, D1, QString()));
        QVERIFY(restarted);
        QCOMPARE(restarted->relativeError, LogHistogram::kRelativeError);
        QCOMPARE(restarted->rows.size(), 3);
        auto fromGroups = queries.latencyFromRollups(filter(D1, D2, QStringLiteral("bob")));
        QVERIFY(fromGroups);
        QCOMPARE(fromGroups->relativeError, LogHistogram::kRelativeError);
    }

    void errorRates()
    {
        auto rows = m_queries->errorRates(all());
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).provider, QStringLiteral("anthropic"));
        QCOMPARE(rows->at(0).attempts, 20);
        QCOMPARE(rows->at(0).errors, 0);
        QCOMPARE(rows->at(0).rate(), 0.0);
        QCOMPARE(rows->at(1).provider, QStringLiteral("openai"));
        QCOMPARE(rows->at(1).attempts, 13);
        QCOMPARE(rows->at(1).errors, 1);
        QCOMPARE(rows->at(1).cancelled, 1);
        QCOMPARE(rows->at(1).rate(), 1.0 / 13.0);
    }

    void topSourceKeys()
    {
        auto rows = m_queries->topSourceKeys(all(), 10);
        QVERIFY(rows);
        QStringList got;
        for (const KeySpend &k : std::as_const(*rows))
            got << QStringLiteral("%1/%2 %3 %4 %5").arg(sourceName(k.source), k.sourceKey).arg(k.costNano).arg(k.attempts).arg(k.requests);
        QCOMPARE(got,
                 (QStringList{QStringLiteral("proxy/claude-code 230000000 11 10"), QStringLiteral("proxy/zed 200000000 10 10"),
                              QStringLiteral("playground/conv-1 100000000 10 10"), QStringLiteral("compare/cmp-1 0 1 1")}));
        auto two = m_queries->topSourceKeys(all(), 2);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(1).sourceKey, QStringLiteral("zed"));
    }

    void topRequests()
    {
        auto rows = m_queries->topRequests(all(), 3);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).requestId, QStringLiteral("b0"));
        QCOMPARE(rows->at(0).costNano, 50'000'000);
        QCOMPARE(rows->at(0).attempts, 2);
        QCOMPARE(rows->at(0).startedAtMs, D1 * kMsPerDay - 1);
        QVERIFY(rows->at(0).source == Source::Proxy);
        QCOMPARE(rows->at(1).requestId, QStringLiteral("c9")); // ties by request id, descending
        QCOMPARE(rows->at(2).requestId, QStringLiteral("c8"));
        // a request belongs to its first attempt's day, with all its attempts
        auto d0 = m_queries->topRequests(range(D0, D1), 1);
        QVERIFY(d0);
        QCOMPARE(d0->first().requestId, QStringLiteral("b0"));
        QCOMPARE(d0->first().costNano, 50'000'000);
        auto d1 = m_queries->topRequests(range(D1, D2), 1);
        QVERIFY(d1);
        QCOMPARE(d1->first().requestId, QStringLiteral("c9"));
        // provider and model filters match the attempt that answered
        Filter f = all();
        f.provider = QStringLiteral("openai");
        auto openai = m_queries->topRequests(f, 100);
        QVERIFY(openai);
        QCOMPARE(openai->size(), 12); // a0..a9, d0, d1; not b0
        QCOMPARE(openai->first().requestId, QStringLiteral("a9"));
        f.source = Source::Compare;
        QCOMPARE(m_queries->topRequests(f, 100)->size(), 1);
    }

    void totalsWithFilters_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::addColumn<qint64>("attempts");
        QTest::addColumn<qint64>("requests");
        QTest::addColumn<qint64>("errors");
        QTest::addColumn<qint64>("costNano");
        const Filter everything = all();
        QTest::newRow("everything") << everything << qint64(33) << qint64(32) << qint64(1) << qint64(531'000'000);
        Filter f = everything;
        f.provider = QStringLiteral("openai");
        QTest::newRow("provider") << f << qint64(13) << qint64(13) << qint64(1) << qint64(101'000'000);
        f = everything;
        f.source = Source::Proxy;
        QTest::newRow("source") << f << qint64(21) << qint64(20) << qint64(1) << qint64(430'000'000);
        f = everything;
        f.sourceKey = QStringLiteral("zed");
        QTest::newRow("source key") << f << qint64(10) << qint64(10) << qint64(0) << qint64(200'000'000);
        f = everything;
        f.sourceKey = QString(QLatin1String(""));
        QTest::newRow("empty source key") << f << qint64(1) << qint64(1) << qint64(0) << qint64(1'000'000);
        f = range(D0, D1);
        f.model = QStringLiteral("gpt-4o");
        QTest::newRow("model on D0") << f << qint64(11) << qint64(11) << qint64(1) << qint64(100'000'000);
        // b0's first attempt at 23:59:59.999 is on D0, its second at 00:00:00.000 on D1
        QTest::newRow("D0 only") << range(D0, D1) << qint64(11) << qint64(11) << qint64(1) << qint64(100'000'000);
        QTest::newRow("D1 only") << range(D1, D2) << qint64(20) << qint64(19) << qint64(0) << qint64(430'000'000);
        QTest::newRow("empty range") << range(D0 + 10, D0 + 20) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("reversed range") << range(D2, D0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    }
    void totalsWithFilters()
    {
        QFETCH(Filter, filter);
        QFETCH(qint64, attempts);
        QFETCH(qint64, requests);
        QFETCH(qint64, errors);
        QFETCH(qint64, costNano);
        auto t = m_queries->totals(filter);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->attempts, attempts);
        QCOMPARE(t->requests, requests);
        QCOMPARE(t->errors, errors);
        QCOMPARE(t->costNano, costNano);
        // the raw rows agree with the rollup
        auto page = m_queries->calls(filter, 1000);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), attempts);
        qint64 sum = 0;
        for (const CallRow &r : std::as_const(page->rows))
            sum += r.costNano;
        QCOMPARE(sum, costNano);
    }

    void totalsCountEverything()
    {
        auto t = m_queries->totals(all());
        QVERIFY(t);
        QCOMPARE(t->ok, 31);
        QCOMPARE(t->cancelled, 1);
        QCOMPARE(t->tokens.input, 11510);
        QCOMPARE(t->tokens.output, 2605);
        QCOMPARE(t->tokens.cacheRead, 100);
        QCOMPARE(t->tokens.cacheWrite, 100);
        QCOMPARE(t->tokens.reasoning, 430);
        QCOMPARE(t->costUsd(), 0.531);
    }

    void filterChoicesListWhatTheDaysHave()
    {
        auto every = m_queries->filterChoices(all());
        QVERIFY2(every, every ? "" : qPrintable(every.error().message));
        QCOMPARE(every->providers, (QStringList{QStringLiteral("anthropic"), QStringLiteral("openai")}));
        QCOMPARE(every->models, (QStringList{QStringLiteral("claude-sonnet-4"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
        // d0 (eval) has no key: no empty choice
        QCOMPARE(every->sourceKeys,
                 (QStringList{QStringLiteral("claude-code"), QStringLiteral("cmp-1"), QStringLiteral("conv-1"), QStringLiteral("zed")}));
        auto lastDay = m_queries->filterChoices(range(D2, D2 + 1));
        QVERIFY(lastDay);
        QCOMPARE(lastDay->providers, QStringList{QStringLiteral("openai")});
        QCOMPARE(lastDay->models, QStringList{QStringLiteral("gpt-4o-mini")});
        QCOMPARE(lastDay->sourceKeys, QStringList{QStringLiteral("cmp-1")});
        auto none = m_queries->filterChoices(range(D2 + 1, D2 + 5));
        QVERIFY(none);
        QVERIFY(none->providers.isEmpty() && none->models.isEmpty() && none->sourceKeys.isEmpty());
    }

    void emptyRangesGiveEmptyResults()
    {
        const Filter none = range(D0 + 10, D0 + 20);
        QVERIFY(m_queries->spendPerDay(none, Dimension::Model)->isEmpty());
        QVERIFY(m_queries->tokensPerDay(none)->isEmpty());
        QVERIFY(m_queries->latencyPerModel(none)->isEmpty());
        QVERIFY(m_queries->errorRates(none)->isEmpty());
        QVERIFY(m_queries->topSourceKeys(none, 5)->isEmpty());
        QVERIFY(m_queries->topRequests(none, 5)->isEmpty());
        auto page = m_queries->calls(none, 10);
        QVERIFY(page);
        QVERIFY(page->rows.isEmpty());
        QVERIFY(!page->next);
    }

    void pagesCoverEveryCallOnce()
    {
        QSet<qint64> ids;
        std::optional<CallCursor> cursor;
        QList<int> sizes;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int guard = 0; guard < 10; ++guard) {
            auto page = m_queries->calls(all(), 10, cursor);
            QVERIFY(page);
            sizes << int(page->rows.size());
            for (const CallRow &r : std::as_const(page->rows)) {
                QVERIFY(!ids.contains(r.id));
                ids.insert(r.id);
                QVERIFY(r.call.startedAtMs <= previous); // newest first
                previous = r.call.startedAtMs;
            }
            cursor = page->next;
            if (!cursor)
                break;
        }
        QCOMPARE(sizes, (QList<int>{10, 10, 10, 3}));
        QCOMPARE(ids.size(), 33);

        Filter f = all();
        f.provider = QStringLiteral("anthropic");
        f.sourceKey = QStringLiteral("claude-code");
        auto page = m_queries->calls(f, 100);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 10);
        const CallRow &b0 = page->rows.constLast(); // the oldest
        QCOMPARE(b0.call.requestId, QStringLiteral("b0"));
        QCOMPARE(b0.call.attempt, 2);
        QCOMPARE(b0.call.trace.value(QLatin1String("picked")).toString(), QStringLiteral("anthropic"));
        QCOMPARE(b0.call.usage, (protocol::Usage{1000, 200, 0, 100, 50}));
        QCOMPARE(b0.costNano, 50'000'000);
        QVERIFY(b0.call.status == CallStatus::Ok);
        QVERIFY(!b0.call.ttftMs);
    }

    void pagingKeepsOrderAcrossEqualTimes()
    {
        auto db = openDatabase(QStringLiteral("ties"));
        QVERIFY(db);
        {
            Ledger ledger(*db);
            for (int i = 0; i < 25; ++i) {
                ledger.record(make(QStringLiteral("t%1").arg(i), D0 * kMsPerDay + (i < 20 ? 5000 : 4000), QStringLiteral("p"), QStringLiteral("m"),
                                   Source::Proxy, QStringLiteral("k"), 0, 1));
            }
        }
        UsageQueries queries(*db);
        for (const bool byKey : {false, true}) {
            Filter f = all();
            if (byKey)
                f.sourceKey = QStringLiteral("k");
            QList<qint64> ids;
            std::optional<CallCursor> cursor;
            for (int guard = 0; guard < 10; ++guard) {
                auto page = queries.calls(f, 10, cursor);
                QVERIFY(page);
                for (const CallRow &r : std::as_const(page->rows))
                    ids << r.id;
                cursor = page->next;
                if (!cursor)
                    break;
            }
            QList<qint64> expected; // the twenty at 5 s, newest id first, then the five at 4 s
            for (qint64 id = 20; id >= 1; --id)
                expected << id;
            for (qint64 id = 25; id >= 21; --id)
                expected << id;
            QCOMPARE(ids, expected);
        }
    }

    void csvExportStreamsRows()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        Filter f = range(D2, D2 + 1);
        auto n = m_queries->exportCsv(f, &buffer, true);
        QVERIFY2(n, n ? "" : qPrintable(n.error().message));
        QCOMPARE(*n, 2);
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 4); // header, 2 rows, empty after the last CRLF
        QCOMPARE(lines.at(0),
                 QByteArray("id,request_id,started_at,source,source_key,provider,model,route,attempt,input_tokens,output_tokens,"
                            "cache_read_tokens,cache_write_tokens,reasoning_tokens,cost_usd,latency_ms,ttft_ms,status,error_kind,"
                            "http_status,trace\r"));
        QVERIFY2(lines.at(1).endsWith(",d1,2025-04-01T13:00:00.000Z,compare,cmp-1,openai,gpt-4o-mini,\"fast, \"\"cheap\"\"\",1,0,0,0,0,0,"
                                      "0.000000000,5,,cancelled,cancelled,,\r"),
                 lines.at(1).constData());
        QVERIFY2(lines.at(2).endsWith(",d0,2025-04-01T12:00:00.000Z,eval,,openai,gpt-4o-mini,,1,10,5,0,0,0,0.001000000,42,7,ok,,,\r"),
                 lines.at(2).constData());

        QBuffer closed;
        QVERIFY(!m_queries->exportCsv(f, &closed));
    }

    void chartQueriesUseTheRollupAndIndexes_data()
    {
        QTest::addColumn<int>("query");
        QTest::addColumn<int>("filterKind"); // 0 none, 1 source key, 2 source key and model
        QTest::addColumn<QString>("expected");
        using Q = UsageQueries::Query;
        const QString byModel = QStringLiteral("SEARCH calls_daily_model USING PRIMARY KEY (day>? AND day<?)");
        const QString byKey = QStringLiteral("SEARCH calls_daily_key USING PRIMARY KEY (day>? AND day<?)");
        const QString full = QStringLiteral("SEARCH calls_daily USING PRIMARY KEY (source_key=? AND day>? AND day<?)");
        const QString keyRows = QStringLiteral("SEARCH calls USING COVERING INDEX calls_by_key (source_key=? AND started_at>? AND started_at<?)");
        QTest::newRow("spend per day") << int(Q::SpendPerDay) << 0 << byModel;
        QTest::newRow("spend per day, key") << int(Q::SpendPerDay) << 1 << full;
        QTest::newRow("spend per day, key and model") << int(Q::SpendPerDay) << 2 << full;
        QTest::newRow("tokens per day") << int(Q::TokensPerDay) << 0 << byModel;
        QTest::newRow("tokens per day, key") << int(Q::TokensPerDay) << 1 << full;
        QTest::newRow("latency groups") << int(Q::LatencyGroups) << 0 << byModel;
        QTest::newRow("error rates") << int(Q::ErrorRates) << 0 << byModel;
        QTest::newRow("error rates, key") << int(Q::ErrorRates) << 1 << full;
        QTest::newRow("top keys") << int(Q::TopSourceKeys) << 0 << byKey;
        QTest::newRow("top keys, key and model") << int(Q::TopSourceKeys) << 2 << full;
        QTest::newRow("totals") << int(Q::Totals) << 0 << byModel;
        QTest::newRow("totals, key") << int(Q::Totals) << 1 << full;
        QTest::newRow("totals, key and model") << int(Q::Totals) << 2 << full;
        QTest::newRow("latency percentile") << int(Q::LatencyPercentile) << 0
                                            << QStringLiteral("SEARCH calls USING COVERING INDEX calls_latency (provider=? AND model=?)");
        QTest::newRow("ttft percentile") << int(Q::TtftPercentile) << 0
                                         << QStringLiteral("SEARCH calls USING COVERING INDEX calls_ttft (provider=? AND model=? AND ttft_ms>?)");
        QTest::newRow("latency percentile, key") << int(Q::LatencyPercentile) << 1 << keyRows;
        QTest::newRow("ttft percentile, key") << int(Q::TtftPercentile) << 1 << keyRows;
        QTest::newRow("top requests") << int(Q::TopRequests) << 0 << QStringLiteral("SCAN call_requests USING INDEX call_requests_by_cost");
        QTest::newRow("calls page") << int(Q::Calls) << 0 << QStringLiteral("SEARCH c USING INDEX calls_by_time (started_at>? AND started_at<?)");
        QTest::newRow("calls page, key") << int(Q::Calls) << 1
                                         << QStringLiteral("SEARCH c USING INDEX calls_by_key (source_key=? AND started_at>? AND started_at<?)");
    }
    void chartQueriesUseTheRollupAndIndexes()
    {
#ifdef SB_USAGE_ON_POSTGRES
        QSKIP("the plans checked are SQLite's (EXPLAIN QUERY PLAN)");
#endif
        QFETCH(int, query);
        QFETCH(int, filterKind);
        QFETCH(QString, expected);
        Filter f = all();
        if (filterKind >= 1)
            f.sourceKey = QStringLiteral("zed");
        if (filterKind == 2)
            f.model = QStringLiteral("claude-sonnet-4");
        const auto q = UsageQueries::Query(query);
        auto plan = m_queries->explain(q, f);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QVERIFY2(plan->contains(expected), qPrintable(*plan));
        // no table is scanned (subquery results may be); the one exception, top requests, walks the
        // cost index from the top and stops after LIMIT rows
        if (q != UsageQueries::Query::TopRequests) {
            for (const QString &line : plan->split(QLatin1Char('\n')))
                QVERIFY2(!line.startsWith(QLatin1String("SCAN ")) || line.startsWith(QLatin1String("SCAN ("))
                             || line == QLatin1String("SCAN ranked"), // the window subquery's rows (usage/queries.cpp)
                         qPrintable(*plan));
        }
        // no sorting of raw rows, except the window functions over one key's calls
        const bool window = filterKind > 0 && (q == UsageQueries::Query::LatencyPercentile || q == UsageQueries::Query::TtftPercentile);
        if (!window
            && (q == UsageQueries::Query::Calls || q == UsageQueries::Query::LatencyPercentile || q == UsageQueries::Query::TtftPercentile
                || q == UsageQueries::Query::TopRequests))
            QVERIFY2(!plan->contains(QLatin1String("TEMP B-TREE")), qPrintable(*plan));
    }
};

QTEST_GUILESS_MAIN(TestUsageQueries)
#include "tst_usagequeries.moc"
