#include "team/teammonitor.h"

#include "team/teamstore.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace sb::team {

using monitor::Marker;
using monitor::Percentiles;
using monitor::Point;
using monitor::Series;

namespace {

constexpr qint64 kDayMs = usage::kMsPerDay;
constexpr qint64 kMaxSpanMs = 400 * kDayMs;

qint64 integer(const QJsonValue &v)
{
    return qint64(v.toDouble());
}

QJsonValue orNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<double> optionalOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonArray toJson(const Percentiles &p)
{
    return QJsonArray{p.count, orNull(p.p50), orNull(p.p90), orNull(p.p99)};
}

Percentiles percentilesOf(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return Percentiles{integer(a.at(0)), optionalOf(a.at(1)), optionalOf(a.at(2)), optionalOf(a.at(3))};
}

// The counts of a point's aggregate, in this order (Aggregate's histograms stay on the server).
qint64 monitor::Aggregate::*const kCounts[] = {
    &monitor::Aggregate::attempts,         &monitor::Aggregate::requests,        &monitor::Aggregate::okCount,
    &monitor::Aggregate::errors,           &monitor::Aggregate::cancelled,       &monitor::Aggregate::availabilityErrors,
    &monitor::Aggregate::requestErrors,    &monitor::Aggregate::costNano,        &monitor::Aggregate::unpriced,
    &monitor::Aggregate::okTtftCount,      &monitor::Aggregate::okTtftMsSum,     &monitor::Aggregate::okLatencyMsSum,
    &monitor::Aggregate::inputTokens,      &monitor::Aggregate::outputTokens,    &monitor::Aggregate::cacheReadTokens,
    &monitor::Aggregate::cacheWriteTokens, &monitor::Aggregate::reasoningTokens,
};
constexpr int kCountsSize = int(std::size(kCounts));

// [t, [counts], availability, errorRate, ttft, latency, gap, tokensPerSecond]
QJsonArray toJson(const Point &p)
{
    QJsonArray counts;
    for (const auto counter : kCounts)
        counts.append(p.all.*counter);
    return QJsonArray{
        p.t, counts, orNull(p.availability), orNull(p.errorRate), toJson(p.ttftMs), toJson(p.latencyMs), toJson(p.gapMs), toJson(p.tokensPerSecond)};
}

std::optional<Point> pointOf(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    const QJsonArray counts = a.at(1).toArray();
    if (a.size() != 8 || counts.size() != kCountsSize)
        return std::nullopt;
    Point p;
    p.t = integer(a.at(0));
    for (int i = 0; i < kCountsSize; ++i)
        p.all.*kCounts[i] = integer(counts.at(i));
    p.availability = optionalOf(a.at(2));
    p.errorRate = optionalOf(a.at(3));
    p.ttftMs = percentilesOf(a.at(4));
    p.latencyMs = percentilesOf(a.at(5));
    p.gapMs = percentilesOf(a.at(6));
    p.tokensPerSecond = percentilesOf(a.at(7));
    return p;
}

QJsonObject toJson(const monitor::Scope &s)
{
    return QJsonObject{{QStringLiteral("provider"), s.provider},
                       {QStringLiteral("model"), s.model},
                       {QStringLiteral("route"), s.route},
                       {QStringLiteral("member"), s.member}};
}

monitor::Scope scopeOf(const QJsonObject &o)
{
    monitor::Scope s;
    s.provider = o.value(QStringLiteral("provider")).toString();
    s.model = o.value(QStringLiteral("model")).toString();
    s.route = o.value(QStringLiteral("route")).toString();
    s.member = o.value(QStringLiteral("member")).toString();
    return s;
}

QJsonObject toJson(const Series &s)
{
    QJsonArray points;
    for (const Point &p : s.points)
        points.append(toJson(p));
    return QJsonObject{{QStringLiteral("scope"), toJson(s.scope)},
                       {QStringLiteral("fromMs"), s.fromMs},
                       {QStringLiteral("toMs"), s.toMs},
                       {QStringLiteral("stepMs"), s.stepMs},
                       {QStringLiteral("resolution"), int(s.resolution)},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("total"), toJson(s.total)}};
}

std::optional<Series> seriesOf(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (!o.value(QStringLiteral("points")).isArray())
        return std::nullopt;
    Series s;
    s.scope = scopeOf(o.value(QStringLiteral("scope")).toObject());
    s.fromMs = integer(o.value(QStringLiteral("fromMs")));
    s.toMs = integer(o.value(QStringLiteral("toMs")));
    s.stepMs = integer(o.value(QStringLiteral("stepMs")));
    s.resolution = usage::Resolution(std::clamp(o.value(QStringLiteral("resolution")).toInt(), 0, 2));
    for (const QJsonValue &p : o.value(QStringLiteral("points")).toArray()) {
        std::optional<Point> point = pointOf(p);
        if (!point)
            return std::nullopt;
        s.points.append(*point);
    }
    std::optional<Point> total = pointOf(o.value(QStringLiteral("total")));
    if (!total)
        return std::nullopt;
    s.total = *total;
    return s;
}

QJsonObject toJson(const Marker &m)
{
    return QJsonObject{{QStringLiteral("kind"), m.kind == Marker::Kind::ModelChanged ? QStringLiteral("model") : QStringLiteral("routing")},
                       {QStringLiteral("t"), m.t},
                       {QStringLiteral("provider"), m.provider},
                       {QStringLiteral("model"), m.model},
                       {QStringLiteral("previous"), m.previous},
                       {QStringLiteral("answered"), m.answered},
                       {QStringLiteral("routingHash"), m.routingHash},
                       {QStringLiteral("summary"), m.summary}};
}

Marker markerOf(const QJsonObject &o)
{
    Marker m;
    m.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("routing") ? Marker::Kind::RoutingChanged : Marker::Kind::ModelChanged;
    m.t = integer(o.value(QStringLiteral("t")));
    m.provider = o.value(QStringLiteral("provider")).toString();
    m.model = o.value(QStringLiteral("model")).toString();
    m.previous = o.value(QStringLiteral("previous")).toString();
    m.answered = o.value(QStringLiteral("answered")).toString();
    m.routingHash = o.value(QStringLiteral("routingHash")).toString();
    m.summary = o.value(QStringLiteral("summary")).toString();
    return m;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

void addScope(QUrlQuery &q, const QString &prefix, const monitor::SeriesQuery &s)
{
    q.addQueryItem(prefix + QStringLiteral("from"), QString::number(s.fromMs));
    q.addQueryItem(prefix + QStringLiteral("to"), QString::number(s.toMs));
    if (s.stepMs > 0)
        q.addQueryItem(prefix + QStringLiteral("step"), QString::number(s.stepMs));
    const auto add = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(prefix + name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("provider"), s.scope.provider);
    add(QStringLiteral("model"), s.scope.model);
    add(QStringLiteral("route"), s.scope.route);
}

Expected<monitor::SeriesQuery> scopeFrom(const QUrlQuery &q, const QString &prefix)
{
    monitor::SeriesQuery s;
    bool fromOk = false;
    bool toOk = false;
    bool stepOk = true;
    s.fromMs = q.queryItemValue(prefix + QStringLiteral("from")).toLongLong(&fromOk);
    s.toMs = q.queryItemValue(prefix + QStringLiteral("to")).toLongLong(&toOk);
    if (q.hasQueryItem(prefix + QStringLiteral("step")))
        s.stepMs = q.queryItemValue(prefix + QStringLiteral("step")).toLongLong(&stepOk);
    if (!fromOk || !toOk || !stepOk || s.toMs <= s.fromMs || s.toMs - s.fromMs > kMaxSpanMs || s.stepMs < 0)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("%1from and %1to are UTC epoch milliseconds, to after from, at most %2 days apart; %1step a "
                                          "number of milliseconds")
                               .arg(prefix)
                               .arg(kMaxSpanMs / kDayMs));
    const auto value = [&](const QString &name) { return q.queryItemValue(prefix + name, QUrl::FullyDecoded); };
    s.scope.provider = value(QStringLiteral("provider"));
    s.scope.model = value(QStringLiteral("model"));
    s.scope.route = value(QStringLiteral("route"));
    return s;
}

} // namespace

Expected<MonitorReport> loadMonitorReport(const std::shared_ptr<Database> &database, MonitorRequest request, qint64 nowMs, bool everyMember)
{
    const QString member = request.query.scope.member;
    if (request.compare)
        request.compare->scope.member = member;
    const monitor::MonitorQueries queries(database, [nowMs] { return nowMs; });
    MonitorReport r;
    r.member = member;
    if (request.compare) {
        auto compared = queries.compare(request.query, *request.compare);
        if (!compared)
            return compared.error();
        r.series = std::move(compared->a);
        r.other = std::move(compared->b);
        r.offsetMs = compared->offsetMs;
    } else {
        auto series = queries.series(request.query);
        if (!series)
            return series.error();
        r.series = std::move(*series);
    }
    auto markers = queries.markers(request.query.scope, request.query.fromMs, request.query.toMs);
    if (!markers)
        return markers.error();
    r.markers = *markers;
    monitor::Scope whose;
    whose.member = member;
    auto models = queries.perModel(whose, nowMs - 90 * kDayMs, nowMs + 1, usage::Resolution::Day);
    if (!models)
        return models.error();
    for (const auto &m : std::as_const(*models))
        r.models << m.provider + QLatin1Char('/') + m.model;
    if (everyMember) {
        auto members = TeamStore(database, QString()).members(true); // removed members' calls stay
        if (!members)
            return members.error();
        for (const Member &m : std::as_const(*members))
            r.members << m.name;
        std::sort(r.members.begin(), r.members.end());
    } else if (!member.isEmpty()) {
        r.members << member;
    }
    return r;
}

QJsonObject toJson(const MonitorReport &r)
{
    QJsonArray markers;
    for (const Marker &m : r.markers)
        markers.append(toJson(m));
    QJsonObject o{{QStringLiteral("member"), r.member},
                  {QStringLiteral("series"), toJson(r.series)},
                  {QStringLiteral("offsetMs"), r.offsetMs},
                  {QStringLiteral("markers"), markers},
                  {QStringLiteral("models"), QJsonArray::fromStringList(r.models)},
                  {QStringLiteral("members"), QJsonArray::fromStringList(r.members)}};
    if (r.other)
        o.insert(QStringLiteral("other"), toJson(*r.other));
    return o;
}

std::optional<MonitorReport> monitorReportFromJson(const QJsonObject &o)
{
    std::optional<Series> series = seriesOf(o.value(QStringLiteral("series")));
    if (!series)
        return std::nullopt;
    MonitorReport r;
    r.member = o.value(QStringLiteral("member")).toString();
    r.series = std::move(*series);
    if (o.contains(QStringLiteral("other"))) {
        r.other = seriesOf(o.value(QStringLiteral("other")));
        if (!r.other)
            return std::nullopt;
    }
    r.offsetMs = integer(o.value(QStringLiteral("offsetMs")));
    for (const QJsonValue &m : o.value(QStringLiteral("markers")).toArray())
        r.markers << markerOf(m.toObject());
    r.models = strings(o.value(QStringLiteral("models")));
    r.members = strings(o.value(QStringLiteral("members")));
    return r;
}

QUrlQuery monitorQuery(const MonitorRequest &request)
{
    QUrlQuery q;
    addScope(q, QString(), request.query);
    if (!request.query.scope.member.isEmpty())
        q.addQueryItem(QStringLiteral("member"), QString::fromLatin1(QUrl::toPercentEncoding(request.query.scope.member)));
    if (request.compare)
        addScope(q, QStringLiteral("c"), *request.compare);
    return q;
}

Expected<MonitorRequest> monitorRequestFromQuery(const QUrlQuery &query)
{
    auto a = scopeFrom(query, QString());
    if (!a)
        return a.error();
    MonitorRequest r{*a, std::nullopt};
    r.query.scope.member = query.queryItemValue(QStringLiteral("member"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("cfrom"))) {
        auto b = scopeFrom(query, QStringLiteral("c"));
        if (!b)
            return b.error();
        r.compare = *b;
        r.compare->scope.member = r.query.scope.member;
    }
    return r;
}

} // namespace sb::team
