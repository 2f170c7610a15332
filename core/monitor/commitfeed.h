#pragma once

#include "monitor/timeseries.h"
#include "usage/monitorrollups.h"

#include <QHashFunctions>
#include <QMutex>
#include <QVarLengthArray>

#include <cstdint>
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
    std::uint32_t groupId = 0; // the same for the same group, in takes of one Taken::groups generation
    Counts counts;
    SparseBuckets latency; // ok calls
    SparseBuckets ttft; // ok calls with a first token
    qint64 attemptsBefore = 0; // the row's attempts before the first of these batches
    qint64 attemptsAfter = 0; // the row's attempts after the last of these batches
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

    // Groups numbered (FedRow::groupId) past this many are numbered again from 0 at the next take().
    static constexpr std::size_t kMaxGroups = 100'000;

    struct Taken {
        std::vector<FedRow> rows;
        std::vector<usage::MonitorTotalChange> totals;
        qint64 batches = 0;
        bool overflowed = false; // rows were dropped since the last take()
        qint64 groups = 0; // the generation of the rows' group ids: a new one numbers the groups anew
        std::uint32_t groupCount = 0; // ids are below this
    };
    Taken take();

private:
    struct RowHash {
        std::size_t operator()(const std::pair<qint64, std::uint32_t> &k) const noexcept { return qHashMulti(0, k.first, k.second); }
    };
    QMutex m_mutex;
    std::unordered_map<usage::MonitorGroup, std::uint32_t, GroupHash> m_groupIds;
    qint64 m_groups = 0;
    // into m_taken.rows, by minute and group id
    std::unordered_map<std::pair<qint64, std::uint32_t>, std::size_t, RowHash> m_index;
    Taken m_taken;
    std::vector<qint64> m_rowOf; // committed(): a commit's rows in m_taken.rows
};

} // namespace sb::monitor
