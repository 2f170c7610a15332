#include "usage/ledger.h"

#include "storage/database.h"
#include "usage/budgets.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <iterator>

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
    , m_writer(m_options.nativeWriter)
{
    Q_ASSERT(m_database);
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

bool Ledger::record(CallRecord call)
{
    if (BudgetTracker *tracker = m_tracker.load())
        tracker->add(call);
    Row row{std::move(call), {}};
    if (!row.call.traceJson.isEmpty()) {
        row.traceJson = std::exchange(row.call.traceJson, {});
        row.call.trace = QJsonObject();
    } else if (m_options.nativeWriter && !row.call.trace.isEmpty()) {
        row.traceJson = QJsonDocument(row.call.trace).toJson(QJsonDocument::Compact);
        row.call.trace = QJsonObject();
    }
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
    m_inDropBurst = false;
    const bool wasEmpty = m_queue.empty();
    m_queue.push_back(std::move(row));
    ++m_recorded;
    if (m_sleepingWith > 0) // the writer sleeps on: it counts this row too (tests read that)
        m_sleepingWith = qint64(m_queue.size());
    if (wasEmpty) {
        m_firstQueuedAt = m_options.clock();
        m_workAvailable.wakeOne();
    } else if (qsizetype(m_queue.size()) == m_options.batchRows) {
        m_workAvailable.wakeOne();
    }
    return true;
}

Expected<void> Ledger::flush()
{
    QMutexLocker lock(&m_mutex);
    const qint64 target = m_recorded;
    if (m_written >= target)
        return {};
    const qint64 generation = m_errorGeneration;
    ++m_flushRequests;
    ++m_flushWaiters;
    m_workAvailable.wakeOne();
    while (m_written < target && m_errorGeneration == generation && !m_writerDone)
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
    for (;;) {
        // Wait for a batch: batchRows rows, the interval after the first, a flush(), or stop().
        for (;;) {
            if (m_stopping)
                break;
            if (m_queue.empty()) {
                m_workAvailable.wait(&m_mutex);
                continue;
            }
            if (m_flushWaiters > 0 || m_backpressure || qsizetype(m_queue.size()) >= m_options.batchRows)
                break;
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
        m_inFlight = n;
        lock.unlock();
        const Expected<void> written = writeBatch(batch);
        lock.relock();
        m_inFlight = 0;

        if (written) {
            m_written += n;
            m_writerStalled = false;
            if (m_backpressure && held() < lowWater()) {
                m_backpressure = false;
                m_room.wakeAll();
            }
            const bool recovered = m_lastError.has_value();
            m_lastError.reset();
            m_progress.wakeAll();
            if (recovered) {
                lock.unlock();
                qCInfo(lcUsage) << "ledger: writing again";
                Q_EMIT writeRecovered();
                lock.relock();
            }
            continue;
        }

        // Keep the batch at the head of the queue, in order, and try again later.
        m_queue.insert(m_queue.begin(), std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
        m_lastError = written.error();
        ++m_errorGeneration;
        m_progress.wakeAll();
        const Error error = written.error();
        const bool stopping = m_stopping;
        lock.unlock();
        qCWarning(lcUsage).noquote() << error.message << "(the calls stay queued)";
        Q_EMIT writeFailed(error);
        lock.relock();
        if (stopping) {
            m_lost = qint64(m_queue.size());
            m_queue.clear();
            qCCritical(lcUsage) << "ledger: stopped with" << m_lost << "calls that could not be written";
            break;
        }
        const QDeadlineTimer retryAt(m_options.retryDelayMs);
        while (!m_stopping && m_flushRequests == flushesBefore && !retryAt.hasExpired())
            m_workAvailable.wait(&m_mutex, retryAt);
    }
    m_writerDone = true;
    m_progress.wakeAll();
    m_room.wakeAll();
    lock.unlock();
    m_writer.release(); // before the thread ends and Database closes its connection
}

Expected<void> Ledger::writeBatch(const std::deque<Row> &batch)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return m_writer.write(*conn, batch);
}

} // namespace sb::usage
