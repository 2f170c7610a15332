#include "fakeproxy.h"
#include "fakeupstream.h"
#include "providers/directtransport.h"
#include "providers/registry.h"
#include "router/router.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace sb;
using namespace sb::router;
using protocol::ApiError;
namespace fk = sb::fakes;

Q_DECLARE_METATYPE(sb::fakes::FakeProxy::Kind)

#define COMPARE_NAMED(a, b) QCOMPARE(protocol::toString(a), protocol::toString(b))

namespace {

// Counts the requests offered to it and sends none (the manager sends them).
struct CountingDirect final : providers::DirectTransport {
    int offered = 0;
    QNetworkReply *sendDirect(const QNetworkRequest &, const QByteArray *) override
    {
        ++offered;
        return nullptr;
    }
};

const QString kHiddenHost = QStringLiteral("upstream.test"); // resolvable by the fake proxies only

// One fake upstream behind provider "up", one fake proxy, and the router over a registry of them.
struct Rig {
    fk::FakeUpstream upstream{fk::Dialects(fk::Dialect::OpenAiChat)};
    fk::FakeProxy proxy;
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    Workspace ws;
    std::unique_ptr<providers::ProviderRegistry> registry;
    HealthTracker health;
    CountingDirect direct; // the proxy threads' direct plain-http transport stands here
    std::unique_ptr<Router> router;

    explicit Rig(fk::FakeProxy::Kind kind)
        : proxy(kind)
        , m_kind(kind)
    {
    }

    // network: the workspace's section; host: the provider's base URL host; own: the provider's override
    bool start(const QJsonObject &network, const QString &host, const QJsonObject &own = {}, providers::Timeouts timeouts = {})
    {
        if (!upstream.listen()) // the proxy listens already: its port is in `network`
            return false;
        upstream.setApiKey(QStringLiteral("sk-good"));
        proxy.addHost(kHiddenHost, QStringLiteral("127.0.0.1"));
        (void)secrets.write(QStringLiteral("k"), QStringLiteral("sk-good"));
        (void)secrets.write(QStringLiteral("proxy-pw"), QStringLiteral("s3cret"));
        ProviderConfig p;
        p.id = QStringLiteral("up");
        p.kind = QStringLiteral("openai");
        p.baseUrl = QStringLiteral("http://%1:%2").arg(host).arg(upstream.baseUrl().port());
        p.apiKey = QStringLiteral("keychain:k");
        if (!own.isEmpty())
            p.options.insert(QStringLiteral("network"), own);
        ws = WorkspaceFile::defaults();
        ws.providers = {p};
        ws.network = network;
        if (const QStringList problems = ws.validate(); !problems.isEmpty()) {
            qWarning() << problems;
            return false;
        }
        registry = std::make_unique<providers::ProviderRegistry>(ws, SecretResolver(secrets), nam, timeouts, &direct);
        router = std::make_unique<Router>(*registry, health, catalog::Catalog::builtIn());
        return true;
    }

    QJsonObject viaProxy(const QString &password = QStringLiteral("keychain:proxy-pw")) const
    {
        QJsonObject n{{QStringLiteral("mode"), proxyMode()},
                      {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("port"), int(proxy.port())}};
        if (!password.isEmpty()) {
            n.insert(QStringLiteral("user"), QStringLiteral("alice"));
            n.insert(QStringLiteral("password"), password);
        }
        return n;
    }

    QString proxyMode() const
    {
        return m_kind == fk::FakeProxy::Kind::Socks5 ? QStringLiteral("socks5") : https ? QStringLiteral("https") : QStringLiteral("http");
    }
    // An HTTPS proxy: TLS to the proxy with this certificate (tests/fixtures/tls), then CONNECT.
    void useTls(const QString &certificate, const QString &key)
    {
        https = true;
        proxy.setTls(readFixture(QStringLiteral("tls/") + certificate), readFixture(QStringLiteral("tls/") + key));
    }
    static QByteArray readFixture(const QString &relative)
    {
        QFile f(testing::fixturePath(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    bool https = false;

    DispatchResult run()
    {
        protocol::ChatRequest r;
        r.model = QStringLiteral("up/gpt-4o-mini");
        r.messages << protocol::Message::make(protocol::Role::User, QStringLiteral("Say hello"));
        r.stream = true;
        r.maxTokens = 100;
        Dispatch *d = router->dispatch(r, {});
        QSignalSpy spy(d, &Dispatch::finished);
        if (!spy.wait(30000))
            return {};
        DispatchResult result = d->result();
        delete d;
        return result;
    }

    fk::FakeProxy::Kind m_kind;
};

void kinds()
{
    QTest::addColumn<fk::FakeProxy::Kind>("kind");
    QTest::newRow("http-connect") << fk::FakeProxy::Kind::HttpConnect;
    QTest::newRow("socks5") << fk::FakeProxy::Kind::Socks5;
}

} // namespace

class TestNetworkProxyCalls : public QObject
{
    Q_OBJECT

private slots:
    void reachesAHostOnlyTheProxyKnows_data()
    {
        QTest::addColumn<fk::FakeProxy::Kind>("kind");
        QTest::addColumn<bool>("credentials");
        QTest::newRow("http-connect") << fk::FakeProxy::Kind::HttpConnect << false;
        QTest::newRow("http-connect basic auth") << fk::FakeProxy::Kind::HttpConnect << true;
        QTest::newRow("socks5") << fk::FakeProxy::Kind::Socks5 << false;
        QTest::newRow("socks5 user/password") << fk::FakeProxy::Kind::Socks5 << true;
    }

    void reachesAHostOnlyTheProxyKnows()
    {
        QFETCH(fk::FakeProxy::Kind, kind);
        QFETCH(bool, credentials);
        Rig rig(kind);
        if (credentials)
            rig.proxy.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QVERIFY(rig.proxy.listen());
        QVERIFY(rig.start(rig.viaProxy(credentials ? QStringLiteral("keychain:proxy-pw") : QString()), kHiddenHost));
        const DispatchResult r = rig.run();
        QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.error ? r.outcome.error->message : QString()));
        QCOMPARE(r.outcome.response.message.text(), QStringLiteral("Hello from the fake upstream."));
        QCOMPARE(rig.proxy.tunnelCount(), 1);
        QCOMPARE(rig.proxy.targets(), QStringList{QStringLiteral("%1:%2").arg(kHiddenHost).arg(rig.upstream.baseUrl().port())});
        QCOMPARE(rig.upstream.requestCount(), 1);
        QCOMPARE(rig.proxy.authFailures(), 0);
        QCOMPARE(rig.direct.offered, 0); // a proxied call never takes the direct transport
    }

    void aWrongPasswordNamesTheProxy_data() { kinds(); }
    void aWrongPasswordNamesTheProxy()
    {
        QFETCH(fk::FakeProxy::Kind, kind);
        Rig rig(kind);
        rig.proxy.setCredentials(QStringLiteral("alice"), QStringLiteral("another"));
        QVERIFY(rig.proxy.listen());
        QVERIFY(rig.start(rig.viaProxy(), kHiddenHost));
        const DispatchResult r = rig.run();
        QVERIFY(!r.outcome.ok());
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::Auth);
        const QString proxyName = QStringLiteral("127.0.0.1:%1").arg(rig.proxy.port());
        QVERIFY2(r.outcome.error->message.contains(QStringLiteral("the network proxy %1 refused the user name or password").arg(proxyName)),
                 qPrintable(r.outcome.error->message));
        QVERIFY(r.outcome.error->message.contains(QStringLiteral("keychain")));
        QVERIFY(!r.outcome.error->message.contains(QStringLiteral("another")));
        QVERIFY(rig.proxy.authFailures() >= 1);
        QCOMPARE(rig.proxy.tunnelCount(), 0);
        QCOMPARE(rig.upstream.requestCount(), 0);
    }

    // An HTTPS proxy: TLS to the proxy itself (the relay on loopback), then CONNECT inside it, for a
    // host only the proxy can reach; the proxy's certificate is checked against the CA file, or
    // accepted as self-signed when the provider allows it; a wrong CA names the proxy.
    void anHttpsProxy_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<bool>("allowSelfSigned");
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<bool>("works");
        QTest::newRow("signed by the CA file") << QStringLiteral("server") << true << false << false << true;
        QTest::newRow("with a password") << QStringLiteral("server") << true << false << true << true;
        QTest::newRow("self-signed, allowed") << QStringLiteral("selfsigned") << false << true << false << true;
        QTest::newRow("self-signed, not allowed") << QStringLiteral("selfsigned") << true << false << false << false;
        QTest::newRow("no CA file") << QStringLiteral("server") << false << false << false << false;
    }
    void anHttpsProxy()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, trustCa);
        QFETCH(bool, allowSelfSigned);
        QFETCH(bool, credentials);
        QFETCH(bool, works);
        Rig rig(fk::FakeProxy::Kind::HttpConnect);
        rig.useTls(certificate + QStringLiteral(".pem"), certificate + QStringLiteral(".key"));
        if (credentials)
            rig.proxy.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QVERIFY(rig.proxy.listen());
        QJsonObject network = rig.viaProxy(credentials ? QStringLiteral("keychain:proxy-pw") : QString());
        if (trustCa)
            network.insert(QStringLiteral("ca_file"), testing::fixturePath(QStringLiteral("tls/ca.pem")));
        QJsonObject own;
        if (allowSelfSigned)
            own.insert(QStringLiteral("allow_self_signed"), true);
        QVERIFY(rig.start(network, kHiddenHost, own));
        const DispatchResult r = rig.run();
        if (works) {
            QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.error ? r.outcome.error->message : QString()));
            QCOMPARE(r.outcome.response.message.text(), QStringLiteral("Hello from the fake upstream."));
            QCOMPARE(rig.proxy.tunnelCount(), 1);
            QCOMPARE(rig.upstream.requestCount(), 1);
            QCOMPARE(rig.proxy.handshakeFailures(), 0);
            QCOMPARE(rig.direct.offered, 0);
            return;
        }
        QVERIFY(!r.outcome.ok());
        const QString proxyName = QStringLiteral("127.0.0.1:%1").arg(rig.proxy.port());
        QVERIFY2(r.outcome.error->message.contains(QStringLiteral("TLS to the network proxy %1 failed").arg(proxyName)),
                 qPrintable(r.outcome.error->message));
        QVERIFY2(r.outcome.error->message.contains(QLatin1String("CA file")), qPrintable(r.outcome.error->message));
        qInfo("%s", qPrintable(r.outcome.error->message));
        QCOMPARE(rig.proxy.tunnelCount(), 0);
        QCOMPARE(rig.upstream.requestCount(), 0);
    }

    // What the relay costs: calls through an HTTPS proxy against the same proxy in plain HTTP, the
    // first (a new connection: one more TLS handshake) and the following (keep-alive) ones.
    void anHttpsProxyCosts()
    {
        auto measure = [](bool https, qint64 &firstUs, double &nextUs) {
            Rig rig(fk::FakeProxy::Kind::HttpConnect);
            if (https)
                rig.useTls(QStringLiteral("server.pem"), QStringLiteral("server.key"));
            if (!rig.proxy.listen())
                return false;
            QJsonObject network = rig.viaProxy(QString());
            network.insert(QStringLiteral("ca_file"), testing::fixturePath(QStringLiteral("tls/ca.pem")));
            if (!rig.start(network, kHiddenHost))
                return false;
            QElapsedTimer clock;
            clock.start();
            if (!rig.run().outcome.ok())
                return false;
            firstUs = clock.nsecsElapsed() / 1000;
            constexpr int kCalls = 50;
            clock.restart();
            for (int i = 0; i < kCalls; ++i) {
                if (!rig.run().outcome.ok())
                    return false;
            }
            nextUs = double(clock.nsecsElapsed()) / 1000.0 / kCalls;
            return rig.proxy.tunnelCount() == 1; // one tunnel, kept alive, for all of them
        };
        qint64 plainFirst = 0;
        qint64 tlsFirst = 0;
        double plainNext = 0;
        double tlsNext = 0;
        QVERIFY(measure(false, plainFirst, plainNext));
        QVERIFY(measure(true, tlsFirst, tlsNext));
        qInfo("first call: http proxy %lld us, https proxy %lld us; then per call: %.0f us and %.0f us", plainFirst, tlsFirst, plainNext, tlsNext);
    }

    void noProxyHostsGoDirect_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("noProxy");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("localhost");
        QTest::newRow("*") << QStringLiteral("127.0.0.1") << QStringLiteral("*");
    }

    void noProxyHostsGoDirect()
    {
        QFETCH(QString, host);
        QFETCH(QString, noProxy);
        Rig rig(fk::FakeProxy::Kind::HttpConnect);
        QVERIFY(rig.proxy.listen());
        QJsonObject network = rig.viaProxy();
        network.insert(QStringLiteral("no_proxy"), QJsonArray{QStringLiteral("*.internal"), noProxy});
        QVERIFY(rig.start(network, host));
        const DispatchResult r = rig.run();
        QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.error ? r.outcome.error->message : QString()));
        QCOMPARE(rig.proxy.tunnelCount(), 0);
        QCOMPARE(rig.upstream.requestCount(), 1);
        QCOMPARE(rig.direct.offered, 1); // the fast path stays where no proxy applies
    }

    void aProviderOverridesTheGlobalProxy()
    {
        Rig rig(fk::FakeProxy::Kind::Socks5);
        QVERIFY(rig.proxy.listen());
        // global: none; the provider's own: the SOCKS5 proxy, the only way to its host
        QVERIFY(rig.start(QJsonObject{{QStringLiteral("mode"), QStringLiteral("none")}}, kHiddenHost, rig.viaProxy(QString())));
        const DispatchResult r = rig.run();
        QVERIFY2(r.outcome.ok(), qPrintable(r.outcome.error ? r.outcome.error->message : QString()));
        QCOMPARE(rig.proxy.tunnelCount(), 1);

        // and the other way round: a global proxy, the provider says none
        Rig direct(fk::FakeProxy::Kind::HttpConnect);
        QVERIFY(direct.proxy.listen());
        QVERIFY(direct.start(direct.viaProxy(QString()), QStringLiteral("127.0.0.1"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("none")}}));
        QVERIFY(direct.run().outcome.ok());
        QCOMPARE(direct.proxy.tunnelCount(), 0);
    }

    void aDeadProxyFailsFast_data() { kinds(); }
    void aDeadProxyFailsFast()
    {
        QFETCH(fk::FakeProxy::Kind, kind);
        Rig rig(kind);
        QVERIFY(rig.proxy.listen());
        QJsonObject network = rig.viaProxy(QString());
        quint16 deadPort = 0;
        {
            QTcpServer gone; // a port that was free a moment ago: nothing listens there now
            QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
            deadPort = gone.serverPort();
        }
        network.insert(QStringLiteral("port"), int(deadPort));
        QVERIFY(rig.start(network, kHiddenHost));
        QElapsedTimer clock;
        clock.start();
        const DispatchResult r = rig.run();
        QVERIFY(!r.outcome.ok());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::Network);
        QVERIFY2(r.outcome.error->message.contains(QStringLiteral("the network proxy 127.0.0.1:%1 failed (").arg(deadPort)),
                 qPrintable(r.outcome.error->message));
        QVERIFY(r.outcome.error->message.contains(QStringLiteral("check that it runs")));
        QCOMPARE(rig.upstream.requestCount(), 0);
    }

    void aHangingProxyTimesOut_data() { kinds(); }
    void aHangingProxyTimesOut()
    {
        QFETCH(fk::FakeProxy::Kind, kind);
        Rig rig(kind);
        rig.proxy.setHang(true);
        QVERIFY(rig.proxy.listen());
        providers::Timeouts timeouts;
        timeouts.connect = std::chrono::milliseconds(300);
        QVERIFY(rig.start(rig.viaProxy(QString()), kHiddenHost, {}, timeouts));
        const DispatchResult r = rig.run();
        QVERIFY(!r.outcome.ok());
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::Timeout);
        QVERIFY2(r.outcome.error->message.contains(QStringLiteral("through the network proxy 127.0.0.1:%1").arg(rig.proxy.port())),
                 qPrintable(r.outcome.error->message));
        QCOMPARE(rig.upstream.requestCount(), 0);
    }

    void theWorkspaceTimeoutsApply()
    {
        // the workspace's connect timeout, not the registry's default (an hour here), ends the call
        Rig rig(fk::FakeProxy::Kind::HttpConnect);
        rig.proxy.setHang(true);
        QVERIFY(rig.proxy.listen());
        QJsonObject network = rig.viaProxy(QString());
        network.insert(QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("connect"), 1}});
        network.insert(QStringLiteral("retries"), 0);
        providers::Timeouts defaults;
        defaults.connect = std::chrono::hours(1);
        QVERIFY(rig.start(network, kHiddenHost, {}, defaults));
        QElapsedTimer clock;
        clock.start();
        const DispatchResult r = rig.run();
        QVERIFY(!r.outcome.ok());
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::Timeout);
        QVERIFY2(r.outcome.error->message.contains(QStringLiteral("within 1 s")), qPrintable(r.outcome.error->message));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.attempts, 1); // retries 0: one attempt
    }

    void aProvidersTimeoutsKeepTheGlobalProxy()
    {
        // the provider sets only a timeout: the global proxy still carries its calls
        Rig rig(fk::FakeProxy::Kind::Socks5);
        rig.proxy.setHang(true);
        QVERIFY(rig.proxy.listen());
        providers::Timeouts defaults;
        defaults.connect = std::chrono::hours(1);
        QVERIFY(rig.start(rig.viaProxy(QString()), kHiddenHost,
                          QJsonObject{{QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("connect"), 1}}}, {QStringLiteral("retries"), 0}},
                          defaults));
        const DispatchResult r = rig.run();
        COMPARE_NAMED(r.outcome.error->kind, ApiError::Kind::Timeout);
        QVERIFY2(r.outcome.error->message.contains(QStringLiteral("within 1 s through the network proxy 127.0.0.1:%1").arg(rig.proxy.port())),
                 qPrintable(r.outcome.error->message));
    }

    void theWorkspaceRetriesApply_data()
    {
        QTest::addColumn<QJsonObject>("global");
        QTest::addColumn<QJsonObject>("own");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("ok");
        const QJsonObject none{{QStringLiteral("mode"), QStringLiteral("none")}};
        QJsonObject noRetries = none;
        noRetries.insert(QStringLiteral("retries"), 0);
        QJsonObject threeRetries = none;
        threeRetries.insert(QStringLiteral("retries"), 3);
        QTest::newRow("default: one retry") << none << QJsonObject{} << 2 << false;
        QTest::newRow("global 0") << noRetries << QJsonObject{} << 1 << false;
        QTest::newRow("global 3") << threeRetries << QJsonObject{} << 3 << true;
        QTest::newRow("provider 2 over global 0") << noRetries << QJsonObject{{QStringLiteral("retries"), 2}} << 3 << true;
        QTest::newRow("provider 0 over global 3") << threeRetries << QJsonObject{{QStringLiteral("retries"), 0}} << 1 << false;
    }
    void theWorkspaceRetriesApply()
    {
        QFETCH(QJsonObject, global);
        QFETCH(QJsonObject, own);
        QFETCH(int, attempts);
        QFETCH(bool, ok);
        Rig rig(fk::FakeProxy::Kind::HttpConnect);
        QVERIFY(rig.start(global, QStringLiteral("127.0.0.1"), own));
        rig.upstream.failNext(2, fk::Fault::make(fk::FaultKind::ServerError)); // 500, 500, then 200
        const DispatchResult r = rig.run();
        QCOMPARE(r.outcome.ok(), ok);
        QCOMPARE(r.attempts, attempts);
        QCOMPARE(rig.upstream.requestCount(), attempts);
    }

    void theWorkspaceSaysWhatToFix()
    {
        Workspace ws = WorkspaceFile::defaults();
        ws.network = QJsonObject{{QStringLiteral("mode"), QStringLiteral("http")}, {QStringLiteral("port"), 3128}};
        QVERIFY2(ws.validate().contains(QStringLiteral("network: The network proxy needs a host name: enter the proxy server's name or address.")),
                 qPrintable(ws.validate().join(QLatin1Char('\n'))));
        ws.network = QJsonObject{{QStringLiteral("mode"), QStringLiteral("http")},
                                 {QStringLiteral("host"), QStringLiteral("proxy.corp")},
                                 {QStringLiteral("port"), 3128},
                                 {QStringLiteral("password"), QStringLiteral("hunter2")}};
        const QStringList problems = ws.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("network: The network proxy password must be stored in the keychain")));
        ws.network = {};
        ProviderConfig p;
        p.id = QStringLiteral("x");
        p.kind = QStringLiteral("openai");
        p.options.insert(QStringLiteral("network"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("socks4")}});
        ws.providers = {p};
        QVERIFY2(ws.validate().contains(QStringLiteral("providers[0].options.network: Network proxy mode \"socks4\" is unknown: use system, none, "
                                                       "http, https or socks5.")),
                 qPrintable(ws.validate().join(QLatin1Char('\n'))));
        // the section round-trips through the file format
        ws.providers = {};
        ws.network = QJsonObject{{QStringLiteral("mode"), QStringLiteral("socks5")},
                                 {QStringLiteral("host"), QStringLiteral("proxy.corp")},
                                 {QStringLiteral("port"), 1080},
                                 {QStringLiteral("no_proxy"), QJsonArray{QStringLiteral("localhost")}}};
        auto back = Workspace::fromJson(ws.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->network, ws.network);
        auto unknown = Workspace::fromJson(R"({"version": 1, "network": {"mode": "http", "host": "p", "port": 1, "pass": "x"}})");
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("Network proxy field \"pass\" is unknown")), qPrintable(unknown.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNetworkProxyCalls)
#include "tst_networkproxycalls.moc"
