#include "childprocess.h"
#include "clirun.h"
#include "testpaths.h"

// The official npm clients (openai, @anthropic-ai/sdk, @modelcontextprotocol/sdk) against `switchboard-cli serve`, with
// `switchboard-fake-upstream` processes behind it: tests/e2e/js/*.test.mjs run under `node --test`.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

using sb::testing::Child;
using sb::testing::writeJson;

// Runs one tests/e2e/js file under `node --test`; returns its report, or an empty one on a timeout.
QByteArray runNode(const QString &node, const QString &script, const QProcessEnvironment &env, bool &ok)
{
    QProcess tests;
    tests.setProcessEnvironment(env);
    tests.setWorkingDirectory(sb::testing::sourcePath(QStringLiteral("tests/e2e")));
    tests.setProcessChannelMode(QProcess::MergedChannels);
    tests.start(node,
                {QStringLiteral("--test"), QStringLiteral("--test-reporter=spec"), QStringLiteral("--test-timeout=60000"),
                 sb::testing::sourcePath(QStringLiteral("tests/e2e/js/") + script)});
    ok = tests.waitForStarted(10000);
    if (ok && !tests.waitForFinished(180000)) {
        tests.kill();
        tests.waitForFinished(5000);
        ok = false;
        return "node --test did not finish within 180 s";
    }
    const QByteArray report = tests.readAll();
    ok = ok && tests.exitStatus() == QProcess::NormalExit && tests.exitCode() == 0;
    return report;
}

// The workspace's proxy section with one key, its value in SB_E2E_PROXY_KEY.
QJsonObject keyedProxy(const char *keyName)
{
    return QJsonObject{
        {QStringLiteral("keys"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QLatin1String(keyName)}, {QStringLiteral("key"), QStringLiteral("env:SB_E2E_PROXY_KEY")}}}}};
}

// What serve and the CLI run with: the upstream's and the proxy's keys.
QProcessEnvironment serveEnvironment(const QString &proxyKey)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SB_E2E_UPSTREAM_KEY"), QStringLiteral("sk-upstream"));
    env.insert(QStringLiteral("SB_E2E_PROXY_KEY"), proxyKey);
    return env;
}

// `switchboard-cli serve` on an ephemeral port of 127.0.0.1 (`where`: --workspace and --data-dir): its URL.
QString startServe(Child &serve, const QStringList &where, const QProcessEnvironment &env)
{
    return serve.start(sb::testing::binPath(QStringLiteral("switchboard-cli")),
                       QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + where, env);
}

// What a tests/e2e/js script gets: the proxy's URL and key.
QProcessEnvironment nodeEnvironment(const QString &proxyUrl, const QString &proxyKey)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SB_PROXY_URL"), proxyUrl);
    env.insert(QStringLiteral("SB_PROXY_KEY"), proxyKey);
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    return env;
}

} // namespace

class TestProxySdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialClients()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            // where the suite must run (scripts/test.sh sets it), a missing node is a failure, not a skip
            QVERIFY2(qEnvironmentVariableIntValue("SB_REQUIRE_NODE") != 1, "SB_REQUIRE_NODE=1 but node is not installed");
            QSKIP("node is not installed (scripts/test.sh installs nodejs and npm)");
        }
        for (const QString &marker : {QStringLiteral("openai/package.json"), QStringLiteral("@anthropic-ai/sdk/package.json"),
                                      QStringLiteral("@google/genai/package.json")}) {
            const QString missing = sb::testing::ensureNpmPackages(marker);
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
        }

        // fake upstreams: plain replies in every dialect, tool calls, and one that always answers 429
        const QString fakeExe = sb::testing::binPath(QStringLiteral("switchboard-fake-upstream"));
        Child plain, tools, limited, gemini3;
        const QString plainUrl = plain.start(fakeExe,
                                             {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"), QStringLiteral("all"),
                                              QStringLiteral("--key"), QStringLiteral("sk-upstream")});
        QVERIFY2(!plainUrl.isEmpty(), plain.output.constData());
        const QString toolsUrl = tools.start(fakeExe,
                                             {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"), QStringLiteral("all"),
                                              QStringLiteral("--key"), QStringLiteral("sk-upstream"), QStringLiteral("--tool"),
                                              QStringLiteral("get_weather")});
        QVERIFY2(!toolsUrl.isEmpty(), tools.output.constData());
        const QString limitedUrl = limited.start(fakeExe,
                                                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"),
                                                  QStringLiteral("openai"), QStringLiteral("--key"), QStringLiteral("sk-upstream"),
                                                  QStringLiteral("--fault"), QStringLiteral("rate-limited"), QStringLiteral("--retry-after"),
                                                  QStringLiteral("1")});
        QVERIFY2(!limitedUrl.isEmpty(), limited.output.constData());
        // Gemini 3: signs its tool calls and checks the signature on the next turn; one loop of call, result, answer
        const QString gemini3Url = gemini3.start(fakeExe,
                                                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"),
                                                  QStringLiteral("gemini"), QStringLiteral("--key"), QStringLiteral("sk-upstream"),
                                                  QStringLiteral("--agent-tool"), QStringLiteral(R"(get_weather={"city":"Paris"})")});
        QVERIFY2(!gemini3Url.isEmpty(), gemini3.output.constData());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto provider = [](const char *id, const char *kind, const QString &url, const char *model, const char *dialect = nullptr) {
            QJsonObject p{{QStringLiteral("id"), QLatin1String(id)},
                          {QStringLiteral("kind"), QLatin1String(kind)},
                          {QStringLiteral("baseUrl"), url},
                          {QStringLiteral("apiKey"), QStringLiteral("env:SB_E2E_UPSTREAM_KEY")},
                          {QStringLiteral("models"), QJsonArray{QLatin1String(model)}}};
            if (dialect)
                p.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("dialect"), QLatin1String(dialect)}});
            if (QLatin1String(kind) == QLatin1String("ollama"))
                p.remove(QStringLiteral("apiKey"));
            return p;
        };
        const QJsonArray providers{provider("openai", "openai", plainUrl, "gpt-4o-mini"),
                                   provider("gemini", "gemini", plainUrl, "gemini-2.0-flash"),
                                   provider("ollama", "ollama", plainUrl, "llama3.2:latest"),
                                   provider("embed", "openai", plainUrl, "text-embedding-3-small"),
                                   provider("toolsgemini", "gemini", toolsUrl, "gemini-2.0-flash"),
                                   provider("anthropic", "anthropic", plainUrl, "claude-3-5-haiku-latest"),
                                   provider("responses", "openai", plainUrl, "gpt-4o", "openai_responses"),
                                   provider("toolsopenai", "openai", toolsUrl, "gpt-4o-mini"),
                                   provider("toolsanthropic", "anthropic", toolsUrl, "claude-3-5-haiku-latest"),
                                   provider("limited", "openai", limitedUrl, "gpt-4o-mini"),
                                   provider("gemini3", "gemini", gemini3Url, "gemini-3-flash-preview")};
        const QJsonObject proxy{{QStringLiteral("enabled"), true},
                                {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                {QStringLiteral("port"), 4100},
                                {QStringLiteral("keys"),
                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sdk-tests")},
                                                        {QStringLiteral("key"), QStringLiteral("env:SB_E2E_PROXY_KEY")}}}}};
        const QJsonObject ws{{QStringLiteral("version"), 1},
                             {QStringLiteral("name"), QStringLiteral("sdk e2e")},
                             {QStringLiteral("providers"), providers},
                             {QStringLiteral("proxy"), proxy}};
        const QString wsFile = dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(writeJson(wsFile, ws));
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_E2E_UPSTREAM_KEY"), QStringLiteral("sk-upstream"));
        env.insert(QStringLiteral("SB_E2E_PROXY_KEY"), QStringLiteral("sk-proxy-e2e-4f1c"));

        Child serve;
        const QString proxyUrl = serve.start(sb::testing::binPath(QStringLiteral("switchboard-cli")),
                                             {QStringLiteral("serve"), QStringLiteral("--workspace"), wsFile, QStringLiteral("--data-dir"), dataDir,
                                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                                             env);
        QVERIFY2(!proxyUrl.isEmpty(), serve.output.constData());

        QProcessEnvironment testEnv = QProcessEnvironment::systemEnvironment();
        testEnv.insert(QStringLiteral("SB_PROXY_URL"), proxyUrl);
        testEnv.insert(QStringLiteral("SB_PROXY_KEY"), QStringLiteral("sk-proxy-e2e-4f1c"));
        testEnv.insert(QStringLiteral("SB_MODEL_OPENAI"), QStringLiteral("openai/gpt-4o-mini"));
        testEnv.insert(QStringLiteral("SB_MODEL_ANTHROPIC"), QStringLiteral("anthropic/claude-3-5-haiku-latest"));
        testEnv.insert(QStringLiteral("SB_MODEL_RESPONSES"), QStringLiteral("responses/gpt-4o"));
        testEnv.insert(QStringLiteral("SB_MODEL_TOOLS_OPENAI"), QStringLiteral("toolsopenai/gpt-4o-mini"));
        testEnv.insert(QStringLiteral("SB_MODEL_TOOLS_ANTHROPIC"), QStringLiteral("toolsanthropic/claude-3-5-haiku-latest"));
        testEnv.insert(QStringLiteral("SB_MODEL_RATE_LIMITED"), QStringLiteral("limited/gpt-4o-mini"));
        testEnv.insert(QStringLiteral("SB_MODEL_GEMINI3"), QStringLiteral("gemini3/gemini-3-flash-preview"));
        testEnv.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        bool ok = false;
        const QByteArray report = runNode(node, QStringLiteral("proxy.test.mjs"), testEnv, ok);
        qInfo().noquote() << QString::fromUtf8(report);
        QVERIFY2(ok, report.right(4000).constData());
        QVERIFY2(report.contains("pass 14") && report.contains("fail 0"), "expected 14 passing node tests");

        // @google/genai on the proxy's Gemini dialect (issue 27), to every upstream dialect
        testEnv.insert(QStringLiteral("SB_MODEL_GEMINI"), QStringLiteral("gemini/gemini-2.0-flash"));
        testEnv.insert(QStringLiteral("SB_MODEL_OLLAMA"), QStringLiteral("ollama/llama3.2:latest"));
        testEnv.insert(QStringLiteral("SB_MODEL_TOOLS_GEMINI"), QStringLiteral("toolsgemini/gemini-2.0-flash"));
        testEnv.insert(QStringLiteral("SB_MODEL_EMBED"), QStringLiteral("embed/text-embedding-3-small"));
        const QByteArray geminiReport = runNode(node, QStringLiteral("gemini.test.mjs"), testEnv, ok);
        qInfo().noquote() << QString::fromUtf8(geminiReport);
        QVERIFY2(ok, geminiReport.right(4000).constData());
        QVERIFY2(geminiReport.contains("pass 17") && geminiReport.contains("fail 0"), "expected 17 passing node tests");

        // SIGTERM: serve stops cleanly and flushes the ledger
        ::kill(pid_t(serve.process->processId()), SIGTERM);
        QVERIFY(serve.process->waitForFinished(15000));
        serve.output += serve.process->readAllStandardOutput();
        QCOMPARE(serve.process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(serve.process->exitCode() == 0, serve.output.constData());
        QVERIFY2(serve.output.contains("stopped"), serve.output.constData());
        QVERIFY2(serve.output.contains("POST /v1/messages key=sdk-tests"), serve.output.constData());
        // (@google/genai 3 calls /v1, Gemini CLI /v1beta)
        QVERIFY2(serve.output.contains("POST /v1/models/gemini/gemini-2.0-flash:streamGenerateContent key=sdk-tests"), serve.output.constData());
        QVERIFY2(!serve.output.contains("sk-proxy-e2e-4f1c"), "the proxy key is in serve's log");

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sdk-ledger"));
            const QStringList files = QDir(dataDir).entryList({QStringLiteral("*.sqlite"), QStringLiteral("*.db")}, QDir::Files);
            QVERIFY2(!files.isEmpty(), qPrintable(QDir(dataDir).entryList().join(QLatin1Char(' '))));
            db.setDatabaseName(QDir(dataDir).filePath(files.first()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(source = 'proxy' AND source_key = 'sdk-tests') FROM calls")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() >= 10, qPrintable(q.value(0).toString()));
            QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sdk-ledger"));
    }

    // The attacks a web page can make on a loopback proxy, against a keyed and a keyless serve
    // (tests/e2e/js/browser.test.mjs): none reaches a model, the allowed origin's calls do.
    void browserAttacks()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            // where the suite must run (scripts/test.sh sets it), a missing node is a failure, not a skip
            QVERIFY2(qEnvironmentVariableIntValue("SB_REQUIRE_NODE") != 1, "SB_REQUIRE_NODE=1 but node is not installed");
            QSKIP("node is not installed (scripts/test.sh installs nodejs and npm)");
        }
        Child upstream;
        const QString upstreamUrl = upstream.start(sb::testing::binPath(QStringLiteral("switchboard-fake-upstream")),
                                                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"),
                                                    QStringLiteral("openai"), QStringLiteral("--key"), QStringLiteral("sk-upstream")});
        QVERIFY2(!upstreamUrl.isEmpty(), upstream.output.constData());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonArray providers{QJsonObject{{QStringLiteral("id"), QStringLiteral("openai")},
                                               {QStringLiteral("kind"), QStringLiteral("openai")},
                                               {QStringLiteral("baseUrl"), upstreamUrl},
                                               {QStringLiteral("apiKey"), QStringLiteral("env:SB_E2E_UPSTREAM_KEY")},
                                               {QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini")}}}};
        const QJsonObject keys{{QStringLiteral("keys"),
                                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("browser")},
                                                       {QStringLiteral("key"), QStringLiteral("env:SB_E2E_PROXY_KEY")}}}}};
        const QString keyedFile = dir.filePath(QStringLiteral("keyed.json"));
        const QString openFile = dir.filePath(QStringLiteral("open.json"));
        QVERIFY(writeJson(keyedFile, {{QStringLiteral("version"), 1}, {QStringLiteral("providers"), providers}, {QStringLiteral("proxy"), keys}}));
        QVERIFY(writeJson(openFile, {{QStringLiteral("version"), 1}, {QStringLiteral("providers"), providers}}));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_E2E_UPSTREAM_KEY"), QStringLiteral("sk-upstream"));
        env.insert(QStringLiteral("SB_E2E_PROXY_KEY"), QStringLiteral("sk-proxy-browser-77c2"));
        Child keyed, open;
        const QString cli = sb::testing::binPath(QStringLiteral("switchboard-cli"));
        const QStringList common{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--allow-origin"),
                                 QStringLiteral("http://allowed.example:8080")};
        const QString keyedUrl = keyed.start(cli,
                                             QStringList{QStringLiteral("serve"), QStringLiteral("--workspace"), keyedFile,
                                                         QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("keyed"))}
                                                 + common,
                                             env);
        QVERIFY2(!keyedUrl.isEmpty(), keyed.output.constData());
        const QString openUrl = open.start(cli,
                                           QStringList{QStringLiteral("serve"), QStringLiteral("--workspace"), openFile, QStringLiteral("--data-dir"),
                                                       dir.filePath(QStringLiteral("open"))}
                                               + common,
                                           env);
        QVERIFY2(!openUrl.isEmpty(), open.output.constData());

        QProcessEnvironment testEnv = QProcessEnvironment::systemEnvironment();
        testEnv.insert(QStringLiteral("SB_KEYED_URL"), keyedUrl);
        testEnv.insert(QStringLiteral("SB_KEY"), QStringLiteral("sk-proxy-browser-77c2"));
        testEnv.insert(QStringLiteral("SB_OPEN_URL"), openUrl);
        testEnv.insert(QStringLiteral("SB_MODEL"), QStringLiteral("openai/gpt-4o-mini"));
        testEnv.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        bool ok = false;
        const QByteArray report = runNode(node, QStringLiteral("browser.test.mjs"), testEnv, ok);
        qInfo().noquote() << QString::fromUtf8(report);
        QVERIFY2(ok, report.right(4000).constData());
        QVERIFY2(report.contains("pass 12") && report.contains("fail 0"), "expected 12 passing node tests");
        // one call per serve reached the model: the allowed origin's
        QCOMPARE(upstream.process->state(), QProcess::Running);
        keyed.stop();
        open.stop();
        keyed.output += keyed.process->readAllStandardOutput();
        open.output += open.process->readAllStandardOutput();
        for (const QByteArray &out : {keyed.output, open.output}) {
            QVERIFY2(out.count("POST /v1/chat/completions") == 3, out.constData());
            QVERIFY2(out.count(" 200 POST /v1/chat/completions") == 1, out.constData());
        }
    }
    // The knowledge base behind serve (tests/e2e/js/knowledge.test.mjs): a virtual model that names a
    // collection imported with `kb add`, the search endpoint, and the official MCP client.
    void knowledgeClients()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            QVERIFY2(qEnvironmentVariableIntValue("SB_REQUIRE_NODE") != 1, "SB_REQUIRE_NODE=1 but node is not installed");
            QSKIP("node is not installed (scripts/test.sh installs nodejs and npm)");
        }
        for (const QString &marker : {QStringLiteral("openai/package.json"), QStringLiteral("@anthropic-ai/sdk/package.json"),
                                      QStringLiteral("@modelcontextprotocol/sdk/package.json")}) {
            const QString missing = sb::testing::ensureNpmPackages(marker);
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
        }
        // an upstream that answers with the system prompt it got: the client sees what the proxy added
        Child upstream;
        const QString upstreamUrl = upstream.start(sb::testing::binPath(QStringLiteral("switchboard-fake-upstream")),
                                                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"), QStringLiteral("all"),
                                                    QStringLiteral("--key"), QStringLiteral("sk-upstream"), QStringLiteral("--echo-system")});
        QVERIFY2(!upstreamUrl.isEmpty(), upstream.output.constData());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("docs"))));
        for (const auto &[name, text] : {std::pair{"refunds.md", "# Refunds\n\nCustomers get their money back within thirty days of purchase.\n"},
                                         std::pair{"shipping.md", "# Shipping\n\nParcels ship on weekdays from the central warehouse.\n"}}) {
            QFile f(dir.filePath(QStringLiteral("docs/") + QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const QJsonArray providers{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("openai")},
                        {QStringLiteral("kind"), QStringLiteral("openai")},
                        {QStringLiteral("baseUrl"), upstreamUrl},
                        {QStringLiteral("apiKey"), QStringLiteral("env:SB_E2E_UPSTREAM_KEY")},
                        {QStringLiteral("models"), QJsonArray{QStringLiteral("gpt-4o-mini"), QStringLiteral("text-embedding-3-small")}}}};
        const QJsonObject ws{{QStringLiteral("version"), 1},
                             {QStringLiteral("providers"), providers},
                             {QStringLiteral("routes"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("chat")},
                                                     {QStringLiteral("targets"), QJsonArray{QStringLiteral("openai/gpt-4o-mini")}}}}},
                             {QStringLiteral("virtualModels"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("handbook-bot")},
                                                     {QStringLiteral("route"), QStringLiteral("chat")},
                                                     {QStringLiteral("knowledge"), QJsonArray{QStringLiteral("handbook")}}}}},
                             {QStringLiteral("proxy"), keyedProxy("kb-tests")}};
        const QString wsFile = dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(writeJson(wsFile, ws));
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        const QProcessEnvironment env = serveEnvironment(QStringLiteral("sk-proxy-kb-91d0"));
        sb::testing::CliOptions cli;
        cli.environment = env;
        const QStringList where{QStringLiteral("--workspace"), wsFile, QStringLiteral("--data-dir"), dataDir};
        auto run = sb::testing::runCli(QStringList{QStringLiteral("kb"), QStringLiteral("create"), QStringLiteral("handbook"),
                                                   QStringLiteral("--embed-model"), QStringLiteral("openai/text-embedding-3-small")}
                                           + where,
                                       cli);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = sb::testing::runCli(
            QStringList{QStringLiteral("kb"), QStringLiteral("add"), QStringLiteral("handbook"), dir.filePath(QStringLiteral("docs"))} + where, cli);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        Child serve;
        const QString proxyUrl = startServe(serve, where, env);
        QVERIFY2(!proxyUrl.isEmpty(), serve.output.constData());
        QProcessEnvironment testEnv = nodeEnvironment(proxyUrl, QStringLiteral("sk-proxy-kb-91d0"));
        testEnv.insert(QStringLiteral("SB_KB_MODEL"), QStringLiteral("handbook-bot"));
        bool ok = false;
        const QByteArray report = runNode(node, QStringLiteral("knowledge.test.mjs"), testEnv, ok);
        qInfo().noquote() << QString::fromUtf8(report);
        QVERIFY2(ok, report.right(4000).constData());
        QVERIFY2(report.contains("pass 7") && report.contains("fail 0"), "expected 7 passing node tests");
        serve.stop();
        serve.output += serve.process->readAllStandardOutput();
        QVERIFY2(serve.output.contains("POST /mcp tools/call key=kb-tests"), serve.output.constData());
    }

    // The four shipped workflow templates as models workflow:NAME behind serve (tests/e2e/js/workflow.test.mjs),
    // made with `workflow new`, their steps answered by switchboard-fake-upstream --workflow-models.
    void workflowModels()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            QVERIFY2(qEnvironmentVariableIntValue("SB_REQUIRE_NODE") != 1, "SB_REQUIRE_NODE=1 but node is not installed");
            QSKIP("node is not installed (scripts/test.sh installs nodejs and npm)");
        }
        const QString missing = sb::testing::ensureNpmPackages(QStringLiteral("openai/package.json"));
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        Child upstream;
        const QString upstreamUrl = upstream.start(sb::testing::binPath(QStringLiteral("switchboard-fake-upstream")),
                                                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"),
                                                    QStringLiteral("openai"), QStringLiteral("--key"), QStringLiteral("sk-upstream"),
                                                    QStringLiteral("--workflow-models")});
        QVERIFY2(!upstreamUrl.isEmpty(), upstream.output.constData());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("docs"))));
        QFile refunds(dir.filePath(QStringLiteral("docs/refunds.md")));
        QVERIFY(refunds.open(QIODevice::WriteOnly));
        refunds.write("# Refunds\n\nRefunds are paid within thirty days of the return, to the card that paid.\n");
        refunds.close();
        const QJsonObject ws{{QStringLiteral("version"), 1},
                             {QStringLiteral("providers"),
                              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("openai")},
                                                     {QStringLiteral("kind"), QStringLiteral("openai")},
                                                     {QStringLiteral("baseUrl"), upstreamUrl},
                                                     {QStringLiteral("apiKey"), QStringLiteral("env:SB_E2E_UPSTREAM_KEY")}}}},
                             {QStringLiteral("proxy"), keyedProxy("wf-tests")}};
        const QString wsFile = dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(writeJson(wsFile, ws));
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        const QProcessEnvironment env = serveEnvironment(QStringLiteral("sk-proxy-wf-3b7e"));
        sb::testing::CliOptions cli;
        cli.environment = env;
        const QStringList where{QStringLiteral("--workspace"), wsFile, QStringLiteral("--data-dir"), dataDir};
        const QList<QStringList> commands{
            {QStringLiteral("workflow"), QStringLiteral("new"), QStringLiteral("document-triage"), QStringLiteral("--use"),
             QStringLiteral("vision=openai/gpt-4o"), QStringLiteral("--use"), QStringLiteral("fast=openai/gpt-4o-mini"), QStringLiteral("--use"),
             QStringLiteral("smart=openai/gpt-4.1")},
            {QStringLiteral("workflow"), QStringLiteral("new"), QStringLiteral("support-answer"), QStringLiteral("--as"), QStringLiteral("helpdesk"),
             QStringLiteral("--use"), QStringLiteral("support=help-center"), QStringLiteral("--use"), QStringLiteral("smart=openai/gpt-4.1"),
             QStringLiteral("--use"), QStringLiteral("fast=openai/gpt-4o-mini")},
            {QStringLiteral("workflow"), QStringLiteral("new"), QStringLiteral("code-review"), QStringLiteral("--use"),
             QStringLiteral("reviewer-a=openai/gpt-4o"), QStringLiteral("--use"), QStringLiteral("reviewer-b=openai/gpt-4o-mini"),
             QStringLiteral("--use"), QStringLiteral("reviewer-c=openai/gpt-4.1-mini"), QStringLiteral("--use"),
             QStringLiteral("judge=openai/gpt-4.1")},
            {QStringLiteral("workflow"), QStringLiteral("new"), QStringLiteral("batch-translation"), QStringLiteral("--use"),
             QStringLiteral("translator=openai/gpt-4o-mini")},
            {QStringLiteral("kb"), QStringLiteral("create"), QStringLiteral("help-center")},
            {QStringLiteral("kb"), QStringLiteral("add"), QStringLiteral("help-center"), dir.filePath(QStringLiteral("docs"))}};
        for (const QStringList &command : commands) {
            const auto run = sb::testing::runCli(command + where, cli);
            QVERIFY2(run.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
        }

        Child serve;
        const QString proxyUrl = startServe(serve, where, env);
        QVERIFY2(!proxyUrl.isEmpty(), serve.output.constData());
        QProcessEnvironment testEnv = nodeEnvironment(proxyUrl, QStringLiteral("sk-proxy-wf-3b7e"));
        testEnv.insert(QStringLiteral("SB_BLANK_PNG"), sb::testing::fixturePath(QStringLiteral("workflows/blank.png")));
        bool ok = false;
        const QByteArray report = runNode(node, QStringLiteral("workflow.test.mjs"), testEnv, ok);
        qInfo().noquote() << QString::fromUtf8(report);
        QVERIFY2(ok, report.right(4000).constData());
        QVERIFY2(report.contains("pass 13") && report.contains("fail 0"), "expected 13 passing node tests");
        serve.stop();

        // each run stored like any run, started by the key; the steps' calls in the ledger under their run
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sdk-workflows"));
            db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("switchboard.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT workflow, COUNT(*) FROM workflow_runs WHERE started_by = 'wf-tests' AND status = 'succeeded' "
                                          "GROUP BY workflow ORDER BY workflow")));
            QStringList runs;
            while (q.next())
                runs << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
            QCOMPARE(runs,
                     (QStringList{QStringLiteral("batch-translation=2"), QStringLiteral("code-review=3"), QStringLiteral("document-triage=4"),
                                  QStringLiteral("helpdesk=2")}));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM calls WHERE source = 'workflow' AND source_key IN (SELECT id FROM workflow_runs)")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() >= 4 * 2 + 5 * 2 + 2 * 2 + 4 * 3 + 2 * 2, qPrintable(q.value(0).toString()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sdk-workflows"));
    }
};

QTEST_GUILESS_MAIN(TestProxySdk)
#include "tst_proxy_sdk.moc"
