#include "monitor/commitfeed.h"

#include <QHashFunctions>

namespace sb::monitor {

std::size_t GroupHash::operator()(const usage::MonitorGroup &g) const noexcept
{
    return qHashMulti(0, g.provider, g.model, g.route, int(g.source), g.sourceKey, int(g.status), g.errorKind);
}

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

} // namespace

void CommitFeed::committed(const usage::MonitorCommit &commit)
{
    QMutexLocker lock(&m_mutex);
    ++m_taken.batches;
    m_taken.totals.insert(m_taken.totals.end(), commit.hourTotals.begin(), commit.hourTotals.end());
    // each of the commit's rows: its row in m_taken.rows, or -1 (not written, or dropped)
    m_rowOf.assign(commit.minutes.size(), -1);
    std::size_t i = 0;
    for (const auto &[key, sums] : commit.minutes) {
        const qint64 after = i < commit.minuteAttempts.size() ? commit.minuteAttempts[i] : -1;
        ++i;
        if (after < 0)
            continue; // not written: older than the minutes kept
        const std::uint32_t id = m_groupIds.try_emplace(key.second, std::uint32_t(m_groupIds.size())).first->second;
        auto it = m_index.find({key.first, id});
        if (it == m_index.end()) {
            if (m_taken.rows.size() >= kMaxRows) {
                m_taken.overflowed = true;
                continue;
            }
            it = m_index.emplace(std::pair{key.first, id}, m_taken.rows.size()).first;
            FedRow &r = m_taken.rows.emplace_back();
            r.t = key.first;
            r.group = key.second;
            r.groupId = id;
            r.attemptsBefore = after - sums.attempts;
        }
        m_rowOf[i - 1] = qint64(it->second);
        FedRow &r = m_taken.rows[it->second];
        r.counts.add(key.second, sums);
        r.attemptsAfter = std::max(r.attemptsAfter, after);
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
    out.groupCount = std::uint32_t(m_groupIds.size());
    m_taken = Taken{};
    m_taken.rows.reserve(out.rows.size());
    m_index.clear();
    if (m_groupIds.size() > kMaxGroups) {
        m_groupIds.clear();
        ++m_groups;
    }
    return out;
}

} // namespace sb::monitor
