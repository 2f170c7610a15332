#include "usage/queries.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "usage/loghistogram.h"
#include "usage/monitorrollups.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <map>

namespace sb::usage {

namespace {

using sql::Where;

enum class Range { Days, Millis };

// Filter conditions on the rollup (Range::Days over `day`) or on raw calls (Range::Millis over
// started_at, which has the time index). `prefix` qualifies the columns ("c." in joins).
Where whereOf(const Filter &f, Range range, const QString &prefix = {})
{
    Where w;
    if (range == Range::Days) {
        w.sql = prefix + QStringLiteral("day >= ? AND ") + prefix + QStringLiteral("day < ?");
        w.binds << f.fromDay << f.toDay;
    } else {
        w.sql = prefix + QStringLiteral("started_at >= ? AND ") + prefix + QStringLiteral("started_at < ?");
        w.binds << std::max(f.fromDay * kMsPerDay, f.fromMs.value_or(f.fromDay * kMsPerDay))
                << std::min(f.toDay * kMsPerDay, f.toMs.value_or(f.toDay * kMsPerDay));
    }
    if (f.provider)
        w.add(prefix + QStringLiteral("provider = ?"), *f.provider);
    if (f.model)
        w.add(prefix + QStringLiteral("model = ?"), *f.model);
    if (f.source)
        w.add(prefix + QStringLiteral("source = ?"), sourceName(*f.source));
    if (f.sourceKey)
        w.add(prefix + QStringLiteral("source_key = ?"), *f.sourceKey);
    if (f.member) {
        // a key belongs to one member for good, so the rollups by key answer this too
        w.sql += QStringLiteral(" AND ") + prefix + QStringLiteral("source = 'proxy'");
        w.add(prefix + QStringLiteral("source_key IN (SELECT k.id FROM team_keys k JOIN team_members m ON m.id = k.member_id WHERE m.name = ?)"),
              *f.member);
    }
    if (range == Range::Days)
        return w;
    // the raw calls' own filters (Filter::fromMs and after)
    if (f.route)
        w.add(prefix + QStringLiteral("route = ?"), *f.route);
    if (f.status)
        w.add(prefix + QStringLiteral("status = ?"), statusName(*f.status));
    if (!f.modelIn.isEmpty()) {
        w.sql += QStringLiteral(" AND ") + prefix + QStringLiteral("model IN (") + QStringLiteral("?, ").repeated(f.modelIn.size()).chopped(2)
            + QLatin1Char(')');
        for (const QString &m : f.modelIn)
            w.binds << m;
    }
    return w;
}

// PostgreSQL keeps calls in monthly partitions by started_at (0023): a day range over raw calls is
// spelled on started_at as well, so that the planner leaves out the months outside it (day is not the
// partition key; without this a percentile of today walked the model's index in every month). The
// same rows: day is started_at / kMsPerDay.
void addPartitionBounds(Where &w, const Filter &f, Database::Dialect dialect)
{
    if (dialect != Database::Dialect::PostgreSql)
        return; // (SQLite would take it for a reason to walk calls_by_time instead)
    // Only for a week or less: over longer ranges the bounds drew PostgreSQL to worse plans (10M calls:
    // the team's percentiles of 12 months took 166 s with them, 5.6 s without; of today 0.49 s with
    // them, 7.4 s without; bench/team/results-2026-12-06-charts.md).
    if (f.toDay - f.fromDay > 7)
        return;
    w.add(QStringLiteral("started_at >= ?"), f.fromDay * kMsPerDay);
    w.add(QStringLiteral("started_at < ?"), f.toDay * kMsPerDay);
}

Error queryError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return Error::make(Error::Kind::Database,
                       QStringLiteral("usage query failed: %1").arg((e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed()));
}

QString dimensionColumn(Dimension d)
{
    switch (d) {
    case Dimension::Provider: return QStringLiteral("provider");
    case Dimension::Model: return QStringLiteral("model");
    case Dimension::Source: return QStringLiteral("source");
    case Dimension::SourceKey: return QStringLiteral("source_key");
    }
    return QStringLiteral("provider");
}

// The smallest daily rollup that has the columns a filter and a grouping need: calls_daily_model
// (no source keys), calls_daily_key (no models) or calls_daily (all). The calls of one key or member
// from calls_daily, whose primary key starts with the key: calls_daily_key's starts with the day, so
// that a member's year read every key's rows (10,000,000 calls: 135,000 rows, 160-280 ms under load).
// On PostgreSQL, whose heap keeps the rows in the order written, a member's rows are read from
// calls_daily_by_key_sums (0026), which holds every column these queries read.
QString rollupFor(const Filter &f, std::optional<Dimension> groupBy = std::nullopt)
{
    if (f.sourceKey || f.member)
        return QStringLiteral("calls_daily");
    const bool needsKey = groupBy == Dimension::SourceKey;
    const bool needsModel = f.model || groupBy == Dimension::Model;
    if (!needsKey)
        return QStringLiteral("calls_daily_model");
    if (!needsModel)
        return QStringLiteral("calls_daily_key");
    return QStringLiteral("calls_daily");
}

const QString kCallColumns = QStringLiteral(
    "c.id, c.request_id, c.started_at, c.source, c.source_key, c.provider, c.model, c.route, c.attempt, "
    "c.input_tokens, c.output_tokens, c.cache_read_tokens, c.cache_write_tokens, c.reasoning_tokens, c.cost_nusd, "
    "c.latency_ms, c.ttft_ms, c.status, c.error_kind, c.http_status, t.trace, c.unpriced");

CallRow readCall(const QSqlQuery &q)
{
    CallRow row;
    row.id = q.value(0).toLongLong();
    CallRecord &c = row.call;
    c.requestId = q.value(1).toString();
    c.startedAtMs = q.value(2).toLongLong();
    c.source = sourceFromName(q.value(3).toString()).value_or(Source::Playground);
    c.sourceKey = q.value(4).toString();
    c.provider = q.value(5).toString();
    c.model = q.value(6).toString();
    c.route = q.value(7).toString();
    c.attempt = q.value(8).toInt();
    c.usage.inputTokens = q.value(9).toLongLong();
    c.usage.outputTokens = q.value(10).toLongLong();
    c.usage.cacheReadTokens = q.value(11).toLongLong();
    c.usage.cacheWriteTokens = q.value(12).toLongLong();
    c.usage.reasoningTokens = q.value(13).toLongLong();
    row.costNano = q.value(14).toLongLong();
    c.costUsd = nanoToUsd(row.costNano);
    c.latencyMs = q.value(15).toLongLong();
    if (!q.value(16).isNull())
        c.ttftMs = q.value(16).toLongLong();
    c.status = statusFromName(q.value(17).toString()).value_or(CallStatus::Error);
    c.errorKind = q.value(18).toString();
    c.httpStatus = q.value(19).isNull() ? 0 : q.value(19).toInt();
    if (!q.value(20).isNull())
        c.trace = QJsonDocument::fromJson(q.value(20).toString().toUtf8()).object();
    c.unpriced = q.value(21).toInt() != 0;
    return row;
}

// RFC 4180 field; text that a spreadsheet would take for a formula gets a leading apostrophe.
QByteArray csvField(const QString &text, bool isText)
{
    QString s = text;
    if (isText && !s.isEmpty() && QStringView(u"=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s.toUtf8();
}

} // namespace

UsageQueries::UsageQueries(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

namespace {

Expected<QSqlQuery> runQuery(const Database &database, const QString &sql, const QVariantList &binds)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryError(q);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q);
    return q;
}

Where spendPerDaySql(const Filter &filter, Dimension by)
{
    Where w = whereOf(filter, Range::Days);
    w.sql = QStringLiteral("SELECT day, %1, SUM(cost_nusd), SUM(attempts) FROM %3 WHERE %2 GROUP BY day, %1 ORDER BY day, %1")
                .arg(dimensionColumn(by), w.sql, rollupFor(filter, by));
    return w;
}

Where tokensPerDaySql(const Filter &filter)
{
    Where w = whereOf(filter, Range::Days);
    w.sql = QStringLiteral("SELECT day, SUM(input_tokens), SUM(output_tokens), SUM(cache_read_tokens), SUM(cache_write_tokens), "
                           "SUM(reasoning_tokens) FROM %2 WHERE %1 GROUP BY day ORDER BY day")
                .arg(w.sql, rollupFor(filter));
    return w;
}

Where latencyGroupsSql(const Filter &filter)
{
    Where w = whereOf(filter, Range::Days);
    w.sql = QStringLiteral("SELECT provider, model, SUM(ok), SUM(ok_latency_ms), SUM(ttft_count) FROM %2 WHERE %1 "
                           "GROUP BY provider, model HAVING SUM(ok) > 0 ORDER BY provider, model")
                .arg(w.sql, rollupFor(filter, Dimension::Model));
    return w;
}

// The value at OFFSET ? in one (provider, model) group, walking its covering index up or down.
// Binds: provider, model, the filter's other values, offset.
Where percentileSql(const Filter &filter, bool ttft, bool ascending, Database::Dialect dialect)
{
    Filter rest = filter; // provider and model come from the group
    rest.provider.reset();
    rest.model.reset();
    Where extra = whereOf(rest, Range::Days);
    addPartitionBounds(extra, filter, dialect);
    Where w;
    w.sql = QStringLiteral("SELECT %1 FROM calls WHERE %2 AND provider = ? AND model = ? AND %3 ORDER BY %1 %4 LIMIT 1 OFFSET ?")
                .arg(ttft ? QStringLiteral("ttft_ms") : QStringLiteral("latency_ms"),
                     ttft ? QStringLiteral("status = 'ok' AND ttft_ms IS NOT NULL") : QStringLiteral("status = 'ok'"), extra.sql,
                     ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    w.binds << filter.provider.value_or(QString()) << filter.model.value_or(QString()) << extra.binds << 0;
    return w;
}

Where errorRatesSql(const Filter &filter)
{
    Where w = whereOf(filter, Range::Days);
    w.sql = QStringLiteral("SELECT provider, SUM(attempts), SUM(errors), SUM(cancelled) FROM %2 WHERE %1 "
                           "GROUP BY provider ORDER BY provider")
                .arg(w.sql, rollupFor(filter, Dimension::Provider));
    return w;
}

Where topSourceKeysSql(const Filter &filter, int limit)
{
    Where w = whereOf(filter, Range::Days);
    w.sql = QStringLiteral("SELECT source, source_key, SUM(cost_nusd) AS cost, SUM(attempts), SUM(requests) FROM %2 "
                           "WHERE %1 AND source_key <> '' GROUP BY source, source_key ORDER BY cost DESC, source, source_key LIMIT ?")
                .arg(w.sql, rollupFor(filter, Dimension::SourceKey));
    w.binds << qMax(0, limit);
    return w;
}

// Requests by total cost, walking call_requests_by_cost from the top; ties by request id, descending
// (the index order). The day is the first attempt's; provider and model are the latest attempt's.
Where topRequestsSql(const Filter &filter, int limit)
{
    Where w = whereOf(filter, Range::Days);
    w.sql = QStringLiteral("SELECT request_id, source, source_key, started_at, cost_nusd, attempts FROM call_requests "
                           "WHERE %1 ORDER BY cost_nusd DESC, request_id DESC LIMIT ?")
                .arg(w.sql);
    w.binds << qMax(0, limit);
    return w;
}

// Percentiles of the calls of one source key (few rows, through calls_by_key): nearest ranks by
// window functions, one or two rows per (provider, model): p50 and p95 ranks, count and sum.
Where percentilesByWindowSql(const Filter &filter, bool ttft)
{
    Where w = whereOf(filter, Range::Millis);
    const QString column = ttft ? QStringLiteral("ttft_ms") : QStringLiteral("latency_ms");
    w.sql = QStringLiteral("SELECT provider, model, v, rn, n, total FROM ("
                           "SELECT provider, model, %1 AS v, row_number() OVER (PARTITION BY provider, model ORDER BY %1) AS rn, "
                           "count(*) OVER (PARTITION BY provider, model) AS n, sum(%1) OVER (PARTITION BY provider, model) AS total "
                           "FROM calls WHERE %2 AND status = 'ok'%3) ranked " // (PostgreSQL wants the alias)
                           "WHERE rn = (n + 1) / 2 OR rn = (95 * n + 99) / 100 ORDER BY provider, model, rn")
                .arg(column, w.sql, ttft ? QStringLiteral(" AND ttft_ms IS NOT NULL") : QString());
    return w;
}

Where totalsSql(const Filter &filter)
{
    Where w = whereOf(filter, Range::Days);
    w.sql = QStringLiteral("SELECT SUM(attempts), SUM(requests), SUM(ok), SUM(errors), SUM(cancelled), SUM(input_tokens), "
                           "SUM(output_tokens), SUM(cache_read_tokens), SUM(cache_write_tokens), SUM(reasoning_tokens), "
                           "SUM(cost_nusd) FROM %2 WHERE %1")
                .arg(w.sql, rollupFor(filter));
    return w;
}

// Newest first; limit < 0: all rows.
Where callsSql(const Filter &filter, std::optional<CallCursor> after, int limit)
{
    Where w = whereOf(filter, Range::Millis, QStringLiteral("c."));
    if (after) {
        // The cursor tightens the index range itself (started_at < min(to, cursor + 1)), so that a
        // page deep in the range does not step over every newer row.
        w.binds[1] = std::min(w.binds.at(1).toLongLong(), after->startedAtMs + 1);
        w.sql += QStringLiteral(" AND (c.started_at < ? OR c.id < ?)");
        w.binds << after->startedAtMs << after->id;
    }
    w.sql = QStringLiteral("SELECT %1 FROM calls c LEFT JOIN call_traces t ON t.call_id = c.id WHERE %2 "
                           "ORDER BY c.started_at DESC, c.id DESC")
                .arg(kCallColumns, w.sql);
    if (limit >= 0) { // (no LIMIT -1 for "all": PostgreSQL refuses a negative limit)
        w.sql += QStringLiteral(" LIMIT ?");
        w.binds << limit;
    }
    return w;
}

} // namespace

Expected<QList<DailySpend>> UsageQueries::spendPerDay(const Filter &filter, Dimension by) const
{
    const Where st = spendPerDaySql(filter, by);
    auto q = runQuery(*m_database, st.sql, st.binds);
    if (!q)
        return q.error();
    QList<DailySpend> out;
    while (q->next())
        out.append(DailySpend{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toLongLong()});
    return out;
}

Expected<QList<DailyTokens>> UsageQueries::tokensPerDay(const Filter &filter) const
{
    const Where st = tokensPerDaySql(filter);
    auto q = runQuery(*m_database, st.sql, st.binds);
    if (!q)
        return q.error();
    QList<DailyTokens> out;
    while (q->next()) {
        out.append(DailyTokens{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong(),
                               q->value(4).toLongLong(), q->value(5).toLongLong()});
    }
    return out;
}

Expected<QList<LatencyStats>> UsageQueries::latencyPerModel(const Filter &filter) const
{
    if (filter.sourceKey || filter.member)
        return latencyForKey(filter); // the calls of a key or a member: few enough to rank in one pass
    // Counts per (provider, model) from the rollup, then each percentile by walking the covering
    // index of that group in value order: LIMIT 1 OFFSET rank-1 from the low end, or from the high end
    // when that is shorter (p95). SQLite steps over at most half of a group's index entries.
    const Where groupsSql = latencyGroupsSql(filter);
    auto groups = runQuery(*m_database, groupsSql.sql, groupsSql.binds);
    if (!groups)
        return groups.error();
    QList<LatencyStats> out;
    while (groups->next()) {
        LatencyStats s;
        s.provider = groups->value(0).toString();
        s.model = groups->value(1).toString();
        s.count = groups->value(2).toLongLong();
        s.meanMs = double(groups->value(3).toLongLong()) / double(s.count);
        s.ttftCount = groups->value(4).toLongLong();
        out.append(s);
    }
    groups->finish();
    if (out.isEmpty())
        return out;

    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    struct Walk {
        Where sql[2]; // descending, ascending
        QSqlQuery query[2];
    };
    auto prepareWalk = [&](bool ttft) -> Expected<std::shared_ptr<Walk>> {
        auto walk = std::make_shared<Walk>();
        for (int ascending = 0; ascending < 2; ++ascending) {
            walk->sql[ascending] = percentileSql(filter, ttft, ascending == 1, m_database->dialect());
            walk->query[ascending] = QSqlQuery(*conn);
            walk->query[ascending].setForwardOnly(true);
            if (!walk->query[ascending].prepare(walk->sql[ascending].sql))
                return queryError(walk->query[ascending]);
        }
        return walk;
    };
    auto latency = prepareWalk(false);
    if (!latency)
        return latency.error();
    auto ttft = prepareWalk(true);
    if (!ttft)
        return ttft.error();

    auto percentile = [&](Walk &walk, const LatencyStats &s, qint64 n, int p) -> Expected<qint64> {
        const qint64 rank = (qint64(p) * n + 99) / 100; // ceil(p/100 * n), 1-based
        const bool fromTop = n - rank < rank - 1;
        QSqlQuery &q = walk.query[fromTop ? 0 : 1];
        QVariantList binds = walk.sql[fromTop ? 0 : 1].binds;
        binds[0] = s.provider;
        binds[1] = s.model;
        binds.last() = fromTop ? n - rank : rank - 1;
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec())
            return queryError(q);
        if (!q.next()) {
            q.finish();
            return Error::make(Error::Kind::Database,
                               QStringLiteral("usage query failed: the rollup and the calls of %1/%2 disagree").arg(s.provider, s.model));
        }
        const qint64 value = q.value(0).toLongLong();
        q.finish();
        return value;
    };
    for (LatencyStats &s : out) {
        auto p50 = percentile(**latency, s, s.count, 50);
        auto p95 = percentile(**latency, s, s.count, 95);
        if (!p50)
            return p50.error();
        if (!p95)
            return p95.error();
        s.p50Ms = *p50;
        s.p95Ms = *p95;
        if (s.ttftCount > 0) {
            auto t50 = percentile(**ttft, s, s.ttftCount, 50);
            auto t95 = percentile(**ttft, s, s.ttftCount, 95);
            if (!t50)
                return t50.error();
            if (!t95)
                return t95.error();
            s.ttftP50Ms = *t50;
            s.ttftP95Ms = *t95;
        }
    }
    return out;
}

Expected<QList<LatencyStats>> UsageQueries::latencyForKey(const Filter &filter) const
{
    QList<LatencyStats> out;
    for (const bool ttft : {false, true}) {
        const Where st = percentilesByWindowSql(filter, ttft);
        auto q = runQuery(*m_database, st.sql, st.binds);
        if (!q)
            return q.error();
        qsizetype at = 0; // both passes come in (provider, model) order
        while (q->next()) {
            const QString provider = q->value(0).toString();
            const QString model = q->value(1).toString();
            const qint64 value = q->value(2).toLongLong();
            const qint64 rank = q->value(3).toLongLong();
            const qint64 n = q->value(4).toLongLong();
            while (at < out.size() && std::pair(out.at(at).provider, out.at(at).model) < std::pair(provider, model))
                ++at;
            if (at == out.size() || out.at(at).provider != provider || out.at(at).model != model) {
                if (ttft)
                    continue; // no ok latency row for this model cannot happen: ttft rows are ok rows
                LatencyStats s;
                s.provider = provider;
                s.model = model;
                s.count = n;
                s.meanMs = double(q->value(5).toLongLong()) / double(n);
                out.insert(at, s);
            }
            LatencyStats &s = out[at];
            const bool isP50 = rank == (n + 1) / 2;
            const bool isP95 = rank == (95 * n + 99) / 100;
            if (ttft) {
                s.ttftCount = n;
                if (isP50)
                    s.ttftP50Ms = value;
                if (isP95)
                    s.ttftP95Ms = value;
            } else {
                if (isP50)
                    s.p50Ms = value;
                if (isP95)
                    s.p95Ms = value;
            }
        }
    }
    return out;
}

namespace {

RequestSpend readRequest(const QSqlQuery &q)
{
    return RequestSpend{q.value(0).toString(),   sourceFromName(q.value(1).toString()).value_or(Source::Playground),
                        q.value(2).toString(),   q.value(3).toLongLong(),
                        q.value(4).toLongLong(), q.value(5).toLongLong()};
}

bool byCostDescending(const RequestSpend &a, const RequestSpend &b)
{
    return std::pair(a.costNano, a.requestId) > std::pair(b.costNano, b.requestId);
}

} // namespace

Expected<QStringList> UsageQueries::keysOf(const Filter &filter) const
{
    if (!filter.member)
        return QStringList{filter.sourceKey.value_or(QString())};
    auto q = runQuery(*m_database,
                      QStringLiteral("SELECT k.id FROM team_keys k JOIN team_members m ON m.id = k.member_id WHERE m.name = ? ORDER BY k.id"),
                      {*filter.member});
    if (!q)
        return q.error();
    QStringList keys;
    while (q->next()) {
        const QString key = q->value(0).toString();
        if (!filter.sourceKey || *filter.sourceKey == key)
            keys << key;
    }
    return keys;
}

// A member's or a key's top requests, a key at a time (10,000,000 calls: the busiest member's of one
// day took 12 s through call_requests_by_cost, which holds every key's requests): the key's requests
// in the range, from its daily rollup, tell which of its indexes (0025) to walk.
Expected<QList<RequestSpend>> UsageQueries::topRequestsByKey(const Filter &filter, int limit) const
{
    if (filter.member && filter.source && *filter.source != Source::Proxy)
        return QList<RequestSpend>{}; // a member's calls are proxy calls
    auto keys = keysOf(filter);
    if (!keys)
        return keys.error();
    QList<RequestSpend> out;
    for (const QString &key : std::as_const(*keys)) {
        Filter one = filter;
        one.member.reset();
        one.sourceKey = key;
        if (filter.member)
            one.source = Source::Proxy;
        Filter range{one.fromDay, one.toDay, {}, {}, one.source, one.sourceKey};
        Where count = whereOf(range, Range::Days);
        auto n = runQuery(*m_database, QStringLiteral("SELECT SUM(requests) FROM %2 WHERE %1").arg(count.sql, rollupFor(range)), count.binds);
        if (!n)
            return n.error();
        const qint64 requests = n->next() ? n->value(0).toLongLong() : 0;
        n->finish();
        Where w = whereOf(one, Range::Days);
        // "+ 0": sorted, not walked in cost order (the planner cannot tell how few rows there are)
        w.sql = QStringLiteral("SELECT request_id, source, source_key, started_at, cost_nusd, attempts FROM call_requests "
                               "WHERE %1 ORDER BY cost_nusd%2 DESC, request_id DESC LIMIT ?")
                    .arg(w.sql, requests < m_keyScanThreshold ? QStringLiteral(" + 0") : QString());
        w.binds << qMax(0, limit);
        auto q = runQuery(*m_database, w.sql, w.binds);
        if (!q)
            return q.error();
        while (q->next())
            out.append(readRequest(*q));
    }
    std::sort(out.begin(), out.end(), byCostDescending);
    if (out.size() > limit)
        out.resize(qMax(0, limit));
    return out;
}

Expected<LatencyEstimate> UsageQueries::latencyFromRollups(const Filter &filter) const
{
    auto exact = [&]() -> Expected<LatencyEstimate> {
        auto rows = latencyPerModel(filter);
        if (!rows)
            return rows.error();
        return LatencyEstimate{*rows, 0};
    };
    const bool byKey = filter.member || filter.sourceKey;
    if (byKey && filter.source && *filter.source != Source::Proxy)
        return exact(); // the rollups keep the keys of proxy calls alone
    // all calls (of a provider or model): the per-model totals, whose days before their start come from
    // the per-group monitor_day; otherwise monitor_day alone (a member's keys through
    // monitor_day_by_key, 0025: monitor_day_key has no models; on PostgreSQL monitor_day_ok_by_key, 0026,
    // which holds the columns read here: the busiest member's year was 26,219 rows on 14,018 pages)
    const TotalsKind kind = TotalsKind::Model;
    const bool perGroupOnly = byKey || filter.source;
    QStringList keys;
    if (byKey) {
        auto k = keysOf(filter);
        if (!k)
            return k.error();
        keys = *k;
        if (keys.isEmpty())
            return LatencyEstimate{{}, LogHistogram::kRelativeError};
    }
    auto conditions = [&](qint64 fromMs, qint64 toMs) {
        Where w;
        w.sql = QStringLiteral("status = 'ok' AND t >= ? AND t < ?");
        w.binds << fromMs << toMs;
        if (filter.provider)
            w.add(QStringLiteral("provider = ?"), *filter.provider);
        if (filter.model)
            w.add(QStringLiteral("model = ?"), *filter.model);
        if (filter.source)
            w.add(QStringLiteral("source = ?"), sourceName(*filter.source));
        if (byKey) {
            w.sql += QStringLiteral(" AND source = 'proxy' AND source_key IN (") + QStringLiteral("?, ").repeated(keys.size()).chopped(2)
                + QLatin1Char(')');
            for (const QString &k : std::as_const(keys))
                w.binds << k;
        }
        return w;
    };
    const qint64 fromMs = filter.fromDay * kMsPerDay;
    const qint64 toMs = filter.toDay * kMsPerDay;
    qint64 startMs = fromMs; // the totals table holds [startMs, toMs)
    if (!perGroupOnly) {
        auto start = runQuery(*m_database, QStringLiteral("SELECT t FROM monitor_totals_start WHERE resolution = ?"),
                              {totalsStartKey(kind, Resolution::Day)});
        if (!start)
            return start.error();
        startMs = std::clamp(start->next() ? start->value(0).toLongLong() : toMs, fromMs, toMs);
    }
    struct Sums {
        qint64 count = 0;
        qint64 latencySum = 0;
        qint64 ttftCount = 0;
        LogHistogram latency;
        LogHistogram ttft;
    };
    std::map<std::pair<QString, QString>, Sums> groups;
    qint64 ok = 0;
    auto read = [&](const QString &table, qint64 from, qint64 to) -> Expected<void> {
        if (from >= to)
            return {};
        Where w = conditions(from, to);
        auto q = runQuery(*m_database,
                          QStringLiteral("SELECT provider, model, attempts, latency_ms_sum, ttft_count, latency_hist, ttft_hist FROM %1 WHERE %2")
                              .arg(table, w.sql),
                          w.binds);
        if (!q)
            return q.error();
        while (q->next()) {
            Sums &s = groups[{q->value(0).toString(), q->value(1).toString()}];
            const qint64 attempts = q->value(2).toLongLong();
            s.count += attempts;
            ok += attempts;
            s.latencySum += q->value(3).toLongLong();
            s.ttftCount += q->value(4).toLongLong();
            (void)s.latency.mergeEncoded(q->value(5).toByteArray()); // a damaged blob adds nothing (the counts then disagree)
            (void)s.ttft.mergeEncoded(q->value(6).toByteArray());
        }
        return {};
    };
    if (auto done = read(rollupTable(Resolution::Day), fromMs, startMs); !done)
        return done.error();
    if (auto done = read(perGroupOnly ? rollupTable(Resolution::Day) : totalsTable(kind, Resolution::Day), startMs, toMs); !done)
        return done.error();
    // every ok call of the filter, by the ledger's own rollup?
    auto all = totals(filter);
    if (!all)
        return all.error();
    if (all->ok != ok)
        return exact();
    LatencyEstimate out;
    out.relativeError = LogHistogram::kRelativeError;
    auto ms = [](const LogHistogram &h, double p) { return std::llround(h.percentile(p).value_or(0)); };
    for (const auto &[group, s] : groups) {
        if (s.count <= 0 || s.latency.count() != s.count || s.ttft.count() != s.ttftCount)
            return exact();
        LatencyStats l;
        l.provider = group.first;
        l.model = group.second;
        l.count = s.count;
        l.meanMs = double(s.latencySum) / double(s.count);
        l.p50Ms = ms(s.latency, 50);
        l.p95Ms = ms(s.latency, 95);
        l.ttftCount = s.ttftCount;
        if (s.ttftCount > 0) {
            l.ttftP50Ms = ms(s.ttft, 50);
            l.ttftP95Ms = ms(s.ttft, 95);
        }
        out.rows.append(l);
    }
    return out;
}

Expected<QList<ErrorRate>> UsageQueries::errorRates(const Filter &filter) const
{
    const Where st = errorRatesSql(filter);
    auto q = runQuery(*m_database, st.sql, st.binds);
    if (!q)
        return q.error();
    QList<ErrorRate> out;
    while (q->next())
        out.append(ErrorRate{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong()});
    return out;
}

Expected<QList<KeySpend>> UsageQueries::topSourceKeys(const Filter &filter, int limit) const
{
    const Where st = topSourceKeysSql(filter, limit);
    auto q = runQuery(*m_database, st.sql, st.binds);
    if (!q)
        return q.error();
    QList<KeySpend> out;
    while (q->next()) {
        out.append(KeySpend{sourceFromName(q->value(0).toString()).value_or(Source::Playground), q->value(1).toString(), q->value(2).toLongLong(),
                            q->value(3).toLongLong(), q->value(4).toLongLong()});
    }
    return out;
}

Expected<QList<RequestSpend>> UsageQueries::topRequests(const Filter &filter, int limit) const
{
    if (filter.member || filter.sourceKey)
        return topRequestsByKey(filter, limit);
    const Where st = topRequestsSql(filter, limit);
    auto q = runQuery(*m_database, st.sql, st.binds);
    if (!q)
        return q.error();
    QList<RequestSpend> out;
    while (q->next()) {
        out.append(RequestSpend{q->value(0).toString(), sourceFromName(q->value(1).toString()).value_or(Source::Playground), q->value(2).toString(),
                                q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong()});
    }
    return out;
}

Expected<Totals> UsageQueries::totals(const Filter &filter) const
{
    const Where st = totalsSql(filter);
    auto q = runQuery(*m_database, st.sql, st.binds);
    if (!q)
        return q.error();
    Totals t;
    if (q->next()) { // exact integer sums; NULL (no rows) reads 0
        t.attempts = q->value(0).toLongLong();
        t.requests = q->value(1).toLongLong();
        t.ok = q->value(2).toLongLong();
        t.errors = q->value(3).toLongLong();
        t.cancelled = q->value(4).toLongLong();
        t.tokens.input = q->value(5).toLongLong();
        t.tokens.output = q->value(6).toLongLong();
        t.tokens.cacheRead = q->value(7).toLongLong();
        t.tokens.cacheWrite = q->value(8).toLongLong();
        t.tokens.reasoning = q->value(9).toLongLong();
        t.costNano = q->value(10).toLongLong();
    }
    return t;
}

Expected<CallPage> UsageQueries::calls(const Filter &filter, int pageSize, std::optional<CallCursor> after) const
{
    pageSize = qMax(1, pageSize);
    const Where st = callsSql(filter, after, pageSize + 1);
    auto q = runQuery(*m_database, st.sql, st.binds);
    if (!q)
        return q.error();
    CallPage page;
    while (q->next())
        page.rows.append(readCall(*q));
    if (page.rows.size() > pageSize) {
        page.rows.removeLast();
        page.next = CallCursor{page.rows.constLast().call.startedAtMs, page.rows.constLast().id};
    }
    return page;
}

Expected<UsageQueries::Choices> UsageQueries::filterChoices(const Filter &filter) const
{
    Filter range{filter.fromDay, filter.toDay, {}, {}, {}, {}};
    range.member = filter.member;
    auto distinct = [&](Dimension d) -> Expected<QStringList> {
        Where w = whereOf(range, Range::Days);
        w.sql = QStringLiteral("SELECT DISTINCT %1 FROM %3 WHERE %2").arg(dimensionColumn(d), w.sql, rollupFor(range, d));
        if (d == Dimension::SourceKey && !range.member) {
            // every key's rows of the range are many (10,000,000 calls: 178,000 rows of 12 months for
            // 75 keys, 240 ms and more under load): the keys one after the other along calls_daily's
            // primary key instead, each kept when it has a row in the range
            w.sql = QStringLiteral("WITH RECURSIVE k(key) AS (SELECT MIN(source_key) FROM calls_daily UNION ALL "
                                   "SELECT (SELECT MIN(source_key) FROM calls_daily WHERE source_key > k.key) FROM k WHERE k.key IS NOT NULL) "
                                   "SELECT key FROM k WHERE key IS NOT NULL AND EXISTS "
                                   "(SELECT 1 FROM calls_daily c WHERE c.source_key = k.key AND c.day >= ? AND c.day < ?)");
        }
        auto q = runQuery(*m_database, w.sql, w.binds);
        if (!q)
            return q.error();
        QStringList out;
        while (q->next()) {
            if (QString v = q->value(0).toString(); !v.isEmpty())
                out << v;
        }
        std::sort(out.begin(), out.end()); // (code point order, whatever the database's collation)
        return out;
    };
    Choices c;
    for (auto [d, list] :
         {std::pair(Dimension::Provider, &c.providers), std::pair(Dimension::Model, &c.models), std::pair(Dimension::SourceKey, &c.sourceKeys)}) {
        auto values = distinct(d);
        if (!values)
            return values.error();
        *list = *values;
    }
    return c;
}

Expected<qint64> UsageQueries::unpricedCalls(const Filter &filter) const
{
    if (filter.member) {
        // a key at a time over calls_unpriced_by_key (0025), in the index alone (10,000,000 calls: the
        // busiest member's 12 months took 1 s over calls_unpriced_day, the keys read on the heap)
        if (filter.source && *filter.source != Source::Proxy)
            return 0;
        auto keys = keysOf(filter);
        if (!keys)
            return keys.error();
        qint64 sum = 0;
        for (const QString &key : std::as_const(*keys)) {
            Filter one = filter;
            one.member.reset();
            one.sourceKey = key;
            one.source = Source::Proxy;
            auto n = unpricedCalls(one);
            if (!n)
                return n.error();
            sum += *n;
        }
        return sum;
    }
    // over the partial index on day: only the unpriced rows are visited
    Where w = whereOf(filter, Range::Days);
    addPartitionBounds(w, filter, m_database->dialect());
    w.sql = QStringLiteral("SELECT COUNT(*) FROM calls WHERE unpriced = 1 AND %1").arg(w.sql);
    auto q = runQuery(*m_database, w.sql, w.binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Expected<QString> UsageQueries::explain(Query query, const Filter &filter) const
{
    Where st;
    switch (query) {
    case Query::SpendPerDay: st = spendPerDaySql(filter, Dimension::Provider); break;
    case Query::TokensPerDay: st = tokensPerDaySql(filter); break;
    case Query::LatencyGroups: st = latencyGroupsSql(filter); break;
    case Query::LatencyPercentile:
        st = filter.sourceKey ? percentilesByWindowSql(filter, false) : percentileSql(filter, false, true, m_database->dialect());
        break;
    case Query::TtftPercentile:
        st = filter.sourceKey ? percentilesByWindowSql(filter, true) : percentileSql(filter, true, true, m_database->dialect());
        break;
    case Query::ErrorRates: st = errorRatesSql(filter); break;
    case Query::TopSourceKeys: st = topSourceKeysSql(filter, 10); break;
    case Query::TopRequests: st = topRequestsSql(filter, 10); break;
    case Query::Totals: st = totalsSql(filter); break;
    case Query::Calls: st = callsSql(filter, std::nullopt, 50); break;
    }
    auto q = runQuery(*m_database, QStringLiteral("EXPLAIN QUERY PLAN ") + st.sql, st.binds);
    if (!q)
        return q.error();
    QStringList lines;
    while (q->next())
        lines << q->value(3).toString();
    return lines.join(QLatin1Char('\n'));
}

Expected<qint64> UsageQueries::exportCsv(const Filter &filter, QIODevice *out, bool withTrace) const
{
    if (!out || !out->isWritable())
        return Error::make(Error::Kind::Io, QStringLiteral("CSV export: the output is not open for writing"));
    const Where st = callsSql(filter, std::nullopt, -1); // every row
    auto q = runQuery(*m_database, st.sql, st.binds);
    if (!q)
        return q.error();
    QByteArray header("id,request_id,started_at,source,source_key,provider,model,route,attempt,input_tokens,output_tokens,"
                      "cache_read_tokens,cache_write_tokens,reasoning_tokens,cost_usd,latency_ms,ttft_ms,status,error_kind,http_status");
    header += withTrace ? QByteArray(",trace\r\n") : QByteArray("\r\n");
    if (out->write(header) != header.size())
        return Error::make(Error::Kind::Io, QStringLiteral("CSV export: %1").arg(out->errorString()));
    qint64 rows = 0;
    QByteArray line;
    while (q->next()) {
        line.clear();
        auto text = [&](int column) { line += csvField(q->value(column).toString(), true) + ','; };
        auto number = [&](int column) {
            const QVariant v = q->value(column);
            line += (v.isNull() ? QByteArray() : v.toByteArray()) + ',';
        };
        number(0);
        text(1);
        line += QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs).toUtf8() + ',';
        for (int c = 3; c <= 7; ++c)
            text(c);
        for (int c = 8; c <= 13; ++c)
            number(c);
        line += formatNanoUsd(q->value(14).toLongLong()).toUtf8() + ',';
        number(15);
        number(16); // empty when NULL
        text(17);
        text(18);
        line += q->value(19).isNull() ? QByteArray() : q->value(19).toByteArray();
        if (withTrace)
            line += ',' + csvField(q->value(20).toString(), false);
        line += "\r\n";
        if (out->write(line) != line.size())
            return Error::make(Error::Kind::Io, QStringLiteral("CSV export: %1").arg(out->errorString()));
        ++rows;
    }
    return rows;
}

Expected<QList<UsageQueries::ScopeSpend>> UsageQueries::spendByScope(qint64 fromDay, qint64 toDay, qint64 splitDay) const
{
    auto q = runQuery(
        *m_database,
        QStringLiteral("SELECT c.provider, c.source, c.source_key, SUM(c.cost_nusd), SUM(CASE WHEN c.day = ? THEN c.cost_nusd ELSE 0 END), "
                       "COALESCE(MIN(m.name), '') FROM calls_daily_key c "
                       "LEFT JOIN team_keys k ON c.source = 'proxy' AND k.id = c.source_key LEFT JOIN team_members m ON m.id = k.member_id "
                       "WHERE c.day >= ? AND c.day < ? GROUP BY c.provider, c.source, c.source_key"),
        {splitDay, fromDay, toDay});
    if (!q)
        return q.error();
    QList<ScopeSpend> out;
    while (q->next()) {
        out.append(ScopeSpend{q->value(0).toString(), sourceFromName(q->value(1).toString()).value_or(Source::Playground), q->value(2).toString(),
                              q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toString()});
    }
    return out;
}

} // namespace sb::usage
