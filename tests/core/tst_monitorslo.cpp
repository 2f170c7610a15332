#include "engine/engine.h"
#include "monitor/config.h"
#include "monitor/evaluator.h"
#include "monitor/routinghistory.h"
#include "monitor/service.h"
#include "monitorfixture.h"
#include "postgresfixture.h"
#include "sqlfixture.h"
#include "usage/ledger.h"
#include "usage/ledgerwriter.h"
#include "usage/monitorrollups.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <random>

using namespace sb;
using namespace sb::monitor;
using sb::testing::monitoringConfig;
using sb::testing::scalar;
using sb::testing::singleQuotedJson;
using usage::CallRecord;
using usage::kMsPerDay;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;
// 2025-03-30 12:00 UTC
constexpr qint64 kT0 = 20'177LL * kMsPerDay + 12 * kHour;

CallRecord sonnet(const QString &id, qint64 at, qint64 ttft)
{
    CallRecord c = testing::okCall(id, at, QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), ttft, 3 * ttft, 0.001);
    c.route = QStringLiteral("smart");
    return c;
}

CallRecord failed(CallRecord c, protocol::ApiError::Kind kind)
{
    c.setError(protocol::ApiError::make(kind, QStringLiteral("failed"), 500));
    c.ttftMs.reset();
    c.costUsd = 0;
    return c;
}

} // namespace

// SLOs and threshold monitors on generated ledgers with known answers: the configuration's checks, the
// burn-rate alerts around an injected latency regression, each monitor kind, cooldown, mute, and the
// service that evaluates on a timer.
class TestMonitorSlo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::shared_ptr<Database> openDatabase() { return testing::openTestDatabase(m_dir, QStringLiteral("slo-%1.sqlite").arg(++m_n)); }
    // Records calls generated minute by minute over [fromMs, toMs): `perMinute(minute start, ledger)`.
    static void generate(const std::shared_ptr<Database> &db, qint64 fromMs, qint64 toMs,
                         const std::function<void(qint64, usage::Ledger &)> &perMinute)
    {
        usage::Ledger ledger(db);
        for (qint64 t = fromMs; t < toMs; t += kMinute)
            perMinute(t, ledger);
        QVERIFY(ledger.flush());
    }

    // Two evaluations give the same statuses (`b`'s with calls in every SLO's window when `windowsHaveCalls`).
    static void sameStatuses(const Evaluation &e, const Evaluation &read, bool windowsHaveCalls = false)
    {
        QCOMPARE(read.slos.size(), e.slos.size());
        for (qsizetype i = 0; i < e.slos.size(); ++i) {
            const SloStatus &a = e.slos.at(i);
            const SloStatus &b = read.slos.at(i);
            QVERIFY2(!windowsHaveCalls || b.valid > 0, qPrintable(b.slo.name));
            QCOMPARE(a.good, b.good);
            QCOMPARE(a.valid, b.valid);
            QCOMPARE(a.budgetRemaining, b.budgetRemaining);
            for (const auto &[x, y] :
                 {std::pair{a.burn5m, b.burn5m}, std::pair{a.burn30m, b.burn30m}, std::pair{a.burn1h, b.burn1h}, std::pair{a.burn6h, b.burn6h}}) {
                QCOMPARE(x.valid, y.valid);
                QCOMPARE(x.bad, y.bad);
            }
        }
        QCOMPARE(read.monitors.size(), e.monitors.size());
        for (qsizetype i = 0; i < e.monitors.size(); ++i) {
            QCOMPARE(e.monitors.at(i).samples, read.monitors.at(i).samples);
            QCOMPARE(e.monitors.at(i).value, read.monitors.at(i).value);
        }
    }

    // What an evaluator that follows the writers keeps equals what a fresh one reads.
    static void sameAsARead(const std::shared_ptr<Database> &db, const MonitoringConfig &c, const Evaluation &e)
    {
        Evaluator fresh(db, QStringLiteral("fresh"), false);
        auto read = fresh.evaluate(c, e.at);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        sameStatuses(e, *read);
    }

    // Another process's batch: written through a rollup writer of its own, not told to the evaluator.
    static void writeAsAnotherProcess(const std::shared_ptr<Database> &db, const QList<CallRecord> &calls)
    {
        std::deque<usage::detail::LedgerRow> batch;
        for (const CallRecord &c : calls)
            batch.push_back({c, {}});
        auto conn = db->connection();
        QVERIFY(conn);
        usage::detail::MonitorRollupWriter other;
        QVERIFY(conn->transaction());
        QVERIFY(other.write(*conn, batch));
        QVERIFY(conn->commit());
        other.release();
    }

    // As in a ledger upgraded to 0024 before its backfill reached the last hours: the all-calls minute
    // totals do not hold every call of them.
    static void hideMinuteTotals(const std::shared_ptr<Database> &db)
    {
        auto conn = db->connection();
        QVERIFY(conn);
        QSqlQuery q(*conn);
        QVERIFY(q.exec(QStringLiteral("UPDATE monitor_totals_start SET t = 9000000000000000 WHERE resolution = 'monitor_minute_all'")));
    }

    // Follows a ledger writer in this process for 30 minutes (a regression in the middle, late calls
    // each minute) without reading the minutes again, and sees what another process wrote: it reads
    // the minutes whose all-calls totals differ from what it holds again (without those totals, the
    // last 10 minutes and the hours that got late calls).
    static void followAndSeeOthers(const std::shared_ptr<Database> &db, bool minuteTotals = true)
    {
        const MonitoringConfig c = monitoringConfig(
            "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99},"
            "{'name':'smart','route':'smart','kind':'availability','objective':99.5}],"
            "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5}]}");
        generate(db, kT0 - kHour, kT0, [](qint64 t, usage::Ledger &ledger) {
            for (int k = 0; k < 20; ++k)
                ledger.record(sonnet(QStringLiteral("h%1-%2").arg(t).arg(k), t + k * 2000, 500));
        });
        Evaluator live(db, QStringLiteral("serve"));
        QVERIFY(live.evaluate(c, kT0 - 1));
        qint64 samples = 0; // the error monitor's at the end
        {
            usage::Ledger ledger(db);
            for (int m = 0; m < 30; ++m) {
                const qint64 t = kT0 + m * kMinute;
                const bool slow = m >= 10 && m < 20;
                for (int k = 0; k < 20; ++k)
                    ledger.record(sonnet(QStringLiteral("c%1-%2").arg(t).arg(k), t + k * 2000, slow ? 4000 : 500));
                // a call that started 3 minutes ago and failed
                ledger.record(failed(sonnet(QStringLiteral("late%1").arg(t), t - 3 * kMinute + 7, 100), protocol::ApiError::Kind::Server));
                QVERIFY(ledger.flush());
                auto e = live.evaluate(c, t + 59'999);
                QVERIFY2(e, e ? "" : qPrintable(e.error().message));
                sameAsARead(db, c, *e);
                if (QTest::currentTestFailed())
                    return;
                samples = e->monitors.first().samples;
                if (m == 19) // 10 slow minutes of the last hour: 16.7 % bad, a burn of 16.7 over 13.44
                    QCOMPARE(e->slos.first().fast, RuleDisplay::Firing);
            }
        }
        QCOMPARE(live.stats().scopesRead, 3);
        QCOMPARE(live.stats().rereads, 0);
        QCOMPARE(live.stats().othersSeen, 0);
        QCOMPARE(live.stats().rowsFollowed, 30 * 2); // a minute's ok calls, and a late failure
        // another process writes 50 failed calls: only the database has them
        {
            QList<CallRecord> calls;
            for (int k = 0; k < 50; ++k)
                calls.append(failed(sonnet(QStringLiteral("o%1").arg(k), kT0 + 29 * kMinute + k, 100), protocol::ApiError::Kind::Server));
            writeAsAnotherProcess(db, calls);
        }
        if (!minuteTotals)
            hideMinuteTotals(db);
        auto e = live.evaluate(c, kT0 + 29 * kMinute + 59'999);
        QVERIFY(e);
        QCOMPARE(live.stats().othersSeen, 1);
        QCOMPARE(live.stats().rereads, 1);
        QCOMPARE(live.stats().minutesReread, minuteTotals ? 1 : 10); // the minute it wrote to, or the last 10
        QCOMPARE(e->monitors.first().samples, samples + 50);
        sameAsARead(db, c, *e);
        // nothing new: nothing read
        QVERIFY(live.evaluate(c, kT0 + 30 * kMinute + 59'999));
        QCOMPARE(live.stats().othersSeen, 1);
        QCOMPARE(live.stats().rereads, 1);
        QCOMPARE(live.stats().lateRereads, 0);
        // another process writes failed calls late: 25 minutes (this hour) and 50 minutes (the hour
        // before), beyond the last 10 minutes that are read again; found all the same, up to 2 h late
        {
            QList<CallRecord> calls;
            for (int k = 0; k < 3; ++k)
                calls.append(failed(sonnet(QStringLiteral("late-a%1").arg(k), kT0 + 6 * kMinute + k, 100), protocol::ApiError::Kind::Server));
            for (int k = 0; k < 4; ++k)
                calls.append(failed(sonnet(QStringLiteral("late-b%1").arg(k), kT0 - 19 * kMinute + k, 100), protocol::ApiError::Kind::Server));
            writeAsAnotherProcess(db, calls);
        }
        e = live.evaluate(c, kT0 + 31 * kMinute + 59'999);
        QVERIFY(e);
        QCOMPARE(live.stats().othersSeen, 2);
        if (minuteTotals) {
            QCOMPARE(live.stats().lateRereads, 0);
            QCOMPARE(live.stats().minutesReread, 1 + 2); // the two minutes it wrote to
        } else {
            QCOMPARE(live.stats().lateRereads, 2); // this hour's minutes before the last 10, and the hour before
        }
        sameAsARead(db, c, *e);
        const Evaluator::Stats before = live.stats();
        QVERIFY(live.evaluate(c, kT0 + 32 * kMinute + 59'999));
        QCOMPARE(live.stats().othersSeen, 2);
        QCOMPARE(live.stats().lateRereads, before.lateRereads);
        QCOMPARE(live.stats().minutesReread, before.minutesReread);
    }

    // Calls of every kind in a minute from t: two models, with and without the route, from two proxy
    // keys and the playground, ok, slow and failed.
    static QList<CallRecord> mixedCalls(const QString &prefix, qint64 t, int n)
    {
        QList<CallRecord> out;
        for (int k = 0; k < n; ++k) {
            const QString id = QStringLiteral("%1-%2-%3").arg(prefix).arg(t).arg(k);
            CallRecord call = k % 2 ? sonnet(id, t + k * 1000, k % 3 ? 500 : 2500)
                                    : testing::okCall(id, t + k * 1000, QStringLiteral("openai"), QStringLiteral("gpt-5"), 300, 900, 0.002);
            call.route = k % 3 == 0 ? QString() : QStringLiteral("smart");
            if (k % 4 < 2) {
                call.source = usage::Source::Proxy;
                call.sourceKey = QStringLiteral("key-%1").arg(k % 2);
            }
            out.append(k % 5 == 0 ? failed(call, protocol::ApiError::Kind::Server) : call);
        }
        return out;
    }

    // The hour before kT0: `perMinute` mixed calls a minute (mixedCalls).
    static void generateMixedHour(const std::shared_ptr<Database> &db, int perMinute = 8)
    {
        generate(db, kT0 - kHour, kT0, [perMinute](qint64 t, usage::Ledger &ledger) {
            for (const CallRecord &call : mixedCalls(QStringLiteral("h"), t, perMinute))
                ledger.record(call);
        });
    }

    // Runs `test` on a database of a PostgreSQL server of its own (skipped without PostgreSQL, failed
    // when SB_REQUIRE_POSTGRES is set).
    static void onPostgres(const QString &name, void (*test)(const std::shared_ptr<Database> &))
    {
        testing::PostgresServer server;
        SB_REQUIRE_OR_SKIP_POSTGRES(server);
        auto pg = Database::open(server.createDatabase(name));
        QVERIFY2(pg, pg ? "" : qPrintable(pg.error().message));
        test(*pg);
    }

    // A batch of this process committed before a read and told after it (a ledger writer tells right
    // after its commit: a read may come in between) counts once in every scope that read it: the read
    // notes the attempts of each minute row it saw, and told rows that those hold are not added again.
    // A row told with a later batch too (partly in the read) has its scopes read whole again. After a
    // reread beside another process, and after a cold read.
    static void toldAfterTheRead(const std::shared_ptr<Database> &db)
    {
        const MonitoringConfig c = monitoringConfig(
            "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99},"
            "{'name':'gpt','model':'openai/gpt-5','kind':'availability','objective':99},"
            "{'name':'smart','route':'smart','kind':'availability','objective':99.5}],"
            "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5},"
            "{'name':'key','kind':'error_rate','proxyKey':'key-1','thresholdPercent':20,'windowMinutes':30}]}");
        generateMixedHour(db);
        Evaluator live(db, QStringLiteral("serve"));
        QVERIFY(live.evaluate(c, kT0 - 1));
        auto conn = db->connection();
        QVERIFY(conn);
        usage::detail::MonitorRollupWriter mine; // this process's writer: tells the evaluators at committed()
        const auto commit = [&](const QList<CallRecord> &calls) {
            std::deque<usage::detail::LedgerRow> batch;
            for (const CallRecord &call : calls)
                batch.push_back({call, {}});
            QVERIFY(conn->transaction());
            QVERIFY(mine.write(*conn, batch));
            QVERIFY(conn->commit());
        };
        const auto evaluate = [&](Evaluator &e, qint64 at) {
            auto read = e.evaluate(c, at);
            QVERIFY2(read, read ? "" : qPrintable(read.error().message));
            sameAsARead(db, c, *read);
        };
        // beside another process: the minute is read again, with this process's batch not told yet
        commit(mixedCalls(QStringLiteral("a"), kT0, 12));
        writeAsAnotherProcess(db, mixedCalls(QStringLiteral("o"), kT0 + 30'000, 5));
        evaluate(live, kT0 + 59'999);
        QCOMPARE(live.stats().rereads, 1);
        mine.committed();
        evaluate(live, kT0 + 59'999);
        QCOMPARE(live.stats().othersSeen, 1);
        QCOMPARE(live.stats().scopesRead, 5);
        if (QTest::currentTestFailed())
            return;
        // cold: an evaluator that starts now reads the batch, then is told it
        commit(mixedCalls(QStringLiteral("b"), kT0 + kMinute, 12));
        Evaluator cold(db, QStringLiteral("cold"));
        evaluate(cold, kT0 + kMinute + 59'999);
        mine.committed();
        evaluate(cold, kT0 + kMinute + 59'999);
        QCOMPARE(cold.stats().scopesRead, 5);
        evaluate(live, kT0 + kMinute + 59'999); // told, never read
        QCOMPARE(live.stats().othersSeen, 1);
        if (QTest::currentTestFailed())
            return;
        // partly in the read: one batch read and told, then told together with the next one
        commit(mixedCalls(QStringLiteral("c"), kT0 + 2 * kMinute, 12));
        writeAsAnotherProcess(db, mixedCalls(QStringLiteral("p"), kT0 + 2 * kMinute + 30'000, 3));
        evaluate(live, kT0 + 2 * kMinute + 59'999);
        QCOMPARE(live.stats().rereads, 2);
        mine.committed();
        commit(mixedCalls(QStringLiteral("d"), kT0 + 2 * kMinute + 20'000, 12));
        mine.committed();
        evaluate(live, kT0 + 2 * kMinute + 59'999);
        QCOMPARE(live.stats().scopesRead, 5 + 5); // read whole again
        mine.release();
    }

    // Told nothing (Evaluator::setTold(false)): what this process's ledger writes is read from the
    // database as another process's calls are, the minute whose all-calls totals differ each time.
    static void followUntold(const std::shared_ptr<Database> &db)
    {
        const MonitoringConfig c = monitoringConfig(
            "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99},"
            "{'name':'gpt','model':'openai/gpt-5','kind':'availability','objective':99}],"
            "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5},"
            "{'name':'key','kind':'error_rate','proxyKey':'key-1','thresholdPercent':20,'windowMinutes':30}]}");
        generateMixedHour(db);
        Evaluator live(db, QStringLiteral("serve"));
        live.setTold(false);
        QVERIFY(live.evaluate(c, kT0 - 1));
        usage::Ledger ledger(db);
        for (int m = 0; m < 3; ++m) {
            const qint64 t = kT0 + m * kMinute;
            for (const CallRecord &call : mixedCalls(QStringLiteral("c"), t, 10))
                ledger.record(call);
            QVERIFY(ledger.flush());
            auto e = live.evaluate(c, t + 59'999);
            QVERIFY2(e, e ? "" : qPrintable(e.error().message));
            // the last 5 minutes: 8 calls in each before kT0, 10 from kT0 on (none cancelled)
            QCOMPARE(e->monitors.first().samples, (4 - m) * 8 + (m + 1) * 10);
            sameAsARead(db, c, *e);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(live.stats().rowsFollowed, 0);
        QCOMPARE(live.stats().othersSeen, 3);
        QCOMPARE(live.stats().minutesReread, 3); // the minute written to, each time
    }

private Q_SLOTS:
    // The key test: 20 calls a minute with first tokens in 500 ms; from kT0 for 40 minutes every first
    // token takes 4 s. The SLO (99 % within 2 s) fires its fast alert once the last hour and the last 5
    // minutes burn faster than 13.44 (9 minutes in: 9/60 bad = 15x), its slow one once the last 6 hours
    // and 30 minutes burn faster than 5.6 (21 minutes in), and both resolve after the regression: the
    // fast one when the 5-minute window is clean, the slow one when the 30-minute window is under 5.6.
    void aLatencyRegressionFiresTheBurnRateAlertsAndTheyResolve()
    {
        auto db = openDatabase();
        const qint64 regressionEnd = kT0 + 40 * kMinute;
        generate(db, kT0 - 8 * kHour, kT0 + 3 * kHour, [&](qint64 t, usage::Ledger &ledger) {
            const bool slow = t >= kT0 && t < regressionEnd;
            for (int k = 0; k < 20; ++k)
                ledger.record(sonnet(QStringLiteral("c%1-%2").arg(t).arg(k), t + k * 2000, slow ? 4000 : 500));
        });
        const MonitoringConfig c = monitoringConfig(
            "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99}]}");
        Evaluator evaluator(db, QStringLiteral("serve"));
        std::optional<qint64> fastFired, fastResolved, slowFired, slowResolved;
        int raisedCount = 0, resolvedCount = 0;
        for (qint64 now = kT0 - 2 * kHour; now <= kT0 + 3 * kHour; now += kMinute) {
            auto e = evaluator.evaluate(c, now + 59'999); // at the end of each minute
            QVERIFY2(e, e ? "" : qPrintable(e.error().message));
            for (const Alert &a : std::as_const(e->raised)) {
                ++raisedCount;
                (a.rule.endsWith(QLatin1String(":fast")) ? fastFired : slowFired) = now;
                QCOMPARE(a.kind, a.rule.endsWith(QLatin1String(":fast")) ? QStringLiteral("slo_fast_burn") : QStringLiteral("slo_slow_burn"));
                QVERIFY2(a.message.contains(QLatin1String("error budget burning")), qPrintable(a.message));
            }
            for (const Alert &a : std::as_const(e->resolved)) {
                ++resolvedCount;
                (a.rule.endsWith(QLatin1String(":fast")) ? fastResolved : slowResolved) = now;
            }
            const SloStatus &s = e->slos.first();
            if ((now - kT0) % (30 * kMinute) == 0) { // what it kept between evaluations equals a fresh read
                Evaluator cold(db, QStringLiteral("cold"));
                const SloStatus fresh = cold.sloStatuses(c.slos, now + 59'999)->first();
                QCOMPARE(fresh.burn5m.rate, s.burn5m.rate);
                QCOMPARE(fresh.burn6h.valid, s.burn6h.valid);
                QCOMPARE(fresh.burn6h.bad, s.burn6h.bad);
                QCOMPARE(fresh.valid, s.valid);
                QCOMPARE(fresh.good, s.good);
            }
            if (now < kT0) {
                QCOMPARE(s.display(), RuleDisplay::Resolved);
                QVERIFY(s.burn1h.rate && *s.burn1h.rate == 0);
            }
            if (now == kT0 + 20 * kMinute) { // 21 of the last 60 minutes bad
                QCOMPARE(s.fast, RuleDisplay::Firing);
                QVERIFY(qAbs(*s.burn1h.rate - 21.0 / 60.0 / 0.01) < 1e-9);
                QCOMPARE(*s.burn5m.rate, 100.0);
                QVERIFY(s.budgetRemaining && *s.budgetRemaining < 1.0);
            }
        }
        QCOMPARE(raisedCount, 2);
        QCOMPARE(resolvedCount, 2);
        QVERIFY(fastFired && slowFired && fastResolved && slowResolved);
        QCOMPARE(*fastFired, kT0 + 8 * kMinute); // the 9th bad minute: 9/60/0.01 = 15 > 13.44
        QCOMPARE(*slowFired, kT0 + 20 * kMinute); // the 21st: 21/360/0.01 = 5.83 > 5.6
        QCOMPARE(*fastResolved, regressionEnd + 4 * kMinute); // the last 5 minutes clean (the 5th is the one evaluated)
        QVERIFY2(*slowResolved > regressionEnd && *slowResolved <= regressionEnd + 30 * kMinute,
                 qPrintable(QString::number((*slowResolved - regressionEnd) / kMinute)));
        // the history: both alerts, resolved, with their times
        auto history = evaluator.store().history(10);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        for (const Alert &a : std::as_const(*history)) {
            QCOMPARE(a.state, Alert::State::Resolved);
            QCOMPARE(a.origin, QStringLiteral("serve"));
            QVERIFY(a.resolvedAt && *a.resolvedAt > a.startedAt);
            QCOMPARE(a.scope, QStringLiteral("anthropic/claude-sonnet-4-5"));
        }
        // 40 of 11 hours' minutes bad, all of them within the 28 days: 1 - (800 / 13200) / 0.01 budget left
        auto statuses = evaluator.sloStatuses(c.slos, kT0 + 3 * kHour);
        QVERIFY(statuses);
        QVERIFY(qAbs(*statuses->first().budgetRemaining - (1.0 - (800.0 / 13200.0) / 0.01)) < 1e-9);
        QVERIFY(qAbs(*statuses->first().sli - 12400.0 / 13200.0) < 1e-9);
    }

    // A route's availability counts dispatches: failovers that succeeded spend none of its budget, while
    // the model that failed burns its own.
    void availabilityOfARouteAndOfAModel()
    {
        auto db = openDatabase();
        generate(db, kT0 - kHour, kT0 + 10 * kMinute, [](qint64 t, usage::Ledger &ledger) {
            for (int k = 0; k < 10; ++k) {
                const QString id = QStringLiteral("r%1-%2").arg(t).arg(k);
                if (t >= kT0 - 10 * kMinute && k < 5) { // for 20 minutes half of them fail over to openai
                    ledger.record(failed(sonnet(id, t + k, 100), protocol::ApiError::Kind::Overloaded));
                    CallRecord answer = testing::okCall(id, t + k + 1, QStringLiteral("openai"), QStringLiteral("gpt-4o"), 100, 300, 0.001);
                    answer.route = QStringLiteral("smart");
                    answer.attempt = 2;
                    ledger.record(answer);
                } else {
                    ledger.record(sonnet(id, t + k, 100));
                }
            }
        });
        const MonitoringConfig c = monitoringConfig("{'slos':[{'name':'route','route':'smart','kind':'availability','objective':99},"
                                                    "{'name':'model','model':'anthropic/claude-sonnet-4-5','kind':'availability','objective':99}]}");
        Evaluator evaluator(db, QStringLiteral("app"));
        auto e = evaluator.evaluate(c, kT0 + 10 * kMinute - 1);
        QVERIFY(e);
        QCOMPARE(*e->slos[0].sli, 1.0);
        QCOMPARE(e->slos[0].display(), RuleDisplay::Resolved);
        QCOMPARE(*e->slos[1].burn5m.rate, 50.0); // half of the attempts failed: 0.5 / 0.01
        QCOMPARE(e->slos[1].fast, RuleDisplay::Firing);
        QCOMPARE(e->raised.size(), 2); // the model's fast and slow alerts
    }

    void thresholdMonitors_data()
    {
        QTest::addColumn<QString>("monitor");
        QTest::addColumn<int>("scenario");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<double>("value");
        // scenario 0: 100 calls a minute for 2 hours, 10 % failing in the last 15 minutes
        QTest::newRow("error rate above") << "{'name':'m','kind':'error_rate','thresholdPercent':5}" << 0 << true << 150.0 / 1500.0;
        QTest::newRow("error rate below") << "{'name':'m','kind':'error_rate','thresholdPercent':20}" << 0 << false << 150.0 / 1500.0;
        QTest::newRow("error rate, other model") << "{'name':'m','kind':'error_rate','model':'openai/gpt-4o','thresholdPercent':5}" << 0 << false
                                                 << -1.0;
        // scenario 1: 2 calls a minute, all failing: too few samples
        QTest::newRow("error rate, few samples") << "{'name':'m','kind':'error_rate','thresholdPercent':5,'minSamples':40}" << 1 << false << 1.0;
        QTest::newRow("error rate, enough samples") << "{'name':'m','kind':'error_rate','thresholdPercent':5,'minSamples':30}" << 1 << true << 1.0;
        // scenario 2: a day of first tokens in 100 ms, the last 15 minutes in 300 ms
        QTest::newRow("spike") << "{'name':'m','kind':'latency_spike','factor':2}" << 2 << true << 3.0;
        QTest::newRow("no spike") << "{'name':'m','kind':'latency_spike','factor':3.5}" << 2 << false << 3.0;
        QTest::newRow("spike of the total latency") << "{'name':'m','kind':'latency_spike','metric':'latency','factor':2.5}" << 2 << true << 3.0;
        // scenario 0 costs $0.001 an ok call: 6000 calls in the last hour, 150 of them failed (free)
        QTest::newRow("cost per hour above") << "{'name':'m','kind':'cost_per_hour','thresholdUsd':5}" << 0 << true << 5.85;
        QTest::newRow("cost per hour below") << "{'name':'m','kind':'cost_per_hour','thresholdUsd':7}" << 0 << false << 5.85;
        // scenario 3: calls until 7 hours ago
        QTest::newRow("no traffic") << "{'name':'m','kind':'no_traffic','hours':6}" << 3 << true << 6.0;
        QTest::newRow("traffic within the hours") << "{'name':'m','kind':'no_traffic','hours':8}" << 3 << false << -1.0;
        QTest::newRow("never had traffic") << "{'name':'m','kind':'no_traffic','model':'openai/gpt-4o','hours':6}" << 3 << false << -1.0;
    }
    void thresholdMonitors()
    {
        QFETCH(QString, monitor);
        QFETCH(int, scenario);
        QFETCH(bool, fires);
        QFETCH(double, value);
        auto db = openDatabase();
        const qint64 now = kT0 - 1;
        switch (scenario) {
        case 0:
            generate(db, kT0 - 2 * kHour, kT0, [](qint64 t, usage::Ledger &ledger) {
                for (int k = 0; k < 100; ++k) {
                    CallRecord c = sonnet(QStringLiteral("%1-%2").arg(t).arg(k), t + k, 100);
                    ledger.record(t >= kT0 - 15 * kMinute && k < 10 ? failed(c, protocol::ApiError::Kind::Server) : c);
                }
            });
            break;
        case 1:
            generate(db, kT0 - kHour, kT0, [](qint64 t, usage::Ledger &ledger) {
                for (int k = 0; k < 2; ++k)
                    ledger.record(failed(sonnet(QStringLiteral("%1-%2").arg(t).arg(k), t + k, 100), protocol::ApiError::Kind::Timeout));
            });
            break;
        case 2:
            generate(db, kT0 - 24 * kHour, kT0, [](qint64 t, usage::Ledger &ledger) {
                ledger.record(sonnet(QString::number(t), t, t >= kT0 - 15 * kMinute ? 300 : 100));
                ledger.record(sonnet(QString::number(t) + QLatin1Char('b'), t + 1, t >= kT0 - 15 * kMinute ? 300 : 100));
            });
            break;
        default:
            generate(db, kT0 - 12 * kHour, kT0 - 7 * kHour,
                     [](qint64 t, usage::Ledger &ledger) { ledger.record(sonnet(QString::number(t), t, 100)); });
            break;
        }
        const QByteArray text = "{'monitors':[" + monitor.toUtf8() + "]}";
        Evaluator evaluator(db, QStringLiteral("app"));
        auto e = evaluator.evaluate(monitoringConfig(text.constData()), now);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        const MonitorStatus &s = e->monitors.first();
        QCOMPARE(s.condition, fires);
        QCOMPARE(s.display, fires ? RuleDisplay::Firing : RuleDisplay::Resolved);
        QCOMPARE(e->raised.size(), fires ? 1 : 0);
        if (value >= 0) {
            QVERIFY(s.value);
            QVERIFY2(qAbs(*s.value - value) < 1e-9, qPrintable(QString::number(*s.value)));
        }
        if (fires)
            QCOMPARE(e->raised.first().kind, kindName(s.monitor.kind));
    }

    // After a resolution the same monitor does not fire again within its cooldown; muted, its alerts are
    // recorded and not told until the mute ends; a monitor taken out of the configuration resolves.
    void cooldownMuteAndRemoval()
    {
        auto db = openDatabase();
        // errors in minutes [0, 10) and [20, 30) and [60, 70) after kT0, ok calls otherwise
        generate(db, kT0, kT0 + 2 * kHour, [](qint64 t, usage::Ledger &ledger) {
            const qint64 m = (t - kT0) / kMinute;
            const bool bad = m < 10 || (m >= 20 && m < 30) || (m >= 60 && m < 70);
            for (int k = 0; k < 10; ++k) {
                CallRecord c = sonnet(QStringLiteral("%1-%2").arg(t).arg(k), t + k, 100);
                ledger.record(bad ? failed(c, protocol::ApiError::Kind::Server) : c);
            }
        });
        const MonitoringConfig c = monitoringConfig(
            "{'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':50,'windowMinutes':1,'minSamples':5,'cooldownMinutes':30}]}");
        Evaluator evaluator(db, QStringLiteral("app"));
        QStringList events;
        const auto at = [&](qint64 minute, const MonitoringConfig &config) {
            auto e = evaluator.evaluate(config, kT0 + minute * kMinute + 59'999);
            if (!e)
                qFatal("%s", qPrintable(e.error().message));
            for (qsizetype i = 0; i < e->raised.size(); ++i)
                events << QStringLiteral("%1 raised").arg(minute);
            for (qsizetype i = 0; i < e->resolved.size(); ++i)
                events << QStringLiteral("%1 resolved").arg(minute);
            return e->monitors.isEmpty() ? RuleDisplay::Resolved : e->monitors.first().display;
        };
        QCOMPARE(at(0, c), RuleDisplay::Firing);
        QCOMPARE(at(10, c), RuleDisplay::Resolved);
        QCOMPARE(at(20, c), RuleDisplay::Resolved); // in its cooldown (until minute 40)
        QCOMPARE(at(30, c), RuleDisplay::Resolved);
        QCOMPARE(events, QStringList({QStringLiteral("0 raised"), QStringLiteral("10 resolved")}));
        // muted until minute 65: fires unseen at 60, told at 65 while it still fires
        QVERIFY(evaluator.store().mute(QStringLiteral("errors"), kT0 + 65 * kMinute));
        QCOMPARE(at(60, c), RuleDisplay::Muted);
        QCOMPARE(events.size(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_alerts WHERE muted = 1")), 1);
        QCOMPARE(at(65, c), RuleDisplay::Firing);
        QCOMPARE(events.last(), QStringLiteral("65 raised"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_alerts WHERE muted = 1")), 0);
        // taken out of the configuration while firing: resolved
        QCOMPARE(at(66, MonitoringConfig{}), RuleDisplay::Resolved);
        QCOMPARE(events.last(), QStringLiteral("66 resolved"));
        auto history = evaluator.store().history(10);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QVERIFY(history->first().message.contains(QLatin1String("removed")));
        // another origin keeps its own state
        Evaluator other(db, QStringLiteral("serve"));
        QCOMPARE(other.store().history(10)->size(), 0);
    }

    // The evaluator reads the last 10 minutes again each time: calls written late (they land in the
    // minute they started) still count.
    void lateCallsCount()
    {
        auto db = openDatabase();
        generate(db, kT0 - 30 * kMinute, kT0, [](qint64 t, usage::Ledger &ledger) {
            for (int k = 0; k < 10; ++k)
                ledger.record(sonnet(QStringLiteral("%1-%2").arg(t).arg(k), t + k, 100));
        });
        const MonitoringConfig c = monitoringConfig("{'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':10,'windowMinutes':15}]}");
        Evaluator evaluator(db, QStringLiteral("app"));
        auto before = evaluator.evaluate(c, kT0);
        QVERIFY(before);
        QCOMPARE(before->monitors.first().samples, 140); // the 15 minutes end with the one just begun
        QCOMPARE(*before->monitors.first().value, 0.0);
        // 40 failed calls that started 5 minutes ago, written now
        generate(db, kT0 - 5 * kMinute, kT0 - 4 * kMinute, [](qint64 t, usage::Ledger &ledger) {
            for (int k = 0; k < 40; ++k)
                ledger.record(failed(sonnet(QStringLiteral("late-%1").arg(k), t + k, 100), protocol::ApiError::Kind::Timeout));
        });
        auto after = evaluator.evaluate(c, kT0 + 1000);
        QVERIFY(after);
        QCOMPARE(after->monitors.first().samples, 180);
        QCOMPARE(*after->monitors.first().value, 40.0 / 180.0);
        QCOMPARE(after->monitors.first().display, RuleDisplay::Firing);
    }

    // The evaluator follows the ledger writers of its process instead of reading the minutes again
    // (bench/monitor: the cost at 1,000 calls/s), and reads them when someone else wrote.
    void followsItsWritersAndSeesOthers() { followAndSeeOthers(openDatabase()); }
    void followsItsWritersAndSeesOthersWithoutMinuteTotals() { followAndSeeOthers(openDatabase(), false); }

    // Beside another process that writes now and then, to this minute and up to 100 minutes late: the
    // minutes read again (those whose all-calls totals differ) leave the evaluator where a full read
    // of every window is, minute after minute, and they are far fewer than the last 10 each time.
    void partialRereadsEqualAFullRead()
    {
        auto db = openDatabase();
        const MonitoringConfig c = monitoringConfig(
            "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99},"
            "{'name':'smart','route':'smart','kind':'availability','objective':99.5}],"
            "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5},"
            "{'name':'spike','kind':'latency_spike','factor':3,'baselineHours':1,'windowMinutes':5}]}");
        generate(db, kT0 - 3 * kHour, kT0, [](qint64 t, usage::Ledger &ledger) {
            for (int k = 0; k < 10; ++k)
                ledger.record(sonnet(QStringLiteral("h%1-%2").arg(t).arg(k), t + k * 5000, 500));
        });
        Evaluator live(db, QStringLiteral("serve"));
        QVERIFY(live.evaluate(c, kT0 - 1));
        std::mt19937_64 rng(2019);
        const auto uniform = [&rng](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
        usage::Ledger ledger(db);
        int othersWrote = 0;
        for (int m = 0; m < 40; ++m) {
            const qint64 t = kT0 + m * kMinute;
            for (int k = 0; k < 10; ++k)
                ledger.record(sonnet(QStringLiteral("c%1-%2").arg(t).arg(k), t + k * 5000, uniform(0, 9) == 0 ? 4000 : 500));
            QVERIFY(ledger.flush());
            if (uniform(0, 2) > 0) {
                QList<CallRecord> calls;
                for (int k = int(uniform(1, 6)); k > 0; --k) {
                    const qint64 at = t + uniform(0, 59'999) - (uniform(0, 1) ? uniform(0, 100) * kMinute : 0);
                    CallRecord call = sonnet(QStringLiteral("o%1-%2").arg(m).arg(k), at, uniform(0, 1) ? 500 : 4000);
                    calls.append(uniform(0, 2) == 0 ? failed(call, protocol::ApiError::Kind::Server) : call);
                }
                writeAsAnotherProcess(db, calls);
                ++othersWrote;
            }
            auto e = live.evaluate(c, t + 59'999);
            QVERIFY2(e, e ? "" : qPrintable(e.error().message));
            sameAsARead(db, c, *e);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(othersWrote > 15);
        QCOMPARE(live.stats().othersSeen, othersWrote);
        QCOMPARE(live.stats().lateRereads, 0);
        // the minutes it wrote to (a batch's calls fall in up to 6 minutes), not 10 each time
        QVERIFY2(live.stats().minutesReread <= 6 * othersWrote,
                 qPrintable(QStringLiteral("%1 minutes read again for %2 writes").arg(live.stats().minutesReread).arg(othersWrote)));
        QCOMPARE(live.stats().scopesRead, 3); // the model's, the route's, all calls
    }

    void aBatchToldAfterAReadThatHoldsItCountsOnce() { toldAfterTheRead(openDatabase()); }
    void aBatchToldAfterAReadThatHoldsItCountsOnceOnPostgres() { onPostgres(QStringLiteral("told"), toldAfterTheRead); }

    // A scope read whole (new to the configuration) in an evaluation that also finds another process's
    // writes: a batch of this process in that read but told only after the evaluation counts once.
    void aScopeReadWholeBesideOthersCountsABatchToldAfterOnce()
    {
        const auto db = openDatabase();
        const char *slos = "{'slos':[{'name':'gpt','model':'openai/gpt-5','kind':'availability','objective':99}],"
                           "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5}";
        const MonitoringConfig c = monitoringConfig(QByteArray(QByteArray(slos) + "]}").constData());
        const MonitoringConfig withKey = monitoringConfig(
            QByteArray(QByteArray(slos) + ",{'name':'key','kind':'error_rate','proxyKey':'key-0','thresholdPercent':20,'windowMinutes':30}]}")
                .constData());
        generateMixedHour(db);
        Evaluator live(db, QStringLiteral("serve"));
        QVERIFY(live.evaluate(c, kT0 - 1));
        auto conn = db->connection();
        QVERIFY(conn);
        usage::detail::MonitorRollupWriter mine;
        std::deque<usage::detail::LedgerRow> batch;
        for (const CallRecord &call : mixedCalls(QStringLiteral("a"), kT0, 12))
            batch.push_back({call, {}});
        QVERIFY(conn->transaction());
        QVERIFY(mine.write(*conn, batch));
        QVERIFY(conn->commit()); // not told yet
        writeAsAnotherProcess(db, mixedCalls(QStringLiteral("o"), kT0 + 30'000, 5));
        auto first = live.evaluate(withKey, kT0 + 59'999); // the key's scope read whole, with the batch
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(live.stats().othersSeen, 1);
        sameAsARead(db, withKey, *first);
        mine.committed();
        auto second = live.evaluate(withKey, kT0 + 59'999);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        sameAsARead(db, withKey, *second);
        QCOMPARE(second->monitors.at(1).samples, first->monitors.at(1).samples);
    }

    // A batch of this process whose transaction began before the evaluator first listened, and that
    // commits after its first read, was neither read nor told (its writer decided at its start that
    // nobody listened): its calls more than 2 h back were missing from every evaluation after (the
    // Monitor page's SLO in the sanitized CI run, when the app's first evaluation started late). The
    // evaluator reads its scopes whole again once such a transaction has ended.
    void aBatchInFlightWhenTheEvaluatorFirstListensCounts()
    {
        auto db = openDatabase();
        const MonitoringConfig c = monitoringConfig(
            "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99}],"
            "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5}]}");
        // the writer's own connection (a ledger writer's thread): a second handle on the same file
        auto writerDb = Database::open(db->path());
        QVERIFY2(writerDb, writerDb ? "" : qPrintable(writerDb.error().message));
        auto conn = (*writerDb)->connection();
        QVERIFY(conn);
        usage::detail::MonitorRollupWriter mine;
        std::deque<usage::detail::LedgerRow> batch;
        for (int k = 0; k < 10; ++k)
            batch.push_back({sonnet(QStringLiteral("early%1").arg(k), kT0 - 5 * kHour + k * kMinute, k < 3 ? 4000 : 500), {}});
        QVERIFY(conn->transaction());
        QVERIFY(mine.write(*conn, batch)); // nobody listens yet: not to be told
        Evaluator live(db, QStringLiteral("serve"));
        auto first = live.evaluate(c, kT0 - 3 * usage::kMsPerDay); // listens, then reads: the batch is not committed
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(conn->commit());
        mine.committed();
        auto e = live.evaluate(c, kT0);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QCOMPARE(e->slos.first().valid, 10.0);
        QCOMPARE(e->slos.first().good, 7.0);
        sameAsARead(db, c, *e);
        // read whole once, then followed again
        const qint64 read = live.stats().scopesRead;
        QVERIFY(live.evaluate(c, kT0 + kMinute));
        QCOMPARE(live.stats().scopesRead, read);
        mine.release();
    }

    // Another process wrote, and the all-calls scope is read whole in the same evaluation (a monitor
    // on all calls asks for more minutes): it then holds what the database holds and cannot tell which
    // minutes the other scopes miss, so they read the last 10 minutes again.
    void aScopeReadWholeBesideOthersLeavesTheRestToReadAgain()
    {
        auto db = openDatabase();
        const MonitoringConfig before = monitoringConfig(
            "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99},"
            "{'name':'smart','route':'smart','kind':'availability','objective':99.5}],"
            "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5}]}");
        const MonitoringConfig after = monitoringConfig(
            "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99},"
            "{'name':'smart','route':'smart','kind':'availability','objective':99.5}],"
            "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5},"
            "{'name':'spike','kind':'latency_spike','factor':3,'baselineHours':6,'windowMinutes':5}]}");
        generateMixedHour(db, 6);
        Evaluator live(db, QStringLiteral("serve"));
        QVERIFY(live.evaluate(before, kT0 - 1));
        writeAsAnotherProcess(db, mixedCalls(QStringLiteral("o"), kT0 + 10'000, 7));
        auto e = live.evaluate(after, kT0 + 59'999);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        sameAsARead(db, after, *e);
        QCOMPARE(live.stats().scopesRead, 3 + 1); // all calls again
        QCOMPARE(live.stats().othersSeen, 1);
        QCOMPARE(live.stats().minutesReread, 10);
    }

    void followsWithoutBeingTold() { followUntold(openDatabase()); }
    void followsWithoutBeingToldOnPostgres() { onPostgres(QStringLiteral("untold"), followUntold); }

    // Another process writes the first calls of a model the minute rollups never held, and of
    // providers sorting before and after every other: the minute read again finds them (SQLite reads
    // it model by model, each found from the last).
    void aModelNewToTheRollupsBesideOthersIsRead()
    {
        auto db = openDatabase();
        const MonitoringConfig c = monitoringConfig("{'slos':[{'name':'new','model':'openai/gpt-new','kind':'availability','objective':99}],"
                                                    "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5}]}");
        generate(db, kT0 - kHour, kT0, [](qint64 t, usage::Ledger &ledger) {
            for (int k = 0; k < 20; ++k)
                ledger.record(sonnet(QStringLiteral("h%1-%2").arg(t).arg(k), t + k * 2000, 500));
        });
        Evaluator live(db, QStringLiteral("serve"));
        auto before = live.evaluate(c, kT0 - 1);
        QVERIFY(before);
        QCOMPARE(before->slos.first().valid, 0.0);
        QList<CallRecord> calls;
        for (int k = 0; k < 7; ++k) {
            const CallRecord call = testing::okCall(QStringLiteral("n%1").arg(k), kT0 + k * 1000, QStringLiteral("openai"), QStringLiteral("gpt-new"),
                                                    300, 900, 0.001);
            calls.append(k < 3 ? failed(call, protocol::ApiError::Kind::Server) : call);
        }
        for (const QString &provider : {QStringLiteral("aaa"), QStringLiteral("zzz")}) {
            for (int k = 0; k < 2; ++k)
                calls.append(testing::okCall(provider + QString::number(k), kT0 + 20'000 + k, provider, QStringLiteral("m"), 300, 900, 0.001));
        }
        writeAsAnotherProcess(db, calls);
        auto e = live.evaluate(c, kT0 + 59'999);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QCOMPARE(e->slos.first().burn5m.valid, 7.0);
        QCOMPARE(e->slos.first().burn5m.bad, 3.0);
        QCOMPARE(e->monitors.first().samples, 4 * 20 + 7 + 4);
        sameAsARead(db, c, *e);
        QCOMPARE(live.stats().othersSeen, 1);
        QCOMPARE(live.stats().minutesReread, 1);
    }

    // A cold first evaluation reads a scope's hours from its totals (a route or a model) where they hold every call, and every group's hour rows
    // before that and for other scopes: on random calls over three days it evaluates as one that reads only the per-group rows (totals not backfilled
    // at all), and as one whose totals start in the middle of the windows.
    void aColdStartFromTotalsEqualsOneFromTheGroupRows()
    {
        auto db = openDatabase();
        const MonitoringConfig c = monitoringConfig(
            "{'slos':[{'name':'model','model':'anthropic/claude-sonnet-4-5','kind':'latency','metric':'ttft','thresholdMs':700,'objective':95},"
            "{'name':'model-3d','model':'openai/gpt-5','kind':'latency','thresholdMs':1200,'objective':99,'windowDays':3},"
            "{'name':'model-avail','model':'openai/gpt-5','kind':'availability','objective':99,'windowDays':2},"
            "{'name':'route','route':'smart','kind':'availability','objective':99.5},"
            "{'name':'route-latency','route':'smart','kind':'latency','thresholdMs':900,'objective':90,'windowDays':1}],"
            "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':20,'windowMinutes':5},"
            "{'name':'key','kind':'error_rate','proxyKey':'key-1','thresholdPercent':20,'windowMinutes':30},"
            "{'name':'cost','kind':'cost_per_hour','model':'openai/gpt-5','thresholdUsd':1}]}");
        std::mt19937_64 rng(1907);
        const auto uniform = [&rng](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
        const QStringList providers{QStringLiteral("anthropic"), QStringLiteral("openai")};
        const QStringList models{QStringLiteral("claude-sonnet-4-5"), QStringLiteral("gpt-5")};
        const QStringList routes{QString(), QStringLiteral("smart"), QStringLiteral("fast")};
        const qint64 at = kT0 + 17 * kMinute + 5'000;
        generate(db, kT0 - 3 * kMsPerDay - 5 * kHour, kT0 + 18 * kMinute, [&](qint64 t, usage::Ledger &ledger) {
            if (t % (7 * kMinute) != 0 && t < kT0 - 7 * kHour)
                return; // fewer calls in the older hours
            for (int k = int(uniform(0, 4)); k > 0; --k) {
                const int m = int(uniform(0, 1));
                CallRecord call = testing::okCall(QStringLiteral("c%1-%2").arg(t).arg(k), t + uniform(0, 59'999), providers.at(m), models.at(m),
                                                  uniform(100, 1500), uniform(200, 3000), 0.01 * double(uniform(0, 5)));
                call.route = routes.at(int(uniform(0, 2)));
                call.source = uniform(0, 3) ? usage::Source::Proxy : usage::Source::Playground;
                if (call.source == usage::Source::Proxy)
                    call.sourceKey = QStringLiteral("key-%1").arg(uniform(0, 2));
                call.attempt = int(uniform(1, 2));
                switch (uniform(0, 5)) {
                case 0: call = failed(call, protocol::ApiError::Kind::Server); break;
                case 1: call = failed(call, protocol::ApiError::Kind::InvalidRequest); break;
                case 2: call = failed(call, protocol::ApiError::Kind::Cancelled); break;
                default: break;
                }
                ledger.record(call);
            }
        });
        const auto evaluateCold = [&](std::optional<Evaluation> &out) {
            Evaluator e(db, QStringLiteral("cold"));
            auto read = e.evaluate(c, at);
            QVERIFY2(read, read ? "" : qPrintable(read.error().message));
            out = *read;
        };
        const auto setTotalsStart = [&](qint64 hourStart) {
            auto conn = db->connection();
            QVERIFY(conn);
            QSqlQuery q(*conn);
            QVERIFY(q.exec(QStringLiteral("UPDATE monitor_totals_start SET t = %1 WHERE resolution IN ('hour', 'monitor_hour_route', "
                                          "'monitor_hour_key', 'monitor_hour_model')")
                               .arg(hourStart)));
        };
        std::optional<Evaluation> fromTotals;
        evaluateCold(fromTotals);
        QVERIFY(fromTotals);
        setTotalsStart(9'000'000'000'000'000); // no totals: every group's hour rows
        std::optional<Evaluation> fromGroups;
        evaluateCold(fromGroups);
        QVERIFY(fromGroups);
        setTotalsStart(kT0 - 40 * kHour); // a backfill halfway through the windows
        std::optional<Evaluation> mixed;
        evaluateCold(mixed);
        QVERIFY(mixed);
        for (const Evaluation *e : {&*fromTotals, &*mixed}) {
            sameStatuses(*e, *fromGroups, true);
            if (QTest::currentTestFailed())
                return;
        }
        // the windows reach back past the six hours of minutes: hours were read
        QVERIFY(fromGroups->slos.at(1).valid > fromGroups->slos.at(1).burn6h.valid);
    }

    void followsItsWritersAndSeesOthersOnPostgres()
    {
        onPostgres(QStringLiteral("follow"), [](const std::shared_ptr<Database> &db) { followAndSeeOthers(db); });
    }

    // A routing change is recorded once, on SQLite and PostgreSQL alike, also when two records share a
    // millisecond (the newest one is compared).
    void routingHistoryOnBothDatabases()
    {
        testing::PostgresServer server;
        if (!server.isRunning() && qEnvironmentVariableIsSet("SB_REQUIRE_POSTGRES"))
            QFAIL(qPrintable(server.problem()));
        std::vector<std::shared_ptr<Database>> dbs{openDatabase()};
        if (server.isRunning()) {
            auto pg = Database::open(server.createDatabase(QStringLiteral("routing")));
            QVERIFY2(pg, pg ? "" : qPrintable(pg.error().message));
            dbs.push_back(*pg);
        }
        const QJsonArray one{QJsonObject{{QStringLiteral("name"), QStringLiteral("smart")}}};
        const QJsonArray two{one.first(), QJsonObject{{QStringLiteral("name"), QStringLiteral("cheap")}}};
        for (const auto &db : dbs) {
            auto first = recordRouting(*db, RoutingConfig::of(one, {}), kT0);
            QVERIFY2(first, first ? "" : qPrintable(first.error().message));
            QCOMPARE(*first, true);
            QCOMPARE(*recordRouting(*db, RoutingConfig::of(one, {}), kT0 + kMinute), false);
            QCOMPARE(*recordRouting(*db, RoutingConfig::of(two, {}), kT0 + 2 * kMinute), true);
            QCOMPARE(*recordRouting(*db, RoutingConfig::of(one, {}), kT0 + 2 * kMinute), true); // the same millisecond
            QCOMPARE(*recordRouting(*db, RoutingConfig::of(one, {}), kT0 + 3 * kMinute), false);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM monitor_routing_changes")), 3);
        }
    }

    // The service evaluates at start and then on its timer (the injected Schedule), off its thread, and
    // says what fired.
    void theServiceEvaluatesOnItsTimer()
    {
        auto db = openDatabase();
        generate(db, kT0, kT0 + 10 * kMinute, [](qint64 t, usage::Ledger &ledger) {
            for (int k = 0; k < 10; ++k) {
                CallRecord c = sonnet(QStringLiteral("%1-%2").arg(t).arg(k), t + k, 100);
                ledger.record(t >= kT0 + 5 * kMinute ? failed(c, protocol::ApiError::Kind::Server) : c);
            }
        });
        qint64 now = kT0 + kMinute;
        std::vector<std::pair<int, std::function<void()>>> scheduled;
        MonitorService::Options o;
        o.origin = QStringLiteral("app");
        o.intervalMs = 60'000;
        o.clock = [&now] { return now; };
        o.schedule = [&scheduled](int delayMs, QObject *, std::function<void()> then) { scheduled.emplace_back(delayMs, std::move(then)); };
        MonitorService service(
            db, monitoringConfig("{'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':50,'windowMinutes':1,'minSamples':5}]}"), o);
        QSignalSpy evaluated(&service, &MonitorService::evaluated);
        QSignalSpy raised(&service, &MonitorService::alertRaised);
        QSignalSpy count(&service, &MonitorService::firingCountChanged);
        service.start();
        QVERIFY(evaluated.wait(10'000));
        QCOMPARE(raised.size(), 0);
        QCOMPARE(scheduled.size(), std::size_t(1));
        QCOMPARE(scheduled.back().first, 60'000);
        now = kT0 + 6 * kMinute;
        scheduled.back().second(); // the timer fires
        QVERIFY(evaluated.wait(10'000));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().first().value<Alert>().rule, QStringLiteral("errors"));
        QCOMPARE(count.size(), 1);
        QCOMPARE(service.firingCount(), 1);
        QCOMPARE(service.last().monitors.first().display, RuleDisplay::Firing);
        QCOMPARE(scheduled.size(), std::size_t(2));
        // muted: the badge goes, the evaluation follows at once
        bool stored = false;
        service.mute(QStringLiteral("errors"), now + kHour, [&stored](Expected<void> r) { stored = bool(r); });
        QVERIFY(evaluated.wait(10'000));
        QVERIFY(stored);
        QCOMPARE(service.firingCount(), 0);
        QCOMPARE(service.last().monitors.first().display, RuleDisplay::Muted);
        // stopped: a pending tick does nothing
        service.stop();
        const auto before = evaluated.size();
        scheduled.back().second();
        QTest::qWait(0); // nothing was queued to wait for
        QCOMPARE(evaluated.size(), before);
        bool read = false;
        service.history(10, this, [&read](Expected<QList<Alert>> alerts) { read = alerts && alerts->size() == 1; });
        QTRY_VERIFY(read);
    }
};

QTEST_GUILESS_MAIN(TestMonitorSlo)
#include "tst_monitorslo.moc"
