#include "common/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace sb::paths {

QString defaultDataDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Switchboard"));
}

QString workspaceFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("workspace.json"));
}

QString databaseFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("switchboard.sqlite"));
}

} // namespace sb::paths
