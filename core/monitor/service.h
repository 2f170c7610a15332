#pragma once

#include "common/async.h"
#include "common/expected.h"
#include "monitor/evaluator.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::router {
class HealthTracker;
}

namespace sb::monitor {

// Why an SLO demotes its model in routing: the burn rates of its fast alert.
struct SloDemotion {
    QString slo;
    double burn1h = 0;
    double burn5m = 0;
    double threshold = 0; // the fast alert's
    // As routing keeps it in its traces and tells proxy clients (English, machine text): `SLO "name"
    // burns its error budget 20.0x over 1 h and 16.2x over 5 min (fast alert above 14.4x)`.
    QString reason() const;
};

// The targets the SLOs that ask for it ("demote": true, on a model) want demoted in routing: those whose
// fast burn-rate condition holds in `evaluation`, each with why (router::HealthTracker::setDemotions):
// the SloDemotion::reason() of each such SLO of the target, "; " between them.
QHash<QString, QString> sloDemotions(const Evaluation &evaluation);
// The demotions a reason of sloDemotions() names, in order (for showing it in the user's language);
// none when `reason` is not such a reason.
QList<SloDemotion> sloDemotionsIn(const QString &reason);

// Evaluates the SLOs and threshold monitors on a timer, off the request path: each evaluation runs on
// the service's own worker thread (with its own connection) and its result comes back to the
// service's thread, where the signals are emitted. The app and `serve` each run one (Options::origin),
// with their own alert state in the shared database.
//
// For the app (Monitor page, Routing page, alerts badge and tray), everything is on the GUI thread:
//  - last(): the latest Evaluation (SLO statuses with budget and burn rates, monitor statuses, open
//    alerts); sloStatusFor(scope) for the Routing page's targets;
//  - firingCount() and firingCountChanged(int): the badge (open alerts that are not muted);
//  - alertRaised / alertResolved: the tray's desktop notifications (never for muted rules);
//  - history(): the alerts list with its history; mute(): mute a rule for a while.
// Nothing here blocks: the database work runs on the worker.
class MonitorService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorService)

public:
    using Clock = std::function<qint64()>;
    struct Options {
        QString origin = QStringLiteral("app"); // "app" or "serve"
        int intervalMs = 60'000; // between evaluations
        async::Schedule schedule; // the timer; async::timerSchedule() when empty
        Clock clock; // UTC epoch ms; the system clock when empty
        // Set: after each evaluation, the targets of SLOs burning fast that ask for it are demoted there
        // (sloDemotions); cleared when the service stops or goes. Must outlive the service.
        router::HealthTracker *health = nullptr;
    };

    MonitorService(std::shared_ptr<Database> database, MonitoringConfig config, Options options, QObject *parent = nullptr);
    ~MonitorService() override; // waits for an evaluation in progress

    // The workspace changed: the next evaluation uses this (call evaluateNow() to see it at once).
    void setConfig(MonitoringConfig config);
    const MonitoringConfig &config() const { return m_config; }

    // Evaluates now, then every intervalMs until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // One evaluation now besides the timer's (after a config change, or a mute).
    void evaluateNow();

    // The latest evaluation (empty before the first has finished).
    const Evaluation &last() const { return m_last; }
    // The latest status of the SLO whose scope is `scope` (the Routing page: a target's model, a route).
    std::optional<SloStatus> sloStatusFor(const Scope &scope) const;
    int firingCount() const { return m_firingCount; }

    // Mutes a rule (Alert::rule) until `untilMs` (nullopt: unmutes), then evaluates again. `done` runs
    // on this thread when it is stored.
    void mute(const QString &rule, std::optional<qint64> untilMs, std::function<void(Expected<void>)> done = {});
    // The alert history, newest first; `done` runs on this thread while `context` lives.
    void history(int limit, QObject *context, std::function<void(Expected<QList<Alert>>)> done);

Q_SIGNALS:
    void evaluated(const sb::monitor::Evaluation &evaluation);
    void alertRaised(const sb::monitor::Alert &alert);
    void alertResolved(const sb::monitor::Alert &alert);
    void firingCountChanged(int count);
    void evaluationFailed(const sb::Error &error);

private:
    void scheduleNext();
    void onEvaluated(const Expected<Evaluation> &result);

    std::shared_ptr<Database> m_database;
    MonitoringConfig m_config;
    Options m_options;
    std::shared_ptr<Evaluator> m_evaluator; // used on the worker thread only
    Evaluation m_last;
    int m_firingCount = 0;
    bool m_running = false;
    bool m_stopped = false; // stop() was called (and no start() since): demote nothing
    bool m_evaluating = false;
    bool m_again = false; // evaluateNow() while one ran: another after it
    quint64 m_timerGeneration = 0; // a stop() or a new start() voids the scheduled tick
    async::Serial m_serial; // last: destroyed first, waiting for the evaluation in progress
};

} // namespace sb::monitor

Q_DECLARE_METATYPE(sb::monitor::Evaluation)
