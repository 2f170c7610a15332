#pragma once

#include "common/async.h"
#include "common/expected.h"
#include "monitor/canary.h"
#include "protocol/types.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace sb::router {
class Router;
}
namespace sb::compare {
class Answer;
class Grader;
} // namespace sb::compare

namespace sb::monitor {

// One run of a canary: its prompts against each of its models, one call at a time (row by row, every
// model for a row before the next row, so that a cost cap leaves the models an equal share), each
// answer graded by its checks (compare::Grader: a judge through the router too). Every call goes
// through Router::dispatch with source "eval" and source key "canary:NAME".
//
// The cost cap: before each call (answers and judges) the router's plan estimates its maximum cost
// (the prompt's tokens and max_tokens at the target's prices; a model without a price counts as the
// dearest call so far); when the run's cost so far plus that would pass maxCostUsd, the run stops
// there and the prompts left are skipped (CanaryRun::capped).
class CanaryRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanaryRunner)

public:
    using Clock = std::function<qint64()>;
    CanaryRunner(router::Router &router, Canary canary, Clock clock, QObject *parent = nullptr);
    ~CanaryRunner() override;

    void start();
    void cancel(); // the prompts left are skipped; finished() follows
    bool isFinished() const { return m_finished; }
    const Canary &canary() const { return m_canary; }
    // One per model, in the canary's order; complete after finished().
    const QList<CanaryRun> &runs() const { return m_runs; }
    double spentUsd() const { return m_spent; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void onAnswered(int job);
    void onGraded(int job, CanaryResult result);
    void done(int job, CanaryResult result);
    void finish(const QString &skipReason);
    // Empty when the call fits under the cap; else why not (and the run is capped).
    QString admit(const protocol::ChatRequest &request);
    protocol::ChatRequest request(int job) const;

    router::Router &m_router;
    Canary m_canary;
    Clock m_clock;
    QList<CanaryRun> m_runs;
    int m_next = 0;
    double m_spent = 0;
    double m_dearest = 0; // the dearest call so far: the estimate of a call without a price
    QPointer<compare::Answer> m_answer;
    QPointer<compare::Grader> m_grader;
    bool m_capRefused = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

// Runs the workspace's canaries on their schedules and records each run (CanaryStore::record), which
// moves the canaries' alert rules. The schedule is kept in the database (each canary's last start), so a
// restart does not run a canary again before it is due. A tick every tickMs starts the canaries that are
// due, one run at a time; runNow() queues one besides. Time comes from the clock and the waits from the
// schedule (tests move both). Database work runs on the service's worker; signals come on its thread.
class CanaryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanaryService)

public:
    using Clock = std::function<qint64()>;
    struct Options {
        QString origin = QStringLiteral("app"); // the alert rules' evaluator (monitor/alerts.h)
        int tickMs = 60'000;
        async::Schedule schedule; // async::timerSchedule() when empty
        Clock clock; // UTC epoch ms; the system clock when empty
    };

    CanaryService(std::shared_ptr<Database> database, router::Router &router, QList<Canary> canaries, Options options, QObject *parent = nullptr);
    ~CanaryService() override;

    void setCanaries(QList<Canary> canaries);
    const QList<Canary> &canaries() const { return m_canaries; }
    std::optional<Canary> canary(const QString &name) const;

    void start();
    void stop();
    // Queues a run of the canary now, whatever its schedule (an unknown name is refused).
    [[nodiscard]] Expected<void> runNow(const QString &name);
    QString running() const; // the canary running now, or empty
    QStringList queued() const { return m_queue; }
    // When each canary last started (after the first tick has read them).
    const QHash<QString, qint64> &lastRuns() const { return m_lastRuns; }

    // The stored runs and answers, read on the worker; `done` runs on this thread while `context` lives.
    void runs(const QString &canary, const QString &model, qint64 fromMs, qint64 toMs, QObject *context,
              std::function<void(Expected<QList<CanaryRun>>)> done);
    void results(qint64 runId, QObject *context, std::function<void(Expected<QList<CanaryResult>>)> done);

Q_SIGNALS:
    void runStarted(const QString &canary);
    void runFinished(const QString &canary, const QList<sb::monitor::CanaryRun> &runs);
    void runFailed(const QString &canary, const QString &message);
    void alertRaised(const sb::monitor::Alert &alert);
    void alertResolved(const sb::monitor::Alert &alert);

private:
    void tick();
    void scheduleTick();
    void startNext();
    void onRunnerFinished(CanaryRunner *runner);

    std::shared_ptr<Database> m_database;
    router::Router &m_router;
    QList<Canary> m_canaries;
    Options m_options;
    std::shared_ptr<CanaryStore> m_store;
    std::shared_ptr<AlertStore> m_alerts;
    QHash<QString, qint64> m_lastRuns;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_running = false;
    quint64 m_generation = 0;
    QStringList m_queue;
    QPointer<CanaryRunner> m_runner;
    int m_recording = 0; // runs being stored
    async::Serial m_serial; // last: destroyed first, waiting for the writes
};

} // namespace sb::monitor
