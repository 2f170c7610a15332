// The ledger's retention (usage/retention.h, migration 0023) on SQLite and on PostgreSQL: old calls and
// traces go for their own periods (SQLite by batched DELETEs, PostgreSQL by dropping whole months),
// while every rollup the charts read stays as it was; and upgrading a ledger to 0023 (PostgreSQL: to
// monthly partitions) keeps every row.

#include "postgresfixture.h"
#include "sqlfixture.h"
#include "storage/database.h"
#include "storage/partitions.h"
#include "storage/sql.h"
#include "storage/workspace.h"
#include "usage/budgets.h"
#include "usage/ledger.h"
#include "usage/retention.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace sb;
using namespace sb::usage;

namespace {

constexpr qint64 kDay = kMsPerDay;

// Calls every 5 days over 150 days up to `now`, three attempts of two requests each time, every one
// with a trace; two providers, two keys.
std::vector<CallRecord> traffic(qint64 now)
{
    std::vector<CallRecord> calls;
    for (int step = 0; step <= 30; ++step) {
        for (int i = 0; i < 3; ++i) {
            CallRecord c;
            c.requestId = QStringLiteral("req-%1-%2").arg(step).arg(i / 2);
            c.attempt = i % 2 + 1;
            c.startedAtMs = now - qint64(step) * 5 * kDay - 3'600'000 + i * 1000;
            c.source = Source::Proxy;
            c.sourceKey = i == 2 ? QStringLiteral("ci") : QStringLiteral("laptop");
            c.provider = i == 1 ? QStringLiteral("anthropic") : QStringLiteral("openai");
            c.model = i == 1 ? QStringLiteral("claude") : QStringLiteral("gpt");
            c.usage.inputTokens = 100 + step;
            c.usage.outputTokens = 10 + i;
            c.costUsd = 0.0001 * (step + 1);
            c.latencyMs = 200 + step;
            c.ttftMs = 50;
            if (i == 1) {
                c.status = CallStatus::Error;
                c.errorKind = QStringLiteral("server");
                c.httpStatus = 500;
            }
            c.traceJson = QStringLiteral("{\"step\":%1,\"i\":%2,\"q\":\"a \\\"quoted\\\" \\\\ {x,y}\"}").arg(step).arg(i).toUtf8();
            calls.push_back(c);
        }
    }
    return calls;
}

QStringList rows(const Database &db, const QString &sql)
{
    return testing::rowsOf(db, sql);
}

using testing::scalar;

// Every rollup the charts read, a line per row.
QStringList rollups(const Database &db)
{
    QStringList out;
    const QString sums = QStringLiteral(
        "attempts, requests, ok, errors, cancelled, input_tokens, output_tokens, cost_nusd, ok_latency_ms, ttft_count");
    out << rows(db, QStringLiteral("SELECT source_key, day, provider, model, source, %1 FROM calls_daily ORDER BY 1, 2, 3, 4, 5").arg(sums));
    out << rows(db, QStringLiteral("SELECT day, provider, model, source, %1 FROM calls_daily_model ORDER BY 1, 2, 3, 4").arg(sums));
    out << rows(db, QStringLiteral("SELECT day, source, source_key, provider, %1 FROM calls_daily_key ORDER BY 1, 2, 3, 4").arg(sums));
    // (0024's route, key and model totals too: the traffic has proxy keys, no routes)
    for (const char *table : {"monitor_hour", "monitor_day", "monitor_hour_all", "monitor_day_all", "monitor_hour_route", "monitor_day_route",
                              "monitor_hour_key", "monitor_day_key", "monitor_hour_model", "monitor_day_model"})
        out << rows(db,
                    QStringLiteral("SELECT provider, model, t, route, source, source_key, status, error_kind, attempts, cost_nusd, "
                                   "latency_ms_sum, latency_hist FROM %1 ORDER BY t, provider, model, route, source_key, status, error_kind")
                        .arg(QLatin1String(table)));
    return out;
}

} // namespace

class TestLedgerRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testing::PostgresServer> m_server;
    int m_databases = 0;

    QString location(bool postgres)
    {
        ++m_databases;
        return postgres ? m_server->createDatabase(QStringLiteral("retention%1").arg(m_databases))
                        : m_dir.filePath(QStringLiteral("retention%1.sqlite").arg(m_databases));
    }

    static void write(const std::shared_ptr<Database> &db, const std::vector<CallRecord> &calls)
    {
        Ledger ledger(db);
        for (const CallRecord &c : calls)
            QVERIFY(ledger.record(c));
        const auto flushed = ledger.flush();
        QVERIFY2(flushed, flushed ? "" : qPrintable(flushed.error().message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<testing::PostgresServer>();
        if (!m_server->isRunning() && qEnvironmentVariableIsSet("SB_REQUIRE_POSTGRES"))
            QFAIL(qPrintable(m_server->problem()));
    }

    void settingsFromJson()
    {
        auto ok = RetentionSettings::fromJson(QJsonObject{{QStringLiteral("callsDays"), 400}, {QStringLiteral("tracesDays"), 30}});
        QVERIFY(ok);
        QCOMPARE(ok->callsDays, 400);
        QCOMPARE(ok->tracesDays, 30);
        QCOMPARE(RetentionSettings::fromJson(ok->toJson()).value(), *ok);
        QVERIFY(RetentionSettings::fromJson({})->keepsAll());
        const auto bad = RetentionSettings::fromJson(QJsonObject{{QStringLiteral("callsDays"), -1}, {QStringLiteral("bodies"), 3}});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("retention.callsDays: must be a whole number of days")), qPrintable(bad.error().message));
        QVERIFY2(bad.error().message.contains(QLatin1String("retention.bodies: unknown key")), qPrintable(bad.error().message));
        // the workspace checks and keeps its section
        Workspace ws = WorkspaceFile::defaults();
        ws.retention = QJsonObject{{QStringLiteral("tracesDays"), 1.5}};
        QVERIFY(ws.validate().join(QLatin1Char('\n')).contains(QLatin1String("retention.tracesDays")));
        ws.retention = ok->toJson();
        QVERIFY2(ws.validate().isEmpty(), qPrintable(ws.validate().join(QLatin1Char('\n'))));
        auto back = Workspace::fromJson(ws.toJson());
        QVERIFY(back);
        QCOMPARE(back->retention, ws.retention);
    }

    void retentionKeepsTheRollups_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    // Calls kept 60 days, traces 20: what is older goes (on PostgreSQL the months wholly older), the
    // daily and monitoring rollups stay row for row, a second run removes nothing, and the ledger
    // writes on (the ids go on, a removed month comes back when a call of it arrives).
    void retentionKeepsTheRollups()
    {
        QFETCH(bool, postgres);
        if (postgres && !m_server->isRunning())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL: ") + m_server->problem()));
        auto opened = Database::open(location(postgres));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const std::shared_ptr<Database> db = *opened;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const std::vector<CallRecord> calls = traffic(now);
        write(db, calls);
        const QStringList before = rollups(*db);
        QVERIFY(before.size() > 100);
        const qint64 maxId = scalar(*db, QStringLiteral("SELECT max(id) FROM calls"));

        const RetentionSettings settings{60, 20};
        // SQLite removes to the millisecond, PostgreSQL whole months
        const qint64 callsBefore = postgres ? sql::monthStartMs(now - 60 * kDay) : now - 60 * kDay;
        const qint64 tracesBefore = postgres ? sql::monthStartMs(now - 20 * kDay) : now - 20 * kDay;
        qint64 oldCalls = 0, oldTraces = 0;
        QSet<QString> oldRequests;
        for (const CallRecord &c : calls) {
            oldCalls += c.startedAtMs < callsBefore;
            oldTraces += c.startedAtMs < tracesBefore;
            if (c.startedAtMs < callsBefore) // (on PostgreSQL a month's start: the same as by day)
                oldRequests.insert(c.requestId);
        }
        QVERIFY(oldCalls > 0 && oldTraces > oldCalls && oldCalls < qint64(calls.size()));

        const LedgerRetention retention(db, 7); // small batches: several transactions
        auto planned = retention.plan(settings, now);
        QVERIFY2(planned, planned ? "" : qPrintable(planned.error().message));
        QCOMPARE(planned->calls, oldCalls);
        QCOMPARE(planned->traces, oldTraces);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), qint64(calls.size())); // planning removed nothing
        auto done = retention.run(settings, now);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->calls, oldCalls);
        QCOMPARE(done->traces, oldTraces);
        QCOMPARE(done->requests, qint64(oldRequests.size()));
        QCOMPARE(*done->callsBeforeMs, callsBefore);

        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls")), qint64(calls.size()) - oldCalls);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls WHERE started_at < %1").arg(callsBefore)), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM call_traces")), qint64(calls.size()) - oldTraces);
        QCOMPARE(
            scalar(*db,
                   QStringLiteral("SELECT count(*) FROM call_traces t JOIN calls c ON c.id = t.call_id WHERE c.started_at < %1").arg(tracesBefore)),
            0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM call_requests WHERE day < %1").arg(dayOfMs(callsBefore))), 0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM call_requests")) > 0);
        QCOMPARE(rollups(*db), before);
        if (postgres) {
            auto conn = db->connection();
            QVERIFY(conn);
            for (const char *parent : sql::kMonthlyTables) {
                auto parts = sql::monthPartitions(*conn, QLatin1String(parent));
                QVERIFY(parts && !parts->isEmpty());
                QCOMPARE(parts->first().fromMs, QLatin1String(parent) == QLatin1String("calls") ? callsBefore : tracesBefore);
                QVERIFY2(parts->last().fromMs >= sql::monthStartMs(now + 50 * kDay), "the months ahead are made");
            }
            QVERIFY(!done->droppedPartitions.isEmpty());
        }

        auto again = retention.run(settings, now);
        QVERIFY(again);
        QCOMPARE(again->calls, qint64(0));
        QCOMPARE(again->traces, qint64(0));
        QCOMPARE(again->requests, qint64(0));
        QCOMPARE(rollups(*db), before);

        // the ledger writes on: new ids, and a call of a removed month (a late one) gets its month back
        CallRecord late = calls.back();
        late.requestId = QStringLiteral("late");
        CallRecord fresh = calls.front();
        fresh.requestId = QStringLiteral("fresh");
        write(db, {late, fresh});
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM calls WHERE request_id IN ('late', 'fresh')")), qint64(2));
        if (postgres) // the sequence goes on (SQLite numbers after the largest id left, which may be a removed one's)
            QVERIFY(scalar(*db, QStringLiteral("SELECT min(id) FROM calls WHERE request_id IN ('late', 'fresh')")) > maxId);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM call_traces t JOIN calls c ON c.id = t.call_id WHERE c.request_id = 'late'")), 1);

        // a call removed by hand still leaves the rollups (the delete triggers), its trace with it
        const qint64 attempts = scalar(*db, QStringLiteral("SELECT sum(attempts) FROM calls_daily"));
        QVERIFY(rows(*db, QStringLiteral("DELETE FROM calls WHERE request_id = 'fresh'")).isEmpty());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT sum(attempts) FROM calls_daily")), attempts - 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM call_traces t WHERE NOT EXISTS (SELECT 1 FROM calls c WHERE c.id = t.call_id)")),
                 0);
    }

    void pastBudgetCountersGo_data() { retentionKeepsTheRollups_data(); }

    // Budget counters of periods before the last one go (unless a reservation still names them); the
    // current and the last period stay.
    void pastBudgetCountersGo()
    {
        QFETCH(bool, postgres);
        if (postgres && !m_server->isRunning())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL: ") + m_server->problem()));
        auto db = Database::open(location(postgres));
        QVERIFY(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 today = periodIndexOf(Budget::Period::Daily, now), month = periodIndexOf(Budget::Period::Monthly, now);
        const QString insert = QStringLiteral("INSERT INTO budget_counters (scope, target, period, period_index, spent_nano, reserved_nano) "
                                              "VALUES ('workspace', '', '%1', %2, 5, 0)");
        for (const auto &[period, index] : {std::pair{QStringLiteral("daily"), today}, std::pair{QStringLiteral("daily"), today - 1},
                                            std::pair{QStringLiteral("daily"), today - 5}, std::pair{QStringLiteral("daily"), today - 7},
                                            std::pair{QStringLiteral("monthly"), month}, std::pair{QStringLiteral("monthly"), month - 3}})
            QVERIFY(rows(**db, insert.arg(period).arg(index)).isEmpty());
        QVERIFY(rows(**db,
                     QStringLiteral("INSERT INTO budget_reservations (id, scope, target, period, period_index, amount_nano, lease, expires_at) "
                                    "VALUES ('r', 'workspace', '', 'daily', %1, 1, 'l', %2)")
                         .arg(today - 7)
                         .arg(now))
                    .isEmpty());
        auto pruned = LedgerRetention(*db).pruneCounters(now);
        QVERIFY2(pruned, pruned ? "" : qPrintable(pruned.error().message));
        QCOMPARE(*pruned, qint64(2));
        QCOMPARE(rows(**db, QStringLiteral("SELECT period, period_index FROM budget_counters ORDER BY period, period_index")),
                 (QStringList{QStringLiteral("daily|%1").arg(today - 7), QStringLiteral("daily|%1").arg(today - 1),
                              QStringLiteral("daily|%1").arg(today), QStringLiteral("monthly|%1").arg(month)}));
    }

    void upgradeKeepsEveryRow_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    // A ledger written at schema 21 (PostgreSQL: one calls table) and upgraded to 22: the same rows,
    // ids and traces, the months partitioned, and new ids after the old ones.
    void upgradeKeepsEveryRow()
    {
        QFETCH(bool, postgres);
        if (postgres && !m_server->isRunning())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL: ") + m_server->problem()));
        QTemporaryDir older;
        const QDir shipped(Database::defaultMigrationsDirectory());
        for (const QString &file : shipped.entryList(QDir::Files, QDir::Name)) {
            if (file.left(4).toInt() <= 21)
                QVERIFY(QFile::copy(shipped.filePath(file), older.filePath(file)));
        }
        const QString where = location(postgres);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            auto db = Database::open(where, older.path());
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE(*(*db)->schemaVersion(), 21);
            auto conn = (*db)->connection();
            QVERIFY(conn);
            QSqlQuery q(*conn);
            QVERIFY(conn->transaction());
            for (int i = 0; i < 300; ++i) {
                const qint64 at = now - qint64(i) * kDay / 2; // five months
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO calls(request_id, started_at, day, source, source_key, provider, model, attempt, "
                                               "input_tokens, cost_nusd, latency_ms, ttft_ms, status, error_kind, http_status, unpriced, member) "
                                               "VALUES ('r%1', %2, %3, 'proxy', 'k%4', 'openai', 'gpt', 1, %1, %5, 100, %6, 'ok', '', 200, 0, 'm')")
                                    .arg(i)
                                    .arg(at)
                                    .arg(dayOfMs(at))
                                    .arg(i % 3)
                                    .arg(qint64(i) * 1000)
                                    .arg(i % 2 ? QStringLiteral("NULL") : QString::number(i))),
                         qPrintable(q.lastError().text()));
            }
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO call_traces(call_id, trace) SELECT id, '{\"n\":' || id || '}' FROM calls WHERE id % 2 = 0")),
                     qPrintable(q.lastError().text()));
            QVERIFY(conn->commit());
        }
        const QString callsSql = QStringLiteral("SELECT id, request_id, started_at, day, source, source_key, provider, model, attempt, input_tokens, "
                                                "cost_nusd, latency_ms, ttft_ms, status, http_status, member FROM calls ORDER BY id");
        const QString tracesSql = QStringLiteral(
            "SELECT t.call_id, t.trace, c.started_at FROM call_traces t JOIN calls c ON c.id = t.call_id ORDER BY 1");
        QStringList callsBefore, tracesBefore;
        {
            auto db = Database::open(where, older.path());
            QVERIFY(db);
            callsBefore = rows(**db, callsSql);
            tracesBefore = rows(**db, tracesSql);
        }
        QCOMPARE(callsBefore.size(), 300);
        QCOMPARE(tracesBefore.size(), 150);

        auto db = Database::open(where);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(*(*db)->schemaVersion(), (*db)->latestVersion());
        QCOMPARE(rows(**db, callsSql), callsBefore);
        QCOMPARE(rows(**db, tracesSql), tracesBefore);
        if (postgres) {
            auto conn = (*db)->connection();
            auto parts = sql::monthPartitions(*conn, QStringLiteral("calls"));
            QVERIFY(parts);
            QVERIFY2(parts->size() >= 6, "five months back and the next one");
            QCOMPARE(parts->first().fromMs, sql::monthStartMs(now - 299 * kDay / 2));
            QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM ONLY calls")), 0); // every row is in a month's partition
        }
        const qint64 maxId = scalar(**db, QStringLiteral("SELECT max(id) FROM calls"));
        CallRecord c = traffic(now).front();
        write(*db, {c});
        QCOMPARE(scalar(**db, QStringLiteral("SELECT id FROM calls WHERE request_id = '%1'").arg(c.requestId)), maxId + 1);
    }
};

QTEST_GUILESS_MAIN(TestLedgerRetention)
#include "tst_ledgerretention.moc"
