#pragma once

#include "common/expected.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"

#include <QObject>

#include <memory>

namespace sb::knowledge {

// JSON Lines, one question a line: {"question": "...", "sources": ["refunds.md"], "phrase": "thirty days"}
// ("source" for one). Errors name the line.
[[nodiscard]] Expected<QList<GoldenQuestion>> parseGolden(const QByteArray &jsonl);
bool isRelevant(const Passage &passage, const GoldenQuestion &question);

// How one search configuration did over the golden set (shares of the questions that ran).
struct ModeScore {
    SearchMode mode = SearchMode::Hybrid;
    int questions = 0;
    double recallAt1 = 0; // the top passage is a right one
    double recallAt5 = 0;
    double recallAtK = 0;
    double mrr = 0; // mean of 1 / the rank of the first right passage (0 when none in the top k)
    // Citation correctness: source [1] of the context a model is given (the passages numbered in
    // order, those over the default token budget left out: knowledge/context.h) is a right one, so an
    // answer citing its first source cites a right passage. It differs from recall@1 only when the
    // top passage alone is over the budget.
    double citationCorrect = 0;
    double costUsd = 0; // of the searches' model calls (embedding the queries, reranking)
    QString note; // why it did not run, ran as BM25, or was not reranked (the first question's reason)
};

// Runs every golden question through each search mode and scores it. Queries of the vector, hybrid
// and rerank modes are embedded, and reranks asked, through the router like any search (source
// knowledge). Rerank needs the collection's rerankModel (a copy with another one tries that model).
class Evaluator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Evaluator)

public:
    Evaluator(router::Router *router, std::shared_ptr<Database> database, QObject *parent = nullptr);

    void run(const Collection &collection, const QList<GoldenQuestion> &questions, const QList<SearchMode> &modes, int k = 10);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QList<sb::knowledge::ModeScore> &scores);
    void failed(const QString &message);

private:
    void next();

    Retriever m_retriever;
    Collection m_collection;
    QList<GoldenQuestion> m_questions;
    QList<SearchMode> m_modes;
    QList<ModeScore> m_scores;
    int m_k = 10;
    int m_mode = 0;
    int m_question = 0;
};

} // namespace sb::knowledge
