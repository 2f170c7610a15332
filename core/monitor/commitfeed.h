#pragma once

#include "monitor/timeseries.h"
#include "usage/monitorrollups.h"

#include <QMutex>
#include <QVarLengthArray>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace sb::monitor {

using GroupHash = usage::MonitorGroupHash;

// A latency histogram kept sparsely: (bucket, count) of its non-empty buckets (usage::LogHistogram).
using SparseBuckets = QVarLengthArray<std::pair<int, qint64>, 4>;

// What the batches a writer of this process committed added to one minute row (a minute and group).
struct FedRow {
    qint64 t = 0;
    std::uint32_t groupId = 0; // its group: CommitFeed::Taken::named, in takes of one Taken::groups generation
    Counts counts;
    SparseBuckets latency; // ok calls
    SparseBuckets ttft; // ok calls with a first token
    qint64 attemptsBefore = 0; // the row's attempts before the first of these batches
    qint64 attemptsAfter = 0; // the row's attempts after the last of these batches
};

// The Evaluator's ear on the ledger writers of its process (usage::listenToMonitorCommits): what they
// commit to the minute rollups, summed per minute and group between two take()s, and the all-calls
// hour rows they changed, in commit order. Filled on the writers' threads, emptied by the Evaluator.
//
// Per minute row told it looks its group up by the writer's number of it (an index into a vector) and
// only notes the row's counters, in order in a flat vector. Every kFoldAt rows, and at take(), the
// noted rows are folded into the rows taken: each row found by minute and group id (first the group's
// last row: rows come minute after minute, else a flat table of integers) and the counts added as the
// group's outcome says (classified once per group). No strings are hashed, compared or copied but for
// a group new to it. Folding many batches at once, not each batch as it commits: right after the
// writer's SQLite statements the caches hold none of the rows' table (bench/monitor/results-2026-12-06g-fold.md).
// Past kMaxRows rows not taken (nobody evaluates) it drops them and says so (the Evaluator then reads
// everything again).
class CommitFeed final : public usage::MonitorCommitListener
{
public:
    static constexpr std::size_t kMaxRows = 100'000;
    // Noted rows are folded by the commit that brings them past this many (a few dozen batches at
    // 1,000 calls/s: the rows' table stays in the caches while they are folded) or by take().
    static constexpr std::size_t kFoldAt = 4096;

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
        // The groups numbered since the last take(), in the order of their ids: those from groupCount -
        // named.size() on (a take in a new generation names every group of it, from 0). A taker keeps
        // them to know the groups of the ids; they come with an overflowed take too.
        std::vector<usage::MonitorGroup> named;
    };
    Taken take();

private:
    static constexpr std::uint32_t kNone = ~std::uint32_t(0);
    // Rows by (minute, group id): open addressing over integers, cleared at each take().
    class RowIndex
    {
    public:
        // The row of (t, group); kNone and `slot` set where it would go when there is none.
        std::uint32_t find(qint64 t, std::uint32_t group, std::size_t &slot) const;
        void insert(std::size_t slot, qint64 t, std::uint32_t group, std::uint32_t row); // at find()'s slot
        void clear();

    private:
        struct Slot {
            qint64 t = 0;
            std::uint32_t group = 0;
            std::uint32_t row = kNone;
        };
        std::vector<Slot> m_slots; // a power of two of them, at most half used
        std::size_t m_used = 0;
        void grow();
    };
    // A writer's numbering (usage::MonitorCommit::numbering): its numbers' ids here, kNone where unknown.
    struct Numbering {
        std::uint64_t number = 0;
        std::vector<std::uint32_t> ids;
    };
    static constexpr std::size_t kMaxNumberings = 8; // the writers' numberings remembered (the oldest forgotten)
    std::uint32_t idOf(Numbering &numbering, const usage::MonitorCommit &commit, std::uint32_t number);

    // A told row as committed() notes it (`id` kNone: not written, or of no group), and the ok calls'
    // buckets of the noted rows (`row` an index into m_noted).
    struct Noted {
        qint64 t = 0;
        qint64 attemptsAfter = 0;
        Counts::Added added;
        std::uint32_t id = kNone;
    };
    struct NotedBucket {
        std::uint32_t row = 0;
        std::uint8_t bucket = 0;
        bool ttft = false;
        qint64 count = 0;
    };
    void fold(); // the noted rows into m_taken.rows

    QMutex m_mutex;
    std::vector<Noted> m_noted;
    std::vector<NotedBucket> m_notedBuckets;
    std::unordered_map<usage::MonitorGroup, std::uint32_t, GroupHash> m_groupIds;
    std::vector<Counts::Outcome> m_outcomes; // by id
    // by id: the group's last row found since the last take() (m_taken.rows), while `take` is m_takes
    struct LastRow {
        qint64 t = 0;
        std::uint32_t row = kNone;
        std::uint32_t take = 0;
    };
    std::vector<LastRow> m_last;
    std::uint32_t m_takes = 0;
    std::vector<usage::MonitorGroup> m_named; // the groups numbered since the last take()
    std::vector<Numbering> m_numberings; // the most recently told last
    qint64 m_groups = 0;
    RowIndex m_index; // into m_taken.rows
    Taken m_taken;
    std::vector<std::uint32_t> m_rowOf; // fold(): the noted rows' rows in m_taken.rows (kNone: dropped)
};

} // namespace sb::monitor
