#include "storage/database.h"
#include "storage/workspace.h"
#include "team/teamstore.h"
#include "usage/budgets.h"
#include "usage/ledger.h"
#include "usage/queries.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace sb;
using namespace sb::usage;

Q_DECLARE_METATYPE(sb::usage::Budget)

namespace {

qint64 utcMs(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss, ms), Qt::UTC).toMSecsSinceEpoch();
}

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

CallRecord spend(qint64 atMs, double usd, const QString &provider = QStringLiteral("openai"), Source source = Source::Playground,
                 const QString &key = {})
{
    CallRecord c;
    c.requestId = QStringLiteral("r");
    c.startedAtMs = atMs;
    c.provider = provider;
    c.model = QStringLiteral("m");
    c.source = source;
    c.sourceKey = key;
    c.costUsd = usd;
    return c;
}

Budget budget(Budget::Scope scope, const QString &target, Budget::Period period, std::optional<double> soft, std::optional<double> hard)
{
    return Budget{scope, target, period, soft, hard};
}

} // namespace

class TestBudgets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::atomic<qint64> m_now{0};
    BudgetTracker::Clock clock()
    {
        return [this] { return m_now.load(); };
    }

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("valid") << QByteArray(R"([{"scope":"workspace","period":"monthly","softLimitUsd":50,"hardLimitUsd":100},
            {"scope":"provider","target":"openai","period":"daily","hardLimitUsd":5},
            {"scope":"proxy_key","target":"claude-code","period":"monthly","softLimitUsd":20},
            {"scope":"provider","target":"openai","period":"monthly","softLimitUsd":0}])")
                               << QStringList{};
        QTest::newRow("empty") << QByteArray("[]") << QStringList{};
        QTest::newRow("not an object") << QByteArray("[1]") << QStringList{QStringLiteral("budgets[0]: must be an object")};
        QTest::newRow("bad scope") << QByteArray(R"([{"scope":"team","period":"daily","hardLimitUsd":1}])")
                                   << QStringList{QStringLiteral("budgets[0].scope: must be one of workspace, provider, proxy_key, member")};
        QTest::newRow("bad period") << QByteArray(R"([{"scope":"workspace","period":"weekly","hardLimitUsd":1}])")
                                    << QStringList{QStringLiteral("budgets[0].period: must be daily or monthly")};
        QTest::newRow("negative limit") << QByteArray(R"([{"scope":"workspace","period":"daily","hardLimitUsd":1},
            {"scope":"workspace","period":"monthly","hardLimitUsd":-1}])")
                                        << QStringList{QStringLiteral("budgets[1].hardLimitUsd: must be a number >= 0")};
        QTest::newRow("limit as text") << QByteArray(R"([{"scope":"workspace","period":"daily","softLimitUsd":"5"}])")
                                       << QStringList{QStringLiteral("budgets[0].softLimitUsd: must be a number >= 0")};
        QTest::newRow("no limit") << QByteArray(R"([{"scope":"workspace","period":"daily"}])")
                                  << QStringList{QStringLiteral("budgets[0]: needs softLimitUsd, hardLimitUsd or both")};
        QTest::newRow("soft above hard") << QByteArray(R"([{"scope":"workspace","period":"daily","softLimitUsd":10,"hardLimitUsd":5}])")
                                         << QStringList{QStringLiteral("budgets[0].softLimitUsd: must not be above hardLimitUsd")};
        QTest::newRow("workspace with target") << QByteArray(R"([{"scope":"workspace","target":"x","period":"daily","hardLimitUsd":5}])")
                                               << QStringList{QStringLiteral("budgets[0].target: must be empty for a workspace budget")};
        QTest::newRow("provider without target") << QByteArray(R"([{"scope":"provider","period":"daily","hardLimitUsd":5}])")
                                                 << QStringList{QStringLiteral("budgets[0].target: must name the provider id")};
        QTest::newRow("key with number target") << QByteArray(R"([{"scope":"proxy_key","target":7,"period":"daily","hardLimitUsd":5}])")
                                                << QStringList{QStringLiteral("budgets[0].target: must be a string")};
        QTest::newRow("unknown key") << QByteArray(R"([{"scope":"workspace","period":"daily","hardLimitUsd":5,"limit":3}])")
                                     << QStringList{QStringLiteral("budgets[0]: unknown key \"limit\"")};
        QTest::newRow("duplicate") << QByteArray(R"([{"scope":"provider","target":"openai","period":"daily","hardLimitUsd":5},
            {"scope":"provider","target":"openai","period":"daily","softLimitUsd":2}])")
                                   << QStringList{QStringLiteral("budgets[1]: same scope, target and period as budgets[0]")};
        QTest::newRow("several at once") << QByteArray(R"([{"scope":"x","period":"y"}])")
                                         << QStringList{QStringLiteral("budgets[0].scope: must be one of workspace, provider, proxy_key, member"),
                                                        QStringLiteral("budgets[0].period: must be daily or monthly"),
                                                        QStringLiteral("budgets[0]: needs softLimitUsd, hardLimitUsd or both")};
    }
    void validation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, problems);
        const QJsonArray a = array(json.constData());
        QCOMPARE(Budget::validate(a), problems);
        auto parsed = Budget::listFromJson(a);
        QCOMPARE(parsed.hasValue(), problems.isEmpty());
        if (!parsed) {
            QCOMPARE(parsed.error().kind, Error::Kind::Validation);
            QCOMPARE(parsed.error().message, problems.join(QLatin1Char('\n')));
        }
    }

    void roundTripsThroughTheWorkspace()
    {
        const QJsonArray a = array(R"([{"scope":"workspace","period":"monthly","softLimitUsd":50,"hardLimitUsd":100},
            {"scope":"provider","target":"openai","period":"daily","hardLimitUsd":5.5},
            {"scope":"proxy_key","target":"claude-code","period":"monthly","softLimitUsd":20}])");
        auto parsed = Budget::listFromJson(a);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(1), budget(Budget::Scope::Provider, QStringLiteral("openai"), Budget::Period::Daily, std::nullopt, 5.5));
        QCOMPARE(Budget::listToJson(*parsed), a);

        Workspace ws = WorkspaceFile::defaults();
        ws.budgets = Budget::listToJson(*parsed);
        auto reread = Workspace::fromJson(ws.toJson());
        QVERIFY2(reread, reread ? "" : qPrintable(reread.error().message));
        auto again = Budget::listFromJson(reread->budgets);
        QVERIFY(again);
        QCOMPARE(*again, *parsed);
        QCOMPARE(parsed->at(2).describe(), QStringLiteral("monthly budget of proxy key claude-code"));
    }

    void checkPerScope_data()
    {
        QTest::addColumn<QList<Budget>>("budgets");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("proxyKey");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("index");
        // spend recorded before each row: openai $3 from the playground, anthropic $4 through proxy key
        // "zed", anthropic $1 through "cline": workspace $8, openai $3, anthropic $5, zed $4, cline $1.
        const auto W = Budget::Scope::Workspace, P = Budget::Scope::Provider, K = Budget::Scope::ProxyKey;
        const auto D = Budget::Period::Daily, M = Budget::Period::Monthly;
        const int ok = int(BudgetOutcome::Ok), soft = int(BudgetOutcome::SoftExceeded), hard = int(BudgetOutcome::HardExceeded);
        QTest::newRow("no budgets") << QList<Budget>{} << QStringLiteral("openai") << QString() << ok << -1;
        QTest::newRow("workspace under") << QList<Budget>{budget(W, {}, M, 10, 20)} << QStringLiteral("openai") << QString() << ok << -1;
        QTest::newRow("workspace soft") << QList<Budget>{budget(W, {}, M, 8, 20)} << QStringLiteral("openai") << QString() << soft << 0;
        QTest::newRow("workspace hard") << QList<Budget>{budget(W, {}, D, 1, 8)} << QStringLiteral("x") << QString() << hard << 0;
        QTest::newRow("provider hard, other provider")
            << QList<Budget>{budget(P, QStringLiteral("openai"), D, {}, 3)} << QStringLiteral("anthropic") << QString() << ok << -1;
        QTest::newRow("provider hard") << QList<Budget>{budget(P, QStringLiteral("openai"), D, {}, 3)} << QStringLiteral("openai") << QString()
                                       << hard << 0;
        QTest::newRow("provider counts proxy spend")
            << QList<Budget>{budget(P, QStringLiteral("anthropic"), M, 4.5, 6)} << QStringLiteral("anthropic") << QString() << soft << 0;
        QTest::newRow("key soft") << QList<Budget>{budget(K, QStringLiteral("zed"), D, 4, 10)} << QStringLiteral("openai") << QStringLiteral("zed")
                                  << soft << 0;
        QTest::newRow("key budget, other key") << QList<Budget>{budget(K, QStringLiteral("zed"), D, 1, 2)} << QStringLiteral("openai")
                                               << QStringLiteral("cline") << ok << -1;
        QTest::newRow("key budget, not from the proxy")
            << QList<Budget>{budget(K, QStringLiteral("zed"), D, 1, 2)} << QStringLiteral("anthropic") << QString() << ok << -1;
        QTest::newRow("hard wins over an earlier soft") << QList<Budget>{budget(W, {}, M, 1, 100), budget(K, QStringLiteral("cline"), M, {}, 1)}
                                                        << QStringLiteral("anthropic") << QStringLiteral("cline") << hard << 1;
        QTest::newRow("first soft wins") << QList<Budget>{budget(P, QStringLiteral("openai"), M, 2, {}), budget(W, {}, M, 1, {})}
                                         << QStringLiteral("openai") << QString() << soft << 0;
        QTest::newRow("zero hard limit blocks") << QList<Budget>{budget(P, QStringLiteral("mistral"), D, {}, 0)} << QStringLiteral("mistral")
                                                << QString() << hard << 0;
    }
    void checkPerScope()
    {
        QFETCH(QList<Budget>, budgets);
        QFETCH(QString, provider);
        QFETCH(QString, proxyKey);
        QFETCH(int, outcome);
        QFETCH(int, index);
        m_now = utcMs(2025, 6, 15, 12);
        BudgetTracker tracker(budgets, clock());
        tracker.add(spend(utcMs(2025, 6, 15, 1), 3));
        tracker.add(spend(utcMs(2025, 6, 15, 2), 4, QStringLiteral("anthropic"), Source::Proxy, QStringLiteral("zed")));
        tracker.add(spend(utcMs(2025, 6, 15, 3), 1, QStringLiteral("anthropic"), Source::Proxy, QStringLiteral("cline")));
        const BudgetCheck c = tracker.check(provider, proxyKey);
        QCOMPARE(int(c.outcome), outcome);
        QCOMPARE(c.index, index);
        QCOMPARE(c.budget.has_value(), index >= 0);
        if (index >= 0)
            QCOMPARE(*c.budget, budgets.at(index));
    }

    void checkExplainsItself()
    {
        m_now = utcMs(2025, 6, 15, 12);
        BudgetTracker tracker({budget(Budget::Scope::Provider, QStringLiteral("openai"), Budget::Period::Monthly, {}, 10)}, clock());
        tracker.add(spend(m_now - 1000, 10.2));
        const BudgetCheck c = tracker.check(QStringLiteral("openai"));
        QVERIFY(c.outcome == BudgetOutcome::HardExceeded);
        QCOMPARE(c.spentUsd, 10.2);
        QCOMPARE(c.limitUsd, 10.0);
        QCOMPARE(c.message(), QStringLiteral("monthly budget of provider openai: $10.20 spent of $10.00"));
        const protocol::ApiError e = c.toApiError();
        QVERIFY(e.kind == protocol::ApiError::Kind::BudgetExceeded);
        QCOMPARE(e.message, c.message());
        QVERIFY(!e.isRetryable());
        QVERIFY(tracker.check(QStringLiteral("anthropic")).ok());
    }

    void unflushedSpendCounts()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("unflushed.sqlite")));
        QVERIFY(db);
        m_now = QDateTime::currentMSecsSinceEpoch();
        BudgetTracker tracker({budget(Budget::Scope::ProxyKey, QStringLiteral("zed"), Budget::Period::Daily, {}, 1)}, clock());
        Ledger::Options o;
        o.flushIntervalMs = 600'000;
        o.batchRows = 100'000;
        Ledger ledger(*db, o);
        ledger.setBudgetTracker(&tracker);
        QVERIFY(tracker.check(QStringLiteral("openai"), QStringLiteral("zed")).ok());
        ledger.record(spend(m_now, 0.6, QStringLiteral("openai"), Source::Proxy, QStringLiteral("zed")));
        ledger.record(spend(m_now, 0.4, QStringLiteral("anthropic"), Source::Proxy, QStringLiteral("zed")));
        QCOMPARE(ledger.status().pending, 2); // nothing on disk yet
        QSqlQuery q(*(*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM calls")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(tracker.check(QStringLiteral("openai"), QStringLiteral("zed")).outcome == BudgetOutcome::HardExceeded);
        ledger.setBudgetTracker(nullptr);
    }

    void seedsFromTheLedger()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("seed.sqlite")));
        QVERIFY(db);
        {
            Ledger ledger(*db);
            ledger.record(spend(utcMs(2025, 5, 31, 23, 59, 59, 999), 100)); // last month
            ledger.record(spend(utcMs(2025, 6, 1), 2)); // this month
            ledger.record(spend(utcMs(2025, 6, 14, 23), 3, QStringLiteral("anthropic"), Source::Proxy, QStringLiteral("zed")));
            ledger.record(spend(utcMs(2025, 6, 15, 0, 0, 0, 1), 0.25, QStringLiteral("anthropic"), Source::Proxy, QStringLiteral("zed")));
            ledger.record(spend(utcMs(2025, 6, 15, 8), 0.5));
            ledger.record(spend(utcMs(2025, 6, 16, 8), 1000)); // tomorrow (a clock ahead): not in this period
            QVERIFY(ledger.flush());
        }
        m_now = utcMs(2025, 6, 15, 12);
        BudgetTracker tracker({budget(Budget::Scope::Workspace, {}, Budget::Period::Daily, 0.5, {}),
                               budget(Budget::Scope::Workspace, {}, Budget::Period::Monthly, {}, 100),
                               budget(Budget::Scope::ProxyKey, QStringLiteral("zed"), Budget::Period::Monthly, {}, 3.25)},
                              clock());
        QSignalSpy alerts(&tracker, &BudgetTracker::limitReached);
        UsageQueries queries(*db);
        QVERIFY(tracker.seed(queries));
        QCOMPARE(alerts.size(), 0); // reached before this session: no alert
        const QList<BudgetStatus> s = tracker.statuses();
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0).spentNano, usdToNano(0.75));
        QVERIFY(s.at(0).outcome == BudgetOutcome::SoftExceeded);
        QCOMPARE(s.at(1).spentNano, usdToNano(5.75));
        QVERIFY(s.at(1).outcome == BudgetOutcome::Ok);
        QCOMPARE(s.at(2).spentNano, usdToNano(3.25));
        QVERIFY(s.at(2).outcome == BudgetOutcome::HardExceeded);
        QCOMPARE(tracker.monthToDateUsd(Budget::Scope::Provider, QStringLiteral("openai")), 2.5);
        QVERIFY(tracker.check(QStringLiteral("openai"), QStringLiteral("zed")).outcome == BudgetOutcome::HardExceeded);
        QVERIFY(tracker.check(QStringLiteral("openai")).outcome == BudgetOutcome::SoftExceeded);
    }

    // A team member's budget counts the calls of all their keys, from memory and from the ledger.
    void memberBudgets()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("member.sqlite")));
        QVERIFY(db);
        team::TeamStore store(*db, QStringLiteral("cli:test"));
        QVERIFY(store.init(QStringLiteral("alice")));
        QVERIFY(store.addMember(QStringLiteral("bob"), team::Role::Member));
        auto laptop = store.createKey(QStringLiteral("bob"), QStringLiteral("laptop"));
        auto ci = store.createKey(QStringLiteral("bob"), QStringLiteral("ci"));
        QVERIFY(laptop && ci);
        const auto bobs = [&](qint64 at, double usd, const QString &key) {
            CallRecord c = spend(at, usd, QStringLiteral("openai"), Source::Proxy, key);
            c.member = QStringLiteral("bob");
            return c;
        };
        {
            Ledger ledger(*db);
            ledger.record(bobs(utcMs(2025, 6, 15, 1), 2, laptop->info.id));
            ledger.record(bobs(utcMs(2025, 6, 3, 1), 1.5, ci->info.id));
            ledger.record(spend(utcMs(2025, 6, 15, 2), 7, QStringLiteral("openai"), Source::Proxy, QStringLiteral("workspace-key")));
            QVERIFY(ledger.flush());
        }
        m_now = utcMs(2025, 6, 15, 12);
        const Budget monthly = budget(Budget::Scope::Member, QStringLiteral("bob"), Budget::Period::Monthly, {}, 4);
        const Budget daily = budget(Budget::Scope::Member, QStringLiteral("bob"), Budget::Period::Daily, 1, {});
        BudgetTracker tracker({monthly, daily}, clock());
        QVERIFY(tracker.seed(UsageQueries(*db)));
        QCOMPARE(tracker.spentNano(monthly), usdToNano(3.5)); // both keys, this month
        QCOMPARE(tracker.spentNano(daily), usdToNano(2)); // today's only
        QVERIFY(tracker.check(QStringLiteral("openai"), Spender(laptop->info.id, QStringLiteral("bob"))).outcome == BudgetOutcome::SoftExceeded);
        QVERIFY(tracker.check(QStringLiteral("openai"), QStringLiteral("workspace-key")).ok()); // not bob's
        QCOMPARE(tracker.hardBudgetsFor(QStringLiteral("openai"), Spender(ci->info.id, QStringLiteral("bob"))), QList<Budget>{monthly});
        QVERIFY(tracker.hardBudgetsFor(QStringLiteral("openai"), Spender(ci->info.id, QStringLiteral("carol"))).isEmpty());
        tracker.add(bobs(m_now, 0.6, ci->info.id));
        const BudgetCheck blocked = tracker.check(QStringLiteral("openai"), Spender(ci->info.id, QStringLiteral("bob")));
        QVERIFY(blocked.outcome == BudgetOutcome::HardExceeded);
        QCOMPARE(blocked.message(), QStringLiteral("monthly budget of team member bob: $4.10 spent of $4.00"));
        const QJsonArray json = Budget::listToJson({monthly});
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("member"));
        QCOMPARE(Budget::listFromJson(json).value(), QList<Budget>{monthly});
        QCOMPARE(Budget::validate(array(R"([{"scope":"member","period":"daily","hardLimitUsd":1}])")),
                 QStringList{QStringLiteral("budgets[0].target: must name the team member")});
    }

    void rollsOverAtMidnightAndMonthStart()
    {
        m_now = utcMs(2025, 6, 30, 23, 59, 59, 999);
        BudgetTracker tracker({budget(Budget::Scope::Workspace, {}, Budget::Period::Daily, {}, 1),
                               budget(Budget::Scope::Workspace, {}, Budget::Period::Monthly, {}, 10)},
                              clock());
        tracker.add(spend(m_now, 1));
        QCOMPARE(tracker.check(QStringLiteral("openai")).index, 0);

        // an attempt that started before midnight and is recorded after it counts for the old day
        m_now = utcMs(2025, 7, 1);
        QVERIFY(tracker.check(QStringLiteral("openai")).ok());
        tracker.add(spend(utcMs(2025, 6, 30, 23, 59, 59), 5));
        QVERIFY(tracker.check(QStringLiteral("openai")).ok());
        QCOMPARE(tracker.statuses().at(0).spentNano, 0);
        QCOMPARE(tracker.statuses().at(1).spentNano, 0); // a new month too

        tracker.add(spend(m_now + 1, 0.75));
        m_now = utcMs(2025, 7, 1, 23, 59, 59, 999);
        QCOMPARE(tracker.statuses().at(0).spentNano, usdToNano(0.75));
        m_now = utcMs(2025, 7, 2);
        QCOMPARE(tracker.statuses().at(0).spentNano, 0);
        QCOMPARE(tracker.statuses().at(1).spentNano, usdToNano(0.75)); // same month
        m_now = utcMs(2025, 7, 31, 23, 59, 59, 999);
        QCOMPARE(tracker.statuses().at(1).spentNano, usdToNano(0.75));
        m_now = utcMs(2025, 8, 1);
        QCOMPARE(tracker.statuses().at(1).spentNano, 0);
    }

    void alertsOncePerLimitAndPeriod()
    {
        m_now = utcMs(2025, 6, 15, 9);
        BudgetTracker tracker({budget(Budget::Scope::Provider, QStringLiteral("openai"), Budget::Period::Daily, 1, 2)}, clock());
        QSignalSpy alerts(&tracker, &BudgetTracker::limitReached);
        tracker.add(spend(m_now, 0.5));
        QCOMPARE(alerts.size(), 0);
        tracker.add(spend(m_now, 0.5)); // reaches $1
        QCOMPARE(alerts.size(), 1);
        auto alert = alerts.at(0).at(0).value<BudgetAlert>();
        QVERIFY(alert.level == BudgetOutcome::SoftExceeded);
        QCOMPARE(alert.index, 0);
        QCOMPARE(alert.spentUsd, 1.0);
        QCOMPARE(alert.limitUsd, 1.0);
        tracker.add(spend(m_now, 0.5));
        tracker.add(spend(m_now, 0.1, QStringLiteral("anthropic")));
        QCOMPARE(alerts.size(), 1);
        tracker.add(spend(m_now, 0.5)); // reaches $2
        QCOMPARE(alerts.size(), 2);
        QVERIFY(alerts.at(1).at(0).value<BudgetAlert>().level == BudgetOutcome::HardExceeded);
        tracker.add(spend(m_now, 1));
        QCOMPARE(alerts.size(), 2);

        m_now = utcMs(2025, 6, 16, 9); // a new day: alerts again when crossed again
        tracker.add(spend(m_now, 0.99));
        QCOMPARE(alerts.size(), 2);
        tracker.add(spend(m_now, 0.01));
        QCOMPARE(alerts.size(), 3);

        // a lowered limit that is already reached alerts when the definitions change
        tracker.setBudgets({budget(Budget::Scope::Provider, QStringLiteral("openai"), Budget::Period::Daily, 0.5, 0.9)});
        QCOMPARE(alerts.size(), 4); // the hard one; the soft one was already raised today
        QVERIFY(alerts.at(3).at(0).value<BudgetAlert>().level == BudgetOutcome::HardExceeded);
    }

    void projectsTheMonthEnd()
    {
        m_now = utcMs(2025, 4, 10, 12); // 9.5 days into a 30-day month
        BudgetTracker tracker({}, clock());
        tracker.add(spend(utcMs(2025, 4, 2), 19));
        tracker.add(spend(utcMs(2025, 4, 3), 1, QStringLiteral("anthropic"), Source::Proxy, QStringLiteral("zed")));
        QCOMPARE(tracker.monthToDateUsd(Budget::Scope::Workspace), 20.0);
        QCOMPARE(tracker.projectedMonthEndUsd(Budget::Scope::Workspace), 20.0 / 9.5 * 30);
        QCOMPARE(tracker.projectedMonthEndUsd(Budget::Scope::Provider, QStringLiteral("openai")), 19.0 / 9.5 * 30);
        QCOMPARE(tracker.projectedMonthEndUsd(Budget::Scope::ProxyKey, QStringLiteral("zed")), 1.0 / 9.5 * 30);
        m_now = utcMs(2025, 5, 1, 6); // a quarter of a day in: counted as one day
        tracker.add(spend(m_now, 2));
        QCOMPARE(tracker.projectedMonthEndUsd(Budget::Scope::Workspace), 2.0 * 31);
    }

    void concurrentRecordAndCheck()
    {
        m_now = utcMs(2025, 6, 15, 12);
        BudgetTracker tracker({budget(Budget::Scope::Workspace, {}, Budget::Period::Monthly, 2, 4),
                               budget(Budget::Scope::ProxyKey, QStringLiteral("k1"), Budget::Period::Daily, {}, 0.5)},
                              clock());
        QSignalSpy alerts(&tracker, &BudgetTracker::limitReached);
        std::atomic<bool> done{false};
        std::atomic<int> hardSeen{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([&tracker, t, this] {
                for (int i = 0; i < 1000; ++i)
                    tracker.add(spend(m_now.load(), 0.001, QStringLiteral("p%1").arg(t), Source::Proxy, QStringLiteral("k%1").arg(t)));
            }));
            threads.emplace_back(QThread::create([&tracker, &done, &hardSeen, t] {
                while (!done.load()) {
                    if (tracker.check(QStringLiteral("p%1").arg(t), QStringLiteral("k%1").arg(t)).outcome == BudgetOutcome::HardExceeded)
                        ++hardSeen;
                }
            }));
        }
        for (auto &t : threads)
            t->start();
        for (size_t i = 0; i < threads.size(); i += 2)
            QVERIFY(threads[i]->wait(30000));
        done = true;
        for (auto &t : threads)
            QVERIFY(t->wait(30000));
        QCOMPARE(tracker.monthToDateUsd(Budget::Scope::Workspace), 4.0); // exact: nano-dollars
        QCOMPARE(tracker.statuses().at(1).spentNano, usdToNano(1.0));
        QVERIFY(tracker.check(QStringLiteral("p0")).outcome == BudgetOutcome::HardExceeded);
        QTRY_COMPARE(alerts.size(), 3); // workspace soft and hard, k1 hard: each once
    }
};

QTEST_GUILESS_MAIN(TestBudgets)
#include "tst_budgets.moc"
