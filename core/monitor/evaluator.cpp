#include "monitor/evaluator.h"

#include "common/logging.h"
#include "monitor/commitfeed.h"
#include "monitor/windowsums.h"
#include "storage/database.h"
#include "storage/nativestatement.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QVarLengthArray>

#if SB_LEDGER_SQLITE_C_API
#include <sqlite3.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>

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

// A rule's condition as evaluated. What its alert says is written only when the rule moves
// (alertText): most evaluations move none.
struct Finding {
    QString rule;
    bool condition = false;
    int cooldownMinutes = 0;
    const SloStatus *slo = nullptr; // an SLO's fast or slow burn
    bool fast = false;
    const MonitorStatus *monitor = nullptr; // or a monitor
};

// What an alert of a rule says, with its figures.
struct AlertText {
    QString name;
    QString kind;
    QString scope;
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

AlertText sloText(const SloStatus &s, bool fast)
{
    AlertText f;
    f.name = s.slo.name;
    f.kind = fast ? QStringLiteral("slo_fast_burn") : QStringLiteral("slo_slow_burn");
    f.scope = s.slo.scope.describe();
    const Burn &longer = fast ? s.burn1h : s.burn6h;
    const Burn &shorter = fast ? s.burn5m : s.burn30m;
    const double threshold = fast ? s.slo.fastBurnThreshold() : s.slo.slowBurnThreshold();
    const QString budget = s.budgetRemaining ? percent(*s.budgetRemaining) : QCoreApplication::translate("sb::monitor::Evaluator", "unknown");
    f.message = QCoreApplication::translate("sb::monitor::Evaluator",
                                            "%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8")
                    .arg(s.slo.name, rate(longer.rate), fast ? QStringLiteral("1 h") : QStringLiteral("6 h"), rate(shorter.rate),
                         fast ? QStringLiteral("5 min") : QStringLiteral("30 min"), QString::number(threshold, 'f', 1), budget, s.slo.describe());
    f.resolvedMessage = QCoreApplication::translate("sb::monitor::Evaluator",
                                                    "%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left")
                            .arg(s.slo.name, rate(longer.rate), fast ? QStringLiteral("1 h") : QStringLiteral("6 h"), rate(shorter.rate),
                                 fast ? QStringLiteral("5 min") : QStringLiteral("30 min"), budget);
    f.details = QJsonObject{{QStringLiteral("objectivePercent"), s.slo.objectivePercent},
                            {QStringLiteral("windowDays"), s.slo.windowDays},
                            {QStringLiteral("threshold"), threshold},
                            {QStringLiteral("long"), burnDetails(longer)},
                            {QStringLiteral("short"), burnDetails(shorter)}};
    if (s.budgetRemaining)
        f.details.insert(QStringLiteral("budgetRemaining"), *s.budgetRemaining);
    return f;
}

AlertText monitorText(const MonitorStatus &s)
{
    const ThresholdMonitor &m = s.monitor;
    AlertText f;
    f.name = m.name;
    f.kind = kindName(m.kind);
    f.scope = m.scope.describe();
    QString value;
    switch (m.kind) {
    case ThresholdMonitor::Kind::ErrorRate: value = s.value ? percent(*s.value) : QStringLiteral("-"); break;
    case ThresholdMonitor::Kind::LatencySpike:
        value = QCoreApplication::translate("sb::monitor::Evaluator", "%1 the baseline").arg(rate(s.value));
        break;
    case ThresholdMonitor::Kind::CostPerHour: value = s.value ? QStringLiteral("$%1").arg(*s.value, 0, 'f', 2) : QStringLiteral("-"); break;
    case ThresholdMonitor::Kind::NoTraffic:
        value = s.value ? QCoreApplication::translate("sb::monitor::Evaluator", "%1 h without calls").arg(*s.value, 0, 'f', 1) : QStringLiteral("-");
        break;
    }
    f.message = QCoreApplication::translate("sb::monitor::Evaluator", "%1: %2 (%3; %4 calls)").arg(m.name, value, m.describe()).arg(s.samples);
    f.resolvedMessage = QCoreApplication::translate("sb::monitor::Evaluator", "%1: back to %2 (%3)").arg(m.name, value, m.describe());
    f.details = QJsonObject{{QStringLiteral("threshold"), s.threshold}, {QStringLiteral("samples"), s.samples}};
    if (s.value)
        f.details.insert(QStringLiteral("value"), *s.value);
    return f;
}

AlertText alertText(const Finding &f)
{
    return f.slo ? sloText(*f.slo, f.fast) : monitorText(*f.monitor);
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

    void add(const Facts &o, int sign)
    {
        if (sign > 0) {
            merge(o); // the common case (summing windows): no copy
        } else {
            Counts c = o;
            for (qint64 Counts::*counter :
                 {&Counts::attempts, &Counts::requests, &Counts::okCount, &Counts::errors, &Counts::cancelled, &Counts::availabilityErrors,
                  &Counts::requestErrors, &Counts::costNano, &Counts::unpriced, &Counts::okTtftCount, &Counts::okTtftMsSum, &Counts::okLatencyMsSum})
                c.*counter = -(c.*counter);
            merge(c);
        }
        if (good.size() < o.good.size())
            good.resize(o.good.size(), 0.0);
        for (qsizetype i = 0; i < o.good.size(); ++i)
            good[i] += sign * o.good[i];
    }
};

// The minute rows one read saw, with their attempts (shared by the caches it read): open addressing
// over (minute, group number; Evaluator::Groups), at most half full. A read of a minute notes its
// 2,400 rows at 1,000 calls/s; each told row is looked up once.
struct Evaluator::SeenRows {
    static constexpr std::uint32_t kNoGroup = ~std::uint32_t(0);
    struct Slot {
        qint64 t = 0;
        std::uint32_t group = kNoGroup;
        qint64 attempts = 0;
    };
    std::vector<Slot> table = std::vector<Slot>(std::size_t(1) << 12);
    int shift = 64 - 12; // the hash's top bits index the table
    std::size_t used = 0;

    std::size_t slotOf(qint64 t, std::uint32_t group) const
    {
        const std::uint64_t h = (std::uint64_t(t) * 0x9E3779B97F4A7C15ull + group) * 0xC2B2AE3D27D4EB4Full;
        const std::size_t mask = table.size() - 1;
        for (std::size_t i = std::size_t(h >> shift);; i = (i + 1) & mask) {
            const Slot &s = table[i];
            if (s.group == kNoGroup || (s.group == group && s.t == t))
                return i;
        }
    }
    void insert(qint64 t, std::uint32_t group, qint64 attempts)
    {
        if (2 * (used + 1) > table.size()) {
            std::vector<Slot> old(table.size() * 2);
            old.swap(table);
            --shift;
            used = 0;
            for (const Slot &o : old) {
                if (o.group != kNoGroup)
                    insert(o.t, o.group, o.attempts);
            }
        }
        Slot &slot = table[slotOf(t, group)];
        if (slot.group == kNoGroup) {
            slot.t = t;
            slot.group = group;
            ++used;
        }
        slot.attempts = attempts;
    }
    // Empties it, keeping its table when it is small (a few minutes of rows): a read every minute does
    // not allocate (and fault in) a table each time.
    static constexpr std::size_t kKeptSlots = std::size_t(1) << 15;
    bool reusable() const { return table.size() <= kKeptSlots; }
    void clear()
    {
        std::fill(table.begin(), table.end(), Slot{});
        used = 0;
    }
    std::optional<qint64> find(qint64 t, std::uint32_t group) const
    {
        const Slot &slot = table[slotOf(t, group)];
        return slot.group == kNoGroup ? std::nullopt : std::optional<qint64>(slot.attempts);
    }
};

namespace {

// Groups by the bytes of their columns as SQLite stores them (Evaluator::readMinutes): open addressing
// over a 64-bit hash of the bytes, read in place; each group's columns are kept once, end to end
// (each after its length), to check a candidate. No copy of a row's columns, no allocation.
class ColumnIndex
{
public:
    static constexpr std::size_t kColumns = 7;
    using Columns = std::array<QByteArrayView, kColumns>;
    static constexpr std::uint32_t kNone = ~std::uint32_t(0);

    static constexpr std::uint64_t kSeed = 0xCBF29CE484222325ull;
    // The hash of columns so far (from kSeed) and one more: 8 bytes at a time (group columns are short).
    static std::uint64_t mix(std::uint64_t h, QByteArrayView v)
    {
        constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
        const char *p = v.data();
        std::size_t n = std::size_t(v.size());
        h = (h ^ n) * kMultiplier;
        for (; n >= 8; n -= 8, p += 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * kMultiplier;
            h ^= h >> 32;
        }
        std::uint64_t tail = 0;
        for (std::size_t i = 0; i < n; ++i) // an empty column's data is null: not read
            tail |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
        h = (h ^ tail) * kMultiplier;
        return h ^ (h >> 29);
    }
    // The id of the group of these columns, kNone when unknown.
    std::uint32_t find(std::uint64_t hash, const Columns &columns) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (s.id == kNone)
                return kNone;
            if (s.hash == hash && equal(s.at, columns))
                return s.id;
        }
    }
    void insert(std::uint64_t hash, const Columns &columns, std::uint32_t id)
    {
        if (2 * (m_used + 1) > m_slots.size())
            grow();
        Slot s{hash, id, std::uint32_t(m_bytes.size())};
        for (const QByteArrayView &v : columns) {
            const qint32 n = qint32(v.size());
            const char *length = reinterpret_cast<const char *>(&n);
            m_bytes.insert(m_bytes.end(), length, length + sizeof n);
            if (n > 0)
                m_bytes.insert(m_bytes.end(), v.data(), v.data() + n);
        }
        place(s);
        ++m_used;
    }
    void clear()
    {
        m_slots.assign(kFirstSlots, Slot{});
        m_used = 0;
        m_bytes.clear();
    }

private:
    static constexpr std::size_t kFirstSlots = 256;
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t id = kNone;
        std::uint32_t at = 0; // its columns in m_bytes
    };
    std::vector<Slot> m_slots = std::vector<Slot>(kFirstSlots);
    std::size_t m_used = 0;
    std::vector<char> m_bytes;

    bool equal(std::uint32_t at, const Columns &columns) const
    {
        const char *p = m_bytes.data() + at;
        for (const QByteArrayView &v : columns) {
            qint32 n = 0;
            std::memcpy(&n, p, sizeof n);
            p += sizeof n;
            if (n != v.size() || (n > 0 && std::memcmp(p, v.data(), std::size_t(n)) != 0)) // no memcmp of an empty column's null
                return false;
            p += n;
        }
        return true;
    }
    void place(const Slot &s)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = std::size_t(s.hash) & mask;
        while (m_slots[i].id != kNone)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.id != kNone)
                place(s);
        }
    }
};

} // namespace

// The groups of the minute rows read, numbered. A read finds a row's group by the bytes of its
// columns (one lookup, instead of seven strings decoded and every scope matched for every row), and
// `seen` keys the rows on these numbers; a told row finds its group's once per feed group id.
struct Evaluator::Groups {
    static constexpr std::size_t kMaxGroups = 500'000; // past this many they are numbered anew (forget())
    struct Group {
        usage::MonitorGroup group;
        QVarLengthArray<ScopeCache *, 4> caches; // whose scope matches it, as of `generation`
        qint64 generation = -1;
        Counts::Outcome outcome = Counts::Outcome::Ok; // Counts::outcomeOf(group), classified once
    };
    std::vector<Group> groups;
    std::unordered_map<usage::MonitorGroup, std::uint32_t, GroupHash> byGroup;
    ColumnIndex byColumns; // the group columns as SQLite stores them (readMinutes)
    std::vector<qint64> fed; // by CommitFeed group id: the number here, -1 not known yet
    qint64 fedGeneration = -1; // the feed's generation of group ids that `fed` follows
    qint64 generation = 0; // of the caches: bumped when one is added or removed

    std::uint32_t idOf(const usage::MonitorGroup &g)
    {
        const auto [it, added] = byGroup.try_emplace(g, std::uint32_t(groups.size()));
        if (added)
            groups.push_back(Group{g, {}, -1, Counts::outcomeOf(g)});
        return it->second;
    }
    std::uint32_t idOf(std::uint32_t fedId, const usage::MonitorGroup &group, qint64 feedGeneration)
    {
        if (feedGeneration != fedGeneration) {
            fed.clear();
            fedGeneration = feedGeneration;
        }
        if (fed.size() <= fedId)
            fed.resize(std::size_t(fedId) + 1, -1);
        if (fed[fedId] < 0)
            fed[fedId] = idOf(group);
        return std::uint32_t(fed[fedId]);
    }
    // The group with the caches it goes to.
    const Group &matched(std::uint32_t id, const std::vector<std::unique_ptr<ScopeCache>> &caches);
    // Numbers every group anew (when nothing holds the old numbers).
    void forget()
    {
        groups.clear();
        byGroup.clear();
        byColumns.clear();
        fed.clear();
        fedGeneration = -1;
    }
};

struct Evaluator::ScopeCache {
    Scope scope;
    QList<std::pair<LatencyMetric, double>> questions; // the latency SLOs' on this scope
    qint64 minuteSpan = 0; // how far back minutes are needed
    qint64 hourSpan = 0; // how far back hours are needed (0: none)
    bool needed = false; // by the configuration being evaluated
    bool loaded = false;
    bool readNow = false; // read whole in this evaluation
    qint64 rereadFrom = std::numeric_limits<qint64>::min(); // the first minute a reread may take out (reread)
    // by the start of their bucket; read rows of later buckets (a clock ahead of ours) are kept too.
    // The windows the SLOs and monitors sum are kept as running sums (WindowSums).
    WindowSums<Facts> minutes;
    WindowSums<Facts> hours; // the hours the minutes fall in include them
    // The minute rows the last read saw, with their attempts: the batches told after that read that
    // those rows hold already are not added again (used by the next evaluation, then dropped). One
    // read's rows for every cache it read: a cache saw those from rereadFrom on that its scope matches.
    std::shared_ptr<const SeenRows> seen;
    void forgetSeen() { seen.reset(); }
    // The attempts of a told row's minute row in the last read, if it saw it.
    std::optional<qint64> sawAttempts(const FedRow &row, const usage::MonitorGroup &group, Groups &groups, qint64 feedGeneration) const
    {
        if (!seen || row.t < rereadFrom)
            return std::nullopt;
        return seen->find(row.t, groups.idOf(row.groupId, group, feedGeneration));
    }
    bool reading = false; // in the read under way (readMinutes)

    int question(LatencyMetric metric, double threshold) const { return int(questions.indexOf(std::pair{metric, threshold})); }
    Facts factsOf(const usage::MonitorGroup &g, const usage::MonitorSums &sums) const
    {
        Facts f;
        f.good.resize(questions.size(), 0.0);
        f.Counts::add(g, sums);
        if (g.status == usage::CallStatus::Ok) {
            for (qsizetype i = 0; i < questions.size(); ++i) {
                const auto &[metric, threshold] = questions.at(i);
                f.good[i] = (metric == LatencyMetric::Ttft ? sums.ttft : sums.latency).countAtMost(threshold);
            }
        }
        return f;
    }
    // Each question's usage::LogHistogram::shareAtMost of every bucket (set with the questions).
    std::vector<std::array<double, usage::LogHistogram::kBuckets>> shares;
    void setQuestions(const QList<std::pair<LatencyMetric, double>> &q)
    {
        questions = q;
        Facts zero;
        zero.good.resize(q.size(), 0.0);
        minutes.setZero(zero);
        hours.setZero(zero);
        shares.assign(std::size_t(q.size()), {});
        for (qsizetype i = 0; i < q.size(); ++i) {
            for (int b = 0; b < usage::LogHistogram::kBuckets; ++b)
                shares[std::size_t(i)][std::size_t(b)] = usage::LogHistogram::shareAtMost(b, q.at(i).second);
        }
    }
    // What told rows add to each minute, gathered during an absorb() and then added (a few minutes).
    QVarLengthArray<std::pair<qint64, Facts>, 4> pending;
    std::unordered_map<qint64, qsizetype> pendingIndex; // into pending by minute, once it holds more than a few (a whole read)
    Facts &pendingAt(qint64 t)
    {
        if (!pending.isEmpty() && pending.back().first == t)
            return pending.back().second;
        if (pending.size() > 8) {
            if (const auto it = pendingIndex.find(t); it != pendingIndex.end())
                return pending[it->second].second;
        } else {
            for (qsizetype i = pending.size() - 1; i >= 0; --i) {
                if (pending[i].first == t)
                    return pending[i].second;
            }
        }
        pending.append({t, Facts{}});
        pending.back().second.good.resize(questions.size(), 0.0);
        if (pending.size() > 8) {
            if (pendingIndex.empty()) {
                for (qsizetype i = 0; i < pending.size(); ++i)
                    pendingIndex.emplace(pending[i].first, i);
            } else {
                pendingIndex.emplace(t, pending.size() - 1);
            }
        }
        return pending.back().second;
    }
    void clearPending()
    {
        pending.clear();
        if (!pendingIndex.empty())
            std::unordered_map<qint64, qsizetype>().swap(pendingIndex);
    }
    // Adds ok calls' latency and TTFT buckets to the questions' good calls.
    template<typename Buckets> void addGood(Facts &f, const Buckets &latency, const Buckets &ttft) const
    {
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const auto &share = shares[std::size_t(i)];
            double n = 0;
            for (const auto &[bucket, count] : questions.at(i).first == LatencyMetric::Ttft ? ttft : latency)
                n += double(count) * share[std::size_t(bucket)];
            f.good[i] += n;
        }
    }
    // Adds a told row (of `group`) to the pending facts of its minute.
    void addPending(const FedRow &row, const usage::MonitorGroup &group)
    {
        Facts &f = pendingAt(row.t);
        f.merge(row.counts);
        if (group.status == usage::CallStatus::Ok)
            addGood(f, row.latency, row.ttft);
    }
    // Adds the pending facts to the minutes and hours.
    void flushPending(qint64 nowMs);
    // Adds a minute's facts to the minute (when still kept) and to its hour.
    void addMinute(qint64 t, const Facts &f, qint64 minuteFrom, qint64 hourFrom)
    {
        if (t >= minuteFrom)
            minutes.add(t, f);
        if (hourSpan > 0 && t >= hourFrom)
            hours.add(usage::bucketStart(usage::Resolution::Hour, t), f);
    }
};

// Following this process's ledger writers.
struct Evaluator::Follow {
    std::shared_ptr<CommitFeed> feed = std::make_shared<CommitFeed>();
    bool told = true; // listens to this process's writers (setTold)
    bool listening = false;
    QString key; // the database's (usage::monitorDatabaseKey)
    // When it started listening, writers of this process were in transactions that tell nobody
    // (usage::untoldMonitorWrites): once none is left, every scope is read whole again.
    bool untold = false;
    // The all-calls hour rows from `from` on, as last known: their attempts after the last change
    // this process made (or read). Anyone else's change breaks the chain.
    std::map<std::tuple<qint64, QString, QString>, qint64> chain;
    std::optional<qint64> from;
    bool rereadNext = false; // what was told could not be added exactly: read the last minutes next time
    // which caches a group's rows go to, by the feed's group id (cleared when the caches or the ids change)
    struct Match {
        bool known = false;
        QVarLengthArray<ScopeCache *, 4> caches;
    };
    std::vector<Match> matches;
    std::vector<usage::MonitorGroup> named; // the groups by the feed's id (CommitFeed::Taken::named)
    qint64 groups = -1; // the feed's generation of group ids that `matches` and `named` follow
};

namespace {

constexpr qint64 kMinuteReread = 10 * kMinute; // minutes this recent are read again: late calls may still land there
// Beside other writers, their calls that land this late (a long call, a writer behind) are found
// too: the all-calls hour rows are compared this far back.
constexpr qint64 kLateMs = 2 * kHour;
constexpr qint64 kEndOfTime = std::numeric_limits<qint64>::max();

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

// The first minute and hour a cache keeps at `nowMs`.
qint64 minuteFromOf(qint64 span, qint64 nowMs)
{
    return usage::bucketStart(usage::Resolution::Minute, nowMs - span);
}
qint64 hourFromOf(qint64 span, qint64 nowMs)
{
    return usage::bucketStart(usage::Resolution::Hour, nowMs - span);
}

std::tuple<qint64, QString, QString> totalKey(qint64 t, const QString &status, const QString &errorKind)
{
    return {t, status, errorKind.isNull() ? QStringLiteral("") : errorKind};
}

} // namespace

Evaluator::Evaluator(std::shared_ptr<Database> database, QString origin, bool followWriters)
    : m_database(database)
    , m_queries(database)
    , m_store(std::move(database), std::move(origin))
    , m_follow(followWriters ? std::make_unique<Follow>() : nullptr)
    , m_groups(std::make_unique<Groups>())
{
}

Evaluator::~Evaluator() = default;

void Evaluator::setTold(bool told)
{
    if (m_follow)
        m_follow->told = told;
}

Evaluator::ScopeCache &Evaluator::cacheOf(const Scope &scope)
{
    for (auto &c : m_caches) {
        if (c->scope == scope)
            return *c;
    }
    m_caches.push_back(std::make_unique<ScopeCache>());
    m_caches.back()->scope = scope;
    ++m_groups->generation;
    if (m_follow)
        m_follow->matches.clear();
    return *m_caches.back();
}

Expected<std::map<std::tuple<qint64, QString, QString>, qint64>> Evaluator::hourTotals(qint64 fromMs) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto q = sql::run(*conn, QStringLiteral("SELECT t, status, error_kind, attempts FROM monitor_hour_all WHERE t >= ?"), {fromMs},
                      QStringLiteral("monitoring query failed"));
    if (!q)
        return q.error();
    std::map<std::tuple<qint64, QString, QString>, qint64> out;
    while (q->next())
        out[totalKey(q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString())] = q->value(3).toLongLong();
    return out;
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
    // following: the minutes of all calls as far back as other writers' late calls are looked for
    if (m_follow) {
        Need &all = needOf(Scope{});
        all.minuteSpan = std::max(all.minuteSpan, kLateMs + kHour);
    }
    for (auto &c : m_caches) {
        c->needed = false;
        c->minutes.forgetUnusedWindows();
        c->hours.forgetUnusedWindows();
    }
    for (const auto &[scope, need] : needs) {
        ScopeCache &c = cacheOf(scope);
        c.needed = true;
        // more than it holds: read it all again
        if (c.questions != need.questions || need.minuteSpan > c.minuteSpan || need.hourSpan > c.hourSpan)
            c.loaded = false;
        if (c.questions != need.questions || c.shares.size() != std::size_t(need.questions.size()))
            c.setQuestions(need.questions);
        c.minuteSpan = need.minuteSpan;
        c.hourSpan = need.hourSpan;
    }
    const auto unneeded = std::remove_if(m_caches.begin(), m_caches.end(), [](const auto &c) { return !c->needed; });
    if (unneeded != m_caches.end()) {
        ++m_groups->generation;
        if (m_follow)
            m_follow->matches.clear();
    }
    m_caches.erase(unneeded, m_caches.end());

    if (!m_follow) {
        std::vector<ScopeCache *> warm;
        for (auto &c : m_caches) {
            if (c->loaded)
                warm.push_back(c.get());
        }
        if (auto loaded = load(nowMs); !loaded)
            return loaded;
        if (warm.empty())
            return {};
        ++m_stats.rereads;
        return reread(warm, nowMs, {{usage::bucketStart(usage::Resolution::Minute, nowMs) + kMinute - kMinuteReread, kEndOfTime}});
    }

    // Listen before reading anything: a batch committed after a read is told, one before it is in it.
    Follow &f = *m_follow;
    if (!f.listening && f.told) {
        auto conn = m_database->connection();
        if (!conn)
            return conn.error();
        f.key = usage::monitorDatabaseKey(*conn);
        usage::listenToMonitorCommits(f.key, f.feed);
        f.listening = true;
        // A writer's transaction that began before this listened tells nobody, and when it commits after
        // the reads below they miss it too: its calls would be missing for good (older than the hours
        // compared below). Read whole again once it has ended.
        f.untold = usage::untoldMonitorWrites(f.key);
    } else if (f.untold && !usage::untoldMonitorWrites(f.key)) {
        // they have committed (or rolled back) before the reads below
        f.untold = false;
        for (auto &c : m_caches)
            c->loaded = false;
    }
    const qint64 checkFrom = usage::bucketStart(usage::Resolution::Hour, nowMs - kLateMs);
    // what the database holds, then what this process told: every batch committed before that read is
    // told by the first take below (a batch is told right after its commit)
    auto totals = hourTotals(checkFrom);
    if (!totals)
        return totals.error();
    if (!f.from || *f.from > checkFrom) {
        f.chain = *totals;
        f.from = checkFrom;
    }
    std::vector<usage::MonitorTotalChange> changes;
    for (auto &c : m_caches)
        c->readNow = false;
    absorb(nowMs, true, changes);
    // scopes read whole: what was told before their read is in it (taken just now, not added to
    // scopes not loaded), what was told after is added by the takes that follow (their `seen` rows
    // tell which)
    if (auto loaded = load(nowMs); !loaded)
        return loaded;

    // Did anyone else write? The all-calls hour rows change with every batch: this process's batches
    // must follow each other (each starts where the last one left the row), and what the database
    // held must be where one of them (or the last read) left it.
    bool others = f.rereadNext;
    f.rereadNext = false;
    // A minute's batches change the same few rows thousands of times: each row's chain and what the
    // database held of it are looked up once, at its first change; then its changes are followed in order.
    struct RowChain {
        const usage::MonitorTotalChange *first = nullptr;
        std::tuple<qint64, QString, QString> key;
        qint64 *known = nullptr; // in f.chain (std::map: stable)
        qint64 held = 0; // what the database held (read before these takes)
        bool heldOnChain = false; // the chain passed through it during these takes
    };
    std::vector<RowChain> rows;
    const auto dbHeld = [&totals](const std::tuple<qint64, QString, QString> &key) {
        const auto read = totals->find(key);
        return read == totals->end() ? qint64(0) : read->second;
    };
    for (const usage::MonitorTotalChange &change : changes) {
        if (change.t < *f.from)
            continue;
        auto row = std::find_if(rows.rbegin(), rows.rend(), [&change](const RowChain &r) {
            return r.first->t == change.t && r.first->status == change.status && r.first->errorKind == change.errorKind;
        });
        if (row == rows.rend()) {
            RowChain r;
            r.first = &change;
            r.key = totalKey(change.t, usage::statusName(change.status), change.errorKind);
            r.known = &f.chain[r.key];
            r.held = dbHeld(r.key);
            r.heldOnChain = *r.known == r.held;
            rows.push_back(std::move(r));
            row = rows.rbegin();
        }
        if (change.after <= *row->known)
            continue; // in what was read
        if (change.before != *row->known)
            others = true;
        *row->known = change.after;
        row->heldOnChain = row->heldOnChain || change.after == row->held;
    }
    std::map<std::tuple<qint64, QString, QString>, bool> changed; // the rows changed: whether the chain passed what was held
    for (const RowChain &r : rows)
        changed[r.key] = r.heldOnChain;
    for (const auto &[key, chainEnd] : f.chain) {
        if (std::get<0>(key) < checkFrom)
            continue;
        const auto c = changed.find(key);
        if (c == changed.end() ? dbHeld(key) != chainEnd : !c->second)
            others = true;
    }
    for (const auto &[key, attempts] : *totals) {
        if (!f.chain.contains(key))
            others = true; // a row none of this process's batches made
    }
    // forget hours before the check
    f.chain.erase(f.chain.begin(), f.chain.lower_bound(totalKey(checkFrom, QString(), QString())));
    f.from = checkFrom;
    for (auto &c : m_caches) {
        c->minutes.removeBefore(minuteFromOf(c->minuteSpan, nowMs));
        c->hours.removeBefore(hourFromOf(c->hourSpan, nowMs));
    }
    if (!others)
        return {};

    // Someone else wrote. What the all-calls scope holds now (what was read, and what was told up to
    // the take above: all of it committed before the read below) is compared minute by minute with the
    // all-calls minute totals: the minutes whose totals differ are those someone else wrote to (or this
    // process's batches committed since the take went to); only they are read again.
    ++m_stats.othersSeen;
    const auto all = std::find_if(m_caches.begin(), m_caches.end(), [](const auto &c) { return c->scope.isAll(); });
    // the chain starts again from what the database holds
    auto again = hourTotals(checkFrom);
    if (!again)
        return again.error();
    // what the database holds per hour and status: for the late calls below, and the hours whose
    // minutes are compared (rows only grow: an hour whose calls of each status the all-calls minutes
    // here hold as many of as the database holds every row of it, and none of its minutes differs)
    std::map<std::pair<qint64, usage::CallStatus>, qint64> held;
    for (const auto &[key, attempts] : *again)
        held[{std::get<0>(key), usage::statusFromName(std::get<1>(key)).value_or(usage::CallStatus::Error)}] += attempts;
    std::optional<std::vector<std::pair<qint64, qint64>>> differing;
    // (not when that scope was read whole just now: it equals the database then, whatever the others miss)
    if (all != m_caches.end() && (*all)->loaded && !(*all)->readNow) {
        const qint64 from = firstDifferingHour((*all)->minutes, held, checkFrom);
        if (from == kEndOfTime) {
            differing.emplace();
        } else {
            auto minutes = minuteTotals(from);
            if (!minutes)
                return minutes.error();
            if (*minutes)
                differing = differingMinutes((*all)->minutes, **minutes, from);
        }
    }
    f.chain = std::move(*again);
    changes.clear();
    absorb(nowMs, false, changes);
    for (const usage::MonitorTotalChange &change : changes) {
        if (change.t < checkFrom)
            continue;
        qint64 &known = f.chain[totalKey(change.t, usage::statusName(change.status), change.errorKind)];
        if (change.after <= known)
            continue;
        if (change.before != known)
            f.rereadNext = true;
        known = change.after;
    }
    std::vector<ScopeCache *> warm;
    for (auto &c : m_caches) {
        if (c->loaded && !c->readNow)
            warm.push_back(c.get());
    }
    if (differing) {
        if (differing->empty())
            return {};
        ++m_stats.rereads;
        return reread(warm, nowMs, *differing);
    }

    // Without the all-calls minute totals (an upgraded ledger's, before their backfill reached these
    // hours): the last 10 minutes of the scopes not read whole just now are read again.
    ++m_stats.rereads;
    const qint64 readFrom = usage::bucketStart(usage::Resolution::Minute, nowMs) + kMinute - kMinuteReread;
    if (auto read = reread(warm, nowMs, {{readFrom, kEndOfTime}}); !read)
        return read;
    // Calls older than that: an hour whose calls of a status the database holds more of than the
    // all-calls minutes kept here got late calls from someone else: its minutes are read again.
    // (not when that scope was read whole just now: it holds them then, and tells nothing)
    if (all == m_caches.end() || !(*all)->loaded || (*all)->readNow)
        return {};
    std::vector<std::pair<qint64, qint64>> late;
    for (qint64 h = checkFrom; h < readFrom; h += kHour) {
        const Facts ours = (*all)->minutes.sumOnce(h, h + kHour);
        const auto heldOf = [&](usage::CallStatus status) {
            const auto it = held.find({h, status});
            return it == held.end() ? 0 : it->second;
        };
        if (heldOf(usage::CallStatus::Ok) <= ours.okCount && heldOf(usage::CallStatus::Error) <= ours.errors
            && heldOf(usage::CallStatus::Cancelled) <= ours.cancelled)
            continue;
        ++m_stats.lateRereads;
        late.emplace_back(h, std::min(h + kHour, readFrom));
    }
    return reread(warm, nowMs, late);
}

Expected<std::optional<std::map<qint64, Evaluator::MinuteTotal>>> Evaluator::minuteTotals(qint64 fromMs) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto start = sql::run(*conn, QStringLiteral("SELECT t FROM monitor_totals_start WHERE resolution = 'monitor_minute_all'"), {},
                          QStringLiteral("monitoring query failed"));
    if (!start)
        return start.error();
    if (!start->next() || start->value(0).toLongLong() > fromMs)
        return std::optional<std::map<qint64, MinuteTotal>>(); // it does not hold every call from fromMs on
    start->finish();
    auto q = sql::run(*conn, QStringLiteral("SELECT t, status, SUM(attempts), SUM(requests) FROM monitor_minute_all WHERE t >= ? GROUP BY t, status"),
                      {fromMs}, QStringLiteral("monitoring query failed"));
    if (!q)
        return q.error();
    std::map<qint64, MinuteTotal> out;
    while (q->next()) {
        MinuteTotal &m = out[q->value(0).toLongLong()];
        const qint64 attempts = q->value(2).toLongLong();
        switch (usage::statusFromName(q->value(1).toString()).value_or(usage::CallStatus::Error)) {
        case usage::CallStatus::Ok: m.ok += attempts; break;
        case usage::CallStatus::Error: m.errors += attempts; break;
        case usage::CallStatus::Cancelled: m.cancelled += attempts; break;
        }
        m.requests += q->value(3).toLongLong();
    }
    return std::optional<std::map<qint64, MinuteTotal>>(std::move(out));
}

std::vector<std::pair<qint64, qint64>> Evaluator::differingMinutes(const WindowSums<Facts> &ours, const std::map<qint64, MinuteTotal> &held,
                                                                   qint64 fromMs)
{
    std::vector<std::pair<qint64, qint64>> out;
    const auto differs = [&out](qint64 t) {
        if (!out.empty() && out.back().second == t)
            out.back().second = t + kMinute;
        else
            out.emplace_back(t, t + kMinute);
    };
    // both in minute order
    auto o = ours.buckets().lower_bound(fromMs);
    auto h = held.lower_bound(fromMs);
    const MinuteTotal none;
    while (o != ours.buckets().end() || h != held.end()) {
        const qint64 t = o == ours.buckets().end() ? h->first : h == held.end() ? o->first : std::min(o->first, h->first);
        const bool inOurs = o != ours.buckets().end() && o->first == t;
        const bool inHeld = h != held.end() && h->first == t;
        const MinuteTotal &d = inHeld ? h->second : none;
        const bool same = inOurs
            ? (o->second.okCount == d.ok && o->second.errors == d.errors && o->second.cancelled == d.cancelled && o->second.requests == d.requests)
            : (d.ok == 0 && d.errors == 0 && d.cancelled == 0 && d.requests == 0);
        if (!same)
            differs(t);
        if (inOurs)
            ++o;
        if (inHeld)
            ++h;
    }
    return out;
}

qint64 Evaluator::firstDifferingHour(const WindowSums<Facts> &ours, const std::map<std::pair<qint64, usage::CallStatus>, qint64> &held, qint64 fromMs)
{
    // attempts by hour and status (ok, error, cancelled): the minutes here and what the database holds
    std::map<qint64, std::array<qint64, 3>> mine;
    for (auto it = ours.buckets().lower_bound(fromMs); it != ours.buckets().end(); ++it) {
        auto &a = mine[usage::bucketStart(usage::Resolution::Hour, it->first)];
        a[0] += it->second.okCount;
        a[1] += it->second.errors;
        a[2] += it->second.cancelled;
    }
    std::map<qint64, std::array<qint64, 3>> theirs;
    for (const auto &[hourAndStatus, attempts] : held) {
        const auto &[hour, status] = hourAndStatus;
        if (hour >= fromMs)
            theirs[hour][status == usage::CallStatus::Ok ? 0 : status == usage::CallStatus::Error ? 1 : 2] += attempts;
    }
    // both in hour order; a missing hour holds nothing
    auto m = mine.begin();
    auto t = theirs.begin();
    const std::array<qint64, 3> none{};
    while (m != mine.end() || t != theirs.end()) {
        const qint64 h = m == mine.end() ? t->first : t == theirs.end() ? m->first : std::min(m->first, t->first);
        const bool inMine = m != mine.end() && m->first == h;
        const bool inTheirs = t != theirs.end() && t->first == h;
        if ((inMine ? m->second : none) != (inTheirs ? t->second : none))
            return h;
        if (inMine)
            ++m;
        if (inTheirs)
            ++t;
    }
    return kEndOfTime;
}

void Evaluator::absorb(qint64 nowMs, bool forgetReads, std::vector<usage::MonitorTotalChange> &changes)
{
    Follow &f = *m_follow;
    CommitFeed::Taken taken = f.feed->take();
    changes.insert(changes.end(), std::make_move_iterator(taken.totals.begin()), std::make_move_iterator(taken.totals.end()));
    if (f.groups != taken.groups) {
        f.matches.clear();
        f.named.clear();
        f.groups = taken.groups;
    }
    // the groups of the new ids (an overflowed take's too: later ones build on them)
    f.named.insert(f.named.end(), std::make_move_iterator(taken.named.begin()), std::make_move_iterator(taken.named.end()));
    if (taken.overflowed) {
        // told rows were dropped: read everything again
        for (auto &c : m_caches)
            c->loaded = false;
        return;
    }
    m_stats.rowsFollowed += qint64(taken.rows.size());
    if (f.matches.size() < taken.groupCount)
        f.matches.resize(taken.groupCount);
    for (const FedRow &row : taken.rows) {
        Follow::Match &match = f.matches[row.groupId];
        const usage::MonitorGroup &group = f.named[row.groupId];
        if (!match.known) {
            for (auto &c : m_caches) {
                if (c->scope.matches(group))
                    match.caches.append(c.get());
            }
            match.known = true;
        }
        for (ScopeCache *c : match.caches) {
            if (!c->loaded)
                continue;
            if (const std::optional<qint64> saw = c->sawAttempts(row, group, *m_groups, taken.groups)) {
                if (*saw >= row.attemptsAfter)
                    continue; // in what the last read saw
                if (*saw > row.attemptsBefore) {
                    // partly in it (batches committed during the read, told together): read it whole again
                    c->loaded = false;
                    continue;
                }
            }
            c->addPending(row, group);
        }
    }
    for (auto &c : m_caches) {
        if (c->loaded)
            c->flushPending(nowMs);
        c->clearPending();
    }
    // A read's rows matter to the takes until the next evaluation's first: a batch in a read may be
    // told only after the evaluation's second take (a writer tells right after its commit, and the
    // read may come in between), a minute before the next evaluation.
    if (forgetReads) {
        for (auto &c : m_caches)
            c->forgetSeen();
    }
}

void Evaluator::ScopeCache::flushPending(qint64 nowMs)
{
    const qint64 minuteFrom = minuteFromOf(minuteSpan, nowMs);
    const qint64 hourFrom = hourFromOf(hourSpan, nowMs);
    for (const auto &[t, facts] : pending)
        addMinute(t, facts, minuteFrom, hourFrom);
    clearPending();
}

Expected<void> Evaluator::load(qint64 nowMs)
{
    std::vector<ScopeCache *> caches;
    bool histograms = false;
    qint64 readFrom = kEndOfTime;
    for (auto &owned : m_caches) {
        ScopeCache &c = *owned;
        if (c.loaded)
            continue;
        caches.push_back(&c);
        ++m_stats.scopesRead;
        c.readNow = true;
        c.minutes.clear();
        c.hours.clear();
        c.forgetSeen();
        c.clearPending();
        const qint64 minuteFrom = minuteFromOf(c.minuteSpan, nowMs);
        const qint64 hourFrom = hourFromOf(c.hourSpan, nowMs);
        // the hours the minutes cover come from the minutes
        const qint64 minutesRead = c.hourSpan > 0 ? usage::bucketStart(usage::Resolution::Hour, minuteFrom) : minuteFrom;
        c.rereadFrom = minutesRead;
        readFrom = std::min(readFrom, minutesRead);
        histograms = histograms || !c.questions.isEmpty();
        if (c.hourSpan > 0) {
            // the latency SLOs' questions read the latency and TTFT buckets only
            const auto rowHistograms = c.questions.isEmpty() ? MonitorQueries::RowHistograms::None : MonitorQueries::RowHistograms::LatencyAndTtft;
            // the scope's hour totals where it has them: a few rows an hour instead of every group's
            auto read = m_queries.sums(
                c.scope, hourFrom, minutesRead, usage::Resolution::Hour,
                [&](qint64 t, const usage::MonitorGroup &g, const usage::MonitorSums &sums) { c.hours.add(t, c.factsOf(g, sums)); }, rowHistograms);
            if (!read)
                return read;
        }
    }
    if (caches.empty())
        return {};
    // the minutes of every scope read whole, in one read of every group's rows (noting what each saw)
    auto read = readMinutes(caches, {{readFrom, kEndOfTime}}, histograms);
    for (ScopeCache *c : caches) {
        if (read)
            c->flushPending(nowMs);
        c->clearPending();
        c->loaded = bool(read);
    }
    return read;
}

Expected<void> Evaluator::reread(const std::vector<ScopeCache *> &caches, qint64 nowMs, const std::vector<std::pair<qint64, qint64>> &ranges)
{
    if (caches.empty() || ranges.empty())
        return {};
    bool histograms = false;
    for (ScopeCache *c : caches) {
        const qint64 minuteFrom = minuteFromOf(c->minuteSpan, nowMs);
        const qint64 hourFrom = hourFromOf(c->hourSpan, nowMs);
        // a cache keeps the hours of minutes it no longer keeps: those cannot be taken out and read again
        c->rereadFrom = c->hourSpan > 0 ? minuteFrom : std::numeric_limits<qint64>::min();
        // take the minutes read again out of their hours
        for (const auto &[from, to] : ranges) {
            c->minutes.remove(std::max(from, c->rereadFrom), to, [&](qint64 t, const Facts &f) {
                if (c->hourSpan > 0 && t >= hourFrom)
                    c->hours.add(usage::bucketStart(usage::Resolution::Hour, t), f, -1);
            });
        }
        c->minutes.removeBefore(minuteFrom);
        c->hours.removeBefore(hourFrom);
        histograms = histograms || !c->questions.isEmpty();
    }
    for (const auto &[from, to] : ranges)
        m_stats.minutesReread += to == kEndOfTime ? kMinuteReread / kMinute : (to - from) / kMinute;
    auto read = readMinutes(caches, ranges, histograms);
    for (ScopeCache *c : caches) {
        if (read)
            c->flushPending(nowMs);
        c->clearPending();
    }
    if (!read) {
        // what was taken out above is missing now: read those scopes whole next time
        for (ScopeCache *c : caches)
            c->loaded = false;
        return read;
    }
    return {};
}

const Evaluator::Groups::Group &Evaluator::Groups::matched(std::uint32_t id, const std::vector<std::unique_ptr<ScopeCache>> &caches)
{
    Group &g = groups[id];
    if (g.generation != generation) {
        g.caches.clear();
        for (const auto &c : caches) {
            if (c->scope.matches(g.group))
                g.caches.append(c.get());
        }
        g.generation = generation;
    }
    return g;
}

Expected<void> Evaluator::readMinutes(const std::vector<ScopeCache *> &caches, const std::vector<std::pair<qint64, qint64>> &ranges, bool histograms)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    Groups &groups = *m_groups;
    // the numbers only grow: past kMaxGroups they start again, when no cache holds the old ones
    if (groups.groups.size() > Groups::kMaxGroups && std::none_of(m_caches.begin(), m_caches.end(), [](const auto &c) { return bool(c->seen); }))
        groups.forget();
    // A range in one statement that reads its rows in the primary key's order, model after model: the
    // time index finds them too, but then looks each one up in the table (three times the work).
    const QString statement
        = QStringLiteral("SELECT t, provider, model, route, source, source_key, status, error_kind, attempts, requests, cost_nusd, unpriced, "
                         "latency_ms_sum, ttft_count, ttft_ms_sum, %1 FROM monitor_minute WHERE (provider, model) IN "
                         "(SELECT DISTINCT provider, model FROM monitor_minute WHERE t >= ? AND t < ?) AND t >= ? AND t < ?")
              .arg(histograms ? QStringLiteral("latency_hist, ttft_hist") : QStringLiteral("NULL, NULL"));
    std::shared_ptr<SeenRows> seen;
    if (m_follow) {
        // the last read's table when nothing holds it any more
        if (m_seen && m_seen.use_count() == 1) {
            seen = std::move(m_seen);
            seen->clear();
        } else {
            seen = std::make_shared<SeenRows>();
        }
    }
    for (ScopeCache *c : caches)
        c->reading = true;
    const auto notReading = qScopeGuard([&caches] {
        for (ScopeCache *c : caches)
            c->reading = false;
    });
    Counts::Added sums; // the row's counters, as Counts::add reads them
    QVarLengthArray<std::pair<int, qint64>, 16> latency;
    QVarLengthArray<std::pair<int, qint64>, 16> ttft;
    // Adds a row (its counters in `sums`) to the pending facts of the caches reading it and notes it in
    // `seen`; decode() reads its latency and TTFT buckets into `latency` and `ttft`.
    const auto add = [&](qint64 t, std::uint32_t id, const auto &decode) {
        const Groups::Group &group = groups.matched(id, m_caches);
        Counts counts;
        bool counted = false;
        bool decoded = false;
        for (ScopeCache *c : group.caches) {
            if (!c->reading || t < c->rereadFrom)
                continue;
            if (!counted) {
                counts.add(group.outcome, sums);
                counted = true;
            }
            Facts &f = c->pendingAt(t);
            f.merge(counts);
            if (group.group.status == usage::CallStatus::Ok && !c->questions.isEmpty()) {
                if (!decoded) {
                    latency.clear();
                    ttft.clear();
                    decode(); // a damaged blob adds nothing
                    decoded = true;
                }
                c->addGood(f, latency, ttft);
            }
        }
        if (counted && seen)
            seen->insert(t, id, sums.attempts);
    };
    const auto finish = [&]() -> Expected<void> {
        for (ScopeCache *c : caches)
            c->seen = seen;
        if (seen && seen->reusable())
            m_seen = seen;
        return {};
    };

#if SB_LEDGER_SQLITE_C_API
    // SQLite through its C API: no QVariant per column, the text columns' bytes as stored (a row's group
    // is found by them; decoded once per group). The models with minute rows are found first, each by
    // one seek in the primary key's order from the last one (a DISTINCT over the time index would visit
    // every row of the ranges, and its IN list be looked up for each); then each model's rows of a range
    // in the primary key's order, without their provider and model columns.
    if (::sqlite3 *native = sql::nativeSqlite(*conn)) {
        const auto failed = [](sql::NativeStatement &q) {
            const Error e = Error::make(Error::Kind::Database, QStringLiteral("monitoring query failed: %1").arg(q.errorMessage().trimmed()));
            q.reset();
            return e;
        };
        // (a row value's range, (provider, model) > (?, ?), seeks on the provider alone: each model
        // would step over the rows of the provider's models before it)
        sql::NativeStatement first, sameProvider, nextProvider, q;
        for (const auto &[stmt, text] :
             {std::pair{&first, "SELECT provider, model FROM monitor_minute ORDER BY provider, model LIMIT 1"},
              std::pair{&sameProvider,
                        "SELECT provider, model FROM monitor_minute WHERE provider = ? AND model > ? ORDER BY provider, model LIMIT 1"},
              std::pair{&nextProvider, "SELECT provider, model FROM monitor_minute WHERE provider > ? ORDER BY provider, model LIMIT 1"}}) {
            if (!stmt->prepare(native, text))
                return Error::make(Error::Kind::Database,
                                   QStringLiteral("monitoring query failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(native))));
        }
        const QByteArray rowsStatement = QByteArrayLiteral("SELECT t, route, source, source_key, status, error_kind, attempts, requests, cost_nusd, "
                                                           "unpriced, latency_ms_sum, ttft_count, ttft_ms_sum, ")
            + (histograms ? QByteArrayLiteral("latency_hist, ttft_hist") : QByteArrayLiteral("NULL, NULL"))
            + QByteArrayLiteral(" FROM monitor_minute WHERE provider = ? AND model = ? AND t >= ? AND t < ?");
        if (!q.prepare(native, rowsStatement.constData()))
            return Error::make(Error::Kind::Database, QStringLiteral("monitoring query failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(native))));
        // One read transaction (a savepoint: also inside a transaction the caller holds), so that the
        // models found and the rows read are of one snapshot, as one statement's would be.
        if (sqlite3_exec(native, "SAVEPOINT sb_monitor_minutes", nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error::make(Error::Kind::Database, QStringLiteral("monitoring query failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(native))));
        const auto release = qScopeGuard([native] { sqlite3_exec(native, "RELEASE sb_monitor_minutes", nullptr, nullptr, nullptr); });
        struct Model {
            QByteArray provider;
            QByteArray model;
            std::uint64_t hash = 0; // ColumnIndex's of the two columns
        };
        std::vector<Model> models;
        for (sql::NativeStatement *m = &first; m;) {
            if (m != &first) {
                m->bindUtf8(0, models.back().provider);
                if (m == &sameProvider)
                    m->bindUtf8(1, models.back().model);
            }
            const int rc = m->step();
            if (rc == SQLITE_DONE) {
                // the provider's last model: the next provider's first
                m = m == &sameProvider ? &nextProvider : nullptr;
                continue;
            }
            if (rc != SQLITE_ROW)
                return failed(*m);
            Model model;
            model.provider = m->columnBlob(0).toByteArray();
            model.model = m->columnBlob(1).toByteArray();
            model.hash = ColumnIndex::mix(ColumnIndex::mix(ColumnIndex::kSeed, model.provider), model.model);
            m->reset();
            models.push_back(std::move(model));
            m = &sameProvider;
        }
        const auto text = [&q](int i) {
            const QByteArrayView v = q.columnBlob(i); // UTF-8
            return QString::fromUtf8(v.data(), v.size());
        };
        for (const auto &[from, to] : ranges) {
            for (const Model &model : models) {
                q.bindUtf8(0, model.provider);
                q.bindUtf8(1, model.model);
                q.bindInt(2, from);
                q.bindInt(3, to);
                int rc;
                while ((rc = q.step()) == SQLITE_ROW) {
                    ColumnIndex::Columns columns;
                    columns[0] = model.provider;
                    columns[1] = model.model;
                    std::uint64_t hash = model.hash;
                    for (std::size_t i = 2; i < columns.size(); ++i) {
                        columns[i] = q.columnBlob(int(i) - 1);
                        hash = ColumnIndex::mix(hash, columns[i]);
                    }
                    std::uint32_t id = groups.byColumns.find(hash, columns);
                    if (id == ColumnIndex::kNone) {
                        usage::MonitorGroup g;
                        g.provider = QString::fromUtf8(model.provider);
                        g.model = QString::fromUtf8(model.model);
                        g.route = text(1);
                        g.source = usage::sourceFromName(text(2)).value_or(usage::Source::Playground);
                        g.sourceKey = text(3);
                        g.status = usage::statusFromName(text(4)).value_or(usage::CallStatus::Error);
                        g.errorKind = text(5);
                        id = groups.idOf(g);
                        groups.byColumns.insert(hash, columns, id);
                    }
                    sums.attempts = q.columnInt(6);
                    sums.requests = q.columnInt(7);
                    sums.costNano = q.columnInt(8);
                    sums.unpriced = q.columnInt(9);
                    sums.latencyMsSum = q.columnInt(10);
                    sums.ttftCount = q.columnInt(11);
                    sums.ttftMsSum = q.columnInt(12);
                    add(q.columnInt(0), id, [&] {
                        (void)usage::LogHistogram::decodeBuckets(q.columnBlob(13), latency);
                        (void)usage::LogHistogram::decodeBuckets(q.columnBlob(14), ttft);
                    });
                }
                if (rc != SQLITE_DONE)
                    return failed(q);
            }
        }
        return finish();
    }
#endif

    QSqlQuery query(*conn);
    query.setForwardOnly(true); // rows are read once: not cached for going back
    if (!query.prepare(statement))
        return sql::failure(query, QStringLiteral("monitoring query failed"));
    usage::MonitorGroup g;
    for (const auto &[from, to] : ranges) {
        for (int i : {0, 2}) {
            query.bindValue(i, from);
            query.bindValue(i + 1, to);
        }
        if (auto ran = sql::exec(query, QStringLiteral("monitoring query failed")); !ran)
            return ran;
        QSqlQuery *q = &query;
        while (q->next()) {
            g.provider = q->value(1).toString();
            g.model = q->value(2).toString();
            g.route = q->value(3).toString();
            g.source = usage::sourceFromName(q->value(4).toString()).value_or(usage::Source::Playground);
            g.sourceKey = q->value(5).toString();
            g.status = usage::statusFromName(q->value(6).toString()).value_or(usage::CallStatus::Error);
            g.errorKind = q->value(7).toString();
            sums.attempts = q->value(8).toLongLong();
            sums.requests = q->value(9).toLongLong();
            sums.costNano = q->value(10).toLongLong();
            sums.unpriced = q->value(11).toLongLong();
            sums.latencyMsSum = q->value(12).toLongLong();
            sums.ttftCount = q->value(13).toLongLong();
            sums.ttftMsSum = q->value(14).toLongLong();
            add(q->value(0).toLongLong(), groups.idOf(g), [&] {
                (void)usage::LogHistogram::decodeBuckets(q->value(15).toByteArray(), latency);
                (void)usage::LogHistogram::decodeBuckets(q->value(16).toByteArray(), ttft);
            });
        }
    }
    return finish();
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
        const Facts &f = c.minutes.sum(end - windowMs, end);
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
    const Facts &whole = c.hours.sum(usage::bucketStart(usage::Resolution::Hour, nowMs - qint64(slo.windowDays) * usage::kMsPerDay),
                                     usage::bucketStart(usage::Resolution::Hour, nowMs) + kHour);
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
        const Facts &f = c.minutes.sum(end - window, end);
        s.samples = f.attempts - f.cancelled;
        s.value = f.errorRate();
        s.threshold = m.thresholdPercent / 100.0;
        s.condition = s.samples >= m.minSamples && s.value && *s.value >= s.threshold;
        break;
    }
    case ThresholdMonitor::Kind::LatencySpike: {
        const Facts now = c.minutes.sum(end - window, end); // a copy: the next sum may add a window
        const Facts &all = c.minutes.sum(end - window - qint64(m.baselineHours) * kHour, end);
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
        const Facts &f = c.minutes.sum(end - kHour, end);
        s.samples = f.attempts;
        s.value = f.costUsd();
        s.threshold = m.thresholdUsd;
        s.condition = *s.value >= m.thresholdUsd;
        break;
    }
    case ThresholdMonitor::Kind::NoTraffic: {
        const qint64 span = qint64(m.hours) * kHour;
        s.samples = c.minutes.sum(end - span, end).attempts;
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
    e.slos.reserve(config.slos.size());
    for (const Slo &slo : config.slos)
        e.slos.append(sloStatus(slo, nowMs));
    e.monitors.reserve(config.monitors.size());
    for (const ThresholdMonitor &m : config.monitors) {
        auto s = monitorStatus(m, nowMs);
        if (!s)
            return s.error();
        e.monitors.append(*s);
    }
    // (the statuses do not move in memory from here on)
    std::vector<Finding> findings;
    findings.reserve(std::size_t(2 * e.slos.size() + e.monitors.size()));
    for (const SloStatus &s : std::as_const(e.slos)) {
        for (const bool fast : {true, false})
            findings.push_back(Finding{s.slo.name + (fast ? QStringLiteral(":fast") : QStringLiteral(":slow")), fast ? s.fastBurning : s.slowBurning,
                                       0, &s, fast, nullptr});
    }
    for (const MonitorStatus &s : std::as_const(e.monitors))
        findings.push_back(Finding{s.monitor.name, s.condition, s.monitor.cooldownMinutes, nullptr, false, &s});

    // move the rules
    AlertStore &store = m_store;
    // the open alerts as they were: most evaluations move no rule, and then they still are
    auto firingBefore = store.history(AlertStore::kKeptAlerts, true);
    if (!firingBefore)
        return firingBefore.error();
    QHash<qint64, qsizetype> openAt; // index in firingBefore by id
    for (qsizetype i = 0; i < firingBefore->size(); ++i)
        openAt.insert(firingBefore->at(i).id, i);
    bool moved = false;
    QSet<QString> mutedRules;
    QSet<QString> configured;
    for (const Finding &f : std::as_const(findings)) {
        configured.insert(f.rule);
        const RuleState rule = rules->value(f.rule);
        const bool muted = rule.mutedAt(nowMs);
        if (rule.openAlert && !f.condition) {
            const AlertText text = alertText(f);
            auto resolved = store.resolve(*rule.openAlert, nowMs, text.resolvedMessage, text.details);
            if (!resolved)
                return resolved.error();
            moved = true;
            if (!resolved->muted && !muted)
                e.resolved.append(*resolved);
        } else if (rule.openAlert) {
            // still firing: told now if it was raised while muted and the mute has ended
            std::optional<Alert> open;
            if (const auto at = openAt.constFind(*rule.openAlert); at != openAt.cend()) {
                open = firingBefore->at(*at);
            } else {
                auto read = store.alert(*rule.openAlert);
                if (!read)
                    return read.error();
                open = std::move(*read);
            }
            if (open && open->muted && !muted) {
                if (auto marked = store.markNotified(*rule.openAlert); !marked)
                    return marked.error();
                moved = true;
                Alert told = *open;
                told.muted = false;
                e.raised.append(told);
            }
        } else if (f.condition) {
            const bool cooling = rule.lastResolvedAt && nowMs < *rule.lastResolvedAt + qint64(f.cooldownMinutes) * kMinute;
            if (!cooling) {
                AlertText text = alertText(f);
                Alert a;
                a.rule = f.rule;
                a.name = std::move(text.name);
                a.kind = std::move(text.kind);
                a.scope = std::move(text.scope);
                a.startedAt = nowMs;
                a.message = std::move(text.message);
                a.details = std::move(text.details);
                a.muted = muted;
                auto raised = store.raise(a);
                if (!raised)
                    return raised.error();
                moved = true;
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
        auto resolved = store.resolve(
            *it->openAlert, nowMs,
            QCoreApplication::translate("sb::monitor::Evaluator", "%1: resolved, its SLO or monitor was removed").arg(it.key()), {});
        if (!resolved)
            return resolved.error();
        moved = true;
        if (!resolved->muted && !it->mutedAt(nowMs))
            e.resolved.append(*resolved);
    }
    if (moved) {
        auto firing = store.history(AlertStore::kKeptAlerts, true);
        if (!firing)
            return firing.error();
        e.firing = *firing;
    } else {
        e.firing = std::move(*firingBefore);
    }
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
