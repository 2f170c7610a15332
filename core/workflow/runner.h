#pragma once

#include "common/expected.h"
#include "workflow/definition.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

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

// Runs workflows. Independent steps run at the same time (their model calls are dispatched together,
// not one after another); every model call goes through Router::dispatch with source "workflow" and the
// run id as its key, so routing, failover, budgets and the ledger apply. A step retries (its `retries`,
// waiting retryDelayMs and twice that after each try) and times out (`timeoutMs`); a run stops before a
// step that would take it over its cost ceiling; cancel() stops what runs. A human_review step pauses
// its branch (the run is paused once nothing else runs) until approve() or reject().
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

    // Starts a run of a valid definition (refused otherwise, or when the input does not match its
    // inputSchema); the run's id. The first steps start from the event loop.
    [[nodiscard]] Expected<QString> start(const Definition &definition, const QJsonValue &input, const RunOptions &options = {});
    // Stops a live run: calls in flight are cancelled, nothing new starts.
    void cancel(const QString &runId);
    // Answers a step waiting for review: approved with `value` (null: the value as shown), or rejected
    // (the step fails with the reason).
    [[nodiscard]] Expected<void> approve(const QString &runId, const QString &stepKey, const QJsonValue &value = QJsonValue());
    [[nodiscard]] Expected<void> reject(const QString &runId, const QString &stepKey, const QString &reason);

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
    // Why a model call may not start under the run's cost ceiling (empty: it may).
    QString overCeiling(Execution &run, const Step &step, double estimate) const;

    router::Router &m_router;
    knowledge::ContextBuilder *m_builder = nullptr;
    Seams m_seams;
    QHash<QString, std::shared_ptr<Execution>> m_runs;
};

} // namespace sb::workflow

Q_DECLARE_METATYPE(sb::workflow::StepResult)
Q_DECLARE_METATYPE(sb::workflow::RunStatus)
