#include "monitor/commitfeed.h"

#include <algorithm>

namespace sb::monitor {

namespace {

void addBucket(SparseBuckets &into, int bucket, qint64 count)
{
    for (auto &[b, c] : into) {
        if (b == bucket) {
            c += count;
            return;
        }
    }
    into.append({bucket, count});
}

std::size_t slotHash(qint64 t, std::uint32_t group)
{
    // minutes are multiples of 60,000 and ids small: mixed so that both spread over the table
    std::uint64_t h = std::uint64_t(t) * 0x9E3779B97F4A7C15ull ^ (std::uint64_t(group) + 1) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
    return std::size_t(h);
}

} // namespace

std::uint32_t CommitFeed::RowIndex::find(qint64 t, std::uint32_t group, std::size_t &slot) const
{
    if (m_slots.empty()) {
        slot = 0;
        return kNone;
    }
    const std::size_t mask = m_slots.size() - 1;
    for (slot = slotHash(t, group) & mask;; slot = (slot + 1) & mask) {
        const Slot &s = m_slots[slot];
        if (s.row == kNone)
            return kNone;
        if (s.t == t && s.group == group)
            return s.row;
    }
}

void CommitFeed::RowIndex::insert(std::size_t slot, qint64 t, std::uint32_t group, std::uint32_t row)
{
    if (2 * (m_used + 1) > m_slots.size()) {
        grow();
        (void)find(t, group, slot);
    }
    m_slots[slot] = {t, group, row};
    ++m_used;
}

void CommitFeed::RowIndex::grow()
{
    std::vector<Slot> old(std::max<std::size_t>(1024, 2 * m_slots.size()));
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.row == kNone)
            continue;
        std::size_t slot = slotHash(s.t, s.group) & mask;
        while (m_slots[slot].row != kNone)
            slot = (slot + 1) & mask;
        m_slots[slot] = s;
    }
}

void CommitFeed::RowIndex::clear()
{
    if (m_used == 0)
        return;
    // kept for the next take's rows (about as many), unless far larger than they were
    if (m_slots.size() > 8 * std::max<std::size_t>(1024, m_used))
        std::vector<Slot>().swap(m_slots);
    else
        std::fill(m_slots.begin(), m_slots.end(), Slot{});
    m_used = 0;
}

std::uint32_t CommitFeed::idOf(Numbering &numbering, const usage::MonitorCommit &commit, std::uint32_t number)
{
    if (number >= numbering.ids.size())
        numbering.ids.resize(std::max<std::size_t>(number + 1, commit.groups.size()), kNone);
    std::uint32_t &id = numbering.ids[number];
    if (id == kNone) {
        // a group new to this numbering: looked up by its strings once
        const usage::MonitorGroup &group = commit.groups[number];
        const auto [it, added] = m_groupIds.try_emplace(group, std::uint32_t(m_outcomes.size()));
        if (added) {
            m_outcomes.push_back(Counts::outcomeOf(group));
            m_last.emplace_back();
            m_named.push_back(group);
        }
        id = it->second;
    }
    return id;
}

void CommitFeed::committed(const usage::MonitorCommit &commit)
{
    QMutexLocker lock(&m_mutex);
    ++m_taken.batches;
    m_taken.totals.insert(m_taken.totals.end(), commit.hourTotals.begin(), commit.hourTotals.end());
    // the writer's numbering, the most recent last
    auto numbering = std::find_if(m_numberings.rbegin(), m_numberings.rend(), [&](const Numbering &n) { return n.number == commit.numbering; });
    if (numbering == m_numberings.rend()) {
        if (m_numberings.size() >= kMaxNumberings)
            m_numberings.erase(m_numberings.begin());
        m_numberings.push_back({commit.numbering, {}});
        numbering = m_numberings.rbegin();
    } else if (numbering != m_numberings.rbegin()) {
        std::iter_swap(numbering, m_numberings.rbegin());
        numbering = m_numberings.rbegin();
    }
    // each of the commit's rows: its row in m_taken.rows, or -1 (not written, or dropped)
    m_rowOf.assign(commit.minutes.size(), -1);
    for (std::size_t i = 0; i < commit.minutes.size(); ++i) {
        const usage::MonitorToldRow &told = commit.minutes[i];
        if (told.attemptsAfter < 0 || told.group >= commit.groups.size())
            continue; // not written: older than the minutes kept
        const std::uint32_t id = idOf(*numbering, commit, told.group);
        LastRow &last = m_last[id];
        std::uint32_t row = last.take == m_takes && last.t == told.t ? last.row : kNone;
        if (row == kNone) {
            std::size_t slot = 0;
            row = m_index.find(told.t, id, slot);
            if (row == kNone) {
                if (m_taken.rows.size() >= kMaxRows) {
                    m_taken.overflowed = true;
                    continue;
                }
                row = std::uint32_t(m_taken.rows.size());
                m_index.insert(slot, told.t, id, row);
                FedRow &r = m_taken.rows.emplace_back();
                r.t = told.t;
                r.groupId = id;
                r.attemptsBefore = told.attemptsAfter - told.sums->attempts;
            }
            last = {told.t, row, m_takes};
        }
        m_rowOf[i] = qint64(row);
        FedRow &r = m_taken.rows[row];
        r.counts.add(m_outcomes[id], *told.sums);
        r.attemptsAfter = std::max(r.attemptsAfter, told.attemptsAfter);
    }
    for (const usage::MonitorBucketCount &b : commit.okBuckets) {
        if (b.row >= m_rowOf.size() || m_rowOf[b.row] < 0)
            continue;
        FedRow &r = m_taken.rows[std::size_t(m_rowOf[b.row])];
        addBucket(b.ttft ? r.ttft : r.latency, b.bucket, b.count);
    }
}

CommitFeed::Taken CommitFeed::take()
{
    QMutexLocker lock(&m_mutex);
    Taken out = std::move(m_taken);
    out.groups = m_groups;
    out.groupCount = std::uint32_t(m_outcomes.size());
    out.named = std::move(m_named);
    m_taken = Taken{};
    m_taken.rows.reserve(out.rows.size());
    m_named.clear();
    m_index.clear();
    ++m_takes; // every group's last row forgotten
    if (m_groupIds.size() > kMaxGroups) {
        m_groupIds.clear();
        m_outcomes.clear();
        m_last.clear();
        m_numberings.clear();
        ++m_groups;
    }
    return out;
}

} // namespace sb::monitor
