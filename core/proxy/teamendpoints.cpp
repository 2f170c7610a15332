// The team's admin API: what `switchboard-cli team` does, over HTTP with an admin's key, for the
// app's team administration and for scripts that reach a serve but not its database.
//
//   GET  /team/me                              any team key: its member, role and key id
//   GET  /team/members[?all=1]                 POST /team/members {"name", "role"}
//   POST /team/members/NAME/role {"role"}      POST /team/members/NAME/remove
//   GET  /team/keys[?member=NAME&all=1]        POST /team/keys {"member", "label", "requestsPerMinute"}
//   POST /team/keys/ID/revoke                  POST /team/keys/ID/rotate
//   GET  /team/audit[?limit=N]
//   GET  /team/usage?from=DAY&to=DAY[&member=NAME&provider=&model=&key=&dimension=]   any team key: the
//        Usage page's aggregates (team/teamusage.h); a member's key sees only that member's calls
//   GET  /team/monitor/chart?from=MS&to=MS[&step=MS&member=NAME&provider=&model=&route=&cfrom=&cto=&cprovider=&cmodel=]
//        any team key: the Monitor page's series, comparison, markers and models (team/teammonitor.h),
//        with the same rule for members
//   GET  /team/budgets                         the members' budgets with their spend and reservations
//   POST /team/members/NAME/budgets {"period", "softLimitUsd", "hardLimitUsd"}   (sets one period's)
//   POST /team/members/NAME/budgets/remove {"period"}
//
// NAME and ID are path segments, percent-encoded (a member's name may hold '/', '?' or '%'): the path is
// split on its raw '/' first, then each segment decoded.
//
// Only GET and POST (whose bodies must be JSON, so no web page can post here without a preflight),
// every change in the audit log under the admin's name. The database work runs on a pooled thread.

#include "common/async.h"
#include "engine/engine.h"
#include "proxy/proxyworker.h"
#include "team/teammonitor.h"
#include "team/teamstore.h"
#include "team/teamusage.h"
#include "usage/ledger.h"
#include "usage/reservations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace sb::proxy::detail {

using protocol::ApiError;

namespace {

ApiError teamError(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::Validation: return ApiError::make(ApiError::Kind::InvalidRequest, e.message, 400);
    case Error::Kind::NotFound: return ApiError::make(ApiError::Kind::NotFound, e.message, 404);
    case Error::Kind::Database:
    case Error::Kind::Unavailable:
    case Error::Kind::Timeout: return ApiError::make(ApiError::Kind::Overloaded, e.message, 503);
    default: return ApiError::make(ApiError::Kind::Server, e.message, 500);
    }
}

template<typename T> Expected<QJsonObject> listed(const Expected<QList<T>> &items, const QString &name)
{
    if (!items)
        return items.error();
    QJsonArray out;
    for (const T &item : *items)
        out.append(team::toJson(item));
    return QJsonObject{{name, out}};
}

// The segments of the path below /team ("members", NAME, "role"), each decoded after the split; empty
// when the raw path has no /team/ (it was encoded there).
QStringList teamSegments(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    QByteArray raw = q < 0 ? target : target.left(q);
    while (raw.size() > 1 && raw.endsWith('/'))
        raw.chop(1);
    const qsizetype at = raw.indexOf("/team/");
    if (at < 0)
        return {};
    QStringList out;
    for (const QByteArray &segment : raw.mid(at + 1).split('/'))
        out << QUrl::fromPercentEncoding(segment);
    return out;
}

// A limit of a budget in a request body: absent or null is none.
std::optional<std::optional<double>> limitOf(const QJsonObject &body, const QString &name)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull())
        return std::optional<double>();
    if (!v.isDouble())
        return std::nullopt;
    return std::optional<double>(v.toDouble());
}

// The members' budgets, the team's and the workspace's, with spend and reservations in their periods.
Expected<QJsonObject> budgetsAnswer(team::TeamStore &store, const engine::Engine &engine)
{
    auto stored = store.budgets();
    if (!stored)
        return stored.error();
    QList<team::BudgetInfo> all;
    for (const usage::Budget &b : *stored)
        all << team::BudgetInfo{b, 0, 0, false};
    auto workspace = usage::Budget::listFromJson(engine.workspace().budgets);
    if (workspace) {
        for (const usage::Budget &b : *workspace) {
            const bool replaced = std::any_of(stored->cbegin(), stored->cend(),
                                              [&b](const usage::Budget &t) { return t.target == b.target && t.period == b.period; });
            if (b.scope == usage::Budget::Scope::Member && !replaced)
                all << team::BudgetInfo{b, 0, 0, true};
        }
    }
    std::sort(all.begin(), all.end(), [](const team::BudgetInfo &a, const team::BudgetInfo &b) {
        return std::pair(a.budget.target, int(a.budget.period)) < std::pair(b.budget.target, int(b.budget.period));
    });
    QJsonArray out;
    for (team::BudgetInfo &info : all) {
        // this serve's spend (the ledger's, seeded at start, and its own calls since); a hard budget's
        // counter on the database has every serve's spend and the reservations of calls in flight
        info.spentNano = engine.budgets().spentNano(info.budget);
        if (info.budget.hardLimitUsd && engine.reservationsEnabled()) {
            auto counter = engine.reservations().counter(info.budget);
            if (!counter)
                return counter.error();
            info.spentNano = std::max(info.spentNano, counter->first);
            info.reservedNano = counter->second;
        }
        out.append(team::toJson(info));
    }
    return QJsonObject{{QStringLiteral("budgets"), out}};
}

// A report's JSON (team::toJson), or its error.
template<typename T> Expected<QJsonObject> jsonOf(const Expected<T> &report)
{
    if (!report)
        return report.error();
    return team::toJson(*report);
}

Expected<QJsonObject> done(const Expected<void> &result)
{
    if (!result)
        return result.error();
    return QJsonObject{{QStringLiteral("ok"), true}};
}

} // namespace

// GET /team/usage: admins and viewers see the team's calls (or one member's); a member their own only.
void Connection::teamUsage(const ProxyKey &key)
{
    auto asked = team::usageFilterFromQuery(QUrlQuery(QString::fromLatin1(m_ex->request.query)));
    if (!asked) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, asked.error().message, 400));
        return;
    }
    auto [filter, dimension] = *asked;
    if (key.role == team::Role::Member) {
        if (filter.member && *filter.member != key.member) {
            sendError(ApiError::make(ApiError::Kind::Permission,
                                     QStringLiteral("a member sees only their own usage; '%1' is a member, not an admin or viewer").arg(key.member),
                                     403));
            return;
        }
        filter.member = key.member;
    }
    answerTeamReport([engine = m_worker.shared().engine, filter, dimension, everyMember = key.role != team::Role::Member] {
        (void)engine->ledger().flush(); // this serve's calls of just now count too
        return jsonOf(team::loadUsageReport(engine->database(), filter, dimension, everyMember));
    });
}

// Runs `work` on a pooled thread, then answers its JSON or its error.
void Connection::answerTeamReport(std::function<Expected<QJsonObject>()> work)
{
    Exchange *exchange = m_ex.get();
    async::runThenCallback(this, std::move(work), [this, exchange](const Expected<QJsonObject> &answer) {
        if (m_ex.get() != exchange || completedAsClientGone())
            return;
        if (!answer) {
            sendError(teamError(answer.error()));
            return;
        }
        sendJson(200, QJsonDocument(*answer).toJson(QJsonDocument::Compact));
    });
}

// GET /team/monitor/chart: the same rule as /team/usage, over the monitoring rollups.
void Connection::teamMonitor(const ProxyKey &key)
{
    auto asked = team::monitorRequestFromQuery(QUrlQuery(QString::fromLatin1(m_ex->request.query)));
    if (!asked) {
        sendError(ApiError::make(ApiError::Kind::InvalidRequest, asked.error().message, 400));
        return;
    }
    team::MonitorRequest request = *asked;
    QString &member = request.query.scope.member;
    if (key.role == team::Role::Member) {
        if (!member.isEmpty() && member != key.member) {
            sendError(ApiError::make(ApiError::Kind::Permission,
                                     QStringLiteral("a member sees only their own calls; '%1' is a member, not an admin or viewer").arg(key.member),
                                     403));
            return;
        }
        member = key.member;
    }
    answerTeamReport([engine = m_worker.shared().engine, request, everyMember = key.role != team::Role::Member] {
        (void)engine->ledger().flush(); // this serve's calls of just now count too
        return jsonOf(team::loadMonitorReport(engine->database(), request, QDateTime::currentMSecsSinceEpoch(), everyMember));
    });
}

void Connection::team()
{
    m_ex->log.dialect.clear();
    const http::Request &r = m_ex->request;
    bool refused = false;
    const ProxyKey *key = authorize(refused, Access::Usage);
    if (refused)
        return;
    if (!key || key->member.isEmpty()) {
        sendError(ApiError::make(ApiError::Kind::Permission,
                                 QStringLiteral("the team endpoints take a team member's key (switchboard-cli team key create)"), 403));
        return;
    }
    const QStringList parts = teamSegments(r.target); // "team", ...
    const QString what = parts.value(1);
    const bool get = r.method == "GET";
    if (what == QLatin1String("me") && parts.size() == 2 && get) {
        sendJson(200,
                 QJsonDocument(QJsonObject{{QStringLiteral("member"), key->member},
                                           {QStringLiteral("role"), team::roleName(key->role)},
                                           {QStringLiteral("key"), key->name}})
                     .toJson(QJsonDocument::Compact));
        return;
    }
    if (what == QLatin1String("usage") && parts.size() == 2 && get) {
        teamUsage(*key);
        return;
    }
    if (what == QLatin1String("monitor") && parts.size() == 3 && parts.at(2) == QLatin1String("chart") && get) {
        teamMonitor(*key);
        return;
    }
    if (key->role != team::Role::Admin) {
        sendError(ApiError::make(
            ApiError::Kind::Permission,
            QStringLiteral("only the team's admins manage members, keys and budgets; '%1' is a %2").arg(key->member, team::roleName(key->role)),
            403));
        return;
    }
    const QUrlQuery query(QString::fromLatin1(r.query));
    const bool all = query.queryItemValue(QStringLiteral("all")) == QLatin1String("1");
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const auto role = [&](const QString &text) { return team::roleFromName(text.isEmpty() ? QStringLiteral("member") : text); };

    // what to do on the pooled thread, or nothing when the request is not one of the above
    std::function<Expected<QJsonObject>(team::TeamStore &)> work;
    int status = 200;
    if (what == QLatin1String("members") && parts.size() == 2 && get) {
        work = [all](team::TeamStore &s) { return listed(s.members(all), QStringLiteral("members")); };
    } else if (what == QLatin1String("members") && parts.size() == 2 && !get) {
        const QString name = body.value(QStringLiteral("name")).toString();
        const std::optional<team::Role> as = role(body.value(QStringLiteral("role")).toString());
        if (!as) {
            sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("role is admin, member or viewer"), 400));
            return;
        }
        status = 201;
        work = [name, as](team::TeamStore &s) -> Expected<QJsonObject> {
            auto m = s.addMember(name, *as);
            if (!m)
                return m.error();
            return team::toJson(*m);
        };
    } else if (what == QLatin1String("members") && parts.size() == 4 && !get && parts.at(3) == QLatin1String("role")) {
        const QString name = parts.at(2);
        const std::optional<team::Role> as = team::roleFromName(body.value(QStringLiteral("role")).toString());
        if (!as) {
            sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("role is admin, member or viewer"), 400));
            return;
        }
        work = [name, as](team::TeamStore &s) { return done(s.setRole(name, *as)); };
    } else if (what == QLatin1String("members") && parts.size() == 4 && !get && parts.at(3) == QLatin1String("remove")) {
        const QString name = parts.at(2);
        work = [name](team::TeamStore &s) { return done(s.removeMember(name)); };
    } else if (what == QLatin1String("keys") && parts.size() == 2 && get) {
        const QString member = query.queryItemValue(QStringLiteral("member"), QUrl::FullyDecoded);
        work = [member, all](team::TeamStore &s) { return listed(s.keys(member, all), QStringLiteral("keys")); };
    } else if (what == QLatin1String("keys") && parts.size() == 2 && !get) {
        const QString member = body.value(QStringLiteral("member")).toString();
        const QString label = body.value(QStringLiteral("label")).toString();
        const int rpm = body.value(QStringLiteral("requestsPerMinute")).toInt();
        status = 201;
        work = [member, label, rpm](team::TeamStore &s) -> Expected<QJsonObject> {
            auto k = s.createKey(member, label, rpm);
            if (!k)
                return k.error();
            return team::toJson(*k);
        };
    } else if (what == QLatin1String("keys") && parts.size() == 4 && !get
               && (parts.at(3) == QLatin1String("revoke") || parts.at(3) == QLatin1String("rotate"))) {
        const QString id = parts.at(2);
        if (parts.at(3) == QLatin1String("revoke")) {
            work = [id](team::TeamStore &s) { return done(s.revokeKey(id)); };
        } else {
            work = [id](team::TeamStore &s) -> Expected<QJsonObject> {
                auto k = s.rotateKey(id);
                if (!k)
                    return k.error();
                return team::toJson(*k);
            };
        }
    } else if (what == QLatin1String("budgets") && parts.size() == 2 && get) {
        work = [engine = m_worker.shared().engine](team::TeamStore &s) { return budgetsAnswer(s, *engine); };
    } else if (what == QLatin1String("members") && (parts.size() == 4 || parts.size() == 5) && !get && parts.at(3) == QLatin1String("budgets")
               && (parts.size() == 4 || parts.at(4) == QLatin1String("remove"))) {
        const QString name = parts.at(2);
        const std::optional<usage::Budget::Period> period = usage::periodFromName(body.value(QStringLiteral("period")).toString());
        if (!period) {
            sendError(ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("period is daily or monthly"), 400));
            return;
        }
        if (parts.size() == 5) {
            work = [name, period](team::TeamStore &s) { return done(s.removeBudget(name, *period)); };
        } else {
            const auto soft = limitOf(body, QStringLiteral("softLimitUsd"));
            const auto hard = limitOf(body, QStringLiteral("hardLimitUsd"));
            if (!soft || !hard) {
                sendError(
                    ApiError::make(ApiError::Kind::InvalidRequest, QStringLiteral("softLimitUsd and hardLimitUsd are numbers in USD, or null"), 400));
                return;
            }
            work = [name, period, soft, hard](team::TeamStore &s) -> Expected<QJsonObject> {
                auto b = s.setBudget(name, *period, *soft, *hard);
                if (!b)
                    return b.error();
                return team::toJson(team::BudgetInfo{*b, 0, 0, false});
            };
        }
    } else if (what == QLatin1String("audit") && parts.size() == 2 && get) {
        const int asked = query.queryItemValue(QStringLiteral("limit")).toInt(); // 0 when absent or not a number
        const int limit = asked > 0 ? std::min(asked, 1000) : 50;
        work = [limit](team::TeamStore &s) { return listed(s.audit(limit), QStringLiteral("audit")); };
    }
    if (!work) {
        sendError(ApiError::make(ApiError::Kind::NotFound,
                                 QStringLiteral("no such endpoint: %1 %2 (see GET /team/me, /team/members, /team/keys, /team/budgets, /team/audit)")
                                     .arg(QString::fromLatin1(r.method), r.path),
                                 404));
        return;
    }
    Exchange *exchange = m_ex.get();
    async::runThenCallback(
        this,
        [database = m_worker.shared().engine->database(), actor = key->member, work] {
            team::TeamStore store(database, actor);
            return work(store);
        },
        [this, exchange, status](const Expected<QJsonObject> &answer) {
            if (m_ex.get() != exchange || completedAsClientGone())
                return;
            if (!answer) {
                sendError(teamError(answer.error()));
                return;
            }
            sendJson(status, QJsonDocument(*answer).toJson(QJsonDocument::Compact));
        });
}

} // namespace sb::proxy::detail
