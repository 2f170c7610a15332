#include "knowledge/watcher.h"

#include "common/async.h"
#include "knowledge/ingest.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QSet>

namespace sb::knowledge {

namespace {

bool under(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

// The directories under the roots (hidden ones left out, as imports do) and their files, up to a cap.
QStringList watchable(const QStringList &roots, int maxFiles)
{
    QStringList dirs;
    QStringList files;
    for (const QString &root : roots) {
        if (!QFileInfo(root).isDir())
            continue;
        dirs << root;
        QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (relative.startsWith(QLatin1Char('.')) || relative.contains(QStringLiteral("/.")))
                continue;
            if (it.fileInfo().isDir())
                dirs << path;
            else if (files.size() < maxFiles)
                files << path;
        }
    }
    return dirs + files;
}

} // namespace

FolderWatcher::FolderWatcher(Ingestor &ingestor, QObject *parent)
    : QObject(parent)
    , m_ingestor(ingestor)
    , m_schedule(async::timerSchedule())
{
    connect(&m_fs, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::onChange);
    connect(&m_fs, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::onChange);
}

FolderWatcher::~FolderWatcher() = default;

void FolderWatcher::setSchedule(Schedule schedule)
{
    m_schedule = std::move(schedule);
}

void FolderWatcher::watch(qint64 collectionId, const QStringList &folders)
{
    QStringList roots;
    for (const QString &f : folders)
        roots << QDir(f).absolutePath();
    m_roots.insert(collectionId, roots);
    rewatch();
    sync(collectionId);
}

void FolderWatcher::unwatch(qint64 collectionId)
{
    m_roots.remove(collectionId);
    m_generation.remove(collectionId);
    rewatch();
}

QStringList FolderWatcher::watchedPaths() const
{
    return m_fs.directories() + m_fs.files();
}

void FolderWatcher::onChange(const QString &path)
{
    for (auto it = m_roots.constBegin(); it != m_roots.constEnd(); ++it) {
        for (const QString &root : it.value()) {
            if (under(path, root)) {
                Q_EMIT changeSeen(it.key(), path);
                arm(it.key());
                break;
            }
        }
    }
}

void FolderWatcher::arm(qint64 collectionId)
{
    const quint64 generation = ++m_generation[collectionId];
    m_schedule(m_debounceMs, this, [this, collectionId, generation] {
        if (m_generation.value(collectionId) != generation)
            return; // a later change: its own timer syncs
        sync(collectionId);
        rewatch(); // new folders and files
    });
}

void FolderWatcher::sync(qint64 collectionId)
{
    if (!m_roots.contains(collectionId))
        return;
    Q_EMIT syncing(collectionId);
    m_ingestor.sync(collectionId, m_roots.value(collectionId));
    m_ingestor.start();
}

void FolderWatcher::rewatch()
{
    QStringList roots;
    for (const QStringList &r : std::as_const(m_roots))
        roots << r;
    const quint64 generation = ++m_rewatchGeneration;
    async::runThenCallback(
        this, [roots] { return watchable(roots, kMaxWatchedFiles); },
        [this, generation](const QStringList &paths) {
            if (generation != m_rewatchGeneration)
                return; // a newer walk is on its way
            const QSet<QString> wanted(paths.begin(), paths.end());
            QStringList gone;
            for (const QString &p : watchedPaths()) {
                if (!wanted.contains(p))
                    gone << p;
            }
            if (!gone.isEmpty())
                m_fs.removePaths(gone);
            const QStringList current = watchedPaths();
            const QSet<QString> have(current.begin(), current.end());
            QStringList added;
            for (const QString &p : paths) {
                if (!have.contains(p))
                    added << p;
            }
            if (!added.isEmpty())
                m_fs.addPaths(added);
        });
}

} // namespace sb::knowledge
