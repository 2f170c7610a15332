#include "team/teamusage.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

namespace sb::team {

namespace {

constexpr qint64 kMaxDays = 1000;

// Every value of an array of arrays, the inner arrays of `width` values.
template<typename Read> bool readRows(const QJsonValue &v, int width, Read read)
{
    for (const QJsonValue &row : v.toArray()) {
        const QJsonArray a = row.toArray();
        if (a.size() != width)
            return false;
        read(a);
    }
    return true;
}

qint64 integer(const QJsonValue &v)
{
    return qint64(v.toDouble());
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

// The members with calls in the range, and each key's member and label ("MEMBER (LABEL)").
Expected<void> readMembers(const Database &database, const usage::Filter &range, UsageReport &report)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    // each key once, with a row in the range (calls_daily's primary key starts with the key): the
    // DISTINCT over every key's rows of the range took 240 ms and more for a year of 10,000,000 calls
    sql::Where w;
    w.sql = QStringLiteral("EXISTS (SELECT 1 FROM calls_daily c WHERE c.source_key = k.id AND c.source = 'proxy' AND c.day >= ? AND c.day < ?)");
    w.binds << range.fromDay << range.toDay;
    if (range.member)
        w.add(QStringLiteral("m.name = ?"), *range.member);
    auto q = sql::run(*db,
                      QStringLiteral("SELECT m.name, k.id, k.label FROM team_keys k JOIN team_members m ON m.id = k.member_id WHERE %1").arg(w.sql),
                      w.binds, QStringLiteral("cannot read the team's members"));
    if (!q)
        return q.error();
    QSet<QString> members;
    while (q->next()) {
        const QString name = q->value(0).toString();
        members.insert(name);
        const QString label = q->value(2).toString();
        report.keyTitles.insert(QStringLiteral("proxy:") + q->value(1).toString(),
                                label.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, label));
    }
    report.members = QStringList(members.begin(), members.end());
    std::sort(report.members.begin(), report.members.end());
    return {};
}

} // namespace

Expected<UsageReport> loadUsageReport(const std::shared_ptr<Database> &database, const usage::Filter &filter, usage::Dimension dimension,
                                      bool everyMember, int topLimit)
{
    const usage::UsageQueries queries(database);
    UsageReport r;
    r.member = filter.member.value_or(QString());
    auto totals = queries.totals(filter);
    if (!totals)
        return totals.error();
    r.totals = *totals;
    auto spend = queries.spendPerDay(filter, dimension);
    if (!spend)
        return spend.error();
    r.spend = *spend;
    auto tokens = queries.tokensPerDay(filter);
    if (!tokens)
        return tokens.error();
    r.tokens = *tokens;
    auto latency = queries.latencyFromRollups(filter); // exact percentiles took seconds on a large ledger
    if (!latency)
        return latency.error();
    r.latency = latency->rows;
    r.latencyRelativeError = latency->relativeError;
    auto errors = queries.errorRates(filter);
    if (!errors)
        return errors.error();
    r.errors = *errors;
    auto topKeys = queries.topSourceKeys(filter, topLimit);
    if (!topKeys)
        return topKeys.error();
    r.topKeys = *topKeys;
    auto topRequests = queries.topRequests(filter, topLimit);
    if (!topRequests)
        return topRequests.error();
    r.topRequests = *topRequests;
    auto unpriced = queries.unpricedCalls(filter);
    if (!unpriced)
        return unpriced.error();
    r.unpriced = *unpriced;
    // the filters' choices: the date range (and the member) alone
    usage::Filter range{filter.fromDay, filter.toDay, {}, {}, {}, {}};
    range.member = filter.member;
    if (auto choices = queries.filterChoices(range)) {
        r.providers = choices->providers;
        r.models = choices->models;
        r.sourceKeys = choices->sourceKeys;
    }
    if (everyMember)
        range.member.reset();
    if (auto ok = readMembers(*database, range, r); !ok)
        return ok.error();
    return r;
}

QJsonObject toJson(const UsageReport &r)
{
    const usage::Totals &t = r.totals;
    QJsonArray spend;
    for (const usage::DailySpend &d : r.spend)
        spend.append(QJsonArray{d.day, d.key, d.costNano, d.attempts});
    QJsonArray tokens;
    for (const usage::DailyTokens &d : r.tokens)
        tokens.append(QJsonArray{d.day, d.input, d.output, d.cacheRead, d.cacheWrite, d.reasoning});
    QJsonArray latency;
    for (const usage::LatencyStats &l : r.latency) {
        QJsonObject o{{QStringLiteral("provider"), l.provider},  {QStringLiteral("model"), l.model}, {QStringLiteral("count"), l.count},
                      {QStringLiteral("p50Ms"), l.p50Ms},        {QStringLiteral("p95Ms"), l.p95Ms}, {QStringLiteral("meanMs"), l.meanMs},
                      {QStringLiteral("ttftCount"), l.ttftCount}};
        if (l.ttftP50Ms)
            o.insert(QStringLiteral("ttftP50Ms"), *l.ttftP50Ms);
        if (l.ttftP95Ms)
            o.insert(QStringLiteral("ttftP95Ms"), *l.ttftP95Ms);
        latency.append(o);
    }
    QJsonArray errors;
    for (const usage::ErrorRate &e : r.errors)
        errors.append(QJsonArray{e.provider, e.attempts, e.errors, e.cancelled});
    QJsonArray topKeys;
    for (const usage::KeySpend &k : r.topKeys)
        topKeys.append(QJsonArray{usage::sourceName(k.source), k.sourceKey, k.costNano, k.attempts, k.requests});
    QJsonArray topRequests;
    for (const usage::RequestSpend &q : r.topRequests)
        topRequests.append(QJsonArray{q.requestId, usage::sourceName(q.source), q.sourceKey, q.startedAtMs, q.costNano, q.attempts});
    QJsonObject titles;
    for (auto it = r.keyTitles.cbegin(); it != r.keyTitles.cend(); ++it)
        titles.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("member"), r.member},
        {QStringLiteral("totals"),
         QJsonObject{
             {QStringLiteral("attempts"), t.attempts},
             {QStringLiteral("requests"), t.requests},
             {QStringLiteral("ok"), t.ok},
             {QStringLiteral("errors"), t.errors},
             {QStringLiteral("cancelled"), t.cancelled},
             {QStringLiteral("tokens"), QJsonArray{t.tokens.input, t.tokens.output, t.tokens.cacheRead, t.tokens.cacheWrite, t.tokens.reasoning}},
             {QStringLiteral("costNano"), t.costNano}}},
        {QStringLiteral("spend"), spend},
        {QStringLiteral("tokens"), tokens},
        {QStringLiteral("latency"), latency},
        {QStringLiteral("latencyRelativeError"), r.latencyRelativeError},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("topKeys"), topKeys},
        {QStringLiteral("topRequests"), topRequests},
        {QStringLiteral("unpriced"), r.unpriced},
        {QStringLiteral("providers"), QJsonArray::fromStringList(r.providers)},
        {QStringLiteral("models"), QJsonArray::fromStringList(r.models)},
        {QStringLiteral("keys"), QJsonArray::fromStringList(r.sourceKeys)},
        {QStringLiteral("members"), QJsonArray::fromStringList(r.members)},
        {QStringLiteral("keyTitles"), titles},
    };
}

std::optional<UsageReport> usageReportFromJson(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("totals")).isObject())
        return std::nullopt;
    UsageReport r;
    r.member = o.value(QStringLiteral("member")).toString();
    const QJsonObject t = o.value(QStringLiteral("totals")).toObject();
    r.totals.attempts = integer(t.value(QStringLiteral("attempts")));
    r.totals.requests = integer(t.value(QStringLiteral("requests")));
    r.totals.ok = integer(t.value(QStringLiteral("ok")));
    r.totals.errors = integer(t.value(QStringLiteral("errors")));
    r.totals.cancelled = integer(t.value(QStringLiteral("cancelled")));
    const QJsonArray tk = t.value(QStringLiteral("tokens")).toArray();
    r.totals.tokens = usage::DailyTokens{0, integer(tk.at(0)), integer(tk.at(1)), integer(tk.at(2)), integer(tk.at(3)), integer(tk.at(4))};
    r.totals.costNano = integer(t.value(QStringLiteral("costNano")));
    bool ok = readRows(o.value(QStringLiteral("spend")), 4, [&r](const QJsonArray &a) {
        r.spend << usage::DailySpend{integer(a.at(0)), a.at(1).toString(), integer(a.at(2)), integer(a.at(3))};
    });
    ok = ok && readRows(o.value(QStringLiteral("tokens")), 6, [&r](const QJsonArray &a) {
             r.tokens << usage::DailyTokens{integer(a.at(0)), integer(a.at(1)), integer(a.at(2)),
                                            integer(a.at(3)), integer(a.at(4)), integer(a.at(5))};
         });
    for (const QJsonValue &v : o.value(QStringLiteral("latency")).toArray()) {
        const QJsonObject l = v.toObject();
        usage::LatencyStats s;
        s.provider = l.value(QStringLiteral("provider")).toString();
        s.model = l.value(QStringLiteral("model")).toString();
        s.count = integer(l.value(QStringLiteral("count")));
        s.p50Ms = integer(l.value(QStringLiteral("p50Ms")));
        s.p95Ms = integer(l.value(QStringLiteral("p95Ms")));
        s.meanMs = l.value(QStringLiteral("meanMs")).toDouble();
        s.ttftCount = integer(l.value(QStringLiteral("ttftCount")));
        if (l.contains(QStringLiteral("ttftP50Ms")))
            s.ttftP50Ms = integer(l.value(QStringLiteral("ttftP50Ms")));
        if (l.contains(QStringLiteral("ttftP95Ms")))
            s.ttftP95Ms = integer(l.value(QStringLiteral("ttftP95Ms")));
        r.latency << s;
    }
    r.latencyRelativeError = o.value(QStringLiteral("latencyRelativeError")).toDouble(); // 0 from an older server: exact
    ok = ok && readRows(o.value(QStringLiteral("errors")), 4, [&r](const QJsonArray &a) {
             r.errors << usage::ErrorRate{a.at(0).toString(), integer(a.at(1)), integer(a.at(2)), integer(a.at(3))};
         });
    ok = ok && readRows(o.value(QStringLiteral("topKeys")), 5, [&r](const QJsonArray &a) {
             r.topKeys << usage::KeySpend{usage::sourceFromName(a.at(0).toString()).value_or(usage::Source::Proxy), a.at(1).toString(),
                                          integer(a.at(2)), integer(a.at(3)), integer(a.at(4))};
         });
    ok = ok && readRows(o.value(QStringLiteral("topRequests")), 6, [&r](const QJsonArray &a) {
             r.topRequests << usage::RequestSpend{a.at(0).toString(), usage::sourceFromName(a.at(1).toString()).value_or(usage::Source::Proxy),
                                                  a.at(2).toString(), integer(a.at(3)),
                                                  integer(a.at(4)),   integer(a.at(5))};
         });
    if (!ok)
        return std::nullopt;
    r.unpriced = integer(o.value(QStringLiteral("unpriced")));
    r.providers = strings(o.value(QStringLiteral("providers")));
    r.models = strings(o.value(QStringLiteral("models")));
    r.sourceKeys = strings(o.value(QStringLiteral("keys")));
    r.members = strings(o.value(QStringLiteral("members")));
    const QJsonObject titles = o.value(QStringLiteral("keyTitles")).toObject();
    for (auto it = titles.begin(); it != titles.end(); ++it)
        r.keyTitles.insert(it.key(), it.value().toString());
    return r;
}

QUrlQuery usageQuery(const usage::Filter &filter, usage::Dimension dimension)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), QString::number(filter.fromDay));
    q.addQueryItem(QStringLiteral("to"), QString::number(filter.toDay));
    const auto add = [&q](const QString &name, const std::optional<QString> &value) {
        if (value)
            q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(*value)));
    };
    add(QStringLiteral("member"), filter.member);
    add(QStringLiteral("provider"), filter.provider);
    add(QStringLiteral("model"), filter.model);
    add(QStringLiteral("key"), filter.sourceKey);
    const char *dimensions[] = {"provider", "model", "source", "source_key"};
    q.addQueryItem(QStringLiteral("dimension"), QLatin1String(dimensions[int(dimension)]));
    return q;
}

Expected<std::pair<usage::Filter, usage::Dimension>> usageFilterFromQuery(const QUrlQuery &query)
{
    usage::Filter f;
    bool fromOk = false;
    bool toOk = false;
    f.fromDay = query.queryItemValue(QStringLiteral("from")).toLongLong(&fromOk);
    f.toDay = query.queryItemValue(QStringLiteral("to")).toLongLong(&toOk);
    if (!fromOk || !toOk || f.toDay <= f.fromDay || f.toDay - f.fromDay > kMaxDays)
        return Error::make(
            Error::Kind::Validation,
            QStringLiteral("from and to are UTC day numbers (days since 1970-01-01), to after from, at most %1 days apart").arg(kMaxDays));
    const auto value = [&query](const QString &name) -> std::optional<QString> {
        if (!query.hasQueryItem(name))
            return std::nullopt;
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    f.member = value(QStringLiteral("member"));
    f.provider = value(QStringLiteral("provider"));
    f.model = value(QStringLiteral("model"));
    f.sourceKey = value(QStringLiteral("key"));
    if (f.sourceKey)
        f.source = usage::Source::Proxy;
    usage::Dimension d = usage::Dimension::Provider;
    const QString dimension = query.queryItemValue(QStringLiteral("dimension"));
    if (dimension == QLatin1String("model"))
        d = usage::Dimension::Model;
    else if (dimension == QLatin1String("source"))
        d = usage::Dimension::Source;
    else if (dimension == QLatin1String("source_key"))
        d = usage::Dimension::SourceKey;
    else if (!dimension.isEmpty() && dimension != QLatin1String("provider"))
        return Error::make(Error::Kind::Validation, QStringLiteral("dimension is provider, model, source or source_key"));
    return std::pair{f, d};
}

} // namespace sb::team
