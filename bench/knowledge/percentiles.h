#pragma once

#include <algorithm>
#include <vector>

namespace sb::bench {

// The median and the 95th percentile of a bench's timings (milliseconds).
struct Percentiles {
    double p50 = 0;
    double p95 = 0;
};

inline Percentiles percentiles(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)]};
}

} // namespace sb::bench
