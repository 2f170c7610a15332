// The knowledge base's keyword search on a team's PostgreSQL database (migration 0019): found by
// stemmed words, headings first, one collection at a time, user text never query syntax.

#include "knowledge/store.h"
#include "postgresfixture.h"
#include "storage/database.h"

#include <QTest>

#include <memory>

using namespace sb;
using namespace sb::knowledge;

class TestKnowledgePostgres : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::PostgresServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<testing::PostgresServer>();
        SB_REQUIRE_OR_SKIP_POSTGRES(*m_server);
    }

    void keywordSearch()
    {
        auto db = Database::open(m_server->createDatabase(QStringLiteral("kb")));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        KnowledgeStore store(*db);
        Collection c;
        c.name = QStringLiteral("handbook");
        auto id = store.createCollection(c);
        c.name = QStringLiteral("other");
        auto other = store.createCollection(c);
        QVERIFY(id && other);

        Document d;
        d.source = QStringLiteral("/docs/refunds.md");
        d.kind = QStringLiteral("markdown");
        d.contentHash = QStringLiteral("h1");
        Chunk refunds;
        refunds.text = QStringLiteral("Customers get their money back within thirty days.");
        refunds.heading = QStringLiteral("Policies > Refunds");
        refunds.end = refunds.text.size();
        refunds.tokens = 9;
        Chunk shipping;
        shipping.text = QStringLiteral("Parcels ship on weekdays; refunds of shipping costs are not offered.");
        shipping.heading = QStringLiteral("Policies > Shipping");
        shipping.start = 60;
        shipping.end = 120;
        shipping.tokens = 12;
        auto replaced = store.replaceDocument(*id, d, {refunds, shipping});
        QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.error().message));
        QVERIFY(store.replaceDocument(*other, d, {refunds}));

        auto hits = store.searchText(*id, QStringLiteral("how do refunds work?"), 5);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
        QCOMPARE(hits->size(), 2); // only this collection's
        QCOMPARE(hits->first().heading, QStringLiteral("Policies > Refunds")); // the heading weighs more
        QCOMPARE(hits->first().source, QStringLiteral("/docs/refunds.md"));
        QVERIFY(hits->first().score > hits->last().score);
        QCOMPARE(store.searchText(*id, QStringLiteral("refund"), 5)->size(), 2); // stemmed
        QCOMPARE(store.searchText(*id, QStringLiteral("weekday parcel"), 1)->size(), 1);
        auto syntax = store.searchText(*id, QStringLiteral("refunds' | !( :* &"), 5); // never tsquery syntax
        QVERIFY2(syntax, syntax ? "" : qPrintable(syntax.error().message));
        QCOMPARE(syntax->size(), 2);
        QCOMPARE(store.searchText(*id, QStringLiteral("?!"), 5)->size(), 0);
        // English stop words are not indexed on PostgreSQL: a query of nothing else finds nothing
        auto stop = store.searchText(*id, QStringLiteral("are not"), 5);
        QVERIFY2(stop, stop ? "" : qPrintable(stop.error().message));
        QCOMPARE(stop->size(), 0);

        // replacing a document replaces its passages, and the search follows
        d.contentHash = QStringLiteral("h2");
        Chunk updated = shipping;
        updated.text = QStringLiteral("Parcels now ship every day.");
        QVERIFY(store.replaceDocument(*id, d, {updated}));
        QCOMPARE(store.searchText(*id, QStringLiteral("refunds"), 5)->size(), 0);
        QCOMPARE(store.searchText(*id, QStringLiteral("parcels"), 5)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgePostgres)
#include "tst_knowledgepostgres.moc"
