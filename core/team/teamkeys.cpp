#include "team/teamkeys.h"

#include "common/async.h"
#include "storage/database.h"

namespace sb::team {

namespace {

bool sameKey(const ActiveKey &a, const ActiveKey &b)
{
    return a.id == b.id && a.digest == b.digest && a.member == b.member && a.role == b.role && a.label == b.label
        && a.requestsPerMinute == b.requestsPerMinute;
}

} // namespace

TeamKeys::TeamKeys(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_snapshot(std::make_shared<const Snapshot>())
{
    connect(&m_timer, &QTimer::timeout, this, &TeamKeys::poll);
}

TeamKeys::~TeamKeys() = default;

Expected<TeamKeys::Loaded> TeamKeys::read(const std::shared_ptr<Database> &db, qint64 knownVersion)
{
    TeamStore store(db, QString());
    Loaded out;
    auto version = store.version();
    if (!version)
        return version.error();
    out.version = *version;
    if (out.version == knownVersion)
        return out;
    out.changed = true;
    auto members = store.hasMembers();
    if (!members)
        return members.error();
    out.active = *members;
    auto keys = store.activeKeys();
    if (!keys)
        return keys.error();
    out.keys = *keys;
    auto budgets = store.budgets();
    if (!budgets)
        return budgets.error();
    out.budgets = *budgets;
    return out;
}

Expected<void> TeamKeys::loadNow()
{
    auto loaded = read(m_db, version());
    if (!loaded)
        return loaded.error();
    apply(*loaded);
    return {};
}

void TeamKeys::startPolling(int pollMs)
{
    m_timer.start(qMax(10, pollMs));
}

void TeamKeys::poll()
{
    if (m_polling)
        return; // the last read is still waiting for the database
    m_polling = true;
    async::runThenCallback(
        this, [db = m_db, known = version()] { return read(db, known); },
        [this](const Expected<Loaded> &loaded) {
            m_polling = false;
            if (!loaded) {
                Q_EMIT failed(loaded.error().message);
                return;
            }
            apply(*loaded);
        });
}

void TeamKeys::apply(const Loaded &loaded)
{
    if (!loaded.changed)
        return;
    auto next = std::make_shared<Snapshot>();
    next->version = loaded.version;
    next->active = loaded.active;
    next->budgets = loaded.budgets;
    std::shared_ptr<const Snapshot> current;
    {
        QMutexLocker lock(&m_mutex);
        current = m_snapshot;
    }
    for (const ActiveKey &k : loaded.keys) {
        const ActiveKey *kept = current->byId.value(k.id);
        if (!kept || !sameKey(*kept, k)) {
            m_keys.push_back(std::make_unique<const ActiveKey>(k));
            kept = m_keys.back().get();
        }
        next->byId.insert(k.id, kept);
    }
    const int count = int(next->byId.size());
    {
        QMutexLocker lock(&m_mutex);
        m_snapshot = std::move(next);
    }
    Q_EMIT reloaded(loaded.version, count);
}

const ActiveKey *TeamKeys::find(QByteArrayView presented) const
{
    const std::optional<KeyParts> parts = parseKey(presented);
    if (!parts)
        return nullptr;
    std::shared_ptr<const Snapshot> snapshot;
    {
        QMutexLocker lock(&m_mutex);
        snapshot = m_snapshot;
    }
    const ActiveKey *key = snapshot->byId.value(parts->id);
    return key && sameDigest(key->digest, keyDigest(presented)) ? key : nullptr;
}

bool TeamKeys::active() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot->active;
}

qint64 TeamKeys::version() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot->version;
}

QList<usage::Budget> TeamKeys::budgets() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot->budgets;
}

int TeamKeys::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_snapshot->byId.size());
}

} // namespace sb::team
