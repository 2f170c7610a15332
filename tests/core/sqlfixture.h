#pragma once

#include "storage/database.h"
#include "usage/callrecord.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
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

// Every row of a query on this thread's connection, a line each: the columns joined by '|', NULL for
// null, blobs in hex; "failed: ..." when the query fails.
inline QStringList rowsOf(const Database &db, const QString &sql)
{
    auto conn = db.connection();
    if (!conn)
        return {QStringLiteral("no connection: ") + conn.error().message};
    QSqlQuery q(*conn);
    if (!q.exec(sql))
        return {QStringLiteral("failed: ") + q.lastError().text()};
    QStringList out;
    while (q.next()) {
        QStringList line;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            line << (v.isNull()                                ? QStringLiteral("NULL")
                         : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                               : v.toString());
        }
        out << line.join(QLatin1Char('|'));
    }
    return out;
}

// Runs a statement on this thread's connection.
inline bool exec(const Database &db, const QString &sql)
{
    QSqlQuery q(*db.connection());
    return q.exec(sql);
}

// An ok attempt of `provider`/`model` (asked for and answering) with the given timings and cost, from
// the playground; tests set the rest.
inline usage::CallRecord okCall(const QString &requestId, qint64 startedAtMs, const QString &provider, const QString &model, qint64 ttftMs,
                                qint64 latencyMs, double costUsd)
{
    usage::CallRecord c;
    c.requestId = requestId;
    c.startedAtMs = startedAtMs;
    c.source = usage::Source::Playground;
    c.provider = provider;
    c.model = model;
    c.requestedModel = model;
    c.ttftMs = ttftMs;
    c.latencyMs = latencyMs;
    c.costUsd = costUsd;
    return c;
}

} // namespace sb::testing
