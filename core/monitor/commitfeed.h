#pragma once

#include "monitor/timeseries.h"
#include "usage/monitorrollups.h"

#include <QMutex>
#include <QVarLengthArray>

#include <unordered_map>
#include <vector>

namespace sb::monitor {

struct GroupHash {
    std::size_t operator()(const usage::MonitorGroup &g) const noexcept;
};

// A latency histogram kept sparsely: (bucket, count) of its non-empty buckets (usage::LogHistogram).
using SparseBuckets = QVarLengthArray<std::pair<int, qint64>, 4>;

// What the batches a writer of this process committed added to one minute row (a minute and group).
struct FedRow {
    qint64 t = 0;
    usage::MonitorGroup group;
    Counts counts;
    SparseBuckets latency; // ok calls
    SparseBuckets ttft; // ok calls with a first token
    qint64 attemptsBefore = 0; // the row's attempts before the first of these batches
    qint64 attemptsAfter = 0; // the row's attempts after the last of these batches

    // Of the ok calls, those whose latency (or time to first token) is at most `thresholdMs`, estimated
    // as LogHistogram::countAtMost does.
    double countAtMost(bool ttftMetric, double thresholdMs) const;
};

// The Evaluator's ear on the ledger writers of its process (usage::listenToMonitorCommits): what they
// commit to the minute rollups, summed per minute and group between two take()s, and the all-calls
// hour rows they changed, in commit order. Filled on the writers' threads (a lookup and a few additions
// per minute row of a batch), emptied by the Evaluator. Past kMaxRows rows not taken (nobody evaluates)
// it drops them and says so (the Evaluator then reads everything again).
class CommitFeed final : public usage::MonitorCommitListener
{
public:
    static constexpr std::size_t kMaxRows = 100'000;

    void committed(const usage::MonitorCommit &commit) override;

    struct Taken {
        std::vector<FedRow> rows;
        std::vector<usage::MonitorTotalChange> totals;
        qint64 batches = 0;
        bool overflowed = false; // rows were dropped since the last take()
    };
    Taken take();

private:
    QMutex m_mutex;
    // into m_taken.rows, by minute, then group (looked up without copying the group)
    std::unordered_map<qint64, std::unordered_map<usage::MonitorGroup, std::size_t, GroupHash>> m_index;
    Taken m_taken;
};

} // namespace sb::monitor
