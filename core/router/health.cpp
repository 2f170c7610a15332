#include "router/health.h"

#include "common/logging.h"

#include <algorithm>

namespace sb::router {

HealthTracker::HealthTracker(Options options, Clock clock)
    : m_options(options)
    , m_clock(clock ? std::move(clock) : async::steadyClock())
{
}

HealthTracker::State &HealthTracker::stateLocked(const QString &target)
{
    auto it = m_index.constFind(target);
    if (it != m_index.constEnd())
        return *m_stateList[size_t(*it)];
    auto st = std::make_unique<State>();
    st->s.target = target;
    st->cooldownMs = m_options.cooldownMs;
    m_index.insert(target, int(m_stateList.size()));
    m_stateList.push_back(std::move(st));
    return *m_stateList.back();
}

int HealthTracker::intern(const QString &target)
{
    QMutexLocker lock(&m_mutex);
    stateLocked(target);
    return m_index.value(target);
}

HealthTracker::Quick HealthTracker::quickLocked(State &st) const
{
    refreshLocked(st);
    Quick q;
    q.ttftMs = st.s.ttftMs;
    q.inFlight = st.s.inFlight;
    q.allowed = st.s.breaker == Breaker::Closed || (st.s.breaker == Breaker::HalfOpen && !st.probeTaken);
    q.trial = st.s.breaker == Breaker::HalfOpen && q.allowed;
    q.consecutiveFailures = st.s.consecutiveFailures;
    q.demoted = !st.s.demotedBy.isEmpty();
    return q;
}

HealthTracker::Quick HealthTracker::quick(int id) const
{
    QMutexLocker lock(&m_mutex);
    if (id < 0 || size_t(id) >= m_stateList.size())
        return {};
    return quickLocked(*m_stateList[size_t(id)]);
}

void HealthTracker::setDemotions(const QHash<QString, QString> &whyByTarget)
{
    QMutexLocker lock(&m_mutex);
    for (const auto &st : m_stateList)
        st->s.demotedBy.clear();
    for (auto it = whyByTarget.begin(); it != whyByTarget.end(); ++it)
        stateLocked(it.key()).s.demotedBy = it.value();
}

QString HealthTracker::demotionOf(int id) const
{
    QMutexLocker lock(&m_mutex);
    if (id < 0 || size_t(id) >= m_stateList.size())
        return {};
    return m_stateList[size_t(id)]->s.demotedBy;
}

void HealthTracker::refreshLocked(State &st) const
{
    if (st.s.breaker == Breaker::Open && m_clock() >= st.s.openUntilMs) {
        st.s.breaker = Breaker::HalfOpen;
        st.probeTaken = false;
    }
}

bool HealthTracker::allow(const QString &target)
{
    QMutexLocker lock(&m_mutex);
    State &st = stateLocked(target);
    refreshLocked(st);
    switch (st.s.breaker) {
    case Breaker::Closed: return true;
    case Breaker::Open: return false;
    case Breaker::HalfOpen:
        if (st.probeTaken)
            return false;
        st.probeTaken = true;
        return true;
    }
    return true;
}

bool HealthTracker::wouldAllow(const QString &target) const
{
    return quick(target).allowed;
}

void HealthTracker::started(const QString &target)
{
    QMutexLocker lock(&m_mutex);
    ++stateLocked(target).s.inFlight;
}

void HealthTracker::succeeded(const QString &target, qint64 latencyMs, std::optional<qint64> ttftMs)
{
    QMutexLocker lock(&m_mutex);
    State &st = stateLocked(target);
    const double a = m_options.alpha;
    st.s.inFlight = std::max(0, st.s.inFlight - 1);
    ++st.s.calls;
    st.s.latencyMs = st.s.latencyMs ? a * double(latencyMs) + (1 - a) * *st.s.latencyMs : double(latencyMs);
    if (ttftMs)
        st.s.ttftMs = st.s.ttftMs ? a * double(*ttftMs) + (1 - a) * *st.s.ttftMs : double(*ttftMs);
    st.s.errorRate = (1 - a) * st.s.errorRate;
    st.s.consecutiveFailures = 0;
    st.s.breaker = Breaker::Closed;
    st.cooldownMs = m_options.cooldownMs;
    st.probeTaken = false;
}

void HealthTracker::failed(const QString &target, bool counts)
{
    QMutexLocker lock(&m_mutex);
    State &st = stateLocked(target);
    st.s.inFlight = std::max(0, st.s.inFlight - 1);
    if (!counts) {
        if (st.s.breaker == Breaker::HalfOpen)
            st.probeTaken = false; // the probe told nothing: let another one go
        return;
    }
    const double a = m_options.alpha;
    ++st.s.calls;
    ++st.s.failures;
    st.s.errorRate = a + (1 - a) * st.s.errorRate;
    ++st.s.consecutiveFailures;
    refreshLocked(st);
    if (st.s.breaker == Breaker::HalfOpen) {
        st.cooldownMs = std::min(st.cooldownMs * 2, m_options.maxCooldownMs);
        st.s.breaker = Breaker::Open;
        st.s.openUntilMs = m_clock() + st.cooldownMs;
        qCInfo(lcRouter) << "circuit of" << target << "open again after a failed trial call, for" << st.cooldownMs << "ms";
    } else if (st.s.breaker == Breaker::Closed && st.s.consecutiveFailures >= m_options.failureThreshold) {
        st.s.breaker = Breaker::Open;
        st.s.openUntilMs = m_clock() + st.cooldownMs;
        qCInfo(lcRouter) << "circuit of" << target << "open after" << st.s.consecutiveFailures << "failures, for" << st.cooldownMs << "ms";
    }
}

HealthTracker::Quick HealthTracker::quick(const QString &target) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_index.constFind(target);
    if (it == m_index.constEnd())
        return {};
    return quickLocked(*m_stateList[size_t(*it)]);
}

std::optional<HealthTracker::Snapshot> HealthTracker::snapshot(const QString &target) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_index.constFind(target);
    if (it == m_index.constEnd())
        return std::nullopt;
    State &st = *m_stateList[size_t(*it)];
    refreshLocked(st);
    return st.s;
}

QList<HealthTracker::Snapshot> HealthTracker::snapshots() const
{
    QMutexLocker lock(&m_mutex);
    QList<Snapshot> out;
    for (const auto &st : m_stateList) {
        refreshLocked(*st);
        if (st->s.calls > 0 || st->s.inFlight > 0)
            out << st->s;
    }
    std::sort(out.begin(), out.end(), [](const Snapshot &a, const Snapshot &b) { return a.target < b.target; });
    return out;
}

void HealthTracker::reset()
{
    // interned ids stay valid: states are cleared, not removed; demotions are the monitor's, not measured here
    QMutexLocker lock(&m_mutex);
    for (auto &st : m_stateList) {
        const QString target = st->s.target;
        QString demotedBy = std::move(st->s.demotedBy);
        *st = State{};
        st->s.target = target;
        st->s.demotedBy = std::move(demotedBy);
        st->cooldownMs = m_options.cooldownMs;
    }
}

} // namespace sb::router
