#include "engine/engine.h"
#include "fakeupstream.h"
#include "knowledge/context.h"
#include "knowledge/evaluation.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"
#include "protocol/types.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sb;
using namespace sb::knowledge;
namespace fk = sb::fakes;

// Vectors and hybrid search through the real router against a fake OpenAI upstream whose
// embeddings put texts that share words near each other: embedding lands in the ledger as source
// knowledge, a changed model takes over only once complete, a failing provider leaves BM25 working.
class TestKnowledgeSearch : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        fk::FakeUpstream up{fk::Dialects(fk::Dialect::OpenAiChat)};
        std::shared_ptr<engine::Engine> engine;
        std::unique_ptr<engine::RouterHost> host;
        std::unique_ptr<KnowledgeStore> store;
        qint64 collection = 0;

        bool start(const QString &embedModel)
        {
            if (!up.listen())
                return false;
            fk::ReplyScript reply;
            reply.embeddingDimensions = 256;
            up.setReply(reply);
            auto secrets = std::make_shared<MemorySecretStore>();
            (void)secrets->write(QStringLiteral("k"), QStringLiteral("sk"));
            Workspace ws = WorkspaceFile::defaults();
            ProviderConfig p;
            p.id = QStringLiteral("fake");
            p.kind = QStringLiteral("openai");
            p.baseUrl = up.baseUrl().toString();
            p.apiKey = QStringLiteral("keychain:k");
            ws.providers = {p};
            auto opened = engine::Engine::open(dir.path(), ws, secrets);
            if (!opened)
                return false;
            engine = *opened;
            host = std::make_unique<engine::RouterHost>(engine);
            store = std::make_unique<KnowledgeStore>(engine->database());
            Collection c;
            c.name = QStringLiteral("handbook");
            c.embedModel = embedModel;
            auto id = store->createCollection(c);
            if (!id)
                return false;
            collection = *id;
            const QStringList texts{QStringLiteral("Customers get their money back within thirty days of purchase."),
                                    QStringLiteral("Parcels ship on weekdays from the central warehouse."),
                                    QStringLiteral("The deploy key rotates every ninety days; ask the platform team."),
                                    QStringLiteral("Sale items cannot be returned or exchanged.")};
            for (int i = 0; i < texts.size(); ++i) {
                Document d;
                d.source = QStringLiteral("/docs/%1.md").arg(i);
                d.contentHash = QString::number(i);
                Chunk ch;
                ch.text = texts.at(i);
                ch.end = ch.text.size();
                ch.tokens = 10;
                if (!store->replaceDocument(collection, d, {ch}))
                    return false;
            }
            return true;
        }

        // Runs the embedder to its end: (ok, message).
        std::pair<bool, QString> embed()
        {
            Embedder embedder(host->router(), engine->database());
            QSignalSpy done(&embedder, &Embedder::finished);
            embedder.embed(collection);
            if (!done.wait(10000))
                return {false, QStringLiteral("timed out")};
            return {done.first().at(0).toBool(), done.first().at(1).toString()};
        }

        Expected<SearchResult> search(const QString &query, SearchMode mode, int top = 4)
        {
            Retriever retriever(&host->router(), engine->database());
            std::optional<Expected<SearchResult>> out;
            SearchOptions o;
            o.mode = mode;
            o.topK = top;
            retriever.search(*store->collection(collection), query, o, [&out](Expected<SearchResult> r) { out = std::move(r); });
            if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
                return Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
            return *out;
        }

        QStringList ledgerSources()
        {
            QStringList out;
            if (!engine->ledger().flush())
                return out;
            QSqlQuery q(*engine->database()->connection());
            q.exec(QStringLiteral("SELECT source || ' ' || source_key || ' ' || status FROM calls ORDER BY id"));
            while (q.next())
                out << q.value(0).toString();
            return out;
        }
    };

private Q_SLOTS:
    void fusionRanksByBoth()
    {
        // 2 is second in both rankings; 1 and 3 are first in one each and absent from the other
        const auto fused = reciprocalRankFusion({{1, 2, 4}, {3, 2, 5}});
        QCOMPARE(fused.first().first, qint64(2));
        QCOMPARE(fused.size(), 5);
        QVERIFY(qFuzzyCompare(fused.first().second, 2.0 / 62.0));
        QCOMPARE(fused.at(1).first, qint64(1)); // ties keep the order of first appearance
        QCOMPARE(fused.at(2).first, qint64(3));
        QVERIFY(reciprocalRankFusion({}).isEmpty());
    }

    void embedsAndSearchesHybrid()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("fake/text-embedding-3-small")));
        QCOMPARE(f.store->countWithoutVector(f.collection, QStringLiteral("fake/text-embedding-3-small")).value(), 4);
        const auto [ok, message] = f.embed();
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(f.store->countWithoutVector(f.collection, QStringLiteral("fake/text-embedding-3-small")).value(), 0);
        QCOMPARE(f.store->vectorDimensions(f.collection, QStringLiteral("fake/text-embedding-3-small")).value(), 256);
        QCOMPARE(f.store->stats(f.collection)->vectors, 4);
        // one batch, in the ledger as the knowledge base's
        QCOMPARE(f.ledgerSources(), QStringList{QStringLiteral("knowledge handbook ok")});
        // a second run finds nothing to do and calls nobody
        const int requests = f.up.requestCount();
        QVERIFY(f.embed().first);
        QCOMPARE(f.up.requestCount(), requests);

        auto vector = f.search(QStringLiteral("money back within thirty days"), SearchMode::Vector);
        QVERIFY2(vector, vector ? "" : qPrintable(vector.error().message));
        QCOMPARE(vector->used, SearchMode::Vector);
        QCOMPARE(vector->passages.first().source, QStringLiteral("/docs/0.md"));
        QVERIFY(vector->passages.first().similarity > vector->passages.at(1).similarity);
        QCOMPARE(vector->passages.first().score, 0.0); // no BM25 in a vector search

        auto hybrid = f.search(QStringLiteral("when does the deploy key rotate"), SearchMode::Hybrid, 2);
        QVERIFY(hybrid);
        QCOMPARE(hybrid->used, SearchMode::Hybrid);
        QVERIFY(hybrid->note.isEmpty());
        QCOMPARE(hybrid->passages.size(), 2);
        const Passage &top = hybrid->passages.first();
        QCOMPARE(top.source, QStringLiteral("/docs/2.md"));
        QVERIFY(top.score > 0 && top.similarity > 0 && top.fused > 0); // found by both
        QVERIFY(f.ledgerSources().size() == 3); // each search embedded its query
    }

    void changingTheModelSwapsWhenComplete()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("fake/text-embedding-3-small")));
        QVERIFY(f.embed().first);
        auto c = f.store->collection(f.collection);
        c->embedModelNext = QStringLiteral("fake/text-embedding-3-large");
        QVERIFY(f.store->updateCollection(*c));
        // while the new one is incomplete the old one answers
        QVERIFY(!f.store->promoteNextModel(f.collection).value());
        QCOMPARE(f.store->collection(f.collection)->embedModel, QStringLiteral("fake/text-embedding-3-small"));
        const auto [ok, message] = f.embed();
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("text-embedding-3-large now answers")), qPrintable(message));
        const Collection after = *f.store->collection(f.collection);
        QCOMPARE(after.embedModel, QStringLiteral("fake/text-embedding-3-large"));
        QVERIFY(after.embedModelNext.isEmpty());
        auto hybrid = f.search(QStringLiteral("parcels ship"), SearchMode::Hybrid);
        QVERIFY(hybrid && hybrid->note.isEmpty());
        QCOMPARE(hybrid->passages.first().source, QStringLiteral("/docs/1.md"));
        QCOMPARE(f.up.lastRequest().json().value(QLatin1String("model")).toString(), QStringLiteral("text-embedding-3-large"));
        // the old model's vectors are kept (switching back costs nothing)
        QCOMPARE(f.store->countWithoutVector(f.collection, QStringLiteral("fake/text-embedding-3-small")).value(), 0);
    }

    void withoutVectorsBm25Answers()
    {
        Fixture f;
        QVERIFY(f.start(QString()));
        auto r = f.search(QStringLiteral("parcels"), SearchMode::Hybrid);
        QVERIFY(r);
        QCOMPARE(r->used, SearchMode::Bm25);
        QCOMPARE(r->note, QStringLiteral("BM25 only: the collection has no embedding model"));
        QCOMPARE(r->passages.first().source, QStringLiteral("/docs/1.md"));
        QVERIFY(!f.search(QStringLiteral("parcels"), SearchMode::Vector));
        QVERIFY(!f.embed().first);

        // a provider that fails: embedding stops with the reason, search falls back to BM25
        Fixture g;
        QVERIFY(g.start(QStringLiteral("fake/text-embedding-3-small")));
        g.up.setFault(fk::Fault::make(fk::FaultKind::Unauthorized));
        const auto [ok, message] = g.embed();
        QVERIFY(!ok);
        QVERIFY2(!message.isEmpty(), qPrintable(message));
        auto fallback = g.search(QStringLiteral("parcels"), SearchMode::Hybrid);
        QVERIFY(fallback);
        QCOMPARE(fallback->used, SearchMode::Bm25);
        QVERIFY2(fallback->note.startsWith(QLatin1String("BM25 only: the query could not be embedded")), qPrintable(fallback->note));
        QCOMPARE(fallback->passages.first().source, QStringLiteral("/docs/1.md"));
    }

    void contextNumbersSourcesWithinBudget()
    {
        Passage a;
        a.chunkId = 1;
        a.source = QStringLiteral("/docs/handbook.pdf");
        a.page = 3;
        a.heading = QStringLiteral("Refunds > Timing");
        a.text = QStringLiteral("Customers get their money back within thirty days.");
        Passage b = a;
        b.chunkId = 2;
        b.page = 0;
        b.heading.clear();
        b.source = QStringLiteral("https://example.com/faq");
        b.text = QStringLiteral("Sale items cannot be returned.");
        Passage big = a;
        big.chunkId = 3;
        big.text = QString(QStringLiteral("word ")).repeated(2000);

        const Context c = buildContext({a, a, b, big}, 400);
        QCOMPARE(c.passages.size(), 2); // the duplicate dropped, the one over the budget left out
        QVERIFY(c.text.contains(QLatin1String("[1] handbook.pdf, page 3, Refunds > Timing\nCustomers get")));
        QVERIFY(c.text.contains(QLatin1String("[2] https://example.com/faq\nSale items")));
        QVERIFY(c.tokens > 0 && c.tokens <= 400);
        // the best passage alone over the budget: the next one that fits takes place [1]
        const Context small = buildContext({big, b}, 200);
        QCOMPARE(small.passages.size(), 1);
        QCOMPARE(small.passages.first().chunkId, qint64(2));
        QVERIFY(buildContext({}, 400).text.isEmpty());

        protocol::ChatRequest request;
        request.system = QStringLiteral("Be brief.");
        request.messages = {protocol::Message::make(protocol::Role::User, QStringLiteral("first")),
                            protocol::Message::make(protocol::Role::Assistant, QStringLiteral("ok")),
                            protocol::Message::make(protocol::Role::User, QStringLiteral("  when is my refund?  "))};
        QCOMPARE(queryOf(request), QStringLiteral("when is my refund?"));
        applyContext(request, c);
        QVERIFY(request.system.startsWith(QLatin1String("Be brief.\n\nAnswer from the numbered sources")));
        protocol::ChatRequest untouched;
        applyContext(untouched, Context{});
        QVERIFY(untouched.system.isEmpty());
    }

    void citationsAreParsed()
    {
        QCOMPARE(citedSources(QStringLiteral("Thirty days [2]. Not sale items [1, 3][2]; see [4;1]."), 4), (QList<int>{2, 1, 3, 4}));
        // out of range, not a citation, an array index
        QCOMPARE(citedSources(QStringLiteral("[7] [0] [a] x[1a] [ 2 ]"), 3), QList<int>{});
        QCOMPARE(citedSources(QStringLiteral("values[1] and [3]"), 3), (QList<int>{1, 3}));
    }

    void contextFromTwoCollections()
    {
        Fixture f;
        QVERIFY(f.start(QString()));
        Collection other;
        other.name = QStringLiteral("shipping");
        auto id = f.store->createCollection(other);
        QVERIFY(id);
        Document d;
        d.source = QStringLiteral("/ship/rates.md");
        d.contentHash = QStringLiteral("r");
        Chunk ch;
        ch.text = QStringLiteral("Parcels over five kilos ship by freight.");
        ch.end = ch.text.size();
        ch.tokens = 9;
        QVERIFY(f.store->replaceDocument(*id, d, {ch}));

        ContextBuilder builder(&f.host->router(), f.engine->database());
        std::optional<Expected<Context>> out;
        ContextOptions options;
        options.search.topK = 3;
        builder.build({QStringLiteral("handbook"), QStringLiteral("shipping")}, QStringLiteral("parcels ship"), options,
                      [&out](Expected<Context> r) { out = std::move(r); });
        QVERIFY(QTest::qWaitFor([&out] { return out.has_value(); }, 10000));
        QVERIFY(*out);
        const Context &c = out->value();
        QStringList sources;
        for (const Passage &p : c.passages)
            sources << p.source;
        // the best of each collection first (fused), then the rest
        const QStringList firstTwo = sources.mid(0, 2);
        QCOMPARE(QSet<QString>(firstTwo.begin(), firstTwo.end()), (QSet<QString>{QStringLiteral("/docs/1.md"), QStringLiteral("/ship/rates.md")}));
        QCOMPARE(c.notes.size(), 2); // neither has an embedding model: BM25 alone, and it says so
        QVERIFY(c.notes.first().startsWith(QLatin1String("handbook: BM25 only")));

        out.reset();
        builder.build({QStringLiteral("nope")}, QStringLiteral("parcels"), options, [&out](Expected<Context> r) { out = std::move(r); });
        QVERIFY(QTest::qWaitFor([&out] { return out.has_value(); }, 10000));
        QVERIFY(!*out);
        QCOMPARE(out->error().kind, Error::Kind::NotFound);
    }

    void goldenQuestionsScoreEachMode()
    {
        auto bad = parseGolden("{\"question\": \"x\"}\n");
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.startsWith(QLatin1String("line 1:")), qPrintable(bad.error().message));
        QVERIFY(!parseGolden("not json\n"));
        QVERIFY(!parseGolden("\n\n"));

        Fixture f;
        QVERIFY(f.start(QStringLiteral("fake/text-embedding-3-small")));
        QVERIFY(f.embed().first);
        // two questions BM25 answers at rank 1, one whose words are in no passage (rank none)
        auto golden = parseGolden("{\"question\": \"money back within thirty days\", \"sources\": [\"0.md\"]}\n"
                                  "{\"question\": \"when does the deploy key rotate\", \"source\": \"/docs/2.md\", \"phrase\": \"ninety days\"}\n"
                                  "{\"question\": \"quarterly revenue targets\", \"sources\": [\"9.md\"]}\n");
        QVERIFY2(golden, golden ? "" : qPrintable(golden.error().message));
        QCOMPARE(golden->size(), 3);
        QCOMPARE(f.store->setGolden(f.collection, *golden).value(), 3);
        QCOMPARE(f.store->golden(f.collection)->at(1).phrase, QStringLiteral("ninety days"));
        QCOMPARE(f.store->golden(f.collection)->at(1).sources, QStringList{QStringLiteral("/docs/2.md")});

        Evaluator evaluator(&f.host->router(), f.engine->database());
        QSignalSpy done(&evaluator, &Evaluator::finished);
        evaluator.run(*f.store->collection(f.collection), *f.store->golden(f.collection), {SearchMode::Bm25, SearchMode::Vector, SearchMode::Hybrid},
                      10);
        QVERIFY(done.wait(10000));
        const auto scores = done.first().at(0).value<QList<ModeScore>>();
        QCOMPARE(scores.size(), 3);
        for (const ModeScore &s : scores) {
            QCOMPARE(s.questions, 3);
            QVERIFY2(qFuzzyCompare(s.recallAt1, 2.0 / 3.0), qPrintable(modeName(s.mode) + QString::number(s.recallAt1)));
            QVERIFY(qFuzzyCompare(s.mrr, 2.0 / 3.0));
            QVERIFY(s.note.isEmpty());
        }
        // a passage from the right source without the phrase does not count
        Passage p;
        p.source = QStringLiteral("/docs/2.md");
        p.text = QStringLiteral("The deploy key rotates.");
        QVERIFY(!isRelevant(p, golden->at(1)));
        p.text = QStringLiteral("It rotates every Ninety Days.");
        QVERIFY(isRelevant(p, golden->at(1)));
        p.source = QStringLiteral("/other/2.md");
        QVERIFY(!isRelevant(p, golden->at(1)));
    }

    void rateLimitedBatchesWaitAndGoAgain()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("fake/text-embedding-3-small")));
        // longer than the router's own wait (maxRetryAfterMs): it gives the 429 back at once
        fk::Fault limited = fk::Fault::make(fk::FaultKind::RateLimited);
        limited.retryAfterSeconds = 30;
        f.up.failNext(2, limited, QStringLiteral("/v1/embeddings"));
        QList<int> waits;
        Embedder embedder(f.host->router(), f.engine->database());
        embedder.setSchedule([&waits](int delayMs, QObject *context, std::function<void()> then) {
            waits << delayMs;
            QTimer::singleShot(0, context, std::move(then)); // the wait is recorded, not slept
        });
        QSignalSpy waiting(&embedder, &Embedder::waiting);
        QSignalSpy done(&embedder, &Embedder::finished);
        embedder.embed(f.collection);
        QVERIFY(done.wait(10000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(waits, (QList<int>{30000, 30000}));
        QCOMPARE(waiting.count(), 2);
        QCOMPARE(waiting.at(1).at(1).toInt(), 2);
        QVERIFY2(waiting.first().at(2).toString().contains(QLatin1String("rate-limiting (Retry-After 30 s)")),
                 qPrintable(waiting.first().at(2).toString()));
        QCOMPARE(f.up.requestCount(), 3); // the same batch, three times
        QCOMPARE(f.up.requests().at(2).json().value(QLatin1String("input")).toArray().size(), 4);
        QCOMPARE(f.store->countWithoutVector(f.collection, QStringLiteral("fake/text-embedding-3-small")).value(), 0);

        // a provider that keeps saying later: bounded by the waits, or sooner by the router's circuit
        // breaker (three failures in a row), and the reason says what to do
        Fixture g;
        QVERIFY(g.start(QStringLiteral("fake/text-embedding-3-small")));
        g.up.setFault(limited);
        Embedder stubborn(g.host->router(), g.engine->database());
        int waited = 0;
        stubborn.setSchedule([&waited](int, QObject *context, std::function<void()> then) {
            ++waited;
            QTimer::singleShot(0, context, std::move(then));
        });
        QSignalSpy stopped(&stubborn, &Embedder::finished);
        stubborn.embed(g.collection);
        QVERIFY(stopped.wait(10000));
        QVERIFY(!stopped.first().at(0).toBool());
        QVERIFY(waited >= 1 && waited <= Embedder::kMaxRateLimitWaits);
        QVERIFY(g.up.requestCount() >= waited && g.up.requestCount() <= waited + 1); // the open circuit sends none
        QVERIFY2(stopped.first().at(1).toString().contains(QLatin1String("Retry")), qPrintable(stopped.first().at(1).toString()));

        // asked to wait longer than an embedding waits: it stops at once
        Fixture l;
        QVERIFY(l.start(QStringLiteral("fake/text-embedding-3-small")));
        fk::Fault tooLong = limited;
        tooLong.retryAfterSeconds = 3600;
        l.up.setFault(tooLong);
        Embedder later(l.host->router(), l.engine->database());
        later.setSchedule([](int, QObject *, std::function<void()>) { QFAIL("no wait this long"); });
        QSignalSpy gaveUp(&later, &Embedder::finished);
        later.embed(l.collection);
        QVERIFY(gaveUp.wait(10000));
        QVERIFY2(gaveUp.first().at(1).toString().contains(QLatin1String("a wait of 60 min, longer than an embedding waits")),
                 qPrintable(gaveUp.first().at(1).toString()));
        QCOMPARE(l.up.requestCount(), 1);

        // cancelled while it waits: it ends at once
        Fixture h;
        QVERIFY(h.start(QStringLiteral("fake/text-embedding-3-small")));
        h.up.setFault(limited);
        Embedder patient(h.host->router(), h.engine->database());
        patient.setSchedule([](int, QObject *, std::function<void()>) {}); // a wait that never ends by itself
        QSignalSpy ended(&patient, &Embedder::finished);
        QSignalSpy paused(&patient, &Embedder::waiting);
        patient.embed(h.collection);
        QVERIFY(paused.wait(10000));
        patient.cancel();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("cancelled"));
    }

    void vectorsOfAnotherSizeAreRefused()
    {
        Fixture f;
        QVERIFY(f.start(QStringLiteral("fake/text-embedding-3-small")));
        QVERIFY(f.embed().first);
        auto pending = f.store->chunksWithoutVector(f.collection, QStringLiteral("fake/text-embedding-3-small"), 10);
        QVERIFY(pending && pending->isEmpty());
        auto refused = f.store->storeVectors(QStringLiteral("fake/text-embedding-3-small"), {1}, {QList<float>(8, 0.5f)});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("8 dimensions where its stored ones have 256")), qPrintable(refused.error().message));
        auto wrongQuery = f.store->searchVectors(f.collection, QStringLiteral("fake/text-embedding-3-small"), QList<float>(8, 0.5f), 3);
        QVERIFY(!wrongQuery);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeSearch)
#include "tst_knowledgesearch.moc"
