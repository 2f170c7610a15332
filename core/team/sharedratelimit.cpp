#include "team/sharedratelimit.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QSqlQuery>

#include <cmath>

namespace sb::team {

SharedRateLimit::SharedRateLimit(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

Expected<qint64> SharedRateLimit::acquire(const QString &key, int perMinute)
{
    if (perMinute <= 0)
        return qint64(0);
    auto db = m_db->connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    const double capacity = perMinute;
    const double perMs = perMinute / 60'000.0;
    bool known = false;
    {
        QMutexLocker lock(&m_mutex);
        known = m_known.contains(key);
    }
    if (!known) {
        auto made = sql::run(*db, QStringLiteral("INSERT INTO rate_buckets (key, tokens, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING"),
                             {key, capacity, now}, QStringLiteral("cannot keep the key's rate limit"));
        if (!made)
            return made.error();
        QMutexLocker lock(&m_mutex);
        m_known.insert(key);
    }
    const sql::Dialect dialect = sql::dialectOf(*db);
    // the tokens now: what was left plus the refill since, at most a minute's worth
    // (the casts: PostgreSQL types a parameter by its neighbour, and `bigint * ?` would bind the rate as
    // a bigint, 0)
    const QString refilled = QStringLiteral("%1(CAST(? AS DOUBLE PRECISION), tokens + %2(? - updated_at, 0) * CAST(? AS DOUBLE PRECISION))")
                                 .arg(sql::scalarMin(dialect), sql::scalarMax(dialect));
    auto taken = sql::run(*db,
                          QStringLiteral("UPDATE rate_buckets SET tokens = %1 - 1, updated_at = %2(updated_at, ?) WHERE key = ? AND %1 >= 1")
                              .arg(refilled, sql::scalarMax(dialect)),
                          {capacity, now, perMs, now, key, capacity, now, perMs}, QStringLiteral("cannot check the key's rate limit"));
    if (!taken)
        return taken.error();
    if (taken->numRowsAffected() == 1)
        return qint64(0);
    auto left = sql::run(*db, QStringLiteral("SELECT %1 FROM rate_buckets WHERE key = ?").arg(refilled), {capacity, now, perMs, key},
                         QStringLiteral("cannot read the key's rate limit"));
    if (!left)
        return left.error();
    if (!left->next()) { // the row went away (a database restored from before it): make it again next time
        QMutexLocker lock(&m_mutex);
        m_known.remove(key);
        return qint64(0);
    }
    const double tokens = left->value(0).toDouble();
    return qMax<qint64>(1, qint64(std::ceil((1 - tokens) / perMs)));
}

} // namespace sb::team
