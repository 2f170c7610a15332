#include "usage/ledger.h"

#include "storage/database.h"
#include "usage/budgets.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <limits>

namespace sb::usage {

Ledger::Ledger(std::shared_ptr<Database> database, QObject *parent)
    : Ledger(std::move(database), Options{}, parent)
{
}

Ledger::Ledger(std::shared_ptr<Database> database, Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_options([&options] {
        if (!options.clock)
            options.clock = async::steadyClock();
        return std::move(options);
    }())
    , m_intervalMs(m_options.flushIntervalMs)
    , m_writer(m_options.nativeWriter, m_options.checkpointPages, m_options.rollupIntervalMs > 0)
{
    Q_ASSERT(m_database);
    m_checkpointer.setObjectName(QStringLiteral("ledger-checkpointer"));
    m_checkpointer.setMaxThreadCount(1);
    m_checkpointer.setExpiryTimeout(-1);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ledger-writer"));
    m_thread->start();
}

Ledger::~Ledger()
{
    stop();
}

void Ledger::setBudgetTracker(BudgetTracker *tracker)
{
    m_tracker.store(tracker);
}

qsizetype Ledger::held() const
{
    return qsizetype(m_queue.size()) + m_inFlight;
}

int Ledger::lowWater() const
{
    const int low = m_options.lowWaterRows >= 0 ? m_options.lowWaterRows : m_options.maxQueuedRows / 4 * 3;
    return std::clamp(low, 1, std::max(1, m_options.maxQueuedRows));
}

bool Ledger::dropLocked(QMutexLocker<QMutex> &lock)
{
    ++m_dropped;
    const bool firstOfBurst = !m_inDropBurst;
    m_inDropBurst = true;
    const qint64 total = m_dropped;
    const bool stopped = m_stopping;
    lock.unlock();
    if (firstOfBurst) {
        if (stopped)
            qCWarning(lcUsage) << "ledger: a call was recorded after stop(); not written";
        else
            qCCritical(lcUsage) << "ledger: queue full," << total << "calls dropped so far; the database is not keeping up";
        Q_EMIT rowsDropped(total);
    }
    return false;
}

Ledger::Row Ledger::makeRow(CallRecord call, bool serialiseTrace)
{
    Row row{std::move(call), {}};
    if (!row.call.traceJson.isEmpty()) {
        row.traceJson = std::exchange(row.call.traceJson, {});
        row.call.trace = QJsonObject();
    } else if (serialiseTrace && !row.call.trace.isEmpty()) {
        row.traceJson = QJsonDocument(row.call.trace).toJson(QJsonDocument::Compact);
        row.call.trace = QJsonObject();
    }
    return row;
}

quint64 Ledger::enqueueLocked(Row row)
{
    m_inDropBurst = false;
    const bool wasEmpty = m_queue.empty();
    const bool urgent = row.urgent;
    m_queue.push_back(std::move(row));
    const auto seq = quint64(++m_recorded);
    if (m_sleepingWith > 0) // the writer sleeps on: it counts this row too (tests read that)
        m_sleepingWith = qint64(m_queue.size());
    if (wasEmpty)
        m_firstQueuedAt = m_options.clock();
    if (urgent)
        ++m_urgent;
    if (wasEmpty || (urgent && (m_sleepingWith > 0 || m_lingering)) || qsizetype(m_queue.size()) == m_options.batchRows)
        m_workAvailable.wakeOne();
    return seq;
}

bool Ledger::record(CallRecord call)
{
    if (BudgetTracker *tracker = m_tracker.load())
        tracker->add(call);
    Row row = makeRow(std::move(call), m_options.nativeWriter);
    QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return dropLocked(lock);
    // The bound counts the batch being written too: its rows are in memory until they are on disk.
    const auto full = [this] { return held() >= m_options.maxQueuedRows; };
    if (full() || (m_backpressure && held() >= lowWater())) {
        // The main thread (the UI's event loop) never waits for the disk: a full queue drops its row.
        // Every other caller waits until the writer has drained the queue below the low-water mark (new
        // callers queue up behind the waiting ones meanwhile), at most maxBackpressureMs; once a wait has
        // run out without the writer writing anything, callers drop at once until it writes again.
        const QCoreApplication *app = QCoreApplication::instance();
        const bool mayWait = !(app && QThread::currentThread() == app->thread()) && m_options.maxBackpressureMs > 0;
        if (mayWait && !m_writerStalled) {
            ++m_throttled;
            if (!m_backpressure) {
                m_backpressure = true;
                const qint64 now = m_options.clock();
                if (m_lastThrottleReportMs == 0 || now - m_lastThrottleReportMs >= 10'000) {
                    m_lastThrottleReportMs = now;
                    const qint64 total = m_throttled;
                    lock.unlock();
                    qCWarning(lcUsage) << "ledger: queue full, callers wait for the writer;" << total << "waits so far";
                    Q_EMIT rowsThrottled(total);
                    lock.relock();
                }
            }
            m_workAvailable.wakeOne(); // write now rather than after flushIntervalMs
            const QDeadlineTimer deadline(m_options.maxBackpressureMs);
            // Bounded: re-checks at least every 100 ms and gives up at the deadline.
            while (!m_stopping && m_backpressure && !m_writerStalled && !deadline.hasExpired())
                m_room.wait(&m_mutex, QDeadlineTimer(std::clamp<qint64>(deadline.remainingTime(), 1, 100)));
            if (m_backpressure && deadline.hasExpired())
                m_writerStalled = true;
        }
        if (m_stopping || full())
            return dropLocked(lock);
    }
    enqueueLocked(std::move(row));
    return true;
}

quint64 Ledger::recordThen(CallRecord call, QObject *context, Committed committed)
{
    Q_ASSERT(context && committed);
    if (!m_options.groupCommit) {
        record(std::move(call));
        committed({});
        return 0;
    }
    if (BudgetTracker *tracker = m_tracker.load())
        tracker->add(call);
    Row row = makeRow(std::move(call), m_options.nativeWriter);
    QMutexLocker lock(&m_mutex);
    if (m_stopping || held() >= m_options.maxQueuedRows) {
        // no waiting here (the caller's thread serves other calls): refused at once
        const Error refused = Error::make(
            Error::Kind::Unavailable,
            m_stopping ? QStringLiteral("Switchboard is shutting down: the call could not be recorded in its usage ledger")
                       : QStringLiteral("Switchboard cannot record calls in its usage ledger: %1 calls wait for the disk. Calls are refused until "
                                        "it catches up.")
                             .arg(held()));
        dropLocked(lock);
        committed(refused);
        return 0;
    }
    if (m_lastError) {
        // the row waits for the database to take writes again; the caller hears now
        const Error error = *m_lastError;
        enqueueLocked(std::move(row));
        lock.unlock();
        committed(error);
        return 0;
    }
    row.urgent = true;
    const quint64 seq = enqueueLocked(std::move(row));
    m_waiters.emplace_hint(m_waiters.end(), seq, Waiter{context, std::move(committed)});
    return seq;
}

void Ledger::forget(quint64 ticket)
{
    if (ticket == 0)
        return;
    QMutexLocker lock(&m_mutex);
    m_waiters.erase(ticket);
}

std::optional<Error> Ledger::writeError() const
{
    if (!m_failing.load(std::memory_order_acquire))
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void Ledger::waitForWriteCheck()
{
    QMutexLocker lock(&m_mutex);
    while (!m_writeChecked && !m_writerDone)
        m_progress.wait(&m_mutex);
}

void Ledger::lingerLocked()
{
    using namespace std::chrono;
    const auto step = microseconds(m_options.groupCommitLingerUs);
    const auto end = steady_clock::now() + microseconds(m_options.groupCommitMaxLingerUs);
    const qsizetype enough = std::max(2, m_options.targetBatchRows);
    m_lingering = true;
    for (qsizetype seen = qsizetype(m_queue.size()); !m_stopping && m_flushWaiters == 0 && !m_backpressure && seen < enough;) {
        const auto now = steady_clock::now();
        const auto until = std::min(end, now + step);
        if (now >= until)
            break;
        m_workAvailable.wait(&m_mutex, QDeadlineTimer(duration_cast<nanoseconds>(until - now), Qt::PreciseTimer));
        if (qsizetype(m_queue.size()) == seen)
            break; // none came within the step: the callers that wait are all in
        seen = qsizetype(m_queue.size());
    }
    m_lingering = false;
}

void Ledger::notifyLocked(quint64 upTo, const Expected<void> &result)
{
    // Posted while the mutex is held: forget() (from a context's destructor) cannot run meanwhile, and
    // a posted callback whose context is destroyed goes with it.
    const auto end = m_waiters.upper_bound(upTo);
    for (auto it = m_waiters.begin(); it != end; ++it)
        QMetaObject::invokeMethod(
            it->second.context, [committed = std::move(it->second.committed), result] { committed(result); }, Qt::QueuedConnection);
    m_waiters.erase(m_waiters.begin(), end);
}

Expected<void> Ledger::flush()
{
    QMutexLocker lock(&m_mutex);
    const qint64 target = m_recorded;
    if (m_written >= target && !m_rollupsPending)
        return {};
    const qint64 generation = m_errorGeneration;
    const qint64 rollupAttempts = m_rollupAttempts;
    ++m_flushRequests;
    ++m_flushWaiters;
    m_rollupWanted = true; // the next batch flushes the rollups in its transaction, or the idle writer alone
    m_workAvailable.wakeOne();
    // the rows, then the rollups: a flush tried after this call (when it fails, as logged, the markers stay)
    while ((m_written < target || (m_rollupsPending && m_rollupAttempts == rollupAttempts)) && m_errorGeneration == generation && !m_writerDone)
        m_progress.wait(&m_mutex);
    --m_flushWaiters;
    if (m_written >= target)
        return {};
    if (m_errorGeneration != generation && m_lastError)
        return *m_lastError;
    return Error::make(Error::Kind::Io, QStringLiteral("ledger: stopped with %1 calls not written").arg(target - m_written));
}

void Ledger::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_workAvailable.wakeAll();
        m_room.wakeAll();
    }
    // Only the owner's thread stops the ledger (it is a QObject), so joining needs no lock.
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_checkpointer.waitForDone();
}

Ledger::Status Ledger::status() const
{
    QMutexLocker lock(&m_mutex);
    Status s;
    s.recorded = m_recorded;
    s.written = m_written;
    s.dropped = m_dropped;
    s.throttled = m_throttled;
    s.pending = qint64(held());
    s.lost = m_lost;
    s.lastError = m_lastError;
    s.sleepingWith = m_sleepingWith;
    s.sleepingUntilMs = m_sleepingUntil;
    s.checkpoints = m_checkpoints.load();
    s.rollupFlushes = m_rollupFlushes;
    s.rollupFlushesAlone = m_rollupFlushesAlone;
    s.rollupsPending = m_rollupsPending;
    return s;
}

void Ledger::wake()
{
    QMutexLocker lock(&m_mutex);
    m_workAvailable.wakeAll();
}

void Ledger::run()
{
    QMutexLocker lock(&m_mutex);
    {
        // a read-only file or a lock held elsewhere shows now, before the first call
        lock.unlock();
        const Expected<void> probed = probe();
        lock.relock();
        if (!probed)
            failedLocked(lock, probed.error());
        m_rollupsPending = m_writer.rollupsPending(); // left by a writer killed before its flush: flushed after the interval
        m_lastRollupFlushAt = m_options.clock();
        m_writeChecked = true;
        m_progress.wakeAll();
    }
    for (;;) {
        // Wait for a batch: a row whose caller waits for it, batchRows rows, the interval after the
        // first, a flush(), or stop().
        for (;;) {
            if (m_stopping)
                break;
            if (m_queue.empty() && m_lastError) {
                // failing with nothing to retry: try a write that changes nothing now and then
                const QDeadlineTimer retryAt(m_options.retryDelayMs);
                while (!m_stopping && m_queue.empty() && !retryAt.hasExpired())
                    m_workAvailable.wait(&m_mutex, retryAt);
                if (m_stopping || !m_queue.empty())
                    continue; // a queued row is the next try
                lock.unlock();
                const Expected<void> probed = probe();
                lock.relock();
                if (probed)
                    recoveredLocked(lock);
                else
                    failedLocked(lock, probed.error());
                continue;
            }
            if (m_queue.empty() && m_rollupsPending) {
                // idle with marked calls: flushed alone once due (a flush() waits: at once)
                if (m_rollupWanted || rollupFlushDueLocked()) {
                    flushRollupsLocked(lock);
                    continue;
                }
                const qint64 remaining = m_lastRollupFlushAt + m_options.rollupIntervalMs - m_options.clock();
                m_workAvailable.wait(&m_mutex, QDeadlineTimer(std::max<qint64>(1, remaining)));
                continue;
            }
            if (m_queue.empty()) {
                if (!m_backfillPending) {
                    m_workAvailable.wait(&m_mutex);
                    continue;
                }
                // idle: the monitoring totals' backfill, a step at a time, while no call comes
                const QDeadlineTimer idleAt(m_options.backfillIdleMs);
                while (!m_stopping && m_queue.empty() && !idleAt.hasExpired())
                    m_workAvailable.wait(&m_mutex, idleAt);
                if (m_stopping || !m_queue.empty())
                    continue;
                lock.unlock();
                const bool more = backfillStep();
                lock.relock();
                m_backfillPending = more;
                continue;
            }
            if (m_flushWaiters > 0 || m_backpressure || qsizetype(m_queue.size()) >= m_options.batchRows)
                break;
            if (m_urgent > 0) {
                if (m_lastBatchRows > 1)
                    lingerLocked();
                break;
            }
            const qint64 remaining = m_firstQueuedAt + m_intervalMs - m_options.clock();
            if (remaining <= 0)
                break;
            m_sleepingWith = qint64(m_queue.size());
            m_sleepingUntil = m_firstQueuedAt + m_intervalMs;
            m_workAvailable.wait(&m_mutex, QDeadlineTimer(remaining));
            m_sleepingWith = 0;
            m_sleepingUntil = 0;
        }
        if (m_queue.empty())
            break; // stopping, nothing left

        if (m_options.minFlushIntervalMs < m_options.flushIntervalMs) {
            // the next wait: about targetBatchRows rows at the rate these arrived
            const qint64 spanMs = std::max<qint64>(1, m_options.clock() - m_firstQueuedAt);
            const double rowsPerMs = double(m_queue.size()) / double(spanMs);
            m_intervalMs = std::clamp<qint64>(qint64(double(std::max(1, m_options.targetBatchRows)) / rowsPerMs), m_options.minFlushIntervalMs,
                                              m_options.flushIntervalMs);
        }
        const auto n = std::min<qsizetype>(qsizetype(m_queue.size()), m_options.maxTransactionRows);
        const qint64 flushesBefore = m_flushRequests; // a flush() from now on retries a failure at once
        std::deque<Row> batch(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.begin() + n));
        m_queue.erase(m_queue.begin(), m_queue.begin() + n);
        m_urgent -= std::count_if(batch.cbegin(), batch.cend(), [](const Row &r) { return r.urgent; });
        m_inFlight = n;
        const bool flushRollups = m_rollupWanted || m_stopping || rollupFlushDueLocked();
        lock.unlock();
        const Expected<void> written = writeBatch(batch, flushRollups);
        lock.relock();
        m_inFlight = 0;
        m_lastBatchRows = n;

        if (written) {
            if (m_writer.rollupsFlushed()) {
                m_lastRollupFlushAt = m_options.clock();
                m_rollupWanted = false;
                ++m_rollupAttempts;
                ++m_rollupFlushes;
            }
            m_rollupsPending = m_writer.rollupsPending();
            m_written += n;
            notifyLocked(quint64(m_written), {});
            if (const int pages = m_writer.walPages(); pages >= m_options.checkpointPages)
                checkpointLater(pages >= 4 * m_options.checkpointPages);
            m_writerStalled = false;
            if (m_backpressure && held() < lowWater()) {
                m_backpressure = false;
                m_room.wakeAll();
            }
            m_progress.wakeAll();
            recoveredLocked(lock);
            continue;
        }

        // Keep the batch at the head of the queue, in order, and try again later.
        m_queue.insert(m_queue.begin(), std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
        failedLocked(lock, written.error());
        if (m_stopping) {
            m_lost = qint64(m_queue.size());
            m_queue.clear();
            qCCritical(lcUsage) << "ledger: stopped with" << m_lost << "calls that could not be written";
            break;
        }
        const QDeadlineTimer retryAt(m_options.retryDelayMs);
        while (!m_stopping && m_flushRequests == flushesBefore && !retryAt.hasExpired())
            m_workAvailable.wait(&m_mutex, retryAt);
    }
    if (m_rollupsPending && !m_lastError)
        flushRollupsLocked(lock); // the last marked calls (what is left after a failure: by the next writer)
    // callers of rows lost at the end, or recorded as it stopped, hear it
    notifyLocked(std::numeric_limits<quint64>::max(),
                 m_lastError ? *m_lastError
                             : Error::make(Error::Kind::Unavailable, QStringLiteral("the usage ledger stopped before the call was recorded")));
    m_writerDone = true;
    m_progress.wakeAll();
    m_room.wakeAll();
    lock.unlock();
    m_writer.release(); // before the thread ends and Database closes its connection
}

void Ledger::failedLocked(QMutexLocker<QMutex> &lock, const Error &error)
{
    detail::WriteFailure failure = m_writer.lastFailure();
    if (m_database->dialect() == Database::Dialect::Sqlite)
        failure.noRoom = detail::noRoomFor(m_database->path());
    const Error explained = detail::explainWriteFailure(error, failure);
    const bool news = !m_lastError || m_lastError->message != explained.message;
    m_lastError = explained;
    m_failing.store(true, std::memory_order_release);
    ++m_errorGeneration;
    m_progress.wakeAll();
    // every caller waiting for a commit hears it now; the rows wait for the next try, unhurried
    notifyLocked(std::numeric_limits<quint64>::max(), explained);
    for (Row &row : m_queue)
        row.urgent = false;
    m_urgent = 0;
    const bool queued = !m_queue.empty();
    lock.unlock();
    if (news && queued)
        qCWarning(lcUsage).noquote() << explained.message << "(the calls stay queued)";
    else if (news)
        qCWarning(lcUsage).noquote() << explained.message;
    Q_EMIT writeFailed(explained);
    // the next try on a new connection: a file made writable again is seen as such
    m_writer.release();
    m_database->closeConnection();
    lock.relock();
}

void Ledger::recoveredLocked(QMutexLocker<QMutex> &lock)
{
    if (!m_lastError)
        return;
    m_lastError.reset();
    m_failing.store(false, std::memory_order_release);
    lock.unlock();
    qCInfo(lcUsage) << "ledger: writing again";
    Q_EMIT writeRecovered();
    lock.relock();
}

void Ledger::checkpointLater(bool restart)
{
    if (restart)
        m_restartWanted = true;
    if (m_checkpointQueued.exchange(true))
        return;
    (void)async::run(m_checkpointer, [this] {
        checkpoint();
        m_checkpointQueued = false;
    });
}

void Ledger::checkpoint()
{
    auto conn = m_database->connection();
    if (!conn)
        return;
    QSqlQuery q(*conn);
    const auto run = [&q, this](const QString &mode) {
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(mode)) || !q.next()) {
            qCWarning(lcUsage) << "ledger: cannot checkpoint the WAL:" << q.lastError().text();
            return false;
        }
        const bool complete = q.value(0).toInt() == 0 && q.value(2).toInt() >= q.value(1).toInt();
        q.finish();
        ++m_checkpoints;
        return complete;
    };
    // PASSIVE never makes the writer wait; it copies the WAL's pages into the database file and syncs
    // both. The WAL starts again from its beginning only at a write after a checkpoint that copied every
    // page, which a busy writer rarely leaves time for: passes catch up with what came meanwhile, and
    // once the WAL is four times as long as it should be, RESTART copies the rest while it holds the
    // writer back (a stall of the last pages and two syncs, once per that much WAL).
    for (int pass = 0; pass < 3; ++pass) {
        if (run(QStringLiteral("PASSIVE")))
            break;
    }
    if (m_restartWanted.exchange(false))
        run(QStringLiteral("RESTART"));
}

Expected<void> Ledger::probe()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return m_writer.probe(*conn);
}

bool Ledger::backfillStep()
{
    auto conn = m_database->connection();
    return conn && m_writer.backfill(*conn, m_options.backfillRowsPerStep);
}

Expected<void> Ledger::writeBatch(const std::deque<Row> &batch, bool flushRollups)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return m_writer.write(*conn, batch, flushRollups);
}

bool Ledger::rollupFlushDueLocked() const
{
    return m_options.clock() - m_lastRollupFlushAt >= m_options.rollupIntervalMs;
}

void Ledger::flushRollupsLocked(QMutexLocker<QMutex> &lock)
{
    lock.unlock();
    auto conn = m_database->connection();
    const Expected<qint64> flushed = conn ? m_writer.flushRollups(*conn) : Expected<qint64>(conn.error());
    const bool news = !flushed && !m_rollupFailing;
    lock.relock();
    m_lastRollupFlushAt = m_options.clock();
    m_rollupWanted = false;
    ++m_rollupAttempts;
    ++m_rollupFlushes;
    ++m_rollupFlushesAlone;
    m_rollupsPending = m_writer.rollupsPending();
    m_rollupFailing = !flushed;
    m_progress.wakeAll();
    if (news) {
        const QString message = flushed.error().message;
        lock.unlock();
        qCWarning(lcUsage).noquote() << "ledger: the monitoring rollups wait:" << message << "(the calls are written; again later)";
        lock.relock();
    }
}

} // namespace sb::usage
