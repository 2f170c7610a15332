#pragma once

#include "common/async.h"
#include "common/expected.h"
#include "knowledge/store.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}
namespace sb::router {
class Dispatch;
class Router;
} // namespace sb::router

namespace sb::knowledge {

// Reciprocal rank fusion: each list ranks ids best first; an id scores the sum of 1 / (k + rank) over
// the lists it is in (rank from 1). Best first; ties keep the order of first appearance.
QList<std::pair<qint64, double>> reciprocalRankFusion(const QList<QList<qint64>> &rankings, int k = 60);

// Rerank: hybrid, then the best fused passages reordered by the collection's rerank model.
enum class SearchMode { Bm25, Vector, Hybrid, Rerank };
QString modeName(SearchMode mode); // bm25, vector, hybrid, rerank
std::optional<SearchMode> modeFromName(QStringView name);

struct SearchOptions {
    SearchMode mode = SearchMode::Hybrid;
    int topK = 5;
    int candidates = 50; // from each ranking before fusion
    // Hybrid: reranked too when the collection has a rerank model (the collection's own ranking, what
    // models are given); off: hybrid as asked.
    bool rerankIfSet = false;
};

struct SearchResult {
    QList<Passage> passages;
    SearchMode used = SearchMode::Bm25; // what ran: BM25 alone when the collection has no vectors yet
    QString note; // why it is not what was asked for, e.g. "BM25 only: the collection has no embedding model"
    double costUsd = 0; // of the search's model calls: embedding the query, the rerank
    double rerankCostUsd = 0; // the rerank's part of it
};

// The ranking behind Retriever::search, on the calling thread: BM25 (unless result.used is Vector),
// the vectors nearest to `vector` (when given), fused by reciprocal rank, the best topK with their
// three scores. `result` carries what the caller decided (the mode used, a note, the query's cost).
Expected<SearchResult> rankPassages(const KnowledgeStore &store, const Collection &collection, const QString &query, const SearchOptions &options,
                                    const QList<float> &vector, SearchResult result = {});

// Embeds a collection's passages that have no vector for its model (or for the model it is changing
// to) through the router (source knowledge: ledger, budgets, failover), in batches, with the store's
// work on a worker. When the model being changed to is complete it takes the old one's place.
class Embedder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Embedder)

public:
    static constexpr int kBatch = 64;
    // A rate-limited batch is sent again after the provider's Retry-After (or a backoff from 2 s when
    // it names none), at most this many times in a row, and never after a wait longer than kMaxWaitMs.
    static constexpr int kMaxRateLimitWaits = 5;
    static constexpr int kMaxWaitMs = 5 * 60 * 1000;

    // Runs `then` after `delayMs` on `context`'s thread unless the context is gone first. Default: a
    // single-shot QTimer; tests record the wait and go on.
    using Schedule = async::Schedule;

    Embedder(router::Router &router, std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~Embedder() override;

    void embed(qint64 collectionId);
    void cancel();
    void setSchedule(Schedule schedule);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int embedded, int total, double costUsd);
    // The provider is rate-limiting: the same batch goes again in delayMs (attempt: 1-based wait count).
    void waiting(int delayMs, int attempt, const QString &reason);
    // ok: every passage has its vector; else the reason (the router's error, a store error, cancelled)
    void finished(bool ok, const QString &message);

private:
    void next();
    void send(const QList<qint64> &ids, const QStringList &texts);
    void finish(bool ok, const QString &message);

    router::Router &m_router;
    std::shared_ptr<KnowledgeStore> m_store;
    QPointer<router::Dispatch> m_call;
    Collection m_collection;
    QString m_model; // what is embedded now
    int m_total = 0;
    int m_done = 0;
    int m_waits = 0; // rate-limit waits in a row for the batch in hand
    // The last passage asked for: the next batch starts after it. 0: from the start (a final sweep
    // finds passages that came in below the cursor before the model is called complete).
    qint64 m_cursor = 0;
    bool m_waiting = false; // for a rate limit: cancel() ends the wait at once
    quint64 m_waitGeneration = 0;
    double m_cost = 0;
    Schedule m_schedule;
    bool m_running = false;
    bool m_cancelled = false;
    async::Serial m_serial; // last: destroyed first, waiting for the store's work
};

class Reranker;

// Searches a collection: BM25, vectors (the query embedded through the router with the collection's
// model), or both fused by reciprocal rank (the default). Without vectors it says so and uses BM25.
// Rerank fuses the collection's rerankCandidates best passages (BM25 alone without vectors) and has
// its rerank model reorder them; when that fails the fused order stays and the note says why.
class Retriever final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Retriever)

public:
    Retriever(router::Router *router, std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~Retriever() override;

    // `done` runs on this object's thread (unless it is destroyed first).
    void search(const Collection &collection, const QString &query, const SearchOptions &options, std::function<void(Expected<SearchResult>)> done);
    // The reranker's timeout timer (tests).
    void setRerankSchedule(async::Schedule schedule);

private:
    void fuse(const Collection &collection, const QString &query, const SearchOptions &options, std::function<void(Expected<SearchResult>)> done);
    void rank(const Collection &collection, const QString &query, const SearchOptions &options, const QList<float> &vector, SearchResult result,
              std::function<void(Expected<SearchResult>)> done);
    void rerank(const Collection &collection, const QString &query, int topK, SearchResult fused, std::function<void(Expected<SearchResult>)> done);

    router::Router *m_router = nullptr; // none: BM25 only
    std::shared_ptr<KnowledgeStore> m_store;
    Reranker *m_reranker = nullptr; // a child; only with a router
    async::Serial m_serial;
};

} // namespace sb::knowledge
