#include "knowledge/vectorindex.h"

#include "common/logging.h"
#include "common/privatefiles.h"
#include "knowledge/store.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <hnswlib/hnswlib.h>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace sb::knowledge {

struct VectorIndexes::Entry {
    std::mutex sync; // one catch-up at a time
    mutable std::shared_mutex data; // searches share it, changes take it alone
    qint64 applied = -1; // the last kb_vector_log change contained; -1: not loaded
    int dims = 0;
    bool fromFile = false;
    // exact: the vectors one after another, their passages, and where each passage's vector is
    std::vector<float> flat;
    std::vector<qint64> labels;
    std::unordered_map<qint64, size_t> slot;
    // approximate
    std::unique_ptr<hnswlib::InnerProductSpace> space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> graph;
    qint64 live = 0; // searchable points of the graph
    qint64 unsaved = 0; // changes since the file was written
    QString file; // empty: nowhere to save (a database in memory)

    void clear()
    {
        applied = -1;
        dims = 0;
        fromFile = false;
        flat.clear();
        labels.clear();
        slot.clear();
        graph.reset();
        space.reset();
        live = 0;
        unsaved = 0;
    }
    qint64 count() const { return graph ? live : qint64(labels.size()); }
};

namespace {

struct Registry {
    mutable std::mutex lock;
    std::map<QString, std::shared_ptr<VectorIndexes::Entry>> entries;
    VectorIndexOptions options;
};

Registry &registry()
{
    static Registry r;
    return r;
}

QString keyOf(const QString &databasePath, qint64 collectionId, const QString &model)
{
    return databasePath + QLatin1Char('\n') + QString::number(collectionId) + QLatin1Char('\n') + model;
}

QString indexFile(const QString &databasePath, qint64 collectionId, const QString &model)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    const QByteArray hash = QCryptographicHash::hash(model.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("%1.index/c%2-%3.hnsw").arg(databasePath).arg(collectionId).arg(QString::fromLatin1(hash));
}

void decode(const QByteArray &blob, float *out, int dims)
{
    const auto *src = reinterpret_cast<const uchar *>(blob.constData());
    for (int i = 0; i < dims; ++i)
        out[i] = qFromLittleEndian<float>(src + i * sizeof(float));
}

float dot(const float *a, const float *b, int dims)
{
    float s = 0;
    for (int i = 0; i < dims; ++i)
        s += a[i] * b[i];
    return s;
}

Expected<qint64> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values, const QString &what)
{
    auto q = sql::run(db, statement, values, what);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

// The graph with room for `capacity` points.
void makeGraph(VectorIndexes::Entry &e, size_t capacity, const VectorIndexOptions &o)
{
    e.space = std::make_unique<hnswlib::InnerProductSpace>(size_t(e.dims));
    e.graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(e.space.get(), std::max<size_t>(capacity, 1024), size_t(o.m),
                                                                size_t(o.efConstruction));
    e.graph->setEf(size_t(o.efSearch));
    e.live = 0;
}

void growFor(VectorIndexes::Entry &e, size_t more)
{
    const size_t need = e.graph->cur_element_count + more;
    if (need > e.graph->max_elements_)
        e.graph->resizeIndex(std::max(need, e.graph->max_elements_ * 2));
}

// Adds or replaces a passage's vector; on a graph, labels already there are updated in place.
void put(VectorIndexes::Entry &e, qint64 chunkId, const float *v)
{
    if (e.graph) {
        const auto found = e.graph->label_lookup_.find(hnswlib::labeltype(chunkId));
        const bool wasLive = found != e.graph->label_lookup_.end() && !e.graph->isMarkedDeleted(found->second);
        growFor(e, 1);
        e.graph->addPoint(v, hnswlib::labeltype(chunkId));
        e.live += wasLive ? 0 : 1;
        return;
    }
    const auto it = e.slot.find(chunkId);
    if (it != e.slot.end()) {
        std::copy(v, v + e.dims, e.flat.begin() + qsizetype(it->second) * e.dims);
        return;
    }
    e.slot.emplace(chunkId, e.labels.size());
    e.labels.push_back(chunkId);
    e.flat.insert(e.flat.end(), v, v + e.dims);
}

void erase(VectorIndexes::Entry &e, qint64 chunkId)
{
    if (e.graph) {
        const auto found = e.graph->label_lookup_.find(hnswlib::labeltype(chunkId));
        if (found == e.graph->label_lookup_.end() || e.graph->isMarkedDeleted(found->second))
            return;
        e.graph->markDelete(hnswlib::labeltype(chunkId));
        --e.live;
        return;
    }
    const auto it = e.slot.find(chunkId);
    if (it == e.slot.end())
        return;
    // the last vector takes the removed one's place
    const size_t at = it->second;
    const size_t last = e.labels.size() - 1;
    if (at != last) {
        std::copy(e.flat.begin() + qsizetype(last) * e.dims, e.flat.begin() + qsizetype(last + 1) * e.dims, e.flat.begin() + qsizetype(at) * e.dims);
        e.labels[at] = e.labels[last];
        e.slot[e.labels[at]] = at;
    }
    e.labels.pop_back();
    e.flat.resize(e.labels.size() * size_t(e.dims));
    e.slot.erase(it);
}

// The flat vectors into a graph (the collection grew past exactBelow).
void toGraph(VectorIndexes::Entry &e, const VectorIndexOptions &o)
{
    std::vector<float> flat;
    std::vector<qint64> labels;
    flat.swap(e.flat);
    labels.swap(e.labels);
    e.slot.clear();
    makeGraph(e, labels.size() + labels.size() / 4, o);
    // one thread: hnswlib 0.6.2 (Debian 12) predates its fixes for parallel inserts
    for (size_t i = 0; i < labels.size(); ++i)
        e.graph->addPoint(flat.data() + i * size_t(e.dims), hnswlib::labeltype(labels[i]));
    e.live = qint64(labels.size());
    e.unsaved = e.live;
}

} // namespace

VectorIndexes &VectorIndexes::shared()
{
    static VectorIndexes indexes;
    return indexes;
}

void VectorIndexes::setOptions(const VectorIndexOptions &options)
{
    std::lock_guard guard(registry().lock);
    registry().options = options;
    // how far a query looks applies to the graphs in memory too
    for (auto &[key, e] : registry().entries) {
        std::unique_lock write(e->data);
        if (e->graph)
            e->graph->setEf(size_t(options.efSearch));
    }
}

VectorIndexOptions VectorIndexes::options() const
{
    std::lock_guard guard(registry().lock);
    return registry().options;
}

namespace {

// Every vector of the collection and model from SQLite, and the log position they include (read in
// one transaction so nothing falls between the two).
Expected<void> buildFromDatabase(const QSqlDatabase &db, VectorIndexes::Entry &e, qint64 collectionId, const QString &model,
                                 const VectorIndexOptions &o)
{
    QSqlDatabase conn = db;
    if (!conn.transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot read the vectors: %1").arg(conn.lastError().text()));
    auto seq = scalar(conn, QStringLiteral("SELECT coalesce(max(seq), 0) FROM kb_vector_log"), {}, QStringLiteral("cannot read the vector log"));
    if (!seq) {
        conn.rollback();
        return seq.error();
    }
    auto q = sql::run(conn,
                      QStringLiteral("SELECT v.chunk_id, v.vector FROM kb_vectors v JOIN kb_chunks c ON c.id = v.chunk_id "
                                     "WHERE c.collection_id = ? AND v.model = ?"),
                      {collectionId, model}, QStringLiteral("cannot read the vectors"));
    if (!q) {
        conn.rollback();
        return q.error();
    }
    std::vector<float> flat;
    std::vector<qint64> labels;
    int dims = 0;
    while (q->next()) {
        const QByteArray blob = q->value(1).toByteArray();
        const int d = int(blob.size() / qsizetype(sizeof(float)));
        if (dims == 0)
            dims = d;
        if (d != dims || d == 0)
            continue; // storeVectors keeps one size per model; a stray one cannot be searched
        labels.push_back(q->value(0).toLongLong());
        flat.resize(flat.size() + size_t(dims));
        decode(blob, flat.data() + flat.size() - size_t(dims), dims);
    }
    q->finish();
    conn.commit();
    e.dims = dims;
    e.flat.swap(flat);
    e.labels.swap(labels);
    e.slot.clear();
    for (size_t i = 0; i < e.labels.size(); ++i)
        e.slot.emplace(e.labels[i], i);
    e.applied = *seq;
    e.fromFile = false;
    if (qint64(e.labels.size()) >= o.exactBelow && dims > 0)
        toGraph(e, o);
    e.unsaved = e.graph ? e.live : 0;
    return {};
}

bool loadFile(VectorIndexes::Entry &e, const QString &file, int dims, qint64 applied, const VectorIndexOptions &o)
{
    if (file.isEmpty() || !QFileInfo::exists(file) || dims <= 0)
        return false;
    try {
        auto space = std::make_unique<hnswlib::InnerProductSpace>(size_t(dims));
        auto graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(space.get(), file.toStdString());
        if (graph->data_size_ != size_t(dims) * sizeof(float))
            return false;
        graph->setEf(size_t(o.efSearch));
        // hnswlib 0.6.2's loading constructor leaves num_deleted_ uninitialised before counting into
        // it (AddressSanitizer's malloc fill showed it): counted again here
        size_t deleted = 0;
        for (size_t i = 0; i < graph->cur_element_count; ++i)
            deleted += graph->isMarkedDeleted(hnswlib::tableint(i)) ? 1 : 0;
        graph->num_deleted_ = deleted;
        e.clear();
        e.dims = dims;
        e.live = qint64(graph->cur_element_count - deleted);
        e.space = std::move(space);
        e.graph = std::move(graph);
        e.applied = applied;
        e.fromFile = true;
        return true;
    } catch (const std::exception &ex) {
        qCWarning(lcKnowledge) << "the vector index" << file << "cannot be read, rebuilding it:" << ex.what();
        return false;
    }
}

// Writes the graph (to a new file renamed over the old one) and records what it contains; then prunes
// the log up to the oldest saved index of the model.
Expected<void> save(const QSqlDatabase &db, VectorIndexes::Entry &e, qint64 collectionId, const QString &model)
{
    if (!e.graph || e.file.isEmpty())
        return {};
    // the vectors say much of what the passages say: private like the database
    if (auto made = privatefiles::createDirectory(QFileInfo(e.file).absolutePath()); !made)
        return made.error();
    const QString temporary = e.file + QStringLiteral(".part");
    QFile::remove(temporary);
    if (auto made = privatefiles::secureFile(temporary, true); !made)
        return made.error();
    try {
        e.graph->saveIndex(temporary.toStdString());
    } catch (const std::exception &ex) {
        QFile::remove(temporary);
        return Error::make(Error::Kind::Io, QStringLiteral("cannot save the vector index %1: %2").arg(e.file, QString::fromUtf8(ex.what())));
    }
    QFile::remove(e.file);
    if (!QFile::rename(temporary, e.file))
        return Error::make(Error::Kind::Io, QStringLiteral("cannot save the vector index %1").arg(e.file));
    auto saved = sql::run(db,
                          QStringLiteral("INSERT INTO kb_ann(collection_id, model, file, applied_seq, dims, count) VALUES (?, ?, ?, ?, ?, ?) "
                                         "ON CONFLICT(collection_id, model) DO UPDATE SET file = excluded.file, "
                                         "applied_seq = excluded.applied_seq, dims = excluded.dims, count = excluded.count"),
                          {collectionId, model, e.file, e.applied, e.dims, e.live}, QStringLiteral("cannot record the vector index"));
    if (!saved)
        return saved.error();
    e.unsaved = 0;
    auto oldest = scalar(db, QStringLiteral("SELECT coalesce(min(applied_seq), 0) FROM kb_ann WHERE model = ?"), {model},
                         QStringLiteral("cannot prune the vector log"));
    if (!oldest || *oldest <= 0)
        return {};
    auto pruned = sql::run(db, QStringLiteral("DELETE FROM kb_vector_log WHERE model = ? AND seq <= ?"), {model, *oldest},
                           QStringLiteral("cannot prune the vector log"));
    if (!pruned)
        return pruned.error();
    auto marked = sql::run(db,
                           QStringLiteral("INSERT INTO kb_vector_log_pruned(model, through) VALUES (?, ?) "
                                          "ON CONFLICT(model) DO UPDATE SET through = max(through, excluded.through)"),
                           {model, *oldest}, QStringLiteral("cannot prune the vector log"));
    if (!marked)
        return marked.error();
    return {};
}

// Brings the entry up to date with the database: loads or builds it when it is not loaded or older
// than what the log still has, then applies the log's changes since.
Expected<void> catchUp(const QSqlDatabase &db, const QString &databasePath, VectorIndexes::Entry &e, qint64 collectionId, const QString &model,
                       const VectorIndexOptions &o)
{
    std::lock_guard sync(e.sync);
    auto pruned = scalar(db, QStringLiteral("SELECT coalesce(max(through), 0) FROM kb_vector_log_pruned WHERE model = ?"), {model},
                         QStringLiteral("cannot read the vector log"));
    if (!pruned)
        return pruned.error();
    if (e.applied < 0 || e.applied < *pruned) {
        std::unique_lock write(e.data);
        e.clear();
        e.file = indexFile(databasePath, collectionId, model);
        auto ann = sql::run(db, QStringLiteral("SELECT file, applied_seq, dims FROM kb_ann WHERE collection_id = ? AND model = ?"),
                            {collectionId, model}, QStringLiteral("cannot read the vector index record"));
        if (!ann)
            return ann.error();
        bool loaded = false;
        if (ann->next() && ann->value(1).toLongLong() >= *pruned)
            loaded = loadFile(e, ann->value(0).toString(), ann->value(2).toInt(), ann->value(1).toLongLong(), o);
        ann->finish();
        if (!loaded) {
            if (auto built = buildFromDatabase(db, e, collectionId, model, o); !built)
                return built;
            if (e.graph) {
                if (auto saved = save(db, e, collectionId, model); !saved)
                    qCWarning(lcKnowledge) << saved.error().message;
            }
        }
    }
    auto changes = sql::run(db,
                            QStringLiteral("SELECT l.seq, l.chunk_id, l.op, v.vector FROM kb_vector_log l "
                                           "LEFT JOIN kb_vectors v ON l.op = 'add' AND v.chunk_id = l.chunk_id AND v.model = l.model "
                                           "LEFT JOIN kb_chunks c ON c.id = l.chunk_id "
                                           "WHERE l.model = ? AND l.seq > ? AND (l.op = 'del' OR c.collection_id = ?) ORDER BY l.seq"),
                            {model, e.applied, collectionId}, QStringLiteral("cannot read the vector log"));
    if (!changes)
        return changes.error();
    std::vector<float> v;
    std::unique_lock<std::shared_mutex> write(e.data, std::defer_lock);
    qint64 applied = e.applied;
    while (changes->next()) {
        if (!write.owns_lock())
            write.lock();
        applied = changes->value(0).toLongLong();
        const qint64 chunkId = changes->value(1).toLongLong();
        if (changes->value(2).toString() == QLatin1String("del")) {
            erase(e, chunkId);
            ++e.unsaved;
            continue;
        }
        const QByteArray blob = changes->value(3).toByteArray();
        if (blob.isEmpty())
            continue; // removed again since: its 'del' follows
        const int d = int(blob.size() / qsizetype(sizeof(float)));
        if (e.dims == 0)
            e.dims = d;
        if (d != e.dims)
            continue;
        v.resize(size_t(d));
        decode(blob, v.data(), d);
        put(e, chunkId, v.data());
        ++e.unsaved;
    }
    changes->finish();
    if (!write.owns_lock())
        return {};
    e.applied = applied;
    if (!e.graph && e.count() >= o.exactBelow)
        toGraph(e, o);
    // a graph with many deleted points still walks them: rebuilt once they are a fifth of it, or as
    // the exact index when few points are left
    const bool stale = e.graph && (qint64(e.graph->num_deleted_) * 5 > qint64(e.graph->cur_element_count) || e.live < o.exactBelow / 2);
    write.unlock();
    if (stale) {
        std::unique_lock rebuild(e.data);
        const QString file = e.file;
        e.clear();
        e.file = file;
        if (auto built = buildFromDatabase(db, e, collectionId, model, o); !built)
            return built;
        if (!e.graph) {
            QFile::remove(file);
            auto forgot = sql::run(db, QStringLiteral("DELETE FROM kb_ann WHERE collection_id = ? AND model = ?"), {collectionId, model},
                                   QStringLiteral("cannot record the vector index"));
            if (!forgot)
                return forgot.error();
        }
    }
    if (e.graph && e.unsaved >= std::max<qint64>(1000, e.live / 100)) {
        std::shared_lock read(e.data);
        if (auto saved = save(db, e, collectionId, model); !saved)
            qCWarning(lcKnowledge) << saved.error().message;
    }
    return {};
}

std::shared_ptr<VectorIndexes::Entry> entryFor(const QString &key)
{
    std::lock_guard guard(registry().lock);
    auto &slot = registry().entries[key];
    if (!slot)
        slot = std::make_shared<VectorIndexes::Entry>();
    return slot;
}

} // namespace

Expected<void> VectorIndexes::prepare(const QSqlDatabase &db, const QString &databasePath, qint64 collectionId, const QString &model)
{
    auto e = entryFor(keyOf(databasePath, collectionId, model));
    return catchUp(db, databasePath, *e, collectionId, model, options());
}

Expected<QList<VectorHit>> VectorIndexes::search(const QSqlDatabase &db, const QString &databasePath, qint64 collectionId, const QString &model,
                                                 const std::vector<float> &unitQuery, int limit)
{
    auto e = entryFor(keyOf(databasePath, collectionId, model));
    if (auto ok = catchUp(db, databasePath, *e, collectionId, model, options()); !ok)
        return ok.error();
    std::shared_lock read(e->data);
    QList<VectorHit> hits;
    if (e->count() == 0)
        return hits;
    if (int(unitQuery.size()) != e->dims)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("the collection's vectors have %1 dimensions, the query's %2: embed the query with the collection's model")
                               .arg(e->dims)
                               .arg(unitQuery.size()));
    const size_t k = size_t(std::max(1, limit));
    if (e->graph) {
        auto found = e->graph->searchKnn(unitQuery.data(), std::min<size_t>(k, size_t(e->live)));
        hits.resize(qsizetype(found.size()));
        for (qsizetype i = hits.size() - 1; i >= 0; --i) { // the queue holds the farthest on top
            hits[i] = VectorHit{qint64(found.top().second), 1.0 - double(found.top().first)};
            found.pop();
        }
        return hits;
    }
    hits.reserve(qsizetype(e->labels.size()));
    for (size_t i = 0; i < e->labels.size(); ++i)
        hits << VectorHit{e->labels[i], double(dot(e->flat.data() + i * size_t(e->dims), unitQuery.data(), e->dims))};
    const qsizetype keep = std::min<qsizetype>(hits.size(), qsizetype(k));
    std::partial_sort(hits.begin(), hits.begin() + keep, hits.end(),
                      [](const VectorHit &a, const VectorHit &b) { return a.similarity > b.similarity; });
    hits.resize(keep);
    return hits;
}

std::optional<VectorIndexes::Info> VectorIndexes::info(const QString &databasePath, qint64 collectionId, const QString &model) const
{
    std::shared_ptr<Entry> e;
    {
        std::lock_guard guard(registry().lock);
        const auto it = registry().entries.find(keyOf(databasePath, collectionId, model));
        if (it == registry().entries.end())
            return std::nullopt;
        e = it->second;
    }
    std::shared_lock read(e->data);
    if (e->applied < 0)
        return std::nullopt;
    return Info{bool(e->graph), e->fromFile, e->count(), e->applied};
}

void VectorIndexes::release(const QString &databasePath)
{
    releasePrefix(databasePath + QLatin1Char('\n'));
}

void VectorIndexes::release(const QString &databasePath, qint64 collectionId)
{
    releasePrefix(databasePath + QLatin1Char('\n') + QString::number(collectionId) + QLatin1Char('\n'));
}

void VectorIndexes::releasePrefix(const QString &prefix)
{
    std::lock_guard guard(registry().lock);
    for (auto it = registry().entries.begin(); it != registry().entries.end();) {
        if (it->first.startsWith(prefix))
            it = registry().entries.erase(it);
        else
            ++it;
    }
}

} // namespace sb::knowledge
