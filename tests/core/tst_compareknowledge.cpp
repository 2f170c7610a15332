#include "common/csv.h"
#include "compare/batchrunner.h"
#include "compare/session.h"
#include "engine/engine.h"
#include "enginefixture.h"
#include "fakeupstream.h"
#include "knowledge/context.h"
#include "knowledge/retrieval.h"
#include "knowledge/store.h"
#include "storage/database.h"
#include "storage/secretstore.h"
#include "usage/ledger.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::compare;
namespace fk = sb::fakes;

// Compare with the knowledge base: retrieval runs once per prompt and every pane (and in a batch,
// every model of a row) gets exactly the same numbered passages. Proven on the wire: a fake
// upstream records every chat request's system prompt and counts the query embeddings, and the
// ledger counts the knowledge calls.
class TestCompareKnowledge : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        fk::FakeUpstream up{fk::Dialects(fk::Dialect::OpenAiChat)};
        std::shared_ptr<engine::Engine> engine;
        std::unique_ptr<engine::RouterHost> host;
        std::shared_ptr<CompareStore> store;
        std::unique_ptr<knowledge::ContextBuilder> builder;
        const QStringList models{QStringLiteral("fake/gpt-4o-mini"), QStringLiteral("fake/gpt-4o"), QStringLiteral("fake/gpt-4.1-mini")};

        bool start()
        {
            if (!up.listen())
                return false;
            fk::ReplyScript reply;
            reply.text = QStringLiteral("Refunds are paid within thirty days [1].");
            reply.embeddingDimensions = 256;
            up.setReply(reply);
            auto secrets = std::make_shared<MemorySecretStore>();
            (void)secrets->write(QStringLiteral("k"), QStringLiteral("sk"));
            Workspace ws = WorkspaceFile::defaults();
            ws.name = QStringLiteral("team");
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
            store = std::make_shared<CompareStore>(engine->database());
            builder = std::make_unique<knowledge::ContextBuilder>(&host->router(), engine->database());

            knowledge::KnowledgeStore kb(engine->database());
            knowledge::Collection c;
            c.name = QStringLiteral("handbook");
            c.embedModel = QStringLiteral("fake/text-embedding-3-small");
            auto id = kb.createCollection(c);
            if (!id)
                return false;
            const QStringList texts{QStringLiteral("Customers get their money back within thirty days of purchase."),
                                    QStringLiteral("Parcels ship on weekdays from the central warehouse."),
                                    QStringLiteral("The deploy key rotates every ninety days; ask the platform team."),
                                    QStringLiteral("Sale items cannot be returned or exchanged; refunds exclude them.")};
            if (!testing::addPassages(kb, *id, texts, QStringLiteral("policy-")))
                return false;
            knowledge::Embedder embedder(host->router(), engine->database());
            QSignalSpy done(&embedder, &knowledge::Embedder::finished);
            embedder.embed(*id);
            if (!done.wait(10000) || !done.first().at(0).toBool())
                return false;
            up.clearRequests();
            return true;
        }

        QList<fk::RecordedRequest> requests(const QString &endpoint) const
        {
            QList<fk::RecordedRequest> out;
            for (const fk::RecordedRequest &r : up.requests()) {
                if (r.endpoint == endpoint)
                    out << r;
            }
            return out;
        }

        static QString systemOf(const fk::RecordedRequest &r)
        {
            const QJsonObject first = r.json().value(QLatin1String("messages")).toArray().at(0).toObject();
            return first.value(QLatin1String("role")).toString() == QLatin1String("system") ? first.value(QLatin1String("content")).toString()
                                                                                            : QString();
        }

        static QString lastUserOf(const fk::RecordedRequest &r)
        {
            const QJsonArray messages = r.json().value(QLatin1String("messages")).toArray();
            return messages.at(messages.size() - 1).toObject().value(QLatin1String("content")).toString();
        }

        int knowledgeCalls()
        {
            if (!engine->ledger().flush())
                return -1;
            QSqlQuery q(*engine->database()->connection());
            q.exec(QStringLiteral("SELECT count(*) FROM calls WHERE source = 'knowledge'"));
            return q.next() ? q.value(0).toInt() : -1;
        }
    };

private Q_SLOTS:
    void threePanesGetTheSamePassages()
    {
        Fixture f;
        QVERIFY(f.start());
        const int knowledgeBefore = f.knowledgeCalls(); // the collection's embedding
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(session.reset(f.models, false));
        session.setSystemPrompt(QStringLiteral("Answer briefly."));
        session.setKnowledge(f.builder.get(), {QStringLiteral("handbook")});
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        QSignalSpy ready(&session, &CompareSession::contextReady);
        QVERIFY(session.send(QStringLiteral("How many days until customers get their money back?")));
        QVERIFY(turn.wait(15000));
        QCOMPARE(ready.count(), 1);
        for (int p = 0; p < 3; ++p)
            QCOMPARE(session.state(p), CompareSession::PaneState::Done);

        // retrieval ran once: one query embedding on the wire, one knowledge call in the ledger
        QCOMPARE(f.requests(QStringLiteral("embeddings")).size(), 1);
        QCOMPARE(f.knowledgeCalls() - knowledgeBefore, 1);

        const knowledge::Context context = session.turnContext(); // a copy: the next turn replaces it
        QVERIFY(!context.isEmpty());
        QVERIFY(context.passages.first().text.contains(QLatin1String("money back")));
        QCOMPARE(context.collections, QStringList{QStringLiteral("handbook")});

        // three chat calls, one per model, with byte-identical sources after the comparison's own prompt
        const auto chats = f.requests(QStringLiteral("chat"));
        QCOMPARE(chats.size(), 3);
        QStringList models;
        for (const fk::RecordedRequest &r : chats)
            models << r.json().value(QLatin1String("model")).toString();
        models.sort();
        QCOMPARE(models, QStringList({QStringLiteral("gpt-4.1-mini"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
        const QString system = Fixture::systemOf(chats.at(0));
        QCOMPARE(system, QStringLiteral("Answer briefly.\n\n") + context.text);
        QVERIFY(system.contains(QLatin1String("[1] policy-0.md\nCustomers get their money back")));
        QCOMPARE(Fixture::systemOf(chats.at(1)), system);
        QCOMPARE(Fixture::systemOf(chats.at(2)), system);

        // the next prompt is searched once more, again the same for all three, and differs from the first
        f.up.clearRequests();
        QVERIFY(session.send(QStringLiteral("Which days do parcels ship from the warehouse?")));
        QVERIFY(turn.wait(15000));
        QCOMPARE(f.requests(QStringLiteral("embeddings")).size(), 1);
        QCOMPARE(f.knowledgeCalls() - knowledgeBefore, 2);
        const auto next = f.requests(QStringLiteral("chat"));
        QCOMPARE(next.size(), 3);
        const QString nextSystem = Fixture::systemOf(next.at(0));
        QVERIFY(nextSystem != system);
        QVERIFY(session.turnContext().passages.first().text.contains(QLatin1String("Parcels ship")));
        QCOMPARE(Fixture::systemOf(next.at(1)), nextSystem);
        QCOMPARE(Fixture::systemOf(next.at(2)), nextSystem);

        // each turn keeps its own sources with every pane's answer
        const knowledge::Context second = session.turnContext();
        for (int p = 0; p < 3; ++p) {
            const QList<knowledge::Context> &sources = session.transcriptSources(p);
            QCOMPARE(sources.size(), session.transcript(p).size());
            QCOMPARE(sources.size(), 4);
            QVERIFY(sources.at(0).isEmpty() && sources.at(2).isEmpty()); // the prompts
            QCOMPARE(sources.at(1).text, context.text);
            QCOMPARE(sources.at(3).text, second.text);
        }

        // reopened (another session, as after a restart): the collections are attached again and
        // every turn's answers have the very passages they were given
        QTRY_COMPARE(session.pendingWrites(), 0);
        CompareSession reopened(f.host->router(), std::make_shared<CompareStore>(f.engine->database()), QStringLiteral("team"));
        QVERIFY(reopened.open(session.comparisonId()));
        QCOMPARE(reopened.knowledge(), QStringList{QStringLiteral("handbook")});
        QCOMPARE(reopened.comparison().knowledge, QStringList{QStringLiteral("handbook")});
        QCOMPARE(reopened.turns(), 2);
        for (int p = 0; p < 3; ++p) {
            const QList<knowledge::Context> &sources = reopened.transcriptSources(p);
            QCOMPARE(sources.size(), 4);
            QVERIFY(sources.at(0).isEmpty() && sources.at(2).isEmpty());
            for (const auto &[index, given] : {std::pair{1, context}, std::pair{3, second}}) {
                const knowledge::Context &back = sources.at(index);
                QVERIFY(!back.isEmpty());
                QCOMPARE(knowledge::contextToJson(back), knowledge::contextToJson(given)); // collections, query, passages
                // what the answer cites is there to open
                QCOMPARE(knowledge::citedSources(reopened.transcript(p).at(index).text(), int(back.passages.size())), QList<int>{1});
            }
        }
        QCOMPARE(reopened.turnContext().passages.value(0).text, second.passages.value(0).text);

        // a follow-up of the reopened comparison is searched in them again
        f.up.clearRequests();
        reopened.setKnowledge(f.builder.get(), reopened.knowledge());
        QSignalSpy reopenedTurn(&reopened, &CompareSession::turnFinished);
        QVERIFY(reopened.send(QStringLiteral("Who rotates the deploy key?")));
        QVERIFY(reopenedTurn.wait(15000));
        QCOMPARE(f.requests(QStringLiteral("embeddings")).size(), 1);
        QVERIFY(reopened.turnContext().passages.value(0).text.contains(QLatin1String("deploy key")));
        QCOMPARE(reopened.transcriptSources(0).size(), 6);
        QCOMPARE(reopened.transcriptSources(0).value(1).passages.value(0).text, context.passages.value(0).text); // the earlier turns keep theirs
    }

    void batchRowsGetTheSamePassagesPerRow()
    {
        Fixture f;
        QVERIFY(f.start());
        const int knowledgeBefore = f.knowledgeCalls();
        auto rows = PromptSet::parseText(QStringLiteral("{\"id\":\"refund\",\"prompt\":\"How many days until customers get their money back?\"}\n"
                                                        "{\"id\":\"ship\",\"prompt\":\"Which days do parcels ship from the warehouse?\"}\n"));
        QVERIFY(rows);
        BatchRunner runner(f.host->router(), f.store, QStringLiteral("team"));
        BatchOptions options;
        options.models = f.models;
        options.concurrency = 4; // the second row's calls overlap the first row's
        options.knowledge = {QStringLiteral("handbook")};
        QVERIFY(!runner.start(*rows, options)); // no builder: refused, not run without the sources
        runner.setContextBuilder(f.builder.get());
        QSignalSpy done(&runner, &BatchRunner::finished);
        QVERIFY(runner.start(*rows, options));
        QVERIFY(done.wait(20000));
        QCOMPARE(runner.done(), 6);

        // one search per row
        QCOMPARE(f.requests(QStringLiteral("embeddings")).size(), 2);
        QCOMPARE(f.knowledgeCalls() - knowledgeBefore, 2);
        QHash<QString, QStringList> systemsByPrompt;
        for (const fk::RecordedRequest &r : f.requests(QStringLiteral("chat")))
            systemsByPrompt[Fixture::lastUserOf(r)] << Fixture::systemOf(r);
        QCOMPARE(systemsByPrompt.size(), 2);
        for (int row = 0; row < 2; ++row) {
            const QStringList systems = systemsByPrompt.value(rows->at(row).prompt);
            QCOMPARE(systems.size(), 3);
            const knowledge::Context context = runner.rowContext(row);
            QVERIFY(!context.isEmpty());
            for (const QString &s : systems)
                QCOMPARE(s, context.text);
        }
        QVERIFY(runner.rowContext(0).text != runner.rowContext(1).text);

        // saved: the batch's collections, and each result with its row's sources (as a reopened
        // batch shows them); the CSV export lists them
        QCOMPARE(f.store->comparison(runner.comparisonId())->knowledge, QStringList{QStringLiteral("handbook")});
        const auto saved = f.store->batchResults(runner.comparisonId());
        QVERIFY(saved);
        QCOMPARE(saved->size(), 6);
        for (const BatchResult &r : *saved) {
            QVERIFY(!r.knowledge.isEmpty());
            QCOMPARE(r.knowledge.query, rows->at(r.row).prompt);
            QCOMPARE(knowledge::contextToJson(r.knowledge), knowledge::contextToJson(runner.rowContext(r.row)));
        }
        auto records = csv::parse(resultsToCsv(*saved));
        QVERIFY(records);
        QCOMPARE(records->size(), 7);
        QCOMPARE(records->at(0).fields.last(), QStringLiteral("sources"));
        for (int line = 1; line < 7; ++line) {
            const int row = saved->at(line - 1).row;
            QCOMPARE(records->at(line).fields.last(), knowledge::sourceList(runner.rowContext(row)));
            QVERIFY(records->at(line).fields.last().startsWith(QLatin1String("[1] policy-")));
        }
    }

    void failedSearchKeepsThePrompt()
    {
        Fixture f;
        QVERIFY(f.start());
        CompareSession session(f.host->router(), f.store, QStringLiteral("team"));
        QVERIFY(session.reset(f.models, false));
        session.setKnowledge(f.builder.get(), {QStringLiteral("no-such-collection")});
        QSignalSpy turn(&session, &CompareSession::turnFinished);
        QVERIFY(session.send(QStringLiteral("Where is the deploy key?")));
        QVERIFY(turn.wait(15000));
        // no pane was asked without its sources; each says what failed and what to do
        QCOMPARE(f.requests(QStringLiteral("chat")).size(), 0);
        for (int p = 0; p < 3; ++p) {
            QCOMPARE(session.state(p), CompareSession::PaneState::Failed);
            const QString error = session.answerStats(p).error;
            QVERIFY2(error.contains(QLatin1String("no-such-collection")) && error.contains(QLatin1String("send again")), qPrintable(error));
            QCOMPARE(session.transcript(p).size(), 1); // the prompt is kept
        }
        // with the collection fixed, sending again answers the kept prompt together with the new one
        session.setKnowledge(f.builder.get(), {QStringLiteral("handbook")});
        QVERIFY(session.send(QStringLiteral("And who rotates it?")));
        QVERIFY(turn.wait(15000));
        QCOMPARE(f.requests(QStringLiteral("chat")).size(), 3);
        QVERIFY(Fixture::lastUserOf(f.requests(QStringLiteral("chat")).at(0)).startsWith(QLatin1String("Where is the deploy key?")));
        QTRY_COMPARE(session.pendingWrites(), 0);
        QCOMPARE(f.store->messages(session.comparisonId())->size(), 12); // 2 turns x 3 panes x (prompt, answer)
    }
};

QTEST_GUILESS_MAIN(TestCompareKnowledge)
#include "tst_compareknowledge.moc"
