#pragma once

#include "common/async.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace sb::knowledge {

class Ingestor;

// Watches the folders collections imported and has the Ingestor import what changed: new, modified,
// deleted and renamed files (a rename is a removal and an import whose passages keep their vectors,
// see KnowledgeStore::replaceDocument). Changes come in bursts (a checkout, an editor's save), so a
// sync waits until none has come for the debounce time, then compares the folders with what was
// imported (size and time) on the Ingestor's worker. Directories are watched, and the files in them
// up to kMaxWatchedFiles (beyond that an edit in place is seen on the next sync of its folder).
class FolderWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderWatcher)

public:
    // Runs `then` after `delayMs` on `context`'s thread unless the context is gone first. Default: a
    // single-shot QTimer; tests keep the callbacks and run them when they choose.
    using Schedule = async::Schedule;
    static constexpr int kDebounceMs = 1500;
    static constexpr int kMaxWatchedFiles = 8192;

    explicit FolderWatcher(Ingestor &ingestor, QObject *parent = nullptr);
    ~FolderWatcher() override;

    void setSchedule(Schedule schedule);
    void setDebounceMs(int ms) { m_debounceMs = ms; }

    // Watches a collection's folders; a first sync imports what changed while nobody watched.
    void watch(qint64 collectionId, const QStringList &folders);
    void unwatch(qint64 collectionId);
    QStringList watchedPaths() const;

Q_SIGNALS:
    void changeSeen(qint64 collectionId, const QString &path); // a sync follows after the debounce
    void syncing(qint64 collectionId); // the sync is queued on the Ingestor

private:
    void onChange(const QString &path);
    void arm(qint64 collectionId);
    void sync(qint64 collectionId);
    void rewatch(); // the directories and files under the roots, walked off this thread

    Ingestor &m_ingestor;
    QFileSystemWatcher m_fs;
    Schedule m_schedule;
    int m_debounceMs = kDebounceMs;
    QHash<qint64, QStringList> m_roots;
    QHash<qint64, quint64> m_generation; // the latest change per collection: older timers do nothing
    quint64 m_rewatchGeneration = 0;
};

} // namespace sb::knowledge
