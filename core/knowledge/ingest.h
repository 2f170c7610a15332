#pragma once

#include "common/async.h"
#include "knowledge/store.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

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

// Imports into collections through the persistent queue (kb_jobs), one source at a time on a worker
// thread, never the caller's: files and folders are queued (a folder walked with the collection's
// globs, and its documents whose files are gone queued for removal), then each file is read, hashed
// (an unchanged file is not cut again), extracted, chunked and stored. A crash leaves its job running;
// start() queues it again, so an import resumes without redoing finished files.
class Ingestor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ingestor)

public:
    explicit Ingestor(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~Ingestor() override;

    // Queues files and folders (recursively; hidden files and folders are left out) for a collection.
    void add(qint64 collectionId, const QStringList &paths);
    // Queues documents for removal: sources, or every document under a folder.
    void remove(qint64 collectionId, const QStringList &paths);
    // Every document of the collection cut again (new passage settings): their hashes are forgotten
    // and their sources queued.
    void reindex(qint64 collectionId);

    void start(); // requeues what a crash left running, then works until the queue is empty
    void pause(qint64 collectionId); // the collection's waiting jobs wait until resume()
    void resume(qint64 collectionId);
    void cancel(qint64 collectionId); // its waiting and paused jobs are dropped
    void retryFailed(qint64 collectionId);

    bool isBusy() const { return m_working || m_serial.pending() > 0; }

    // One job, on the worker: exposed for tests and the CLI.
    // nullopt when no job waits.
    static Expected<std::optional<JobOutcome>> processNext(KnowledgeStore &store);

Q_SIGNALS:
    void queued(qint64 collectionId, int added, int removals);
    void jobFinished(const sb::knowledge::JobOutcome &outcome);
    void idle(); // the queue is empty (or every waiting job is paused)
    void storeError(const QString &message);

private:
    void pump();
    // Store work on the worker, in order with the jobs; a failure is a storeError.
    void onWorker(std::function<Expected<int>(KnowledgeStore &)> work, std::function<void(int)> done = {});

    std::shared_ptr<KnowledgeStore> m_store;
    bool m_working = false;
    bool m_started = false;
    async::Serial m_serial; // last: destroyed first, waiting for the job in hand
};

} // namespace sb::knowledge
