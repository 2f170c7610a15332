#include "fakeupstream.h"
#include "providers/firstrun.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace sb;
using namespace sb::providers;
namespace fk = sb::fakes;

namespace {

EnvLookup envOf(QHash<QString, QString> vars)
{
    return [vars = std::move(vars)](const QString &name) { return vars.value(name); };
}

QStringList presetIds(const QList<Discovery> &found)
{
    QStringList ids;
    for (const Discovery &d : found)
        ids << d.presetId;
    return ids;
}

} // namespace

class TestFirstRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreMatchedToPresets()
    {
        const QList<Discovery> found = keysInEnvironment(envOf({
            {QStringLiteral("OPENAI_API_KEY"), QStringLiteral(" sk-openai \n")},
            {QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant")},
            {QStringLiteral("GOOGLE_API_KEY"), QStringLiteral("g-key")},
            {QStringLiteral("DEEPSEEK_API_KEY"), QStringLiteral("ds")},
            {QStringLiteral("MISTRAL_API_KEY"), QStringLiteral("   ")}, // blank: not a key
            {QStringLiteral("GROQ_API_KEY"), QStringLiteral("gq")},
            {QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("or")},
            {QStringLiteral("XAI_API_KEY"), QStringLiteral("xa")},
            {QStringLiteral("AZURE_OPENAI_API_KEY"), QStringLiteral("az")}, // needs a resource URL: not offered
            {QStringLiteral("HOME"), QStringLiteral("/home/x")},
        }));
        QCOMPARE(presetIds(found),
                 (QStringList{QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini"), QStringLiteral("deepseek"),
                              QStringLiteral("groq"), QStringLiteral("xai"), QStringLiteral("openrouter")}));
        QCOMPARE(found.at(0).key, QStringLiteral("sk-openai"));
        QCOMPARE(found.at(0).envVar, QStringLiteral("OPENAI_API_KEY"));
        QCOMPARE(found.at(2).envVar, QStringLiteral("GOOGLE_API_KEY"));
        for (const Discovery &d : found)
            QVERIFY(!d.isLocal());
    }

    void geminiKeyWinsOverGoogleKey()
    {
        const QList<Discovery> found = keysInEnvironment(
            envOf({{QStringLiteral("GOOGLE_API_KEY"), QStringLiteral("g")}, {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("ge")}}));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).envVar, QStringLiteral("GEMINI_API_KEY"));
        QCOMPARE(found.at(0).key, QStringLiteral("ge"));
    }

    void nothingSetFindsNothing() { QVERIFY(keysInEnvironment(envOf({})).isEmpty()); }

    void baseUrlComesAlong()
    {
        const QList<Discovery> found = keysInEnvironment(envOf(
            {{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("k")}, {QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1")}}));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).baseUrl, QStringLiteral("http://127.0.0.1:9/v1"));
        const ProviderConfig cfg = providerFor(found.at(0), Workspace{});
        QCOMPARE(cfg.baseUrl, QStringLiteral("http://127.0.0.1:9/v1"));
    }

    void providerKeepsTheKeyInTheKeychain()
    {
        Discovery d;
        d.presetId = QStringLiteral("groq");
        d.envVar = QStringLiteral("GROQ_API_KEY");
        d.key = QStringLiteral("gsk-secret");
        Workspace ws;
        ProviderConfig existing;
        existing.id = QStringLiteral("groq");
        existing.kind = QStringLiteral("openai_compatible");
        ws.providers << existing;
        const ProviderConfig cfg = providerFor(d, ws);
        QCOMPARE(cfg.id, QStringLiteral("groq-2"));
        QCOMPARE(cfg.kind, QStringLiteral("openai_compatible"));
        QCOMPARE(cfg.options.value(QStringLiteral("preset")).toString(), QStringLiteral("groq"));
        QCOMPARE(cfg.apiKey, QStringLiteral("keychain:switchboard-provider-groq-2"));
        QVERIFY(cfg.baseUrl.isEmpty()); // the preset's
        QVERIFY(cfg.models.isEmpty()); // the catalog's
        ws.providers << cfg;
        QVERIFY2(ws.validate().isEmpty(), qPrintable(ws.validate().join(u'\n')));
    }

    void defaultTargetsAreTheLocalServers()
    {
        const QList<LocalServerProbe::Target> targets = LocalServerProbe::defaultTargets();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).presetId, QStringLiteral("ollama"));
        QCOMPARE(targets.at(0).baseUrl, QStringLiteral("http://127.0.0.1:11434"));
        QCOMPARE(targets.at(1).presetId, QStringLiteral("lmstudio"));
        QCOMPARE(targets.at(1).baseUrl, QStringLiteral("http://127.0.0.1:1234/v1"));
    }

    // An Ollama and an LM Studio that answer, a port nobody listens on, and a server that accepts and never
    // answers: the probe reports the two that answered, with their models, within its timeout.
    void probeFindsServersThatAnswer()
    {
        fk::FakeUpstream ollama(fk::Dialect::Ollama);
        QVERIFY(ollama.listen());
        ollama.setModels({QStringLiteral("llama3.2:3b"), QStringLiteral("qwen2.5:7b")});
        fk::FakeUpstream lmstudio(fk::Dialect::OpenAiChat);
        QVERIFY(lmstudio.listen());
        lmstudio.setModels({QStringLiteral("mistral-7b-instruct")});
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });

        QNetworkAccessManager nam;
        LocalServerProbe probe(nam, std::chrono::milliseconds(300));
        QSignalSpy spy(&probe, &LocalServerProbe::finished);
        probe.start({
            {QStringLiteral("ollama"), ollama.baseUrl().toString()},
            {QStringLiteral("ollama"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort)},
            {QStringLiteral("lmstudio"), QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort())},
            {QStringLiteral("lmstudio"), lmstudio.baseUrl().toString() + QStringLiteral("/v1")},
        });
        QVERIFY(probe.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        QVERIFY(!probe.isRunning());
        const auto found = spy.at(0).at(0).value<QList<Discovery>>();
        QCOMPARE(presetIds(found), (QStringList{QStringLiteral("ollama"), QStringLiteral("lmstudio")}));
        QCOMPARE(found.at(0).models, (QStringList{QStringLiteral("llama3.2:3b"), QStringLiteral("qwen2.5:7b")}));
        QCOMPARE(found.at(0).baseUrl, ollama.baseUrl().toString());
        QCOMPARE(found.at(1).models, QStringList{QStringLiteral("mistral-7b-instruct")});
        QVERIFY(found.at(0).isLocal());
        QVERIFY(found.at(0).key.isEmpty());

        const ProviderConfig cfg = providerFor(found.at(1), Workspace{});
        QCOMPARE(cfg.id, QStringLiteral("lmstudio"));
        QVERIFY(cfg.apiKey.isEmpty());
        QCOMPARE(cfg.models, QStringList{QStringLiteral("mistral-7b-instruct")});
        QCOMPARE(cfg.baseUrl, lmstudio.baseUrl().toString() + QStringLiteral("/v1"));
        qDeleteAll(held);
    }

    void probeWithNoTargetsFinishesAtOnce()
    {
        QNetworkAccessManager nam;
        LocalServerProbe probe(nam, std::chrono::milliseconds(300));
        QSignalSpy spy(&probe, &LocalServerProbe::finished);
        probe.start({});
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.at(0).at(0).value<QList<Discovery>>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
