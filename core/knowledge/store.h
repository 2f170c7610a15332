#pragma once

#include "common/expected.h"
#include "knowledge/chunker.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace sb {
class Database;
}

namespace sb::knowledge {

// The words a text search looks for, as FTS5 strings: each quoted (no operators or syntax errors
// from user text), without stop words unless the query has nothing else.
QStringList searchTerms(const QString &query);

struct Collection {
    qint64 id = 0;
    QString name;
    QString description;
    QString embedModel; // PROVIDER/MODEL or a route; empty: BM25 only
    QString embedModelNext; // being embedded; takes embedModel's place when complete
    QString ocrLanguage = QStringLiteral("eng"); // Tesseract's codes: "deu", "eng+fra"
    int chunkTokens = 400;
    int chunkOverlap = 60;
    QStringList include; // globs a folder import keeps (empty: every readable file)
    QStringList exclude; // globs it leaves out
    bool watch = false; // its folders are watched: changes are imported while the app or `kb watch` runs
    // A chat model (PROVIDER/MODEL, a route or a virtual model) that reorders the best fused passages
    // by how well they answer the question (knowledge/rerank.h); empty: off.
    QString rerankModel;
    int rerankCandidates = 20; // how many of the best fused passages it sees (2-50)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Document {
    enum class Status { Ok, Skipped, Failed };
    qint64 id = 0;
    QString source; // an absolute path
    QString kind;
    QString contentHash; // SHA-256, hex
    qint64 size = 0;
    qint64 modifiedAt = 0; // ms since the epoch
    Status status = Status::Ok;
    QString error; // why it was skipped or failed
    int chunks = 0;
    int tokens = 0;
    qint64 importedAt = 0;
};
QString statusName(Document::Status status);

// A retrieved passage with what a citation shows.
struct Passage {
    qint64 chunkId = 0;
    QString source;
    QString heading;
    QString text;
    int page = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    double score = 0; // BM25 (higher is better; 0: found by vector alone)
    double similarity = 0; // cosine to the query (0: found by BM25 alone)
    double fused = 0; // reciprocal rank fusion of the two rankings
    int fusedRank = 0; // its place in the fused ranking (1 = best)
    int rerankRank = 0; // its place in the rerank model's order (1 = best); 0: not reranked, or left out by the model
};

// A passage waiting for its vector: what is embedded is the heading path and the text.
struct PendingChunk {
    qint64 chunkId = 0;
    QString text;
};

struct VectorHit {
    qint64 chunkId = 0;
    double similarity = 0; // cosine
};

// A question with what a good search returns: a passage from one of `sources` (a path, or its end:
// "refunds.md"), and when `phrase` is set, one that contains it.
struct GoldenQuestion {
    QString question;
    QStringList sources;
    QString phrase;
};

struct Job {
    enum class Kind { Import, Remove };
    enum class State { Queued, Running, Paused, Done, Failed, Cancelled };
    qint64 id = 0;
    qint64 collectionId = 0;
    Kind kind = Kind::Import;
    QString source;
    State state = State::Queued;
    QString error;
    int attempts = 0;
};
QString stateName(Job::State state);

struct CollectionStats {
    int documents = 0;
    int failed = 0; // documents skipped or failed, with their reasons
    int chunks = 0;
    qint64 tokens = 0;
    int vectors = 0; // chunks with a vector of the collection's embedding model
    int queued = 0; // jobs waiting (or running)
    int paused = 0;
    int failedJobs = 0;
};

// The knowledge base in SQLite: collections, documents with their chunks (FTS5-indexed), vectors
// per embedding model, and the persistent ingest queue. Safe to use from any thread (one connection
// per thread); callers keep it off the GUI thread for writes.
class KnowledgeStore final
{
public:
    explicit KnowledgeStore(std::shared_ptr<Database> database, std::function<qint64()> clockMs = {});

    [[nodiscard]] Expected<qint64> createCollection(const Collection &collection);
    [[nodiscard]] Expected<void> updateCollection(const Collection &collection);
    // The model being embedded becomes the one searched (once every passage has its vector).
    [[nodiscard]] Expected<bool> promoteNextModel(qint64 collectionId);
    [[nodiscard]] Expected<void> removeCollection(qint64 id); // with its documents, chunks, vectors and jobs
    [[nodiscard]] Expected<QList<Collection>> collections() const;
    [[nodiscard]] Expected<Collection> collection(const QString &name) const; // NotFound names the collections there are
    [[nodiscard]] Expected<Collection> collection(qint64 id) const;
    [[nodiscard]] Expected<CollectionStats> stats(qint64 collectionId) const;

    [[nodiscard]] Expected<std::optional<Document>> document(qint64 collectionId, const QString &source) const;
    [[nodiscard]] Expected<QList<Document>> documents(qint64 collectionId) const;
    // The document's new content: its chunks replace the old ones in one transaction (or savepoint of
    // the caller's). A passage whose text (with its heading path) the collection holds already, in
    // this document's old version or another one, takes that passage's vectors along: a renamed file or
    // an edit to one section is not embedded again.
    [[nodiscard]] Expected<qint64> replaceDocument(qint64 collectionId, const Document &document, const QList<Chunk> &chunks);
    // A source that could not be imported: listed with its reason; chunks of an earlier version stay.
    [[nodiscard]] Expected<void> markDocument(qint64 collectionId, const Document &document);
    [[nodiscard]] Expected<void> removeDocument(qint64 collectionId, const QString &source);
    [[nodiscard]] Expected<QStringList> sources(qint64 collectionId) const;
    // Runs `work` in one transaction: everything it stores is committed together, or nothing (the
    // ingest's batches: many small files per commit).
    [[nodiscard]] Expected<void> inTransaction(const std::function<Expected<void>()> &work);
    // The folders imported into a collection (absolute paths): what watching covers.
    [[nodiscard]] Expected<void> addFolders(qint64 collectionId, const QStringList &folders);
    [[nodiscard]] Expected<QStringList> folders(qint64 collectionId) const;
    [[nodiscard]] Expected<void> removeFolders(qint64 collectionId, const QStringList &folders);
    // Every document is cut again on its next import (reindex: new passage settings).
    [[nodiscard]] Expected<int> forgetHashes(qint64 collectionId);

    // BM25 over text and headings; the words of the query, any of them (ranked by how many and how rare).
    // A passage that has none of the query's rarest words but only common ones may be left out (see
    // the implementation): a search stays in milliseconds at a million passages.
    [[nodiscard]] Expected<QList<Passage>> searchText(qint64 collectionId, const QString &query, int limit) const;
    [[nodiscard]] Expected<Passage> passage(qint64 chunkId) const;

    // Vectors of an embedding model. chunksWithoutVector() lists passages of the collection that have
    // none for `model` yet (oldest first, ids above `afterId`); storeVectors() writes unit-length
    // float32 vectors, all of one size per model (another size is refused: the model changed under
    // the same name). A caller that embeds batch after batch passes the last id it was given: from
    // the start every call would step over all the passages embedded so far, which made embedding a
    // collection quadratic (a million passages: hours instead of minutes).
    [[nodiscard]] Expected<QList<PendingChunk>> chunksWithoutVector(qint64 collectionId, const QString &model, int limit, qint64 afterId = 0) const;
    [[nodiscard]] Expected<int> countWithoutVector(qint64 collectionId, const QString &model) const;
    // Their tokens (what embedding them will cost).
    [[nodiscard]] Expected<qint64> tokensWithoutVector(qint64 collectionId, const QString &model) const;
    [[nodiscard]] Expected<void> storeVectors(const QString &model, const QList<qint64> &chunkIds, const QList<QList<float>> &vectors);
    // Nearest passages by cosine similarity over the collection's vectors of `model`: exact for small
    // collections, an HNSW graph for large ones (knowledge/vectorindex.h), either held in memory and
    // kept up to date with what changed since the last search.
    [[nodiscard]] Expected<QList<VectorHit>> searchVectors(qint64 collectionId, const QString &model, const QList<float> &query, int limit) const;
    // Builds or loads that index now, so that the first search after embedding does not wait for it.
    [[nodiscard]] Expected<void> prepareVectorIndex(qint64 collectionId, const QString &model) const;
    // The size of the model's vectors in the collection (0: none yet).
    [[nodiscard]] Expected<int> vectorDimensions(qint64 collectionId, const QString &model) const;

    // The golden questions of a collection (knowledge/evaluation.h): replaced whole.
    [[nodiscard]] Expected<int> setGolden(qint64 collectionId, const QList<GoldenQuestion> &questions);
    [[nodiscard]] Expected<QList<GoldenQuestion>> golden(qint64 collectionId) const;

    // The queue. enqueue() skips sources that already wait in the collection's queue.
    [[nodiscard]] Expected<int> enqueue(qint64 collectionId, Job::Kind kind, const QStringList &sources);
    // The oldest queued job, now running (its attempts counted); nullopt when none waits.
    [[nodiscard]] Expected<std::optional<Job>> claimNext();
    // Up to `limit` of the oldest queued jobs, now running, oldest first (one batch of imports).
    [[nodiscard]] Expected<QList<Job>> claimBatch(int limit);
    // Jobs waiting or running in every collection (0 = every collection), for progress.
    [[nodiscard]] Expected<int> waitingJobs(qint64 collectionId = 0) const;
    [[nodiscard]] Expected<void> finishJob(qint64 jobId, Job::State state, const QString &error = {});
    // Jobs a crash left running go back to the queue (on start).
    [[nodiscard]] Expected<int> requeueRunning();
    // Moves a collection's jobs from one state to another (pause, resume, cancel, retry); 0 = every collection.
    [[nodiscard]] Expected<int> moveJobs(qint64 collectionId, const QList<Job::State> &from, Job::State to);
    [[nodiscard]] Expected<QList<Job>> jobs(qint64 collectionId, const QList<Job::State> &states, int limit = 1000) const;
    // Finished jobs (done, cancelled) are kept for the list; this removes those older than a time.
    [[nodiscard]] Expected<int> pruneJobs(qint64 finishedBeforeMs);

private:
    // The first column of a query's rows, as text.
    Expected<QStringList> texts(const QString &statement, const QVariantList &values, const QString &failure) const;
    // searchText's ranking (chunk id, rank; lower is better) on each database, and the passages of it
    static Expected<QList<std::pair<qint64, double>>> rankedOnSqlite(const QSqlDatabase &db, qint64 collectionId, const QStringList &terms,
                                                                     int limit);
    static Expected<QList<std::pair<qint64, double>>> rankedOnPostgres(const QSqlDatabase &db, qint64 collectionId, const QStringList &terms,
                                                                       int limit);
    static Expected<QList<Passage>> passagesOf(const QSqlDatabase &db, const QList<std::pair<qint64, double>> &best);

    std::shared_ptr<Database> m_db;
    std::function<qint64()> m_clock;
};

} // namespace sb::knowledge
