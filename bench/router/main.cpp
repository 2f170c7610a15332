// The router's own cost per dispatch decision: Router::plan (model resolution, rules, capability,
// context, cost, latency, circuit and budget checks, strategy ordering) over 50 targets, against
// the same with 1 target as the baseline, in one run. No network: this is the work the router adds
// before the provider call starts.
#include "providers/registry.h"
#include "router/router.h"
#include "usage/budgets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {

struct Setup {
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    Workspace ws;
    std::unique_ptr<providers::ProviderRegistry> registry;
    router::HealthTracker health;
    usage::BudgetTracker budgets;
    std::unique_ptr<router::Router> router;

    Setup(int targets, const QString &strategy)
    {
        const char *kinds[] = {"openai", "anthropic", "gemini", "ollama", "openai_compatible"};
        const char *models[] = {"gpt-4o-mini", "claude-sonnet-4", "gemini-2.5-flash", "llama3.2", "deepseek-chat"};
        ws = WorkspaceFile::defaults();
        for (int p = 0; p < 5; ++p) {
            ProviderConfig c;
            c.id = QStringLiteral("p%1").arg(p);
            c.kind = QLatin1String(kinds[p]);
            c.baseUrl = QStringLiteral("http://127.0.0.1:9");
            if (p == 4)
                c.options.insert(QStringLiteral("preset"), QStringLiteral("deepseek"));
            ws.providers << c;
        }
        QJsonArray list;
        for (int t = 0; t < targets; ++t)
            list.append(QJsonObject{{QStringLiteral("model"), QStringLiteral("p%1/%2").arg(t % 5).arg(QLatin1String(models[t % 5]))},
                                    {QStringLiteral("weight"), 1 + t % 3},
                                    {QStringLiteral("priority"), t}});
        QJsonArray routes{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("r")}, {QStringLiteral("strategy"), strategy}, {QStringLiteral("targets"), list}}};
        QJsonArray vms{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("auto")},
                        {QStringLiteral("route"), QStringLiteral("r")},
                        {QStringLiteral("maxCostUsd"), 1.0},
                        {QStringLiteral("latencyBudgetMs"), 60000},
                        {QStringLiteral("rules"),
                         QJsonArray{QJsonObject{{QStringLiteral("task"), QStringLiteral("code")}, {QStringLiteral("route"), QStringLiteral("r")}}}}}};
        registry = std::make_unique<providers::ProviderRegistry>(ws, SecretResolver(secrets), nam);
        auto budgetList = usage::Budget::listFromJson(
            QJsonDocument::fromJson(
                R"([{"scope": "workspace", "period": "monthly", "hardLimitUsd": 1000}, {"scope": "provider", "target": "p1", "period": "daily", "softLimitUsd": 5}])")
                .array());
        budgets.setBudgets(*budgetList);
        router = std::make_unique<router::Router>(*registry, health, catalog::Catalog::builtIn(), nullptr, &budgets);
        auto cfg = router::RoutingConfig::fromJson(routes, vms);
        if (!cfg)
            qFatal("%s", qPrintable(cfg.error().message));
        router->setConfig(*cfg);
        // every target measured once, so latency ordering has numbers to sort
        for (int t = 0; t < targets; ++t) {
            const QString q = QStringLiteral("p%1/%2").arg(t % 5).arg(QLatin1String(models[t % 5]));
            health.started(q);
            health.succeeded(q, 500 + t * 7 % 300, 100 + t * 13 % 200);
        }
    }
};

double medianMicros(Setup &s, const protocol::ChatRequest &req, int iterations)
{
    QList<double> runs;
    volatile qsizetype sink = 0;
    for (int r = 0; r < 7; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < iterations; ++i)
            sink = sink + s.router->plan(req).candidates.size();
        runs << double(t.nsecsElapsed()) / 1000.0 / iterations;
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt()) : 3000;
    protocol::ChatRequest req;
    req.model = QStringLiteral("auto");
    req.messages << protocol::Message::make(protocol::Role::User,
                                            QStringLiteral("Refactor this function to use a map: def f(x): ...") + QString(2000, QLatin1Char('x')));
    req.maxTokens = 512;
    req.stream = true;
    QTextStream out(stdout);
    out << "Router::plan per dispatch, median of 7 runs x " << iterations << " plans (microseconds)\n";
    out << QStringLiteral("strategy").leftJustified(12) << QStringLiteral("1 target").rightJustified(10)
        << QStringLiteral("50 targets").rightJustified(12) << QStringLiteral("ratio").rightJustified(8) << "\n";
    for (const QString &strategy :
         {QStringLiteral("fallback"), QStringLiteral("weighted"), QStringLiteral("latency"), QStringLiteral("cost"), QStringLiteral("least_busy")}) {
        Setup one(1, strategy);
        Setup fifty(50, strategy);
        const double a = medianMicros(one, req, iterations);
        const double b = medianMicros(fifty, req, iterations);
        out << strategy.leftJustified(12) << QString::number(a, 'f', 2).rightJustified(10) << QString::number(b, 'f', 2).rightJustified(12)
            << QString::number(b / a, 'f', 1).rightJustified(8) << "\n";
        out.flush();
    }
    return 0;
}
