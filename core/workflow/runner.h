#pragma once

#include "common/async.h"
#include "common/expected.h"
#include "workflow/definition.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sb::router {
class Router;
struct DispatchResult;
} // namespace sb::router
namespace sb::knowledge {
class ContextBuilder;
}

namespace sb::workflow {

class RunStore;

enum class RunStatus { Running, Paused, Succeeded, Failed, Cancelled, Interrupted };
QString runStatusName(RunStatus status); // running, paused, succeeded, failed, cancelled, interrupted
std::optional<RunStatus> runStatusFromName(QStringView name);

// Waiting: not started (or its turn has not come); Review: a human_review step waiting for someone.
enum class StepStatus { Waiting, Running, Done, Failed, Skipped, Cancelled, Review, Interrupted };
QString stepStatusName(StepStatus status); // waiting, running, done, failed, skipped, cancelled, review, interrupted
std::optional<StepStatus> stepStatusFromName(QStringView name);

// What one step did in one run. Inside a map a step runs once per item: its key is the map's key,
// the item's index and the step's id ("translate[2].draft").
struct StepResult {
    QString key;
    QString stepId;
    StepKind kind = StepKind::Llm;
    StepStatus status = StepStatus::Waiting;
    QJsonValue inputs; // what it was given: the request as sent (llm, classify), the value under review, ...
    QJsonValue output;
    QString branch; // condition: "true" or "false"; classify: the label
    QString model; // PROVIDER/MODEL that answered (the last call's)
    QString requestId; // the last call's ledger request id
    int attempts = 0; // the step's own tries (retries), not the router's
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    bool costKnown = true; // false: a model without a price answered (costUsd leaves it out)
    std::optional<qint64> latencyMs; // from its start to its end, retries included
    QString error;
    bool replayed = false; // the output came from a recorded run, no call was made
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;

    bool isFinished() const { return status == StepStatus::Done || status == StepStatus::Skipped; }
    // What a path steps.ID.<field> reads: output, branch, cost, model, inputTokens, outputTokens,
    // latencyMs, status, attempts.
    QJsonObject pathView() const;
};

struct RunOptions {
    // The most the run may spend: a step whose estimated cost (the catalog's prices, the request's
    // size and its maxTokens or the model's output limit) would take the run over it does not start,
    // and the run fails before it. Unset: no ceiling.
    std::optional<double> maxCostUsd;
    QString startedBy; // where it was started: "app", "cli", a proxy key's name (kept with the run)
    // the proxy key that started it: its budgets apply to the run's calls (not kept: a resumed run goes without);
    // initialized so that aggregate initializers written before it need not name it
    QString proxyKey = {};
};

// A run as the runner keeps it (and, with a store, as it is stored).
struct RunRecord {
    QString id;
    QString workflow;
    QJsonObject definition; // the workflow as it ran
    QJsonValue input;
    QJsonValue output;
    RunStatus status = RunStatus::Running;
    QString error;
    double costUsd = 0;
    bool costKnown = true;
    std::optional<double> maxCostUsd;
    QString startedBy;
    QString replayOf; // the run whose recorded outputs this one replayed
    qint64 startedAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 finishedAtMs = 0; // 0 while running or paused
};

struct ResumeOptions {
    // Run this definition instead of the recorded one (a fixed prompt): steps that finished keep their
    // results when their key is still there.
    std::optional<Definition> definition;
    std::optional<double> maxCostUsd; // a new ceiling (a run stopped by its ceiling goes on under a higher one)
    // Answers to the reviews the run waits for: step key -> the approved value (null: as shown).
    QHash<QString, QJsonValue> reviews;
};

struct ReplayOptions {
    std::optional<QJsonValue> input; // default: the recorded run's input
    // Steps whose input differs from the recording (or that it lacks) call their model; otherwise they fail.
    bool liveMisses = false;
    RunOptions run;
};

// Runs workflows. Independent steps run at the same time (their model calls are dispatched together,
// not one after another); every model call goes through Router::dispatch with source "workflow" and the
// run id as its key, so routing, failover, budgets and the ledger apply. A step retries (its `retries`,
// waiting retryDelayMs and twice that after each try) and times out (`timeoutMs`); a run stops before a
// step that would take it over its cost ceiling; cancel() stops what runs. A human_review step pauses
// its branch (the run is paused once nothing else runs) until approve() or reject().
//
// With a RunStore every run and each change of a step is stored as it happens (in order, on a worker):
// a failed, paused, cancelled or interrupted run resumes from where it stopped without repeating the
// steps that finished, also in another runner after a restart, and a recorded run can be replayed.
//
// Signals carry what the editor shows live: each step's status with its output, cost and error as they
// change, streamed model text, and the run's status.
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    struct Seams {
        std::function<qint64()> nowMs; // UTC epoch ms
        // Runs `then` after `delayMs` on `context`'s thread unless the context is gone first (retry
        // waits, step timeouts). Default: a single-shot QTimer.
        std::function<void(int delayMs, QObject *context, std::function<void()> then)> schedule;
        std::function<QString()> newRunId; // default: a time-ordered UUID
    };

    Runner(router::Router &router, Seams seams = {}, QObject *parent = nullptr);
    ~Runner() override;

    // What knowledge_retrieve steps search with (without one they fail and say so).
    void setContextBuilder(knowledge::ContextBuilder *builder) { m_builder = builder; }
    // Where runs are kept; without a store runs live in memory only.
    void setStore(std::shared_ptr<RunStore> store);
    std::shared_ptr<RunStore> store() const { return m_store; }

    // Starts a run of a valid definition (refused otherwise, or when the input does not match its
    // inputSchema); the run's id. The first steps start from the event loop.
    [[nodiscard]] Expected<QString> start(const Definition &definition, const QJsonValue &input, const RunOptions &options = {});
    // Stops a live run: calls in flight are cancelled, nothing new starts.
    void cancel(const QString &runId);
    // Answers a step waiting for review: approved with `value` (null: the value as shown), or rejected
    // (the step fails with the reason).
    [[nodiscard]] Expected<void> approve(const QString &runId, const QString &stepKey, const QJsonValue &value = QJsonValue());
    [[nodiscard]] Expected<void> reject(const QString &runId, const QString &stepKey, const QString &reason);

    // Goes on with a stored run that failed, paused, was cancelled or interrupted: steps that finished
    // keep their results (nothing is called for them again), the others run. `done` says whether it
    // started (a run still running elsewhere, or one that succeeded, is refused).
    void resume(const QString &runId, const ResumeOptions &options = {}, std::function<void(Expected<void>)> done = {});
    // A new run of `definition` on a recorded run's input in which the steps that call something (llm,
    // classify, extract_text, knowledge_retrieve) and human reviews take the recorded output when
    // their input is what was recorded: deterministic and free, for testing a changed workflow
    // downstream of them. `done` gets the new run's id.
    void replay(const QString &recordedRunId, const Definition &definition, const ReplayOptions &options = {},
                std::function<void(Expected<QString>)> done = {});
    // Runs left running whose lease ran out lost their runner (a crash, a kill): marks them interrupted
    // so that they can be resumed. Call it at start; `done` gets how many.
    void recover(std::function<void(Expected<int>)> done = {});
    // Waits until every change so far is stored (tests, a CLI about to exit).
    void flush();
    // Calls `then` on this thread, unless `context` is gone, once every change so far is stored (the
    // editor reads the history after a run ends).
    void whenStored(QObject *context, std::function<void()> then);

    // Drops a run that is not running any more from memory (a server that runs many); the store keeps it.
    void forget(const QString &runId);

    bool isLive(const QString &runId) const;
    std::optional<RunRecord> run(const QString &runId) const; // live runs (and those that ended in this runner)
    QList<StepResult> steps(const QString &runId) const; // in the order they started
    QStringList liveRuns() const;

Q_SIGNALS:
    void runStatusChanged(const QString &runId, sb::workflow::RunStatus status);
    // A step started, finished, failed, was skipped, waits for review...: its whole result so far.
    void stepChanged(const QString &runId, const sb::workflow::StepResult &step);
    // Text a model streams for a step (llm, classify), as it arrives.
    void stepText(const QString &runId, const QString &stepKey, const QString &delta);
    void reviewRequested(const QString &runId, const QString &stepKey, const QJsonValue &value, const QString &instructions);
    void costChanged(const QString &runId, double costUsd);

public:
    // (the state of a run; opaque outside runner.cpp)
    struct Execution;
    struct GraphRun;
    struct StepState;

private:
    class Attempt;
    class StepScope;

    // Makes what progress a graph (and the maps around it) can make; then checks the run as a whole.
    [[nodiscard]] Expected<QString> startRun(const Definition &definition, const QJsonValue &input, const RunOptions &options,
                                             const std::function<void(Execution &)> &prepare);
    void startSoon(const std::shared_ptr<Execution> &run);
    void progress(Execution &run, GraphRun *graph);
    void pump(Execution &run, GraphRun &graph);
    void startStep(Execution &run, GraphRun &graph, const Step &step);
    void runSync(Execution &run, GraphRun &graph, const Step &step, StepResult &result);
    void finishStep(Execution &run, GraphRun &graph, const Step &step, StepStatus status);
    void startAttempt(Execution &run, GraphRun &graph, const Step &step);
    void attemptLlm(Execution &run, GraphRun &graph, const Step &step, Attempt *attempt);
    void dispatchCall(Execution &run, GraphRun &graph, const Step &step, Attempt *attempt);
    void onAnswer(Execution &run, GraphRun &graph, const Step &step, Attempt *attempt, const router::DispatchResult &result);
    void attemptExtract(Execution &run, GraphRun &graph, const Step &step, Attempt *attempt);
    void attemptRetrieve(Execution &run, GraphRun &graph, const Step &step, Attempt *attempt);
    // A try failed: the step retries after a wait when it may, else it fails.
    void attemptFailed(Execution &run, GraphRun &graph, const Step &step, Attempt *attempt, const QString &error, bool retryable);
    void startMap(Execution &run, GraphRun &graph, const Step &step);
    void startItems(Execution &run, GraphRun &graph, const Step &step);
    void itemEnded(Execution &run, GraphRun &item);
    void checkRun(Execution &run);
    void finishRun(Execution &run, RunStatus status);
    void stepChangedFor(Execution &run, const StepResult &result);
    void setRunStatus(Execution &run, RunStatus status);
    StepState *findReview(Execution &run, const QString &stepKey, GraphRun **graph);
    // A replay takes the recorded output of a step with the same input: true when it handled the step.
    bool replayRecorded(Execution &run, GraphRun &graph, const Step &step, Attempt *attempt);
    std::unique_ptr<GraphRun> makeGraph(Execution &run, const Graph &graph, const QString &prefix);
    // The store's writes wait in m_pending and go as one batch (one transaction): what changed within a
    // few milliseconds, and everything that changed while the batch before was written.
    void persistRun(Execution &run);
    void persistStep(Execution &run, const StepResult &result);
    void writeSoon();
    void submitWrites(); // queues what waits as one batch now, after what was queued before
    void renewLeases();
    // Why a model call may not start under the run's cost ceiling (empty: it may).
    QString overCeiling(Execution &run, const Step &step, double estimate) const;

    router::Router &m_router;
    knowledge::ContextBuilder *m_builder = nullptr;
    Seams m_seams;
    QHash<QString, std::shared_ptr<Execution>> m_runs;
    std::shared_ptr<RunStore> m_store;
    struct PendingWrites;
    std::unique_ptr<PendingWrites> m_pending;
    int m_batchesInFlight = 0;
    QTimer m_writeWindow; // from the first change that waits until its batch goes
    bool m_windowOver = false; // the window ended while a batch was being written: the next goes after it
    async::Serial m_writes; // the store's writes, in order
    QTimer m_leases; // renews the leases of running runs
};

} // namespace sb::workflow

Q_DECLARE_METATYPE(sb::workflow::StepResult)
Q_DECLARE_METATYPE(sb::workflow::RunStatus)
