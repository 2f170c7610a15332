#pragma once

#include "common/expected.h"
#include "monitor/alerts.h"
#include "monitor/config.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace sb {
class Database;
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
// latency SLO's good calls), as long as its windows reach back: the first evaluation reads them all,
// later ones only the last 10 minutes and 2 hours again, in one read for every scope together (a call lands in the minute it started, when
// it ends: late by its latency), so an evaluation a minute costs a few rows per scope however long the
// SLO windows are. Times must not go backwards by more than that between evaluations.
class Evaluator
{
public:
    Evaluator(std::shared_ptr<Database> database, QString origin);
    ~Evaluator();
    Q_DISABLE_COPY_MOVE(Evaluator)

    [[nodiscard]] Expected<Evaluation> evaluate(const MonitoringConfig &config, qint64 nowMs);
    // Only the statuses, without touching the alert rules (`monitor slo` and /metrics read these).
    [[nodiscard]] Expected<QList<SloStatus>> sloStatuses(const QList<Slo> &slos, qint64 nowMs);

    AlertStore &store() { return m_store; }

private:
    struct Facts;
    struct ScopeCache;
    // Makes the caches match what the SLOs and monitors need, and brings them up to `nowMs`.
    [[nodiscard]] Expected<void> prepare(const QList<Slo> &slos, const QList<ThresholdMonitor> &monitors, qint64 nowMs);
    [[nodiscard]] Expected<void> refresh(ScopeCache &cache, qint64 nowMs) const;
    // refresh() of caches already loaded, from one read of every group's recent rows
    [[nodiscard]] Expected<void> refreshTogether(const std::vector<ScopeCache *> &caches, qint64 nowMs) const;
    ScopeCache &cacheOf(const Scope &scope);
    SloStatus sloStatus(const Slo &slo, qint64 nowMs);
    [[nodiscard]] Expected<MonitorStatus> monitorStatus(const ThresholdMonitor &monitor, qint64 nowMs);

    std::shared_ptr<Database> m_database;
    MonitorQueries m_queries;
    AlertStore m_store;
    std::vector<std::unique_ptr<ScopeCache>> m_caches;
};

} // namespace sb::monitor
