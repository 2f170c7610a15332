#include "appcontext.h"

#include "common/paths.h"
#include "common/privatefiles.h"
#include "engine/engine.h"
#include "proxy/proxyserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace sb::ui {

AppContext::AppContext(QString dataDirectory, std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_secrets(std::move(secrets))
    , m_workspace(WorkspaceFile::defaults())
{
}

AppContext::~AppContext()
{
    m_canaries.reset(); // its runs route through the GUI thread's router
    m_monitor.reset(); // waits for an evaluation in progress
    m_proxy.reset(); // its threads route through the engine
    m_host.reset(); // before the engine: the router holds references into it
}

Expected<void> AppContext::startEngine()
{
    m_canaries.reset();
    m_monitor.reset(); // it reads the engine's database
    m_proxy.reset();
    m_host.reset();
    m_engine.reset();
    m_engineProblem.clear();
    auto engine = engine::Engine::open(m_dataDirectory, m_workspace, m_secrets);
    if (!engine && engine.error().kind == Error::Kind::Validation) {
        m_engineProblem = engine.error().message;
        Workspace bare = m_workspace;
        bare.routes = {};
        bare.virtualModels = {};
        bare.budgets = {};
        bare.modelOverrides = {};
        engine = engine::Engine::open(m_dataDirectory, bare, m_secrets);
    }
    if (!engine)
        return engine.error();
    m_engine = *engine;
    m_host = std::make_unique<engine::RouterHost>(m_engine);
    m_proxy = std::make_unique<proxy::ProxyServer>();
    if (m_workspace.proxy.enabled) {
        // a failure (port taken, key missing) is shown on the Proxy page, not fatal
        (void)m_proxy->start(m_engine, m_workspace.proxy);
    }
    // a new engine has a new database handle: a new evaluator on it (whoever watches it looks again)
    m_monitor.reset();
    monitor::MonitorService::Options monitorOptions = m_monitorOptions;
    monitorOptions.health = &m_engine->health(); // SLOs that ask for it demote their model in routing
    m_monitor = std::make_unique<monitor::MonitorService>(m_engine->database(), m_engine->monitoring(), monitorOptions);
    m_monitor->start();
    monitor::CanaryService::Options canaryOptions;
    canaryOptions.schedule = m_monitorOptions.schedule;
    canaryOptions.clock = m_monitorOptions.clock;
    m_canaries = std::make_unique<monitor::CanaryService>(m_engine->database(), m_host->router(), m_engine->monitoring().canaries, canaryOptions);
    m_canaries->start();
    return {};
}

QString AppContext::workspacePath() const
{
    return paths::workspaceFile(m_dataDirectory);
}

Expected<void> AppContext::openDatabase()
{
    if (!privatefiles::createDirectory(m_dataDirectory))
        return Error::make(Error::Kind::Io, tr("Cannot create the data directory %1.").arg(QDir::toNativeSeparators(m_dataDirectory)));
    auto db = Database::open(paths::databaseFile(m_dataDirectory));
    if (!db)
        return db.error();
    m_database = *db;
    return {};
}

Expected<void> AppContext::loadWorkspace()
{
    auto ws = WorkspaceFile::loadOrCreate(workspacePath());
    if (!ws)
        return ws.error();
    m_workspace = *ws;
    Q_EMIT workspaceChanged();
    return {};
}

Expected<QString> AppContext::setAsideBrokenWorkspace()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = workspacePath() + QStringLiteral(".broken-") + stamp;
    if (QFile::exists(workspacePath()) && !QFile::rename(workspacePath(), aside))
        return Error::make(Error::Kind::Io, tr("Cannot rename %1.").arg(QDir::toNativeSeparators(workspacePath())));
    auto loaded = loadWorkspace();
    if (!loaded)
        return loaded.error();
    return aside;
}

Expected<void> AppContext::checkWorkspace(const Workspace &workspace) const
{
    if (const QStringList problems = workspace.validate(); !problems.isEmpty())
        return Error::make(Error::Kind::Validation, problems.join(QLatin1Char('\n')));
    return engine::Engine::check(workspace);
}

Expected<void> AppContext::replaceWorkspace(const Workspace &workspace)
{
    if (auto valid = checkWorkspace(workspace); !valid)
        return valid.error();
    auto saved = WorkspaceFile::save(workspace, workspacePath());
    if (!saved)
        return saved.error();
    m_workspace = workspace;
    if (m_engine) {
        (void)m_engine->setWorkspace(workspace); // checked above
        m_engineProblem.clear();
        if (m_monitor) {
            m_monitor->setConfig(m_engine->monitoring());
            m_monitor->evaluateNow();
        }
        if (m_canaries)
            m_canaries->setCanaries(m_engine->monitoring().canaries);
    }
    Q_EMIT workspaceChanged();
    return {};
}

} // namespace sb::ui
