#include "usage/reservations.h"

#include "common/ids.h"
#include "common/logging.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sb::usage {

namespace detail {

// The statements of one transaction, prepared once for all the operations in it. Plain SQL that SQLite
// and PostgreSQL both take (INSERT ... ON CONFLICT DO NOTHING: SQLite 3.24+, PostgreSQL 9.5+).
struct ReservationStatements {
    explicit ReservationStatements(const QSqlDatabase &db)
        : seed(db)
        , take(db)
        , undo(db)
        , read(db)
        , hold(db)
        , held(db)
        , settle(db)
        , drop(db)
    {
    }
    [[nodiscard]] Expected<void> prepare()
    {
        const std::pair<QSqlQuery *, const char *> all[] = {
            {&seed,
             "INSERT INTO budget_counters (scope, target, period, period_index, spent_nano, reserved_nano) VALUES (?, ?, ?, ?, ?, 0) "
             "ON CONFLICT DO NOTHING"},
            // the one check that holds under concurrency: the row changes only while the estimate fits
            // (and, for a call of unknown cost, while the limit is not reached)
            {&take,
             "UPDATE budget_counters SET reserved_nano = reserved_nano + ? "
             "WHERE scope = ? AND target = ? AND period = ? AND period_index = ? AND spent_nano + reserved_nano + ? <= ? "
             "AND spent_nano + reserved_nano < ?"},
            {&undo,
             "UPDATE budget_counters SET reserved_nano = reserved_nano - ? WHERE scope = ? AND target = ? AND period = ? AND period_index = ?"},
            {&read, "SELECT spent_nano, reserved_nano FROM budget_counters WHERE scope = ? AND target = ? AND period = ? AND period_index = ?"},
            {&hold,
             "INSERT INTO budget_reservations (id, scope, target, period, period_index, amount_nano, lease, expires_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
            {&held, "SELECT scope, target, period, period_index FROM budget_reservations WHERE id = ?"},
            // the cost counts whether or not the reservation is still there (reclaimed after a long call)
            {&settle,
             "UPDATE budget_counters SET spent_nano = spent_nano + ?, reserved_nano = reserved_nano - COALESCE(("
             "SELECT r.amount_nano FROM budget_reservations r WHERE r.id = ? AND r.scope = budget_counters.scope "
             "AND r.target = budget_counters.target AND r.period = budget_counters.period AND r.period_index = budget_counters.period_index), 0) "
             "WHERE scope = ? AND target = ? AND period = ? AND period_index = ?"},
            {&drop, "DELETE FROM budget_reservations WHERE id = ?"},
        };
        for (const auto &[query, text] : all) {
            if (!query->prepare(QString::fromLatin1(text)))
                return sql::failure(*query, QStringLiteral("cannot prepare a budget statement"));
        }
        return {};
    }
    QSqlQuery seed, take, undo, read, hold, held, settle, drop;
};

} // namespace detail

namespace {

using Statements = detail::ReservationStatements;

QString money(qint64 nano)
{
    const double usd = nanoToUsd(nano);
    return QStringLiteral("$") + QString::number(usd, 'f', usd < 1 ? 4 : 2);
}

void bindCounter(QSqlQuery &q, const BudgetCounter &c)
{
    q.addBindValue(scopeName(c.budget.scope));
    q.addBindValue(sql::nonNull(c.budget.target));
    q.addBindValue(periodName(c.budget.period));
    q.addBindValue(c.periodIndex);
}

// One reservation inside the caller's transaction. A refusal undoes what it took before.
Expected<Reservation> reserveIn(Statements &s, BudgetTracker &tracker, const QList<Budget> &budgets, const QString &id, qint64 estimateNano,
                                const QString &lease, qint64 nowMs, qint64 ttlMs)
{
    Reservation r;
    r.id = id;
    r.estimateNano = estimateNano;
    for (const Budget &b : budgets) {
        const BudgetCounter c{b, periodIndexOf(b.period, nowMs)};
        const qint64 limit = usdToNano(*b.hardLimitUsd);
        s.seed.addBindValue(scopeName(b.scope));
        s.seed.addBindValue(sql::nonNull(b.target));
        s.seed.addBindValue(periodName(b.period));
        s.seed.addBindValue(c.periodIndex);
        s.seed.addBindValue(tracker.spentNano(b));
        if (auto ok = sql::exec(s.seed, QStringLiteral("cannot create a budget counter")); !ok)
            return ok.error();
        s.take.addBindValue(estimateNano);
        bindCounter(s.take, c);
        s.take.addBindValue(estimateNano);
        s.take.addBindValue(limit);
        s.take.addBindValue(limit);
        if (auto ok = sql::exec(s.take, QStringLiteral("cannot reserve against a budget")); !ok)
            return ok.error();
        if (s.take.numRowsAffected() == 1) {
            r.counters << c;
            continue;
        }
        bindCounter(s.read, c);
        if (auto ok = sql::exec(s.read, QStringLiteral("cannot read a budget counter")); !ok)
            return ok.error();
        if (s.read.next()) {
            r.spentNano = s.read.value(0).toLongLong();
            r.reservedNano = s.read.value(1).toLongLong();
        }
        s.read.finish();
        r.blockedBy = b;
        r.limitNano = limit;
        for (const BudgetCounter &taken : std::as_const(r.counters)) {
            s.undo.addBindValue(estimateNano);
            bindCounter(s.undo, taken);
            if (auto ok = sql::exec(s.undo, QStringLiteral("cannot undo a budget reservation")); !ok)
                return ok.error();
        }
        r.counters.clear();
        return r;
    }
    for (const BudgetCounter &c : std::as_const(r.counters)) {
        s.hold.addBindValue(id);
        bindCounter(s.hold, c);
        s.hold.addBindValue(estimateNano);
        s.hold.addBindValue(lease);
        s.hold.addBindValue(nowMs + ttlMs);
        if (auto ok = sql::exec(s.hold, QStringLiteral("cannot store a budget reservation")); !ok)
            return ok.error();
    }
    r.granted = true;
    return r;
}

Expected<void> settleIn(Statements &s, const QString &id, qint64 costNano, const QList<BudgetCounter> &given)
{
    QList<BudgetCounter> counters;
    s.held.addBindValue(id);
    if (auto ok = sql::exec(s.held, QStringLiteral("cannot read a budget reservation")); !ok)
        return ok.error();
    while (s.held.next()) {
        const auto scope = scopeFromName(s.held.value(0).toString());
        const auto period = periodFromName(s.held.value(2).toString());
        if (!scope || !period)
            continue;
        counters << BudgetCounter{Budget{*scope, s.held.value(1).toString(), *period, {}, {}}, s.held.value(3).toLongLong()};
    }
    s.held.finish();
    for (const BudgetCounter &c : given) {
        const bool known = std::any_of(counters.cbegin(), counters.cend(), [&c](const BudgetCounter &k) {
            return k.budget.scope == c.budget.scope && k.budget.target == c.budget.target && k.budget.period == c.budget.period
                && k.periodIndex == c.periodIndex;
        });
        if (!known)
            counters << c;
    }
    for (const BudgetCounter &c : std::as_const(counters)) {
        s.settle.addBindValue(costNano);
        s.settle.addBindValue(id);
        bindCounter(s.settle, c);
        if (auto ok = sql::exec(s.settle, QStringLiteral("cannot settle a budget reservation")); !ok)
            return ok.error();
    }
    s.drop.addBindValue(id);
    return sql::exec(s.drop, QStringLiteral("cannot remove a budget reservation"));
}

// Renews `lease` and reclaims the reservations of leases that expired and those past their TTL.
Expected<int> renewIn(const QSqlDatabase &db, const QString &lease, qint64 nowMs, qint64 leaseMs)
{
    auto renewed = sql::run(db, QStringLiteral("UPDATE budget_leases SET expires_at = ? WHERE lease = ?"), {nowMs + leaseMs, lease},
                            QStringLiteral("cannot renew the budget lease"));
    if (!renewed)
        return renewed.error();
    if (renewed->numRowsAffected() == 0) {
        auto taken = sql::run(db, QStringLiteral("INSERT INTO budget_leases (lease, expires_at) VALUES (?, ?)"), {lease, nowMs + leaseMs},
                              QStringLiteral("cannot take a budget lease"));
        if (!taken)
            return taken.error();
    }
    const QString stale = QStringLiteral("(r.expires_at < ? OR r.lease NOT IN (SELECT l.lease FROM budget_leases l WHERE l.expires_at >= ?))");
    auto released = sql::run(db,
                             QStringLiteral("UPDATE budget_counters SET reserved_nano = reserved_nano - (SELECT COALESCE(SUM(r.amount_nano), 0) "
                                            "FROM budget_reservations r WHERE r.scope = budget_counters.scope AND r.target = budget_counters.target "
                                            "AND r.period = budget_counters.period AND r.period_index = budget_counters.period_index AND ")
                                 + stale + QStringLiteral(") WHERE reserved_nano <> 0"),
                             {nowMs, nowMs}, QStringLiteral("cannot release stale budget reservations"));
    if (!released)
        return released.error();
    auto dropped = sql::run(db, QStringLiteral("DELETE FROM budget_reservations AS r WHERE ") + stale, {nowMs, nowMs},
                            QStringLiteral("cannot remove stale budget reservations"));
    if (!dropped)
        return dropped.error();
    const int reclaimed = dropped->numRowsAffected();
    auto expired = sql::run(db, QStringLiteral("DELETE FROM budget_leases WHERE expires_at < ?"), {nowMs},
                            QStringLiteral("cannot remove expired budget leases"));
    if (!expired)
        return expired.error();
    return reclaimed;
}

} // namespace

QString Reservation::message() const
{
    if (error)
        return error->message;
    if (!blockedBy)
        return {};
    return QStringLiteral(
               "%1: %2 spent and %3 reserved by calls in flight, of %4; this call could cost up to %5 (lower its max tokens, or raise the limit)")
        .arg(blockedBy->describe(), money(spentNano), money(reservedNano), money(limitNano), money(estimateNano));
}

protocol::ApiError Reservation::toApiError() const
{
    if (error)
        return protocol::ApiError::make(protocol::ApiError::Kind::Overloaded,
                                        QStringLiteral("the budgets cannot be checked (%1); try again, or see the server's log").arg(error->message),
                                        503);
    return protocol::ApiError::make(protocol::ApiError::Kind::BudgetExceeded, message(), 402);
}

BudgetReservations::BudgetReservations(std::shared_ptr<Database> database, BudgetTracker &tracker, Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_tracker(tracker)
    , m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (m_options.lease.isEmpty())
        m_options.lease = ids::timeOrderedUuid();
    m_thread.setObjectName(QStringLiteral("budget-reservations"));
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // keeps its connection
    m_heartbeat.setInterval(int(std::max<qint64>(1000, m_options.leaseMs / 3)));
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        m_thread.start([this] {
            if (auto r = renew(); !r)
                qCWarning(lcUsage) << "budgets: cannot renew the lease:" << r.error().message;
        });
    });
}

BudgetReservations::~BudgetReservations()
{
    m_heartbeat.stop();
    waitForIdle();
    m_thread.waitForDone();
    // this process's reservations end with it (calls still in flight are cancelled with it)
    auto db = m_database->connection();
    if (!db)
        return;
    const QString mine = QStringLiteral("r.lease = ?");
    auto done = sql::inWriteTransaction(*db, [&]() -> Expected<void> {
        auto released = sql::run(
            *db,
            QStringLiteral("UPDATE budget_counters SET reserved_nano = reserved_nano - (SELECT COALESCE(SUM(r.amount_nano), 0) "
                           "FROM budget_reservations r WHERE r.scope = budget_counters.scope AND r.target = budget_counters.target "
                           "AND r.period = budget_counters.period AND r.period_index = budget_counters.period_index AND ")
                + mine + QStringLiteral(") WHERE reserved_nano <> 0"),
            {m_options.lease}, QStringLiteral("cannot release the budget reservations"));
        if (!released)
            return released.error();
        if (auto r = sql::run(*db, QStringLiteral("DELETE FROM budget_reservations AS r WHERE ") + mine, {m_options.lease},
                              QStringLiteral("cannot remove the budget reservations"));
            !r)
            return r.error();
        if (auto r = sql::run(*db, QStringLiteral("DELETE FROM budget_leases WHERE lease = ?"), {m_options.lease},
                              QStringLiteral("cannot remove the budget lease"));
            !r)
            return r.error();
        return {};
    });
    if (!done)
        qCWarning(lcUsage) << "budgets: reservations not released at shutdown (reclaimed when the lease expires):" << done.error().message;
}

Expected<void> BudgetReservations::start()
{
    if (m_options.heartbeat)
        m_heartbeat.start(); // also when the database fails now: the lease is taken once it works
    auto reclaimed = renew();
    if (!reclaimed)
        return reclaimed.error();
    if (*reclaimed > 0)
        qCInfo(lcUsage) << "budgets: reclaimed" << *reclaimed << "reservations of calls that a stopped process left";
    return {};
}

Expected<int> BudgetReservations::renew()
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    const qint64 now = m_options.clock();
    return sql::inWriteTransaction(*db, [&] { return renewIn(*db, m_options.lease, now, m_options.leaseMs); });
}

QList<Budget> BudgetReservations::applicable(const QString &provider, const Spender &spender) const
{
    return m_tracker.hardBudgetsFor(provider, spender);
}

Expected<Reservation> BudgetReservations::reserveNow(const QString &id, const QString &provider, const Spender &spender, qint64 estimateNano)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    const QList<Budget> budgets = applicable(provider, spender);
    const qint64 now = m_options.clock();
    return sql::inWriteTransaction(*db, [&]() -> Expected<Reservation> {
        Statements s(*db);
        if (auto ok = s.prepare(); !ok)
            return ok.error();
        return reserveIn(s, m_tracker, budgets, id, estimateNano, m_options.lease, now, m_options.reservationTtlMs);
    });
}

Expected<void> BudgetReservations::settleNow(const QString &id, qint64 costNano, const QList<BudgetCounter> &counters)
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    return sql::inWriteTransaction(*db, [&]() -> Expected<void> {
        Statements s(*db);
        if (auto ok = s.prepare(); !ok)
            return ok.error();
        return settleIn(s, id, costNano, counters);
    });
}

Expected<std::pair<qint64, qint64>> BudgetReservations::counter(const Budget &budget) const
{
    auto db = m_database->connection();
    if (!db)
        return db.error();
    auto q = sql::run(
        *db,
        QStringLiteral("SELECT spent_nano, reserved_nano FROM budget_counters WHERE scope = ? AND target = ? AND period = ? AND period_index = ?"),
        {scopeName(budget.scope), sql::nonNull(budget.target), periodName(budget.period), periodIndexOf(budget.period, m_options.clock())},
        QStringLiteral("cannot read a budget counter"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::pair<qint64, qint64>{0, 0};
    return std::pair<qint64, qint64>{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

quint64 BudgetReservations::reserve(const QString &id, const QString &provider, const Spender &spender, qint64 estimateNano, QObject *context,
                                    Done done)
{
    Op op;
    op.kind = Op::Kind::Reserve;
    op.id = id;
    op.provider = provider;
    op.spender = spender;
    op.amountNano = estimateNano;
    {
        QMutexLocker lock(&m_mutex);
        op.ticket = ++m_nextTicket;
        m_waiters.insert(op.ticket, Waiter{context, std::move(done)});
    }
    const quint64 ticket = op.ticket;
    enqueue(std::move(op));
    return ticket;
}

void BudgetReservations::forget(quint64 ticket)
{
    QMutexLocker lock(&m_mutex);
    m_waiters.remove(ticket);
}

void BudgetReservations::settle(const QString &id, qint64 costNano, const QList<BudgetCounter> &counters)
{
    Op op;
    op.kind = Op::Kind::Settle;
    op.id = id;
    op.amountNano = costNano;
    op.counters = counters;
    enqueue(std::move(op));
}

void BudgetReservations::enqueue(Op op)
{
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(std::move(op));
    if (m_draining)
        return;
    m_draining = true;
    m_thread.start([this] { drain(); });
}

void BudgetReservations::waitForIdle()
{
    for (;;) {
        m_thread.waitForDone();
        QMutexLocker lock(&m_mutex);
        if (!m_draining && m_queue.empty())
            return;
    }
}

void BudgetReservations::drain()
{
    auto db = m_database->connection();
    for (;;) {
        std::deque<Op> batch;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty()) {
                m_draining = false;
                return;
            }
            batch.swap(m_queue);
        }
        const qint64 now = m_options.clock();
        // the budgets that apply, read once per provider and key in the batch
        QHash<QString, QList<Budget>> budgetsFor;
        auto budgets = [&](const Op &op) -> const QList<Budget> & {
            const QString key = op.provider + QLatin1Char('\n') + op.spender.proxyKey + QLatin1Char('\n') + op.spender.member;
            auto it = budgetsFor.find(key);
            if (it == budgetsFor.end())
                it = budgetsFor.insert(key, applicable(op.provider, op.spender));
            return *it;
        };
        std::vector<Reservation> answers(batch.size());
        auto run = [&](size_t from, size_t to) -> Expected<void> {
            if (!m_busyHandlerSet) {
                sql::retryBusySoon(*db);
                m_busyHandlerSet = true;
            }
            Statements s(*db);
            if (auto ok = s.prepare(); !ok)
                return ok.error();
            for (size_t i = from; i < to; ++i) {
                const Op &op = batch.at(i);
                if (op.kind == Op::Kind::Settle) {
                    if (auto ok = settleIn(s, op.id, op.amountNano, op.counters); !ok)
                        return ok.error();
                    continue;
                }
                auto r = reserveIn(s, m_tracker, budgets(op), op.id, op.amountNano, m_options.lease, now, m_options.reservationTtlMs);
                if (!r)
                    return r.error();
                answers[i] = std::move(*r);
            }
            return {};
        };
        Expected<void> all = db ? sql::inWriteTransaction(*db, [&] { return run(0, batch.size()); }) : Expected<void>(db.error());
        if (!all) {
            // one operation's failure must not fail the others: each in its own transaction
            qCWarning(lcUsage) << "budgets: a batch of" << batch.size() << "failed, retrying one by one:" << all.error().message;
            for (size_t i = 0; i < batch.size(); ++i) {
                answers[i] = Reservation{};
                Expected<void> one = db ? sql::inWriteTransaction(*db, [&] { return run(i, i + 1); }) : Expected<void>(db.error());
                if (!one) {
                    answers[i].id = batch.at(i).id;
                    answers[i].error = one.error();
                    if (batch.at(i).kind == Op::Kind::Settle)
                        qCWarning(lcUsage) << "budgets: a settlement failed (its reservation is reclaimed when it expires):" << one.error().message;
                }
            }
        }
        QMutexLocker lock(&m_mutex);
        for (size_t i = 0; i < batch.size(); ++i) {
            const Op &op = batch.at(i);
            if (op.kind != Op::Kind::Reserve)
                continue;
            auto w = m_waiters.find(op.ticket);
            if (w == m_waiters.end())
                continue;
            // posted while the context cannot go (forget() waits for this lock); dropped by Qt if it goes before
            QMetaObject::invokeMethod(
                w->context, [done = std::move(w->done), answer = std::move(answers[i])] { done(answer); }, Qt::QueuedConnection);
            m_waiters.erase(w);
        }
    }
}

} // namespace sb::usage
