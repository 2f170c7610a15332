#include "usage/ledger.h"

#include "storage/database.h"
#include "usage/budgets.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <chrono>
#include <iterator>

namespace sb::usage {

namespace {

qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QString sqlErrorText(const QSqlError &e)
{
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
}

Error databaseError(const QString &what, const QSqlError &e)
{
    return Error::make(Error::Kind::Database, QStringLiteral("ledger: %1: %2").arg(what, sqlErrorText(e)));
}

QVariant textOrEmpty(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

Ledger::Ledger(std::shared_ptr<Database> database, QObject *parent)
    : Ledger(std::move(database), Options{}, parent)
{
}

Ledger::Ledger(std::shared_ptr<Database> database, Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_options(options)
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

bool Ledger::record(CallRecord call)
{
    if (BudgetTracker *tracker = m_tracker.load())
        tracker->add(call);
    QMutexLocker lock(&m_mutex);
    if (m_stopping || qsizetype(m_queue.size()) >= m_options.maxQueuedRows) {
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
    m_inDropBurst = false;
    const bool wasEmpty = m_queue.empty();
    m_queue.push_back(std::move(call));
    ++m_recorded;
    if (wasEmpty) {
        m_firstQueuedAt = monotonicMs();
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
    return Error::make(Error::Kind::Io,
                       QStringLiteral("ledger: stopped with %1 calls not written").arg(target - m_written));
}

void Ledger::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_workAvailable.wakeAll();
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
    s.pending = qint64(m_queue.size());
    s.lost = m_lost;
    s.lastError = m_lastError;
    return s;
}

void Ledger::run()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        // Wait for a batch: batchRows rows, flushIntervalMs after the first, a flush(), or stop().
        for (;;) {
            if (m_stopping)
                break;
            if (m_queue.empty()) {
                m_workAvailable.wait(&m_mutex);
                continue;
            }
            if (m_flushWaiters > 0 || qsizetype(m_queue.size()) >= m_options.batchRows)
                break;
            const qint64 remaining = m_firstQueuedAt + m_options.flushIntervalMs - monotonicMs();
            if (remaining <= 0)
                break;
            m_workAvailable.wait(&m_mutex, QDeadlineTimer(remaining));
        }
        if (m_queue.empty())
            break; // stopping, nothing left

        const auto n = std::min<qsizetype>(qsizetype(m_queue.size()), m_options.maxTransactionRows);
        const qint64 flushesBefore = m_flushRequests; // a flush() from now on retries a failure at once
        std::deque<CallRecord> batch(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.begin() + n));
        m_queue.erase(m_queue.begin(), m_queue.begin() + n);
        lock.unlock();
        const Expected<void> written = writeBatch(batch);
        lock.relock();

        if (written) {
            m_written += n;
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
}

Expected<void> Ledger::writeBatch(const std::deque<CallRecord> &batch)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    if (!m_tuned) {
        // The writer touches the calls indexes and three rollups per row: with SQLite's default 2 MiB page
        // cache it spills and re-reads pages in every batch (measured: a fifth of its CPU per row).
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("PRAGMA cache_size = -8192")))
            qCWarning(lcUsage) << "ledger: cannot enlarge the page cache:" << pragma.lastError().text();
        m_tuned = true;
    }
    if (!db.transaction())
        return databaseError(QStringLiteral("cannot start a transaction"), db.lastError());

    QSqlQuery insert(db);
    QSqlQuery trace(db);
    auto fail = [&](const QString &what, const QSqlError &e) {
        const Error error = databaseError(what, e);
        insert.finish();
        trace.finish();
        db.rollback();
        return error;
    };
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO calls(request_id, started_at, day, source, source_key, provider, model, route, attempt, "
            "input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, "
            "latency_ms, ttft_ms, status, error_kind, http_status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(QStringLiteral("cannot write calls"), insert.lastError());
    if (!trace.prepare(QStringLiteral("INSERT INTO call_traces(call_id, trace) VALUES (last_insert_rowid(), ?)")))
        return fail(QStringLiteral("cannot write call traces"), trace.lastError());

    for (const CallRecord &c : batch) {
        insert.bindValue(0, textOrEmpty(c.requestId));
        insert.bindValue(1, c.startedAtMs);
        insert.bindValue(2, c.day());
        insert.bindValue(3, sourceName(c.source));
        insert.bindValue(4, textOrEmpty(c.sourceKey));
        insert.bindValue(5, textOrEmpty(c.provider));
        insert.bindValue(6, textOrEmpty(c.model));
        insert.bindValue(7, textOrEmpty(c.route));
        insert.bindValue(8, std::max(1, c.attempt));
        insert.bindValue(9, c.usage.inputTokens);
        insert.bindValue(10, c.usage.outputTokens);
        insert.bindValue(11, c.usage.cacheReadTokens);
        insert.bindValue(12, c.usage.cacheWriteTokens);
        insert.bindValue(13, c.usage.reasoningTokens);
        insert.bindValue(14, c.costNano());
        insert.bindValue(15, c.latencyMs);
        insert.bindValue(16, c.ttftMs ? QVariant(*c.ttftMs) : QVariant(QMetaType::fromType<qint64>()));
        insert.bindValue(17, statusName(c.status));
        insert.bindValue(18, textOrEmpty(c.errorKind));
        insert.bindValue(19, c.httpStatus > 0 ? QVariant(c.httpStatus) : QVariant(QMetaType::fromType<int>()));
        if (!insert.exec())
            return fail(QStringLiteral("cannot write a call"), insert.lastError());
        if (!c.trace.isEmpty()) {
            trace.bindValue(0, QString::fromUtf8(QJsonDocument(c.trace).toJson(QJsonDocument::Compact)));
            if (!trace.exec())
                return fail(QStringLiteral("cannot write a call trace"), trace.lastError());
        }
    }
    insert.finish();
    trace.finish();
    if (!db.commit()) {
        const Error error = databaseError(QStringLiteral("cannot commit"), db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

} // namespace sb::usage
