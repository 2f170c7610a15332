#include "compare/batchrunner.h"
#include "compare/judge.h"
#include "compare/leaderboard.h"
#include "engine/engine.h"
#include "enginefixture.h"
#include "fakeupstream.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::compare;
namespace fk = sb::fakes;

// The LLM-as-judge check (compare/judge.h) against a fake upstream whose "judge" model answers the
// grades a test sets, or garbage; and Elo over time from blind votes.
class TestCompareJudge : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        fk::FakeUpstream up{fk::Dialects(fk::Dialect::OpenAiChat)};
        std::shared_ptr<engine::Engine> engine;
        std::unique_ptr<engine::RouterHost> host;
        QString judgeReply = QStringLiteral("{\"score\": 8, \"reason\": \"names the capital\"}");
        QList<QJsonObject> judgeRequests;

        bool start()
        {
            if (!up.listen())
                return false;
            // the judge model answers judgeReply; every other model "Paris."
            up.setHandler([this](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
                fk::Script s;
                fk::ReplyScript reply;
                const QJsonObject body = r.json();
                if (body.value(QLatin1String("model")).toString() == QLatin1String("judge")) {
                    judgeRequests << body;
                    reply.text = judgeReply;
                } else {
                    reply.text = QStringLiteral("Paris.");
                }
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

        GradeResult grade(const QList<Check> &checks, const QString &answer, const QString &judgeModel = QStringLiteral("fake/judge"))
        {
            Grader::Options o;
            o.judgeModel = judgeModel;
            o.context.source = usage::Source::Eval;
            Grader g(host->router(), checks, QStringLiteral("Capital of France?"), answer, o);
            QSignalSpy done(&g, &Grader::finished);
            g.start();
            if (done.isEmpty() && !done.wait(10'000))
                qWarning("the grader did not finish");
            return g.result();
        }
    };

    static QList<Check> rowChecks(const char *jsonl)
    {
        auto rows = PromptSet::parseJsonl(QString::fromUtf8(jsonl));
        if (!rows)
            qFatal("%s", qPrintable(rows.error().message));
        return rows->first().checks;
    }

private Q_SLOTS:
    void parsesGrades_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<double>("score"); // < 0: no grade
        QTest::newRow("json") << QStringLiteral("{\"score\": 7, \"reason\": \"ok\"}") << 7.0;
        QTest::newRow("fenced") << QStringLiteral("```json\n{\"score\": 9.5}\n```") << 9.5;
        QTest::newRow("in prose") << QStringLiteral("Here is my grade: {\"score\": 2, \"reason\": \"wrong city\"} Thanks.") << 2.0;
        QTest::newRow("score line") << QStringLiteral("Reasoning...\nScore: 6/10") << 6.0;
        QTest::newRow("garbage") << QStringLiteral("I like this answer a lot!") << -1.0;
        QTest::newRow("score as text") << QStringLiteral("{\"score\": \"high\"}") << -1.0;
        QTest::newRow("out of range") << QStringLiteral("{\"score\": 14}") << -1.0;
        QTest::newRow("empty") << QString() << -1.0;
    }
    void parsesGrades()
    {
        QFETCH(QString, reply);
        QFETCH(double, score);
        const Expected<Grade> g = parseGrade(reply);
        if (score < 0) {
            QVERIFY(!g);
            QVERIFY2(g.error().message.contains(QLatin1String("judge")), qPrintable(g.error().message));
        } else {
            QVERIFY2(g, g ? "" : qPrintable(g.error().message));
            QCOMPARE(g->score, score);
        }
    }

    void parsesJudgeChecks()
    {
        auto rows = PromptSet::parseJsonl(
            QStringLiteral("{\"prompt\": \"p\", \"judge\": {\"rubric\": \"names Paris\", \"threshold\": 8, \"model\": \"x/y\"}}\n"
                           "{\"prompt\": \"q\", \"judge\": \"is polite\"}"));
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->at(0).checks.size(), 1);
        QCOMPARE(rows->at(0).checks.at(0).type, Check::Type::Judge);
        QCOMPARE(rows->at(0).checks.at(0).judge->threshold, 8.0);
        QCOMPARE(rows->at(0).checks.at(0).judge->model, QStringLiteral("x/y"));
        QCOMPARE(rows->at(1).checks.at(0).judge->rubric, QStringLiteral("is polite"));
        QCOMPARE(rows->at(1).checks.at(0).judge->threshold, 7.0);
        auto csv = PromptSet::parseCsv(QStringLiteral("prompt,judge\nHi,answers kindly\n"));
        QVERIFY(csv);
        QCOMPARE(csv->at(0).checks.at(0).type, Check::Type::Judge);
        // mistakes name the key
        auto bad = PromptSet::parseJsonl(QStringLiteral("{\"prompt\": \"p\", \"judge\": {\"rubric\": \"r\", \"threshold\": 12}}"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("line 1: judge.threshold: must be a number from 0 to 10"));
        bad = PromptSet::parseJsonl(QStringLiteral("{\"prompt\": \"p\", \"judge\": {\"rubric\": \"r\", \"scale\": 5}}"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("unknown key \"scale\"")));
    }

    void judgePassesAndFailsByGrade()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<Check> checks = rowChecks("{\"prompt\": \"p\", \"contains\": \"Paris\", \"judge\": \"names the capital of France\"}");
        // 8 >= 7: passes
        GradeResult r = f.grade(checks, QStringLiteral("Paris."));
        QVERIFY2(r.passed, qPrintable(r.detail));
        QVERIFY(!r.error);
        QCOMPARE(r.grades.size(), 1);
        QCOMPARE(r.grades.at(0).score, 8.0);
        QCOMPARE(f.judgeRequests.size(), 1);
        // the judge saw the rubric and the answer
        const QString asked
            = f.judgeRequests.at(0).value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")).toString();
        QVERIFY(asked.contains(QLatin1String("names the capital of France")));
        QVERIFY(asked.contains(QLatin1String("Paris.")));
        // 3 < 7: fails, saying the grade
        f.judgeReply = QStringLiteral("{\"score\": 3, \"reason\": \"vague\"}");
        r = f.grade(checks, QStringLiteral("Paris."));
        QVERIFY(!r.passed);
        QVERIFY(!r.error);
        QVERIFY2(r.detail.contains(QLatin1String("3/10")), qPrintable(r.detail));
        // a local check that fails: no judge is asked
        r = f.grade(checks, QStringLiteral("Lyon."));
        QVERIFY(!r.passed);
        QCOMPARE(f.judgeRequests.size(), 2);
        // the judge call is in the ledger like every call
        const auto rows = testing::ledgerSources(*f.engine);
        QCOMPARE(std::count_if(rows.begin(), rows.end(), [](const auto &p) { return p.first == QLatin1String("eval"); }), 2);
    }

    void garbageJudgeIsAnErrorNotAPass()
    {
        Fixture f;
        QVERIFY(f.start());
        f.judgeReply = QStringLiteral("What a lovely answer, truly.");
        const QList<Check> checks = rowChecks("{\"prompt\": \"p\", \"judge\": \"names the capital of France\"}");
        const GradeResult r = f.grade(checks, QStringLiteral("Paris."));
        QVERIFY(!r.passed);
        QVERIFY(r.error);
        QVERIFY2(r.detail.contains(QLatin1String("no grade")) && r.detail.contains(QLatin1String("What a lovely answer")), qPrintable(r.detail));
        // without a judge model: an error that says what to set
        const GradeResult none = f.grade(checks, QStringLiteral("Paris."), QString());
        QVERIFY(none.error);
        QVERIFY(none.detail.contains(QLatin1String("judge model")));
    }

    void batchRunnerGradesWithTheJudge()
    {
        Fixture f;
        QVERIFY(f.start());
        auto store = std::make_shared<CompareStore>(f.engine->database());
        BatchRunner runner(f.host->router(), store, QStringLiteral("ws"));
        auto rows = PromptSet::parseJsonl(QStringLiteral("{\"prompt\": \"Capital of France?\", \"judge\": \"names Paris\"}\n"
                                                         "{\"prompt\": \"Capital of Italy?\", \"contains\": \"Rome\"}"));
        QVERIFY(rows);
        BatchOptions o;
        o.models = {QStringLiteral("fake/gpt-4o-mini")};
        o.judgeModel = QStringLiteral("fake/judge");
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QVERIFY(runner.start(*rows, o));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(runner.results().at(0).passed, std::optional<bool>(true));
        QCOMPARE(runner.results().at(1).passed, std::optional<bool>(false)); // "Paris." has no Rome
        QCOMPARE(f.judgeRequests.size(), 1);
    }

    void eloOverTime()
    {
        // A beats B twice, then B beats C: A rises, B falls then rises, C falls
        const QList<Vote> votes{{QStringLiteral("A"), QStringLiteral("B"), VoteOutcome::AWins, {}, 1, 1000},
                                {QStringLiteral("A"), QStringLiteral("B"), VoteOutcome::AWins, {}, 2, 2000},
                                {QStringLiteral("B"), QStringLiteral("C"), VoteOutcome::AWins, {}, 3, 3000}};
        const QList<EloPoint> h = eloHistory(votes);
        QCOMPARE(h.size(), 6);
        QCOMPARE(h.at(0).at, 1000);
        QCOMPARE(h.at(0).model, QStringLiteral("A"));
        QCOMPARE(h.at(0).elo, 1016.0); // 1000 + 32 * (1 - 0.5)
        QCOMPARE(h.at(1).elo, 984.0);
        QVERIFY(h.at(2).elo > 1016.0 && h.at(2).elo < 1032.0); // the second win earns less
        QCOMPARE(h.at(4).model, QStringLiteral("B"));
        QVERIFY(h.at(4).elo > h.at(3).elo);
        QVERIFY(h.at(5).elo < 1000.0);
        // the last point of each model is its leaderboard Elo
        for (const LeaderboardEntry &e : computeLeaderboard(votes)) {
            double last = 0;
            for (const EloPoint &p : h) {
                if (p.model == e.model)
                    last = p.elo;
            }
            QCOMPARE(last, e.elo);
        }
    }
};

QTEST_GUILESS_MAIN(TestCompareJudge)
#include "tst_comparejudge.moc"
