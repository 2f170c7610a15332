#pragma once

#include "common/expected.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace sb::knowledge {

struct VectorHit;

struct VectorIndexOptions {
    // Exact search (every vector, in memory) under this many vectors: as fast as a graph there and
    // never wrong. From here on an HNSW graph (hnswlib), persisted beside the database.
    int exactBelow = 20000;
    int m = 16; // graph degree
    int efConstruction = 100;
    int efSearch = 128; // candidates a query looks at: recall against time
};

// The vectors of each (collection, embedding model) held in memory for search, shared by every
// KnowledgeStore of the process. Each index follows the database through kb_vector_log (triggers
// on kb_vectors): a search first applies what changed since the index was built or last caught up,
// which costs one indexed query when nothing did. Large indexes are HNSW graphs saved to a file
// beside the database (<database>.index/) and loaded on first use; a missing, unreadable or stale
// file is rebuilt from the vectors in SQLite. Safe from any thread: searches run in parallel, a
// catch-up excludes them only while it changes the index.
class VectorIndexes final
{
public:
    static VectorIndexes &shared();

    void setOptions(const VectorIndexOptions &options); // efSearch at once, the others for indexes built after
    VectorIndexOptions options() const;

    // Nearest passages by cosine similarity to a unit-length query, best first.
    [[nodiscard]] Expected<QList<VectorHit>> search(const QSqlDatabase &db, const QString &databasePath, qint64 collectionId, const QString &model,
                                                    const std::vector<float> &unitQuery, int limit);
    // Builds, loads or catches up now (after embedding) so that the next search does not wait.
    [[nodiscard]] Expected<void> prepare(const QSqlDatabase &db, const QString &databasePath, qint64 collectionId, const QString &model);

    struct Info {
        bool approximate = false; // an HNSW graph (else exact)
        bool loadedFromFile = false;
        qint64 vectors = 0; // searchable
        qint64 appliedSeq = 0; // the last change of kb_vector_log it contains
    };
    std::optional<Info> info(const QString &databasePath, qint64 collectionId, const QString &model) const;
    // Forgets the indexes held for a database (its files stay): the next search loads or rebuilds.
    void release(const QString &databasePath);
    void release(const QString &databasePath, qint64 collectionId); // a collection that is removed

    struct Entry;

private:
    VectorIndexes() = default;
    void releasePrefix(const QString &prefix);
};

} // namespace sb::knowledge
