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
    // noted in order, one per told row (a bucket names its row by its index among them); folded later
    const auto base = std::uint32_t(m_noted.size());
    for (const usage::MonitorToldRow &told : commit.minutes) {
        Noted &n = m_noted.emplace_back();
        if (told.attemptsAfter < 0 || told.group >= commit.groups.size())
            continue; // not written: older than the minutes kept
        n.t = told.t;
        n.attemptsAfter = told.attemptsAfter;
        n.added = told.counts;
        n.id = idOf(*numbering, commit, told.group);
    }
    for (const usage::MonitorBucketCount &b : commit.okBuckets) {
        if (b.row < commit.minutes.size())
            m_notedBuckets.push_back({base + b.row, b.bucket, b.ttft, b.count});
    }
    if (m_noted.size() >= kFoldAt)
        fold();
}

void CommitFeed::fold()
{
    m_rowOf.assign(m_noted.size(), kNone);
    for (std::size_t i = 0; i < m_noted.size(); ++i) {
        const Noted &n = m_noted[i];
        if (n.id == kNone)
            continue;
        LastRow &last = m_last[n.id];
        std::uint32_t row = last.take == m_takes && last.t == n.t ? last.row : kNone;
        if (row == kNone) {
            std::size_t slot = 0;
            row = m_index.find(n.t, n.id, slot);
            if (row == kNone) {
                if (m_taken.rows.size() >= kMaxRows) {
                    m_taken.overflowed = true;
                    continue;
                }
                row = std::uint32_t(m_taken.rows.size());
                m_index.insert(slot, n.t, n.id, row);
                FedRow &r = m_taken.rows.emplace_back();
                r.t = n.t;
                r.groupId = n.id;
                r.attemptsBefore = n.attemptsAfter - n.added.attempts;
            }
            last = {n.t, row, m_takes};
        }
        m_rowOf[i] = row;
        FedRow &r = m_taken.rows[row];
        r.counts.add(m_outcomes[n.id], n.added);
        r.attemptsAfter = std::max(r.attemptsAfter, n.attemptsAfter);
    }
    for (const NotedBucket &b : m_notedBuckets) {
        if (m_rowOf[b.row] == kNone)
            continue;
        FedRow &r = m_taken.rows[m_rowOf[b.row]];
        addBucket(b.ttft ? r.ttft : r.latency, b.bucket, b.count);
    }
    m_noted.clear();
    m_notedBuckets.clear();
}

CommitFeed::Taken CommitFeed::take()
{
    QMutexLocker lock(&m_mutex);
    fold();
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
