#pragma once

#include <QtGlobal>

#include <map>
#include <utility>
#include <vector>

namespace sb::monitor {

// Buckets of a time series (minutes or hours, by their start) and the sums of windows over them that
// are asked for again and again as time moves on: an evaluation every minute sums the last 5 minutes,
// 30 minutes, 1 hour and 6 hours of each SLO's scope, and its last 28 days of hours. Each window
// [to - span, to) is kept as a running sum: moving it on by a minute adds the bucket that enters and
// takes out the one that leaves, and a bucket changed inside it changes the sum too. So a window costs
// a few additions an evaluation instead of one per bucket it covers.
//
// T is a sum of counts: `T::add(const T &other, int sign)` adds (sign 1) or takes out (sign -1). Sums
// of integers stay exact; sums of doubles are summed from the buckets anew every kResumEvery moves, so
// that rounding does not gather.
template<typename T> class WindowSums
{
public:
    static constexpr int kResumEvery = 240;

    // What an empty bucket and an empty window start from (a T with room for what it sums).
    void setZero(T zero) { m_zero = std::move(zero); }
    const T &zero() const { return m_zero; }

    void clear()
    {
        m_buckets.clear();
        m_windows.clear();
    }
    bool empty() const { return m_buckets.empty(); }
    const std::map<qint64, T> &buckets() const { return m_buckets; }

    // Adds `value` (sign 1) to the bucket that starts at t, or takes it out (sign -1).
    void add(qint64 t, const T &value, int sign = 1)
    {
        m_buckets.try_emplace(t, m_zero).first->second.add(value, sign);
        for (Window &w : m_windows) {
            if (t >= w.to - w.span && t < w.to)
                w.sum.add(value, sign);
        }
    }

    // Removes the buckets that start in [fromMs, toMs), calling `removed(t, value)` for each first.
    template<typename F> void remove(qint64 fromMs, qint64 toMs, F &&removed)
    {
        auto it = m_buckets.lower_bound(fromMs);
        while (it != m_buckets.end() && it->first < toMs) {
            removed(it->first, std::as_const(it->second));
            for (Window &w : m_windows) {
                if (it->first >= w.to - w.span && it->first < w.to)
                    w.sum.add(it->second, -1);
            }
            it = m_buckets.erase(it);
        }
    }
    // Removes the buckets that start before `t`.
    void removeBefore(qint64 t)
    {
        if (!m_buckets.empty() && m_buckets.begin()->first < t)
            remove(m_buckets.begin()->first, t, [](qint64, const T &) {});
    }

    // The sum of the buckets that start in [fromMs, toMs), kept as a running window of that span.
    const T &sum(qint64 fromMs, qint64 toMs)
    {
        const qint64 span = toMs - fromMs;
        Window *w = nullptr;
        for (Window &candidate : m_windows) {
            if (candidate.span == span) {
                w = &candidate;
                break;
            }
        }
        if (!w) {
            m_windows.push_back(Window{span, toMs, sumOnce(fromMs, toMs), 0, true});
            return m_windows.back().sum;
        }
        w->used = true;
        if (w->to == toMs)
            return w->sum;
        if (toMs < w->to || toMs - w->to >= span || ++w->moves >= kResumEvery) {
            // back in time, a jump past the whole window, or time to sum it anew
            w->sum = sumOnce(fromMs, toMs);
            w->moves = 0;
        } else {
            // [w->to, toMs) enters, [w->to - span, fromMs) leaves: disjoint, as the move is shorter than the span
            for (auto it = m_buckets.lower_bound(w->to); it != m_buckets.end() && it->first < toMs; ++it)
                w->sum.add(it->second, 1);
            for (auto it = m_buckets.lower_bound(w->to - span); it != m_buckets.end() && it->first < fromMs; ++it)
                w->sum.add(it->second, -1);
        }
        w->to = toMs;
        return w->sum;
    }

    // The sum of the buckets that start in [fromMs, toMs), added up now (no window kept).
    T sumOnce(qint64 fromMs, qint64 toMs) const
    {
        T total = m_zero;
        for (auto it = m_buckets.lower_bound(fromMs); it != m_buckets.end() && it->first < toMs; ++it)
            total.add(it->second, 1);
        return total;
    }

    // Forgets the windows not summed since the last call (what the configuration no longer asks for).
    void forgetUnusedWindows()
    {
        std::erase_if(m_windows, [](const Window &w) { return !w.used; });
        for (Window &w : m_windows)
            w.used = false;
    }
    qsizetype windowCount() const { return qsizetype(m_windows.size()); }

private:
    struct Window {
        qint64 span = 0;
        qint64 to = 0; // the window is [to - span, to)
        T sum;
        int moves = 0; // since it was summed from the buckets
        bool used = false;
    };

    T m_zero{};
    std::map<qint64, T> m_buckets;
    std::vector<Window> m_windows;
};

} // namespace sb::monitor
