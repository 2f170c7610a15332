// DirectHttpManager / DirectReply: the proxy threads' plain-http client, against a scripted HTTP/1.1
// server on loopback (the bytes it answers are written out here, so each framing case is explicit).
#include "proxy/directhttp.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

using sb::proxy::DirectHttpManager;

namespace {

// Accepts connections, splits what arrives into requests (head + Content-Length body) and hands each to
// the handler with the socket it came on.
class ScriptedServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket *, const QByteArray &request)>;

    explicit ScriptedServer(Handler handler)
        : m_handler(std::move(handler))
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                m_sockets << s;
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { take(s); });
            }
        });
    }

    QUrl url(const QString &path = QStringLiteral("/v1/chat/completions")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }
    QTcpSocket *lastSocket() const { return m_sockets.isEmpty() ? nullptr : m_sockets.constLast().data(); }
    int openSockets() const
    {
        int n = 0;
        for (const QPointer<QTcpSocket> &s : m_sockets)
            n += s && s->state() == QAbstractSocket::ConnectedState;
        return n;
    }

    // Reads whatever is there and passes on every complete request.
    void take(QTcpSocket *s)
    {
        QByteArray &in = m_in[s];
        in += s->readAll();
        for (;;) {
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            const qsizetype at = in.toLower().indexOf("content-length:");
            if (at >= 0 && at < end)
                length = in.mid(at + 15, in.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (in.size() < end + 4 + length)
                return;
            const QByteArray request = in.left(end + 4 + length);
            in.remove(0, end + 4 + length);
            requests << request;
            m_handler(s, request);
        }
    }

    int connections = 0;
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_in;
    Handler m_handler;
};

QByteArray okResponse(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Authorization", "Bearer sk-test");
    return r;
}

// Runs the reply to its end; the body read as it arrived.
QByteArray finish(QNetworkReply *reply)
{
    QByteArray body;
    QObject::connect(reply, &QIODevice::readyRead, reply, [&] { body += reply->readAll(); });
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return QByteArrayLiteral("<timeout>");
    }
    body += reply->readAll();
    return body;
}

} // namespace

class TestDirectHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestHeadAndBody();
    void keepAliveReusesOneConnection();
    void requestIsWrittenBeforeTheEventLoopRuns();
    void aBodyLargerThanTheKernelTakesAtOnceArrivesWhole();
    void sendDirectTakesOnlyPlainHttpWithoutANetworkProxy();
    void unusedIdleConnectionsAreClosed();
    void chunkedBodyWithExtensionsAndTrailers();
    void bodyUntilCloseIsNotPooled();
    void errorStatusKeepsTheBody();
    void pooledConnectionClosedByTheServerIsRetriedFresh();
    void truncatedBodyIsAnError();
    void connectionRefused();
    void abortFinishesOnce();
};

void TestDirectHttp::requestHeadAndBody()
{
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) { s->write(okResponse("{\"ok\":true}")); });
    DirectHttpManager nam;
    QNetworkRequest request = jsonRequest(server.url(QStringLiteral("/v1/models?limit=2&q=a%20b")));
    request.setRawHeader("Connection", "close"); // the manager decides: it keeps connections alive
    request.setRawHeader("Content-Length", "999"); // and counts the body itself
    request.setRawHeader("X-Custom", "value: with colon");
    QNetworkReply *reply = nam.post(request, QByteArrayLiteral("{\"model\":\"m\"}"));
    QVERIFY(reply->inherits("sb::proxy::DirectReply")); // plain http without a network proxy: the direct path
    QCOMPARE(finish(reply), QByteArrayLiteral("{\"ok\":true}"));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArrayLiteral("application/json"));
    reply->deleteLater();

    QCOMPARE(server.requests.size(), 1);
    const QByteArray sent = server.requests.constFirst();
    const qsizetype headEnd = sent.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = sent.left(headEnd).split('\n');
    QCOMPARE(lines.constFirst().trimmed(), QByteArrayLiteral("POST /v1/models?limit=2&q=a%20b HTTP/1.1"));
    QMultiHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    QCOMPARE(headers.values("host"), QList<QByteArray>{"127.0.0.1:" + QByteArray::number(server.port())});
    QCOMPARE(headers.values("content-length"), QList<QByteArray>{"13"});
    QCOMPARE(headers.values("connection"), QList<QByteArray>{"keep-alive"});
    QCOMPARE(headers.values("content-type"), QList<QByteArray>{"application/json"});
    QCOMPARE(headers.values("authorization"), QList<QByteArray>{"Bearer sk-test"});
    QCOMPARE(headers.values("x-custom"), QList<QByteArray>{"value: with colon"});
    QCOMPARE(sent.mid(headEnd + 4), QByteArrayLiteral("{\"model\":\"m\"}"));
}

void TestDirectHttp::keepAliveReusesOneConnection()
{
    ScriptedServer server([](QTcpSocket *s, const QByteArray &r) { s->write(okResponse(r.mid(r.indexOf("\r\n\r\n") + 4))); });
    DirectHttpManager nam;
    for (int i = 0; i < 5; ++i) {
        const QByteArray body = "{\"n\":" + QByteArray::number(i) + "}";
        QNetworkReply *reply = nam.post(jsonRequest(server.url()), body);
        QCOMPARE(finish(reply), body);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        delete reply;
        QCOMPARE(nam.idleConnections(), 1);
    }
    QCOMPARE(server.connections, 1);
    QCOMPARE(server.requests.size(), 5);
}

void TestDirectHttp::requestIsWrittenBeforeTheEventLoopRuns()
{
    // On a kept-alive connection the request goes to the kernel inside post(): no trip through the
    // event loop (waiting for the socket to be writable) before the upstream sees it.
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) { s->write(okResponse("{}")); });
    DirectHttpManager nam;
    QNetworkReply *first = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{\"n\":1}"));
    QCOMPARE(finish(first), QByteArrayLiteral("{}"));
    delete first;
    QCOMPARE(nam.idleConnections(), 1);
    QTcpSocket *serverSide = server.lastSocket();
    QVERIFY(serverSide);

    QNetworkReply *second = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{\"n\":2}"));
    QCOMPARE(nam.idleConnections(), 0);
    // blocks this thread on the server's socket alone: the client's socket gets no event meanwhile
    QVERIFY2(serverSide->waitForReadyRead(2000), "the request was still in the client's buffer");
    server.take(serverSide);
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(server.requests.constLast().endsWith("{\"n\":2}"));
    QCOMPARE(finish(second), QByteArrayLiteral("{}"));
    delete second;
}

void TestDirectHttp::aBodyLargerThanTheKernelTakesAtOnceArrivesWhole()
{
    // The request goes to the kernel directly; what its buffer does not take at once is queued in the
    // socket and sent when it drains. A pattern that depends on the position shows a lost, repeated or
    // reordered piece.
    QByteArray body(4 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char('a' + (i / 7 + i / 4099) % 26);
    ScriptedServer server([&body](QTcpSocket *s, const QByteArray &r) {
        s->write(okResponse(r.mid(r.indexOf("\r\n\r\n") + 4) == body ? "{\"same\":true}" : "{\"same\":false}"));
    });
    DirectHttpManager nam;
    QNetworkReply *first = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    QCOMPARE(finish(first), QByteArrayLiteral("{\"same\":false}"));
    delete first;
    QCOMPARE(nam.idleConnections(), 1); // the large body goes on a connected, kept-alive socket
    for (int i = 0; i < 2; ++i) {
        QNetworkReply *reply = nam.post(jsonRequest(server.url()), body);
        QCOMPARE(finish(reply), QByteArrayLiteral("{\"same\":true}"));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        delete reply;
    }
    QCOMPARE(server.connections, 1);
    QCOMPARE(server.requests.size(), 3);
}

void TestDirectHttp::sendDirectTakesOnlyPlainHttpWithoutANetworkProxy()
{
    // Provider calls ask the manager's sendDirect() first and fall back to post()/get() when it says no.
    ScriptedServer server([](QTcpSocket *s, const QByteArray &r) { s->write(okResponse(r.startsWith("GET ") ? "{\"get\":1}" : "{\"post\":1}")); });
    DirectHttpManager nam;
    sb::providers::DirectTransport &transport = nam;
    const QByteArray body = QByteArrayLiteral("{}");
    QNetworkReply *post = transport.sendDirect(jsonRequest(server.url()), &body);
    QVERIFY(post && post->inherits("sb::proxy::DirectReply"));
    QCOMPARE(finish(post), QByteArrayLiteral("{\"post\":1}"));
    delete post;
    QNetworkReply *get = transport.sendDirect(jsonRequest(server.url(QStringLiteral("/v1/models"))), nullptr);
    QVERIFY(get);
    QCOMPARE(finish(get), QByteArrayLiteral("{\"get\":1}"));
    delete get;
    QCOMPARE(server.connections, 1);

    QCOMPARE(transport.sendDirect(jsonRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/models").arg(server.port()))), nullptr), nullptr);
    DirectHttpManager proxied;
    proxied.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));
    QCOMPARE(static_cast<sb::providers::DirectTransport &>(proxied).sendDirect(jsonRequest(server.url()), &body), nullptr);
    QCOMPARE(server.connections, 1);
}

void TestDirectHttp::unusedIdleConnectionsAreClosed()
{
    // After a burst, the connections the calls that follow do not need are closed once they have been
    // idle for the timeout; the one in use stays open.
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) { s->write(okResponse("{}")); });
    DirectHttpManager nam;
    qint64 now = 0;
    nam.setClock([&now] { return now; });
    nam.setIdleTimeout(300);
    QList<QNetworkReply *> burst;
    for (int i = 0; i < 3; ++i)
        burst << nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    for (QNetworkReply *r : std::as_const(burst)) {
        QCOMPARE(finish(r), QByteArrayLiteral("{}"));
        delete r;
    }
    QCOMPARE(server.connections, 3);
    QCOMPARE(nam.idleConnections(), 3);
    // a call every 50 ms for 1.2 s on the manager's clock, each followed by the timer's sweep
    for (int i = 0; i < 24; ++i) {
        now += 50;
        QNetworkReply *r = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
        QCOMPARE(finish(r), QByteArrayLiteral("{}"));
        delete r;
        nam.closeExpired();
        QCOMPARE(nam.idleConnections(), now < 300 ? 3 : 1);
    }
    QTRY_COMPARE(server.openSockets(), 1);
    QCOMPARE(server.connections, 3); // the calls kept using one of the three

    now += 299;
    nam.closeExpired();
    QCOMPARE(nam.idleConnections(), 1); // not yet
    now += 1;
    nam.closeExpired();
    QCOMPARE(nam.idleConnections(), 0); // unused for the timeout: closed too
    QTRY_COMPARE(server.openSockets(), 0);
}

void TestDirectHttp::chunkedBodyWithExtensionsAndTrailers()
{
    // sent in pieces that split the size lines, the data and the CRLFs
    const QList<QByteArray> pieces{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r", "\nhel",
                                   "lo\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n", "\r\n"};
    ScriptedServer server([&pieces](QTcpSocket *s, const QByteArray &) {
        for (const QByteArray &p : pieces) {
            s->write(p);
            s->flush();
            s->waitForBytesWritten(100);
            // on loopback the piece is in the client's receive buffer now: one pass of the event loop
            // lets the client read it before the next piece is written
            QCoreApplication::processEvents();
        }
    });
    DirectHttpManager nam;
    QNetworkReply *reply = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    QCOMPARE(finish(reply), QByteArrayLiteral("hello world"));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    delete reply;
    QCOMPARE(nam.idleConnections(), 1); // the whole chunked body was read: the connection is reusable

    QNetworkReply *again = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    QCOMPARE(finish(again), QByteArrayLiteral("hello world"));
    delete again;
    QCOMPARE(server.connections, 1);
}

void TestDirectHttp::bodyUntilCloseIsNotPooled()
{
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nno length, ");
        s->flush();
        QTimer::singleShot(20, s, [s] {
            s->write("ends at close");
            s->disconnectFromHost();
        });
    });
    DirectHttpManager nam;
    QNetworkReply *reply = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    QCOMPARE(finish(reply), QByteArrayLiteral("no length, ends at close"));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    delete reply;
    QCOMPARE(nam.idleConnections(), 0);
}

void TestDirectHttp::errorStatusKeepsTheBody()
{
    const QByteArray body = R"({"error":{"message":"slow down","type":"rate_limit"}})";
    ScriptedServer server([&body](QTcpSocket *s, const QByteArray &) {
        s->write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    DirectHttpManager nam;
    QNetworkReply *reply = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    QCOMPARE(finish(reply), body);
    QCOMPARE(reply->error(), QNetworkReply::UnknownContentError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), QByteArrayLiteral("Too Many Requests"));
    QCOMPARE(reply->rawHeader("Retry-After"), QByteArrayLiteral("7"));
    delete reply;
    QCOMPARE(nam.idleConnections(), 1); // an error status with a complete body leaves the connection usable
}

void TestDirectHttp::pooledConnectionClosedByTheServerIsRetriedFresh()
{
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) { s->write(okResponse("{\"fresh\":1}")); });
    DirectHttpManager nam;
    QNetworkReply *first = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    QCOMPARE(finish(first), QByteArrayLiteral("{\"fresh\":1}"));
    delete first;
    QCOMPARE(nam.idleConnections(), 1);

    // The server closes the idle connection; the client has not seen it yet when the next call takes it
    // from the pool, so the request goes out on a dead connection and must be sent again on a new one.
    QTcpSocket *serverSide = server.lastSocket();
    serverSide->abort();
    QNetworkReply *second = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    QCOMPARE(finish(second), QByteArrayLiteral("{\"fresh\":1}"));
    QCOMPARE(second->error(), QNetworkReply::NoError);
    delete second;
    QCOMPARE(server.connections, 2);
}

void TestDirectHttp::truncatedBodyIsAnError()
{
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"partial\":");
        s->flush();
        QTimer::singleShot(20, s, [s] { s->disconnectFromHost(); });
    });
    DirectHttpManager nam;
    QNetworkReply *reply = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    QCOMPARE(finish(reply), QByteArrayLiteral("{\"partial\":"));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QVERIFY2(reply->errorString().contains(QLatin1String("middle of the response")), qPrintable(reply->errorString()));
    delete reply;
    QCOMPARE(nam.idleConnections(), 0);
}

void TestDirectHttp::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and has no listener now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    DirectHttpManager nam;
    QNetworkReply *reply = nam.post(jsonRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port))), QByteArrayLiteral("{}"));
    QSignalSpy errors(reply, &QNetworkReply::errorOccurred);
    finish(reply);
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    QCOMPARE(errors.size(), 1);
    delete reply;
}

void TestDirectHttp::abortFinishesOnce()
{
    ScriptedServer server([](QTcpSocket *s, const QByteArray &) {
        s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n"); // and then nothing
    });
    DirectHttpManager nam;
    QNetworkReply *reply = nam.post(jsonRequest(server.url()), QByteArrayLiteral("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QSignalSpy ready(reply, &QIODevice::readyRead);
    QVERIFY(ready.wait(5000));
    QCOMPARE(reply->readAll(), QByteArrayLiteral("first"));
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    reply->abort();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(nam.idleConnections(), 0); // a connection in the middle of a response is not reused
    delete reply;
}

QTEST_GUILESS_MAIN(TestDirectHttp)
#include "tst_directhttp.moc"
