#pragma once

#include "common/async.h"
#include "knowledge/store.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace sb::protocol {
struct ChatRequest;
}
namespace sb::router {
struct DispatchContext;
class Router;
} // namespace sb::router

namespace sb::knowledge {

// Who the knowledge base's model calls (embeddings, reranks) are in the ledger: source knowledge,
// the collection's name as the key. Budgets apply to them like to any call.
router::DispatchContext knowledgeCallContext(const Collection &collection);

// The listwise rerank prompt: the question and the candidates numbered from 1 (label and text, each
// text cut to kRerankPassageChars), asking for the numbers of the helpful ones, best first.
inline constexpr int kRerankPassageChars = 1000;
protocol::ChatRequest rerankRequest(const QString &model, const QString &query, const QList<Passage> &candidates);

// The candidate numbers (1..count) a rerank answer names, best first: a JSON array ("[3, 1, 2]",
// also inside a code fence or an object), bracketed numbers ("[3] > [1]"), or a plain list ("3, 1",
// "1. Passage 3" on lines). Numbers out of range and repeats are left out; reasoning in <think> tags
// is ignored. nullopt when the answer names no candidate.
std::optional<QList<int>> parseRanking(const QString &answer, int count);

// The candidates in the order `ranking` (1-based numbers, best first) gives, each with its
// rerankRank; those the ranking leaves out follow in their own order (rerankRank 0).
QList<Passage> applyRanking(const QList<Passage> &candidates, const QList<int> &ranking);

struct RerankOutcome {
    QList<Passage> passages; // reordered; as given when it failed
    bool reranked = false;
    QString note; // why the order was kept ("not reranked: ...")
    double costUsd = 0; // of the chat call (0 when its model has no price)
};

// Reorders passages by a chat model's judgement: one non-streamed chat request through
// Router::dispatch (source knowledge: ledger, budgets, failover) with the question and the numbered
// candidates. Any failure (the router's error, no answer within kTimeoutMs, an answer without
// candidate numbers) keeps the order given, and the outcome's note says why. Several reranks may be
// in flight at once.
class Reranker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reranker)

public:
    static constexpr int kTimeoutMs = 30000;
    static constexpr int kMaxTokens = 1024; // the answer is a list of numbers; reasoning models need room to think

    // Runs `then` after `delayMs` on `context`'s thread unless the context is gone first (the
    // timeout). Default: a single-shot QTimer; tests fire it themselves.
    using Schedule = async::Schedule;

    explicit Reranker(router::Router &router, QObject *parent = nullptr);
    ~Reranker() override; // calls in flight are cancelled; their `done` is not called

    void setSchedule(Schedule schedule);

    // Reranks `candidates` (best first) with the collection's rerank model. `done` runs on this
    // object's thread, at once when there is nothing to reorder (fewer than two candidates) or the
    // router refuses the call before it starts (no target, a budget).
    void rerank(const Collection &collection, const QString &query, const QList<Passage> &candidates, std::function<void(RerankOutcome)> done);

private:
    router::Router &m_router;
    Schedule m_schedule;
};

} // namespace sb::knowledge
