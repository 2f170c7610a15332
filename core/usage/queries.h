#pragma once

#include "common/expected.h"
#include "usage/callrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace sb {
class Database;
}

namespace sb::usage {

// Which calls an aggregate covers: UTC days [fromDay, toDay) (see dayOfDate/dayOfMs) and optional
// equality filters.
struct Filter {
    qint64 fromDay = 0;
    qint64 toDay = 0;
    std::optional<QString> provider;
    std::optional<QString> model;
    std::optional<Source> source;
    std::optional<QString> sourceKey;
    // The calls behind a point of a Monitor chart (monitor::MonitorQueries::calls). For the raw-call
    // queries only (calls, exportCsv): started within [fromMs, toMs) as well as within the days, the
    // model one of modelIn when it is not empty (the strings that answered for a model asked for),
    // the route (virtual model or route name) and the status.
    // (Default member initializers: brace-initialised Filters elsewhere need not name these.)
    std::optional<qint64> fromMs = std::nullopt;
    std::optional<qint64> toMs = std::nullopt;
    QStringList modelIn = {};
    std::optional<QString> route = std::nullopt;
    std::optional<CallStatus> status = std::nullopt;
    // The calls made with the keys of one team member (team_keys; their source is the proxy): what a
    // team server shows a member of their own usage, and an admin of one member's.
    std::optional<QString> member = std::nullopt;

    static Filter days(QDate from, QDate toExclusive) { return Filter{dayOfDate(from), dayOfDate(toExclusive), {}, {}, {}, {}}; }
};

enum class Dimension { Provider, Model, Source, SourceKey };

struct DailySpend {
    qint64 day = 0;
    QString key; // provider id, model, source name or source key, by the Dimension asked for
    qint64 costNano = 0;
    qint64 attempts = 0;
    double costUsd() const { return nanoToUsd(costNano); }
};

struct DailyTokens {
    qint64 day = 0;
    qint64 input = 0;
    qint64 output = 0; // includes reasoning
    qint64 cacheRead = 0;
    qint64 cacheWrite = 0;
    qint64 reasoning = 0;
};

// Percentiles are nearest-rank: the p-th percentile of n values is the value at 1-based rank
// ceil(p/100 * n) in ascending order, always one of the values. Latency covers ok attempts; TTFT ok
// attempts that reported a first token.
struct LatencyStats {
    QString provider;
    QString model;
    qint64 count = 0;
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;
    double meanMs = 0;
    qint64 ttftCount = 0;
    std::optional<qint64> ttftP50Ms;
    std::optional<qint64> ttftP95Ms;
};

// Latency percentiles with how far they may be from the exact ones: relativeError 0 for exact
// nearest-rank values, else the bound of an estimate (usage::LogHistogram::kRelativeError, 4.43 %,
// plus the rounding to whole milliseconds).
struct LatencyEstimate {
    QList<LatencyStats> rows;
    double relativeError = 0;
};

struct ErrorRate {
    QString provider;
    qint64 attempts = 0;
    qint64 errors = 0; // status error
    qint64 cancelled = 0; // not errors, but attempts
    double rate() const { return attempts > 0 ? double(errors) / double(attempts) : 0.0; }
};

struct KeySpend {
    Source source = Source::Playground;
    QString sourceKey;
    qint64 costNano = 0;
    qint64 attempts = 0;
    qint64 requests = 0;
    double costUsd() const { return nanoToUsd(costNano); }
};

// A dispatch and all its attempts. Its day is the first attempt's; provider and model filters match
// the latest attempt (the one that answered).
struct RequestSpend {
    QString requestId;
    Source source = Source::Playground;
    QString sourceKey;
    qint64 startedAtMs = 0; // first attempt
    qint64 costNano = 0;
    qint64 attempts = 0;
    double costUsd() const { return nanoToUsd(costNano); }
};

struct Totals {
    qint64 attempts = 0;
    qint64 requests = 0;
    qint64 ok = 0;
    qint64 errors = 0;
    qint64 cancelled = 0;
    DailyTokens tokens; // day unused
    qint64 costNano = 0;
    double costUsd() const { return nanoToUsd(costNano); }
};

// One row of the calls table view.
struct CallRow {
    qint64 id = 0;
    CallRecord call;
    qint64 costNano = 0; // as stored
};

// Keyset paging, newest first: pass the previous page's `next` to get the following page.
struct CallCursor {
    qint64 startedAtMs = 0;
    qint64 id = 0;
};

struct CallPage {
    QList<CallRow> rows;
    std::optional<CallCursor> next; // empty on the last page
};

// Aggregate queries over the ledger. Chart queries read the daily rollup (calls_daily); percentiles
// walk covering indexes; nothing loads every row. Each call runs on the calling thread's connection,
// so any thread may query (WAL lets reads run beside the ledger's writer).
class UsageQueries final
{
public:
    explicit UsageQueries(std::shared_ptr<Database> database);

    [[nodiscard]] Expected<QList<DailySpend>> spendPerDay(const Filter &filter, Dimension by) const;
    [[nodiscard]] Expected<QList<DailyTokens>> tokensPerDay(const Filter &filter) const;
    [[nodiscard]] Expected<QList<LatencyStats>> latencyPerModel(const Filter &filter) const;
    // latencyPerModel from the Monitor's daily rollups instead of the calls (monitor_day and its
    // per-key and per-model totals, resources/migrations/0016, 0024): the percentiles estimated from
    // their histograms (LatencyEstimate::relativeError), count and mean exact, in a row per day and
    // model whatever the number of calls (10,000,000 calls: the team's 12 months took 3.5-7.4 s
    // exact, a busy member's 97 s). Their model is the one asked for (MonitorGroup), which the answer
    // may have named otherwise. When the rollups do not hold every ok call of the filter (days before
    // the ledger kept them, a model named otherwise, calls of a key that is not a proxy key's), the
    // exact latencyPerModel.
    [[nodiscard]] Expected<LatencyEstimate> latencyFromRollups(const Filter &filter) const;
    [[nodiscard]] Expected<QList<ErrorRate>> errorRates(const Filter &filter) const;
    [[nodiscard]] Expected<QList<KeySpend>> topSourceKeys(const Filter &filter, int limit) const;
    // A member's or a key's top requests are taken a key at a time: walking the key's requests by cost
    // from the top when the range holds at least keyScanThreshold of them (the range's come early),
    // else reading the range's by day and sorting them (call_requests_by_key_cost, _by_key_day, 0025).
    [[nodiscard]] Expected<QList<RequestSpend>> topRequests(const Filter &filter, int limit) const;
    static constexpr qint64 kKeyScanThreshold = 20'000;
    void setKeyScanThreshold(qint64 requests) { m_keyScanThreshold = requests; } // (tests: both ways)
    [[nodiscard]] Expected<Totals> totals(const Filter &filter) const;
    // Calls in the filter whose model had no price (CallRecord::unpriced): costs and budgets leave them out.
    [[nodiscard]] Expected<qint64> unpricedCalls(const Filter &filter) const;

    // What the filter boxes offer: the providers, models and source keys with calls in the filter's
    // days (and its member, if any), each sorted, without the empty one. DISTINCT over the rollups:
    // the per-day spend by key that GET /team/usage took them from sent a row per day and key (27,375
    // rows for a team's 12 months, bench/team/results-2026-12-06-charts.md).
    struct Choices {
        QStringList providers;
        QStringList models;
        QStringList sourceKeys;
    };
    [[nodiscard]] Expected<Choices> filterChoices(const Filter &filter) const;

    [[nodiscard]] Expected<CallPage> calls(const Filter &filter, int pageSize, std::optional<CallCursor> after = std::nullopt) const;
    // Streams the filtered calls (newest first) as CSV (RFC 4180, header row, UTF-8) to `out`, row by
    // row. Returns the number of rows written.
    [[nodiscard]] Expected<qint64> exportCsv(const Filter &filter, QIODevice *out, bool withTrace = false) const;

    // Spend in [fromDay, toDay) by provider and (source, source key), with the part on `splitDay`
    // separately and the member of a team key: what BudgetTracker::seed needs, in one query (on the
    // rollup: a team key belongs to one member for good).
    struct ScopeSpend {
        QString provider;
        Source source = Source::Playground;
        QString sourceKey;
        qint64 totalNano = 0;
        qint64 onSplitDayNano = 0;
        QString member; // the team member whose key sourceKey is (a proxy call with a team key)
    };
    [[nodiscard]] Expected<QList<ScopeSpend>> spendByScope(qint64 fromDay, qint64 toDay, qint64 splitDay) const;

    // EXPLAIN QUERY PLAN of a query, one line per plan step: for tests and the benchmark.
    enum class Query {
        SpendPerDay,
        TokensPerDay,
        LatencyGroups,
        LatencyPercentile,
        TtftPercentile,
        ErrorRates,
        TopSourceKeys,
        TopRequests,
        Totals,
        Calls
    };
    [[nodiscard]] Expected<QString> explain(Query query, const Filter &filter) const;

private:
    [[nodiscard]] Expected<QList<LatencyStats>> latencyForKey(const Filter &filter) const;
    [[nodiscard]] Expected<QStringList> keysOf(const Filter &filter) const;
    [[nodiscard]] Expected<QList<RequestSpend>> topRequestsByKey(const Filter &filter, int limit) const;

    std::shared_ptr<Database> m_database;
    qint64 m_keyScanThreshold = kKeyScanThreshold;
};

} // namespace sb::usage
