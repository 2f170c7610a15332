#include "usage/monitorrollups.h"

#include "common/logging.h"
#include "common/throughput.h"
#include "storage/sql.h"
#include "usage/ledgerwriter.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#if SB_LEDGER_SQLITE_C_API
#include <sqlite3.h>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#include <deque>
#include <limits>
#include <tuple>
#include <vector>

namespace sb::usage {

qint64 resolutionMs(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Minute: return kMsPerMinute;
    case Resolution::Hour: return kMsPerHour;
    case Resolution::Day: return kMsPerDay;
    }
    return kMsPerMinute;
}

qint64 bucketStart(Resolution resolution, qint64 epochMs)
{
    const qint64 size = resolutionMs(resolution);
    const qint64 floor = epochMs >= 0 ? epochMs / size : -((-epochMs + size - 1) / size);
    return floor * size;
}

QString rollupTable(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Minute: return QStringLiteral("monitor_minute");
    case Resolution::Hour: return QStringLiteral("monitor_hour");
    case Resolution::Day: return QStringLiteral("monitor_day");
    }
    return QStringLiteral("monitor_minute");
}

QString totalsTable(TotalsKind kind, Resolution resolution)
{
    if (kind != TotalsKind::All && resolution == Resolution::Minute)
        return {};
    static const QString suffixes[] = {QStringLiteral("_all"), QStringLiteral("_route"), QStringLiteral("_key"), QStringLiteral("_model")};
    const QString &suffix = suffixes[std::size_t(kind)];
    return rollupTable(resolution) + suffix;
}

QString totalsTable(Resolution resolution)
{
    return totalsTable(TotalsKind::All, resolution);
}

QString totalsStartKey(TotalsKind kind, Resolution resolution)
{
    if (kind == TotalsKind::All && resolution == Resolution::Hour)
        return QStringLiteral("hour");
    if (kind == TotalsKind::All && resolution == Resolution::Day)
        return QStringLiteral("day");
    return totalsTable(kind, resolution);
}

MonitorGroup MonitorGroup::total() const
{
    MonitorGroup g;
    g.status = status;
    g.errorKind = errorKind;
    return g;
}

std::optional<MonitorGroup> MonitorGroup::totalOf(TotalsKind kind) const
{
    MonitorGroup g = total();
    switch (kind) {
    case TotalsKind::All: return g;
    case TotalsKind::Route:
        if (route.isEmpty())
            return std::nullopt;
        g.route = route;
        return g;
    case TotalsKind::Key:
        if (source != Source::Proxy || sourceKey.isEmpty())
            return std::nullopt;
        g.source = Source::Proxy;
        g.sourceKey = sourceKey;
        return g;
    case TotalsKind::Model:
        g.provider = provider;
        g.model = model;
        return g;
    }
    return std::nullopt;
}

MonitorGroup MonitorGroup::of(const CallRecord &call)
{
    MonitorGroup g;
    g.provider = call.provider;
    g.model = call.requestedModel.isEmpty() ? call.model : call.requestedModel;
    g.route = call.route;
    g.source = call.source;
    if (call.source == Source::Proxy)
        g.sourceKey = call.sourceKey;
    g.status = call.status;
    if (call.status != CallStatus::Ok)
        g.errorKind = call.errorKind;
    return g;
}

std::size_t MonitorGroupHash::operator()(const MonitorGroup &g) const noexcept
{
    return qHashMulti(0, g.provider, g.model, g.route, int(g.source), g.sourceKey, int(g.status), g.errorKind);
}

void MonitorSums::add(const CallRecord &c)
{
    add(c, c.costNano());
}

void MonitorSums::add(const CallRecord &c, qint64 cost)
{
    ++attempts;
    requests += c.attempt <= 1 ? 1 : 0;
    inputTokens += c.usage.inputTokens;
    outputTokens += c.usage.outputTokens;
    cacheReadTokens += c.usage.cacheReadTokens;
    cacheWriteTokens += c.usage.cacheWriteTokens;
    reasoningTokens += c.usage.reasoningTokens;
    costNano += cost;
    unpriced += c.unpriced ? 1 : 0;
    latencyMsSum += c.latencyMs;
    latency.add(double(c.latencyMs));
    if (c.ttftMs) {
        ++ttftCount;
        ttftMsSum += *c.ttftMs;
        ttft.add(double(*c.ttftMs));
    }
    if (const std::optional<double> rate = sb::tokensPerSecond(c.usage.outputTokens, c.latencyMs, c.ttftMs); rate && *rate > 0) {
        tokensPerSecond.add(*rate);
        gap.add(1000.0 / *rate);
    }
}

const std::array<qint64 MonitorSums::*, 12> MonitorSums::kCounters{
    &MonitorSums::attempts,        &MonitorSums::requests,         &MonitorSums::inputTokens,     &MonitorSums::outputTokens,
    &MonitorSums::cacheReadTokens, &MonitorSums::cacheWriteTokens, &MonitorSums::reasoningTokens, &MonitorSums::costNano,
    &MonitorSums::unpriced,        &MonitorSums::latencyMsSum,     &MonitorSums::ttftCount,       &MonitorSums::ttftMsSum};
const std::array<LogHistogram MonitorSums::*, 4> MonitorSums::kHistograms{&MonitorSums::latency, &MonitorSums::ttft, &MonitorSums::gap,
                                                                          &MonitorSums::tokensPerSecond};

void MonitorSums::merge(const MonitorSums &o)
{
    for (qint64 MonitorSums::*counter : kCounters)
        this->*counter += o.*counter;
    for (LogHistogram MonitorSums::*histogram : kHistograms)
        (this->*histogram).merge(o.*histogram);
}

MonitorToldCounts MonitorToldCounts::of(const MonitorSums &sums)
{
    return {sums.attempts, sums.requests, sums.costNano, sums.unpriced, sums.ttftCount, sums.ttftMsSum, sums.latencyMsSum};
}

// ---- listeners ----------------------------------------------------------------------------------

namespace {

struct Listeners {
    QMutex mutex;
    std::map<QString, std::vector<std::weak_ptr<MonitorCommitListener>>> byKey;
    std::map<QString, int> untold; // writers' transactions under way that began telling nobody, by key
};

Listeners &listeners()
{
    static Listeners l;
    return l;
}

// The live listeners on a database (expired ones dropped).
std::vector<std::shared_ptr<MonitorCommitListener>> listenersOf(const QString &key)
{
    Listeners &l = listeners();
    QMutexLocker lock(&l.mutex);
    std::vector<std::shared_ptr<MonitorCommitListener>> out;
    const auto it = l.byKey.find(key);
    if (it == l.byKey.end())
        return out;
    auto &list = it->second;
    for (auto w = list.begin(); w != list.end();) {
        if (auto strong = w->lock()) {
            out.push_back(std::move(strong));
            ++w;
        } else {
            w = list.erase(w);
        }
    }
    if (list.empty())
        l.byKey.erase(it);
    return out;
}

// Whether anyone listens on `key`. When nobody does, the caller's transaction counts as untold on it
// (`untoldOn` set, once) until it ends (endUntold): a listener that comes meanwhile reads again after it.
bool anyListenerOf(const QString &key, QString &untoldOn)
{
    Listeners &l = listeners();
    QMutexLocker lock(&l.mutex);
    if (l.byKey.find(key) != l.byKey.end())
        return true;
    if (untoldOn.isNull()) {
        ++l.untold[key];
        untoldOn = key.isNull() ? QStringLiteral("") : key;
    }
    return false;
}

} // namespace

QString monitorDatabaseKey(const QSqlDatabase &db)
{
    return QStringLiteral("%1|%2|%3|%4").arg(db.driverName(), db.hostName()).arg(db.port()).arg(db.databaseName());
}

void listenToMonitorCommits(const QString &databaseKey, const std::shared_ptr<MonitorCommitListener> &listener)
{
    Listeners &l = listeners();
    QMutexLocker lock(&l.mutex);
    l.byKey[databaseKey].push_back(listener);
}

bool untoldMonitorWrites(const QString &databaseKey)
{
    Listeners &l = listeners();
    QMutexLocker lock(&l.mutex);
    return l.untold.find(databaseKey) != l.untold.end();
}

namespace detail {

namespace {

constexpr const char *kKeyColumns = "provider, model, t, route, source, source_key, status, error_kind";
constexpr const char *kValueColumns = "attempts, requests, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, "
                                      "cost_nusd, unpriced, latency_ms_sum, ttft_count, ttft_ms_sum, latency_hist, ttft_hist, gap_hist, tps_hist";

constexpr std::array<Resolution, 3> kResolutions{Resolution::Minute, Resolution::Hour, Resolution::Day};
// The writer's tables by slot: the three resolutions' per-group rollups (slot = resolution), then for
// each TotalsKind its three (slot = 3 * (1 + kind) + resolution; no table for some)
constexpr std::size_t kSlots = 15;

constexpr std::size_t slotOf(TotalsKind kind, Resolution resolution)
{
    return 3 * (1 + std::size_t(kind)) + std::size_t(resolution);
}

Resolution resolutionOfSlot(std::size_t slot)
{
    return Resolution(slot % 3);
}

std::optional<TotalsKind> kindOfSlot(std::size_t slot)
{
    return slot < 3 ? std::nullopt : std::optional<TotalsKind>(TotalsKind(slot / 3 - 1));
}

QString slotTable(std::size_t slot)
{
    const auto kind = kindOfSlot(slot);
    return kind ? totalsTable(*kind, resolutionOfSlot(slot)) : rollupTable(resolutionOfSlot(slot));
}

// Whether a slot's table keeps its source column empty (the all-calls, route and model totals; the key totals
// keep 'proxy', so that the readers' filter on it holds there too)
bool emptySource(std::size_t slot)
{
    const auto kind = kindOfSlot(slot);
    return kind && *kind != TotalsKind::Key;
}

// Whether the listeners are told a slot's rows (MonitorCommit): the per-group minutes and the
// all-calls hours.
bool toldSlot(std::size_t slot)
{
    return slot == std::size_t(Resolution::Minute) || slot == slotOf(TotalsKind::All, Resolution::Hour);
}

QVariant blob(const LogHistogram &h)
{
    return h.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(h.encode());
}

Error failure(const QSqlQuery &q, const QString &what)
{
    const QSqlError e = q.lastError();
    return Error::make(Error::Kind::Database,
                       QStringLiteral("monitoring rollups: %1: %2").arg(what, (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed()));
}

// The column types of a rollup row for PostgreSQL's batches (sql::unnestSelect): the keys, then the
// counters and the histograms.
constexpr const char *kKeyTypes = "TTITTTTT";
QByteArray rowTypes()
{
    return QByteArray(kKeyTypes) + QByteArray(int(MonitorSums::kCounters.size()), 'I') + QByteArray(int(MonitorSums::kHistograms.size()), 'B');
}

// A stored rollup row's sums, from `column` on (the counters, then the histograms); a damaged
// histogram is replaced, saying so.
MonitorSums storedSums(const QSqlQuery &q, int column, const QString &table)
{
    MonitorSums sums;
    for (qint64 MonitorSums::*counter : MonitorSums::kCounters)
        sums.*counter = q.value(column++).toLongLong();
    for (LogHistogram MonitorSums::*histogram : MonitorSums::kHistograms) {
        if (!(sums.*histogram).mergeEncoded(q.value(column++).toByteArray()))
            qCWarning(lcUsage) << "monitoring rollups: a damaged histogram in" << table << "was replaced";
    }
    return sums;
}

// SQLite: a row's sums added to the stored row, if any: the counters with +, the histograms with
// sb_histogram_add (histogramAdd); with `returning`, the row's attempts after it (RETURNING costs
// SQLite a temporary table per statement: only where the listeners are told).
QString upsertSql(const QString &table, const QStringList &keys, const QStringList &values, bool returning)
{
    QStringList set;
    for (const QString &v : values) {
        set << (v.endsWith(QLatin1String("_hist")) ? QStringLiteral("%1 = sb_histogram_add(%2.%1, excluded.%1)").arg(v, table)
                                                   : QStringLiteral("%1 = %2.%1 + excluded.%1").arg(v, table));
    }
    return QStringLiteral("INSERT INTO %1(%2, %3) VALUES (%4) ON CONFLICT(%2) DO UPDATE SET %5%6")
        .arg(table, keys.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
             QStringLiteral("?, ").repeated(keys.size() + values.size()).chopped(2), set.join(QStringLiteral(", ")),
             returning ? QStringLiteral(" RETURNING attempts") : QString());
}

#if SB_LEDGER_SQLITE_C_API
QByteArrayView blobOf(sqlite3_value *v)
{
    const void *data = sqlite3_value_blob(v);
    return QByteArrayView(static_cast<const char *>(data), data ? sqlite3_value_bytes(v) : 0);
}

// sb_histogram_add(stored, added): the encoded sum of two encoded histograms (NULL is empty). A damaged
// stored one is replaced by the added one, saying so, as a read of it did.
void histogramAdd(sqlite3_context *context, int, sqlite3_value **argv)
{
    const QByteArrayView stored = blobOf(argv[0]);
    const QByteArrayView added = blobOf(argv[1]);
    thread_local QByteArray sum; // its capacity kept from call to call
    bool ok = LogHistogram::addEncoded(stored, added, sum);
    if (!ok && LogHistogram::addEncoded({}, added, sum)) {
        qCWarning(lcUsage) << "monitoring rollups: a damaged histogram was replaced";
        ok = true;
    }
    if (!ok)
        sqlite3_result_error(context, "sb_histogram_add: not an encoded histogram", -1);
    else if (sum.isEmpty())
        sqlite3_result_null(context);
    else
        sqlite3_result_blob(context, sum.constData(), int(sum.size()), SQLITE_TRANSIENT);
}

// A native statement's failure; resets it (after reading the message).
Error failure(sql::NativeStatement &q, const QString &what)
{
    const Error e = Error::make(Error::Kind::Database, QStringLiteral("monitoring rollups: %1: %2").arg(what, q.errorMessage().trimmed()));
    q.reset();
    return e;
}
#endif

// PostgreSQL: the rollup rows of a batch with one statement, whatever their number (each statement is
// a round trip to the server): an INSERT ... ON CONFLICT of them all that adds each to the stored row in
// SQL (the histograms with sb_histogram_add, migration 0027), returning the rows' attempts after it.
// `upsert` is the slot's batch statement (upsertSql, its rows unnested from arrays).
// `attempts`, when given, gets each written row's attempts before and after, in the rows' order.
template<typename Row>
Expected<void> upsertRows(QSqlQuery &upsert, bool totals, const std::vector<Row> &toWrite, qint64 minuteCutoff,
                          std::vector<std::pair<qint64, qint64>> *attempts)
{
    using Keys = std::array<QString, 8>;
    std::vector<std::pair<QString, qint64>> rows; // the keys joined, and the attempts added
    std::vector<QString> arrays(8 + MonitorSums::kCounters.size() + MonitorSums::kHistograms.size());
    for (const Row &row : toWrite) {
        const qint64 t = row.t;
        const MonitorGroup &g = *row.group;
        const MonitorSums &add = *row.sums;
        if (t < minuteCutoff)
            continue;
        const Keys k{sql::nonNull(g.provider),
                     sql::nonNull(g.model),
                     QString::number(t),
                     sql::nonNull(g.route),
                     totals ? sql::nonNull(QString()) : sourceName(g.source),
                     sql::nonNull(g.sourceKey),
                     statusName(g.status),
                     sql::nonNull(g.errorKind)};
        if (attempts)
            rows.emplace_back(QStringList(k.cbegin(), k.cend()).join(QChar(0x1f)), add.attempts);
        std::size_t column = 0;
        for (std::size_t i = 0; i < k.size(); ++i)
            sql::appendArrayElement(arrays[column++], k[i], kKeyTypes[i] == 'T');
        for (qint64 MonitorSums::*counter : MonitorSums::kCounters)
            sql::appendArrayElement(arrays[column++], QString::number(add.*counter), false);
        for (LogHistogram MonitorSums::*histogram : MonitorSums::kHistograms)
            sql::appendArrayBytes(arrays[column++], (add.*histogram).isEmpty() ? QByteArray() : (add.*histogram).encode());
    }
    if (arrays.front().isEmpty())
        return {};
    for (std::size_t c = 0; c < arrays.size(); ++c)
        upsert.bindValue(int(c), sql::arrayLiteral(arrays[c]));
    if (!upsert.exec())
        return failure(upsert, QStringLiteral("cannot write the rollups"));
    QHash<QString, qint64> after;
    while (attempts && upsert.next()) {
        QStringList k;
        for (int i = 0; i < 8; ++i)
            k << upsert.value(i).toString();
        after.insert(k.join(QChar(0x1f)), upsert.value(8).toLongLong());
    }
    upsert.finish();
    if (attempts) {
        attempts->reserve(rows.size());
        for (const auto &[key, added] : rows) {
            const qint64 now = after.value(key, added);
            attempts->emplace_back(now - added, now);
        }
    }
    return {};
}

struct VersionSpan {
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    qint64 calls = 0;
};

// A row's histograms as bound: encoded, an empty array (NULL) for an empty one.
using EncodedSums = std::array<QByteArray, std::tuple_size_v<decltype(MonitorSums::kHistograms)>>;
EncodedSums encodedSums(const MonitorSums &sums)
{
    EncodedSums out;
    for (std::size_t h = 0; h < out.size(); ++h) {
        const LogHistogram &histogram = sums.*MonitorSums::kHistograms[h];
        if (!histogram.isEmpty())
            out[h] = histogram.encode();
    }
    return out;
}

} // namespace

// The writer's numbers of its groups: open addressing over a 64-bit hash of each group's strings, the
// groups' strings kept once, flat, to check a match against. A lookup reads the group's strings in place
// (of the call: no group is built but for a new one) once, and touches a slot and its key:
// bench/monitor/results-2026-12-08-tell2.md.
class MonitorRollupWriter::GroupNumbers
{
public:
    // A group's strings (provider, model, route, source key, error kind) and kinds (source and status).
    struct View {
        std::array<const QString *, 5> strings;
        std::uint16_t kinds = 0;
    };
    static View of(const MonitorGroup &g) { return {{&g.provider, &g.model, &g.route, &g.sourceKey, &g.errorKind}, kindsOf(g.source, g.status)}; }
    // The strings of MonitorGroup::of(call), without making it.
    static View of(const CallRecord &c)
    {
        static const QString none;
        return {{&c.provider, c.requestedModel.isEmpty() ? &c.model : &c.requestedModel, &c.route, c.source == Source::Proxy ? &c.sourceKey : &none,
                 c.status != CallStatus::Ok ? &c.errorKind : &none},
                kindsOf(c.source, c.status)};
    }

    // The group's number; `next` (and `added` set) when it has none.
    std::uint32_t numberOf(const View &g, std::uint32_t next, bool &added)
    {
        // read in place: 8 bytes at a time multiplied and rotated in, each string's size first
        std::uint64_t h = 0x243F6A8885A308D3ull ^ g.kinds;
        for (const QString *s : g.strings) {
            const char *p = reinterpret_cast<const char *>(s->constData());
            std::size_t n = std::size_t(s->size()) * sizeof(char16_t);
            h = std::rotl((h ^ n) * 0x9E3779B97F4A7C15ull, 29);
            for (; n >= 8; n -= 8, p += 8) {
                std::uint64_t w;
                std::memcpy(&w, p, 8);
                h = std::rotl((h ^ w) * 0x9E3779B97F4A7C15ull, 29);
            }
            // the tail (at most three characters) one at a time: no call of memcpy with a variable size
            std::uint64_t w = 0;
            for (const char16_t *c = reinterpret_cast<const char16_t *>(p), *end = c + n / 2; c != end; ++c)
                w = w << 16 | *c;
            h = std::rotl((h ^ w) * 0x9E3779B97F4A7C15ull, 29);
        }
        h ^= h >> 32;
        if (2 * (m_keys.size() + 1) > m_slots.size())
            grow();
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = std::size_t(h) & mask;; slot = (slot + 1) & mask) {
            Slot &s = m_slots[slot];
            if (s.number == kNone) {
                s = {h, next};
                Key &k = m_keys.emplace_back();
                k.offset = m_text.size();
                k.kinds = g.kinds;
                for (std::size_t i = 0; i < g.strings.size(); ++i) {
                    const QString &string = *g.strings[i];
                    k.sizes[i] = std::uint32_t(string.size());
                    if (!string.isEmpty())
                        m_text.insert(m_text.end(), string.constData(), string.constData() + string.size());
                }
                added = true;
                return next;
            }
            if (s.hash == h && matches(m_keys[s.number], g))
                return s.number;
        }
    }

private:
    static constexpr std::uint32_t kNone = ~std::uint32_t(0);
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t number = kNone;
    };
    struct Key {
        std::size_t offset = 0; // its strings, one after the other, in m_text
        std::array<std::uint32_t, 5> sizes{};
        std::uint16_t kinds = 0; // source and status
    };
    std::vector<Slot> m_slots; // a power of two of them, at most half used
    std::vector<Key> m_keys; // by number
    std::vector<QChar> m_text;

    static std::uint16_t kindsOf(Source source, CallStatus status) { return std::uint16_t(std::uint64_t(source) << 8 | std::uint64_t(status)); }
    // The same characters, compared in place 8 bytes at a time (no call of memcmp per string).
    static bool same(const QChar *a, const QChar *b, std::size_t n)
    {
        const char *p = reinterpret_cast<const char *>(a);
        const char *q = reinterpret_cast<const char *>(b);
        std::size_t bytes = n * sizeof(QChar);
        for (; bytes >= 8; bytes -= 8, p += 8, q += 8) {
            std::uint64_t x, y;
            std::memcpy(&x, p, 8);
            std::memcpy(&y, q, 8);
            if (x != y)
                return false;
        }
        for (; bytes != 0; bytes -= 2, p += 2, q += 2) {
            std::uint16_t x, y;
            std::memcpy(&x, p, 2);
            std::memcpy(&y, q, 2);
            if (x != y)
                return false;
        }
        return true;
    }
    bool matches(const Key &k, const View &g) const
    {
        if (k.kinds != g.kinds)
            return false;
        std::size_t offset = k.offset;
        for (std::size_t i = 0; i < g.strings.size(); ++i) {
            const auto n = std::size_t(g.strings[i]->size());
            if (k.sizes[i] != n || (n != 0 && !same(m_text.data() + offset, g.strings[i]->constData(), n)))
                return false;
            offset += n;
        }
        return true;
    }
    void grow()
    {
        std::vector<Slot> old(std::max<std::size_t>(256, 2 * m_slots.size()));
        old.swap(m_slots);
        const std::size_t mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (s.number == kNone)
                continue;
            std::size_t slot = std::size_t(s.hash) & mask;
            while (m_slots[slot].number != kNone)
                slot = (slot + 1) & mask;
            m_slots[slot] = s;
        }
    }
};

struct MonitorRollupWriter::Row {
    qint64 t = 0;
    const MonitorGroup *group = nullptr;
    const MonitorSums *sums = nullptr;
    const EncodedSums *encoded = nullptr; // SQLite's C API: its histograms as bound
};

namespace {

// The buckets as rows to upsert (MonitorRollupWriter::Row).
template<typename Row> std::vector<Row> bucketRows(const MonitorBuckets &buckets)
{
    std::vector<Row> rows;
    rows.reserve(buckets.size());
    for (const auto &[key, add] : buckets)
        rows.push_back(Row{key.first, &key.second, &add, nullptr});
    return rows;
}

// The rows with their histograms encoded (where not yet) into `encoded`, which must outlive them.
template<typename Row> std::vector<Row> withEncoded(std::vector<Row> rows, std::deque<EncodedSums> &encoded)
{
    for (Row &row : rows) {
        if (!row.encoded)
            row.encoded = &encoded.emplace_back(encodedSums(*row.sums));
    }
    return rows;
}

// What upsert() needs to know of a slot: the minutes older than those kept (before newestMs, the newest
// call written), whether its source column stays empty, whether it is the per-group minutes or the
// all-calls hours (told to the listeners).
struct SlotTraits {
    qint64 minuteCutoff;
    bool emptySource;
    bool minutes;
    bool hourTotals;
};
SlotTraits slotTraits(std::size_t slot, qint64 newestMs)
{
    return {resolutionOfSlot(slot) == Resolution::Minute && newestMs != std::numeric_limits<qint64>::min() ? newestMs - kMinuteRetentionMs
                                                                                                           : std::numeric_limits<qint64>::min(),
            emptySource(slot), slot == std::size_t(Resolution::Minute), slot == slotOf(TotalsKind::All, Resolution::Hour)};
}

// The totals a resolution's rows are added to (only0020: those of migration 0020 alone, see prepare()).
std::vector<TotalsKind> totalsKindsOf(Resolution resolution, bool only0020)
{
    std::vector<TotalsKind> kinds;
    for (const TotalsKind kind : kTotalsKinds) {
        if (!totalsTable(kind, resolution).isEmpty() && !(only0020 && (kind != TotalsKind::All || resolution == Resolution::Minute)))
            kinds.push_back(kind);
    }
    return kinds;
}

} // namespace

struct MonitorRollupWriter::Statements {
    explicit Statements(const QSqlDatabase &db)
        : savepoint(db)
        , release(db)
        , rollbackTo(db)
        , version(db)
        , prune(db)
        , pruneAll(db)
        , pruneFloor(db)
    {
        for (std::size_t i = 0; i < kSlots; ++i) {
            select[i] = std::make_unique<QSqlQuery>(db);
            replace[i] = std::make_unique<QSqlQuery>(db);
            // Qt's SQLite driver otherwise sets up a cache of 128 rows for every exec() of a query that
            // can scroll back: 2,048 QVariants for a rollup row (bench/FINDINGS.md, Ledger)
            select[i]->setForwardOnly(true);
            replace[i]->setForwardOnly(true);
        }
        for (QSqlQuery *q : {&savepoint, &release, &rollbackTo, &version, &prune, &pruneFloor})
            q->setForwardOnly(true);
    }
    QSqlQuery savepoint, release, rollbackTo, version, prune, pruneAll, pruneFloor;
    std::array<std::unique_ptr<QSqlQuery>, kSlots> select; // by slot; none where a slot has no table
    std::array<std::unique_ptr<QSqlQuery>, kSlots> replace;
    // SQLite through its C API (sql::NativeStatement, as the ledger writer): the same statements, prepared
    // once on the connection; used instead of the QSqlQuery ones above when `native` is set
    ::sqlite3 *native = nullptr;
    std::array<sql::NativeStatement, kSlots> nativeUpsert; // adds a row's sums in SQL (upsertSql)
    std::array<sql::NativeStatement, kSlots> nativeUpsertTold; // the same, RETURNING attempts: the slots told to listeners
    sql::NativeStatement nativeSavepoint, nativeRelease, nativeRollbackTo, nativeVersion, nativePrune, nativePruneAll, nativePruneFloor;
    // the deferred rollups' markers (monitor_pending, migration 0028): prepared when the table is there
    sql::NativeStatement nativeMark, nativeReadMarked, nativeDeleteMarked;
    bool markers = false;
    QSqlDatabase db; // for the backfill's statements, made as needed

    // The oldest minute row's start, if any.
    Expected<std::optional<qint64>> oldestMinute()
    {
#if SB_LEDGER_SQLITE_C_API
        if (native) {
            if (nativePruneFloor.step() != SQLITE_ROW)
                return failure(nativePruneFloor, QStringLiteral("cannot read the oldest minute"));
            const std::optional<qint64> t = nativePruneFloor.columnIsNull(0) ? std::nullopt : std::optional(nativePruneFloor.columnInt(0));
            nativePruneFloor.reset();
            return t;
        }
#endif
        if (!pruneFloor.exec())
            return failure(pruneFloor, QStringLiteral("cannot read the oldest minute"));
        const std::optional<qint64> t = pruneFloor.next() && !pruneFloor.value(0).isNull() ? std::optional(pruneFloor.value(0).toLongLong())
                                                                                           : std::nullopt;
        pruneFloor.finish();
        return t;
    }
    // Deletes the minute rows (per group and all calls) before `t`.
    Expected<void> pruneBefore(qint64 t)
    {
#if SB_LEDGER_SQLITE_C_API
        if (native) {
            for (sql::NativeStatement *q : {&nativePrune, &nativePruneAll}) {
                q->bindInt(0, t);
                if (!q->run())
                    return failure(*q, QStringLiteral("cannot prune old minutes"));
            }
            return {};
        }
#endif
        for (QSqlQuery *q : {&prune, &pruneAll}) {
            q->bindValue(0, t);
            if (!q->exec())
                return failure(*q, QStringLiteral("cannot prune old minutes"));
            q->finish();
        }
        return {};
    }
    bool only0020 = false; // no tables of 0024 (bench/monitor's comparison)
    bool postgres = false; // replace takes arrays: every row of a slot at once (upsertRows)
    bool takeTurns = false; // PostgreSQL: the advisory lock of inSavepoint
};

MonitorRollupWriter::MonitorRollupWriter(Clock clock, bool preferCApi)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_preferCApi(preferCApi)
{
}

MonitorRollupWriter::~MonitorRollupWriter()
{
    endUntold();
}

void MonitorRollupWriter::release()
{
    endUntold();
    m_statements.reset();
}

void MonitorRollupWriter::endUntold()
{
    if (m_untoldOn.isNull())
        return;
    Listeners &l = listeners();
    QMutexLocker lock(&l.mutex);
    if (const auto it = l.untold.find(m_untoldOn); it != l.untold.end() && --it->second <= 0)
        l.untold.erase(it);
    m_untoldOn = QString();
}

Expected<void> MonitorRollupWriter::prepare(const QSqlDatabase &db)
{
    if (m_statements)
        return {};
    auto s = std::make_unique<Statements>(db);
    const sql::Dialect dialect = sql::dialectOf(db);
    const QStringList keys = QString::fromLatin1(kKeyColumns).split(QStringLiteral(", "));
    const QStringList values = QString::fromLatin1(kValueColumns).split(QStringLiteral(", "));
    QString where;
    for (const QString &k : keys)
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + k + QStringLiteral(" = ?");
    std::vector<std::pair<QSqlQuery *, QString>> statements;
    std::array<QString, kSlots> upsertText, upsertToldText; // SQLite's, for the native statements
    // For the benchmark's comparison only (bench/monitor --writer): the totals of 0020 alone, as before 0024
    s->only0020 = qEnvironmentVariable("SWITCHBOARD_MONITOR_TOTALS") == QLatin1String("0020");
    for (std::size_t slot = 0; slot < kSlots; ++slot) {
        const QString table = slotTable(slot);
        if (table.isEmpty())
            continue;
        if (dialect == sql::Dialect::PostgreSql) {
            statements.emplace_back(s->replace[slot].get(),
                                    QString::fromUtf8(sql::unnestInsert(upsertSql(table, keys, values, false).toUtf8(), rowTypes()))
                                        + QStringLiteral(" RETURNING %1, attempts").arg(QLatin1String(kKeyColumns)));
            continue;
        }
        upsertText[slot] = upsertSql(table, keys, values, false);
        if (toldSlot(slot))
            upsertToldText[slot] = upsertSql(table, keys, values, true);
        statements.emplace_back(s->select[slot].get(), QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(QLatin1String(kValueColumns), table, where));
        statements.emplace_back(s->replace[slot].get(), sql::insertOrReplace(dialect, table, keys, values));
    }
    s->db = db;
    s->postgres = dialect == sql::Dialect::PostgreSql;
    // For the team benchmark's comparison only (bench/team): without the turns, as before (serves on one
    // database then lose part of each other's rollups)
    s->takeTurns = s->postgres && qEnvironmentVariable("SWITCHBOARD_MONITOR_ROLLUP_TURNS") != QLatin1String("0");
    statements.emplace_back(&s->version,
                            QStringLiteral("INSERT INTO monitor_model_versions(provider, requested, answered, first_seen, last_seen, calls) "
                                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(provider, requested, answered) DO UPDATE SET "
                                           "first_seen = %1(monitor_model_versions.first_seen, excluded.first_seen), "
                                           "last_seen = %2(monitor_model_versions.last_seen, excluded.last_seen), "
                                           "calls = monitor_model_versions.calls + excluded.calls")
                                .arg(sql::scalarMin(dialect), sql::scalarMax(dialect)));
    statements.emplace_back(&s->prune, QStringLiteral("DELETE FROM monitor_minute WHERE t < ?"));
    statements.emplace_back(&s->pruneAll, QStringLiteral("DELETE FROM monitor_minute_all WHERE t < ?"));
    statements.emplace_back(&s->pruneFloor, QStringLiteral("SELECT min(t) FROM monitor_minute"));
#if SB_LEDGER_SQLITE_C_API
    // the C API skips a QVariant per column and Qt's result set per statement (bench/workflow)
    if (::sqlite3 *native = m_preferCApi && dialect == sql::Dialect::Sqlite ? sql::nativeSqlite(db) : nullptr) {
        // the upserts' histogram sums, on this connection only (other connections never run them)
        if (sqlite3_create_function_v2(native, "sb_histogram_add", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr, &histogramAdd,
                                       nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return Error::make(
                Error::Kind::Database,
                QStringLiteral("monitoring rollups: cannot add the histogram function: %1").arg(QString::fromUtf8(sqlite3_errmsg(native))));
        std::vector<std::pair<sql::NativeStatement *, QString>> natives;
        for (std::size_t slot = 0; slot < kSlots; ++slot) {
            if (!upsertText[slot].isEmpty())
                natives.emplace_back(&s->nativeUpsert[slot], upsertText[slot]);
            if (!upsertToldText[slot].isEmpty())
                natives.emplace_back(&s->nativeUpsertTold[slot], upsertToldText[slot]);
        }
        natives.emplace_back(&s->nativeSavepoint, QStringLiteral("SAVEPOINT monitor_rollups"));
        natives.emplace_back(&s->nativeRelease, QStringLiteral("RELEASE monitor_rollups"));
        natives.emplace_back(&s->nativeRollbackTo, QStringLiteral("ROLLBACK TO monitor_rollups"));
        for (const auto &[query, text] : statements) {
            if (query == &s->version)
                natives.emplace_back(&s->nativeVersion, text);
            else if (query == &s->prune)
                natives.emplace_back(&s->nativePrune, text);
            else if (query == &s->pruneAll)
                natives.emplace_back(&s->nativePruneAll, text);
            else if (query == &s->pruneFloor)
                natives.emplace_back(&s->nativePruneFloor, text);
        }
        for (const auto &[statement, text] : natives) {
            if (!statement->prepare(native, text.toUtf8().constData()))
                return Error::make(
                    Error::Kind::Database,
                    QStringLiteral("monitoring rollups: cannot prepare a statement: %1").arg(QString::fromUtf8(sqlite3_errmsg(native))));
        }
        // a database before 0028 (none the ledger opens: Database::open migrates) writes in every batch
        s->markers = s->nativeMark.prepare(native, "INSERT INTO monitor_pending(call_id, requested_model) VALUES (last_insert_rowid(), ?)")
            && s->nativeReadMarked.prepare(native,
                                           "SELECT c.started_at, c.source, c.source_key, c.provider, c.model, c.route, c.attempt, c.input_tokens, "
                                           "c.output_tokens, c.cache_read_tokens, c.cache_write_tokens, c.reasoning_tokens, c.cost_nusd, "
                                           "c.latency_ms, c.ttft_ms, c.status, c.error_kind, c.unpriced, p.requested_model "
                                           "FROM monitor_pending p JOIN calls c ON c.id = p.call_id ORDER BY p.call_id")
            && s->nativeDeleteMarked.prepare(native, "DELETE FROM monitor_pending");
        if (s->markers) {
            // markers left by another writer (one killed before its flush): flushed with the next
            sql::NativeStatement any;
            if (any.prepare(native, "SELECT EXISTS (SELECT 1 FROM monitor_pending)") && any.step() == SQLITE_ROW && any.columnInt(0) != 0)
                m_marked = true;
        }
        s->native = native;
        statements.clear(); // the QSqlQuery ones are not used
    }
#endif
    for (auto &[query, text] : statements) {
        if (!query->prepare(text))
            return failure(*query, QStringLiteral("cannot prepare a statement"));
    }
    m_statements = std::move(s);
    m_key = monitorDatabaseKey(db);
    return {};
}

Expected<void> MonitorRollupWriter::upsert(std::size_t slot, const std::vector<Row> &rows)
{
    QSqlQuery &select = *m_statements->select[slot];
    QSqlQuery &replace = *m_statements->replace[slot];
    const auto [minuteCutoff, totals, minutes, hourTotals] = slotTraits(slot, m_newestMs);
    if (m_statements->postgres) {
        const bool tell = m_feeding && (minutes || hourTotals);
        std::vector<std::pair<qint64, qint64>> attempts; // before and after, per row written
        if (auto done = upsertRows(replace, totals, rows, minuteCutoff, tell ? &attempts : nullptr); !done || !tell)
            return done;
        // the listeners' view, in the rows' order as the row-by-row path below gives it
        std::size_t row = 0;
        for (const Row &written : rows) {
            const qint64 t = written.t;
            const MonitorGroup &g = *written.group;
            if (t < minuteCutoff) {
                if (minutes)
                    m_minuteAttempts.push_back(-1);
                continue;
            }
            const auto &[before, after] = attempts[row++];
            if (minutes)
                m_minuteAttempts.push_back(after);
            else
                m_hourTotals.push_back({t, g.status, g.errorKind, before, after});
        }
        return {};
    }
#if SB_LEDGER_SQLITE_C_API
    if (m_statements->native) {
        std::deque<EncodedSums> encoded;
        return upsertNative(slot, withEncoded(rows, encoded));
    }
#endif
    for (const Row &row : rows) {
        const qint64 t = row.t;
        const MonitorGroup &g = *row.group;
        const MonitorSums &add = *row.sums;
        if (t < minuteCutoff) {
            if (m_feeding && minutes)
                m_minuteAttempts.push_back(-1);
            continue;
        }
        const QVariantList keys{sql::nonNull(g.provider),
                                sql::nonNull(g.model),
                                t,
                                sql::nonNull(g.route),
                                totals ? sql::nonNull(QString()) : sourceName(g.source),
                                sql::nonNull(g.sourceKey),
                                statusName(g.status),
                                sql::nonNull(g.errorKind)};
        for (int k = 0; k < keys.size(); ++k)
            select.bindValue(k, keys.at(k));
        if (!select.exec())
            return failure(select, QStringLiteral("cannot read a rollup"));
        MonitorSums sums;
        if (select.next())
            sums = storedSums(select, 0, slotTable(slot));
        select.finish();
        const qint64 before = sums.attempts;
        sums.merge(add);
        if (m_feeding && minutes)
            m_minuteAttempts.push_back(sums.attempts);
        else if (m_feeding && hourTotals)
            m_hourTotals.push_back({t, g.status, g.errorKind, before, sums.attempts});
        int column = 0;
        for (const QVariant &k : keys)
            replace.bindValue(column++, k);
        for (qint64 MonitorSums::*counter : MonitorSums::kCounters)
            replace.bindValue(column++, sums.*counter);
        for (LogHistogram MonitorSums::*histogram : MonitorSums::kHistograms)
            replace.bindValue(column++, blob(sums.*histogram));
        if (!replace.exec())
            return failure(replace, QStringLiteral("cannot write a rollup"));
        replace.finish();
    }
    return {};
}

#if SB_LEDGER_SQLITE_C_API
Expected<void> MonitorRollupWriter::upsertNative(std::size_t slot, const std::vector<Row> &rows)
{
    // one statement per row, its sums added in SQL: no read of the row into this process, and
    // another writer's part (another serve on the file) is added to, never overwritten
    const auto [minuteCutoff, totals, minutes, hourTotals] = slotTraits(slot, m_newestMs);
    const bool tell = m_feeding && (minutes || hourTotals);
    sql::NativeStatement &q = tell ? m_statements->nativeUpsertTold[slot] : m_statements->nativeUpsert[slot];
    const QString emptySourceName = sql::nonNull(QString());
    for (const Row &row : rows) {
        const MonitorGroup &g = *row.group;
        const MonitorSums &add = *row.sums;
        if (row.t < minuteCutoff) {
            if (m_feeding && minutes)
                m_minuteAttempts.push_back(-1);
            continue;
        }
        const QString source = totals ? emptySourceName : sourceName(g.source);
        const QString status = statusName(g.status);
        q.bindText(0, g.provider);
        q.bindText(1, g.model);
        q.bindInt(2, row.t);
        q.bindText(3, g.route);
        q.bindText(4, source);
        q.bindText(5, g.sourceKey);
        q.bindText(6, status);
        q.bindText(7, g.errorKind);
        int column = 8;
        for (qint64 MonitorSums::*counter : MonitorSums::kCounters)
            q.bindInt(column++, add.*counter);
        for (const QByteArray &blob : *row.encoded)
            q.bindBlob(column++, blob);
        if (!tell) {
            if (!q.run())
                return failure(q, QStringLiteral("cannot write a rollup"));
            continue;
        }
        if (q.step() != SQLITE_ROW)
            return failure(q, QStringLiteral("cannot write a rollup"));
        const qint64 after = q.columnInt(0);
        if (!q.run())
            return failure(q, QStringLiteral("cannot write a rollup"));
        if (minutes)
            m_minuteAttempts.push_back(after);
        else
            m_hourTotals.push_back({row.t, g.status, g.errorKind, after - add.attempts, after});
    }
    return {};
}
#else
Expected<void> MonitorRollupWriter::upsertNative(std::size_t, const std::vector<Row> &)
{
    return {};
}
#endif

Expected<void> MonitorRollupWriter::upsertWithTotals(Resolution resolution, const std::vector<Row> &groupRows)
{
#if SB_LEDGER_SQLITE_C_API
    if (m_statements->native) {
        // Each group's histograms encoded once; a totals row that one group makes up alone (a batch
        // of one model's calls: every totals row) binds that group's sums and blobs as they are, and
        // only one that adds several groups is summed. Before, every totals row was a new MonitorSums
        // (four 2 KiB histograms zeroed, merged and encoded again): bench/workflow.
        std::deque<EncodedSums> encoded;
        std::deque<MonitorSums> merged; // totals of several groups
        const std::vector<Row> rows = withEncoded(groupRows, encoded);
        if (auto done = upsertNative(std::size_t(resolution), rows); !done)
            return done;
        for (const TotalsKind kind : totalsKindsOf(resolution, m_statements->only0020)) {
            std::map<MonitorBucketKey, std::vector<std::size_t>> parts; // a totals row's groups (indexes in rows)
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (std::optional<MonitorGroup> g = rows[i].group->totalOf(kind))
                    parts[{rows[i].t, std::move(*g)}].push_back(i);
            }
            if (parts.empty())
                continue;
            std::vector<Row> totals;
            totals.reserve(parts.size());
            for (const auto &[key, of] : parts) {
                if (of.size() == 1) {
                    totals.push_back({key.first, &key.second, rows[of.front()].sums, rows[of.front()].encoded});
                    continue;
                }
                MonitorSums &sum = merged.emplace_back();
                for (const std::size_t i : of)
                    sum.merge(*rows[i].sums);
                totals.push_back({key.first, &key.second, &sum, &encoded.emplace_back(encodedSums(sum))});
            }
            if (auto done = upsertNative(slotOf(kind, resolution), totals); !done)
                return done;
        }
        return {};
    }
#endif
    if (auto done = upsert(std::size_t(resolution), groupRows); !done)
        return done;
    for (const TotalsKind kind : totalsKindsOf(resolution, m_statements->only0020)) {
        MonitorBuckets totals;
        for (const Row &row : groupRows) {
            if (const std::optional<MonitorGroup> g = row.group->totalOf(kind))
                totals[{row.t, *g}].merge(*row.sums);
        }
        if (totals.empty())
            continue;
        if (auto done = upsert(slotOf(kind, resolution), bucketRows<Row>(totals)); !done)
            return done;
    }
    return {};
}

Expected<void> MonitorRollupWriter::prune()
{
    if (m_newestMs == std::numeric_limits<qint64>::min())
        return {}; // nothing written yet (a backfill before the first batch)
    const qint64 cutoff = bucketStart(Resolution::Minute, m_newestMs - kMinuteRetentionMs);
    Statements &s = *m_statements;
    if (!m_pruneFloor) {
        auto oldest = s.oldestMinute();
        if (!oldest)
            return oldest.error();
        m_pruneFloor = oldest->value_or(cutoff);
    }
    if (*m_pruneFloor >= cutoff)
        return {};
    // an hour of minutes at most per batch
    const qint64 upTo = std::min(cutoff, *m_pruneFloor + kMsPerHour);
    if (auto pruned = s.pruneBefore(upTo); !pruned)
        return pruned;
    m_pruneFloor = upTo;
    return {};
}

Expected<void> MonitorRollupWriter::inSavepoint(const std::function<Expected<void>()> &work)
{
    Statements &s = *m_statements;
#if SB_LEDGER_SQLITE_C_API
    if (s.native) {
        if (!s.nativeSavepoint.run())
            return failure(s.nativeSavepoint, QStringLiteral("cannot start a savepoint"));
        Expected<void> done = work();
        if (done)
            done = prune();
        if (!done) {
            if (!s.nativeRollbackTo.run())
                s.nativeRollbackTo.reset();
            if (!s.nativeRelease.run())
                s.nativeRelease.reset();
            return done;
        }
        if (!s.nativeRelease.run())
            return failure(s.nativeRelease, QStringLiteral("cannot release the savepoint"));
        return {};
    }
#endif
    // run as text: PostgreSQL prepares only queries and DML, not SAVEPOINT and its kin
    if (!s.savepoint.exec(QStringLiteral("SAVEPOINT monitor_rollups")))
        return failure(s.savepoint, QStringLiteral("cannot start a savepoint"));
    // PostgreSQL: another serve on the same database writes the same rows. Each adds its part in SQL
    // (sb_histogram_add, migration 0027; before it, each read the rows and wrote them back merged, and
    // without turns the second of two serves overwrote the first's part), and the serves still take
    // turns until the commit: their batches' row locks are then never taken in opposite orders (a
    // deadlock that PostgreSQL would end by failing one). SQLite has one writer at a time already.
    if (s.takeTurns && !s.savepoint.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('switchboard.monitor_rollups'))"))) {
        const Error e = failure(s.savepoint, QStringLiteral("cannot take the rollups' lock"));
        (void)s.rollbackTo.exec(QStringLiteral("ROLLBACK TO monitor_rollups"));
        (void)s.release.exec(QStringLiteral("RELEASE monitor_rollups"));
        return e;
    }
    Expected<void> done = work();
    if (done)
        done = prune();
    if (!done) {
        (void)s.rollbackTo.exec(QStringLiteral("ROLLBACK TO monitor_rollups"));
        (void)s.release.exec(QStringLiteral("RELEASE monitor_rollups"));
        return done;
    }
    if (!s.release.exec(QStringLiteral("RELEASE monitor_rollups")))
        return failure(s.release, QStringLiteral("cannot release the savepoint"));
    return {};
}

// ---- backfill -------------------------------------------------------------------------------------

struct MonitorRollupWriter::Backfill {
    struct Table {
        std::size_t slot = 0;
        QString startKey;
        qint64 start = 0; // its first bucket
    };
    std::vector<Table> pending;
    std::array<qint64, 3> floor{}; // the oldest per-group row, by resolution
};

Expected<bool> MonitorRollupWriter::backfill(const QSqlDatabase &db, qint64 rowBudget)
{
    if (auto ok = prepare(db); !ok)
        return ok.error();
    bool filled = false;
    Expected<void> done = inSavepoint([&]() -> Expected<void> {
        auto step = backfillStep(rowBudget);
        if (!step)
            return step.error();
        filled = *step;
        return {};
    });
    if (!done) {
        m_backfill.reset(); // read again: the caller's transaction may be rolled back
        return done.error();
    }
    return filled;
}

void MonitorRollupWriter::backfillRolledBack()
{
    m_backfill.reset();
    m_backfillDone = false;
}

Expected<bool> MonitorRollupWriter::backfillStep(qint64 rowBudget)
{
    if (m_backfillDone)
        return true;
    const QSqlDatabase &db = m_statements->db;
    const auto scalar = [&db](const QString &text, const QVariantList &binds) -> Expected<std::optional<qint64>> {
        QSqlQuery q(db);
        if (!q.prepare(text))
            return failure(q, QStringLiteral("cannot prepare the backfill"));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return failure(q, QStringLiteral("cannot backfill the totals"));
        if (!q.next() || q.value(0).isNull())
            return std::optional<qint64>();
        return std::optional<qint64>(q.value(0).toLongLong());
    };
    if (!m_backfill) {
        auto state = std::make_unique<Backfill>();
        for (const Resolution r : kResolutions) {
            auto floor = scalar(QStringLiteral("SELECT min(t) FROM %1").arg(rollupTable(r)), {});
            if (!floor)
                return floor.error();
            if (!*floor)
                continue; // no rows: nothing to fill from
            state->floor[std::size_t(r)] = **floor;
            for (const TotalsKind kind : kTotalsKinds) {
                if (totalsTable(kind, r).isEmpty())
                    continue;
                auto start = scalar(QStringLiteral("SELECT t FROM monitor_totals_start WHERE resolution = ?"), {totalsStartKey(kind, r)});
                if (!start)
                    return start.error();
                if (*start && **start > **floor)
                    state->pending.push_back({slotOf(kind, r), totalsStartKey(kind, r), **start});
            }
        }
        m_backfill = std::move(state);
    }
    // the backfill's rows are no batch's: not told to the listeners
    const bool feeding = m_feeding;
    m_feeding = false;
    const auto restore = qScopeGuard([&] { m_feeding = feeding; });
    qint64 read = 0;
    while (!m_backfill->pending.empty() && read < rowBudget) {
        Backfill::Table &table = m_backfill->pending.back();
        const Resolution r = resolutionOfSlot(table.slot);
        const TotalsKind kind = *kindOfSlot(table.slot);
        const QString groups = rollupTable(r);
        // the newest bucket before the start that has rows (gaps are skipped)
        auto newest = scalar(QStringLiteral("SELECT max(t) FROM %1 WHERE t < ?").arg(groups), {table.start});
        if (!newest)
            return newest.error();
        const qint64 from = *newest ? bucketStart(r, **newest) : m_backfill->floor[std::size_t(r)];
        MonitorBuckets totals;
        if (*newest) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE t >= ? AND t < ?")
                               .arg(QLatin1String(kKeyColumns), QLatin1String(kValueColumns), groups)))
                return failure(q, QStringLiteral("cannot prepare the backfill"));
            q.addBindValue(from);
            q.addBindValue(table.start);
            if (!q.exec())
                return failure(q, QStringLiteral("cannot read the rollups to backfill"));
            MonitorGroup g;
            while (q.next()) {
                ++read;
                g.provider = q.value(0).toString();
                g.model = q.value(1).toString();
                g.route = q.value(3).toString();
                g.source = sourceFromName(q.value(4).toString()).value_or(Source::Playground);
                g.sourceKey = q.value(5).toString();
                g.status = statusFromName(q.value(6).toString()).value_or(CallStatus::Error);
                g.errorKind = q.value(7).toString();
                if (const std::optional<MonitorGroup> total = g.totalOf(kind))
                    totals[{q.value(2).toLongLong(), *total}].merge(storedSums(q, 8, groups));
            }
        }
        // rows a late call put below the start are in the per-group rows too: replaced, not added to
        QSqlQuery clear(db);
        if (!clear.prepare(QStringLiteral("DELETE FROM %1 WHERE t >= ? AND t < ?").arg(slotTable(table.slot))))
            return failure(clear, QStringLiteral("cannot prepare the backfill"));
        clear.addBindValue(from);
        clear.addBindValue(table.start);
        if (!clear.exec())
            return failure(clear, QStringLiteral("cannot backfill the totals"));
        if (auto done = upsert(table.slot, bucketRows<Row>(totals)); !done)
            return done.error();
        QSqlQuery move(db);
        if (!move.prepare(QStringLiteral("UPDATE monitor_totals_start SET t = ? WHERE resolution = ?")))
            return failure(move, QStringLiteral("cannot prepare the backfill"));
        move.addBindValue(from);
        move.addBindValue(table.startKey);
        if (!move.exec())
            return failure(move, QStringLiteral("cannot backfill the totals"));
        table.start = from;
        if (from <= m_backfill->floor[std::size_t(r)])
            m_backfill->pending.pop_back();
    }
    m_backfillDone = m_backfill->pending.empty();
    return m_backfillDone;
}

Expected<void> MonitorRollupWriter::writeBuckets(const QSqlDatabase &db, Resolution resolution, const MonitorBuckets &buckets)
{
    if (auto ok = prepare(db); !ok)
        return ok;
    startTelling();
    const qint64 bound = m_clock() + kMsPerHour;
    // the rows in (bucket, number) order, as writeCalls() writes and tells them
    std::vector<std::pair<std::pair<qint64, std::uint32_t>, const MonitorSums *>> numbered;
    numbered.reserve(buckets.size());
    for (const auto &[key, sums] : buckets) {
        m_newestMs = std::max(m_newestMs, std::min(key.first, bound));
        numbered.push_back({{key.first, numberOf(key.second)}, &sums});
    }
    std::sort(numbered.begin(), numbered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<Row> rows;
    rows.reserve(numbered.size());
    for (const auto &[key, sums] : numbered)
        rows.push_back({key.first, &m_groups[key.second], sums, nullptr});
    Expected<void> done = inSavepoint([&] { return upsertWithTotals(resolution, rows); });
    // hours and days written alone are not told: a listener learns of them as someone else's writes
    if (done && m_feeding && resolution == Resolution::Minute) {
        // in the rows' order, as the upserts noted their attempts (each minute and number once)
        m_toldRows.reserve(numbered.size());
        for (const auto &[key, sums] : numbered) {
            const auto row = std::uint32_t(m_toldRows.size());
            m_toldRows.push_back({key.first, key.second, -1, MonitorToldCounts::of(*sums)});
            if (m_groups[key.second].status != CallStatus::Ok)
                continue;
            for (const bool ttft : {false, true}) {
                const LogHistogram &h = ttft ? sums->ttft : sums->latency;
                for (int b = 0; b < LogHistogram::kBuckets && !h.isEmpty(); ++b) {
                    if (const qint64 n = h.bucketCount(b))
                        m_okBuckets.push_back({row, ttft, std::uint8_t(b), n});
                }
            }
        }
        m_toTell = true;
    }
    return done;
}

std::uint32_t MonitorRollupWriter::numberOf(const CallRecord &call)
{
    bool added = false;
    const std::uint32_t number = m_numbers->numberOf(GroupNumbers::of(call), std::uint32_t(m_groups.size()), added);
    if (added)
        m_groups.push_back(MonitorGroup::of(call));
    return number;
}

std::uint32_t MonitorRollupWriter::numberOf(const MonitorGroup &group)
{
    bool added = false;
    const std::uint32_t number = m_numbers->numberOf(GroupNumbers::of(group), std::uint32_t(m_groups.size()), added);
    if (added)
        m_groups.push_back(group);
    return number;
}

std::vector<MonitorRollupWriter::Row> MonitorRollupWriter::rowsOf(const NumberedBuckets &buckets) const
{
    std::vector<Row> rows;
    rows.reserve(buckets.size());
    for (const auto &[key, numbered] : buckets)
        rows.push_back({key.first, &m_groups[key.second], &numbered.sums, nullptr});
    return rows;
}

void MonitorRollupWriter::startTelling()
{
    m_toTell = false;
    m_minuteAttempts.clear();
    m_toldRows.clear();
    m_hourTotals.clear();
    m_okBuckets.clear();
    m_okCalls.clear();
    m_feeding = anyListenerOf(m_key, m_untoldOn); // expired ones are dropped when told
    if (m_numbering == 0 || m_groups.size() > MonitorCommit::kMaxToldGroups) {
        // a numbering of the groups new to the process (its listeners drop what they knew of the last)
        static std::atomic<std::uint64_t> numberings{0};
        m_numbering = ++numberings;
        m_groups.clear();
        m_numbers = std::make_unique<GroupNumbers>();
    }
}

void MonitorRollupWriter::noteTold(NumberedBuckets &minutes)
{
    m_toldRows.reserve(minutes.size());
    for (auto &[key, told] : minutes) {
        told.row = std::uint32_t(m_toldRows.size());
        m_toldRows.push_back({key.first, key.second, -1, MonitorToldCounts::of(told.sums)});
    }
    m_okBuckets.reserve(m_okBuckets.size() + 2 * m_okCalls.size());
    for (const OkCall &call : m_okCalls) {
        m_okBuckets.push_back({call.row->row, false, std::uint8_t(call.latency), 1});
        if (call.ttft >= 0)
            m_okBuckets.push_back({call.row->row, true, std::uint8_t(call.ttft), 1});
    }
    m_okCalls.clear(); // their rows are the write's, gone after it
}

void MonitorRollupWriter::rolledBack()
{
    endUntold();
    m_flushed = false;
    m_toTell = false;
}

void MonitorRollupWriter::committed()
{
    endUntold();
    if (m_flushed) {
        m_flushed = false;
        m_marked = false;
    }
    if (!m_toTell)
        return;
    m_toTell = false;
    // each row's attempts once written, as the upserts found them (in the rows' order)
    for (std::size_t i = 0; i < m_toldRows.size(); ++i)
        m_toldRows[i].attemptsAfter = i < m_minuteAttempts.size() ? m_minuteAttempts[i] : -1;
    const MonitorCommit commit{m_numbering, m_groups, m_toldRows, m_hourTotals, m_okBuckets};
    for (const auto &listener : listenersOf(m_key))
        listener->committed(commit);
}

Expected<void> MonitorRollupWriter::write(const QSqlDatabase &db, const std::deque<LedgerRow> &batch)
{
    if (batch.empty())
        return {};
    if (auto ok = prepare(db); !ok)
        return ok;
    std::vector<const CallRecord *> calls;
    std::vector<qint64> costs;
    calls.reserve(batch.size());
    costs.reserve(batch.size());
    for (const LedgerRow &row : batch) {
        calls.push_back(&row.call);
        costs.push_back(row.call.costNano());
    }
    return writeCalls(calls, costs, {});
}

Expected<bool> MonitorRollupWriter::canDefer(const QSqlDatabase &db)
{
    if (auto ok = prepare(db); !ok)
        return ok.error();
    return m_statements->markers;
}

Expected<void> MonitorRollupWriter::mark(const CallRecord &call)
{
#if SB_LEDGER_SQLITE_C_API
    sql::NativeStatement &q = m_statements->nativeMark;
    q.bindText(0, call.requestedModel);
    if (!q.run())
        return failure(q, QStringLiteral("cannot mark a call"));
    m_marked = true;
    return {};
#else
    Q_UNUSED(call);
    return Error::make(Error::Kind::Database, QStringLiteral("monitoring rollups: deferred only through SQLite's C API"));
#endif
}

Expected<qint64> MonitorRollupWriter::flushMarked(const QSqlDatabase &db)
{
    if (auto ok = prepare(db); !ok)
        return ok.error();
    m_flushed = false;
#if SB_LEDGER_SQLITE_C_API
    if (!m_statements->markers)
        return qint64(0);
    // The marked calls read back through the C API (Qt's row reading was about 35,000 instructions a
    // row: bench/workflow/results-2026-12-07-defer.md). Only the columns the rollups add up.
    sql::NativeStatement &q = m_statements->nativeReadMarked;
    std::vector<CallRecord> read;
    std::vector<qint64> costs;
    const auto text = [&q](int i) {
        const QByteArrayView v = q.columnBlob(i); // the bytes of a text column, as stored (UTF-8)
        return QString::fromUtf8(v.data(), v.size());
    };
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        CallRecord &c = read.emplace_back();
        c.startedAtMs = q.columnInt(0);
        c.source = sourceFromName(text(1)).value_or(Source::Playground);
        c.sourceKey = text(2);
        c.provider = text(3);
        c.model = text(4);
        c.route = text(5);
        c.attempt = int(q.columnInt(6));
        c.usage.inputTokens = q.columnInt(7);
        c.usage.outputTokens = q.columnInt(8);
        c.usage.cacheReadTokens = q.columnInt(9);
        c.usage.cacheWriteTokens = q.columnInt(10);
        c.usage.reasoningTokens = q.columnInt(11);
        costs.push_back(q.columnInt(12));
        c.latencyMs = q.columnInt(13);
        if (!q.columnIsNull(14))
            c.ttftMs = q.columnInt(14);
        c.status = statusFromName(text(15)).value_or(CallStatus::Error);
        c.errorKind = text(16);
        c.unpriced = q.columnInt(17) != 0;
        c.requestedModel = text(18);
    }
    if (rc != SQLITE_DONE)
        return failure(q, QStringLiteral("cannot read the marked calls"));
    if (read.empty()) {
        // nothing marked by anyone (the table's one page read), or markers of calls deleted since
        if (!m_statements->nativeDeleteMarked.run())
            return failure(m_statements->nativeDeleteMarked, QStringLiteral("cannot delete the markers"));
        m_flushed = true;
        return qint64(0);
    }
    std::vector<const CallRecord *> calls;
    calls.reserve(read.size());
    for (const CallRecord &c : read)
        calls.push_back(&c);
    Expected<void> done = writeCalls(calls, costs, [this]() -> Expected<void> {
        if (!m_statements->nativeDeleteMarked.run())
            return failure(m_statements->nativeDeleteMarked, QStringLiteral("cannot delete the markers"));
        return {};
    });
    if (!done)
        return done.error();
    m_flushed = true;
    return qint64(read.size());
#else
    return qint64(0);
#endif
}

Expected<qint64> MonitorRollupWriter::flushMarkedAlone(const QSqlDatabase &db)
{
    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(tx, QStringLiteral("cannot start a transaction"));
    Expected<qint64> flushed = flushMarked(db);
    if (!flushed || !tx.exec(QStringLiteral("COMMIT"))) {
        const Error e = flushed ? failure(tx, QStringLiteral("cannot commit")) : flushed.error();
        (void)tx.exec(QStringLiteral("ROLLBACK"));
        rolledBack();
        return e;
    }
    committed();
    return flushed;
}

Expected<void> MonitorRollupWriter::writeCalls(const std::vector<const CallRecord *> &calls, const std::vector<qint64> &costs,
                                               const std::function<Expected<void>()> &also)
{
    startTelling();
    std::array<NumberedBuckets, 3> buckets;
    std::map<std::tuple<QString, QString, QString>, VersionSpan> versions; // provider, requested, answered
    const qint64 bound = m_clock() + kMsPerHour;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        const CallRecord &c = *calls[i];
        // the one lookup of the call's group by its strings: its buckets are keyed on the number, and
        // the listeners are told the number
        const std::uint32_t number = numberOf(c);
        m_newestMs = std::max(m_newestMs, std::min(c.startedAtMs, bound));
        for (const Resolution r : kResolutions) {
            auto entry = buckets[std::size_t(r)].try_emplace({bucketStart(r, c.startedAtMs), number}).first;
            entry->second.sums.add(c, costs[i]);
            if (m_feeding && r == Resolution::Minute && c.status == CallStatus::Ok)
                m_okCalls.push_back(
                    {&entry->second, LogHistogram::bucketOf(double(c.latencyMs)), c.ttftMs ? LogHistogram::bucketOf(double(*c.ttftMs)) : -1});
        }
        if (c.status == CallStatus::Ok) {
            VersionSpan &v = versions[{c.provider, c.requestedModel.isEmpty() ? c.model : c.requestedModel, c.model}];
            v.first = std::min(v.first, c.startedAtMs);
            v.last = std::max(v.last, c.startedAtMs);
            ++v.calls;
        }
    }
    if (m_feeding)
        noteTold(buckets[std::size_t(Resolution::Minute)]);
    Expected<void> done = inSavepoint([&]() -> Expected<void> {
        for (const Resolution r : kResolutions) {
            if (auto upserted = upsertWithTotals(r, rowsOf(buckets[std::size_t(r)])); !upserted)
                return upserted;
        }
#if SB_LEDGER_SQLITE_C_API
        if (m_statements->native) {
            sql::NativeStatement &v = m_statements->nativeVersion;
            for (const auto &[key, span] : versions) {
                const auto &[provider, requested, answered] = key;
                v.bindText(0, provider);
                v.bindText(1, requested);
                v.bindText(2, answered);
                v.bindInt(3, span.first);
                v.bindInt(4, span.last);
                v.bindInt(5, span.calls);
                if (!v.run())
                    return failure(v, QStringLiteral("cannot write a model version"));
            }
            return also ? also() : Expected<void>();
        }
#endif
        QSqlQuery &q = m_statements->version;
        for (const auto &[key, span] : versions) {
            const auto &[provider, requested, answered] = key;
            q.bindValue(0, sql::nonNull(provider));
            q.bindValue(1, sql::nonNull(requested));
            q.bindValue(2, sql::nonNull(answered));
            q.bindValue(3, span.first);
            q.bindValue(4, span.last);
            q.bindValue(5, span.calls);
            if (!q.exec())
                return failure(q, QStringLiteral("cannot write a model version"));
            q.finish();
        }
        return also ? also() : Expected<void>();
    });
    if (done && m_feeding)
        m_toTell = true;
    if (!done && !m_failing)
        qCWarning(lcUsage).noquote() << done.error().message << "(the calls are written; the Monitor charts miss them until this is fixed)";
    else if (done && m_failing)
        qCInfo(lcUsage) << "monitoring rollups: writing again";
    m_failing = !done;
    return done;
}

} // namespace detail

Expected<qint64> flushMonitorMarkers(const QSqlDatabase &db)
{
    if (sql::dialectOf(db) != sql::Dialect::Sqlite)
        return qint64(0);
    detail::MonitorRollupWriter writer;
    const auto release = qScopeGuard([&writer] { writer.release(); });
    return writer.flushMarkedAlone(db);
}

} // namespace sb::usage
