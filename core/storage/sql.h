#pragma once

#include "common/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// The small pieces every store repeats around QSqlQuery. The place where differences between SQLite
// and other databases will live.
namespace sb::sql {

enum class Dialect { Sqlite, PostgreSql };

// A statement written for SQLite in the given dialect. For PostgreSQL: no WITHOUT ROWID (its tables
// have no rowid), strftime('%Y-%m-%dT%H:%M:%SZ', 'now') as to_char of the UTC time. Grows as the
// migrations move over; everything else must already be SQL both take.
QString forDialect(const QString &statement, Dialect dialect);

// For NOT NULL text columns: a null QString would bind as NULL.
QString nonNull(const QString &text);

// A Database error: "what: the driver's message".
Error failure(const QSqlQuery &query, const QString &what);

// Runs a prepared, bound query; a Database error saying `what` failed.
Expected<void> exec(QSqlQuery &query, const QString &what);

// Starts a transaction that will write: SQLite takes the write lock at once (BEGIN IMMEDIATE), so that
// a transaction that reads first waits for another writer (the busy timeout) instead of failing with
// "database is locked" when it upgrades; other databases lock rows as they write (BEGIN).
// End it with db.commit() or db.rollback().
Expected<void> beginWrite(QSqlDatabase &db);

// Prepares `statement` on `db`, binds `values` in order and runs it: the query, before its first row.
Expected<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QString &what);

} // namespace sb::sql
