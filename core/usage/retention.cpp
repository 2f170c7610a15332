#include "usage/retention.h"

#include "common/logging.h"
#include "storage/database.h"
#include "storage/partitions.h"
#include "storage/sql.h"
#include "usage/budgets.h"
#include "usage/callrecord.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace sb::usage {

namespace {

constexpr qint64 kMaxDays = 100 * 366; // a century: anything longer is "keep"

Expected<qint64> count(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto q = sql::run(db, sql, binds, QStringLiteral("retention: cannot count rows"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

// Runs `work` (returning the rows it removed) in write transactions until a batch removes fewer than
// `batchRows`; the total.
template<typename Work> Expected<qint64> inBatches(QSqlDatabase db, int batchRows, Work work)
{
    qint64 total = 0;
    for (;;) {
        auto removed = sql::inWriteTransaction(db, work);
        if (!removed)
            return removed.error();
        total += *removed;
        if (*removed < batchRows)
            return total;
    }
}

// Removes the per-request rows whose first attempt's day is before `beforeDay`, in batches.
Expected<qint64> removeRequests(const QSqlDatabase &db, qint64 beforeDay, int batchRows)
{
    return inBatches(db, batchRows, [&]() -> Expected<qint64> {
        auto removed = sql::run(
            db, QStringLiteral("DELETE FROM call_requests WHERE request_id IN (SELECT request_id FROM call_requests WHERE day < ? LIMIT ?)"),
            {beforeDay, batchRows}, QStringLiteral("retention: cannot remove old requests"));
        if (!removed)
            return removed.error();
        return qint64(removed->numRowsAffected());
    });
}

} // namespace

Expected<RetentionSettings> RetentionSettings::fromJson(const QJsonObject &section)
{
    RetentionSettings s;
    QStringList problems;
    for (auto it = section.constBegin(); it != section.constEnd(); ++it) {
        int *field = it.key() == QLatin1String("callsDays") ? &s.callsDays : it.key() == QLatin1String("tracesDays") ? &s.tracesDays : nullptr;
        if (!field) {
            problems << QStringLiteral("retention.%1: unknown key (retention takes callsDays and tracesDays)").arg(it.key());
            continue;
        }
        const double v = it.value().toDouble(-1);
        if (!it.value().isDouble() || v < 0 || v != double(qint64(v)) || v > double(kMaxDays)) {
            problems << QStringLiteral("retention.%1: must be a whole number of days from 0 (keep for good) to %2").arg(it.key()).arg(kMaxDays);
            continue;
        }
        *field = int(v);
    }
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation, problems.join(QStringLiteral("; ")));
    return s;
}

QJsonObject RetentionSettings::toJson() const
{
    QJsonObject o;
    if (callsDays > 0)
        o.insert(QStringLiteral("callsDays"), callsDays);
    if (tracesDays > 0)
        o.insert(QStringLiteral("tracesDays"), tracesDays);
    return o;
}

LedgerRetention::LedgerRetention(std::shared_ptr<Database> database, int batchRows)
    : m_database(std::move(database))
    , m_batchRows(std::max(1, batchRows))
{
}

namespace {

// The cutoffs of the settings at nowMs: traces go at the later of theirs and the calls'.
RetentionReport cutoffsOf(const RetentionSettings &settings, qint64 nowMs)
{
    RetentionReport r;
    if (settings.callsDays > 0)
        r.callsBeforeMs = nowMs - qint64(settings.callsDays) * kMsPerDay;
    if (settings.tracesDays > 0)
        r.tracesBeforeMs = nowMs - qint64(settings.tracesDays) * kMsPerDay;
    if (r.callsBeforeMs)
        r.tracesBeforeMs = std::max(r.tracesBeforeMs.value_or(*r.callsBeforeMs), *r.callsBeforeMs);
    return r;
}

} // namespace

Expected<RetentionReport> LedgerRetention::run(const RetentionSettings &settings, qint64 nowMs) const
{
    const RetentionReport cutoffs = cutoffsOf(settings, nowMs);
    auto report = m_database->dialect() == Database::Dialect::PostgreSql ? runPostgres(cutoffs, nowMs, true) : runSqlite(cutoffs, true);
    if (!report)
        return report;
    auto counters = pruneCounters(nowMs);
    if (!counters)
        return counters.error();
    report->counters = *counters;
    return report;
}

Expected<qint64> LedgerRetention::pruneCounters(qint64 nowMs) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    // the periods before the last one: no reservation or settlement names them any more (a call settles
    // against the period it reserved in, which a long call may have left; one period back is kept)
    return sql::inWriteTransaction(*conn, [&]() -> Expected<qint64> {
        auto removed = sql::run(
            *conn,
            QStringLiteral("DELETE FROM budget_counters WHERE ((period = ? AND period_index < ?) OR (period = ? AND period_index < ?)) "
                           "AND NOT EXISTS (SELECT 1 FROM budget_reservations r WHERE r.scope = budget_counters.scope "
                           "AND r.target = budget_counters.target AND r.period = budget_counters.period "
                           "AND r.period_index = budget_counters.period_index)"),
            {periodName(Budget::Period::Daily), periodIndexOf(Budget::Period::Daily, nowMs) - 1, periodName(Budget::Period::Monthly),
             periodIndexOf(Budget::Period::Monthly, nowMs) - 1},
            QStringLiteral("retention: cannot remove old budget counters"));
        if (!removed)
            return removed.error();
        return qint64(removed->numRowsAffected());
    });
}

Expected<RetentionReport> LedgerRetention::plan(const RetentionSettings &settings, qint64 nowMs) const
{
    const RetentionReport cutoffs = cutoffsOf(settings, nowMs);
    if (m_database->dialect() == Database::Dialect::PostgreSql)
        return runPostgres(cutoffs, nowMs, false);
    return runSqlite(cutoffs, false);
}

Expected<std::optional<qint64>> LedgerRetention::oldestCall() const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT min(started_at) FROM calls"), {}, QStringLiteral("cannot read the oldest call"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return std::optional<qint64>{};
    return std::optional<qint64>{q->value(0).toLongLong()};
}

Expected<RetentionReport> LedgerRetention::runSqlite(const RetentionReport &cutoffs, bool apply) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    const QSqlDatabase db = *conn;
    RetentionReport report = cutoffs;
    const QVariant batch = m_batchRows;

    if (cutoffs.callsBeforeMs) {
        const qint64 before = *cutoffs.callsBeforeMs;
        // a request goes with its calls that started before the cutoff (its first attempt did), by their
        // request ids: an index on call_requests' day would draw SQLite's "top requests" plan away from
        // walking the cost index
        if (!apply) {
            auto calls = count(db, QStringLiteral("SELECT count(*) FROM calls WHERE started_at < ?"), {before});
            auto requests = count(db,
                                  QStringLiteral("SELECT count(*) FROM call_requests WHERE request_id IN "
                                                 "(SELECT request_id FROM calls WHERE started_at < ?)"),
                                  {before});
            if (!calls || !requests)
                return !calls ? calls.error() : requests.error();
            report.calls = *calls;
            report.requests = *requests;
        } else {
            // the oldest calls first; their traces go with them (ON DELETE CASCADE), the rollups stay
            // (the delete triggers skip calls removed while ledger_retention_running has a row)
            const QString oldest = QStringLiteral("SELECT id FROM calls WHERE started_at < ? ORDER BY started_at LIMIT ?");
            auto calls = inBatches(db, m_batchRows, [&]() -> Expected<qint64> {
                auto traces = count(db, QStringLiteral("SELECT count(*) FROM call_traces WHERE call_id IN (%1)").arg(oldest), {before, batch});
                if (!traces)
                    return traces.error();
                report.traces += *traces;
                auto requests = sql::run(
                    db, QStringLiteral("DELETE FROM call_requests WHERE request_id IN (SELECT request_id FROM calls WHERE id IN (%1))").arg(oldest),
                    {before, batch}, QStringLiteral("retention: cannot remove old requests"));
                if (!requests)
                    return requests.error();
                report.requests += requests->numRowsAffected();
                auto mark = sql::run(db, QStringLiteral("INSERT INTO ledger_retention_running(running) VALUES (1)"), {},
                                     QStringLiteral("retention: cannot mark its transaction"));
                if (!mark)
                    return mark.error();
                auto removed = sql::run(db, QStringLiteral("DELETE FROM calls WHERE id IN (%1)").arg(oldest), {before, batch},
                                        QStringLiteral("retention: cannot remove old calls"));
                if (!removed)
                    return removed.error();
                const qint64 n = removed->numRowsAffected();
                auto unmark = sql::run(db, QStringLiteral("DELETE FROM ledger_retention_running"), {},
                                       QStringLiteral("retention: cannot unmark its transaction"));
                if (!unmark)
                    return unmark.error();
                return n;
            });
            if (!calls)
                return calls.error();
            report.calls = *calls;
        }
    }

    if (cutoffs.tracesBeforeMs) {
        const qint64 before = *cutoffs.tracesBeforeMs;
        // where the last walk stopped: the traces of the calls up to there are gone
        qint64 afterStarted = std::numeric_limits<qint64>::min(), afterId = 0;
        {
            auto q = sql::run(db, QStringLiteral("SELECT after_started_at, after_id FROM ledger_retention_state WHERE what = 'traces'"), {},
                              QStringLiteral("retention: cannot read where it got to"));
            if (!q)
                return q.error();
            if (q->next()) {
                afterStarted = q->value(0).toLongLong();
                afterId = q->value(1).toLongLong();
            }
        }
        if (!apply) {
            auto traces = count(db,
                                QStringLiteral("SELECT count(*) FROM call_traces t JOIN calls c ON c.id = t.call_id "
                                               "WHERE (c.started_at, c.id) > (?, ?) AND c.started_at < ?"),
                                {afterStarted, afterId, before});
            if (!traces)
                return traces.error();
            report.traces += *traces;
        } else {
            auto traces = inBatches(db, m_batchRows, [&]() -> Expected<qint64> {
                auto q = sql::run(db,
                                  QStringLiteral("SELECT id, started_at FROM calls WHERE (started_at, id) > (?, ?) AND started_at < ? "
                                                 "ORDER BY started_at, id LIMIT ?"),
                                  {afterStarted, afterId, before, batch}, QStringLiteral("retention: cannot read old calls"));
                if (!q)
                    return q.error();
                QStringList ids;
                qint64 lastStarted = afterStarted, lastId = afterId;
                while (q->next()) {
                    lastId = q->value(0).toLongLong();
                    lastStarted = q->value(1).toLongLong();
                    ids << QString::number(lastId);
                }
                q->finish();
                if (ids.isEmpty())
                    return qint64(0);
                auto removed = sql::run(db, QStringLiteral("DELETE FROM call_traces WHERE call_id IN (%1)").arg(ids.join(QLatin1Char(','))), {},
                                        QStringLiteral("retention: cannot remove old traces"));
                if (!removed)
                    return removed.error();
                const qint64 n = removed->numRowsAffected();
                auto moved = sql::run(db,
                                      sql::insertOrReplace(sql::dialectOf(db), QStringLiteral("ledger_retention_state"), {QStringLiteral("what")},
                                                           {QStringLiteral("after_started_at"), QStringLiteral("after_id")}),
                                      {QStringLiteral("traces"), lastStarted, lastId}, QStringLiteral("retention: cannot record where it got to"));
                if (!moved)
                    return moved.error();
                afterStarted = lastStarted;
                afterId = lastId;
                report.traces += n;
                return qint64(ids.size()); // a full batch of calls (with or without traces) asks for another
            });
            if (!traces)
                return traces.error();
        }
    }
    return report;
}

Expected<RetentionReport> LedgerRetention::runPostgres(const RetentionReport &cutoffs, qint64 nowMs, bool apply) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    RetentionReport report = cutoffs;
    if (apply) {
        // the months ahead, so that no write waits for a partition to be made
        auto made = sql::ensureMonths(db, nowMs, sql::nextMonthStartMs(sql::nextMonthStartMs(nowMs)));
        if (!made)
            return made.error();
        report.createdPartitions = *made;
    }
    // whole months only: a month goes once all of it is older than the cutoff
    const auto drop = [&](const QString &parent, qint64 before, qint64 &rows) -> Expected<void> {
        auto parts = sql::monthPartitions(db, parent);
        if (!parts)
            return parts.error();
        for (const sql::MonthPartition &p : std::as_const(*parts)) {
            if (p.toMs > before)
                break;
            auto n = count(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(p.table), {});
            if (!n)
                return n.error();
            rows += *n;
            report.droppedPartitions << p.table;
            if (!apply)
                continue;
            auto dropped = sql::inWriteTransaction(db, [&] { return sql::dropPartition(db, p); });
            if (!dropped)
                return dropped.error();
            qCInfo(lcUsage).noquote() << "ledger retention: dropped" << p.table << "with" << *n << "rows";
        }
        return {};
    };
    if (cutoffs.tracesBeforeMs) {
        report.tracesBeforeMs = sql::monthStartMs(*cutoffs.tracesBeforeMs);
        if (auto done = drop(QStringLiteral("call_traces"), *cutoffs.tracesBeforeMs, report.traces); !done)
            return done.error();
    }
    if (cutoffs.callsBeforeMs) {
        report.callsBeforeMs = sql::monthStartMs(*cutoffs.callsBeforeMs);
        if (auto done = drop(QStringLiteral("calls"), *cutoffs.callsBeforeMs, report.calls); !done)
            return done.error();
        const qint64 beforeDay = dayOfMs(*report.callsBeforeMs);
        if (!apply) {
            auto requests = count(db, QStringLiteral("SELECT count(*) FROM call_requests WHERE day < ?"), {beforeDay});
            if (!requests)
                return requests.error();
            report.requests = *requests;
        } else {
            auto requests = removeRequests(db, beforeDay, m_batchRows);
            if (!requests)
                return requests.error();
            report.requests = *requests;
        }
    }
    return report;
}

// ---- LedgerMaintenance ------------------------------------------------------------------------------

LedgerMaintenance::LedgerMaintenance(std::shared_ptr<Database> database, RetentionSettings settings, Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_options(std::move(options))
    , m_settings(settings)
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_thread.setObjectName(QStringLiteral("ledger-maintenance"));
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // keeps its connection
    m_timer.setInterval(int(std::clamp<qint64>(m_options.intervalMs, 1000, std::numeric_limits<int>::max())));
    connect(&m_timer, &QTimer::timeout, this, &LedgerMaintenance::runInBackground);
}

LedgerMaintenance::~LedgerMaintenance()
{
    m_timer.stop();
    m_thread.waitForDone();
}

void LedgerMaintenance::setSettings(const RetentionSettings &settings)
{
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
}

RetentionSettings LedgerMaintenance::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

void LedgerMaintenance::start()
{
    if (m_options.timer)
        m_timer.start();
    runInBackground();
}

Expected<RetentionReport> LedgerMaintenance::runNow()
{
    return LedgerRetention(m_database).run(settings(), m_options.clock());
}

void LedgerMaintenance::waitForIdle()
{
    m_thread.waitForDone();
}

void LedgerMaintenance::runInBackground()
{
    if (m_thread.activeThreadCount() > 0)
        return; // the last run is still going
    m_thread.start([this] {
        auto report = runNow();
        if (!report) {
            qCWarning(lcUsage).noquote() << "ledger retention failed (tried again in an hour):" << report.error().message;
            Q_EMIT failed(report.error());
            return;
        }
        if (report->calls > 0 || report->traces > 0 || report->requests > 0 || !report->droppedPartitions.isEmpty())
            qCInfo(lcUsage).noquote() << "ledger retention removed" << report->calls << "calls," << report->traces << "traces and" << report->requests
                                      << "requests";
        Q_EMIT ran(*report);
    });
}

} // namespace sb::usage
