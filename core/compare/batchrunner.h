#pragma once

#include "common/async.h"
#include "common/expected.h"
#include "compare/comparestore.h"
#include "compare/promptset.h"
#include "knowledge/context.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sb::router {
class Router;
}

namespace sb::compare {

class Answer;

struct BatchOptions {
    QStringList models;
    QString systemPrompt; // rows with their own system prompt override it
    int concurrency = 4; // calls in flight at most (1..16)
    std::optional<int> maxTokens;
    QString title;
    QString category;
    // Knowledge collections every model answers from: each row's prompt is searched once and all the
    // models get the same passages for it (needs setContextBuilder).
    QStringList knowledge;
    knowledge::ContextOptions knowledgeOptions;
    // Grades the rows' judge checks that name no model of their own (compare/judge.h).
    QString judgeModel;
};

// Per model over a batch run.
struct ModelSummary {
    QString model;
    int rows = 0; // results so far
    int answered = 0; // status ok
    int errors = 0;
    int checked = 0; // rows with checks (an error fails them; cancelled rows are left out)
    int passed = 0;
    double meanLatencyMs = 0; // answered rows
    double totalCostUsd = 0;
    int unpriced = 0; // rows whose cost is unknown (no price): left out of totalCostUsd
    // Passed over checked rows; nullopt when no row had checks.
    std::optional<double> passRate() const { return checked ? std::optional<double>(double(passed) / checked) : std::nullopt; }
};
QList<ModelSummary> summarize(const QList<BatchResult> &results, const QStringList &models);

// The results as CSV (RFC 4180 quoting), one line per (row, model), with a header; the last column
// lists the knowledge-base sources the row was given, one per line ("[1] handbook.pdf, page 3").
QString resultsToCsv(const QList<BatchResult> &results);

// Runs a prompt set against several models through the router (source compare, source key = the
// batch comparison's id), at most `concurrency` calls at once, row by row. Each result is checked
// and saved as it arrives (on a worker, in order: finished() comes once every result is stored);
// cancel() stops starting new calls and cancels those in flight.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    BatchRunner(router::Router &router, std::shared_ptr<CompareStore> store, QString workspace, QObject *parent = nullptr);
    ~BatchRunner() override;

    // Saves a new batch comparison, then starts (started() gives its id). Refusals are returned.
    [[nodiscard]] Expected<void> start(const QList<PromptRow> &rows, const BatchOptions &options);
    void cancel();
    // The workspace new batch comparisons are filed under (its name).
    void setWorkspace(const QString &workspace) { m_workspace = workspace; }
    // What searches the knowledge base for the rows when BatchOptions::knowledge names collections.
    void setContextBuilder(knowledge::ContextBuilder *builder) { m_builder = builder; }
    // The sources a row's prompt was given (the same for every model; empty: none or not yet searched).
    knowledge::Context rowContext(int row) const { return m_contexts.value(row).value_or(knowledge::Context{}); }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int total() const { return int(m_rows.size() * m_options.models.size()); }
    int done() const { return m_done; }
    int inFlight() const;
    int peakInFlight() const { return m_peakInFlight; }
    qint64 comparisonId() const { return m_comparisonId; }
    // Index = row * models + model; a default BatchResult (empty model) until that job finishes.
    const QList<BatchResult> &results() const { return m_results; }
    const QStringList &models() const { return m_options.models; }

Q_SIGNALS:
    void started(qint64 comparisonId);
    void resultReady(int row, int model);
    void progress(int done, int total);
    void finished(bool cancelled);
    void storeError(const QString &message);

private:
    void launch();
    // The row's sources are known (or it needs none); otherwise its search is started and false.
    bool contextReadyFor(int row);
    void onAnswered(int job, Answer *answer);
    void record(int job, BatchResult r);
    // The result is graded: stored and reported.
    void recorded(int job, const BatchResult &r);
    // Stores what the row brought (its sources, a result) on the writer, in order; failures are reported.
    void write(int row, std::function<Expected<void>(CompareStore &)> job);

    router::Router &m_router;
    std::shared_ptr<CompareStore> m_store;
    QString m_workspace;
    QList<PromptRow> m_rows;
    BatchOptions m_options;
    QList<BatchResult> m_results;
    QList<QPointer<Answer>> m_inFlight;
    QPointer<knowledge::ContextBuilder> m_builder;
    QList<std::optional<knowledge::Context>> m_contexts; // per row, once searched
    QStringList m_rowErrors; // per row: why its search failed (its jobs fail without a call)
    bool m_searching = false;
    qint64 m_comparisonId = 0;
    int m_next = 0;
    int m_done = 0;
    int m_peakInFlight = 0;
    int m_grading = 0; // answers waiting for their judge
    bool m_running = false; // until finished(): the results are stored
    bool m_finishing = false; // the last calls ended; their results are being stored
    bool m_cancelled = false;
    async::Serial m_writes; // last: destroyed first, waiting for the writes
};

} // namespace sb::compare
