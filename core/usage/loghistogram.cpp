#include "usage/loghistogram.h"

#include <cmath>
#include <limits>

namespace sb::usage {

namespace {

constexpr char kFormat = 1; // the first byte of an encoded histogram

// A bucket's index and count (LEB128), as encode() writes them, at `to`; returns the end. At most
// kMaxBucketBytes.
constexpr int kMaxBucketBytes = 1 + 10;
char *putBucket(char *to, int bucket, quint64 count)
{
    *to++ = char(quint8(bucket));
    while (count >= 0x80) {
        *to++ = char(quint8(count & 0x7f) | 0x80);
        count >>= 7;
    }
    *to++ = char(quint8(count));
    return to;
}

// Reads an encoded histogram's buckets one at a time.
struct EncodedCursor {
    QByteArrayView bytes;
    qsizetype at = 1;
    int bucket = -1; // the current one; -1 at the end
    quint64 count = 0;
    bool damaged = false;
    bool next()
    {
        bucket = -1;
        if (at >= bytes.size())
            return false;
        const int b = quint8(bytes.at(at++));
        quint64 c = 0;
        for (int shift = 0;; shift += 7) {
            if (at >= bytes.size() || shift > 56) {
                damaged = true;
                return false;
            }
            const quint8 v = quint8(bytes.at(at++));
            c |= quint64(v & 0x7f) << shift;
            if ((v & 0x80) == 0)
                break;
        }
        bucket = b;
        count = c;
        return true;
    }
};

} // namespace

int LogHistogram::bucketOf(double value)
{
    if (!(value > kMin)) // also NaN
        return 0;
    const double steps = (std::log2(value) - kMinExponent) * kPerDoubling;
    if (!(steps < kBuckets - 1)) // also +inf
        return kBuckets - 1;
    return std::max(1, int(std::ceil(steps)));
}

double LogHistogram::lowerBound(int bucket)
{
    if (bucket <= 0)
        return 0;
    return std::exp2(double(bucket - 1) / kPerDoubling + kMinExponent);
}

double LogHistogram::upperBound(int bucket)
{
    if (bucket >= kBuckets - 1)
        return std::numeric_limits<double>::infinity();
    return std::exp2(double(bucket) / kPerDoubling + kMinExponent);
}

bool LogHistogram::isBoundary(double value)
{
    if (!(value >= kMin) || !(value < upperBound(kBuckets - 2) * 1.0000001))
        return false;
    const double steps = (std::log2(value) - kMinExponent) * kPerDoubling;
    return std::abs(steps - std::round(steps)) < 1e-9;
}

void LogHistogram::add(double value, qint64 count)
{
    addToBucket(bucketOf(value), count);
}

void LogHistogram::addToBucket(int bucket, qint64 count)
{
    if (bucket < 0 || bucket >= kBuckets || count == 0)
        return;
    m_buckets[std::size_t(bucket)] += count;
    m_count += count;
}

void LogHistogram::merge(const LogHistogram &other)
{
    if (other.m_count == 0)
        return;
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_count += other.m_count;
}

void LogHistogram::clear()
{
    m_buckets.fill(0);
    m_count = 0;
}

std::optional<double> LogHistogram::percentile(double p) const
{
    if (m_count <= 0 || !(p > 0))
        return std::nullopt;
    const qint64 rank = std::clamp<qint64>(qint64(std::ceil(std::min(p, 100.0) / 100.0 * double(m_count) - 1e-9)), 1, m_count);
    qint64 seen = 0;
    for (int i = 0; i < kBuckets; ++i) {
        seen += m_buckets[std::size_t(i)];
        if (seen >= rank) {
            if (i == 0)
                return 0.0;
            if (i == kBuckets - 1)
                return lowerBound(i);
            return std::exp2((double(i) - 0.5) / kPerDoubling + kMinExponent);
        }
    }
    return lowerBound(kBuckets - 1);
}

qint64 LogHistogram::countAtMostBoundary(double boundary) const
{
    qint64 n = 0;
    for (int i = 0; i < kBuckets - 1 && upperBound(i) <= boundary * (1 + 1e-12); ++i)
        n += m_buckets[std::size_t(i)];
    return n;
}

double LogHistogram::shareAtMost(int bucket, double threshold)
{
    if (threshold < 0 || bucket < 0 || bucket >= kBuckets)
        return 0;
    // everything in bucket 0 is below any threshold above kMin
    if (bucket == 0 || upperBound(bucket) <= threshold)
        return 1;
    // the bucket that straddles the threshold: the part below it, uniform on a log scale
    const double lower = lowerBound(bucket);
    if (bucket < kBuckets - 1 && threshold > lower)
        return (std::log2(threshold) - std::log2(lower)) * kPerDoubling;
    return 0;
}

double LogHistogram::countAtMost(double threshold) const
{
    if (m_count == 0 || threshold < 0)
        return 0;
    double n = 0;
    for (int i = 0; i < kBuckets; ++i) {
        const qint64 c = m_buckets[std::size_t(i)];
        if (c > 0)
            n += double(c) * shareAtMost(i, threshold);
        if (upperBound(i) > threshold)
            break;
    }
    return n;
}

QByteArray LogHistogram::encode() const
{
    if (m_count == 0)
        return {};
    // written through a pointer into a buffer large enough for every bucket, then cut: a byte at a time
    // through QByteArray's append was most of the monitoring rollups' encoding (bench/workflow)
    char buffer[1 + kBuckets * kMaxBucketBytes];
    char *to = buffer;
    *to++ = kFormat;
    for (int i = 0; i < kBuckets; ++i) {
        if (const auto c = quint64(m_buckets[std::size_t(i)]))
            to = putBucket(to, i, c);
    }
    return QByteArray(buffer, to - buffer);
}

bool LogHistogram::mergeEncoded(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return true;
    if (bytes.at(0) != kFormat)
        return false;
    // decoded into a scratch copy first: a damaged blob adds nothing
    std::array<qint64, kBuckets> add{};
    qint64 total = 0;
    EncodedCursor cursor{bytes};
    while (cursor.next()) {
        add[std::size_t(cursor.bucket)] += qint64(cursor.count);
        total += qint64(cursor.count);
    }
    if (cursor.damaged)
        return false;
    for (std::size_t i = 0; i < add.size(); ++i)
        m_buckets[i] += add[i];
    m_count += total;
    return true;
}

bool LogHistogram::decodeBuckets(QByteArrayView bytes, QVarLengthArray<std::pair<int, qint64>, 16> &out)
{
    if (bytes.isEmpty())
        return true;
    if (bytes.at(0) != kFormat)
        return false;
    const qsizetype start = out.size();
    EncodedCursor cursor{bytes};
    while (cursor.next())
        out.append({cursor.bucket, qint64(cursor.count)});
    if (cursor.damaged) {
        out.resize(start);
        return false;
    }
    return true;
}

bool LogHistogram::addEncoded(QByteArrayView a, QByteArrayView b, QByteArray &out)
{
    out.resize(0);
    if ((!a.isEmpty() && a.at(0) != kFormat) || (!b.isEmpty() && b.at(0) != kFormat))
        return false;
    // The sum is no longer than both together plus its format byte: a bucket in both takes at least
    // 2 + 2 bytes there and at most 1 + 10 here, but never more than 1 + the longer count + 1. Written
    // through a pointer (the rollups' upserts add four histograms a row: bench/workflow).
    out.resize(a.size() + b.size() + 1);
    char *const begin = out.data();
    char *to = begin;
    *to++ = kFormat;
    EncodedCursor x{a}, y{b};
    x.next();
    y.next();
    // both in bucket order (encode() writes them so)
    while (x.bucket >= 0 || y.bucket >= 0) {
        const int bucket = y.bucket < 0 || (x.bucket >= 0 && x.bucket <= y.bucket) ? x.bucket : y.bucket;
        quint64 count = 0;
        while (x.bucket == bucket) {
            count += x.count;
            x.next();
        }
        while (y.bucket == bucket) {
            count += y.count;
            y.next();
        }
        if (count != 0)
            to = putBucket(to, bucket, count);
    }
    if (x.damaged || y.damaged) {
        out.resize(0);
        return false;
    }
    out.resize(to - begin == 1 ? 0 : to - begin);
    return true;
}

std::optional<QByteArray> LogHistogram::addEncoded(QByteArrayView a, QByteArrayView b)
{
    QByteArray out;
    if (!addEncoded(a, b, out))
        return std::nullopt;
    return out;
}

std::optional<LogHistogram> LogHistogram::decode(QByteArrayView bytes)
{
    LogHistogram h;
    if (!h.mergeEncoded(bytes))
        return std::nullopt;
    return h;
}

} // namespace sb::usage
