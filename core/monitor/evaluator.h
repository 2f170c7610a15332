#pragma once

#include "common/expected.h"
#include "monitor/alerts.h"
#include "monitor/config.h"
#include "monitor/windowsums.h"

#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace sb {
class Database;
}
namespace sb::usage {
struct MonitorTotalChange;
}

namespace sb::monitor {

// What a rule shows: resolved (not firing), firing, or muted (its alerts are recorded, not told).
enum class RuleDisplay { Resolved, Firing, Muted };
QString displayName(RuleDisplay display); // resolved, firing, muted

// The burn rate of an SLO's error budget over one window: (bad / valid) / budget. 1 spends the budget
// exactly over the SLO's window; unset without valid calls.
struct Burn {
    qint64 windowMs = 0;
    double valid = 0;
    double bad = 0;
    std::optional<double> rate;
};

// An SLO as last evaluated.
struct SloStatus {
    Slo slo;
    qint64 evaluatedAt = 0;
    double good = 0; // over the SLO's window
    double valid = 0;
    std::optional<double> sli; // good / valid, as a fraction (0.995 = 99.5 %)
    std::optional<double> budgetRemaining; // 1 - (bad / valid) / budget: 1 untouched, 0 spent, below 0 overspent
    Burn burn5m, burn30m, burn1h, burn6h;
    bool fastBurning = false; // the fast alert's condition holds now (1 h and 5 min above fastBurnThreshold)
    bool slowBurning = false; // the slow alert's (6 h and 30 min above slowBurnThreshold)
    RuleDisplay fast = RuleDisplay::Resolved;
    RuleDisplay slow = RuleDisplay::Resolved;
    RuleDisplay display() const; // the worse of fast and slow (firing > muted > resolved)
};

// A threshold monitor as last evaluated.
struct MonitorStatus {
    ThresholdMonitor monitor;
    qint64 evaluatedAt = 0;
    std::optional<double> value; // error rate (fraction), spike ratio, dollars in the hour, hours without calls
    double threshold = 0; // in the value's unit
    qint64 samples = 0; // calls in the window
    bool condition = false; // it would fire now (minimum samples met, cooldown aside)
    RuleDisplay display = RuleDisplay::Resolved;
};

// One evaluation of every SLO and monitor at a time, and the alerts it raised and resolved.
struct Evaluation {
    qint64 at = 0;
    QList<SloStatus> slos;
    QList<MonitorStatus> monitors;
    QList<Alert> raised; // not muted: to notify (including alerts raised while muted whose mute ended)
    QList<Alert> resolved; // not muted: to notify
    QList<Alert> firing; // every open alert of this origin after the evaluation, muted ones included
    int canariesFiring = 0; // open canary drop alerts (monitor/canary.h) whose rules are not muted
};

// Evaluates the workspace's SLOs and monitors at a time from the monitoring rollups and moves their
// alert rules between resolved and firing, recording the alerts (AlertStore). A rule fires when its
// condition holds (and its cooldown after the last resolution is over) and resolves when it does not
// any more; a rule whose SLO or monitor left the configuration resolves. Synchronous, on the calling
// thread's connection: MonitorService runs it on a worker thread off the request path; tests call it
// with the times they want.
//
// Between evaluations it keeps, per scope, the counts of each minute and hour it needs (and each
// latency SLO's good calls), as long as its windows reach back. The first evaluation of a scope reads
// them from the rollups. After that it does not read them again: the ledger writers of this process tell
// it what each committed batch added to the minute rollups (usage::listenToMonitorCommits, CommitFeed),
// and it adds that to the minutes and hours of the scopes it matches. Calls that other processes write
// to the same database (another `serve` on a shared PostgreSQL, the app beside `serve`) are only in the
// database: every evaluation reads the all-calls hour rows of the last two or three hours (a handful of
// rows) and compares them with the chain of changes this process's writers made to them; when anyone
// else wrote, the minutes of the last 10 minutes of every scope are read again, in one read for all
// scopes (a call lands in the minute it started, when it ends: late by its latency; only the counters
// and, for latency SLOs, the latency and TTFT buckets). An hour of the last two whose calls of a status
// the database then still holds more of than the all-calls minutes kept here (always kept while
// following) got calls later than that: its minutes are read again too. So with one writer an
// evaluation reads a few rows whatever the traffic; beside other writers it reads 10 minutes of rows,
// and an hour's for calls up to 2 h late. Times must not go backwards by more than that between
// evaluations.
class Evaluator
{
public:
    // followWriters false: no listening; every evaluation reads the last 10 minutes again (as beside
    // other writers; the benchmark compares both).
    Evaluator(std::shared_ptr<Database> database, QString origin, bool followWriters = true);
    ~Evaluator();
    Q_DISABLE_COPY_MOVE(Evaluator)

    [[nodiscard]] Expected<Evaluation> evaluate(const MonitoringConfig &config, qint64 nowMs);
    // Only the statuses, without touching the alert rules (`monitor slo` and /metrics read these).
    [[nodiscard]] Expected<QList<SloStatus>> sloStatuses(const QList<Slo> &slos, qint64 nowMs);

    AlertStore &store() { return m_store; }

    // Tests and the benchmark, before the first evaluation: follow without being told what this
    // process's writers commit. Their calls are then read from the database as other writers' are
    // (the minutes whose all-calls totals differ from what is held).
    void setTold(bool told);

    // What the evaluations so far did (tests and the benchmark).
    struct Stats {
        qint64 scopesRead = 0; // scopes read whole (the first time, after a configuration change)
        qint64 rereads = 0; // evaluations that read the last minutes again
        qint64 othersSeen = 0; // evaluations that found writes not told by this process
        qint64 rowsFollowed = 0; // minute rows taken from this process's writers
        qint64 lateRereads = 0; // hours whose minutes were read again for other writers' late calls (without minute totals)
        qint64 minutesReread = 0; // minutes read again (beside other writers: those whose all-calls totals differ)
    };
    const Stats &stats() const { return m_stats; }

private:
    struct Facts;
    struct ScopeCache;
    struct Follow;
    struct SeenRows;
    struct Groups;
    // Makes the caches match what the SLOs and monitors need, and brings them up to `nowMs`.
    [[nodiscard]] Expected<void> prepare(const QList<Slo> &slos, const QList<ThresholdMonitor> &monitors, qint64 nowMs);
    // Reads the windows of the scopes not loaded whole: their hours from their totals (or every group's
    // hour rows), their minutes in one read of every group's minute rows.
    [[nodiscard]] Expected<void> load(qint64 nowMs);
    // Adds what the writers of this process told since the last take to the scopes already read
    // and appends the all-calls rows they changed to `changes`. `forgetReads`: the first take of an
    // evaluation, after which the rows the last evaluation's reads saw are forgotten.
    void absorb(qint64 nowMs, bool forgetReads, std::vector<usage::MonitorTotalChange> &changes);
    // Reads the minutes in the ranges [from, to) of the caches again, in one read of every group's rows.
    [[nodiscard]] Expected<void> reread(const std::vector<ScopeCache *> &caches, qint64 nowMs, const std::vector<std::pair<qint64, qint64>> &ranges);
    // Adds every minute row in the ranges to the pending facts of the caches it matches (noting what
    // they saw), in one read of the counters and, with `histograms`, the latency and TTFT buckets.
    [[nodiscard]] Expected<void> readMinutes(const std::vector<ScopeCache *> &caches, const std::vector<std::pair<qint64, qint64>> &ranges,
                                             bool histograms);
    // The all-calls minute totals from `fromMs` on (monitor_minute_all); none when that table does not
    // hold every call from there on (an upgraded ledger's, before its backfill).
    struct MinuteTotal {
        qint64 ok = 0; // attempts by status
        qint64 errors = 0;
        qint64 cancelled = 0;
        qint64 requests = 0;
    };
    [[nodiscard]] Expected<std::optional<std::map<qint64, MinuteTotal>>> minuteTotals(qint64 fromMs) const;
    // The minutes from `fromMs` on whose counts in `ours` (the all-calls scope's) differ from `held`, as
    // ranges [from, to) of whole minutes.
    static std::vector<std::pair<qint64, qint64>> differingMinutes(const WindowSums<Facts> &ours, const std::map<qint64, MinuteTotal> &held,
                                                                   qint64 fromMs);
    // The first hour from `fromMs` on whose attempts by status in `ours` (the all-calls scope's minutes)
    // differ from `held` (the database's, by hour and status); kEndOfTime when none does.
    static qint64 firstDifferingHour(const WindowSums<Facts> &ours, const std::map<std::pair<qint64, usage::CallStatus>, qint64> &held,
                                     qint64 fromMs);
    // The all-calls hour rows from `fromMs` on: attempts by (hour, status, error kind).
    [[nodiscard]] Expected<std::map<std::tuple<qint64, QString, QString>, qint64>> hourTotals(qint64 fromMs) const;
    ScopeCache &cacheOf(const Scope &scope);
    SloStatus sloStatus(const Slo &slo, qint64 nowMs);
    [[nodiscard]] Expected<MonitorStatus> monitorStatus(const ThresholdMonitor &monitor, qint64 nowMs);

    std::shared_ptr<Database> m_database;
    MonitorQueries m_queries;
    AlertStore m_store;
    std::vector<std::unique_ptr<ScopeCache>> m_caches;
    std::unique_ptr<Follow> m_follow; // null: followWriters false
    std::unique_ptr<Groups> m_groups; // of the minute rows read
    std::shared_ptr<SeenRows> m_seen; // the last read's rows, reused by the next read once no cache holds them
    Stats m_stats;
};

} // namespace sb::monitor
