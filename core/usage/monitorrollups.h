#pragma once

#include "common/expected.h"
#include "usage/callrecord.h"
#include "usage/loghistogram.h"

#include <QSqlDatabase>
#include <QString>

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace sb::usage {

// The monitoring rollups (resources/migrations/0016_monitoring.sql): per minute, hour and day, per
// group, the counts, tokens, cost and latency histograms that the Monitor charts, the SLOs and the
// threshold monitors read (core/monitor). The ledger writer keeps them (detail::MonitorRollupWriter), so
// nothing scans the calls table to chart them: on PostgreSQL in each batch's transaction, on SQLite about
// every 100 ms from the calls marked in monitor_pending (Ledger::Options::rollupIntervalMs).

enum class Resolution { Minute, Hour, Day };

constexpr qint64 kMsPerMinute = 60'000;
constexpr qint64 kMsPerHour = 3'600'000;
qint64 resolutionMs(Resolution resolution);
// The start of the bucket (UTC) that holds `epochMs`.
qint64 bucketStart(Resolution resolution, qint64 epochMs);
QString rollupTable(Resolution resolution); // monitor_minute, monitor_hour, monitor_day

// The rollups over fewer group columns than monitor_*, each a row per bucket, status and error kind
// (resources/migrations/0020_monitor_totals.sql, 0024_monitor_scoped_totals.sql):
//   All    every call: monitor_minute_all, monitor_hour_all, monitor_day_all
//   Route  per route (calls with one): monitor_hour_route, monitor_day_route; none for minutes
//   Key    per proxy key (proxy calls): monitor_hour_key, monitor_day_key; none for minutes
//   Model  per provider and model asked for: monitor_hour_model, monitor_day_model; none for minutes
// Each holds every call from the bucket that monitor_totals_start names for it on (totalsStartKey);
// the readers take older buckets from the per-group rollups.
enum class TotalsKind { All, Route, Key, Model };
inline constexpr std::array<TotalsKind, 4> kTotalsKinds{TotalsKind::All, TotalsKind::Route, TotalsKind::Key, TotalsKind::Model};
// The table of a kind and resolution; empty where there is none.
QString totalsTable(TotalsKind kind, Resolution resolution);
QString totalsTable(Resolution resolution); // TotalsKind::All
// Its row in monitor_totals_start ("hour" and "day" for 0020's tables, else the table's name).
QString totalsStartKey(TotalsKind kind, Resolution resolution);

// How long the minute rollups are kept: the writer prunes older ones as newer calls arrive.
constexpr qint64 kMinuteRetentionMs = 2 * kMsPerDay;

// One rollup group. sourceKey is the proxy key name for proxy calls and empty for other sources;
// model is the model asked for (CallRecord::requestedModel, else CallRecord::model).
struct MonitorGroup {
    QString provider;
    QString model;
    QString route;
    Source source = Source::Playground;
    QString sourceKey;
    CallStatus status = CallStatus::Ok;
    QString errorKind;

    static MonitorGroup of(const CallRecord &call);
    // The group's row in the all-calls rollups: its status and error kind alone.
    MonitorGroup total() const;
    // Its row in the rollups of `kind` (the route, key or provider and model columns kept, with the status and error
    // kind); nothing when it has none there (no route; not a proxy call with a key).
    std::optional<MonitorGroup> totalOf(TotalsKind kind) const;
    bool operator<(const MonitorGroup &o) const
    {
        return std::tie(provider, model, route, source, sourceKey, status, errorKind)
            < std::tie(o.provider, o.model, o.route, o.source, o.sourceKey, o.status, o.errorKind);
    }
    bool operator==(const MonitorGroup &) const = default;
};

struct MonitorGroupHash {
    std::size_t operator()(const MonitorGroup &g) const noexcept;
};

// What a group's calls in one bucket add up to.
struct MonitorSums {
    qint64 attempts = 0;
    qint64 requests = 0; // attempts with attempt = 1
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 costNano = 0;
    qint64 unpriced = 0;
    qint64 latencyMsSum = 0;
    qint64 ttftCount = 0;
    qint64 ttftMsSum = 0;
    LogHistogram latency; // ms, every attempt of the group
    LogHistogram ttft; // ms, attempts with a time to first token
    LogHistogram gap; // ms between tokens, streamed answers (sb::tokensPerSecond has a rate)
    LogHistogram tokensPerSecond; // the same answers' rate

    // The counters above in their column order (0016_monitoring.sql): attempts .. ttft_ms_sum.
    static const std::array<qint64 MonitorSums::*, 12> kCounters;
    // The histograms in their column order: latency_hist, ttft_hist, gap_hist, tps_hist.
    static const std::array<LogHistogram MonitorSums::*, 4> kHistograms;

    void add(const CallRecord &call);
    void add(const CallRecord &call, qint64 costNano); // the cost as stored (a call read back from the ledger)
    void merge(const MonitorSums &other);
    bool operator==(const MonitorSums &) const = default;
};

using MonitorBucketKey = std::pair<qint64 /*bucket start*/, MonitorGroup>;
using MonitorBuckets = std::map<MonitorBucketKey, MonitorSums>;

// ---- what the writers of this process commit, for readers in it ---------------------------------

// An all-calls hour row (monitor_hour_all) a batch changed: its attempts before and after the batch.
struct MonitorTotalChange {
    qint64 t = 0;
    CallStatus status = CallStatus::Ok;
    QString errorKind;
    qint64 before = 0;
    qint64 after = 0;
};

// Calls of a told minute row in one latency (or time to first token) bucket (LogHistogram::bucketOf):
// what the writer computed as it added the calls, so a listener need not scan the row's histograms.
struct MonitorBucketCount {
    std::uint32_t row = 0; // the row's index in MonitorCommit::minutes
    bool ttft = false; // the time-to-first-token histogram, else the latency one
    std::uint8_t bucket = 0;
    qint64 count = 0;
};

// What a batch added to a told minute row: the counters a listener keeps (monitor::Counts adds them),
// without the histograms (MonitorCommit::okBuckets has the ok rows' buckets).
struct MonitorToldCounts {
    qint64 attempts = 0;
    qint64 requests = 0;
    qint64 costNano = 0;
    qint64 unpriced = 0;
    qint64 ttftCount = 0;
    qint64 ttftMsSum = 0;
    qint64 latencyMsSum = 0;
    static MonitorToldCounts of(const MonitorSums &sums);
};

// A minute row a committed batch added to (MonitorCommit::minutes).
struct MonitorToldRow {
    qint64 t = 0; // the minute
    std::uint32_t group = 0; // its group: MonitorCommit::groups[group]
    qint64 attemptsAfter = -1; // the row's attempts once written; -1: not written (older than the minutes kept)
    MonitorToldCounts counts; // what the batch added to it
};

// What one committed batch added to a database's minute rollups. monitor::Evaluator follows these
// instead of reading the rows back: the batch's part per minute and group; each minute row's attempts
// once written (rows only grow by whole attempts, so a reader that saw at least that many attempts in
// the row has the batch already); the all-calls hour rows it changed, from which a reader tells whether
// anyone else wrote in between (another process on the same database); and the latency and TTFT
// buckets of the ok rows' calls (the rows' histograms, sparse).
//
// The writer numbers its groups as it adds each call (the rows name a group by its number, so that a
// listener keys on integers, not on five strings, and telling reads no strings): `numbering` is unique
// in the process and the same for the writer's commits until it numbers its groups anew (past
// kMaxToldGroups it starts a new numbering, with a new number); `groups` holds every group numbered in
// it so far, by number, told or not (a listener reads the groups new to it, once). Read only during
// MonitorCommitListener::committed().
struct MonitorCommit {
    static constexpr std::size_t kMaxToldGroups = 100'000;
    std::uint64_t numbering = 0;
    const std::vector<MonitorGroup> &groups;
    const std::vector<MonitorToldRow> &minutes; // in (minute, number) order, each minute and group once
    const std::vector<MonitorTotalChange> &hourTotals;
    const std::vector<MonitorBucketCount> &okBuckets; // in no particular order; a row and bucket may repeat
};

class MonitorCommitListener
{
public:
    virtual ~MonitorCommitListener() = default;
    // On the writer's thread, right after its commit, in the order of the commits: keep it short.
    virtual void committed(const MonitorCommit &commit) = 0;
};

// Which database a connection is on, as the listeners name it (driver, host, port, database name).
QString monitorDatabaseKey(const QSqlDatabase &db);
// `listener` hears the commits of every rollup writer of this process on that database, for as long as
// it lives (held weakly). Thread-safe.
void listenToMonitorCommits(const QString &databaseKey, const std::shared_ptr<MonitorCommitListener> &listener);
// Whether a rollup writer of this process is in a transaction on that database that began while nobody
// listened: it tells nobody what it commits, and may commit after a new listener's first read (which
// then holds none of it). A listener reads again once there is none left. Thread-safe.
bool untoldMonitorWrites(const QString &databaseKey);

// SQLite: adds the calls that a ledger writer marked and has not flushed yet (Ledger::Options::rollupIntervalMs;
// a writer still running flushes them within that interval, a writer killed left them for the next one) to
// the monitoring rollups, in a transaction of its own: for a reader in another process that must see every
// written call (switchboard-cli monitor). The calls added; 0 on PostgreSQL (its rollups are never deferred).
[[nodiscard]] Expected<qint64> flushMonitorMarkers(const QSqlDatabase &db);

namespace detail {

struct LedgerRow;

// The ledger writer's hook for the monitoring rollups: adds a batch's calls to monitor_minute,
// monitor_hour and monitor_day, to the totals of every TotalsKind (each row's sums added in SQL, the histograms with
// sb_histogram_add: SQLite's C API and PostgreSQL; through QSqlQuery on SQLite each touched row is read and written back
// merged) and to monitor_model_versions, inside the transaction the writer holds, within a savepoint: when this
// part fails it is rolled back alone and the error returned (and logged: the first failure and the recovery), and the writer commits the calls anyway
// (the ledger matters more than its charts).
//
// Minute rows older than kMinuteRetentionMs before the newest call written are not written, and
// older ones are deleted as time moves on, at most an hour of minutes per batch, so a batch never
// waits on a large delete. "Newest" is bounded by the clock (plus an hour): one call with a wrong
// clock far in the future cannot prune the rest.
//
// Not thread-safe: the ledger's writer thread, its connection.
class MonitorRollupWriter final
{
public:
    using Clock = std::function<qint64()>;
    // preferCApi: on SQLite, bind through its C API where this build can (detail::NativeStatement)
    explicit MonitorRollupWriter(Clock clock = {}, bool preferCApi = true);
    ~MonitorRollupWriter();
    Q_DISABLE_COPY_MOVE(MonitorRollupWriter)

    [[nodiscard]] Expected<void> write(const QSqlDatabase &db, const std::deque<LedgerRow> &batch);

    // Deferred rollups (SQLite through its C API only, see canDefer): instead of write() in every batch,
    // mark() each call in its batch's transaction (a row of monitor_pending, migration 0028), and now and
    // then flushMarked(): in the caller's transaction (holding the write lock), in a savepoint, it reads
    // every marked call back from calls (whoever marked it: another serve on the file, a writer killed
    // before its flush), adds them to the rollups as write() would and deletes the markers; a failure
    // rolls back the savepoint alone and leaves the markers for the next flush. committed() then tells
    // the listeners the flush's buckets.
    [[nodiscard]] Expected<bool> canDefer(const QSqlDatabase &db);
    // Right after the call's INSERT into calls on the same connection (its id is last_insert_rowid()).
    [[nodiscard]] Expected<void> mark(const CallRecord &call);
    // The number of calls added (0: no marker).
    [[nodiscard]] Expected<qint64> flushMarked(const QSqlDatabase &db);
    // flushMarked() in a transaction of its own (BEGIN IMMEDIATE: it reads the markers, then writes, and
    // no other writer flushes them meanwhile), then committed(); on a failure rolled back (rolledBack()).
    [[nodiscard]] Expected<qint64> flushMarkedAlone(const QSqlDatabase &db);
    // Whether markers may be left: this writer marked calls since its last flush, or found some when it
    // prepared its statements (left by another writer).
    bool marked() const { return m_marked; }
    // Adds sums to the rollups of one resolution directly (benchmarks generate months of rollups this
    // way without writing every call; minute rows are subject to retention as above).
    [[nodiscard]] Expected<void> writeBuckets(const QSqlDatabase &db, Resolution resolution, const MonitorBuckets &buckets);
    // Fills the totals tables' buckets before their start (monitor_totals_start: after an upgrade they
    // start where the per-group rows ended) from the per-group rollups, a whole bucket at a time from
    // the newest missing one back, until about `rowBudget` per-group rows were read (at least one
    // bucket) or nothing is left; moves each start back with it, so that a fill interrupted anywhere
    // resumes where its last committed step got to. In the caller's transaction (in a savepoint; on
    // PostgreSQL taking the rollups' turn as write() does). True when every table reaches back to its
    // per-group rollup's oldest row. Never part of write(): the ledger runs it when idle
    // (LedgerWriter::backfill, Ledger::Options::backfillIdleMs).
    [[nodiscard]] Expected<bool> backfill(const QSqlDatabase &db, qint64 rowBudget);
    // Whether backfill() may have anything left (until a step found nothing).
    bool backfillPending() const { return !m_backfillDone; }
    // The transaction of the last backfill() was rolled back: its progress is read again.
    void backfillRolledBack();
    // The transaction holding the last write() (or writeBuckets() of minutes) has committed: tells the
    // listeners (listenToMonitorCommits) what it added. Nothing when that write failed or nobody listens.
    void committed();
    // The transaction holding the last write() or flushMarked() was rolled back: nothing to tell, and
    // the markers it deleted are there again.
    void rolledBack();
    // Drops the prepared statements; call on the writer thread before its connection closes.
    void release();

private:
    struct Statements;
    [[nodiscard]] Expected<void> prepare(const QSqlDatabase &db);
    // Rows to add, each a group's sums in a bucket; on SQLite's C API with its histograms encoded once
    // (a totals row of one group shares them with that group's row)
    struct Row;
    // slot: a Resolution's table, or kTotals + a Resolution for its all-calls table
    [[nodiscard]] Expected<void> upsert(std::size_t slot, const std::vector<Row> &rows);
    // upsert() of the rows of `resolution` and of their totals
    [[nodiscard]] Expected<void> upsertWithTotals(Resolution resolution, const std::vector<Row> &rows);
    [[nodiscard]] Expected<void> upsertNative(std::size_t slot, const std::vector<Row> &rows);
    // write()'s work for calls (costs: each call's cost in nano-USD, in the same order); `also` runs
    // in the same savepoint after the rollups
    [[nodiscard]] Expected<void> writeCalls(const std::vector<const CallRecord *> &calls, const std::vector<qint64> &costs,
                                            const std::function<Expected<void>()> &also);
    [[nodiscard]] Expected<void> prune();
    [[nodiscard]] Expected<bool> backfillStep(qint64 rowBudget);
    // Runs `work` and the pruning in a savepoint: all of it, or none of it.
    [[nodiscard]] Expected<void> inSavepoint(const std::function<Expected<void>()> &work);

    Clock m_clock;
    [[maybe_unused]] const bool m_preferCApi; // read only when this build has the C API binding
    std::unique_ptr<Statements> m_statements;
    qint64 m_newestMs = std::numeric_limits<qint64>::min();
    std::optional<qint64> m_pruneFloor; // no minute row starts before this (unknown until read)
    bool m_failing = false; // the last write failed (logged once until one succeeds)
    bool m_marked = false; // markers may be left (marked())
    bool m_flushed = false; // flushMarked() deleted every marker in the transaction not yet committed
    struct Backfill;
    std::unique_ptr<Backfill> m_backfill; // read on the first backfill step
    bool m_backfillDone = false; // nothing left, or stopped after a failure
    // for committed(): what the last write added, while someone listens
    QString m_key; // monitorDatabaseKey() of the connection
    bool m_feeding = false; // someone listens: keep what committed() tells
    QString m_untoldOn; // set: this transaction began telling nobody on that key (untoldMonitorWrites) until it ends
    void endUntold();
    bool m_toTell = false;
    // A batch's sums by bucket and group number (m_groups): a call's buckets are found by integers, not
    // by comparing its group's strings. `row`: the minute row's index among the told rows (noteTold).
    struct Numbered {
        std::uint32_t row = 0; // first: telling reads it and the sums' counters, not the histograms after them
        MonitorSums sums;
    };
    using NumberedBuckets = std::map<std::pair<qint64, std::uint32_t>, Numbered>;
    std::vector<Row> rowsOf(const NumberedBuckets &buckets) const; // in their order, the groups in m_groups
    std::vector<qint64> m_minuteAttempts; // the told rows' attempts once written, in their order
    std::vector<MonitorToldRow> m_toldRows; // the last write's minute rows, in (minute, number) order
    std::vector<MonitorTotalChange> m_hourTotals;
    std::vector<MonitorBucketCount> m_okBuckets;
    // the groups written, numbered as each call is added (MonitorCommit::groups)
    std::uint64_t m_numbering = 0; // 0: none taken yet
    std::vector<MonitorGroup> m_groups;
    class GroupNumbers;
    std::unique_ptr<GroupNumbers> m_numbers; // a group's number, by its strings
    std::uint32_t numberOf(const CallRecord &call);
    std::uint32_t numberOf(const MonitorGroup &group);
    // write(): each ok call's minute row and latency and TTFT buckets (-1: none)
    struct OkCall {
        const Numbered *row;
        int latency;
        int ttft;
    };
    std::vector<OkCall> m_okCalls;
    void startTelling(); // before a write
    // m_toldRows from a write's minutes and m_okBuckets from m_okCalls, before the write's statements:
    // the minutes' nodes are still in the caches then, and are not after them
    // (bench/monitor/results-2026-12-07-warm.md). No strings read here: the numbers were taken as the
    // calls were added. Told only once the transaction commits.
    void noteTold(NumberedBuckets &minutes);
};

} // namespace detail

} // namespace sb::usage
