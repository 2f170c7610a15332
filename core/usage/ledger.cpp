#include "usage/ledger.h"

#include "storage/database.h"
#include "usage/budgets.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
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

constexpr const char *kInsertCall =
    "INSERT INTO calls(request_id, started_at, day, source, source_key, provider, model, route, attempt, "
    "input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, "
    "latency_ms, ttft_ms, status, error_kind, http_status) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kInsertTrace = "INSERT INTO call_traces(call_id, trace) VALUES (last_insert_rowid(), ?)";

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

QByteArray Ledger::traceText(const Row &row)
{
    if (!row.traceJson.isEmpty() || row.call.trace.isEmpty())
        return row.traceJson;
    return QJsonDocument(row.call.trace).toJson(QJsonDocument::Compact);
}

bool Ledger::record(CallRecord call)
{
    if (BudgetTracker *tracker = m_tracker.load())
        tracker->add(call);
    Row row{std::move(call), {}};
    if (m_options.nativeWriter && !row.call.trace.isEmpty()) {
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
                const qint64 now = monotonicMs();
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
            if (m_flushWaiters > 0 || m_backpressure || qsizetype(m_queue.size()) >= m_options.batchRows)
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
    releaseStatements(); // before the thread ends and Database closes its connection
}

Expected<void> Ledger::writeBatch(const std::deque<Row> &batch)
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
    if (m_options.nativeWriter) {
        // Qt's QSQLITE driver hands out its sqlite3 connection; binding through the C API skips a QVariant
        // per column and the UTF-16 round trip of the trace (most of the writer's cost per row).
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData()))
                return writeBatchNative(native, batch);
        }
    }
    return writeBatchQt(db, batch);
}

Expected<void> Ledger::writeBatchQt(QSqlDatabase db, const std::deque<Row> &batch)
{
    if (!db.transaction())
        return databaseError(QStringLiteral("cannot start a transaction"), db.lastError());
    if (!m_qtInsert) {
        // Prepared once per connection (the writer's thread has one), reused for every batch.
        auto insert = std::make_unique<QSqlQuery>(db);
        auto trace = std::make_unique<QSqlQuery>(db);
        if (!insert->prepare(QLatin1String(kInsertCall))) {
            const Error error = databaseError(QStringLiteral("cannot write calls"), insert->lastError());
            db.rollback();
            return error;
        }
        if (!trace->prepare(QLatin1String(kInsertTrace))) {
            const Error error = databaseError(QStringLiteral("cannot write call traces"), trace->lastError());
            db.rollback();
            return error;
        }
        m_qtInsert = std::move(insert);
        m_qtTrace = std::move(trace);
    }
    QSqlQuery &insert = *m_qtInsert;
    QSqlQuery &trace = *m_qtTrace;
    auto fail = [&](const QString &what, const QSqlError &e) {
        const Error error = databaseError(what, e);
        insert.finish();
        trace.finish();
        db.rollback();
        return error;
    };
    for (const Row &row : batch) {
        const CallRecord &c = row.call;
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
        if (const QByteArray json = traceText(row); !json.isEmpty()) {
            trace.bindValue(0, QString::fromUtf8(json));
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

Expected<void> Ledger::writeBatchNative(sqlite3 *db, const std::deque<Row> &batch)
{
    const auto error = [db](const QString &what) {
        return Error::make(Error::Kind::Database,
                           QStringLiteral("ledger: %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db)).trimmed()));
    };
    // Prepared once per connection (the writer's thread has one), reused for every batch; SQLite
    // re-prepares them by itself after a schema change.
    const auto prepare = [db](sqlite3_stmt *&stmt, const char *sql) {
        return stmt || sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) == SQLITE_OK;
    };
    if (!prepare(m_begin, "BEGIN") || !prepare(m_commit, "COMMIT"))
        return error(QStringLiteral("cannot prepare a transaction"));
    if (!prepare(m_insert, kInsertCall))
        return error(QStringLiteral("cannot write calls"));
    if (!prepare(m_trace, kInsertTrace))
        return error(QStringLiteral("cannot write call traces"));

    const auto run = [](sqlite3_stmt *stmt) {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc == SQLITE_DONE;
    };
    if (!run(m_begin))
        return error(QStringLiteral("cannot start a transaction"));
    const auto fail = [&](const QString &what) {
        const Error e = error(what); // before the rollback replaces the message
        sqlite3_clear_bindings(m_insert);
        sqlite3_clear_bindings(m_trace);
        if (sqlite3_get_autocommit(db) == 0)
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return e;
    };
    // Text columns that take part in grouping are '' for none (NOT NULL); SQLITE_STATIC: the strings
    // outlive the step that reads them.
    const auto text = [](sqlite3_stmt *stmt, int i, const QString &s) {
        if (s.isEmpty())
            return sqlite3_bind_text(stmt, i, "", 0, SQLITE_STATIC);
        return sqlite3_bind_text16(stmt, i, s.utf16(), int(s.size() * 2), SQLITE_STATIC);
    };
    for (const Row &row : batch) {
        const CallRecord &c = row.call;
        const QString source = sourceName(c.source);
        const QString status = statusName(c.status);
        sqlite3_stmt *s = m_insert;
        int rc = text(s, 1, c.requestId);
        rc |= sqlite3_bind_int64(s, 2, c.startedAtMs);
        rc |= sqlite3_bind_int64(s, 3, c.day());
        rc |= text(s, 4, source);
        rc |= text(s, 5, c.sourceKey);
        rc |= text(s, 6, c.provider);
        rc |= text(s, 7, c.model);
        rc |= text(s, 8, c.route);
        rc |= sqlite3_bind_int(s, 9, std::max(1, c.attempt));
        rc |= sqlite3_bind_int64(s, 10, c.usage.inputTokens);
        rc |= sqlite3_bind_int64(s, 11, c.usage.outputTokens);
        rc |= sqlite3_bind_int64(s, 12, c.usage.cacheReadTokens);
        rc |= sqlite3_bind_int64(s, 13, c.usage.cacheWriteTokens);
        rc |= sqlite3_bind_int64(s, 14, c.usage.reasoningTokens);
        rc |= sqlite3_bind_int64(s, 15, c.costNano());
        rc |= sqlite3_bind_int64(s, 16, c.latencyMs);
        rc |= c.ttftMs ? sqlite3_bind_int64(s, 17, *c.ttftMs) : sqlite3_bind_null(s, 17);
        rc |= text(s, 18, status);
        rc |= text(s, 19, c.errorKind);
        rc |= c.httpStatus > 0 ? sqlite3_bind_int(s, 20, c.httpStatus) : sqlite3_bind_null(s, 20);
        if (rc != SQLITE_OK || !run(s))
            return fail(QStringLiteral("cannot write a call"));
        if (const QByteArray json = traceText(row); !json.isEmpty()) {
            if (sqlite3_bind_text(m_trace, 1, json.constData(), int(json.size()), SQLITE_STATIC) != SQLITE_OK || !run(m_trace))
                return fail(QStringLiteral("cannot write a call trace"));
        }
    }
    sqlite3_clear_bindings(m_insert);
    sqlite3_clear_bindings(m_trace);
    if (!run(m_commit))
        return fail(QStringLiteral("cannot commit"));
    return {};
}

void Ledger::releaseStatements()
{
    for (sqlite3_stmt **stmt : {&m_begin, &m_commit, &m_insert, &m_trace}) {
        sqlite3_finalize(*stmt);
        *stmt = nullptr;
    }
    m_qtInsert.reset();
    m_qtTrace.reset();
}

} // namespace sb::usage
