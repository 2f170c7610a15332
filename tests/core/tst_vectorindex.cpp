#include "knowledge/store.h"
#include "knowledge/vectorindex.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <set>

using namespace sb;
using namespace sb::knowledge;

// The in-memory vector indexes against real SQLite files: exact search below the threshold, an HNSW
// graph above it that is saved beside the database, loaded on the next start, rebuilt when its file is
// gone or broken, and kept up to date with added, replaced and removed passages through the log.
class TestVectorIndex : public QObject
{
    Q_OBJECT

private:
    static constexpr int kDims = 32;
    static inline const QString kModel = QStringLiteral("fake/embed");

    struct Fixture {
        QTemporaryDir dir;
        std::shared_ptr<Database> db;
        std::unique_ptr<KnowledgeStore> store;
        qint64 collection = 0;
        std::mt19937 rng{7};
        QList<QList<float>> centres;

        bool open()
        {
            auto opened = Database::open(dir.filePath(QStringLiteral("kb.sqlite")));
            if (!opened)
                return false;
            db = *opened;
            store = std::make_unique<KnowledgeStore>(db);
            Collection c;
            c.name = QStringLiteral("c");
            auto id = store->createCollection(c);
            collection = id ? *id : 0;
            std::normal_distribution<float> g;
            for (int i = 0; i < 20; ++i) {
                QList<float> v(kDims);
                for (float &x : v)
                    x = g(rng);
                centres << v;
            }
            return collection > 0;
        }

        // Vectors near one of a few centres, as embeddings of texts on a few topics are.
        QList<float> vector()
        {
            std::normal_distribution<float> g(0, 0.35f);
            const QList<float> &c = centres.at(int(rng() % 20));
            QList<float> v(kDims);
            for (int i = 0; i < kDims; ++i)
                v[i] = c.at(i) + g(rng);
            return v;
        }

        // A document of n passages, each with a vector; returns their ids.
        QList<qint64> addDocument(const QString &source, int n)
        {
            Document d;
            d.source = source;
            d.contentHash = source;
            QList<Chunk> chunks;
            for (int i = 0; i < n; ++i) {
                Chunk ch;
                ch.text = QStringLiteral("passage %1 of %2").arg(i).arg(source);
                ch.end = ch.text.size();
                ch.tokens = 4;
                chunks << ch;
            }
            if (!store->replaceDocument(collection, d, chunks))
                return {};
            QList<qint64> ids;
            QList<QList<float>> vectors;
            auto pending = store->chunksWithoutVector(collection, kModel, 100000);
            for (const PendingChunk &p : *pending) {
                ids << p.chunkId;
                vectors << vector();
            }
            if (!store->storeVectors(kModel, ids, vectors))
                return {};
            return ids;
        }

        // Exact top k by reading every vector (what the index must agree with).
        QList<qint64> exact(const QList<float> &query, int k)
        {
            QSqlQuery q(*db->connection());
            q.exec(QStringLiteral("SELECT chunk_id, vector FROM kb_vectors"));
            QList<std::pair<double, qint64>> scored;
            double qn = 0;
            for (float x : query)
                qn += double(x) * x;
            while (q.next()) {
                const QByteArray b = q.value(1).toByteArray();
                const auto *f = reinterpret_cast<const float *>(b.constData());
                double d = 0;
                for (int i = 0; i < kDims; ++i)
                    d += double(f[i]) * query.at(i);
                scored.append({d / std::sqrt(qn), q.value(0).toLongLong()});
            }
            std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            QList<qint64> out;
            for (int i = 0; i < k && i < scored.size(); ++i)
                out << scored.at(i).second;
            return out;
        }

        QList<qint64> search(const QList<float> &query, int k)
        {
            QList<qint64> out;
            auto hits = store->searchVectors(collection, kModel, query, k);
            if (hits) {
                for (const VectorHit &h : *hits)
                    out << h.chunkId;
            }
            return out;
        }

        VectorIndexes::Info info() const { return VectorIndexes::shared().info(db->path(), collection, kModel).value_or(VectorIndexes::Info{}); }
        QString file() const { return db->path() + QStringLiteral(".index"); }
    };

    static double recall(const QList<qint64> &found, const QList<qint64> &truth)
    {
        const std::set<qint64> t(truth.begin(), truth.end());
        int hit = 0;
        for (qint64 id : found)
            hit += t.count(id) ? 1 : 0;
        return truth.isEmpty() ? 1.0 : double(hit) / double(truth.size());
    }

private Q_SLOTS:
    void init()
    {
        VectorIndexOptions o;
        o.exactBelow = 500;
        VectorIndexes::shared().setOptions(o);
    }

    void smallCollectionsAreExactAndFollowChanges()
    {
        Fixture f;
        QVERIFY(f.open());
        const QList<qint64> a = f.addDocument(QStringLiteral("/a.md"), 50);
        QCOMPARE(a.size(), 50);
        const QList<float> q = f.vector();
        QCOMPARE(f.search(q, 10), f.exact(q, 10));
        QVERIFY(!f.info().approximate);
        QCOMPARE(f.info().vectors, qint64(50));

        // another document, then the first replaced (its passages and vectors go, new ones come)
        f.addDocument(QStringLiteral("/b.md"), 30);
        QCOMPARE(f.search(q, 10), f.exact(q, 10));
        QCOMPARE(f.info().vectors, qint64(80));
        f.addDocument(QStringLiteral("/a.md"), 5);
        QCOMPARE(f.search(q, 10), f.exact(q, 10));
        QCOMPARE(f.info().vectors, qint64(35));
        for (qint64 id : f.search(q, 100))
            QVERIFY2(!a.contains(id), "a removed passage is still found");

        // a vector stored again (another embedding of the same passage) replaces the old one in place
        const qint64 moved = f.search(q, 35).last();
        QVERIFY(f.store->storeVectors(kModel, {moved}, {q}));
        QCOMPARE(f.search(q, 1), QList<qint64>{moved});
        QCOMPARE(f.info().vectors, qint64(35));

        // a query of another size says what is wrong
        auto wrong = f.store->searchVectors(f.collection, kModel, QList<float>(kDims + 1, 1.0f), 5);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QLatin1String("dimensions")), qPrintable(wrong.error().message));
        VectorIndexes::shared().release(f.db->path());
    }

    void largeCollectionsUseAGraphThatIsSavedAndLoaded()
    {
        Fixture f;
        QVERIFY(f.open());
        for (int i = 0; i < 6; ++i)
            QCOMPARE(f.addDocument(QStringLiteral("/doc%1.md").arg(i), 200).size(), 200);
        QVERIFY(f.store->prepareVectorIndex(f.collection, kModel));
        QVERIFY(f.info().approximate);
        QCOMPARE(f.info().vectors, qint64(1200));
        const QStringList files = QDir(f.file()).entryList({QStringLiteral("*.hnsw")});
        QCOMPARE(files.size(), 1);
#ifndef Q_OS_WIN
        // as private as the database
        QCOMPARE(QFileInfo(f.file()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
        QCOMPARE(QFileInfo(f.file() + QLatin1Char('/') + files.first()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif

        double sum = 0;
        for (int i = 0; i < 50; ++i) {
            const QList<float> q = f.vector();
            sum += recall(f.search(q, 10), f.exact(q, 10));
        }
        QVERIFY2(sum / 50 >= 0.95, qPrintable(QString::number(sum / 50)));

        // saved: the log up to it is pruned, and a new start loads the file instead of rebuilding
        QSqlQuery q(*f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM kb_vector_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        VectorIndexes::shared().release(f.db->path());
        const QList<float> query = f.vector();
        QCOMPARE(recall(f.search(query, 10), f.exact(query, 10)) >= 0.7, true);
        QVERIFY(f.info().loadedFromFile);

        // changes after the file: applied from the log (removed passages never come back)
        const QList<qint64> old = f.search(query, 1200);
        QVERIFY(f.store->removeDocument(f.collection, QStringLiteral("/doc0.md")));
        const QList<qint64> added = f.addDocument(QStringLiteral("/new.md"), 40);
        QCOMPARE(f.info().vectors, qint64(1200)); // not caught up until used
        const QList<qint64> now = f.search(query, 2000);
        QCOMPARE(f.info().vectors, qint64(1040));
        QVERIFY(std::all_of(added.begin(), added.end(), [&now](qint64 id) { return now.contains(id); }));
        QSqlQuery gone(*f.db->connection());
        QVERIFY(gone.exec(QStringLiteral("SELECT count(*) FROM kb_chunks")) && gone.next());
        QCOMPARE(gone.value(0).toInt(), 1040);
        QCOMPARE(now.size(), 1040);
        Q_UNUSED(old)

        // a broken file is rebuilt from the database, with a warning
        VectorIndexes::shared().release(f.db->path());
        QFile broken(f.file() + QLatin1Char('/') + files.first());
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("not an index");
        broken.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be read, rebuilding it")));
        QCOMPARE(f.search(query, 2000).size(), 1040);
        QVERIFY(f.info().approximate && !f.info().loadedFromFile);

        // and so is a missing one
        VectorIndexes::shared().release(f.db->path());
        QVERIFY(QFile::remove(broken.fileName()));
        QCOMPARE(f.search(query, 2000).size(), 1040);
        QVERIFY(!f.info().loadedFromFile);
        QVERIFY(QFile::exists(broken.fileName()));

        // a removed collection takes its index with it
        QVERIFY(f.store->removeCollection(f.collection));
        QVERIFY(!QFile::exists(broken.fileName()));
        QVERIFY(!VectorIndexes::shared().info(f.db->path(), f.collection, kModel));
    }

    void manyRemovalsRebuildTheGraph()
    {
        Fixture f;
        QVERIFY(f.open());
        for (int i = 0; i < 5; ++i)
            f.addDocument(QStringLiteral("/d%1.md").arg(i), 200);
        QVERIFY(f.store->prepareVectorIndex(f.collection, kModel));
        QVERIFY(f.info().approximate);
        for (int i = 0; i < 4; ++i)
            QVERIFY(f.store->removeDocument(f.collection, QStringLiteral("/d%1.md").arg(i)));
        const QList<float> q = f.vector();
        const QList<qint64> found = f.search(q, 10);
        QCOMPARE(found, f.exact(q, 10)); // 200 left: back to exact
        QVERIFY(!f.info().approximate);
        QVERIFY(QDir(f.file()).entryList({QStringLiteral("*.hnsw")}).isEmpty());
        VectorIndexes::shared().release(f.db->path());
    }
};

QTEST_GUILESS_MAIN(TestVectorIndex)
#include "tst_vectorindex.moc"
