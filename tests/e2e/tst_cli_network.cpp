#include "childprocess.h"
#include "clirun.h"
#include "fakeproxy.h"
#include "fakeupstream.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace fk = sb::fakes;
using sb::testing::Child;

namespace {

const QString kHiddenHost = QStringLiteral("upstream.test"); // resolvable by the fake proxy only

} // namespace

// switchboard-cli chat and serve reach a provider that only the workspace's network proxy (an HTTP
// CONNECT proxy that wants a login, its password from the environment) can reach; and the same through
// an HTTPS proxy (TLS to the proxy itself, its CA from tests/fixtures/tls as the workspace's ca_file).
class TestCliNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fk::FakeUpstream m_fake{fk::Dialects(fk::Dialect::OpenAiChat)};
    fk::FakeProxy m_proxy{fk::FakeProxy::Kind::HttpConnect};
    fk::FakeProxy m_tlsProxy{fk::FakeProxy::Kind::HttpConnect};
    QString m_workspace;
    QString m_tlsWorkspace;
    QNetworkAccessManager m_nam;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_FAKE_KEY"), QStringLiteral("sk-fake"));
        env.insert(QStringLiteral("SB_PROXY_PW"), QStringLiteral("s3cret"));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fake.listen());
        m_fake.setApiKey(QStringLiteral("sk-fake"));
        m_proxy.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        m_proxy.addHost(kHiddenHost, QStringLiteral("127.0.0.1"));
        QVERIFY(m_proxy.listen());
        const QJsonObject provider{{QStringLiteral("id"), QStringLiteral("openai")},
                                   {QStringLiteral("kind"), QStringLiteral("openai")},
                                   {QStringLiteral("baseUrl"), QStringLiteral("http://%1:%2").arg(kHiddenHost).arg(m_fake.baseUrl().port())},
                                   {QStringLiteral("apiKey"), QStringLiteral("env:SB_FAKE_KEY")}};
        const QJsonObject network{{QStringLiteral("mode"), QStringLiteral("http")},
                                  {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                  {QStringLiteral("port"), int(m_proxy.port())},
                                  {QStringLiteral("user"), QStringLiteral("alice")},
                                  {QStringLiteral("password"), QStringLiteral("env:SB_PROXY_PW")},
                                  {QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("connect"), 10}}}};
        m_workspace = m_dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(sb::testing::writeJson(m_workspace,
                                       QJsonObject{{QStringLiteral("version"), 1},
                                                   {QStringLiteral("name"), QStringLiteral("network")},
                                                   {QStringLiteral("providers"), QJsonArray{provider}},
                                                   {QStringLiteral("network"), network}}));

        const auto fixture = [](const QString &name) {
            QFile f(sb::testing::fixturePath(QStringLiteral("tls/") + name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        m_tlsProxy.setTls(fixture(QStringLiteral("server.pem")), fixture(QStringLiteral("server.key")));
        m_tlsProxy.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
        m_tlsProxy.addHost(kHiddenHost, QStringLiteral("127.0.0.1"));
        QVERIFY(m_tlsProxy.listen());
        QJsonObject tls = network;
        tls.insert(QStringLiteral("mode"), QStringLiteral("https"));
        tls.insert(QStringLiteral("port"), int(m_tlsProxy.port()));
        tls.insert(QStringLiteral("ca_file"), sb::testing::fixturePath(QStringLiteral("tls/ca.pem")));
        m_tlsWorkspace = m_dir.filePath(QStringLiteral("workspace-https.json"));
        QVERIFY(sb::testing::writeJson(m_tlsWorkspace,
                                       QJsonObject{{QStringLiteral("version"), 1},
                                                   {QStringLiteral("name"), QStringLiteral("network-https")},
                                                   {QStringLiteral("providers"), QJsonArray{provider}},
                                                   {QStringLiteral("network"), tls}}));
    }

    void chatGoesThroughTheProxy_data()
    {
        QTest::addColumn<bool>("https");
        QTest::newRow("http proxy") << false;
        QTest::newRow("https proxy") << true;
    }

    void chatGoesThroughTheProxy()
    {
        QFETCH(bool, https);
        fk::FakeProxy &proxy = https ? m_tlsProxy : m_proxy;
        const int tunnels = proxy.tunnelCount();
        sb::testing::CliOptions o;
        o.environment = environment();
        o.timeoutMs = 30000;
        const auto r = sb::testing::runCli({QStringLiteral("chat"), QStringLiteral("--workspace"), https ? m_tlsWorkspace : m_workspace,
                                            QStringLiteral("--data-dir"),
                                            m_dir.filePath(https ? QStringLiteral("chat-https") : QStringLiteral("chat")), QStringLiteral("--model"),
                                            QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("Say hello")},
                                           o);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Hello from the fake upstream.\n"));
        QCOMPARE(proxy.tunnelCount(), tunnels + 1);
        QCOMPARE(proxy.authFailures(), 0);
    }

    void aWrongProxyPasswordSaysSo()
    {
        sb::testing::CliOptions o;
        o.environment = environment();
        o.environment.insert(QStringLiteral("SB_PROXY_PW"), QStringLiteral("wrong"));
        o.timeoutMs = 30000;
        const auto r = sb::testing::runCli({QStringLiteral("chat"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"),
                                            m_dir.filePath(QStringLiteral("wrong")), QStringLiteral("--model"), QStringLiteral("openai/gpt-4o-mini"),
                                            QStringLiteral("Say hello")},
                                           o);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("the network proxy 127.0.0.1:%1 refused the user name or password").arg(m_proxy.port())),
                 qPrintable(r.err));
    }

    void serveGoesThroughTheProxy_data() { chatGoesThroughTheProxy_data(); }
    void serveGoesThroughTheProxy()
    {
        QFETCH(bool, https);
        fk::FakeProxy &proxy = https ? m_tlsProxy : m_proxy;
        const int tunnels = proxy.tunnelCount();
        const int requests = m_fake.requestCount();
        Child serve;
        const QString base = serve.start(sb::testing::binPath(QStringLiteral("switchboard-cli")),
                                         {QStringLiteral("serve"), QStringLiteral("--workspace"), https ? m_tlsWorkspace : m_workspace,
                                          QStringLiteral("--data-dir"),
                                          m_dir.filePath(https ? QStringLiteral("serve-https") : QStringLiteral("serve")), QStringLiteral("--listen"),
                                          QStringLiteral("127.0.0.1:0"), QStringLiteral("-q")},
                                         environment());
        QVERIFY2(!base.isEmpty(), serve.output.constData());
        // a plain HTTP client, as any OpenAI-style client sends it
        QNetworkRequest request(QUrl(base + QStringLiteral("/v1/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("model"), QStringLiteral("openai/gpt-4o-mini")},
                                                          {QStringLiteral("max_tokens"), 20},
                                                          {QStringLiteral("messages"),
                                                           QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                                  {QStringLiteral("content"), QStringLiteral("hi")}}}}})
                                    .toJson(QJsonDocument::Compact);
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(20000));
        const QByteArray answer = reply->readAll();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY2(answer.contains("Hello from the fake upstream."), answer.constData());
        QVERIFY(proxy.tunnelCount() > tunnels);
        QCOMPARE(m_fake.requestCount(), requests + 1);
        serve.stop();
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_cli_network.moc"
