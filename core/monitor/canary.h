#pragma once

#include "common/expected.h"
#include "compare/promptset.h"
#include "monitor/alerts.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::monitor {

// A quality canary (workspace "monitoring.canaries"): a prompt set in the Compare batch format with its
// checks (compare/promptset.h, the LLM judge's included), run on a schedule against chosen models
// through the router, within a cost cap per run:
//   {"name": "capitals", "models": ["openai/gpt-4o-mini", "smart"], "schedule": "hourly",
//    "maxCostUsd": 0.05, "prompts": [{"prompt": "Capital of France?", "contains": "Paris"}, ...]}
// "prompts" is an array of prompt-set rows (the JSONL objects) or the text of a prompt set (JSONL or
// CSV). Optional: "maxTokens" (default 256), "system", "judgeModel" (for judge checks without a model),
// "trailingRuns" (5: the runs a new one is tested against), "minSamples" (10 graded answers in the run
// and in the trailing runs before a drop can fire), "alpha" (0.01: the test's significance level),
// "enabled" (true).
struct Canary {
    enum class Schedule { Hourly, Daily };
    QString name;
    QStringList models; // PROVIDER/MODEL, routes or virtual models
    QList<compare::PromptRow> rows;
    Schedule schedule = Schedule::Daily;
    double maxCostUsd = 0.10; // per run, every model and judge call together
    int maxTokens = 256;
    QString systemPrompt;
    QString judgeModel;
    int trailingRuns = 5;
    int minSamples = 10;
    double alpha = 0.01;
    bool enabled = true;

    qint64 intervalMs() const { return schedule == Schedule::Hourly ? 3'600'000 : 86'400'000; }
    // The alert rule of one model's drop: "canary:NAME:MODEL".
    QString rule(const QString &model) const;
};
QString scheduleName(Canary::Schedule schedule); // hourly, daily

// One prompt's outcome in a run.
struct CanaryResult {
    enum class Status { Passed, Failed, Error, Skipped };
    QString rowId;
    QString prompt;
    QString answer;
    Status status = Status::Skipped;
    QString detail; // why it failed, erred or was skipped
    std::optional<qint64> latencyMs;
    double costUsd = 0; // the answer and its judge calls
};
QString statusName(CanaryResult::Status status); // passed, failed, error, skipped

// One run of a canary against one model.
struct CanaryRun {
    qint64 id = 0;
    QString canary;
    QString model;
    qint64 startedAt = 0; // UTC epoch ms
    qint64 finishedAt = 0;
    int prompts = 0;
    int graded = 0; // passed + failed
    int passed = 0;
    int errors = 0;
    int skipped = 0;
    bool capped = false; // the cost cap stopped it before every prompt was asked
    std::optional<double> latencyMsMean; // of the answered prompts
    double costUsd = 0;
    std::optional<double> pValue; // the drop test against the trailing runs; unset when too few samples
    std::optional<qint64> alertId;
    QList<CanaryResult> results; // filled when read with them

    std::optional<double> passRate() const { return graded ? std::optional<double>(double(passed) / graded) : std::nullopt; }
    // Counts from the results.
    void tally();
};

// The one-sided Fisher exact test of a drop: the probability, if the run and the baseline had the same
// pass rate, of the run passing `passed` of `graded` or fewer given the pass counts of both (the lower
// tail of the hypergeometric distribution). Exact for small counts, where a normal approximation is
// not; computed with log-factorials.
double fisherLowerTail(int passed, int graded, int basePassed, int baseGraded);

struct DropTest {
    int passed = 0, graded = 0; // the run
    int basePassed = 0, baseGraded = 0; // the trailing runs, pooled
    bool enough = false; // both have minSamples graded answers: the test is made
    std::optional<double> pValue;
    bool drop = false; // enough, a lower pass rate, and pValue < alpha
};
DropTest testDrop(int passed, int graded, int basePassed, int baseGraded, int minSamples, double alpha);

// What recording a run did to its alert rule.
struct CanaryVerdict {
    CanaryRun run; // as stored (id, p-value, alert)
    DropTest test;
    std::optional<Alert> raised; // not muted: to notify
    std::optional<Alert> resolved;
};

// Canary runs in the database (monitor_canary_runs, monitor_canary_results); each call runs on the
// calling thread's connection.
class CanaryStore
{
public:
    explicit CanaryStore(std::shared_ptr<Database> database);

    // Stores a run with its results (its id is filled in); results older than 90 days go.
    [[nodiscard]] Expected<CanaryRun> save(CanaryRun run);
    // The runs of a canary (and model, when given) that started in [fromMs, toMs), oldest first,
    // without their results.
    [[nodiscard]] Expected<QList<CanaryRun>> runs(const QString &canary, const QString &model, qint64 fromMs, qint64 toMs) const;
    // The last `count` runs of a canary on a model before run `beforeId` (0: all), newest first.
    [[nodiscard]] Expected<QList<CanaryRun>> trailing(const QString &canary, const QString &model, int count, qint64 beforeId = 0) const;
    [[nodiscard]] Expected<QList<CanaryResult>> results(qint64 runId) const;
    // When each canary last ran (any model), by name.
    [[nodiscard]] Expected<QHash<QString, qint64>> lastRuns() const;
    // The models a canary has runs of, sorted.
    [[nodiscard]] Expected<QStringList> models(const QString &canary) const;

    // Tests a finished run against its trailing runs, stores it, and moves its alert rule in `alerts`:
    // a drop beyond noise raises "canary:NAME:MODEL" (kind canary_drop) naming the prompts that failed
    // now and passed before, with both answers. While it is open, runs are tested against the baseline
    // it fired on (not the trailing runs, which fill with the dropped ones); the first run without a
    // drop against it resolves it.
    [[nodiscard]] Expected<CanaryVerdict> record(const Canary &canary, CanaryRun run, AlertStore &alerts, qint64 nowMs);

    static constexpr qint64 kResultsKeptMs = 90LL * 86'400'000;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace sb::monitor

Q_DECLARE_METATYPE(sb::monitor::CanaryRun)
