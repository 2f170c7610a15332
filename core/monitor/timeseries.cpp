#include "monitor/timeseries.h"

#include "protocol/types.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace sb::monitor {

using usage::LogHistogram;
using usage::MonitorGroup;
using usage::MonitorSums;
using usage::Resolution;

namespace {

constexpr qint64 kMinute = usage::kMsPerMinute;
constexpr qint64 kHour = usage::kMsPerHour;
constexpr qint64 kDay = usage::kMsPerDay;
constexpr qint64 kMaxPoints = 2000;

using sql::Where;

Where whereOf(const Scope &scope, qint64 fromMs, qint64 toMs)
{
    Where w{QStringLiteral("t >= ? AND t < ?"), {fromMs, toMs}};
    if (!scope.provider.isEmpty())
        w.add(QStringLiteral("provider = ?"), scope.provider);
    if (!scope.model.isEmpty())
        w.add(QStringLiteral("model = ?"), scope.model);
    if (!scope.route.isEmpty())
        w.add(QStringLiteral("route = ?"), scope.route);
    if (scope.source)
        w.add(QStringLiteral("source = ?"), usage::sourceName(*scope.source));
    if (!scope.proxyKey.isEmpty()) {
        w.add(QStringLiteral("source = ?"), usage::sourceName(usage::Source::Proxy));
        w.add(QStringLiteral("source_key = ?"), scope.proxyKey);
    }
    if (!scope.member.isEmpty()) {
        // a key belongs to one member for good, so the rollups by key answer this (as usage::Filter::member)
        w.add(QStringLiteral("source = ?"), usage::sourceName(usage::Source::Proxy));
        w.add(QStringLiteral("source_key IN (SELECT k.id FROM team_keys k JOIN team_members m ON m.id = k.member_id WHERE m.name = ?)"),
              scope.member);
    }
    return w;
}

using Visit = std::function<void(qint64 t, const MonitorGroup &group, const MonitorSums &sums)>;

using RowHistograms = MonitorQueries::RowHistograms;

// Every row of the rollup `table` in [fromMs, toMs) that the scope matches. Only the blobs of
// `histograms` are read (availability, counts and cost need none; SLOs and /metrics latency and TTFT).
Expected<void> readTable(const QSqlDatabase &conn, const QString &table, const Scope &scope, qint64 fromMs, qint64 toMs, RowHistograms histograms,
                         const Visit &visit)
{
    const Where w = whereOf(scope, fromMs, toMs);
    const QString blobs = histograms == RowHistograms::All ? QStringLiteral("latency_hist, ttft_hist, gap_hist, tps_hist")
        : histograms == RowHistograms::LatencyAndTtft      ? QStringLiteral("latency_hist, ttft_hist, NULL, NULL")
                                                           : QStringLiteral("NULL, NULL, NULL, NULL");
    const QString statement = QStringLiteral("SELECT t, provider, model, route, source, source_key, status, error_kind, attempts, requests, "
                                             "input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_nusd, "
                                             "unpriced, latency_ms_sum, ttft_count, ttft_ms_sum, %1 FROM %2 WHERE %3")
                                  .arg(blobs, table, w.sql);
    QSqlQuery query(conn);
    query.setForwardOnly(true); // rows are read once: not kept for going back
    if (!query.prepare(statement))
        return sql::failure(query, QStringLiteral("monitoring query failed"));
    for (const QVariant &v : w.binds)
        query.addBindValue(v);
    if (auto ran = sql::exec(query, QStringLiteral("monitoring query failed")); !ran)
        return ran;
    QSqlQuery *q = &query;
    MonitorGroup g;
    while (q->next()) {
        const qint64 t = q->value(0).toLongLong();
        g.provider = q->value(1).toString();
        g.model = q->value(2).toString();
        g.route = q->value(3).toString();
        g.source = usage::sourceFromName(q->value(4).toString()).value_or(usage::Source::Playground);
        g.sourceKey = q->value(5).toString();
        g.status = usage::statusFromName(q->value(6).toString()).value_or(usage::CallStatus::Error);
        g.errorKind = q->value(7).toString();
        MonitorSums sums;
        int column = 8;
        for (qint64 MonitorSums::*counter : MonitorSums::kCounters)
            sums.*counter = q->value(column++).toLongLong();
        const int read = histograms == RowHistograms::All ? 4 : histograms == RowHistograms::LatencyAndTtft ? 2 : 0;
        for (int i = 0; i < read; ++i)
            (void)(sums.*MonitorSums::kHistograms[std::size_t(i)]).mergeEncoded(q->value(column + i).toByteArray()); // a damaged blob adds nothing
        visit(t, g, sums);
    }
    return {};
}

// Every rollup row of `resolution` in [fromMs, toMs) that the scope matches, one per group.
Expected<void> readRows(const Database &database, Resolution resolution, const Scope &scope, qint64 fromMs, qint64 toMs, RowHistograms histograms,
                        const Visit &visit)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    return readTable(*conn, usage::rollupTable(resolution), scope, fromMs, toMs, histograms, visit);
}

// The rollups over fewer group columns that hold a scope's calls (usage::TotalsKind): all calls, a
// route alone, a proxy key alone, a provider or one of its models; nothing for other scopes (they
// read the per-group rows).
std::optional<usage::TotalsKind> totalsKindOf(const Scope &scope)
{
    const bool noModel = scope.provider.isEmpty() && scope.model.isEmpty();
    // a member's calls are the rows of their keys, which only the per-group rows carry
    if (!scope.member.isEmpty())
        return std::nullopt;
    if (scope.isAll())
        return usage::TotalsKind::All;
    if (noModel && !scope.route.isEmpty() && !scope.source && scope.proxyKey.isEmpty())
        return usage::TotalsKind::Route;
    if (noModel && scope.route.isEmpty() && !scope.proxyKey.isEmpty() && (!scope.source || *scope.source == usage::Source::Proxy))
        return usage::TotalsKind::Key;
    // a model or a provider (its models' rows, filtered by provider)
    if (!scope.provider.isEmpty() && scope.route.isEmpty() && !scope.source && scope.proxyKey.isEmpty())
        return usage::TotalsKind::Model;
    return std::nullopt;
}

// The same sums as readRows, for callers that add rows up regardless of their group (a visited group
// may have only the status, the error kind and the scope's own columns). All calls, a route, a proxy
// key or a model come from their totals (a row per status and error kind) from the bucket where those start
// (monitor_totals_start) on, and from the per-group rollups before it.
Expected<void> readSums(const Database &database, Resolution resolution, const Scope &scope, qint64 fromMs, qint64 toMs, const Visit &visit,
                        std::optional<usage::TotalsKind> kind, RowHistograms histograms = RowHistograms::All)
{
    const QString totals = kind ? usage::totalsTable(*kind, resolution) : QString();
    if (totals.isEmpty())
        return readRows(database, resolution, scope, fromMs, toMs, histograms, visit);
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    auto start = sql::run(*conn, QStringLiteral("SELECT t FROM monitor_totals_start WHERE resolution = ?"),
                          {usage::totalsStartKey(*kind, resolution)}, QStringLiteral("monitoring query failed"));
    if (!start)
        return start.error();
    // no row: every bucket is read from the per-group rollups (slower, never wrong)
    const qint64 totalsFrom = start->next() ? start->value(0).toLongLong() : std::numeric_limits<qint64>::max();
    if (fromMs < totalsFrom) {
        if (auto read = readTable(*conn, usage::rollupTable(resolution), scope, fromMs, std::min(toMs, totalsFrom), histograms, visit); !read)
            return read;
    }
    if (toMs > totalsFrom)
        return readTable(*conn, totals, scope, std::max(fromMs, totalsFrom), toMs, histograms, visit);
    return {};
}

Expected<void> readSums(const Database &database, Resolution resolution, const Scope &scope, qint64 fromMs, qint64 toMs, const Visit &visit)
{
    return readSums(database, resolution, scope, fromMs, toMs, visit, totalsKindOf(scope));
}

// The totals per model hold a scope's calls by provider and model: all calls, or a provider's (its
// models' rows). perModel reads those instead of every group's rows.
std::optional<usage::TotalsKind> perModelKindOf(const Scope &scope)
{
    const bool onlyProvider = scope.model.isEmpty() && scope.route.isEmpty() && !scope.source && scope.proxyKey.isEmpty() && scope.member.isEmpty();
    return onlyProvider ? std::optional(usage::TotalsKind::Model) : std::nullopt;
}

Point finish(qint64 t, Aggregate all, bool requests)
{
    Point p;
    p.t = t;
    p.ttftMs = Percentiles::of(all.ok.ttft);
    p.latencyMs = Percentiles::of(all.ok.latency);
    p.gapMs = Percentiles::of(all.ok.gap);
    p.tokensPerSecond = Percentiles::of(all.ok.tokensPerSecond);
    p.availability = all.availability(requests);
    p.errorRate = all.errorRate();
    p.all = std::move(all);
    return p;
}

QString nameOf(const QString &provider, const QString &model)
{
    if (provider.isEmpty())
        return model;
    return model.isEmpty() ? provider : provider + QLatin1Char('/') + model;
}

} // namespace

// ---- Scope, Percentiles, Aggregate ---------------------------------------------------------------

bool Scope::matches(const MonitorGroup &g) const
{
    if ((!provider.isEmpty() && g.provider != provider) || (!model.isEmpty() && g.model != model) || (!route.isEmpty() && g.route != route))
        return false;
    if (source && g.source != *source)
        return false;
    if (!member.isEmpty() && g.source != usage::Source::Proxy)
        return false;
    return proxyKey.isEmpty() || (g.source == usage::Source::Proxy && g.sourceKey == proxyKey);
}

QString Scope::describe() const
{
    QStringList parts;
    if (!provider.isEmpty() || !model.isEmpty())
        parts << nameOf(provider, model);
    if (!route.isEmpty())
        parts << QCoreApplication::translate("sb::monitor::Scope", "route %1").arg(route);
    if (source)
        parts << QCoreApplication::translate("sb::monitor::Scope", "source %1").arg(usage::sourceName(*source));
    if (!proxyKey.isEmpty())
        parts << QCoreApplication::translate("sb::monitor::Scope", "proxy key %1").arg(proxyKey);
    if (!member.isEmpty())
        parts << QCoreApplication::translate("sb::monitor::Scope", "member %1").arg(member);
    return parts.isEmpty() ? QCoreApplication::translate("sb::monitor::Scope", "all calls") : parts.join(QStringLiteral(", "));
}

Scope Scope::ofModel(const QString &qualifiedModel)
{
    Scope s;
    const qsizetype slash = qualifiedModel.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        s.provider = qualifiedModel;
        return s;
    }
    s.provider = qualifiedModel.left(slash);
    s.model = qualifiedModel.mid(slash + 1);
    return s;
}

bool countsAgainstAvailability(const QString &errorKind)
{
    using K = protocol::ApiError::Kind;
    const std::optional<K> kind = protocol::apiErrorKindFromString(errorKind);
    if (!kind)
        return true; // unknown: a failure
    switch (*kind) {
    case K::InvalidRequest:
    case K::ContextLength:
    case K::ContentFilter:
    case K::BudgetExceeded:
    case K::Cancelled: return false;
    default: return true;
    }
}

Percentiles Percentiles::of(const LogHistogram &h)
{
    Percentiles p;
    p.count = h.count();
    p.p50 = h.percentile(50);
    p.p90 = h.percentile(90);
    p.p99 = h.percentile(99);
    return p;
}

Counts::Outcome Counts::outcomeOf(const MonitorGroup &group)
{
    switch (group.status) {
    case usage::CallStatus::Ok: return Outcome::Ok;
    case usage::CallStatus::Cancelled: return Outcome::Cancelled;
    case usage::CallStatus::Error: break;
    }
    return countsAgainstAvailability(group.errorKind) ? Outcome::AvailabilityError : Outcome::RequestError;
}

void Counts::add(const MonitorGroup &group, const MonitorSums &sums)
{
    add(outcomeOf(group), sums);
}

void Counts::add(Outcome outcome, const MonitorSums &sums)
{
    add(outcome, Added::of(sums));
}

void Counts::add(Outcome outcome, const Added &added)
{
    attempts += added.attempts;
    requests += added.requests;
    costNano += added.costNano;
    unpriced += added.unpriced;
    switch (outcome) {
    case Outcome::Ok:
        okCount += added.attempts;
        okTtftCount += added.ttftCount;
        okTtftMsSum += added.ttftMsSum;
        okLatencyMsSum += added.latencyMsSum;
        break;
    case Outcome::Cancelled: cancelled += added.attempts; break;
    case Outcome::AvailabilityError:
        errors += added.attempts;
        availabilityErrors += added.attempts;
        break;
    case Outcome::RequestError:
        errors += added.attempts;
        requestErrors += added.attempts;
        break;
    }
}

void Counts::merge(const Counts &o)
{
    for (qint64 Counts::*counter :
         {&Counts::attempts, &Counts::requests, &Counts::okCount, &Counts::errors, &Counts::cancelled, &Counts::availabilityErrors,
          &Counts::requestErrors, &Counts::costNano, &Counts::unpriced, &Counts::okTtftCount, &Counts::okTtftMsSum, &Counts::okLatencyMsSum})
        this->*counter += o.*counter;
}

qint64 Counts::availabilityValid(bool perRequest) const
{
    if (perRequest)
        return std::max<qint64>(0, std::max(requests - cancelled - requestErrors, okCount));
    return okCount + availabilityErrors;
}

qint64 Counts::availabilityBad(bool perRequest) const
{
    if (perRequest)
        return std::max<qint64>(0, availabilityValid(true) - okCount);
    return availabilityErrors;
}

std::optional<double> Counts::availability(bool perRequest) const
{
    const qint64 valid = availabilityValid(perRequest);
    if (valid <= 0)
        return std::nullopt;
    return double(valid - availabilityBad(perRequest)) / double(valid);
}

std::optional<double> Counts::errorRate() const
{
    const qint64 counted = attempts - cancelled;
    if (counted <= 0)
        return std::nullopt;
    return double(errors) / double(counted);
}

void Aggregate::add(const MonitorGroup &group, const MonitorSums &sums)
{
    Counts::add(group, sums);
    inputTokens += sums.inputTokens;
    outputTokens += sums.outputTokens;
    cacheReadTokens += sums.cacheReadTokens;
    cacheWriteTokens += sums.cacheWriteTokens;
    reasoningTokens += sums.reasoningTokens;
    if (group.status == usage::CallStatus::Ok)
        ok.merge(sums);
    else if (group.status == usage::CallStatus::Error)
        errorsByKind[group.errorKind] += sums.attempts;
}

void Aggregate::merge(const Aggregate &o)
{
    Counts::merge(o);
    ok.merge(o.ok);
    for (qint64 Aggregate::*counter :
         {&Aggregate::inputTokens, &Aggregate::outputTokens, &Aggregate::cacheReadTokens, &Aggregate::cacheWriteTokens, &Aggregate::reasoningTokens})
        this->*counter += o.*counter;
    for (auto it = o.errorsByKind.cbegin(); it != o.errorsByKind.cend(); ++it)
        errorsByKind[it.key()] += it.value();
}

// ---- steps --------------------------------------------------------------------------------------

qint64 autoStep(qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    const qint64 span = std::max<qint64>(0, toMs - fromMs);
    const bool minutesKept = fromMs >= nowMs - usage::kMinuteRetentionMs;
    if (span <= 6 * kHour && minutesKept)
        return kMinute;
    if (span <= 2 * kDay && minutesKept)
        return 5 * kMinute;
    if (span <= 14 * kDay)
        return kHour;
    if (span <= 45 * kDay)
        return 6 * kHour;
    return kDay;
}

Resolution resolutionFor(qint64 stepMs)
{
    if (stepMs > 0 && stepMs % kDay == 0)
        return Resolution::Day;
    if (stepMs > 0 && stepMs % kHour == 0)
        return Resolution::Hour;
    return Resolution::Minute;
}

// ---- queries ------------------------------------------------------------------------------------

MonitorQueries::MonitorQueries(std::shared_ptr<Database> database, Clock clock)
    : m_database(std::move(database))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

Expected<Series> MonitorQueries::series(const SeriesQuery &query) const
{
    if (query.toMs <= query.fromMs)
        return Error::make(Error::Kind::Validation, QStringLiteral("the range is empty: it must end after it starts"));
    const qint64 step = query.stepMs > 0 ? query.stepMs : autoStep(query.fromMs, query.toMs, m_clock());
    if (step % kMinute != 0)
        return Error::make(Error::Kind::Validation, QStringLiteral("a step is a whole number of minutes, not %1 ms").arg(step));
    Series s;
    s.scope = query.scope;
    s.stepMs = step;
    s.resolution = resolutionFor(step);
    s.fromMs = usage::bucketStart(s.resolution, query.fromMs);
    const qint64 count = (query.toMs - s.fromMs + step - 1) / step;
    if (count > kMaxPoints)
        return Error::make(
            Error::Kind::Validation,
            QStringLiteral("%1 points are too many for one chart (at most %2): choose a longer step or a shorter range").arg(count).arg(kMaxPoints));
    s.toMs = s.fromMs + count * step;
    auto buckets = std::vector<Aggregate>(std::size_t(count));
    auto read = readSums(*m_database, s.resolution, query.scope, s.fromMs, s.toMs,
                         [&](qint64 t, const MonitorGroup &g, const MonitorSums &sums) { buckets[std::size_t((t - s.fromMs) / step)].add(g, sums); });
    if (!read)
        return read.error();
    const bool perRequest = query.scope.countsRequests();
    Aggregate total;
    s.points.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        total.merge(buckets[std::size_t(i)]);
        s.points.append(finish(s.fromMs + i * step, std::move(buckets[std::size_t(i)]), perRequest));
    }
    s.total = finish(s.fromMs, std::move(total), perRequest);
    return s;
}

Expected<MonitorQueries::Comparison> MonitorQueries::compare(const SeriesQuery &a, const SeriesQuery &b) const
{
    if (a.toMs - a.fromMs != b.toMs - b.fromMs)
        return Error::make(Error::Kind::Validation, QStringLiteral("the two ranges of a comparison must be as long as each other"));
    SeriesQuery first = a;
    SeriesQuery second = b;
    // one step for both, the one the earlier range would get (a later one may have minutes too)
    const qint64 step = a.stepMs > 0 ? a.stepMs
                                     : autoStep(std::min(a.fromMs, b.fromMs), std::min(a.fromMs, b.fromMs) + (a.toMs - a.fromMs), m_clock());
    first.stepMs = step;
    second.stepMs = step;
    auto sa = series(first);
    if (!sa)
        return sa.error();
    auto sb = series(second);
    if (!sb)
        return sb.error();
    Comparison c{std::move(*sa), std::move(*sb), 0};
    c.offsetMs = c.a.fromMs - c.b.fromMs;
    return c;
}

Expected<Aggregate> MonitorQueries::aggregate(const Scope &scope, qint64 fromMs, qint64 toMs, Resolution resolution) const
{
    Aggregate all;
    auto read = readSums(*m_database, resolution, scope, usage::bucketStart(resolution, fromMs), toMs,
                         [&all](qint64, const MonitorGroup &g, const MonitorSums &sums) { all.add(g, sums); });
    if (!read)
        return read.error();
    return all;
}

Expected<QList<Aggregate>> MonitorQueries::recentWindows(const Scope &scope, qint64 toMs, const QList<qint64> &windowsMs) const
{
    QList<Aggregate> out(windowsMs.size());
    if (windowsMs.isEmpty())
        return out;
    const qint64 end = usage::bucketStart(Resolution::Minute, toMs) + kMinute; // the minute holding toMs is the last
    const qint64 longest = *std::max_element(windowsMs.cbegin(), windowsMs.cend());
    auto read = readRows(*m_database, Resolution::Minute, scope, end - longest, end, RowHistograms::All,
                         [&](qint64 t, const MonitorGroup &g, const MonitorSums &sums) {
                             for (qsizetype i = 0; i < windowsMs.size(); ++i) {
                                 if (t >= end - windowsMs.at(i))
                                     out[i].add(g, sums);
                             }
                         });
    if (!read)
        return read.error();
    return out;
}

Expected<void> MonitorQueries::rows(const Scope &scope, qint64 fromMs, qint64 toMs, Resolution resolution, const RowVisitor &visit,
                                    RowHistograms histograms) const
{
    return readRows(*m_database, resolution, scope, fromMs, toMs, histograms, visit);
}

Expected<void> MonitorQueries::sums(const Scope &scope, qint64 fromMs, qint64 toMs, Resolution resolution, const RowVisitor &visit,
                                    RowHistograms histograms) const
{
    return readSums(*m_database, resolution, scope, fromMs, toMs, visit, totalsKindOf(scope), histograms);
}

Expected<bool> MonitorQueries::anyCalls(const Scope &scope, qint64 beforeMs) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    const Where w = whereOf(scope, std::numeric_limits<qint64>::min(), beforeMs);
    auto q = sql::run(*conn, QStringLiteral("SELECT 1 FROM monitor_day WHERE %1 LIMIT 1").arg(w.sql), w.binds,
                      QStringLiteral("monitoring query failed"));
    if (!q)
        return q.error();
    return q->next();
}

Expected<QList<MonitorQueries::ModelAggregate>> MonitorQueries::perModel(const Scope &scope, qint64 fromMs, qint64 toMs, Resolution resolution) const
{
    std::map<std::pair<QString, QString>, Aggregate> byModel;
    const auto add = [&byModel](qint64, const MonitorGroup &g, const MonitorSums &sums) { byModel[{g.provider, g.model}].add(g, sums); };
    const qint64 from = usage::bucketStart(resolution, fromMs);
    // In minutes, the whole hours inside the range come from the hour rollup (the same sums in a
    // sixtieth of the rows; bench/monitor: a 24 h overview read every minute's rows of every group)
    const qint64 hoursFrom = usage::bucketStart(Resolution::Hour, from + kHour - 1);
    const qint64 hoursTo = usage::bucketStart(Resolution::Hour, toMs);
    std::vector<std::tuple<Resolution, qint64, qint64>> parts;
    // (off for bench/monitor's baseline only)
    const bool hours = qEnvironmentVariable("SWITCHBOARD_MONITOR_PER_MODEL_HOURS") != QLatin1String("0");
    if (resolution == Resolution::Minute && hoursTo > hoursFrom && hours)
        parts = {{Resolution::Minute, from, hoursFrom}, {Resolution::Hour, hoursFrom, hoursTo}, {Resolution::Minute, hoursTo, toMs}};
    else
        parts = {{resolution, from, toMs}};
    for (const auto &[r, partFrom, partTo] : parts) {
        if (partTo <= partFrom)
            continue;
        // hours and days from the totals per model where the scope allows (a row per model, status and
        // error kind instead of one per group); minutes from every group's rows (no such totals)
        if (auto read = readSums(*m_database, r, scope, partFrom, partTo, add, perModelKindOf(scope)); !read)
            return read.error();
    }
    QList<ModelAggregate> out;
    for (auto &[key, all] : byModel)
        out.append(ModelAggregate{key.first, key.second, std::move(all)});
    return out;
}

Expected<QList<Marker>> MonitorQueries::markers(const Scope &scope, qint64 fromMs, qint64 toMs) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QList<Marker> out;
    QString where = QStringLiteral("v.first_seen >= ? AND v.first_seen < ?");
    QVariantList binds{fromMs, toMs};
    if (!scope.provider.isEmpty()) {
        where += QStringLiteral(" AND v.provider = ?");
        binds << scope.provider;
    }
    if (!scope.model.isEmpty()) {
        where += QStringLiteral(" AND v.requested = ?");
        binds << scope.model;
    }
    // a model string seen first in the range, when another one answered for the same model before it
    auto models = sql::run(*conn,
                           QStringLiteral("SELECT v.provider, v.requested, v.answered, v.first_seen, "
                                          "(SELECT p.answered FROM monitor_model_versions p WHERE p.provider = v.provider AND "
                                          "p.requested = v.requested AND p.first_seen < v.first_seen ORDER BY p.last_seen DESC LIMIT 1) "
                                          "FROM monitor_model_versions v WHERE %1")
                               .arg(where),
                           binds, QStringLiteral("cannot read the model changes"));
    if (!models)
        return models.error();
    while (models->next()) {
        if (models->value(4).isNull())
            continue; // the first model string ever seen for it: no change
        Marker m;
        m.kind = Marker::Kind::ModelChanged;
        m.provider = models->value(0).toString();
        m.model = models->value(1).toString();
        m.answered = models->value(2).toString();
        m.t = models->value(3).toLongLong();
        m.previous = models->value(4).toString();
        out.append(m);
    }
    // a routing configuration recorded in the range, when one was recorded before it
    auto routing = sql::run(*conn,
                            QStringLiteral("SELECT r.at, r.hash, r.summary FROM monitor_routing_changes r WHERE r.at >= ? AND r.at < ? AND "
                                           "EXISTS (SELECT 1 FROM monitor_routing_changes p WHERE p.at < r.at)"),
                            {fromMs, toMs}, QStringLiteral("cannot read the routing changes"));
    if (!routing)
        return routing.error();
    while (routing->next()) {
        Marker m;
        m.kind = Marker::Kind::RoutingChanged;
        m.t = routing->value(0).toLongLong();
        m.routingHash = routing->value(1).toString();
        m.summary = routing->value(2).toString();
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(), [](const Marker &x, const Marker &y) { return x.t < y.t; });
    return out;
}

Expected<usage::CallPage> MonitorQueries::calls(const Scope &scope, qint64 fromMs, qint64 toMs, int pageSize, std::optional<usage::CallCursor> after,
                                                std::optional<usage::CallStatus> status) const
{
    auto f = callFilter(scope, fromMs, toMs, status);
    if (!f)
        return f.error();
    return usage::UsageQueries(m_database).calls(*f, pageSize, after);
}

Expected<usage::Filter> MonitorQueries::callFilter(const Scope &scope, qint64 fromMs, qint64 toMs, std::optional<usage::CallStatus> status) const
{
    usage::Filter f;
    f.fromDay = usage::dayOfMs(fromMs);
    f.toDay = usage::dayOfMs(toMs - 1) + 1;
    f.fromMs = fromMs;
    f.toMs = toMs;
    if (!scope.provider.isEmpty())
        f.provider = scope.provider;
    if (!scope.route.isEmpty())
        f.route = scope.route;
    if (scope.source)
        f.source = scope.source;
    if (!scope.proxyKey.isEmpty()) {
        f.source = usage::Source::Proxy;
        f.sourceKey = scope.proxyKey;
    }
    if (!scope.member.isEmpty())
        f.member = scope.member;
    f.status = status;
    if (!scope.model.isEmpty()) {
        // the model asked for: the strings that answered for it, and itself (failed attempts name it)
        auto conn = m_database->connection();
        if (!conn)
            return conn.error();
        QString where = QStringLiteral("requested = ?");
        QVariantList binds{scope.model};
        if (!scope.provider.isEmpty()) {
            where += QStringLiteral(" AND provider = ?");
            binds << scope.provider;
        }
        auto versions = sql::run(*conn, QStringLiteral("SELECT DISTINCT answered FROM monitor_model_versions WHERE %1").arg(where), binds,
                                 QStringLiteral("cannot read the model versions"));
        if (!versions)
            return versions.error();
        f.modelIn << scope.model;
        while (versions->next()) {
            const QString answered = versions->value(0).toString();
            if (!f.modelIn.contains(answered))
                f.modelIn << answered;
        }
    }
    return f;
}

} // namespace sb::monitor
