#include "storage/sql.h"

#include "common/logging.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#if SB_LEDGER_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace sb::sql {

QString forDialect(const QString &statement, Dialect dialect)
{
    if (dialect == Dialect::Sqlite)
        return statement;
    static const QRegularExpression withoutRowid(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID\\s*$"), QRegularExpression::CaseInsensitiveOption);
    QString out = statement;
    out.replace(withoutRowid, QStringLiteral(")"));
    out.replace(QLatin1String("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"),
                QLatin1String("to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"));
    return out;
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

Error failure(const QSqlQuery &query, const QString &what)
{
    return Error::make(Error::Kind::Database, QStringLiteral("%1: %2").arg(what, query.lastError().text()));
}

Expected<void> exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return failure(query, what);
    return {};
}

Expected<void> beginWrite(QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery begin(db);
        return begin.exec(QStringLiteral("BEGIN IMMEDIATE")) ? Expected<void>() : failure(begin, QStringLiteral("cannot start a transaction"));
    }
    if (!db.transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    return {};
}

::sqlite3 *nativeSqlite(const QSqlDatabase &db)
{
#if SB_LEDGER_SQLITE_C_API
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next())
        return nullptr;
    if (q.value(0).toString() != QLatin1String(sqlite3_sourceid())) {
        qCInfo(lcDatabase).noquote() << "Qt's SQLite (" << q.value(0).toString() << ") is not the one this build links (" << sqlite3_sourceid()
                                     << "); its C API is not used";
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
#else
    Q_UNUSED(db)
    return nullptr;
#endif
}

void retryBusySoon(const QSqlDatabase &db)
{
#if SB_LEDGER_SQLITE_C_API
    if (::sqlite3 *native = nativeSqlite(db))
        sqlite3_busy_handler(
            native,
            [](void *, int tries) {
                if (tries >= 50'000) // 5 s, as the connections' busy timeout
                    return 0;
                QThread::usleep(100);
                return 1;
            },
            nullptr);
#else
    Q_UNUSED(db)
#endif
}

Expected<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QString &what)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        return failure(query, what);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (auto ok = exec(query, what); !ok)
        return ok.error();
    return query;
}

} // namespace sb::sql
