#include "knowledge/retrieval.h"

#include "common/logging.h"
#include "knowledge/rerank.h"
#include "providers/advice.h"
#include "router/router.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

namespace sb::knowledge {

namespace {

QString callError(const router::DispatchResult &r)
{
    if (r.outcome.error)
        return providers::adviceFor(*r.outcome.error).text;
    return QStringLiteral("the model answered without vectors");
}

} // namespace

QList<std::pair<qint64, double>> reciprocalRankFusion(const QList<QList<qint64>> &rankings, int k)
{
    QHash<qint64, double> score;
    QList<qint64> order;
    for (const QList<qint64> &ranking : rankings) {
        for (qsizetype i = 0; i < ranking.size(); ++i) {
            const qint64 id = ranking.at(i);
            if (!score.contains(id))
                order << id;
            score[id] += 1.0 / double(k + i + 1);
        }
    }
    QList<std::pair<qint64, double>> out;
    out.reserve(order.size());
    for (qint64 id : order)
        out.append({id, score.value(id)});
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return out;
}

QString modeName(SearchMode mode)
{
    switch (mode) {
    case SearchMode::Bm25: return QStringLiteral("bm25");
    case SearchMode::Vector: return QStringLiteral("vector");
    case SearchMode::Hybrid: return QStringLiteral("hybrid");
    case SearchMode::Rerank: return QStringLiteral("rerank");
    }
    return {};
}

std::optional<SearchMode> modeFromName(QStringView name)
{
    for (SearchMode mode : {SearchMode::Bm25, SearchMode::Vector, SearchMode::Hybrid, SearchMode::Rerank}) {
        if (name.compare(modeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

// ------------------------------------------------------------------------------------------------

Embedder::Embedder(router::Router &router, std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_store(std::make_shared<KnowledgeStore>(std::move(database)))
    , m_schedule(async::timerSchedule())
{
}

void Embedder::setSchedule(Schedule schedule)
{
    m_schedule = std::move(schedule);
}

Embedder::~Embedder()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void Embedder::embed(qint64 collectionId)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_done = 0;
    m_cost = 0;
    m_cursor = 0;
    m_serial.run(
        this,
        [store = m_store, collectionId]() -> Expected<std::pair<Collection, int>> {
            auto c = store->collection(collectionId);
            if (!c)
                return c.error();
            const QString model = c->embedModelNext.isEmpty() ? c->embedModel : c->embedModelNext;
            if (model.isEmpty())
                return std::pair<Collection, int>{*c, 0};
            auto n = store->countWithoutVector(collectionId, model);
            if (!n)
                return n.error();
            return std::pair<Collection, int>{*c, *n};
        },
        [this](const Expected<std::pair<Collection, int>> &r) {
            if (!r) {
                finish(false, r.error().message);
                return;
            }
            m_collection = r->first;
            m_model = m_collection.embedModelNext.isEmpty() ? m_collection.embedModel : m_collection.embedModelNext;
            m_total = r->second;
            if (m_model.isEmpty()) {
                finish(false, QStringLiteral("the collection \"%1\" has no embedding model (it is searched by BM25)").arg(m_collection.name));
                return;
            }
            Q_EMIT progress(0, m_total, 0);
            next();
        });
}

void Embedder::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
    if (m_waiting) {
        m_waiting = false;
        ++m_waitGeneration;
        finish(false, QStringLiteral("cancelled"));
    }
}

void Embedder::next()
{
    if (m_cancelled) {
        finish(false, QStringLiteral("cancelled"));
        return;
    }
    m_serial.run(
        this,
        [store = m_store, id = m_collection.id, model = m_model, after = m_cursor] { return store->chunksWithoutVector(id, model, kBatch, after); },
        [this](const Expected<QList<PendingChunk>> &batch) {
            if (!batch) {
                finish(false, batch.error().message);
                return;
            }
            if (batch->isEmpty() && m_cursor > 0) {
                m_cursor = 0;
                next();
                return;
            }
            if (batch->isEmpty()) {
                // complete: a model being changed to takes the old one's place
                m_serial.run(
                    this,
                    [store = m_store, id = m_collection.id, model = m_model] {
                        auto promoted = store->promoteNextModel(id);
                        // built now, so that the first search after embedding does not wait for it
                        if (auto ready = store->prepareVectorIndex(id, model); promoted && !ready)
                            qCWarning(lcKnowledge) << ready.error().message;
                        return promoted;
                    },
                    [this](const Expected<bool> &promoted) {
                        if (!promoted)
                            finish(false, promoted.error().message);
                        else
                            finish(true, *promoted ? QStringLiteral("%1 now answers the collection's searches").arg(m_model) : QString());
                    });
                return;
            }
            QStringList texts;
            QList<qint64> ids;
            for (const PendingChunk &p : *batch) {
                texts << p.text;
                ids << p.chunkId;
            }
            m_cursor = ids.last();
            m_waits = 0;
            send(ids, texts);
        });
}

void Embedder::send(const QList<qint64> &ids, const QStringList &texts)
{
    m_call = m_router.embed(m_model, texts, knowledgeCallContext(m_collection), this);
    auto answered = [this, ids, texts](const router::DispatchResult &result) {
        if (m_call)
            m_call->deleteLater();
        m_call = nullptr;
        m_cost += result.costUsd;
        const std::optional<protocol::ApiError> &error = result.outcome.error;
        // the router retried and failed over within its own limits; a provider that still says
        // "later" gets the same batch again after the wait it asked for
        if (!m_cancelled && error && error->kind == protocol::ApiError::Kind::RateLimited) {
            ++m_waits;
            const int delay = error->retryAfter ? int(std::min<qint64>(error->retryAfter->count(), std::numeric_limits<int>::max()))
                                                : 2000 * (1 << std::min(m_waits - 1, 8));
            if (delay > kMaxWaitMs) {
                finish(false,
                       QStringLiteral("%1 (it asks for a wait of %2 min, longer than an embedding waits; run it again later)")
                           .arg(callError(result))
                           .arg((delay + 59999) / 60000));
                return;
            }
            if (m_waits > kMaxRateLimitWaits) {
                finish(
                    false,
                    QStringLiteral("%1 (still rate-limited after %2 waits; run the embedding again later)").arg(callError(result)).arg(m_waits - 1));
                return;
            }
            const QString reason = error->retryAfter
                ? QStringLiteral("%1 is rate-limiting (Retry-After %2 s)").arg(m_model).arg(delay / 1000.0, 0, 'g', 4)
                : QStringLiteral("%1 is rate-limiting").arg(m_model);
            qCInfo(lcKnowledge) << "embedding waits" << delay << "ms:" << reason;
            Q_EMIT waiting(delay, m_waits, reason);
            m_waiting = true;
            m_schedule(delay, this, [this, ids, texts, generation = ++m_waitGeneration] {
                if (!m_waiting || generation != m_waitGeneration)
                    return; // cancelled meanwhile
                m_waiting = false;
                send(ids, texts);
            });
            return;
        }
        if (!result.ok() || result.outcome.embeddings.size() != ids.size()) {
            finish(false, m_cancelled ? QStringLiteral("cancelled") : callError(result));
            return;
        }
        m_serial.run(
            this, [store = m_store, model = m_model, ids, vectors = result.outcome.embeddings] { return store->storeVectors(model, ids, vectors); },
            [this, n = int(ids.size())](const Expected<void> &stored) {
                if (!stored) {
                    finish(false, stored.error().message);
                    return;
                }
                m_done += n;
                Q_EMIT progress(m_done, std::max(m_total, m_done), m_cost);
                next();
            });
    };
    // a call refused before it starts (no target, a budget) has finished already
    if (m_call->isFinished())
        answered(m_call->result());
    else
        connect(m_call, &router::Dispatch::finished, this, answered);
}

void Embedder::finish(bool ok, const QString &message)
{
    m_running = false;
    if (!ok)
        qCInfo(lcKnowledge) << "embedding stopped:" << message;
    Q_EMIT finished(ok, message);
}

// ------------------------------------------------------------------------------------------------

Retriever::Retriever(router::Router *router, std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_store(std::make_shared<KnowledgeStore>(std::move(database)))
    , m_reranker(router ? new Reranker(*router, this) : nullptr)
{
}

Retriever::~Retriever() = default;

void Retriever::setRerankSchedule(async::Schedule schedule)
{
    if (m_reranker)
        m_reranker->setSchedule(std::move(schedule));
}

void Retriever::search(const Collection &collection, const QString &query, const SearchOptions &options,
                       std::function<void(Expected<SearchResult>)> done)
{
    SearchMode mode = options.mode;
    if (mode == SearchMode::Hybrid && options.rerankIfSet && !collection.rerankModel.trimmed().isEmpty())
        mode = SearchMode::Rerank;
    if (mode != SearchMode::Rerank) {
        fuse(collection, query, options, std::move(done));
        return;
    }
    if (collection.rerankModel.trimmed().isEmpty()) {
        done(Error::make(Error::Kind::Validation, QStringLiteral("no rerank: the collection has no rerank model")));
        return;
    }
    // hybrid over as many passages as the rerank model sees (and at least the ones asked for)
    SearchOptions hybrid = options;
    hybrid.mode = SearchMode::Hybrid;
    hybrid.topK = std::max(options.topK, collection.rerankCandidates);
    fuse(collection, query, hybrid, [this, collection, query, topK = options.topK, done = std::move(done)](Expected<SearchResult> fused) mutable {
        if (!fused) {
            done(std::move(fused));
            return;
        }
        rerank(collection, query, topK, std::move(*fused), std::move(done));
    });
}

void Retriever::rerank(const Collection &collection, const QString &query, int topK, SearchResult fused,
                       std::function<void(Expected<SearchResult>)> done)
{
    const qsizetype seen = std::min<qsizetype>(collection.rerankCandidates, fused.passages.size());
    const QList<Passage> candidates = fused.passages.mid(0, seen);
    auto finish = [topK, fused, rest = fused.passages.mid(seen), done = std::move(done)](const RerankOutcome &outcome) mutable {
        SearchResult result = std::move(fused);
        result.passages = outcome.passages + rest;
        if (result.passages.size() > topK)
            result.passages.resize(topK);
        result.costUsd += outcome.costUsd;
        result.rerankCostUsd = outcome.costUsd;
        if (outcome.reranked)
            result.used = SearchMode::Rerank; // over BM25 alone when there are no vectors: the note says so
        else
            result.note = result.note.isEmpty() ? outcome.note : result.note + QStringLiteral("; ") + outcome.note;
        done(std::move(result));
    };
    if (!m_reranker) {
        RerankOutcome kept;
        kept.passages = candidates;
        kept.note = QCoreApplication::translate("sb::knowledge::Retriever", "not reranked: no providers to rerank with");
        finish(kept);
        return;
    }
    m_reranker->rerank(collection, query, candidates, std::move(finish));
}

void Retriever::fuse(const Collection &collection, const QString &query, const SearchOptions &options,
                     std::function<void(Expected<SearchResult>)> done)
{
    SearchResult result;
    result.used = options.mode;
    if (options.mode != SearchMode::Bm25) {
        QString why;
        if (collection.embedModel.isEmpty())
            why = QCoreApplication::translate("sb::knowledge::Retriever", "the collection has no embedding model");
        else if (!m_router)
            why = QCoreApplication::translate("sb::knowledge::Retriever", "no providers to embed the query with");
        if (!why.isEmpty()) {
            if (options.mode == SearchMode::Vector) {
                done(Error::make(Error::Kind::Validation, QCoreApplication::translate("sb::knowledge::Retriever", "no vector search: %1").arg(why)));
                return;
            }
            result.used = SearchMode::Bm25;
            result.note = QCoreApplication::translate("sb::knowledge::Retriever", "BM25 only: %1").arg(why);
            rank(collection, query, options, {}, result, std::move(done));
            return;
        }
        QPointer<router::Dispatch> call = m_router->embed(collection.embedModel, {query}, knowledgeCallContext(collection), this);
        auto answered = [this, call, collection, query, options, result, done = std::move(done)](const router::DispatchResult &r) mutable {
            if (call)
                call->deleteLater();
            result.costUsd = r.costUsd;
            if (!r.ok() || r.outcome.embeddings.size() != 1) {
                if (options.mode == SearchMode::Vector) {
                    done(Error::make(Error::Kind::Unavailable, QStringLiteral("the query could not be embedded: %1").arg(callError(r))));
                    return;
                }
                result.used = SearchMode::Bm25;
                result.note = QCoreApplication::translate("sb::knowledge::Retriever", "BM25 only: the query could not be embedded (%1)")
                                  .arg(callError(r));
                rank(collection, query, options, {}, result, std::move(done));
                return;
            }
            rank(collection, query, options, r.outcome.embeddings.first(), result, std::move(done));
        };
        if (call->isFinished())
            answered(call->result());
        else
            connect(call, &router::Dispatch::finished, this, std::move(answered));
        return;
    }
    rank(collection, query, options, {}, result, std::move(done));
}

Expected<SearchResult> rankPassages(const KnowledgeStore &store, const Collection &collection, const QString &query, const SearchOptions &options,
                                    const QList<float> &vector, SearchResult result)
{
    const int candidates = std::max(options.candidates, options.topK);
    QList<Passage> bm25;
    if (result.used != SearchMode::Vector) {
        auto found = store.searchText(collection.id, query, candidates);
        if (!found)
            return found.error();
        bm25 = *found;
    }
    QList<VectorHit> nearest;
    if (!vector.isEmpty()) {
        auto found = store.searchVectors(collection.id, collection.embedModel, vector, candidates);
        if (!found)
            return found.error();
        nearest = *found;
        if (nearest.isEmpty() && result.used == SearchMode::Hybrid)
            result.note = QCoreApplication::translate("sb::knowledge::Retriever", "BM25 only: no passage has a vector of %1 yet")
                              .arg(collection.embedModel);
    }
    QHash<qint64, Passage> byId;
    QList<qint64> textRanking;
    for (const Passage &p : std::as_const(bm25)) {
        byId.insert(p.chunkId, p);
        textRanking << p.chunkId;
    }
    QList<qint64> vectorRanking;
    QHash<qint64, double> similarity;
    for (const VectorHit &h : std::as_const(nearest)) {
        vectorRanking << h.chunkId;
        similarity.insert(h.chunkId, h.similarity);
    }
    QList<QList<qint64>> rankings;
    if (!textRanking.isEmpty())
        rankings << textRanking;
    if (!vectorRanking.isEmpty())
        rankings << vectorRanking;
    for (const auto &[id, fused] : reciprocalRankFusion(rankings)) {
        if (result.passages.size() >= options.topK)
            break;
        Passage p;
        if (byId.contains(id)) {
            p = byId.value(id);
        } else {
            auto read = store.passage(id);
            if (!read)
                continue; // replaced since it was embedded
            p = *read;
        }
        p.similarity = similarity.value(id);
        p.fused = fused;
        p.fusedRank = int(result.passages.size()) + 1;
        result.passages << p;
    }
    return result;
}

void Retriever::rank(const Collection &collection, const QString &query, const SearchOptions &options, const QList<float> &vector,
                     SearchResult result, std::function<void(Expected<SearchResult>)> done)
{
    m_serial.run(
        this,
        [store = m_store, collection, query, options, vector, result] { return rankPassages(*store, collection, query, options, vector, result); },
        std::move(done));
}

} // namespace sb::knowledge
