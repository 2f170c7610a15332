// bench_workfloweditor: the Workflows page's editor with a large workflow, through its own actions.
//
// The page is shown offscreen at 1176x740 (a 1366x768 screen without the sidebar), so every change is
// laid out and painted. It builds a workflow of --steps steps (default 200) one at a time the way the
// palette does (each step placed beside the one selected), in --lanes lanes (default 10) whose steps
// follow the one before them, every third also the one before it in the next lane; then, with the whole
// workflow in view: moves single steps and a selection of a quarter of them with the mouse, arranges
// the steps by dependency, undoes and redoes, copies and pastes 20 steps, selects everything and
// deletes it, and undoes that.
//
// Reports, per kind of operation: how many, the slowest and the median (wall time on the GUI thread
// from the operation until its frame is painted, and that thread's CPU time, which a busy machine does
// not inflate), and the longest stall of the GUI thread over the whole run: the largest gap of a 5 ms
// timer beyond its interval, which also catches work that follows an operation (the workflow's
// validation hands its result back to the GUI thread). The target is no stall over 50 ms.
#include "../common/stallmeter.h"
#include "appcontext.h"
#include "pages/workflow/canvas.h"
#include "pages/workflow/document.h"
#include "pages/workflowpage.h"
#include "uitest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMap>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace sb;
using workflow::StepKind;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

struct Times {
    std::vector<double> wall;
    std::vector<double> cpu;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

StallMeter *g_meter = nullptr;

// Runs one operation, then lets the page lay out and paint what changed; records both times.
void measure(const QString &name, Times &times, const std::function<void()> &op)
{
    g_meter->setLabel(name);
    QElapsedTimer wall;
    const qint64 cpu = threadCpuNs();
    wall.start();
    op();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    times.wall.push_back(double(wall.nsecsElapsed()) / 1e6);
    times.cpu.push_back(double(threadCpuNs() - cpu) / 1e6);
}

// Lets the event loop turn (the stall timer fires, the validation's result comes back).
void breathe(int ms = 2)
{
    QTest::qWait(ms);
}

void drag(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 8);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption stepsOpt(QStringLiteral("steps"), QStringLiteral("steps in the workflow"), QStringLiteral("n"), QStringLiteral("200"));
    QCommandLineOption lanesOpt(QStringLiteral("lanes"), QStringLiteral("parallel lanes"), QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({stepsOpt, lanesOpt});
    parser.process(app);
    const int steps = std::max(10, parser.value(stepsOpt).toInt());
    const int lanes = std::clamp(parser.value(lanesOpt).toInt(), 1, steps);

    uitest::AppFixture fixture;
    fixture.storeKey(QStringLiteral("sk-bench"));
    // a provider that is never called: the editor only lists its model
    if (!fixture.open() || !fixture.startEngine([](Workspace &ws) {
            ws.providers = {
                uitest::AppFixture::provider("openai", "openai", QUrl(QStringLiteral("http://127.0.0.1:9")), {QStringLiteral("gpt-4o-mini")})};
        })) {
        out() << "cannot start the engine\n";
        return 1;
    }
    fixture.prompts.confirmAnswers = {true, true, true};
    ui::WorkflowPage page(*fixture.context, fixture.prompts);
    page.resize(1176, 740);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        out() << "the page is not shown\n";
        return 1;
    }
    page.newWorkflow();
    ui::WorkflowDocument *doc = page.document();
    ui::WorkflowScene *scene = page.scene();
    ui::WorkflowView *view = page.view();
    // an empty canvas to start from
    scene->selectSteps({QStringLiteral("ask"), QStringLiteral("out")});
    page.deleteSelection();
    breathe(200);

    StallMeter meter;
    g_meter = &meter;
    QMap<QString, Times> times;
    QElapsedTimer total;
    total.start();
    meter.start();

    // built step by step: each new step goes beside the last one of its lane
    QStringList ids;
    for (int i = 0; i < steps; ++i) {
        const int lane = i % lanes;
        if (i >= lanes)
            scene->selectSteps({ids.at(i - lanes)});
        else
            scene->clearSelection();
        QString id;
        measure(QStringLiteral("add a step"), times[QStringLiteral("add a step")], [&] {
            id = page.addStep(i + 1 == steps ? StepKind::Output : i % 4 == 0 ? StepKind::Llm : StepKind::Transform);
        });
        ids << id;
        if (i >= lanes) {
            measure(QStringLiteral("connect"), times[QStringLiteral("connect")], [&] { (void)doc->connectSteps(ids.at(i - lanes), QString(), id); });
            if (i % 3 == 0 && lane + 1 < lanes && i - lanes + 1 < ids.size())
                measure(QStringLiteral("connect"), times[QStringLiteral("connect")],
                        [&] { (void)doc->connectSteps(ids.at(i - lanes + 1), QString(), id); });
        }
        breathe();
    }
    measure(QStringLiteral("arrange"), times[QStringLiteral("arrange")], [&] { page.arrange(); });
    breathe(300);
    measure(QStringLiteral("zoom to fit"), times[QStringLiteral("zoom to fit")], [&] { view->zoomToFit(); });
    breathe(50);

    // single steps and a quarter of them dragged with the mouse
    for (int i = 0; i < 20; ++i) {
        ui::StepNode *n = scene->node(ids.at((i * 37) % ids.size()));
        scene->selectSteps({n->id()});
        const QPoint from = view->mapFromScene(n->mapToScene(QPointF(40, 10)));
        measure(QStringLiteral("move a step"), times[QStringLiteral("move a step")], [&] { drag(view->viewport(), from, from + QPoint(15, 25)); });
        breathe();
    }
    QStringList quarter;
    for (int i = 0; i < ids.size(); i += 4)
        quarter << ids.at(i);
    for (int i = 0; i < 5; ++i) {
        scene->selectSteps(quarter);
        ui::StepNode *n = scene->node(quarter.first());
        const QPoint from = view->mapFromScene(n->mapToScene(QPointF(40, 10)));
        measure(QStringLiteral("move 1/4 of the steps"), times[QStringLiteral("move 1/4 of the steps")],
                [&] { drag(view->viewport(), from, from + QPoint(20, -15)); });
        breathe();
    }
    for (int i = 0; i < 5; ++i) {
        measure(QStringLiteral("arrange"), times[QStringLiteral("arrange")], [&] { page.arrange(); });
        breathe(50);
        measure(QStringLiteral("undo"), times[QStringLiteral("undo")], [&] { doc->undoStack()->undo(); });
        breathe();
        measure(QStringLiteral("redo"), times[QStringLiteral("redo")], [&] { doc->undoStack()->redo(); });
        breathe();
    }
    for (int i = 0; i < 20; ++i) {
        measure(QStringLiteral("undo"), times[QStringLiteral("undo")], [&] { doc->undoStack()->undo(); });
        breathe();
    }
    for (int i = 0; i < 20; ++i) {
        measure(QStringLiteral("redo"), times[QStringLiteral("redo")], [&] { doc->undoStack()->redo(); });
        breathe();
    }
    scene->selectSteps(ids.mid(0, 20));
    measure(QStringLiteral("copy 20 steps"), times[QStringLiteral("copy 20 steps")], [&] { page.copySelection(); });
    for (int i = 0; i < 3; ++i) {
        measure(QStringLiteral("paste 20 steps"), times[QStringLiteral("paste 20 steps")], [&] { page.paste(); });
        breathe(50);
    }
    QStringList all;
    for (ui::StepNode *n : scene->nodes())
        all << n->id();
    const int shown = int(all.size());
    scene->selectSteps(all);
    measure(QStringLiteral("delete everything"), times[QStringLiteral("delete everything")], [&] { page.deleteSelection(); });
    breathe(50);
    measure(QStringLiteral("undo"), times[QStringLiteral("undo")], [&] { doc->undoStack()->undo(); });
    // the last validation comes back
    (void)QTest::qWaitFor([&] { return page.isChecked(); }, 10000);
    breathe(200);
    meter.stop();

    out() << "workflow editor: " << steps << " steps in " << lanes << " lanes (" << shown << " on the canvas at the end), " << scene->edgeCount()
          << " edges; " << total.elapsed() << " ms in all\n";
    out() << "operation               count  slowest ms  median ms  slowest CPU ms  median CPU ms\n";
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        const Times &t = it.value();
        out() << it.key().leftJustified(22) << qSetFieldWidth(7) << int(t.wall.size()) << qSetFieldWidth(12)
              << QString::number(*std::max_element(t.wall.begin(), t.wall.end()), 'f', 1) << qSetFieldWidth(11)
              << QString::number(median(t.wall), 'f', 1) << qSetFieldWidth(16)
              << QString::number(*std::max_element(t.cpu.begin(), t.cpu.end()), 'f', 1) << qSetFieldWidth(15)
              << QString::number(median(t.cpu), 'f', 1) << qSetFieldWidth(0) << "\n";
    }
    out() << "longest stall of the GUI thread: " << QString::number(meter.longestMs(), 'f', 1) << " ms (target < 50 ms), during or after \""
          << meter.longestDuring() << "\"; problems at the end: " << page.problems().size() << "\n";
    return 0;
}
