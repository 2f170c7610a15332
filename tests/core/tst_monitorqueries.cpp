#include "engine/engine.h"
#include "monitor/routinghistory.h"
#include "monitor/timeseries.h"
#include "sqlfixture.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sb;
using namespace sb::monitor;
using sb::testing::scalar;
using usage::CallRecord;
using usage::CallStatus;
using usage::kMsPerDay;
using usage::Source;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;
// 2025-03-30 00:00 UTC
constexpr qint64 kT0 = 20'177LL * kMsPerDay;

bool near(std::optional<double> estimate, double exact)
{
    return estimate && std::abs(*estimate - exact) <= usage::LogHistogram::kRelativeError * exact;
}

} // namespace

// The generated ledger (UTC, from kT0 = 2025-03-30 00:00), every call through the real Ledger:
//  - anthropic/claude-sonnet-4-5 asked for, via route "smart", proxy key "claude-code": for 120 minutes,
//    10 ok calls a minute with TTFT 100, 200, ..., 1000 ms and latency 10x that, $0.001 each, output 101
//    tokens (so 100 tokens after the first in 9x the TTFT); in every tenth minute also 2 overloaded errors
//    (first attempts, the dispatch failing over to openai/gpt-4o, which answers ok as attempt 2) and 1
//    invalid_request error (a first attempt, final). It answers as "claude-sonnet-4-5-20250929" for the
//    first 30 minutes, then as "claude-sonnet-4-5-20251101".
//  - openai/gpt-4o asked for (playground): its failover answers above (route "smart"), and for
//    120 minutes 5 ok calls a minute with TTFT 300 ms, latency 600 ms, $0.002 each.
//  - 2025-03-20 (ten days before): 100 calls of claude-sonnet-4-5, TTFT 400 ms, for the period comparison.
class TestMonitorQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<MonitorQueries> m_queries;
    const Scope m_sonnet{QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), {}, {}, {}, {}};
    const Scope m_gpt{QStringLiteral("openai"), QStringLiteral("gpt-4o"), {}, {}, {}, {}};

    static CallRecord sonnet(const QString &id, qint64 at, qint64 ttft)
    {
        CallRecord c = testing::okCall(id, at, QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"), ttft, 10 * ttft, 0.001);
        c.source = Source::Proxy;
        c.sourceKey = QStringLiteral("claude-code");
        c.model = at < kT0 + 30 * kMinute ? QStringLiteral("claude-sonnet-4-5-20250929") : QStringLiteral("claude-sonnet-4-5-20251101");
        c.route = QStringLiteral("smart");
        c.usage.inputTokens = 500;
        c.usage.outputTokens = 101;
        return c;
    }
    static CallRecord gpt(const QString &id, qint64 at)
    {
        CallRecord c = testing::okCall(id, at, QStringLiteral("openai"), QStringLiteral("gpt-4o"), 300, 600, 0.002);
        c.sourceKey = QStringLiteral("conversation-1");
        c.usage.inputTokens = 100;
        c.usage.outputTokens = 10;
        return c;
    }

    static bool samePoints(const Series &a, const Series &b)
    {
        if (a.points.size() != b.points.size() || a.points.isEmpty())
            return false;
        for (qsizetype i = 0; i < a.points.size(); ++i) {
            const Point &p = a.points.at(i);
            const Point &q = b.points.at(i);
            if (p.t != q.t || p.all.attempts != q.all.attempts || p.all.requests != q.all.requests || p.all.errors != q.all.errors
                || p.all.availabilityErrors != q.all.availabilityErrors || p.all.costNano != q.all.costNano || p.all.inputTokens != q.all.inputTokens
                || p.all.errorsByKind != q.all.errorsByKind || p.ttftMs.p50 != q.ttftMs.p50 || p.ttftMs.p99 != q.ttftMs.p99
                || p.latencyMs.p90 != q.latencyMs.p90 || p.tokensPerSecond.p50 != q.tokensPerSecond.p50 || p.availability != q.availability)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = testing::openTestDatabase(m_dir, QStringLiteral("monitor.sqlite"));
        m_queries = std::make_unique<MonitorQueries>(m_db, [] { return kT0 + 2 * kHour; });
        usage::Ledger ledger(m_db);
        int n = 0;
        for (int m = 0; m < 120; ++m) {
            const qint64 at = kT0 + m * kMinute;
            for (int k = 0; k < 10; ++k)
                ledger.record(sonnet(QStringLiteral("s%1").arg(n++), at + k * 1000, 100 * (k + 1)));
            if (m % 10 == 0) {
                for (int e = 0; e < 2; ++e) {
                    const QString id = QStringLiteral("f%1").arg(n++);
                    CallRecord failed = sonnet(id, at + 20'000 + e, 0);
                    failed.model = failed.requestedModel;
                    failed.setError(protocol::ApiError::make(protocol::ApiError::Kind::Overloaded, QStringLiteral("busy"), 529));
                    failed.ttftMs.reset();
                    failed.usage = {};
                    failed.costUsd = 0;
                    ledger.record(failed);
                    CallRecord over = gpt(id, at + 21'000 + e);
                    over.attempt = 2;
                    over.route = QStringLiteral("smart");
                    over.source = Source::Proxy;
                    over.sourceKey = QStringLiteral("claude-code");
                    ledger.record(over);
                }
                CallRecord invalid = sonnet(QStringLiteral("i%1").arg(n++), at + 30'000, 0);
                invalid.setError(protocol::ApiError::make(protocol::ApiError::Kind::InvalidRequest, QStringLiteral("bad"), 400));
                invalid.ttftMs.reset();
                invalid.usage = {};
                invalid.costUsd = 0;
                ledger.record(invalid);
            }
            for (int k = 0; k < 5; ++k)
                ledger.record(gpt(QStringLiteral("g%1").arg(n++), at + 40'000 + k));
        }
        for (int k = 0; k < 100; ++k)
            ledger.record(sonnet(QStringLiteral("old%1").arg(k), kT0 - 10 * kMsPerDay + k * kMinute, 400));
        QVERIFY(ledger.flush());
    }

    // One hour in minutes: the counts of each minute, and percentiles within the histograms' error.
    void anHourInMinutes()
    {
        auto s = m_queries->series(SeriesQuery{m_sonnet, kT0, kT0 + kHour, 0});
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->stepMs, kMinute);
        QCOMPARE(s->resolution, usage::Resolution::Minute);
        QCOMPARE(s->points.size(), 60);
        for (int m = 0; m < 60; ++m) {
            const Point &p = s->points.at(m);
            QCOMPARE(p.t, kT0 + m * kMinute);
            QCOMPARE(p.all.ok.attempts, 10);
            QCOMPARE(p.all.errors, m % 10 == 0 ? 3 : 0);
            QCOMPARE(p.all.availabilityErrors, m % 10 == 0 ? 2 : 0);
            QCOMPARE(p.all.errorsByKind.value(QStringLiteral("overloaded")), m % 10 == 0 ? 2 : 0);
            QCOMPARE(p.all.costNano, 10 * 1'000'000);
            // ttft 100..1000: nearest ranks 5, 9 and 10 of 10
            QVERIFY(near(p.ttftMs.p50, 500));
            QVERIFY(near(p.ttftMs.p90, 900));
            QVERIFY(near(p.ttftMs.p99, 1000));
            QVERIFY(near(p.latencyMs.p50, 5000));
            // 100 tokens after the first in 9x the ttft: 1000/9/ttft tokens a second, gap 0.09 x ttft
            QVERIFY(near(p.tokensPerSecond.p50, 100'000.0 / 9.0 / 600.0)); // rank 5 of the rates, descending ttft
            QVERIFY(near(p.gapMs.p50, 9.0 * 500.0 / 100.0));
            QCOMPARE(*p.availability, m % 10 == 0 ? 10.0 / 12.0 : 1.0);
            QCOMPARE(*p.errorRate, m % 10 == 0 ? 3.0 / 13.0 : 0.0);
        }
        QCOMPARE(s->total.all.ok.attempts, 600);
        QCOMPARE(s->total.all.errors, 18);
        QCOMPARE(s->total.all.requests, 618);
        QCOMPARE(s->total.all.inputTokens, 600 * 500);
        QVERIFY(near(s->total.ttftMs.p90, 900));
    }

    // The same calls at every resolution: the totals agree, whichever rollup is read.
    void resolutionsAgree()
    {
        qint64 attempts = -1;
        for (const qint64 step : {kMinute, 5 * kMinute, kHour, 2 * kHour, kMsPerDay}) {
            auto s = m_queries->series(SeriesQuery{Scope{}, kT0, kT0 + kMsPerDay, step});
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
            QCOMPARE(s->points.size(), qsizetype(kMsPerDay / step));
            if (attempts < 0)
                attempts = s->total.all.attempts;
            QCOMPARE(s->total.all.attempts, attempts);
            QCOMPARE(s->total.all.costNano, 1200 * 1'000'000LL + (600 + 24) * 2'000'000LL);
        }
        QCOMPARE(attempts, 1200 + 36 + 600 + 24);
    }

    // All calls over hours and days come from the all-calls rollups: the same points, percentiles and
    // error kinds as adding up every group's rows, which is what a ledger from before those tables has
    // in its older buckets (monitor_totals_start says where the totals begin).
    void allCallsReadTheTotals()
    {
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT t FROM monitor_totals_start WHERE resolution = 'hour'")), 0);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM monitor_hour_all"))
                < scalar(*m_db, QStringLiteral("SELECT count(*) FROM monitor_hour")));
        const auto seriesOf = [this](qint64 step) {
            auto s = m_queries->series(SeriesQuery{Scope{}, kT0 - 11 * kMsPerDay, kT0 + kMsPerDay, step});
            return s ? std::move(*s) : Series{};
        };
        const Series hours = seriesOf(kHour);
        const Series days = seriesOf(kMsPerDay);
        QCOMPARE(hours.total.all.attempts, 1200 + 36 + 600 + 24 + 100);
        QCOMPARE(days.total.all.attempts, hours.total.all.attempts);

        auto conn = m_db->connection();
        QVERIFY(conn && conn->transaction());
        // every bucket from the per-group rollups, as before the totals existed
        QVERIFY(testing::exec(*m_db, QStringLiteral("UPDATE monitor_totals_start SET t = 9000000000000000")));
        QVERIFY(samePoints(seriesOf(kHour), hours));
        QVERIFY(samePoints(seriesOf(kMsPerDay), days));
        // the totals from the second hour of kT0 on, and nothing in them before: the first hour and the
        // day ten days before come from the per-group rows
        QVERIFY(testing::exec(*m_db, QStringLiteral("UPDATE monitor_totals_start SET t = %1 WHERE resolution = 'hour'").arg(kT0 + kHour)));
        QVERIFY(testing::exec(*m_db, QStringLiteral("DELETE FROM monitor_hour_all WHERE t < %1").arg(kT0 + kHour)));
        QVERIFY(samePoints(seriesOf(kHour), hours));
        // and the totals are what is read after it: a change to their three rows of the second hour (ok,
        // overloaded, invalid_request) shows
        QVERIFY(testing::exec(*m_db, QStringLiteral("UPDATE monitor_hour_all SET attempts = attempts + 1000")));
        QCOMPARE(seriesOf(kHour).total.all.attempts, hours.total.all.attempts + 3 * 1000);
        QVERIFY(conn->rollback());
        QVERIFY(samePoints(seriesOf(kHour), hours));
    }

    // A route, a proxy key, a model and all calls in minutes come from 0024's totals: the same points as from
    // every group's rows (what the buckets before the totals' start read), in minutes, hours and days.
    void routesKeysAndMinutesReadTheirTotals()
    {
        const Scope route{{}, {}, QStringLiteral("smart"), {}, {}, {}};
        const Scope key{{}, {}, {}, {}, QStringLiteral("claude-code"), {}};
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM monitor_hour_route")) > 0);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM monitor_hour_key")) > 0);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM monitor_minute_all"))
                < scalar(*m_db, QStringLiteral("SELECT count(*) FROM monitor_minute")));
        struct Case {
            Scope scope;
            qint64 from;
            qint64 step;
        };
        const std::vector<Case> cases{{route, kT0, kMinute},
                                      {route, kT0 - 11 * kMsPerDay, kHour},
                                      {route, kT0 - 11 * kMsPerDay, kMsPerDay},
                                      {key, kT0 - 11 * kMsPerDay, kHour},
                                      {key, kT0 - 11 * kMsPerDay, kMsPerDay},
                                      {Scope{}, kT0, kMinute},
                                      {Scope{}, kT0, 5 * kMinute},
                                      {m_sonnet, kT0 - 11 * kMsPerDay, kHour},
                                      {m_gpt, kT0 - 11 * kMsPerDay, kMsPerDay},
                                      {Scope{QStringLiteral("openai"), {}, {}, {}, {}, {}}, kT0, kHour}};
        std::vector<Series> fromTotals;
        for (const Case &c : cases) {
            auto s = m_queries->series(SeriesQuery{c.scope, c.from, kT0 + kMsPerDay, c.step});
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
            fromTotals.push_back(*s);
        }
        QCOMPARE(fromTotals[1].total.all.attempts, 1200 + 36 + 24 + 100);
        QCOMPARE(fromTotals[3].total.all.attempts, 1200 + 36 + 24 + 100);
        QCOMPARE(fromTotals[5].total.all.attempts, 1200 + 36 + 600 + 24);
        QCOMPARE(fromTotals[7].total.all.attempts, 1200 + 36 + 100);
        QCOMPARE(fromTotals[9].total.all.ok.attempts, 600 + 24);
        auto conn = m_db->connection();
        QVERIFY(conn && conn->transaction());
        QVERIFY(testing::exec(*m_db, QStringLiteral("UPDATE monitor_totals_start SET t = 9000000000000000")));
        for (std::size_t i = 0; i < cases.size(); ++i) {
            auto s = m_queries->series(SeriesQuery{cases[i].scope, cases[i].from, kT0 + kMsPerDay, cases[i].step});
            QVERIFY(s);
            QVERIFY2(samePoints(*s, fromTotals[i]), qPrintable(QString::number(i)));
        }
        QVERIFY(conn->rollback());
    }

    // The overview in minutes reads the whole hours inside its range from the hour rollup: the same
    // sums as from the minutes alone.
    void perModelInMinutesReadsWholeHours()
    {
        const auto overview = [this] {
            auto models = m_queries->perModel(Scope{}, kT0 + 10 * kMinute, kT0 + 2 * kHour - 5 * kMinute, usage::Resolution::Minute);
            return models ? *models : QList<MonitorQueries::ModelAggregate>{};
        };
        const QList<MonitorQueries::ModelAggregate> withHours = overview();
        qputenv("SWITCHBOARD_MONITOR_PER_MODEL_HOURS", "0");
        const QList<MonitorQueries::ModelAggregate> minutes = overview();
        qunsetenv("SWITCHBOARD_MONITOR_PER_MODEL_HOURS");
        QCOMPARE(withHours.size(), 2);
        QCOMPARE(minutes.size(), 2);
        // minutes 10..114: 105 minutes of 10 calls, the failing minutes 10, 20, ..., 110 with 3 errors
        QCOMPARE(withHours.at(0).all.attempts, 1050 + 33);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(withHours.at(i).all.attempts, minutes.at(i).all.attempts);
            QCOMPARE(withHours.at(i).all.costNano, minutes.at(i).all.costNano);
            QCOMPARE(withHours.at(i).all.errorsByKind, minutes.at(i).all.errorsByKind);
            QCOMPARE(withHours.at(i).all.ok.ttft, minutes.at(i).all.ok.ttft);
        }
    }

    // The overview of all calls or of a provider reads the totals per model in hours and days: the same
    // sums as every group's rows (read with the totals' start moved past the end).
    void perModelReadsTheModelTotals()
    {
        Scope openai;
        openai.provider = QStringLiteral("openai");
        const auto overview = [this](const Scope &scope, usage::Resolution r) {
            auto models = m_queries->perModel(scope, kT0, kT0 + kMsPerDay, r);
            return models ? *models : QList<MonitorQueries::ModelAggregate>{};
        };
        std::vector<QList<MonitorQueries::ModelAggregate>> fromTotals;
        for (const Scope &scope : {Scope{}, openai}) {
            for (const usage::Resolution r : {usage::Resolution::Hour, usage::Resolution::Day})
                fromTotals.push_back(overview(scope, r));
        }
        auto conn = m_db->connection();
        QVERIFY(conn && conn->transaction());
        QVERIFY(testing::exec(*m_db, QStringLiteral("UPDATE monitor_totals_start SET t = 9000000000000000")));
        std::size_t i = 0;
        for (const Scope &scope : {Scope{}, openai}) {
            for (const usage::Resolution r : {usage::Resolution::Hour, usage::Resolution::Day}) {
                const QList<MonitorQueries::ModelAggregate> groups = overview(scope, r);
                const QList<MonitorQueries::ModelAggregate> &totals = fromTotals[i++];
                QVERIFY(!groups.isEmpty());
                QCOMPARE(totals.size(), groups.size());
                for (qsizetype m = 0; m < groups.size(); ++m) {
                    QCOMPARE(totals.at(m).provider, groups.at(m).provider);
                    QCOMPARE(totals.at(m).model, groups.at(m).model);
                    QCOMPARE(totals.at(m).all.attempts, groups.at(m).all.attempts);
                    QCOMPARE(totals.at(m).all.requests, groups.at(m).all.requests);
                    QCOMPARE(totals.at(m).all.costNano, groups.at(m).all.costNano);
                    QCOMPARE(totals.at(m).all.inputTokens, groups.at(m).all.inputTokens);
                    QCOMPARE(totals.at(m).all.errorsByKind, groups.at(m).all.errorsByKind);
                    QCOMPARE(totals.at(m).all.ok.latency, groups.at(m).all.ok.latency);
                    QCOMPARE(totals.at(m).all.ok.ttft, groups.at(m).all.ok.ttft);
                }
            }
        }
        QCOMPARE(fromTotals[2].size() < fromTotals[0].size(), true); // openai's models only
        QVERIFY(conn->rollback());
    }

    // Scope::matches selects in memory what a scope's query selects (the evaluator reads every group's
    // rows once and gives each scope its own).
    void aScopeMatchesWhatItsQueryReads()
    {
        const QList<Scope> scopes{m_sonnet,
                                  m_gpt,
                                  Scope{QStringLiteral("openai"), {}, {}, {}, {}, {}},
                                  Scope{{}, {}, QStringLiteral("smart"), {}, {}, {}},
                                  Scope{{}, {}, {}, usage::Source::Proxy, {}, {}},
                                  Scope{{}, {}, {}, usage::Source::Playground, {}, {}},
                                  Scope{{}, {}, {}, {}, QStringLiteral("claude-code"), {}},
                                  Scope{{}, QStringLiteral("gpt-4o"), QStringLiteral("smart"), {}, QStringLiteral("claude-code"), {}},
                                  Scope{{}, {}, {}, {}, QStringLiteral("conversation-1"), {}}};
        for (const Scope &scope : scopes) {
            qint64 queried = 0;
            qint64 matched = 0;
            qint64 rows = 0;
            QVERIFY(m_queries->rows(scope, kT0, kT0 + 2 * kHour, usage::Resolution::Hour,
                                    [&](qint64, const usage::MonitorGroup &, const usage::MonitorSums &sums) { queried += sums.attempts; }));
            QVERIFY(m_queries->rows(Scope{}, kT0, kT0 + 2 * kHour, usage::Resolution::Hour,
                                    [&](qint64, const usage::MonitorGroup &g, const usage::MonitorSums &sums) {
                                        ++rows;
                                        if (scope.matches(g))
                                            matched += sums.attempts;
                                    }));
            QVERIFY(rows > 0);
            QCOMPARE(matched, queried);
        }
        // a conversation's key is not a proxy key: no proxy-key scope takes it
        usage::MonitorGroup conversation;
        conversation.provider = QStringLiteral("openai");
        conversation.sourceKey = QStringLiteral("conversation-1");
        QVERIFY(!Scope({}, {}, {}, {}, QStringLiteral("conversation-1"), {}).matches(conversation));
    }

    void theStepFollowsTheRange()
    {
        const qint64 now = kT0 + 2 * kHour;
        QCOMPARE(autoStep(now - kHour, now, now), kMinute);
        QCOMPARE(autoStep(now - kMsPerDay, now, now), 5 * kMinute);
        QCOMPARE(autoStep(now - 3 * kMsPerDay, now - 2 * kMsPerDay - kHour, now), kHour); // minutes of then are gone
        QCOMPARE(autoStep(now - 7 * kMsPerDay, now, now), kHour);
        QCOMPARE(autoStep(now - 30 * kMsPerDay, now, now), 6 * kHour);
        QCOMPARE(autoStep(now - 90 * kMsPerDay, now, now), kMsPerDay);
        auto ninety = m_queries->series(SeriesQuery{m_sonnet, now - 90 * kMsPerDay, now, 0});
        QVERIFY(ninety);
        QCOMPARE(ninety->resolution, usage::Resolution::Day);
        QCOMPARE(ninety->points.size(), 91); // the first day aligned down, the last one partly
        QCOMPARE(ninety->total.all.ok.attempts, 1200 + 100);
        auto tooMany = m_queries->series(SeriesQuery{m_sonnet, now - 90 * kMsPerDay, now, kMinute});
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().message.contains(QLatin1String("too many")));
        QVERIFY(!m_queries->series(SeriesQuery{m_sonnet, now, now, 0}));
    }

    // A route's availability counts dispatches (its failovers succeeded); the model's counts attempts.
    void aRouteCountsDispatches()
    {
        const Scope route{{}, {}, QStringLiteral("smart"), {}, {}, {}};
        QVERIFY(route.countsRequests());
        auto r = m_queries->aggregate(route, kT0, kT0 + 2 * kHour, usage::Resolution::Hour);
        QVERIFY(r);
        // 12 failing minutes: 2 dispatches each answered by gpt-4o after failover, 1 invalid (not counted)
        QCOMPARE(r->requests, 1200 + 36);
        QCOMPARE(r->ok.attempts, 1200 + 24);
        QCOMPARE(r->availabilityValid(true), 1224);
        QCOMPARE(r->availabilityBad(true), 0);
        QCOMPARE(*r->availability(true), 1.0);
        auto model = m_queries->aggregate(m_sonnet, kT0, kT0 + 2 * kHour, usage::Resolution::Hour);
        QVERIFY(model);
        QCOMPARE(model->availabilityBad(false), 24);
        QCOMPARE(*model->availability(false), 1200.0 / 1224.0);
        QCOMPARE(*model->errorRate(), 36.0 / 1236.0);
        const Scope key{{}, {}, {}, {}, QStringLiteral("claude-code"), {}};
        auto k = m_queries->aggregate(key, kT0, kT0 + 2 * kHour, usage::Resolution::Day);
        QVERIFY(k);
        QCOMPARE(k->attempts, 1236 + 24);
    }

    void twoModelsAndTwoPeriodsCompare()
    {
        auto models = m_queries->compare(SeriesQuery{m_sonnet, kT0, kT0 + kHour, 0}, SeriesQuery{m_gpt, kT0, kT0 + kHour, 0});
        QVERIFY2(models, models ? "" : qPrintable(models.error().message));
        QCOMPARE(models->offsetMs, 0);
        QCOMPARE(models->a.points.size(), models->b.points.size());
        QVERIFY(near(models->b.points.at(3).ttftMs.p50, 300));
        QCOMPARE(models->b.points.at(0).all.ok.attempts, 5 + 2); // its own calls and the failovers
        // this morning against the same hours ten days before: one step for both, the earlier range's
        auto periods = m_queries->compare(SeriesQuery{m_sonnet, kT0, kT0 + 2 * kHour, 0},
                                          SeriesQuery{m_sonnet, kT0 - 10 * kMsPerDay, kT0 - 10 * kMsPerDay + 2 * kHour, 0});
        QVERIFY2(periods, periods ? "" : qPrintable(periods.error().message));
        QCOMPARE(periods->offsetMs, 10 * kMsPerDay);
        QCOMPARE(periods->a.stepMs, kHour);
        QCOMPARE(periods->b.stepMs, kHour);
        QCOMPARE(periods->b.total.all.ok.attempts, 100);
        QVERIFY(near(periods->b.total.ttftMs.p50, 400));
        QVERIFY(!m_queries->compare(SeriesQuery{m_sonnet, kT0, kT0 + kHour, 0}, SeriesQuery{m_sonnet, kT0, kT0 + 2 * kHour, 0}));
    }

    void recentWindowsEndAtTheMinuteOfTheEnd()
    {
        auto w = m_queries->recentWindows(m_sonnet, kT0 + 60 * kMinute + 30'000, {5 * kMinute, 30 * kMinute, kHour});
        QVERIFY(w);
        QCOMPARE(w->size(), 3);
        QCOMPARE(w->at(0).ok.attempts, 50); // minutes 56..60
        QCOMPARE(w->at(0).errors, 3); // minute 60
        QCOMPARE(w->at(1).ok.attempts, 300);
        QCOMPARE(w->at(2).ok.attempts, 600);
        QCOMPARE(w->at(2).errors, 18); // minutes 10, 20, ..., 60
    }

    void perModelOverview()
    {
        auto models = m_queries->perModel(Scope{}, kT0, kT0 + 2 * kHour, usage::Resolution::Hour);
        QVERIFY(models);
        QCOMPARE(models->size(), 2);
        QCOMPARE(models->at(0).provider, QStringLiteral("anthropic"));
        QCOMPARE(models->at(0).all.attempts, 1236);
        QCOMPARE(models->at(1).model, QStringLiteral("gpt-4o"));
        QCOMPARE(models->at(1).all.ok.attempts, 624);
    }

    // The answering model string changed at minute 30; the routing changed when it was recorded anew.
    void markersShowModelAndRoutingChanges()
    {
        auto markers = m_queries->markers(m_sonnet, kT0 - kMsPerDay, kT0 + 2 * kHour);
        QVERIFY(markers);
        QCOMPARE(markers->size(), 1);
        const Marker &m = markers->first();
        QCOMPARE(m.kind, Marker::Kind::ModelChanged);
        QCOMPARE(m.t, kT0 + 30 * kMinute);
        QCOMPARE(m.previous, QStringLiteral("claude-sonnet-4-5-20250929"));
        QCOMPARE(m.answered, QStringLiteral("claude-sonnet-4-5-20251101"));
        QCOMPARE(m_queries->markers(m_gpt, kT0 - kMsPerDay, kT0 + 2 * kHour)->size(), 0);

        const QJsonArray routes{QJsonObject{{QStringLiteral("name"), QStringLiteral("smart")}}};
        QCOMPARE(*recordRouting(*m_db, RoutingConfig::of(routes, {}), kT0 + 10 * kMinute), true);
        QCOMPARE(*recordRouting(*m_db, RoutingConfig::of(routes, {}), kT0 + 20 * kMinute), false); // the same: nothing new
        const QJsonArray twoRoutes{routes.first(), QJsonObject{{QStringLiteral("name"), QStringLiteral("cheap")}}};
        QCOMPARE(*recordRouting(*m_db, RoutingConfig::of(twoRoutes, {}), kT0 + 45 * kMinute), true);
        markers = m_queries->markers(m_sonnet, kT0, kT0 + 2 * kHour);
        QVERIFY(markers);
        QCOMPARE(markers->size(), 2); // the first record changed nothing: it is where history starts
        QCOMPARE(markers->at(1).kind, Marker::Kind::RoutingChanged);
        QCOMPARE(markers->at(1).t, kT0 + 45 * kMinute);
        QCOMPARE(markers->at(1).summary, QStringLiteral("2 route(s), 0 virtual model(s)"));
        QCOMPARE(markers->at(1).routingHash, RoutingConfig::of(twoRoutes, {}).hash);
    }

    // The calls behind a point: the minute's calls of the model asked for, whichever string answered.
    void drillDownToTheCallsOfABucket()
    {
        auto page = m_queries->calls(m_sonnet, kT0 + 40 * kMinute, kT0 + 41 * kMinute, 50);
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        QCOMPARE(page->rows.size(), 13); // 10 ok, 2 overloaded, 1 invalid
        for (const usage::CallRow &row : std::as_const(page->rows)) {
            QVERIFY(row.call.startedAtMs >= kT0 + 40 * kMinute && row.call.startedAtMs < kT0 + 41 * kMinute);
            QCOMPARE(row.call.provider, QStringLiteral("anthropic"));
        }
        auto errors = m_queries->calls(m_sonnet, kT0 + 40 * kMinute, kT0 + 41 * kMinute, 50, std::nullopt, CallStatus::Error);
        QVERIFY(errors);
        QCOMPARE(errors->rows.size(), 3);
        // paged, newest first
        auto first = m_queries->calls(m_sonnet, kT0 + 20 * kMinute, kT0 + 40 * kMinute, 150);
        QVERIFY(first && first->next);
        auto second = m_queries->calls(m_sonnet, kT0 + 20 * kMinute, kT0 + 40 * kMinute, 150, first->next);
        QVERIFY(second);
        QCOMPARE(first->rows.size() + second->rows.size(), 200 + 6);
        QVERIFY(second->rows.first().call.startedAtMs <= first->rows.last().call.startedAtMs);
        // a route: the failovers answered by gpt-4o are among its calls
        auto route = m_queries->calls(Scope{{}, {}, QStringLiteral("smart"), {}, {}, {}}, kT0, kT0 + kMinute, 50);
        QVERIFY(route);
        QCOMPARE(route->rows.size(), 15);
    }

    // The engine records the routing when it opens and when the workspace's routing changes.
    void theEngineRecordsRoutingChanges()
    {
        QTemporaryDir dir;
        Workspace ws = WorkspaceFile::defaults();
        ws.routes = QJsonArray();
        auto engine = engine::Engine::open(dir.path(), ws, std::make_shared<MemorySecretStore>());
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().message));
        const auto count = [&] { return scalar(*(*engine)->database(), QStringLiteral("SELECT count(*) FROM monitor_routing_changes")); };
        QCOMPARE(count(), 1);
        ws.name = QStringLiteral("renamed");
        QVERIFY((*engine)->setWorkspace(ws));
        QCOMPARE(count(), 1); // the routing did not change
        ws.routes = QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("r")}, {QStringLiteral("targets"), QJsonArray{QStringLiteral("nowhere/m")}}}};
        ws.providers.append(ProviderConfig{QStringLiteral("nowhere"), QStringLiteral("ollama"), {}, {}, {}, true, {}, {}});
        auto set = (*engine)->setWorkspace(ws);
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
        QCOMPARE(count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMonitorQueries)
#include "tst_monitorqueries.moc"
