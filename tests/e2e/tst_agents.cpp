#include "agentscript.h"
#include "childprocess.h"
#include "fakeupstream.h"
#include "proxy/agentsettings.h"
#include "testpaths.h"

// The coding agents people point at the proxy, at the versions pinned in tests/e2e/package-lock.json:
// Claude Code (`claude -p`) and Codex CLI (`codex exec`) run headless through `switchboard-cli serve` to
// every upstream dialect. The fake model (tests/fakes/agentscript.h) calls the agent's own shell tool on
// `cat token.txt` in a fresh folder, then answers quoting the tool result: a whole turn with a tool loop.
// Each run gets an empty HOME and a clean environment; an HTTP(S) proxy that refuses everything stands
// in for the internet, so a call home would be seen (and fail) instead of leaving the machine.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

namespace fk = sb::fakes;
using sb::testing::Child;

namespace {

constexpr int kAgentTimeoutMs = 120000; // one agent turn; a healthy one takes about a second here
const QString kProxyKey = QStringLiteral("sk-proxy-agents-9d1e");
const QString kUpstreamKey = QStringLiteral("sk-upstream-agents");
const QString kPrompt = QStringLiteral("Show me what token.txt in this folder holds.");

struct Upstream {
    const char *provider;
    const char *model;
    const char *path; // the endpoint the proxy must call for it
    QString qualified() const { return QLatin1String(provider) + QLatin1Char('/') + QLatin1String(model); }
};

// provider ids double as the ledger's provider column; models are what the fake lists.
constexpr Upstream kUpstreams[] = {
    {"anthropic", "claude-sonnet-4-5", "/v1/messages"},
    {"openai", "gpt-4o", "/v1/chat/completions"},
    {"responses", "gpt-4o", "/v1/responses"},
    {"gemini", "gemini-2.0-flash", "/v1beta/models/gemini-2.0-flash:streamGenerateContent"},
    // schemas in Gemini's OpenAPI subset, which the fake enforces as strictly as Google
    {"geminisubset", "gemini-2.0-flash", "/v1beta/models/gemini-2.0-flash:streamGenerateContent"},
    // Gemini 3: signs its tool calls and refuses the next turn without the signature
    {"gemini3", "gemini-3-flash-preview", "/v1beta/models/gemini-3-flash-preview:streamGenerateContent"},
    {"ollama", "llama3.2:latest", "/api/chat"},
};

struct Run {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

bool streamed(const fk::RecordedRequest &r)
{
    if (r.path.endsWith(QLatin1String(":streamGenerateContent")))
        return r.query.queryItemValue(QStringLiteral("alt")) == QLatin1String("sse");
    const QJsonValue stream = r.json().value(QLatin1String("stream"));
    if (r.path == QLatin1String("/api/chat"))
        return stream.isUndefined() || stream.toBool(); // Ollama streams unless told not to
    return stream.toBool();
}

} // namespace

class TestAgents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fk::FakeUpstream m_up{fk::allDialects()};
    QTcpServer m_internet; // HTTPS_PROXY for the agents: every connection to it is a call home
    int m_callsHome = 0;
    Child m_serve;
    QString m_proxyUrl;
    QString m_dataDir;
    QString m_claude;
    QString m_codex;
    QString m_qwen;
    QString m_gemini;
    QString m_node;
    QHash<QString, int> m_upstreamCalls; // provider -> chat requests the fake answered

    // A clean environment: no variable of the machine's reaches the agent.
    QProcessEnvironment baseEnv(const QString &home) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QFileInfo(m_node).absolutePath() + QStringLiteral(":/usr/local/bin:/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        const QString trap = QStringLiteral("http://127.0.0.1:%1").arg(m_internet.serverPort());
        for (const char *name : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"})
            env.insert(QLatin1String(name), trap);
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
        return env;
    }

    // Runs an agent in `workdir` while this thread's event loop keeps serving the in-process fake.
    Run runAgent(const QString &program, const QStringList &args, const QProcessEnvironment &env, const QString &workdir)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(workdir);
        p.start(program, args);
        Run r;
        if (!p.waitForStarted(10000)) {
            r.err = p.errorString().toUtf8();
            return r;
        }
        p.closeWriteChannel(); // both read a prompt from stdin when it is open
        QSignalSpy done(&p, &QProcess::finished);
        if (p.state() != QProcess::NotRunning && !done.wait(kAgentTimeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            r.out = p.readAllStandardOutput();
            r.err = "timed out after " + QByteArray::number(kAgentTimeoutMs / 1000) + " s\n" + p.readAllStandardError();
            return r;
        }
        r.finished = p.exitStatus() == QProcess::NormalExit;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // A fresh working folder holding token.txt with a token nobody could guess.
    static QString makeWorkdir(const QTemporaryDir &root, QString &token)
    {
        token = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString dir = root.filePath(QStringLiteral("work"));
        QFile f(dir + QStringLiteral("/token.txt"));
        if (!QDir().mkpath(dir) || !f.open(QIODevice::WriteOnly) || f.write(token.toUtf8() + '\n') <= 0)
            return {};
        return dir;
    }

    // Under `run`: the working folder (makeWorkdir) and an empty HOME holding `configDir`.
    static bool prepareRun(const QTemporaryDir &run, const QString &configDir, QString &token, QString &work, QString &home)
    {
        work = run.isValid() ? makeWorkdir(run, token) : QString();
        home = run.filePath(QStringLiteral("home"));
        return !work.isEmpty() && QDir().mkpath(home + QLatin1Char('/') + configDir);
    }

    // The lines serve printed since the last call (one per request: time, status, endpoint, ...).
    QStringList newServeLines()
    {
        m_serve.process->waitForReadyRead(50);
        const QByteArray fresh = m_serve.process->readAllStandardOutput();
        m_serve.output += fresh;
        QStringList lines = QString::fromUtf8(fresh).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines;
    }

    // Every request the agent made of the proxy (chat, count_tokens, model list) was answered; says which
    // endpoints it used, so a new agent version's new calls show up in the log.
    QString checkProxyLog(QStringList &endpoints)
    {
        for (const QString &line : newServeLines()) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.size() < 3)
                continue;
            if (f.at(1).toInt() >= 400)
                return QStringLiteral("serve answered %1").arg(line);
            const QString endpoint = f.mid(2, 2).join(QLatin1Char(' ')); // "POST /v1/messages"
            if (!endpoints.contains(endpoint))
                endpoints << endpoint;
        }
        return {};
    }

    // After an agent's run: the fake saw the tool loop, serve answered every request, nothing called
    // home. Names the endpoints the agent used. Empty when all is well, else what went wrong.
    QString checkRun(const char *agent, const Upstream &u, const QString &tool, const QString &token, int callsHomeBefore)
    {
        if (QString problem = checkUpstream(u, tool, token); !problem.isEmpty())
            return problem;
        QStringList endpoints;
        if (QString problem = checkProxyLog(endpoints); !problem.isEmpty())
            return problem;
        qInfo("%s called %s", agent, qPrintable(endpoints.join(QStringLiteral(", "))));
        if (m_callsHome != callsHomeBefore)
            return QStringLiteral("%1 made %2 call(s) home").arg(QLatin1String(agent)).arg(m_callsHome - callsHomeBefore);
        return {};
    }

    // SB_AGENTS_DUMP=DIR keeps every request the fake saw (the bump procedure in tests/e2e/README.md):
    // what a new agent version sends, as the proxy forwarded it to each dialect.
    void dumpRequests(const QString &tool, const Upstream &u) const
    {
        const QString dir = qEnvironmentVariable("SB_AGENTS_DUMP");
        if (dir.isEmpty() || !QDir().mkpath(dir))
            return;
        for (const fk::RecordedRequest &r : m_up.requests()) {
            QJsonObject headers;
            for (const auto &[name, value] : r.headers)
                headers.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(value));
            const QJsonDocument body = QJsonDocument::fromJson(r.body);
            const QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                                {QStringLiteral("target"), QString::fromLatin1(r.target)},
                                {QStringLiteral("status"), r.responseStatus},
                                {QStringLiteral("headers"), headers},
                                {QStringLiteral("body"), body.isObject() ? QJsonValue(body.object()) : QJsonValue(QString::fromUtf8(r.body))}};
            QFile f(QStringLiteral("%1/%2-%3-%4.json").arg(dir, tool, QLatin1String(u.provider)).arg(r.index, 2, 10, QLatin1Char('0')));
            if (f.open(QIODevice::WriteOnly))
                f.write(QJsonDocument(o).toJson());
        }
    }

    // What the fake saw of one agent turn: the tool offered and called, the result sent back, all
    // streamed through the expected endpoint. Returns an explanation on failure.
    QString checkUpstream(const Upstream &u, const QString &tool, const QString &token)
    {
        dumpRequests(tool, u);
        QList<fk::RecordedRequest> chats;
        for (const fk::RecordedRequest &r : m_up.requests()) {
            if (fk::readAgentTurn(r).chat)
                chats.append(r);
        }
        m_upstreamCalls[QLatin1String(u.provider)] += int(chats.size());
        if (chats.size() < 2)
            return QStringLiteral("the fake answered %1 chat requests, expected the call and the answer").arg(chats.size());
        bool called = false;
        bool answered = false;
        for (const fk::RecordedRequest &r : std::as_const(chats)) {
            if (r.path != QLatin1String(u.path))
                return QStringLiteral("the proxy called %1, expected %2").arg(r.path, QLatin1String(u.path));
            if (r.responseStatus != 200)
                return QStringLiteral("the fake answered %1 with %2").arg(r.path).arg(r.responseStatus);
            if (!streamed(r))
                return QStringLiteral("request %1 to %2 was not streamed").arg(r.index).arg(r.path);
            // no catalog model takes system messages inside `messages`: they arrive as reminders
            if (r.path == QLatin1String("/v1/messages")) {
                for (const QJsonValue &m : r.json().value(QLatin1String("messages")).toArray()) {
                    if (m.toObject().value(QLatin1String("role")).toString() == QLatin1String("system"))
                        return QStringLiteral("request %1 to Anthropic has a system message inside messages").arg(r.index);
                }
            }
            const fk::AgentTurn turn = fk::readAgentTurn(r);
            called = called || (turn.tools.contains(tool) && !turn.toolResult);
            answered = answered || (turn.toolResult && turn.toolResult->contains(token));
        }
        if (!called)
            return QStringLiteral("no request offered %1 before a tool result").arg(tool);
        if (!answered)
            return QStringLiteral("no request carried the token back in a tool result");
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!m_node.isEmpty(), "node is not installed (scripts/test.sh installs nodejs and npm)");
        for (const QString &marker :
             {QStringLiteral(".bin/claude"), QStringLiteral(".bin/codex"), QStringLiteral(".bin/qwen"), QStringLiteral(".bin/gemini")}) {
            const QString missing = sb::testing::ensureNpmPackages(marker);
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
        }
        m_claude = sb::testing::sourcePath(QStringLiteral("tests/e2e/node_modules/.bin/claude"));
        m_codex = sb::testing::sourcePath(QStringLiteral("tests/e2e/node_modules/.bin/codex"));
        m_qwen = sb::testing::sourcePath(QStringLiteral("tests/e2e/node_modules/.bin/qwen"));
        m_gemini = sb::testing::sourcePath(QStringLiteral("tests/e2e/node_modules/.bin/gemini"));

        QVERIFY(m_internet.listen(QHostAddress::LocalHost));
        connect(&m_internet, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_internet.nextPendingConnection()) {
                ++m_callsHome;
                s->readAll();
                s->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });

        // The agents' shell tools: Claude Code's Bash, Codex CLI's exec_command (its default on Linux).
        fk::AgentScript script;
        script.calls = {{QStringLiteral("Bash"), QStringLiteral(R"({"command":"cat token.txt","description":"Show token.txt"})")},
                        {QStringLiteral("exec_command"), QStringLiteral(R"({"cmd":"cat token.txt"})")},
                        {QStringLiteral("run_shell_command"), QStringLiteral(R"({"command":"cat token.txt","description":"Show token.txt"})")}};
        m_up.setHandler(fk::agentHandler(script));
        m_up.setApiKey(kUpstreamKey);
        QVERIFY(m_up.listen());

        QJsonArray providers;
        for (const Upstream &u : kUpstreams) {
            const QString id = QLatin1String(u.provider);
            const QString kind = id == QLatin1String("responses") ? QStringLiteral("openai")
                : id.startsWith(QLatin1String("gemini"))          ? QStringLiteral("gemini")
                                                                  : id;
            QJsonObject p{{QStringLiteral("id"), id},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("baseUrl"), m_up.baseUrl().toString()},
                          {QStringLiteral("models"), QJsonArray{QLatin1String(u.model)}}};
            if (id != QLatin1String("ollama"))
                p.insert(QStringLiteral("apiKey"), QStringLiteral("env:SB_AGENTS_UPSTREAM_KEY"));
            if (id == QLatin1String("responses"))
                p.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("dialect"), QStringLiteral("openai_responses")}});
            if (id == QLatin1String("geminisubset"))
                p.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("schemas"), QStringLiteral("subset")}});
            providers.append(p);
        }
        const QJsonObject proxy{{QStringLiteral("keys"),
                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("agents")},
                                                        {QStringLiteral("key"), QStringLiteral("env:SB_AGENTS_PROXY_KEY")}}}}};
        const QString ws = m_dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(
            sb::testing::writeJson(ws,
                                   {{QStringLiteral("version"), 1},
                                    {QStringLiteral("name"), QStringLiteral("agents e2e")},
                                    {QStringLiteral("providers"), providers},
                                    // the issue's case: ANTHROPIC_MODEL set to a virtual model
                                    {QStringLiteral("routes"),
                                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("agents-route")},
                                                            {QStringLiteral("targets"), QJsonArray{QStringLiteral("anthropic/claude-sonnet-4-5")}}}}},
                                    {QStringLiteral("virtualModels"),
                                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("agents-auto")},
                                                            {QStringLiteral("route"), QStringLiteral("agents-route")}}}},
                                    {QStringLiteral("proxy"), proxy}}));
        m_dataDir = m_dir.filePath(QStringLiteral("data"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_AGENTS_UPSTREAM_KEY"), kUpstreamKey);
        env.insert(QStringLiteral("SB_AGENTS_PROXY_KEY"), kProxyKey);
        m_proxyUrl = m_serve.start(sb::testing::binPath(QStringLiteral("switchboard-cli")),
                                   {QStringLiteral("serve"), QStringLiteral("--workspace"), ws, QStringLiteral("--data-dir"), m_dataDir,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                                   env);
        QVERIFY2(!m_proxyUrl.isEmpty(), m_serve.output.constData());
    }

    void claudeCode_data()
    {
        QTest::addColumn<int>("upstream");
        QTest::addColumn<QString>("asked"); // empty: PROVIDER/MODEL
        for (int i = 0; i < int(std::size(kUpstreams)); ++i)
            QTest::newRow(kUpstreams[i].provider) << i << QString();
        QTest::newRow("anthropic via a virtual model") << 0 << QStringLiteral("agents-auto");
    }

    // Claude Code 2.x: environment variables, Bash allowed up front (-p cannot ask for permission).
    void claudeCode()
    {
        QFETCH(int, upstream);
        QFETCH(QString, asked);
        const Upstream &u = kUpstreams[upstream];
        QTemporaryDir run;
        QVERIFY(run.isValid());
        QString token;
        const QString work = makeWorkdir(run, token);
        QVERIFY(!work.isEmpty());
        const QString home = run.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));

        const QString model = !asked.isEmpty() ? asked : u.qualified();
        QProcessEnvironment env = baseEnv(home);
        // what the Proxy page gives a user to paste
        for (const auto &[name, value] : sb::proxy::claudeCodeEnvironment(m_proxyUrl, kProxyKey, model))
            env.insert(name, value);
        // the test's own: nothing may leave the machine
        for (const char *name : {"DISABLE_TELEMETRY", "DISABLE_ERROR_REPORTING", "DISABLE_AUTOUPDATER", "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"})
            env.insert(QLatin1String(name), QStringLiteral("1"));

        m_up.clearRequests();
        newServeLines(); // what earlier runs left
        const int callsHome = m_callsHome;
        const Run r = runAgent(m_claude,
                               {QStringLiteral("-p"), kPrompt, QStringLiteral("--output-format"), QStringLiteral("json"),
                                QStringLiteral("--max-turns"), QStringLiteral("4"), QStringLiteral("--allowedTools"), QStringLiteral("Bash")},
                               env, work);
        const QByteArray diag = "stdout: " + r.out.right(3000) + "\nstderr: " + r.err.right(3000);
        QVERIFY2(r.finished && r.exitCode == 0, diag.constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
        QVERIFY2(!result.isEmpty(), diag.constData());
        QVERIFY2(!result.value(QLatin1String("is_error")).toBool(true), diag.constData());
        QCOMPARE(result.value(QLatin1String("subtype")).toString(), QStringLiteral("success"));
        // two model turns: the Bash call, then the answer quoting what the command printed
        QCOMPARE(result.value(QLatin1String("num_turns")).toInt(), 2);
        QVERIFY2(result.value(QLatin1String("result")).toString().startsWith(QStringLiteral("The command printed: ") + token), diag.constData());
        QVERIFY2(result.value(QLatin1String("permission_denials")).toArray().isEmpty(), diag.constData());

        const QString problem = checkRun("Claude Code", u, QStringLiteral("Bash"), token, callsHome);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void codex_data() { claudeCode_data(); }

    // Codex CLI: a model provider in $HOME/.codex/config.toml with wire_api = "responses"; update
    // checks, analytics and the plugin sync turned off (each calls home otherwise).
    void codex()
    {
        QFETCH(int, upstream);
        QFETCH(QString, asked);
        const Upstream &u = kUpstreams[upstream];
        QTemporaryDir run;
        QVERIFY(run.isValid());
        QString token;
        const QString work = makeWorkdir(run, token);
        QVERIFY(!work.isEmpty());
        const QString home = run.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.codex")));
        const QString model = !asked.isEmpty() ? asked : u.qualified();
        QFile config(home + QStringLiteral("/.codex/config.toml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        // what the Proxy page gives a user to paste, then the test's own: no update check, analytics or
        // plugin sync (each calls home)
        // plugin sync (each calls home); top-level keys go before the page's first table
        config.write((QStringLiteral("check_for_update_on_startup = false\n") + sb::proxy::codexConfigToml(m_proxyUrl, model)
                      + QStringLiteral("\n[analytics]\nenabled = false\n\n[features]\nplugins = false\n"))
                         .toUtf8());
        config.close();
        QProcessEnvironment env = baseEnv(home);
        env.insert(sb::proxy::codexKeyVariable(), kProxyKey);

        m_up.clearRequests();
        newServeLines();
        const int callsHome = m_callsHome;
        const Run r = runAgent(m_codex, {QStringLiteral("exec"), QStringLiteral("--skip-git-repo-check"), QStringLiteral("--json"), kPrompt}, env,
                               work);
        const QByteArray diag = "stdout: " + r.out.right(3000) + "\nstderr: " + r.err.right(3000);
        QVERIFY2(r.finished && r.exitCode == 0, diag.constData());

        bool ran = false;
        bool answered = false;
        bool completed = false;
        const QList<QByteArray> lines = r.out.split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            const QString type = event.value(QLatin1String("type")).toString();
            QVERIFY2(type != QLatin1String("turn.failed") && type != QLatin1String("error"), line.constData());
            const QJsonObject item = event.value(QLatin1String("item")).toObject();
            const QString itemType = item.value(QLatin1String("type")).toString();
            if (type == QLatin1String("item.completed") && itemType == QLatin1String("command_execution")) {
                QCOMPARE(item.value(QLatin1String("exit_code")).toInt(-1), 0);
                QVERIFY2(item.value(QLatin1String("command")).toString().contains(QLatin1String("cat token.txt")), line.constData());
                ran = item.value(QLatin1String("aggregated_output")).toString().trimmed() == token;
            }
            if (type == QLatin1String("item.completed") && itemType == QLatin1String("agent_message"))
                answered = item.value(QLatin1String("text")).toString().startsWith(QLatin1String("The command printed: "))
                    && item.value(QLatin1String("text")).toString().contains(token);
            completed = completed || type == QLatin1String("turn.completed");
        }
        QVERIFY2(ran, diag.constData());
        QVERIFY2(answered, diag.constData());
        QVERIFY2(completed, diag.constData());

        const QString problem = checkRun("Codex CLI", u, QStringLiteral("exec_command"), token, callsHome);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void qwenCode_data() { claudeCode_data(); }

    // Qwen Code (a Gemini CLI fork on Chat Completions): environment variables, tools approved up
    // front (--yolo: a headless run cannot ask).
    void qwenCode()
    {
        QFETCH(int, upstream);
        QFETCH(QString, asked);
        const Upstream &u = kUpstreams[upstream];
        QTemporaryDir run;
        QVERIFY(run.isValid());
        QString token;
        const QString work = makeWorkdir(run, token);
        QVERIFY(!work.isEmpty());
        const QString home = run.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.qwen")));
        // the test's own: no usage statistics (they call home)
        QFile settings(home + QStringLiteral("/.qwen/settings.json"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"privacy":{"usageStatisticsEnabled":false},"telemetry":{"enabled":false}})");
        settings.close();
        const QString model = !asked.isEmpty() ? asked : u.qualified();
        QProcessEnvironment env = baseEnv(home);
        for (const auto &[name, value] : sb::proxy::qwenCodeEnvironment(m_proxyUrl, kProxyKey, model))
            env.insert(name, value);

        m_up.clearRequests();
        newServeLines();
        const int callsHome = m_callsHome;
        const QStringList args{QStringLiteral("--auth-type"), QStringLiteral("openai"), QStringLiteral("-m"),   model,
                               QStringLiteral("--yolo"),      QStringLiteral("-o"),     QStringLiteral("json"), kPrompt};
        Run r = runAgent(m_qwen, args, env, work);
        // Qwen Code's shell tool now and then reports a command's output as "(empty)" when the machine is
        // busy (its pseudo-terminal read races the exit; seen once in a CI run). That is the agent's
        // flake, not the proxy's: one more run, after counting the first run's calls for the ledger check.
        if (r.out.contains("Output: (empty)")) {
            qWarning("Qwen Code saw no output from cat; running once more");
            (void)checkUpstream(u, QStringLiteral("run_shell_command"), token);
            newServeLines();
            m_up.clearRequests();
            r = runAgent(m_qwen, args, env, work);
        }
        const QByteArray diag = "stdout: " + r.out.right(3000) + "\nstderr: " + r.err.right(3000);
        QVERIFY2(r.finished && r.exitCode == 0, diag.constData());
        // -o json: one array of events, the last the result; Qwen's shell tool reports more than the output
        const QJsonArray events = QJsonDocument::fromJson(r.out.trimmed()).array();
        QVERIFY2(!events.isEmpty(), diag.constData());
        const QJsonObject result = events.last().toObject();
        QCOMPARE(result.value(QLatin1String("subtype")).toString(), QStringLiteral("success"));
        QCOMPARE(result.value(QLatin1String("num_turns")).toInt(), 2);
        const QString answer = result.value(QLatin1String("result")).toString();
        QVERIFY2(answer.startsWith(QLatin1String("The command printed: ")) && answer.contains(QStringLiteral("Output: ") + token),
                 qPrintable(answer));

        const QString problem = checkRun("Qwen Code", u, QStringLiteral("run_shell_command"), token, callsHome);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void geminiCli_data() { claudeCode_data(); }

    // Gemini CLI on the proxy's Gemini dialect (issue 27): environment variables and an API key login in
    // settings.json, tools approved up front (--yolo: a headless run cannot ask).
    void geminiCli()
    {
        QFETCH(int, upstream);
        QFETCH(QString, asked);
        const Upstream &u = kUpstreams[upstream];
        QTemporaryDir run;
        QString token, work, home;
        QVERIFY(prepareRun(run, QStringLiteral(".gemini"), token, work, home));
        // what the Proxy page gives a user to paste, plus the test's own: no usage statistics or telemetry
        QJsonObject settings = QJsonDocument::fromJson(sb::proxy::geminiCliSettingsJson().toUtf8()).object();
        QVERIFY(!settings.isEmpty());
        settings.insert(QStringLiteral("privacy"), QJsonObject{{QStringLiteral("usageStatisticsEnabled"), false}});
        settings.insert(QStringLiteral("telemetry"), QJsonObject{{QStringLiteral("enabled"), false}});
        QVERIFY(sb::testing::writeJson(home + QStringLiteral("/.gemini/settings.json"), settings));
        const QString model = !asked.isEmpty() ? asked : u.qualified();
        QProcessEnvironment env = baseEnv(home);
        for (const auto &[name, value] : sb::proxy::geminiCliEnvironment(m_proxyUrl, kProxyKey, model))
            env.insert(name, value);
        env.insert(QStringLiteral("GEMINI_CLI_TRUST_WORKSPACE"), QStringLiteral("true"));

        m_up.clearRequests();
        newServeLines();
        const int callsHome = m_callsHome;
        const Run r = runAgent(m_gemini,
                               {QStringLiteral("-m"), model, QStringLiteral("--yolo"), QStringLiteral("--output-format"), QStringLiteral("json"),
                                QStringLiteral("-p"), kPrompt},
                               env, work);
        const QByteArray diag = "stdout: " + r.out.right(3000) + "\nstderr: " + r.err.right(3000);
        QVERIFY2(r.finished && r.exitCode == 0, diag.constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('{'))).object();
        const QString answer = result.value(QLatin1String("response")).toString();
        QVERIFY2(answer.startsWith(QLatin1String("The command printed: ")) && answer.contains(token), diag.constData());

        const QString problem = checkRun("Gemini CLI", u, QStringLiteral("run_shell_command"), token, callsHome);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // serve stops cleanly on SIGTERM and its ledger holds every call the agents made, under the key.
    void ledger()
    {
        QVERIFY(!m_upstreamCalls.isEmpty());
        ::kill(pid_t(m_serve.process->processId()), SIGTERM);
        QVERIFY(m_serve.process->waitForFinished(15000));
        m_serve.output += m_serve.process->readAllStandardOutput();
        QCOMPARE(m_serve.process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(m_serve.process->exitCode() == 0, m_serve.output.constData());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("agents-ledger"));
            db.setDatabaseName(QDir(m_dataDir).filePath(QStringLiteral("switchboard.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT provider, COUNT(*), SUM(status = 'ok' AND source = 'proxy' AND source_key = 'agents') "
                                          "FROM calls GROUP BY provider")));
            QHash<QString, int> ledger;
            while (q.next()) {
                QCOMPARE(q.value(2).toInt(), q.value(1).toInt());
                ledger.insert(q.value(0).toString(), q.value(1).toInt());
            }
            QCOMPARE(ledger, m_upstreamCalls);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("agents-ledger"));
    }
};

QTEST_GUILESS_MAIN(TestAgents)
#include "tst_agents.moc"
