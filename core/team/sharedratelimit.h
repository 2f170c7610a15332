#pragma once

#include "common/expected.h"

#include <QMutex>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace sb {
class Database;
}

namespace sb::team {

// Requests per minute per key, held together by every serve of a team's database (migration 0018):
// a token bucket per key in one row, refilled by the time since its last refill and taken from by a
// conditional UPDATE, so N serves give a key its limit once, not N times. Each acquire is a round trip
// to the database on the calling thread (about as long as a ping to it); serve uses it on PostgreSQL
// only, for keys with a limit. The clocks of the serves should agree (NTP): a refill never goes
// backwards, but a serve whose clock runs ahead refills early.
class SharedRateLimit
{
public:
    using Clock = std::function<qint64()>; // UTC epoch ms
    explicit SharedRateLimit(std::shared_ptr<Database> db, Clock clock = {});
    Q_DISABLE_COPY_MOVE(SharedRateLimit)

    // Takes one request of `key` (at most `perMinute` a minute, bursts up to that): 0 when it may go,
    // else the milliseconds until it may. An error when the database cannot be asked.
    [[nodiscard]] Expected<qint64> acquire(const QString &key, int perMinute);

private:
    std::shared_ptr<Database> m_db;
    Clock m_clock;
    QMutex m_mutex;
    QSet<QString> m_known; // keys whose row exists
};

} // namespace sb::team
