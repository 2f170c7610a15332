#include "common/async.h"
#include "knowledge/documents.h"
#include "knowledge/store.h"
#include "pdfpart.h"
#include "storage/database.h"
#include "testpaths.h"
#include "workflowfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace sb;
using namespace sb::workflow;
using namespace sb::testing::workflow;

namespace {

// A collection named handbook in the fixture's knowledge base, with these passages.
bool addHandbook(Fixture &f, const QStringList &texts, const QString &embedModel = QString())
{
    knowledge::KnowledgeStore kb(f.engine->database());
    knowledge::Collection c;
    c.name = QStringLiteral("handbook");
    c.embedModel = embedModel;
    auto id = kb.createCollection(c);
    return id && testing::addPassages(kb, *id, texts);
}

} // namespace

// The workflow runner against fake upstreams through the real router and ledger: every step kind,
// branches, parallel branches that really overlap, maps with bounded concurrency, retries, timeouts,
// the cost ceiling, human review and cancel.
class TestWorkflowRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ledgerOfAnOlderDatabaseTakesWorkflowCalls()
    {
        // a database made before workflows, with calls in its ledger
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("old-migrations"));
        QVERIFY(QDir().mkpath(old));
        const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
        for (const QString &name : files) {
            if (name < QLatin1String("0011"))
                QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + name, old + QLatin1Char('/') + name));
        }
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        auto insert = [](const std::shared_ptr<Database> &db, const QString &source) {
            QSqlQuery q(*db->connection());
            return q.exec(QStringLiteral("INSERT INTO calls(request_id, started_at, day, source, provider, model, status) "
                                         "VALUES ('r-%1', 1, 0, '%1', 'p', 'm', 'ok')")
                              .arg(source));
        };
        {
            auto db = Database::open(path, old);
            QVERIFY(db);
            QCOMPARE(*(*db)->schemaVersion(), 10);
            QVERIFY(insert(*db, QStringLiteral("proxy")));
            QVERIFY(!insert(*db, QStringLiteral("workflow")));
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY(*(*db)->schemaVersion() >= 11);
        QVERIFY(insert(*db, QStringLiteral("workflow")));
        QVERIFY(!insert(*db, QStringLiteral("nonsense"))); // the check still holds for the rest
        QSqlQuery q(*(*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM calls")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void chainRendersTemplatesAndRecordsCosts()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            return lastUser(r).startsWith(QLatin1String("Draft")) ? reply(QStringLiteral("Dear ACME, thanks.")) : reply(QStringLiteral("Polished."));
        });
        const QJsonObject wf = json(
            "{'version':1,'name':'chain','steps':["
            "{'id':'greet','kind':'transform','op':'template','template':'Hello {{input.name}}'},"
            "{'id':'draft','kind':'llm','model':'fake/gpt-4o-mini','system':'You write letters.',"
            " 'user':'Draft a reply to {{input.name}} after: {{steps.greet.output}}','parameters':{'temperature':0.2,'maxTokens':200}},"
            "{'id':'polish','kind':'llm','model':'fake/gpt-4o-mini','user':'Polish ({{steps.draft.outputTokens}} tokens, "
            "cost {{steps.draft.cost}}, run {{run.cost}}): {{steps.draft.output}}'},"
            "{'id':'out','kind':'output','value':'{{steps.polish.output}}'}],"
            "'edges':[{'from':'greet','to':'draft'},{'from':'draft','to':'polish'},{'from':'polish','to':'out'}]}");
        QSignalSpy changes(f.runner.get(), &Runner::stepChanged);
        QSignalSpy text(f.runner.get(), &Runner::stepText);
        const QString id = f.run(wf, QJsonObject{{QStringLiteral("name"), QStringLiteral("ACME")}}, RunOptions{std::nullopt, QStringLiteral("test")});
        QVERIFY(!id.isEmpty());
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        const RunRecord run = *f.runner->run(id);
        QCOMPARE(run.output.toString(), QStringLiteral("Polished."));
        QCOMPARE(run.startedBy, QStringLiteral("test"));
        QCOMPARE(run.workflow, QStringLiteral("chain"));

        QCOMPARE(f.up.requestCount(), 2);
        const fk::RecordedRequest first = f.up.requests().at(0);
        QCOMPARE(lastUser(first), QStringLiteral("Draft a reply to ACME after: Hello ACME"));
        QCOMPARE(systemOf(first), QStringLiteral("You write letters."));
        QCOMPARE(first.json().value(QLatin1String("temperature")).toDouble(), 0.2);
        QCOMPARE(first.json().value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));

        // what the draft step recorded, and what the next step read of it
        const StepResult draft = f.step(id, QStringLiteral("draft"));
        QCOMPARE(draft.status, StepStatus::Done);
        QCOMPARE(draft.output.toString(), QStringLiteral("Dear ACME, thanks."));
        QCOMPARE(draft.model, QStringLiteral("fake/gpt-4o-mini"));
        QCOMPARE(draft.inputTokens, 12);
        QCOMPARE(draft.outputTokens, 9);
        QVERIFY(draft.costUsd > 0);
        QCOMPARE(draft.attempts, 1);
        QVERIFY(!draft.requestId.isEmpty());
        QCOMPARE(draft.inputs.toObject().value(QLatin1String("user")).toString(), QStringLiteral("Draft a reply to ACME after: Hello ACME"));
        const QString second = lastUser(f.up.requests().at(1));
        QVERIFY2(second.startsWith(QStringLiteral("Polish (9 tokens, cost %1, run %1): Dear ACME").arg(toText(draft.costUsd))), qPrintable(second));
        QVERIFY(qAbs(run.costUsd - draft.costUsd - f.step(id, QStringLiteral("polish")).costUsd) < 1e-12);

        // live signals: every step's changes, and the streamed text
        QVERIFY(changes.size() >= 8);
        QString streamed;
        for (const QList<QVariant> &args : std::as_const(text)) {
            if (args.at(1).toString() == QLatin1String("draft"))
                streamed += args.at(2).toString();
        }
        QCOMPARE(streamed, QStringLiteral("Dear ACME, thanks."));

        // every model call is in the ledger as the run's
        const auto rows = testing::ledgerSources(*f.engine);
        QCOMPARE(rows.size(), 2);
        for (const auto &[source, key] : rows) {
            QCOMPARE(source, QStringLiteral("workflow"));
            QCOMPARE(key, id);
        }
    }

    void structuredOutputIsValidatedAndRepairedOnce()
    {
        Fixture f;
        QVERIFY(f.start());
        // the first answer is prose, the repair gets JSON
        f.up.enqueue(reply(QStringLiteral("The total is 12 euros.")));
        f.up.enqueue(reply(QStringLiteral("```json\n{\"total\": 12, \"currency\": \"EUR\"}\n```")));
        const QJsonObject wf = json("{'version':1,'name':'x','steps':["
                                    "{'id':'extract','kind':'llm','model':'fake/gpt-4o-mini','user':'Fields of: {{input.text}}',"
                                    " 'schema':{'type':'object','properties':{'total':{'type':'number'},'currency':{'type':'string'}},"
                                    "           'required':['total','currency']}},"
                                    "{'id':'big','kind':'condition','expression':'steps.extract.output.total >= 10'},"
                                    "{'id':'out','kind':'output','value':'{{steps.extract.output}}'}],"
                                    "'edges':[{'from':'extract','to':'big'},{'from':'big','to':'out','when':'true'}]}");
        const QString id = f.run(wf, QJsonObject{{QStringLiteral("text"), QStringLiteral("Invoice: 12 EUR")}});
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 2);
        const QJsonObject format = f.up.requests().at(0).json().value(QLatin1String("response_format")).toObject();
        QCOMPARE(format.value(QLatin1String("type")).toString(), QStringLiteral("json_schema"));
        // the repair shows the model its answer and what is wrong with it
        const QJsonArray repair = f.up.requests().at(1).json().value(QLatin1String("messages")).toArray();
        QCOMPARE(repair.size(), 3);
        QCOMPARE(repair.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("The total is 12 euros."));
        QVERIFY2(lastUser(f.up.requests().at(1)).startsWith(QLatin1String("Your answer does not match the JSON Schema:\n- not JSON")),
                 qPrintable(lastUser(f.up.requests().at(1))));
        const StepResult extract = f.step(id, QStringLiteral("extract"));
        QCOMPARE(extract.output.toObject().value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(extract.outputTokens, 18); // both calls count
        QCOMPARE(f.runner->run(id)->output.toObject().value(QLatin1String("total")).toInt(), 12);
        QCOMPARE(f.step(id, QStringLiteral("big")).branch, QStringLiteral("true"));

        // still wrong after the repair: the step fails and says why
        f.up.clearRequests();
        f.up.enqueue(reply(QStringLiteral("{\"total\": \"twelve\"}")), 2);
        const QString failed = f.run(wf, QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}});
        QVERIFY(f.waitFor(failed, RunStatus::Failed));
        QCOMPARE(f.up.requestCount(), 2);
        const StepResult bad = f.step(failed, QStringLiteral("extract"));
        QCOMPARE(bad.status, StepStatus::Failed);
        QCOMPARE(bad.error,
                 QStringLiteral("the answer does not match the schema after a repair: $: missing required property \"currency\"; "
                                "$.total: expected number, got string"));
        QVERIFY2(f.runner->run(failed)->error.startsWith(QLatin1String("extract: the answer does not match")),
                 qPrintable(f.runner->run(failed)->error));
        QCOMPARE(f.step(failed, QStringLiteral("big")).status, StepStatus::Waiting);
    }

    void classifyAndConditionChooseBranches()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            if (systemOf(r).contains(QLatin1String("Classify")))
                return reply(QStringLiteral(" Invoice."));
            return reply(QStringLiteral("handled: ") + lastUser(r));
        });
        const QJsonObject wf = json(
            "{'version':1,'name':'triage','steps':["
            "{'id':'sort','kind':'classify','model':'fake/gpt-4o-mini','user':'{{input.text}}','labels':['invoice','letter','spam']},"
            "{'id':'invoice','kind':'llm','model':'fake/gpt-4o-mini','user':'invoice {{input.text}}'},"
            "{'id':'letter','kind':'llm','model':'fake/gpt-4o-mini','user':'letter {{input.text}}'},"
            "{'id':'big','kind':'condition','expression':'len(input.text) > 100 or input.text contains \\u0027URGENT\\u0027'},"
            "{'id':'escalate','kind':'transform','op':'template','template':'escalated'},"
            "{'id':'calm','kind':'transform','op':'template','template':'calm'},"
            "{'id':'out','kind':'output','value':'{{steps.invoice.output}}{{steps.letter.output}} / "
            "{{steps.escalate.output}}{{steps.calm.output}} / {{steps.sort.branch}}'}],"
            "'edges':[{'from':'sort','to':'invoice','when':'invoice'},{'from':'sort','to':'letter','when':'letter'},"
            "{'from':'invoice','to':'big'},{'from':'letter','to':'big'},"
            "{'from':'big','to':'escalate','when':'true'},{'from':'big','to':'calm','when':'false'},"
            "{'from':'escalate','to':'out'},{'from':'calm','to':'out'}]}");
        const QString id = f.run(wf, QJsonObject{{QStringLiteral("text"), QStringLiteral("URGENT: pay 12 EUR")}});
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.runner->run(id)->output.toString(), QStringLiteral("handled: invoice URGENT: pay 12 EUR / escalated / invoice"));
        QCOMPARE(f.step(id, QStringLiteral("sort")).output.toString(), QStringLiteral("invoice"));
        QCOMPARE(f.step(id, QStringLiteral("letter")).status, StepStatus::Skipped);
        QCOMPARE(f.step(id, QStringLiteral("calm")).status, StepStatus::Skipped);
        QCOMPARE(f.step(id, QStringLiteral("big")).output.toBool(), true);
        QCOMPARE(f.up.requestCount(), 2); // the classify and the invoice branch
        QVERIFY2(systemOf(f.up.requests().at(0)).contains(QLatin1String("exactly one of these labels and nothing else: invoice, letter, spam")),
                 qPrintable(systemOf(f.up.requests().at(0))));

        // an answer that names no label gets one repair, then the step fails
        f.up.setHandler([](const fk::RecordedRequest &) -> std::optional<fk::Script> { return reply(QStringLiteral("I am not sure.")); });
        f.up.clearRequests();
        const QString unsure = f.run(wf, QJsonObject{{QStringLiteral("text"), QStringLiteral("?")}});
        QVERIFY(f.waitFor(unsure, RunStatus::Failed));
        QCOMPARE(f.up.requestCount(), 2);
        QVERIFY(lastUser(f.up.requests().at(1)).startsWith(QLatin1String("\"I am not sure.\" is not one of the labels.")));
        QCOMPARE(f.step(unsure, QStringLiteral("sort")).error, QStringLiteral("the answer names none of the labels: I am not sure."));
    }

    void parallelBranchesOverlap()
    {
        Fixture f;
        QVERIFY(f.start());
        // every answer is held 300 ms: one after another, the third request would come after two answers
        f.up.setFault(fk::Fault::make(fk::FaultKind::SlowFirstByte, 300));
        int open = 0;
        int peak = 0;
        int receivedBeforeFirstAnswer = -1;
        connect(&f.up, &fk::FakeUpstream::requestReceived, this, [&] { peak = std::max(peak, ++open); });
        connect(&f.up, &fk::FakeUpstream::responseFinished, this, [&] {
            if (receivedBeforeFirstAnswer < 0)
                receivedBeforeFirstAnswer = f.up.requestCount();
            --open;
        });
        const QJsonObject wf = json("{'version':1,'name':'fan','steps':["
                                    "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'a'},"
                                    "{'id':'b','kind':'llm','model':'fake/gpt-4o-mini','user':'b'},"
                                    "{'id':'c','kind':'llm','model':'fake/gpt-4o-mini','user':'c'},"
                                    "{'id':'out','kind':'output','value':'{{steps.a.output}}|{{steps.b.output}}|{{steps.c.output}}'}],"
                                    "'edges':[{'from':'a','to':'out'},{'from':'b','to':'out'},{'from':'c','to':'out'}]}");
        const QString id = f.run(wf, QJsonObject{});
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(receivedBeforeFirstAnswer, 3);
        QCOMPARE(peak, 3);
        // and the steps' own times overlap too
        const StepResult a = f.step(id, QStringLiteral("a"));
        QCOMPARE(f.runner->run(id)->output.toString(),
                 QStringLiteral("Hello from the fake upstream.|Hello from the fake upstream.|Hello from the fake upstream."));
        QCOMPARE(a.status, StepStatus::Done);
    }

    void mapRunsItemsWithBoundedConcurrency()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            fk::Script s = reply(QStringLiteral("  DE: ") + lastUser(r).section(QLatin1Char(':'), 1).trimmed() + QStringLiteral("  "));
            s.fault = fk::Fault::make(fk::FaultKind::SlowFirstByte, 100);
            return s;
        });
        int open = 0;
        int peak = 0;
        connect(&f.up, &fk::FakeUpstream::requestReceived, this, [&] { peak = std::max(peak, ++open); });
        connect(&f.up, &fk::FakeUpstream::responseFinished, this, [&] { --open; });
        const QJsonObject wf = json(
            "{'version':1,'name':'translate','steps':["
            "{'id':'split','kind':'transform','op':'split','from':'input.text','separator':'\\n\\n'},"
            "{'id':'each','kind':'map','over':'steps.split.output','concurrency':2,'steps':["
            "  {'id':'tr','kind':'llm','model':'fake/gpt-4o-mini','user':'Translate part {{index}}: {{item}}'},"
            "  {'id':'clean','kind':'transform','op':'regex_extract','from':'steps.tr.output','pattern':'^\\\\s*(.*?)\\\\s*$','group':1}],"
            " 'edges':[{'from':'tr','to':'clean'}]},"
            "{'id':'joined','kind':'transform','op':'join','from':'steps.each.output','separator':' | '},"
            "{'id':'out','kind':'output','value':'{{steps.joined.output}}'}],"
            "'edges':[{'from':'split','to':'each'},{'from':'each','to':'joined'},{'from':'joined','to':'out'}]}");
        const QString id = f.run(wf, QJsonObject{{QStringLiteral("text"), QStringLiteral("one\n\ntwo\n\nthree\n\nfour\n\nfive")}});
        QVERIFY(!id.isEmpty());
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.runner->run(id)->output.toString(), QStringLiteral("DE: one | DE: two | DE: three | DE: four | DE: five"));
        QCOMPARE(f.up.requestCount(), 5);
        QCOMPARE(peak, 2); // two at a time, never more
        const StepResult each = f.step(id, QStringLiteral("each"));
        QCOMPARE(each.output.toArray().size(), 5);
        QCOMPARE(f.step(id, QStringLiteral("each[3].tr")).output.toString(), QStringLiteral("  DE: four  "));
        QCOMPARE(f.step(id, QStringLiteral("each[3].clean")).output.toString(), QStringLiteral("DE: four"));
        QCOMPARE(lastUser(f.up.requests().at(0)), QStringLiteral("Translate part 0: one"));

        // an empty list maps to an empty list
        const QString none = f.run(wf, QJsonObject{{QStringLiteral("text"), QStringLiteral("")}});
        QVERIFY(f.waitFor(none, RunStatus::Succeeded));
        QCOMPARE(f.step(none, QStringLiteral("each")).output.toArray().size(), 0);
    }

    void failedStepRetriesAfterItsDelay()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.failNext(1, fk::Fault::make(fk::FaultKind::ModelNotFound));
        const QJsonObject wf = json("{'version':1,'name':'retry','steps':["
                                    "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'x','retries':2,'retryDelayMs':500},"
                                    "{'id':'out','kind':'output','value':'{{steps.a.output}} after {{steps.a.attempts}}'}],"
                                    "'edges':[{'from':'a','to':'out'}]}");
        const QString id = f.run(wf, QJsonObject{});
        // the first try fails; the second waits for its timer
        QVERIFY(QTest::qWaitFor([&] { return f.timers.live().contains(500); }, 10000));
        QCOMPARE(f.up.requestCount(), 1);
        StepResult a = f.step(id, QStringLiteral("a"));
        QCOMPARE(a.status, StepStatus::Running);
        QVERIFY2(a.error.startsWith(QLatin1String("not_found")), qPrintable(a.error));
        QCOMPARE(f.status(id), RunStatus::Running);
        QVERIFY(f.timers.fire(500));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 2);
        QCOMPARE(f.runner->run(id)->output.toString(), QStringLiteral("Hello from the fake upstream. after 2"));

        // out of tries: the step fails, the next waits are twice as long, and nothing after it runs
        f.up.clearRequests();
        f.up.failNext(3, fk::Fault::make(fk::FaultKind::ModelNotFound));
        const QString failed = f.run(wf, QJsonObject{});
        QVERIFY(QTest::qWaitFor([&] { return f.timers.live().contains(500); }, 10000));
        QVERIFY(f.timers.fire(500));
        QVERIFY(QTest::qWaitFor([&] { return f.timers.live().contains(1000); }, 10000));
        QVERIFY(f.timers.fire(1000));
        QVERIFY(f.waitFor(failed, RunStatus::Failed));
        QCOMPARE(f.up.requestCount(), 3);
        a = f.step(failed, QStringLiteral("a"));
        QCOMPARE(a.status, StepStatus::Failed);
        QCOMPARE(a.attempts, 3);
        QCOMPARE(f.step(failed, QStringLiteral("out")).status, StepStatus::Waiting);
        QVERIFY2(f.runner->run(failed)->error.startsWith(QLatin1String("a: not_found")), qPrintable(f.runner->run(failed)->error));
    }

    void stepTimesOut()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.setFault(fk::Fault::make(fk::FaultKind::SlowFirstByte, 30000)); // never answers in this test
        const QJsonObject wf = json("{'version':1,'name':'slow','steps':["
                                    "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'x','timeoutMs':1500},"
                                    "{'id':'out','kind':'output','value':'{{steps.a.output}}'}],'edges':[{'from':'a','to':'out'}]}");
        const QString id = f.run(wf, QJsonObject{});
        QVERIFY(QTest::qWaitFor([&] { return f.up.requestCount() == 1; }, 10000));
        QCOMPARE(f.timers.live(), QList<int>{1500});
        QVERIFY(f.timers.fire(1500));
        QVERIFY(f.waitFor(id, RunStatus::Failed));
        const StepResult a = f.step(id, QStringLiteral("a"));
        QCOMPARE(a.error, QStringLiteral("timed out after 1500 ms"));
        QCOMPARE(a.status, StepStatus::Failed);
        QCOMPARE(f.runner->run(id)->error, QStringLiteral("a: timed out after 1500 ms"));
        // the call was cancelled: the upstream's connection is closed
        QTRY_COMPARE(f.up.openConnectionCount(), 0);
    }

    void classifyRetriesAfterItsDelayAndTimesOut()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.failNext(1, fk::Fault::make(fk::FaultKind::ModelNotFound));
        f.up.enqueue(reply(QStringLiteral("Letter")));
        const QJsonObject wf = json("{'version':1,'name':'sort','steps':["
                                    "{'id':'sort','kind':'classify','model':'fake/gpt-4o-mini','user':'{{input.text}}',"
                                    " 'labels':['invoice','letter'],'retries':1,'retryDelayMs':400,'timeoutMs':2500},"
                                    "{'id':'out','kind':'output','value':'{{steps.sort.output}} after {{steps.sort.attempts}}'}],"
                                    "'edges':[{'from':'sort','to':'out'}]}");
        const QJsonObject input{{QStringLiteral("text"), QStringLiteral("Dear Sir")}};
        const QString id = f.run(wf, input);
        // the first try fails; the second waits for its timer
        QVERIFY(QTest::qWaitFor([&] { return f.timers.live().contains(400); }, 10000));
        QCOMPARE(f.up.requestCount(), 1);
        StepResult sort = f.step(id, QStringLiteral("sort"));
        QCOMPARE(sort.status, StepStatus::Running);
        QVERIFY2(sort.error.startsWith(QLatin1String("not_found")), qPrintable(sort.error));
        QVERIFY(f.timers.fire(400));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 2);
        QCOMPARE(f.runner->run(id)->output.toString(), QStringLiteral("letter after 2"));
        QCOMPARE(f.step(id, QStringLiteral("sort")).branch, QStringLiteral("letter"));

        // an upstream that never answers: each try times out, the second after the retry's wait, then the step fails
        f.up.clearRequests();
        f.up.setFault(fk::Fault::make(fk::FaultKind::SlowFirstByte, 30000));
        const QString slow = f.run(wf, input);
        QVERIFY(QTest::qWaitFor([&] { return f.up.requestCount() == 1; }, 10000));
        QCOMPARE(f.timers.live(), QList<int>{2500});
        QVERIFY(f.timers.fire(2500));
        QVERIFY(QTest::qWaitFor([&] { return f.timers.live().contains(400); }, 10000));
        sort = f.step(slow, QStringLiteral("sort"));
        QCOMPARE(sort.status, StepStatus::Running);
        QCOMPARE(sort.error, QStringLiteral("timed out after 2500 ms"));
        QVERIFY(f.timers.fire(400));
        QVERIFY(QTest::qWaitFor([&] { return f.up.requestCount() == 2 && f.timers.live() == QList<int>{2500}; }, 10000));
        QVERIFY(f.timers.fire(2500));
        QVERIFY(f.waitFor(slow, RunStatus::Failed));
        sort = f.step(slow, QStringLiteral("sort"));
        QCOMPARE(sort.status, StepStatus::Failed);
        QCOMPARE(sort.attempts, 2);
        QCOMPARE(sort.error, QStringLiteral("timed out after 2500 ms"));
        QCOMPARE(f.runner->run(slow)->error, QStringLiteral("sort: timed out after 2500 ms"));
        QCOMPARE(f.step(slow, QStringLiteral("out")).status, StepStatus::Waiting);
        // both calls were cancelled: the upstream's connections are closed
        QTRY_COMPARE(f.up.openConnectionCount(), 0);
    }

    void documentReaderTimesOutAndIsRetried()
    {
        Fixture f;
        QVERIFY(f.start());
        QFile docx(testing::fixturePath(QStringLiteral("knowledge/guide.docx")));
        QVERIFY(docx.open(QIODevice::ReadOnly));
        const QJsonObject input{{QStringLiteral("doc"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("guide.docx")},
                                             {QStringLiteral("data"), QString::fromLatin1(docx.readAll().toBase64())}}}};
        const QJsonObject wf = json("{'version':1,'name':'read','steps':["
                                    "{'id':'read','kind':'extract_text','file':'input.doc','retries':1,'retryDelayMs':200,'timeoutMs':3000},"
                                    "{'id':'out','kind':'output','value':'{{steps.read.output}}'}],'edges':[{'from':'read','to':'out'}]}");
        // every thread of the readers' pool is held, so the reading cannot begin before the timeout:
        // the pool starts its work first come, first served, and these come first
        QThreadPool &readers = async::pool();
        const int threads = readers.maxThreadCount();
        auto hold = std::make_shared<QSemaphore>();
        for (int i = 0; i < threads; ++i)
            readers.start([hold] { hold->acquire(); });
        auto letGo = qScopeGuard([hold, threads] { hold->release(threads); });
        const QString id = f.run(wf, input);
        QVERIFY(QTest::qWaitFor([&] { return f.timers.live().contains(3000); }, 10000));
        QCOMPARE(f.step(id, QStringLiteral("read")).status, StepStatus::Running);
        QVERIFY(f.timers.fire(3000));
        QVERIFY(QTest::qWaitFor([&] { return f.timers.live().contains(200); }, 10000));
        StepResult read = f.step(id, QStringLiteral("read"));
        QCOMPARE(read.status, StepStatus::Running);
        QCOMPARE(read.error, QStringLiteral("timed out after 3000 ms"));
        // the second try reads the file
        letGo.dismiss();
        hold->release(threads);
        QVERIFY(f.timers.fire(200));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        read = f.step(id, QStringLiteral("read"));
        QCOMPARE(read.attempts, 2);
        QVERIFY2(read.output.toString().contains(QLatin1String("Onboarding guide")), qPrintable(read.output.toString()));
        QCOMPARE(f.runner->run(id)->output.toString(), read.output.toString());
    }

    void knowledgeRetrievalTimesOut()
    {
        Fixture f;
        QVERIFY(f.start());
        // the query is embedded by the upstream first
        QVERIFY(addHandbook(f, {QStringLiteral("New hires get a laptop from the IT desk on their first day.")},
                            QStringLiteral("fake/text-embedding-3-small")));
        f.up.clearRequests();
        f.up.setFault(fk::Fault::make(fk::FaultKind::SlowFirstByte, 30000)); // the query's embedding never comes
        const QJsonObject wf = json(
            "{'version':1,'name':'kb','steps':["
            "{'id':'kb','kind':'knowledge_retrieve','collections':['handbook'],'query':'{{input.question}}','timeoutMs':2000},"
            "{'id':'out','kind':'output','value':'{{steps.kb.output.text}}'}],'edges':[{'from':'kb','to':'out'}]}");
        const QString id = f.run(wf, QJsonObject{{QStringLiteral("question"), QStringLiteral("laptop")}});
        QVERIFY(QTest::qWaitFor([&] { return f.up.requestCount() == 1; }, 10000));
        QCOMPARE(f.up.lastRequest().endpoint, QStringLiteral("embeddings"));
        QCOMPARE(f.timers.live(), QList<int>{2000});
        QVERIFY(f.timers.fire(2000));
        QVERIFY(f.waitFor(id, RunStatus::Failed));
        const StepResult retrieved = f.step(id, QStringLiteral("kb"));
        QCOMPARE(retrieved.status, StepStatus::Failed);
        QCOMPARE(retrieved.attempts, 1);
        QCOMPARE(retrieved.error, QStringLiteral("timed out after 2000 ms"));
        QCOMPARE(f.runner->run(id)->error, QStringLiteral("kb: timed out after 2000 ms"));
        QCOMPARE(f.step(id, QStringLiteral("out")).status, StepStatus::Waiting);
    }

    void costCeilingStopsBeforeTheStepThatWouldPassIt()
    {
        Fixture f;
        QVERIFY(f.start());
        fk::ReplyScript r;
        r.outputTokens = 1000; // gpt-4o-mini: $0.0006 an answer
        f.up.setReply(r);
        const QJsonObject wf = json("{'version':1,'name':'spend','steps':["
                                    "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'x','parameters':{'maxTokens':1000}},"
                                    "{'id':'b','kind':'llm','model':'fake/gpt-4o-mini','user':'y','parameters':{'maxTokens':1000}},"
                                    "{'id':'c','kind':'llm','model':'fake/gpt-4o-mini','user':'z','parameters':{'maxTokens':1000}},"
                                    "{'id':'out','kind':'output','value':'{{steps.c.output}}'}],"
                                    "'edges':[{'from':'a','to':'b'},{'from':'b','to':'c'},{'from':'c','to':'out'}]}");
        RunOptions options;
        options.maxCostUsd = 0.0013;
        const QString id = f.run(wf, QJsonObject{}, options);
        QVERIFY(f.waitFor(id, RunStatus::Failed));
        QCOMPARE(f.up.requestCount(), 2); // c never went out
        const RunRecord run = *f.runner->run(id);
        QVERIFY(run.costUsd > 0.0012 && run.costUsd < 0.0013);
        const StepResult c = f.step(id, QStringLiteral("c"));
        QCOMPARE(c.status, StepStatus::Failed);
        QVERIFY2(c.error.startsWith(QLatin1String("stopped before \"c\": its estimated cost $0.0006")), qPrintable(c.error));
        QVERIFY2(c.error.contains(QLatin1String(" would take the run to $0.0018"))
                     && c.error.endsWith(QLatin1String(", over its ceiling of $0.001300")),
                 qPrintable(c.error));
        QVERIFY2(run.error.startsWith(QLatin1String("stopped before \"c\"")), qPrintable(run.error));

        // parallel branches reserve their estimates: with room for one call, only one goes out
        f.up.clearRequests();
        const QJsonObject fan = json("{'version':1,'name':'fan','steps':["
                                     "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'x','parameters':{'maxTokens':1000}},"
                                     "{'id':'b','kind':'llm','model':'fake/gpt-4o-mini','user':'y','parameters':{'maxTokens':1000}},"
                                     "{'id':'out','kind':'output','value':'{{steps.a.output}}'}],"
                                     "'edges':[{'from':'a','to':'out'},{'from':'b','to':'out'}]}");
        options.maxCostUsd = 0.0009;
        const QString fanned = f.run(fan, QJsonObject{}, options);
        QVERIFY(f.waitFor(fanned, RunStatus::Failed));
        QCOMPARE(f.up.requestCount(), 1);
        QCOMPARE(f.step(fanned, QStringLiteral("a")).status, StepStatus::Done);
        QCOMPARE(f.step(fanned, QStringLiteral("b")).status, StepStatus::Failed);
    }

    void humanReviewPausesTheRun()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.setReply([] {
            fk::ReplyScript r;
            r.text = QStringLiteral("Draft: we refund you.");
            return r;
        }());
        const QJsonObject wf = json("{'version':1,'name':'review','steps':["
                                    "{'id':'draft','kind':'llm','model':'fake/gpt-4o-mini','user':'x'},"
                                    "{'id':'check','kind':'human_review','value':'{{steps.draft.output}}','instructions':'Is the tone right?'},"
                                    "{'id':'side','kind':'transform','op':'template','template':'side branch ran'},"
                                    "{'id':'out','kind':'output','value':'{{steps.check.output}} ({{steps.side.output}})'}],"
                                    "'edges':[{'from':'draft','to':'check'},{'from':'check','to':'out'},{'from':'side','to':'out'}]}");
        QSignalSpy review(f.runner.get(), &Runner::reviewRequested);
        QSignalSpy statuses(f.runner.get(), &Runner::runStatusChanged);
        const QString id = f.run(wf, QJsonObject{});
        QVERIFY(f.waitFor(id, RunStatus::Paused));
        QCOMPARE(review.size(), 1);
        QCOMPARE(review.first().at(1).toString(), QStringLiteral("check"));
        QCOMPARE(review.first().at(2).toJsonValue().toString(), QStringLiteral("Draft: we refund you."));
        QCOMPARE(review.first().at(3).toString(), QStringLiteral("Is the tone right?"));
        QCOMPARE(f.step(id, QStringLiteral("check")).status, StepStatus::Review);
        QCOMPARE(f.step(id, QStringLiteral("side")).status, StepStatus::Done); // the other branch went on
        QVERIFY(!f.runner->approve(id, QStringLiteral("draft"), {})); // not waiting for review

        QVERIFY(f.runner->approve(id, QStringLiteral("check"), QStringLiteral("We refund you in full.")));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.runner->run(id)->output.toString(), QStringLiteral("We refund you in full. (side branch ran)"));
        QCOMPARE(f.up.requestCount(), 1);
        QList<RunStatus> seen;
        for (const QList<QVariant> &args : std::as_const(statuses))
            seen << args.at(1).value<RunStatus>();
        QCOMPARE(seen, (QList<RunStatus>{RunStatus::Running, RunStatus::Paused, RunStatus::Running, RunStatus::Succeeded}));

        // approved as shown, and rejected
        const QString asShown = f.run(wf, QJsonObject{});
        QVERIFY(f.waitFor(asShown, RunStatus::Paused));
        QVERIFY(f.runner->approve(asShown, QStringLiteral("check")));
        QVERIFY(f.waitFor(asShown, RunStatus::Succeeded));
        QCOMPARE(f.runner->run(asShown)->output.toString(), QStringLiteral("Draft: we refund you. (side branch ran)"));
        const QString rejected = f.run(wf, QJsonObject{});
        QVERIFY(f.waitFor(rejected, RunStatus::Paused));
        QVERIFY(f.runner->reject(rejected, QStringLiteral("check"), QStringLiteral("too blunt")));
        QVERIFY(f.waitFor(rejected, RunStatus::Failed));
        QCOMPARE(f.runner->run(rejected)->error, QStringLiteral("check: rejected: too blunt"));
    }

    void cancelStopsTheCallsInFlight()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.setFault(fk::Fault::make(fk::FaultKind::SlowFirstByte, 30000));
        const QJsonObject wf = json(
            "{'version':1,'name':'slow','steps':["
            "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'x'},"
            "{'id':'b','kind':'llm','model':'fake/gpt-4o-mini','user':'y'},"
            "{'id':'out','kind':'output','value':'{{steps.a.output}}'}],'edges':[{'from':'a','to':'out'},{'from':'b','to':'out'}]}");
        const QString id = f.run(wf, QJsonObject{});
        QVERIFY(QTest::qWaitFor([&] { return f.up.requestCount() == 2; }, 10000));
        f.runner->cancel(id);
        QVERIFY(f.waitFor(id, RunStatus::Cancelled));
        QCOMPARE(f.step(id, QStringLiteral("a")).status, StepStatus::Cancelled);
        QCOMPARE(f.step(id, QStringLiteral("b")).status, StepStatus::Cancelled);
        QCOMPARE(f.step(id, QStringLiteral("out")).status, StepStatus::Waiting);
        QVERIFY(!f.runner->isLive(id));
        QTRY_COMPARE(f.up.openConnectionCount(), 0);
    }

    void extractTextAndKnowledge()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(addHandbook(f,
                            {QStringLiteral("New hires get a laptop from the IT desk on their first day."),
                             QStringLiteral("Parcels ship on weekdays from the central warehouse.")}));
        QFile docx(testing::fixturePath(QStringLiteral("knowledge/guide.docx")));
        QVERIFY(docx.open(QIODevice::ReadOnly));
        const QJsonObject input{{QStringLiteral("doc"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("guide.docx")},
                                             {QStringLiteral("data"), QString::fromLatin1(docx.readAll().toBase64())}}},
                                {QStringLiteral("question"), QStringLiteral("laptop IT desk")}};
        const QJsonObject wf = json(
            "{'version':1,'name':'kb','steps':["
            "{'id':'read','kind':'extract_text','file':'input.doc'},"
            "{'id':'kb','kind':'knowledge_retrieve','collections':['handbook'],'query':'{{input.question}}','topK':1},"
            "{'id':'answer','kind':'llm','model':'fake/gpt-4o-mini','user':'{{steps.kb.output.text}}\\n---\\n{{steps.read.output}}'},"
            "{'id':'out','kind':'output','value':'{{steps.kb.output.passages[0].source}}'}],"
            "'edges':[{'from':'read','to':'answer'},{'from':'kb','to':'answer'},{'from':'answer','to':'out'}]}");
        const QString id = f.run(wf, input);
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        const QString read = f.step(id, QStringLiteral("read")).output.toString();
        QVERIFY2(read.contains(QLatin1String("Onboarding guide")) && read.contains(QLatin1String("buddy")), qPrintable(read));
        QCOMPARE(f.step(id, QStringLiteral("read")).inputs.toObject().value(QLatin1String("name")).toString(), QStringLiteral("guide.docx"));
        const QJsonObject kbOut = f.step(id, QStringLiteral("kb")).output.toObject();
        QCOMPARE(kbOut.value(QLatin1String("passages")).toArray().size(), 1);
        QCOMPARE(f.runner->run(id)->output.toString(), QStringLiteral("/docs/0.md"));
        const QString sent = lastUser(f.up.lastRequest());
        QVERIFY2(sent.contains(QLatin1String("IT desk on their first day")) && sent.contains(QLatin1String("Onboarding guide")), qPrintable(sent));

        // a file that is not one, and a runner without the knowledge base, say what is wrong
        const QString notFile = f.run(
            wf, QJsonObject{{QStringLiteral("doc"), QStringLiteral("guide.docx")}, {QStringLiteral("question"), QStringLiteral("x")}});
        QVERIFY(f.waitFor(notFile, RunStatus::Failed));
        QCOMPARE(f.step(notFile, QStringLiteral("read")).error,
                 QStringLiteral("file: input.doc is not a file ({\"name\", \"mediaType\", \"data\": base64})"));
        Runner bare(f.host->router(), f.seams());
        auto d = Definition::fromJson(wf);
        auto bareId = bare.start(*d, input);
        QVERIFY(bareId);
        QVERIFY(QTest::qWaitFor([&] { return bare.run(*bareId)->status == RunStatus::Failed; }, 10000));
        QCOMPARE(bare.run(*bareId)->error, QStringLiteral("kb: the knowledge base is not available here"));

        // a search that fails is tried again after its wait (as a model's call), then fails the step
        const QString missing = f.run(
            json("{'version':1,'name':'kb2','steps':["
                 "{'id':'kb','kind':'knowledge_retrieve','collections':['nope'],'query':'{{input.question}}','retries':1,'retryDelayMs':300},"
                 "{'id':'out','kind':'output','value':'{{steps.kb.output.text}}'}],'edges':[{'from':'kb','to':'out'}]}"),
            input);
        QVERIFY(QTest::qWaitFor([&] { return f.timers.live().contains(300); }, 10000));
        const QString noCollection = QStringLiteral("no collection named \"nope\" (there are: handbook)");
        QCOMPARE(f.step(missing, QStringLiteral("kb")).status, StepStatus::Running);
        QCOMPARE(f.step(missing, QStringLiteral("kb")).error, noCollection);
        QVERIFY(f.timers.fire(300));
        QVERIFY(f.waitFor(missing, RunStatus::Failed));
        const StepResult retried = f.step(missing, QStringLiteral("kb"));
        QCOMPARE(retried.status, StepStatus::Failed);
        QCOMPARE(retried.attempts, 2);
        QCOMPARE(retried.error, noCollection);
        QCOMPARE(f.step(missing, QStringLiteral("out")).status, StepStatus::Waiting);
    }

    void transformsAndAttachments()
    {
        Fixture f;
        QVERIFY(f.start());
        const QJsonObject wf = json(
            "{'version':1,'name':'t','steps':["
            "{'id':'pick','kind':'transform','op':'json_pick','from':'input.answer','path':'items[1].name'},"
            "{'id':'ids','kind':'transform','op':'regex_extract','from':'input.text','pattern':'#(\\\\d+)','group':1,'all':true},"
            "{'id':'words','kind':'transform','op':'split','from':'input.text','separator':' '},"
            "{'id':'count','kind':'condition','expression':'len(steps.words.output) == 4 and steps.ids.output contains \\u00277\\u0027'},"
            "{'id':'look','kind':'llm','model':'fake/gpt-4o-mini','user':'What is on it?','attachments':['input.scan']},"
            "{'id':'out','kind':'output','value':'{{steps.pick.output}} {{steps.ids.output}} {{steps.count.output}}'}],"
            "'edges':[{'from':'pick','to':'out'},{'from':'ids','to':'count'},{'from':'words','to':'count'},"
            "{'from':'count','to':'out','when':'true'},{'from':'look','to':'out'}]}");
        const QJsonObject input{
            {QStringLiteral("answer"), QStringLiteral("```json\n{\"items\": [{\"name\": \"bolt\"}, {\"name\": \"nut\"}]}\n```")},
            {QStringLiteral("text"), QStringLiteral("orders #12 and #7")},
            {QStringLiteral("scan"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("scan.png")}, {QStringLiteral("data"), QStringLiteral("iVBORw0KGgo=")}}}};
        const QString id = f.run(wf, input);
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.runner->run(id)->output.toString(), QStringLiteral("nut [\"12\",\"7\"] true"));
        // the image went up as an image part
        const QJsonArray content
            = f.up.lastRequest().json().value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")).toArray();
        QCOMPARE(content.size(), 2);
        QCOMPARE(content.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("image_url"));
        QVERIFY(content.at(1)
                    .toObject()
                    .value(QLatin1String("image_url"))
                    .toObject()
                    .value(QLatin1String("url"))
                    .toString()
                    .startsWith(QLatin1String("data:image/png;base64,iVBOR")));
        QCOMPARE(f.step(id, QStringLiteral("look"))
                     .inputs.toObject()
                     .value(QLatin1String("attachments"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("scan.png")));
    }

    // Issue 22: a PDF from the input goes to a model that reads PDFs as its document part, to one
    // that does not as the extracted text; a PDF with no text to extract fails that step saying why.
    void pdfAttachments()
    {
        if (!knowledge::documentFeatures().contains(QLatin1String("pdf")))
            QSKIP("built without poppler-qt6 (scripts/deps.sh installs it)");
        Fixture f;
        QVERIFY(f.start());
        Workspace ws = f.engine->workspace();
        ws.modelOverrides = QJsonObject{
            {QStringLiteral("fake/text-only"),
             QJsonObject{{QStringLiteral("prices"), QJsonObject{{QStringLiteral("input"), 1.0}, {QStringLiteral("output"), 2.0}}},
                         {QStringLiteral("contextWindow"), 32000},
                         {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("tools")}}}}};
        QVERIFY(f.engine->setWorkspace(ws));
        f.host->refresh();
        QFile handbook(testing::sourcePath(QStringLiteral("tests/fixtures/knowledge/handbook.pdf")));
        QVERIFY(handbook.open(QIODevice::ReadOnly));
        const QByteArray data = handbook.readAll().toBase64();
        const QJsonObject file{{QStringLiteral("name"), QStringLiteral("handbook.pdf")}, {QStringLiteral("data"), QString::fromLatin1(data)}};
        auto workflow = [](const char *model) {
            return QJsonObject{
                {QStringLiteral("version"), 1},
                {QStringLiteral("name"), QStringLiteral("pdf")},
                {QStringLiteral("steps"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("read")},
                                        {QStringLiteral("kind"), QStringLiteral("llm")},
                                        {QStringLiteral("model"), QLatin1String(model)},
                                        {QStringLiteral("user"), QStringLiteral("When are expenses due?")},
                                        {QStringLiteral("attachments"), QJsonArray{QStringLiteral("input.doc")}}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("out")},
                                        {QStringLiteral("kind"), QStringLiteral("output")},
                                        {QStringLiteral("value"), QStringLiteral("{{steps.read.output}}")}}}},
                {QStringLiteral("edges"),
                 QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("read")}, {QStringLiteral("to"), QStringLiteral("out")}}}}};
        };
        auto sentContent = [&f] {
            return QJsonDocument(f.up.lastRequest()
                                     .json()
                                     .value(QLatin1String("messages"))
                                     .toArray()
                                     .last()
                                     .toObject()
                                     .value(QLatin1String("content"))
                                     .toArray())
                .toJson(QJsonDocument::Compact);
        };

        QString id = f.run(workflow("fake/gpt-4o-mini"), QJsonObject{{QStringLiteral("doc"), file}});
        QVERIFY2(f.waitFor(id, RunStatus::Succeeded), qPrintable(id + QLatin1Char(' ') + f.step(id, QStringLiteral("read")).error));
        QByteArray sent = sentContent();
        QVERIFY2(sent.contains("\"type\":\"file\"") && sent.contains("\"filename\":\"handbook.pdf\"") && sent.contains(data),
                 sent.left(300).constData());
        QCOMPARE(f.step(id, QStringLiteral("read")).inputs.toObject().value(QLatin1String("pdf")).toString(), QStringLiteral("document"));

        id = f.run(workflow("fake/text-only"), QJsonObject{{QStringLiteral("doc"), file}});
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        sent = sentContent();
        QVERIFY2(sent.contains("Travel policy") && !sent.contains("application/pdf"), sent.left(600).constData());
        const QJsonObject inputs = f.step(id, QStringLiteral("read")).inputs.toObject();
        QCOMPARE(inputs.value(QLatin1String("pdf")).toString(), QStringLiteral("text"));
        QVERIFY2(inputs.value(QLatin1String("pdfWhy")).toString().contains(QLatin1String("lacks pdf")),
                 qPrintable(inputs.value(QLatin1String("pdfWhy")).toString()));

        // nothing to extract: the step fails before any call, naming the model
        const qsizetype before = f.up.requests().size();
        const QJsonObject scan{{QStringLiteral("name"), QStringLiteral("scan.pdf")},
                               {QStringLiteral("data"), QString::fromLatin1(testing::fakePdf(2).toBase64())}};
        id = f.run(workflow("fake/text-only"), QJsonObject{{QStringLiteral("doc"), scan}});
        QVERIFY(f.waitFor(id, RunStatus::Failed));
        const QString error = f.step(id, QStringLiteral("read")).error;
        QVERIFY2(error.contains(QLatin1String("fake/text-only reads no PDFs")), qPrintable(error));
        QCOMPARE(f.up.requests().size(), before);
    }

    // Every kind of step fails on its own errors with the field that failed, the run stops before
    // the steps after it, and no model is asked for a step that failed before its call.
    void everyKindFailsSayingWhere_data()
    {
        QTest::addColumn<QString>("step"); // the step (as JSON text) that fails; "out" follows it
        QTest::addColumn<QString>("key"); // the key of the step that fails
        QTest::addColumn<QString>("error"); // the step's error
        QTest::addColumn<QString>("runError"); // empty: "KEY: ERROR"
        const QString zero = QStringLiteral("1 / input.zero");
        QTest::newRow("llm") << QStringLiteral("{'id':'s','kind':'llm','model':'fake/gpt-4o-mini','user':'{{ %1 }}'}").arg(zero)
                             << QStringLiteral("s") << QStringLiteral("user: at 5: division by zero") << QString();
        QTest::newRow("classify")
            << QStringLiteral("{'id':'s','kind':'classify','model':'fake/gpt-4o-mini','user':'{{ %1 }}','labels':['a','b']}").arg(zero)
            << QStringLiteral("s") << QStringLiteral("user: at 5: division by zero") << QString();
        QTest::newRow("condition") << QStringLiteral("{'id':'s','kind':'condition','expression':'%1 > 2'}").arg(zero) << QStringLiteral("s")
                                   << QStringLiteral("expression: at 2: division by zero") << QString();
        QTest::newRow("map over no list") << QStringLiteral("{'id':'s','kind':'map','over':'input.text','steps':["
                                                            "{'id':'t','kind':'transform','op':'template','template':'{{item}}'}]}")
                                          << QStringLiteral("s") << QStringLiteral("over: input.text gave hello, not a list") << QString();
        QTest::newRow("map item") << QStringLiteral("{'id':'s','kind':'map','over':'input.items','steps':["
                                                    "{'id':'t','kind':'transform','op':'template','template':'{{ 1 / item }}'}]}")
                                  << QStringLiteral("s") << QStringLiteral("item 1: t: template: at 5: division by zero")
                                  << QStringLiteral("s[1].t: template: at 5: division by zero");
        QTest::newRow("extract_text") << QStringLiteral("{'id':'s','kind':'extract_text','file':'input.text'}") << QStringLiteral("s")
                                      << QStringLiteral("file: input.text is not a file ({\"name\", \"mediaType\", \"data\": base64})") << QString();
        QTest::newRow("knowledge_retrieve")
            << QStringLiteral("{'id':'s','kind':'knowledge_retrieve','collections':['docs'],'query':'{{ %1 }}'}").arg(zero) << QStringLiteral("s")
            << QStringLiteral("query: at 5: division by zero") << QString();
        QTest::newRow("transform template") << QStringLiteral("{'id':'s','kind':'transform','op':'template','template':'{{ %1 }}'}").arg(zero)
                                            << QStringLiteral("s") << QStringLiteral("template: at 5: division by zero") << QString();
        QTest::newRow("transform join") << QStringLiteral("{'id':'s','kind':'transform','op':'join','from':'input.text'}") << QStringLiteral("s")
                                        << QStringLiteral("from: join needs a list, input.text gave hello") << QString();
        QTest::newRow("human_review") << QStringLiteral("{'id':'s','kind':'human_review','value':'{{ %1 }}'}").arg(zero) << QStringLiteral("s")
                                      << QStringLiteral("value: at 5: division by zero") << QString();
    }
    void everyKindFailsSayingWhere()
    {
        QFETCH(QString, step);
        QFETCH(QString, key);
        QFETCH(QString, error);
        QFETCH(QString, runError);
        Fixture f;
        QVERIFY(f.start());
        const QJsonObject wf = json(QStringLiteral("{'version':1,'name':'fails','steps':[%1,"
                                                   "{'id':'out','kind':'output','value':'{{steps.s.output}}'}],"
                                                   "'edges':[{'from':'s','to':'out'%2}]}")
                                        .arg(step, step.contains(QLatin1String("'condition'")) ? QStringLiteral(",'when':'true'") : QString())
                                        .toUtf8()
                                        .constData());
        const QJsonObject input{
            {QStringLiteral("zero"), 0}, {QStringLiteral("text"), QStringLiteral("hello")}, {QStringLiteral("items"), QJsonArray{1, 0, 2}}};
        const QString id = f.run(wf, input);
        QVERIFY(!id.isEmpty());
        QVERIFY(f.waitFor(id, RunStatus::Failed));
        const StepResult failed = f.step(id, key);
        QCOMPARE(failed.status, StepStatus::Failed);
        QCOMPARE(failed.error, error);
        QCOMPARE(f.step(id, QStringLiteral("out")).status, StepStatus::Waiting);
        QCOMPARE(f.runner->run(id)->error, runError.isEmpty() ? key + QStringLiteral(": ") + error : runError);
        QCOMPARE(f.up.requestCount(), 0);
    }

    void refusesWhatCannotRun()
    {
        Fixture f;
        QVERIFY(f.start());
        QJsonObject wf = json("{'version':1,'name':'x','inputSchema':{'type':'object','required':['text']},"
                              "'steps':[{'id':'out','kind':'output','value':'{{input.text}}'}]}");
        auto d = Definition::fromJson(wf);
        QVERIFY(d);
        auto refused = f.runner->start(*d, QJsonObject{});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QLatin1String("the input does not match the workflow's inputSchema:\n  - $: ")),
                 qPrintable(refused.error().message));
        auto ok = f.runner->start(*d, QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}});
        QVERIFY(ok);
        QVERIFY(f.waitFor(*ok, RunStatus::Succeeded));
        QCOMPARE(f.runner->run(*ok)->output.toString(), QStringLiteral("hi"));
        // an evaluation error fails the step with the field and the offset
        const QString div = f.run(json("{'version':1,'name':'x','steps':[{'id':'out','kind':'output','value':'{{ 1 / input.zero }}'}]}"),
                                  QJsonObject{{QStringLiteral("zero"), 0}});
        QVERIFY(f.waitFor(div, RunStatus::Failed));
        QCOMPARE(f.runner->run(div)->error, QStringLiteral("out: value: at 5: division by zero"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRun)
#include "tst_workflowrun.moc"
