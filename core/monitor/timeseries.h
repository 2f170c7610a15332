#pragma once

#include "common/expected.h"
#include "usage/callrecord.h"
#include "usage/monitorrollups.h"
#include "usage/queries.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

// Monitoring over the ledger's monitoring rollups (usage/monitorrollups.h): time series for the
// Monitor page, SLOs and burn-rate alerts, threshold monitors, alerts out, and the Prometheus text of
// `serve`'s GET /metrics.
namespace sb::monitor {

// Which calls a series, an SLO or a monitor covers. Empty fields match everything.
struct Scope {
    QString provider; // provider id
    QString model; // the model asked for (the target's model; see usage::MonitorGroup)
    QString route; // a route or virtual model name, as the ledger records it (the virtual model when the request named one)
    std::optional<usage::Source> source;
    QString proxyKey; // a proxy key's name (proxy calls)
    // A team member's calls: those made with any of the member's team keys (team_keys; their source is
    // the proxy), what a team server shows a member of their own. Only the queries read it: matches()
    // cannot tell a key's member in memory and lets every proxy call through.
    QString member;

    bool operator==(const Scope &) const = default;
    bool isAll() const { return *this == Scope{}; }
    // Whether a rollup group is in the scope: what the queries' WHERE clause selects, in memory.
    bool matches(const usage::MonitorGroup &group) const;
    // Availability counts dispatches for a route (what its callers saw after failover) and attempts
    // otherwise (how often the model or provider failed).
    bool countsRequests() const { return !route.isEmpty() && provider.isEmpty() && model.isEmpty(); }
    // "anthropic/claude-sonnet-4-5", "route smart", "proxy key claude-code", "all calls"; joined by ", ".
    QString describe() const;
    // "PROVIDER/MODEL" (a model), else the provider alone.
    static Scope ofModel(const QString &qualifiedModel);
};

// Whether an error of this kind counts against availability: every error except those the request
// itself caused (invalid_request, context_length, content_filter, budget_exceeded) and cancellations.
bool countsAgainstAvailability(const QString &errorKind);

// Nearest-rank percentiles estimated from the rollups' histograms: within
// usage::LogHistogram::kRelativeError (4.43 %) of the exact ones. Unset when there is no value.
struct Percentiles {
    qint64 count = 0;
    std::optional<double> p50;
    std::optional<double> p90;
    std::optional<double> p99;
    static Percentiles of(const usage::LogHistogram &histogram);
};

// The counts of a set of rollup rows, without histograms: what availability, error rates, cost and
// mean latencies need (the SLO evaluator keeps these per minute and hour).
struct Counts {
    qint64 attempts = 0; // every status
    qint64 requests = 0; // first attempts, every status
    qint64 okCount = 0; // status ok
    qint64 errors = 0; // status error
    qint64 cancelled = 0; // status cancelled
    qint64 availabilityErrors = 0; // errors that count against availability
    qint64 requestErrors = 0; // errors the request caused (not counted either way)
    qint64 costNano = 0; // every attempt
    qint64 unpriced = 0;
    qint64 okTtftCount = 0; // ok attempts with a time to first token
    qint64 okTtftMsSum = 0;
    qint64 okLatencyMsSum = 0;

    void add(const usage::MonitorGroup &group, const usage::MonitorSums &sums);
    // What a group's calls count as (its status and, for errors, countsAgainstAvailability of its
    // kind): a follower of many rows of one group classifies it once.
    enum class Outcome : std::uint8_t { Ok, Cancelled, AvailabilityError, RequestError };
    static Outcome outcomeOf(const usage::MonitorGroup &group);
    void add(Outcome outcome, const usage::MonitorSums &sums); // add(group, sums) of a group of that outcome
    // The sums' counters that add() reads, without their histograms (what a follower keeps of a row).
    using Added = usage::MonitorToldCounts;
    void add(Outcome outcome, const Added &added);
    void merge(const Counts &other);
    // Calls that count for availability, and the bad ones among them. For a route (Scope::countsRequests)
    // dispatches: bad = first attempts - ok - cancelled - request errors (the dispatches that failed
    // after any failover); otherwise attempts: bad = availabilityErrors.
    qint64 availabilityValid(bool requests) const;
    qint64 availabilityBad(bool requests) const;
    std::optional<double> availability(bool requests) const; // good / valid; unset without valid calls
    std::optional<double> errorRate() const; // errors / (attempts - cancelled)
    double costUsd() const { return usage::nanoToUsd(costNano); }
};

// Everything a set of rollup rows adds up to: the counts, the ok attempts' sums (with the histograms
// the percentiles and latency SLOs read), the errors by kind and the tokens of every attempt.
struct Aggregate : Counts {
    usage::MonitorSums ok; // status ok
    QMap<QString, qint64> errorsByKind; // status error, by error kind
    qint64 inputTokens = 0;
    qint64 outputTokens = 0; // includes reasoning
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0;

    void add(const usage::MonitorGroup &group, const usage::MonitorSums &sums);
    void merge(const Aggregate &other);
};

// One bucket of a series.
struct Point {
    qint64 t = 0; // the bucket's start, UTC epoch ms; it ends at t + Series::stepMs
    Aggregate all; // empty for a bucket without calls
    Percentiles ttftMs; // ok attempts that reported a first token
    Percentiles latencyMs; // ok attempts, total latency
    Percentiles gapMs; // streamed ok answers: mean gap between tokens
    Percentiles tokensPerSecond; // streamed ok answers
    std::optional<double> availability; // Aggregate::availability for the series' scope
    std::optional<double> errorRate;
};

struct SeriesQuery {
    Scope scope;
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    qint64 stepMs = 0; // 0: follows the range (autoStep); else a multiple of a minute, an hour or a day
};

struct Series {
    Scope scope;
    qint64 fromMs = 0; // aligned down to the step's resolution
    qint64 toMs = 0;
    qint64 stepMs = 0;
    usage::Resolution resolution = usage::Resolution::Minute; // the rollup read
    QList<Point> points; // one per step from fromMs, buckets without calls included
    Point total; // the whole range (t = fromMs)
};

// A change to show on a chart.
struct Marker {
    enum class Kind { ModelChanged, RoutingChanged };
    Kind kind = Kind::ModelChanged;
    qint64 t = 0; // UTC epoch ms
    // ModelChanged: another model string answered for `model` of `provider` from t on (first seen);
    // `previous` answered before it (the latest seen before t).
    QString provider;
    QString model;
    QString previous;
    QString answered;
    // RoutingChanged: the routing configuration's hash from t on, and what it holds.
    QString routingHash;
    QString summary; // "3 routes, 2 virtual models"
};

// The step a range gets when the query leaves it to the range (about 60 to 400 points): 1 minute up
// to 6 hours, 5 minutes up to 2 days, 1 hour up to 14 days, 6 hours up to 45 days, 1 day above.
// Minute steps need the range to start within the minute rollups' retention before `nowMs`; hours
// are used otherwise.
qint64 autoStep(qint64 fromMs, qint64 toMs, qint64 nowMs);
// The rollup a step reads: the coarsest resolution that divides it.
usage::Resolution resolutionFor(qint64 stepMs);

// The queries the Monitor page, the SLO evaluator and `switchboard-cli monitor` run. Each runs on the
// calling thread's connection (a worker thread's in the app: Database::connection is per thread); none
// scans the calls table except calls() (the drill-down, one page through the time index).
class MonitorQueries final
{
public:
    using Clock = std::function<qint64()>;
    // clock: UTC epoch ms, for the retention of the minute rollups (autoStep); the system clock by default.
    explicit MonitorQueries(std::shared_ptr<Database> database, Clock clock = {});

    // A series over [fromMs, toMs) in steps (see autoStep and SeriesQuery::stepMs). At most 2000 points.
    [[nodiscard]] Expected<Series> series(const SeriesQuery &query) const;

    // Two series on one chart: two models (same range) or two periods (same span), with the same
    // step. `b`'s points are moved by offsetMs = a.fromMs - b.fromMs onto `a`'s time axis (points
    // keep their own t; add offsetMs to draw them).
    struct Comparison {
        Series a;
        Series b;
        qint64 offsetMs = 0;
    };
    [[nodiscard]] Expected<Comparison> compare(const SeriesQuery &a, const SeriesQuery &b) const;

    // One aggregate over [fromMs, toMs) from the rollup of `resolution`: what SLOs and monitors read.
    [[nodiscard]] Expected<Aggregate> aggregate(const Scope &scope, qint64 fromMs, qint64 toMs, usage::Resolution resolution) const;
    // The same for several adjacent windows ending at `toMs` in one read of the minute rollup: window
    // i covers [toMs - windowsMs[i], toMs). Every window must fit in the minute retention.
    [[nodiscard]] Expected<QList<Aggregate>> recentWindows(const Scope &scope, qint64 toMs, const QList<qint64> &windowsMs) const;

    // Every rollup row of `resolution` with a start in [fromMs, toMs) that the scope matches, as it is
    // stored (for exports: the Prometheus text sums the day rows).
    using RowVisitor = std::function<void(qint64 t, const usage::MonitorGroup &group, const usage::MonitorSums &sums)>;
    // Which of the sums' histograms rows() reads; the others stay empty.
    enum class RowHistograms { None, LatencyAndTtft, All };
    [[nodiscard]] Expected<void> rows(const Scope &scope, qint64 fromMs, qint64 toMs, usage::Resolution resolution, const RowVisitor &visit,
                                      RowHistograms histograms = RowHistograms::All) const;

    // The same sums as rows() in fewer rows: all calls, a route, a proxy key, a provider or a model
    // (usage::TotalsKind) are read from their totals (a row per bucket, status and error kind; the
    // visited group has only those and the scope's own columns) where those hold every call
    // (monitor_totals_start), and from the per-group rows before that and for other scopes.
    [[nodiscard]] Expected<void> sums(const Scope &scope, qint64 fromMs, qint64 toMs, usage::Resolution resolution, const RowVisitor &visit,
                                      RowHistograms histograms = RowHistograms::All) const;

    // Whether the scope had any call that started before `beforeMs` (the day rollup, one row read).
    [[nodiscard]] Expected<bool> anyCalls(const Scope &scope, qint64 beforeMs) const;

    // One aggregate per provider and model asked for (scope.provider and .model empty there), for
    // overviews (`monitor status`): sorted by provider, then model.
    struct ModelAggregate {
        QString provider;
        QString model;
        Aggregate all;
    };
    [[nodiscard]] Expected<QList<ModelAggregate>> perModel(const Scope &scope, qint64 fromMs, qint64 toMs, usage::Resolution resolution) const;

    // Model and routing changes in [fromMs, toMs), oldest first: model changes of the scope's provider
    // and model (all when empty), routing changes always (they are the workspace's).
    [[nodiscard]] Expected<QList<Marker>> markers(const Scope &scope, qint64 fromMs, qint64 toMs) const;

    // The calls behind a bucket: the Usage page's calls query (usage::UsageQueries::calls, newest
    // first, keyset paging) over [fromMs, toMs) and the scope. The model asked for matches the calls
    // whose answering model string was seen for it (monitor_model_versions) or is the same.
    [[nodiscard]] Expected<usage::CallPage> calls(const Scope &scope, qint64 fromMs, qint64 toMs, int pageSize,
                                                  std::optional<usage::CallCursor> after = std::nullopt,
                                                  std::optional<usage::CallStatus> status = std::nullopt) const;
    // The Usage page's filter that calls() reads with (the Monitor page hands it to the calls table,
    // whose "Load more" and CSV export then cover the same calls).
    [[nodiscard]] Expected<usage::Filter> callFilter(const Scope &scope, qint64 fromMs, qint64 toMs,
                                                     std::optional<usage::CallStatus> status = std::nullopt) const;

    qint64 now() const { return m_clock(); }

private:
    std::shared_ptr<Database> m_database;
    Clock m_clock;
};

} // namespace sb::monitor
