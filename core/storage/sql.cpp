#include "storage/sql.h"

#include <QRegularExpression>
#include <QSqlError>

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
