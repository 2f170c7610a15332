#pragma once

#include "storage/database.h"

#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// What core tests that read the database directly share.
namespace sb::testing {

// A fresh database (migrated) in `dir`, named `name`; aborts the test run when it cannot be opened.
inline std::shared_ptr<Database> openTestDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto db = Database::open(dir.filePath(name));
    if (!db)
        qFatal("cannot open the test database: %s", qPrintable(db.error().message));
    return *db;
}

// The first column of the first row of `sql` on this thread's connection, as a number; -1 when the
// query fails or has no row.
inline qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Runs a statement on this thread's connection.
inline bool exec(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    return q.exec(sql);
}

} // namespace sb::testing
