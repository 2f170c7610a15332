#include "storage/partitions.h"

#include "storage/sql.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace sb::sql {

namespace {

QDate monthOf(qint64 epochMs)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).date();
    return QDate(d.year(), d.month(), 1);
}

qint64 startOf(QDate month)
{
    return QDateTime(month, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

qint64 monthStartMs(qint64 epochMs)
{
    return startOf(monthOf(epochMs));
}

qint64 nextMonthStartMs(qint64 epochMs)
{
    return startOf(monthOf(epochMs).addMonths(1));
}

Expected<int> ensureMonths(const QSqlDatabase &db, qint64 fromMs, qint64 toMs)
{
    auto q = run(db, QStringLiteral("SELECT ledger_ensure_months(?, ?)"), {fromMs, std::max(fromMs, toMs)},
                 QStringLiteral("cannot create the ledger's monthly partitions"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Expected<QList<MonthPartition>> monthPartitions(const QSqlDatabase &db, const QString &parent)
{
    auto q = run(db,
                 QStringLiteral("SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                                "WHERE i.inhparent = to_regclass(?)"),
                 {parent}, QStringLiteral("cannot list the partitions of %1").arg(parent));
    if (!q)
        return q.error();
    // FOR VALUES FROM ('1764547200000') TO ('1767225600000')
    static const QRegularExpression bounds(QStringLiteral("FROM \\('?(-?\\d+)'?\\) TO \\('?(-?\\d+)'?\\)"));
    QList<MonthPartition> out;
    while (q->next()) {
        const auto m = bounds.match(q->value(1).toString());
        if (!m.hasMatch())
            continue; // not one of ours (a DEFAULT partition someone added)
        out.append(MonthPartition{q->value(0).toString(), parent, m.captured(1).toLongLong(), m.captured(2).toLongLong()});
    }
    std::sort(out.begin(), out.end(), [](const MonthPartition &a, const MonthPartition &b) { return a.fromMs < b.fromMs; });
    return out;
}

Expected<void> dropPartition(const QSqlDatabase &db, const MonthPartition &partition)
{
    QSqlQuery q(db);
    // a name from the catalog, quoted as an identifier
    const QString name = QLatin1Char('"') + QString(partition.table).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    if (!q.exec(QStringLiteral("DROP TABLE ") + name))
        return failure(q, QStringLiteral("cannot drop the partition %1").arg(partition.table));
    return {};
}

Expected<qint64> estimatedRows(const QSqlDatabase &db, const MonthPartition &partition)
{
    auto q = run(db, QStringLiteral("SELECT reltuples::BIGINT FROM pg_class WHERE oid = to_regclass(?)"), {partition.table},
                 QStringLiteral("cannot read the size of %1").arg(partition.table));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace sb::sql
