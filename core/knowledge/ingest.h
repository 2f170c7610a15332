#pragma once

#include "common/async.h"
#include "knowledge/fetch.h"
#include "knowledge/store.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::knowledge {

// What happened to one queued source.
struct JobOutcome {
    enum class Result { Imported, Unchanged, Skipped, Failed, Removed };
    Job job;
    Result result = Result::Imported;
    QString message; // why it was skipped or failed
    int chunks = 0;
    int tokens = 0;
};

// How far the queue is since it started working (or last became idle).
struct Progress {
    int filesDone = 0;
    int filesTotal = 0; // done + waiting (in every collection: the queue is one)
    int chunks = 0; // passages cut so far
    qint64 tokens = 0;
    qint64 elapsedMs = 0;
    std::optional<qint64> etaMs; // from the rate so far; none before the first source is done
};

// The time left at the rate so far: elapsed / done * (total - done); none before anything is done.
std::optional<qint64> remainingMs(qint64 done, qint64 total, qint64 elapsedMs);

// What an import of some paths will read, before it starts: files (a folder walked with the
// collection's globs) minus those whose size and time match their imported document, and the tokens
// they hold, estimated from their size (about four bytes a token for text; documents and pages from
// the web are counted but not estimated, their text is known only once read).
struct ImportPlan {
    int files = 0; // to read
    int unchanged = 0; // likely unchanged (same size and time as imported)
    qint64 bytes = 0;
    qint64 estimatedTokens = 0;
    int unestimated = 0; // PDFs, office documents, images and URLs
};

// How the worker takes jobs: up to maxFiles per transaction (small files, one commit), fewer when
// their bytes reach maxBytes (the passages of a batch are held in memory until it is written).
struct BatchOptions {
    int maxFiles = 64;
    qint64 maxBytes = 8 * 1024 * 1024;
    FetchOptions fetch; // URLs
};

// Imports into collections through the persistent queue (kb_jobs) on a worker thread, never the
// caller's: files, folders and http(s) URLs are queued (a folder walked with the collection's globs,
// and its documents whose files are gone queued for removal), then each source is read (a URL
// fetched), hashed (an unchanged source is not cut again), extracted, chunked and stored, many small
// ones per transaction. A crash leaves its jobs running; start() queues them again, so an import
// resumes without redoing finished files.
class Ingestor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ingestor)

public:
    explicit Ingestor(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~Ingestor() override;

    // Queues files, folders (recursively; hidden files and folders are left out; the folder is
    // remembered for watching) and http(s) URLs for a collection.
    void add(qint64 collectionId, const QStringList &paths);
    // Queues documents for removal: sources, or every document under a folder (which is forgotten).
    void remove(qint64 collectionId, const QStringList &paths);
    // Queues what changed in folders since they were imported (watching): files that are new or whose
    // size or time differ, and removals of documents whose files are gone.
    void sync(qint64 collectionId, const QStringList &folders);
    // Every document of the collection cut again (new passage settings): their hashes are forgotten
    // and their sources queued.
    void reindex(qint64 collectionId);

    void start(); // requeues what a crash left running, then works until the queue is empty
    void pause(qint64 collectionId); // the collection's waiting jobs wait until resume()
    void resume(qint64 collectionId);
    void cancel(qint64 collectionId); // its waiting and paused jobs are dropped
    void retryFailed(qint64 collectionId);

    bool isBusy() const { return m_working || m_serial.pending() > 0; }

    // Seams: the monotonic clock the progress's elapsed time and ETA use, and the batches.
    void setClock(std::function<qint64()> nowMs);
    void setBatchOptions(const BatchOptions &options) { m_batch = options; }

    // One batch of jobs, on the worker: exposed for tests, the CLI and benchmarks. Empty when no job
    // waits.
    static Expected<QList<JobOutcome>> processBatch(KnowledgeStore &store, const BatchOptions &options = {});
    // One job (a batch of one); nullopt when no job waits.
    static Expected<std::optional<JobOutcome>> processNext(KnowledgeStore &store);
    // What importing `paths` would read (see ImportPlan); on any thread, reads only.
    static Expected<ImportPlan> plan(KnowledgeStore &store, qint64 collectionId, const QStringList &paths);

Q_SIGNALS:
    void queued(qint64 collectionId, int added, int removals);
    void jobFinished(const sb::knowledge::JobOutcome &outcome);
    void progress(const sb::knowledge::Progress &progress); // after each batch
    void idle(); // the queue is empty (or every waiting job is paused)
    void storeError(const QString &message);

private:
    void pump();
    // On the worker: queues imports, then removals (a file renamed takes its passages' vectors from the
    // old name before that goes), and tells queued() unless nothing was queued and `quiet`.
    Expected<int> enqueue(KnowledgeStore &store, qint64 collectionId, const QStringList &imports, const QStringList &removals, bool quiet);
    // Store work on the worker, in order with the jobs; a failure is a storeError.
    void onWorker(std::function<Expected<int>(KnowledgeStore &)> work, std::function<void(int)> done = {});

    std::shared_ptr<KnowledgeStore> m_store;
    std::function<qint64()> m_now;
    BatchOptions m_batch;
    Progress m_progress;
    qint64 m_runStartedAt = -1; // -1: idle
    bool m_working = false;
    bool m_started = false;
    async::Serial m_serial; // last: destroyed first, waiting for the job in hand
};

} // namespace sb::knowledge
