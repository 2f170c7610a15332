#include "providers/registry.h"
#include "testpaths.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace sb;
using namespace sb::providers;
using sb::testing::fixturePath;

namespace {

// A TLS server on 127.0.0.1 that answers every request with an OpenAI-style model list.
class TlsModelServer final : public QObject
{
public:
    explicit TlsModelServer(const QString &name) // fixture base name: server or selfsigned
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(QSslCertificate::fromPath(fixturePath(QStringLiteral("tls/%1.pem").arg(name))));
        QFile keyFile(fixturePath(QStringLiteral("tls/%1.key").arg(name)));
        if (keyFile.open(QIODevice::ReadOnly))
            ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(ssl);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &TlsModelServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const { return QStringLiteral("https://127.0.0.1:%1/v1").arg(m_server.serverPort()); }
    int answered = 0;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                if (!buffer->contains("\r\n\r\n"))
                    return;
                buffer->clear();
                ++answered;
                const QByteArray body = R"({"object": "list", "data": [{"id": "gw-model", "object": "model"}]})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                              + body);
            });
        }
    }

    QSslServer m_server;
};

ProviderConfig provider(const QString &id, const QString &baseUrl, const QJsonObject &network = {})
{
    ProviderConfig p;
    p.id = id;
    p.kind = QStringLiteral("openai");
    p.baseUrl = baseUrl;
    p.apiKey = QStringLiteral("keychain:k");
    if (!network.isEmpty())
        p.options.insert(QStringLiteral("network"), network);
    return p;
}

struct Rig {
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    std::unique_ptr<ProviderRegistry> registry;

    bool start(const QList<ProviderConfig> &providers, const QJsonObject &network = {})
    {
        (void)secrets.write(QStringLiteral("k"), QStringLiteral("sk-test"));
        Workspace ws = WorkspaceFile::defaults();
        ws.providers = providers;
        ws.network = network;
        if (const QStringList problems = ws.validate(); !problems.isEmpty()) {
            qWarning() << problems;
            return false;
        }
        registry = std::make_unique<ProviderRegistry>(ws, SecretResolver(secrets), nam);
        return true;
    }

    // The provider's model listing: the error message, or "" when it worked.
    QString listModels(const QString &id)
    {
        auto client = registry->client(id);
        if (!client)
            return QStringLiteral("no client: ") + client.error().message;
        QObject context;
        std::optional<ModelListing> listing;
        (*client)->fetchModels(&context, [&](const ModelListing &l) { listing = l; });
        if (!QTest::qWaitFor([&] { return listing.has_value(); }, 20000))
            return QStringLiteral("no answer");
        if (listing->error)
            return listing->error->message;
        return listing->models.size() == 1 && listing->models.first().id == QLatin1String("gw-model") ? QString() : QStringLiteral("wrong models");
    }
};

QJsonObject caFile(const QString &path)
{
    return QJsonObject{{QStringLiteral("ca_file"), path}};
}

} // namespace

class TstNetworkTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend: the provider TLS settings cannot work");
    }

    void anUnknownCaFailsSayingWhatToDo()
    {
        TlsModelServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        Rig rig;
        QVERIFY(rig.start({provider(QStringLiteral("gw"), server.baseUrl())}));
        const QString error = rig.listModels(QStringLiteral("gw"));
        QVERIFY2(error.contains(QStringLiteral("gw: the server's TLS certificate is not trusted")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("add the certificate of the CA that signed it")), qPrintable(error));
        QCOMPARE(server.answered, 0);
    }

    void aGlobalCaFileIsTrusted()
    {
        TlsModelServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        Rig rig;
        QVERIFY(rig.start({provider(QStringLiteral("gw"), server.baseUrl())}, caFile(fixturePath(QStringLiteral("tls/ca.pem")))));
        const QString error = rig.listModels(QStringLiteral("gw"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(server.answered, 1);
    }

    void aProvidersCaFileIsItsOwn()
    {
        TlsModelServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        Rig rig;
        QVERIFY(rig.start({provider(QStringLiteral("gw"), server.baseUrl(), caFile(fixturePath(QStringLiteral("tls/ca.pem")))),
                           provider(QStringLiteral("other"), server.baseUrl())}));
        QString error = rig.listModels(QStringLiteral("gw"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // the same host and port, but not this provider's CA: no shared connection lets it through
        error = rig.listModels(QStringLiteral("other"));
        QVERIFY2(error.contains(QStringLiteral("not trusted")), qPrintable(error));
        QCOMPARE(server.answered, 1);
    }

    void allowSelfSignedIsPerProvider()
    {
        TlsModelServer server(QStringLiteral("selfsigned"));
        QVERIFY(server.listen());
        Rig rig;
        QVERIFY(rig.start({provider(QStringLiteral("gw"), server.baseUrl(), QJsonObject{{QStringLiteral("allow_self_signed"), true}}),
                           provider(QStringLiteral("other"), server.baseUrl())}));
        QString error = rig.listModels(QStringLiteral("gw"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = rig.listModels(QStringLiteral("other"));
        QVERIFY2(error.contains(QStringLiteral("other: the server's TLS certificate is not trusted")), qPrintable(error));
        QCOMPARE(server.answered, 1);
    }

    void allowSelfSignedTrustsNothingElse()
    {
        // a certificate signed by a CA nobody trusts is not self-signed: the option does not let it in
        TlsModelServer server(QStringLiteral("server"));
        QVERIFY(server.listen());
        Rig rig;
        QVERIFY(rig.start({provider(QStringLiteral("gw"), server.baseUrl(), QJsonObject{{QStringLiteral("allow_self_signed"), true}})}));
        const QString error = rig.listModels(QStringLiteral("gw"));
        QVERIFY2(error.contains(QStringLiteral("not trusted")), qPrintable(error));
        QCOMPARE(server.answered, 0);
    }

    void aMissingOrWrongCaFileSaysSo()
    {
        Rig rig;
        QVERIFY(rig.start(
            {provider(QStringLiteral("gw"), QStringLiteral("https://127.0.0.1:1/v1"), caFile(QStringLiteral("/nonexistent/ca.pem"))),
             provider(QStringLiteral("junk"), QStringLiteral("https://127.0.0.1:1/v1"), caFile(fixturePath(QStringLiteral("tls/README.md"))))}));
        QString error = rig.listModels(QStringLiteral("gw"));
        QVERIFY2(error.contains(QStringLiteral("The CA certificate file /nonexistent/ca.pem cannot be read")), qPrintable(error));
        error = rig.listModels(QStringLiteral("junk"));
        QVERIFY2(error.contains(QStringLiteral("holds no PEM certificate")), qPrintable(error));
    }

    void aGlobalAllowSelfSignedIsRefused()
    {
        Workspace ws = WorkspaceFile::defaults();
        ws.network = QJsonObject{{QStringLiteral("allow_self_signed"), true}};
        const QStringList problems = ws.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("network: allow_self_signed is a provider's own choice")), qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TstNetworkTls)
#include "tst_networktls.moc"
