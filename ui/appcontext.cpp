#include "appcontext.h"

#include "common/paths.h"

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

AppContext::~AppContext() = default;

QString AppContext::workspacePath() const
{
    return paths::workspaceFile(m_dataDirectory);
}

Expected<void> AppContext::openDatabase()
{
    if (!QDir().mkpath(m_dataDirectory))
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

Expected<void> AppContext::replaceWorkspace(const Workspace &workspace)
{
    auto saved = WorkspaceFile::save(workspace, workspacePath());
    if (!saved)
        return saved.error();
    m_workspace = workspace;
    Q_EMIT workspaceChanged();
    return {};
}

} // namespace sb::ui
