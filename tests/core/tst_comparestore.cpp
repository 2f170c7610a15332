#include "compare/comparestore.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::compare;

class TestCompareStore : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        std::shared_ptr<Database> db;
        qint64 now = 1'700'000'000'000;
        std::unique_ptr<CompareStore> store;
        bool open()
        {
            auto opened = Database::open(dir.filePath(QStringLiteral("switchboard.sqlite")));
            if (!opened)
                return false;
            db = *opened;
            store = std::make_unique<CompareStore>(db, [this] { return now++; });
            return true;
        }
    };

    static knowledge::Context sources(const QString &collection, const QString &query, const QStringList &texts)
    {
        QList<knowledge::Passage> passages;
        for (int i = 0; i < texts.size(); ++i) {
            knowledge::Passage p;
            p.chunkId = 100 + i;
            p.source = QStringLiteral("/docs/%1-%2.pdf").arg(collection).arg(i);
            p.page = i + 2;
            p.heading = QStringLiteral("Policy > Part %1").arg(i);
            p.text = texts.at(i);
            p.start = 10 * i;
            p.end = 10 * i + texts.at(i).size();
            passages << p;
        }
        knowledge::Context c = knowledge::buildContext(passages, 3000);
        c.collections = {collection};
        c.query = query;
        return c;
    }

    // Everything a reader reopens (what contextToJson keeps: collections, query, notes, passages).
    static QJsonObject kept(const knowledge::Context &context) { return knowledge::contextToJson(context); }

private Q_SLOTS:
    void comparisonsAndMessages()
    {
        Fixture f;
        QVERIFY(f.open());
        Comparison c;
        c.workspace = QStringLiteral("team");
        c.title = QStringLiteral("Capitals");
        c.systemPrompt = QStringLiteral("Be brief");
        c.models = {QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("auto")};
        c.blind = true;
        c.displayOrder = {1, 0};
        c.category = QStringLiteral("geo");
        auto id = f.store->create(c);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        Comparison batch;
        batch.workspace = QStringLiteral("other");
        batch.kind = Comparison::Kind::Batch;
        batch.models = {QStringLiteral("m")};
        auto other = f.store->create(batch);
        QVERIFY(other);

        AnswerStats stats;
        stats.provider = QStringLiteral("openai");
        stats.model = QStringLiteral("openai/gpt-4o-mini");
        stats.requestId = QStringLiteral("req-1");
        stats.inputTokens = 12;
        stats.outputTokens = 40;
        stats.costUsd = 0.000123456;
        stats.ttftMs = 100;
        stats.latencyMs = 900;
        QVERIFY(f.store->appendMessage(*id, CompareMessage{0, 0, true, QStringLiteral("Capital of France?"), {}, {}}));
        QVERIFY(f.store->appendMessage(*id, CompareMessage{1, 0, true, QStringLiteral("Capital of France?"), {}, {}}));
        QVERIFY(f.store->appendMessage(*id, CompareMessage{0, 0, false, QStringLiteral("Paris."), stats, {}}));
        AnswerStats failed;
        failed.status = AnswerStats::Status::Error;
        failed.error = QStringLiteral("server: boom");
        QVERIFY(f.store->appendMessage(*id, CompareMessage{1, 0, false, QString(), failed, {}}));

        auto back = f.store->comparison(*id);
        QVERIFY(back);
        QCOMPARE(back->title, QStringLiteral("Capitals"));
        QCOMPARE(back->models, c.models);
        QCOMPARE(back->displayOrder, (QList<int>{1, 0}));
        QVERIFY(back->blind);
        QVERIFY(!back->revealed);
        QCOMPARE(back->category, QStringLiteral("geo"));
        QVERIFY(back->updatedAt > back->createdAt); // touched by the messages

        auto messages = f.store->messages(*id);
        QVERIFY(messages);
        QCOMPARE(messages->size(), 4);
        QCOMPARE(messages->at(0).pane, 0);
        QVERIFY(messages->at(0).fromUser);
        const CompareMessage &answer = messages->at(1);
        QCOMPARE(answer.text, QStringLiteral("Paris."));
        QCOMPARE(answer.stats.requestId, QStringLiteral("req-1"));
        QCOMPARE(answer.stats.outputTokens, 40);
        QCOMPARE(answer.stats.costUsd, 0.000123456);
        QCOMPARE(answer.stats.ttftMs, std::optional<qint64>(100));
        QVERIFY(qAbs(*answer.stats.tokensPerSecond() - 48.75) < 1e-9); // 39 tokens after the first in 800 ms
        AnswerStats burst = answer.stats;
        burst.latencyMs = *burst.ttftMs + 10; // everything at once: no rate
        QVERIFY(!burst.tokensPerSecond());
        // issue 15: a two-token answer showed "4000.0 tok/s"; too short to time is no rate at all
        AnswerStats tiny = answer.stats;
        tiny.outputTokens = 2;
        tiny.latencyMs = *tiny.ttftMs + 500;
        QVERIFY(!tiny.tokensPerSecond());
        tiny.outputTokens = 8; // enough tokens over enough time
        QVERIFY(qAbs(*tiny.tokensPerSecond() - 14.0) < 1e-9);
        QCOMPARE(messages->at(3).stats.status, AnswerStats::Status::Error);
        QCOMPARE(messages->at(3).stats.error, QStringLiteral("server: boom"));
        QVERIFY(!messages->at(3).stats.ttftMs);

        back->revealed = true;
        back->title = QStringLiteral("Renamed");
        QVERIFY(f.store->update(*back));
        QVERIFY(f.store->comparison(*id)->revealed);

        auto list = f.store->list(QStringLiteral("team"));
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().title, QStringLiteral("Renamed"));
        QCOMPARE(f.store->list(QStringLiteral("other"))->first().kind, Comparison::Kind::Batch);

        // reopen from another store on the same file
        CompareStore second(f.db);
        QCOMPARE(second.messages(*id)->size(), 4);

        QVERIFY(f.store->remove(*id));
        QCOMPARE(f.store->comparison(*id).error().kind, Error::Kind::NotFound);
        QCOMPARE(f.store->messages(*id)->size(), 0); // cascaded
        Comparison ghost;
        ghost.id = 9999;
        QCOMPARE(f.store->update(ghost).error().kind, Error::Kind::NotFound);
    }

    void votesAndLeaderboard()
    {
        Fixture f;
        QVERIFY(f.open());
        Comparison c;
        c.workspace = QStringLiteral("team");
        c.models = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
        c.category = QStringLiteral("code");
        auto id = f.store->create(c);
        QVERIFY(id);
        QVERIFY(f.store->recordVotes(*id, roundVotes(c.models, 0, VoteOutcome::AWins))); // x beats y and z
        QVERIFY(f.store->recordVotes(*id, roundVotes(c.models.mid(1), -1, VoteOutcome::BWins))); // z beats y
        Vote writing{QStringLiteral("y"), QStringLiteral("x"), VoteOutcome::AWins, QStringLiteral("writing"), 0, 0};
        QVERIFY(f.store->recordVotes(*id, {writing}));
        // another workspace's votes do not count
        Comparison elsewhere = c;
        elsewhere.workspace = QStringLiteral("other");
        auto otherId = f.store->create(elsewhere);
        QVERIFY(f.store->recordVotes(*otherId, roundVotes(c.models, 2, VoteOutcome::AWins)));

        auto all = f.store->leaderboard(QStringLiteral("team"));
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        auto code = f.store->leaderboard(QStringLiteral("team"), QStringLiteral("code"));
        QVERIFY(code);
        QCOMPARE(code->at(0).model, QStringLiteral("x"));
        QCOMPARE(code->at(0).wins, 2);
        QCOMPARE(code->at(0).games, 2);
        QCOMPARE(code->at(1).model, QStringLiteral("z"));
        QCOMPARE(code->at(2).model, QStringLiteral("y"));
        QCOMPARE(code->at(2).losses, 2);
        auto writingBoard = f.store->leaderboard(QStringLiteral("team"), QStringLiteral("writing"));
        QCOMPARE(writingBoard->at(0).model, QStringLiteral("y"));
        QCOMPARE(f.store->categories(QStringLiteral("team")).value(), (QStringList{QStringLiteral("code"), QStringLiteral("writing")}));

        // votes outlive their comparison
        QVERIFY(f.store->remove(*id));
        QCOMPARE(f.store->votes(QStringLiteral("team"))->size(), 4);
        QVERIFY(!f.store->recordVotes(*id, {writing})); // no comparison any more
    }

    void batchResults()
    {
        Fixture f;
        QVERIFY(f.open());
        Comparison c;
        c.kind = Comparison::Kind::Batch;
        c.models = {QStringLiteral("a"), QStringLiteral("b")};
        auto id = f.store->create(c);
        QVERIFY(id);
        BatchResult r;
        r.row = 0;
        r.rowId = QStringLiteral("q1");
        r.model = QStringLiteral("a");
        r.prompt = QStringLiteral("p");
        r.output = QStringLiteral("out");
        r.checks = 1;
        r.passed = false;
        r.checkDetail = QStringLiteral("does not contain \"x\"");
        r.stats.latencyMs = 10;
        QVERIFY(f.store->saveBatchResult(*id, r));
        r.passed = true; // replaced, not duplicated
        r.checkDetail.clear();
        QVERIFY(f.store->saveBatchResult(*id, r));
        BatchResult unchecked = r;
        unchecked.model = QStringLiteral("b");
        unchecked.checks = 0;
        unchecked.passed.reset();
        QVERIFY(f.store->saveBatchResult(*id, unchecked));
        auto back = f.store->batchResults(*id);
        QVERIFY(back);
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0).passed, std::optional<bool>(true));
        QCOMPARE(back->at(0).rowId, QStringLiteral("q1"));
        QCOMPARE(back->at(0).stats.latencyMs, std::optional<qint64>(10));
        QVERIFY(!back->at(1).passed);
    }

    // A comparison keeps its collections, and each turn (live) or row (batch) the sources it was
    // answered from: every answer of the turn reads them back, the prompts none, another connection
    // to the file too, and they go with the comparison.
    void knowledgeRoundTrips()
    {
        Fixture f;
        QVERIFY(f.open());
        Comparison c;
        c.workspace = QStringLiteral("team");
        c.models = {QStringLiteral("a"), QStringLiteral("b")};
        c.knowledge = {QStringLiteral("handbook"), QStringLiteral("faq")};
        const auto id = f.store->create(c);
        QVERIFY(id);
        QCOMPARE(f.store->comparison(*id)->knowledge, c.knowledge);

        const knowledge::Context first = sources(QStringLiteral("handbook"), QStringLiteral("refunds?"),
                                                 {QStringLiteral("Refunds are paid within thirty days."), QStringLiteral("Sale items are final.")});
        knowledge::Context nothing; // searched, nothing matched: the note is what a reader sees
        nothing.collections = {QStringLiteral("handbook"), QStringLiteral("faq")};
        nothing.query = QStringLiteral("the weather?");
        nothing.notes = {QStringLiteral("faq: BM25 only: the collection has no embedding model")};
        for (int turn = 0; turn < 3; ++turn) {
            for (int pane = 0; pane < 2; ++pane) {
                QVERIFY(f.store->appendMessage(*id, CompareMessage{pane, turn, true, QStringLiteral("q%1").arg(turn), {}, {}}));
                QVERIFY(f.store->appendMessage(*id, CompareMessage{pane, turn, false, QStringLiteral("a%1 [1]").arg(turn), {}, {}}));
            }
        }
        QVERIFY(f.store->saveSources(*id, 0, first));
        QVERIFY(f.store->saveSources(*id, 1, knowledge::Context{})); // turn 1 had no collection: nothing stored
        QVERIFY(f.store->saveSources(*id, 2, nothing));

        CompareStore other(f.db); // as a reopened app reads it
        const auto messages = other.messages(*id);
        QVERIFY(messages);
        QCOMPARE(messages->size(), 12);
        for (const CompareMessage &m : *messages) {
            if (m.fromUser || m.turn == 1) {
                QVERIFY(m.knowledge.collections.isEmpty());
                QVERIFY(m.knowledge.isEmpty());
            } else if (m.turn == 0) {
                QCOMPARE(kept(m.knowledge), kept(first));
            } else {
                QCOMPARE(kept(m.knowledge), kept(nothing));
            }
        }
        QCOMPARE(knowledge::citationLabel(messages->at(1).knowledge.passages.value(0)), QStringLiteral("handbook-0.pdf, page 2, Policy > Part 0"));

        // the collections change with a follow-up; the sources of a turn searched again are replaced
        Comparison changed = *f.store->comparison(*id);
        changed.knowledge = {QStringLiteral("faq")};
        QVERIFY(f.store->update(changed));
        QCOMPARE(other.comparison(*id)->knowledge, QStringList{QStringLiteral("faq")});
        QVERIFY(f.store->saveSources(*id, 0, nothing));
        QCOMPARE(kept(other.messages(*id)->at(1).knowledge), kept(nothing));

        // a batch: each row's sources reach every model's result of that row
        Comparison batch;
        batch.kind = Comparison::Kind::Batch;
        batch.models = {QStringLiteral("a"), QStringLiteral("b")};
        batch.knowledge = {QStringLiteral("handbook")};
        const auto batchId = f.store->create(batch);
        QVERIFY(batchId);
        const knowledge::Context row1 = sources(QStringLiteral("handbook"), QStringLiteral("shipping?"),
                                                {QStringLiteral("Parcels ship on weekdays.")});
        QVERIFY(f.store->saveSources(*batchId, 1, row1));
        for (int row = 0; row < 2; ++row) {
            for (const QString &model : batch.models) {
                BatchResult r;
                r.row = row;
                r.model = model;
                r.output = QStringLiteral("out");
                QVERIFY(f.store->saveBatchResult(*batchId, r));
            }
        }
        const auto results = other.batchResults(*batchId);
        QVERIFY(results);
        QCOMPARE(results->size(), 4);
        QVERIFY(results->at(0).knowledge.collections.isEmpty()); // row 0's search failed: none
        QVERIFY(results->at(1).knowledge.collections.isEmpty());
        QCOMPARE(kept(results->at(2).knowledge), kept(row1));
        QCOMPARE(kept(results->at(3).knowledge), kept(row1));
        QCOMPARE(other.comparison(*batchId)->knowledge, batch.knowledge);
        // the live comparison's turn 1 is not the batch's row 1
        QVERIFY(other.messages(*id)->at(5).knowledge.isEmpty());

        // deleted with the comparison
        QVERIFY(f.store->remove(*id));
        QVERIFY(f.store->remove(*batchId));
        QSqlQuery q(*f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM compare_sources")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // A database from before the sources were kept: its comparisons open with no collections and
    // no sources, and take both from then on.
    void olderComparisonsUpgrade()
    {
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(older));
        const QStringList all = QDir(Database::defaultMigrationsDirectory()).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        const qsizetype mine = all.indexOf(QRegularExpression(QStringLiteral("^\\d{4}_compare_knowledge\\.sql$")));
        QVERIFY(mine > 0);
        for (qsizetype i = 0; i < mine; ++i)
            QVERIFY(QFile::copy(QDir(Database::defaultMigrationsDirectory()).filePath(all.at(i)), QDir(older).filePath(all.at(i))));
        const QString path = dir.filePath(QStringLiteral("switchboard.sqlite"));
        qint64 id = 0;
        {
            auto db = Database::open(path, older);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QSqlQuery q(*(*db)->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO comparisons(title, models, created_at, updated_at) VALUES ('old', '[\"a\", \"b\"]', 1, 1)")));
            id = q.lastInsertId().toLongLong();
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO compare_messages(comparison_id, pane, turn, role, text) VALUES (%1, 0, 0, 'assistant', 'x')").arg(id)));
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        CompareStore store(*db);
        auto c = store.comparison(id);
        QVERIFY(c);
        QCOMPARE(c->models, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(c->knowledge.isEmpty());
        QVERIFY(store.messages(id)->first().knowledge.collections.isEmpty());
        c->knowledge = {QStringLiteral("handbook")};
        QVERIFY(store.update(*c));
        QVERIFY(store.saveSources(id, 0, sources(QStringLiteral("handbook"), QStringLiteral("q"), {QStringLiteral("text")})));
        QCOMPARE(store.messages(id)->first().knowledge.passages.value(0).text, QStringLiteral("text"));
    }
};

QTEST_GUILESS_MAIN(TestCompareStore)
#include "tst_comparestore.moc"
