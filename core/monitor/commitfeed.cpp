#include "monitor/commitfeed.h"

#include <QHashFunctions>

namespace sb::monitor {

using usage::LogHistogram;

std::size_t GroupHash::operator()(const usage::MonitorGroup &g) const noexcept
{
    return qHashMulti(0, g.provider, g.model, g.route, int(g.source), g.sourceKey, int(g.status), g.errorKind);
}

namespace {

void addBuckets(SparseBuckets &into, const LogHistogram &h)
{
    if (h.isEmpty())
        return;
    qint64 left = h.count();
    for (int b = 0; b < LogHistogram::kBuckets && left > 0; ++b) {
        const qint64 c = h.bucketCount(b);
        if (c == 0)
            continue;
        left -= c;
        auto it = std::find_if(into.begin(), into.end(), [b](const auto &e) { return e.first == b; });
        if (it != into.end())
            it->second += c;
        else
            into.append({b, c});
    }
}

} // namespace

double FedRow::countAtMost(bool ttftMetric, double thresholdMs) const
{
    double n = 0;
    for (const auto &[bucket, count] : ttftMetric ? ttft : latency)
        n += double(count) * LogHistogram::shareAtMost(bucket, thresholdMs);
    return n;
}

void CommitFeed::committed(const usage::MonitorCommit &commit)
{
    QMutexLocker lock(&m_mutex);
    ++m_taken.batches;
    m_taken.totals.insert(m_taken.totals.end(), commit.hourTotals.begin(), commit.hourTotals.end());
    std::size_t i = 0;
    for (const auto &[key, sums] : commit.minutes) {
        const qint64 after = i < commit.minuteAttempts.size() ? commit.minuteAttempts[i] : -1;
        ++i;
        if (after < 0)
            continue; // not written: older than the minutes kept
        auto &minute = m_index[key.first];
        auto it = minute.find(key.second);
        if (it == minute.end()) {
            if (m_taken.rows.size() >= kMaxRows) {
                m_taken.overflowed = true;
                continue;
            }
            it = minute.emplace(key.second, m_taken.rows.size()).first;
            FedRow &r = m_taken.rows.emplace_back();
            r.t = key.first;
            r.group = key.second;
            r.attemptsBefore = after - sums.attempts;
        }
        FedRow &r = m_taken.rows[it->second];
        r.counts.add(key.second, sums);
        if (key.second.status == usage::CallStatus::Ok) {
            addBuckets(r.latency, sums.latency);
            addBuckets(r.ttft, sums.ttft);
        }
        r.attemptsAfter = std::max(r.attemptsAfter, after);
    }
}

CommitFeed::Taken CommitFeed::take()
{
    QMutexLocker lock(&m_mutex);
    Taken out = std::move(m_taken);
    m_taken = Taken{};
    m_index.clear();
    return out;
}

} // namespace sb::monitor
