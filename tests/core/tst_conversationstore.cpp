#include "chat/conversationstore.h"
#include "storage/database.h"
#include "usage/ledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::chat;
using protocol::Message;
using protocol::Role;

class TestConversationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_now = 1'700'000'000'000;
    std::unique_ptr<ConversationStore> m_store;

    static Message user(const QString &text) { return Message::make(Role::User, text); }
    static Message assistant(const QString &text) { return Message::make(Role::Assistant, text); }
    QStringList texts(qint64 conversation)
    {
        QStringList out;
        auto t = m_store->thread(conversation);
        if (!t)
            return {t.error().message};
        for (const StoredMessage &m : *t)
            out << m.message.text();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++n)));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = *db;
        m_store = std::make_unique<ConversationStore>(m_db, [this] { return m_now++; });
    }

    void createTitleAndThread()
    {
        auto id = m_store->create(QString(), QStringLiteral("smart"), QStringLiteral("Be brief"), QJsonObject{{QStringLiteral("temperature"), 0.2}});
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto u = m_store->append(
            *id, 0, user(QStringLiteral("How do I   reverse a list in Python without copying it, and why is that faster than slicing?")));
        QVERIFY(u);
        MessageStats stats;
        stats.provider = QStringLiteral("openai");
        stats.model = QStringLiteral("gpt-4o-mini");
        stats.requestId = QStringLiteral("req-1");
        stats.inputTokens = 30;
        stats.outputTokens = 101;
        stats.costUsd = 0.0000651;
        stats.ttftMs = 200;
        stats.latencyMs = 1200;
        stats.attempts = 3; // two targets failed before this one answered
        auto a = m_store->append(*id, *u, assistant(QStringLiteral("Use `list.reverse()`.")), stats);
        QVERIFY(a);
        const Conversation c = *m_store->conversation(*id);
        QCOMPARE(c.title, QStringLiteral("How do I reverse a list in Python without copying it, and…")); // first words of the first question
        QCOMPARE(c.currentLeaf, *a);
        QCOMPARE(c.params.value(QLatin1String("temperature")).toDouble(), 0.2);
        auto t = m_store->thread(*id);
        QVERIFY(t);
        QCOMPARE(t->size(), 2);
        QCOMPARE(t->at(1).stats.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(t->at(1).stats.costUsd, 0.0000651);
        QCOMPARE(*t->at(1).stats.ttftMs, qint64(200));
        QCOMPARE(*t->at(1).stats.tokensPerSecond(), 100.0); // 100 tokens after the first in 1000 ms
        QCOMPARE(t->at(1).stats.requestId, QStringLiteral("req-1"));
        QCOMPARE(t->at(1).stats.attempts, 3); // the failover is still on the answer when reopened
        QCOMPARE(t->at(0).stats.attempts, 1);
    }

    void branchesAreKept()
    {
        const qint64 id = *m_store->create(QStringLiteral("branches"));
        const qint64 q1 = *m_store->append(id, 0, user(QStringLiteral("q1")));
        const qint64 a1 = *m_store->append(id, q1, assistant(QStringLiteral("a1")));
        const qint64 q2 = *m_store->append(id, a1, user(QStringLiteral("q2")));
        const qint64 a2 = *m_store->append(id, q2, assistant(QStringLiteral("a2")));
        QCOMPARE(texts(id), (QStringList{QStringLiteral("q1"), QStringLiteral("a1"), QStringLiteral("q2"), QStringLiteral("a2")}));
        // regenerate the second answer: a sibling of a2
        const qint64 a2b = *m_store->append(id, q2, assistant(QStringLiteral("a2 again")));
        QCOMPARE(texts(id).last(), QStringLiteral("a2 again"));
        auto t = *m_store->thread(id);
        QCOMPARE(t.last().siblingCount, 2);
        QCOMPARE(t.last().siblingIndex, 1);
        // edit and resend the first question: a new branch from the start
        const qint64 q1b = *m_store->append(id, 0, user(QStringLiteral("q1 edited")));
        QCOMPARE(texts(id), QStringList{QStringLiteral("q1 edited")});
        QCOMPARE(m_store->thread(id)->first().siblingCount, 2);
        // back to the old branch: it comes back down to its newest answer
        QCOMPARE(*m_store->sibling(q1b, -1), q1);
        QVERIFY(!m_store->sibling(q1b, +1));
        QVERIFY(m_store->selectBranch(id, q1));
        QCOMPARE(texts(id), (QStringList{QStringLiteral("q1"), QStringLiteral("a1"), QStringLiteral("q2"), QStringLiteral("a2 again")}));
        QVERIFY(m_store->selectBranch(id, a2));
        QCOMPARE(texts(id).last(), QStringLiteral("a2"));
        QCOMPARE(*m_store->sibling(a2, 1), a2b);
        QVERIFY(!m_store->selectBranch(id, 999999));
    }

    void streamedAnswerIsUpdatedAndStopKeepsIt()
    {
        const qint64 id = *m_store->create();
        const qint64 q = *m_store->append(id, 0, user(QStringLiteral("write a long story")));
        const qint64 a = *m_store->append(id, q, assistant(QString()));
        MessageStats stats;
        stats.status = MessageStats::Status::Stopped;
        stats.outputTokens = 7;
        QVERIFY(m_store->update(a, assistant(QStringLiteral("Once upon a")), stats));
        auto t = *m_store->thread(id);
        QCOMPARE(t.last().message.text(), QStringLiteral("Once upon a"));
        QVERIFY(t.last().stats.status == MessageStats::Status::Stopped);
        QVERIFY(!m_store->update(424242, assistant(QStringLiteral("x")), stats));
    }

    // The sources an answer was given stay with it: reopened, exported, and updated with the answer.
    void knowledgeSourcesAreKept()
    {
        const qint64 id = *m_store->create();
        const qint64 q = *m_store->append(id, 0, user(QStringLiteral("how long do refunds take?")));
        const qint64 a = *m_store->append(id, q, assistant(QString()));
        knowledge::Passage p1;
        p1.chunkId = 11;
        p1.source = QStringLiteral("/docs/policy.pdf");
        p1.page = 3;
        p1.heading = QStringLiteral("Refunds > Timing");
        p1.text = QStringLiteral("Refunds are paid within thirty days.");
        p1.start = 120;
        p1.end = 156;
        knowledge::Passage p2;
        p2.chunkId = 12;
        p2.source = QStringLiteral("/docs/faq.md");
        p2.text = QStringLiteral("Sale items are final.");
        MessageStats stats;
        stats.knowledge = knowledge::buildContext({p1, p2}, 3000);
        stats.knowledge.collections = {QStringLiteral("handbook")};
        stats.knowledge.query = QStringLiteral("how long do refunds take?");
        stats.knowledge.notes = {QStringLiteral("handbook: BM25 only: the collection has no embedding model")};
        QVERIFY(m_store->update(a, assistant(QStringLiteral("Thirty days [1].")), stats));

        const StoredMessage back = m_store->thread(id)->last();
        QCOMPARE(back.message.text(), QStringLiteral("Thirty days [1].")); // the message itself is untouched
        const knowledge::Context &k = back.stats.knowledge;
        QCOMPARE(k.passages.size(), 2);
        QCOMPARE(k.passages.at(0).source, p1.source);
        QCOMPARE(k.passages.at(0).page, 3);
        QCOMPARE(k.passages.at(0).heading, p1.heading);
        QCOMPARE(k.passages.at(0).text, p1.text);
        QCOMPARE(k.passages.at(0).start, qsizetype(120));
        QCOMPARE(k.passages.at(0).end, qsizetype(156));
        QCOMPARE(k.passages.at(1).chunkId, qint64(12));
        QCOMPARE(k.collections, QStringList{QStringLiteral("handbook")});
        QCOMPARE(k.notes, stats.knowledge.notes);
        QCOMPARE(k.query, stats.knowledge.query);
        QVERIFY(m_store->thread(id)->first().stats.knowledge.isEmpty()); // the question has none

        const QString md = *m_store->exportMarkdown(id);
        QVERIFY2(md.contains(QLatin1String("Sources:\n\n1. policy.pdf, page 3, Refunds > Timing\n2. faq.md\n")), qPrintable(md));
        const QJsonObject j = QJsonDocument::fromJson(*m_store->exportJson(id)).object();
        const QJsonObject exported = j.value(QLatin1String("messages")).toArray().at(1).toObject().value(QLatin1String("knowledge")).toObject();
        QCOMPARE(exported.value(QLatin1String("passages")).toArray().size(), 2);

        // an answer saved again without sources (a regenerated partial) has none
        QVERIFY(m_store->update(a, assistant(QStringLiteral("Thirty days.")), MessageStats{}));
        QVERIFY(m_store->thread(id)->last().stats.knowledge.isEmpty());
    }

    void richMessagesRoundTrip()
    {
        Message m = assistant(QStringLiteral("answer"));
        m.content.prepend(protocol::ContentPart::makeReasoning(QStringLiteral("thinking…"), QStringLiteral("sig==")));
        m.toolCalls << protocol::ToolCall{QStringLiteral("call_1"), QStringLiteral("get_weather"), QStringLiteral(R"({"city":"Paris"})"), {}, {}};
        Message u = user(QStringLiteral("what is this?"));
        u.content << protocol::ContentPart::makeImageData(QByteArray("iVBORw0KGgo="), QStringLiteral("image/png"));
        Message tool;
        tool.role = Role::Tool;
        tool.toolCallId = QStringLiteral("call_1");
        tool.name = QStringLiteral("get_weather");
        tool.isError = true;
        tool.content << protocol::ContentPart::makeText(QStringLiteral("timeout"));
        for (const Message &msg : {m, u, tool}) {
            auto back = messageFromJson(messageToJson(msg));
            QVERIFY(back);
            QVERIFY(*back == msg);
        }
        QVERIFY(!messageFromJson(QJsonObject{{QStringLiteral("role"), QStringLiteral("robot")}}));
    }

    void listSearchFoldersTagsDeleteUndo()
    {
        const qint64 a = *m_store->create(QStringLiteral("Rust borrow checker"));
        const qint64 b = *m_store->create(QStringLiteral("Trip to Kyoto"));
        const qint64 c = *m_store->create(QStringLiteral("Quarterly numbers"));
        QVERIFY(m_store->append(b, 0, user(QStringLiteral("Which temples should we visit in Kyōto?"))));
        QVERIFY(m_store->append(c, 0, user(QStringLiteral("Summarize the revenue table"))));
        QVERIFY(m_store->setFolder(a, QStringLiteral("Work")));
        QVERIFY(m_store->setFolder(c, QStringLiteral("Work")));
        QVERIFY(m_store->setTags(a, {QStringLiteral("code"), QStringLiteral(" code "), QStringLiteral("rust")}));
        QVERIFY(m_store->setTags(b, {QStringLiteral("travel")}));
        for (const QString &search : {QString(), QStringLiteral("borrow"), QStringLiteral("temples kyoto"), QStringLiteral("\"unbalanced AND (")}) {
            auto r = m_store->list(search, {}, {});
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        }
        auto all = *m_store->list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().id, c); // most recently updated first
        QCOMPARE(m_store->list(QStringLiteral("borrow"))->size(), 1);
        QCOMPARE(m_store->list(QStringLiteral("bor"))->first().id, a); // prefix
        QCOMPARE(m_store->list(QStringLiteral("temples kyoto"))->first().id, b); // message text, diacritics folded
        QVERIFY(m_store->list(QStringLiteral("temples kyoto"))->first().snippet.contains(QLatin1String("temples")));
        QCOMPARE(m_store->list(QStringLiteral("\"unbalanced AND ("))->size(), 0); // search syntax is taken literally
        QCOMPARE(m_store->list({}, QStringLiteral("Work"))->size(), 2);
        QCOMPARE(m_store->list({}, {}, QStringLiteral("rust"))->size(), 1);
        QCOMPARE(m_store->conversation(a)->tags, (QStringList{QStringLiteral("code"), QStringLiteral("rust")}));
        QCOMPARE(*m_store->folders(), QStringList{QStringLiteral("Work")});
        QCOMPARE(*m_store->tags(), (QStringList{QStringLiteral("code"), QStringLiteral("rust"), QStringLiteral("travel")}));
        QVERIFY(m_store->rename(b, QStringLiteral("Japan 2027")));
        QCOMPARE(m_store->list(QStringLiteral("japan"))->size(), 1);
        QCOMPARE(m_store->list(QStringLiteral("trip"))->size(), 0); // the old title is gone from the index
        // delete, undo, delete, purge
        QVERIFY(m_store->remove(b));
        QCOMPARE(m_store->list()->size(), 2);
        QCOMPARE(m_store->list({}, {}, {}, true)->size(), 1);
        QVERIFY(m_store->restore(b));
        QCOMPARE(m_store->list()->size(), 3);
        QVERIFY(m_store->remove(b));
        QCOMPARE(*m_store->purgeDeleted(m_now + 1000), 1);
        QVERIFY(!m_store->conversation(b));
        QCOMPARE(m_store->list(QStringLiteral("temples"))->size(), 0);
        QVERIFY(!m_store->rename(b, QStringLiteral("x")));
    }

    // Issue 22: history retention by the store's clock, never by sleeping. A conversation goes when it
    // was not changed for the whole period, with its messages and its search entries; a newer answer
    // in an old conversation keeps it.
    void retentionRemovesWhatIsOlder()
    {
        const qint64 day = 24 * 3600 * 1000;
        const qint64 old = *m_store->create(QStringLiteral("Old trip"));
        QVERIFY(m_store->append(old, 0, user(QStringLiteral("Kyoto temples"))));
        const qint64 kept = *m_store->create(QStringLiteral("Old but answered again"));
        const qint64 deleted = *m_store->create(QStringLiteral("Deleted long ago"));
        QVERIFY(m_store->remove(deleted));
        m_now += 29 * day;
        QVERIFY(m_store->append(kept, 0, user(QStringLiteral("still here"))));
        const qint64 recent = *m_store->create(QStringLiteral("Recent"));
        m_now += 2 * day; // old and deleted are now 31 days untouched, kept 2 days, recent 2 days
        QCOMPARE(*m_store->removeOlderThan(0), 0); // keep forever
        QCOMPARE(*m_store->removeOlderThan(-5), 0);
        QCOMPARE(m_store->list()->size(), 3);
        QCOMPARE(*m_store->removeOlderThan(40), 0);
        QCOMPARE(*m_store->removeOlderThan(30), 2); // old and deleted
        QVERIFY(!m_store->conversation(old));
        QVERIFY(!m_store->conversation(deleted));
        QVERIFY(m_store->conversation(kept));
        QVERIFY(m_store->conversation(recent));
        QCOMPARE(m_store->list(QStringLiteral("kyoto"))->size(), 0); // nothing left in the search index
        QSqlQuery q(*m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = %1").arg(old)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(*m_store->removeOlderThan(30), 0); // run again (the daily run): nothing more
        m_now += 1 * day;
        QCOMPARE(*m_store->removeOlderThan(2), 2); // a day later both others are 3 days old
        QCOMPARE(m_store->list()->size(), 0);
    }

    void exports()
    {
        const qint64 id = *m_store->create(QStringLiteral("Export me"), QStringLiteral("fast"), QStringLiteral("You are terse."));
        const qint64 q = *m_store->append(id, 0, user(QStringLiteral("Show code")));
        Message a = assistant(QStringLiteral("```python\nprint(1)\n```"));
        a.content.prepend(protocol::ContentPart::makeReasoning(QStringLiteral("simple")));
        MessageStats s;
        s.provider = QStringLiteral("anthropic");
        s.model = QStringLiteral("claude-haiku-4-5");
        s.outputTokens = 9;
        QVERIFY(m_store->append(id, q, a, s));
        const QString md = *m_store->exportMarkdown(id);
        QVERIFY(md.startsWith(QLatin1String("# Export me\n")));
        QVERIFY(md.contains(QLatin1String("## System\n\nYou are terse.")));
        QVERIFY(md.contains(QLatin1String("## Assistant (anthropic/claude-haiku-4-5)")));
        QVERIFY(md.contains(QLatin1String("```python\nprint(1)\n```")));
        QVERIFY(md.contains(QLatin1String("<details><summary>Reasoning</summary>")));
        const QJsonObject j = QJsonDocument::fromJson(*m_store->exportJson(id)).object();
        QCOMPARE(j.value(QLatin1String("messages")).toArray().size(), 2);
        QCOMPARE(j.value(QLatin1String("messages"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("stats"))
                     .toObject()
                     .value(QLatin1String("outputTokens"))
                     .toInt(),
                 9);
        QVERIFY(!m_store->exportJson(123456));
    }

    void titleFromWhatWasTyped()
    {
        auto id = m_store->create();
        QVERIFY(id);
        Message m = user(QStringLiteral("What is in this file?"));
        m.content << protocol::ContentPart::makeText(QStringLiteral("\n\nmain.py\n\n```py\nprint(1)\n```\n"));
        QVERIFY(m_store->append(*id, 0, m));
        QCOMPARE(m_store->conversation(*id)->title, QStringLiteral("What is in this file?"));
        // an image alone titles nothing
        auto other = m_store->create();
        QVERIFY(other);
        Message image;
        image.content << protocol::ContentPart::makeImageData(QByteArrayLiteral("iVBORw0KGgo="), QStringLiteral("image/png"));
        QVERIFY(m_store->append(*other, 0, image));
        QVERIFY(m_store->conversation(*other)->title.isEmpty());
    }

    void routingTraceFromTheLedger()
    {
        auto id = m_store->create();
        QVERIFY(id);
        {
            usage::Ledger ledger(m_db);
            auto call = [&](const QString &key, int attempt, const QString &target, usage::Source source) {
                usage::CallRecord r;
                r.requestId = QStringLiteral("req-7");
                r.startedAtMs = m_now;
                r.source = source;
                r.sourceKey = key;
                r.provider = target;
                r.model = QStringLiteral("m");
                r.attempt = attempt;
                r.trace = QJsonObject{{QStringLiteral("chosen"), target}, {QStringLiteral("attempt"), attempt}};
                QVERIFY(ledger.record(r));
            };
            call(QString::number(*id), 1, QStringLiteral("first"), usage::Source::Playground);
            call(QString::number(*id), 2, QStringLiteral("second"), usage::Source::Playground);
            call(QString::number(*id + 1), 3, QStringLiteral("other conversation"), usage::Source::Playground);
            call(QString::number(*id), 4, QStringLiteral("a comparison"), usage::Source::Compare);
            QVERIFY(ledger.flush());
        }
        // the last attempt of this conversation's request
        auto trace = m_store->routingTrace(*id, QStringLiteral("req-7"));
        QVERIFY2(trace, trace ? "" : qPrintable(trace.error().message));
        QCOMPARE(trace->value(QLatin1String("chosen")).toString(), QStringLiteral("second"));
        auto missing = m_store->routingTrace(*id, QStringLiteral("req-8"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
