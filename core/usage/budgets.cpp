#include "usage/budgets.h"

#include "usage/queries.h"

#include <QDateTime>

#include <cmath>

namespace sb::usage {

namespace {

const QString kScope = QStringLiteral("scope");
const QString kTarget = QStringLiteral("target");
const QString kPeriod = QStringLiteral("period");
const QString kSoft = QStringLiteral("softLimitUsd");
const QString kHard = QStringLiteral("hardLimitUsd");

QString money(double usd)
{
    return QStringLiteral("$") + QString::number(usd, 'f', 2);
}

qint64 monthIndexOfDay(qint64 day)
{
    const QDate d = dateOfDay(day);
    return qint64(d.year()) * 12 + d.month() - 1;
}

// Whether a budget counts a call to `provider` by `spender` (empty: not from the proxy).
bool appliesTo(const Budget &b, const QString &provider, const Spender &spender)
{
    return b.scope == Budget::Scope::Workspace || (b.scope == Budget::Scope::Provider && b.target == provider)
        || (b.scope == Budget::Scope::ProxyKey && !spender.proxyKey.isEmpty() && b.target == spender.proxyKey)
        || (b.scope == Budget::Scope::Member && !spender.member.isEmpty() && b.target == spender.member);
}

QString targetNoun(Budget::Scope scope)
{
    switch (scope) {
    case Budget::Scope::Provider: return QStringLiteral("provider id");
    case Budget::Scope::ProxyKey: return QStringLiteral("proxy key");
    case Budget::Scope::Member: return QStringLiteral("team member");
    case Budget::Scope::Workspace: break;
    }
    return {};
}

QString identity(const Budget &b, BudgetOutcome level)
{
    return scopeName(b.scope) + QLatin1Char('\n') + b.target + QLatin1Char('\n') + periodName(b.period) + QLatin1Char('\n')
        + (level == BudgetOutcome::HardExceeded ? QLatin1String("hard") : QLatin1String("soft"));
}

// Reads one budget object; problems go to `problems` under `path` ("budgets[2]").
std::optional<Budget> readBudget(const QJsonValue &value, const QString &path, QStringList &problems)
{
    if (!value.isObject()) {
        problems << QStringLiteral("%1: must be an object").arg(path);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const qsizetype before = problems.size();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != kScope && it.key() != kTarget && it.key() != kPeriod && it.key() != kSoft && it.key() != kHard)
            problems << QStringLiteral("%1: unknown key \"%2\"").arg(path, it.key());
    }
    Budget b;
    const auto scope = scopeFromName(o.value(kScope).toString());
    if (!o.value(kScope).isString() || !scope)
        problems << QStringLiteral("%1.scope: must be one of workspace, provider, proxy_key, member").arg(path);
    else
        b.scope = *scope;
    const auto period = periodFromName(o.value(kPeriod).toString());
    if (!o.value(kPeriod).isString() || !period)
        problems << QStringLiteral("%1.period: must be daily or monthly").arg(path);
    else
        b.period = *period;
    const QJsonValue target = o.value(kTarget);
    if (!target.isUndefined() && !target.isString()) {
        problems << QStringLiteral("%1.target: must be a string").arg(path);
    } else {
        b.target = target.toString();
        if (scope && *scope == Budget::Scope::Workspace && !b.target.isEmpty())
            problems << QStringLiteral("%1.target: must be empty for a workspace budget").arg(path);
        if (scope && *scope != Budget::Scope::Workspace && b.target.trimmed().isEmpty())
            problems << QStringLiteral("%1.target: must name the %2").arg(path, targetNoun(*scope));
    }
    auto limit = [&](const QString &key, std::optional<double> &out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0)
            problems << QStringLiteral("%1.%2: must be a number >= 0").arg(path, key);
        else
            out = v.toDouble();
    };
    limit(kSoft, b.softLimitUsd);
    limit(kHard, b.hardLimitUsd);
    if (!o.contains(kSoft) && !o.contains(kHard))
        problems << QStringLiteral("%1: needs softLimitUsd, hardLimitUsd or both").arg(path);
    if (b.softLimitUsd && b.hardLimitUsd && *b.softLimitUsd > *b.hardLimitUsd)
        problems << QStringLiteral("%1.softLimitUsd: must not be above hardLimitUsd").arg(path);
    if (problems.size() != before)
        return std::nullopt;
    return b;
}

} // namespace

QString scopeName(Budget::Scope scope)
{
    switch (scope) {
    case Budget::Scope::Workspace: return QStringLiteral("workspace");
    case Budget::Scope::Provider: return QStringLiteral("provider");
    case Budget::Scope::ProxyKey: return QStringLiteral("proxy_key");
    case Budget::Scope::Member: return QStringLiteral("member");
    }
    return {};
}

QString periodName(Budget::Period period)
{
    return period == Budget::Period::Daily ? QStringLiteral("daily") : QStringLiteral("monthly");
}

std::optional<Budget::Scope> scopeFromName(const QString &name)
{
    for (auto s : {Budget::Scope::Workspace, Budget::Scope::Provider, Budget::Scope::ProxyKey, Budget::Scope::Member}) {
        if (scopeName(s) == name)
            return s;
    }
    return std::nullopt;
}

std::optional<Budget::Period> periodFromName(const QString &name)
{
    for (auto p : {Budget::Period::Daily, Budget::Period::Monthly}) {
        if (periodName(p) == name)
            return p;
    }
    return std::nullopt;
}

qint64 periodIndexOf(Budget::Period period, qint64 epochMs)
{
    const qint64 day = dayOfMs(epochMs);
    return period == Budget::Period::Daily ? day : monthIndexOfDay(day);
}

QString Budget::describe() const
{
    switch (scope) {
    case Scope::Workspace: return QStringLiteral("%1 workspace budget").arg(periodName(period));
    case Scope::Provider: return QStringLiteral("%1 budget of provider %2").arg(periodName(period), target);
    case Scope::ProxyKey: return QStringLiteral("%1 budget of proxy key %2").arg(periodName(period), target);
    case Scope::Member: return QStringLiteral("%1 budget of team member %2").arg(periodName(period), target);
    }
    return {};
}

QJsonObject Budget::toJson() const
{
    QJsonObject o;
    o.insert(kScope, scopeName(scope));
    if (scope != Scope::Workspace)
        o.insert(kTarget, target);
    o.insert(kPeriod, periodName(period));
    if (softLimitUsd)
        o.insert(kSoft, *softLimitUsd);
    if (hardLimitUsd)
        o.insert(kHard, *hardLimitUsd);
    return o;
}

QStringList Budget::validate(const QJsonArray &array, const QString &path)
{
    QStringList problems;
    QList<std::pair<Budget, int>> seen;
    for (int i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const auto b = readBudget(array.at(i), itemPath, problems);
        if (!b)
            continue;
        for (const auto &[other, j] : std::as_const(seen)) {
            if (other.scope == b->scope && other.target == b->target && other.period == b->period)
                problems << QStringLiteral("%1: same scope, target and period as %2[%3]").arg(itemPath, path).arg(j);
        }
        seen.append({*b, i});
    }
    return problems;
}

Expected<QList<Budget>> Budget::listFromJson(const QJsonArray &array, const QString &path)
{
    const QStringList problems = validate(array, path);
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation, problems.join(QLatin1Char('\n')));
    QList<Budget> out;
    QStringList unused;
    for (int i = 0; i < array.size(); ++i)
        out.append(*readBudget(array.at(i), QString(), unused));
    return out;
}

QJsonArray Budget::listToJson(const QList<Budget> &budgets)
{
    QJsonArray a;
    for (const Budget &b : budgets)
        a.append(b.toJson());
    return a;
}

QString BudgetCheck::message() const
{
    if (!budget)
        return {};
    return QStringLiteral("%1: %2 spent of %3").arg(budget->describe(), money(spentUsd), money(limitUsd));
}

protocol::ApiError BudgetCheck::toApiError() const
{
    return protocol::ApiError::make(protocol::ApiError::Kind::BudgetExceeded, message());
}

void BudgetTracker::Spend::reset(qint64 newPeriod)
{
    period = newPeriod;
    total = 0;
    byProvider.clear();
    byProxyKey.clear();
    byMember.clear();
    alerted.clear();
}

BudgetTracker::BudgetTracker(QList<Budget> budgets, Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_budgets(std::move(budgets))
{
}

BudgetTracker::~BudgetTracker() = default;

void BudgetTracker::setBudgets(QList<Budget> budgets)
{
    QList<BudgetAlert> alerts;
    {
        QMutexLocker lock(&m_mutex);
        m_budgets = std::move(budgets);
        rollOverLocked(m_clock());
        alerts = collectAlertsLocked();
    }
    for (const BudgetAlert &a : std::as_const(alerts))
        Q_EMIT limitReached(a);
}

QList<Budget> BudgetTracker::budgets() const
{
    QMutexLocker lock(&m_mutex);
    return m_budgets;
}

Expected<void> BudgetTracker::seed(const UsageQueries &queries)
{
    const qint64 now = m_clock();
    const qint64 today = dayOfMs(now);
    const QDate date = dateOfDay(today);
    const qint64 monthStart = dayOfDate(QDate(date.year(), date.month(), 1));
    auto rows = queries.spendByScope(monthStart, today + 1, today);
    if (!rows)
        return rows.error();
    QMutexLocker lock(&m_mutex);
    m_day.reset(today);
    m_month.reset(monthIndexOfDay(today));
    for (const auto &r : std::as_const(*rows)) {
        m_month.total += r.totalNano;
        m_month.byProvider[r.provider] += r.totalNano;
        m_day.total += r.onSplitDayNano;
        m_day.byProvider[r.provider] += r.onSplitDayNano;
        if (r.source == Source::Proxy && !r.sourceKey.isEmpty()) {
            m_month.byProxyKey[r.sourceKey] += r.totalNano;
            m_day.byProxyKey[r.sourceKey] += r.onSplitDayNano;
        }
        if (!r.member.isEmpty()) {
            m_month.byMember[r.member] += r.totalNano;
            m_day.byMember[r.member] += r.onSplitDayNano;
        }
    }
    // Limits reached before this session raise no alert now.
    (void)collectAlertsLocked();
    return {};
}

void BudgetTracker::rollOverLocked(qint64 nowMs)
{
    const qint64 today = dayOfMs(nowMs);
    if (m_day.period != today)
        m_day.reset(today);
    const qint64 month = monthIndexOfDay(today);
    if (m_month.period != month)
        m_month.reset(month);
}

qint64 BudgetTracker::spentLocked(const Budget &budget) const
{
    const Spend &s = spendFor(budget.period);
    switch (budget.scope) {
    case Budget::Scope::Workspace: return s.total;
    case Budget::Scope::Provider: return s.byProvider.value(budget.target);
    case Budget::Scope::ProxyKey: return s.byProxyKey.value(budget.target);
    case Budget::Scope::Member: return s.byMember.value(budget.target);
    }
    return 0;
}

QList<BudgetAlert> BudgetTracker::collectAlertsLocked()
{
    QList<BudgetAlert> alerts;
    for (int i = 0; i < m_budgets.size(); ++i) {
        const Budget &b = m_budgets.at(i);
        const qint64 spent = spentLocked(b);
        Spend &s = b.period == Budget::Period::Daily ? m_day : m_month;
        auto reached = [&](const std::optional<double> &limit, BudgetOutcome level) {
            if (!limit || spent < usdToNano(*limit))
                return;
            const QString id = identity(b, level);
            if (s.alerted.contains(id))
                return;
            s.alerted.insert(id);
            alerts.append(BudgetAlert{b, i, level, nanoToUsd(spent), *limit});
        };
        reached(b.softLimitUsd, BudgetOutcome::SoftExceeded);
        reached(b.hardLimitUsd, BudgetOutcome::HardExceeded);
    }
    return alerts;
}

void BudgetTracker::add(const CallRecord &call)
{
    const qint64 nano = call.costNano();
    if (nano == 0)
        return;
    QList<BudgetAlert> alerts;
    {
        QMutexLocker lock(&m_mutex);
        rollOverLocked(m_clock());
        const qint64 day = call.day();
        auto count = [&](Spend &s) {
            s.total += nano;
            s.byProvider[call.provider] += nano;
            if (call.source == Source::Proxy && !call.sourceKey.isEmpty())
                s.byProxyKey[call.sourceKey] += nano;
            if (!call.member.isEmpty())
                s.byMember[call.member] += nano;
        };
        if (day == m_day.period)
            count(m_day);
        if (monthIndexOfDay(day) == m_month.period)
            count(m_month);
        alerts = collectAlertsLocked();
    }
    for (const BudgetAlert &a : std::as_const(alerts))
        Q_EMIT limitReached(a);
}

BudgetCheck BudgetTracker::check(const QString &provider, const Spender &spender)
{
    QMutexLocker lock(&m_mutex);
    rollOverLocked(m_clock());
    BudgetCheck soft;
    for (int i = 0; i < m_budgets.size(); ++i) {
        const Budget &b = m_budgets.at(i);
        if (!appliesTo(b, provider, spender))
            continue;
        const qint64 spent = spentLocked(b);
        if (b.hardLimitUsd && spent >= usdToNano(*b.hardLimitUsd))
            return BudgetCheck{BudgetOutcome::HardExceeded, b, i, nanoToUsd(spent), *b.hardLimitUsd};
        if (soft.ok() && b.softLimitUsd && spent >= usdToNano(*b.softLimitUsd))
            soft = BudgetCheck{BudgetOutcome::SoftExceeded, b, i, nanoToUsd(spent), *b.softLimitUsd};
    }
    return soft;
}

qint64 BudgetTracker::spentNano(const Budget &budget)
{
    QMutexLocker lock(&m_mutex);
    rollOverLocked(m_clock());
    return spentLocked(budget);
}

QList<Budget> BudgetTracker::hardBudgetsFor(const QString &provider, const Spender &spender) const
{
    QMutexLocker lock(&m_mutex);
    QList<Budget> out;
    for (const Budget &b : m_budgets) {
        if (b.hardLimitUsd && appliesTo(b, provider, spender))
            out << b;
    }
    return out;
}

QList<BudgetStatus> BudgetTracker::statuses()
{
    QMutexLocker lock(&m_mutex);
    rollOverLocked(m_clock());
    QList<BudgetStatus> out;
    for (const Budget &b : std::as_const(m_budgets)) {
        BudgetStatus s{b, spentLocked(b), BudgetOutcome::Ok};
        if (b.hardLimitUsd && s.spentNano >= usdToNano(*b.hardLimitUsd))
            s.outcome = BudgetOutcome::HardExceeded;
        else if (b.softLimitUsd && s.spentNano >= usdToNano(*b.softLimitUsd))
            s.outcome = BudgetOutcome::SoftExceeded;
        out.append(s);
    }
    return out;
}

double BudgetTracker::monthToDateUsd(Budget::Scope scope, const QString &target)
{
    QMutexLocker lock(&m_mutex);
    rollOverLocked(m_clock());
    return nanoToUsd(spentLocked(Budget{scope, target, Budget::Period::Monthly, {}, {}}));
}

double BudgetTracker::projectedMonthEndUsd(Budget::Scope scope, const QString &target)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    rollOverLocked(now);
    const double spent = nanoToUsd(spentLocked(Budget{scope, target, Budget::Period::Monthly, {}, {}}));
    const QDate today = dateOfDay(dayOfMs(now));
    const qint64 monthStartMs = dayOfDate(QDate(today.year(), today.month(), 1)) * kMsPerDay;
    const double elapsedDays = std::max(1.0, double(now - monthStartMs) / double(kMsPerDay));
    return spent / elapsedDays * double(today.daysInMonth());
}

} // namespace sb::usage
