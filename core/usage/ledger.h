#pragma once

#include "common/async.h"
#include "common/expected.h"
#include "usage/callrecord.h"
#include "usage/ledgerwriter.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
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
// wakes when `batchRows` rows are waiting or a while after the first waiting row (Options), and
// writes everything waiting (at most `maxTransactionRows` per transaction) with its rollups, through
// statements prepared once per connection (detail::LedgerWriter).
//
// Backpressure: when `maxQueuedRows` rows are waiting (the callers record faster than the disk
// takes them), record() from any thread but the application's main thread waits until the writer
// has drained the queue below `lowWaterRows`, so a saturated proxy slows to the ledger's pace
// instead of losing rows (status().throttled counts those waits, rowsThrottled() signals the first
// of a burst). Only when the writer makes no room for `maxBackpressureMs` (the database is locked
// or failing) is the row dropped. The main thread never waits: there a full queue drops the row at
// once. Drops are counted (status().dropped), logged and signalled (rowsDropped), and the budget
// tracker still counts their spend, so limits keep working.
//
// Group commit (recordThen): an answered call is one whose row is on disk. The caller hears when the
// transaction holding its row has committed, and only then gives the answer's last bytes to its client
// (the router's Dispatch::finished waits for it). The writer writes such rows as soon as it is free:
// the rows that arrive while it writes form the next batch, so batches grow with the load and a lone
// call waits for one small transaction. Callers on an event loop never wait on SQLite themselves: the
// notice comes as a queued call on the context's thread. Commits use synchronous=NORMAL in WAL mode
// (Database): a killed process loses no committed row; a power cut may lose the last ones (FULL would
// add an fsync, about 4.5 ms on the development VM, to every answer: bench/FINDINGS.md).
//
// Write errors: a batch that fails stays at the head of the queue and is retried every
// `retryDelayMs` (or at the next flush()); writeFailed() is emitted and status().lastError is set
// until a batch succeeds again (writeRecovered()). Nothing is discarded on error except by the
// overload policy above, or on shutdown when the final attempt fails (logged with the count). The
// error says what is wrong and what to do (detail::explainWriteFailure). While it is set, writeError()
// tells callers to refuse new calls, and rows recorded with recordThen() are queued for later and
// answered with the error at once. The writer also tries a write that changes nothing when it starts
// and, while no row is queued, every `retryDelayMs` after a failure, so that a read-only file or a lock
// held by another program shows before the first call, and recovery needs no call. After a failure it
// reopens its connection: a file made writable again is written again without a restart.
//
// Signals are emitted from the writer thread (writeFailed, writeRecovered) or the recording thread
// (rowsDropped): connect with a context object to get them queued to its thread.
class Ledger final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int batchRows = 256; // wake the writer early when this many rows wait
        // ... or this long after the first waiting row: between minFlushIntervalMs and
        // flushIntervalMs, chosen after each batch so that the next one holds about
        // targetBatchRows rows at the rate the last one arrived. Short writes under load: on a
        // 2-core machine a long batch holds up the requests that arrive meanwhile. Few commits when
        // calls are rare: each commit writes every page it touched to the WAL. (The figures:
        // bench/FINDINGS.md.) minFlushIntervalMs >= flushIntervalMs: a fixed interval.
        int flushIntervalMs = 100;
        int minFlushIntervalMs = 2;
        int targetBatchRows = 24;
        int maxTransactionRows = 4096; // rows per transaction at most
        int maxQueuedRows = 20'000; // backpressure bound (memory: bench/FINDINGS.md)
        int lowWaterRows = -1; // waiting callers resume below this; -1 = 3/4 of maxQueuedRows
        int maxBackpressureMs = 10'000; // a waiting caller drops its row after this long without room
        int retryDelayMs = 1000; // after a failed batch
        bool nativeWriter = true; // false: Qt's QSqlQuery binding, traces serialised on the writer (for comparison)
        // What the batch interval and the arrival rate are measured on (default: the steady clock).
        // The writer sleeps on the real clock; a test that moves its own calls wake() afterwards.
        async::Clock clock;
        // false: recordThen() answers at once, before the row is written (the ledger before group
        // commit; the proxy benchmark measures both in one run).
        bool groupCommit = true;
        // Group commit under load: while rows whose callers wait keep coming (the last batch held more
        // than one), the writer waits up to groupCommitLingerUs for the next one, at most
        // groupCommitMaxLingerUs in all or until targetBatchRows wait, so that one commit (its pages
        // written to the WAL) serves many calls. A lone caller (the last batch held one row) is written
        // at once. 0: no waiting (a commit per wake-up).
        int groupCommitLingerUs = 200;
        int groupCommitMaxLingerUs = 1000;
        // The WAL is checkpointed (its pages copied into the database file, both synced) once it holds
        // this many pages (32 MiB), by a thread of its own, not in a commit a caller waits for. At four
        // times as many, a checkpoint holds the writer back while it copies the last pages, so that the
        // WAL starts again (it must not grow without end under a load that never pauses). Without the C
        // API (README), SQLite checkpoints on the writer's connection at this length.
        int checkpointPages = 8192;
        // After an upgrade the monitoring totals' older buckets are filled from the per-group rollups
        // (MonitorRollupWriter::backfill), never in a batch's transaction: a step of
        // backfillRowsPerStep rows in a transaction of its own once no call came for backfillIdleMs,
        // one after the other while none comes. Each step commits where it got to, so an interrupted
        // fill resumes there.
        int backfillIdleMs = 1000;
        qint64 backfillRowsPerStep = 5000;
        // SQLite (through its C API): the monitoring rollups are added about this often (on `clock`)
        // instead of in every batch's transaction, whose pages were mostly rollup pages
        // (bench/workflow/results-2026-12-07-defer.md). Each call is marked in its own transaction
        // (MonitorRollupWriter::mark); the flush rides in the next batch once due, or runs alone when the
        // writer is idle with marked calls left. flush() and stop() flush them too; readers in this process
        // that must see every answered call (the Monitor page, /metrics) flush() first. 0: in every batch.
        // PostgreSQL always writes them in every batch.
        int rollupIntervalMs = 100;
    };

    struct Status {
        qint64 recorded = 0; // accepted by record()
        qint64 written = 0; // on disk
        qint64 dropped = 0; // refused: queue full (main thread, or no room within maxBackpressureMs) or after stop()
        qint64 throttled = 0; // record() calls that waited for the writer to make room
        qint64 pending = 0; // recorded, not yet written (queued or being written)
        qint64 lost = 0; // still queued when stop() gave up after a failed final write
        // rows waiting while the writer sleeps until more come or the batch interval ends;
        // 0 while it is not in that sleep (tests check "not written yet" with this, not the wall clock)
        qint64 sleepingWith = 0;
        // while in that sleep: when it ends, on Options::clock (the first row's arrival plus the interval)
        qint64 sleepingUntilMs = 0;
        qint64 checkpoints = 0; // done by the checkpointer thread
        qint64 rollupFlushes = 0; // deferred monitoring rollups flushed (Options::rollupIntervalMs), in a batch or alone
        qint64 rollupFlushesAlone = 0; // of those, in a transaction of their own (the writer was idle)
        bool rollupsPending = false; // marked calls wait for a flush
        std::optional<Error> lastError; // set while writes fail
    };

    // Starts the writer thread. The database must have been migrated (Database::open does that).
    explicit Ledger(std::shared_ptr<Database> database, QObject *parent = nullptr);
    Ledger(std::shared_ptr<Database> database, Options options, QObject *parent = nullptr);
    // Stops and flushes (see stop()).
    ~Ledger() override;
    Q_DISABLE_COPY_MOVE(Ledger)

    // Thread-safe. Waits (outside the main thread) while the queue is full, see above. Returns false
    // when the row was dropped (no room in time, full queue on the main thread, or stopped).
    // The attached budget tracker counts the spend either way.
    bool record(CallRecord call);

    // Group commit: queues the row without waiting (a full queue refuses it) and calls `committed` on
    // `context`'s thread once the transaction holding it has committed; with an error when it was not
    // queued (full, stopped), when its batch failed, or while the ledger cannot write (then the row
    // stays queued for later, and the error comes at once). `committed` may run before this returns.
    // Returns the ticket that forget() takes; 0 when `committed` has run or was scheduled already.
    // Without Options::groupCommit: record(), then `committed` at once.
    using Committed = std::function<void(const Expected<void> &written)>;
    quint64 recordThen(CallRecord call, QObject *context, Committed committed);
    // Drops the callback of a ticket (its context goes away); from the context's thread.
    void forget(quint64 ticket);
    bool groupCommit() const { return m_options.groupCommit; }
    // Set while the ledger cannot write (status().lastError): callers refuse new calls meanwhile.
    // Cheap when it is not set.
    std::optional<Error> writeError() const;
    // Blocks until the writer has tried its first write that changes nothing (at most SQLite's busy
    // timeout when another program holds a lock): from then on writeError() knows whether the database
    // takes writes. Engine::open waits for it, so that no call goes out before that is known.
    void waitForWriteCheck();

    // Blocks until every row recorded before the call is on disk and in the monitoring rollups (a flush
    // of deferred rollups, see Options::rollupIntervalMs; when that fails, as logged, the markers stay
    // and flush() returns anyway), or the writer reports an error while trying (returned; the rows stay
    // queued for the next attempt). Thread-safe.
    [[nodiscard]] Expected<void> flush();

    // Writes what is queued and stops the writer; later record() calls are dropped. Idempotent.
    void stop();

    Status status() const;

    // Makes a writer that sleeps until the batch interval ends look at Options::clock again (tests
    // call it after moving their clock).
    void wake();

    // Spend of every record() goes to this tracker before the row is queued. Set it before traffic
    // starts (after BudgetTracker::seed); nullptr detaches. The tracker must outlive the Ledger or be
    // detached first.
    void setBudgetTracker(BudgetTracker *tracker);

Q_SIGNALS:
    void writeFailed(const sb::Error &error);
    void writeRecovered();
    // Emitted for the first drop after a period without drops; totalDropped counts since start.
    void rowsDropped(qint64 totalDropped);
    // Emitted when callers start waiting for room (at most every 10 s; recording thread).
    void rowsThrottled(qint64 totalThrottled);

private:
    void run();
    // A queued call. With nativeWriter its trace is turned into JSON text by record() on the caller's
    // thread (kept off the single writer thread) and call.trace is emptied; otherwise the writer
    // serialises call.trace.
    using Row = detail::LedgerRow;
    [[nodiscard]] Expected<void> writeBatch(const std::deque<Row> &batch, bool flushRollups);
    // The deferred monitoring rollups in a transaction of their own (the writer is idle); m_mutex held.
    void flushRollupsLocked(QMutexLocker<QMutex> &lock);
    bool rollupFlushDueLocked() const;
    // One step of the monitoring totals' backfill (Options::backfillIdleMs); false when nothing is left.
    bool backfillStep();
    bool dropLocked(QMutexLocker<QMutex> &lock);
    static Row makeRow(CallRecord call, bool serialiseTrace);
    quint64 enqueueLocked(Row row); // returns its sequence number
    // Queued callbacks for every waiter up to `seq` (the rows written) or for all of them (an error).
    void lingerLocked(); // with m_mutex held, by the writer
    void notifyLocked(quint64 upTo, const Expected<void> &result);
    void failedLocked(QMutexLocker<QMutex> &lock, const Error &error);
    void recoveredLocked(QMutexLocker<QMutex> &lock);
    [[nodiscard]] Expected<void> probe();
    // On the checkpointer's thread, unless one is queued already; `restart`: the WAL must start again.
    void checkpointLater(bool restart);
    void checkpoint();
    int lowWater() const;
    qsizetype held() const; // queued + being written; m_mutex held

    std::shared_ptr<Database> m_database;
    const Options m_options;
    std::unique_ptr<QThread> m_thread;
    std::atomic<BudgetTracker *> m_tracker{nullptr};

    mutable QMutex m_mutex;
    QWaitCondition m_workAvailable; // writer waits on it
    QWaitCondition m_progress; // flush() waits on it
    QWaitCondition m_room; // record() waits on it while the queue is full
    std::deque<Row> m_queue;
    struct Waiter {
        QObject *context = nullptr;
        Committed committed;
    };
    std::map<quint64, Waiter> m_waiters; // by the row's sequence number (its position in m_recorded)
    qsizetype m_urgent = 0; // queued rows whose callers wait (Row::urgent): write them now
    qsizetype m_lastBatchRows = 0; // the rows of the batch written last
    bool m_lingering = false; // the writer waits for more rows whose callers wait (groupCommitLingerUs)
    std::atomic<bool> m_failing{false}; // m_lastError is set
    qsizetype m_inFlight = 0; // rows taken by the writer for the batch it is writing
    qint64 m_firstQueuedAt = 0; // monotonic ms, when the queue last became non-empty
    qint64 m_intervalMs = 0; // the current wait after the first row (flushIntervalMs at first)
    qint64 m_recorded = 0;
    qint64 m_written = 0;
    qint64 m_dropped = 0;
    qint64 m_throttled = 0;
    qint64 m_lost = 0;
    qint64 m_errorGeneration = 0; // increments on every failed batch
    qint64 m_flushRequests = 0; // increments on every flush()
    int m_flushWaiters = 0;
    bool m_inDropBurst = false;
    bool m_backpressure = false; // set when the queue fills, cleared when the writer drains it below low water
    bool m_writerStalled = false; // a caller waited maxBackpressureMs in vain; cleared by the next write
    qint64 m_lastThrottleReportMs = 0;
    bool m_stopping = false;
    qint64 m_sleepingWith = 0;
    qint64 m_sleepingUntil = 0;
    bool m_writerDone = false;
    bool m_backfillPending = true; // the writer thread's: the monitoring totals may have buckets to fill
    bool m_writeChecked = false; // the first probe is done
    // deferred monitoring rollups (Options::rollupIntervalMs)
    bool m_rollupsPending = false; // the writer's rollupsPending() after its last write
    qint64 m_lastRollupFlushAt = 0; // Options::clock
    qint64 m_rollupAttempts = 0; // flushes tried (a failed one too): flush() waits for one
    bool m_rollupWanted = false; // a flush() waits for one
    bool m_rollupFailing = false; // the last one failed (logged once)
    qint64 m_rollupFlushes = 0;
    qint64 m_rollupFlushesAlone = 0;
    // Writer thread only.
    detail::LedgerWriter m_writer;
    std::optional<Error> m_lastError;
    // The checkpointer: one thread that keeps its connection.
    QThreadPool m_checkpointer;
    std::atomic<bool> m_checkpointQueued{false};
    std::atomic<bool> m_restartWanted{false};
    std::atomic<qint64> m_checkpoints{0};
};

} // namespace sb::usage
