#include "common/jsontype.h"
#include "storage/database.h"
#include "workflowfixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sb;
using namespace sb::workflow;
using namespace sb::testing::workflow;

namespace {

// Waits for a callback's result.
template<typename T> std::optional<T> await(const std::function<void(std::function<void(T)>)> &call)
{
    std::optional<T> result;
    call([&](T r) { result.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000); // nullopt when it did not answer
    return result;
}

Expected<void> resume(Runner &runner, const QString &id, const ResumeOptions &options = {})
{
    auto r = await<Expected<void>>([&](std::function<void(Expected<void>)> done) { runner.resume(id, options, std::move(done)); });
    return r ? *r : Expected<void>(Error::make(Error::Kind::Timeout, QStringLiteral("resume did not answer")));
}

const char *kChain = "{'version':1,'name':'chain','steps':["
                     "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'first'},"
                     "{'id':'b','kind':'llm','model':'fake/gpt-4o-mini','user':'second after {{steps.a.output}}'},"
                     "{'id':'out','kind':'output','value':'{{steps.a.output}} / {{steps.b.output}}'}],"
                     "'edges':[{'from':'a','to':'b'},{'from':'b','to':'out'}]}";

} // namespace

// Runs in the database: every step stored as it changes, resume after a failure, a pause or a restart
// without calling finished steps again, runs a crashed runner left behind, and deterministic replay.
class TestWorkflowResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsAndStepsAreStored()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString id = f.run(json(kChain), QJsonObject{{QStringLiteral("topic"), QStringLiteral("tea")}}, RunOptions{0.5, QStringLiteral("cli")});
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        f.runner->flush();
        auto stored = f.store->run(id);
        QVERIFY(stored && *stored);
        const RunRecord &r = **stored;
        QCOMPARE(r.status, RunStatus::Succeeded);
        QCOMPARE(r.workflow, QStringLiteral("chain"));
        QCOMPARE(r.input.toObject().value(QLatin1String("topic")).toString(), QStringLiteral("tea"));
        QCOMPARE(r.output.toString(), QStringLiteral("Hello from the fake upstream. / Hello from the fake upstream."));
        QCOMPARE(r.startedBy, QStringLiteral("cli"));
        QCOMPARE(*r.maxCostUsd, 0.5);
        QVERIFY(qAbs(r.costUsd - f.runner->run(id)->costUsd) < 1e-9);
        QCOMPARE(r.startedAtMs, f.now);
        QVERIFY(r.finishedAtMs > 0);
        QCOMPARE(r.definition, json(kChain));

        auto steps = f.store->steps(id);
        QVERIFY(steps);
        QCOMPARE(steps->size(), 3);
        QCOMPARE(steps->at(0).key, QStringLiteral("a"));
        QCOMPARE(steps->at(1).key, QStringLiteral("b"));
        const StepResult b = steps->at(1);
        QCOMPARE(b.status, StepStatus::Done);
        QCOMPARE(b.kind, StepKind::Llm);
        QCOMPARE(b.output.toString(), QStringLiteral("Hello from the fake upstream."));
        QCOMPARE(b.inputs.toObject().value(QLatin1String("user")).toString(), QStringLiteral("second after Hello from the fake upstream."));
        QCOMPARE(b.model, QStringLiteral("fake/gpt-4o-mini"));
        QCOMPARE(b.inputTokens, 12);
        QCOMPARE(b.outputTokens, 9);
        QVERIFY(b.costUsd > 0);
        QCOMPARE(*b.latencyMs, 0); // the test's clock stands still
        QVERIFY(!b.requestId.isEmpty());
        QCOMPARE(b.attempts, 1);
        // the ledger knows the call by the same request id
        QSqlQuery q(*f.engine->database()->connection());
        QVERIFY(f.engine->ledger().flush());
        QVERIFY(q.exec(QStringLiteral("SELECT source, source_key FROM calls WHERE request_id = '%1'").arg(b.requestId)) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("workflow"));
        QCOMPARE(q.value(1).toString(), id);
        q.finish(); // (an open read would keep this connection on its old snapshot)

        // the history, newest first, by workflow and status
        f.now += 1000;
        const QString second = f.run(json(kChain), QJsonObject{});
        QVERIFY(f.waitFor(second, RunStatus::Succeeded));
        f.runner->flush();
        auto history = f.store->runs({QStringLiteral("chain"), {}, 10});
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).id, second);
        QVERIFY(history->at(0).definition.isEmpty()); // the list leaves the big parts out
        QCOMPARE(f.store->runs({QStringLiteral("other"), {}, 10})->size(), 0);
        QCOMPARE(f.store->runs({{}, {RunStatus::Failed}, 10})->size(), 0);
        QVERIFY(f.store->remove(second));
        QCOMPARE(f.store->runs({})->size(), 1);
        QCOMPARE(f.store->steps(second)->size(), 0);
    }

    void restartInTheMiddleOfARun()
    {
        Fixture f;
        QVERIFY(f.start());
        // a answers at once; b's upstream does not answer before the "restart"
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            fk::Script s = reply(lastUser(r) == QLatin1String("first") ? QStringLiteral("A") : QStringLiteral("B"));
            if (lastUser(r) != QLatin1String("first"))
                s.fault = fk::Fault::make(fk::FaultKind::SlowFirstByte, 30000);
            return s;
        });
        const QString id = f.run(json(kChain), QJsonObject{});
        QVERIFY(QTest::qWaitFor([&] { return f.up.requestCount() == 2; }, 10000));
        QCOMPARE(f.step(id, QStringLiteral("a")).status, StepStatus::Done);
        QCOMPARE(f.step(id, QStringLiteral("b")).status, StepStatus::Running);

        // the app quits: the run is stored as interrupted, the call in flight is dropped
        f.runner.reset();
        auto stored = f.store->run(id);
        QCOMPARE((*stored)->status, RunStatus::Interrupted);
        QCOMPARE((*stored)->error, QStringLiteral("the app stopped while it ran; resume it to go on"));
        auto steps = f.store->steps(id);
        QCOMPARE(steps->at(0).status, StepStatus::Done);
        QCOMPARE(steps->at(1).status, StepStatus::Interrupted);
        QTRY_COMPARE(f.up.openConnectionCount(), 0);

        // the next start: a new runner on the same database goes on from b
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            return reply(lastUser(r) == QLatin1String("first") ? QStringLiteral("A") : QStringLiteral("B"));
        });
        f.up.clearRequests();
        f.runner = f.makeRunner();
        QSignalSpy changes(f.runner.get(), &Runner::stepChanged);
        QVERIFY(!f.runner->isLive(id));
        auto resumed = resume(*f.runner, id);
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 1); // only b: a is not called again
        QCOMPARE(lastUser(f.up.lastRequest()), QStringLiteral("second after A"));
        QCOMPARE(f.runner->run(id)->output.toString(), QStringLiteral("A / B"));
        QCOMPARE(f.step(id, QStringLiteral("a")).output.toString(), QStringLiteral("A"));
        QVERIFY(!changes.isEmpty());
        f.runner->flush();
        QCOMPARE((*f.store->run(id))->status, RunStatus::Succeeded);
        QCOMPARE(f.store->steps(id)->at(1).status, StepStatus::Done);
        // a run that succeeded has nothing to resume
        auto again = resume(*f.runner, id);
        QVERIFY(!again);
        QCOMPARE(again.error().message, QStringLiteral("run %1 succeeded; there is nothing to resume").arg(id));
    }

    void runsOfACrashedRunnerAreRecovered()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            return reply(lastUser(r) == QLatin1String("first") ? QStringLiteral("A") : QStringLiteral("B"));
        });
        const QString id = f.run(json(kChain), QJsonObject{});
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        f.runner->flush();
        // what a runner that crashed while b ran leaves behind: the run still "running" under its lease
        RunRecord crashed = **f.store->run(id);
        crashed.status = RunStatus::Running;
        crashed.finishedAtMs = 0;
        QVERIFY(f.store->saveRun(crashed, f.now + 60'000));
        StepResult b = f.store->steps(id)->at(1);
        b.status = StepStatus::Running;
        b.output = QJsonValue();
        QVERIFY(f.store->saveStep(id, b, 1));

        // another Switchboard sees it running while the lease holds, and leaves it alone
        f.runner = f.makeRunner();
        auto refused = resume(*f.runner, id);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("run %1 is running in another Switchboard").arg(id)),
                 qPrintable(refused.error().message));
        auto none = await<Expected<int>>([&](std::function<void(Expected<int>)> done) { f.runner->recover(std::move(done)); });
        QCOMPARE(**none, 0);

        // once the lease ran out, recovery marks it interrupted, and it resumes from b
        f.now += 61'000;
        auto recovered = await<Expected<int>>([&](std::function<void(Expected<int>)> done) { f.runner->recover(std::move(done)); });
        QCOMPARE(**recovered, 1);
        QCOMPARE((*f.store->run(id))->status, RunStatus::Interrupted);
        QCOMPARE(f.store->steps(id)->at(1).status, StepStatus::Interrupted);
        QCOMPARE(f.store->steps(id)->at(0).status, StepStatus::Done);
        f.up.clearRequests();
        QVERIFY(resume(*f.runner, id));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 1);
        QCOMPARE(lastUser(f.up.lastRequest()), QStringLiteral("second after A"));
    }

    void failedRunResumesFromTheFailedStep()
    {
        Fixture f;
        QVERIFY(f.start());
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            if (lastUser(r).startsWith(QLatin1String("second")))
                return fk::Script{std::nullopt, fk::Fault::make(fk::FaultKind::ModelNotFound), {}};
            return reply(QStringLiteral("A"));
        });
        const QString id = f.run(json(kChain), QJsonObject{});
        QVERIFY(f.waitFor(id, RunStatus::Failed));
        QCOMPARE(f.up.requestCount(), 2);
        QCOMPARE(f.step(id, QStringLiteral("b")).status, StepStatus::Failed);
        const double spent = f.runner->run(id)->costUsd;

        // the upstream is fixed; the same runner goes on
        f.up.setHandler({});
        f.up.clearRequests();
        QVERIFY(resume(*f.runner, id));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 1);
        QCOMPARE(f.step(id, QStringLiteral("b")).attempts, 1);
        QVERIFY(f.runner->run(id)->costUsd > spent); // what the first part cost still counts
        QCOMPARE(f.runner->run(id)->error, QString());

        // a run resumed with a fixed definition: the finished step is kept, the changed one runs
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            if (lastUser(r).startsWith(QLatin1String("second")))
                return fk::Script{std::nullopt, fk::Fault::make(fk::FaultKind::ModelNotFound), {}};
            return reply(lastUser(r));
        });
        const QString broken = f.run(json(kChain), QJsonObject{});
        QVERIFY(f.waitFor(broken, RunStatus::Failed));
        f.up.clearRequests();
        ResumeOptions fixed;
        fixed.definition = *Definition::fromJson(json("{'version':1,'name':'chain','steps':["
                                                      "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'first'},"
                                                      "{'id':'b','kind':'llm','model':'fake/gpt-4o-mini','user':'fixed: {{steps.a.output}}'},"
                                                      "{'id':'out','kind':'output','value':'{{steps.b.output}}'}],"
                                                      "'edges':[{'from':'a','to':'b'},{'from':'b','to':'out'}]}"));
        QVERIFY(resume(*f.runner, broken, fixed));
        QVERIFY(f.waitFor(broken, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 1);
        QCOMPARE(f.runner->run(broken)->output.toString(), QStringLiteral("fixed: first"));
        QCOMPARE(f.runner->run(broken)->definition.value(QLatin1String("steps")).toArray().at(1).toObject().value(QLatin1String("user")).toString(),
                 QStringLiteral("fixed: {{steps.a.output}}"));
    }

    void costCeilingRunGoesOnUnderAHigherOne()
    {
        Fixture f;
        QVERIFY(f.start());
        fk::ReplyScript r;
        r.outputTokens = 1000;
        f.up.setReply(r);
        const QJsonObject wf = json("{'version':1,'name':'spend','steps':["
                                    "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'x','parameters':{'maxTokens':1000}},"
                                    "{'id':'b','kind':'llm','model':'fake/gpt-4o-mini','user':'y','parameters':{'maxTokens':1000}},"
                                    "{'id':'out','kind':'output','value':'{{steps.b.output}}'}],"
                                    "'edges':[{'from':'a','to':'b'},{'from':'b','to':'out'}]}");
        const QString id = f.run(wf, QJsonObject{}, RunOptions{0.001, {}});
        QVERIFY(f.waitFor(id, RunStatus::Failed));
        QCOMPARE(f.up.requestCount(), 1);
        QVERIFY(f.runner->run(id)->error.startsWith(QLatin1String("stopped before \"b\"")));
        // the same ceiling stops it again before b; a higher one lets b run
        QVERIFY(resume(*f.runner, id));
        QVERIFY(f.waitFor(id, RunStatus::Failed));
        QCOMPARE(f.up.requestCount(), 1);
        ResumeOptions higher;
        higher.maxCostUsd = 0.002;
        QVERIFY(resume(*f.runner, id, higher));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 2);
        QCOMPARE(*f.runner->run(id)->maxCostUsd, 0.002);
    }

    void reviewWaitsAcrossARestart()
    {
        Fixture f;
        QVERIFY(f.start());
        const QJsonObject wf = json("{'version':1,'name':'review','steps':["
                                    "{'id':'draft','kind':'llm','model':'fake/gpt-4o-mini','user':'x'},"
                                    "{'id':'check','kind':'human_review','value':'{{steps.draft.output}}','instructions':'Tone?'},"
                                    "{'id':'out','kind':'output','value':'{{steps.check.output}}'}],"
                                    "'edges':[{'from':'draft','to':'check'},{'from':'check','to':'out'}]}");
        const QString id = f.run(wf, QJsonObject{});
        QVERIFY(f.waitFor(id, RunStatus::Paused));
        f.runner.reset(); // quit while it waits
        QCOMPARE((*f.store->run(id))->status, RunStatus::Paused); // paused stays paused
        QCOMPARE(f.store->steps(id)->at(1).status, StepStatus::Review);

        // after the restart the review is asked for again; the answer comes with the resume
        f.runner = f.makeRunner();
        QSignalSpy review(f.runner.get(), &Runner::reviewRequested);
        QVERIFY(resume(*f.runner, id));
        QVERIFY(f.waitFor(id, RunStatus::Paused));
        QCOMPARE(review.size(), 1);
        QCOMPARE(review.first().at(2).toJsonValue().toString(), QStringLiteral("Hello from the fake upstream."));
        QCOMPARE(review.first().at(3).toString(), QStringLiteral("Tone?"));
        QVERIFY(f.runner->approve(id, QStringLiteral("check"), QStringLiteral("Hello, friend.")));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.runner->run(id)->output.toString(), QStringLiteral("Hello, friend."));
        QCOMPARE(f.up.requestCount(), 1);

        // or answered in the resume itself
        const QString second = f.run(wf, QJsonObject{});
        QVERIFY(f.waitFor(second, RunStatus::Paused));
        f.runner = f.makeRunner();
        ResumeOptions answered;
        answered.reviews.insert(QStringLiteral("check"), QStringLiteral("Approved text."));
        QVERIFY(resume(*f.runner, second, answered));
        QVERIFY(f.waitFor(second, RunStatus::Succeeded));
        QCOMPARE(f.runner->run(second)->output.toString(), QStringLiteral("Approved text."));
        QCOMPARE(f.up.requestCount(), 2);
    }

    void mapResumeKeepsFinishedItems()
    {
        Fixture f;
        QVERIFY(f.start());
        bool failTwo = true;
        f.up.setHandler([&](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            if (failTwo && lastUser(r) == QLatin1String("two"))
                return fk::Script{std::nullopt, fk::Fault::make(fk::FaultKind::ModelNotFound), {}};
            return reply(lastUser(r).toUpper());
        });
        const QJsonObject wf = json("{'version':1,'name':'map','steps':["
                                    "{'id':'each','kind':'map','over':'input.items','concurrency':1,'steps':["
                                    "  {'id':'up','kind':'llm','model':'fake/gpt-4o-mini','user':'{{item}}'}]},"
                                    "{'id':'out','kind':'output','value':'{{steps.each.output}}'}],'edges':[{'from':'each','to':'out'}]}");
        const QJsonObject input{{QStringLiteral("items"), QJsonArray{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}}};
        const QString id = f.run(wf, input);
        QVERIFY(f.waitFor(id, RunStatus::Failed));
        QCOMPARE(f.up.requestCount(), 2); // one at a time: the failure stops the rest
        QVERIFY2(f.step(id, QStringLiteral("each")).error.startsWith(QLatin1String("item 1: up: not_found")),
                 qPrintable(f.step(id, QStringLiteral("each")).error));
        failTwo = false;
        f.up.clearRequests();
        f.runner = f.makeRunner();
        QVERIFY(resume(*f.runner, id));
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 2); // two and three; one was kept
        QCOMPARE(lastUser(f.up.requests().at(0)), QStringLiteral("two"));
        QCOMPARE(f.runner->run(id)->output, QJsonValue(QJsonArray{QStringLiteral("ONE"), QStringLiteral("TWO"), QStringLiteral("THREE")}));
    }

    void replayUsesTheRecordedOutputs()
    {
        Fixture f;
        QVERIFY(f.start());
        int calls = 0; // answers are never the same twice
        const QJsonObject wf = json("{'version':1,'name':'r','steps':["
                                    "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'summarize {{input.text}}'},"
                                    "{'id':'sort','kind':'classify','model':'fake/gpt-4o-mini','user':'{{input.text}}','labels':['first','second']},"
                                    "{'id':'fmt','kind':'transform','op':'template','template':'[{{steps.a.output}}]'},"
                                    "{'id':'out','kind':'output','value':'{{steps.fmt.output}}'}],"
                                    "'edges':[{'from':'a','to':'fmt'},{'from':'sort','to':'fmt','when':'first'},{'from':'fmt','to':'out'}]}");
        f.up.setHandler([&](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            ++calls;
            if (systemOf(r).contains(QLatin1String("Classify")))
                return reply(QStringLiteral("first"));
            return reply(QStringLiteral("%1 #%2").arg(lastUser(r)).arg(calls));
        });
        const QString recorded = f.run(wf, QJsonObject{{QStringLiteral("text"), QStringLiteral("tea")}});
        QVERIFY(f.waitFor(recorded, RunStatus::Succeeded));
        const QString original = f.runner->run(recorded)->output.toString();
        QVERIFY2(original.startsWith(QLatin1String("[summarize tea #")), qPrintable(original));
        f.runner->flush();
        f.up.clearRequests();

        // downstream changed: the model steps replay, nothing is called, the new template applies
        auto changed = json("{'version':1,'name':'r','steps':["
                            "{'id':'a','kind':'llm','model':'fake/gpt-4o-mini','user':'summarize {{input.text}}'},"
                            "{'id':'sort','kind':'classify','model':'fake/gpt-4o-mini','user':'{{input.text}}','labels':['first','second']},"
                            "{'id':'fmt','kind':'transform','op':'template','template':'<{{steps.a.output}}> ({{steps.sort.output}})'},"
                            "{'id':'out','kind':'output','value':'{{steps.fmt.output}}'}],"
                            "'edges':[{'from':'a','to':'fmt'},{'from':'sort','to':'fmt','when':'first'},{'from':'fmt','to':'out'}]}");
        auto replayOf = [&](const QJsonObject &definition, const ReplayOptions &options) {
            auto id = await<Expected<QString>>([&](std::function<void(Expected<QString>)> done) {
                f.runner->replay(recorded, *Definition::fromJson(definition), options, std::move(done));
            });
            return id && *id ? **id : QString();
        };
        for (int i = 0; i < 2; ++i) { // twice: the same result each time
            const QString replay = replayOf(changed, {});
            QVERIFY(!replay.isEmpty());
            QVERIFY(f.waitFor(replay, RunStatus::Succeeded));
            QCOMPARE(f.runner->run(replay)->output.toString(), QStringLiteral("<%1> (first)").arg(original.mid(1, original.size() - 2)));
            QCOMPARE(f.runner->run(replay)->replayOf, recorded);
            QCOMPARE(f.runner->run(replay)->costUsd, 0.0);
            QVERIFY(f.step(replay, QStringLiteral("a")).replayed);
            QCOMPARE(f.step(replay, QStringLiteral("sort")).branch, QStringLiteral("first"));
        }
        QCOMPARE(f.up.requestCount(), 0);

        // a step whose input changed has no recording: it fails, or calls its model when asked to
        QJsonObject prompt = changed;
        QJsonArray steps = prompt.value(QLatin1String("steps")).toArray();
        QJsonObject a = steps.at(0).toObject();
        a.insert(QStringLiteral("user"), QStringLiteral("shorten {{input.text}}"));
        steps.replace(0, a);
        prompt.insert(QStringLiteral("steps"), steps);
        const QString miss = replayOf(prompt, {});
        QVERIFY(f.waitFor(miss, RunStatus::Failed));
        QCOMPARE(f.step(miss, QStringLiteral("a")).error,
                 QStringLiteral("its input differs from the recording in run %1; replay it with live calls to run it").arg(recorded));
        QCOMPARE(f.up.requestCount(), 0);
        ReplayOptions live;
        live.liveMisses = true;
        const QString mixed = replayOf(prompt, live);
        QVERIFY(f.waitFor(mixed, RunStatus::Succeeded));
        QCOMPARE(f.up.requestCount(), 1); // a alone; sort still replays
        QVERIFY(!f.step(mixed, QStringLiteral("a")).replayed);
        QVERIFY(f.step(mixed, QStringLiteral("sort")).replayed);
    }

    void storeMarksOnlyExpiredLeases()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY(db);
        RunStore store(*db);
        RunRecord r;
        r.id = QStringLiteral("run-1");
        r.workflow = QStringLiteral("w");
        r.definition = QJsonObject{{QStringLiteral("version"), 1}};
        r.input = QJsonValue(QStringLiteral("plain text input"));
        r.startedAtMs = 1000;
        r.updatedAtMs = 1000;
        QVERIFY(store.saveRun(r, 5000));
        StepResult s;
        s.key = QStringLiteral("a");
        s.stepId = QStringLiteral("a");
        s.status = StepStatus::Running;
        s.output = QJsonValue(42);
        QVERIFY(store.saveStep(r.id, s, 0));
        s.key = QStringLiteral("b");
        s.status = StepStatus::Done;
        QVERIFY(store.saveStep(r.id, s, 1));
        QCOMPARE(*store.markInterrupted(4999), 0);
        QCOMPARE(*store.markInterrupted(5001), 1);
        QCOMPARE((*store.run(r.id))->status, RunStatus::Interrupted);
        QCOMPARE((*store.run(r.id))->input.toString(), QStringLiteral("plain text input"));
        const QList<StepResult> steps = *store.steps(r.id);
        QCOMPARE(steps.at(0).status, StepStatus::Interrupted);
        QCOMPARE(steps.at(0).output.toInt(), 42);
        QCOMPARE(steps.at(1).status, StepStatus::Done); // only what ran
        QCOMPARE(*store.markInterrupted(9999), 0);
    }

    // The runner's writes go in batches: all of a batch or none, a run's definition and input written
    // once and later saves changing only what runs change.
    void batchesSaveAllOrNothing()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY(db);
        RunStore store(*db);
        RunStore::Batch batch;
        RunRecord r;
        r.id = QStringLiteral("run-1");
        r.workflow = QStringLiteral("w");
        r.definition = QJsonObject{{QStringLiteral("version"), 1}};
        r.input = QJsonObject{{QStringLiteral("topic"), QStringLiteral("tea")}};
        r.startedAtMs = 1000;
        r.updatedAtMs = 1000;
        StepResult a;
        a.key = QStringLiteral("a");
        a.stepId = QStringLiteral("a");
        a.status = StepStatus::Running;
        batch.runs << RunStore::Batch::Run{r, 5000, true};
        batch.steps << RunStore::Batch::Step{r.id, a, 0};
        QVERIFY(store.save(batch));
        QCOMPARE((*store.run(r.id))->input, r.input);
        QCOMPARE(*store.leaseOf(r.id), 5000);

        // later: only what changes; the definition and input the batch carries are left as stored
        r.status = RunStatus::Succeeded;
        r.output = QJsonValue(QStringLiteral("done"));
        r.costUsd = 0.25;
        r.finishedAtMs = 2000;
        r.definition = QJsonObject{{QStringLiteral("version"), 2}};
        r.input = QJsonValue(QStringLiteral("something else"));
        a.status = StepStatus::Done;
        a.output = QJsonValue(7);
        batch.runs = {RunStore::Batch::Run{r, 0, false}};
        batch.steps = {RunStore::Batch::Step{r.id, a, 0}};
        QVERIFY(store.save(batch));
        const RunRecord stored = **store.run(r.id);
        QCOMPARE(stored.status, RunStatus::Succeeded);
        QCOMPARE(stored.output.toString(), QStringLiteral("done"));
        QCOMPARE(stored.costUsd, 0.25);
        QCOMPARE(stored.finishedAtMs, 2000);
        QCOMPARE(stored.definition, (QJsonObject{{QStringLiteral("version"), 1}}));
        QCOMPARE(stored.input.toObject().value(QLatin1String("topic")).toString(), QStringLiteral("tea"));
        QCOMPARE(store.steps(r.id)->first().output.toInt(), 7);

        // a step of a run that is not there breaks the batch: nothing of it is written
        StepResult b = a;
        b.key = QStringLiteral("b");
        b.stepId = QStringLiteral("b");
        r.error = QStringLiteral("changed");
        batch.runs = {RunStore::Batch::Run{r, 0, false}};
        batch.steps = {RunStore::Batch::Step{r.id, b, 1}, RunStore::Batch::Step{QStringLiteral("no-such-run"), b, 0}};
        QVERIFY(!store.save(batch));
        QCOMPARE((*store.run(r.id))->error, QString());
        QCOMPARE(store.steps(r.id)->size(), 1);
        // and the connection checks its constraints again afterwards
        auto connection = (*db)->connection();
        QSqlQuery q(*connection);
        QVERIFY(!q.exec(QStringLiteral("UPDATE workflow_runs SET status = 'sleeping' WHERE id = 'run-1'")));
    }

    // A step's inputs and output are stored as JSON text written without QJsonDocument where it can
    // (jsonText): the same text QJsonDocument writes, and every value read back as it was.
    void stepValuesAreStoredExactly()
    {
        const QList<QJsonValue> values{
            QJsonValue(QStringLiteral("plain")),
            QJsonValue(QString()),
            QJsonValue(QStringLiteral("quote \" backslash \\ slash / tab \t newline \n cr \r bell \a nul %1 del \x7f").arg(QChar(u'\0'))),
            QJsonValue(QStringLiteral("Gr\u00fc\u00dfe, \u65e5\u672c, emoji \U0001F600")),
            QJsonValue(QString(QChar(0xd800)) + QStringLiteral(" lone surrogate")),
            QJsonValue(true),
            QJsonValue(false),
            QJsonValue(42),
            QJsonValue(-0.1),
            QJsonValue(1e21),
            QJsonValue(QJsonArray{}),
            QJsonValue(QJsonObject{}),
            QJsonValue(QJsonObject{{QStringLiteral("user"), QStringLiteral("item \"1\"")}, {QStringLiteral("model"), QStringLiteral("fake/m")}}),
            QJsonValue(
                QJsonObject{{QStringLiteral("z"), QJsonArray{1, QStringLiteral("two"), QJsonValue::Null, QJsonObject{{QStringLiteral("b"), true}}}},
                            {QStringLiteral("a\nkey"), QJsonValue::Null}}),
            QJsonValue(QJsonArray{QStringLiteral("a"), QJsonArray{QStringLiteral("b"), false}, QJsonObject{{QStringLiteral("\U0001F600"), 1.5}}}),
        };
        for (const QJsonValue &v : values) {
            const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            QCOMPARE(jsonText(v), wrapped.mid(1, wrapped.size() - 2));
        }
        QVERIFY(jsonText(QJsonValue::Null).isNull());
        QVERIFY(jsonText(QJsonValue::Undefined).isNull());

        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY(db);
        RunStore store(*db);
        RunRecord r;
        r.id = QStringLiteral("run-1");
        r.workflow = QStringLiteral("w");
        r.definition = QJsonObject{{QStringLiteral("version"), 1}};
        r.output = values.at(2);
        r.startedAtMs = 1000;
        r.updatedAtMs = 1000;
        RunStore::Batch batch;
        batch.runs << RunStore::Batch::Run{r, 5000, true};
        for (int i = 0; i < values.size(); ++i) {
            StepResult s;
            s.key = QStringLiteral("s%1").arg(i);
            s.stepId = s.key;
            s.status = StepStatus::Done;
            s.inputs = values.at(i);
            s.output = values.at(values.size() - 1 - i);
            // text columns: ASCII (copied as UTF-8) and not (bound as UTF-16)
            s.model = i % 2 ? QStringLiteral("fake/gpt-4o-mini") : QStringLiteral("fake/mod\u00e8le-\U0001F600");
            s.error = i % 2 ? QString() : QStringLiteral("Gr\u00f6\u00dfe %1").arg(i);
            batch.steps << RunStore::Batch::Step{r.id, s, i};
        }
        QVERIFY(store.save(batch));
        // the run's update (not whole) writes its output the same way
        r.output = values.at(3);
        batch.runs = {RunStore::Batch::Run{r, 5000, false}};
        QVERIFY(store.save(batch));
        QCOMPARE((*store.run(r.id))->output, values.at(3));
        const QList<StepResult> steps = *store.steps(r.id);
        QCOMPARE(steps.size(), values.size());
        for (int i = 0; i < values.size(); ++i) {
            QCOMPARE(steps.at(i).model, batch.steps.at(i).result.model);
            QCOMPARE(steps.at(i).error, batch.steps.at(i).result.error);
            QCOMPARE(steps.at(i).key, batch.steps.at(i).result.key);
            // (a lone surrogate is stored as QJsonDocument writes it, and comes back as it reads that)
            if (i == 4 || values.size() - 1 - i == 4)
                continue;
            QCOMPARE(steps.at(i).inputs, values.at(i));
            QCOMPARE(steps.at(i).output, values.at(values.size() - 1 - i));
        }
    }

    // What changes while a batch is being written goes in the next batch once its write window is
    // over, without a flush(): every step of a busy run reaches the store as it ended.
    void changesDuringABatchAreStoredWithoutAFlush()
    {
        Fixture f;
        QVERIFY(f.start());
        QJsonArray items;
        for (int i = 0; i < 40; ++i)
            items.append(QStringLiteral("item %1").arg(i));
        const QString id = f.run(json("{'version':1,'name':'map','steps':["
                                      "{'id':'each','kind':'map','over':'input.items','concurrency':8,'steps':["
                                      "{'id':'one','kind':'llm','model':'fake/gpt-4o-mini','user':'{{item}}'}],'edges':[]},"
                                      "{'id':'out','kind':'output','value':'{{len(steps.each.output)}}'}],"
                                      "'edges':[{'from':'each','to':'out'}]}"),
                                 QJsonObject{{QStringLiteral("items"), items}});
        QVERIFY(f.waitFor(id, RunStatus::Succeeded));
        const auto storedDone = [&] {
            auto run = f.store->run(id);
            auto steps = f.store->steps(id);
            if (!run || !*run || (*run)->status != RunStatus::Succeeded || !steps || steps->size() != 42)
                return false;
            return std::all_of(steps->cbegin(), steps->cend(), [](const StepResult &s) { return s.status == StepStatus::Done; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(storedDone(), 10000);
        const QList<StepResult> steps = *f.store->steps(id);
        for (const StepResult &s : steps) {
            if (s.stepId == QLatin1String("one"))
                QCOMPARE(s.output.toString(), QStringLiteral("Hello from the fake upstream."));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflowResume)
#include "tst_workflowresume.moc"
