#pragma once

#include "common/expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// The small pieces every store repeats around QSqlQuery. The place where differences between SQLite
// and other databases will live.
namespace sb::sql {

// For NOT NULL text columns: a null QString would bind as NULL.
QString nonNull(const QString &text);

// A Database error: "what: the driver's message".
Error failure(const QSqlQuery &query, const QString &what);

// Runs a prepared, bound query; a Database error saying `what` failed.
Expected<void> exec(QSqlQuery &query, const QString &what);

// Prepares `statement` on `db`, binds `values` in order and runs it: the query, before its first row.
Expected<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QString &what);

} // namespace sb::sql
