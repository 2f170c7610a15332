// switchboard-cli monitor: latency and quality monitoring from the ledger's rollups
#include "commands.h"
#include "common/paths.h"
#include "engine/engine.h"
#include "monitor/alerts.h"
#include "monitor/canaryservice.h"
#include "monitor/config.h"
#include "monitor/evaluator.h"
#include "monitor/timeseries.h"
#include "monitor/webhook.h"
#include "storage/database.h"
#include "storage/keychainsecretstore.h"
#include "storage/workspace.h"
#include "usage/ledger.h"
#include "usage/monitorrollups.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sb::cli {

using monitor::Aggregate;
using monitor::Alert;
using monitor::MonitorQueries;
using monitor::Percentiles;
using monitor::SloStatus;

namespace {

const char *kUsage = "usage: switchboard-cli monitor <action> [--json] [--data-dir DIR] [--workspace FILE]\n"
                     "  status [--since DURATION]  every model's calls, errors, latency and cost (default: the last hour;\n"
                     "                             DURATION like 30m, 6h, 7d, up to 90d), and the alerts firing\n"
                     "  slo                        each SLO of the workspace: its SLI, error budget left and burn rates\n"
                     "  alerts [--firing] [--limit N]\n"
                     "                             the alert history, newest first (of the app and of serve)\n"
                     "  test-alert                 post a test alert to the workspace's webhook and say what it answered\n"
                     "  canary list                the workspace's quality canaries and their last runs\n"
                     "  canary run NAME            run a canary now (within its cost cap), record it and test it for a drop\n";

// "30m", "6h", "7d" in milliseconds; 0 when not one.
qint64 parseDuration(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]+)([mhd])$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    return n * (unit == QLatin1Char('m') ? usage::kMsPerMinute : unit == QLatin1Char('h') ? usage::kMsPerHour : usage::kMsPerDay);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString ms(const std::optional<double> &v)
{
    return v ? QString::number(qRound64(*v)) : QStringLiteral("-");
}

QString percent(const std::optional<double> &fraction, int decimals = 2)
{
    return fraction ? QString::number(*fraction * 100.0, 'f', decimals) + QStringLiteral(" %") : QStringLiteral("-");
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject percentilesJson(const Percentiles &p)
{
    return QJsonObject{{QStringLiteral("count"), p.count},
                       {QStringLiteral("p50"), optionalJson(p.p50)},
                       {QStringLiteral("p90"), optionalJson(p.p90)},
                       {QStringLiteral("p99"), optionalJson(p.p99)}};
}

int status(const std::shared_ptr<Database> &db, qint64 span, bool json, Io &io)
{
    MonitorQueries queries(db);
    const qint64 now = queries.now();
    const qint64 from = now - span;
    // minutes while they are kept, hours beyond
    const usage::Resolution resolution = span <= 47 * usage::kMsPerHour ? usage::Resolution::Minute : usage::Resolution::Hour;
    auto models = queries.perModel(monitor::Scope{}, from, now + 1, resolution);
    if (!models)
        return failed(io, models.error());
    auto firing = monitor::AlertStore(db, QString()).history(1000, true);
    if (!firing)
        return failed(io, firing.error());
    if (json) {
        QJsonArray list;
        for (const MonitorQueries::ModelAggregate &m : std::as_const(*models)) {
            const Aggregate &a = m.all;
            list.append(QJsonObject{{QStringLiteral("provider"), m.provider},
                                    {QStringLiteral("model"), m.model},
                                    {QStringLiteral("attempts"), a.attempts},
                                    {QStringLiteral("requests"), a.requests},
                                    {QStringLiteral("ok"), a.ok.attempts},
                                    {QStringLiteral("errors"), a.errors},
                                    {QStringLiteral("cancelled"), a.cancelled},
                                    {QStringLiteral("errorRate"), optionalJson(a.errorRate())},
                                    {QStringLiteral("availability"), optionalJson(a.availability(false))},
                                    {QStringLiteral("ttftMs"), percentilesJson(Percentiles::of(a.ok.ttft))},
                                    {QStringLiteral("latencyMs"), percentilesJson(Percentiles::of(a.ok.latency))},
                                    {QStringLiteral("tokensPerSecond"), percentilesJson(Percentiles::of(a.ok.tokensPerSecond))},
                                    {QStringLiteral("costUsd"), a.costUsd()}});
        }
        QJsonArray alerts;
        for (const Alert &a : std::as_const(*firing))
            alerts.append(a.toJson());
        printJson(io,
                  QJsonObject{{QStringLiteral("from"), isoTime(from)},
                              {QStringLiteral("to"), isoTime(now)},
                              {QStringLiteral("models"), list},
                              {QStringLiteral("firing"), alerts}});
        return Ok;
    }
    io.out << "from " << isoTime(from) << " to " << isoTime(now) << " (percentiles within 4.5 %)\n";
    if (models->isEmpty()) {
        io.out << "no calls\n";
    } else {
        QList<QStringList> rows{{QStringLiteral("MODEL"), QStringLiteral("CALLS"), QStringLiteral("ERRORS"), QStringLiteral("AVAILABLE"),
                                 QStringLiteral("TTFT p50/p90/p99 ms"), QStringLiteral("LATENCY p50/p90/p99 ms"), QStringLiteral("COST")}};
        for (const MonitorQueries::ModelAggregate &m : std::as_const(*models)) {
            const Aggregate &a = m.all;
            const Percentiles ttft = Percentiles::of(a.ok.ttft);
            const Percentiles latency = Percentiles::of(a.ok.latency);
            rows.append({m.provider + QLatin1Char('/') + m.model, QString::number(a.attempts),
                         QStringLiteral("%1 (%2)").arg(a.errors).arg(percent(a.errorRate(), 1)), percent(a.availability(false)),
                         QStringLiteral("%1/%2/%3").arg(ms(ttft.p50), ms(ttft.p90), ms(ttft.p99)),
                         QStringLiteral("%1/%2/%3").arg(ms(latency.p50), ms(latency.p90), ms(latency.p99)), money(a.costUsd())});
        }
        printTable(io, rows);
    }
    io.out << firing->size() << " alert(s) firing" << (firing->isEmpty() ? QString() : QStringLiteral(": 'monitor alerts --firing' lists them"))
           << "\n";
    return Ok;
}

QJsonObject burnJson(const SloStatus &s)
{
    return QJsonObject{{QStringLiteral("5m"), optionalJson(s.burn5m.rate)},
                       {QStringLiteral("30m"), optionalJson(s.burn30m.rate)},
                       {QStringLiteral("1h"), optionalJson(s.burn1h.rate)},
                       {QStringLiteral("6h"), optionalJson(s.burn6h.rate)}};
}

int slo(const std::shared_ptr<Database> &db, const monitor::MonitoringConfig &config, bool json, Io &io)
{
    monitor::Evaluator evaluator(db, QString());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto statuses = evaluator.sloStatuses(config.slos, now);
    if (!statuses)
        return failed(io, statuses.error());
    auto firing = monitor::AlertStore(db, QString()).history(1000, true);
    if (!firing)
        return failed(io, firing.error());
    // which evaluators (app, serve) have an alert of the SLO open
    const auto firingOf = [&firing](const QString &name) {
        QStringList out;
        for (const Alert &a : std::as_const(*firing)) {
            if (a.name == name)
                out << QStringLiteral("%1 (%2)").arg(a.kind, a.origin);
        }
        return out;
    };
    if (json) {
        QJsonArray list;
        for (const SloStatus &s : std::as_const(*statuses)) {
            list.append(QJsonObject{
                {QStringLiteral("name"), s.slo.name},
                {QStringLiteral("description"), s.slo.describe()},
                {QStringLiteral("kind"), s.slo.kind == monitor::Slo::Kind::Latency ? QStringLiteral("latency") : QStringLiteral("availability")},
                {QStringLiteral("objectivePercent"), s.slo.objectivePercent},
                {QStringLiteral("windowDays"), s.slo.windowDays},
                {QStringLiteral("good"), s.good},
                {QStringLiteral("valid"), s.valid},
                {QStringLiteral("sli"), optionalJson(s.sli)},
                {QStringLiteral("budgetRemaining"), optionalJson(s.budgetRemaining)},
                {QStringLiteral("burnRates"), burnJson(s)},
                {QStringLiteral("fastBurnThreshold"), s.slo.fastBurnThreshold()},
                {QStringLiteral("slowBurnThreshold"), s.slo.slowBurnThreshold()},
                {QStringLiteral("fastBurning"), s.fastBurning},
                {QStringLiteral("slowBurning"), s.slowBurning},
                {QStringLiteral("firing"), QJsonArray::fromStringList(firingOf(s.slo.name))}});
        }
        printJson(io, QJsonObject{{QStringLiteral("at"), isoTime(now)}, {QStringLiteral("slos"), list}});
        return Ok;
    }
    if (statuses->isEmpty()) {
        io.out << "no SLOs: add them to the workspace's \"monitoring\": {\"slos\": [...]} (see README, Monitoring)\n";
        return Ok;
    }
    for (const SloStatus &s : std::as_const(*statuses)) {
        const auto rate = [](const std::optional<double> &r) { return r ? QString::number(*r, 'f', 1) + QLatin1Char('x') : QStringLiteral("-"); };
        io.out << s.slo.name << ": " << s.slo.describe() << "\n";
        io.out << "  SLI " << percent(s.sli, 3) << " of " << qRound64(s.valid) << " calls; error budget left " << percent(s.budgetRemaining, 1)
               << "\n";
        io.out << "  burn rate 5m " << rate(s.burn5m.rate) << ", 30m " << rate(s.burn30m.rate) << ", 1h " << rate(s.burn1h.rate) << ", 6h "
               << rate(s.burn6h.rate) << " (fast alert above " << QString::number(s.slo.fastBurnThreshold(), 'f', 2) << ", slow above "
               << QString::number(s.slo.slowBurnThreshold(), 'f', 2) << ")\n";
        const QStringList open = firingOf(s.slo.name);
        io.out << "  " << (open.isEmpty() ? QStringLiteral("no alert firing") : QStringLiteral("firing: ") + open.join(QStringLiteral(", "))) << "\n";
    }
    return Ok;
}

int alerts(const std::shared_ptr<Database> &db, bool firingOnly, int limit, bool json, Io &io)
{
    auto list = monitor::AlertStore(db, QString()).history(limit, firingOnly);
    if (!list)
        return failed(io, list.error());
    if (json) {
        QJsonArray out;
        for (const Alert &a : std::as_const(*list))
            out.append(a.toJson());
        printJson(io, QJsonObject{{QStringLiteral("alerts"), out}});
        return Ok;
    }
    if (list->isEmpty()) {
        io.out << (firingOnly ? "no alert firing\n" : "no alerts yet\n");
        return Ok;
    }
    QList<QStringList> rows{
        {QStringLiteral("STARTED"), QStringLiteral("STATE"), QStringLiteral("FROM"), QStringLiteral("RULE"), QStringLiteral("MESSAGE")}};
    for (const Alert &a : std::as_const(*list)) {
        QString state = monitor::stateName(a.state);
        if (a.resolvedAt)
            state += QStringLiteral(" ") + QDateTime::fromMSecsSinceEpoch(*a.resolvedAt, Qt::UTC).toString(QStringLiteral("HH:mm"));
        rows.append({isoTime(a.startedAt), state, a.origin, a.rule, a.message});
    }
    printTable(io, rows);
    return Ok;
}

int testAlert(const std::shared_ptr<Database> &db, const monitor::MonitoringConfig &config, Io &io)
{
    if (!config.webhook.isSet()) {
        io.err << "switchboard-cli monitor: no webhook: set \"monitoring\": {\"webhook\": {\"url\": \"https://...\"}} in the workspace\n";
        return Failed;
    }
    QString url = config.webhook.url;
    if (SecretRef::parse(url)) {
        KeychainSecretStore secrets;
        auto resolved = SecretResolver(secrets).resolve(url);
        if (!resolved)
            return failed(io, resolved.error());
        url = *resolved;
    }
    monitor::WebhookNotifier hook(db, QUrl(url));
    QEventLoop loop;
    Expected<int> result = 0;
    hook.sendTest(&loop, [&](Expected<int> r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();
    if (!result)
        return failed(io, result.error());
    io.out << "the webhook at " << hook.host() << " answered HTTP " << *result << "\n";
    return Ok;
}

QJsonObject runJson(const monitor::CanaryRun &r)
{
    return QJsonObject{{QStringLiteral("model"), r.model},
                       {QStringLiteral("startedAt"), isoTime(r.startedAt)},
                       {QStringLiteral("prompts"), r.prompts},
                       {QStringLiteral("graded"), r.graded},
                       {QStringLiteral("passed"), r.passed},
                       {QStringLiteral("errors"), r.errors},
                       {QStringLiteral("skipped"), r.skipped},
                       {QStringLiteral("capped"), r.capped},
                       {QStringLiteral("passRate"), optionalJson(r.passRate())},
                       {QStringLiteral("latencyMsMean"), optionalJson(r.latencyMsMean)},
                       {QStringLiteral("costUsd"), r.costUsd},
                       {QStringLiteral("pValue"), optionalJson(r.pValue)}};
}

QString runLine(const monitor::CanaryRun &r)
{
    return QStringLiteral("  %1  %2 of %3 passed (%4), %5 errors, %6 skipped%7, mean %8 ms, $%9%10")
        .arg(r.model)
        .arg(r.passed)
        .arg(r.graded)
        .arg(percent(r.passRate(), 0))
        .arg(r.errors)
        .arg(r.skipped)
        .arg(r.capped ? QStringLiteral(" (cost cap)") : QString())
        .arg(ms(r.latencyMsMean))
        .arg(r.costUsd, 0, 'f', 6)
        .arg(r.pValue ? QStringLiteral(", drop test p = %1").arg(*r.pValue, 0, 'g', 3) : QString());
}

int canaryList(const std::shared_ptr<Database> &db, const monitor::MonitoringConfig &config, bool json, Io &io)
{
    monitor::CanaryStore store(db);
    QJsonArray out;
    for (const monitor::Canary &c : config.canaries) {
        QJsonArray last;
        if (!json)
            io.out << c.name << ": " << scheduleName(c.schedule) << (c.enabled ? "" : " (disabled)") << ", " << c.rows.size()
                   << " prompt(s), at most $" << QString::number(c.maxCostUsd) << " a run\n";
        for (const QString &model : c.models) {
            auto runs = store.trailing(c.name, model, 1);
            if (!runs)
                return failed(io, runs.error());
            if (runs->isEmpty()) {
                if (!json)
                    io.out << "  " << model << "  never ran\n";
                continue;
            }
            last.append(runJson(runs->first()));
            if (!json)
                io.out << runLine(runs->first()) << " at " << isoTime(runs->first().startedAt) << "\n";
        }
        out.append(QJsonObject{{QStringLiteral("name"), c.name},
                               {QStringLiteral("schedule"), scheduleName(c.schedule)},
                               {QStringLiteral("enabled"), c.enabled},
                               {QStringLiteral("models"), QJsonArray::fromStringList(c.models)},
                               {QStringLiteral("prompts"), int(c.rows.size())},
                               {QStringLiteral("maxCostUsd"), c.maxCostUsd},
                               {QStringLiteral("lastRuns"), last}});
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    else if (config.canaries.isEmpty())
        io.out << "no canaries: add them to \"monitoring\": {\"canaries\": [...]} in the workspace\n";
    return Ok;
}

// Runs it through the workspace's router (the keychain's keys), records it under the app's alert rules.
int canaryRun(const DataPaths &where, const Workspace &workspace, const monitor::Canary &canary, bool json, Io &io)
{
    auto engine = engine::Engine::open(where.dataDir, workspace, std::make_shared<KeychainSecretStore>());
    if (!engine)
        return failed(io, engine.error());
    engine::RouterHost host(*engine);
    monitor::CanaryRunner runner(host.router(), canary, {});
    QEventLoop loop;
    QObject::connect(&runner, &monitor::CanaryRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    monitor::CanaryStore store((*engine)->database());
    monitor::AlertStore alerts((*engine)->database(), QStringLiteral("app"));
    QJsonArray out;
    bool dropped = false;
    if (!json)
        io.out << canary.name << ":\n";
    for (const monitor::CanaryRun &run : runner.runs()) {
        auto verdict = store.record(canary, run, alerts, QDateTime::currentMSecsSinceEpoch());
        if (!verdict)
            return failed(io, verdict.error());
        dropped = dropped || verdict->test.drop;
        QJsonObject o = runJson(verdict->run);
        o.insert(QStringLiteral("drop"), verdict->test.drop);
        out.append(o);
        if (!json) {
            io.out << runLine(verdict->run) << "\n";
            if (verdict->raised)
                io.out << "  alert: " << verdict->raised->message << "\n";
            if (verdict->resolved)
                io.out << "  resolved: " << verdict->resolved->message << "\n";
        }
    }
    if (json)
        io.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("name"), canary.name}, {QStringLiteral("runs"), out}}).toJson(QJsonDocument::Indented));
    (void)(*engine)->ledger().flush();
    return dropped ? Failed : Ok;
}

} // namespace

int monitorCommand(const QStringList &args, Io &io)
{
    QCommandLineParser p;
    addDataOptions(p);
    addDatabaseOption(p);
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("status, slo, alerts, test-alert or canary (list, run NAME)"));
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    p.addOption(
        {QStringLiteral("since"), QStringLiteral("status: how far back (30m, 6h, 7d; default 1h, at most 90d)."), QStringLiteral("DURATION")});
    p.addOption({QStringLiteral("firing"), QStringLiteral("alerts: only those firing now.")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("alerts: at most N (default 50)."), QStringLiteral("N")});
    if (int rc = parseCommand(p, QStringLiteral("monitor"), args, io); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const bool canary = action == QLatin1String("canary")
        && ((pos.size() == 2 && pos.at(1) == QLatin1String("list")) || (pos.size() == 3 && pos.at(1) == QLatin1String("run")));
    if (!canary
        && (pos.size() != 1
            || !QStringList{QStringLiteral("status"), QStringLiteral("slo"), QStringLiteral("alerts"), QStringLiteral("test-alert")}.contains(
                action))) {
        io.err << kUsage;
        return Usage;
    }
    qint64 span = usage::kMsPerHour;
    if (p.isSet(QStringLiteral("since"))) {
        span = parseDuration(p.value(QStringLiteral("since")));
        if (span <= 0 || span > 90 * usage::kMsPerDay) {
            io.err << "switchboard-cli monitor: --since takes a duration like 30m, 6h or 7d, at most 90d\n";
            return Usage;
        }
    }
    int limit = 50;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            io.err << "switchboard-cli monitor: --limit takes a number above 0\n";
            return Usage;
        }
    }
    const DataPaths where = dataPaths(p);
    monitor::MonitoringConfig config;
    Workspace workspace;
    if (action == QLatin1String("slo") || action == QLatin1String("test-alert") || canary) {
        auto ws = WorkspaceFile::load(where.workspaceFile);
        if (!ws)
            return failed(io, ws.error());
        auto parsed = monitor::MonitoringConfig::ofWorkspace(*ws);
        if (!parsed)
            return failed(io, parsed.error());
        config = *parsed;
        workspace = *ws;
    }
    const bool json = p.isSet(QStringLiteral("json"));
    if (canary && pos.at(1) == QLatin1String("run")) {
        for (const monitor::Canary &c : std::as_const(config.canaries)) {
            if (c.name == pos.at(2))
                return canaryRun(where, workspace, c, json, io);
        }
        io.err << "switchboard-cli monitor: no canary \"" << pos.at(2) << "\" in the workspace ('monitor canary list' lists them)\n";
        return Failed;
    }
    auto db = Database::open(databaseLocation(p, where));
    if (!db)
        return failed(io, db.error());
    if (canary)
        return canaryList(*db, config, json, io);
    if (action == QLatin1String("status") || action == QLatin1String("slo")) {
        // the calls a serve or the app marked and has not added to the rollups yet (or left when killed) count too
        if (auto conn = (*db)->connection())
            (void)usage::flushMonitorMarkers(*conn);
    }
    if (action == QLatin1String("status"))
        return status(*db, span, json, io);
    if (action == QLatin1String("slo"))
        return slo(*db, config, json, io);
    if (action == QLatin1String("alerts"))
        return alerts(*db, p.isSet(QStringLiteral("firing")), limit, json, io);
    return testAlert(*db, config, io);
}

} // namespace sb::cli
