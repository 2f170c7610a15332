#include "engine/engine.h"
#include "enginefixture.h"
#include "fakeupstream.h"
#include "monitor/canaryservice.h"
#include "monitor/evaluator.h"
#include "monitorfixture.h"
#include "postgresfixture.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace sb;
using namespace sb::monitor;
namespace fk = sb::fakes;

// Quality canaries: the drop test's statistics, the workspace section, and runs on a schedule through
// the router against a fake upstream whose answers the test sets run by run (a pass-rate drop injected
// at a known run fires the alert; one failure in noise does not), with a cost cap.
class TestMonitorCanary : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kHour = 3'600'000;

    // 20 prompts "Q1".."Q20", each checked for "ok"; the fake answers "ok" except to the prompts in `wrong`.
    struct Fixture {
        QTemporaryDir dir;
        fk::FakeUpstream up{fk::Dialects(fk::Dialect::OpenAiChat)};
        std::shared_ptr<engine::Engine> engine;
        std::unique_ptr<engine::RouterHost> host;
        std::set<int> wrong;
        qint64 now = 1'800'000'000'000;
        std::vector<std::pair<int, std::function<void()>>> scheduled;
        std::unique_ptr<CanaryService> service;

        bool start()
        {
            if (!up.listen())
                return false;
            up.setHandler([this](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
                const QString prompt
                    = r.json().value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")).toString();
                fk::ReplyScript reply;
                reply.text = wrong.count(prompt.mid(1).toInt()) ? QStringLiteral("nope, %1").arg(prompt) : QStringLiteral("ok, %1").arg(prompt);
                fk::Script s;
                s.reply = reply;
                return s;
            });
            auto opened = testing::openEngineWithFake(dir.path(), up.baseUrl());
            if (!opened)
                return false;
            engine = *opened;
            host = std::make_unique<engine::RouterHost>(engine);
            return true;
        }

        static Canary canary(double maxCostUsd = 1.0)
        {
            QJsonArray prompts;
            for (int i = 1; i <= 20; ++i)
                prompts.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("q%1").arg(i)},
                                           {QStringLiteral("prompt"), QStringLiteral("Q%1").arg(i)},
                                           {QStringLiteral("contains"), QStringLiteral("ok")}});
            QJsonObject c{{QStringLiteral("name"), QStringLiteral("smoke")},
                          {QStringLiteral("models"), QJsonArray{QStringLiteral("fake/gpt-4o-mini")}},
                          {QStringLiteral("schedule"), QStringLiteral("hourly")},
                          {QStringLiteral("maxCostUsd"), maxCostUsd},
                          {QStringLiteral("prompts"), prompts}};
            auto config = MonitoringConfig::fromJson(QJsonObject{{QStringLiteral("canaries"), QJsonArray{c}}}, {QStringLiteral("fake")}, {});
            if (!config)
                qFatal("%s", qPrintable(config.error().message));
            return config->canaries.first();
        }

        void startService()
        {
            CanaryService::Options o;
            o.clock = [this] { return now; };
            o.schedule = [this](int delayMs, QObject *, std::function<void()> then) { scheduled.emplace_back(delayMs, std::move(then)); };
            service = std::make_unique<CanaryService>(engine->database(), host->router(), QList<Canary>{canary()}, o);
            service->start();
        }

        // Moves the clock and fires the ticks that were scheduled.
        void advance(qint64 ms)
        {
            now += ms;
            auto due = std::move(scheduled);
            scheduled.clear();
            for (auto &[delay, then] : due)
                then();
        }

        // The next run, `wrong` answered wrong: its stored run, and the alerts it raised and resolved.
        struct Outcome {
            CanaryRun run;
            QList<Alert> raised, resolved;
        };
        Outcome runWith(std::set<int> wrongNow)
        {
            wrong = std::move(wrongNow);
            QSignalSpy finished(service.get(), &CanaryService::runFinished);
            QSignalSpy raised(service.get(), &CanaryService::alertRaised);
            QSignalSpy resolved(service.get(), &CanaryService::alertResolved);
            advance(kHour);
            Outcome o;
            if (!finished.wait(20'000))
                return o;
            o.run = finished.at(0).at(1).value<QList<CanaryRun>>().value(0);
            for (const auto &args : raised)
                o.raised << args.at(0).value<Alert>();
            for (const auto &args : resolved)
                o.resolved << args.at(0).value<Alert>();
            return o;
        }
    };

    // Ten runs of 20 prompts on a store: one failure in run 3 (noise), 11 failures from run 7 on; the
    // p-value of each run and the alerts raised and resolved.
    struct Recorded {
        QList<double> pValues;
        int raised = 0, resolved = 0;
        int runs = 0, results = 0;
        QStringList failing;
    };
    static Expected<Recorded> recordGenerated(const std::shared_ptr<Database> &db)
    {
        const Canary c = Fixture::canary();
        CanaryStore store(db);
        AlertStore alerts(db, QStringLiteral("app"));
        Recorded out;
        for (int i = 0; i < 10; ++i) {
            CanaryRun run;
            run.canary = c.name;
            run.model = c.models.first();
            run.startedAt = 1'800'000'000'000 + i * kHour;
            for (int p = 1; p <= 20; ++p) {
                CanaryResult r;
                r.rowId = QStringLiteral("q%1").arg(p);
                r.prompt = QStringLiteral("Q%1").arg(p);
                const bool fails = (i == 3 && p == 5) || (i >= 7 && p <= 11);
                r.answer = fails ? QStringLiteral("nope") : QStringLiteral("ok");
                r.status = fails ? CanaryResult::Status::Failed : CanaryResult::Status::Passed;
                r.latencyMs = 100;
                r.costUsd = 0.0001;
                run.results << r;
            }
            run.tally();
            auto v = store.record(c, run, alerts, run.startedAt + 60'000);
            if (!v)
                return v.error();
            out.pValues << v->run.pValue.value_or(-1);
            out.raised += v->raised ? 1 : 0;
            out.resolved += v->resolved ? 1 : 0;
            if (v->raised) {
                for (const QJsonValue &f : v->raised->details.value(QLatin1String("failing")).toArray())
                    out.failing << f.toObject().value(QLatin1String("id")).toString() + QLatin1Char('=')
                            + f.toObject().value(QLatin1String("before")).toString();
            }
        }
        auto runs = store.runs(c.name, QString(), 0, std::numeric_limits<qint64>::max());
        if (!runs)
            return runs.error();
        out.runs = int(runs->size());
        auto results = store.results(runs->last().id);
        if (!results)
            return results.error();
        out.results = int(results->size());
        return out;
    }

private Q_SLOTS:
    // The same SQL on PostgreSQL (a team's shared database) as on SQLite: the same runs, p-values and alert.
    void sameOnPostgres()
    {
        QTemporaryDir dir;
        auto lite = Database::open(dir.filePath(QStringLiteral("lite.db")));
        QVERIFY2(lite, lite ? "" : qPrintable(lite.error().message));
        auto onLite = recordGenerated(*lite);
        QVERIFY2(onLite, onLite ? "" : qPrintable(onLite.error().message));
        QCOMPARE(onLite->raised, 1);
        QCOMPARE(onLite->runs, 10);
        QCOMPARE(onLite->results, 20);
        QCOMPARE(onLite->failing.first(), QStringLiteral("q1=ok"));
        testing::PostgresServer server;
        SB_REQUIRE_OR_SKIP_POSTGRES(server);
        auto pg = Database::open(server.createDatabase(QStringLiteral("canaries")));
        QVERIFY2(pg, pg ? "" : qPrintable(pg.error().message));
        auto onPg = recordGenerated(*pg);
        QVERIFY2(onPg, onPg ? "" : qPrintable(onPg.error().message));
        QCOMPARE(onPg->pValues, onLite->pValues);
        QCOMPARE(onPg->raised, onLite->raised);
        QCOMPARE(onPg->resolved, onLite->resolved);
        QCOMPARE(onPg->failing, onLite->failing);
        QCOMPARE(onPg->runs, 10);
        QCOMPARE(onPg->results, 20);
    }

    void initTestCase()
    {
        qRegisterMetaType<QList<CanaryRun>>();
        qRegisterMetaType<Alert>();
    }

    void fisherExact()
    {
        // the lady tasting tea: 1 of 4 against 3 of 4, (1 + 16) / 70
        QCOMPARE(qRound(fisherLowerTail(1, 4, 3, 4) * 1e6), qRound(17.0 / 70 * 1e6));
        // one failure among 20 after 40 of 40: 1 - C(59, 20) / C(60, 20) = 1 - 40/60
        QCOMPARE(qRound(fisherLowerTail(19, 20, 40, 40) * 1e6), qRound(1e6 / 3));
        // as good as before, or better: nothing to see
        QCOMPARE(fisherLowerTail(20, 20, 95, 100), 1.0);
        // 10 of 20 after 99 of 100: far beyond noise (exact: 1.0e-7 from the hypergeometric sum)
        QVERIFY(fisherLowerTail(10, 20, 99, 100) < 1e-6);
    }

    void dropTest_data()
    {
        QTest::addColumn<int>("passed");
        QTest::addColumn<int>("graded");
        QTest::addColumn<int>("basePassed");
        QTest::addColumn<int>("baseGraded");
        QTest::addColumn<bool>("enough");
        QTest::addColumn<bool>("drop");
        QTest::newRow("one failure in noise") << 19 << 20 << 98 << 100 << true << false;
        QTest::newRow("two failures in noise") << 18 << 20 << 96 << 100 << true << false;
        QTest::newRow("half fail") << 10 << 20 << 98 << 100 << true << true;
        QTest::newRow("better") << 20 << 20 << 80 << 100 << true << false;
        QTest::newRow("too few in the run") << 0 << 5 << 100 << 100 << false << false;
        QTest::newRow("no history") << 0 << 20 << 0 << 0 << false << false;
    }
    void dropTest()
    {
        QFETCH(int, passed);
        QFETCH(int, graded);
        QFETCH(int, basePassed);
        QFETCH(int, baseGraded);
        QFETCH(bool, enough);
        QFETCH(bool, drop);
        const DropTest t = testDrop(passed, graded, basePassed, baseGraded, 10, 0.01);
        QCOMPARE(t.enough, enough);
        QCOMPARE(t.drop, drop);
        QCOMPARE(t.pValue.has_value(), enough);
    }

    void configuration_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("valid") << "{'name': 'c', 'models': ['openai/gpt-4o-mini', 'smart'], 'schedule': 'hourly', "
                                  "'prompts': [{'prompt': 'Capital of France?', 'contains': 'Paris'}]}"
                               << QString();
        QTest::newRow("text prompts") << "{'name': 'c', 'models': ['openai/x'], 'prompts': 'prompt,contains\\nHi,Hello\\n'}" << QString();
        QTest::newRow("no models") << "{'name': 'c', 'prompts': [{'prompt': 'p', 'contains': 'x'}]}"
                                   << "monitoring.canaries[0].models: required, a list of PROVIDER/MODEL, route or virtual model names";
        QTest::newRow("unknown provider")
            << "{'name': 'c', 'models': ['mistral/large'], 'prompts': [{'prompt': 'p', 'contains': 'x'}]}"
            << "monitoring.canaries[0].models[0]: no provider \"mistral\" in the workspace (there are: anthropic, openai)";
        QTest::newRow("schedule") << "{'name': 'c', 'models': ['openai/x'], 'schedule': 'weekly', 'prompts': [{'prompt': 'p', 'contains': 'x'}]}"
                                  << "monitoring.canaries[0].schedule: must be hourly or daily";
        QTest::newRow("cost cap") << "{'name': 'c', 'models': ['openai/x'], 'maxCostUsd': 0, 'prompts': [{'prompt': 'p', 'contains': 'x'}]}"
                                  << "monitoring.canaries[0].maxCostUsd: must be a number of dollars above 0 (e.g. 0.05)";
        QTest::newRow("bad row")
            << "{'name': 'c', 'models': ['openai/x'], 'prompts': [{'prompt': 'p', 'contains': 'x'}, {'prompt': 'q', 'regex': '('}]}"
            << "monitoring.canaries[0].prompts[1]: regex /(/";
        QTest::newRow("no check") << "{'name': 'c', 'models': ['openai/x'], 'prompts': [{'prompt': 'p'}]}"
                                  << "monitoring.canaries[0].prompts[0]: a canary's prompt needs a check";
        QTest::newRow("judge without model") << "{'name': 'c', 'models': ['openai/x'], 'prompts': [{'prompt': 'p', 'judge': 'is right'}]}"
                                             << "monitoring.canaries[0].prompts[0].judge: no model";
        QTest::newRow("no prompts") << "{'name': 'c', 'models': ['openai/x']}"
                                    << "monitoring.canaries[0].prompts: required";
        QTest::newRow("unknown key") << "{'name': 'c', 'models': ['openai/x'], 'every': 5, 'prompts': [{'prompt': 'p', 'contains': 'x'}]}"
                                     << "monitoring.canaries[0].every: unknown key";
        QTest::newRow("alpha") << "{'name': 'c', 'models': ['openai/x'], 'alpha': 0.9, 'prompts': [{'prompt': 'p', 'contains': 'x'}]}"
                               << "monitoring.canaries[0].alpha: must be a significance level";
    }
    void configuration()
    {
        QFETCH(QString, json);
        QFETCH(QString, problem);
        const QString root = QStringLiteral("{'canaries': [%1]}").arg(json);
        const QStringList problems = MonitoringConfig::validate(testing::singleQuotedJson(root.toUtf8().constData()),
                                                                {QStringLiteral("anthropic"), QStringLiteral("openai")}, {QStringLiteral("smart")});
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY2(problems.size() == 1 && problems.first().startsWith(problem), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void runsOnItsSchedule()
    {
        Fixture f;
        QVERIFY(f.start());
        f.startService();
        QSignalSpy starts(f.service.get(), &CanaryService::runStarted);
        QSignalSpy finished(f.service.get(), &CanaryService::runFinished);
        // never ran: due at the first tick
        QVERIFY(finished.wait(20'000));
        QCOMPARE(starts.size(), 1);
        const auto runs = finished.at(0).at(1).value<QList<CanaryRun>>();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).passed, 20);
        QCOMPARE(runs.at(0).graded, 20);
        QCOMPARE(runs.at(0).startedAt, f.now);
        QVERIFY(runs.at(0).latencyMsMean.has_value());
        // through the router, into the ledger as eval calls of the canary
        const auto ledger = testing::ledgerSources(*f.engine);
        QCOMPARE(ledger.size(), 20);
        QCOMPARE(ledger.first(), std::pair(QStringLiteral("eval"), QStringLiteral("canary:smoke")));
        // half an hour on: not due; a tick every minute
        QCOMPARE(f.scheduled.size(), size_t(1));
        QCOMPARE(f.scheduled.front().first, 60'000);
        f.advance(30 * 60'000);
        QCOMPARE(starts.size(), 1);
        // an hour after the last start: due
        f.advance(31 * 60'000);
        QCOMPARE(starts.size(), 2);
        QVERIFY(finished.wait(20'000));
        // a new service (a restart) reads the last start: not due again yet
        f.service.reset();
        f.scheduled.clear();
        f.startService();
        QSignalSpy again(f.service.get(), &CanaryService::runStarted);
        QTRY_VERIFY(!f.service->lastRuns().isEmpty());
        QCOMPARE(again.size(), 0);
        // and runNow() runs it whatever the schedule
        QVERIFY(f.service->runNow(QStringLiteral("smoke")));
        QCOMPARE(again.size(), 1);
        QVERIFY(!f.service->runNow(QStringLiteral("smoke")));
        QVERIFY(!f.service->runNow(QStringLiteral("nothing")));
    }

    void dropFiresAndNoiseDoesNot()
    {
        Fixture f;
        QVERIFY(f.start());
        f.startService();
        QSignalSpy first(f.service.get(), &CanaryService::runFinished);
        QVERIFY(first.wait(20'000));
        // four more runs with the odd failure (noise): no alert
        for (const std::set<int> &noise : {std::set<int>{}, std::set<int>{7}, std::set<int>{12}, std::set<int>{}}) {
            const auto o = f.runWith(noise);
            QCOMPARE(o.run.graded, 20);
            QCOMPARE(o.run.passed, 20 - int(noise.size()));
            QVERIFY(o.run.pValue.has_value());
            QVERIFY2(o.raised.isEmpty(), qPrintable(o.raised.value(0).message));
        }
        // run 6: half the prompts fail
        const std::set<int> broken{1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
        const auto drop = f.runWith(broken);
        QCOMPARE(drop.run.passed, 10);
        QVERIFY(*drop.run.pValue < 0.01);
        QCOMPARE(drop.raised.size(), 1);
        const Alert &a = drop.raised.first();
        QCOMPARE(a.kind, QStringLiteral("canary_drop"));
        QCOMPARE(a.rule, QStringLiteral("canary:smoke:fake/gpt-4o-mini"));
        QCOMPARE(drop.run.alertId, std::optional<qint64>(a.id));
        QVERIFY2(a.message.contains(QLatin1String("failing: q1, q3, q5")), qPrintable(a.message));
        QVERIFY2(a.message.contains(QLatin1String("50 % (10/20)")), qPrintable(a.message));
        const QJsonArray failing = a.details.value(QLatin1String("failing")).toArray();
        QCOMPARE(failing.size(), 10);
        const QJsonObject q1 = failing.at(0).toObject();
        QCOMPARE(q1.value(QLatin1String("id")).toString(), QStringLiteral("q1"));
        QCOMPARE(q1.value(QLatin1String("before")).toString(), QStringLiteral("ok, Q1"));
        QCOMPARE(q1.value(QLatin1String("after")).toString(), QStringLiteral("nope, Q1"));
        QVERIFY(q1.value(QLatin1String("passedBefore")).toBool());
        // q7 failed once before (noise): its answer before is the last one that passed
        const QJsonObject q7 = failing.at(3).toObject();
        QCOMPARE(q7.value(QLatin1String("id")).toString(), QStringLiteral("q7"));
        QCOMPARE(q7.value(QLatin1String("before")).toString(), QStringLiteral("ok, Q7"));
        // the evaluator of SLOs and monitors leaves the canary's rule alone, and counts it for the badge
        MonitoringConfig config;
        config.canaries = f.service->canaries();
        Evaluator evaluator(f.engine->database(), QStringLiteral("app"));
        auto e = evaluator.evaluate(config, f.now);
        QVERIFY(e);
        QCOMPARE(e->firing.size(), 1);
        QCOMPARE(e->canariesFiring, 1);
        QVERIFY(e->resolved.isEmpty());
        // still broken, for more runs than the trailing window: one alert, not a second, and not
        // resolved by a baseline that filled with the broken runs
        for (int i = 0; i < 6; ++i) {
            const auto still = f.runWith(broken);
            QVERIFY(still.raised.isEmpty());
            QVERIFY2(still.resolved.isEmpty(), qPrintable(still.resolved.value(0).message));
            QVERIFY(*still.run.pValue < 0.01);
        }
        // fixed: resolved
        const auto fixed = f.runWith({});
        QCOMPARE(fixed.resolved.size(), 1);
        QCOMPARE(fixed.resolved.first().id, a.id);
        QVERIFY2(fixed.resolved.first().message.contains(QLatin1String("recovered: pass rate 100 % (20/20)")),
                 qPrintable(fixed.resolved.first().message));
        // the series: every run, oldest first
        QList<CanaryRun> series;
        f.service->runs(QStringLiteral("smoke"), QString(), 0, f.now + 1, f.service.get(), [&](Expected<QList<CanaryRun>> r) { series = *r; });
        QTRY_COMPARE(series.size(), 13);
        QCOMPARE(series.at(5).passed, 10);
        // and the answers of a run
        QList<CanaryResult> results;
        f.service->results(series.at(5).id, f.service.get(), [&](Expected<QList<CanaryResult>> r) { results = *r; });
        QTRY_COMPARE(results.size(), 20);
        QCOMPARE(results.at(0).status, CanaryResult::Status::Failed);
        QCOMPARE(results.at(1).status, CanaryResult::Status::Passed);
    }

    void stopsBeforeTheCostCap()
    {
        Fixture f;
        QVERIFY(f.start());
        // about 7 calls fit: each may cost up to ~$0.000154 (256 output tokens of gpt-4o-mini) and costs $0.0000072
        const Canary c = Fixture::canary(0.0002);
        CanaryRunner runner(f.host->router(), c, [&f] { return f.now; });
        QSignalSpy finished(&runner, &CanaryRunner::finished);
        runner.start();
        QVERIFY(finished.wait(20'000));
        const CanaryRun &run = runner.runs().first();
        QVERIFY(run.capped);
        QVERIFY2(run.graded > 0 && run.graded < 20, qPrintable(QString::number(run.graded)));
        QCOMPARE(run.graded + run.skipped, 20);
        QVERIFY(run.costUsd > 0);
        QVERIFY(run.costUsd <= c.maxCostUsd);
        QCOMPARE(f.up.requestCount(), run.graded);
        QVERIFY(run.results.last().detail.contains(QLatin1String("cost cap")));
        qInfo("the cost cap of $%g stopped the run after %d of 20 prompts, at $%.7f", c.maxCostUsd, run.graded, run.costUsd);
    }
};

QTEST_GUILESS_MAIN(TestMonitorCanary)
#include "tst_monitorcanary.moc"
