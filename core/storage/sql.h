#pragma once

#include "common/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

struct sqlite3;

// The small pieces every store repeats around QSqlQuery. The place where differences between SQLite
// and other databases will live.
namespace sb::sql {

enum class Dialect { Sqlite, PostgreSql };

// A statement written for SQLite in the given dialect; empty when it is for the other database only.
// A statement may start with the line "-- sqlite only" or "-- postgresql only" (Database::
// splitStatements keeps those comments with the statement that follows): migrations say there what
// one database needs and the other does without, or does its own way (SQLite's FTS5 tables and
// triggers, PostgreSQL's trigger functions). For PostgreSQL the rest is rewritten:
// - column types: INTEGER as BIGINT (SQLite's integers are 64 bits, PostgreSQL's INTEGER 32), an
//   INTEGER PRIMARY KEY of its own (SQLite's rowid alias) as a BIGINT identity, REAL as DOUBLE
//   PRECISION, BLOB as BYTEA;
// - json_valid(column) checks as a cast to jsonb, which fails on text that is not JSON;
// - no WITHOUT ROWID (its tables have no rowid);
// - strftime('%Y-%m-%dT%H:%M:%SZ', 'now') as to_char of the UTC time.
// Everything else must already be SQL both take.
QString forDialect(const QString &statement, Dialect dialect);

// The dialect of a connection, by its Qt driver (QPSQL: PostgreSQL, anything else SQLite).
Dialect dialectOf(const QSqlDatabase &db);

// The two-argument scalar minimum and maximum: SQLite's min(a, b) and max(a, b), PostgreSQL's LEAST and
// GREATEST (its min and max are aggregates only).
QString scalarMin(Dialect dialect);
QString scalarMax(Dialect dialect);

// An INSERT of `keys` and `values` (in that order, all bound) that replaces the row with the same key:
// SQLite's INSERT OR REPLACE, PostgreSQL's ON CONFLICT (keys) DO UPDATE of the value columns.
QString insertOrReplace(Dialect dialect, const QString &table, const QStringList &keys, const QStringList &values);

// The id the last INSERT on this connection gave its row (the INTEGER PRIMARY KEY, an identity on
// PostgreSQL): last_insert_rowid() or lastval().
QString lastInsertId(Dialect dialect);

// "-- sqlite only" or "-- postgresql only"
bool isDialectTag(const QString &comment);
// The statement without its dialect tag line, if it has one.
QString withoutDialectTag(const QString &statement);

// For NOT NULL text columns: a null QString would bind as NULL.
QString nonNull(const QString &text);

// A Database error: "what: the driver's message".
Error failure(const QSqlQuery &query, const QString &what);

// A WHERE clause being built and the values it binds, in their order.
struct Where {
    QString sql;
    QVariantList binds;
    // Appends " AND <condition>" and the one value it binds.
    void add(const QString &condition, const QVariant &value)
    {
        sql += QStringLiteral(" AND ") + condition;
        binds << value;
    }
};

// Runs a prepared, bound query; a Database error saying `what` failed.
Expected<void> exec(QSqlQuery &query, const QString &what);

// Starts a transaction that will write: SQLite takes the write lock at once (BEGIN IMMEDIATE), so that
// a transaction that reads first waits for another writer (the busy timeout) instead of failing with
// "database is locked" when it upgrades; other databases lock rows as they write (BEGIN).
// End it with db.commit() or db.rollback().
Expected<void> beginWrite(QSqlDatabase &db);

// Runs `work` (returning an Expected) in one write transaction on `db` (beginWrite): committed when it
// succeeds, rolled back when it fails or the commit does.
Error commitFailure(const QSqlDatabase &db);
template<typename Work> auto inWriteTransaction(QSqlDatabase db, Work work) -> decltype(work())
{
    if (auto begun = beginWrite(db); !begun)
        return begun.error();
    auto result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error e = commitFailure(db);
        db.rollback();
        return e;
    }
    return result;
}

// The sqlite3 connection behind Qt's QSQLITE driver, when this build binds SQLite's C API
// (SB_LEDGER_SQLITE_C_API) and the driver uses the same library (the same source id: a second copy of
// SQLite in one process must not touch the other's connections); nullptr otherwise.
::sqlite3 *nativeSqlite(const QSqlDatabase &db);

// For a connection that competes for SQLite's write lock on every call (the budget reservations, next
// to the ledger writer): retry every 100 us, up to 5 s, where SQLite's own busy handler sleeps 1 ms
// first, then 2, 5, 10 ms... (bench/budget: +1.0 ms p50 at c=1 with it, +0.2 ms without). Nothing
// without the C API, or on other databases.
void retryBusySoon(const QSqlDatabase &db);

// PostgreSQL array literals, to bind a column of many rows as one parameter (`?::text[]`, unnested
// into rows on the server: one statement per batch instead of one per row). Appends an element to
// `array` (the text between the braces, elements separated by commas): NULL for a null string, else the
// value, double-quoted with \ and " escaped when `quoted` (text; numbers go as they are).
void appendArrayElement(QString &array, const QString &value, bool quoted);
// A bytea element (\x and the hex digits); NULL for a null byte array.
void appendArrayBytes(QString &array, const QByteArray &bytes);
// "{" + elements + "}"
QString arrayLiteral(const QString &elements);
// "SELECT * FROM unnest(?::text[], ?::bigint[], ...)": a row per element of arrays bound in this order,
// one per column of `types` (T text, I bigint, B bytea).
QByteArray unnestSelect(const QByteArray &types);
// A one-row INSERT ... VALUES (?, ...) [ON CONFLICT ...] as INSERT ... SELECT * FROM unnest(...) [ON
// CONFLICT ...]: the same statement for as many rows as the arrays hold.
QByteArray unnestInsert(const QByteArray &insert, const QByteArray &types);

// Prepares `statement` on `db`, binds `values` in order and runs it: the query, before its first row.
Expected<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QString &what);

} // namespace sb::sql
