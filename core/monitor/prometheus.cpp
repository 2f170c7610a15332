#include "monitor/prometheus.h"

#include "storage/database.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
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

// Writes into a QByteArray through a pointer, in room made ahead: a /metrics text of a few thousand
// groups has a few hundred thousand lines, and QByteArray::append's checks for each piece of each line
// were a large part of a scrape (bench/monitor). At most `room` bytes may be written.
class Writer
{
public:
    Writer(QByteArray &out, qsizetype room)
        : m_out(out)
    {
        const qsizetype size = out.size();
        if (out.capacity() - size < room)
            out.reserve(std::max(2 * out.capacity(), size + room));
        out.resize(size + room);
        m_p = out.data() + size;
    }
    ~Writer() { m_out.resize(m_p - m_out.constData()); }
    Q_DISABLE_COPY_MOVE(Writer)

    void put(const char *text, qsizetype n)
    {
        std::memcpy(m_p, text, std::size_t(n));
        m_p += n;
    }
    void put(const QByteArray &text) { put(text.constData(), text.size()); }
    void put(char c) { *m_p++ = c; }
    // An integer's digits (counts, almost every sample).
    void integer(qint64 n)
    {
        char digits[24];
        char *end = digits + sizeof digits;
        char *p = end;
        const bool negative = n < 0;
        quint64 u = negative ? quint64(0) - quint64(n) : quint64(n);
        do {
            *--p = char('0' + u % 10);
            u /= 10;
        } while (u != 0);
        if (negative)
            *--p = '-';
        put(p, end - p);
    }
    // What number() writes.
    void value(double v)
    {
        if (v == std::floor(v) && std::abs(v) < 1e15)
            integer(qint64(v));
        else
            put(number(v));
    }

private:
    QByteArray &m_out;
    char *m_p = nullptr;
};

constexpr qsizetype kNumberRoom = 40; // a number and a line's punctuation

// One metric family: its lines, written together after its HELP and TYPE. Samples are appended in
// place.
class Family
{
public:
    Family(const char *name, const char *type, const char *help)
        : m_name(name)
    {
        m_text = "# HELP " + m_name + ' ' + help + "\n# TYPE " + m_name + ' ' + type + '\n';
    }
    const QByteArray &name() const { return m_name; }
    // name + suffix + {labels[,extra]} + value; `extra` is a whole label (`le="0.016"`) or empty
    void sample(const char *suffix, const QByteArray &labels, double value, const QByteArray &extra = {})
    {
        const qsizetype suffixSize = qsizetype(std::strlen(suffix));
        Writer w(m_text, m_name.size() + suffixSize + labels.size() + extra.size() + kNumberRoom);
        w.put(m_name);
        w.put(suffix, suffixSize);
        if (!labels.isEmpty() || !extra.isEmpty()) {
            w.put('{');
            w.put(labels);
            if (!labels.isEmpty() && !extra.isEmpty())
                w.put(',');
            w.put(extra);
            w.put('}');
        }
        w.put(' ');
        w.value(value);
        w.put('\n');
        ++m_samples;
    }
    // Its text so far, for lines a caller writes itself (a histogram's buckets); counted() tells how many.
    QByteArray &text() { return m_text; }
    void counted(int samples) { m_samples += samples; }
    void appendTo(QByteArray &out) const
    {
        if (m_samples > 0)
            out += m_text;
    }

private:
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

// Appends `name="value"` (escaped) to labels being built, after a comma when there are some already:
// what join() of label()s writes, without a QByteArray per label.
void appendLabel(QByteArray &labels, const char *name, const QString &value)
{
    if (!labels.isEmpty())
        labels += ',';
    labels += name;
    labels += "=\"";
    labels += prometheusEscape(value);
    labels += '"';
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

// A histogram's samples, of `a` and `b` (when set) added up, as Family::sample writes them.
void histogram(Family &family, const QByteArray &labels, const LogHistogram &a, const LogHistogram *b, double sumSeconds)
{
    static const LeBounds bounds;
    static const QByteArray inf = QByteArrayLiteral("le=\"+Inf\"");
    const qint64 count = a.count() + (b ? b->count() : 0);
    // the bucket lines: `name_bucket{labels,` + `le="..."} ` + count
    static constexpr char kBucket[] = "_bucket{";
    const qsizetype bucketSize = qsizetype(sizeof kBucket) - 1;
    qsizetype room = 0;
    for (const QByteArray &le : bounds.labels)
        room += family.name().size() + bucketSize + labels.size() + le.size() + kNumberRoom;
    {
        Writer w(family.text(), room);
        qint64 below = 0;
        int bucket = 0;
        for (int i = 0; i < LeBounds::kCount; ++i) {
            for (const int end = bounds.bucketsAtMost[std::size_t(i)]; bucket < end; ++bucket)
                below += a.bucketCount(bucket) + (b ? b->bucketCount(bucket) : 0);
            w.put(family.name());
            w.put(kBucket, bucketSize);
            w.put(labels);
            if (!labels.isEmpty())
                w.put(',');
            w.put(bounds.labels[std::size_t(i)]);
            w.put("} ", 2);
            w.integer(below);
            w.put('\n');
        }
    }
    family.counted(LeBounds::kCount);
    family.sample("_bucket", labels, double(count), inf);
    family.sample("_sum", labels, sumSeconds);
    family.sample("_count", labels, double(count));
}

} // namespace

QByteArray prometheusEscape(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    const auto special = [](char c) { return c == '\\' || c == '"' || c == '\n'; };
    if (std::none_of(utf8.cbegin(), utf8.cend(), special))
        return utf8; // almost every value: nothing to escape
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (const char c : std::as_const(utf8)) {
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
    // per group: the sums, and its labels as written (made once: they were a sixth of a scrape)
    struct Closed {
        MonitorSums sums;
        QByteArray labels[2]; // without and with the status and error kind; empty until written once
    };
    std::map<MonitorGroup, Closed> sums;
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
    // (the latency and TTFT histograms: the text has no others)
    const auto sumRows = [&queries](qint64 fromMs, qint64 toMs, std::map<MonitorGroup, MonitorSums> &into) {
        return queries.rows(
            Scope{}, fromMs, toMs, usage::Resolution::Day, [&into](qint64, const MonitorGroup &g, const MonitorSums &s) { into[g].merge(s); },
            MonitorQueries::RowHistograms::LatencyAndTtft);
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
                c.sums[g].sums.merge(s);
            c.upToMs = overUpTo;
        }
        recentFromMs = c.upToMs;
    }
    std::map<MonitorGroup, MonitorSums> recent;
    if (auto read = sumRows(recentFromMs, nowMs + usage::kMsPerDay, recent); !read)
        return read.error();
    std::map<MonitorGroup, ClosedDayTotals::Impl::Closed> none;
    std::map<MonitorGroup, ClosedDayTotals::Impl::Closed> &older = closed ? closed->d->sums : none;

    Family calls("switchboard_calls_total", "counter", "Provider calls (attempts) by provider, model asked for, route, source, proxy key, status.");
    Family requests("switchboard_requests_total", "counter",
                    "Dispatches (first attempts) by provider, model asked for, route, source, proxy key, status.");
    Family tokens("switchboard_tokens_total", "counter", "Tokens by type (input excludes cache reads and writes, output includes reasoning).");
    Family cost("switchboard_cost_usd_total", "counter", "Cost in US dollars from the model catalog's prices.");
    Family latency("switchboard_latency_seconds", "histogram", "Total latency of provider calls.");
    Family ttft("switchboard_ttft_seconds", "histogram", "Time to first token of provider calls.");
    std::map<QByteArray, std::array<qint64, 6>> byCall; // labels without status: tokens x5, cost
    // A group's samples, of `s` and `more` (when set: the same group's other sums) added up. Its
    // labels are written into `labels` unless they are there already (a closed group's, kept).
    QByteArray recentLabels[2];
    const auto sample = [&](const MonitorGroup &g, const MonitorSums &s, const MonitorSums *more, QByteArray *labels) {
        const auto sum = [&s, more](qint64 MonitorSums::*counter) { return s.*counter + (more ? more->*counter : 0); };
        QByteArray &groupLabels = labels[0]; // without the status
        QByteArray &withKind = labels[1];
        if (groupLabels.isEmpty()) {
            appendLabel(groupLabels, "provider", g.provider);
            appendLabel(groupLabels, "model", g.model);
            appendLabel(groupLabels, "route", g.route);
            appendLabel(groupLabels, "source", usage::sourceName(g.source));
            appendLabel(groupLabels, "key", g.sourceKey);
            withKind.truncate(0);
            withKind += groupLabels;
            appendLabel(withKind, "status", usage::statusName(g.status));
            appendLabel(withKind, "error_kind", g.errorKind);
        }
        calls.sample("", withKind, double(sum(&MonitorSums::attempts)));
        requests.sample("", withKind, double(sum(&MonitorSums::requests)));
        auto &sums = byCall[groupLabels];
        sums[0] += sum(&MonitorSums::inputTokens);
        sums[1] += sum(&MonitorSums::outputTokens);
        sums[2] += sum(&MonitorSums::cacheReadTokens);
        sums[3] += sum(&MonitorSums::cacheWriteTokens);
        sums[4] += sum(&MonitorSums::reasoningTokens);
        sums[5] += sum(&MonitorSums::costNano);
        histogram(latency, withKind, s.latency, more ? &more->latency : nullptr, double(sum(&MonitorSums::latencyMsSum)) / 1000.0);
        if (sum(&MonitorSums::ttftCount) > 0)
            histogram(ttft, withKind, s.ttft, more ? &more->ttft : nullptr, double(sum(&MonitorSums::ttftMsSum)) / 1000.0);
    };
    // both maps in group order, merged where a group is in both: the samples come in group order
    const auto closedLabels = [](ClosedDayTotals::Impl::Closed &c) { return c.labels; };
    const auto freshLabels = [&recentLabels] {
        recentLabels[0].truncate(0);
        return recentLabels;
    };
    auto o = older.begin();
    auto r = recent.cbegin();
    while (o != older.end() || r != recent.cend()) {
        if (r == recent.cend() || (o != older.end() && o->first < r->first)) {
            sample(o->first, o->second.sums, nullptr, closedLabels(o->second));
            ++o;
        } else if (o == older.end() || r->first < o->first) {
            sample(r->first, r->second, nullptr, freshLabels());
            ++r;
        } else {
            sample(o->first, o->second.sums, &r->second, closedLabels(o->second));
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
