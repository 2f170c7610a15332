#pragma once

#include "common/expected.h"
#include "compare/leaderboard.h"
#include "knowledge/context.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::compare {

// How one answer went: what the pane or batch cell shows and what is stored.
struct AnswerStats {
    QString provider; // after routing
    QString model;
    QString requestId; // the ledger's request id
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
    bool costKnown = true; // false: the model has no price, the cost is unknown (not 0); stored as cost_nusd -1
    std::optional<qint64> ttftMs; // from the send to the first content
    std::optional<qint64> latencyMs; // from the send to the end
    enum class Status { Ok, Stopped, Error };
    Status status = Status::Ok;
    QString error;
    // Output tokens per second after the first token, when it can be told (sb::tokensPerSecond).
    std::optional<double> tokensPerSecond() const;
};

struct Comparison {
    enum class Kind { Live, Batch };
    qint64 id = 0;
    QString workspace;
    QString title;
    Kind kind = Kind::Live;
    QString systemPrompt;
    QStringList models; // pane order
    bool blind = false;
    QList<int> displayOrder; // blind: pane shown in each position; empty = pane order
    bool revealed = false;
    QString category; // tag for the leaderboard
    QStringList knowledge; // the collections its prompts are searched in (empty: none)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct ComparisonSummary {
    qint64 id = 0;
    QString title;
    Comparison::Kind kind = Comparison::Kind::Live;
    QStringList models;
    bool blind = false;
    bool revealed = false;
    QString category;
    qint64 updatedAt = 0;
};

struct CompareMessage {
    int pane = 0;
    int turn = 0;
    bool fromUser = true;
    QString text;
    AnswerStats stats; // answers
    // Answers: the sources of the turn (the same in every pane), read back by messages(); stored
    // once per turn by saveSources(), not with each message.
    knowledge::Context knowledge;
};

struct BatchResult {
    int row = 0; // 0-based row of the prompt set
    QString rowId;
    QString model;
    QString prompt;
    QString output;
    int checks = 0; // how many checks the row had
    std::optional<bool> passed; // nullopt: no checks (or no answer)
    QString checkDetail;
    AnswerStats stats;
    // The sources of the row (the same for every model), read back by batchResults(); stored once
    // per row by saveSources(), not with each result.
    knowledge::Context knowledge;
};

// Comparisons, their turns, blind votes and batch results in SQLite. All calls use the calling
// thread's connection.
class CompareStore
{
public:
    explicit CompareStore(std::shared_ptr<Database> database, std::function<qint64()> clockMs = {});

    [[nodiscard]] Expected<qint64> create(Comparison comparison);
    [[nodiscard]] Expected<Comparison> comparison(qint64 id) const;
    // Title, category, blind, display order, revealed, system prompt and knowledge collections (not
    // the models or the kind).
    [[nodiscard]] Expected<void> update(const Comparison &comparison);
    [[nodiscard]] Expected<void> remove(qint64 id);
    // Newest first.
    [[nodiscard]] Expected<QList<ComparisonSummary>> list(const QString &workspace) const;

    [[nodiscard]] Expected<qint64> appendMessage(qint64 comparisonId, const CompareMessage &message);
    [[nodiscard]] Expected<QList<CompareMessage>> messages(qint64 comparisonId) const; // by turn, then pane

    // Stores the votes of one round (all or nothing), with the comparison's workspace and category.
    [[nodiscard]] Expected<void> recordVotes(qint64 comparisonId, const QList<Vote> &votes);
    [[nodiscard]] Expected<QList<Vote>> votes(const QString &workspace, const QString &category = {}) const; // oldest first
    [[nodiscard]] Expected<QList<LeaderboardEntry>> leaderboard(const QString &workspace, const QString &category = {}) const;
    // Categories with votes, and of comparisons, in the workspace.
    [[nodiscard]] Expected<QStringList> categories(const QString &workspace) const;

    // Inserts or replaces the result of (row, model).
    [[nodiscard]] Expected<void> saveBatchResult(qint64 comparisonId, const BatchResult &result);
    [[nodiscard]] Expected<QList<BatchResult>> batchResults(qint64 comparisonId) const; // by row, then model

    // Inserts or replaces the knowledge-base sources of a live comparison's turn or a batch's row
    // (`position`, 0-based): messages() and batchResults() give them to its answers. A context with
    // no collection stores nothing.
    [[nodiscard]] Expected<void> saveSources(qint64 comparisonId, int position, const knowledge::Context &context);

private:
    [[nodiscard]] Expected<void> touch(qint64 id);
    std::shared_ptr<Database> m_database;
    std::function<qint64()> m_clock;
};

} // namespace sb::compare
