#pragma once

#include "common/expected.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::monitor {

// One firing of an alert rule, from when it fired to when it resolved (monitor_alerts).
struct Alert {
    enum class State { Firing, Resolved };
    qint64 id = 0;
    QString origin; // "app" or "serve": the evaluator that raised it
    QString rule; // the SLO's name with ":fast" or ":slow", or the monitor's name
    QString name; // the SLO's or monitor's name
    QString kind; // slo_fast_burn, slo_slow_burn, error_rate, latency_spike, cost_per_hour, no_traffic
    QString scope; // Scope::describe() of what it watches
    State state = State::Firing;
    qint64 startedAt = 0; // UTC epoch ms
    std::optional<qint64> resolvedAt;
    QString message; // what fired, with the figures, in English (logs, webhooks)
    QJsonObject details; // the figures by name (burn rates, thresholds, counts)
    bool muted = false; // raised while its rule was muted and not notified yet

    bool isTest() const { return kind == QLatin1String("test"); }
    // The JSON that webhooks receive and `monitor alerts --json` prints:
    // {"id", "origin", "rule", "name", "kind", "scope", "state": "firing"|"resolved", "startedAt" and
    //  "resolvedAt" (ISO 8601 UTC), "message", "details"}.
    QJsonObject toJson() const;
};

QString stateName(Alert::State state); // firing, resolved

// A rule's state for one evaluator (monitor_alert_rules).
struct RuleState {
    std::optional<qint64> openAlert; // the firing alert's id
    std::optional<qint64> lastResolvedAt;
    std::optional<qint64> mutedUntil;
    bool mutedAt(qint64 nowMs) const { return mutedUntil && *mutedUntil > nowMs; }
};

// Alert history and rule state in SQLite, for one evaluator's origin (reads with an empty origin
// cover every origin). Each call runs on the calling thread's connection.
class AlertStore
{
public:
    AlertStore(std::shared_ptr<Database> database, QString origin);

    const QString &origin() const { return m_origin; }
    [[nodiscard]] Expected<QHash<QString, RuleState>> ruleStates() const;
    // Records a firing alert (its id is filled in) and opens it on its rule.
    [[nodiscard]] Expected<Alert> raise(Alert alert);
    // Resolves the rule's open alert at `atMs`; the message and details become the resolution's.
    [[nodiscard]] Expected<Alert> resolve(qint64 alertId, qint64 atMs, const QString &message, const QJsonObject &details);
    // The alert was notified after its rule's mute ended.
    [[nodiscard]] Expected<void> markNotified(qint64 alertId);
    // Mutes a rule until `untilMs` (alerts are still recorded, not notified); nullopt unmutes.
    [[nodiscard]] Expected<void> mute(const QString &rule, std::optional<qint64> untilMs);

    // Newest first, at most `limit`; firingOnly: the open ones.
    [[nodiscard]] Expected<QList<Alert>> history(int limit, bool firingOnly = false) const;
    [[nodiscard]] Expected<std::optional<Alert>> alert(qint64 id) const;

    static constexpr int kKeptAlerts = 10'000; // per origin; older ones are deleted as new ones come

private:
    std::shared_ptr<Database> m_database;
    QString m_origin;
};

} // namespace sb::monitor

Q_DECLARE_METATYPE(sb::monitor::Alert)
