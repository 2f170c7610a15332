#include "engine/engine.h"
#include "enginefixture.h"
#include "fakeupstream.h"
#include "knowledge/context.h"
#include "knowledge/evaluation.h"
#include "knowledge/rerank.h"
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

#include <algorithm>

using namespace sb;
using namespace sb::knowledge;
namespace fk = sb::fakes;

namespace {

QList<qint64> chunkIds(const QList<Passage> &passages)
{
    QList<qint64> ids;
    for (const Passage &p : passages)
        ids << p.chunkId;
    return ids;
}

} // namespace

// Vectors and hybrid search through the real router against a fake OpenAI upstream whose
// embeddings put texts that share words near each other: embedding lands in the ledger as source
// knowledge, a changed model takes over only once complete, a failing provider leaves BM25 working.
// The rerank asks the same upstream's chat completions, scripted to reorder, ramble, fail or hang.
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

        bool start(const QString &embedModel, const QString &rerankModel = {})
        {
            if (!up.listen())
                return false;
            fk::ReplyScript reply;
            reply.embeddingDimensions = 256;
            up.setReply(reply);
            auto opened = testing::openEngineWithFake(dir.path(), up.baseUrl());
            if (!opened)
                return false;
            engine = *opened;
            host = std::make_unique<engine::RouterHost>(engine);
            store = std::make_unique<KnowledgeStore>(engine->database());
            Collection c;
            c.name = QStringLiteral("handbook");
            c.embedModel = embedModel;
            c.rerankModel = rerankModel;
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

        Expected<SearchResult> search(const QString &query, SearchMode mode, int top = 4, bool rerankIfSet = false)
        {
            Retriever retriever(&host->router(), engine->database());
            std::optional<Expected<SearchResult>> out;
            SearchOptions o;
            o.mode = mode;
            o.topK = top;
            o.rerankIfSet = rerankIfSet;
            retriever.search(*store->collection(collection), query, o, [&out](Expected<SearchResult> r) { out = std::move(r); });
            if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
                return Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
            return *out;
        }

        // With vectors (embedded) and a rerank model.
        bool startReranking() { return start(QStringLiteral("fake/text-embedding-3-small"), QStringLiteral("fake/gpt-4o-mini")) && embed().first; }

        // The passages of a hybrid search without rerank, best first (none when it failed).
        QList<qint64> fusedOrder(const QString &query)
        {
            auto hybrid = search(query, SearchMode::Hybrid);
            return hybrid ? chunkIds(hybrid->passages) : QList<qint64>{};
        }

        // What the chat completions (the rerank) answer from now on.
        void answer(const QString &text)
        {
            fk::ReplyScript reply;
            reply.embeddingDimensions = 256;
            reply.text = text;
            up.setReply(reply);
        }

        int chats() const
        {
            return int(std::count_if(up.requests().begin(), up.requests().end(),
                                     [](const fk::RecordedRequest &r) { return r.path == QLatin1String("/v1/chat/completions"); }));
        }

        // The last ledger row: "source key model status".
        QString lastCall()
        {
            if (!engine->ledger().flush())
                return {};
            QSqlQuery q(*engine->database()->connection());
            q.exec(QStringLiteral("SELECT source || ' ' || source_key || ' ' || model || ' ' || status FROM calls ORDER BY id DESC LIMIT 1"));
            return q.next() ? q.value(0).toString() : QString();
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

    // Batch after batch, each from where the last ended (from the start every batch would step over
    // all the passages embedded so far), and nothing is left behind.
    void embeddingGoesOnFromTheLastBatch()
    {
        Fixture f;
        const QString model = QStringLiteral("fake/text-embedding-3-small");
        QVERIFY(f.start(model));
        const int more = 2 * Embedder::kBatch + 10;
        for (int i = 0; i < more; ++i) {
            Document d;
            d.source = QStringLiteral("/more/%1.md").arg(i);
            d.contentHash = d.source;
            Chunk ch;
            ch.text = QStringLiteral("Passage %1 about parcels and refunds.").arg(i);
            ch.end = ch.text.size();
            ch.tokens = 8;
            QVERIFY(f.store->replaceDocument(f.collection, d, {ch}));
        }
        auto all = f.store->chunksWithoutVector(f.collection, model, 1000);
        QVERIFY(all);
        QCOMPARE(all->size(), 4 + more);
        auto after = f.store->chunksWithoutVector(f.collection, model, 1000, all->at(9).chunkId);
        QVERIFY(after);
        QCOMPARE(after->size(), all->size() - 10);
        QCOMPARE(after->first().chunkId, all->at(10).chunkId);
        QVERIFY(f.store->chunksWithoutVector(f.collection, model, 1000, all->last().chunkId)->isEmpty());

        const int before = f.up.requestCount();
        const auto [ok, message] = f.embed();
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(f.up.requestCount() - before, (4 + more + Embedder::kBatch - 1) / Embedder::kBatch);
        QCOMPARE(f.store->countWithoutVector(f.collection, model).value(), 0);
        QCOMPARE(f.store->stats(f.collection)->vectors, 4 + more);
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

    void rerankSettingsAreStored()
    {
        Fixture f;
        QVERIFY(f.start(QString(), QStringLiteral("  fake/gpt-4o-mini ")));
        Collection c = *f.store->collection(f.collection);
        QCOMPARE(c.rerankModel, QStringLiteral("fake/gpt-4o-mini"));
        QCOMPARE(c.rerankCandidates, 20);
        c.rerankCandidates = 1;
        auto refused = f.store->updateCollection(c);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QVERIFY2(refused.error().message.contains(QLatin1String("2 to 50 passages")), qPrintable(refused.error().message));
        c.rerankCandidates = 50;
        c.rerankModel.clear();
        QVERIFY(f.store->updateCollection(c));
        QCOMPARE(f.store->collection(f.collection)->rerankCandidates, 50);
        QVERIFY(f.store->collection(f.collection)->rerankModel.isEmpty());
        // a search that asks for a rerank the collection has no model for is refused, like vectors without one
        auto none = f.search(QStringLiteral("parcels"), SearchMode::Rerank);
        QVERIFY(!none);
        QCOMPARE(none.error().message, QStringLiteral("no rerank: the collection has no rerank model"));
        QCOMPARE(modeFromName(u"RERANK"), std::optional<SearchMode>(SearchMode::Rerank));
        QCOMPARE(modeFromName(u"fuzzy"), std::nullopt);
    }

    void rankingAnswersAreParsed_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QList<int>>("ranking"); // of 4 candidates; empty: the answer names none
        QTest::newRow("json") << QStringLiteral("[3, 1, 2]") << QList<int>{3, 1, 2};
        QTest::newRow("fenced") << QStringLiteral("```json\n[2, 4]\n```") << QList<int>{2, 4};
        QTest::newRow("object of strings") << QStringLiteral("{\"ranking\": [\"4\", \"1\"]}") << QList<int>{4, 1};
        QTest::newRow("brackets") << QStringLiteral("[3] > [1] > [2]") << QList<int>{3, 1, 2};
        QTest::newRow("arrows") << QStringLiteral("3 > 1 > 4") << QList<int>{3, 1, 4};
        QTest::newRow("numbered list") << QStringLiteral("1. Passage 3\n2. Passage 1\n3) passage 4") << QList<int>{3, 1, 4};
        QTest::newRow("bullets") << QStringLiteral("- 2\n- 4") << QList<int>{2, 4};
        QTest::newRow("prose") << QStringLiteral("Passage 3 is best, then passage 1.") << QList<int>{3, 1};
        QTest::newRow("out of range, repeats") << QStringLiteral("[5, 2, 0, 2, 9, 1]") << QList<int>{2, 1};
        QTest::newRow("reasoning") << QStringLiteral("<think>Maybe [1]? No: 4 says it.</think>\n[4, 3]") << QList<int>{4, 3};
        QTest::newRow("reasoning cut off") << QStringLiteral("<think>passage 2 looks") << QList<int>{};
        QTest::newRow("no numbers") << QStringLiteral("None of them answers the question.") << QList<int>{};
        QTest::newRow("none in range") << QStringLiteral("[7, 0]") << QList<int>{};
        QTest::newRow("empty") << QString() << QList<int>{};
    }

    void rankingAnswersAreParsed()
    {
        QFETCH(QString, answer);
        QFETCH(QList<int>, ranking);
        const std::optional<QList<int>> parsed = parseRanking(answer, 4);
        if (ranking.isEmpty())
            QCOMPARE(parsed, std::nullopt);
        else
            QCOMPARE(parsed, std::optional<QList<int>>(ranking));
    }

    void rankingAppliesAndThePromptIsBounded()
    {
        QList<Passage> candidates;
        for (int i = 0; i < 4; ++i) {
            Passage p;
            p.chunkId = i + 1;
            p.source = QStringLiteral("/docs/%1.md").arg(i);
            p.text = QStringLiteral("Passage number %1.").arg(i);
            candidates << p;
        }
        candidates[3].text = QStringLiteral("word ").repeated(2000);
        const QList<Passage> out = applyRanking(candidates, {3, 1, 3, 7});
        QList<int> ranks;
        for (const Passage &p : out)
            ranks << p.rerankRank;
        QCOMPARE(chunkIds(out), (QList<qint64>{3, 1, 2, 4})); // those left out follow in their order
        QCOMPARE(ranks, (QList<int>{1, 2, 0, 0}));

        const protocol::ChatRequest request = rerankRequest(QStringLiteral("fake/gpt-4o-mini"), QStringLiteral("  why?  "), candidates);
        QCOMPARE(request.model, QStringLiteral("fake/gpt-4o-mini"));
        QVERIFY(!request.stream);
        QCOMPARE(request.maxTokens, std::optional<int>(Reranker::kMaxTokens));
        QVERIFY(request.system.contains(QLatin1String("JSON array")));
        QCOMPARE(request.messages.size(), 1);
        const QString prompt = request.messages.first().text();
        QVERIFY2(prompt.startsWith(QLatin1String("Question: why?\n\nPassages:\n\n[1] 0.md\nPassage number 0.")), qPrintable(prompt));
        QVERIFY(prompt.contains(QLatin1String("\n\n[4] 3.md\nword word")));
        QVERIFY2(prompt.size() < 3 * 40 + kRerankPassageChars + 400, qPrintable(QString::number(prompt.size()))); // the long one cut
        QVERIFY(prompt.contains(QStringLiteral("word…")));
    }

    void rerankReordersTheFusedPassages()
    {
        Fixture f;
        QVERIFY(f.startReranking());
        const QString query = QStringLiteral("when does the deploy key rotate");
        const QList<qint64> fused = f.fusedOrder(query);
        QCOMPARE(fused.size(), 4);
        QCOMPARE(f.chats(), 0); // hybrid as asked: no rerank

        f.answer(QStringLiteral("[4] > [2]"));
        auto reranked = f.search(query, SearchMode::Rerank, 3);
        QVERIFY2(reranked, reranked ? "" : qPrintable(reranked.error().message));
        QCOMPARE(reranked->used, SearchMode::Rerank);
        QVERIFY2(reranked->note.isEmpty(), qPrintable(reranked->note));
        QCOMPARE(reranked->passages.size(), 3);
        QList<int> rerankRanks;
        QList<int> fusedRanks;
        for (const Passage &p : reranked->passages) {
            rerankRanks << p.rerankRank;
            fusedRanks << p.fusedRank;
        }
        QCOMPARE(chunkIds(reranked->passages), (QList<qint64>{fused.at(3), fused.at(1), fused.at(0)}));
        QCOMPARE(rerankRanks, (QList<int>{1, 2, 0}));
        QCOMPARE(fusedRanks, (QList<int>{4, 2, 1}));
        // its cost is the search's, beside the query's embedding
        QVERIFY(reranked->rerankCostUsd > 0);
        QVERIFY(reranked->costUsd > reranked->rerankCostUsd);
        // one chat request with the question and the four candidates, in the ledger as the knowledge base's
        QCOMPARE(f.chats(), 1);
        const fk::RecordedRequest chat = f.up.lastRequest();
        QCOMPARE(chat.json().value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
        const QString body = QString::fromUtf8(chat.body);
        QVERIFY2(body.contains(QLatin1String("Question: when does the deploy key rotate")), qPrintable(body));
        QVERIFY(body.contains(QLatin1String("[4] ")) && !body.contains(QLatin1String("[5] ")));
        QCOMPARE(f.lastCall(), QStringLiteral("knowledge handbook gpt-4o-mini ok"));

        // the collection's own ranking (what models are given) reranks when it has a model
        auto own = f.search(query, SearchMode::Hybrid, 4, true);
        QVERIFY(own);
        QCOMPARE(own->used, SearchMode::Rerank);
        QCOMPARE(f.chats(), 2);

        // the model sees only the collection's number of candidates; the rest follow in the fused order
        Collection c = *f.store->collection(f.collection);
        c.rerankCandidates = 2;
        QVERIFY(f.store->updateCollection(c));
        f.answer(QStringLiteral("[2]"));
        auto two = f.search(query, SearchMode::Rerank, 4);
        QVERIFY(two);
        QCOMPARE(chunkIds(two->passages), (QList<qint64>{fused.at(1), fused.at(0), fused.at(2), fused.at(3)}));
        const QString prompt = QString::fromUtf8(f.up.lastRequest().body);
        QVERIFY(prompt.contains(QLatin1String("[2] ")) && !prompt.contains(QLatin1String("[3] ")));
    }

    void rerankFailuresKeepTheFusedOrder()
    {
        Fixture f;
        QVERIFY(f.startReranking());
        const QString query = QStringLiteral("money back within thirty days");
        const QList<qint64> fused = f.fusedOrder(query);
        QCOMPARE(fused.size(), 4);
        auto idsOf = [](const SearchResult &r) {
            const bool marked = std::any_of(r.passages.begin(), r.passages.end(), [](const Passage &p) { return p.rerankRank != 0; });
            return marked ? QList<qint64>{} : chunkIds(r.passages); // nothing is marked reranked
        };

        // an answer without passage numbers: paid for, but the fused order stays
        f.answer(QStringLiteral("They all look relevant to me."));
        auto vague = f.search(query, SearchMode::Rerank);
        QVERIFY(vague);
        QCOMPARE(vague->used, SearchMode::Hybrid);
        QCOMPARE(vague->note, QStringLiteral("not reranked: the answer of fake/gpt-4o-mini named no passage numbers"));
        QCOMPARE(idsOf(*vague), fused);
        QVERIFY(vague->rerankCostUsd > 0);

        // an error (401: not retried)
        f.up.failNext(1, fk::Fault::make(fk::FaultKind::Unauthorized), QStringLiteral("/v1/chat"));
        auto failed = f.search(query, SearchMode::Rerank);
        QVERIFY(failed);
        QCOMPARE(failed->used, SearchMode::Hybrid);
        QVERIFY2(failed->note.startsWith(QLatin1String("not reranked: fake/gpt-4o-mini failed (")), qPrintable(failed->note));
        QCOMPARE(idsOf(*failed), fused);
        QCOMPARE(f.lastCall(), QStringLiteral("knowledge handbook gpt-4o-mini error"));

        // a model that does not answer: the timeout (recorded here, fired by the test) keeps the fused order
        fk::Script hang;
        hang.fault = fk::Fault::make(fk::FaultKind::SlowFirstByte, 3600 * 1000);
        f.up.enqueue(hang, 1, QStringLiteral("/v1/chat"));
        Retriever retriever(&f.host->router(), f.engine->database());
        std::function<void()> timeout;
        int waits = 0;
        retriever.setRerankSchedule([&](int delayMs, QObject *, std::function<void()> then) {
            waits = delayMs;
            timeout = std::move(then);
        });
        std::optional<Expected<SearchResult>> out;
        SearchOptions options;
        options.mode = SearchMode::Rerank;
        options.topK = 4;
        const int chats = f.chats();
        retriever.search(*f.store->collection(f.collection), query, options, [&out](Expected<SearchResult> r) { out = std::move(r); });
        QTRY_COMPARE(f.chats(), chats + 1); // the request is upstream, unanswered
        QVERIFY(timeout);
        QCOMPARE(waits, Reranker::kTimeoutMs);
        QVERIFY(!out);
        timeout();
        QVERIFY(out && *out);
        QCOMPARE((*out)->used, SearchMode::Hybrid);
        QCOMPARE((*out)->note, QStringLiteral("not reranked: fake/gpt-4o-mini did not answer within 30 s"));
        QCOMPARE(idsOf(**out), fused);
        QTRY_COMPARE(f.lastCall(), QStringLiteral("knowledge handbook gpt-4o-mini cancelled")); // the call was ended, and kept
    }

    void contextIsReranked()
    {
        Fixture f;
        QVERIFY(f.start(QString(), QStringLiteral("fake/gpt-4o-mini"))); // BM25 alone, reranked
        const QString query = QStringLiteral("days of the deploy key and money back");
        auto bm25 = f.search(query, SearchMode::Hybrid);
        QVERIFY(bm25 && bm25->passages.size() >= 2);
        f.answer(QStringLiteral("[2, 1]"));
        ContextBuilder builder(&f.host->router(), f.engine->database());
        std::optional<Expected<Context>> out;
        ContextOptions options;
        builder.build({QStringLiteral("handbook")}, query, options, [&out](Expected<Context> r) { out = std::move(r); });
        QVERIFY(QTest::qWaitFor([&out] { return out.has_value(); }, 10000));
        QVERIFY(*out);
        const Context &c = out->value();
        QVERIFY(c.passages.size() >= 2);
        QCOMPARE(c.passages.at(0).chunkId, bm25->passages.at(1).chunkId);
        QCOMPARE(c.passages.at(1).chunkId, bm25->passages.at(0).chunkId);
        QCOMPARE(c.notes, QStringList{QStringLiteral("handbook: BM25 only: the collection has no embedding model")});
        QVERIFY(c.costUsd > 0); // the rerank's
        QCOMPARE(f.chats(), 1);

        // a caller that wants the fused order as it is
        out.reset();
        options.search.rerankIfSet = false;
        builder.build({QStringLiteral("handbook")}, query, options, [&out](Expected<Context> r) { out = std::move(r); });
        QVERIFY(QTest::qWaitFor([&out] { return out.has_value(); }, 10000));
        QCOMPARE(out->value().passages.first().chunkId, bm25->passages.first().chunkId);
        QCOMPARE(f.chats(), 1);
    }

    void evaluationScoresFourConfigurations()
    {
        Fixture f;
        QVERIFY(f.startReranking());
        // as in goldenQuestionsScoreEachMode: two questions answered at rank 1, one never
        auto golden = parseGolden("{\"question\": \"money back within thirty days\", \"sources\": [\"0.md\"]}\n"
                                  "{\"question\": \"when does the deploy key rotate\", \"source\": \"/docs/2.md\", \"phrase\": \"ninety days\"}\n"
                                  "{\"question\": \"quarterly revenue targets\", \"sources\": [\"9.md\"]}\n");
        QVERIFY(golden);
        // a rerank model that puts the second passage first: the right ones drop to rank 2
        f.answer(QStringLiteral("[2, 1]"));
        Evaluator evaluator(&f.host->router(), f.engine->database());
        QSignalSpy done(&evaluator, &Evaluator::finished);
        evaluator.run(*f.store->collection(f.collection), *golden, {SearchMode::Bm25, SearchMode::Vector, SearchMode::Hybrid, SearchMode::Rerank},
                      10);
        QVERIFY(done.wait(10000));
        const auto scores = done.first().at(0).value<QList<ModeScore>>();
        QCOMPARE(scores.size(), 4);
        for (int i = 0; i < 3; ++i) {
            const ModeScore &s = scores.at(i);
            QCOMPARE(s.questions, 3);
            QVERIFY2(qFuzzyCompare(s.citationCorrect, 2.0 / 3.0), qPrintable(modeName(s.mode) + QString::number(s.citationCorrect)));
            QVERIFY(qFuzzyCompare(s.recallAt1, 2.0 / 3.0));
        }
        QCOMPARE(scores.at(0).costUsd, 0.0); // BM25 calls nobody
        QVERIFY(scores.at(2).costUsd > 0); // hybrid embeds its queries
        const ModeScore &rerank = scores.at(3);
        QCOMPARE(rerank.mode, SearchMode::Rerank);
        QCOMPARE(rerank.questions, 3);
        QVERIFY2(rerank.note.isEmpty(), qPrintable(rerank.note));
        QCOMPARE(rerank.recallAt1, 0.0);
        QCOMPARE(rerank.citationCorrect, 0.0);
        QVERIFY(qFuzzyCompare(rerank.recallAt5, 2.0 / 3.0));
        QVERIFY(qFuzzyCompare(rerank.mrr, 1.0 / 3.0));
        QVERIFY(rerank.costUsd > scores.at(2).costUsd); // embedding and reranking
        QCOMPARE(f.chats(), 3); // a rerank per question

        // without a rerank model the rerank row says why and scores nothing
        Collection plain = *f.store->collection(f.collection);
        plain.rerankModel.clear();
        QSignalSpy again(&evaluator, &Evaluator::finished);
        evaluator.run(plain, *golden, {SearchMode::Hybrid, SearchMode::Rerank}, 10);
        QVERIFY(again.wait(10000));
        const auto without = again.first().at(0).value<QList<ModeScore>>();
        QCOMPARE(without.at(1).questions, 0);
        QCOMPARE(without.at(1).note, QStringLiteral("no rerank: the collection has no rerank model"));
        QCOMPARE(f.chats(), 3);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeSearch)
#include "tst_knowledgesearch.moc"
