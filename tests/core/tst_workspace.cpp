#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Workspace sample()
{
    Workspace ws = WorkspaceFile::defaults();
    ws.name = QStringLiteral("Team Ünïcode ✓");
    ProviderConfig openai;
    openai.id = QStringLiteral("openai");
    openai.kind = QStringLiteral("openai");
    openai.name = QStringLiteral("OpenAI");
    openai.apiKey = QStringLiteral("keychain:openai-main");
    openai.models = {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")};
    ProviderConfig local;
    local.id = QStringLiteral("ollama");
    local.kind = QStringLiteral("ollama");
    local.baseUrl = QStringLiteral("http://127.0.0.1:11434");
    local.enabled = false;
    local.options.insert(QStringLiteral("keepAlive"), QStringLiteral("5m"));
    ws.providers = {openai, local};
    ws.proxy.keys = {ProxyKeyConfig{QStringLiteral("claude-code"), QStringLiteral("env:SB_PROXY_KEY"), {QStringLiteral("smart")}}};
    ws.proxy.allowedOrigins = {QStringLiteral("http://localhost:3000"), QStringLiteral("https://chat.example.com")};
    ws.proxy.allowedHosts = {QStringLiteral("switchboard.team.example")};
    ws.proxy.keyless = true;
    ws.routes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("r1")}});
    return ws;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValid()
    {
        const Workspace ws = WorkspaceFile::defaults();
        QVERIFY(ws.validate().isEmpty());
        QCOMPARE(ws.proxy.port, 4100);
        QCOMPARE(ws.proxy.host, QStringLiteral("127.0.0.1"));
        QVERIFY(!ws.proxy.enabled);
    }

    void roundTrip()
    {
        const Workspace ws = sample();
        QVERIFY2(ws.validate().isEmpty(), qPrintable(ws.validate().join(QLatin1Char('\n'))));
        auto back = Workspace::fromJson(ws.toJson());
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->name, ws.name);
        QCOMPARE(back->providers.size(), 2);
        QCOMPARE(back->providers.at(1).baseUrl, QStringLiteral("http://127.0.0.1:11434"));
        QVERIFY(!back->providers.at(1).enabled);
        QVERIFY(*back == ws);
    }

    void saveIsAtomicAndLoadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/workspace.json"));
        QVERIFY(WorkspaceFile::save(sample(), path));
        auto loaded = WorkspaceFile::load(path);
        QVERIFY(loaded);
        QVERIFY(*loaded == sample());
        // no temporary files left behind
        QCOMPARE(QDir(dir.filePath(QStringLiteral("nested"))).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("workspace.json")});
        // an invalid workspace is not saved and the file stays as it was
        const QByteArray before = readAll(path);
        Workspace bad = sample();
        bad.providers[0].apiKey = QStringLiteral("sk-live-0123456789");
        auto saved = WorkspaceFile::save(bad, path);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Validation);
        QVERIFY(!saved.error().message.contains(QLatin1String("sk-live")));
        QCOMPARE(readAll(path), before);
        // a directory in the way is an error, not a crash
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("isadir.json")));
        auto onDir = WorkspaceFile::save(sample(), dir.filePath(QStringLiteral("isadir.json")));
        QVERIFY(!onDir);
        QCOMPARE(onDir.error().kind, Error::Kind::Io);
    }

    void exportThenImport()
    {
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("shared/team.json"));
        QVERIFY(WorkspaceFile::save(sample(), exported));
        const QByteArray bytes = readAll(exported);
        // references only: the file never holds a key value
        QVERIFY(bytes.contains("keychain:openai-main"));
        QVERIFY(bytes.contains("env:SB_PROXY_KEY"));
        auto imported = WorkspaceFile::load(exported);
        QVERIFY(imported);
        QVERIFY(*imported == sample());
    }

    void loadOrCreateCreatesOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.json"));
        auto ws = WorkspaceFile::loadOrCreate(path);
        QVERIFY(ws);
        QVERIFY(QFile::exists(path));
        Workspace changed = *ws;
        changed.name = QStringLiteral("changed");
        QVERIFY(WorkspaceFile::save(changed, path));
        auto again = WorkspaceFile::loadOrCreate(path);
        QVERIFY(again);
        QCOMPARE(again->name, QStringLiteral("changed"));
    }

    void malformedFileIsReportedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("{\n  \"version\": 1,\n  \"name\": \"x\",\n  \"providers\": [\n") << int(Error::Kind::Parse)
                                   << QStringLiteral("workspace.json:5:");
        QTest::newRow("trailing comma") << QByteArray("{\"version\": 1, \"name\": \"x\",}") << int(Error::Kind::Parse)
                                        << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << int(Error::Kind::Parse) << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << int(Error::Kind::Parse) << QStringLiteral("is a JSON object");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(Error::Kind::Parse) << QStringLiteral("not valid JSON");
        QTest::newRow("no version") << QByteArray("{\"name\": \"x\"}") << int(Error::Kind::Validation) << QStringLiteral("\"version\" is missing");
        QTest::newRow("newer version") << QByteArray("{\"version\": 7}") << int(Error::Kind::Version) << QStringLiteral("newer Switchboard");
        QTest::newRow("invalid content") << QByteArray("{\"version\": 1, \"providers\": [{\"id\": \"x\", \"kind\": \"nope\"}]}")
                                         << int(Error::Kind::Validation) << QStringLiteral("providers[0].kind");
    }
    void malformedFileIsReportedAndUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(writeAll(path, bytes));
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        auto ws = WorkspaceFile::load(path);
        QVERIFY(!ws);
        QCOMPARE(int(ws.error().kind), kind);
        QVERIFY2(ws.error().message.contains(expected), qPrintable(ws.error().message));
        auto created = WorkspaceFile::loadOrCreate(path); // must not "repair" by overwriting
        QVERIFY(!created);
        QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), hash);
    }

    void hugeFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workspace.json"));
        QByteArray big = "{\"version\": 1, \"name\": \"";
        big += QByteArray(17 * 1024 * 1024, 'a');
        big += "\"}";
        QVERIFY(writeAll(path, big));
        auto ws = WorkspaceFile::load(path);
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.contains(QLatin1String("16 MiB")), qPrintable(ws.error().message));
        QCOMPARE(QFileInfo(path).size(), big.size());
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *body, const char *expected) {
            QTest::newRow(name) << (QByteArray("{\"version\": 1, ") + body + "}") << QString::fromUtf8(expected);
        };
        row("unknown key", "\"provders\": []", "unknown key \"provders\"");
        row("providers not array", "\"providers\": {}", "providers: must be an array, not an object");
        row("provider not object", "\"providers\": [3]", "providers[0]: must be an object");
        row("missing id", "\"providers\": [{\"kind\": \"openai\"}]", "providers[0].id: required");
        row("bad id", "\"providers\": [{\"id\": \"Open AI\", \"kind\": \"openai\"}]", "providers[0].id: \"Open AI\" must be lower-case");
        row("duplicate id", "\"providers\": [{\"id\": \"a\", \"kind\": \"openai\"}, {\"id\": \"a\", \"kind\": \"gemini\"}]",
            "providers[1].id: \"a\" is used by another provider");
        row("unknown kind", "\"providers\": [{\"id\": \"a\", \"kind\": \"skynet\"}]", "providers[0].kind: \"skynet\" is not one of");
        row("bad url", "\"providers\": [{\"id\": \"a\", \"kind\": \"openai\", \"baseUrl\": \"ftp://x\"}]", "providers[0].baseUrl: must be an http");
        row("plain-text key", "\"providers\": [{\"id\": \"a\", \"kind\": \"openai\", \"apiKey\": \"sk-proj-abcdef\"}]",
            "providers[0].apiKey: a secret must be a reference");
        row("empty ref name", "\"providers\": [{\"id\": \"a\", \"kind\": \"openai\", \"apiKey\": \"keychain:\"}]",
            "providers[0].apiKey: the name after");
        row("secret in options", "\"providers\": [{\"id\": \"a\", \"kind\": \"openai\", \"options\": {\"accessToken\": \"abc\"}}]",
            "providers[0].options.accessToken: looks like a secret");
        row("enabled not bool", "\"providers\": [{\"id\": \"a\", \"kind\": \"openai\", \"enabled\": \"yes\"}]",
            "providers[0].enabled: must be true or false");
        row("models not strings", "\"providers\": [{\"id\": \"a\", \"kind\": \"openai\", \"models\": [1]}]",
            "providers[0].models[0]: must be a string");
        row("port out of range", "\"proxy\": {\"port\": 70000}", "proxy.port: must be a whole number from 1 to 65535");
        row("port fractional", "\"proxy\": {\"port\": 41.5}", "proxy.port: must be a whole number");
        row("open bind without keys", "\"proxy\": {\"host\": \"0.0.0.0\"}", "requires at least one proxy key");
        row("proxy key without ref", "\"proxy\": {\"keys\": [{\"name\": \"zed\"}]}", "proxy.keys[0].key: required");
        row("proxy key plain", "\"proxy\": {\"keys\": [{\"name\": \"zed\", \"key\": \"hunter2\"}]}",
            "proxy.keys[0].key: a secret must be a reference");
        row("duplicate key names", "\"proxy\": {\"keys\": [{\"name\": \"zed\", \"key\": \"env:A\"}, {\"name\": \"zed\", \"key\": \"env:B\"}]}",
            "proxy.keys[1].name: \"zed\" is used by another key");
        row("origin with path", "\"proxy\": {\"allowedOrigins\": [\"http://localhost:3000/app\"]}",
            "proxy.allowedOrigins[0]: \"http://localhost:3000/app\" is not an origin");
        row("origin wildcard", "\"proxy\": {\"allowedOrigins\": [\"*\"]}", "proxy.allowedOrigins[0]: \"*\" is not an origin");
        row("origin upper case", "\"proxy\": {\"allowedOrigins\": [\"HTTP://Example.com\"]}", "proxy.allowedOrigins[0]");
        row("origins not a list", "\"proxy\": {\"allowedOrigins\": \"http://localhost:3000\"}", "proxy.allowedOrigins: must be an array");
        row("host with port", "\"proxy\": {\"allowedHosts\": [\"team.example:4100\"]}",
            "proxy.allowedHosts[0]: \"team.example:4100\" is not a host name");
        row("routes wrong type", "\"routes\": \"fast\"", "routes: must be an array, not a string");
        row("empty name", "\"name\": \"  \"", "name: must not be empty");
    }
    void validation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto ws = Workspace::fromJson(json, QStringLiteral("team.json"));
        QVERIFY(!ws);
        QCOMPARE(ws.error().kind, Error::Kind::Validation);
        QVERIFY2(ws.error().message.contains(expected), qPrintable(ws.error().message));
        QVERIFY(ws.error().message.startsWith(QLatin1String("team.json")));
        // a pasted key is never repeated in the message (messages end up in logs and dialogs)
        QVERIFY(!ws.error().message.contains(QLatin1String("sk-proj")));
        QVERIFY(!ws.error().message.contains(QLatin1String("hunter2")));
    }

    void allProblemsAreListedAtOnce()
    {
        auto ws = Workspace::fromJson("{\"version\": 1, \"bogus\": 1, \"proxy\": {\"port\": 0}, \"providers\": [{\"kind\": \"x\"}]}");
        QVERIFY(!ws);
        const QString m = ws.error().message;
        QVERIFY2(m.contains(QLatin1String("bogus")) && m.contains(QLatin1String("proxy.port")) && m.contains(QLatin1String("providers[0].id"))
                     && m.contains(QLatin1String("providers[0].kind")),
                 qPrintable(m));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
