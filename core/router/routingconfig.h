#pragma once

#include "common/expected.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::router {

enum class Strategy { Fallback, Weighted, LowestLatency, LowestCost, LeastBusy };
QString strategyName(Strategy strategy);
std::optional<Strategy> strategyFromName(QStringView name);

// Task types the rules can match on (explicit tag, or the prompt classifier's guess).
enum class Task { General, Summarize, Code, Reasoning, Vision };
QString taskName(Task task);
std::optional<Task> taskFromName(QStringView name);

struct Target {
    QString provider;
    QString model;
    int weight = 1; // Weighted strategy
    int priority = 0; // lower first (Fallback and ties)
    QString qualified() const { return provider + QLatin1Char('/') + model; }
    bool operator==(const Target &) const = default;
};

// A named route, also usable as a virtual model name ("smart", "fast").
struct Route {
    QString name;
    QString description;
    Strategy strategy = Strategy::Fallback;
    QList<Target> targets;
    int retries = 1; // extra attempts on the same target for retryable errors
    int backoffMs = 250; // first backoff; doubles per retry, plus jitter
    int maxRetryAfterMs = 10000; // a longer Retry-After fails over instead of waiting
    bool operator==(const Route &) const = default;
};

// A rule of a virtual model: when the request matches, use the route.
struct Rule {
    std::optional<Task> task; // matches the tag or the classifier
    QStringList needs; // capabilities: tools, vision, json, reasoning
    std::optional<qint64> minContextTokens; // estimated prompt tokens at least this many
    QString route;
    bool operator==(const Rule &) const = default;
};

// A virtual model: a name clients ask for, mapped to a route directly or through rules.
struct VirtualModel {
    QString name;
    QString description;
    QString route; // the route when no rule matches (required)
    QList<Rule> rules;
    std::optional<double> maxCostUsd; // per call: skip targets estimated to cost more
    std::optional<int> latencyBudgetMs; // skip targets whose time to first token is known to be slower
    // Hosted tools (Responses web_search, code_interpreter, ...) an upstream cannot run: dropped with a
    // response header saying which (false, "hostedTools": "drop"), or such targets are skipped and, when
    // none is left, the request refused with a 400 naming the tool ("hostedTools": "refuse").
    bool refuseHostedTools = false;
    // Knowledge base collections whose passages every request through this model gets as numbered
    // sources in its system prompt (knowledge/context.h); empty: none.
    QStringList knowledge;
    std::optional<int> knowledgeTopK; // passages in the context (default 5)
    std::optional<int> knowledgeTokens; // token budget for them (default 3000)
    bool operator==(const VirtualModel &) const = default;
};

// The routing part of the workspace (Workspace::routes and Workspace::virtualModels), validated.
struct RoutingConfig {
    QList<Route> routes;
    QList<VirtualModel> virtualModels;

    const Route *route(const QString &name) const;
    const VirtualModel *virtualModel(const QString &name) const;

    // knownProviders: ids in the workspace, to check targets against (empty list = no check).
    [[nodiscard]] static Expected<RoutingConfig> fromJson(const QJsonArray &routes, const QJsonArray &virtualModels,
                                                          const QStringList &knownProviders = {});
    // What could be read, with the problems fromJson would refuse it for appended to `problems` (the
    // routing form edits a configuration that is not valid yet: a new route without targets).
    static RoutingConfig read(const QJsonArray &routes, const QJsonArray &virtualModels, const QStringList &knownProviders, QStringList &problems);
    QJsonArray routesJson() const;
    QJsonArray virtualModelsJson() const;
    // The virtual models every workspace starts with, built from the providers it has.
    static RoutingConfig defaultsFor(const QStringList &qualifiedModels);
};

} // namespace sb::router
