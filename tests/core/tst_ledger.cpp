#include "storage/database.h"
#include "usage/ledger.h"
#include "usage/ledgerwriter.h"
#include "usage/monitorrollups.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>
#include <atomic>
#include <cerrno>
#include <memory>
#include <optional>
#include <vector>

using namespace sb;
using namespace sb::usage;

namespace {

CallRecord call(const QString &requestId, qint64 startedAtMs = 1'700'000'000'000, double costUsd = 0.001)
{
    CallRecord c;
    c.requestId = requestId;
    c.startedAtMs = startedAtMs;
    c.source = Source::Proxy;
    c.sourceKey = QStringLiteral("claude-code");
    c.provider = QStringLiteral("anthropic");
    c.model = QStringLiteral("claude-sonnet-4");
    c.usage.inputTokens = 100;
    c.usage.outputTokens = 20;
    c.costUsd = costUsd;
    c.latencyMs = 250;
    c.ttftMs = 80;
    return c;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::shared_ptr<Database> openDatabase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        return *db;
    }
    static qint64 scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(*db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static bool exec(const Database &db, const QString &sql)
    {
        QSqlQuery q(*db.connection());
        return q.exec(sql);
    }

private Q_SLOTS:
    void recordsFromEightThreadsAllLand()
    {
        auto db = openDatabase();
        Ledger ledger(db);
        constexpr int kThreads = 8;
        constexpr int kPerThread = 2500;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([&ledger, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    CallRecord c = call(QStringLiteral("t%1-%2").arg(t).arg(i), 1'700'000'000'000 + i);
                    c.attempt = 1 + i % 2;
                    ledger.record(std::move(c));
                }
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(30000));
        auto flushed = ledger.flush();
        QVERIFY2(flushed, flushed ? "" : qPrintable(flushed.error().message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), kThreads * kPerThread);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT request_id) FROM calls")), kThreads * kPerThread);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(attempts) FROM calls_daily")), kThreads * kPerThread);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(requests) FROM calls_daily")), kThreads * kPerThread / 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT SUM(cost_nusd) FROM calls")), qint64(kThreads) * kPerThread * 1'000'000);
        const Ledger::Status s = ledger.status();
        QCOMPARE(s.recorded, kThreads * kPerThread);
        QCOMPARE(s.written, kThreads * kPerThread);
        QCOMPARE(s.pending, 0);
        QCOMPARE(s.dropped, 0);
        QVERIFY(!s.lastError);
    }

    void writesWhenABatchIsFull()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.batchRows = 10;
        o.flushIntervalMs = 600'000; // never by time in this test
        o.minFlushIntervalMs = o.flushIntervalMs; // a fixed interval
        Ledger ledger(db, o);
        for (int i = 0; i < 10; ++i)
            ledger.record(call(QStringLiteral("r%1").arg(i)));
        QTRY_COMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 10);
        for (int i = 10; i < 13; ++i)
            ledger.record(call(QStringLiteral("r%1").arg(i)));
        QTRY_COMPARE(ledger.status().sleepingWith, 3); // the writer saw the three and went back to sleep
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 10); // waiting for more
        QCOMPARE(ledger.status().pending, 3);
        QVERIFY(ledger.flush());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 13);
    }

    // The batch interval is measured on the ledger's clock: the test moves its own and wakes the writer
    // (nothing here depends on how fast the machine is).
    void writesAfterTheFlushInterval()
    {
        auto db = openDatabase();
        std::atomic<qint64> now{1000};
        Ledger::Options o;
        o.batchRows = 1000;
        o.flushIntervalMs = 100;
        o.minFlushIntervalMs = o.flushIntervalMs; // a fixed interval
        o.clock = [&now] { return now.load(); };
        Ledger ledger(db, o);
        for (int i = 0; i < 5; ++i)
            ledger.record(call(QStringLiteral("r%1").arg(i)));
        QTRY_COMPARE(ledger.status().sleepingWith, 5);
        QCOMPARE(ledger.status().sleepingUntilMs, 1100); // the first row's arrival plus the interval
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 0);
        now = 1100;
        ledger.wake();
        QTRY_COMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 5);
        QCOMPARE(ledger.status().pending, 0);
    }

    // The wait after the first row follows the rate rows arrive at: short while they come fast (short
    // writes), long again once they come rarely (few commits).
    void batchIntervalFollowsTheRate()
    {
        auto db = openDatabase();
        std::atomic<qint64> now{0};
        Ledger::Options o;
        o.batchRows = 100'000;
        o.flushIntervalMs = 5000;
        o.minFlushIntervalMs = 2;
        o.targetBatchRows = 24;
        o.clock = [&now] { return now.load(); };
        Ledger ledger(db, o);
        const auto count = [&db] { return scalar(*db, QStringLiteral("SELECT count(*) FROM calls")); };
        // 200 rows within 8 ms: the next batch waits 24 rows' worth of that rate (0.96 ms), at least 2 ms
        for (int i = 0; i < 200; ++i)
            ledger.record(call(QStringLiteral("fast%1").arg(i)));
        QTRY_COMPARE(ledger.status().sleepingUntilMs, 5000); // the interval it starts with
        now = 8;
        QVERIFY(ledger.flush());
        ledger.record(call(QStringLiteral("next")));
        QTRY_COMPARE(ledger.status().sleepingUntilMs, 8 + 2);
        now = 10;
        ledger.wake();
        QTRY_COMPARE(count(), 201);
        // one row a batch: each wait is 24 times the last (one row in the time of the last wait), up
        // to flushIntervalMs
        const qint64 waits[] = {2 * 24, 2 * 24 * 24, 5000, 5000};
        for (qint64 wait : waits) {
            const qint64 at = now;
            ledger.record(call(QStringLiteral("slow%1").arg(at)));
            QTRY_COMPARE(ledger.status().sleepingUntilMs, at + wait);
            now = at + wait;
            ledger.wake();
            QTRY_COMPARE(ledger.status().pending, 0);
        }
        QCOMPARE(count(), 205);
    }

    void flushBlocksUntilWritten()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.flushIntervalMs = 600'000;
        o.minFlushIntervalMs = o.flushIntervalMs; // a fixed interval
        o.batchRows = 100'000;
        o.maxTransactionRows = 100; // several transactions for one flush
        Ledger ledger(db, o);
        for (int i = 0; i < 1234; ++i)
            ledger.record(call(QStringLiteral("r%1").arg(i)));
        QVERIFY(ledger.flush());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 1234);
        QCOMPARE(ledger.status().pending, 0);
        QVERIFY(ledger.flush()); // nothing to do
    }

    void fieldsAreStoredAsGiven()
    {
        auto db = openDatabase();
        Ledger ledger(db);
        CallRecord ok = call(QStringLiteral("req-1"), 1'700'000'000'123, 0.000000021);
        ok.route = QStringLiteral("fast");
        ok.usage = protocol::Usage{100, 50, 30, 20, 10};
        QJsonObject trace;
        trace.insert(QStringLiteral("strategy"), QStringLiteral("cheapest"));
        ok.trace = trace;
        ledger.record(ok);
        CallRecord failed = call(QStringLiteral("req-1"), 1'700'000'001'000, 0);
        failed.attempt = 2;
        failed.ttftMs.reset();
        failed.setError(protocol::ApiError::make(protocol::ApiError::Kind::RateLimited, QStringLiteral("slow down"), 429));
        ledger.record(failed);
        CallRecord cancelled = call(QStringLiteral("req-2"));
        cancelled.setError(protocol::ApiError::make(protocol::ApiError::Kind::Cancelled, QStringLiteral("user")));
        ledger.record(cancelled);
        QVERIFY(ledger.flush());

        QSqlQuery q(*db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT request_id, started_at, day, source, source_key, provider, model, route, attempt, input_tokens, "
                                      "output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, latency_ms, ttft_ms, "
                                      "status, error_kind, http_status, (SELECT trace FROM call_traces WHERE call_id = calls.id) "
                                      "FROM calls ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("req-1"));
        QCOMPARE(q.value(1).toLongLong(), 1'700'000'000'123);
        QCOMPARE(q.value(2).toLongLong(), 19675); // 2023-11-14
        QCOMPARE(dateOfDay(19675), QDate(2023, 11, 14));
        QCOMPARE(q.value(3).toString(), QStringLiteral("proxy"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("claude-code"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("fast"));
        QCOMPARE(q.value(8).toInt(), 1);
        for (int c = 9; c <= 13; ++c)
            QCOMPARE(q.value(c).toLongLong(), QList<qint64>({100, 50, 30, 20, 10}).at(c - 9));
        QCOMPARE(q.value(14).toLongLong(), 21); // nano-dollars: 21 of them
        QCOMPARE(q.value(16).toLongLong(), 80);
        QCOMPARE(q.value(17).toString(), QStringLiteral("ok"));
        QVERIFY(q.value(19).isNull());
        QCOMPARE(QJsonDocument::fromJson(q.value(20).toString().toUtf8()).object(), trace);
        QVERIFY(q.next());
        QCOMPARE(q.value(8).toInt(), 2);
        QVERIFY(q.value(16).isNull());
        QCOMPARE(q.value(17).toString(), QStringLiteral("error"));
        QCOMPARE(q.value(18).toString(), QStringLiteral("rate_limited"));
        QCOMPARE(q.value(19).toInt(), 429);
        QVERIFY(q.value(20).isNull());
        QVERIFY(q.next());
        QCOMPARE(q.value(17).toString(), QStringLiteral("cancelled"));
        QCOMPARE(q.value(18).toString(), QStringLiteral("cancelled"));
        QVERIFY(!q.next());
    }

    // Text is bound as UTF-8 bytes when it is short ASCII and as UTF-16 otherwise (the writer's
    // NativeStatement::bindText), each column's bytes kept until its next bind: non-ASCII, long and
    // shorter-after-longer values in the same columns all land as given, in the calls and the rollups.
    void textIsStoredAsGiven()
    {
        auto db = openDatabase();
        Ledger ledger(db);
        const QString longAscii = QStringLiteral("r").repeated(300);
        const QString mediumAscii = QStringLiteral("gpt-4o-mini-") + QStringLiteral("x").repeated(200);
        const QList<std::array<QString, 3>> rows{// provider, model, route
                                                 {QStringLiteral("pr\u00f6vider"), QStringLiteral("\u6a21\u578b-1"), longAscii},
                                                 {QStringLiteral("openai"), QStringLiteral("m"), QStringLiteral("fast")},
                                                 {QStringLiteral("openai"), mediumAscii, QString()},
                                                 {QStringLiteral("o"), QStringLiteral("\u00e9"), QStringLiteral("r\u00e9")}};
        int i = 0;
        for (const auto &[provider, model, route] : rows) {
            CallRecord c = call(QStringLiteral("t%1").arg(i++));
            c.provider = provider;
            c.model = model;
            c.route = route;
            QVERIFY(ledger.record(c));
            QVERIFY(ledger.flush()); // a batch each: the same statements bind the columns again
        }
        QSqlQuery q(*db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT provider, model, route FROM calls ORDER BY id")));
        for (const auto &[provider, model, route] : rows) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), provider);
            QCOMPARE(q.value(1).toString(), model);
            QCOMPARE(q.value(2).toString(), route);
        }
        QVERIFY(!q.next());
        for (const auto &[provider, model, route] : rows) {
            QCOMPARE(
                scalar(*db, QStringLiteral("SELECT count(*) FROM calls_daily_model WHERE provider = '%1' AND model = '%2'").arg(provider, model)), 1);
            QCOMPARE(scalar(*db,
                            QStringLiteral("SELECT sum(attempts) FROM monitor_hour WHERE provider = '%1' AND model = '%2' AND route = '%3'")
                                .arg(provider, model, route)),
                     1);
        }
    }

    void stopAndDestructionFlush()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.flushIntervalMs = 600'000;
        o.minFlushIntervalMs = o.flushIntervalMs; // a fixed interval
        o.batchRows = 100'000;
        {
            Ledger ledger(db, o);
            for (int i = 0; i < 100; ++i)
                ledger.record(call(QStringLiteral("r%1").arg(i)));
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 100);

        // spies made before the ledger go after it: its writer thread emits until the ledger stops
        std::unique_ptr<QSignalSpy> droppedSpy;
        Ledger ledger(db, o);
        ledger.record(call(QStringLiteral("last")));
        ledger.stop();
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 101);
        droppedSpy = std::make_unique<QSignalSpy>(&ledger, &Ledger::rowsDropped);
        QSignalSpy &dropped = *droppedSpy;
        QVERIFY(!ledger.record(call(QStringLiteral("too-late"))));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(ledger.status().dropped, 1);
        QVERIFY(ledger.flush()); // the refused row was never accepted: nothing is pending
        ledger.stop(); // idempotent
    }

    void aDroppedTableIsReported()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.retryDelayMs = 50;
        // spies made before the ledger go after it: its writer thread emits until the ledger stops
        std::unique_ptr<QSignalSpy> failedSpy;
        Ledger ledger(db, o);
        failedSpy = std::make_unique<QSignalSpy>(&ledger, &Ledger::writeFailed);
        QSignalSpy &failed = *failedSpy;
        QVERIFY(exec(*db, QStringLiteral("DROP TABLE call_traces")));
        QVERIFY(exec(*db, QStringLiteral("DROP TABLE calls")));
        ledger.record(call(QStringLiteral("r1")));
        auto flushed = ledger.flush();
        QVERIFY(!flushed);
        QCOMPARE(flushed.error().kind, Error::Kind::Database);
        QVERIFY2(flushed.error().message.contains(QLatin1String("no such table")), qPrintable(flushed.error().message));
        QTRY_VERIFY(failed.size() >= 1);
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Database);
        const Ledger::Status s = ledger.status();
        QVERIFY(s.lastError);
        QCOMPARE(s.pending, 1); // kept, not lost
        QCOMPARE(s.written, 0);
    }

    // The writer's connection skips the schema's CHECK constraints (they cost two temporary B-trees per
    // row) and checks the names itself: every source and status it can write must still be one the
    // schema accepts, and the constraints must still hold for every other connection.
    void theWriterOnlyWritesWhatTheChecksAccept()
    {
        auto db = openDatabase();
        Ledger ledger(db);
        int n = 0;
        // every value the enums have (a name for each is what the writer needs), new ones included
        for (int s = 0; !sourceName(Source(s)).isEmpty(); ++s) {
            for (int st = 0; !statusName(CallStatus(st)).isEmpty(); ++st) {
                CallRecord c = call(QStringLiteral("r%1").arg(n++));
                c.source = Source(s);
                c.status = CallStatus(st);
                ledger.record(std::move(c));
            }
        }
        auto flushed = ledger.flush();
        QVERIFY2(flushed, flushed ? "" : qPrintable(flushed.error().message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT source || '/' || status) FROM calls")), qint64(n));
        // the same rows again through a connection that has the CHECKs
        const QString columns = QStringLiteral("request_id, started_at, day, source, source_key, provider, model, route, attempt, input_tokens, "
                                               "output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, latency_ms, "
                                               "ttft_ms, status, error_kind, http_status");
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO calls(%1) SELECT %1 FROM calls").arg(columns)));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), qint64(2 * n));
        QVERIFY(!exec(*db, QStringLiteral("UPDATE calls SET source = 'nowhere' WHERE id = 1")));
        QVERIFY(!exec(*db, QStringLiteral("UPDATE calls SET status = 'maybe' WHERE id = 1")));
        QVERIFY(!exec(*db, QStringLiteral("UPDATE calls SET attempt = 0 WHERE id = 1")));

        // a value outside the enums is refused by the writer as the CHECK would have refused it
        CallRecord bad = call(QStringLiteral("bad"));
        bad.source = Source(42);
        ledger.record(std::move(bad));
        flushed = ledger.flush();
        QVERIFY(!flushed);
        QVERIFY2(flushed.error().message.contains(QLatin1String("unknown source")), qPrintable(flushed.error().message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls WHERE request_id = 'bad'")), qint64(0));
    }

    void failedBatchesAreRetriedInOrder()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.retryDelayMs = 60'000; // only flush() retries in this test
        // spies made before the ledger go after it: its writer thread emits until the ledger stops
        std::unique_ptr<QSignalSpy> failedSpy;
        std::unique_ptr<QSignalSpy> recoveredSpy;
        Ledger ledger(db, o);
        failedSpy = std::make_unique<QSignalSpy>(&ledger, &Ledger::writeFailed);
        QSignalSpy &failed = *failedSpy;
        recoveredSpy = std::make_unique<QSignalSpy>(&ledger, &Ledger::writeRecovered);
        QSignalSpy &recovered = *recoveredSpy;
        QVERIFY(exec(*db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON calls BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        for (int i = 0; i < 3; ++i)
            ledger.record(call(QStringLiteral("r%1").arg(i)));
        auto flushed = ledger.flush();
        QVERIFY(!flushed);
        QVERIFY2(flushed.error().message.contains(QLatin1String("disk says no")), qPrintable(flushed.error().message));
        QCOMPARE(ledger.status().pending, 3);
        QVERIFY(exec(*db, QStringLiteral("DROP TRIGGER refuse")));
        ledger.record(call(QStringLiteral("r3")));
        flushed = ledger.flush();
        QVERIFY2(flushed, flushed ? "" : qPrintable(flushed.error().message));
        QTRY_COMPARE(recovered.size(), 1);
        QVERIFY(failed.size() >= 1);
        QVERIFY(!ledger.status().lastError);
        QSqlQuery q(*db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(request_id, ',') FROM (SELECT request_id FROM calls ORDER BY id)")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("r0,r1,r2,r3"));
    }

    void stoppingWithAFailingDatabaseCountsTheLoss()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.retryDelayMs = 60'000;
        o.flushIntervalMs = 10;
        o.minFlushIntervalMs = o.flushIntervalMs; // a fixed interval
        // spies made before the ledger go after it: its writer thread emits until the ledger stops
        std::unique_ptr<QSignalSpy> failedSpy;
        Ledger ledger(db, o);
        failedSpy = std::make_unique<QSignalSpy>(&ledger, &Ledger::writeFailed);
        QSignalSpy &failed = *failedSpy;
        QVERIFY(exec(*db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON calls BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        ledger.record(call(QStringLiteral("r0")));
        ledger.record(call(QStringLiteral("r1")));
        QTRY_VERIFY(failed.size() >= 1);
        ledger.stop();
        const Ledger::Status s = ledger.status();
        QCOMPARE(s.lost, 2);
        QCOMPARE(s.pending, 0);
        QCOMPARE(s.written, 0);
    }

    void aFullQueueDropsAndSaysSo()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.maxQueuedRows = 10;
        o.batchRows = 1000;
        o.flushIntervalMs = 600'000; // the writer takes nothing until flush()
        o.minFlushIntervalMs = o.flushIntervalMs; // a fixed interval
        // spies made before the ledger go after it: its writer thread emits until the ledger stops
        std::unique_ptr<QSignalSpy> droppedSpy;
        Ledger ledger(db, o);
        droppedSpy = std::make_unique<QSignalSpy>(&ledger, &Ledger::rowsDropped);
        QSignalSpy &dropped = *droppedSpy;
        int accepted = 0;
        for (int i = 0; i < 15; ++i)
            accepted += ledger.record(call(QStringLiteral("r%1").arg(i))) ? 1 : 0;
        QCOMPARE(accepted, 10);
        QCOMPARE(dropped.size(), 1); // once per burst
        QCOMPARE(dropped.first().first().toLongLong(), 1); // the total when the burst began
        QVERIFY(ledger.flush());
        QVERIFY(ledger.record(call(QStringLiteral("after"))));
        QVERIFY(ledger.flush());
        const Ledger::Status s = ledger.status();
        QCOMPARE(s.recorded, 11);
        QCOMPARE(s.written, 11);
        QCOMPARE(s.dropped, 5);
        QCOMPARE(s.throttled, 0); // the main thread never waits
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 11);
    }

    void aFullQueueMakesOtherThreadsWaitAndLosesNothing()
    {
        auto db = openDatabase();
        // A writer much slower than the producer: every row runs a few thousand steps of recursion.
        QVERIFY(exec(*db,
                     QStringLiteral("CREATE TRIGGER slow AFTER INSERT ON calls BEGIN SELECT count(*) FROM "
                                    "(WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 5000) SELECT i FROM r); END")));
        Ledger::Options o;
        o.maxQueuedRows = 40;
        o.lowWaterRows = 20;
        o.batchRows = 8;
        o.maxTransactionRows = 8;
        o.flushIntervalMs = 600'000; // only the batch size and the backpressure wake the writer
        o.minFlushIntervalMs = o.flushIntervalMs; // a fixed interval
        // spies made before the ledger go after it: its writer thread emits until the ledger stops
        std::unique_ptr<QSignalSpy> throttledSpySpy;
        std::unique_ptr<QSignalSpy> droppedSpySpy;
        Ledger ledger(db, o);
        throttledSpySpy = std::make_unique<QSignalSpy>(&ledger, &Ledger::rowsThrottled);
        QSignalSpy &throttledSpy = *throttledSpySpy;
        droppedSpySpy = std::make_unique<QSignalSpy>(&ledger, &Ledger::rowsDropped);
        QSignalSpy &droppedSpy = *droppedSpySpy;
        constexpr int kRows = 400;
        std::atomic<int> accepted{0};
        std::atomic<qint64> maxQueued{0};
        std::unique_ptr<QThread> producer(QThread::create([&] {
            for (int i = 0; i < kRows; ++i) {
                CallRecord c = call(QStringLiteral("p%1").arg(i));
                c.trace.insert(QStringLiteral("i"), i);
                accepted += ledger.record(std::move(c)) ? 1 : 0;
                maxQueued = std::max(maxQueued.load(), ledger.status().pending);
            }
        }));
        producer->start();
        QVERIFY(producer->wait(60'000));
        QCOMPARE(accepted.load(), kRows);
        QVERIFY(ledger.flush());
        const Ledger::Status s = ledger.status();
        QCOMPARE(s.dropped, 0);
        QVERIFY2(s.throttled > 0, "record() never waited: the writer was not slower than the producer");
        QVERIFY(maxQueued.load() <= o.maxQueuedRows);
        QCOMPARE(s.written, kRows);
        QCOMPARE(droppedSpy.size(), 0);
        QVERIFY(throttledSpy.size() >= 1); // once per 10 s at most
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), kRows);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM call_traces")), kRows);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT sum(attempts) FROM calls_daily")), kRows);
        // In order: the rows' ids follow the recording order.
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM calls c JOIN call_traces t ON t.call_id = c.id "
                                       "WHERE c.request_id != 'p' || json_extract(t.trace, '$.i')")),
                 0);
    }

    void aStuckWriterMakesWaitingCallersDropAfterTheBoundedWait()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.maxQueuedRows = 4;
        o.batchRows = 1;
        o.maxBackpressureMs = 300;
        o.retryDelayMs = 60'000;
        // spies made before the ledger go after it: its writer thread emits until the ledger stops
        std::unique_ptr<QSignalSpy> droppedSpySpy;
        Ledger ledger(db, o);
        droppedSpySpy = std::make_unique<QSignalSpy>(&ledger, &Ledger::rowsDropped);
        QSignalSpy &droppedSpy = *droppedSpySpy;
        QVERIFY(exec(*db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON calls BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        std::atomic<int> accepted{0};
        qint64 firstDropMs = -1;
        std::unique_ptr<QThread> producer(QThread::create([&] {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 5; ++i) // fills the queue (the failed batch stays at its head)
                accepted += ledger.record(call(QStringLiteral("r%1").arg(i))) ? 1 : 0;
            firstDropMs = t.elapsed();
            for (int i = 5; i < 10; ++i) // the writer has not written since: no more waiting
                accepted += ledger.record(call(QStringLiteral("r%1").arg(i))) ? 1 : 0;
        }));
        producer->start();
        QVERIFY(producer->wait(30'000));
        QCOMPARE(accepted.load(), 4);
        // a lower bound only: a loaded machine makes the wait longer, never shorter
        QVERIFY2(firstDropMs >= 250, qPrintable(QString::number(firstDropMs)));
        const Ledger::Status s = ledger.status();
        QCOMPARE(s.dropped, 6);
        QCOMPARE(s.throttled, 1); // the later rows did not wait: dropped at once
        QCOMPARE(droppedSpy.size(), 1);
        // The rows that got in are kept and land once the database takes them again.
        QVERIFY(exec(*db, QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(ledger.flush());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 4);
    }

    // The writer sums each batch into call_requests and the daily rollups itself (no insert triggers
    // since migration 0005): after many batches, with retries whose later attempts land in a later
    // batch, every rollup must equal the same grouping computed from the calls rows, through both
    // bindings.
    void rollupsEqualTheRows_data()
    {
        QTest::addColumn<bool>("cApi");
        QTest::newRow("SQLite C API") << true;
        QTest::newRow("QSqlQuery") << false;
    }
    void rollupsEqualTheRows()
    {
        QFETCH(bool, cApi);
        auto db = openDatabase();
        Ledger::Options o;
        o.nativeWriter = cApi;
        o.batchRows = 50;
        o.maxTransactionRows = 70; // batches of various sizes
        Ledger ledger(db, o);
        const QStringList providers{QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini")};
        const QStringList models{QStringLiteral("m1"), QStringLiteral("m2")};
        const QStringList keys{QString(), QStringLiteral("zed"), QStringLiteral("claude-code")};
        const Source sources[] = {Source::Proxy, Source::Playground, Source::Compare};
        constexpr qint64 kDay = 86'400'000;
        std::vector<CallRecord> retries;
        for (int i = 0; i < 1500; ++i) {
            CallRecord c = call(QStringLiteral("q%1").arg(i), 1'700'000'000'000 + (i % 3) * kDay + i * 1000, 0.0001 * (i % 7));
            c.provider = providers[i % 3];
            c.model = models[(i / 3) % 2];
            c.sourceKey = keys[(i / 5) % 3];
            c.source = sources[(i / 7) % 3];
            c.latencyMs = 10 + i % 50;
            c.ttftMs = i % 4 ? std::optional<qint64>(5 + i % 9) : std::nullopt;
            c.usage.reasoningTokens = i % 11;
            c.usage.cacheReadTokens = i % 5;
            if (i % 6 == 0) {
                c.setError(protocol::ApiError::make(protocol::ApiError::Kind::RateLimited, QStringLiteral("slow"), 429));
                CallRecord again = c; // the retry, on another provider, recorded much later (another batch)
                again.status = CallStatus::Ok;
                again.errorKind.clear();
                again.httpStatus = 200;
                again.attempt = 2;
                again.provider = providers[(i + 1) % 3];
                again.startedAtMs += 500;
                retries.push_back(again);
            } else if (i % 29 == 0) {
                c.setError(protocol::ApiError::make(protocol::ApiError::Kind::Cancelled, QStringLiteral("stop")));
            }
            ledger.record(c);
            if (i == 700)
                QVERIFY(ledger.flush());
        }
        for (const CallRecord &c : retries)
            ledger.record(c);
        auto flushed = ledger.flush();
        QVERIFY2(flushed, flushed ? "" : qPrintable(flushed.error().message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 1500 + qint64(retries.size()));

        const QString sums = QStringLiteral(
            "count(*), sum(attempt = 1), sum(status = 'ok'), sum(status = 'error'), sum(status = 'cancelled'), sum(input_tokens), "
            "sum(output_tokens), sum(cache_read_tokens), sum(cache_write_tokens), sum(reasoning_tokens), sum(cost_nusd), "
            "sum((status = 'ok') * latency_ms), sum(status = 'ok' AND ttft_ms IS NOT NULL)");
        const QString cols = QStringLiteral(
            "attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, "
            "reasoning_tokens, cost_nusd, ok_latency_ms, ttft_count");
        const auto differing = [&](const QString &table, const QString &group) {
            const QString fromRollup = QStringLiteral("SELECT %1, %2 FROM %3").arg(group, cols, table);
            const QString fromCalls = QStringLiteral("SELECT %1, %2 FROM calls GROUP BY %1").arg(group, sums);
            return scalar(*db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(fromRollup, fromCalls))
                + scalar(*db, QStringLiteral("SELECT count(*) FROM (%2 EXCEPT %1)").arg(fromRollup, fromCalls));
        };
        QCOMPARE(differing(QStringLiteral("calls_daily"), QStringLiteral("source_key, day, provider, model, source")), 0);
        QCOMPARE(differing(QStringLiteral("calls_daily_model"), QStringLiteral("day, provider, model, source")), 0);
        QCOMPARE(differing(QStringLiteral("calls_daily_key"), QStringLiteral("day, source, source_key, provider")), 0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM calls_daily")) > 50); // many groups, not one
        QCOMPARE(scalar(*db, QStringLiteral("SELECT sum(requests) FROM calls_daily_model")), 1500);

        // call_requests: one row per dispatch, the earliest start, the latest attempt's provider and model
        const QString requestsFromCalls = QStringLiteral(
            "SELECT c.request_id, min(c.started_at), c.source, c.source_key, "
            "(SELECT provider FROM calls l WHERE l.request_id = c.request_id ORDER BY attempt DESC LIMIT 1), "
            "(SELECT model FROM calls l WHERE l.request_id = c.request_id ORDER BY attempt DESC LIMIT 1), "
            "count(*), max(attempt), sum(cost_nusd) FROM calls c GROUP BY c.request_id");
        const QString requestsRollup = QStringLiteral(
            "SELECT request_id, started_at, source, source_key, provider, model, attempts, last_attempt, cost_nusd FROM call_requests");
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(requestsRollup, requestsFromCalls)), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM (%2 EXCEPT %1)").arg(requestsRollup, requestsFromCalls)), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM call_requests WHERE attempts = 2")), qint64(retries.size()));

        // deleting calls still takes them out (the delete triggers stay)
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM calls WHERE provider = 'gemini'")));
        QCOMPARE(differing(QStringLiteral("calls_daily"), QStringLiteral("source_key, day, provider, model, source")), 0);
        QCOMPARE(differing(QStringLiteral("calls_daily_key"), QStringLiteral("day, source, source_key, provider")), 0);
    }

    // Group commit: the caller hears on its own thread once the transaction holding its row has
    // committed, at once and not after the batch interval.
    void recordThenAnswersOnceTheRowIsCommitted()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.flushIntervalMs = 600'000; // what a row nobody waits for would wait
        o.minFlushIntervalMs = o.flushIntervalMs;
        Ledger ledger(db, o);
        QObject context;
        ledger.record(call(QStringLiteral("before"))); // nobody waits for it: it goes with the next commit
        std::optional<Expected<void>> answer;
        qint64 rowsWhenAnswered = -1;
        QThread *answeredOn = nullptr;
        const quint64 ticket = ledger.recordThen(call(QStringLiteral("r1")), &context, [&](const Expected<void> &written) {
            answeredOn = QThread::currentThread();
            rowsWhenAnswered = scalar(*db, QStringLiteral("SELECT count(*) FROM calls"));
            answer = written;
        });
        QVERIFY(ticket > 0);
        QTRY_VERIFY(answer.has_value());
        QVERIFY(*answer);
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(rowsWhenAnswered, 2); // on disk, read through another connection
        QCOMPARE(ledger.status().written, 2);
    }

    // A caller that goes away takes its callback with it, whether the commit came first or not.
    void forgottenCallbacksDoNotRun()
    {
        auto db = openDatabase();
        Ledger ledger(db);
        int answers = 0;
        for (int i = 0; i < 20; ++i) {
            auto context = std::make_unique<QObject>();
            const quint64 ticket = ledger.recordThen(call(QStringLiteral("r%1").arg(i)), context.get(),
                                                     [&answers](const Expected<void> &) { ++answers; });
            if (i % 2 == 0)
                QVERIFY(ledger.flush()); // committed (and the callback posted) before it goes
            ledger.forget(ticket);
            context.reset();
        }
        QVERIFY(ledger.flush());
        QCoreApplication::processEvents();
        QCOMPARE(answers, 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 20); // the rows are written all the same
    }

    // While the database refuses writes, callers hear why (so that calls are refused rather than
    // answered unbilled); their rows wait in the queue, and writing resumes by itself.
    void whileWritesFailCallersHearWhyAndWritingResumes()
    {
        auto db = openDatabase();
        QVERIFY(exec(*db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON calls BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        Ledger::Options o;
        o.retryDelayMs = 20;
        Ledger ledger(db, o);
        QVERIFY(!ledger.writeError()); // the trigger refuses rows only: the write that changes nothing passes
        QObject context;
        std::optional<Expected<void>> first;
        ledger.recordThen(call(QStringLiteral("r0")), &context, [&first](const Expected<void> &written) { first = written; });
        QTRY_VERIFY(first.has_value());
        QVERIFY(!*first);
        QVERIFY2(first->error().message.contains(QLatin1String("disk says no")), qPrintable(first->error().message));
        QVERIFY2(first->error().message.contains(QLatin1String("Calls are refused until it can")), qPrintable(first->error().message));
        QVERIFY(ledger.writeError());
        // a call that ends meanwhile hears at once; its row waits with the other
        std::optional<Expected<void>> second;
        const quint64 ticket = ledger.recordThen(call(QStringLiteral("r1")), &context,
                                                 [&second](const Expected<void> &written) { second = written; });
        QCOMPARE(ticket, quint64(0));
        QVERIFY(second.has_value() && !*second);
        QCOMPARE(ledger.status().pending, 2);
        QVERIFY(exec(*db, QStringLiteral("DROP TRIGGER refuse")));
        QTRY_VERIFY(!ledger.writeError()); // the next retry, without a call
        QTRY_COMPARE(ledger.status().pending, 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 2);
    }

    // Another program holding the database's write lock shows before the first call (the writer's
    // first write changes nothing and fails after SQLite's 5 s busy timeout), and goes by itself.
    void aLockHeldElsewhereShowsBeforeTheFirstCall()
    {
        auto db = openDatabase();
        const QString name = QStringLiteral("another-program");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(db->path());
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        Ledger::Options o;
        o.retryDelayMs = 20;
        Ledger ledger(db, o);
        QTRY_VERIFY_WITH_TIMEOUT(ledger.writeError().has_value(), 20'000);
        const QString message = ledger.writeError()->message;
        QVERIFY2(message.contains(QLatin1String("another program holds a lock on the database")), qPrintable(message));
        {
            QSqlDatabase other = QSqlDatabase::database(name);
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        QTRY_VERIFY_WITH_TIMEOUT(!ledger.writeError(), 20'000);
        ledger.record(call(QStringLiteral("after")));
        QVERIFY(ledger.flush());
    }

    // The WAL is checkpointed by a thread of its own once it is long, not in a commit a caller waits
    // for (SQLite's own checkpoints after commits are off on the writer's connection): the rows reach
    // the database file, and the WAL starts again from its beginning instead of growing on.
    void theWalIsCheckpointedOnAThreadOfItsOwn()
    {
        auto db = openDatabase();
        Ledger::Options o;
        o.checkpointPages = 64;
        Ledger ledger(db, o);
        const qint64 fileBefore = QFileInfo(db->path()).size();
        for (int i = 0; i < 3000; ++i) {
            ledger.record(call(QStringLiteral("r%1").arg(i)));
            if (i % 50 == 49)
                QVERIFY(ledger.flush());
        }
        QTRY_VERIFY(ledger.status().checkpoints > 0);
        QTRY_VERIFY(QFileInfo(db->path()).size() > fileBefore + 64 * 4096);
        // 3000 rows with their indexes and traces fill 2500 frames of WAL without checkpoints: here it
        // starts again from its beginning (at a write after a checkpoint that copied everything)
        QSqlQuery q(*db->connection());
        int more = 0;
        const auto framesAfterOneMoreRow = [&] {
            ledger.record(call(QStringLiteral("more%1").arg(++more)));
            if (!ledger.flush() || !q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
                return -1;
            const int frames = q.value(0).toInt() == 0 ? q.value(1).toInt() : -1;
            q.finish();
            return frames;
        };
        QTRY_VERIFY(framesAfterOneMoreRow() >= 0 && framesAfterOneMoreRow() < 64);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 3000 + more);
    }

    void writeFailuresSayWhatToDo_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("sysErrno");
        QTest::addColumn<QString>("noRoom");
        QTest::addColumn<QString>("says");
        QTest::newRow("SQLITE_FULL") << 13 << 0 << QString() << QStringLiteral("the disk is full");
        QTest::newRow("IOERR_WRITE, EFBIG") << (10 | (3 << 8)) << int(EFBIG) << QString() << QStringLiteral("the disk is full");
        QTest::newRow("IOERR_WRITE, no errno, size limit")
            << (10 | (3 << 8)) << 0 << QStringLiteral("a file size limit of 4096 bytes") << QStringLiteral("a file size limit of 4096 bytes");
        QTest::newRow("IOERR_WRITE, EIO") << (10 | (3 << 8)) << int(EIO) << QString() << QStringLiteral("the disk reports an error");
        QTest::newRow("SQLITE_READONLY") << 8 << 0 << QString() << QStringLiteral("the database file is read-only");
        QTest::newRow("SQLITE_BUSY") << 5 << 0 << QString() << QStringLiteral("another program holds a lock");
        // the errno of some earlier system call is not this failure's, nor is the room on the disk
        QTest::newRow("SQLITE_ERROR, stale errno") << 1 << int(ENOSPC) << QStringLiteral("1 KiB free on the disk")
                                                   << QStringLiteral("the database refused the write");
    }
    void writeFailuresSayWhatToDo()
    {
        QFETCH(int, code);
        QFETCH(int, sysErrno);
        QFETCH(QString, noRoom);
        QFETCH(QString, says);
        const Error e = detail::explainWriteFailure(Error::make(Error::Kind::Database, QStringLiteral("ledger: cannot commit: it failed")),
                                                    detail::WriteFailure{code, sysErrno, noRoom, {}, false});
        QCOMPARE(e.kind, Error::Kind::Database);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("(ledger: cannot commit: it failed")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("writing resumes by itself")), qPrintable(e.message));
    }

    void concurrentFlushesFromThreads()
    {
        auto db = openDatabase();
        Ledger ledger(db);
        std::vector<std::unique_ptr<QThread>> threads;
        std::atomic<int> failures{0};
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([&ledger, &failures, t] {
                for (int i = 0; i < 50; ++i) {
                    ledger.record(call(QStringLiteral("t%1-%2").arg(t).arg(i)));
                    if (i % 10 == 9 && !ledger.flush())
                        ++failures;
                }
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(30000));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 200);
    }

    // ---- the monitoring rollups, deferred (Options::rollupIntervalMs) ----------------------------------

    // What the rollups hold and what waits: the calls in monitor_minute and monitor_hour_all (each
    // call once), and the markers.
    static qint64 inMinutes(const Database &db) { return scalar(db, QStringLiteral("SELECT coalesce(sum(attempts), 0) FROM monitor_minute")); }
    static qint64 inHourTotals(const Database &db) { return scalar(db, QStringLiteral("SELECT coalesce(sum(attempts), 0) FROM monitor_hour_all")); }
    static qint64 marked(const Database &db) { return scalar(db, QStringLiteral("SELECT count(*) FROM monitor_pending")); }
    // A ledger on the test's clock (frozen unless moved): a batch per row, the rollups a minute apart.
    static Ledger::Options deferredOptions(std::atomic<qint64> &now)
    {
        Ledger::Options o;
        o.batchRows = 1;
        o.rollupIntervalMs = 60'000; // the writer's real wait while idle is as long: nothing flushes unless the test moves its clock
        o.clock = [&now] { return now.load(); };
        return o;
    }

    // A call's batch marks it; the next batch once the interval is over adds the marked calls to the
    // rollups in its own transaction (no commit of its own).
    void aDueFlushRidesInTheNextBatch()
    {
        auto db = openDatabase();
        std::atomic<qint64> now{1000};
        Ledger ledger(db, deferredOptions(now));
        ledger.record(call(QStringLiteral("r1")));
        QTRY_COMPARE(ledger.status().written, 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 1);
        QCOMPARE(marked(*db), 1);
        QCOMPARE(inMinutes(*db), 0);
        QVERIFY(ledger.status().rollupsPending);
        ledger.record(call(QStringLiteral("r2")));
        QTRY_COMPARE(ledger.status().written, 2);
        QCOMPARE(marked(*db), 2); // not due yet
        QCOMPARE(ledger.status().rollupFlushes, 0);
        now += 60'000;
        ledger.record(call(QStringLiteral("r3")));
        QTRY_COMPARE(ledger.status().written, 3);
        QCOMPARE(ledger.status().rollupFlushes, 1);
        QCOMPARE(ledger.status().rollupFlushesAlone, 0);
        QVERIFY(!ledger.status().rollupsPending);
        QCOMPARE(marked(*db), 0);
        QCOMPARE(inMinutes(*db), 3);
        QCOMPARE(inHourTotals(*db), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT sum(cost_nusd) FROM monitor_day")),
                 scalar(*db, QStringLiteral("SELECT sum(cost_nusd) FROM calls")));
    }

    // Idle with marked calls: the writer flushes them alone once the interval is over.
    void anIdleWriterFlushesAfterTheInterval()
    {
        auto db = openDatabase();
        std::atomic<qint64> now{1000};
        Ledger ledger(db, deferredOptions(now));
        ledger.record(call(QStringLiteral("r1")));
        ledger.record(call(QStringLiteral("r2")));
        QTRY_COMPARE(ledger.status().written, 2);
        QVERIFY(ledger.status().rollupsPending);
        QCOMPARE(inMinutes(*db), 0);
        now += 59'999;
        ledger.wake();
        QTest::qWait(0);
        QCOMPARE(ledger.status().rollupFlushes, 0);
        now += 1;
        ledger.wake();
        QTRY_COMPARE(ledger.status().rollupFlushesAlone, 1);
        QCOMPARE(ledger.status().rollupFlushes, 1);
        QVERIFY(!ledger.status().rollupsPending);
        QCOMPARE(inMinutes(*db), 2);
        QCOMPARE(marked(*db), 0);
        // nothing marked since: no more flushes, however long it stays idle
        now += 600'000;
        ledger.wake();
        QVERIFY(ledger.flush());
        QCOMPARE(ledger.status().rollupFlushes, 1);
    }

    // flush() (and so the readers that flush first: the Monitor page, /metrics) sees every recorded
    // call in the rollups, whatever the interval; stop() flushes too.
    void flushMakesTheRollupsCurrent()
    {
        auto db = openDatabase();
        std::atomic<qint64> now{1000};
        {
            Ledger ledger(db, deferredOptions(now));
            for (int i = 0; i < 3; ++i)
                ledger.record(call(QStringLiteral("r%1").arg(i)));
            QVERIFY(ledger.flush());
            QCOMPARE(inMinutes(*db), 3);
            QCOMPARE(marked(*db), 0);
            QObject context;
            bool answered = false;
            ledger.recordThen(call(QStringLiteral("r3")), &context, [&answered](const Expected<void> &) { answered = true; });
            QTRY_VERIFY(answered);
            QCOMPARE(inMinutes(*db), 3); // answered: in calls, marked
            QCOMPARE(marked(*db), 1);
            QVERIFY(ledger.flush());
            QCOMPARE(inMinutes(*db), 4);
            ledger.record(call(QStringLiteral("r4")));
            QTRY_COMPARE(ledger.status().written, 5);
        }
        QCOMPARE(inMinutes(*db), 5); // stopped: flushed
        QCOMPARE(inHourTotals(*db), 5);
        QCOMPARE(marked(*db), 0);
    }

    // A writer killed after committing its calls and their markers, before its flush (what kill -9 leaves:
    // its transactions are all there is): the next writer adds them, once.
    void aKilledWritersMarkedCallsAreAddedOnceByTheNext()
    {
        auto db = openDatabase();
        {
            detail::LedgerWriter killed(true, 8192, true);
            std::deque<detail::LedgerRow> batch;
            for (int i = 0; i < 4; ++i)
                batch.push_back({call(QStringLiteral("k%1").arg(i)), {}, false});
            auto written = killed.write(*db->connection(), batch, false);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            QVERIFY(killed.rollupsPending());
            killed.release();
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 4);
        QCOMPARE(marked(*db), 4);
        QCOMPARE(inMinutes(*db), 0);
        std::atomic<qint64> now{1000};
        {
            Ledger next(db, deferredOptions(now));
            next.waitForWriteCheck();
            QVERIFY(next.status().rollupsPending); // found at its start
            now += 60'000;
            next.wake();
            QTRY_COMPARE(next.status().rollupFlushesAlone, 1);
            QCOMPARE(inMinutes(*db), 4);
            next.record(call(QStringLiteral("n1")));
        }
        {
            Ledger again(db, deferredOptions(now));
            QVERIFY(again.flush());
        }
        QCOMPARE(inMinutes(*db), 5);
        QCOMPARE(inHourTotals(*db), 5);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT sum(calls) FROM monitor_model_versions")), 5);
        QCOMPARE(marked(*db), 0);
    }

    // Two writers on one file (two serves): each flushes every marker, its own and the other's, and
    // each call is added once.
    void twoWritersOnOneFileAddEachCallOnce()
    {
        auto first = openDatabase();
        auto second = Database::open(first->path());
        QVERIFY(second);
        Ledger::Options o;
        o.rollupIntervalMs = 1; // flushes all the time, in batches and alone, racing the other writer
        o.flushIntervalMs = 2;
        {
            Ledger a(first, o);
            Ledger b(*second, o);
            std::vector<std::unique_ptr<QThread>> threads;
            for (Ledger *ledger : {&a, &b}) {
                threads.emplace_back(QThread::create([ledger] {
                    for (int i = 0; i < 300; ++i) {
                        ledger->record(call(QStringLiteral("%1-%2").arg(quintptr(ledger)).arg(i), 1'700'000'000'000 + i * 500));
                        if (i % 50 == 49)
                            (void)ledger->flush();
                    }
                }));
                threads.back()->start();
            }
            for (auto &t : threads)
                QVERIFY(t->wait(60000));
            QVERIFY(a.flush());
            QVERIFY(b.flush());
            QCOMPARE(inMinutes(*first), 600);
        }
        QCOMPARE(scalar(*first, QStringLiteral("SELECT count(*) FROM calls")), 600);
        QCOMPARE(inMinutes(*first), 600);
        QCOMPARE(inHourTotals(*first), 600);
        QCOMPARE(scalar(*first, QStringLiteral("SELECT sum(attempts) FROM monitor_day_model")), 600);
        QCOMPARE(scalar(*first, QStringLiteral("SELECT sum(input_tokens) FROM monitor_day")), 600 * 100);
        QCOMPARE(marked(*first), 0);
    }

    // The listeners (the evaluator) hear once a flush, with every marked call's buckets, not once a batch.
    void listenersHearTheFlushWithItsCalls()
    {
        struct Heard : MonitorCommitListener {
            std::atomic<int> tellings{0};
            std::atomic<qint64> attempts{0};
            std::atomic<qint64> rowAttempts{0};
            void committed(const MonitorCommit &commit) override
            {
                ++tellings;
                for (const MonitorToldRow &row : commit.minutes) {
                    attempts += row.counts.attempts;
                    rowAttempts += row.attemptsAfter;
                }
            }
        };
        auto db = openDatabase();
        auto heard = std::make_shared<Heard>();
        listenToMonitorCommits(monitorDatabaseKey(*db->connection()), heard);
        std::atomic<qint64> now{1000};
        Ledger ledger(db, deferredOptions(now));
        for (int i = 0; i < 4; ++i) {
            ledger.record(call(QStringLiteral("r%1").arg(i)));
            QTRY_COMPARE(ledger.status().written, i + 1); // a batch each
        }
        QCOMPARE(heard->tellings.load(), 0);
        QVERIFY(ledger.flush());
        QCOMPARE(heard->tellings.load(), 1);
        QCOMPARE(heard->attempts.load(), 4); // one minute row of one group: the four calls
        QCOMPARE(heard->rowAttempts.load(), 4); // the row's attempts once written
        QCOMPARE(inMinutes(*db), 4);
    }

    // A flush whose rollups fail is rolled back alone: the calls are written, the markers stay, and a
    // later flush adds them once.
    void aFailingFlushKeepsTheMarkers()
    {
        auto db = openDatabase();
        std::atomic<qint64> now{1000};
        Ledger ledger(db, deferredOptions(now));
        QVERIFY(exec(*db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON monitor_hour BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        ledger.record(call(QStringLiteral("r1")));
        ledger.record(call(QStringLiteral("r2")));
        QVERIFY(ledger.flush());
        QVERIFY(!ledger.status().lastError);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), 2);
        QCOMPARE(inMinutes(*db), 0); // rolled back with the rest
        QCOMPARE(marked(*db), 2);
        QVERIFY(ledger.status().rollupsPending);
        QVERIFY(exec(*db, QStringLiteral("DROP TRIGGER refuse")));
        ledger.record(call(QStringLiteral("r3")));
        QVERIFY(ledger.flush());
        QCOMPARE(inMinutes(*db), 3);
        QCOMPARE(inHourTotals(*db), 3);
        QCOMPARE(marked(*db), 0);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
