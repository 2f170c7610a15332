#include "router/routingconfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace sb;
using namespace sb::router;

namespace {
QJsonArray arr(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}
} // namespace

class TestRoutingConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndRoundTrips()
    {
        auto cfg = RoutingConfig::fromJson(arr(R"([
            {"name": "smart", "strategy": "fallback", "targets": ["anthropic/claude-sonnet-4", "openai/gpt-4o"], "retries": 2},
            {"name": "cheap", "strategy": "cost", "targets": [{"model": "openai/gpt-4o-mini", "weight": 3, "priority": 1},
                                                              {"model": "gemini/gemini-2.0-flash"}]}
        ])"),
                                           arr(R"([
            {"name": "auto", "route": "cheap", "maxCostUsd": 0.05, "latencyBudgetMs": 4000, "hostedTools": "refuse",
             "knowledge": ["handbook", "contracts"], "knowledgeTopK": 8, "knowledgeTokens": 2000,
             "rules": [{"task": "code", "route": "smart"}, {"needs": ["vision"], "route": "smart"}, {"minContextTokens": 100000, "route": "smart"}]}
        ])"),
                                           {QStringLiteral("anthropic"), QStringLiteral("openai"), QStringLiteral("gemini")});
        QVERIFY2(cfg, cfg ? "" : qPrintable(cfg.error().message));
        QCOMPARE(cfg->routes.size(), 2);
        QCOMPARE(cfg->route(QStringLiteral("smart"))->targets.at(1).qualified(), QStringLiteral("openai/gpt-4o"));
        QCOMPARE(cfg->route(QStringLiteral("smart"))->targets.at(1).priority, 1);
        QCOMPARE(cfg->route(QStringLiteral("smart"))->retries, 2);
        QVERIFY(cfg->route(QStringLiteral("cheap"))->strategy == Strategy::LowestCost);
        QCOMPARE(cfg->route(QStringLiteral("cheap"))->targets.at(0).weight, 3);
        const VirtualModel *vm = cfg->virtualModel(QStringLiteral("auto"));
        QVERIFY(vm);
        QCOMPARE(vm->rules.size(), 3);
        QVERIFY(vm->rules.at(0).task == Task::Code);
        QCOMPARE(*vm->maxCostUsd, 0.05);
        QVERIFY(vm->refuseHostedTools);
        QCOMPARE(vm->knowledge, (QStringList{QStringLiteral("handbook"), QStringLiteral("contracts")}));
        QCOMPARE(vm->knowledgeTopK.value_or(0), 8);
        QCOMPARE(vm->knowledgeTokens.value_or(0), 2000);
        auto again = RoutingConfig::fromJson(cfg->routesJson(), cfg->virtualModelsJson());
        QVERIFY(again);
        QVERIFY(again->routes == cfg->routes);
        QVERIFY(again->virtualModels == cfg->virtualModels);
    }

    void problemsNameThePath_data()
    {
        QTest::addColumn<QByteArray>("routes");
        QTest::addColumn<QByteArray>("virtualModels");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no targets") << QByteArray(R"([{"name": "r"}])") << QByteArray("[]") << QStringLiteral("routes[0].targets: at least one");
        QTest::newRow("bad target") << QByteArray(R"([{"name": "r", "targets": ["gpt-4o"]}])") << QByteArray("[]")
                                    << QStringLiteral("routes[0].targets[0]: \"gpt-4o\" is not PROVIDER/MODEL");
        QTest::newRow("unknown provider") << QByteArray(R"([{"name": "r", "targets": ["nope/x"]}])") << QByteArray("[]")
                                          << QStringLiteral("no provider \"nope\"");
        QTest::newRow("bad strategy") << QByteArray(R"([{"name": "r", "strategy": "magic", "targets": ["openai/x"]}])") << QByteArray("[]")
                                      << QStringLiteral("routes[0].strategy: \"magic\"");
        QTest::newRow("slash in name") << QByteArray(R"([{"name": "a/b", "targets": ["openai/x"]}])") << QByteArray("[]") << QStringLiteral("no '/'");
        QTest::newRow("duplicate") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}, {"name": "r", "targets": ["openai/y"]}])")
                                   << QByteArray("[]") << QStringLiteral("routes[1].name: \"r\" is used twice");
        QTest::newRow("retries range") << QByteArray(R"([{"name": "r", "targets": ["openai/x"], "retries": 50}])") << QByteArray("[]")
                                       << QStringLiteral("routes[0].retries: must be a whole number from 0 to 10");
        QTest::newRow("vm unknown route") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                          << QByteArray(R"([{"name": "v", "route": "q"}])")
                                          << QStringLiteral("virtualModels[0].route: no route named \"q\"");
        QTest::newRow("vm clashes with route") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                               << QByteArray(R"([{"name": "r", "route": "r"}])") << QStringLiteral("already a route");
        QTest::newRow("rule without condition") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                                << QByteArray(R"([{"name": "v", "route": "r", "rules": [{"route": "r"}]}])")
                                                << QStringLiteral("virtualModels[0].rules[0]: a rule needs a condition");
        QTest::newRow("bad hosted tools") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                          << QByteArray(R"([{"name": "v", "route": "r", "hostedTools": "ignore"}])")
                                          << QStringLiteral("virtualModels[0].hostedTools: \"ignore\" is not drop or refuse");
        QTest::newRow("knowledge not a list") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                              << QByteArray(R"([{"name": "v", "route": "r", "knowledge": "handbook"}])")
                                              << QStringLiteral("virtualModels[0].knowledge: must be a list of collection names");
        QTest::newRow("knowledge twice") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                         << QByteArray(R"([{"name": "v", "route": "r", "knowledge": ["a", "a"]}])")
                                         << QStringLiteral("virtualModels[0].knowledge: \"a\" is listed twice");
        QTest::newRow("knowledge blank") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                         << QByteArray(R"([{"name": "v", "route": "r", "knowledge": [" "]}])")
                                         << QStringLiteral("each entry must be a collection name");
        QTest::newRow("knowledge top-k range") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                               << QByteArray(R"([{"name": "v", "route": "r", "knowledge": ["a"], "knowledgeTopK": 0}])")
                                               << QStringLiteral("knowledgeTopK: must be a whole number from 1 to 50");
        QTest::newRow("knowledge tokens without collections")
            << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])") << QByteArray(R"([{"name": "v", "route": "r", "knowledgeTokens": 500}])")
            << QStringLiteral("need collections in knowledge");
        QTest::newRow("bad task") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                  << QByteArray(R"([{"name": "v", "route": "r", "rules": [{"task": "poetry", "route": "r"}]}])")
                                  << QStringLiteral("\"poetry\" is not one of");
        QTest::newRow("bad need") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                  << QByteArray(R"([{"name": "v", "route": "r", "rules": [{"needs": ["telepathy"], "route": "r"}]}])")
                                  << QStringLiteral("\"telepathy\" is not one of");
        QTest::newRow("bad cost") << QByteArray(R"([{"name": "r", "targets": ["openai/x"]}])")
                                  << QByteArray(R"([{"name": "v", "route": "r", "maxCostUsd": -1}])") << QStringLiteral("maxCostUsd: must be");
        QTest::newRow("unknown key") << QByteArray(R"([{"name": "r", "targets": ["openai/x"], "stratgy": "cost"}])") << QByteArray("[]")
                                     << QStringLiteral("unknown key \"stratgy\"");
    }
    void problemsNameThePath()
    {
        QFETCH(QByteArray, routes);
        QFETCH(QByteArray, virtualModels);
        QFETCH(QString, expected);
        auto cfg = RoutingConfig::fromJson(QJsonDocument::fromJson(routes).array(), QJsonDocument::fromJson(virtualModels).array(),
                                           {QStringLiteral("openai")});
        QVERIFY(!cfg);
        QCOMPARE(cfg.error().kind, Error::Kind::Validation);
        QVERIFY2(cfg.error().message.contains(expected), qPrintable(cfg.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRoutingConfig)
#include "tst_routingconfig.moc"
