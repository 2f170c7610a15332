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
};

// Evaluates the workspace's SLOs and monitors at a time from the monitoring rollups and moves their
// alert rules between resolved and firing, recording the alerts (AlertStore). A rule fires when its
// condition holds (and its cooldown after the last resolution is over) and resolves when it does not
// any more; a rule whose SLO or monitor left the configuration resolves. Synchronous, on the calling
// thread's connection: MonitorService runs it on a worker thread off the request path; tests call it
// with the times they want.
class Evaluator
{
public:
    Evaluator(std::shared_ptr<Database> database, QString origin);

    [[nodiscard]] Expected<Evaluation> evaluate(const MonitoringConfig &config, qint64 nowMs);
    // Only the statuses, without touching the alert rules (`monitor slo` and /metrics read these).
    [[nodiscard]] Expected<QList<SloStatus>> sloStatuses(const QList<Slo> &slos, qint64 nowMs) const;

    AlertStore &store() { return m_store; }

private:
    [[nodiscard]] Expected<SloStatus> sloStatus(const Slo &slo, qint64 nowMs) const;
    [[nodiscard]] Expected<MonitorStatus> monitorStatus(const ThresholdMonitor &monitor, qint64 nowMs) const;

    std::shared_ptr<Database> m_database;
    MonitorQueries m_queries;
    AlertStore m_store;
};

} // namespace sb::monitor
