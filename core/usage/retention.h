#pragma once

#include "common/expected.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::usage {

// How long the ledger keeps its rows: the workspace's "retention" section,
//   "retention": {"callsDays": 400, "tracesDays": 30}
// callsDays: the calls (one row per attempt) and the per-request rows (call_requests); tracesDays: the
// calls' routing traces (call_traces, the largest part of a row). 0 or absent keeps them for good. A
// trace never outlives its call. The rollups the charts read (the daily rollups, the monitoring hours
// and days) are kept whatever these say: the Usage and Monitor charts still show removed months, while
// the calls table, the percentiles read from raw rows and the CSV export cover what is kept.
struct RetentionSettings {
    int callsDays = 0;
    int tracesDays = 0;

    bool keepsAll() const { return callsDays <= 0 && tracesDays <= 0; }
    // The section's problems as "retention.KEY: what is wrong" messages (an empty object is valid).
    static Expected<RetentionSettings> fromJson(const QJsonObject &section);
    QJsonObject toJson() const;
    bool operator==(const RetentionSettings &) const = default;
};

// What one run removed (or, for a plan, would remove).
struct RetentionReport {
    std::optional<qint64> callsBeforeMs; // calls that started before this go (unset: calls are kept)
    std::optional<qint64> tracesBeforeMs; // traces of calls that started before this go
    qint64 calls = 0; // rows removed (PostgreSQL: estimated from its statistics for dropped months)
    qint64 traces = 0;
    qint64 requests = 0;
    qint64 counters = 0; // budget counters of periods before the last one (run() only)
    QStringList droppedPartitions; // PostgreSQL
    int createdPartitions = 0; // PostgreSQL: months made ahead
};

// Applies RetentionSettings to a ledger (migration 0023), and removes budget counters of past periods. SQLite: DELETEs of at most batchRows rows per
// transaction, oldest first, marked so that the delete triggers leave the rollups alone; traces by a
// walk over the kept calls in time order that remembers where it got to. PostgreSQL: whole months, by
// dropping the partitions whose month ended before the cutoff (a month is kept until all of it is
// older); and the partitions of the months ahead are made (this month and the next two).
class LedgerRetention
{
public:
    explicit LedgerRetention(std::shared_ptr<Database> database, int batchRows = 5000);

    // Removes what is older than the settings keep at nowMs (UTC epoch ms), on the calling thread's
    // connection. Each batch is its own transaction: an interrupted run leaves a consistent ledger and
    // the next run goes on.
    [[nodiscard]] Expected<RetentionReport> run(const RetentionSettings &settings, qint64 nowMs) const;
    // What run() would remove now, without removing it (counts are estimates on PostgreSQL).
    [[nodiscard]] Expected<RetentionReport> plan(const RetentionSettings &settings, qint64 nowMs) const;
    // The oldest call kept (UTC epoch ms), if any.
    [[nodiscard]] Expected<std::optional<qint64>> oldestCall() const;
    // Removes the budget counters (migration 0015) of periods before the last one, which nothing reads
    // or settles against any more (run() does it too, whatever the settings); how many.
    [[nodiscard]] Expected<qint64> pruneCounters(qint64 nowMs) const;

private:
    [[nodiscard]] Expected<RetentionReport> runSqlite(const RetentionReport &cutoffs, bool apply) const;
    [[nodiscard]] Expected<RetentionReport> runPostgres(const RetentionReport &cutoffs, qint64 nowMs, bool apply) const;

    std::shared_ptr<Database> m_database;
    int m_batchRows;
};

// Runs LedgerRetention when started and then every intervalMs, on a thread of its own (which keeps its
// connection), with the settings last given. The app and `serve` each run one (Engine).
class LedgerMaintenance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerMaintenance)

public:
    using Clock = std::function<qint64()>; // UTC epoch ms
    struct Options {
        qint64 intervalMs = 3'600'000;
        Clock clock; // default: the wall clock
        bool timer = true; // false: only runNow() (tests)
    };
    LedgerMaintenance(std::shared_ptr<Database> database, RetentionSettings settings, Options options, QObject *parent = nullptr);
    ~LedgerMaintenance() override;

    void setSettings(const RetentionSettings &settings);
    RetentionSettings settings() const;
    // Starts the timer and a first run in the background.
    void start();
    // One run on the calling thread.
    [[nodiscard]] Expected<RetentionReport> runNow();
    void waitForIdle();

Q_SIGNALS:
    // After a background run that removed something or failed (from the maintenance thread).
    void ran(const sb::usage::RetentionReport &report);
    void failed(const sb::Error &error);

private:
    void runInBackground();

    std::shared_ptr<Database> m_database;
    Options m_options;
    mutable QMutex m_mutex;
    RetentionSettings m_settings;
    QThreadPool m_thread;
    QTimer m_timer;
};

} // namespace sb::usage
