#include "engine/engine.h"

#include "common/logging.h"
#include "common/paths.h"
#include "monitor/routinghistory.h"
#include "providers/registry.h"
#include "proxy/directhttp.h"
#include "storage/database.h"
#include "usage/budgets.h"
#include "usage/ledger.h"
#include "usage/queries.h"

#include <QDateTime>
#include <QNetworkAccessManager>

#include <algorithm>

namespace sb::engine {

namespace {

// The routing markers of the Monitor charts: a failure to record one is logged, never in the way.
void recordRouting(const Database &database, const Workspace &workspace)
{
    const auto recorded = monitor::recordRouting(database, monitor::RoutingConfig::of(workspace.routes, workspace.virtualModels),
                                                 QDateTime::currentMSecsSinceEpoch());
    if (!recorded)
        qCWarning(lcMonitor).noquote() << "cannot record the routing change:" << recorded.error().message;
}

} // namespace

Expected<Engine::Parsed> Engine::parse(const Workspace &ws)
{
    QStringList ids;
    for (const ProviderConfig &p : ws.providers)
        ids << p.id;
    auto routing = RoutingConfig::fromJson(ws.routes, ws.virtualModels, ids);
    if (!routing)
        return routing.error();
    auto cat = catalog::Catalog::builtIn().withOverrides(ws.modelOverrides);
    if (!cat)
        return cat.error();
    auto budgets = usage::Budget::listFromJson(ws.budgets);
    if (!budgets)
        return budgets.error();
    auto monitoring = monitor::MonitoringConfig::ofWorkspace(ws);
    if (!monitoring)
        return monitoring.error();
    auto retention = usage::RetentionSettings::fromJson(ws.retention);
    if (!retention)
        return retention.error();
    return Parsed{*routing, *cat, *budgets, *monitoring, *retention};
}

Expected<void> Engine::check(const Workspace &workspace)
{
    auto parsed = parse(workspace);
    if (!parsed)
        return parsed.error();
    return {};
}

Expected<std::shared_ptr<Engine>> Engine::open(const QString &dataDirectory, const Workspace &workspace, std::shared_ptr<SecretStore> secrets,
                                               const QString &database)
{
    auto parsed = parse(workspace);
    if (!parsed)
        return parsed.error();
    auto db = Database::open(database.isEmpty() ? paths::databaseFile(dataDirectory) : database);
    if (!db)
        return db.error();
    std::shared_ptr<Engine> e(new Engine);
    e->m_workspace = workspace;
    e->m_routing = parsed->routing;
    e->m_catalog = parsed->catalog;
    e->m_monitoring = parsed->monitoring;
    e->m_database = *db;
    e->m_secrets = std::move(secrets);
    e->m_workspaceBudgets = parsed->budgets;
    e->m_budgets = std::make_unique<usage::BudgetTracker>(parsed->budgets);
    auto seeded = e->m_budgets->seed(usage::UsageQueries(e->m_database));
    if (!seeded)
        return seeded.error();
    usage::Ledger::Options ledgerOptions;
    // For the proxy benchmark's comparison only (bench/proxy): answers before their rows are on disk,
    // as before group commit; a crash then loses the last answered calls' rows.
    if (qEnvironmentVariable("SWITCHBOARD_LEDGER_GROUP_COMMIT") == QLatin1String("0")) {
        ledgerOptions.groupCommit = false;
        qCWarning(lcUsage) << "ledger: group commit is off (SWITCHBOARD_LEDGER_GROUP_COMMIT=0): answers go out before their rows are on disk";
    }
    // For benchmarks and profilers only (bench/workflow): the deferred monitoring rollups' interval, 0 for
    // every batch as before (under valgrind, a run ~20 times slower flushes ~20 times fewer calls at a time)
    if (const QString ms = qEnvironmentVariable("SWITCHBOARD_LEDGER_ROLLUP_MS"); !ms.isEmpty())
        ledgerOptions.rollupIntervalMs = std::max(0, ms.toInt());
    e->m_ledger = std::make_unique<usage::Ledger>(e->m_database, ledgerOptions);
    // no call before it is known whether its row can be written (a read-only file, a lock held elsewhere)
    e->m_ledger->waitForWriteCheck();
    e->m_ledger->setBudgetTracker(e->m_budgets.get());
    // For the budget benchmark's comparison only (bench/budget): hard limits checked against spend
    // alone, as before reservations; concurrent calls then overspend them.
    if (qEnvironmentVariable("SWITCHBOARD_BUDGET_RESERVATIONS") == QLatin1String("0")) {
        e->m_reservationsEnabled = false;
        qCWarning(lcUsage) << "budgets: reservations are off (SWITCHBOARD_BUDGET_RESERVATIONS=0): concurrent calls may overspend hard limits";
    }
    e->m_reservations = std::make_unique<usage::BudgetReservations>(e->m_database, *e->m_budgets, usage::BudgetReservations::Options{});
    // reclaims what a process that stopped without settling left reserved
    // (a database that takes no writes now is the ledger's to report; calls under hard budgets are
    // refused meanwhile, saying why)
    if (auto started = e->m_reservations->start(); !started)
        qCWarning(lcUsage) << "budgets: cannot take a lease on the database:" << started.error().message;
    // the ledger's retention and (PostgreSQL) its partitions of the months ahead: now and hourly
    e->m_maintenance = std::make_unique<usage::LedgerMaintenance>(e->m_database, parsed->retention, usage::LedgerMaintenance::Options{});
    if (!parsed->retention.keepsAll() || e->m_database->dialect() == Database::Dialect::PostgreSql)
        e->m_maintenance->start();
    recordRouting(*e->m_database, workspace);
    return e;
}

Engine::~Engine()
{
    m_maintenance.reset(); // waits for a run in progress
    if (m_ledger) {
        m_ledger->stop(); // flushes
        m_ledger->setBudgetTracker(nullptr);
    }
}

Expected<void> Engine::setWorkspace(const Workspace &workspace)
{
    auto parsed = parse(workspace);
    if (!parsed)
        return parsed.error();
    QMutexLocker lock(&m_mutex);
    const bool routingChanged = workspace.routes != m_workspace.routes || workspace.virtualModels != m_workspace.virtualModels;
    m_workspace = workspace;
    m_routing = parsed->routing;
    m_catalog = parsed->catalog;
    m_monitoring = parsed->monitoring;
    ++m_generation;
    m_workspaceBudgets = parsed->budgets;
    applyBudgetsLocked();
    const bool startMaintenance = m_maintenance && m_maintenance->settings().keepsAll() && !parsed->retention.keepsAll()
        && m_database->dialect() == Database::Dialect::Sqlite; // not running yet: it had nothing to do
    if (m_maintenance)
        m_maintenance->setSettings(parsed->retention);
    lock.unlock();
    if (startMaintenance)
        m_maintenance->start();
    if (routingChanged)
        recordRouting(*m_database, workspace);
    return {};
}

void Engine::setTeamBudgets(QList<usage::Budget> budgets)
{
    QMutexLocker lock(&m_mutex);
    if (budgets == m_teamBudgets)
        return;
    m_teamBudgets = std::move(budgets);
    applyBudgetsLocked();
}

QList<usage::Budget> Engine::teamBudgets() const
{
    QMutexLocker lock(&m_mutex);
    return m_teamBudgets;
}

void Engine::applyBudgetsLocked()
{
    QList<usage::Budget> all;
    for (const usage::Budget &b : std::as_const(m_workspaceBudgets)) {
        const bool replaced = std::any_of(m_teamBudgets.cbegin(), m_teamBudgets.cend(), [&b](const usage::Budget &t) {
            return t.scope == b.scope && t.target == b.target && t.period == b.period;
        });
        if (!replaced)
            all << b;
    }
    all << m_teamBudgets;
    m_budgets->setBudgets(all);
}

Workspace Engine::workspace() const
{
    QMutexLocker lock(&m_mutex);
    return m_workspace;
}

RoutingConfig Engine::routing() const
{
    QMutexLocker lock(&m_mutex);
    return m_routing;
}

catalog::Catalog Engine::catalog() const
{
    QMutexLocker lock(&m_mutex);
    return m_catalog;
}

monitor::MonitoringConfig Engine::monitoring() const
{
    QMutexLocker lock(&m_mutex);
    return m_monitoring;
}

quint64 Engine::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

RouterHost::RouterHost(std::shared_ptr<Engine> engine, providers::Timeouts timeouts)
    : RouterHost(std::move(engine), timeouts, nullptr, nullptr)
{
}

RouterHost::RouterHost(std::shared_ptr<Engine> engine, providers::Timeouts timeouts, std::unique_ptr<QNetworkAccessManager> network,
                       providers::DirectTransport *direct)
    : m_engine(std::move(engine))
    , m_nam(std::move(network))
{
    if (!m_nam) {
        // The app's, the CLI's and the workflow runner's calls take the proxy's plain-http path too: a
        // call to a local model or gateway through Qt's HTTP thread costs far more CPU (bench/workflow).
        auto own = std::make_unique<proxy::DirectHttpManager>();
        direct = own.get();
        m_nam = std::move(own);
    }
    m_registry = std::make_unique<providers::ProviderRegistry>(m_engine->workspace(), SecretResolver(*m_engine->secrets()), *m_nam, timeouts, direct);
    m_router = std::make_unique<Router>(*m_registry, m_engine->health(), m_engine->catalog(), &m_engine->ledger(), &m_engine->budgets());
    m_router->setConfig(m_engine->routing());
    if (m_engine->reservationsEnabled())
        m_router->setReservations(&m_engine->reservations());
    m_generation = m_engine->generation();
}

RouterHost::~RouterHost() = default;

void RouterHost::refresh()
{
    if (m_generation == m_engine->generation())
        return;
    m_generation = m_engine->generation();
    m_registry->setWorkspace(m_engine->workspace());
    m_router->setCatalog(m_engine->catalog());
    m_router->setConfig(m_engine->routing());
}

Router &RouterHost::router()
{
    refresh();
    return *m_router;
}

providers::ProviderRegistry &RouterHost::registry()
{
    return *m_registry;
}

QNetworkAccessManager &RouterHost::network()
{
    return *m_nam;
}

} // namespace sb::engine
