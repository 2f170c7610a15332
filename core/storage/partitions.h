#pragma once

#include "common/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// PostgreSQL's monthly partitions of the ledger (resources/migrations/0023_ledger_retention.sql): calls
// and call_traces are partitioned by started_at, a partition per UTC month, named PARENT_YYYY_MM.
// SQLite keeps each in one table; these functions are for PostgreSQL connections only.
namespace sb::sql {

// The tables partitioned by month.
inline constexpr const char *kMonthlyTables[] = {"calls", "call_traces"};

struct MonthPartition {
    QString table; // calls_2026_12
    QString parent; // calls
    qint64 fromMs = 0; // the month's first millisecond (UTC epoch ms), inclusive
    qint64 toMs = 0; // the next month's, exclusive
};

// The UTC month that holds epochMs: its first millisecond, and the next month's.
qint64 monthStartMs(qint64 epochMs);
qint64 nextMonthStartMs(qint64 epochMs);

// Creates the partitions (of every monthly table) that the months from the one holding fromMs to the
// one holding toMs lack; how many it made. Runs in the caller's transaction, if any: outside one it
// commits at once (serves that need the same month take turns on an advisory lock).
[[nodiscard]] Expected<int> ensureMonths(const QSqlDatabase &db, qint64 fromMs, qint64 toMs);

// The partitions of `parent`, oldest first.
[[nodiscard]] Expected<QList<MonthPartition>> monthPartitions(const QSqlDatabase &db, const QString &parent);

// Drops one partition: its rows go at once, no trigger runs (the rollups stay as they are).
[[nodiscard]] Expected<void> dropPartition(const QSqlDatabase &db, const MonthPartition &partition);

// Rows in a partition as PostgreSQL's statistics estimate them (-1 before its first ANALYZE).
[[nodiscard]] Expected<qint64> estimatedRows(const QSqlDatabase &db, const MonthPartition &partition);

} // namespace sb::sql
