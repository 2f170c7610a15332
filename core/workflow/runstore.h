#pragma once

#include "common/expected.h"
#include "workflow/runner.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::workflow {

// Which runs a history query lists (newest first).
struct RunQuery {
    QString workflow; // empty: every workflow
    QList<RunStatus> statuses; // empty: any
    int limit = 50;
};

// Workflow runs and their steps in SQLite (resources/migrations/0013_workflows.sql). Blocking: the
// runner calls it on a worker, in order (async::Serial); the editor's history asks it the same way.
class RunStore
{
public:
    explicit RunStore(std::shared_ptr<Database> database);

    // Inserts or updates the run; a running run holds its lease until leaseUntilMs.
    [[nodiscard]] Expected<void> saveRun(const RunRecord &run, qint64 leaseUntilMs = 0);
    // Inserts or updates one step's result; seq orders the steps of a run.
    [[nodiscard]] Expected<void> saveStep(const QString &runId, const StepResult &step, int seq);

    // Runs and steps to save together (the runner's changes of one moment, the newest of each).
    struct Batch {
        struct Run {
            RunRecord record;
            qint64 leaseUntilMs = 0;
            // false: the run is stored already with this definition and input; only what changes as it
            // runs (status, output, error, cost, ceiling, lease, times) is written
            bool whole = true;
        };
        struct Step {
            QString runId;
            StepResult result;
            int seq = 0;
        };
        QList<Run> runs;
        QList<Step> steps;
        bool isEmpty() const { return runs.isEmpty() && steps.isEmpty(); }
    };
    // Saves a batch in one transaction (runs first): all of it or, on an error, none of it.
    [[nodiscard]] Expected<void> save(const Batch &batch);
    [[nodiscard]] Expected<void> renewLeases(const QStringList &runIds, qint64 leaseUntilMs);

    [[nodiscard]] Expected<std::optional<RunRecord>> run(const QString &id) const;
    [[nodiscard]] Expected<qint64> leaseOf(const QString &id) const;
    [[nodiscard]] Expected<QList<StepResult>> steps(const QString &runId) const;
    // The history: runs without their definition and input (run() has them).
    [[nodiscard]] Expected<QList<RunRecord>> runs(const RunQuery &query = {}) const;
    [[nodiscard]] Expected<void> remove(const QString &runId);

    // Runs left running whose lease ran out by nowMs lost their runner (a crash, a kill): they and
    // their running steps become interrupted. How many runs.
    [[nodiscard]] Expected<int> markInterrupted(qint64 nowMs);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace sb::workflow
