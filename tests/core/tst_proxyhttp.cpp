// The proxy's HTTP/1.1 request parser and response framing (core/proxy/http), byte by byte: framing,
// pipelining, bytes arriving one at a time, and the malformed and ambiguous requests it must refuse.
#include "proxy/http.h"

#include <QTest>

using namespace sb::proxy;
using State = http::Parser::State;

Q_DECLARE_METATYPE(sb::proxy::http::Parser::State)

namespace {

constexpr qint64 kMaxBody = 1024;

// Feeds everything at once and advances once.
State parse(http::Parser &p, const QByteArray &bytes)
{
    p.append(bytes);
    return p.advance();
}

const char *name(State s)
{
    switch (s) {
    case State::NeedMore: return "NeedMore";
    case State::HeadComplete: return "HeadComplete";
    case State::Complete: return "Complete";
    case State::Error: return "Error";
    }
    return "?";
}

#define COMPARE_STATE(a, b) QCOMPARE(QByteArray(name(a)), QByteArray(name(b)))

} // namespace

class TestProxyHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simplePost();
    void byteByByte();
    void pipelined();
    void chunkedBody();
    void chunkedByteByByte();
    void keepAlive_data();
    void keepAlive();
    void expectContinue();
    void refused_data();
    void refused();
    void limits();
    void responseFraming();
};

void TestProxyHttp::simplePost()
{
    http::Parser p(kMaxBody);
    const State s = parse(p,
                          "POST /v1/chat/completions?beta=true&x=%20 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                          "Authorization:   Bearer sk-1  \r\nContent-Length: 13\r\n\r\n{\"model\":\"m\"}");
    COMPARE_STATE(s, State::Complete);
    const http::Request r = p.take();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.target, QByteArrayLiteral("/v1/chat/completions?beta=true&x=%20"));
    QCOMPARE(r.path, QStringLiteral("/v1/chat/completions"));
    QCOMPARE(r.query, QByteArrayLiteral("beta=true&x=%20"));
    QCOMPARE(r.minorVersion, 1);
    QCOMPARE(r.header("content-type"), QByteArrayLiteral("application/json"));
    QCOMPARE(r.header("authorization"), QByteArrayLiteral("Bearer sk-1")); // optional whitespace around the value goes
    QVERIFY(r.hasHeader("host"));
    QVERIFY(!r.hasHeader("accept"));
    QCOMPARE(r.body, QByteArrayLiteral("{\"model\":\"m\"}"));
    QCOMPARE(p.buffered(), 0);
    COMPARE_STATE(p.advance(), State::NeedMore);
}

void TestProxyHttp::byteByByte()
{
    const QByteArray bytes = "\r\nPOST /v1/messages HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello";
    http::Parser p(kMaxBody);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        p.append(bytes.mid(i, 1));
        const State s = p.advance();
        if (i + 1 < bytes.size()) {
            QVERIFY2(s == State::NeedMore || s == State::HeadComplete, name(s));
            if (i + 1 >= bytes.indexOf("hello"))
                COMPARE_STATE(s, State::HeadComplete); // the head is in, the body is not
        } else {
            COMPARE_STATE(s, State::Complete);
        }
    }
    QCOMPARE(p.take().body, QByteArrayLiteral("hello"));
}

void TestProxyHttp::pipelined()
{
    http::Parser p(kMaxBody);
    p.append("POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nonePOST /b HTTP/1.1\r\nContent-Length: 3\r\n\r\ntwoGET /c HTTP/1.1\r\n\r\nGET /d");
    COMPARE_STATE(p.advance(), State::Complete);
    QCOMPARE(p.take().body, QByteArrayLiteral("one"));
    COMPARE_STATE(p.advance(), State::Complete);
    const http::Request b = p.take();
    QCOMPARE(b.path, QStringLiteral("/b"));
    QCOMPARE(b.body, QByteArrayLiteral("two"));
    COMPARE_STATE(p.advance(), State::Complete);
    const http::Request c = p.take();
    QCOMPARE(c.method, QByteArrayLiteral("GET"));
    QVERIFY(c.body.isEmpty());
    COMPARE_STATE(p.advance(), State::NeedMore);
    QCOMPARE(p.buffered(), 6); // "GET /d" waits for the rest of its head
}

void TestProxyHttp::chunkedBody()
{
    http::Parser p(kMaxBody);
    const State s = parse(p,
                          "POST /v1/responses HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5;ext=\"a\"\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\nGET /next HTTP/1.1\r\n\r\n");
    COMPARE_STATE(s, State::Complete);
    QCOMPARE(p.take().body, QByteArrayLiteral("hello 0123456789"));
    COMPARE_STATE(p.advance(), State::Complete); // what follows the trailers is the next request
    QCOMPARE(p.take().path, QStringLiteral("/next"));
}

void TestProxyHttp::chunkedByteByByte()
{
    const QByteArray bytes = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
    http::Parser p(kMaxBody);
    State s = State::NeedMore;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        p.append(bytes.mid(i, 1));
        s = p.advance();
        if (i + 1 < bytes.size())
            QVERIFY2(s != State::Complete && s != State::Error, qPrintable(QStringLiteral("%1 at byte %2").arg(QLatin1String(name(s))).arg(i)));
    }
    COMPARE_STATE(s, State::Complete);
    QCOMPARE(p.take().body, QByteArrayLiteral("abcde"));
}

void TestProxyHttp::keepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
}

void TestProxyHttp::keepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    http::Parser p(kMaxBody);
    COMPARE_STATE(parse(p, head), State::Complete);
    QCOMPARE(p.take().keepAlive(), keepAlive);
}

void TestProxyHttp::expectContinue()
{
    http::Parser p(kMaxBody);
    COMPARE_STATE(parse(p, "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"), State::HeadComplete);
    QVERIFY(p.takeExpectContinue());
    QVERIFY(!p.takeExpectContinue()); // said once
    COMPARE_STATE(parse(p, "ok"), State::Complete);
    QCOMPARE(p.take().body, QByteArrayLiteral("ok"));
}

void TestProxyHttp::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("request line") << QByteArray("POST /v1/chat/completions\r\n\r\n") << 400 << QStringLiteral("malformed request line");
    QTest::newRow("not http") << QByteArray("POST / SPDY/3\r\n\r\n") << 400 << QStringLiteral("malformed request line");
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400 << QStringLiteral("malformed header line");
    // RFC 9112 5.1: no whitespace between a field name and the colon (a request smuggling vector)
    QTest::newRow("space before colon") << QByteArray("POST / HTTP/1.1\r\nContent-Length : 5\r\n\r\nhello") << 400
                                        << QStringLiteral("malformed header line");
    // RFC 9112 5.2: obsolete line folding
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: one\r\n two: three\r\n\r\n") << 400
                                   << QStringLiteral("malformed header line");
    QTest::newRow("content-length letters") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5x\r\n\r\nhello") << 400
                                            << QStringLiteral("malformed Content-Length");
    QTest::newRow("content-length sign") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello") << 400
                                         << QStringLiteral("malformed Content-Length");
    QTest::newRow("content-length negative") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400
                                             << QStringLiteral("malformed Content-Length");
    // RFC 9112 6.3: differing lengths, or a length next to chunked framing: the body's end is ambiguous
    QTest::newRow("two content-lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!") << 400
                                         << QStringLiteral("conflicting Content-Length headers");
    QTest::newRow("length and chunked") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400
                                        << QStringLiteral("both Content-Length and Transfer-Encoding");
    QTest::newRow("chunked not last") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n") << 400
                                      << QStringLiteral("Transfer-Encoding must end with chunked");
    QTest::newRow("unknown coding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501
                                    << QStringLiteral("transfer coding 'gzip, chunked' is not supported");
    QTest::newRow("chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400
                                << QStringLiteral("malformed chunk size");
    QTest::newRow("chunk size negative") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n") << 400
                                         << QStringLiteral("malformed chunk size");
    QTest::newRow("chunk without crlf") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n") << 400
                                        << QStringLiteral("malformed chunked body: a chunk's data must end with CRLF");
    // RFC 9112 2.2: bare LF line endings are refused at once, not waited on until the idle timeout
    QTest::newRow("bare lf") << QByteArray("GET /health HTTP/1.1\nHost: 127.0.0.1\n\n") << 400
                             << QStringLiteral("a line of the request head ends with a bare LF");
    QTest::newRow("bare lf, head incomplete") << QByteArray("GET /health HTTP/1.1\r\nHost: 127.0.0.1\n") << 400
                                              << QStringLiteral("a line of the request head ends with a bare LF");
    QTest::newRow("bare lf first") << QByteArray("\nGET / HTTP/1.1\r\n\r\n") << 400
                                   << QStringLiteral("a line of the request head ends with a bare LF");
    QTest::newRow("chunk size bare lf") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n") << 400
                                        << QStringLiteral("malformed chunked body: a chunk size line ends with a bare LF");
    QTest::newRow("trailer bare lf") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: 1\n\n") << 400
                                     << QStringLiteral("malformed chunked body: a trailer line ends with a bare LF");
}

void TestProxyHttp::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, message);
    http::Parser p(kMaxBody);
    COMPARE_STATE(parse(p, bytes), State::Error);
    QCOMPARE(p.errorStatus(), status);
    QVERIFY2(p.errorMessage().startsWith(message), qPrintable(p.errorMessage()));
    COMPARE_STATE(p.advance(), State::Error); // it stays refused: the connection is answered and closed
}

void TestProxyHttp::limits()
{
    {
        http::Parser p(kMaxBody);
        COMPARE_STATE(parse(p, "POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n"), State::Error);
        QCOMPARE(p.errorStatus(), 413);
        QVERIFY2(p.errorMessage().contains(QLatin1String("1025")) && p.errorMessage().contains(QLatin1String("1024")), qPrintable(p.errorMessage()));
    }
    {
        http::Parser p(kMaxBody);
        COMPARE_STATE(parse(p, "POST / HTTP/1.1\r\nContent-Length: 1024\r\n\r\n" + QByteArray(1024, 'x')), State::Complete); // at the limit
    }
    {
        // chunked: the sum of the chunks counts
        http::Parser p(kMaxBody);
        COMPARE_STATE(parse(p, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n" + QByteArray(512, 'a') + "\r\n201\r\n"), State::Error);
        QCOMPARE(p.errorStatus(), 413);
    }
    {
        http::Parser p(kMaxBody, 256);
        p.append(QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(300, 'h')));
        COMPARE_STATE(p.advance(), State::Error); // refused before the head's end arrives
        QCOMPARE(p.errorStatus(), 431);
    }
    {
        // a chunk-size line that never ends
        http::Parser p(kMaxBody);
        COMPARE_STATE(parse(p, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(2000, '1')), State::Error);
        QCOMPARE(p.errorStatus(), 400);
    }
}

void TestProxyHttp::responseFraming()
{
    QCOMPARE(http::responseHead(200, {{"Content-Type", "application/json"}}, 2, true),
             QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\n"));
    QCOMPARE(http::responseHead(529, {}, -1, false),
             QByteArrayLiteral("HTTP/1.1 529 Overloaded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"));
    QCOMPARE(http::reasonPhrase(418), QByteArrayLiteral("Client Error"));
    QCOMPARE(http::chunk("hello world, sixteen+"), QByteArrayLiteral("15\r\nhello world, sixteen+\r\n"));
    QCOMPARE(http::chunk({}), QByteArray());
    QCOMPARE(http::lastChunk(), QByteArrayLiteral("0\r\n\r\n"));
    // what the framing writes, the parser reads back
    http::Parser p(kMaxBody);
    p.append(QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + http::chunk("abc") + http::chunk("defgh") + http::lastChunk()));
    COMPARE_STATE(p.advance(), State::Complete);
    QCOMPARE(p.take().body, QByteArrayLiteral("abcdefgh"));
}

QTEST_APPLESS_MAIN(TestProxyHttp)
#include "tst_proxyhttp.moc"
