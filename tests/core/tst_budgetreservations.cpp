// Reserve-then-settle on the database (usage/reservations.h): the conditional reservation against every
// hard budget that applies, its undo when one refuses, settlement, two processes' worth of objects on
// one file, and the reclaim of what a crashed process left reserved. All of it on SQLite (the app's
// migrations) and again on a throwaway PostgreSQL 15 (the meta table and the budget migration, the same
// files), skipped where PostgreSQL or Qt's driver is not installed unless SB_REQUIRE_POSTGRES is set.
#include "postgresfixture.h"
#include "storage/database.h"
#include "usage/budgets.h"
#include "usage/reservations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace sb;
using namespace sb::usage;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
const QString kOpenAi = QStringLiteral("openai");
const QString kKey = QStringLiteral("ci");

qint64 usd(double v)
{
    return usdToNano(v);
}

Budget workspaceDaily(double hard)
{
    return Budget{Budget::Scope::Workspace, {}, Budget::Period::Daily, {}, hard};
}

// One process's share: its database object, budget tracker and reservations, on a clock the test moves.
struct Process {
    std::shared_ptr<Database> db;
    std::unique_ptr<BudgetTracker> tracker;
    std::unique_ptr<BudgetReservations> reservations;
    qint64 *now = nullptr;

    Process(const QString &path, const QString &migrations, QList<Budget> budgets, qint64 *clock, const QString &lease = {})
        : now(clock)
    {
        auto opened = Database::open(path, migrations);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        db = *opened;
        tracker = std::make_unique<BudgetTracker>(std::move(budgets), [clock] { return *clock; });
        BudgetReservations::Options o;
        o.clock = [clock] { return *clock; };
        o.leaseMs = 60'000;
        o.heartbeat = false;
        o.lease = lease;
        reservations = std::make_unique<BudgetReservations>(db, *tracker, o);
        QVERIFY(reservations->start());
    }
};

} // namespace

class TestBudgetReservations : public QObject
{
    Q_OBJECT

    const bool m_postgres;
    QTemporaryDir m_dir;
    qint64 m_now = kNow;
    int m_files = 0;
    std::unique_ptr<testing::PostgresServer> m_server;
    QString m_migrations = Database::defaultMigrationsDirectory();

    // A new database: a file, or a database on the PostgreSQL server.
    QString newFile()
    {
        ++m_files;
        if (!m_postgres)
            return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_files));
        return m_server->createDatabase(QStringLiteral("budgets%1").arg(m_files));
    }

public:
    explicit TestBudgetReservations(bool postgres)
        : m_postgres(postgres)
    {
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!m_postgres)
            return;
        m_server = std::make_unique<testing::PostgresServer>();
        SB_REQUIRE_OR_SKIP_POSTGRES(*m_server);
    }

    void init() { m_now = kNow; }

    // A member's budget holds across all their keys, and only theirs.
    void aMemberBudgetCountsEveryKeyOfTheMember()
    {
        const Budget bob{Budget::Scope::Member, QStringLiteral("bob"), Budget::Period::Daily, {}, 1.0};
        Process p(newFile(), m_migrations, {bob}, &m_now);
        auto laptop = p.reservations->reserveNow(QStringLiteral("a"), kOpenAi, Spender(QStringLiteral("k1"), QStringLiteral("bob")), usd(0.6));
        auto ci = p.reservations->reserveNow(QStringLiteral("b"), kOpenAi, Spender(QStringLiteral("k2"), QStringLiteral("bob")), usd(0.6));
        auto carol = p.reservations->reserveNow(QStringLiteral("c"), kOpenAi, Spender(QStringLiteral("k3"), QStringLiteral("carol")), usd(0.6));
        QVERIFY(laptop && ci && carol);
        QVERIFY(laptop->granted);
        QVERIFY(!ci->granted);
        QCOMPARE(ci->blockedBy->describe(), QStringLiteral("daily budget of team member bob"));
        QVERIFY(carol->granted);
        QVERIFY(carol->counters.isEmpty()); // no budget of hers
    }

    void reservesUntilTheLimitThenRefusesNamingTheBudget()
    {
        Process p(newFile(), m_migrations, {workspaceDaily(1.0)}, &m_now);
        auto a = p.reservations->reserveNow(QStringLiteral("a"), kOpenAi, {}, usd(0.4));
        auto b = p.reservations->reserveNow(QStringLiteral("b"), kOpenAi, {}, usd(0.4));
        auto c = p.reservations->reserveNow(QStringLiteral("c"), kOpenAi, {}, usd(0.4));
        QVERIFY(a && b && c);
        QVERIFY(a->granted);
        QVERIFY(b->granted);
        QVERIFY(!c->granted);
        QCOMPARE(c->blockedBy->describe(), QStringLiteral("daily workspace budget"));
        QCOMPARE(c->message(),
                 QStringLiteral("daily workspace budget: $0.0000 spent and $0.8000 reserved by calls in flight, of $1.00; this call could cost up to "
                                "$0.4000 (lower its max tokens, or raise the limit)"));
        QVERIFY(c->toApiError().kind == protocol::ApiError::Kind::BudgetExceeded);
        QCOMPARE(c->toApiError().httpStatus, 402);
        QCOMPARE(*p.reservations->counter(workspaceDaily(1.0)), (std::pair<qint64, qint64>{0, usd(0.8)}));

        // the real cost replaces the reservation: room for the third again
        QVERIFY(p.reservations->settleNow(QStringLiteral("a"), usd(0.1), a->counters));
        QCOMPARE(*p.reservations->counter(workspaceDaily(1.0)), (std::pair<qint64, qint64>{usd(0.1), usd(0.4)}));
        auto again = p.reservations->reserveNow(QStringLiteral("c"), kOpenAi, {}, usd(0.4));
        QVERIFY(again && again->granted);
        // a call of unknown cost (no catalog price) reserves nothing, and goes while the limit is not reached
        auto unknown = p.reservations->reserveNow(QStringLiteral("u"), kOpenAi, {}, 0);
        QVERIFY(unknown && unknown->granted);
        QVERIFY(p.reservations->settleNow(QStringLiteral("u"), 0));
        // a release (failure, cancel) gives back the whole reservation and spends nothing
        QVERIFY(p.reservations->settleNow(QStringLiteral("b"), 0));
        QCOMPARE(*p.reservations->counter(workspaceDaily(1.0)), (std::pair<qint64, qint64>{usd(0.1), usd(0.4)}));
    }

    void aRefusalUndoesTheOtherBudgetsOfTheCall()
    {
        const Budget ws = workspaceDaily(10);
        const Budget monthly{Budget::Scope::Workspace, {}, Budget::Period::Monthly, 1.0, 20};
        const Budget provider{Budget::Scope::Provider, kOpenAi, Budget::Period::Daily, {}, 0.5};
        const Budget key{Budget::Scope::ProxyKey, kKey, Budget::Period::Monthly, {}, 5};
        const Budget other{Budget::Scope::Provider, QStringLiteral("anthropic"), Budget::Period::Daily, {}, 0.01};
        const Budget softOnly{Budget::Scope::Provider, kOpenAi, Budget::Period::Monthly, 0.01, {}};
        Process p(newFile(), m_migrations, {ws, monthly, key, provider, other, softOnly}, &m_now);
        QCOMPARE(p.reservations->applicable(kOpenAi, kKey), (QList<Budget>{ws, monthly, key, provider}));
        QCOMPARE(p.reservations->applicable(kOpenAi, {}), (QList<Budget>{ws, monthly, provider}));

        auto r = p.reservations->reserveNow(QStringLiteral("big"), kOpenAi, kKey, usd(0.6));
        QVERIFY(r);
        QVERIFY(!r->granted);
        QCOMPARE(*r->blockedBy, provider);
        QVERIFY(r->message().startsWith(QStringLiteral("daily budget of provider openai: ")));
        for (const Budget &b : {ws, monthly, key, provider})
            QCOMPARE(p.reservations->counter(b)->second, qint64(0));

        auto fits = p.reservations->reserveNow(QStringLiteral("small"), kOpenAi, kKey, usd(0.3));
        QVERIFY(fits && fits->granted);
        QCOMPARE(int(fits->counters.size()), 4);
        for (const Budget &b : {ws, monthly, key, provider})
            QCOMPARE(p.reservations->counter(b)->second, usd(0.3));
        QVERIFY(p.reservations->settleNow(QStringLiteral("small"), usd(0.2)));
        for (const Budget &b : {ws, monthly, key, provider})
            QCOMPARE(*p.reservations->counter(b), (std::pair<qint64, qint64>{usd(0.2), 0}));
    }

    void aNewCounterStartsFromTheTrackersSpend()
    {
        Process p(newFile(), m_migrations, {workspaceDaily(1.0)}, &m_now);
        CallRecord call;
        call.requestId = QStringLiteral("earlier");
        call.startedAtMs = m_now - 1000;
        call.provider = kOpenAi;
        call.model = QStringLiteral("m");
        call.costUsd = 0.7;
        p.tracker->add(call);
        auto r = p.reservations->reserveNow(QStringLiteral("a"), kOpenAi, {}, usd(0.4));
        QVERIFY(r);
        QVERIFY(!r->granted);
        QCOMPARE(r->spentNano, usd(0.7));
        // at the limit, not even a call of unknown cost goes
        QVERIFY(p.reservations->settleNow(QStringLiteral("x"), usd(0.3),
                                          {BudgetCounter{workspaceDaily(1.0), periodIndexOf(Budget::Period::Daily, m_now)}}));
        r = p.reservations->reserveNow(QStringLiteral("free"), kOpenAi, {}, 0);
        QVERIFY(r);
        QVERIFY(!r->granted);
        // the next UTC day is a new period: a counter of its own
        m_now += kMsPerDay;
        r = p.reservations->reserveNow(QStringLiteral("b"), kOpenAi, {}, usd(0.4));
        QVERIFY(r && r->granted);
    }

    void twoProcessesOnOneFileShareTheLimit()
    {
        const QString file = newFile();
        Process one(file, m_migrations, {workspaceDaily(1.0)}, &m_now);
        Process two(file, m_migrations, {workspaceDaily(1.0)}, &m_now);
        QVERIFY(one.reservations->lease() != two.reservations->lease());
        int granted = 0;
        for (int i = 0; i < 10; ++i) {
            Process &p = i % 2 ? two : one;
            auto r = p.reservations->reserveNow(QStringLiteral("r%1").arg(i), kOpenAi, {}, usd(0.15));
            QVERIFY(r);
            granted += r->granted ? 1 : 0;
        }
        QCOMPARE(granted, 6); // 6 x 0.15 = 0.90; a seventh would make 1.05
        // a process that stops releases its own reservations only
        two.reservations.reset();
        QCOMPARE(one.reservations->counter(workspaceDaily(1.0))->second, usd(0.45));
    }

    void concurrentReservationsFromManyThreadsStayWithinTheLimit()
    {
        // 8 threads (a connection each, as 8 servers would have) reserve $0.03 20 times each, at once,
        // against $1: the conditional UPDATE lets exactly 33 through, whatever the interleaving
        Process p(newFile(), m_migrations, {workspaceDaily(1.0)}, &m_now);
        std::atomic<int> granted{0};
        std::atomic<int> failed{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back(QThread::create([&p, &granted, &failed, t] {
                for (int i = 0; i < 20; ++i) {
                    auto r = p.reservations->reserveNow(QStringLiteral("t%1-%2").arg(t).arg(i), kOpenAi, {}, usd(0.03));
                    if (!r)
                        ++failed;
                    else if (r->granted)
                        ++granted;
                }
            }));
        }
        for (auto &t : threads)
            t->start();
        for (auto &t : threads)
            QVERIFY(t->wait(60000));
        QCOMPARE(failed.load(), 0);
        QCOMPARE(granted.load(), 33);
        QCOMPARE(p.reservations->counter(workspaceDaily(1.0))->second, usd(0.99));
    }

    void asyncReservationsComeBackOnTheContextsThread()
    {
        Process p(newFile(), m_migrations, {workspaceDaily(1.0)}, &m_now);
        QObject context;
        QList<Reservation> answers;
        for (int i = 0; i < 8; ++i)
            p.reservations->reserve(QStringLiteral("a%1").arg(i), kOpenAi, {}, usd(0.3), &context,
                                    [&answers](const Reservation &r) { answers << r; });
        QTRY_COMPARE(int(answers.size()), 8);
        int granted = 0;
        for (const Reservation &r : std::as_const(answers))
            granted += r.granted ? 1 : 0;
        QCOMPARE(granted, 3);
        for (const Reservation &r : std::as_const(answers))
            p.reservations->settle(r.id, r.granted ? usd(0.1) : 0, r.counters);
        p.reservations->waitForIdle();
        QCOMPARE(*p.reservations->counter(workspaceDaily(1.0)), (std::pair<qint64, qint64>{usd(0.3), 0}));

        // a context that goes before its answer hears nothing; its settlement still releases the reservation
        auto gone = std::make_unique<QObject>();
        bool called = false;
        const quint64 ticket = p.reservations->reserve(QStringLiteral("gone"), kOpenAi, {}, usd(0.2), gone.get(),
                                                       [&called](const Reservation &) { called = true; });
        p.reservations->forget(ticket);
        p.reservations->settle(QStringLiteral("gone"), 0);
        gone.reset();
        p.reservations->waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!called);
        QCOMPARE(p.reservations->counter(workspaceDaily(1.0))->second, qint64(0));
    }

    void staleReservationsOfACrashedProcessAreReclaimed()
    {
        const QString file = newFile();
        Process alive(file, m_migrations, {workspaceDaily(1.0)}, &m_now);
        QVERIFY(alive.reservations->reserveNow(QStringLiteral("mine"), kOpenAi, {}, usd(0.1))->granted);
        {
            // what a process killed during two calls leaves: its lease and its reservations
            Process crashed(file, m_migrations, {workspaceDaily(1.0)}, &m_now, QStringLiteral("crashed-lease"));
            QVERIFY(crashed.reservations->reserveNow(QStringLiteral("x"), kOpenAi, {}, usd(0.4))->granted);
            QVERIFY(crashed.reservations->reserveNow(QStringLiteral("y"), kOpenAi, {}, usd(0.4))->granted);
            auto db = crashed.db->connection();
            QSqlQuery q(*db);
            // copies of its rows under the same lease survive the graceful release below, as a kill leaves them
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE kept AS SELECT * FROM budget_reservations WHERE lease = 'crashed-lease'")));
            crashed.reservations.reset();
            QVERIFY(q.exec(QStringLiteral("INSERT INTO budget_reservations SELECT * FROM kept")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO budget_leases VALUES ('crashed-lease', %1)").arg(m_now + 60'000)));
            QVERIFY(q.exec(QStringLiteral("UPDATE budget_counters SET reserved_nano = reserved_nano + %1").arg(usd(0.8))));
        }
        QCOMPARE(alive.reservations->counter(workspaceDaily(1.0))->second, usd(0.9));
        QVERIFY(!alive.reservations->reserveNow(QStringLiteral("blocked"), kOpenAi, {}, usd(0.2))->granted);

        // its lease still runs: nothing is reclaimed yet
        QCOMPARE(*alive.reservations->renew(), 0);
        QCOMPARE(alive.reservations->counter(workspaceDaily(1.0))->second, usd(0.9));
        // once it expired (the renewal keeps the live process's lease), a process that looks reclaims them
        m_now += 59'000;
        QCOMPARE(*alive.reservations->renew(), 0);
        m_now += 2'000;
        QCOMPARE(*alive.reservations->renew(), 2);
        QCOMPARE(alive.reservations->counter(workspaceDaily(1.0))->second, usd(0.1));
        QVERIFY(alive.reservations->reserveNow(QStringLiteral("now"), kOpenAi, {}, usd(0.2))->granted);

        // a reservation past its TTL goes too, even under a live lease; its call's cost still counts
        m_now += 3'600'001;
        QVERIFY(alive.reservations->renew());
        QCOMPARE(alive.reservations->counter(workspaceDaily(1.0))->second, qint64(0));
        QVERIFY(alive.reservations->settleNow(QStringLiteral("mine"), usd(0.05),
                                              {BudgetCounter{workspaceDaily(1.0), periodIndexOf(Budget::Period::Daily, kNow)}}));
        QCOMPARE(*alive.reservations->counter(workspaceDaily(1.0)), (std::pair<qint64, qint64>{usd(0.05), 0}));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestBudgetReservations onSqlite(false);
    const int sqlite = QTest::qExec(&onSqlite, argc, argv);
    TestBudgetReservations onPostgres(true);
    const int postgres = QTest::qExec(&onPostgres, argc, argv);
    return sqlite != 0 ? sqlite : postgres;
}
#include "tst_budgetreservations.moc"
