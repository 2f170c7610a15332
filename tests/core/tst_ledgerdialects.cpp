// The ledger's writer and the usage queries on a PostgreSQL server (a team's shared database) against
// the same on SQLite: the same calls, written in the same batches, must leave the same rows in every
// table the writer keeps, and every usage query must answer the same.

#include "postgresfixture.h"
#include "sqlfixture.h"
#include "storage/database.h"
#include "usage/ledger.h"
#include "usage/ledgerwriter.h"
#include "usage/loghistogram.h"
#include "usage/queries.h"

#include <QBuffer>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <future>
#include <memory>
#include <random>
#include <vector>

using namespace sb;
using namespace sb::usage;

namespace {

// Deterministic traffic over three days: retries, errors, a cancel, traces, streamed answers, two
// sources, two providers, and a model that answered under another name than the one asked for.
std::vector<CallRecord> traffic(qint64 base)
{
    std::vector<CallRecord> calls;
    for (int i = 0; i < 30; ++i) {
        CallRecord c;
        c.requestId = QStringLiteral("req-%1").arg(i / 2); // two attempts per request
        c.attempt = i % 2 + 1;
        c.startedAtMs = base + qint64(i) * 2 * 3'600'000 + (i % 2) * 1500; // every two hours, 30 of them
        c.source = i % 3 == 0 ? Source::Playground : Source::Proxy;
        c.sourceKey = c.source == Source::Proxy ? QStringLiteral("key-%1").arg(i % 4) : QStringLiteral("conv-1");
        c.provider = i % 5 == 0 ? QStringLiteral("anthropic") : QStringLiteral("openai");
        c.model = c.provider == QLatin1String("openai") ? QStringLiteral("gpt-4o-2024-11") : QStringLiteral("claude-sonnet-4");
        c.requestedModel = c.provider == QLatin1String("openai") ? QStringLiteral("gpt-4o") : QString();
        c.route = i % 4 == 0 ? QStringLiteral("fast") : QString();
        c.usage.inputTokens = 100 + i;
        c.usage.outputTokens = 20 + i;
        c.usage.cacheReadTokens = i % 3;
        c.usage.reasoningTokens = i % 2;
        c.costUsd = 0.0001 * (i + 1);
        c.latencyMs = 200 + 37 * i;
        if (i % 3 != 1)
            c.ttftMs = 50 + i;
        if (i % 7 == 3) {
            c.status = CallStatus::Error;
            c.errorKind = QStringLiteral("rate_limit");
            c.httpStatus = 429;
        } else if (i == 11) {
            c.status = CallStatus::Cancelled;
            c.errorKind = QStringLiteral("cancelled");
        }
        if (i % 2 == 0)
            c.traceJson = QStringLiteral("{\"strategy\":\"ordered\",\"n\":%1}").arg(i).toUtf8();
        calls.push_back(c);
    }
    return calls;
}

// What failed of two results (QVERIFY2 evaluates its message even when the check passes).
template<typename A, typename B> QString why(const A &a, const B &b)
{
    return !a ? QStringLiteral("SQLite: ") + a.error().message : !b ? QStringLiteral("PostgreSQL: ") + b.error().message : QString();
}

} // namespace

class TestLedgerDialects : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testing::PostgresServer> m_server;
    int m_databases = 0;
    std::shared_ptr<Database> m_lite, m_postgres; // the traffic written, for each table's comparison
    const qint64 m_base = (QDateTime::currentMSecsSinceEpoch() / kMsPerDay - 3) * kMsPerDay;

    std::shared_ptr<Database> open(bool postgres)
    {
        ++m_databases;
        const QString where = postgres ? m_server->createDatabase(QStringLiteral("ledger%1").arg(m_databases))
                                       : m_dir.filePath(QStringLiteral("ledger%1.sqlite").arg(m_databases));
        auto db = Database::open(where);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        return *db;
    }

    // The traffic written through a Ledger, in three batches (a request's attempts in two of them).
    std::shared_ptr<Database> written(bool postgres)
    {
        auto db = open(postgres);
        Ledger ledger(db);
        const std::vector<CallRecord> calls = traffic(m_base);
        for (size_t i = 0; i < calls.size(); ++i) {
            if (!ledger.record(calls[i]))
                qFatal("the ledger dropped a call");
            if (i == 9 || i == 20) {
                if (auto flushed = ledger.flush(); !flushed)
                    qFatal("cannot write: %s", qPrintable(flushed.error().message));
            }
        }
        if (auto flushed = ledger.flush(); !flushed)
            qFatal("cannot write: %s", qPrintable(flushed.error().message));
        ledger.stop();
        return db;
    }

    static QStringList rows(const Database &db, const QString &sql) { return testing::rowsOf(db, sql); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<testing::PostgresServer>();
        SB_REQUIRE_OR_SKIP_POSTGRES(*m_server);
    }

    void cleanupTestCase()
    {
        m_lite.reset();
        m_postgres.reset();
    }

    void writerKeepsTheSameRows_data()
    {
        QTest::addColumn<QString>("sql");
        const QString sums = QStringLiteral("attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cache_read_tokens, "
                                            "cache_write_tokens, reasoning_tokens, cost_nusd, ok_latency_ms, ttft_count");
        const QString monitor = QStringLiteral("provider, model, t, route, source, source_key, status, error_kind, attempts, requests, input_tokens, "
                                               "output_tokens, cache_read_tokens, cost_nusd, unpriced, latency_ms_sum, ttft_count, ttft_ms_sum, "
                                               "latency_hist, ttft_hist, gap_hist, tps_hist");
        QTest::newRow("calls") << QStringLiteral(
            "SELECT request_id, started_at, day, source, source_key, provider, model, route, attempt, input_tokens, output_tokens, "
            "cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, latency_ms, ttft_ms, status, error_kind, http_status, "
            "unpriced FROM calls ORDER BY started_at, attempt");
        QTest::newRow("call_traces") << QStringLiteral(
            "SELECT c.request_id, c.attempt, t.trace FROM call_traces t JOIN calls c ON c.id = t.call_id ORDER BY c.started_at");
        QTest::newRow("call_requests") << QStringLiteral(
            "SELECT request_id, started_at, day, source, source_key, provider, model, attempts, last_attempt, cost_nusd FROM call_requests "
            "ORDER BY request_id");
        QTest::newRow("calls_daily") << QStringLiteral("SELECT source_key, day, provider, model, source, %1 FROM calls_daily "
                                                       "ORDER BY day, source, source_key, provider, model")
                                            .arg(sums);
        QTest::newRow("calls_daily_model")
            << QStringLiteral("SELECT day, provider, model, source, %1 FROM calls_daily_model ORDER BY day, provider, model, source").arg(sums);
        QTest::newRow("calls_daily_key")
            << QStringLiteral("SELECT day, source, source_key, provider, %1 FROM calls_daily_key ORDER BY day, source, source_key, provider")
                   .arg(sums);
        for (const char *table :
             {"monitor_minute", "monitor_hour", "monitor_day", "monitor_hour_all", "monitor_day_all", "monitor_minute_all", "monitor_hour_route",
              "monitor_day_route", "monitor_hour_key", "monitor_day_key", "monitor_hour_model", "monitor_day_model"})
            QTest::newRow(table) << QStringLiteral("SELECT %1 FROM %2 ORDER BY t, provider, model, route, source, source_key, status, error_kind")
                                        .arg(monitor, QLatin1String(table));
        QTest::newRow("monitor_totals_start") << QStringLiteral("SELECT resolution, t FROM monitor_totals_start ORDER BY resolution");
        QTest::newRow("monitor_model_versions") << QStringLiteral(
            "SELECT provider, requested, answered, first_seen, last_seen, calls FROM monitor_model_versions ORDER BY provider, requested, answered");
    }

    void writerKeepsTheSameRows()
    {
        QFETCH(QString, sql);
        if (!m_lite) {
            m_lite = written(false);
            m_postgres = written(true);
        }
        const QStringList expected = rows(*m_lite, sql);
        const QStringList actual = rows(*m_postgres, sql);
        QVERIFY2(!expected.isEmpty(), "the SQLite ledger has no rows here");
        QVERIFY2(!expected.first().startsWith(QLatin1String("failed")), qPrintable(expected.first()));
        QCOMPARE(actual, expected);
    }

    void rollupsAddUpAcrossBatches()
    {
        auto db = written(true);
        // req-10's first attempt (anthropic, $0.0021) was written before its second (openai, $0.0022) was recorded
        const QStringList request = rows(*db,
                                         QStringLiteral("SELECT attempts, last_attempt, cost_nusd, provider FROM call_requests "
                                                        "WHERE request_id = 'req-10'"));
        QCOMPARE(request, QStringList{QStringLiteral("2|2|4300000|openai")});
        const QStringList totals = rows(*db, QStringLiteral("SELECT sum(attempts), sum(cost_nusd) FROM calls_daily"));
        QCOMPARE(totals, QStringList{QStringLiteral("30|46500000")}); // 30 attempts, 0.0001 * (1 + ... + 30) USD
    }

    // The monitoring rollups' histograms are added in SQL on PostgreSQL too (sb_histogram_add,
    // migration 0027): the same encoding as LogHistogram::addEncoded, which SQLite's connection runs,
    // for sums of random histograms (large counts, many buckets, the empty one); a damaged stored
    // histogram is replaced by the added one, a damaged added one is refused.
    void histogramsAddUpInSql()
    {
        auto db = open(true);
        QSqlQuery q(*db->connection());
        QVERIFY(q.prepare(QStringLiteral("SELECT sb_histogram_add(?, ?)")));
        std::mt19937_64 random(18);
        const auto histogram = [&random](int values) {
            LogHistogram h;
            for (int i = 0; i < values; ++i)
                h.add(std::exp2(double(random() % 4000) / 100.0 - 8.0), qint64(1 + random() % (i % 7 == 0 ? 1'000'000'000'000 : 3)));
            return h;
        };
        const auto bytes = [](const LogHistogram &h) { return h.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(h.encode()); };
        for (int i = 0; i < 60; ++i) {
            const LogHistogram a = histogram(i % 5 == 0 ? 0 : int(random() % 40)), b = histogram(i % 7 == 0 ? 0 : int(random() % 40));
            q.addBindValue(bytes(a));
            q.addBindValue(bytes(b));
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            const std::optional<QByteArray> expected = LogHistogram::addEncoded(a.encode(), b.encode());
            QVERIFY(expected);
            QCOMPARE(q.value(0).toByteArray(), *expected);
            QCOMPARE(q.value(0).isNull(), expected->isEmpty());
        }
        const QByteArray added = histogram(5).encode();
        q.addBindValue(QByteArray("\x01\x05")); // a bucket without its count
        q.addBindValue(added);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toByteArray(), added);
        q.addBindValue(added);
        q.addBindValue(QByteArray("\x02\x05\x01")); // another format
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(QLatin1String("not an encoded histogram")), qPrintable(q.lastError().text()));
    }

    void queriesAnswerTheSame()
    {
        const auto lite = written(false);
        const auto postgres = written(true);
        const UsageQueries a(lite), b(postgres);
        const Filter all{dayOfMs(m_base) - 1, dayOfMs(m_base) + 5, {}, {}, {}, {}};

        const auto ta = a.totals(all), tb = b.totals(all);
        QVERIFY2(ta && tb, qPrintable(why(ta, tb)));
        QCOMPARE(tb->attempts, ta->attempts);
        QCOMPARE(tb->requests, ta->requests);
        QCOMPARE(tb->errors, ta->errors);
        QCOMPARE(tb->cancelled, ta->cancelled);
        QCOMPARE(tb->costNano, ta->costNano);
        QCOMPARE(tb->tokens.input, ta->tokens.input);
        QCOMPARE(ta->attempts, 30);

        for (const Dimension d : {Dimension::Provider, Dimension::Model, Dimension::Source, Dimension::SourceKey}) {
            const auto sa = a.spendPerDay(all, d), sb = b.spendPerDay(all, d);
            QVERIFY2(sa && sb, qPrintable(why(sa, sb)));
            QCOMPARE(sb->size(), sa->size());
            for (qsizetype i = 0; i < sa->size(); ++i) {
                QCOMPARE(sb->at(i).day, sa->at(i).day);
                QCOMPARE(sb->at(i).key, sa->at(i).key);
                QCOMPARE(sb->at(i).costNano, sa->at(i).costNano);
                QCOMPARE(sb->at(i).attempts, sa->at(i).attempts);
            }
        }
        const auto la = a.latencyPerModel(all), lb = b.latencyPerModel(all);
        QVERIFY2(la && lb, qPrintable(why(la, lb)));
        QCOMPARE(lb->size(), la->size());
        for (qsizetype i = 0; i < la->size(); ++i) {
            QCOMPARE(lb->at(i).model, la->at(i).model);
            QCOMPARE(lb->at(i).p50Ms, la->at(i).p50Ms);
            QCOMPARE(lb->at(i).p95Ms, la->at(i).p95Ms);
            QCOMPARE(lb->at(i).ttftP95Ms, la->at(i).ttftP95Ms);
        }
        const auto ea = a.errorRates(all), eb = b.errorRates(all);
        QVERIFY2(ea && eb, qPrintable(why(ea, eb)));
        QCOMPARE(eb->size(), ea->size());
        for (qsizetype i = 0; i < ea->size(); ++i)
            QCOMPARE(eb->at(i).errors, ea->at(i).errors);
        const auto ka = a.topSourceKeys(all, 10), kb = b.topSourceKeys(all, 10);
        QVERIFY2(ka && kb, qPrintable(why(ka, kb)));
        QCOMPARE(kb->size(), ka->size());
        for (qsizetype i = 0; i < ka->size(); ++i) {
            QCOMPARE(kb->at(i).sourceKey, ka->at(i).sourceKey);
            QCOMPARE(kb->at(i).requests, ka->at(i).requests);
        }
        const auto ra = a.topRequests(all, 5), rb = b.topRequests(all, 5);
        QVERIFY2(ra && rb, qPrintable(why(ra, rb)));
        QCOMPARE(rb->size(), ra->size());
        for (qsizetype i = 0; i < ra->size(); ++i)
            QCOMPARE(rb->at(i).requestId, ra->at(i).requestId);

        // the calls page by page, and the CSV export with traces
        const auto pa = a.calls(all, 7), pb = b.calls(all, 7);
        QVERIFY2(pa && pb, qPrintable(why(pa, pb)));
        QCOMPARE(pb->rows.size(), 7);
        for (qsizetype i = 0; i < pa->rows.size(); ++i)
            QCOMPARE(pb->rows.at(i).call.requestId, pa->rows.at(i).call.requestId);
        QVERIFY(pa->next && pb->next);
        const auto na = a.calls(all, 7, pa->next), nb = b.calls(all, 7, pb->next);
        QVERIFY2(na && nb, qPrintable(why(na, nb)));
        QCOMPARE(nb->rows.first().call.requestId, na->rows.first().call.requestId);
        QBuffer csvA, csvB;
        csvA.open(QIODevice::WriteOnly);
        csvB.open(QIODevice::WriteOnly);
        const auto xa = a.exportCsv(all, &csvA, true), xb = b.exportCsv(all, &csvB, true);
        QVERIFY2(xa && xb, qPrintable(why(xa, xb)));
        QCOMPARE(*xa, 30);
        QCOMPARE(csvB.data(), csvA.data());

        const auto ua = a.spendByScope(dayOfMs(m_base), dayOfMs(m_base) + 5, dayOfMs(m_base) + 1);
        const auto ub = b.spendByScope(dayOfMs(m_base), dayOfMs(m_base) + 5, dayOfMs(m_base) + 1);
        QVERIFY2(ua && ub, qPrintable(why(ua, ub)));
        QCOMPARE(ub->size(), ua->size());
        for (qsizetype i = 0; i < ua->size(); ++i) {
            QCOMPARE(ub->at(i).totalNano, ua->at(i).totalNano);
            QCOMPARE(ub->at(i).onSplitDayNano, ua->at(i).onSplitDayNano);
        }
    }

    // Two writers (two serves) on one PostgreSQL database, for other models and keys (so that no daily
    // rollup row is shared, whose lock would make them wait for each other anyway), write the same
    // all-calls rows at the same time, batch after batch: every call is in them once (each writer reads
    // a row and writes it back merged: without taking turns, one overwrote the other's part).
    void twoWritersKeepEveryCallInTheRollups()
    {
        auto db = open(true);
        auto other = Database::open(db->path());
        QVERIFY(other);
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        constexpr int kCalls = 300;
        const auto run = [at](const std::shared_ptr<Database> &database, const QString &prefix) {
            Ledger ledger(database);
            for (int i = 0; i < kCalls; ++i) {
                CallRecord c;
                c.requestId = prefix + QString::number(i);
                c.startedAtMs = at + i;
                c.source = Source::Proxy;
                c.sourceKey = prefix;
                c.provider = QStringLiteral("openai");
                c.model = prefix + QStringLiteral("-model");
                c.latencyMs = 100 + i;
                c.costUsd = 0.000001;
                ledger.record(c);
                if (i % 3 == 2)
                    (void)ledger.flush(); // many small batches
            }
            return ledger.flush();
        };
        auto first = std::async(std::launch::async, run, db, QStringLiteral("a"));
        auto second = std::async(std::launch::async, run, *other, QStringLiteral("b"));
        const auto a = first.get(), b = second.get();
        QVERIFY2(a && b, qPrintable(why(a, b)));
        const QString total = QString::number(2 * kCalls);
        for (const char *table : {"monitor_minute", "monitor_hour", "monitor_day", "monitor_hour_all", "monitor_day_all", "calls_daily"})
            QCOMPARE(rows(*db, QStringLiteral("SELECT sum(attempts) FROM %1").arg(QLatin1String(table))), QStringList{total});
    }

    void serverFailureSaysWhatToDo()
    {
        const Error e = detail::explainWriteFailure(Error::make(Error::Kind::Database, QStringLiteral("ledger: cannot commit: no connection")),
                                                    detail::WriteFailure{0, 0, {}, QStringLiteral("08006"), true});
        QVERIFY2(e.message.contains(QLatin1String("cannot be reached")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("PostgreSQL server is running")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("08006")), qPrintable(e.message));
        const Error full = detail::explainWriteFailure(Error::make(Error::Kind::Database, QStringLiteral("x")),
                                                       detail::WriteFailure{0, 0, {}, QStringLiteral("53100"), true});
        QVERIFY2(full.message.contains(QLatin1String("server's disk is full")), qPrintable(full.message));
    }
};

QTEST_GUILESS_MAIN(TestLedgerDialects)
#include "tst_ledgerdialects.moc"
