#pragma once

#include "common/expected.h"
#include "team/teamstore.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace sb {
class Database;
}

namespace sb::team {

// The team keys a serve accepts (and the members' budgets), read from the database and kept in memory: checking a presented key
// costs a hash lookup, not a query. The serve polls team_state.version (one row) every pollMs on a
// worker thread and reloads the keys only when it moved, so a key made, revoked or rotated by any
// admin on any server works (or stops working) everywhere within one poll. While the database cannot
// be read the keys last read stay in force and failed() says why.
//
// find() is thread-safe (the proxy threads call it); the object lives on the thread that polls.
class TeamKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamKeys)

public:
    explicit TeamKeys(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~TeamKeys() override;

    // Reads the keys now, on the calling thread (serve's start).
    [[nodiscard]] Expected<void> loadNow();
    void startPolling(int pollMs = 1000);

    // The key whose value was presented (compared in constant time), or nullptr. The object stays valid
    // as long as this TeamKeys: reloads keep the objects of keys that did not change.
    const ActiveKey *find(QByteArrayView presented) const;
    // The team has members: serve requires a key (a team key or a workspace proxy key) for every call.
    bool active() const;
    qint64 version() const;
    int size() const;
    // The members' budgets of the team's database (TeamStore::budgets), read with the keys: what the
    // serve's Engine applies besides the workspace's (ProxyServer does on every reload).
    QList<usage::Budget> budgets() const;

Q_SIGNALS:
    void reloaded(qint64 version, int keys);
    void failed(const QString &message);

private:
    struct Snapshot {
        qint64 version = -1;
        bool active = false;
        QHash<QString, const ActiveKey *> byId;
        QList<usage::Budget> budgets;
    };
    struct Loaded {
        qint64 version = 0;
        bool changed = false;
        bool active = false;
        QList<ActiveKey> keys;
        QList<usage::Budget> budgets;
    };
    static Expected<Loaded> read(const std::shared_ptr<Database> &db, qint64 knownVersion);
    void apply(const Loaded &loaded);
    void poll();

    std::shared_ptr<Database> m_db;
    QTimer m_timer;
    bool m_polling = false; // a read is under way
    mutable QMutex m_mutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::vector<std::unique_ptr<const ActiveKey>> m_keys; // every key object handed out, for find()'s pointers
};

} // namespace sb::team
