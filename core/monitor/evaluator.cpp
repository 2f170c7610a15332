#include "monitor/evaluator.h"

#include "common/logging.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <map>

namespace sb::monitor {

namespace {

constexpr qint64 kMinute = usage::kMsPerMinute;
constexpr qint64 kHour = usage::kMsPerHour;

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

// One minute's or one hour's counts of a scope, and each latency question's good calls (ok calls whose
// metric is within the threshold).
struct Evaluator::Facts : Counts {
    QVarLengthArray<double, 2> good;
};

struct Evaluator::ScopeCache {
    Scope scope;
    QList<std::pair<LatencyMetric, double>> questions; // the latency SLOs' on this scope
    qint64 minuteSpan = 0; // how far back minutes are needed
    qint64 hourSpan = 0; // how far back hours are needed (0: none)
    bool needed = false; // by the configuration being evaluated
    bool loaded = false;
    qint64 minuteEnd = 0; // the end of what was read
    qint64 hourEnd = 0;
    std::map<qint64, Facts> minutes;
    std::map<qint64, Facts> hours;

    int question(LatencyMetric metric, double threshold) const { return int(questions.indexOf(std::pair{metric, threshold})); }
    // Adds a rollup row of this scope to the minute or hour at t, with the questions' good calls.
    void fold(std::map<qint64, Facts> &facts, qint64 t, const usage::MonitorGroup &g, const usage::MonitorSums &sums) const;
    // The sum of the minutes from `fromMs` (or the hours), with room for the questions.
    Facts sum(const std::map<qint64, Facts> &facts, qint64 fromMs) const
    {
        Facts total;
        total.good.resize(questions.size());
        std::fill(total.good.begin(), total.good.end(), 0.0);
        for (auto it = facts.lower_bound(fromMs); it != facts.cend(); ++it) {
            total.merge(it->second);
            for (qsizetype i = 0; i < total.good.size() && i < it->second.good.size(); ++i)
                total.good[i] += it->second.good[i];
        }
        return total;
    }
};

namespace {

constexpr qint64 kMinuteReread = 10 * kMinute; // minutes this recent are read again: late calls may still land there
constexpr qint64 kHourReread = 2 * kHour;

// good and valid calls for an SLO's SLI
std::pair<double, double> goodAndValid(const Slo &slo, const Counts &counts, const QVarLengthArray<double, 2> &good, int question)
{
    if (slo.kind == Slo::Kind::Availability) {
        const bool requests = slo.scope.countsRequests();
        const double valid = double(counts.availabilityValid(requests));
        return {valid - double(counts.availabilityBad(requests)), valid};
    }
    const double valid = double(slo.metric == LatencyMetric::Ttft ? counts.okTtftCount : counts.okCount);
    return {question >= 0 && question < good.size() ? good[question] : 0.0, valid};
}

} // namespace

Evaluator::Evaluator(std::shared_ptr<Database> database, QString origin)
    : m_database(database)
    , m_queries(database)
    , m_store(std::move(database), std::move(origin))
{
}

Evaluator::~Evaluator() = default;

Evaluator::ScopeCache &Evaluator::cacheOf(const Scope &scope)
{
    for (auto &c : m_caches) {
        if (c->scope == scope)
            return *c;
    }
    m_caches.push_back(std::make_unique<ScopeCache>());
    m_caches.back()->scope = scope;
    return *m_caches.back();
}

Expected<void> Evaluator::prepare(const QList<Slo> &slos, const QList<ThresholdMonitor> &monitors, qint64 nowMs)
{
    // what each scope needs now
    struct Need {
        QList<std::pair<LatencyMetric, double>> questions;
        qint64 minuteSpan = 0;
        qint64 hourSpan = 0;
    };
    std::vector<std::pair<Scope, Need>> needs;
    const auto needOf = [&needs](const Scope &scope) -> Need & {
        for (auto &[s, n] : needs) {
            if (s == scope)
                return n;
        }
        needs.emplace_back(scope, Need{});
        return needs.back().second;
    };
    for (const Slo &slo : slos) {
        Need &n = needOf(slo.scope);
        n.minuteSpan = std::max(n.minuteSpan, 6 * kHour);
        n.hourSpan = std::max(n.hourSpan, qint64(slo.windowDays) * usage::kMsPerDay);
        if (slo.kind == Slo::Kind::Latency && !n.questions.contains(std::pair{slo.metric, slo.thresholdMs}))
            n.questions.append({slo.metric, slo.thresholdMs});
    }
    for (const ThresholdMonitor &m : monitors) {
        Need &n = needOf(m.scope);
        const qint64 window = qint64(m.windowMinutes) * kMinute;
        switch (m.kind) {
        case ThresholdMonitor::Kind::ErrorRate: n.minuteSpan = std::max(n.minuteSpan, window); break;
        case ThresholdMonitor::Kind::LatencySpike: n.minuteSpan = std::max(n.minuteSpan, window + qint64(m.baselineHours) * kHour); break;
        case ThresholdMonitor::Kind::CostPerHour: n.minuteSpan = std::max(n.minuteSpan, kHour); break;
        case ThresholdMonitor::Kind::NoTraffic: n.minuteSpan = std::max(n.minuteSpan, qint64(m.hours) * kHour); break;
        }
    }
    for (auto &c : m_caches)
        c->needed = false;
    for (const auto &[scope, need] : needs) {
        ScopeCache &c = cacheOf(scope);
        c.needed = true;
        // more than it holds: read it all again
        if (c.questions != need.questions || need.minuteSpan > c.minuteSpan || need.hourSpan > c.hourSpan)
            c.loaded = false;
        c.questions = need.questions;
        c.minuteSpan = need.minuteSpan;
        c.hourSpan = need.hourSpan;
    }
    m_caches.erase(std::remove_if(m_caches.begin(), m_caches.end(), [](const auto &c) { return !c->needed; }), m_caches.end());
    // A scope read for the first time reads its whole windows alone; the others read their recent
    // minutes and hours again together, in one pass over every group's rows (per scope that was a
    // pass each: 16 rules cost 217 ms CPU a minute at 1,000 calls/s, bench/monitor).
    std::vector<ScopeCache *> warm;
    for (auto &c : m_caches) {
        if (c->loaded) {
            warm.push_back(c.get());
        } else if (auto refreshed = refresh(*c, nowMs); !refreshed) {
            return refreshed;
        }
    }
    return refreshTogether(warm, nowMs);
}

namespace {

// What a cache keeps of one resolution now, and what of it is read (again).
struct Window {
    qint64 from = 0; // facts before this are dropped
    qint64 readFrom = 0;
    qint64 end = 0;
};

Window windowOf(bool loaded, usage::Resolution resolution, qint64 span, qint64 reread, qint64 lastEnd, qint64 nowMs)
{
    const qint64 size = usage::resolutionMs(resolution);
    Window w;
    w.end = usage::bucketStart(resolution, nowMs) + size;
    w.from = usage::bucketStart(resolution, w.end - size - span);
    w.readFrom = loaded ? std::max(w.from, std::min(lastEnd, w.end) - reread) : w.from;
    return w;
}

} // namespace

void Evaluator::ScopeCache::fold(std::map<qint64, Facts> &facts, qint64 t, const usage::MonitorGroup &g, const usage::MonitorSums &sums) const
{
    Facts &f = facts[t];
    if (f.good.size() != questions.size()) {
        f.good.resize(questions.size());
        std::fill(f.good.begin(), f.good.end(), 0.0);
    }
    f.add(g, sums);
    if (g.status != usage::CallStatus::Ok)
        return;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const auto &[metric, threshold] = questions.at(i);
        f.good[i] += (metric == LatencyMetric::Ttft ? sums.ttft : sums.latency).countAtMost(threshold);
    }
}

Expected<void> Evaluator::refresh(ScopeCache &c, qint64 nowMs) const
{
    const auto update = [&](std::map<qint64, Facts> &facts, usage::Resolution resolution, qint64 span, qint64 reread,
                            qint64 &lastEnd) -> Expected<void> {
        const Window w = windowOf(c.loaded, resolution, span, reread, lastEnd, nowMs);
        facts.erase(facts.begin(), facts.lower_bound(w.from));
        facts.erase(facts.lower_bound(w.readFrom), facts.end());
        auto read = m_queries.rows(
            c.scope, w.readFrom, w.end, resolution,
            [&](qint64 t, const usage::MonitorGroup &g, const usage::MonitorSums &sums) { c.fold(facts, t, g, sums); }, !c.questions.isEmpty());
        if (!read)
            return read;
        lastEnd = w.end;
        return {};
    };
    if (auto done = update(c.minutes, usage::Resolution::Minute, c.minuteSpan, kMinuteReread, c.minuteEnd); !done)
        return done;
    if (c.hourSpan > 0) {
        if (auto done = update(c.hours, usage::Resolution::Hour, c.hourSpan, kHourReread, c.hourEnd); !done)
            return done;
    }
    c.loaded = true;
    return {};
}

Expected<void> Evaluator::refreshTogether(const std::vector<ScopeCache *> &caches, qint64 nowMs) const
{
    for (const usage::Resolution resolution : {usage::Resolution::Minute, usage::Resolution::Hour}) {
        const bool minutes = resolution == usage::Resolution::Minute;
        std::vector<std::pair<ScopeCache *, Window>> reading;
        qint64 readFrom = std::numeric_limits<qint64>::max();
        bool histograms = false;
        for (ScopeCache *c : caches) {
            if (!minutes && c->hourSpan <= 0)
                continue;
            const Window w = minutes ? windowOf(true, resolution, c->minuteSpan, kMinuteReread, c->minuteEnd, nowMs)
                                     : windowOf(true, resolution, c->hourSpan, kHourReread, c->hourEnd, nowMs);
            std::map<qint64, Facts> &facts = minutes ? c->minutes : c->hours;
            facts.erase(facts.begin(), facts.lower_bound(w.from));
            facts.erase(facts.lower_bound(w.readFrom), facts.end());
            reading.emplace_back(c, w);
            readFrom = std::min(readFrom, w.readFrom);
            histograms = histograms || !c->questions.isEmpty();
        }
        if (reading.empty())
            continue;
        const qint64 end = reading.front().second.end; // the same for every cache: it depends on now alone
        auto read = m_queries.rows(
            Scope{}, readFrom, end, resolution,
            [&](qint64 t, const usage::MonitorGroup &g, const usage::MonitorSums &sums) {
                for (auto &[c, w] : reading) {
                    if (t >= w.readFrom && c->scope.matches(g))
                        c->fold(minutes ? c->minutes : c->hours, t, g, sums);
                }
            },
            histograms);
        if (!read) {
            // what was dropped above is missing now: read those scopes whole next time
            for (auto &[c, w] : reading)
                c->loaded = false;
            return read;
        }
        for (auto &[c, w] : reading)
            (minutes ? c->minuteEnd : c->hourEnd) = end;
    }
    return {};
}

SloStatus Evaluator::sloStatus(const Slo &slo, qint64 nowMs)
{
    ScopeCache &c = cacheOf(slo.scope);
    const int question = c.question(slo.metric, slo.thresholdMs);
    SloStatus s;
    s.slo = slo;
    s.evaluatedAt = nowMs;
    const qint64 end = usage::bucketStart(usage::Resolution::Minute, nowMs) + kMinute; // the minute holding now is the last
    const auto burn = [&](qint64 windowMs) {
        const Facts f = c.sum(c.minutes, end - windowMs);
        Burn b;
        b.windowMs = windowMs;
        const auto [good, valid] = goodAndValid(slo, f, f.good, question);
        b.valid = valid;
        b.bad = std::max(0.0, valid - good);
        if (valid > 0)
            b.rate = (b.bad / valid) / slo.budget();
        return b;
    };
    s.burn5m = burn(5 * kMinute);
    s.burn30m = burn(30 * kMinute);
    s.burn1h = burn(kHour);
    s.burn6h = burn(6 * kHour);
    const Facts whole = c.sum(c.hours, usage::bucketStart(usage::Resolution::Hour, nowMs - qint64(slo.windowDays) * usage::kMsPerDay));
    const auto [good, valid] = goodAndValid(slo, whole, whole.good, question);
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

Expected<QList<SloStatus>> Evaluator::sloStatuses(const QList<Slo> &slos, qint64 nowMs)
{
    if (auto prepared = prepare(slos, {}, nowMs); !prepared)
        return prepared.error();
    QList<SloStatus> out;
    for (const Slo &slo : slos)
        out.append(sloStatus(slo, nowMs));
    return out;
}

Expected<MonitorStatus> Evaluator::monitorStatus(const ThresholdMonitor &m, qint64 nowMs)
{
    ScopeCache &c = cacheOf(m.scope);
    const qint64 end = usage::bucketStart(usage::Resolution::Minute, nowMs) + kMinute;
    MonitorStatus s;
    s.monitor = m;
    s.evaluatedAt = nowMs;
    const qint64 window = qint64(m.windowMinutes) * kMinute;
    switch (m.kind) {
    case ThresholdMonitor::Kind::ErrorRate: {
        const Facts f = c.sum(c.minutes, end - window);
        s.samples = f.attempts - f.cancelled;
        s.value = f.errorRate();
        s.threshold = m.thresholdPercent / 100.0;
        s.condition = s.samples >= m.minSamples && s.value && *s.value >= s.threshold;
        break;
    }
    case ThresholdMonitor::Kind::LatencySpike: {
        const Facts now = c.sum(c.minutes, end - window);
        const Facts all = c.sum(c.minutes, end - window - qint64(m.baselineHours) * kHour);
        const bool ttft = m.metric == LatencyMetric::Ttft;
        const auto countOf = [ttft](const Counts &f) { return ttft ? f.okTtftCount : f.okCount; };
        const auto sumOf = [ttft](const Counts &f) { return ttft ? f.okTtftMsSum : f.okLatencyMsSum; };
        const qint64 nowCount = countOf(now);
        const qint64 baseCount = countOf(all) - nowCount;
        const qint64 baseSum = sumOf(all) - sumOf(now);
        s.samples = nowCount;
        s.threshold = m.factor;
        if (nowCount > 0 && baseCount > 0 && baseSum > 0)
            s.value = (double(sumOf(now)) / double(nowCount)) / (double(baseSum) / double(baseCount));
        s.condition = nowCount >= m.minSamples && baseCount >= m.minSamples && s.value && *s.value > m.factor;
        break;
    }
    case ThresholdMonitor::Kind::CostPerHour: {
        const Facts f = c.sum(c.minutes, end - kHour);
        s.samples = f.attempts;
        s.value = f.costUsd();
        s.threshold = m.thresholdUsd;
        s.condition = *s.value >= m.thresholdUsd;
        break;
    }
    case ThresholdMonitor::Kind::NoTraffic: {
        const qint64 span = qint64(m.hours) * kHour;
        s.samples = c.sum(c.minutes, end - span).attempts;
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
    if (auto prepared = prepare(config.slos, config.monitors, nowMs); !prepared)
        return prepared.error();
    QList<Finding> findings;
    for (const Slo &slo : config.slos) {
        e.slos.append(sloStatus(slo, nowMs));
        findings += sloFindings(e.slos.constLast());
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
    // a canary's rules move when it runs (CanaryStore::record), not here
    for (const Canary &c : config.canaries) {
        for (const QString &model : c.models)
            configured.insert(c.rule(model));
    }
    // rules whose SLO, monitor or canary is gone resolve
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
    for (const Alert &a : std::as_const(e.firing)) {
        firingRules.insert(a.rule);
        if (a.kind == QLatin1String("canary_drop") && !rules->value(a.rule).mutedAt(nowMs))
            ++e.canariesFiring;
    }
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
