#include "router/routingconfig.h"

#include <QRegularExpression>
#include <QSet>

namespace sb::router {

namespace {

struct StrategyName {
    Strategy strategy;
    const char *name;
};
constexpr StrategyName kStrategies[] = {
    {Strategy::Fallback, "fallback"}, {Strategy::Weighted, "weighted"},    {Strategy::LowestLatency, "latency"},
    {Strategy::LowestCost, "cost"},   {Strategy::LeastBusy, "least_busy"},
};
struct TaskName {
    Task task;
    const char *name;
};
constexpr TaskName kTasks[] = {
    {Task::General, "general"}, {Task::Summarize, "summarize"}, {Task::Code, "code"}, {Task::Reasoning, "reasoning"}, {Task::Vision, "vision"},
};

const QStringList &capabilityNames()
{
    static const QStringList names{QStringLiteral("tools"), QStringLiteral("vision"), QStringLiteral("json"), QStringLiteral("reasoning")};
    return names;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}$"));
    return re;
}

// Reads with problems collected under a path.
struct Reader {
    QStringList &problems;
    QString string(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                problems << QStringLiteral("%1.%2: required").arg(path, QLatin1String(key));
            return {};
        }
        if (!v.isString()) {
            problems << QStringLiteral("%1.%2: must be a string").arg(path, QLatin1String(key));
            return {};
        }
        return v.toString();
    }
    std::optional<qint64> integer(const QJsonObject &o, const char *key, const QString &path, qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
            problems << QStringLiteral("%1.%2: must be a whole number from %3 to %4").arg(path, QLatin1String(key)).arg(min).arg(max);
            return std::nullopt;
        }
        return qint64(d);
    }
    void onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> keys)
    {
        QSet<QString> allowed;
        for (const char *k : keys)
            allowed.insert(QLatin1String(k));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                problems << QStringLiteral("%1: unknown key \"%2\"").arg(path, it.key());
        }
    }
};

} // namespace

QString strategyName(Strategy strategy)
{
    for (const auto &s : kStrategies) {
        if (s.strategy == strategy)
            return QLatin1String(s.name);
    }
    return {};
}

std::optional<Strategy> strategyFromName(QStringView name)
{
    for (const auto &s : kStrategies) {
        if (name == QLatin1String(s.name))
            return s.strategy;
    }
    return std::nullopt;
}

QString taskName(Task task)
{
    for (const auto &t : kTasks) {
        if (t.task == task)
            return QLatin1String(t.name);
    }
    return {};
}

std::optional<Task> taskFromName(QStringView name)
{
    for (const auto &t : kTasks) {
        if (name == QLatin1String(t.name))
            return t.task;
    }
    return std::nullopt;
}

const Route *RoutingConfig::route(const QString &name) const
{
    for (const Route &r : routes) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const VirtualModel *RoutingConfig::virtualModel(const QString &name) const
{
    for (const VirtualModel &v : virtualModels) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

Expected<RoutingConfig> RoutingConfig::fromJson(const QJsonArray &routes, const QJsonArray &virtualModels, const QStringList &knownProviders)
{
    QStringList problems;
    RoutingConfig cfg = read(routes, virtualModels, knownProviders, problems);
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("the routing configuration is not valid:\n  - ") + problems.join(QStringLiteral("\n  - ")));
    return cfg;
}

RoutingConfig RoutingConfig::read(const QJsonArray &routes, const QJsonArray &virtualModels, const QStringList &knownProviders, QStringList &problems)
{
    Reader r{problems};
    RoutingConfig cfg;
    QSet<QString> names;
    for (int i = 0; i < routes.size(); ++i) {
        const QString path = QStringLiteral("routes[%1]").arg(i);
        if (!routes.at(i).isObject()) {
            problems << QStringLiteral("%1: must be an object").arg(path);
            continue;
        }
        const QJsonObject o = routes.at(i).toObject();
        r.onlyKeys(o, path, {"name", "description", "strategy", "targets", "retries", "backoffMs", "maxRetryAfterMs"});
        Route route;
        route.name = r.string(o, "name", path, true);
        if (!route.name.isEmpty() && !namePattern().match(route.name).hasMatch())
            problems << QStringLiteral("%1.name: \"%2\" must be letters, digits, '_', '-' or '.' (no '/')").arg(path, route.name);
        if (names.contains(route.name))
            problems << QStringLiteral("%1.name: \"%2\" is used twice").arg(path, route.name);
        names.insert(route.name);
        route.description = r.string(o, "description", path, false);
        const QString strategy = r.string(o, "strategy", path, false);
        if (!strategy.isEmpty()) {
            if (auto s = strategyFromName(strategy))
                route.strategy = *s;
            else
                problems << QStringLiteral("%1.strategy: \"%2\" is not one of fallback, weighted, latency, cost, least_busy").arg(path, strategy);
        }
        route.retries = int(r.integer(o, "retries", path, 0, 10).value_or(route.retries));
        route.backoffMs = int(r.integer(o, "backoffMs", path, 0, 60000).value_or(route.backoffMs));
        route.maxRetryAfterMs = int(r.integer(o, "maxRetryAfterMs", path, 0, 600000).value_or(route.maxRetryAfterMs));
        const QJsonArray targets = o.value(QLatin1String("targets")).toArray();
        if (targets.isEmpty())
            problems << QStringLiteral("%1.targets: at least one target (PROVIDER/MODEL)").arg(path);
        for (int t = 0; t < targets.size(); ++t) {
            const QString tpath = QStringLiteral("%1.targets[%2]").arg(path).arg(t);
            Target target;
            QString model;
            if (targets.at(t).isString()) {
                model = targets.at(t).toString();
            } else if (targets.at(t).isObject()) {
                const QJsonObject to = targets.at(t).toObject();
                r.onlyKeys(to, tpath, {"model", "weight", "priority"});
                model = r.string(to, "model", tpath, true);
                target.weight = int(r.integer(to, "weight", tpath, 0, 1000000).value_or(1));
                target.priority = int(r.integer(to, "priority", tpath, -1000, 1000).value_or(t));
            } else {
                problems << QStringLiteral("%1: must be \"PROVIDER/MODEL\" or an object").arg(tpath);
                continue;
            }
            if (!targets.at(t).isObject())
                target.priority = t;
            const qsizetype slash = model.indexOf(QLatin1Char('/'));
            if (slash <= 0 || slash == model.size() - 1) {
                if (!model.isEmpty())
                    problems << QStringLiteral("%1: \"%2\" is not PROVIDER/MODEL").arg(tpath, model);
                continue;
            }
            target.provider = model.left(slash);
            target.model = model.mid(slash + 1);
            if (!knownProviders.isEmpty() && !knownProviders.contains(target.provider))
                problems << QStringLiteral("%1: no provider \"%2\" in the workspace").arg(tpath, target.provider);
            route.targets << target;
        }
        cfg.routes << route;
    }
    for (int i = 0; i < virtualModels.size(); ++i) {
        const QString path = QStringLiteral("virtualModels[%1]").arg(i);
        if (!virtualModels.at(i).isObject()) {
            problems << QStringLiteral("%1: must be an object").arg(path);
            continue;
        }
        const QJsonObject o = virtualModels.at(i).toObject();
        r.onlyKeys(o, path,
                   {"name", "description", "route", "rules", "maxCostUsd", "latencyBudgetMs", "hostedTools", "knowledge", "knowledgeTopK",
                    "knowledgeTokens"});
        VirtualModel vm;
        vm.name = r.string(o, "name", path, true);
        if (!vm.name.isEmpty() && !namePattern().match(vm.name).hasMatch())
            problems << QStringLiteral("%1.name: \"%2\" must be letters, digits, '_', '-' or '.' (no '/')").arg(path, vm.name);
        if (names.contains(vm.name))
            problems << QStringLiteral("%1.name: \"%2\" is already a route or virtual model").arg(path, vm.name);
        names.insert(vm.name);
        vm.description = r.string(o, "description", path, false);
        vm.route = r.string(o, "route", path, true);
        if (!vm.route.isEmpty() && !cfg.route(vm.route))
            problems << QStringLiteral("%1.route: no route named \"%2\"").arg(path, vm.route);
        if (o.contains(QLatin1String("maxCostUsd"))) {
            const QJsonValue v = o.value(QLatin1String("maxCostUsd"));
            if (!v.isDouble() || v.toDouble() <= 0)
                problems << QStringLiteral("%1.maxCostUsd: must be a number of dollars above 0").arg(path);
            else
                vm.maxCostUsd = v.toDouble();
        }
        if (auto ms = r.integer(o, "latencyBudgetMs", path, 1, 600000))
            vm.latencyBudgetMs = int(*ms);
        if (const QString hosted = r.string(o, "hostedTools", path, false); !hosted.isEmpty()) {
            if (hosted != QLatin1String("drop") && hosted != QLatin1String("refuse"))
                problems << QStringLiteral("%1.hostedTools: \"%2\" is not drop or refuse").arg(path, hosted);
            vm.refuseHostedTools = hosted == QLatin1String("refuse");
        }
        if (o.contains(QLatin1String("knowledge"))) {
            // whether the collections exist is the knowledge base's to say (it is in the database, not here)
            const QJsonValue v = o.value(QLatin1String("knowledge"));
            if (!v.isArray())
                problems << QStringLiteral("%1.knowledge: must be a list of collection names").arg(path);
            for (const QJsonValue &c : v.toArray()) {
                const QString name = c.toString().trimmed();
                if (!c.isString() || name.isEmpty())
                    problems << QStringLiteral("%1.knowledge: each entry must be a collection name").arg(path);
                else if (vm.knowledge.contains(name))
                    problems << QStringLiteral("%1.knowledge: \"%2\" is listed twice").arg(path, name);
                else
                    vm.knowledge << name;
            }
        }
        if (auto k = r.integer(o, "knowledgeTopK", path, 1, 50))
            vm.knowledgeTopK = int(*k);
        if (auto t = r.integer(o, "knowledgeTokens", path, 100, 200000))
            vm.knowledgeTokens = int(*t);
        if ((vm.knowledgeTopK || vm.knowledgeTokens) && vm.knowledge.isEmpty())
            problems << QStringLiteral("%1: knowledgeTopK and knowledgeTokens need collections in knowledge").arg(path);
        const QJsonArray rules = o.value(QLatin1String("rules")).toArray();
        for (int k = 0; k < rules.size(); ++k) {
            const QString rpath = QStringLiteral("%1.rules[%2]").arg(path).arg(k);
            const QJsonObject ro = rules.at(k).toObject();
            r.onlyKeys(ro, rpath, {"task", "needs", "minContextTokens", "route"});
            Rule rule;
            const QString task = r.string(ro, "task", rpath, false);
            if (!task.isEmpty()) {
                rule.task = taskFromName(task);
                if (!rule.task)
                    problems << QStringLiteral("%1.task: \"%2\" is not one of general, summarize, code, reasoning, vision").arg(rpath, task);
            }
            for (const QJsonValue &n : ro.value(QLatin1String("needs")).toArray()) {
                if (!capabilityNames().contains(n.toString()))
                    problems << QStringLiteral("%1.needs: \"%2\" is not one of tools, vision, json, reasoning").arg(rpath, n.toString());
                else
                    rule.needs << n.toString();
            }
            rule.minContextTokens = r.integer(ro, "minContextTokens", rpath, 1, 100000000);
            rule.route = r.string(ro, "route", rpath, true);
            if (!rule.route.isEmpty() && !cfg.route(rule.route))
                problems << QStringLiteral("%1.route: no route named \"%2\"").arg(rpath, rule.route);
            if (!rule.task && rule.needs.isEmpty() && !rule.minContextTokens)
                problems << QStringLiteral("%1: a rule needs a condition (task, needs or minContextTokens)").arg(rpath);
            vm.rules << rule;
        }
        cfg.virtualModels << vm;
    }
    return cfg;
}

QJsonArray RoutingConfig::routesJson() const
{
    QJsonArray out;
    for (const Route &r : routes) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), r.name);
        if (!r.description.isEmpty())
            o.insert(QStringLiteral("description"), r.description);
        o.insert(QStringLiteral("strategy"), strategyName(r.strategy));
        QJsonArray targets;
        for (const Target &t : r.targets) {
            QJsonObject to;
            to.insert(QStringLiteral("model"), t.qualified());
            if (t.weight != 1)
                to.insert(QStringLiteral("weight"), t.weight);
            to.insert(QStringLiteral("priority"), t.priority);
            targets.append(to);
        }
        o.insert(QStringLiteral("targets"), targets);
        o.insert(QStringLiteral("retries"), r.retries);
        o.insert(QStringLiteral("backoffMs"), r.backoffMs);
        o.insert(QStringLiteral("maxRetryAfterMs"), r.maxRetryAfterMs);
        out.append(o);
    }
    return out;
}

QJsonArray RoutingConfig::virtualModelsJson() const
{
    QJsonArray out;
    for (const VirtualModel &v : virtualModels) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), v.name);
        if (!v.description.isEmpty())
            o.insert(QStringLiteral("description"), v.description);
        o.insert(QStringLiteral("route"), v.route);
        if (v.maxCostUsd)
            o.insert(QStringLiteral("maxCostUsd"), *v.maxCostUsd);
        if (v.latencyBudgetMs)
            o.insert(QStringLiteral("latencyBudgetMs"), *v.latencyBudgetMs);
        if (v.refuseHostedTools)
            o.insert(QStringLiteral("hostedTools"), QStringLiteral("refuse"));
        if (!v.knowledge.isEmpty())
            o.insert(QStringLiteral("knowledge"), QJsonArray::fromStringList(v.knowledge));
        if (v.knowledgeTopK)
            o.insert(QStringLiteral("knowledgeTopK"), *v.knowledgeTopK);
        if (v.knowledgeTokens)
            o.insert(QStringLiteral("knowledgeTokens"), *v.knowledgeTokens);
        QJsonArray rules;
        for (const Rule &r : v.rules) {
            QJsonObject ro;
            if (r.task)
                ro.insert(QStringLiteral("task"), taskName(*r.task));
            if (!r.needs.isEmpty())
                ro.insert(QStringLiteral("needs"), QJsonArray::fromStringList(r.needs));
            if (r.minContextTokens)
                ro.insert(QStringLiteral("minContextTokens"), *r.minContextTokens);
            ro.insert(QStringLiteral("route"), r.route);
            rules.append(ro);
        }
        if (!rules.isEmpty())
            o.insert(QStringLiteral("rules"), rules);
        out.append(o);
    }
    return out;
}

RoutingConfig RoutingConfig::defaultsFor(const QStringList &qualifiedModels)
{
    RoutingConfig cfg;
    if (qualifiedModels.isEmpty())
        return cfg;
    Route all;
    all.name = QStringLiteral("default");
    all.description = QStringLiteral("Every configured model, in order, failing over");
    for (int i = 0; i < qualifiedModels.size(); ++i) {
        const QString &q = qualifiedModels.at(i);
        const qsizetype slash = q.indexOf(QLatin1Char('/'));
        all.targets << Target{q.left(slash), q.mid(slash + 1), 1, i};
    }
    cfg.routes << all;
    return cfg;
}

} // namespace sb::router
