#pragma once

#include "common/expected.h"
#include "usage/callrecord.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

class QThread;

namespace sb {
class Database;
}

namespace sb::usage {

class BudgetTracker;

// The ledger behind every call: record() one row per attempt from any thread; a single writer
// thread with its own connection writes them in batches, one transaction per batch.
//
// record() never touches the disk: it appends to a bounded in-memory queue and returns. The writer
// wakes when `batchRows` rows are waiting or `flushIntervalMs` after the first waiting row, and
// writes everything waiting (at most `maxTransactionRows` per transaction).
//
// Overload: when `maxQueuedRows` rows are waiting (the disk is stalled or failing: the writer
// normally drains tens of thousands of rows a second), record() drops the row instead of blocking the
// caller's thread (a proxy or router thread must never wait for the disk). Drops are counted
// (status().dropped), logged and signalled (rowsDropped), and the budget tracker still counts their
// spend, so limits keep working.
//
// Write errors: a batch that fails stays at the head of the queue and is retried every
// `retryDelayMs` (or at the next flush()); writeFailed() is emitted and status().lastError is set
// until a batch succeeds again (writeRecovered()). Nothing is discarded on error except by the
// overload policy above, or on shutdown when the final attempt fails (logged with the count).
//
// Signals are emitted from the writer thread (writeFailed, writeRecovered) or the recording thread
// (rowsDropped): connect with a context object to get them queued to its thread.
class Ledger final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int batchRows = 256;            // wake the writer early when this many rows wait
        int flushIntervalMs = 100;      // ... or this long after the first waiting row
        int maxTransactionRows = 4096;  // rows per transaction at most
        int maxQueuedRows = 100'000;    // overload bound (about 30 MB of typical rows)
        int retryDelayMs = 1000;        // after a failed batch
    };

    struct Status {
        qint64 recorded = 0; // accepted by record()
        qint64 written = 0;  // on disk
        qint64 dropped = 0;  // refused: queue full, or recorded after stop()
        qint64 pending = 0;  // recorded, not yet written
        qint64 lost = 0;     // still queued when stop() gave up after a failed final write
        std::optional<Error> lastError; // set while writes fail
    };

    // Starts the writer thread. The database must have been migrated (Database::open does that).
    explicit Ledger(std::shared_ptr<Database> database, QObject *parent = nullptr);
    Ledger(std::shared_ptr<Database> database, Options options, QObject *parent = nullptr);
    // Stops and flushes (see stop()).
    ~Ledger() override;
    Q_DISABLE_COPY_MOVE(Ledger)

    // Thread-safe, never blocks on I/O. Returns false when the row was dropped (overload or stopped).
    // The attached budget tracker counts the spend either way.
    bool record(CallRecord call);

    // Blocks until every row recorded before the call is on disk, or the writer reports an error
    // while trying (returned; the rows stay queued for the next attempt). Thread-safe.
    [[nodiscard]] Expected<void> flush();

    // Writes what is queued and stops the writer; later record() calls are dropped. Idempotent.
    void stop();

    Status status() const;

    // Spend of every record() goes to this tracker before the row is queued. Set it before traffic
    // starts (after BudgetTracker::seed); nullptr detaches. The tracker must outlive the Ledger or be
    // detached first.
    void setBudgetTracker(BudgetTracker *tracker);

Q_SIGNALS:
    void writeFailed(const sb::Error &error);
    void writeRecovered();
    // Emitted for the first drop after a period without drops; totalDropped counts since start.
    void rowsDropped(qint64 totalDropped);

private:
    void run();
    [[nodiscard]] Expected<void> writeBatch(const std::deque<CallRecord> &batch);

    std::shared_ptr<Database> m_database;
    const Options m_options;
    std::unique_ptr<QThread> m_thread;
    std::atomic<BudgetTracker *> m_tracker{nullptr};

    mutable QMutex m_mutex;
    QWaitCondition m_workAvailable; // writer waits on it
    QWaitCondition m_progress;      // flush() waits on it
    std::deque<CallRecord> m_queue;
    qint64 m_firstQueuedAt = 0;     // monotonic ms, when the queue last became non-empty
    qint64 m_recorded = 0;
    qint64 m_written = 0;
    qint64 m_dropped = 0;
    qint64 m_lost = 0;
    qint64 m_errorGeneration = 0;   // increments on every failed batch
    qint64 m_flushRequests = 0;     // increments on every flush()
    int m_flushWaiters = 0;
    bool m_inDropBurst = false;
    bool m_stopping = false;
    bool m_writerDone = false;
    bool m_tuned = false;           // writer thread only: its connection's page cache was set
    std::optional<Error> m_lastError;
};

} // namespace sb::usage
