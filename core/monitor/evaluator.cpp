#include "monitor/evaluator.h"

#include "common/logging.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSet>

namespace sb::monitor {

namespace {

constexpr qint64 kMinute = usage::kMsPerMinute;
constexpr qint64 kHour = usage::kMsPerHour;

Burn burnOf(const Slo &slo, const Aggregate &a, qint64 windowMs)
{
    Burn b;
    b.windowMs = windowMs;
    const auto [good, valid] = slo.goodAndValid(a);
    b.valid = valid;
    b.bad = std::max(0.0, valid - good);
    if (valid > 0)
        b.rate = (b.bad / valid) / slo.budget();
    return b;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', fraction >= 0.1 ? 1 : 2) + QStringLiteral(" %");
}

QString rate(const std::optional<double> &r)
{
    return r ? QString::number(*r, 'f', 1) + QLatin1Char('x') : QStringLiteral("-");
}

// What an alert of a rule says, with its figures.
struct Finding {
    QString rule;
    QString name;
    QString kind;
    QString scope;
    bool condition = false;
    int cooldownMinutes = 0;
    QString message; // while it holds
    QString resolvedMessage;
    QJsonObject details;
};

QJsonObject burnDetails(const Burn &b)
{
    QJsonObject o{{QStringLiteral("windowMinutes"), b.windowMs / kMinute}, {QStringLiteral("valid"), b.valid}, {QStringLiteral("bad"), b.bad}};
    if (b.rate)
        o.insert(QStringLiteral("burnRate"), *b.rate);
    return o;
}

QList<Finding> sloFindings(const SloStatus &s)
{
    QList<Finding> out;
    for (const bool fast : {true, false}) {
        Finding f;
        f.name = s.slo.name;
        f.rule = s.slo.name + (fast ? QStringLiteral(":fast") : QStringLiteral(":slow"));
        f.kind = fast ? QStringLiteral("slo_fast_burn") : QStringLiteral("slo_slow_burn");
        f.scope = s.slo.scope.describe();
        f.condition = fast ? s.fastBurning : s.slowBurning;
        const Burn &longer = fast ? s.burn1h : s.burn6h;
        const Burn &shorter = fast ? s.burn5m : s.burn30m;
        const double threshold = fast ? s.slo.fastBurnThreshold() : s.slo.slowBurnThreshold();
        const QString budget = s.budgetRemaining ? percent(*s.budgetRemaining) : QStringLiteral("unknown");
        f.message = QStringLiteral("%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8")
                        .arg(s.slo.name, rate(longer.rate), fast ? QStringLiteral("1 h") : QStringLiteral("6 h"), rate(shorter.rate),
                             fast ? QStringLiteral("5 min") : QStringLiteral("30 min"), QString::number(threshold, 'f', 1), budget, s.slo.describe());
        f.resolvedMessage = QStringLiteral("%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left")
                                .arg(s.slo.name, rate(longer.rate), fast ? QStringLiteral("1 h") : QStringLiteral("6 h"), rate(shorter.rate),
                                     fast ? QStringLiteral("5 min") : QStringLiteral("30 min"), budget);
        f.details = QJsonObject{{QStringLiteral("objectivePercent"), s.slo.objectivePercent},
                                {QStringLiteral("windowDays"), s.slo.windowDays},
                                {QStringLiteral("threshold"), threshold},
                                {QStringLiteral("long"), burnDetails(longer)},
                                {QStringLiteral("short"), burnDetails(shorter)}};
        if (s.budgetRemaining)
            f.details.insert(QStringLiteral("budgetRemaining"), *s.budgetRemaining);
        out.append(f);
    }
    return out;
}

Finding monitorFinding(const MonitorStatus &s)
{
    const ThresholdMonitor &m = s.monitor;
    Finding f;
    f.rule = m.name;
    f.name = m.name;
    f.kind = kindName(m.kind);
    f.scope = m.scope.describe();
    f.condition = s.condition;
    f.cooldownMinutes = m.cooldownMinutes;
    QString value;
    switch (m.kind) {
    case ThresholdMonitor::Kind::ErrorRate: value = s.value ? percent(*s.value) : QStringLiteral("-"); break;
    case ThresholdMonitor::Kind::LatencySpike: value = rate(s.value) + QStringLiteral(" the baseline"); break;
    case ThresholdMonitor::Kind::CostPerHour: value = s.value ? QStringLiteral("$%1").arg(*s.value, 0, 'f', 2) : QStringLiteral("-"); break;
    case ThresholdMonitor::Kind::NoTraffic:
        value = s.value ? QStringLiteral("%1 h without calls").arg(*s.value, 0, 'f', 1) : QStringLiteral("-");
        break;
    }
    f.message = QStringLiteral("%1: %2 (%3; %4 calls)").arg(m.name, value, m.describe()).arg(s.samples);
    f.resolvedMessage = QStringLiteral("%1: back to %2 (%3)").arg(m.name, value, m.describe());
    f.details = QJsonObject{{QStringLiteral("threshold"), s.threshold}, {QStringLiteral("samples"), s.samples}};
    if (s.value)
        f.details.insert(QStringLiteral("value"), *s.value);
    return f;
}

} // namespace

QString displayName(RuleDisplay display)
{
    switch (display) {
    case RuleDisplay::Resolved: return QStringLiteral("resolved");
    case RuleDisplay::Firing: return QStringLiteral("firing");
    case RuleDisplay::Muted: return QStringLiteral("muted");
    }
    return {};
}

RuleDisplay SloStatus::display() const
{
    if (fast == RuleDisplay::Firing || slow == RuleDisplay::Firing)
        return RuleDisplay::Firing;
    if (fast == RuleDisplay::Muted || slow == RuleDisplay::Muted)
        return RuleDisplay::Muted;
    return RuleDisplay::Resolved;
}

Evaluator::Evaluator(std::shared_ptr<Database> database, QString origin)
    : m_database(database)
    , m_queries(database)
    , m_store(std::move(database), std::move(origin))
{
}

Expected<SloStatus> Evaluator::sloStatus(const Slo &slo, qint64 nowMs) const
{
    SloStatus s;
    s.slo = slo;
    s.evaluatedAt = nowMs;
    auto windows = m_queries.recentWindows(slo.scope, nowMs, {5 * kMinute, 30 * kMinute, kHour, 6 * kHour});
    if (!windows)
        return windows.error();
    s.burn5m = burnOf(slo, windows->at(0), 5 * kMinute);
    s.burn30m = burnOf(slo, windows->at(1), 30 * kMinute);
    s.burn1h = burnOf(slo, windows->at(2), kHour);
    s.burn6h = burnOf(slo, windows->at(3), 6 * kHour);
    auto whole = m_queries.aggregate(slo.scope, nowMs - qint64(slo.windowDays) * usage::kMsPerDay, nowMs + 1, usage::Resolution::Hour);
    if (!whole)
        return whole.error();
    const auto [good, valid] = slo.goodAndValid(*whole);
    s.good = good;
    s.valid = valid;
    if (valid > 0) {
        s.sli = good / valid;
        s.budgetRemaining = 1.0 - ((valid - good) / valid) / slo.budget();
    }
    const auto above = [](const Burn &b, double threshold) { return b.rate && *b.rate > threshold; };
    s.fastBurning = s.burn1h.valid >= slo.minSamples && above(s.burn1h, slo.fastBurnThreshold()) && above(s.burn5m, slo.fastBurnThreshold());
    s.slowBurning = s.burn6h.valid >= slo.minSamples && above(s.burn6h, slo.slowBurnThreshold()) && above(s.burn30m, slo.slowBurnThreshold());
    return s;
}

Expected<QList<SloStatus>> Evaluator::sloStatuses(const QList<Slo> &slos, qint64 nowMs) const
{
    QList<SloStatus> out;
    for (const Slo &slo : slos) {
        auto s = sloStatus(slo, nowMs);
        if (!s)
            return s.error();
        out.append(*s);
    }
    return out;
}

Expected<MonitorStatus> Evaluator::monitorStatus(const ThresholdMonitor &m, qint64 nowMs) const
{
    MonitorStatus s;
    s.monitor = m;
    s.evaluatedAt = nowMs;
    const qint64 window = qint64(m.windowMinutes) * kMinute;
    switch (m.kind) {
    case ThresholdMonitor::Kind::ErrorRate: {
        auto w = m_queries.recentWindows(m.scope, nowMs, {window});
        if (!w)
            return w.error();
        const Aggregate &a = w->first();
        s.samples = a.attempts - a.cancelled;
        s.value = a.errorRate();
        s.threshold = m.thresholdPercent / 100.0;
        s.condition = s.samples >= m.minSamples && s.value && *s.value >= s.threshold;
        break;
    }
    case ThresholdMonitor::Kind::LatencySpike: {
        auto w = m_queries.recentWindows(m.scope, nowMs, {window, window + qint64(m.baselineHours) * kHour});
        if (!w)
            return w.error();
        const bool ttft = m.metric == LatencyMetric::Ttft;
        const auto countOf = [ttft](const Aggregate &a) { return ttft ? a.ok.ttftCount : a.ok.attempts; };
        const auto sumOf = [ttft](const Aggregate &a) { return ttft ? a.ok.ttftMsSum : a.ok.latencyMsSum; };
        const qint64 nowCount = countOf(w->at(0));
        const qint64 baseCount = countOf(w->at(1)) - nowCount;
        const qint64 baseSum = sumOf(w->at(1)) - sumOf(w->at(0));
        s.samples = nowCount;
        s.threshold = m.factor;
        if (nowCount > 0 && baseCount > 0 && baseSum > 0)
            s.value = (double(sumOf(w->at(0))) / double(nowCount)) / (double(baseSum) / double(baseCount));
        s.condition = nowCount >= m.minSamples && baseCount >= m.minSamples && s.value && *s.value > m.factor;
        break;
    }
    case ThresholdMonitor::Kind::CostPerHour: {
        auto w = m_queries.recentWindows(m.scope, nowMs, {kHour});
        if (!w)
            return w.error();
        s.samples = w->first().attempts;
        s.value = w->first().costUsd();
        s.threshold = m.thresholdUsd;
        s.condition = *s.value >= m.thresholdUsd;
        break;
    }
    case ThresholdMonitor::Kind::NoTraffic: {
        const qint64 span = qint64(m.hours) * kHour;
        auto w = m_queries.recentWindows(m.scope, nowMs, {span});
        if (!w)
            return w.error();
        s.samples = w->first().attempts;
        s.threshold = m.hours;
        if (s.samples > 0)
            break;
        // quiet for the whole span: only a scope that had calls before can have stopped
        auto before = m_queries.anyCalls(m.scope, nowMs - span);
        if (!before)
            return before.error();
        if (!*before)
            break;
        s.value = double(span) / double(kHour);
        s.condition = true;
        break;
    }
    }
    return s;
}

Expected<Evaluation> Evaluator::evaluate(const MonitoringConfig &config, qint64 nowMs)
{
    Evaluation e;
    e.at = nowMs;
    auto rules = m_store.ruleStates();
    if (!rules)
        return rules.error();
    QList<Finding> findings;
    for (const Slo &slo : config.slos) {
        auto s = sloStatus(slo, nowMs);
        if (!s)
            return s.error();
        e.slos.append(*s);
        findings += sloFindings(*s);
    }
    for (const ThresholdMonitor &m : config.monitors) {
        auto s = monitorStatus(m, nowMs);
        if (!s)
            return s.error();
        e.monitors.append(*s);
        findings.append(monitorFinding(*s));
    }

    // move the rules
    AlertStore &store = m_store;
    QSet<QString> mutedRules;
    QSet<QString> configured;
    for (const Finding &f : std::as_const(findings)) {
        configured.insert(f.rule);
        const RuleState rule = rules->value(f.rule);
        const bool muted = rule.mutedAt(nowMs);
        if (rule.openAlert && !f.condition) {
            auto resolved = store.resolve(*rule.openAlert, nowMs, f.resolvedMessage, f.details);
            if (!resolved)
                return resolved.error();
            if (!resolved->muted && !muted)
                e.resolved.append(*resolved);
        } else if (rule.openAlert) {
            // still firing: told now if it was raised while muted and the mute has ended
            auto open = store.alert(*rule.openAlert);
            if (!open)
                return open.error();
            if (*open && (*open)->muted && !muted) {
                if (auto marked = store.markNotified(*rule.openAlert); !marked)
                    return marked.error();
                Alert told = **open;
                told.muted = false;
                e.raised.append(told);
            }
        } else if (f.condition) {
            const bool cooling = rule.lastResolvedAt && nowMs < *rule.lastResolvedAt + qint64(f.cooldownMinutes) * kMinute;
            if (!cooling) {
                Alert a;
                a.rule = f.rule;
                a.name = f.name;
                a.kind = f.kind;
                a.scope = f.scope;
                a.startedAt = nowMs;
                a.message = f.message;
                a.details = f.details;
                a.muted = muted;
                auto raised = store.raise(a);
                if (!raised)
                    return raised.error();
                if (!muted)
                    e.raised.append(*raised);
            }
        }
        if (muted)
            mutedRules.insert(f.rule);
    }
    // rules whose SLO or monitor is gone resolve
    for (auto it = rules->cbegin(); it != rules->cend(); ++it) {
        if (configured.contains(it.key()) || !it->openAlert)
            continue;
        auto resolved = store.resolve(*it->openAlert, nowMs, QStringLiteral("%1: resolved, its SLO or monitor was removed").arg(it.key()), {});
        if (!resolved)
            return resolved.error();
        if (!resolved->muted && !it->mutedAt(nowMs))
            e.resolved.append(*resolved);
    }
    auto firing = store.history(AlertStore::kKeptAlerts, true);
    if (!firing)
        return firing.error();
    e.firing = *firing;
    QSet<QString> firingRules;
    for (const Alert &a : std::as_const(e.firing))
        firingRules.insert(a.rule);
    const auto displayOf = [&](const QString &rule) {
        if (mutedRules.contains(rule))
            return RuleDisplay::Muted;
        return firingRules.contains(rule) ? RuleDisplay::Firing : RuleDisplay::Resolved;
    };
    for (SloStatus &s : e.slos) {
        s.fast = displayOf(s.slo.name + QStringLiteral(":fast"));
        s.slow = displayOf(s.slo.name + QStringLiteral(":slow"));
    }
    for (MonitorStatus &s : e.monitors)
        s.display = displayOf(s.monitor.name);
    return e;
}

} // namespace sb::monitor
