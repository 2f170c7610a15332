#include "monitor/prometheus.h"

#include "storage/database.h"

#include <QMutex>
#include <QMutexLocker>

#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace sb::monitor {

using usage::LogHistogram;
using usage::MonitorGroup;
using usage::MonitorSums;

namespace {

constexpr int kFirstLeExponent = 4; // 16 ms
constexpr int kLastLeExponent = 18; // 262144 ms

QByteArray number(double v)
{
    if (std::isnan(v))
        return QByteArrayLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', 15);
}

// One metric family: its lines, written together after its HELP and TYPE. Samples are appended in
// place (a /metrics text of a few thousand groups has a few hundred thousand lines).
class Family
{
public:
    Family(const char *name, const char *type, const char *help)
        : m_name(name)
    {
        m_text = "# HELP " + m_name + ' ' + help + "\n# TYPE " + m_name + ' ' + type + '\n';
    }
    // name + suffix + {labels[,extra]} + value; `extra` is a whole label (`le="0.016"`) or empty
    void sample(const char *suffix, const QByteArray &labels, double value, const QByteArray &extra = {})
    {
        m_text += m_name;
        m_text += suffix;
        if (!labels.isEmpty() || !extra.isEmpty()) {
            m_text += '{';
            m_text += labels;
            if (!labels.isEmpty() && !extra.isEmpty())
                m_text += ',';
            m_text += extra;
            m_text += '}';
        }
        m_text += ' ';
        appendNumber(value);
        m_text += '\n';
        ++m_samples;
    }
    void appendTo(QByteArray &out) const
    {
        if (m_samples > 0)
            out += m_text;
    }

private:
    void appendNumber(double v)
    {
        if (v == std::floor(v) && std::abs(v) < 1e15) {
            // integers (counts, almost every sample): digits written here, no allocation
            char digits[24];
            char *end = digits + sizeof digits;
            char *p = end;
            qint64 n = qint64(v);
            const bool negative = n < 0;
            quint64 u = negative ? quint64(-n) : quint64(n);
            do {
                *--p = char('0' + u % 10);
                u /= 10;
            } while (u != 0);
            if (negative)
                *--p = '-';
            m_text.append(p, end - p);
            return;
        }
        m_text += number(v);
    }

    QByteArray m_name;
    QByteArray m_text;
    int m_samples = 0;
};

QByteArray label(const char *name, const QString &value)
{
    return QByteArray(name) + "=\"" + prometheusEscape(value) + '"';
}

QByteArray join(std::initializer_list<QByteArray> parts)
{
    QByteArray out;
    for (const QByteArray &p : parts) {
        if (p.isEmpty())
            continue;
        if (!out.isEmpty())
            out += ',';
        out += p;
    }
    return out;
}

// The histograms' `le` bounds: their labels, and how many of the rollups' buckets lie at or below each
// (LogHistogram::countAtMostBoundary, taken once instead of per bound and histogram).
struct LeBounds {
    static constexpr int kCount = kLastLeExponent - kFirstLeExponent + 1;
    std::array<QByteArray, kCount> labels;
    std::array<int, kCount> bucketsAtMost{};
    LeBounds()
    {
        for (int e = kFirstLeExponent; e <= kLastLeExponent; ++e) {
            const double boundMs = std::exp2(e);
            labels[std::size_t(e - kFirstLeExponent)] = label("le", QString::fromLatin1(number(boundMs / 1000.0)));
            int n = 0;
            while (n < LogHistogram::kBuckets - 1 && LogHistogram::upperBound(n) <= boundMs * (1 + 1e-12))
                ++n;
            bucketsAtMost[std::size_t(e - kFirstLeExponent)] = n;
        }
    }
};

void histogram(Family &family, const QByteArray &labels, const LogHistogram &h, double sumSeconds)
{
    static const LeBounds bounds;
    static const QByteArray inf = QByteArrayLiteral("le=\"+Inf\"");
    qint64 below = 0;
    int bucket = 0;
    for (int i = 0; i < LeBounds::kCount; ++i) {
        for (const int end = bounds.bucketsAtMost[std::size_t(i)]; bucket < end; ++bucket)
            below += h.bucketCount(bucket);
        family.sample("_bucket", labels, double(below), bounds.labels[std::size_t(i)]);
    }
    family.sample("_bucket", labels, double(h.count()), inf);
    family.sample("_sum", labels, sumSeconds);
    family.sample("_count", labels, double(h.count()));
}

} // namespace

QByteArray prometheusEscape(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
    return out;
}

struct ClosedDayTotals::Impl {
    QMutex mutex;
    qint64 upToMs = 0; // 0: nothing summed yet
    std::map<MonitorGroup, MonitorSums> sums;
    // the SLOs' evaluator, kept between scrapes: it follows the ledger writers of this process instead
    // of reading every SLO's window whole each time (Evaluator)
    std::unique_ptr<Evaluator> evaluator;
    std::weak_ptr<Database> evaluatorDatabase;
};

ClosedDayTotals::ClosedDayTotals()
    : d(std::make_unique<Impl>())
{
}

ClosedDayTotals::~ClosedDayTotals() = default;

qint64 ClosedDayTotals::summedUpToMs() const
{
    QMutexLocker lock(&d->mutex);
    return d->upToMs;
}

Expected<QByteArray> prometheusText(const std::shared_ptr<Database> &database, const QList<Slo> &slos, const QList<usage::BudgetStatus> &budgets,
                                    qint64 nowMs, ClosedDayTotals *closed)
{
    // every day row since the ledger began, summed per group: those of days long over from `closed`
    // (brought up to date first), the rest read now
    MonitorQueries queries(database, [nowMs] { return nowMs; });
    const auto sumRows = [&queries](qint64 fromMs, qint64 toMs, std::map<MonitorGroup, MonitorSums> &into) {
        return queries.rows(Scope{}, fromMs, toMs, usage::Resolution::Day,
                            [&into](qint64, const MonitorGroup &g, const MonitorSums &s) { into[g].merge(s); });
    };
    std::optional<QMutexLocker<QMutex>> lock;
    qint64 recentFromMs = std::numeric_limits<qint64>::min();
    if (closed) {
        lock.emplace(&closed->d->mutex);
        constexpr qint64 kSettleMs = 6 * 3'600'000;
        const qint64 overUpTo = usage::bucketStart(usage::Resolution::Day, nowMs - kSettleMs);
        ClosedDayTotals::Impl &c = *closed->d;
        if (overUpTo > c.upToMs) {
            std::map<MonitorGroup, MonitorSums> added;
            if (auto read = sumRows(c.upToMs == 0 ? std::numeric_limits<qint64>::min() : c.upToMs, overUpTo, added); !read)
                return read.error();
            for (auto &[g, s] : added)
                c.sums[g].merge(s);
            c.upToMs = overUpTo;
        }
        recentFromMs = c.upToMs;
    }
    std::map<MonitorGroup, MonitorSums> recent;
    if (auto read = sumRows(recentFromMs, nowMs + usage::kMsPerDay, recent); !read)
        return read.error();
    static const std::map<MonitorGroup, MonitorSums> kNone;
    const std::map<MonitorGroup, MonitorSums> &older = closed ? closed->d->sums : kNone;

    Family calls("switchboard_calls_total", "counter", "Provider calls (attempts) by provider, model asked for, route, source, proxy key, status.");
    Family requests("switchboard_requests_total", "counter",
                    "Dispatches (first attempts) by provider, model asked for, route, source, proxy key, status.");
    Family tokens("switchboard_tokens_total", "counter", "Tokens by type (input excludes cache reads and writes, output includes reasoning).");
    Family cost("switchboard_cost_usd_total", "counter", "Cost in US dollars from the model catalog's prices.");
    Family latency("switchboard_latency_seconds", "histogram", "Total latency of provider calls.");
    Family ttft("switchboard_ttft_seconds", "histogram", "Time to first token of provider calls.");
    std::map<QByteArray, std::array<qint64, 6>> byCall; // labels without status: tokens x5, cost
    const auto sample = [&](const MonitorGroup &g, const MonitorSums &s) {
        const QByteArray base = join({label("provider", g.provider), label("model", g.model), label("route", g.route),
                                      label("source", usage::sourceName(g.source)), label("key", g.sourceKey)});
        const QByteArray withStatus = join({base, label("status", usage::statusName(g.status))});
        const QByteArray withKind = join({withStatus, label("error_kind", g.errorKind)});
        calls.sample("", withKind, double(s.attempts));
        requests.sample("", withKind, double(s.requests));
        auto &sums = byCall[base];
        sums[0] += s.inputTokens;
        sums[1] += s.outputTokens;
        sums[2] += s.cacheReadTokens;
        sums[3] += s.cacheWriteTokens;
        sums[4] += s.reasoningTokens;
        sums[5] += s.costNano;
        histogram(latency, withKind, s.latency, double(s.latencyMsSum) / 1000.0);
        if (s.ttftCount > 0)
            histogram(ttft, withKind, s.ttft, double(s.ttftMsSum) / 1000.0);
    };
    // both maps in group order, merged where a group is in both: the samples come in group order
    auto o = older.cbegin();
    auto r = recent.cbegin();
    while (o != older.cend() || r != recent.cend()) {
        if (r == recent.cend() || (o != older.cend() && o->first < r->first)) {
            sample(o->first, o->second);
            ++o;
        } else if (o == older.cend() || r->first < o->first) {
            sample(r->first, r->second);
            ++r;
        } else {
            MonitorSums both = o->second;
            both.merge(r->second);
            sample(o->first, both);
            ++o;
            ++r;
        }
    }
    for (const auto &[base, sums] : byCall) {
        static const char *types[] = {"input", "output", "cache_read", "cache_write", "reasoning"};
        for (int i = 0; i < 5; ++i)
            tokens.sample("", base, double(sums[std::size_t(i)]), label("type", QString::fromLatin1(types[i])));
        cost.sample("", base, usage::nanoToUsd(sums[5]));
    }

    Family objective("switchboard_slo_objective", "gauge", "The SLO's objective as a ratio (0.99 for 99 %).");
    Family sli("switchboard_slo_sli", "gauge", "The ratio of good calls over the SLO's window.");
    Family remaining("switchboard_slo_error_budget_remaining", "gauge",
                     "The SLO's error budget left over its window (1 untouched, 0 spent, below 0 overspent).");
    Family burn("switchboard_slo_burn_rate", "gauge",
                "How fast the SLO's error budget burns over a window (1 spends it exactly over the SLO's window).");
    if (!slos.isEmpty()) {
        std::optional<Evaluator> once;
        Evaluator *evaluator = nullptr;
        if (closed) {
            ClosedDayTotals::Impl &c = *closed->d; // locked above
            if (!c.evaluator || c.evaluatorDatabase.lock() != database) {
                c.evaluator = std::make_unique<Evaluator>(database, QStringLiteral("metrics"));
                c.evaluatorDatabase = database;
            }
            evaluator = c.evaluator.get();
        } else {
            evaluator = &once.emplace(database, QStringLiteral("metrics"));
        }
        auto statuses = evaluator->sloStatuses(slos, nowMs);
        if (!statuses) {
            if (closed)
                closed->d->evaluator.reset(); // read whole again next time
            return statuses.error();
        }
        for (const SloStatus &s : std::as_const(*statuses)) {
            const QByteArray name = label("slo", s.slo.name);
            objective.sample("", name, s.slo.objectivePercent / 100.0);
            if (s.sli)
                sli.sample("", name, *s.sli);
            if (s.budgetRemaining)
                remaining.sample("", name, *s.budgetRemaining);
            for (const auto &[window, b] :
                 {std::pair{"5m", s.burn5m}, std::pair{"30m", s.burn30m}, std::pair{"1h", s.burn1h}, std::pair{"6h", s.burn6h}}) {
                if (b.rate)
                    burn.sample("", join({name, label("window", QString::fromLatin1(window))}), *b.rate);
            }
        }
    }

    Family spent("switchboard_budget_spent_usd", "gauge", "Spend in the budget's current period, in US dollars.");
    Family limit("switchboard_budget_limit_usd", "gauge", "The budget's limits, in US dollars.");
    std::map<QByteArray, int> seen; // two budgets of one scope, target and period: the later one is told apart by an index
    for (const usage::BudgetStatus &b : budgets) {
        QByteArray labels = join({label("scope", usage::scopeName(b.budget.scope)), label("target", b.budget.target),
                                  label("period", usage::periodName(b.budget.period))});
        if (const int n = seen[labels]++; n > 0)
            labels = join({labels, label("index", QString::number(n))});
        spent.sample("", labels, b.spentUsd());
        if (b.budget.softLimitUsd)
            limit.sample("", join({labels, label("limit", QStringLiteral("soft"))}), *b.budget.softLimitUsd);
        if (b.budget.hardLimitUsd)
            limit.sample("", join({labels, label("limit", QStringLiteral("hard"))}), *b.budget.hardLimitUsd);
    }

    QByteArray out;
    for (const Family *f : {&calls, &requests, &tokens, &cost, &latency, &ttft, &objective, &sli, &remaining, &burn, &spent, &limit})
        f->appendTo(out);
    return out;
}

} // namespace sb::monitor
