#pragma once

#include "common/expected.h"
#include "protocol/types.h"
#include "usage/budgets.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

namespace sb::usage {

// The counter one reservation holds: a budget in one period.
struct BudgetCounter {
    Budget budget;
    qint64 periodIndex = 0; // UTC day number, or year * 12 + month - 1
    bool operator==(const BudgetCounter &) const = default;
};

// The answer to a reservation.
struct Reservation {
    QString id;
    bool granted = false;
    QList<BudgetCounter> counters; // reserved against (granted), for the settlement
    // Refused: the budget that blocked, what it had spent and reserved, and the estimate that did not fit.
    std::optional<Budget> blockedBy;
    qint64 spentNano = 0;
    qint64 reservedNano = 0;
    qint64 limitNano = 0;
    qint64 estimateNano = 0;
    std::optional<Error> error; // the database failed (then the call is refused too)

    // "daily workspace budget: $0.0950 spent and $0.0040 reserved by calls in flight, of $0.10; this
    // call could cost up to $0.0103 (lower its max tokens, or raise the limit)"
    QString message() const;
    // budget_exceeded (402) naming the budget, or overloaded (503) when the database failed.
    protocol::ApiError toApiError() const;
};

// Budgets that hold under concurrency: reserve-then-settle on the database (migration 0015).
//
// Before a call, reserve() holds the call's estimated maximum cost against every hard budget that
// applies (workspace, provider, proxy key; each period), in one transaction: per budget an UPDATE that
// only succeeds while spent + reserved + estimate stays within the limit. One refusal undoes the others
// and refuses the call, naming the budget. After the call, settle() replaces the reservation by the real
// cost (0 releases it: failure, cancel, timeout). The counters live in the database, so several
// processes on one database share them (the PostgreSQL path), and a limit is overspent by at most
// what calls cost beyond their estimates.
//
// A new counter starts from the tracker's spend of that budget (the ledger's, seeded at start). Each
// process holds a lease that it renews every leaseMs / 3; reservations of a lease that expired (a
// process that crashed) and reservations older than reservationTtlMs are reclaimed at start and at
// every renewal, by whichever process looks first.
//
// The database work runs on one thread of its own, in order; the reservations and settlements that
// queue while it writes go into its next transaction together. Callbacks come back on the context's
// thread. Thread-safe.
class BudgetReservations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetReservations)

public:
    using Clock = std::function<qint64()>; // UTC epoch ms
    struct Options {
        Clock clock; // default: the wall clock
        qint64 leaseMs = 60'000;
        qint64 reservationTtlMs = 3'600'000; // longer than any call's timeouts
        QString lease; // default: a new UUID
        bool heartbeat = true; // renew with a timer on this object's thread (tests call renew())
    };

    BudgetReservations(std::shared_ptr<Database> database, BudgetTracker &tracker, Options options, QObject *parent = nullptr);
    // Releases this process's reservations and its lease (calls still in flight are no longer counted).
    ~BudgetReservations() override;

    // Takes the lease and reclaims stale reservations, on the calling thread's connection.
    [[nodiscard]] Expected<void> start();

    // The hard budgets that apply to a call to `provider` through `proxyKey` (empty: none, no
    // reservation needed). Cheap.
    QList<Budget> applicable(const QString &provider, const Spender &spender) const;

    using Done = std::function<void(const Reservation &)>;
    // Queues a reservation of `estimateNano` under `id` (unique per attempt); `done` on `context`'s
    // thread. Returns the ticket forget() takes.
    quint64 reserve(const QString &id, const QString &provider, const Spender &spender, qint64 estimateNano, QObject *context, Done done);
    // Drops the callback of a pending reservation (its context goes away); settle() it too.
    void forget(quint64 ticket);
    // Replaces the reservation `id` by `costNano` (0 releases it); queued after its reservation.
    // `counters`: those the reservation answered with, so that the cost counts even if it was reclaimed.
    void settle(const QString &id, qint64 costNano, const QList<BudgetCounter> &counters = {});

    // Synchronous, on the calling thread's connection (tests, the bench, start()).
    [[nodiscard]] Expected<Reservation> reserveNow(const QString &id, const QString &provider, const Spender &spender, qint64 estimateNano);
    [[nodiscard]] Expected<void> settleNow(const QString &id, qint64 costNano, const QList<BudgetCounter> &counters = {});
    // Renews the lease and reclaims stale reservations (of expired leases or past their TTL); the
    // number of reservation rows reclaimed.
    [[nodiscard]] Expected<int> renew();
    // Blocks until every queued operation is done.
    void waitForIdle();

    // The counter of `budget` in the current period: spent and reserved (tests, status).
    [[nodiscard]] Expected<std::pair<qint64, qint64>> counter(const Budget &budget) const;
    QString lease() const { return m_options.lease; }

private:
    struct Op {
        enum class Kind { Reserve, Settle } kind = Kind::Reserve;
        quint64 ticket = 0;
        QString id;
        QString provider;
        Spender spender;
        qint64 amountNano = 0; // estimate or cost
        QList<BudgetCounter> counters;
    };
    void enqueue(Op op);
    void drain(); // on m_thread
    struct Waiter {
        QObject *context = nullptr;
        Done done;
    };

    std::shared_ptr<Database> m_database;
    bool m_busyHandlerSet = false; // on m_thread's connection (sql::retryBusySoon); m_thread only
    BudgetTracker &m_tracker;
    Options m_options;
    QThreadPool m_thread;
    QTimer m_heartbeat;

    mutable QMutex m_mutex;
    std::deque<Op> m_queue;
    bool m_draining = false;
    quint64 m_nextTicket = 0;
    QHash<quint64, Waiter> m_waiters;
};

} // namespace sb::usage
