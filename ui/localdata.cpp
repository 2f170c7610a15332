#include "localdata.h"

#include "appsettings.h"
#include "common/paths.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sb::ui::localdata {

QStringList keychainEntries(const Workspace &workspace)
{
    // every reference, wherever a section keeps it (providers, proxy keys, the network proxy's password)
    static const QRegularExpression reference(QStringLiteral("\"keychain:([^\"\\\\]+)\""));
    QStringList names;
    const QString json = QString::fromUtf8(workspace.toJson());
    for (auto it = reference.globalMatch(json); it.hasNext();)
        names << it.next().captured(1);
    names.removeDuplicates();
    return names;
}

QStringList dataFiles(const QString &dataDirectory)
{
    const QString database = paths::databaseFile(dataDirectory);
    const QString workspace = paths::workspaceFile(dataDirectory);
    QStringList candidates{database,
                           database + QStringLiteral("-wal"),
                           database + QStringLiteral("-shm"),
                           database + QStringLiteral("-journal"),
                           database + QStringLiteral(".index"), // the knowledge base's vector indexes
                           workspace};
    // the workspace's set-aside copies (workspace.json.broken-STAMP) and an interrupted save
    const QFileInfo ws(workspace);
    const QStringList asides = ws.dir().entryList({ws.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : asides)
        candidates << ws.dir().filePath(name);
    QStringList out;
    for (const QString &path : std::as_const(candidates)) {
        if (QFileInfo::exists(path))
            out << path;
    }
    return out;
}

void request(QSettings &settings, const QString &dataDirectory)
{
    AppSettings(settings).set(AppSettings::Key::ClearDataPending, dataDirectory);
    settings.sync();
}

bool isRequested(QSettings &settings)
{
    return !AppSettings(settings).get(AppSettings::Key::ClearDataPending).toString().isEmpty();
}

Expected<QStringList> clearIfRequested(QSettings &settings)
{
    const QString dir = AppSettings(settings).get(AppSettings::Key::ClearDataPending).toString();
    if (dir.isEmpty())
        return QStringList();
    const QStringList files = dataFiles(dir);
    for (const QString &path : files) {
        const QFileInfo info(path);
        const bool removed = info.isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
        if (!removed)
            return Error::make(
                Error::Kind::Io,
                QObject::tr("Cannot remove %1: close the programs that use it, then start Switchboard again.").arg(QDir::toNativeSeparators(path)));
    }
    settings.clear(); // the request with them
    settings.sync();
    qCInfo(lcUi) << "cleared the local data of" << dir << ":" << files.size() << "files";
    return files;
}

} // namespace sb::ui::localdata
