// bench_knowledge --passages N: retrieval at the scale of a large team's knowledge base.
//
// Generates N passages of 100-140 words straight into the store (the import path is measured by the
// default mode): words drawn from a Zipf distribution (exponent 1) over 120 common English words and
// 60,000 generated ones, as word frequencies in real text fall off, with headings. Each passage gets a
// unit vector near one of 20 subtopics of one of 1,000 topics (embeddings of texts cluster by topic;
// uniformly random vectors would have no neighbourhoods to find). Then:
//   - builds the vector index (hnswlib) from the database, saves it, and times loading it back;
//   - times --queries queries of 4-7 words (stop words included) with a query vector near a topic:
//     BM25 top 50, vectors top 50 (the approximate index) with recall@10 against exact search over the
//     same vectors, and hybrid (both fused, top 10: what the Retriever runs);
//   - reports the database size and the index file size per 1,000 passages.
// --db PATH keeps the database (and index) to run again with other --ef values without generating
// (or to go on generating where a stopped run left off).
#include "knowledge/retrieval.h"
#include "knowledge/store.h"
#include "knowledge/vectorindex.h"
#include "percentiles.h"
#include "storage/database.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

using namespace sb;
using namespace sb::knowledge;

namespace {

const char *const kCommon[] = {
    "the",   "of",   "and",   "to",    "a",     "in",    "is",     "that",    "for",   "it",    "as",     "was",    "with",    "be",      "by",
    "on",    "not",  "he",    "i",     "this",  "are",   "or",     "his",     "from",  "at",    "which",  "but",    "have",    "an",      "they",
    "you",   "were", "her",   "she",   "there", "been",  "one",    "all",     "we",    "their", "has",    "would",  "when",    "if",      "so",
    "no",    "will", "can",   "more",  "about", "what",  "up",     "its",     "out",   "into",  "them",   "than",   "only",    "other",   "new",
    "some",  "time", "could", "these", "two",   "may",   "then",   "do",      "first", "any",   "my",     "now",    "such",    "like",    "our",
    "over",  "man",  "me",    "even",  "most",  "made",  "after",  "also",    "did",   "many",  "before", "must",   "through", "back",    "years",
    "where", "much", "your",  "way",   "well",  "down",  "should", "because", "each",  "just",  "those",  "people", "how",     "too",     "little",
    "state", "good", "very",  "make",  "world", "still", "own",    "see",     "men",   "work",  "long",   "get",    "here",    "between", "both"};

QStringList vocabulary()
{
    QStringList words;
    for (const char *w : kCommon)
        words << QString::fromLatin1(w);
    // pronounceable generated words: syllables of a consonant and a vowel, 2-4 of them
    const QString consonants = QStringLiteral("bcdfghjklmnprstvwz");
    const QString vowels = QStringLiteral("aeiou");
    std::mt19937 rng(11);
    std::set<QString> seen(words.begin(), words.end());
    while (words.size() < 60120) {
        QString w;
        const int syllables = 2 + int(rng() % 3);
        for (int s = 0; s < syllables; ++s)
            w += consonants.at(int(rng() % consonants.size())) + QString(vowels.at(int(rng() % vowels.size())));
        if (seen.insert(w).second)
            words << w;
    }
    return words;
}

void normalise(std::vector<float> &v)
{
    double n = 0;
    for (float x : v)
        n += double(x) * x;
    const double s = n > 0 ? 1.0 / std::sqrt(n) : 0;
    for (float &x : v)
        x = float(x * s);
}

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

// Every stored vector of the bench's model, for exact search to compare the index with.
int loadVectors(const QSqlDatabase &db, int dims, std::vector<float> &all, std::vector<qint64> &ids)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT chunk_id, vector FROM kb_vectors WHERE model = 'bench/vectors'")))
        return 1;
    while (q.next()) {
        const QByteArray b = q.value(1).toByteArray();
        if (b.size() != dims * qsizetype(sizeof(float)))
            continue;
        ids.push_back(q.value(0).toLongLong());
        const auto *f = reinterpret_cast<const float *>(b.constData());
        all.insert(all.end(), f, f + dims);
    }
    return 0;
}

// Builds (or loads) the vector index, then times loading it back from its file.
int prepareIndex(const KnowledgeStore &store, const QString &path, qint64 collection, const QString &model, QTextStream &out)
{
    QElapsedTimer phase;
    VectorIndexes::shared().release(path);
    phase.start();
    if (!store.prepareVectorIndex(collection, model))
        return 1;
    const double prepared = phase.elapsed() / 1000.0;
    const auto info = VectorIndexes::shared().info(path, collection, model);
    out << QStringLiteral("vector index: %1 %2 in %3 s\n")
               .arg(info && info->loadedFromFile ? QStringLiteral("loaded") : QStringLiteral("built and saved"))
               .arg(info && info->approximate ? QStringLiteral("HNSW graph") : QStringLiteral("exact"))
               .arg(prepared, 0, 'f', 1);
    out.flush();
    VectorIndexes::shared().release(path);
    phase.restart();
    if (!store.prepareVectorIndex(collection, model))
        return 1;
    out << QStringLiteral("vector index: loaded from its file in %1 s\n").arg(phase.elapsed() / 1000.0, 0, 'f', 1);
    return 0;
}

// BM25 with every word of the query ranked in full (what searchText() approximates), top `limit`.
QList<qint64> fullBm25(const QSqlDatabase &db, const QString &query, int limit)
{
    const QStringList terms = searchTerms(query);
    QList<qint64> ids;
    if (terms.isEmpty())
        return ids;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(terms.join(QStringLiteral(" OR ")));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

// The database's size (and the index file's) per 1,000 passages.
int reportSize(const QString &path, const CollectionStats &stats, QTextStream &out)
{
    const double dbMb = (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0;
    const double indexMb = folderBytes(path + QStringLiteral(".index")) / 1048576.0;
    out << QStringLiteral("database: %1 MiB for %2 passages (%3 MiB per 1,000, vectors if any included); index file %4 MiB (%5 MiB per 1,000)\n")
               .arg(dbMb, 0, 'f', 0)
               .arg(stats.chunks)
               .arg(dbMb * 1000.0 / std::max(1, stats.chunks), 0, 'f', 2)
               .arg(indexMb, 0, 'f', 0)
               .arg(indexMb * 1000.0 / std::max(1, stats.chunks), 0, 'f', 2);
    return 0;
}

} // namespace

int runScale(int passages, int dims, int queries, const QList<int> &efs, const QString &keepDb, QTextStream &out)
{
    QTemporaryDir temporary;
    const QString path = keepDb.isEmpty() ? temporary.filePath(QStringLiteral("kb.sqlite")) : keepDb;
    const bool reuse = QFileInfo::exists(path);
    auto opened = Database::open(path);
    if (!opened) {
        out << opened.error().message << "\n";
        return 1;
    }
    std::shared_ptr<Database> db = *opened;
    KnowledgeStore store(db);
    const QString model = QStringLiteral("bench/vectors");
    const QStringList words = vocabulary();
    std::vector<double> weights(size_t(words.size()));
    for (size_t r = 0; r < weights.size(); ++r)
        weights[r] = 1.0 / double(r + 1);
    std::discrete_distribution<int> zipf(weights.begin(), weights.end());
    std::mt19937 rng(42);
    std::normal_distribution<float> gauss;
    // topics with subtopics: a passage is near its subtopic, which is near its topic (embeddings have
    // far fewer degrees of freedom than dimensions; an isotropic blob per topic would have none)
    constexpr int kTopics = 1000;
    constexpr int kSubtopics = 20;
    std::vector<float> centres(size_t(kTopics) * size_t(dims));
    for (float &x : centres)
        x = gauss(rng);
    std::vector<float> subtopics(size_t(kTopics) * kSubtopics * size_t(dims));
    for (float &x : subtopics)
        x = 0.7f * gauss(rng);
    auto nearTopic = [&](int topic) {
        const int sub = int(rng() % kSubtopics);
        std::vector<float> v(static_cast<size_t>(dims));
        for (int i = 0; i < dims; ++i)
            v[size_t(i)] = centres[size_t(topic) * size_t(dims) + size_t(i)]
                + subtopics[(size_t(topic) * kSubtopics + size_t(sub)) * size_t(dims) + size_t(i)] + 0.35f * gauss(rng);
        normalise(v);
        return v;
    };
    auto text = [&](int n) {
        QStringList s;
        for (int i = 0; i < n; ++i)
            s << words.at(zipf(rng));
        return s.join(QLatin1Char(' '));
    };

    qint64 collection = 0;
    if (auto existing = store.collection(QStringLiteral("scale")); existing) {
        collection = existing->id;
    } else {
        Collection c;
        c.name = QStringLiteral("scale");
        c.embedModel = model;
        collection = *store.createCollection(c);
    }
    QElapsedTimer phase;
    phase.start();
    // A kept database that holds fewer passages (a run stopped while generating) is filled up to N:
    // at a million passages with vectors generating takes longer than one sitting on a loaded machine.
    const CollectionStats before = *store.stats(collection);
    if (!reuse || before.chunks < passages) {
        if (reuse)
            out << QStringLiteral("continuing: %1 passages in %2 documents already there\n").arg(before.chunks).arg(before.documents);
        std::uniform_int_distribution<int> length(100, 140);
        qint64 cursor = 0; // the last passage given a vector (the first call looks from the start)
        for (int made = before.chunks, doc = before.documents; made < passages; ++doc) {
            Document d;
            d.source = QStringLiteral("/scale/doc%1.md").arg(doc);
            d.contentHash = d.source;
            QList<Chunk> chunks;
            std::vector<int> topics;
            for (int i = 0; i < 1000 && made < passages; ++i, ++made) {
                Chunk ch;
                ch.heading = QStringLiteral("Section %1 > %2").arg(i / 10).arg(text(2));
                ch.text = text(length(rng));
                ch.end = ch.text.size();
                ch.tokens = int(ch.text.size() / 5);
                chunks << ch;
                topics.push_back(int(rng() % kTopics));
            }
            if (!store.replaceDocument(collection, d, chunks))
                return 1;
            if (dims == 0)
                continue;
            auto pending = store.chunksWithoutVector(collection, model, 1000, cursor);
            if (!pending)
                return 1;
            if (!pending->isEmpty())
                cursor = pending->last().chunkId;
            QList<qint64> ids;
            QList<QList<float>> vectors;
            for (qsizetype i = 0; i < pending->size(); ++i) {
                ids << pending->at(i).chunkId;
                const std::vector<float> v = nearTopic(topics[size_t(i) % topics.size()]);
                vectors << QList<float>(v.begin(), v.end());
            }
            if (!store.storeVectors(model, ids, vectors))
                return 1;
            if (made % 100'000 == 0) {
                out << QStringLiteral("%1 passages, %2 s\n").arg(made).arg(phase.elapsed() / 1000.0, 0, 'f', 0);
                out.flush();
            }
        }
        out << QStringLiteral("generated %1 passages %2 in %3 s\n")
                   .arg(passages)
                   .arg(dims > 0 ? QStringLiteral("with vectors of %1 dimensions").arg(dims) : QStringLiteral("without vectors"))
                   .arg(phase.elapsed() / 1000.0, 0, 'f', 1);
    }
    const CollectionStats stats = *store.stats(collection);

    // every vector, for exact search to compare the index with (none with --dims 0: BM25 alone)
    std::vector<float> all;
    std::vector<qint64> ids;
    if (dims > 0) {
        if (int rc = loadVectors(*db->connection(), dims, all, ids))
            return rc;
        if (int rc = prepareIndex(store, path, collection, model, out))
            return rc;
    }

    struct Query {
        QString text;
        std::vector<float> vector;
        std::set<qint64> truth; // exact top 10
    };
    std::vector<Query> qs;
    std::uniform_int_distribution<int> qlen(4, 7);
    for (int i = 0; i < queries; ++i) {
        Query q;
        q.text = text(qlen(rng));
        q.vector = nearTopic(int(rng() % kTopics));
        std::vector<std::pair<float, qint64>> scored(ids.size());
        for (size_t j = 0; j < ids.size(); ++j) {
            float d = 0;
            const float *v = all.data() + j * size_t(dims);
            for (int k = 0; k < dims; ++k)
                d += v[k] * q.vector[size_t(k)];
            scored[j] = {d, ids[j]};
        }
        const size_t top = std::min<size_t>(10, scored.size());
        std::partial_sort(scored.begin(), scored.begin() + qsizetype(top), scored.end(),
                          [](const auto &a, const auto &b) { return a.first > b.first; });
        for (size_t j = 0; j < top; ++j)
            q.truth.insert(scored[j].second);
        qs.push_back(std::move(q));
    }

    std::vector<double> bm25;
    std::vector<double> full;
    double agreement = 0; // of searchText()'s top 10 with ranking every word in full
    for (const Query &q : qs) {
        QElapsedTimer t;
        t.start();
        auto hits = store.searchText(collection, q.text, 50);
        bm25.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!hits)
            return 1;
        t.restart();
        const QList<qint64> reference = fullBm25(*db->connection(), q.text, 10);
        full.push_back(double(t.nsecsElapsed()) / 1e6);
        int same = 0;
        for (qsizetype j = 0; j < std::min<qsizetype>(10, hits->size()); ++j)
            same += reference.contains(hits->at(j).chunkId) ? 1 : 0;
        agreement += reference.isEmpty() ? 1.0 : double(same) / double(reference.size());
    }
    const sb::bench::Percentiles b = sb::bench::percentiles(bm25);
    const sb::bench::Percentiles f = sb::bench::percentiles(full);
    out << QStringLiteral("bm25: %1 passages, top 50: p50 %2 ms, p95 %3 ms; every word ranked in full: p50 %4 ms, p95 %5 ms; top 10 agree %6\n")
               .arg(stats.chunks)
               .arg(b.p50, 0, 'f', 1)
               .arg(b.p95, 0, 'f', 1)
               .arg(f.p50, 0, 'f', 1)
               .arg(f.p95, 0, 'f', 1)
               .arg(agreement / double(std::max<size_t>(1, qs.size())), 0, 'f', 3);
    out.flush();
    if (dims == 0)
        return reportSize(path, stats, out);

    const Collection c = *store.collection(collection);
    for (int ef : efs) {
        VectorIndexOptions o = VectorIndexes::shared().options();
        o.efSearch = ef;
        VectorIndexes::shared().setOptions(o);
        std::vector<double> vec;
        std::vector<double> hybrid;
        double recall = 0;
        for (const Query &q : qs) {
            const QList<float> query(q.vector.begin(), q.vector.end());
            QElapsedTimer t;
            t.start();
            auto hits = store.searchVectors(collection, model, query, 50);
            vec.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!hits)
                return 1;
            int found = 0;
            for (qsizetype j = 0; j < std::min<qsizetype>(10, hits->size()); ++j)
                found += q.truth.count(hits->at(j).chunkId) ? 1 : 0;
            recall += double(found) / double(std::max<size_t>(1, q.truth.size()));
            SearchOptions so;
            so.topK = 10;
            so.candidates = 50;
            t.restart();
            auto fused = rankPassages(store, c, q.text, so, query);
            hybrid.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!fused)
                return 1;
        }
        const sb::bench::Percentiles v = sb::bench::percentiles(vec);
        const sb::bench::Percentiles h = sb::bench::percentiles(hybrid);
        out << QStringLiteral("ef %1: vectors top 50 p50 %2 ms, p95 %3 ms, recall@10 %4 of exact; hybrid top 10 p50 %5 ms, p95 %6 ms\n")
                   .arg(ef)
                   .arg(v.p50, 0, 'f', 1)
                   .arg(v.p95, 0, 'f', 1)
                   .arg(recall / double(std::max<size_t>(1, qs.size())), 0, 'f', 3)
                   .arg(h.p50, 0, 'f', 1)
                   .arg(h.p95, 0, 'f', 1);
    }
    return reportSize(path, stats, out);
}
