#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>
#include <QtGlobal>

#include <array>
#include <optional>
#include <utility>

namespace sb::usage {

// A histogram of non-negative values (milliseconds, tokens per second) in fixed log-scale buckets, the
// form in which the monitoring rollups keep latencies (resources/migrations/0016_monitoring.sql).
//
// Buckets: 0 holds everything up to kMin = 2^-7 (0.0078125, and zero); bucket i in 1..255 holds
// (kMin * r^(i-1), kMin * r^i] with r = 2^(1/8), eight buckets per doubling, and the last bucket also
// everything above its lower bound (2^24.75, about 2.9e7: 8 hours in milliseconds). Every power of two
// from 2^-7 to 2^24 is a boundary; the Prometheus `le` buckets use those (countAtMostBoundary).
//
// Percentiles are nearest-rank (as in usage::LatencyStats: the value at 1-based rank ceil(p/100 * n)),
// estimated as the geometric middle of the bucket that holds that value. The estimate is within
// kRelativeError = 2^(1/16) - 1 (4.43 %) of the true nearest-rank percentile, for values from kMin to
// the last bucket's lower bound (below kMin it reads 0, above it the lower bound).
//
// Stored compactly (encode): a format byte, then for each non-empty bucket its index (one byte) and
// its count (LEB128 varint), in index order; an empty histogram is an empty byte array. A minute of
// one model's calls spread over a dozen buckets takes about 30 bytes.
class LogHistogram
{
public:
    static constexpr int kBuckets = 256;
    static constexpr int kPerDoubling = 8;
    static constexpr int kMinExponent = -7;
    static constexpr double kMin = 1.0 / 128.0;
    static constexpr double kRelativeError = 0.04427378242741384; // 2^(1/16) - 1

    static int bucketOf(double value);
    static double lowerBound(int bucket); // 0 for bucket 0
    static double upperBound(int bucket); // +inf for the last bucket
    // Whether `value` is a bucket boundary (a power of r from kMin on), for countAtMost.
    static bool isBoundary(double value);

    void add(double value, qint64 count = 1);
    void addToBucket(int bucket, qint64 count);
    void merge(const LogHistogram &other);
    void clear();

    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qint64 bucketCount(int bucket) const { return m_buckets[std::size_t(bucket)]; }

    // The nearest-rank p-th percentile (0 < p <= 100), estimated as above; nothing when empty.
    std::optional<double> percentile(double p) const;
    // Values <= `boundary`, exact when it is a bucket boundary (isBoundary); otherwise the buckets
    // whose upper bound is <= it.
    qint64 countAtMostBoundary(double boundary) const;
    // Values <= `threshold`, estimated: whole buckets below it, and of the bucket that straddles it the
    // part below it on a log scale. Off by at most that one bucket's count (values within 9 % of the
    // threshold).
    double countAtMost(double threshold) const;
    // The part of bucket `bucket`'s values that countAtMost(threshold) counts (0 to 1): summed over a
    // histogram's buckets it is countAtMost, so sums kept bucket by bucket give the same estimate.
    static double shareAtMost(int bucket, double threshold);

    QByteArray encode() const;
    // Adds an encoded histogram to this one. False (and nothing added) when the bytes are not one.
    bool mergeEncoded(QByteArrayView bytes);
    static std::optional<LogHistogram> decode(QByteArrayView bytes);
    // The encoding of the sum of two encoded histograms, added bucket by bucket on their sparse form
    // (no dense histogram): what the monitoring rollups' upsert does in SQL (sb_histogram_add). Nothing
    // when `a` or `b` is not one.
    static std::optional<QByteArray> addEncoded(QByteArrayView a, QByteArrayView b);
    // The same into `out` (its capacity reused); false (and `out` empty) when either is not one.
    static bool addEncoded(QByteArrayView a, QByteArrayView b, QByteArray &out);
    // The non-empty buckets of an encoded histogram, (bucket, count) in bucket order, appended to `out`
    // without a dense histogram. False (and nothing appended) when the bytes are not one.
    static bool decodeBuckets(QByteArrayView bytes, QVarLengthArray<std::pair<int, qint64>, 16> &out);

    bool operator==(const LogHistogram &other) const = default;

private:
    std::array<qint64, kBuckets> m_buckets{};
    qint64 m_count = 0;
};

} // namespace sb::usage
