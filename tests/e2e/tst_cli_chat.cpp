#include "clirun.h"
#include "fakeupstream.h"
#include "ledgerrows.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace fk = sb::fakes;

// switchboard-cli chat and models against the fake upstreams, as a user runs them.
class TestCliChat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fk::FakeUpstream m_fake{fk::allDialects()};
    QString m_workspace;

    using Run = sb::testing::CliRun;
    // Runs the CLI while this thread's event loop keeps serving the in-process fake.
    Run cli(const QStringList &args, const QByteArray &stdinData = {}, std::function<void(QProcess &)> during = {})
    {
        sb::testing::CliOptions o;
        o.environment.insert(QStringLiteral("SB_FAKE_KEY"), QStringLiteral("sk-fake-123"));
        o.stdinData = stdinData;
        o.during = std::move(during);
        o.timeoutMs = 30000;
        return sb::testing::runCli(args, o);
    }
    Run chat(const QString &model, const QString &prompt, const QStringList &extra = {})
    {
        return cli(QStringList{QStringLiteral("chat"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"), dataDir(),
                               QStringLiteral("--model"), model}
                   + extra + QStringList{prompt});
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    // (provider, status) of the ledger's rows, oldest first
    QStringList ledger()
    {
        return sb::testing::ledgerRows(dataDir() + QStringLiteral("/switchboard.sqlite"), QStringLiteral("provider, source, status"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setApiKey(QStringLiteral("sk-fake-123"));
        const QString base = m_fake.baseUrl().toString();
        QJsonArray providers;
        auto add = [&](const char *id, const char *kind, const char *extraKey = nullptr, const char *extraValue = nullptr) {
            QJsonObject p{
                {QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("baseUrl"), base}};
            if (QLatin1String(kind) != QLatin1String("ollama"))
                p.insert(QStringLiteral("apiKey"), QStringLiteral("env:SB_FAKE_KEY"));
            if (extraKey)
                p.insert(QStringLiteral("options"), QJsonObject{{QLatin1String(extraKey), QLatin1String(extraValue)}});
            providers.append(p);
        };
        add("openai", "openai");
        add("responses", "openai", "dialect", "openai_responses");
        add("anthropic", "anthropic");
        add("gemini", "gemini");
        add("ollama", "ollama");
        add("deepseek", "openai_compatible", "preset", "deepseek");
        QJsonObject bad{{QStringLiteral("id"), QStringLiteral("badkey")},
                        {QStringLiteral("kind"), QStringLiteral("anthropic")},
                        {QStringLiteral("baseUrl"), base},
                        {QStringLiteral("apiKey"), QStringLiteral("env:SB_NOT_SET_ANYWHERE")}};
        providers.append(bad);
        QJsonObject ws{
            {QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("cli test")}, {QStringLiteral("providers"), providers}};
        // a route that fails over from a provider whose key is wrong to one that works
        QJsonArray routes{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("resilient")},
                        {QStringLiteral("targets"), QJsonArray{QStringLiteral("badkey/claude-sonnet-4"), QStringLiteral("openai/gpt-4o-mini")}}}};
        ws.insert(QStringLiteral("routes"), routes);
        m_workspace = m_dir.filePath(QStringLiteral("workspace.json"));
        QFile f(m_workspace);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(ws).toJson());
    }

    void chatEachDialect_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("cost");
        // the fake reports 12 input and 9 output tokens
        QTest::newRow("openai") << QStringLiteral("openai/gpt-4o-mini") << QStringLiteral("$0.000007"); // 12*0.15 + 9*0.6 = 7.2 micro-dollars
        QTest::newRow("responses") << QStringLiteral("responses/gpt-4o-mini") << QStringLiteral("$0.000007");
        QTest::newRow("anthropic") << QStringLiteral("anthropic/claude-sonnet-4") << QStringLiteral("$0.000171"); // 12*3 + 9*15 = 171
        QTest::newRow("gemini") << QStringLiteral("gemini/gemini-2.5-flash") << QStringLiteral("$0.000026"); // 12*0.3 + 9*2.5 = 26.1
        QTest::newRow("ollama") << QStringLiteral("ollama/llama3.2") << QStringLiteral("$0");
        QTest::newRow("deepseek preset") << QStringLiteral("deepseek/deepseek-chat") << QStringLiteral("$0.000013"); // 12*0.27+9*1.1 = 13.14
    }
    void chatEachDialect()
    {
        QFETCH(QString, model);
        QFETCH(QString, cost);
        const Run r = chat(model, QStringLiteral("Say hello"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Hello from the fake upstream.\n"));
        QVERIFY2(r.err.contains(QLatin1String("12 input, 9 output tokens, ") + cost), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("first token")), qPrintable(r.err));
    }

    void chatWithoutStreamingAndFromStdin()
    {
        Run r = chat(QStringLiteral("openai/gpt-4o"), QStringLiteral("hi"), {QStringLiteral("--no-stream")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Hello from the fake upstream.\n"));
        QVERIFY(!m_fake.lastRequest().json().value(QLatin1String("stream")).toBool());
        r = cli({QStringLiteral("chat"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"), dataDir(), QStringLiteral("-m"),
                 QStringLiteral("anthropic/claude-3-5-haiku"), QStringLiteral("--system"), QStringLiteral("Be brief"), QStringLiteral("-")},
                QByteArray("prompt from stdin ✓"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject sent = m_fake.lastRequest().json();
        QCOMPARE(sent.value(QLatin1String("system")).toString(), QStringLiteral("Be brief"));
        QVERIFY(QJsonDocument(sent.value(QLatin1String("messages")).toArray()).toJson().contains("prompt from stdin \xe2\x9c\x93"));
    }

    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << int(fk::FaultKind::Unauthorized) << QStringLiteral("Check the provider's key");
        QTest::newRow("404") << int(fk::FaultKind::ModelNotFound) << QStringLiteral("switchboard-cli models");
        QTest::newRow("429") << int(fk::FaultKind::RateLimited) << QStringLiteral("asks to wait 1 s");
        QTest::newRow("context") << int(fk::FaultKind::ContextLengthExceeded) << QStringLiteral("context window");
        QTest::newRow("drop") << int(fk::FaultKind::DropMidStream) << QStringLiteral("partial");
    }
    void errorsSayWhatToDo()
    {
        QFETCH(int, fault);
        QFETCH(QString, expected);
        // twice: a direct model is retried once on errors worth retrying (the 429 waits for its Retry-After)
        m_fake.enqueue(fk::Script{fk::ReplyScript{}, fk::Fault::make(fk::FaultKind(fault), 0, 3), std::nullopt}, 2);
        const Run r = chat(QStringLiteral("openai/gpt-4o"), QStringLiteral("hi"));
        m_fake.clearQueue();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void missingKeyAndBadModel()
    {
        Run r = chat(QStringLiteral("badkey/claude-sonnet-4"), QStringLiteral("hi"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("SB_NOT_SET_ANYWHERE is not set")), qPrintable(r.err));
        r = chat(QStringLiteral("nosuch/model"), QStringLiteral("hi"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no route, virtual model or provider offers \"nosuch/model\"")), qPrintable(r.err));
        r = chat(QStringLiteral("openai/gpt-4o"), QStringLiteral("hi"), {QStringLiteral("--task"), QStringLiteral("poetry")});
        QCOMPARE(r.exitCode, 2);
        r = chat(QStringLiteral("openai/gpt-4o"), QStringLiteral("hi"), {QStringLiteral("--max-tokens"), QStringLiteral("lots")});
        QCOMPARE(r.exitCode, 2);
    }

    void interruptKeepsPartialAnswer()
    {
#ifdef Q_OS_UNIX
        m_fake.setChunkDelay(400);
        const Run r = cli({QStringLiteral("chat"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"), dataDir(),
                           QStringLiteral("-m"), QStringLiteral("openai/gpt-4o"), QStringLiteral("hi")},
                          {}, [this](QProcess &p) {
                              QTRY_VERIFY_WITH_TIMEOUT(m_fake.requestCount() > 0 && p.bytesAvailable() > 0, 10000);
                              ::kill(pid_t(p.processId()), SIGINT);
                          });
        m_fake.setChunkDelay(0);
        QCOMPARE(r.exitCode, 128 + SIGINT);
        QVERIFY2(r.err.contains(QLatin1String("interrupted")), qPrintable(r.err));
        QVERIFY(!r.out.isEmpty());
        QVERIFY(r.out.size() < QStringLiteral("Hello from the fake upstream.\n").size());
#else
        QSKIP("signals are Unix-only");
#endif
    }

    void routedThroughTheLedger()
    {
        const int before = ledger().size();
        // a bare model name: the first provider offering it answers
        Run r = chat(QStringLiteral("claude-sonnet-4"), QStringLiteral("hi"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("-- anthropic/claude-sonnet-4:")), qPrintable(r.err));
        // a route: the provider with the missing key fails, the next answers; both attempts are in the ledger
        r = chat(QStringLiteral("resilient"), QStringLiteral("hi"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Hello from the fake upstream.\n"));
        QVERIFY2(r.err.contains(QLatin1String("-- openai/gpt-4o-mini:")) && r.err.contains(QLatin1String("answered on attempt 2")),
                 qPrintable(r.err));
        const QStringList rows = ledger().mid(before);
        QCOMPARE(rows, (QStringList{QStringLiteral("anthropic cli ok"), QStringLiteral("badkey cli error"), QStringLiteral("openai cli ok")}));
    }

    void models()
    {
        m_fake.setModels({QStringLiteral("gpt-4o-mini"), QStringLiteral("my-local-model")});
        Run r = cli({QStringLiteral("models"), QStringLiteral("--workspace"), m_workspace});
        QVERIFY2(r.out.contains(QLatin1String("route (fallback): badkey/claude-sonnet-4, openai/gpt-4o-mini")), qPrintable(r.out));
        // the provider whose key is missing fails; the others are listed
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("openai/gpt-4o-mini +128000 +0.15 +0.6 +tools,vision,json"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("ollama/my-local-model +\\? +\\?"))), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("badkey")), qPrintable(r.err));
        r = cli({QStringLiteral("models"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--offline")});
        QVERIFY2(r.out.contains(QLatin1String("anthropic/claude-opus-4-1")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliChat)
#include "tst_cli_chat.moc"
