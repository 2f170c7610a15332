#include "monitor/config.h"
#include "monitor/service.h"
#include "monitorfixture.h"
#include "router/health.h"
#include "sqlfixture.h"
#include "usage/ledger.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace sb;
using namespace sb::monitor;
using sb::testing::monitoringConfig;
using usage::CallRecord;
using usage::kMsPerDay;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;
// 2025-03-30 12:00 UTC
constexpr qint64 kT0 = 20'177LL * kMsPerDay + 12 * kHour;
const QString kSonnet = QStringLiteral("anthropic/claude-sonnet-4-5");

} // namespace

// SLO-aware routing: an SLO on a model that asks for it ("demote": true) has its model demoted in the
// router's health tracker while its fast burn-rate condition holds, by the service that evaluates it,
// on a generated ledger with a latency regression at a known time (the router's side of a demotion is
// tst_router's demotedTargetsGoLast).
class TestMonitorDemotion : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // 20 calls a minute to sonnet from two hours before kT0 to two hours after, their first tokens 4 s
    // late (the SLO's threshold is 2 s) for the 40 minutes from kT0.
    std::shared_ptr<Database> regressedLedger()
    {
        auto db = testing::openTestDatabase(m_dir, QStringLiteral("demotion-%1.sqlite").arg(++m_n));
        usage::Ledger ledger(db);
        for (qint64 t = kT0 - 2 * kHour; t < kT0 + 2 * kHour; t += kMinute) {
            const bool slow = t >= kT0 && t < kT0 + 40 * kMinute;
            for (int k = 0; k < 20; ++k) {
                const qint64 ttft = slow ? 4000 : 500;
                ledger.record(testing::okCall(QStringLiteral("c%1-%2").arg(t).arg(k), t + k * 2000, QStringLiteral("anthropic"),
                                              QStringLiteral("claude-sonnet-4-5"), ttft, 3 * ttft, 0.001));
            }
        }
        if (!ledger.flush())
            return {};
        return db;
    }

    struct Rig {
        qint64 now = 0;
        router::HealthTracker health;
        std::vector<std::function<void()>> ticks;
        std::unique_ptr<MonitorService> service;
        std::unique_ptr<QSignalSpy> evaluated;

        Rig(const std::shared_ptr<Database> &db, const char *config)
        {
            MonitorService::Options o;
            o.origin = QStringLiteral("serve");
            o.clock = [this] { return now; };
            o.schedule = [this](int, QObject *, std::function<void()> then) { ticks.push_back(std::move(then)); };
            o.health = &health;
            service = std::make_unique<MonitorService>(db, monitoringConfig(config), o);
            evaluated = std::make_unique<QSignalSpy>(service.get(), &MonitorService::evaluated);
        }
        // evaluates at the end of the minute `at` starts
        bool evaluateAt(qint64 at)
        {
            now = at + 59'999;
            if (!service->isRunning())
                service->start();
            else
                ticks.back()();
            return evaluated->wait(10'000);
        }
        bool demoted() { return health.quick(health.intern(kSonnet)).demoted; }
    };

private Q_SLOTS:
    void aBurningSloDemotesItsModelUntilItRecovers()
    {
        auto db = regressedLedger();
        QVERIFY(db);
        Rig rig(db,
                "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99,"
                "'demote':true},"
                "{'name':'sonnet-up','model':'anthropic/claude-sonnet-4-5','kind':'availability','objective':99}]}");
        QVERIFY(rig.evaluateAt(kT0 - kHour));
        QVERIFY(!rig.demoted());
        // the 9th slow minute is the first whose burn over 1 h passes the fast threshold (9/60/0.01 = 15 > 13.44)
        QVERIFY(rig.evaluateAt(kT0 + 7 * kMinute));
        QVERIFY(!rig.service->last().slos.first().fastBurning);
        QVERIFY(!rig.demoted());
        QVERIFY(rig.evaluateAt(kT0 + 8 * kMinute));
        QVERIFY(rig.service->last().slos.first().fastBurning);
        QVERIFY(rig.demoted());
        const QString why = rig.health.snapshot(kSonnet)->demotedBy;
        QVERIFY2(why.startsWith(QLatin1String("SLO \"sonnet-ttft\" burns its error budget 15.0x over 1 h and 100.0x over 5 min")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("(fast alert above 13.4x)")), qPrintable(why));
        // the availability SLO on the same model did not ask for it and is not burning: one reason
        QVERIFY(!why.contains(QLatin1String("sonnet-up")));
        // the last 5 minutes clean again: the fast condition ends, and with it the demotion
        QVERIFY(rig.evaluateAt(kT0 + 43 * kMinute));
        QVERIFY(rig.demoted());
        QVERIFY(rig.evaluateAt(kT0 + 44 * kMinute));
        QVERIFY(!rig.service->last().slos.first().fastBurning);
        QVERIFY(!rig.demoted());
        // burning again at a later evaluation, then stopped: a stopped service demotes nothing
        QVERIFY(rig.evaluateAt(kT0 + 20 * kMinute));
        QVERIFY(rig.demoted());
        rig.service->stop();
        QVERIFY(!rig.demoted());
    }

    // The reason routing keeps is machine text; the app reads the demotions back from it to show them
    // in the user's language: every SLO of it, names with quotes and "; " included, nothing from other text.
    void aDemotionsReasonReadsBack()
    {
        const SloDemotion a{QStringLiteral("sonnet-ttft"), 15.0, 100.0, 13.44};
        const SloDemotion b{QStringLiteral("odd \"name\"; x"), 0.26, 3.0, 14.4};
        QCOMPARE(a.reason(),
                 QStringLiteral("SLO \"sonnet-ttft\" burns its error budget 15.0x over 1 h and 100.0x over 5 min (fast alert above 13.4x)"));
        const QList<SloDemotion> both = sloDemotionsIn(a.reason() + QStringLiteral("; ") + b.reason());
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).slo, a.slo);
        QCOMPARE(both.at(0).burn1h, 15.0);
        QCOMPARE(both.at(0).burn5m, 100.0);
        QCOMPARE(both.at(0).threshold, 13.4); // as the reason rounds it
        QCOMPARE(both.at(1).slo, b.slo);
        QCOMPARE(both.at(1).burn1h, 0.3);
        QCOMPARE(sloDemotionsIn(a.reason()).size(), 1);
        for (const QString &other : QStringList{QString(), QStringLiteral("circuit open"), a.reason() + QStringLiteral("; circuit open"),
                                                a.reason().chopped(1), QStringLiteral("x") + a.reason()})
            QVERIFY2(sloDemotionsIn(other).isEmpty(), qPrintable(other));
    }

    void withoutDemoteNothingIsDemoted()
    {
        auto db = regressedLedger();
        QVERIFY(db);
        Rig rig(db, "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99}]}");
        QVERIFY(rig.evaluateAt(kT0 + 20 * kMinute));
        QVERIFY(rig.service->last().slos.first().fastBurning);
        QVERIFY(!rig.demoted());
        QVERIFY(sloDemotions(rig.service->last()).isEmpty());
    }

    // The service going (the app opening another workspace) takes its demotions with it.
    void aServiceThatGoesTakesItsDemotions()
    {
        auto db = regressedLedger();
        QVERIFY(db);
        Rig rig(db,
                "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','thresholdMs':2000,'objective':99,"
                "'demote':true}]}");
        QVERIFY(rig.evaluateAt(kT0 + 20 * kMinute));
        QVERIFY(rig.demoted());
        rig.evaluated.reset();
        rig.service.reset();
        QVERIFY(!rig.demoted());
    }
};

QTEST_GUILESS_MAIN(TestMonitorDemotion)
#include "tst_monitordemotion.moc"
