#include "monitor/config.h"

#include "common/jsontype.h"
#include "storage/secretstore.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace sb::monitor {

namespace {

// Reads the fields of one JSON object; problems go to `problems` with the object's path.
class Fields
{
public:
    Fields(const QJsonObject &o, QString path, QStringList &problems)
        : m_o(o)
        , m_path(std::move(path))
        , m_problems(problems)
    {
    }
    QString at(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    void allowOnly(const QStringList &keys)
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (!keys.contains(it.key()))
                m_problems << QCoreApplication::translate("sb::monitor::Config", "%1: unknown key \"%2\" (known: %3)")
                                  .arg(at(it.key()), it.key(), keys.join(QStringLiteral(", ")));
        }
    }
    bool has(const QString &key) const { return m_o.contains(key); }
    QString string(const QString &key, const QString &def = {})
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return def;
        if (!v.isString()) {
            m_problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be a string, not %2").arg(at(key), jsonTypeName(v));
            return def;
        }
        return v.toString();
    }
    // A number in (min, max) or [min, max] (inclusive).
    double number(const QString &key, double def, double min, double max, bool inclusive, const QString &what)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return def;
        const double d = v.toDouble(std::nan(""));
        const bool inRange = inclusive ? d >= min && d <= max : d > min && d < max;
        if (!v.isDouble() || !inRange) {
            m_problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be %2").arg(at(key), what);
            return def;
        }
        return d;
    }
    int integer(const QString &key, int def, int min, int max)
    {
        const double d = number(key, def, min, max, true,
                                QCoreApplication::translate("sb::monitor::Config", "a whole number from %1 to %2").arg(min).arg(max));
        if (d != std::floor(d)) {
            m_problems
                << QCoreApplication::translate("sb::monitor::Config", "%1: must be a whole number from %2 to %3").arg(at(key)).arg(min).arg(max);
            return def;
        }
        return int(d);
    }
    void problem(const QString &text) { m_problems << text; }
    const QString &path() const { return m_path; }

private:
    const QJsonObject &m_o;
    QString m_path;
    QStringList &m_problems;
};

const QStringList kScopeKeys{QStringLiteral("model"), QStringLiteral("provider"), QStringLiteral("route"), QStringLiteral("proxyKey")};

// "model", "provider", "route", "proxyKey" of an SLO or a monitor, checked against the workspace.
Scope readScope(Fields &f, const QStringList &providerIds, const QStringList &routeNames)
{
    Scope s;
    if (f.has(QStringLiteral("model"))) {
        const QString model = f.string(QStringLiteral("model"));
        const qsizetype slash = model.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == model.size() - 1)
            f.problem(
                QCoreApplication::translate("sb::monitor::Config", "%1: \"%2\" must be PROVIDER/MODEL (the model the router asks the provider for)")
                    .arg(f.at(QStringLiteral("model")), model));
        else
            s = Scope::ofModel(model);
    }
    if (f.has(QStringLiteral("provider"))) {
        if (!s.provider.isEmpty())
            f.problem(QCoreApplication::translate("sb::monitor::Config", "%1: give either provider or model (PROVIDER/MODEL)")
                          .arg(f.at(QStringLiteral("provider"))));
        else
            s.provider = f.string(QStringLiteral("provider"));
    }
    if (!s.provider.isEmpty() && !providerIds.contains(s.provider))
        f.problem(QCoreApplication::translate("sb::monitor::Config", "%1: no provider \"%2\" in the workspace (there are: %3)")
                      .arg(f.at(f.has(QStringLiteral("model")) ? QStringLiteral("model") : QStringLiteral("provider")), s.provider,
                           providerIds.isEmpty() ? QStringLiteral("none") : providerIds.join(QStringLiteral(", "))));
    s.route = f.string(QStringLiteral("route"));
    if (!s.route.isEmpty() && !routeNames.contains(s.route))
        f.problem(QCoreApplication::translate("sb::monitor::Config", "%1: no route or virtual model \"%2\" in the workspace")
                      .arg(f.at(QStringLiteral("route")), s.route));
    s.proxyKey = f.string(QStringLiteral("proxyKey"));
    return s;
}

LatencyMetric readMetric(Fields &f)
{
    const QString metric = f.string(QStringLiteral("metric"), QStringLiteral("ttft"));
    if (metric == QLatin1String("latency"))
        return LatencyMetric::Latency;
    if (metric != QLatin1String("ttft"))
        f.problem(QCoreApplication::translate("sb::monitor::Config", "%1: must be ttft (time to first token) or latency (total)")
                      .arg(f.at(QStringLiteral("metric"))));
    return LatencyMetric::Ttft;
}

std::optional<Slo> readSlo(const QJsonValue &value, const QString &path, const QStringList &providerIds, const QStringList &routeNames,
                           QStringList &problems)
{
    if (!value.isObject()) {
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be an object").arg(path);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Fields f(o, path, problems);
    f.allowOnly({QStringLiteral("name"), QStringLiteral("model"), QStringLiteral("route"), QStringLiteral("kind"), QStringLiteral("metric"),
                 QStringLiteral("thresholdMs"), QStringLiteral("objective"), QStringLiteral("windowDays"), QStringLiteral("minSamples"),
                 QStringLiteral("demote")});
    Slo slo;
    slo.name = f.string(QStringLiteral("name"));
    slo.scope = readScope(f, providerIds, routeNames);
    if (o.contains(QLatin1String("model")) == o.contains(QLatin1String("route")))
        problems << QCoreApplication::translate("sb::monitor::Config",
                                                "%1: give one of model (PROVIDER/MODEL) and route (a route or virtual model name)")
                        .arg(path);
    const QString kind = f.string(QStringLiteral("kind"));
    if (kind == QLatin1String("latency")) {
        slo.kind = Slo::Kind::Latency;
        slo.metric = readMetric(f);
        if (!o.contains(QLatin1String("thresholdMs")))
            problems << QCoreApplication::translate("sb::monitor::Config", "%1: required for a latency SLO (e.g. 2000)")
                            .arg(f.at(QStringLiteral("thresholdMs")));
        slo.thresholdMs = f.number(QStringLiteral("thresholdMs"), 0, 0, 8 * 3'600'000, false,
                                   QCoreApplication::translate("sb::monitor::Config", "a number of milliseconds above 0"));
    } else if (kind == QLatin1String("availability")) {
        slo.kind = Slo::Kind::Availability;
        if (o.contains(QLatin1String("thresholdMs")) || o.contains(QLatin1String("metric")))
            problems << QCoreApplication::translate("sb::monitor::Config", "%1: an availability SLO has no metric or thresholdMs").arg(path);
    } else {
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be latency or availability").arg(f.at(QStringLiteral("kind")));
    }
    if (!o.contains(QLatin1String("objective")))
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: required, in percent (e.g. 99.5)").arg(f.at(QStringLiteral("objective")));
    slo.objectivePercent = f.number(QStringLiteral("objective"), 99, 50, 100, false,
                                    QCoreApplication::translate("sb::monitor::Config", "a percentage above 50 and below 100 (e.g. 99.5)"));
    slo.windowDays = f.integer(QStringLiteral("windowDays"), 28, 1, 90);
    slo.minSamples = f.integer(QStringLiteral("minSamples"), 10, 1, 1'000'000);
    const QJsonValue demote = o.value(QLatin1String("demote"));
    if (!demote.isUndefined() && !demote.isBool())
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be true or false").arg(f.at(QStringLiteral("demote")));
    slo.demote = demote.toBool(false);
    if (slo.demote && o.contains(QLatin1String("route")))
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: only an SLO on a model (PROVIDER/MODEL) can demote it in routing")
                        .arg(f.at(QStringLiteral("demote")));
    return slo;
}

std::optional<ThresholdMonitor> readMonitor(const QJsonValue &value, const QString &path, const QStringList &providerIds,
                                            const QStringList &routeNames, QStringList &problems)
{
    if (!value.isObject()) {
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be an object").arg(path);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Fields f(o, path, problems);
    ThresholdMonitor m;
    m.name = f.string(QStringLiteral("name"));
    m.scope = readScope(f, providerIds, routeNames);
    const QString kind = f.string(QStringLiteral("kind"));
    QStringList keys = QStringList{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("cooldownMinutes")} + kScopeKeys;
    const auto required = [&](const QString &key, const QString &example) {
        if (!o.contains(key))
            problems << QCoreApplication::translate("sb::monitor::Config", "%1: required for %2 (e.g. %3)").arg(f.at(key), kind, example);
    };
    if (kind == QLatin1String("error_rate")) {
        m.kind = ThresholdMonitor::Kind::ErrorRate;
        keys << QStringLiteral("thresholdPercent") << QStringLiteral("windowMinutes") << QStringLiteral("minSamples");
        required(QStringLiteral("thresholdPercent"), QStringLiteral("5"));
        m.thresholdPercent = f.number(QStringLiteral("thresholdPercent"), 5, 0, 100, false,
                                      QCoreApplication::translate("sb::monitor::Config", "a percentage above 0, at most 100"));
        if (m.thresholdPercent == 100.0)
            m.thresholdPercent = 100;
    } else if (kind == QLatin1String("latency_spike")) {
        m.kind = ThresholdMonitor::Kind::LatencySpike;
        keys << QStringLiteral("metric") << QStringLiteral("factor") << QStringLiteral("windowMinutes") << QStringLiteral("baselineHours")
             << QStringLiteral("minSamples");
        m.metric = readMetric(f);
        m.factor = f.number(QStringLiteral("factor"), 2, 1, 1000, false,
                            QCoreApplication::translate("sb::monitor::Config", "a number above 1 (e.g. 2: twice the trailing average)"));
        m.baselineHours = f.integer(QStringLiteral("baselineHours"), 24, 1, 46);
    } else if (kind == QLatin1String("cost_per_hour")) {
        m.kind = ThresholdMonitor::Kind::CostPerHour;
        keys << QStringLiteral("thresholdUsd");
        required(QStringLiteral("thresholdUsd"), QStringLiteral("5"));
        m.thresholdUsd = f.number(QStringLiteral("thresholdUsd"), 0, 0, 1e9, false,
                                  QCoreApplication::translate("sb::monitor::Config", "a number of dollars above 0"));
    } else if (kind == QLatin1String("no_traffic")) {
        m.kind = ThresholdMonitor::Kind::NoTraffic;
        keys << QStringLiteral("hours");
        required(QStringLiteral("hours"), QStringLiteral("6"));
        m.hours = f.integer(QStringLiteral("hours"), 6, 1, 46);
    } else {
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be error_rate, latency_spike, cost_per_hour or no_traffic")
                        .arg(f.at(QStringLiteral("kind")));
    }
    f.allowOnly(keys);
    m.windowMinutes = f.integer(QStringLiteral("windowMinutes"), 15, 1, 1440);
    m.minSamples = f.integer(QStringLiteral("minSamples"), 20, 1, 1'000'000);
    m.cooldownMinutes = f.integer(QStringLiteral("cooldownMinutes"), 30, 0, 7 * 24 * 60);
    if (m.kind == ThresholdMonitor::Kind::LatencySpike && m.windowMinutes + 60 * m.baselineHours > 47 * 60)
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: the window and the baseline must fit in 47 hours (the minutes kept)")
                        .arg(path);
    return m;
}

// "models" of a canary: PROVIDER/MODEL of a workspace provider, or a route or virtual model name.
QStringList readModels(const QJsonObject &o, const QString &path, const QStringList &providerIds, const QStringList &routeNames,
                       QStringList &problems)
{
    const QString at = path + QStringLiteral(".models");
    const QJsonValue v = o.value(QLatin1String("models"));
    if (!v.isArray() || v.toArray().isEmpty()) {
        problems
            << QCoreApplication::translate("sb::monitor::Config", "%1: required, a list of PROVIDER/MODEL, route or virtual model names").arg(at);
        return {};
    }
    QStringList models;
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString model = list.at(i).toString().trimmed();
        const QString itemPath = QStringLiteral("%1[%2]").arg(at).arg(i);
        const qsizetype slash = model.indexOf(QLatin1Char('/'));
        if (!list.at(i).isString() || model.isEmpty())
            problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be a model name").arg(itemPath);
        else if (routeNames.contains(model))
            models << model;
        else if (slash <= 0 || slash == model.size() - 1)
            problems << QCoreApplication::translate("sb::monitor::Config",
                                                    "%1: \"%2\" is neither PROVIDER/MODEL nor a route or virtual model of the workspace")
                            .arg(itemPath, model);
        else if (!providerIds.contains(model.left(slash)))
            problems << QCoreApplication::translate("sb::monitor::Config", "%1: no provider \"%2\" in the workspace (there are: %3)")
                            .arg(itemPath, model.left(slash),
                                 providerIds.isEmpty() ? QStringLiteral("none") : providerIds.join(QStringLiteral(", ")));
        else if (models.contains(model))
            problems << QCoreApplication::translate("sb::monitor::Config", "%1: \"%2\" is listed twice").arg(itemPath, model);
        else
            models << model;
    }
    return models;
}

std::optional<Canary> readCanary(const QJsonValue &value, const QString &path, const QStringList &providerIds, const QStringList &routeNames,
                                 QStringList &problems)
{
    if (!value.isObject()) {
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be an object").arg(path);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Fields f(o, path, problems);
    f.allowOnly({QStringLiteral("name"), QStringLiteral("models"), QStringLiteral("prompts"), QStringLiteral("schedule"),
                 QStringLiteral("maxCostUsd"), QStringLiteral("maxTokens"), QStringLiteral("system"), QStringLiteral("judgeModel"),
                 QStringLiteral("trailingRuns"), QStringLiteral("minSamples"), QStringLiteral("alpha"), QStringLiteral("enabled")});
    Canary c;
    c.name = f.string(QStringLiteral("name"));
    c.models = readModels(o, path, providerIds, routeNames, problems);
    const QString schedule = f.string(QStringLiteral("schedule"), QStringLiteral("daily"));
    if (schedule == QLatin1String("hourly"))
        c.schedule = Canary::Schedule::Hourly;
    else if (schedule != QLatin1String("daily"))
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be hourly or daily").arg(f.at(QStringLiteral("schedule")));
    c.maxCostUsd = f.number(QStringLiteral("maxCostUsd"), 0.10, 0, 1000, false,
                            QCoreApplication::translate("sb::monitor::Config", "a number of dollars above 0 (e.g. 0.05)"));
    c.maxTokens = f.integer(QStringLiteral("maxTokens"), 256, 1, 100'000);
    c.systemPrompt = f.string(QStringLiteral("system"));
    c.judgeModel = f.string(QStringLiteral("judgeModel")).trimmed();
    c.trailingRuns = f.integer(QStringLiteral("trailingRuns"), 5, 1, 100);
    c.minSamples = f.integer(QStringLiteral("minSamples"), 10, 1, 100'000);
    c.alpha = f.number(QStringLiteral("alpha"), 0.01, 0, 0.5, false,
                       QCoreApplication::translate("sb::monitor::Config", "a significance level above 0 and below 0.5 (e.g. 0.01)"));
    const QJsonValue enabled = o.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be true or false").arg(f.at(QStringLiteral("enabled")));
    c.enabled = enabled.toBool(true);
    // the prompt set: rows as JSONL objects, or a prompt set's text
    const QString promptsAt = f.at(QStringLiteral("prompts"));
    const QJsonValue prompts = o.value(QLatin1String("prompts"));
    Expected<QList<compare::PromptRow>> rows = Error::make(Error::Kind::Validation, QStringLiteral("required"));
    if (prompts.isArray()) {
        QStringList lines;
        for (const QJsonValue &row : prompts.toArray())
            lines << QString::fromUtf8(QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact));
        bool allObjects = true;
        for (const QJsonValue &row : prompts.toArray())
            allObjects = allObjects && row.isObject();
        rows = !allObjects ? Expected<QList<compare::PromptRow>>(
                   Error::make(Error::Kind::Validation, QCoreApplication::translate("sb::monitor::Config", "each row must be an object")))
                           : compare::PromptSet::parseJsonl(lines.join(QLatin1Char('\n')));
        // "line N" of the JSONL is row N-1 here
        if (!rows && rows.error().message.startsWith(QLatin1String("line "))) {
            const qsizetype colon = rows.error().message.indexOf(QLatin1Char(':'));
            const int line = rows.error().message.mid(5, colon - 5).toInt();
            rows = Error::make(Error::Kind::Validation, QStringLiteral("[%1]%2").arg(line - 1).arg(rows.error().message.mid(colon)));
        }
    } else if (prompts.isString()) {
        rows = compare::PromptSet::parseText(prompts.toString());
        if (rows && rows->isEmpty())
            rows = Error::make(Error::Kind::Validation, QCoreApplication::translate("sb::monitor::Config", "the prompt set is empty"));
    }
    if (!rows) {
        const QString message = rows.error().message;
        problems << (message.startsWith(QLatin1Char('['))
                         ? promptsAt + message
                         : QStringLiteral("%1: %2").arg(
                             promptsAt,
                             prompts.isUndefined() || (!prompts.isArray() && !prompts.isString())
                                 ? QCoreApplication::translate("sb::monitor::Config", "required, a list of prompt-set rows or a prompt set's text")
                                 : message));
    } else {
        c.rows = *rows;
        for (qsizetype i = 0; i < c.rows.size(); ++i) {
            if (c.rows.at(i).checks.isEmpty())
                problems << QCoreApplication::translate("sb::monitor::Config",
                                                        "%1[%2]: a canary's prompt needs a check (contains, regex, json, schema or judge)")
                                .arg(promptsAt)
                                .arg(i);
            for (const compare::Check &check : c.rows.at(i).checks) {
                if (check.type == compare::Check::Type::Judge && check.judge->model.isEmpty() && c.judgeModel.isEmpty()) {
                    problems << QCoreApplication::translate("sb::monitor::Config",
                                                            "%1[%2].judge: no model; set its \"model\" or the canary's judgeModel")
                                    .arg(promptsAt)
                                    .arg(i);
                    break;
                }
            }
        }
    }
    return c;
}

} // namespace

QString metricName(LatencyMetric metric)
{
    return metric == LatencyMetric::Ttft ? QStringLiteral("ttft") : QStringLiteral("latency");
}

QString kindName(ThresholdMonitor::Kind kind)
{
    switch (kind) {
    case ThresholdMonitor::Kind::ErrorRate: return QStringLiteral("error_rate");
    case ThresholdMonitor::Kind::LatencySpike: return QStringLiteral("latency_spike");
    case ThresholdMonitor::Kind::CostPerHour: return QStringLiteral("cost_per_hour");
    case ThresholdMonitor::Kind::NoTraffic: return QStringLiteral("no_traffic");
    }
    return {};
}

QString Slo::describe() const
{
    const QString objective = QString::number(objectivePercent, 'g', 6);
    if (kind == Kind::Availability)
        return QCoreApplication::translate("sb::monitor::Config", "%1 % of %2 calls succeed over %3 days")
            .arg(objective, scope.describe())
            .arg(windowDays);
    return QCoreApplication::translate("sb::monitor::Config", "%1 % of %2 %3 within %4 ms over %5 days")
        .arg(objective, scope.describe(),
             metric == LatencyMetric::Ttft ? QCoreApplication::translate("sb::monitor::Config", "first tokens")
                                           : QCoreApplication::translate("sb::monitor::Config", "answers"))
        .arg(thresholdMs)
        .arg(windowDays);
}

QString ThresholdMonitor::describe() const
{
    const QString of = scope.describe();
    switch (kind) {
    case Kind::ErrorRate:
        return QCoreApplication::translate("sb::monitor::Config", "error rate of %1 >= %2 % over %3 min")
            .arg(of)
            .arg(thresholdPercent)
            .arg(windowMinutes);
    case Kind::LatencySpike:
        return QCoreApplication::translate("sb::monitor::Config", "mean %1 of %2 over %3 min above %4 x the %5 h before")
            .arg(metricName(metric), of)
            .arg(windowMinutes)
            .arg(factor)
            .arg(baselineHours);
    case Kind::CostPerHour: return QCoreApplication::translate("sb::monitor::Config", "cost of %1 >= $%2 in an hour").arg(of).arg(thresholdUsd);
    case Kind::NoTraffic: return QCoreApplication::translate("sb::monitor::Config", "no call of %1 for %2 h").arg(of).arg(hours);
    }
    return of;
}

QStringList MonitoringConfig::validate(const QJsonObject &json, const QStringList &providerIds, const QStringList &routeNames)
{
    QStringList problems;
    (void)fromJsonInto(json, providerIds, routeNames, problems);
    return problems;
}

namespace {

// The names a monitoring section refers to: the workspace's provider ids, and its routes' and virtual models' names.
std::pair<QStringList, QStringList> namesOf(const Workspace &workspace)
{
    QStringList providerIds;
    for (const ProviderConfig &p : workspace.providers)
        providerIds << p.id;
    QStringList routeNames;
    for (const QJsonArray &list : {workspace.routes, workspace.virtualModels}) {
        for (const QJsonValue &v : list)
            routeNames << v.toObject().value(QLatin1String("name")).toString();
    }
    return {providerIds, routeNames};
}

} // namespace

QStringList MonitoringConfig::validate(const Workspace &workspace)
{
    const auto [providerIds, routeNames] = namesOf(workspace);
    return validate(workspace.monitoring, providerIds, routeNames);
}

Expected<MonitoringConfig> MonitoringConfig::ofWorkspace(const Workspace &workspace)
{
    const auto [providerIds, routeNames] = namesOf(workspace);
    auto config = fromJson(workspace.monitoring, providerIds, routeNames);
    if (!config)
        return Error::make(
            Error::Kind::Validation,
            (QCoreApplication::translate("sb::monitor::Config", "the workspace's monitoring section is not valid:") + QStringLiteral("\n  - "))
                + QString(config.error().message).replace(QLatin1Char('\n'), QStringLiteral("\n  - ")));
    return config;
}

Expected<MonitoringConfig> MonitoringConfig::fromJson(const QJsonObject &json, const QStringList &providerIds, const QStringList &routeNames)
{
    QStringList problems;
    MonitoringConfig config = fromJsonInto(json, providerIds, routeNames, problems);
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation, problems.join(QLatin1Char('\n')));
    return config;
}

MonitoringConfig MonitoringConfig::fromJsonInto(const QJsonObject &json, const QStringList &providerIds, const QStringList &routeNames,
                                                QStringList &problems)
{
    MonitoringConfig config;
    Fields root(json, QStringLiteral("monitoring"), problems);
    root.allowOnly({QStringLiteral("slos"), QStringLiteral("monitors"), QStringLiteral("canaries"), QStringLiteral("webhook")});
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$"));
    QSet<QString> names;
    const auto checkName = [&](const QString &name, const QString &path) {
        if (!namePattern.match(name).hasMatch())
            problems << QCoreApplication::translate("sb::monitor::Config", "%1: \"%2\" must be 1 to 64 letters, digits, spaces, '.', '_' or '-'")
                            .arg(QString(path + QStringLiteral(".name")), name);
        else if (names.contains(name))
            problems << QCoreApplication::translate("sb::monitor::Config", "%1: \"%2\" is used by another SLO or monitor")
                            .arg(QString(path + QStringLiteral(".name")), name);
        names.insert(name);
    };
    const auto array = [&](const QString &key) {
        const QJsonValue v = json.value(key);
        if (!v.isUndefined() && !v.isArray())
            problems << QCoreApplication::translate("sb::monitor::Config", "%1: must be an array").arg(QString(QStringLiteral("monitoring.") + key));
        return v.toArray();
    };
    const QJsonArray slos = array(QStringLiteral("slos"));
    for (qsizetype i = 0; i < slos.size(); ++i) {
        const QString path = QStringLiteral("monitoring.slos[%1]").arg(i);
        if (auto slo = readSlo(slos.at(i), path, providerIds, routeNames, problems)) {
            checkName(slo->name, path);
            config.slos.append(*slo);
        }
    }
    const QJsonArray monitors = array(QStringLiteral("monitors"));
    for (qsizetype i = 0; i < monitors.size(); ++i) {
        const QString path = QStringLiteral("monitoring.monitors[%1]").arg(i);
        if (auto m = readMonitor(monitors.at(i), path, providerIds, routeNames, problems)) {
            checkName(m->name, path);
            config.monitors.append(*m);
        }
    }
    const QJsonArray canaries = array(QStringLiteral("canaries"));
    QSet<QString> canaryNames;
    for (qsizetype i = 0; i < canaries.size(); ++i) {
        const QString path = QStringLiteral("monitoring.canaries[%1]").arg(i);
        if (auto c = readCanary(canaries.at(i), path, providerIds, routeNames, problems)) {
            if (!namePattern.match(c->name).hasMatch())
                problems << QCoreApplication::translate("sb::monitor::Config", "%1: \"%2\" must be 1 to 64 letters, digits, spaces, '.', '_' or '-'")
                                .arg(QString(path + QStringLiteral(".name")), c->name);
            else if (canaryNames.contains(c->name))
                problems << QCoreApplication::translate("sb::monitor::Config", "%1: \"%2\" is used by another canary")
                                .arg(QString(path + QStringLiteral(".name")), c->name);
            canaryNames.insert(c->name);
            config.canaries.append(*c);
        }
    }
    const QJsonValue webhook = json.value(QLatin1String("webhook"));
    if (!webhook.isUndefined()) {
        const QJsonObject w = webhook.toObject();
        Fields f(w, QStringLiteral("monitoring.webhook"), problems);
        if (!webhook.isObject())
            problems
                << QCoreApplication::translate("sb::monitor::Config", "%1: must be an object with a url").arg(QStringLiteral("monitoring.webhook"));
        f.allowOnly({QStringLiteral("url")});
        config.webhook.url = f.string(QStringLiteral("url"));
        const QUrl url(config.webhook.url, QUrl::StrictMode);
        const bool httpUrl = url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            && !url.host().isEmpty();
        if (!SecretRef::parse(config.webhook.url) && !httpUrl)
            problems << QCoreApplication::translate("sb::monitor::Config",
                                                    "%1: must be an http:// or https:// URL, or keychain:NAME or env:VAR holding one")
                            .arg(QStringLiteral("monitoring.webhook.url"));
    }
    return config;
}

} // namespace sb::monitor
