#pragma once

#include "common/expected.h"
#include "monitor/canaryservice.h"
#include "monitor/service.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "storage/workspace.h"

namespace sb::engine {
class Engine;
class RouterHost;
} // namespace sb::engine
namespace sb::proxy {
class ProxyServer;
}

#include <QObject>

#include <memory>

namespace sb::ui {

// What every page shares: the data directory, its database, the workspace and the secret store.
// Lives on the GUI thread.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    AppContext(QString dataDirectory, std::shared_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~AppContext() override;

    // Opens the database (migrating it) and loads or creates the workspace file.
    [[nodiscard]] Expected<void> openDatabase();
    [[nodiscard]] Expected<void> loadWorkspace();
    // Starts the router, ledger and budgets (after loadWorkspace). When the workspace's routing or budgets
    // are invalid the engine starts without them and engineProblem() says why (the Routing page shows it).
    [[nodiscard]] Expected<void> startEngine();
    QString engineProblem() const { return m_engineProblem; }
    std::shared_ptr<engine::Engine> engine() const { return m_engine; }
    // The GUI thread's router (nullptr before startEngine).
    engine::RouterHost *routerHost() const { return m_host.get(); }
    // The local proxy (nullptr before startEngine); started by startEngine when the workspace says so.
    proxy::ProxyServer *proxyServer() const { return m_proxy.get(); }
    // The evaluator of the workspace's SLOs and monitors (nullptr before startEngine): started by
    // startEngine (a new one with each engine), evaluating every minute; a workspace change reaches it at once.
    monitor::MonitorService *monitorService() const { return m_monitor.get(); }
    // The workspace's quality canaries on their schedules, through the GUI thread's router (nullptr
    // before startEngine); it takes the evaluator's timer and clock (setMonitorOptions).
    monitor::CanaryService *canaryService() const { return m_canaries.get(); }
    // Before startEngine: the evaluator's interval, timer and clock (tests).
    void setMonitorOptions(monitor::MonitorService::Options options) { m_monitorOptions = std::move(options); }
    // When the workspace file is broken: moves it aside (nothing is deleted) and starts from defaults.
    [[nodiscard]] Expected<QString> setAsideBrokenWorkspace();

    QString dataDirectory() const { return m_dataDirectory; }
    QString workspacePath() const;
    const Workspace &workspace() const { return m_workspace; }
    // Whether the workspace could replace the current one (shape and routing), without changing anything.
    [[nodiscard]] Expected<void> checkWorkspace(const Workspace &workspace) const;
    // Saves atomically; on failure the current workspace stays as it was.
    [[nodiscard]] Expected<void> replaceWorkspace(const Workspace &workspace);
    std::shared_ptr<Database> database() const { return m_database; }
    std::shared_ptr<SecretStore> secrets() const { return m_secrets; }

Q_SIGNALS:
    void workspaceChanged();

private:
    QString m_dataDirectory;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<Database> m_database;
    Workspace m_workspace;
    std::shared_ptr<engine::Engine> m_engine;
    std::unique_ptr<engine::RouterHost> m_host;
    std::unique_ptr<proxy::ProxyServer> m_proxy;
    monitor::MonitorService::Options m_monitorOptions;
    std::unique_ptr<monitor::MonitorService> m_monitor;
    std::unique_ptr<monitor::CanaryService> m_canaries;
    QString m_engineProblem;
};

} // namespace sb::ui
