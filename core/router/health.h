#pragma once

#include "common/async.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sb::router {

// Per target ("provider/model"): moving averages of latency and time to first token, error rate,
// calls in flight, and a circuit breaker. Thread-safe: every proxy thread and the GUI share one.
//
// Circuit breaker: `failureThreshold` consecutive failures open it for `cooldownMs`; after that one
// probe call is let through (half-open); success closes it, failure opens it again for twice as long
// (at most `maxCooldownMs`).
struct HealthOptions {
    int failureThreshold = 3;
    qint64 cooldownMs = 30'000;
    qint64 maxCooldownMs = 5 * 60'000;
    double alpha = 0.3; // EWMA weight of the newest sample
};

class HealthTracker
{
public:
    using Clock = async::Clock; // monotonic ms
    using Options = HealthOptions;
    enum class Breaker { Closed, Open, HalfOpen };

    struct Snapshot {
        QString target;
        std::optional<double> latencyMs; // EWMA of successful calls' total latency
        std::optional<double> ttftMs; // EWMA of time to first token
        double errorRate = 0; // EWMA of failures (1) and successes (0)
        qint64 calls = 0;
        qint64 failures = 0;
        int inFlight = 0;
        Breaker breaker = Breaker::Closed;
        qint64 openUntilMs = 0; // when Open: when the next probe may go
        int consecutiveFailures = 0;
        QString demotedBy; // why routes try it after their other targets (setDemotions); empty: not demoted
    };

    explicit HealthTracker(Options options = {}, Clock clock = {});

    // Whether a call may go to the target now. In HalfOpen, the first caller gets the probe (true)
    // and the others false until it reports.
    bool allow(const QString &target);
    // Read-only version for planning and dry runs (does not take the probe).
    bool wouldAllow(const QString &target) const;
    void started(const QString &target);
    void succeeded(const QString &target, qint64 latencyMs, std::optional<qint64> ttftMs);
    // counts: whether the failure says something about the target's health (not for cancels or
    // request errors such as invalid_request)
    void failed(const QString &target, bool counts = true);

    std::optional<Snapshot> snapshot(const QString &target) const;
    // What planning needs, under one lock and without copies: for the router's hot path.
    struct Quick {
        std::optional<double> ttftMs;
        int inFlight = 0;
        bool allowed = true;
        bool trial = false; // allowed as the half-open circuit's one trial call, not as a healthy target
        int consecutiveFailures = 0;
        bool demoted = false; // see setDemotions(); demotionOf() says why
    };
    Quick quick(const QString &target) const;
    // A number for a target that stays valid for the tracker's life: quick(id) then needs no hashing.
    int intern(const QString &target);
    Quick quick(int id) const;
    QList<Snapshot> snapshots() const;
    void reset();

    // Targets that routes should try after their other usable targets, each with why (an SLO burning
    // its error budget fast: monitor::MonitorService sets them after each evaluation). Replaces the
    // previous set; an empty one demotes nothing. A demoted target is still used when nothing else is.
    void setDemotions(const QHash<QString, QString> &whyByTarget);
    QString demotionOf(int id) const;

private:
    struct State {
        Snapshot s;
        qint64 cooldownMs = 0;
        bool probeTaken = false;
    };
    State &stateLocked(const QString &target);
    void refreshLocked(State &st) const;
    Quick quickLocked(State &st) const;

    Options m_options;
    Clock m_clock;
    mutable QMutex m_mutex;
    // States live in a deque-like list that never moves them (interned ids index it); the hash maps
    // target names to positions.
    mutable std::vector<std::unique_ptr<State>> m_stateList;
    QHash<QString, int> m_index;
};

} // namespace sb::router
