#include "childprocess.h"
#include "clirun.h"
#include "core/postgresfixture.h"
#include "fakeupstream.h"
#include "serveload.h"
#include "storage/database.h"
#include "testpaths.h"
#include "usage/budgets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace fk = sb::fakes;
using sb::testing::Child;
using sb::testing::Load;

namespace {

// gpt-4o at $2.50 in and $10 out per million tokens: a call of 1000 tokens at most reserves about $0.01
QByteArray chatBody()
{
    return QByteArrayLiteral("{\"model\": \"openai/gpt-4o\", \"max_tokens\": 1000, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}");
}

} // namespace

// `serve --database postgresql://...`: a team's serves record into one PostgreSQL ledger and hold one
// hard budget between them; the CLI reads that ledger; a bad URL or a server that is not there says
// what to do.
class TestServeTeam : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sb::testing::PostgresServer> m_server;
    fk::FakeUpstream m_fake{fk::allDialects()};
    QNetworkAccessManager m_nam;
    QString m_workspace;
    QString m_budgetWorkspace;

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_FAKE_KEY"), QStringLiteral("sk-fake"));
        return env;
    }
    QString start(Child &child, const QString &workspace, const QString &database, const QString &name)
    {
        return child.start(sb::testing::binPath(QStringLiteral("switchboard-cli")),
                           {QStringLiteral("serve"), QStringLiteral("--workspace"), workspace, QStringLiteral("--data-dir"), m_dir.filePath(name),
                            QStringLiteral("--database"), database, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("-q")},
                           environment());
    }
    QNetworkReply *post(const QString &base)
    {
        QNetworkRequest request(QUrl(base + QStringLiteral("/v1/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_nam.post(request, chatBody());
    }
    static int statusOf(QNetworkReply *reply)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(20000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    static bool stopGently(Child &child)
    {
        child.process->terminate();
        return child.process->waitForFinished(20000) && child.process->exitStatus() == QProcess::NormalExit && child.process->exitCode() == 0;
    }
    static qint64 scalar(const QString &database, const QString &sql)
    {
        auto db = sb::Database::open(database);
        if (!db)
            return -1;
        auto conn = (*db)->connection();
        if (!conn)
            return -1;
        QSqlQuery q(*conn);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString writeWorkspace(const QString &name, const QJsonArray &budgets)
    {
        const QString path = m_dir.filePath(name);
        QJsonArray providers;
        for (const char *kind : {"openai", "anthropic"})
            providers.append(QJsonObject{{QStringLiteral("id"), QLatin1String(kind)},
                                         {QStringLiteral("kind"), QLatin1String(kind)},
                                         {QStringLiteral("baseUrl"), m_fake.baseUrl().toString()},
                                         {QStringLiteral("apiKey"), QStringLiteral("env:SB_FAKE_KEY")}});
        QJsonObject ws{{QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("team")}, {QStringLiteral("providers"), providers}};
        if (!budgets.isEmpty())
            ws.insert(QStringLiteral("budgets"), budgets);
        return sb::testing::writeJson(path, ws) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<sb::testing::PostgresServer>();
        SB_REQUIRE_OR_SKIP_POSTGRES(*m_server);
        QVERIFY(m_fake.listen());
        m_fake.setApiKey(QStringLiteral("sk-fake"));
        m_workspace = writeWorkspace(QStringLiteral("workspace.json"), {});
        const sb::usage::Budget daily{sb::usage::Budget::Scope::Workspace, {}, sb::usage::Budget::Period::Daily, {}, 0.015};
        m_budgetWorkspace = writeWorkspace(QStringLiteral("budget.json"), sb::usage::Budget::listToJson({daily}));
        QVERIFY(!m_workspace.isEmpty() && !m_budgetWorkspace.isEmpty());
    }

    // two serves on one database: every call of both is in its ledger, and `monitor status` reads it
    void twoServesRecordIntoOneLedger()
    {
        const QString database = m_server->createDatabase(QStringLiteral("ledger"));
        const auto migrated = sb::testing::runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"), database});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        QVERIFY2(migrated.out.contains(QLatin1String(": schema version ")), qPrintable(migrated.out));
        Child a, b;
        const QString baseA = start(a, m_workspace, database, QStringLiteral("a"));
        const QString baseB = start(b, m_workspace, database, QStringLiteral("b"));
        QVERIFY2(!baseA.isEmpty(), a.output.constData());
        QVERIFY2(!baseB.isEmpty(), b.output.constData());
        {
            std::unique_ptr<QNetworkReply> ready(m_nam.get(QNetworkRequest(QUrl(baseA + QStringLiteral("/ready")))));
            QCOMPARE(statusOf(ready.get()), 200); // the database is reachable and at this build's schema
        }
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<QNetworkReply> ra(post(baseA)), rb(post(baseB));
            QCOMPARE(statusOf(ra.get()), 200);
            QCOMPARE(statusOf(rb.get()), 200);
        }
        QVERIFY(stopGently(a));
        QVERIFY(stopGently(b));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM calls")), 6);
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM call_requests")), 6);
        QCOMPARE(scalar(database, QStringLiteral("SELECT sum(attempts) FROM calls_daily")), 6);
        QCOMPARE(scalar(database, QStringLiteral("SELECT sum(attempts) FROM monitor_hour")), 6);
        // nothing is left reserved once both stopped
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM budget_reservations")), 0);

        const auto status = sb::testing::runCli(
            {QStringLiteral("monitor"), QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--database"), database});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const QJsonArray models = QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().toObject().value(QLatin1String("attempts")).toInt(), 6);
    }

    // a $0.015 daily hard limit and calls that reserve about $0.01 each: while serve A's call is in
    // flight, serve B's is refused, because A's reservation is in the shared database
    void aHardBudgetHoldsAcrossServes()
    {
        const QString database = m_server->createDatabase(QStringLiteral("budget"));
        Child a, b;
        const QString baseA = start(a, m_budgetWorkspace, database, QStringLiteral("ba"));
        const QString baseB = start(b, m_budgetWorkspace, database, QStringLiteral("bb"));
        QVERIFY2(!baseA.isEmpty(), a.output.constData());
        QVERIFY2(!baseB.isEmpty(), b.output.constData());
        m_fake.failNext(1, fk::Fault::make(fk::FaultKind::SlowFirstByte, 3000));
        std::unique_ptr<QNetworkReply> slow(post(baseA));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(database, QStringLiteral("SELECT count(*) FROM budget_reservations")), 1, 10000);
        std::unique_ptr<QNetworkReply> refused(post(baseB));
        QCOMPARE(statusOf(refused.get()), 402);
        QVERIFY2(refused->readAll().contains("daily workspace budget"), "the refusal names the budget");
        QCOMPARE(statusOf(slow.get()), 200);
        // settled at its real cost (a few tokens), the budget has room again
        std::unique_ptr<QNetworkReply> again(post(baseB));
        QCOMPARE(statusOf(again.get()), 200);
        QVERIFY(stopGently(a));
        QVERIFY(stopGently(b));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM calls WHERE status = 'ok'")), 2);
    }

    // SIGKILL of one serve at a random answer, five times, while the other serve on the same database
    // keeps eight calls in flight all along: every call a client got whole from either has its row,
    // and the rollups equal the rows.
    void aKilledServeLosesNoAnsweredCall()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is Unix-only");
#else
        const QString database = m_server->createDatabase(QStringLiteral("killed"));
        m_fake.setChunkDelay(2); // streams are mid-way when the kill comes
        Child steady;
        const QString steadyBase = start(steady, m_workspace, database, QStringLiteral("steady"));
        QVERIFY2(!steadyBase.isEmpty(), steady.output.constData());
        Load background(m_nam, QUrl(steadyBase), 8);
        background.start();
        QRandomGenerator random(20);
        int answered = 0;
        for (int kill = 0; kill < 5; ++kill) {
            Child serve;
            const QString base = start(serve, m_workspace, database, QStringLiteral("killed"));
            QVERIFY2(!base.isEmpty(), serve.output.constData());
            const sb::testing::Killed killed = sb::testing::killAtAnswer(m_nam, serve, QUrl(base), 1 + int(random.bounded(12)));
            QVERIFY2(killed.problem.isEmpty(), qPrintable(killed.problem));
            answered += killed.answered;
        }
        background.stop();
        m_fake.setChunkDelay(0);
        QVERIFY2(background.failed == 0, qPrintable(background.failures.join(QLatin1Char('\n'))));
        QVERIFY(background.answered > 0);
        answered += background.answered;
        QVERIFY(stopGently(steady));
        const qint64 rows = scalar(database, QStringLiteral("SELECT count(*) FROM calls WHERE status = 'ok'"));
        qInfo() << "5 kills beside a steady serve," << answered << "answers given," << rows << "rows";
        QVERIFY2(rows >= answered, qPrintable(QStringLiteral("%1 answered calls, %2 rows").arg(answered).arg(rows)));
        QCOMPARE(scalar(database, QStringLiteral("SELECT sum(attempts) FROM calls_daily")),
                 scalar(database, QStringLiteral("SELECT count(*) FROM calls")));
        QCOMPARE(scalar(database, QStringLiteral("SELECT sum(cost_nusd) FROM calls_daily_model")),
                 scalar(database, QStringLiteral("SELECT sum(cost_nusd) FROM calls")));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM call_requests")),
                 scalar(database, QStringLiteral("SELECT count(DISTINCT request_id) FROM calls")));
#endif
    }

    // Members' keys made with `team` work on every serve of the team, the ledger names the member,
    // a viewer's key reads /metrics only, and a revoked key stops on both serves without a restart.
    void membersKeysWorkOnEveryServe()
    {
        const QString database = m_server->createDatabase(QStringLiteral("members"));
        const auto cli = [&](QStringList args) {
            args << QStringLiteral("--database") << database << QStringLiteral("--json");
            const auto r = sb::testing::runCli(args);
            if (r.exitCode != 0)
                qWarning("team command failed: %s", qPrintable(r.err));
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        const QJsonObject admin = cli({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice")});
        QVERIFY(admin.value(QStringLiteral("key")).toString().startsWith(QLatin1String("sbk_")));
        (void)cli({QStringLiteral("team"), QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("bob")});
        (void)cli({QStringLiteral("team"), QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                   QStringLiteral("viewer")});
        const QJsonObject bob = cli({QStringLiteral("team"), QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--member"),
                                     QStringLiteral("bob"), QStringLiteral("--label"), QStringLiteral("laptop")});
        const QJsonObject carol = cli(
            {QStringLiteral("team"), QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--member"), QStringLiteral("carol")});
        const QString bobKey = bob.value(QStringLiteral("key")).toString();
        QVERIFY(!bobKey.isEmpty() && !carol.value(QStringLiteral("key")).toString().isEmpty());

        Child a, b;
        const QString baseA = start(a, m_workspace, database, QStringLiteral("ma"));
        const QString baseB = start(b, m_workspace, database, QStringLiteral("mb"));
        QVERIFY2(!baseA.isEmpty(), a.output.constData());
        QVERIFY2(!baseB.isEmpty(), b.output.constData());
        const auto call = [&](const QString &base, const QString &key, const char *path = "/v1/chat/completions") {
            QNetworkRequest request(QUrl(base + QLatin1String(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!key.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
            const bool get = QByteArrayView(path) == "/metrics" || QByteArrayView(path) == "/v1/models";
            return statusOf(get ? m_nam.get(request) : m_nam.post(request, chatBody()));
        };
        QCOMPARE(call(baseA, bobKey), 200);
        QCOMPARE(call(baseB, bobKey), 200);
        QCOMPARE(call(baseA, QString()), 401); // the team has members: a key is required
        QCOMPARE(call(baseB, bobKey.chopped(1) + QLatin1Char(bobKey.endsWith(QLatin1Char('A')) ? 'B' : 'A')), 401);
        QCOMPARE(call(baseA, carol.value(QStringLiteral("key")).toString()), 403); // a viewer makes no calls
        QCOMPARE(call(baseA, carol.value(QStringLiteral("key")).toString(), "/metrics"), 200); // but reads usage

        // a key made while the serves run works on both within a poll; a revoked one stops
        const QJsonObject late = cli(
            {QStringLiteral("team"), QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--member"), QStringLiteral("alice")});
        QTRY_COMPARE_WITH_TIMEOUT(call(baseB, late.value(QStringLiteral("key")).toString()), 200, 10000);
        const auto revoked = sb::testing::runCli({QStringLiteral("team"), QStringLiteral("key"), QStringLiteral("revoke"),
                                                  bob.value(QStringLiteral("id")).toString(), QStringLiteral("--database"), database});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QTRY_COMPARE_WITH_TIMEOUT(call(baseA, bobKey), 401, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(call(baseB, bobKey), 401, 10000);
        // a key's limit holds for both serves together: 2 a minute, then 429 from either
        const QJsonObject limited = cli({QStringLiteral("team"), QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--member"),
                                         QStringLiteral("alice"), QStringLiteral("--rpm"), QStringLiteral("2")});
        const QString limitedKey = limited.value(QStringLiteral("key")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(call(baseA, limitedKey, "/v1/models"), 200, 10000); // known to both (listing calls no model)
        QTRY_COMPARE_WITH_TIMEOUT(call(baseB, limitedKey, "/v1/models"), 200, 10000);
        QCOMPARE(call(baseA, limitedKey), 200);
        QCOMPARE(call(baseB, limitedKey), 200);
        QCOMPARE(call(baseA, limitedKey), 429);
        QCOMPARE(call(baseB, limitedKey), 429);

        QVERIFY(stopGently(a));
        QVERIFY(stopGently(b));

        // the ledger names the member and the key of every call (QTRY_COMPARE calls until the change
        // reached each serve, and once more)
        QVERIFY(scalar(database,
                       QStringLiteral("SELECT count(*) FROM calls WHERE member = 'bob' AND source_key = '%1'")
                           .arg(bob.value(QStringLiteral("id")).toString()))
                >= 2);
        QVERIFY(scalar(database,
                       QStringLiteral("SELECT count(*) FROM calls WHERE member = 'alice' AND source_key = '%1'")
                           .arg(late.value(QStringLiteral("id")).toString()))
                >= 1);
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM calls WHERE member = ''")), 0);
        // and nothing of a key's value reached the database
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM team_keys WHERE digest LIKE '%%1%'").arg(bobKey.right(20))), 0);
    }

    // A desktop joins the team with a provider of kind "switchboard" and a member key: the team's
    // models are listed, a call goes through the team server (into the team's ledger, under the
    // member), and with the server gone the call says it cannot reach it.
    void aDesktopJoinsTheTeam()
    {
        const QString database = m_server->createDatabase(QStringLiteral("desk"));
        const auto init = sb::testing::runCli({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice"),
                                               QStringLiteral("--database"), database, QStringLiteral("--json")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString key = QJsonDocument::fromJson(init.out.toUtf8()).object().value(QStringLiteral("key")).toString();
        QVERIFY(!key.isEmpty());
        Child serve;
        const QString base = start(serve, m_workspace, database, QStringLiteral("desk-serve"));
        QVERIFY2(!base.isEmpty(), serve.output.constData());

        const QString desktop = m_dir.filePath(QStringLiteral("desktop.json"));
        const QJsonObject teamProvider{{QStringLiteral("id"), QStringLiteral("team")},
                                       {QStringLiteral("kind"), QStringLiteral("switchboard")},
                                       {QStringLiteral("baseUrl"), QString(base + QStringLiteral("/v1"))},
                                       {QStringLiteral("apiKey"), QStringLiteral("env:SB_TEAM_KEY")}};
        QJsonArray providers;
        providers.append(teamProvider);
        QVERIFY(sb::testing::writeJson(
            desktop,
            QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("name"), QStringLiteral("desk")}, {QStringLiteral("providers"), providers}}));
        sb::testing::CliOptions options;
        options.environment.insert(QStringLiteral("SB_TEAM_KEY"), key);
        const QStringList where{QStringLiteral("--workspace"), desktop, QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("desk-app"))};
        const auto models = sb::testing::runCli(QStringList{QStringLiteral("models")} + where, options);
        QVERIFY2(models.exitCode == 0, qPrintable(models.err));
        QVERIFY2(models.out.contains(QLatin1String("team/openai/gpt-4o")), qPrintable(models.out));
        const auto chat = sb::testing::runCli(QStringList{QStringLiteral("chat"), QStringLiteral("-m"), QStringLiteral("team/openai/gpt-4o")} + where
                                                  + QStringList{QStringLiteral("hi")},
                                              options);
        QVERIFY2(chat.exitCode == 0, qPrintable(chat.err));
        QCOMPARE(chat.out, QStringLiteral("Hello from the fake upstream.\n"));
        // priced on the desktop as the team's provider's model (gpt-4o: 12 in, 9 out)
        QVERIFY2(chat.err.contains(QLatin1String("12 input, 9 output tokens, $0.00012")), qPrintable(chat.err));

        QVERIFY(stopGently(serve));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM calls WHERE member = 'alice' AND provider = 'openai'")), 1);
        const auto offline = sb::testing::runCli(QStringList{QStringLiteral("chat"), QStringLiteral("-m"), QStringLiteral("team/openai/gpt-4o")}
                                                     + where + QStringList{QStringLiteral("hi")},
                                                 options);
        QVERIFY(offline.exitCode != 0);
        QVERIFY2(offline.err.contains(QLatin1String("Cannot reach the provider")), qPrintable(offline.err));
    }

    // The admin API: what `team` does, over HTTP with an admin's key, recorded under the admin.
    void theAdminApiManagesTheTeam()
    {
        const QString database = m_server->createDatabase(QStringLiteral("admin"));
        const auto cli = [&](QStringList args) {
            args << QStringLiteral("--database") << database << QStringLiteral("--json");
            const auto r = sb::testing::runCli(args);
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        const QString alice = cli({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice")})
                                  .value(QStringLiteral("key"))
                                  .toString();
        (void)cli({QStringLiteral("team"), QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("bob")});
        const QString bob = cli({QStringLiteral("team"), QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--member"),
                                 QStringLiteral("bob")})
                                .value(QStringLiteral("key"))
                                .toString();
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());
        Child serve;
        const QString base = start(serve, m_workspace, database, QStringLiteral("admin-serve"));
        QVERIFY2(!base.isEmpty(), serve.output.constData());

        struct Answer {
            int status = -1;
            QJsonObject body;
        };
        const auto ask = [&](const QString &key, const QString &path, const QJsonObject &body = {}, bool post = false,
                             const QByteArray &type = "application/json") {
            QNetworkRequest request(QUrl(base + path));
            request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader, type);
            QNetworkReply *reply = post || !body.isEmpty() ? m_nam.post(request, QJsonDocument(body).toJson()) : m_nam.get(request);
            Answer a;
            a.status = statusOf(reply);
            a.body = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return a;
        };
        Answer a = ask(bob, QStringLiteral("/team/me"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QStringLiteral("member")).toString(), QStringLiteral("bob"));
        QCOMPARE(a.body.value(QStringLiteral("role")).toString(), QStringLiteral("member"));
        QCOMPARE(ask(bob, QStringLiteral("/team/members")).status, 403); // members do not manage the team
        QCOMPARE(ask(QString(), QStringLiteral("/team/me")).status, 401);

        a = ask(alice, QStringLiteral("/team/members"),
                {{QStringLiteral("name"), QStringLiteral("carol")}, {QStringLiteral("role"), QStringLiteral("viewer")}});
        QCOMPARE(a.status, 201);
        QCOMPARE(a.body.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        a = ask(alice, QStringLiteral("/team/keys"),
                {{QStringLiteral("member"), QStringLiteral("carol")}, {QStringLiteral("label"), QStringLiteral("ci")}});
        QCOMPARE(a.status, 201);
        const QString carolKey = a.body.value(QStringLiteral("id")).toString();
        QVERIFY(a.body.value(QStringLiteral("key")).toString().startsWith(QLatin1String("sbk_")));
        a = ask(alice, QStringLiteral("/team/keys?member=carol"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QStringLiteral("keys")).toArray().size(), 1);
        QVERIFY(!QJsonDocument(a.body).toJson().contains("sbk_")); // a listing never holds a key
        a = ask(alice, QStringLiteral("/team/keys/%1/rotate").arg(carolKey), {}, true);
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.value(QStringLiteral("id")).toString() != carolKey);
        QCOMPARE(ask(alice, QStringLiteral("/team/keys/%1/revoke").arg(carolKey), {}, true).status, 404); // the rotation revoked it
        a = ask(alice, QStringLiteral("/team/members/alice/role"), {{QStringLiteral("role"), QStringLiteral("member")}});
        QCOMPARE(a.status, 400);
        QVERIFY(a.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("last admin")));
        QCOMPARE(ask(alice, QStringLiteral("/team/members/bob/remove"), {}, true).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(ask(bob, QStringLiteral("/team/me")).status, 401, 10000); // the removal revoked bob's key
        QCOMPARE(ask(alice, QStringLiteral("/team/members"), {{QStringLiteral("name"), QStringLiteral("x")}}, true, "text/plain").status, 415);

        a = ask(alice, QStringLiteral("/team/audit?limit=3"));
        QCOMPARE(a.status, 200);
        const QJsonArray log = a.body.value(QStringLiteral("audit")).toArray();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("member.remove"));
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
        QVERIFY(stopGently(serve));
    }

    void aPasswordInTheUrlIsRefused()
    {
        const auto r = sb::testing::runCli({QStringLiteral("serve"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"),
                                            m_dir.filePath(QStringLiteral("pw")), QStringLiteral("--database"),
                                            QStringLiteral("postgresql://team:hunter2@127.0.0.1:5432/ledger")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("PGPASSWORD")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("hunter2")), qPrintable(r.err));
        const auto unknown = sb::testing::runCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"),
                                                  QStringLiteral("postgresql://team@127.0.0.1:5432/ledger?options=-c")});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(QLatin1String("options is not a parameter")), qPrintable(unknown.err));
    }

    void aServerThatIsNotThereSaysWhatToDo()
    {
        quint16 closed = 0;
        {
            QTcpServer probe; // a port nothing listens on once it closes
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closed = probe.serverPort();
        }
        const auto r = sb::testing::runCli({QStringLiteral("serve"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"),
                                            m_dir.filePath(QStringLiteral("gone")), QStringLiteral("--database"),
                                            QStringLiteral("postgresql://postgres@127.0.0.1:%1/ledger").arg(closed)});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("check that the server runs")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestServeTeam)
#include "tst_serve_team.moc"
