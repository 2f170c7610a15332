#pragma once

#include "common/expected.h"
#include "storage/nativestatement.h"
#include "usage/callrecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sb::usage::detail {

// A queued call. traceJson is the routing trace as JSON text when the recording thread made it
// (then call.trace is empty); otherwise the writer serialises call.trace.
struct LedgerRow {
    CallRecord call;
    QByteArray traceJson;
    bool urgent = false; // a caller waits for its commit (Ledger::recordThen)
};

class Statements;
class MonitorRollupWriter;

// Why a write failed, as SQLite or PostgreSQL said; 0 and empty where neither did (a row the writer's
// checks refused).
struct WriteFailure {
    int sqliteCode = 0; // the result code (extended where the C API gives one)
    int systemErrno = 0; // the errno of the system call that failed, where known (C API)
    QString noRoom; // noRoomFor(), for I/O errors: what keeps the database's files from growing
    QString sqlState; // PostgreSQL's error code (SQLSTATE), when it gave one
    bool postgres = false; // the database is a PostgreSQL server
};

// What keeps the database's files from growing, if anything: a file size limit (RLIMIT_FSIZE) they
// reached, or less than 1 MiB free on their disk. Empty when neither.
QString noRoomFor(const QString &databasePath);

// A failed write as the user reads it: what is wrong (the disk is full, the file is read-only, another
// program holds a lock, the disk reports errors) and what to do, SQLite's own words in parentheses.
// The kind stays the writer's.
Error explainWriteFailure(const Error &error, const WriteFailure &failure);

// The ledger's writer thread's half: writes one batch of calls in one transaction, together with the
// rollups the usage charts read (call_requests and the three calls_daily* tables) and those the
// monitoring reads (MonitorRollupWriter, in a savepoint of its own). The rollups are
// summed per batch here and upserted once per group, instead of once per row by triggers: a batch of
// a thousand proxy calls to one model touches each daily rollup row once (migration 0005 dropped the
// insert triggers; the delete triggers still keep them right when rows are removed).
//
// Binds through SQLite's C API on the connection of Qt's QSQLITE driver when this build links the same
// SQLite library (SB_LEDGER_SQLITE_C_API, checked against the connection's sqlite_source_id() at run
// time), otherwise through QSqlQuery. Not thread-safe: one writer thread, one connection.
class LedgerWriter final
{
public:
    // checkpointPages: the WAL's length (pages) at which SQLite checkpoints on this connection, when it
    // is not the C API's (walPages() says -1 then).
    // deferRollups: on SQLite through its C API, the monitoring rollups are flushed now and then
    // (write()'s flushRollups, flushRollups()) instead of written in every batch (MonitorRollupWriter::mark)
    LedgerWriter(bool preferCApi, int checkpointPages, bool deferRollups = false);
    ~LedgerWriter();
    Q_DISABLE_COPY_MOVE(LedgerWriter)

    // flushRollups: with deferred rollups, the marked calls (this batch's too) are added to the monitoring
    // rollups in this batch's transaction (rollupsFlushed() then says so); without, the batch's calls always are.
    [[nodiscard]] Expected<void> write(const QSqlDatabase &db, const std::deque<LedgerRow> &batch, bool flushRollups = true);
    bool rollupsFlushed() const { return m_rollupsFlushed; }
    // Deferred rollups: whether marked calls may wait for a flush, and the flush in a transaction of
    // its own (BEGIN IMMEDIATE); the calls added. A failure of the rollups leaves the markers.
    bool rollupsPending() const;
    [[nodiscard]] Expected<qint64> flushRollups(const QSqlDatabase &db);
    // Whether the database takes writes (Statements::probe): a read-only file or a lock held elsewhere
    // shows here before any row is written.
    [[nodiscard]] Expected<void> probe(const QSqlDatabase &db);
    // Why the last write() or probe() failed.
    const WriteFailure &lastFailure() const { return m_failure; }
    // Pages in the WAL after the last commit, counted by SQLite's WAL hook on the C API's connection,
    // where SQLite no longer checkpoints by itself (the Ledger's checkpointer thread does); -1 elsewhere.
    int walPages() const { return m_walPages; }
    // One step of the monitoring totals' backfill (MonitorRollupWriter::backfill), about rowBudget rows,
    // in a transaction of its own (BEGIN IMMEDIATE on SQLite). False once nothing is left or after a
    // failure (logged; the readers keep taking older buckets from the per-group rows); true when more
    // is left or the database was busy (again later).
    bool backfill(const QSqlDatabase &db, qint64 rowBudget);
    // Finalises the prepared statements; call on the writer thread before its connection closes.
    void release();

private:
    [[nodiscard]] Expected<void> prepare(const QSqlDatabase &db);
    [[nodiscard]] Expected<void> writeWith(const QSqlDatabase &db, Statements &s, const std::deque<LedgerRow> &batch, bool flushRollups);
    // PostgreSQL: makes the monthly partitions (storage/partitions.h) the batch's calls need, unless
    // this writer knows they exist.
    [[nodiscard]] Expected<void> ensureMonths(const QSqlDatabase &db, const std::deque<LedgerRow> &batch);

    [[maybe_unused]] const bool m_preferCApi; // read only when this build has the C API binding
    const int m_checkpointPages;
    bool m_tuned = false;
    int m_walPages = -1;
    ::sqlite3 *m_native = nullptr; // with the C API: the connection whose WAL hook is ours
    std::unique_ptr<Statements> m_statements;
    WriteFailure m_failure;
    std::unique_ptr<MonitorRollupWriter> m_monitor; // the monitoring rollups (usage/monitorrollups.h)
    QSet<qint64> m_months; // PostgreSQL: the months (their first ms) whose partitions exist
    bool m_backfillStopped = false; // a backfill step failed: not tried again by this writer
    const bool m_deferRollups;
    bool m_deferring = false; // deferred rollups on this connection (prepare())
    bool m_rollupsFlushed = false;
};

} // namespace sb::usage::detail
