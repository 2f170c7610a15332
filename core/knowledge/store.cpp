#include "knowledge/store.h"

#include "knowledge/vectorindex.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace sb::knowledge {

namespace {

QString stringsToJson(const QStringList &globs)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(globs)).toJson(QJsonDocument::Compact));
}

QStringList stringsFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

Document::Status documentStatus(const QString &name)
{
    if (name == QLatin1String("skipped"))
        return Document::Status::Skipped;
    if (name == QLatin1String("failed"))
        return Document::Status::Failed;
    return Document::Status::Ok;
}

Job::State jobState(const QString &name)
{
    static const QStringList names{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("paused"),
                                   QStringLiteral("done"),   QStringLiteral("failed"),  QStringLiteral("cancelled")};
    return Job::State(std::max<qsizetype>(0, names.indexOf(name)));
}

QString kindName(Job::Kind kind)
{
    return kind == Job::Kind::Remove ? QStringLiteral("remove") : QStringLiteral("import");
}

const char *kCollectionColumns
    = "id, name, description, embed_model, chunk_tokens, chunk_overlap, include_globs, exclude_globs, created_at, updated_at, embed_model_next, "
      "ocr_language, watch, rerank_model, rerank_candidates";

Collection collectionFrom(const QSqlQuery &q)
{
    Collection c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.description = q.value(2).toString();
    c.embedModel = q.value(3).toString();
    c.chunkTokens = q.value(4).toInt();
    c.chunkOverlap = q.value(5).toInt();
    c.include = stringsFromJson(q.value(6).toString());
    c.exclude = stringsFromJson(q.value(7).toString());
    c.createdAt = q.value(8).toLongLong();
    c.updatedAt = q.value(9).toLongLong();
    c.embedModelNext = q.value(10).toString();
    c.ocrLanguage = q.value(11).toString();
    c.watch = q.value(12).toBool();
    c.rerankModel = q.value(13).toString();
    c.rerankCandidates = q.value(14).toInt();
    return c;
}

const char *kDocumentColumns = "id, source, kind, content_hash, size, modified_at, status, error, chunks, tokens, imported_at";

Document documentFrom(const QSqlQuery &q)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.source = q.value(1).toString();
    d.kind = q.value(2).toString();
    d.contentHash = q.value(3).toString();
    d.size = q.value(4).toLongLong();
    d.modifiedAt = q.value(5).toLongLong();
    d.status = documentStatus(q.value(6).toString());
    d.error = q.value(7).toString();
    d.chunks = q.value(8).toInt();
    d.tokens = q.value(9).toInt();
    d.importedAt = q.value(10).toLongLong();
    return d;
}

Passage passageFrom(const QSqlQuery &q)
{
    Passage p;
    p.chunkId = q.value(0).toLongLong();
    p.source = q.value(1).toString();
    p.heading = q.value(2).toString();
    p.text = q.value(3).toString();
    p.page = q.value(4).toInt();
    p.start = q.value(5).toLongLong();
    p.end = q.value(6).toLongLong();
    return p;
}

// What creating and changing a collection both check: the passage size, the overlap, the OCR
// language (empty: the default), the number of passages a rerank model sees.
Expected<void> checkSettings(const Collection &c)
{
    if (c.chunkTokens < 50 || c.chunkTokens > 8000)
        return Error::make(Error::Kind::Validation, QStringLiteral("passages must be 50 to 8000 tokens long, not %1").arg(c.chunkTokens));
    if (c.chunkOverlap < 0 || c.chunkOverlap >= c.chunkTokens)
        return Error::make(Error::Kind::Validation, QStringLiteral("the overlap must be under the passage size (%1)").arg(c.chunkTokens));
    static const QRegularExpression codes(QStringLiteral("^[a-z_]{3,16}(\\+[a-z_]{3,16})*$"));
    if (!c.ocrLanguage.trimmed().isEmpty() && !codes.match(c.ocrLanguage.trimmed()).hasMatch())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("\"%1\" is not an OCR language: Tesseract's codes, joined by +, like deu or eng+fra").arg(c.ocrLanguage));
    if (c.rerankCandidates < 2 || c.rerankCandidates > 50)
        return Error::make(Error::Kind::Validation, QStringLiteral("a rerank model sees 2 to 50 passages, not %1").arg(c.rerankCandidates));
    return {};
}

QString ocrLanguage(const Collection &c)
{
    return c.ocrLanguage.trimmed().isEmpty() ? QStringLiteral("eng") : c.ocrLanguage.trimmed();
}

// Columns: id, collection_id, kind, source, state, error, attempts.
Job jobFrom(const QSqlQuery &q)
{
    Job j;
    j.id = q.value(0).toLongLong();
    j.collectionId = q.value(1).toLongLong();
    j.kind = q.value(2).toString() == QLatin1String("remove") ? Job::Kind::Remove : Job::Kind::Import;
    j.source = q.value(3).toString();
    j.state = jobState(q.value(4).toString());
    j.error = q.value(5).toString();
    j.attempts = q.value(6).toInt();
    return j;
}

// Words that occur in most passages of a language: they cost a scan of nearly the whole index and
// add almost nothing to BM25's ranking (their inverse document frequency is near zero). English and
// German, the languages the app ships in.
bool isStopWord(const QString &lowered)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *list[] = {// English
                              "a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could",
                              "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is",
                              "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she", "should", "so", "some", "than", "that", "the",
                              "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "us", "was", "we", "were", "what",
                              "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you", "your",
                              // German
                              "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "da", "das", "dass", "dem", "den", "der", "des",
                              "die", "doch", "du", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "für", "hat", "ich", "ihr", "im",
                              "in", "ist", "ja", "kann", "man", "mit", "nach", "nicht", "noch", "nur", "oder", "sich", "sie", "sind", "so", "um",
                              "und", "von", "vor", "war", "was", "wie", "wir", "wird", "wo", "zu", "zum", "zur"};
        for (const char *w : list)
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words.contains(lowered);
}

// FTS5 ranks every passage an OR query matches before it cuts (about a microsecond each: bm25()
// reads each one's length), so a query with a common word costs a pass over much of the index. A
// search therefore ranks its rarest words' passages, up to this many, and scores the other words
// only where they meet those (see KnowledgeStore::searchText).
constexpr int kRankBudget = 5000;

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// What a passage's vector is made from (chunksWithoutVector() sends the same).
QString embeddedText(const QString &heading, const QString &text)
{
    return heading.isEmpty() ? text : heading + QStringLiteral("\n\n") + text;
}

QByteArray textHash(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).left(16);
}

// (chunk id, rank) rows of a ranking query
Expected<QList<std::pair<qint64, double>>> rankedRows(Expected<QSqlQuery> &q)
{
    if (!q)
        return q.error();
    QList<std::pair<qint64, double>> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toDouble()});
    return rows;
}

// How deep this thread is in KnowledgeStore::inTransaction (its connection is the thread's own).
thread_local int t_transactionDepth = 0;

// A savepoint inside the caller's transaction (KnowledgeStore::inTransaction), else a transaction of
// its own (PostgreSQL refuses a SAVEPOINT outside a transaction; SQLite would start one). Rolled back
// unless released.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase &db)
        : m_db(db)
        , m_nested(t_transactionDepth > 0)
    {
    }
    ~Savepoint()
    {
        if (m_open)
            rollback();
    }
    Q_DISABLE_COPY_MOVE(Savepoint)

    Expected<void> begin()
    {
        if (!m_nested) {
            if (auto ok = sql::beginWrite(m_db); !ok)
                return ok;
        } else if (auto ok = exec(QStringLiteral("SAVEPOINT kb_write")); !ok) {
            return ok;
        }
        m_open = true;
        return {};
    }
    Expected<void> release()
    {
        m_open = false;
        if (!m_nested)
            return m_db.commit() ? Expected<void>() : Expected<void>(sql::commitFailure(m_db));
        return exec(QStringLiteral("RELEASE kb_write"));
    }
    void rollback()
    {
        m_open = false;
        if (!m_nested) {
            m_db.rollback();
            return;
        }
        (void)exec(QStringLiteral("ROLLBACK TO kb_write"));
        (void)exec(QStringLiteral("RELEASE kb_write"));
    }

private:
    Expected<void> exec(const QString &statement)
    {
        QSqlQuery q(m_db);
        if (!q.exec(statement))
            return Error::make(Error::Kind::Database, q.lastError().text());
        return {};
    }
    QSqlDatabase &m_db;
    const bool m_nested;
    bool m_open = false;
};

} // namespace

QStringList searchTerms(const QString &query)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList terms;
    QStringList stop;
    for (auto it = word.globalMatch(query); it.hasNext();) {
        const QString w = it.next().captured(0);
        QStringList &into = isStopWord(w.toLower()) ? stop : terms;
        const QString quoted = QLatin1Char('"') + w + QLatin1Char('"');
        if (!into.contains(quoted))
            into << quoted;
    }
    return terms.isEmpty() ? stop : terms;
}

QString statusName(Document::Status status)
{
    switch (status) {
    case Document::Status::Ok: return QStringLiteral("ok");
    case Document::Status::Skipped: return QStringLiteral("skipped");
    case Document::Status::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("ok");
}

QString stateName(Job::State state)
{
    switch (state) {
    case Job::State::Queued: return QStringLiteral("queued");
    case Job::State::Running: return QStringLiteral("running");
    case Job::State::Paused: return QStringLiteral("paused");
    case Job::State::Done: return QStringLiteral("done");
    case Job::State::Failed: return QStringLiteral("failed");
    case Job::State::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("queued");
}

KnowledgeStore::KnowledgeStore(std::shared_ptr<Database> database, std::function<qint64()> clockMs)
    : m_db(std::move(database))
    , m_clock(clockMs ? std::move(clockMs) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

Expected<qint64> KnowledgeStore::createCollection(const Collection &c)
{
    const QString name = c.name.trimmed();
    static const QRegularExpression valid(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}$"));
    if (!valid.match(name).hasMatch())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("\"%1\" is not a collection name: use letters, digits, spaces, dots, dashes and underscores, "
                                          "starting with a letter or digit (at most 100)")
                               .arg(name));
    if (auto ok = checkSettings(c); !ok)
        return ok.error();
    const QString ocrLanguage = knowledge::ocrLanguage(c);
    auto db = m_db->connection();
    if (!db)
        return db.error();
    if (auto existing = collection(name); existing)
        return Error::make(Error::Kind::Validation, QStringLiteral("a collection named \"%1\" exists already").arg(name));
    const qint64 now = m_clock();
    auto q = sql::run(*db,
                      QStringLiteral("INSERT INTO kb_collections(name, description, embed_model, chunk_tokens, chunk_overlap, include_globs, "
                                     "exclude_globs, created_at, updated_at, ocr_language, watch, rerank_model, rerank_candidates) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {name, sql::nonNull(c.description), sql::nonNull(c.embedModel.trimmed()), c.chunkTokens, c.chunkOverlap,
                       stringsToJson(c.include), stringsToJson(c.exclude), now, now, ocrLanguage, c.watch ? 1 : 0,
                       sql::nonNull(c.rerankModel.trimmed()), c.rerankCandidates},
                      QStringLiteral("cannot create the collection"));
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Expected<void> KnowledgeStore::updateCollection(const Collection &c)
{
    if (auto ok = checkSettings(c); !ok)
        return ok;
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(
        *db,
        QStringLiteral("UPDATE kb_collections SET description = ?, embed_model = ?, embed_model_next = ?, chunk_tokens = ?, "
                       "chunk_overlap = ?, include_globs = ?, exclude_globs = ?, updated_at = ?, ocr_language = ?, watch = ?, rerank_model = ?, "
                       "rerank_candidates = ? WHERE id = ?"),
        {sql::nonNull(c.description), sql::nonNull(c.embedModel.trimmed()), sql::nonNull(c.embedModelNext.trimmed()), c.chunkTokens, c.chunkOverlap,
         stringsToJson(c.include), stringsToJson(c.exclude), m_clock(), ocrLanguage(c), c.watch ? 1 : 0, sql::nonNull(c.rerankModel.trimmed()),
         c.rerankCandidates, c.id},
        QStringLiteral("cannot change the collection"));
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no collection with id %1").arg(c.id));
    return {};
}

Expected<bool> KnowledgeStore::promoteNextModel(qint64 collectionId)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    // one statement: searches see the old model or the new one, never a mix
    auto q = sql::run(
        *db,
        QStringLiteral("UPDATE kb_collections SET embed_model = embed_model_next, embed_model_next = '', updated_at = ? "
                       "WHERE id = ? AND embed_model_next <> '' AND NOT EXISTS (SELECT 1 FROM kb_chunks c WHERE c.collection_id = ? "
                       "AND NOT EXISTS (SELECT 1 FROM kb_vectors v WHERE v.chunk_id = c.id AND v.model = kb_collections.embed_model_next))"),
        {m_clock(), collectionId, collectionId}, QStringLiteral("cannot switch the embedding model"));
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Expected<void> KnowledgeStore::removeCollection(qint64 id)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto files = sql::run(*db, QStringLiteral("SELECT file FROM kb_ann WHERE collection_id = ?"), {id},
                          QStringLiteral("cannot remove the collection"));
    if (!files)
        return files.error();
    QStringList indexFiles;
    while (files->next())
        indexFiles << files->value(0).toString();
    files->finish();
    auto q = sql::run(*db, QStringLiteral("DELETE FROM kb_collections WHERE id = ?"), {id}, QStringLiteral("cannot remove the collection"));
    if (!q)
        return q.error();
    VectorIndexes::shared().release(m_db->path(), id);
    for (const QString &file : std::as_const(indexFiles))
        QFile::remove(file);
    return {};
}

Expected<QList<Collection>> KnowledgeStore::collections() const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT %1 FROM kb_collections ORDER BY name").arg(QLatin1String(kCollectionColumns)), {},
                      QStringLiteral("cannot list the collections"));
    if (!q)
        return q.error();
    QList<Collection> out;
    while (q->next())
        out << collectionFrom(*q);
    return out;
}

Expected<Collection> KnowledgeStore::collection(const QString &name) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT %1 FROM kb_collections WHERE name = ?").arg(QLatin1String(kCollectionColumns)), {name.trimmed()},
                      QStringLiteral("cannot read the collection"));
    if (!q)
        return q.error();
    if (q->next())
        return collectionFrom(*q);
    QStringList names;
    if (auto all = collections()) {
        for (const Collection &c : *all)
            names << c.name;
    }
    return Error::make(Error::Kind::NotFound,
                       names.isEmpty() ? QStringLiteral("no collection named \"%1\" (there are none yet)").arg(name)
                                       : QStringLiteral("no collection named \"%1\" (there are: %2)").arg(name, names.join(QStringLiteral(", "))));
}

Expected<Collection> KnowledgeStore::collection(qint64 id) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT %1 FROM kb_collections WHERE id = ?").arg(QLatin1String(kCollectionColumns)), {id},
                      QStringLiteral("cannot read the collection"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no collection with id %1").arg(id));
    return collectionFrom(*q);
}

Expected<CollectionStats> KnowledgeStore::stats(qint64 collectionId) const
{
    auto c = collection(collectionId);
    if (!c)
        return c.error();
    auto db = m_db->connection();
    if (!db)
        return db.error();
    CollectionStats s;
    auto docs = sql::run(*db,
                         QStringLiteral("SELECT count(*), coalesce(sum(status <> 'ok'), 0), coalesce(sum(chunks), 0), coalesce(sum(tokens), 0) "
                                        "FROM kb_documents WHERE collection_id = ?"),
                         {collectionId}, QStringLiteral("cannot count the documents"));
    if (!docs)
        return docs.error();
    if (docs->next()) {
        s.documents = docs->value(0).toInt();
        s.failed = docs->value(1).toInt();
        s.chunks = docs->value(2).toInt();
        s.tokens = docs->value(3).toLongLong();
    }
    if (!c->embedModel.isEmpty()) {
        auto v = sql::run(
            *db, QStringLiteral("SELECT count(*) FROM kb_vectors v JOIN kb_chunks c ON c.id = v.chunk_id WHERE c.collection_id = ? AND v.model = ?"),
            {collectionId, c->embedModel}, QStringLiteral("cannot count the vectors"));
        if (!v)
            return v.error();
        if (v->next())
            s.vectors = v->value(0).toInt();
    }
    auto jobs = sql::run(*db, QStringLiteral("SELECT state, count(*) FROM kb_jobs WHERE collection_id = ? GROUP BY state"), {collectionId},
                         QStringLiteral("cannot count the jobs"));
    if (!jobs)
        return jobs.error();
    while (jobs->next()) {
        const Job::State state = jobState(jobs->value(0).toString());
        const int n = jobs->value(1).toInt();
        if (state == Job::State::Queued || state == Job::State::Running)
            s.queued += n;
        else if (state == Job::State::Paused)
            s.paused += n;
        else if (state == Job::State::Failed)
            s.failedJobs += n;
    }
    return s;
}

Expected<std::optional<Document>> KnowledgeStore::document(qint64 collectionId, const QString &source) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT %1 FROM kb_documents WHERE collection_id = ? AND source = ?").arg(QLatin1String(kDocumentColumns)),
                      {collectionId, source}, QStringLiteral("cannot read the document"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Document>{};
    return std::optional<Document>{documentFrom(*q)};
}

Expected<QList<Document>> KnowledgeStore::documents(qint64 collectionId) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT %1 FROM kb_documents WHERE collection_id = ? ORDER BY source").arg(QLatin1String(kDocumentColumns)),
                      {collectionId}, QStringLiteral("cannot list the documents"));
    if (!q)
        return q.error();
    QList<Document> out;
    while (q->next())
        out << documentFrom(*q);
    return out;
}

Expected<QStringList> KnowledgeStore::texts(const QString &statement, const QVariantList &values, const QString &failure) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, statement, values, failure);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Expected<QStringList> KnowledgeStore::sources(qint64 collectionId) const
{
    return texts(QStringLiteral("SELECT source FROM kb_documents WHERE collection_id = ? ORDER BY source"), {collectionId},
                 QStringLiteral("cannot list the documents"));
}

Expected<int> KnowledgeStore::forgetHashes(qint64 collectionId)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("UPDATE kb_documents SET content_hash = '' WHERE collection_id = ?"), {collectionId},
                      QStringLiteral("cannot mark the documents for reindexing"));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Expected<qint64> KnowledgeStore::replaceDocument(qint64 collectionId, const Document &d, const QList<Chunk> &chunks)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    Savepoint savepoint(*db);
    if (auto ok = savepoint.begin(); !ok)
        return Error::make(Error::Kind::Database, QStringLiteral("cannot store the document: %1").arg(ok.error().message));
    auto fail = [&savepoint](const Error &e) {
        savepoint.rollback();
        return e;
    };
    int tokens = 0;
    for (const Chunk &c : chunks)
        tokens += c.tokens;
    // the old version steps aside (under a source no path or URL has) until the new passages have
    // taken the vectors of the old ones they repeat; then it goes with its chunks and vectors (cascade)
    const QString aside = QStringLiteral("\x01replaced\x01") + d.source;
    auto moved = sql::run(*db, QStringLiteral("UPDATE kb_documents SET source = ? WHERE collection_id = ? AND source = ?"),
                          {aside, collectionId, d.source}, QStringLiteral("cannot replace the document"));
    if (!moved)
        return fail(moved.error());
    const bool hadOld = moved->numRowsAffected() > 0;
    auto ins = sql::run(
        *db,
        QStringLiteral("INSERT INTO kb_documents(collection_id, source, kind, content_hash, size, modified_at, status, error, chunks, "
                       "tokens, imported_at) VALUES (?, ?, ?, ?, ?, ?, 'ok', '', ?, ?, ?)"),
        {collectionId, d.source, sql::nonNull(d.kind), sql::nonNull(d.contentHash), d.size, d.modifiedAt, int(chunks.size()), tokens, m_clock()},
        QStringLiteral("cannot store the document"));
    if (!ins)
        return fail(ins.error());
    const qint64 documentId = ins->lastInsertId().toLongLong();
    QSqlQuery q(*db);
    if (!q.prepare(QStringLiteral("INSERT INTO kb_chunks(document_id, collection_id, ordinal, text, heading, page, char_start, char_end, tokens, "
                                  "text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(sql::failure(q, QStringLiteral("cannot store the passages")));
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const Chunk &c = chunks.at(i);
        q.addBindValue(documentId);
        q.addBindValue(collectionId);
        q.addBindValue(int(i));
        q.addBindValue(c.text);
        q.addBindValue(sql::nonNull(c.heading));
        q.addBindValue(c.page > 0 ? QVariant(c.page) : QVariant(QMetaType(QMetaType::Int)));
        q.addBindValue(qint64(c.start));
        q.addBindValue(qint64(c.end));
        q.addBindValue(c.tokens);
        q.addBindValue(textHash(embeddedText(c.heading, c.text)));
        if (auto ok = sql::exec(q, QStringLiteral("cannot store the passages")); !ok)
            return fail(ok.error());
    }
    // a passage the collection holds already (same heading path and text) keeps its vectors; CROSS JOIN
    // keeps SQLite's order: the new passages, then the text hash index (not a scan of the collection)
    // (PostgreSQL's CROSS JOIN takes no ON: a plain JOIN there, whose order its planner picks)
    const QString join = sql::dialectOf(*db) == sql::Dialect::PostgreSql ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
    auto reused = sql::run(*db,
                           QStringLiteral("INSERT INTO kb_vectors(chunk_id, model, vector) SELECT c.id, v.model, v.vector FROM kb_chunks c "
                                          "%1 kb_chunks o ON o.collection_id = ? AND o.text_hash = c.text_hash AND o.text_hash IS NOT NULL "
                                          "AND o.document_id <> c.document_id %1 kb_vectors v ON v.chunk_id = o.id WHERE c.document_id = ? "
                                          "ON CONFLICT (chunk_id, model) DO NOTHING")
                               .arg(join),
                           {collectionId, documentId}, QStringLiteral("cannot store the passages"));
    if (!reused)
        return fail(reused.error());
    if (hadOld) {
        auto del = sql::run(*db, QStringLiteral("DELETE FROM kb_documents WHERE collection_id = ? AND source = ?"), {collectionId, aside},
                            QStringLiteral("cannot replace the document"));
        if (!del)
            return fail(del.error());
    }
    if (auto ok = savepoint.release(); !ok)
        return fail(Error::make(Error::Kind::Database, QStringLiteral("cannot store the document: %1").arg(ok.error().message)));
    return documentId;
}

Expected<void> KnowledgeStore::markDocument(qint64 collectionId, const Document &d)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("INSERT INTO kb_documents(collection_id, source, kind, size, modified_at, status, error, imported_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(collection_id, source) DO UPDATE SET "
                                     "status = excluded.status, error = excluded.error, imported_at = excluded.imported_at"),
                      {collectionId, d.source, sql::nonNull(d.kind), d.size, d.modifiedAt, statusName(d.status), sql::nonNull(d.error), m_clock()},
                      QStringLiteral("cannot record the document's state"));
    if (!q)
        return q.error();
    return {};
}

Expected<void> KnowledgeStore::removeDocument(qint64 collectionId, const QString &source)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("DELETE FROM kb_documents WHERE collection_id = ? AND source = ?"), {collectionId, source},
                      QStringLiteral("cannot remove the document"));
    if (!q)
        return q.error();
    return {};
}

Expected<QList<Passage>> KnowledgeStore::searchText(qint64 collectionId, const QString &query, int limit) const
{
    const QStringList terms = searchTerms(query);
    if (terms.isEmpty())
        return QList<Passage>{};
    auto db = m_db->connection();
    if (!db)
        return db.error();
    limit = std::max(1, limit);
    auto best = m_db->dialect() == Database::Dialect::PostgreSql ? rankedOnPostgres(*db, collectionId, terms, limit)
                                                                 : rankedOnSqlite(*db, collectionId, terms, limit);
    if (!best)
        return best.error();
    return passagesOf(*db, *best);
}

// PostgreSQL's full-text search (0019): the words OR'ed, English stemming like FTS5's porter, the
// headings weighing twice the text. ts_rank weighs how often and where the words occur but not how
// rare they are (no IDF, unlike BM25), so the order can differ from a desktop's.
Expected<QList<std::pair<qint64, double>>> KnowledgeStore::rankedOnPostgres(const QSqlDatabase &db, qint64 collectionId, const QStringList &terms,
                                                                            int limit)
{
    QStringList words;
    for (const QString &t : terms)
        words << t.mid(1, t.size() - 2); // unquoted: letters, digits and _ only (searchTerms)
    const QString expression = words.join(QStringLiteral(" | "));
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, -ts_rank('{0.1, 0.2, 0.5, 1.0}', fts, to_tsquery('english', ?), 1) AS r FROM kb_chunks "
                                     "WHERE collection_id = ? AND fts @@ to_tsquery('english', ?) ORDER BY r, id LIMIT ?"),
                      {expression, collectionId, expression, limit}, QStringLiteral("cannot search the collection"));
    return rankedRows(q);
}

Expected<QList<std::pair<qint64, double>>> KnowledgeStore::rankedOnSqlite(const QSqlDatabase &dbRef, qint64 collectionId, const QStringList &terms,
                                                                          int limit)
{
    const QSqlDatabase *db = &dbRef;
    auto ranked = [&](const QString &expression) -> Expected<QList<std::pair<qint64, double>>> {
        // headings weigh more than body text (the index's rank: bm25 with headings twice): a passage
        // under "Refunds" answers a question on refunds. Ranked and cut inside FTS5.
        auto q = sql::run(*db,
                          QStringLiteral("SELECT rowid, rank FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ? AND collection_id = ? "
                                         "ORDER BY rank LIMIT ?"),
                          {expression, collectionId, limit}, QStringLiteral("cannot search the collection"));
        return rankedRows(q);
    };
    auto anyOf = [](const QStringList &words) { return words.join(QStringLiteral(" OR ")); };

    // How many passages each word is in, counted up to the budget and one more, rarest first.
    QList<std::pair<qint64, QString>> counted;
    if (terms.size() > 1) {
        for (const QString &term : terms) {
            auto n = sql::run(*db, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ? LIMIT ?)"),
                              {term, kRankBudget + 1}, QStringLiteral("cannot search the collection"));
            if (!n)
                return n.error();
            counted.append({n->next() ? n->value(0).toLongLong() : 0, term});
        }
        std::stable_sort(counted.begin(), counted.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    }
    QHash<qint64, double> rank; // FTS5's rank: bm25() negated, lower is better
    if (!counted.isEmpty() && counted.constFirst().first > kRankBudget) {
        // Every word is common (the rarest alone is in more passages than the budget): the passages
        // with all of them come first, each with its whole score; while there are too few, the most
        // common word left is dropped. The rarest word alone, ranked in full, is the last resort.
        for (qsizetype words = counted.size(); words >= 1 && rank.size() < limit; --words) {
            QStringList all;
            for (qsizetype i = 0; i < words; ++i)
                all << counted.at(i).second;
            auto hits = ranked(all.join(QStringLiteral(" AND ")));
            if (!hits)
                return hits.error();
            for (const auto &[id, r] : *hits)
                rank.insert(id, rank.value(id, r)); // the first (fuller) score a passage got stays
        }
    } else {
        // BM25 of a passage is a sum over the query's words, each weighed by its rarity. The rarest
        // words, as many as match at most kRankBudget passages (at least one word), are ranked in full.
        // The other words are scored where they meet those: ranking "(rare) AND (others)" gives every
        // passage that has both kinds its whole score (each word once in the expression, so none counts
        // twice), and passages with rare words only already have theirs. Only a passage with none of
        // the rare words is never seen, and its words are the ones BM25 weighs least. bench/knowledge
        // measures how often the top 10 agrees with ranking every word in full.
        QStringList rare = counted.isEmpty() ? terms : QStringList{};
        QStringList others;
        qint64 total = 0;
        for (const auto &[n, term] : counted) {
            if (!rare.isEmpty() && total + n > kRankBudget) {
                others << term;
                continue;
            }
            rare << term;
            total += n;
        }
        auto hits = ranked(anyOf(rare));
        if (!hits)
            return hits.error();
        for (const auto &[id, r] : *hits)
            rank.insert(id, r);
        if (!others.isEmpty()) {
            auto both = ranked(QStringLiteral("(%1) AND (%2)").arg(anyOf(rare), anyOf(others)));
            if (!both)
                return both.error();
            for (const auto &[id, r] : *both)
                rank.insert(id, std::min(r, rank.value(id, r)));
        }
    }
    QList<std::pair<qint64, double>> best(rank.keyValueBegin(), rank.keyValueEnd());
    std::sort(best.begin(), best.end(),
              [](const auto &x, const auto &y) { return x.second < y.second || (x.second == y.second && x.first < y.first); });
    if (best.size() > limit)
        best.resize(limit);
    return best;
}

// The passages of ranked chunk ids, in that order.
Expected<QList<Passage>> KnowledgeStore::passagesOf(const QSqlDatabase &dbRef, const QList<std::pair<qint64, double>> &best)
{
    const QSqlDatabase *db = &dbRef;
    if (best.isEmpty())
        return QList<Passage>{};

    QVariantList ids;
    for (const auto &hit : best)
        ids << hit.first;
    auto q = sql::run(*db,
                      QStringLiteral("SELECT c.id, d.source, c.heading, c.text, c.page, c.char_start, c.char_end FROM kb_chunks c "
                                     "JOIN kb_documents d ON d.id = c.document_id WHERE c.id IN (%1)")
                          .arg(placeholders(ids.size())),
                      ids, QStringLiteral("cannot search the collection"));
    if (!q)
        return q.error();
    QHash<qint64, Passage> found;
    while (q->next()) {
        Passage p = passageFrom(*q);
        found.insert(p.chunkId, p);
    }
    QList<Passage> out;
    for (const auto &[id, r] : best) {
        auto it = found.find(id);
        if (it == found.end())
            continue;
        it->score = -r;
        out << *it;
    }
    return out;
}

Expected<Passage> KnowledgeStore::passage(qint64 chunkId) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT c.id, d.source, c.heading, c.text, c.page, c.char_start, c.char_end FROM kb_chunks c "
                                     "JOIN kb_documents d ON d.id = c.document_id WHERE c.id = ?"),
                      {chunkId}, QStringLiteral("cannot read the passage"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no passage %1 (its document was removed or imported again)").arg(chunkId));
    return passageFrom(*q);
}

namespace {

QByteArray packVector(const QList<float> &v)
{
    double norm = 0;
    for (const float x : v)
        norm += double(x) * double(x);
    const double scale = norm > 0 ? 1.0 / std::sqrt(norm) : 0.0;
    QByteArray out(v.size() * qsizetype(sizeof(float)), Qt::Uninitialized);
    auto *dst = reinterpret_cast<uchar *>(out.data());
    for (qsizetype i = 0; i < v.size(); ++i)
        qToLittleEndian(float(double(v.at(i)) * scale), dst + i * sizeof(float));
    return out;
}

} // namespace

Expected<QList<PendingChunk>> KnowledgeStore::chunksWithoutVector(qint64 collectionId, const QString &model, int limit, qint64 afterId) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT c.id, c.heading, c.text FROM kb_chunks c WHERE c.collection_id = ? AND c.id > ? AND NOT EXISTS "
                                     "(SELECT 1 FROM kb_vectors v WHERE v.chunk_id = c.id AND v.model = ?) ORDER BY c.id LIMIT ?"),
                      {collectionId, afterId, model, limit}, QStringLiteral("cannot list the passages to embed"));
    if (!q)
        return q.error();
    QList<PendingChunk> out;
    while (q->next()) {
        out << PendingChunk{q->value(0).toLongLong(), embeddedText(q->value(1).toString(), q->value(2).toString())};
    }
    return out;
}

Expected<int> KnowledgeStore::countWithoutVector(qint64 collectionId, const QString &model) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT count(*) FROM kb_chunks c WHERE c.collection_id = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM kb_vectors v WHERE v.chunk_id = c.id AND v.model = ?)"),
                      {collectionId, model}, QStringLiteral("cannot count the passages to embed"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Expected<qint64> KnowledgeStore::tokensWithoutVector(qint64 collectionId, const QString &model) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT coalesce(sum(c.tokens), 0) FROM kb_chunks c WHERE c.collection_id = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM kb_vectors v WHERE v.chunk_id = c.id AND v.model = ?)"),
                      {collectionId, model}, QStringLiteral("cannot count the tokens to embed"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Expected<int> KnowledgeStore::vectorDimensions(qint64 collectionId, const QString &model) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("SELECT length(v.vector) FROM kb_vectors v JOIN kb_chunks c ON c.id = v.chunk_id "
                                     "WHERE c.collection_id = ? AND v.model = ? LIMIT 1"),
                      {collectionId, model}, QStringLiteral("cannot read the vectors"));
    if (!q)
        return q.error();
    return q->next() ? int(q->value(0).toLongLong() / qint64(sizeof(float))) : 0;
}

Expected<void> KnowledgeStore::storeVectors(const QString &model, const QList<qint64> &chunkIds, const QList<QList<float>> &vectors)
{
    if (chunkIds.size() != vectors.size())
        return Error::make(Error::Kind::Validation, QStringLiteral("%1 vectors for %2 passages").arg(vectors.size()).arg(chunkIds.size()));
    if (vectors.isEmpty())
        return {};
    auto db = m_db->connection();
    if (!db)
        return db.error();
    // one size per model: a model name that now answers with other vectors cannot mix with the old
    auto existing = sql::run(*db, QStringLiteral("SELECT length(vector) FROM kb_vectors WHERE model = ? LIMIT 1"), {model},
                             QStringLiteral("cannot read the vectors"));
    if (!existing)
        return existing.error();
    const qsizetype dims = vectors.first().size();
    const qsizetype stored = existing->next() ? existing->value(0).toLongLong() / qint64(sizeof(float)) : dims;
    // done reading: a statement left open keeps a read transaction that the write below would have
    // to upgrade, and SQLite refuses that at once (no busy wait) when another connection wrote since
    existing->finish();
    for (const QList<float> &v : vectors) {
        if (v.size() != stored || v.isEmpty())
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("%1 answered with vectors of %2 dimensions where its stored ones have %3: "
                                              "the model changed under the same name; reindex with another model name")
                                   .arg(model)
                                   .arg(v.size())
                                   .arg(stored));
    }
    if (!db->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot store the vectors: %1").arg(db->lastError().text()));
    QSqlQuery q(*db);
    // SQLite: REPLACE, a delete and an insert, which the vector log's insert trigger records (an
    // upsert's UPDATE would not); PostgreSQL keeps no such log
    const bool postgres = sql::dialectOf(*db) == sql::Dialect::PostgreSql;
    if (!q.prepare(
            QStringLiteral("INSERT %1 INTO kb_vectors(chunk_id, model, vector) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM kb_chunks WHERE id = ?)%2")
                .arg(postgres ? QString() : QStringLiteral("OR REPLACE"),
                     postgres ? QStringLiteral(" ON CONFLICT (chunk_id, model) DO UPDATE SET vector = excluded.vector") : QString()))) {
        db->rollback();
        return sql::failure(q, QStringLiteral("cannot store the vectors"));
    }
    for (qsizetype i = 0; i < chunkIds.size(); ++i) {
        // a passage replaced while it was embedded is gone: its vector is dropped, not orphaned
        q.addBindValue(chunkIds.at(i));
        q.addBindValue(model);
        q.addBindValue(packVector(vectors.at(i)));
        q.addBindValue(chunkIds.at(i));
        if (auto ok = sql::exec(q, QStringLiteral("cannot store the vectors")); !ok) {
            db->rollback();
            return ok.error();
        }
    }
    if (!db->commit())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot store the vectors: %1").arg(db->lastError().text()));
    return {};
}

Expected<QList<VectorHit>> KnowledgeStore::searchVectors(qint64 collectionId, const QString &model, const QList<float> &query, int limit) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    double norm = 0;
    for (const float x : query)
        norm += double(x) * double(x);
    if (query.isEmpty() || norm == 0)
        return Error::make(Error::Kind::Validation, QStringLiteral("the query's vector is empty"));
    const double scale = 1.0 / std::sqrt(norm);
    std::vector<float> unit(size_t(query.size()));
    for (qsizetype i = 0; i < query.size(); ++i)
        unit[size_t(i)] = float(double(query.at(i)) * scale);
    return VectorIndexes::shared().search(*db, m_db->path(), collectionId, model, unit, limit);
}

Expected<void> KnowledgeStore::prepareVectorIndex(qint64 collectionId, const QString &model) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    return VectorIndexes::shared().prepare(*db, m_db->path(), collectionId, model);
}

Expected<int> KnowledgeStore::setGolden(qint64 collectionId, const QList<GoldenQuestion> &questions)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    if (!db->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot store the golden questions: %1").arg(db->lastError().text()));
    auto fail = [&db](const Error &e) {
        db->rollback();
        return e;
    };
    if (auto del = sql::run(*db, QStringLiteral("DELETE FROM kb_golden WHERE collection_id = ?"), {collectionId},
                            QStringLiteral("cannot store the golden questions"));
        !del)
        return fail(del.error());
    for (const GoldenQuestion &q : questions) {
        if (auto ins = sql::run(*db, QStringLiteral("INSERT INTO kb_golden(collection_id, question, sources, phrase) VALUES (?, ?, ?, ?)"),
                                {collectionId, q.question, stringsToJson(q.sources), sql::nonNull(q.phrase)},
                                QStringLiteral("cannot store the golden questions"));
            !ins)
            return fail(ins.error());
    }
    if (!db->commit())
        return fail(Error::make(Error::Kind::Database, QStringLiteral("cannot store the golden questions: %1").arg(db->lastError().text())));
    return int(questions.size());
}

Expected<QList<GoldenQuestion>> KnowledgeStore::golden(qint64 collectionId) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("SELECT question, sources, phrase FROM kb_golden WHERE collection_id = ? ORDER BY id"), {collectionId},
                      QStringLiteral("cannot read the golden questions"));
    if (!q)
        return q.error();
    QList<GoldenQuestion> out;
    while (q->next())
        out << GoldenQuestion{q->value(0).toString(), stringsFromJson(q->value(1).toString()), q->value(2).toString()};
    return out;
}

Expected<int> KnowledgeStore::enqueue(qint64 collectionId, Job::Kind kind, const QStringList &sources)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    if (!db->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot queue the import: %1").arg(db->lastError().text()));
    QSqlQuery q(*db);
    const qint64 now = m_clock();
    if (!q.prepare(QStringLiteral("INSERT INTO kb_jobs(collection_id, kind, source, state, created_at, updated_at) SELECT ?, ?, ?, 'queued', ?, ? "
                                  "WHERE NOT EXISTS (SELECT 1 FROM kb_jobs WHERE collection_id = ? AND source = ? AND kind = ? "
                                  "AND state IN ('queued', 'running', 'paused'))"))) {
        db->rollback();
        return sql::failure(q, QStringLiteral("cannot queue the import"));
    }
    int added = 0;
    for (const QString &source : sources) {
        for (const QVariant &v : QVariantList{collectionId, kindName(kind), source, now, now, collectionId, source, kindName(kind)})
            q.addBindValue(v);
        if (auto ok = sql::exec(q, QStringLiteral("cannot queue the import")); !ok) {
            db->rollback();
            return ok.error();
        }
        added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!db->commit())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot queue the import: %1").arg(db->lastError().text()));
    return added;
}

Expected<std::optional<Job>> KnowledgeStore::claimNext()
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    // one statement: two workers never claim the same job
    auto q = sql::run(*db,
                      QStringLiteral("UPDATE kb_jobs SET state = 'running', attempts = attempts + 1, updated_at = ? WHERE id = "
                                     "(SELECT id FROM kb_jobs WHERE state = 'queued' ORDER BY id LIMIT 1) "
                                     "RETURNING id, collection_id, kind, source, state, error, attempts"),
                      {m_clock()}, QStringLiteral("cannot take the next import"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Job>{};
    return std::optional<Job>{jobFrom(*q)};
}

Expected<void> KnowledgeStore::finishJob(qint64 jobId, Job::State state, const QString &error)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    // a job cancelled or paused while it ran keeps that state
    auto q = sql::run(*db, QStringLiteral("UPDATE kb_jobs SET state = ?, error = ?, updated_at = ? WHERE id = ? AND state = 'running'"),
                      {stateName(state), sql::nonNull(error), m_clock(), jobId}, QStringLiteral("cannot record the import's end"));
    if (!q)
        return q.error();
    return {};
}

Expected<int> KnowledgeStore::requeueRunning()
{
    return moveJobs(0, {Job::State::Running}, Job::State::Queued);
}

Expected<int> KnowledgeStore::moveJobs(qint64 collectionId, const QList<Job::State> &from, Job::State to)
{
    if (from.isEmpty())
        return 0;
    auto db = m_db->connection();
    if (!db)
        return db.error();
    QVariantList values{stateName(to), m_clock()};
    for (Job::State s : from)
        values << stateName(s);
    QString statement = QStringLiteral("UPDATE kb_jobs SET state = ?, updated_at = ? WHERE state IN (%1)").arg(placeholders(from.size()));
    if (collectionId) {
        statement += QStringLiteral(" AND collection_id = ?");
        values << collectionId;
    }
    auto q = sql::run(*db, statement, values, QStringLiteral("cannot change the imports"));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Expected<QList<Job>> KnowledgeStore::jobs(qint64 collectionId, const QList<Job::State> &states, int limit) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    QVariantList values{collectionId};
    for (Job::State s : states)
        values << stateName(s);
    values << limit;
    auto q = sql::run(*db,
                      QStringLiteral("SELECT id, collection_id, kind, source, state, error, attempts FROM kb_jobs WHERE collection_id = ? "
                                     "AND state IN (%1) ORDER BY id LIMIT ?")
                          .arg(placeholders(states.size())),
                      values, QStringLiteral("cannot list the imports"));
    if (!q)
        return q.error();
    QList<Job> out;
    while (q->next())
        out << jobFrom(*q);
    return out;
}

Expected<int> KnowledgeStore::pruneJobs(qint64 finishedBeforeMs)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db, QStringLiteral("DELETE FROM kb_jobs WHERE state IN ('done', 'cancelled') AND updated_at < ?"), {finishedBeforeMs},
                      QStringLiteral("cannot prune the finished imports"));
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Expected<void> KnowledgeStore::inTransaction(const std::function<Expected<void>()> &work)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    if (!db->transaction())
        return Error::make(Error::Kind::Database, QStringLiteral("cannot start writing: %1").arg(db->lastError().text()));
    ++t_transactionDepth;
    Expected<void> ok = work();
    --t_transactionDepth;
    if (!ok) {
        db->rollback();
        return ok;
    }
    if (!db->commit()) {
        const QString why = db->lastError().text();
        db->rollback();
        return Error::make(Error::Kind::Database, QStringLiteral("cannot commit what was imported: %1").arg(why));
    }
    return {};
}

Expected<void> KnowledgeStore::addFolders(qint64 collectionId, const QStringList &folders)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    for (const QString &folder : folders) {
        auto q = sql::run(*db, QStringLiteral("INSERT INTO kb_folders(collection_id, path, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                          {collectionId, folder, m_clock()}, QStringLiteral("cannot record the folder"));
        if (!q)
            return q.error();
    }
    return {};
}

Expected<QStringList> KnowledgeStore::folders(qint64 collectionId) const
{
    return texts(QStringLiteral("SELECT path FROM kb_folders WHERE collection_id = ? ORDER BY path"), {collectionId},
                 QStringLiteral("cannot list the folders"));
}

Expected<void> KnowledgeStore::removeFolders(qint64 collectionId, const QStringList &folders)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    for (const QString &folder : folders) {
        // the folder and those under it
        auto q = sql::run(*db, QStringLiteral("DELETE FROM kb_folders WHERE collection_id = ? AND (path = ? OR substr(path, 1, ?) = ?)"),
                          {collectionId, folder, int(folder.size() + 1), QString(folder + QLatin1Char('/'))},
                          QStringLiteral("cannot forget the folder"));
        if (!q)
            return q.error();
    }
    return {};
}

Expected<QList<Job>> KnowledgeStore::claimBatch(int limit)
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    auto q = sql::run(*db,
                      QStringLiteral("UPDATE kb_jobs SET state = 'running', attempts = attempts + 1, updated_at = ? WHERE id IN "
                                     "(SELECT id FROM kb_jobs WHERE state = 'queued' ORDER BY id LIMIT ?) "
                                     "RETURNING id, collection_id, kind, source, state, error, attempts"),
                      {m_clock(), std::max(1, limit)}, QStringLiteral("cannot take the next imports"));
    if (!q)
        return q.error();
    QList<Job> out;
    while (q->next())
        out << jobFrom(*q);
    std::sort(out.begin(), out.end(), [](const Job &a, const Job &b) { return a.id < b.id; });
    return out;
}

Expected<int> KnowledgeStore::waitingJobs(qint64 collectionId) const
{
    auto db = m_db->connection();
    if (!db)
        return db.error();
    QString statement = QStringLiteral("SELECT count(*) FROM kb_jobs WHERE state IN ('queued', 'running')");
    QVariantList values;
    if (collectionId) {
        statement += QStringLiteral(" AND collection_id = ?");
        values << collectionId;
    }
    auto q = sql::run(*db, statement, values, QStringLiteral("cannot count the imports"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace sb::knowledge
