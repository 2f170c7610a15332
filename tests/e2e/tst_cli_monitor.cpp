#include "childprocess.h"
#include "clirun.h"
#include "core/prometheusparser.h"
#include "fakesite.h"
#include "fakeupstream.h"
#include "monitor/canary.h"
#include "monitor/config.h"
#include "storage/database.h"
#include "testpaths.h"
#include "usage/ledger.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace fk = sb::fakes;

// switchboard-cli monitor status, slo, alerts and test-alert, and serve's monitoring (alerts to the
// webhook, GET /metrics), as a user runs them, over a ledger written before.
class TestCliMonitor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fk::FakeSite m_hook;
    QString m_workspace;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    sb::testing::CliRun cli(const QStringList &args)
    {
        return sb::testing::runCli(QStringList{QStringLiteral("monitor")} + args
                                   + QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"), dataDir()});
    }
    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
    QList<QJsonObject> hookBodies(const QString &event) const
    {
        QList<QJsonObject> out;
        for (const fk::RecordedRequest &r : m_hook.requests()) {
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            if (o.value(QLatin1String("event")).toString() == event)
                out << o;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_hook.listen());
        m_hook.setPage(QStringLiteral("/hook"), fk::Page::of("application/json", "{\"ok\":true}"));
        const QJsonObject ws{
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("monitored")},
            {QStringLiteral("providers"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fake")},
                                    {QStringLiteral("kind"), QStringLiteral("openai")},
                                    {QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:9")}}}},
            {QStringLiteral("monitoring"),
             QJsonObject{{QStringLiteral("slos"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("mini-up")},
                                                 {QStringLiteral("model"), QStringLiteral("fake/gpt-4o-mini")},
                                                 {QStringLiteral("kind"), QStringLiteral("availability")},
                                                 {QStringLiteral("objective"), 99}}}},
                         {QStringLiteral("monitors"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("errors")},
                                                 {QStringLiteral("kind"), QStringLiteral("error_rate")},
                                                 {QStringLiteral("thresholdPercent"), 5},
                                                 {QStringLiteral("windowMinutes"), 60},
                                                 {QStringLiteral("minSamples"), 5}}}},
                         {QStringLiteral("webhook"), QJsonObject{{QStringLiteral("url"), m_hook.url(QStringLiteral("/hook")).toString()}}}}}};
        m_workspace = m_dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(sb::testing::writeJson(m_workspace, ws));
        // the last half hour: 50 ok calls with first tokens in 200 ms, 10 that failed
        QVERIFY(QDir().mkpath(dataDir()));
        {
            auto db = sb::Database::open(dataDir() + QStringLiteral("/switchboard.sqlite"));
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            sb::usage::Ledger ledger(*db);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int i = 0; i < 60; ++i) {
                sb::usage::CallRecord c;
                c.requestId = QStringLiteral("r%1").arg(i);
                c.startedAtMs = now - 30 * 60'000 + i * 30'000;
                c.source = sb::usage::Source::Proxy;
                c.provider = QStringLiteral("fake");
                c.model = QStringLiteral("gpt-4o-mini");
                c.latencyMs = 1000;
                c.ttftMs = 200;
                c.costUsd = 0.01;
                if (i % 6 == 5) {
                    c.setError(sb::protocol::ApiError::make(sb::protocol::ApiError::Kind::Server, QStringLiteral("boom"), 500));
                    c.ttftMs.reset();
                    c.costUsd = 0;
                }
                ledger.record(c);
            }
            QVERIFY(ledger.flush());
        }
    }

    void statusShowsEveryModel()
    {
        const auto r = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray models = json(r.out).value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 1);
        const QJsonObject m = models.first().toObject();
        QCOMPARE(m.value(QLatin1String("provider")).toString(), QStringLiteral("fake"));
        QCOMPARE(m.value(QLatin1String("attempts")).toInt(), 60);
        QCOMPARE(m.value(QLatin1String("errors")).toInt(), 10);
        QVERIFY(qAbs(m.value(QLatin1String("ttftMs")).toObject().value(QLatin1String("p50")).toDouble() - 200) <= 200 * 0.045);
        QVERIFY(qAbs(m.value(QLatin1String("costUsd")).toDouble() - 0.5) < 1e-9);
        const auto text = cli({QStringLiteral("status"), QStringLiteral("--since"), QStringLiteral("2h")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QLatin1String("fake/gpt-4o-mini")) && text.out.contains(QLatin1String("10 (16.7 %)")), qPrintable(text.out));
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--since"), QStringLiteral("forever")}).exitCode, 2);
    }

    void sloShowsTheBudgetAndBurnRates()
    {
        const auto r = cli({QStringLiteral("slo"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = json(r.out).value(QLatin1String("slos")).toArray().first().toObject();
        QCOMPARE(s.value(QLatin1String("name")).toString(), QStringLiteral("mini-up"));
        QCOMPARE(s.value(QLatin1String("valid")).toDouble(), 60.0);
        // 10 of 60 failed within the hour: (1/6) / 0.01
        QVERIFY(qAbs(s.value(QLatin1String("burnRates")).toObject().value(QLatin1String("1h")).toDouble() - 100.0 / 6.0) < 1e-6);
        QVERIFY(s.value(QLatin1String("fastBurning")).toBool());
        QVERIFY(qAbs(s.value(QLatin1String("budgetRemaining")).toDouble() - (1.0 - 100.0 / 6.0)) < 1e-6);
        const auto text = cli({QStringLiteral("slo")});
        QVERIFY2(text.out.contains(QLatin1String("mini-up: 99 % of fake/gpt-4o-mini calls succeed over 28 days")), qPrintable(text.out));
    }

    void aTestAlertReachesTheWebhook()
    {
        sb::testing::CliOptions o;
        // the webhook is this process's server: spin the event loop while the CLI waits for it
        const auto r = sb::testing::runCli({QStringLiteral("monitor"), QStringLiteral("test-alert"), QStringLiteral("--workspace"), m_workspace,
                                            QStringLiteral("--data-dir"), dataDir()},
                                           o);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("the webhook at 127.0.0.1 answered HTTP 200"));
        QCOMPARE(hookBodies(QStringLiteral("alert.test")).size(), 1);
    }

    // serve evaluates at start: the SLO burns and the error rate is over 5 %; the alerts go to the
    // webhook and the log, /metrics answers, and `monitor alerts` lists them after serve stopped.
    void serveAlertsAndExposesMetrics()
    {
        sb::testing::Child serve;
        const QString url = serve.start(sb::testing::binPath(QStringLiteral("switchboard-cli")),
                                        {QStringLiteral("serve"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--data-dir"), dataDir(),
                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY2(!url.isEmpty(), serve.output.constData());
        QVERIFY2(serve.output.contains("monitoring 1 SLO(s) and 1 monitor(s); alerts go to the webhook at 127.0.0.1"), serve.output.constData());
        QTRY_COMPARE_WITH_TIMEOUT(hookBodies(QStringLiteral("alert.firing")).size(), 3, 20000); // fast and slow burn, error rate
        QStringList rules;
        for (const QJsonObject &b : hookBodies(QStringLiteral("alert.firing")))
            rules << b.value(QLatin1String("alert")).toObject().value(QLatin1String("rule")).toString();
        rules.sort();
        QCOMPARE(rules, QStringList({QStringLiteral("errors"), QStringLiteral("mini-up:fast"), QStringLiteral("mini-up:slow")}));

        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url + QStringLiteral("/metrics"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const sb::testing::PromParse metrics = sb::testing::parsePrometheusText(reply->readAll());
        delete reply;
        QVERIFY2(metrics.error.isEmpty(), qPrintable(metrics.error));
        QCOMPARE(*metrics.value(QStringLiteral("switchboard_slo_objective"), {{QStringLiteral("slo"), QStringLiteral("mini-up")}}), 0.99);

        ::kill(pid_t(serve.process->processId()), SIGTERM);
        QVERIFY(serve.process->waitForFinished(15000));
        serve.output += serve.process->readAllStandardOutput() + serve.process->readAllStandardError();
        QVERIFY2(serve.output.contains("alert firing: errors: 16.7 %"), serve.output.constData());

        const auto r = cli({QStringLiteral("alerts"), QStringLiteral("--firing"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray alerts = json(r.out).value(QLatin1String("alerts")).toArray();
        QCOMPARE(alerts.size(), 3);
        QCOMPARE(alerts.first().toObject().value(QLatin1String("origin")).toString(), QStringLiteral("serve"));
        const auto text = cli({QStringLiteral("alerts")});
        QVERIFY2(text.out.contains(QLatin1String("mini-up:fast")), qPrintable(text.out));
    }

    // serve runs the workspace's canaries on their schedule: 5 passing runs are stored, the last two
    // hours ago, so the hourly canary is due at start; the fake answers every prompt wrong, the drop
    // test fires, and the alert goes to the log and the webhook like the monitors' alerts.
    void serveRunsTheCanaries()
    {
        fk::FakeUpstream up{fk::Dialects(fk::Dialect::OpenAiChat)};
        QVERIFY(up.listen());
        up.setHandler([](const fk::RecordedRequest &) -> std::optional<fk::Script> {
            fk::ReplyScript reply;
            reply.text = QStringLiteral("nope");
            fk::Script s;
            s.reply = reply;
            return s;
        });
        QTemporaryDir dir;
        QJsonArray prompts;
        for (int i = 1; i <= 10; ++i)
            prompts.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("q%1").arg(i)},
                                       {QStringLiteral("prompt"), QStringLiteral("Q%1").arg(i)},
                                       {QStringLiteral("contains"), QStringLiteral("ok")}});
        const QJsonObject monitoring{
            {QStringLiteral("canaries"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("smoke")},
                                    {QStringLiteral("models"), QJsonArray{QStringLiteral("fake/gpt-4o-mini")}},
                                    {QStringLiteral("schedule"), QStringLiteral("hourly")},
                                    {QStringLiteral("maxCostUsd"), 1.0},
                                    {QStringLiteral("prompts"), prompts}}}},
            {QStringLiteral("webhook"), QJsonObject{{QStringLiteral("url"), m_hook.url(QStringLiteral("/hook")).toString()}}}};
        const QJsonObject ws{{QStringLiteral("version"), 1},
                             {QStringLiteral("name"), QStringLiteral("canaries")},
                             {QStringLiteral("providers"),
                              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fake")},
                                                     {QStringLiteral("kind"), QStringLiteral("openai")},
                                                     {QStringLiteral("baseUrl"), up.baseUrl().toString()},
                                                     {QStringLiteral("apiKey"), QStringLiteral("env:SB_FAKE_KEY")}}}},
                             {QStringLiteral("monitoring"), monitoring}};
        const QString workspace = dir.filePath(QStringLiteral("workspace.json"));
        QVERIFY(sb::testing::writeJson(workspace, ws));
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        {
            auto db = sb::Database::open(data + QStringLiteral("/switchboard.sqlite"));
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            auto config = sb::monitor::MonitoringConfig::fromJson(monitoring, {QStringLiteral("fake")}, {});
            QVERIFY2(config, config ? "" : qPrintable(config.error().message));
            const sb::monitor::Canary canary = config->canaries.first();
            sb::monitor::CanaryStore store(*db);
            sb::monitor::AlertStore alerts(*db, QStringLiteral("serve"));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int i = 6; i >= 2; --i) {
                sb::monitor::CanaryRun run;
                run.canary = canary.name;
                run.model = canary.models.first();
                run.startedAt = now - i * 3'600'000;
                for (int q = 1; q <= 10; ++q) {
                    sb::monitor::CanaryResult r;
                    r.rowId = QStringLiteral("q%1").arg(q);
                    r.prompt = QStringLiteral("Q%1").arg(q);
                    r.answer = QStringLiteral("ok");
                    r.status = sb::monitor::CanaryResult::Status::Passed;
                    r.latencyMs = 100;
                    run.results << r;
                }
                run.tally();
                auto recorded = store.record(canary, run, alerts, run.startedAt + 60'000);
                QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
                QVERIFY(!recorded->raised);
            }
        }
        const auto canaryAlerts = [this] {
            QList<QJsonObject> out;
            for (const QJsonObject &b : hookBodies(QStringLiteral("alert.firing"))) {
                if (b.value(QLatin1String("alert")).toObject().value(QLatin1String("rule")).toString()
                    == QLatin1String("canary:smoke:fake/gpt-4o-mini"))
                    out << b;
            }
            return out;
        };
        QCOMPARE(canaryAlerts().size(), 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_FAKE_KEY"), QStringLiteral("sk-fake"));
        sb::testing::Child serve;
        const QString url = serve.start(sb::testing::binPath(QStringLiteral("switchboard-cli")),
                                        {QStringLiteral("serve"), QStringLiteral("--workspace"), workspace, QStringLiteral("--data-dir"), data,
                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                                        env);
        QVERIFY2(!url.isEmpty(), serve.output.constData());
        QVERIFY2(serve.output.contains("monitoring 0 SLO(s) and 0 monitor(s), running 1 canary(ies); alerts go to the webhook at 127.0.0.1"),
                 serve.output.constData());
        QTRY_COMPARE_WITH_TIMEOUT(canaryAlerts().size(), 1, 30000);
        const QJsonObject alert = canaryAlerts().first().value(QLatin1String("alert")).toObject();
        QCOMPARE(alert.value(QLatin1String("kind")).toString(), QStringLiteral("canary_drop"));
        QVERIFY2(alert.value(QLatin1String("message")).toString().contains(QLatin1String("q1")),
                 qPrintable(alert.value(QLatin1String("message")).toString()));
        QCOMPARE(up.requests().size(), 10);
        ::kill(pid_t(serve.process->processId()), SIGTERM);
        QVERIFY(serve.process->waitForFinished(15000));
        serve.output += serve.process->readAllStandardOutput() + serve.process->readAllStandardError();
        QVERIFY2(serve.output.contains("canary smoke on fake/gpt-4o-mini: 0 of 10 passed"), serve.output.constData());
        QVERIFY2(serve.output.contains("alert firing: canary"), serve.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMonitor)
#include "tst_cli_monitor.moc"
