#include "appcontext.h"
#include "compare/comparestore.h"
#include "engine/engine.h"
#include "monitor/canaryservice.h"
#include "monitor/config.h"
#include "pages/comparepage.h"
#include "pages/monitor/canaryeditor.h"
#include "pages/monitor/canarypanel.h"
#include "pages/monitorpage.h"
#include "theme.h"
#include "uitest.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
using monitor::CanaryResult;
using monitor::CanaryRun;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr int kRuns = 48; // hourly, the last two days
constexpr int kDropAt = 40; // gpt-4o-mini fails 11 of 20 prompts from this run on

const QString kMini = QStringLiteral("openai/gpt-4o-mini");
const QString kFull = QStringLiteral("openai/gpt-4o");

// The generated runs' known answers: gpt-4o-mini passes all 20 prompts but one in runs 10 and 25
// (noise), and 9 of 20 from run 40 on; gpt-4o passes all but one in run 30. Latency 800 ms and
// 1500 ms, cost $0.002 and $0.01 a run.
CanaryRun generatedRun(const QString &model, int index, qint64 startedAt)
{
    CanaryRun r;
    r.canary = QStringLiteral("capitals");
    r.model = model;
    r.startedAt = startedAt;
    r.finishedAt = startedAt + 60'000;
    const bool mini = model == kMini;
    for (int p = 1; p <= 20; ++p) {
        bool fails = false;
        if (mini)
            fails = (index >= kDropAt && p <= 11) || (index == 10 && p == 4) || (index == 25 && p == 17);
        else
            fails = index == 30 && p == 8;
        CanaryResult res;
        res.rowId = QStringLiteral("q%1").arg(p);
        res.prompt = QStringLiteral("What is the capital of country %1?").arg(p);
        res.answer = fails ? QStringLiteral("I am not sure.") : QStringLiteral("The capital is City %1.").arg(p);
        res.status = fails ? CanaryResult::Status::Failed : CanaryResult::Status::Passed;
        res.detail = fails ? QStringLiteral("does not contain \"City %1\"").arg(p) : QString();
        res.latencyMs = mini ? 800 : 1500;
        res.costUsd = (mini ? 0.002 : 0.01) / 20;
        r.results << res;
    }
    r.tally();
    return r;
}

QJsonObject canaryJson()
{
    QJsonArray prompts;
    for (int p = 1; p <= 20; ++p)
        prompts.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("q%1").arg(p)},
                                   {QStringLiteral("prompt"), QStringLiteral("What is the capital of country %1?").arg(p)},
                                   {QStringLiteral("contains"), QStringLiteral("City %1").arg(p)}});
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("capitals")},
                       {QStringLiteral("models"), QJsonArray{kMini, kFull}},
                       {QStringLiteral("schedule"), QStringLiteral("hourly")},
                       {QStringLiteral("maxCostUsd"), 0.05},
                       {QStringLiteral("prompts"), prompts}};
}

} // namespace

class TestMonitorCanaries : public QObject
{
    Q_OBJECT

private:
    struct Fixture : AppFixture {
        qint64 now = (QDateTime::currentMSecsSinceEpoch() / kHour) * kHour + 20 * 60'000;
        std::vector<std::function<void()>> ticks; // the canary service's timer: never fires by itself
        QList<monitor::Alert> raised;
        CanaryPanel *panel = nullptr;

        // hourly, the last one 40 minutes ago
        qint64 runAt(int index) const { return now - qint64(kRuns - index) * kHour + 20 * 60'000; }

        bool start()
        {
            if (!open())
                return false;
            // the canary's runs before the app starts: the last 40 minutes ago, so not due
            auto config = monitor::MonitoringConfig::fromJson(QJsonObject{{QStringLiteral("canaries"), QJsonArray{canaryJson()}}},
                                                              {QStringLiteral("openai")}, {});
            if (!config)
                return false;
            monitor::CanaryStore store(context->database());
            monitor::AlertStore alerts(context->database(), QStringLiteral("app"));
            for (int i = 0; i < kRuns; ++i) {
                const qint64 at = runAt(i);
                for (const QString &model : {kMini, kFull}) {
                    auto v = store.record(config->canaries.first(), generatedRun(model, i, at), alerts, at + 60'000);
                    if (!v)
                        return false;
                    if (v->raised)
                        raised << *v->raised;
                }
            }
            monitor::MonitorService::Options options;
            options.clock = [this] { return now; };
            options.intervalMs = 3'600'000;
            options.schedule = [this](int, QObject *, std::function<void()> then) { ticks.push_back(std::move(then)); };
            context->setMonitorOptions(options);
            const bool started = startEngine([](Workspace &ws) {
                ws.providers << provider("openai", "openai", QUrl());
                ws.monitoring = QJsonObject{{QStringLiteral("canaries"), QJsonArray{canaryJson()}}};
            });
            if (!started || !showWindow(QSize(1366, 768), QStringLiteral("monitor")))
                return false;
            MonitorPage *page = window->monitorPage();
            panel = page->canaryPanel();
            panel->setClock([this] { return now; });
            page->showCanaries();
            return reload();
        }

        bool reload()
        {
            QSignalSpy reloaded(panel, &CanaryPanel::reloaded);
            panel->reload();
            return reloaded.wait(20000);
        }
    };

private Q_SLOTS:
    void initTestCase() { ThemeManager::apply(Theme::Light); }

    // The drop injected at run 40 raised one alert, the single failures did not; the tab shows every
    // run with its figures, the pass rate per model as a line, and a run's answers.
    void showsTheRunsWithTheKnownAnswers()
    {
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(f.raised.size(), 1);
        QCOMPARE(f.raised.first().rule, QStringLiteral("canary:capitals:openai/gpt-4o-mini"));
        QCOMPARE(f.raised.first().startedAt, f.runAt(kDropAt) + 60'000);
        QVERIFY(f.raised.first().message.contains(QLatin1String("failing: q1, q2, q3")));
        // not due: the service started nothing
        QVERIFY(f.context->canaryService()->running().isEmpty());
        // the last 30 days: every run of both models
        QCOMPARE(f.panel->runs().size(), 2 * kRuns);
        QCOMPARE(f.panel->runRows(), 2 * kRuns);
        // newest first: gpt-4o's and gpt-4o-mini's last runs
        QCOMPARE(f.panel->runCell(0, 1), kFull);
        QCOMPARE(f.panel->runCell(1, 1), kMini);
        QVERIFY2(f.panel->runCell(1, 2).startsWith(QLatin1String("9 of 20")), qPrintable(f.panel->runCell(1, 2)));
        // the drop run (row of run 40 of gpt-4o-mini: 8 runs of both models after it) says it raised the alert
        const int dropRow = 2 * (kRuns - 1 - kDropAt) + 1;
        QCOMPARE(f.panel->runCell(dropRow, 1), kMini);
        QVERIFY2(f.panel->runCell(dropRow, 7).contains(QLatin1String("alert")), qPrintable(f.panel->runCell(dropRow, 7)));
        QVERIFY(!f.panel->runCell(dropRow + 2, 7).contains(QLatin1String("alert")));
        QCOMPARE(f.panel->runCell(0, 5), QStringLiteral("1,500 ms"));
        // the chart: a line per model, a point per run, the drop in gpt-4o-mini's
        const auto lines = f.panel->chartView()->chart()->series();
        QCOMPARE(lines.size(), 2);
        auto *mini = qobject_cast<QLineSeries *>(lines.at(0));
        QVERIFY(mini);
        QCOMPARE(mini->name(), kMini);
        QCOMPARE(mini->count(), kRuns);
        QCOMPARE(mini->at(kDropAt - 1).y(), 100.0);
        QCOMPARE(mini->at(kDropAt).y(), 45.0);
        // a run's answers
        QSignalSpy answers(f.panel, &CanaryPanel::answersLoaded);
        f.panel->selectRun(dropRow);
        QVERIFY(answers.wait(20000));
        QCOMPARE(f.panel->answerRows(), 20);
        QCOMPARE(f.panel->answerCell(0, 1), QStringLiteral("failed"));
        QCOMPARE(f.panel->answerCell(0, 3), QStringLiteral("I am not sure."));
        QCOMPARE(f.panel->answerCell(11, 1), QStringLiteral("passed"));
        // the badge counts the canary's alert
        QVERIFY(f.context->monitorService());
        QSignalSpy evaluated(f.context->monitorService(), &monitor::MonitorService::evaluated);
        f.context->monitorService()->evaluateNow();
        QVERIFY(evaluated.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(f.context->monitorService()->firingCount(), 1, 20000);
    }

    // The editor checks the JSON against the workspace as it is typed, naming the field.
    void editorValidates()
    {
        Fixture f;
        QVERIFY(f.start());
        CanaryEditor editor(f.context->workspace(), f.window.get());
        auto *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(save->isEnabled());
        QJsonObject c = canaryJson();
        c.insert(QStringLiteral("schedule"), QStringLiteral("weekly"));
        c.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("mistral/large")});
        editor.setText(QString::fromUtf8(QJsonDocument(QJsonArray{c}).toJson()));
        QCOMPARE(editor.problems().size(), 2);
        QVERIFY2(editor.problems().at(0).startsWith(QLatin1String("monitoring.canaries[0].models[0]: no provider \"mistral\"")),
                 qPrintable(editor.problems().join(QLatin1Char('\n'))));
        QCOMPARE(editor.problems().at(1), QStringLiteral("monitoring.canaries[0].schedule: must be hourly or daily"));
        QVERIFY(!save->isEnabled());
        editor.setText(QStringLiteral("[{\"name\": "));
        QVERIFY(editor.problems().first().startsWith(QLatin1String("Not valid JSON")));
        // a valid edit reaches the service when saved
        c = canaryJson();
        c.insert(QStringLiteral("name"), QStringLiteral("renamed"));
        editor.setText(QString::fromUtf8(QJsonDocument(QJsonArray{c}).toJson()));
        QVERIFY(save->isEnabled());
        QVERIFY(f.context->replaceWorkspace(editor.edited()));
        QCOMPARE(f.context->canaryService()->canaries().size(), 1);
        QCOMPARE(f.context->canaryService()->canaries().first().name, QStringLiteral("renamed"));
    }

    void screenshots_data() { addLanguageAndThemeRows(); }
    void screenshots()
    {
        const QString name = useRowLanguageAndTheme();
        Fixture f;
        QVERIFY(f.start());
        QSignalSpy answers(f.panel, &CanaryPanel::answersLoaded);
        f.panel->selectRun(2 * (kRuns - 1 - kDropAt) + 1);
        QVERIFY(answers.wait(20000));
        QApplication::processEvents();
        QVERIFY2(f.window->width() <= 1366 && f.window->height() <= 768,
                 qPrintable(QStringLiteral("%1x%2").arg(f.window->width()).arg(f.window->height())));
        QVERIFY(!saveScreenshot(f.window.get(), QStringLiteral("monitor-canaries-%1").arg(name)).isEmpty());
        CanaryEditor editor(f.context->workspace(), f.window.get());
        QJsonObject c = canaryJson();
        c.insert(QStringLiteral("schedule"), QStringLiteral("weekly"));
        editor.setText(QString::fromUtf8(QJsonDocument(QJsonArray{c}).toJson()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!saveScreenshot(&editor, QStringLiteral("monitor-canary-editor-%1").arg(name)).isEmpty());
        editor.close();

        // blind votes over ten days: Elo over time on the Compare page's leaderboard
        qint64 clock = f.now - 10 * 24 * kHour;
        compare::CompareStore votes(f.context->database(), [&clock] { return clock; });
        compare::Comparison cmp;
        cmp.workspace = f.context->workspace().name;
        cmp.models = {kMini, kFull, QStringLiteral("anthropic/claude-sonnet-4")};
        cmp.blind = true;
        auto id = votes.create(cmp);
        QVERIFY(id);
        for (int i = 0; i < 30; ++i) {
            clock += 8 * kHour;
            const QString a = cmp.models.at(i % 3), b = cmp.models.at((i + 1) % 3);
            // gpt-4o wins most of its games; gpt-4o-mini improves in the second half
            const bool aWins = a == kFull || (a == kMini && i >= 15) || (b == kMini && i < 15);
            QVERIFY(votes.recordVotes(*id, {compare::Vote{a, b, aWins ? compare::VoteOutcome::AWins : compare::VoteOutcome::BWins, {}, 0, 0}}));
        }
        f.window->showPage(QStringLiteral("compare"));
        f.window->comparePage()->showTab(2);
        QVERIFY(f.context->replaceWorkspace(f.context->workspace())); // the page reads the votes again
        QTRY_COMPARE_WITH_TIMEOUT(f.window->comparePage()->leaderboardRows(), 3, 20000);
        QApplication::processEvents();
        QVERIFY(!saveScreenshot(f.window.get(), QStringLiteral("compare-elo-%1").arg(name)).isEmpty());
    }
};

QTEST_MAIN(TestMonitorCanaries)
#include "tst_monitorcanaries.moc"
