#include "protocol/sse.h"
#include "wirefixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace sb::protocol;

namespace {

using sb::testing::wireFixture;

QList<SseEvent> parseAll(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QList<SseEvent> out;
    qsizetype pos = 0;
    for (qsizetype cut : cuts) {
        out += parser.feed(QByteArrayView(bytes).sliced(pos, cut - pos));
        pos = cut;
    }
    out += parser.feed(QByteArrayView(bytes).sliced(pos));
    out += parser.finish();
    return out;
}

QString dump(const QList<SseEvent> &events)
{
    QString out;
    for (const SseEvent &e : events)
        out += QStringLiteral("[%1|%2|%3]").arg(QString::fromUtf8(e.event), QString::fromUtf8(e.data), QString::fromUtf8(e.id));
    return out;
}

} // namespace

class TestSse : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void everySplitOfFixtures_data();
    void everySplitOfFixtures();
    void lineEndingsAreEquivalent();
    void retryField();
    void longLineFails();
    void longEventFails();
    void boundedWhileStreaming();
    void writerRoundTrip_data();
    void writerRoundTrip();
};

void TestSse::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one event") << QByteArray("data: hello\n\n") << QStringLiteral("[|hello|]");
    QTest::newRow("no space after colon") << QByteArray("data:hello\n\n") << QStringLiteral("[|hello|]");
    QTest::newRow("only one space stripped") << QByteArray("data:  two\n\n") << QStringLiteral("[| two|]");
    QTest::newRow("multi-line data") << QByteArray("data: a\ndata: b\ndata:\n\n") << QStringLiteral("[|a\nb\n|]");
    QTest::newRow("event and id") << QByteArray("event: ping\nid: 7\ndata: {}\n\n") << QStringLiteral("[ping|{}|7]");
    QTest::newRow("id persists") << QByteArray("id: 1\ndata: a\n\ndata: b\n\n") << QStringLiteral("[|a|1][|b|1]");
    QTest::newRow("id with NUL ignored") << QByteArray("id: 1\ndata: a\n\nid: x\0y\ndata: b\n\n", 32) << QStringLiteral("[|a|1][|b|1]");
    QTest::newRow("event resets") << QByteArray("event: x\ndata: a\n\ndata: b\n\n") << QStringLiteral("[x|a|][|b|]");
    QTest::newRow("comments ignored") << QByteArray(": keep-alive\n\n:x\ndata: a\n\n") << QStringLiteral("[|a|]");
    QTest::newRow("no data no event") << QByteArray("event: x\n\n\n\n") << QString();
    QTest::newRow("field without colon") << QByteArray("data\n\n") << QStringLiteral("[||]");
    QTest::newRow("unknown field") << QByteArray("foo: bar\ndata: a\n\n") << QStringLiteral("[|a|]");
    QTest::newRow("CR endings") << QByteArray("data: a\rdata: b\r\r") << QStringLiteral("[|a\nb|]");
    QTest::newRow("CRLF endings") << QByteArray("data: a\r\n\r\n") << QStringLiteral("[|a|]");
    QTest::newRow("mixed endings") << QByteArray("data: a\r\ndata: b\n\rdata: c\r\r\n") << QStringLiteral("[|a\nb|][|c|]");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "data: a\n\n")
                         << QStringLiteral("[|a|]");
    QTest::newRow("BOM only at start") << QByteArray("data: a\n\n\xEF\xBB\xBF"
                                                     "data: b\n\n")
                                       << QStringLiteral("[|a|]");
    QTest::newRow("utf8") << QByteArray("data: h\xC3\xA9llo \xF0\x9F\x98\x8A\n\n") << QStringLiteral("[|h\u00e9llo \U0001F60A|]");
    QTest::newRow("unterminated last event") << QByteArray("data: a\n\ndata: b") << QStringLiteral("[|a|][|b|]");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestSse::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(dump(parseAll(input, {})), expected);
    // every single split point gives the same events
    for (qsizetype cut = 1; cut < input.size(); ++cut)
        QCOMPARE(dump(parseAll(input, {cut})), expected);
    // byte by byte
    QList<qsizetype> all;
    for (qsizetype i = 1; i < input.size(); ++i)
        all.append(i);
    QCOMPARE(dump(parseAll(input, all)), expected);
}

void TestSse::everySplitOfFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::newRow("openai text") << QStringLiteral("openai_chat/stream_text.sse") << 7;
    QTest::newRow("openai tools") << QStringLiteral("openai_chat/stream_tools.sse") << 10;
    QTest::newRow("openai reasoning") << QStringLiteral("openai_chat/stream_reasoning.sse") << 7;
    QTest::newRow("anthropic text") << QStringLiteral("anthropic_messages/stream_text.sse") << 8;
    QTest::newRow("anthropic tools") << QStringLiteral("anthropic_messages/stream_tool_use.sse") << 18;
    QTest::newRow("anthropic thinking") << QStringLiteral("anthropic_messages/stream_thinking.sse") << 13;
    QTest::newRow("responses text") << QStringLiteral("openai_responses/stream_text.sse") << 10;
    QTest::newRow("responses tools") << QStringLiteral("openai_responses/stream_function_call.sse") << 15;
    QTest::newRow("gemini CRLF") << QStringLiteral("gemini/stream_text.sse") << 3;
    QTest::newRow("gemini tools") << QStringLiteral("gemini/stream_function_call.sse") << 2;
}

void TestSse::everySplitOfFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    const QByteArray bytes = wireFixture(file);
    const QList<SseEvent> whole = parseAll(bytes, {});
    QCOMPARE(whole.size(), events);
    for (const SseEvent &e : whole)
        QVERIFY2(!e.data.isEmpty(), e.event.constData());
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        const auto split = parseAll(bytes, {cut});
        if (split != whole)
            QFAIL(qPrintable(QStringLiteral("split at %1 differs").arg(cut)));
    }
    // two cuts: a sample of pairs, including inside "\r\n" and multi-byte characters
    for (qsizetype a = 1; a < bytes.size(); a += 13) {
        for (qsizetype b = a + 1; b < bytes.size(); b += 29) {
            if (parseAll(bytes, {a, b}) != whole)
                QFAIL(qPrintable(QStringLiteral("split at %1,%2 differs").arg(a).arg(b)));
        }
    }
}

void TestSse::lineEndingsAreEquivalent()
{
    QByteArray lf = wireFixture(QStringLiteral("anthropic_messages/stream_tool_use.sse"));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    const auto expected = parseAll(lf, {});
    QCOMPARE(parseAll(crlf, {}), expected);
    QCOMPARE(parseAll(cr, {}), expected);
    for (qsizetype cut = 1; cut < crlf.size(); cut += 3)
        QCOMPARE(parseAll(crlf, {cut}), expected);
}

void TestSse::retryField()
{
    SseParser parser;
    QVERIFY(!parser.retry());
    const auto events = parser.feed("retry: 3000\n\nretry: x1\ndata: a\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(parser.retry().value_or(-1), 3000);
}

void TestSse::longLineFails()
{
    SseParser parser(64);
    QVERIFY(parser.feed("data: short\n\n").size() == 1);
    const auto events = parser.feed(QByteArray(100, 'x'));
    QVERIFY(events.isEmpty());
    QVERIFY(parser.error().has_value());
    QCOMPARE(parser.error()->kind, sb::Error::Kind::Parse);
    // stays failed; frees its buffer
    QVERIFY(parser.feed("\n\ndata: a\n\n").isEmpty());
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestSse::longEventFails()
{
    SseParser parser(64);
    QByteArray many;
    for (int i = 0; i < 10; ++i)
        many += "data: 0123456789\n";
    QVERIFY(parser.feed(many).isEmpty());
    QVERIFY(parser.error().has_value());
}

void TestSse::boundedWhileStreaming()
{
    // a stream without line ends, fed in small pieces, fails as soon as it passes the limit
    SseParser parser(1024);
    int fed = 0;
    while (!parser.error() && fed < 10000) {
        (void)parser.feed(QByteArray(10, 'y'));
        fed += 10;
        QVERIFY(parser.bufferedBytes() <= 1024 + 10);
    }
    QVERIFY(parser.error().has_value());
    QVERIFY(fed <= 1040);
}

void TestSse::writerRoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("expectedFrame");
    QTest::newRow("plain") << QByteArray("{\"a\":1}") << QByteArray() << QByteArray() << QByteArray("data: {\"a\":1}\n\n");
    QTest::newRow("event") << QByteArray("{}") << QByteArray("ping") << QByteArray() << QByteArray("event: ping\ndata: {}\n\n");
    QTest::newRow("multi-line") << QByteArray("a\nb\r\nc") << QByteArray() << QByteArray("9") << QByteArray("data: a\ndata: b\ndata: c\nid: 9\n\n");
    QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray() << QByteArray("data: \n\n");
}

void TestSse::writerRoundTrip()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, event);
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, expectedFrame);
    const QByteArray frame = SseWriter::frame(data, event, id);
    QCOMPARE(frame, expectedFrame);
    SseParser parser;
    const auto events = parser.feed(QByteArray(SseWriter::comment("hi") + frame));
    QCOMPARE(events.size(), 1);
    QByteArray normalized = data;
    normalized.replace("\r\n", "\n");
    QCOMPARE(events.first().data, normalized);
    QCOMPARE(events.first().event, event);
    QCOMPARE(events.first().id, id);
}

QTEST_GUILESS_MAIN(TestSse)
#include "tst_sse.moc"
