#pragma once

#include "catalog/catalog.h"
#include "common/expected.h"
#include "monitor/config.h"
#include "router/health.h"
#include "router/router.h"
#include "router/routingconfig.h"
#include "storage/secretstore.h"
#include "storage/workspace.h"
#include "usage/budgets.h"
#include "usage/reservations.h"
#include "usage/retention.h"

#include <QMutex>

#include <memory>

class QNetworkAccessManager;

namespace sb {
class Database;
}
namespace sb::usage {
class Ledger;
}
namespace sb::providers {
class DirectTransport;
class ProviderRegistry;
} // namespace sb::providers

namespace sb::engine {

using router::HealthTracker;
using router::Router;
using router::RoutingConfig;

// What every caller of the router shares, whatever its thread: the database, the ledger, budgets,
// health, the catalog with the workspace's overrides, and the routing configuration. The GUI, the
// proxy threads and the CLI each build one RouterHost on top of it.
class Engine
{
public:
    // Opens (and migrates) the database in dataDirectory, starts the ledger, seeds the budgets.
    // `database` names another one instead (Database::open: a file, or a team's PostgreSQL server as
    // postgresql://USER@HOST:PORT/DATABASE).
    [[nodiscard]] static Expected<std::shared_ptr<Engine>> open(const QString &dataDirectory, const Workspace &workspace,
                                                                std::shared_ptr<SecretStore> secrets, const QString &database = {});
    ~Engine();
    Q_DISABLE_COPY_MOVE(Engine)

    // Checks and applies a new workspace: routing, budgets and model overrides must be valid.
    [[nodiscard]] Expected<void> setWorkspace(const Workspace &workspace);
    // The team's budgets per member (team::TeamKeys::budgets, from the team's database), applied besides
    // the workspace's; one of these replaces a workspace budget of the same scope, target and period.
    void setTeamBudgets(QList<usage::Budget> budgets);
    QList<usage::Budget> teamBudgets() const;
    // Whether a workspace's routing, budgets and overrides are valid (without applying it).
    [[nodiscard]] static Expected<void> check(const Workspace &workspace);

    Workspace workspace() const;
    RoutingConfig routing() const;
    catalog::Catalog catalog() const;
    monitor::MonitoringConfig monitoring() const; // the workspace's SLOs, monitors and webhook, validated
    quint64 generation() const; // increases with every setWorkspace
    std::shared_ptr<Database> database() const { return m_database; }
    usage::Ledger &ledger() const { return *m_ledger; }
    usage::BudgetTracker &budgets() const { return *m_budgets; }
    // Reserve-then-settle of hard budgets, shared on the database with other processes.
    usage::BudgetReservations &reservations() const { return *m_reservations; }
    bool reservationsEnabled() const { return m_reservationsEnabled; }
    // The ledger's retention (the workspace's "retention" section), run at start and hourly.
    usage::LedgerMaintenance &maintenance() const { return *m_maintenance; }
    HealthTracker &health() { return m_health; }
    std::shared_ptr<SecretStore> secrets() const { return m_secrets; }

private:
    Engine() = default;
    struct Parsed {
        RoutingConfig routing;
        catalog::Catalog catalog;
        QList<usage::Budget> budgets;
        monitor::MonitoringConfig monitoring;
        usage::RetentionSettings retention;
    };
    [[nodiscard]] static Expected<Parsed> parse(const Workspace &workspace);
    void applyBudgetsLocked();

    mutable QMutex m_mutex;
    Workspace m_workspace;
    RoutingConfig m_routing;
    catalog::Catalog m_catalog;
    monitor::MonitoringConfig m_monitoring;
    quint64 m_generation = 0;
    QList<usage::Budget> m_workspaceBudgets;
    QList<usage::Budget> m_teamBudgets;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<usage::BudgetTracker> m_budgets;
    std::unique_ptr<usage::Ledger> m_ledger;
    std::unique_ptr<usage::BudgetReservations> m_reservations; // goes before the tracker and the ledger
    bool m_reservationsEnabled = true;
    std::unique_ptr<usage::LedgerMaintenance> m_maintenance;
    HealthTracker m_health;
    std::shared_ptr<SecretStore> m_secrets;
};

// One thread's router: its own network manager and provider registry over the shared Engine.
// Call refresh() after the workspace changed (cheap when nothing did).
class RouterHost
{
public:
    RouterHost(std::shared_ptr<Engine> engine, providers::Timeouts timeouts = {});
    // network: the manager the providers' calls go through (null: a DirectHttpManager of its own, as the
    // first constructor makes); direct (may be null): a transport that sends plain-http calls itself
    // (the proxy threads' DirectHttpManager, which is usually `network` too).
    RouterHost(std::shared_ptr<Engine> engine, providers::Timeouts timeouts, std::unique_ptr<QNetworkAccessManager> network,
               providers::DirectTransport *direct);
    ~RouterHost();
    Q_DISABLE_COPY_MOVE(RouterHost)

    Router &router();
    providers::ProviderRegistry &registry();
    QNetworkAccessManager &network();
    void refresh();

private:
    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<providers::ProviderRegistry> m_registry;
    std::unique_ptr<Router> m_router;
    quint64 m_generation = 0;
};

} // namespace sb::engine
