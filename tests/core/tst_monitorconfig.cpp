#include "engine/engine.h"
#include "monitor/config.h"
#include "monitorfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace sb;
using namespace sb::monitor;
using sb::testing::monitoringConfig;
using sb::testing::singleQuotedJson;

// The workspace's "monitoring" section: SLOs, threshold monitors and the webhook, with problems that
// name the key.
class TestMonitorConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theConfigurationIsChecked_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown key") << "{'slos':[{'name':'a','model':'anthropic/m','kind':'availability','objective':99,'window':3}]}"
                                     << "monitoring.slos[0].window: unknown key";
        QTest::newRow("no objective") << "{'slos':[{'name':'a','model':'anthropic/m','kind':'availability'}]}"
                                      << "monitoring.slos[0].objective: required";
        QTest::newRow("objective 100") << "{'slos':[{'name':'a','model':'anthropic/m','kind':'availability','objective':100}]}"
                                       << "monitoring.slos[0].objective: must be a percentage above 50 and below 100";
        QTest::newRow("model and route") << "{'slos':[{'name':'a','model':'anthropic/m','route':'smart','kind':'availability','objective':99}]}"
                                         << "monitoring.slos[0]: give one of model";
        QTest::newRow("unknown provider") << "{'slos':[{'name':'a','model':'nope/m','kind':'availability','objective':99}]}"
                                          << "monitoring.slos[0].model: no provider \"nope\"";
        QTest::newRow("model without provider") << "{'slos':[{'name':'a','model':'m','kind':'availability','objective':99}]}"
                                                << "must be PROVIDER/MODEL";
        QTest::newRow("unknown route") << "{'slos':[{'name':'a','route':'dumb','kind':'availability','objective':99}]}"
                                       << "monitoring.slos[0].route: no route or virtual model \"dumb\"";
        QTest::newRow("latency without threshold") << "{'slos':[{'name':'a','route':'smart','kind':'latency','objective':99}]}"
                                                   << "monitoring.slos[0].thresholdMs: required";
        QTest::newRow("window too long") << "{'slos':[{'name':'a','route':'smart','kind':'availability','objective':99,'windowDays':91}]}"
                                         << "monitoring.slos[0].windowDays: must be a whole number from 1 to 90";
        QTest::newRow("same name") << "{'slos':[{'name':'a','route':'smart','kind':'availability','objective':99}],"
                                      "'monitors':[{'name':'a','kind':'cost_per_hour','thresholdUsd':1}]}"
                                   << "monitoring.monitors[0].name: \"a\" is used by another";
        QTest::newRow("monitor kind") << "{'monitors':[{'name':'m','kind':'vibes'}]}"
                                      << "monitoring.monitors[0].kind: must be error_rate";
        QTest::newRow("monitor key of another kind") << "{'monitors':[{'name':'m','kind':'cost_per_hour','thresholdUsd':1,'factor':2}]}"
                                                     << "monitoring.monitors[0].factor: unknown key";
        QTest::newRow("spike too long") << "{'monitors':[{'name':'m','kind':'latency_spike','baselineHours':46,'windowMinutes':120}]}"
                                        << "must fit in 47 hours";
        QTest::newRow("demote not a bool") << "{'slos':[{'name':'a','model':'anthropic/m','kind':'availability','objective':99,'demote':'yes'}]}"
                                           << "monitoring.slos[0].demote: must be true or false";
        QTest::newRow("demote a route") << "{'slos':[{'name':'a','route':'smart','kind':'availability','objective':99,'demote':true}]}"
                                        << "monitoring.slos[0].demote: only an SLO on a model";
        QTest::newRow("webhook url") << "{'webhook':{'url':'ftp://x'}}"
                                     << "monitoring.webhook.url: must be an http:// or https:// URL";
    }
    void theConfigurationIsChecked()
    {
        QFETCH(QString, config);
        QFETCH(QString, problem);
        auto c = MonitoringConfig::fromJson(singleQuotedJson(config.toUtf8().constData()), {QStringLiteral("anthropic")}, {QStringLiteral("smart")});
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(problem), qPrintable(c.error().message));
    }

    void aValidConfigurationReads()
    {
        const MonitoringConfig c = monitoringConfig(
            "{'slos':[{'name':'sonnet-ttft','model':'anthropic/claude-sonnet-4-5','kind':'latency','metric':'ttft',"
            "'thresholdMs':2000,'objective':99,'windowDays':28,'demote':true},"
            "{'name':'smart-up','route':'smart','kind':'availability','objective':99.5}],"
            "'monitors':[{'name':'errors','kind':'error_rate','thresholdPercent':5},"
            "{'name':'quiet','kind':'no_traffic','provider':'openai','hours':6}],"
            "'webhook':{'url':'env:SB_HOOK'}}");
        QCOMPARE(c.slos.size(), 2);
        QCOMPARE(c.slos[0].scope, Scope::ofModel(QStringLiteral("anthropic/claude-sonnet-4-5")));
        QCOMPARE(c.slos[0].thresholdMs, 2000.0);
        QCOMPARE(c.slos[0].describe(), QStringLiteral("99 % of anthropic/claude-sonnet-4-5 first tokens within 2000 ms over 28 days"));
        QVERIFY(c.slos[0].demote);
        QCOMPARE(c.slos[1].scope.route, QStringLiteral("smart"));
        QVERIFY(!c.slos[1].demote);
        QCOMPARE(c.slos[1].windowDays, 28);
        // the SRE workbook's thresholds for a 30-day budget, scaled to 28 days
        QCOMPARE(c.slos[0].fastBurnThreshold(), 14.4 * 28 / 30);
        QCOMPARE(c.slos[0].slowBurnThreshold(), 6.0 * 28 / 30);
        QCOMPARE(c.monitors.size(), 2);
        QCOMPARE(c.monitors[0].windowMinutes, 15);
        QCOMPARE(c.monitors[0].minSamples, 20);
        QCOMPARE(c.monitors[1].scope.provider, QStringLiteral("openai"));
        QCOMPARE(c.webhook.url, QStringLiteral("env:SB_HOOK"));
    }

    // The workspace keeps the section, and a workspace with a broken one is refused as a whole.
    void theWorkspaceCarriesIt()
    {
        Workspace ws = WorkspaceFile::defaults();
        ws.monitoring = singleQuotedJson("{'monitors':[{'name':'spend','kind':'cost_per_hour','thresholdUsd':5}]}");
        auto back = Workspace::fromJson(ws.toJson());
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->monitoring, ws.monitoring);
        QVERIFY(engine::Engine::check(ws));
        ws.monitoring = singleQuotedJson("{'monitors':[{'name':'spend','kind':'cost_per_hour'}]}");
        auto refused = engine::Engine::check(ws);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("monitoring.monitors[0].thresholdUsd: required")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMonitorConfig)
#include "tst_monitorconfig.moc"
