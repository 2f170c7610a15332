#include "protocol/ndjson.h"
#include "wirefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace sb::protocol;

namespace {

using sb::testing::wireFixture;

QList<QByteArray> linesOf(const QByteArray &bytes, qsizetype cut)
{
    NdjsonParser parser;
    QList<QByteArray> out = parser.feed(QByteArrayView(bytes).first(cut));
    out += parser.feed(QByteArrayView(bytes).sliced(cut));
    out += parser.finish();
    return out;
}

} // namespace

class TestNdjson : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void everySplitOfFixtures_data();
    void everySplitOfFixtures();
    void objects();
    void notJsonFails();
    void longLineFails();
};

void TestNdjson::lines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::newRow("two lines") << QByteArray("{\"a\":1}\n{\"b\":2}\n") << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("CRLF") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n") << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("blank lines skipped") << QByteArray("\n\n{}\n \r\n\t\n") << QList<QByteArray>{"{}"};
    QTest::newRow("no final newline") << QByteArray("{}\n{\"x\":\"\xC3\xA9\"}") << QList<QByteArray>{"{}", "{\"x\":\"\xC3\xA9\"}"};
    QTest::newRow("empty") << QByteArray() << QList<QByteArray>{};
}

void TestNdjson::lines()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, expected);
    for (qsizetype cut = 0; cut <= input.size(); ++cut)
        QCOMPARE(linesOf(input, cut), expected);
    NdjsonParser parser;
    QList<QByteArray> bytewise;
    for (char c : input)
        bytewise += parser.feed(QByteArrayView(&c, 1));
    bytewise += parser.finish();
    QCOMPARE(bytewise, expected);
}

void TestNdjson::everySplitOfFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::newRow("text") << QStringLiteral("ollama/stream_text.ndjson") << 4;
    QTest::newRow("tools") << QStringLiteral("ollama/stream_tools.ndjson") << 4;
    QTest::newRow("error") << QStringLiteral("ollama/stream_error.ndjson") << 2;
}

void TestNdjson::everySplitOfFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    const QByteArray bytes = wireFixture(file);
    const auto whole = linesOf(bytes, 0);
    QCOMPARE(whole.size(), count);
    for (qsizetype cut = 1; cut < bytes.size(); ++cut)
        QCOMPARE(linesOf(bytes, cut), whole);
}

void TestNdjson::objects()
{
    NdjsonParser parser;
    auto objs = parser.feedObjects("{\"done\":false,\"n\":1}\n{\"done\"");
    QCOMPARE(objs.size(), 1);
    QCOMPARE(objs.first().value(QStringLiteral("n")).toInt(), 1);
    objs = parser.feedObjects(":true}\n");
    QCOMPARE(objs.size(), 1);
    QVERIFY(objs.first().value(QStringLiteral("done")).toBool());
    QVERIFY(!parser.error());
}

void TestNdjson::notJsonFails()
{
    NdjsonParser parser;
    QVERIFY(parser.feedObjects("{\"a\":1}\nnot json\n").size() == 1);
    QVERIFY(parser.error().has_value());
    QCOMPARE(parser.error()->kind, sb::Error::Kind::Parse);
    QVERIFY(parser.feedObjects("{}\n").isEmpty());

    NdjsonParser arrays;
    QVERIFY(arrays.feedObjects("[1,2]\n").isEmpty());
    QVERIFY(arrays.error().has_value());
}

void TestNdjson::longLineFails()
{
    NdjsonParser parser(32);
    QCOMPARE(parser.feed("{\"ok\":true}\n").size(), 1);
    QVERIFY(parser.feed(QByteArray(20, 'x')).isEmpty());
    QVERIFY(!parser.error());
    QVERIFY(parser.feed(QByteArray(20, 'x')).isEmpty());
    QVERIFY(parser.error().has_value());
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(parser.feed("\n{}\n").isEmpty());
    // a long line inside one chunk fails too
    NdjsonParser oneChunk(32);
    QVERIFY(oneChunk.feed(QByteArray(QByteArray(40, 'z') + "\n{}\n")).isEmpty());
    QVERIFY(oneChunk.error().has_value());
}

QTEST_GUILESS_MAIN(TestNdjson)
#include "tst_ndjson.moc"
