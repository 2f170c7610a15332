#include "appcontext.h"
#include "enginefixture.h"
#include "fakeupstream.h"
#include "i18n.h"
#include "pages/compare/comparepane.h"
#include "pages/comparepage.h"
#include "pages/workflow/canvas.h"
#include "pages/workflow/document.h"
#include "pages/workflow/history.h"
#include "pages/workflow/inspector.h"
#include "pages/workflow/palette.h"
#include "pages/workflow/runpanel.h"
#include "pages/workflow/stepcompare.h"
#include "pages/workflow/templatedialog.h"
#include "pages/workflow/versions.h"
#include "pages/workflow/workflowform.h"
#include "pages/workflowpage.h"
#include "theme.h"
#include "uitest.h"
#include "workflow/runstore.h"
#include "workflow/versionstore.h"
#include "workflow/workflowfile.h"
#include "workflowjson.h"
#include "workflowscript.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
using sb::testing::json;
using workflow::RunStatus;
using workflow::StepKind;
using workflow::StepStatus;
namespace fk = sb::fakes;
namespace wj = sb::ui::workflowjson;

namespace {

const QString kModel = QStringLiteral("fake/gpt-4o-mini");

// prep (a template) -> ask (a model) -> out
QJsonObject chain()
{
    return json("{'version':1,'name':'notes','description':'Sums up a note',"
                "'inputSchema':{'type':'object','properties':{'text':{'type':'string','description':'the note'}},'required':['text']},"
                "'steps':["
                "{'id':'prep','kind':'transform','op':'template','template':'Note: {{input.text}}','position':{'x':0,'y':0}},"
                "{'id':'ask','kind':'llm','model':'fake/gpt-4o-mini','user':'Sum up {{steps.prep.output}}','position':{'x':270,'y':0}},"
                "{'id':'out','kind':'output','value':'{{steps.ask.output}}','position':{'x':540,'y':0}}],"
                "'edges':[{'from':'prep','to':'ask'},{'from':'ask','to':'out'}]}");
}

// A document's way through: read, classify, a condition, a map over its lines, a review, the output.
QJsonObject triage()
{
    return json("{'version':1,'name':'triage','description':'Sorts a letter and drafts an answer',"
                "'inputSchema':{'type':'object','properties':{'text':{'type':'string'},'urgent':{'type':'boolean'},"
                "'document':{'type':'object','format':'file'}},'required':['text']},"
                "'steps':["
                "{'id':'sort','kind':'classify','model':'fake/gpt-4o-mini','user':'{{input.text}}','labels':['invoice','letter']},"
                "{'id':'fields','kind':'llm','model':'fake/gpt-4o-mini','user':'Fields of {{input.text}}'},"
                "{'id':'draft','kind':'llm','model':'fake/gpt-4o-mini','system':'You answer letters.','user':'Answer {{input.text}}'},"
                "{'id':'big','kind':'condition','expression':'len(input.text) > 20'},"
                "{'id':'lines','kind':'transform','op':'split','from':'steps.draft.output','separator':'. '},"
                "{'id':'polish','kind':'map','over':'steps.lines.output','concurrency':2,"
                " 'steps':[{'id':'line','kind':'llm','model':'fake/gpt-4o-mini','user':'Polish {{item}}'}],'edges':[]},"
                "{'id':'check','kind':'human_review','value':'{{steps.polish.output}}','instructions':'Check the answer'},"
                "{'id':'out','kind':'output','value':'{{steps.check.output}}'}],"
                "'edges':[{'from':'sort','to':'fields','when':'invoice'},{'from':'sort','to':'draft','when':'letter'},"
                "{'from':'fields','to':'big'},{'from':'draft','to':'big'},{'from':'big','to':'lines','when':'true'},"
                "{'from':'big','to':'out','when':'false'},{'from':'lines','to':'polish'},{'from':'polish','to':'check'},"
                "{'from':'check','to':'out'}]}");
}

// The buttons of `root` that show less than their whole text (narrower than they ask to be), the tab
// bars that scroll, and the tool bars that moved actions into their overflow menu: what a language with
// longer words would cut off.
QStringList clippedIn(QWidget *root)
{
    QStringList out;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->text().isEmpty() || b->objectName() == QLatin1String("qt_toolbar_ext_button"))
            continue;
        if (b->width() < b->sizeHint().width())
            out << QStringLiteral("button \"%1\" (%2): %3 < %4 px").arg(b->text(), b->objectName()).arg(b->width()).arg(b->sizeHint().width());
    }
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        if (bar->isVisible() && more && more->isVisible())
            out << QStringLiteral("tool bar %1: actions moved into its overflow menu").arg(bar->objectName());
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!tabs->isVisible() || tabs->count() == 0)
            continue;
        const int need = tabs->tabRect(tabs->count() - 1).right() - tabs->tabRect(0).left();
        if (need > tabs->width())
            out << QStringLiteral("tab bar (%1 tabs): %2 < %3 px").arg(tabs->count()).arg(tabs->width()).arg(need);
    }
    return out;
}

fk::Script reply(const QString &text)
{
    fk::ReplyScript r;
    r.text = text;
    return fk::Script{r, {}, {}};
}

QString lastUser(const fk::RecordedRequest &r)
{
    return r.json().value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content")).toString();
}

} // namespace

// The Workflows page through its own widgets: the canvas (palette, ports dragged to connect, moves,
// undo and redo, copy and paste, delete), the inspector, validation on the nodes, saving into the
// workspace, and runs through the app's router against a fake upstream: live states, cancel, a review,
// resume, and the history with a diff of two runs.
class TestWorkflowPage : public QObject
{
    Q_OBJECT

private:
    struct Fixture : AppFixture {
        fk::FakeUpstream up{fk::Dialects(fk::Dialect::OpenAiChat)};
        WorkflowPage *page = nullptr;
        QStringList models{QStringLiteral("gpt-4o-mini")}; // the fake provider's
        std::function<void()> beforeWindow; // after the engine started, before the page is made

        bool start(const QList<QJsonObject> &workflows = {}, QSize size = {1366, 768})
        {
            if (!up.listen())
                return false;
            storeKey(QStringLiteral("sk-test"));
            const bool started = open() && startEngine([&](Workspace &ws) {
                                     ws.providers = {provider("fake", "openai", up.baseUrl(), models)};
                                     for (const QJsonObject &w : workflows)
                                         ws.workflows.append(w);
                                 });
            if (started && beforeWindow)
                beforeWindow();
            if (!started || !showWindow(size, QStringLiteral("workflows")))
                return false;
            page = window->workflowPage();
            return page && checked();
        }
        bool checked()
        {
            return QTest::qWaitFor([this] { return page->isChecked(); }, 10000);
        }
        WorkflowView *view() const { return page->view(); }
        QWidget *viewport() const { return page->view()->viewport(); }
        StepNode *node(const QString &id) const { return page->scene()->node(id); }
        QPoint at(QPointF scenePos) const { return view()->mapFromScene(scenePos); }
        QJsonObject step(const QString &id) const { return wj::step(page->document()->json(), id); }
        QStringList edges(const QString &owner = {}) const
        {
            QStringList out;
            for (const QJsonValue &v : wj::edges(page->document()->json(), owner)) {
                const QJsonObject e = v.toObject();
                out << e.value(QLatin1String("from")).toString() + QStringLiteral("->") + e.value(QLatin1String("to")).toString()
                        + (e.contains(QLatin1String("when")) ? QStringLiteral(":") + e.value(QLatin1String("when")).toString() : QString());
            }
            return out;
        }
        QStringList nodeIds() const
        {
            QStringList ids;
            for (StepNode *n : page->scene()->nodes())
                ids << n->id();
            ids.sort();
            return ids;
        }
        void drag(QPoint from, QPoint to)
        {
            QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
            for (int i = 1; i <= 6; ++i)
                QTest::mouseMove(viewport(), from + (to - from) * i / 6);
            QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
        }
        // connects by dragging from a port to the middle of another node
        void connectByDrag(const QString &from, const QString &when, const QString &to)
        {
            view()->ensureVisible(node(from));
            drag(at(node(from)->outPort(when)), at(node(to)->sceneBoundingRect().center()));
        }
        void click(const QString &id)
        {
            view()->ensureVisible(node(id));
            QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(node(id)->mapToScene(QPointF(60, 12))));
        }
        void keys(int key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
        {
            view()->setFocus();
            QTest::keyClick(view(), Qt::Key(key), modifiers);
        }
        QPushButton *button(const char *name) const { return page->findChild<QPushButton *>(QLatin1String(name)); }
        void addFromPalette(StepKind kind)
        {
            StepPalette *palette = page->palette();
            const QRect rect = palette->visualItemRect(palette->item(palette->rowOf(kind)));
            QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, rect.center());
        }
        std::optional<StepStatus> state(const QString &id) const
        {
            StepNode *n = node(id);
            return n && n->runState() ? std::optional<StepStatus>(n->runState()->status) : std::nullopt;
        }
        bool runEnds(RunStatus status, int ms = 20000)
        {
            return QTest::qWaitFor([&] { return page->shownRecord() && page->shownRecord()->status == status; }, ms);
        }
        void typeInput(const QString &text)
        {
            auto *field = qobject_cast<QPlainTextEdit *>(page->runPanel()->inputField(QStringLiteral("text")));
            QVERIFY(field);
            field->setPlainText(text);
        }
        // an input field of the run form, whatever its editor
        void setInput(const QString &name, const QString &text)
        {
            QWidget *field = page->runPanel()->inputField(name);
            QVERIFY2(field, qPrintable(name));
            if (auto *box = qobject_cast<QPlainTextEdit *>(field))
                box->setPlainText(text);
            else if (auto *line = qobject_cast<QLineEdit *>(field))
                line->setText(text);
            else
                QFAIL(qPrintable(name));
        }
        // refreshes a list (the runs, the versions) until its table has n rows
        bool tableRows(void (WorkflowPage::*refresh)(), void (WorkflowPage::*loadedSignal)(), QTableWidget *table, int n)
        {
            return QTest::qWaitFor(
                [&] {
                    (page->*refresh)();
                    QSignalSpy loaded(page, loadedSignal);
                    return loaded.wait(5000) && table->rowCount() == n;
                },
                15000);
        }
        bool versionRows(int n)
        {
            return tableRows(&WorkflowPage::refreshVersions, &WorkflowPage::versionsLoaded, page->versionsPanel()->table(), n);
        }
        bool historyRows(int n) { return tableRows(&WorkflowPage::refreshHistory, &WorkflowPage::historyLoaded, page->historyPanel()->table(), n); }
        QStringList versionCells(int column) const
        {
            QStringList out;
            QTableWidget *t = page->versionsPanel()->table();
            for (int row = 0; row < t->rowCount(); ++row)
                out << t->item(row, column)->text();
            return out;
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }
    void cleanup()
    {
        ThemeManager::apply(Theme::Light);
        installTranslations(QStringLiteral("en"));
    }

    void editsOnTheCanvas()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.page->workflowNames().isEmpty());
        QVERIFY2(f.page->statusText().contains(QLatin1String("press New")), qPrintable(f.page->statusText()));

        // a new workflow: a model answers the input, that is the output
        QTest::mouseClick(f.button("workflowNew"), Qt::LeftButton);
        QCOMPARE(f.page->workflowNames(), QStringList{QStringLiteral("workflow")});
        QCOMPARE(f.nodeIds(), (QStringList{QStringLiteral("ask"), QStringLiteral("out")}));
        QCOMPARE(f.edges(), QStringList{QStringLiteral("ask->out")});
        QCOMPARE(f.step(QStringLiteral("ask")).value(QLatin1String("model")).toString(), kModel);
        QVERIFY(f.checked());
        QVERIFY(f.page->problems().isEmpty());

        // a condition from the palette, selected and in the inspector with its expression
        f.addFromPalette(StepKind::Condition);
        QCOMPARE(f.nodeIds(), (QStringList{QStringLiteral("ask"), QStringLiteral("check"), QStringLiteral("out")}));
        QCOMPARE(f.page->scene()->selectedSteps(), QStringList{QStringLiteral("check")});
        QCOMPARE(f.page->inspector()->stepId(), QStringLiteral("check"));
        QVERIFY(f.page->inspector()->editor(QStringLiteral("expression")));
        QCOMPARE(f.node(QStringLiteral("check"))->ports(), (QStringList{QStringLiteral("true"), QStringLiteral("false")}));

        // connected by dragging from a port to a step
        f.connectByDrag(QStringLiteral("ask"), QString(), QStringLiteral("check"));
        f.connectByDrag(QStringLiteral("check"), QStringLiteral("true"), QStringLiteral("out"));
        QCOMPARE(f.edges(), (QStringList{QStringLiteral("ask->out"), QStringLiteral("ask->check"), QStringLiteral("check->out:true")}));
        QVERIFY(f.page->scene()->edge(QStringLiteral("check"), QStringLiteral("out"), QStringLiteral("true")));
        // a cycle is refused and the status says why
        f.connectByDrag(QStringLiteral("out"), QString(), QStringLiteral("ask"));
        QCOMPARE(f.edges().size(), 3);
        QVERIFY2(f.page->statusText().contains(QLatin1String("cycle")), qPrintable(f.page->statusText()));

        // undo and redo with the keys
        f.keys(Qt::Key_Z);
        QCOMPARE(f.edges(), (QStringList{QStringLiteral("ask->out"), QStringLiteral("ask->check")}));
        QVERIFY(!f.page->scene()->edge(QStringLiteral("check"), QStringLiteral("out"), QStringLiteral("true")));
        f.keys(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.edges().size(), 3);

        // moved by dragging; undone
        const QPointF was = f.node(QStringLiteral("check"))->pos();
        const QPoint grab = f.at(f.node(QStringLiteral("check"))->mapToScene(QPointF(60, 12)));
        f.drag(grab, grab + QPoint(90, 120));
        const QPointF moved = f.node(QStringLiteral("check"))->pos();
        QVERIFY(moved != was);
        QCOMPARE(*wj::position(f.step(QStringLiteral("check"))), moved);
        QVERIFY(
            f.page->scene()
                ->edge(QStringLiteral("ask"), QStringLiteral("check"))
                ->boundingRect()
                .contains(
                    f.page->scene()->edge(QStringLiteral("ask"), QStringLiteral("check"))->mapFromScene(f.node(QStringLiteral("check"))->inPort())));
        f.keys(Qt::Key_Z);
        QCOMPARE(f.node(QStringLiteral("check"))->pos(), was);
        QCOMPARE(*wj::position(f.step(QStringLiteral("check"))), was);

        // copy and paste: fresh ids, the copy beside the original, references follow
        f.click(QStringLiteral("ask"));
        QCOMPARE(f.page->scene()->selectedSteps(), QStringList{QStringLiteral("ask")});
        f.keys(Qt::Key_C);
        f.keys(Qt::Key_V);
        QCOMPARE(f.page->scene()->selectedSteps(), QStringList{QStringLiteral("ask_2")});
        QCOMPARE(f.step(QStringLiteral("ask_2")).value(QLatin1String("model")).toString(), kModel);
        QCOMPARE(*wj::position(f.step(QStringLiteral("ask_2"))), *wj::position(f.step(QStringLiteral("ask"))) + QPointF(40, 40));
        // two steps with the edge between them
        f.page->scene()->selectSteps({QStringLiteral("ask"), QStringLiteral("out")});
        f.keys(Qt::Key_C);
        f.keys(Qt::Key_V);
        QCOMPARE(f.page->scene()->selectedSteps(), (QStringList{QStringLiteral("ask_3"), QStringLiteral("out_2")}));
        QVERIFY(f.edges().contains(QStringLiteral("ask_3->out_2")));
        QCOMPARE(f.step(QStringLiteral("out_2")).value(QLatin1String("value")).toString(), QStringLiteral("{{steps.ask_3.output}}"));

        // delete: the steps and their edges
        f.keys(Qt::Key_Delete, Qt::NoModifier);
        QVERIFY(!f.node(QStringLiteral("ask_3")) && !f.node(QStringLiteral("out_2")));
        QVERIFY(!f.edges().contains(QStringLiteral("ask_3->out_2")));
        f.page->scene()->selectSteps({QStringLiteral("ask_2")});
        f.keys(Qt::Key_Delete, Qt::NoModifier);
        QCOMPARE(f.nodeIds(), (QStringList{QStringLiteral("ask"), QStringLiteral("check"), QStringLiteral("out")}));

        // dropped from the palette where the pointer is
        auto *mime = new QMimeData;
        mime->setData(WorkflowView::mimeType(), QByteArrayLiteral("transform"));
        const QPoint drop = f.at(QPointF(300, 300));
        QDragEnterEvent enter(drop, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(f.viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(drop), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(f.viewport(), &dropped);
        delete mime;
        QVERIFY(f.node(QStringLiteral("transform")));
        QVERIFY(f.node(QStringLiteral("transform"))->sceneBoundingRect().contains(QPointF(300, 300)));
        QCOMPARE(f.step(QStringLiteral("transform")).value(QLatin1String("op")).toString(), QStringLiteral("template"));

        // a field edited in the inspector; a problem shown on the node, in the inspector and in the list
        f.click(QStringLiteral("ask"));
        auto *user = qobject_cast<QPlainTextEdit *>(f.page->inspector()->editor(QStringLiteral("user")));
        QVERIFY(user);
        user->setPlainText(QStringLiteral("Answer {{steps.nowhere.output}}"));
        QCOMPARE(f.step(QStringLiteral("ask")).value(QLatin1String("user")).toString(), QStringLiteral("Answer {{steps.nowhere.output}}"));
        QVERIFY(f.checked());
        const QString problem = QStringLiteral("user: at 9: no step \"nowhere\"");
        QCOMPARE(f.node(QStringLiteral("ask"))->problems(), QStringList{problem});
        QVERIFY(f.node(QStringLiteral("ask"))->toolTip().contains(QLatin1String("no step &quot;nowhere&quot;")));
        QVERIFY(f.node(QStringLiteral("out"))->problems().isEmpty());
        QCOMPARE(f.page->problemList()->count(), 1);
        QCOMPARE(f.page->problemList()->item(0)->text(), QStringLiteral("steps.ask.") + problem);
        bool shown = false;
        for (QLabel *l : f.page->inspector()->findChildren<QLabel *>())
            shown = shown || (l->isVisible() && l->text() == problem);
        QVERIFY(shown);
        // typing more is one undo step; undone, the problem goes
        user->setPlainText(QStringLiteral("Answer {{steps.nowhere.output}}!"));
        f.keys(Qt::Key_Z);
        QCOMPARE(f.step(QStringLiteral("ask")).value(QLatin1String("user")).toString(), QStringLiteral("{{input.text}}"));
        QVERIFY(f.checked());
        QVERIFY(f.node(QStringLiteral("ask"))->problems().isEmpty());
        QVERIFY(f.page->problems().isEmpty());
        QCOMPARE(user->toPlainText(), QStringLiteral("{{input.text}}"));

        // saved with Ctrl+S into the workspace
        QVERIFY(f.page->document()->isModified());
        QVERIFY(f.page->findChild<QListWidget *>(QStringLiteral("workflowList"))->item(0)->text().endsWith(QLatin1String(" *")));
        f.keys(Qt::Key_S);
        QVERIFY(!f.page->document()->isModified());
        QCOMPARE(f.context->workspace().workflows.size(), 1);
        QCOMPARE(f.context->workspace().workflows.at(0).toObject(), f.page->document()->json());
        auto reloaded = WorkspaceFile::load(f.context->workspacePath());
        QVERIFY(reloaded);
        QCOMPARE(reloaded->workflows.at(0).toObject().value(QLatin1String("edges")).toArray().size(), 3);

        // renamed in the list (saved), duplicated, deleted after a question
        auto *list = f.page->findChild<QListWidget *>(QStringLiteral("workflowList"));
        list->item(0)->setText(QStringLiteral("triage"));
        QTRY_COMPARE(f.page->workflowNames(), QStringList{QStringLiteral("triage")});
        QCOMPARE(f.page->currentWorkflow(), QStringLiteral("triage"));
        QTest::mouseClick(f.button("workflowDuplicate"), Qt::LeftButton);
        QCOMPARE(f.page->workflowNames(), (QStringList{QStringLiteral("triage"), QStringLiteral("triage-copy")}));
        QCOMPARE(f.page->currentWorkflow(), QStringLiteral("triage-copy"));
        QCOMPARE(f.nodeIds().size(), 4);
        f.prompts.confirmAnswers << false << true;
        QTest::mouseClick(f.button("workflowDelete"), Qt::LeftButton);
        QCOMPARE(f.page->workflowNames().size(), 2);
        QTest::mouseClick(f.button("workflowDelete"), Qt::LeftButton);
        QCOMPARE(f.page->workflowNames(), QStringList{QStringLiteral("triage")});
        QVERIFY(f.prompts.confirmations.last().contains(QLatin1String("triage-copy")));
        QCOMPARE(f.page->currentWorkflow(), QStringLiteral("triage"));

        // an unsaved change when another workflow opens: the question, and no means discard
        QTest::mouseClick(f.button("workflowNew"), Qt::LeftButton);
        f.page->openWorkflow(QStringLiteral("triage"));
        f.addFromPalette(StepKind::Output);
        f.prompts.confirmAnswers << false;
        f.page->openWorkflow(QStringLiteral("workflow"));
        QCOMPARE(f.page->currentWorkflow(), QStringLiteral("workflow"));
        f.page->openWorkflow(QStringLiteral("triage"));
        QVERIFY(!f.node(QStringLiteral("out_2")));
    }

    void workflowFormEditsNameAndInputs()
    {
        Fixture f;
        QVERIFY(f.start({chain()}));
        f.page->showTab(WorkflowPage::Tab::Workflow);
        WorkflowForm *form = f.page->workflowForm();
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("notes"));
        QCOMPARE(form->inputsTable()->rowCount(), 1);
        QCOMPARE(form->inputsTable()->item(0, 0)->text(), QStringLiteral("text"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("workflowAddInput")), Qt::LeftButton);
        form->inputsTable()->item(1, 0)->setText(QStringLiteral("vendor"));
        const QJsonObject schema = f.page->document()->json().value(QLatin1String("inputSchema")).toObject();
        QVERIFY(schema.value(QLatin1String("properties")).toObject().contains(QLatin1String("vendor")));
        // the run form follows: a field for the new input
        QVERIFY(f.page->runPanel()->inputField(QStringLiteral("vendor")));
        // a bad name is a problem under the name
        QTest::keyClicks(form->nameEdit(), QStringLiteral(" x"));
        QCOMPARE(f.page->document()->json().value(QLatin1String("name")).toString(), QStringLiteral("notes x"));
        QVERIFY(f.checked());
        QVERIFY(f.page->problems().size() == 1 && f.page->problems().first().field == QLatin1String("name"));
        f.keys(Qt::Key_S);
        QVERIFY2(f.page->statusText().contains(QLatin1String("1 problem keeps it from running")), qPrintable(f.page->statusText()));
        QCOMPARE(f.page->workflowNames(), QStringList{QStringLiteral("notes x")});

        // the JSON view: the whole definition, applied as one undo step
        f.page->showTab(WorkflowPage::Tab::Json);
        auto *text = f.page->findChild<QPlainTextEdit *>(QStringLiteral("workflowJson"));
        QVERIFY(text->toPlainText().contains(QLatin1String("\"name\": \"notes x\"")));
        text->setPlainText(text->toPlainText().replace(QStringLiteral("\"name\": \"notes x\""), QStringLiteral("\"name\": \"notes\"")));
        QTest::mouseClick(f.page->findChild<QPushButton *>(QStringLiteral("workflowJsonApply")), Qt::LeftButton);
        QCOMPARE(f.page->document()->json().value(QLatin1String("name")).toString(), QStringLiteral("notes"));
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("notes"));
        QVERIFY(f.checked());
        QVERIFY(f.page->problems().isEmpty());
        text->setPlainText(QStringLiteral("{ not json"));
        QTest::mouseClick(f.page->findChild<QPushButton *>(QStringLiteral("workflowJsonApply")), Qt::LeftButton);
        QCOMPARE(f.page->document()->json().value(QLatin1String("name")).toString(), QStringLiteral("notes"));
        f.keys(Qt::Key_Z);
        QCOMPARE(f.page->document()->json().value(QLatin1String("name")).toString(), QStringLiteral("notes x"));
    }

    void mapBodyOnItsOwnCanvas()
    {
        Fixture f;
        QVERIFY(f.start({triage()}));
        QCOMPARE(f.page->graphOwner(), QString());
        QVERIFY(f.node(QStringLiteral("polish")));
        QVERIFY(!f.node(QStringLiteral("line")));
        // every step got a place (the workflow had none)
        QVERIFY(wj::position(f.step(QStringLiteral("out"))));
        QVERIFY(f.node(QStringLiteral("out"))->pos().x() > f.node(QStringLiteral("sort"))->pos().x());
        QCOMPARE(f.node(QStringLiteral("sort"))->ports(), (QStringList{QStringLiteral("invoice"), QStringLiteral("letter"), QString()}));
        QVERIFY(f.page->scene()->edge(QStringLiteral("sort"), QStringLiteral("fields"), QStringLiteral("invoice")));
        QVERIFY(f.page->problems().isEmpty());
        // the map opens with a double-click: its steps on the canvas
        f.view()->ensureVisible(f.node(QStringLiteral("polish")));
        const QPoint map = f.at(f.node(QStringLiteral("polish"))->mapToScene(QPointF(60, 12)));
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, map);
        QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, map);
        QCOMPARE(f.page->graphOwner(), QStringLiteral("polish"));
        QCOMPARE(f.nodeIds(), QStringList{QStringLiteral("line")});
        // a step added here goes into the map's steps; its problem shows on the map outside
        f.addFromPalette(StepKind::Output);
        QCOMPARE(wj::steps(f.page->document()->json(), QStringLiteral("polish")).size(), 2);
        f.connectByDrag(QStringLiteral("line"), QString(), QStringLiteral("out_2"));
        QCOMPARE(f.edges(QStringLiteral("polish")), QStringList{QStringLiteral("line->out_2")});
        qobject_cast<QPlainTextEdit *>(f.page->inspector()->editor(QStringLiteral("value")))->setPlainText(QStringLiteral("{{steps.gone.output}}"));
        QVERIFY(f.checked());
        QCOMPARE(f.node(QStringLiteral("out_2"))->problems().size(), 1);
        QTest::mouseClick(f.page->findChild<QToolButton *>(QStringLiteral("workflowBack")), Qt::LeftButton);
        QCOMPARE(f.page->graphOwner(), QString());
        QVERIFY(f.node(QStringLiteral("polish")));
        QCOMPARE(f.node(QStringLiteral("polish"))->problems().size(), 1);
        QVERIFY2(f.node(QStringLiteral("polish"))->problems().first().startsWith(QLatin1String("out_2.value: ")),
                 qPrintable(f.node(QStringLiteral("polish"))->problems().first()));
        // a click on the problem opens the map with the step selected
        f.page->problemList()->setCurrentRow(0);
        Q_EMIT f.page->problemList()->itemActivated(f.page->problemList()->item(0));
        QCOMPARE(f.page->graphOwner(), QStringLiteral("polish"));
        QCOMPARE(f.page->scene()->selectedSteps(), QStringList{QStringLiteral("out_2")});
        // undo twice: the edge, then the step inside the map go
        f.keys(Qt::Key_Z);
        f.keys(Qt::Key_Z);
        f.keys(Qt::Key_Z);
        QCOMPARE(wj::steps(f.page->document()->json(), QStringLiteral("polish")).size(), 1);
        QCOMPARE(f.nodeIds(), QStringList{QStringLiteral("line")});
    }

    void runsLiveAgainstTheFake()
    {
        Fixture f;
        QVERIFY(f.start({chain()}));
        f.up.setChunkDelay(60);
        fk::ReplyScript r;
        r.text = QStringLiteral("A short note about the weather.");
        r.textChunks = 6;
        f.up.setReply(r);
        f.page->showTab(WorkflowPage::Tab::Run);
        f.typeInput(QStringLiteral("It rains."));
        QSignalSpy changes(f.page->runner(), &workflow::Runner::stepChanged);
        QTest::mouseClick(f.button("workflowRun"), Qt::LeftButton);
        QVERIFY(!f.page->shownRun().isEmpty());
        // live: the model's step runs while the one before it is done
        QTRY_VERIFY_WITH_TIMEOUT(f.state(QStringLiteral("ask")) == StepStatus::Running, 10000);
        QCOMPARE(f.state(QStringLiteral("prep")), StepStatus::Done);
        QCOMPARE(f.state(QStringLiteral("out")), StepStatus::Waiting);
        QVERIFY(f.button("workflowCancel")->isEnabled());
        QVERIFY(f.runEnds(RunStatus::Succeeded));
        for (const char *id : {"prep", "ask", "out"})
            QCOMPARE(f.state(QLatin1String(id)), StepStatus::Done);
        QCOMPARE(lastUser(f.up.lastRequest()), QStringLiteral("Sum up Note: It rains."));
        QCOMPARE(f.page->runPanel()->outputText(), r.text);
        QVERIFY2(f.page->runPanel()->statusText().contains(QLatin1String("succeeded")), qPrintable(f.page->runPanel()->statusText()));
        QVERIFY(!f.button("workflowCancel")->isEnabled());
        // the step's result in the inspector: output, model, tokens, cost, latency
        f.click(QStringLiteral("ask"));
        const QString result = f.page->inspector()->resultText();
        QVERIFY2(result.contains(QStringLiteral("Model: ") + kModel), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("Tokens: 12 in, 9 out")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("Cost: $")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("Latency: ")), qPrintable(result));
        QVERIFY2(result.endsWith(r.text), qPrintable(result));
        QVERIFY(f.node(QStringLiteral("ask"))->runState()->detail.contains(QLatin1String("$")));
        // in the history, stored
        QVERIFY(f.historyRows(1));
        auto stored = workflow::RunStore(f.context->database()).steps(f.page->shownRun());
        QVERIFY(stored);
        QCOMPARE(stored->size(), 3);
    }

    void cancelStopsTheRun()
    {
        Fixture f;
        QVERIFY(f.start({chain()}));
        f.up.setFault(fk::Fault::make(fk::FaultKind::StallMidStream, 0, 1));
        f.typeInput(QStringLiteral("x"));
        QSignalSpy stalled(&f.up, &fk::FakeUpstream::responseStalled);
        f.page->run();
        QVERIFY(stalled.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(f.state(QStringLiteral("ask")), StepStatus::Running, 5000);
        QTest::mouseClick(f.button("workflowCancel"), Qt::LeftButton);
        QVERIFY(f.runEnds(RunStatus::Cancelled, 5000));
        QCOMPARE(f.state(QStringLiteral("ask")), StepStatus::Cancelled);
        QCOMPARE(f.state(QStringLiteral("out")), StepStatus::Waiting);
        // a cancelled run can be resumed
        QVERIFY(f.button("workflowResume")->isEnabled());
    }

    void reviewApprovedWithAnEditedValue()
    {
        Fixture f;
        QJsonObject wf = chain();
        QJsonArray steps = wf.value(QLatin1String("steps")).toArray();
        steps.replace(2,
                      json("{'id':'check','kind':'human_review','value':'{{steps.ask.output}}','instructions':'Is it polite?',"
                           "'position':{'x':540,'y':0}}"));
        steps.append(json("{'id':'out','kind':'output','value':'{{steps.check.output}}','position':{'x':810,'y':0}}"));
        wf.insert(QStringLiteral("steps"), steps);
        wf.insert(QStringLiteral("edges"),
                  json("{'e':[{'from':'prep','to':'ask'},{'from':'ask','to':'check'},{'from':'check','to':'out'}]}").value(QLatin1String("e")));
        QVERIFY(f.start({wf}));
        QVERIFY2(f.page->problems().isEmpty(), qPrintable(f.page->problems().value(0).toString()));
        f.up.setReply(fk::ReplyScript{});
        f.typeInput(QStringLiteral("x"));
        f.page->run();
        QVERIFY(f.runEnds(RunStatus::Paused));
        QCOMPARE(f.state(QStringLiteral("check")), StepStatus::Review);
        QCOMPARE(f.page->runPanel()->reviewKey(), QStringLiteral("check"));
        auto *review = f.page->findChild<QGroupBox *>(QStringLiteral("workflowReview"));
        QVERIFY(review && review->isVisible());
        QCOMPARE(f.page->runPanel()->reviewEditor()->toPlainText(), QStringLiteral("Hello from the fake upstream."));
        f.page->runPanel()->reviewEditor()->setPlainText(QStringLiteral("Hello, and thank you."));
        QTest::mouseClick(f.page->findChild<QPushButton *>(QStringLiteral("workflowApprove")), Qt::LeftButton);
        QVERIFY(f.runEnds(RunStatus::Succeeded));
        QCOMPARE(f.page->shownRecord()->output.toString(), QStringLiteral("Hello, and thank you."));
        QCOMPARE(f.state(QStringLiteral("check")), StepStatus::Done);
        QVERIFY(!review->isVisible());

        // rejected with a reason: the step fails and says why
        f.page->run();
        QVERIFY(f.runEnds(RunStatus::Paused));
        QTRY_VERIFY(review->isVisible());
        QTest::keyClicks(f.page->findChild<QLineEdit *>(QStringLiteral("workflowRejectReason")), QStringLiteral("too curt"));
        QTest::mouseClick(f.page->findChild<QPushButton *>(QStringLiteral("workflowReject")), Qt::LeftButton);
        QVERIFY(f.runEnds(RunStatus::Failed));
        QCOMPARE(f.state(QStringLiteral("check")), StepStatus::Failed);
        QCOMPARE(f.page->shownSteps().last().error, QStringLiteral("rejected: too curt"));
        QVERIFY(!review->isVisible());
    }

    // The input read from a JSON file whose {"file": ...} is a document; a map's items, live inside it.
    void inputFromAFileAndMapItems()
    {
        Fixture f;
        const QJsonObject wf = json(
            "{'version':1,'name':'lines',"
            "'inputSchema':{'type':'object','properties':{'document':{'type':'object','format':'file'}},'required':['document']},"
            "'steps':["
            "{'id':'read','kind':'extract_text','file':'input.document'},"
            "{'id':'split','kind':'transform','op':'split','from':'steps.read.output','separator':'+'},"
            "{'id':'each','kind':'map','over':'steps.split.output','concurrency':2,"
            " 'steps':[{'id':'polish','kind':'llm','model':'fake/gpt-4o-mini','user':'Polish {{item}}'}],'edges':[]},"
            "{'id':'out','kind':'output','value':'{{steps.each.output}}'}],"
            "'edges':[{'from':'read','to':'split'},{'from':'split','to':'each'},{'from':'each','to':'out'}]}");
        QVERIFY(f.start({wf}));
        QVERIFY2(f.page->problems().isEmpty(), qPrintable(f.page->problems().value(0).toString()));
        f.up.setHandler([](const fk::RecordedRequest &r) -> std::optional<fk::Script> { return reply(lastUser(r).toUpper()); });
        QTemporaryDir files;
        QFile note(files.filePath(QStringLiteral("note.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("one+two+three");
        note.close();
        QFile input(files.filePath(QStringLiteral("input.json")));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write(R"({"document": {"file": "note.txt"}})");
        input.close();
        f.page->showTab(WorkflowPage::Tab::Run);
        f.prompts.openAnswers << input.fileName();
        QTest::mouseClick(f.page->findChild<QPushButton *>(QStringLiteral("workflowLoadInput")), Qt::LeftButton);
        QVERIFY2(f.prompts.errors.isEmpty(), qPrintable(f.prompts.errors.join(QLatin1Char('\n'))));
        QCOMPARE(qobject_cast<QLineEdit *>(f.page->runPanel()->inputField(QStringLiteral("document")))->text(), QStringLiteral("note.txt"));
        const auto read = f.page->runPanel()->input();
        QVERIFY(read);
        QCOMPARE(read->toObject().value(QLatin1String("document")).toObject().value(QLatin1String("data")).toString(),
                 QStringLiteral("b25lK3R3byt0aHJlZQ=="));
        QTest::mouseClick(f.button("workflowRun"), Qt::LeftButton);
        QVERIFY(f.runEnds(RunStatus::Succeeded));
        QCOMPARE(f.page->shownRecord()->output.toArray(),
                 (QJsonArray{QStringLiteral("POLISH ONE"), QStringLiteral("POLISH TWO"), QStringLiteral("POLISH THREE")}));
        QCOMPARE(f.state(QStringLiteral("each")), StepStatus::Done);
        // inside the map: its step with every item's result
        f.page->openGraph(QStringLiteral("each"));
        QCOMPARE(f.state(QStringLiteral("polish")), StepStatus::Done);
        QCOMPARE(f.node(QStringLiteral("polish"))->runState()->detail, QStringLiteral("3 of 3 items finished"));
        f.click(QStringLiteral("polish"));
        auto *items = f.page->inspector()->findChild<QComboBox *>(QStringLiteral("inspectorResultItem"));
        QCOMPARE(items->count(), 3);
        QCOMPARE(items->itemText(1), QStringLiteral("each[1].polish"));
        items->setCurrentIndex(1);
        QVERIFY2(f.page->inspector()->resultText().endsWith(QLatin1String("POLISH TWO")), qPrintable(f.page->inspector()->resultText()));
    }

    void failedRunResumesFromTheHistory()
    {
        Fixture f;
        QJsonObject wf = chain();
        QJsonArray steps = wf.value(QLatin1String("steps")).toArray();
        steps.insert(
            2, json("{'id':'polish','kind':'llm','model':'fake/gpt-4o-mini','user':'Polish {{steps.ask.output}}','position':{'x':400,'y':120}}"));
        steps.replace(3, json("{'id':'out','kind':'output','value':'{{steps.polish.output}}','position':{'x':540,'y':0}}"));
        wf.insert(QStringLiteral("steps"), steps);
        wf.insert(QStringLiteral("edges"),
                  json("{'e':[{'from':'prep','to':'ask'},{'from':'ask','to':'polish'},{'from':'polish','to':'out'}]}").value(QLatin1String("e")));
        QVERIFY(f.start({wf}));
        bool failing = true;
        f.up.setHandler([&failing](const fk::RecordedRequest &r) -> std::optional<fk::Script> {
            if (lastUser(r).startsWith(QLatin1String("Polish")) && failing)
                return fk::Script{std::nullopt, fk::Fault::make(fk::FaultKind::ContextLengthExceeded), std::nullopt};
            return reply(lastUser(r).startsWith(QLatin1String("Polish")) ? QStringLiteral("Polished.") : QStringLiteral("Summed up."));
        });
        f.typeInput(QStringLiteral("x"));
        f.page->run();
        QVERIFY(f.runEnds(RunStatus::Failed));
        QCOMPARE(f.state(QStringLiteral("ask")), StepStatus::Done);
        QCOMPARE(f.state(QStringLiteral("polish")), StepStatus::Failed);
        QVERIFY(!f.node(QStringLiteral("polish"))->runState()->detail.isEmpty());
        QCOMPARE(f.up.requestCount(), 2);
        const QString runId = f.page->shownRun();
        // from the history: the failed run resumes without asking the first model again
        failing = false;
        f.page->showTab(WorkflowPage::Tab::History);
        QVERIFY(f.historyRows(1));
        f.page->historyPanel()->selectRuns({runId});
        QTest::mouseClick(f.page->findChild<QPushButton *>(QStringLiteral("workflowHistoryResume")), Qt::LeftButton);
        QVERIFY(f.runEnds(RunStatus::Succeeded));
        QCOMPARE(f.page->shownRun(), runId);
        QCOMPARE(f.up.requestCount(), 3);
        QCOMPARE(f.page->shownRecord()->output.toString(), QStringLiteral("Polished."));
    }

    void historyComparesTwoRuns()
    {
        Fixture f;
        QVERIFY(f.start({chain()}));
        for (const QString &answer : {QStringLiteral("First answer."), QStringLiteral("Second answer.")}) {
            fk::ReplyScript r;
            r.text = answer;
            f.up.setReply(r);
            f.typeInput(QStringLiteral("Same note."));
            f.page->run();
            QVERIFY(f.runEnds(RunStatus::Succeeded));
        }
        f.page->showTab(WorkflowPage::Tab::History);
        QVERIFY(f.historyRows(2));
        // opening the older run shows its steps on the canvas
        const QString older = f.page->historyPanel()->runs().at(1).id;
        QSignalSpy opened(f.page, &WorkflowPage::runOpened);
        const QPoint row = f.page->historyPanel()->table()->visualItemRect(f.page->historyPanel()->table()->item(1, 0)).center();
        QTest::mouseClick(f.page->historyPanel()->table()->viewport(), Qt::LeftButton, {}, row);
        QTest::mouseDClick(f.page->historyPanel()->table()->viewport(), Qt::LeftButton, {}, row);
        QVERIFY(opened.wait(5000));
        QCOMPARE(f.page->shownRun(), older);
        f.click(QStringLiteral("ask"));
        QVERIFY2(f.page->inspector()->resultText().endsWith(QLatin1String("First answer.")), qPrintable(f.page->inspector()->resultText()));
        // two selected, compared: the steps whose output changed are marked
        f.page->historyPanel()->table()->selectAll();
        QSignalSpy diffed(f.page, &WorkflowPage::diffShown);
        QTest::mouseClick(f.page->findChild<QPushButton *>(QStringLiteral("workflowHistoryCompare")), Qt::LeftButton);
        QVERIFY(diffed.wait(5000));
        RunDiffDialog *diff = f.page->diffDialog();
        QVERIFY(diff && diff->isVisible());
        QCOMPARE(diff->changedSteps(), (QStringList{QStringLiteral("ask"), QStringLiteral("out")}));
        QTableWidget *table = diff->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("prep"));
        QCOMPARE(table->item(0, 1)->text(), QString());
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("changed"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("First answer."));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Second answer."));
        QCOMPARE(table->item(1, 4)->text(), kModel);
        QVERIFY(table->item(1, 6)->text().startsWith(QLatin1Char('$')));
        diff->findChild<QCheckBox *>(QStringLiteral("workflowDiffOnlyChanged"))->setChecked(true);
        QCOMPARE(table->rowCount(), 2);
        saveScreenshot(diff, QStringLiteral("workflow-diff-en-light"));
    }

    // Ctrl+S keeps a version; the Versions tab lists them (with the workspace's own from before), compares
    // two step by step and restores one as the newest version, which Undo takes back in the editor.
    void versionsKeptComparedAndRestored()
    {
        Fixture f;
        QVERIFY(f.start({chain()}));
        f.page->showTab(WorkflowPage::Tab::Versions);
        // what the workspace held before versions were kept is the first one
        QVERIFY(f.versionRows(1));
        QCOMPARE(f.versionCells(2), QStringList{QStringLiteral("workspace file: as found in the workspace file")});

        QSignalSpy kept(f.page, &WorkflowPage::versionKept);
        f.page->document()->setField(QStringLiteral("ask"), QStringLiteral("user"), QStringLiteral("Summarize {{steps.prep.output}}"));
        f.view()->setFocus();
        QTest::keyClick(f.view(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(kept.wait(5000));
        QCOMPARE(kept.last().at(0).toInt(), 2);
        f.page->scene()->selectSteps({QStringLiteral("ask")});
        const QString added = f.page->addStep(StepKind::Transform);
        QVERIFY(f.page->save());
        QVERIFY(kept.wait(5000));
        QCOMPARE(kept.last().at(0).toInt(), 3);
        // saving what is saved already adds nothing
        QVERIFY(f.page->save());
        QVERIFY(kept.wait(5000));
        QCOMPARE(kept.last().at(0).toInt(), 3);
        QVERIFY(f.versionRows(3));
        QCOMPARE(f.versionCells(0), (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(f.versionCells(2),
                 (QStringList{QStringLiteral("app"), QStringLiteral("app"), QStringLiteral("workspace file: as found in the workspace file")}));

        // 1 and 3 compared: the prompt changed, a step was added
        auto *compare = f.page->findChild<QPushButton *>(QStringLiteral("workflowVersionCompare"));
        auto *restore = f.page->findChild<QPushButton *>(QStringLiteral("workflowVersionRestore"));
        f.page->versionsPanel()->selectVersions({1, 3});
        QVERIFY(compare->isEnabled());
        QVERIFY(!restore->isEnabled());
        QSignalSpy diffed(f.page, &WorkflowPage::versionDiffShown);
        QTest::mouseClick(compare, Qt::LeftButton);
        QVERIFY(diffed.wait(5000));
        QTreeWidget *tree = f.page->versionDiffDialog()->tree();
        QCOMPARE(tree->headerItem()->text(2), QStringLiteral("Version 1"));
        QCOMPARE(tree->headerItem()->text(3), QStringLiteral("Version 3"));
        QStringList rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            rows << tree->topLevelItem(i)->text(0) + QStringLiteral(" | ") + tree->topLevelItem(i)->text(1);
        QVERIFY2(rows.contains(QStringLiteral("step ask (LLM call) | changed")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.contains(QStringLiteral("step %1 (Transform) | added").arg(added)), qPrintable(rows.join(QLatin1Char('\n'))));
        QTreeWidgetItem *ask = tree->findItems(QStringLiteral("step ask (LLM call)"), Qt::MatchExactly).value(0);
        QVERIFY(ask);
        QCOMPARE(ask->child(0)->text(0), QStringLiteral("User prompt (user)"));
        QCOMPARE(ask->child(0)->text(2), QStringLiteral("Sum up {{steps.prep.output}}"));
        QCOMPARE(ask->child(0)->text(3), QStringLiteral("Summarize {{steps.prep.output}}"));
        // the same diff the CLI prints
        auto core = workflow::VersionStore(f.context->database()).diff(QStringLiteral("notes"), 1, 3);
        QVERIFY(core);
        QCOMPARE(tree->topLevelItemCount(), int(core->workflow.isEmpty() ? 0 : 1) + int(core->steps.size()) + int(core->edges.size()));
        saveScreenshot(f.page->versionDiffDialog(), QStringLiteral("workflow-version-diff-en-light"));
        f.page->versionDiffDialog()->close();

        // restore 1: asked first (no: nothing happens), then it is the newest version and in the editor
        f.page->versionsPanel()->selectVersions({1});
        QVERIFY(restore->isEnabled());
        f.prompts.confirmAnswers << false << true;
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(f.prompts.confirmations.last().contains(QLatin1String("Restore version 1 of \"notes\"")));
        QVERIFY(!kept.wait(300));
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(kept.wait(5000));
        QCOMPARE(kept.last().at(0).toInt(), 4);
        QCOMPARE(f.step(QStringLiteral("ask")).value(QLatin1String("user")).toString(), QStringLiteral("Sum up {{steps.prep.output}}"));
        QVERIFY(f.step(added).isEmpty());
        QVERIFY(!f.page->document()->isModified());
        const auto inWorkspace = workflow::workflowJson(f.context->workspace(), QStringLiteral("notes"));
        QVERIFY(inWorkspace);
        QCOMPARE(wj::step(*inWorkspace, QStringLiteral("ask")).value(QLatin1String("user")).toString(),
                 QStringLiteral("Sum up {{steps.prep.output}}"));
        QVERIFY(f.versionRows(4));
        QCOMPARE(f.versionCells(2).first(), QStringLiteral("app: restored version 1"));
        auto stored = workflow::VersionStore(f.context->database()).version(QStringLiteral("notes"), 4);
        QVERIFY(stored);
        QCOMPARE(stored->definition, *inWorkspace);
        // undone in the editor: version 3 again, not saved yet
        QCOMPARE(f.page->document()->undoStack()->undoText(), QStringLiteral("Restore version 1"));
        QTest::mouseClick(f.page->findChild<QToolButton *>(QStringLiteral("workflowUndo")), Qt::LeftButton);
        QCOMPARE(f.step(QStringLiteral("ask")).value(QLatin1String("user")).toString(), QStringLiteral("Summarize {{steps.prep.output}}"));
        QVERIFY(!f.step(added).isEmpty());
        QVERIFY(f.page->document()->isModified());
    }

    // The four shipped templates made into workflows through the dialog (the slots filled from the
    // workspace's models and collections) and run from the page against models that answer them
    // (tests/fakes/workflowscript.h, as tst_cli_templates runs them with the CLI).
    void templatesFromTheDialogRunEndToEnd()
    {
        Fixture f;
        f.models = {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1"), QStringLiteral("gpt-4.1-mini")};
        fk::WorkflowScript script;
        f.up.setHandler(fk::workflowHandler(script));
        f.beforeWindow = [&f] {
            knowledge::KnowledgeStore kb(f.context->database());
            knowledge::Collection c;
            c.name = QStringLiteral("help-center");
            auto id = kb.createCollection(c);
            QVERIFY(id);
            QVERIFY(testing::addPassages(kb, *id,
                                         {QStringLiteral("Refunds are paid within thirty days of the return, to the card that paid."),
                                          QStringLiteral("Parcels ship from Hamburg on weekdays.")}));
        };
        QVERIFY(f.start());
        struct Made {
            QString id;
            QString name;
            QHash<QString, QString> slotValues;
        };
        const QList<Made> made{{QStringLiteral("document-triage"),
                                QStringLiteral("document-triage"),
                                {{QStringLiteral("vision"), QStringLiteral("fake/gpt-4o")},
                                 {QStringLiteral("fast"), QStringLiteral("fake/gpt-4o-mini")},
                                 {QStringLiteral("smart"), QStringLiteral("fake/gpt-4.1")}}},
                               {QStringLiteral("support-answer"),
                                QStringLiteral("helpdesk"),
                                {{QStringLiteral("support"), QStringLiteral("help-center")},
                                 {QStringLiteral("smart"), QStringLiteral("fake/gpt-4.1")},
                                 {QStringLiteral("fast"), QStringLiteral("fake/gpt-4o-mini")}}},
                               {QStringLiteral("code-review"),
                                QStringLiteral("code-review"),
                                {{QStringLiteral("reviewer-a"), QStringLiteral("fake/gpt-4o")},
                                 {QStringLiteral("reviewer-b"), QStringLiteral("fake/gpt-4o-mini")},
                                 {QStringLiteral("reviewer-c"), QStringLiteral("fake/gpt-4.1-mini")},
                                 {QStringLiteral("judge"), QStringLiteral("fake/gpt-4.1")}}},
                               {QStringLiteral("batch-translation"),
                                QStringLiteral("batch-translation"),
                                {{QStringLiteral("translator"), QStringLiteral("fake/gpt-4o-mini")}}}};
        for (const Made &m : made) {
            QSignalSpy shown(f.page, &WorkflowPage::templateDialogShown);
            QTest::mouseClick(f.button("workflowFromTemplate"), Qt::LeftButton);
            QVERIFY(shown.wait(5000));
            TemplateDialog *dialog = f.page->templateDialog();
            QVERIFY(dialog && dialog->isVisible());
            dialog->setTemplate(m.id);
            QCOMPARE(dialog->name(), m.id);
            dialog->nameEdit()->setText(m.name);
            for (auto it = m.slotValues.cbegin(); it != m.slotValues.cend(); ++it) {
                QComboBox *slot = dialog->slotEditor(it.key());
                QVERIFY2(slot, qPrintable(it.key()));
                // offered from the workspace: its models, its collections
                const int index = slot->findText(it.value());
                QVERIFY2(index > 0, qPrintable(it.value()));
                slot->setCurrentIndex(index);
            }
            if (m.id == QLatin1String("code-review"))
                saveScreenshot(dialog, QStringLiteral("workflow-template-code-review"));
            QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
            QCOMPARE(f.page->currentWorkflow(), m.name);
            QVERIFY(f.checked());
            QVERIFY2(f.page->problems().isEmpty(), qPrintable(f.page->problems().value(0).toString()));
        }
        QCOMPARE(f.page->workflowNames().size(), 4);
        // each kept as its first version
        f.page->openWorkflow(QStringLiteral("helpdesk"));
        f.page->showTab(WorkflowPage::Tab::Versions);
        QVERIFY(f.versionRows(1));
        QCOMPARE(f.versionCells(2), QStringList{QStringLiteral("app: from the template support-answer")});

        auto runWith = [&](const QString &name, const QHash<QString, QString> &input) -> QJsonValue {
            f.page->openWorkflow(name);
            f.page->showTab(WorkflowPage::Tab::Run);
            for (auto it = input.cbegin(); it != input.cend(); ++it)
                f.setInput(it.key(), it.value());
            f.up.clearRequests();
            QTest::mouseClick(f.button("workflowRun"), Qt::LeftButton);
            if (!f.runEnds(RunStatus::Succeeded, 30000)) {
                qWarning().noquote() << name << (f.page->shownRecord() ? f.page->shownRecord()->error : QStringLiteral("no run"));
                return QJsonValue::Undefined;
            }
            return f.page->shownRecord()->output;
        };
        const QJsonObject triaged = runWith(QStringLiteral("document-triage"),
                                            {{QStringLiteral("text"), QStringLiteral("Complaint: the delivery of order 881 arrived broken.")}})
                                        .toObject();
        QCOMPARE(triaged.value(QLatin1String("category")).toString(), QStringLiteral("complaint"));
        QCOMPARE(triaged.value(QLatin1String("fields")).toObject().value(QLatin1String("total")).toInt(), 1250);
        QCOMPARE(triaged.value(QLatin1String("risk")).toObject().value(QLatin1String("level")).toString(), QStringLiteral("low"));
        QCOMPARE(f.up.requestCount(), 4);
        QCOMPARE(f.state(QStringLiteral("read")), StepStatus::Skipped);
        saveScreenshot(f.window.get(), QStringLiteral("workflow-template-run-en-light"));

        const QString answer = runWith(QStringLiteral("helpdesk"), {{QStringLiteral("question"), QStringLiteral("When will my refund be paid?")}})
                                   .toString();
        QCOMPARE(f.up.requestCount(), 2);
        const QString draft = lastUser(f.up.requests().at(0));
        QVERIFY2(draft.contains(QLatin1String("[1] ")) && draft.contains(QLatin1String("within thirty days")), qPrintable(draft));
        QCOMPARE(answer, QStringLiteral("Answer to: ") + draft);

        const QJsonObject verdict = runWith(QStringLiteral("code-review"),
                                            {{QStringLiteral("code"), QStringLiteral("int div(int a, int b) { return a / b; }")},
                                             {QStringLiteral("context"), QStringLiteral("A helper for the report.")}})
                                        .toObject();
        QCOMPARE(verdict.value(QLatin1String("verdict")).toString(), QStringLiteral("approve"));
        QCOMPARE(f.up.requestCount(), 4);
        QSet<QString> models;
        for (const fk::RecordedRequest &r : f.up.requests())
            models.insert(r.json().value(QLatin1String("model")).toString());
        QCOMPARE(models,
                 (QSet<QString>{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-mini"), QStringLiteral("gpt-4.1")}));

        const QString translated = runWith(QStringLiteral("batch-translation"),
                                           {{QStringLiteral("text"), QStringLiteral("The first paragraph.\n\nThe second one.")},
                                            {QStringLiteral("language"), QStringLiteral("German")}})
                                       .toString();
        QCOMPARE(translated, QStringLiteral("Answer to: The first paragraph.\n\nAnswer to: The second one."));
        QCOMPARE(f.up.requestCount(), 2);

        // the same name again: refused, with what to do
        QVERIFY(!f.page->newFromTemplate(QStringLiteral("code-review"), QStringLiteral("code-review"), {}));
        QVERIFY2(f.prompts.errors.last().contains(QLatin1String("choose another name")), qPrintable(f.prompts.errors.last()));
    }

    // Export writes the workflow file; import reads one back, and a name the workspace has already asks
    // what the CLI's --replace, --keep-both and --as say.
    void importAndExportAWorkflowFile()
    {
        Fixture f;
        QVERIFY(f.start({chain()}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.workflow.json"));
        f.prompts.saveAnswers << path;
        QTest::mouseClick(f.button("workflowExport"), Qt::LeftButton);
        QFile exported(path);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY(bytes.contains("\"format\": \"switchboard.workflow\""));
        auto read = workflow::readWorkflowFile(bytes, QStringLiteral("notes.workflow.json"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, f.page->document()->json());

        // the same workflow: nothing to ask, nothing changes
        f.prompts.openAnswers << path;
        QTest::mouseClick(f.button("workflowImport"), Qt::LeftButton);
        QCOMPARE(f.page->workflowNames(), QStringList{QStringLiteral("notes")});
        QVERIFY2(f.page->statusText().contains(QLatin1String("unchanged")), qPrintable(f.page->statusText()));

        // another one of the same name: cancelled, kept both, under another name, replaced
        QJsonObject changed = *read;
        changed.insert(QStringLiteral("description"), QStringLiteral("Sums up a note, from the file"));
        const QString other = dir.filePath(QStringLiteral("other.workflow.json"));
        QFile out(other);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(workflow::exportWorkflow(changed, 0));
        out.close();
        auto importOnce = [&](int choice, const QString &name = {}) {
            f.prompts.openAnswers << other;
            f.prompts.chooseAnswers << choice;
            if (!name.isEmpty())
                f.prompts.textAnswers << name;
            QTest::mouseClick(f.button("workflowImport"), Qt::LeftButton);
        };
        importOnce(-1);
        QVERIFY2(f.prompts.confirmations.last().contains(QStringLiteral("[Replace | Keep both | Another name…]")),
                 qPrintable(f.prompts.confirmations.last()));
        QCOMPARE(f.page->workflowNames(), QStringList{QStringLiteral("notes")});
        importOnce(1);
        QCOMPARE(f.page->workflowNames(), (QStringList{QStringLiteral("notes"), QStringLiteral("notes-2")}));
        QCOMPARE(f.page->currentWorkflow(), QStringLiteral("notes-2"));
        importOnce(2, QStringLiteral("from-file"));
        QCOMPARE(f.page->workflowNames(), (QStringList{QStringLiteral("notes"), QStringLiteral("notes-2"), QStringLiteral("from-file")}));
        QCOMPARE(f.page->document()->json().value(QLatin1String("description")).toString(), QStringLiteral("Sums up a note, from the file"));
        QSignalSpy kept(f.page, &WorkflowPage::versionKept);
        importOnce(0);
        QCOMPARE(f.page->currentWorkflow(), QStringLiteral("notes"));
        QCOMPARE(f.page->document()->json().value(QLatin1String("description")).toString(), QStringLiteral("Sums up a note, from the file"));
        QVERIFY(kept.wait(5000));
        // the one it replaced stays in the versions
        f.page->showTab(WorkflowPage::Tab::Versions);
        QVERIFY(f.versionRows(2));
        QCOMPARE(f.versionCells(2),
                 (QStringList{QStringLiteral("app: imported from other.workflow.json"),
                              QStringLiteral("workspace file: as found in the workspace file")}));

        // a file that is not a workflow: said, nothing changes
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"steps\": 3");
        b.close();
        f.prompts.openAnswers << broken;
        QTest::mouseClick(f.button("workflowImport"), Qt::LeftButton);
        QVERIFY2(f.prompts.errors.last().contains(QLatin1String("broken.json")), qPrintable(f.prompts.errors.last()));
        QCOMPARE(f.page->workflowNames().size(), 3);
    }

    // A finished model step's input, as it was rendered, with its parameters, goes to Compare and is
    // answered by the models chosen side by side; steps that called no model offer nothing.
    void compareThisStepInCompare()
    {
        Fixture f;
        f.models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1")};
        QJsonObject wf = chain();
        wj::editStep(wf, QStringLiteral("ask"), [](QJsonObject &s) {
            s.insert(QStringLiteral("system"), QStringLiteral("You write for {{input.text}} readers."));
            s.insert(QStringLiteral("parameters"), QJsonObject{{QStringLiteral("temperature"), 0.25}, {QStringLiteral("maxTokens"), 200}});
        });
        QVERIFY(f.start({wf}));
        fk::ReplyScript note;
        note.text = QStringLiteral("A note.");
        f.up.setReply(note);
        f.typeInput(QStringLiteral("It rains."));
        f.page->run();
        QVERIFY(f.runEnds(RunStatus::Succeeded));
        auto *button = f.page->inspector()->findChild<QPushButton *>(QStringLiteral("inspectorCompareStep"));
        QVERIFY(button);
        f.page->showTab(WorkflowPage::Tab::Step);
        f.click(QStringLiteral("prep"));
        QVERIFY(button->isHidden());
        f.click(QStringLiteral("ask"));
        QVERIFY(button->isVisible());
        saveScreenshot(f.window.get(), QStringLiteral("workflow-inspector-compare-en-light"));
        QTest::mouseClick(button, Qt::LeftButton);
        StepCompareDialog *dialog = f.page->stepCompareDialog();
        QVERIFY(dialog && dialog->isVisible());
        // the model that answered is ticked; one is too few
        QCOMPARE(dialog->chosen(), QStringList{kModel});
        QVERIFY(!dialog->compareButton()->isEnabled());
        const QStringList three{kModel, QStringLiteral("fake/gpt-4o"), QStringLiteral("fake/gpt-4.1")};
        dialog->setChosen(three);
        QVERIFY(dialog->compareButton()->isEnabled());
        saveScreenshot(dialog, QStringLiteral("workflow-compare-step-en-light"));
        f.up.clearRequests();
        QTest::mouseClick(dialog->compareButton(), Qt::LeftButton);
        QCOMPARE(f.window->currentPageId(), QStringLiteral("compare"));
        ComparePage *compare = f.window->comparePage();
        QCOMPARE(compare->session().paneCount(), 3);
        QCOMPARE(compare->session().parameters().value(QLatin1String("temperature")).toDouble(), 0.25);
        QVERIFY2(compare->statusText().contains(QLatin1String("with its parameters: "))
                     && compare->statusText().contains(QLatin1String("temperature=0.25")),
                 qPrintable(compare->statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(f.up.requestCount(), 3, 10000);
        QSet<QString> asked;
        for (const fk::RecordedRequest &r : f.up.requests()) {
            const QJsonObject body = r.json();
            asked.insert(body.value(QLatin1String("model")).toString());
            const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
            QCOMPARE(messages.first().toObject().value(QLatin1String("content")).toString(), QStringLiteral("You write for It rains. readers."));
            QCOMPARE(lastUser(r), QStringLiteral("Sum up Note: It rains."));
            QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.25);
            QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(body.value(QLatin1String("max_completion_tokens")).toInt()), 200);
        }
        QCOMPARE(asked, (QSet<QString>{QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1")}));
        QTRY_VERIFY_WITH_TIMEOUT(!compare->session().isRunning(), 10000);
        saveScreenshot(f.window.get(), QStringLiteral("workflow-compare-step-page-en-light"));
        // a new comparison goes without the step's parameters
        compare->newComparison();
        QVERIFY(compare->session().parameters().isEmpty());
    }

    // 200 steps in 10 lanes added, connected, moved and laid out through the page (bench/workfloweditor
    // times the same with a stall meter).
    void twoHundredSteps()
    {
        Fixture f;
        QVERIFY(f.start());
        QTest::mouseClick(f.button("workflowNew"), Qt::LeftButton);
        f.page->scene()->selectSteps({QStringLiteral("ask"), QStringLiteral("out")});
        f.keys(Qt::Key_Delete, Qt::NoModifier);
        QCOMPARE(f.page->scene()->nodes().size(), 0);
        QElapsedTimer clock;
        qint64 slowestAdd = 0;
        QStringList ids;
        for (int i = 0; i < 200; ++i) {
            if (i >= 10)
                f.page->scene()->selectSteps({ids.at(i - 10)});
            else
                f.page->scene()->clearSelection();
            clock.start();
            const QString id = f.page->addStep(i == 199 ? StepKind::Output : i % 4 == 0 ? StepKind::Llm : StepKind::Transform);
            QCoreApplication::processEvents();
            slowestAdd = std::max(slowestAdd, clock.elapsed());
            QCOMPARE(f.page->scene()->selectedSteps(), QStringList{id});
            // beside the step it follows
            if (i >= 10)
                QCOMPARE(f.node(id)->pos().x(), f.node(ids.at(i - 10))->pos().x() + 270);
            ids << id;
            if (i >= 10)
                QCOMPARE(f.page->document()->connectSteps(ids.at(i - 10), QString(), id), QString());
            if (i >= 10 && i % 3 == 0 && i % 10 != 9)
                QCOMPARE(f.page->document()->connectSteps(ids.at(i - 9), QString(), id), QString());
        }
        QCOMPARE(f.page->scene()->nodes().size(), 200);
        QCOMPARE(f.page->scene()->edgeCount(), f.edges().size());
        QVERIFY(f.checked());
        // the output reads one lane; the other lanes end without one, which is fine
        QVERIFY2(f.page->problems().isEmpty(), qPrintable(f.page->problems().value(0).toString()));
        // moved by the mouse: one undo step
        f.view()->zoomToFit();
        QCoreApplication::processEvents();
        const int steps = f.page->document()->undoStack()->count();
        f.click(ids.at(55));
        const QPoint grab = f.at(f.node(ids.at(55))->mapToScene(QPointF(60, 12)));
        clock.start();
        f.drag(grab, grab + QPoint(30, 40));
        QCoreApplication::processEvents();
        const qint64 move = clock.elapsed();
        QCOMPARE(f.page->document()->undoStack()->count(), steps + 1);
        QVERIFY(f.node(ids.at(55))->pos().y() > f.node(ids.at(45))->pos().y() + 20);
        // arranged by dependency: every edge runs from left to right, one column per layer
        clock.start();
        f.keys(Qt::Key_L);
        QCoreApplication::processEvents();
        const qint64 arrange = clock.elapsed();
        QCOMPARE(f.page->document()->undoStack()->count(), steps + 2);
        for (const QString &e : f.edges()) {
            const StepNode *a = f.node(e.section(QStringLiteral("->"), 0, 0));
            const StepNode *b = f.node(e.section(QStringLiteral("->"), 1));
            QVERIFY2(a->pos().x() < b->pos().x(), qPrintable(e));
        }
        QCOMPARE(f.node(ids.at(199))->pos().x(), 19 * 270.0);
        saveScreenshot(f.window.get(), QStringLiteral("workflow-200-steps"));
        f.keys(Qt::Key_Z);
        QVERIFY(f.node(ids.at(55))->pos().y() > f.node(ids.at(45))->pos().y() + 20);
        QVERIFY(f.checked());
        qInfo().noquote() << QStringLiteral("200 steps: slowest add %1 ms, a move %2 ms, arrange %3 ms (wall time, any load)")
                                 .arg(slowestAdd)
                                 .arg(move)
                                 .arg(arrange);
    }

    // German and the pseudo-locale (40 % longer words) at 1366x768: every button of the page shows its
    // whole text ("Importieren…" was cut), its tool bar keeps every action, its tabs need no scrolling.
    void everyButtonShowsItsText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("en_XA") << QStringLiteral("en_XA");
    }
    void everyButtonShowsItsText()
    {
        QFETCH(QString, language);
        std::optional<PseudoLocale> pseudo;
        if (language == QLatin1String("en_XA")) {
            pseudo.emplace();
            QVERIFY2(pseudo->loaded(), "switchboard_en_XA.qm is not next to the test: build switchboard_pseudo_locale");
        } else {
            QCOMPARE(installTranslations(language), language);
        }
        Fixture f;
        QVERIFY(f.start({triage(), chain()}));
        QCOMPARE(f.window->width(), 1366);
        f.click(QStringLiteral("draft"));
        auto *tabs = f.page->findChild<QTabWidget *>(QStringLiteral("workflowTabs"));
        QVERIFY(tabs);
        QStringList clipped;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (const QString &c : clippedIn(f.page)) {
                const QString where = tabs->tabText(tab) + QStringLiteral(" tab: ") + c;
                if (!clipped.contains(where))
                    clipped << where;
            }
        }
        f.page->showTab(WorkflowPage::Tab::Step);
        saveScreenshot(f.window.get(), QStringLiteral("workflow-buttons-") + language);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    // 1366x768 in English and German, light and dark: the editor with a workflow, a live run, the diff.
    void fitsASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en-light") << QStringLiteral("en") << false;
        QTest::newRow("en-dark") << QStringLiteral("en") << true;
        QTest::newRow("de-light") << QStringLiteral("de") << false;
        QTest::newRow("de-dark") << QStringLiteral("de") << true;
    }

    void fitsASmallScreen()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QCOMPARE(installTranslations(language), language);
        ThemeManager::apply(dark ? Theme::Dark : Theme::Light);
        const QString suffix = language + (dark ? QStringLiteral("-dark") : QStringLiteral("-light"));
        {
            Fixture f;
            QVERIFY(f.start({triage(), chain()}));
            const QSize need = f.page->minimumSizeHint();

            QVERIFY2(need.width() <= 800 && need.height() <= 650, qPrintable(QStringLiteral("needs %1x%2").arg(need.width()).arg(need.height())));
            QCOMPARE(f.window->width(), 1366);
            f.click(QStringLiteral("draft"));
            saveScreenshot(f.window.get(), QStringLiteral("workflow-editor-") + suffix);
            QCOMPARE(f.window->width(), 1366);

            // a live run: the model's step stalls while the first is done
            f.page->openWorkflow(QStringLiteral("notes"));
            f.up.setFault(fk::Fault::make(fk::FaultKind::StallMidStream, 0, 2));
            f.typeInput(QStringLiteral("It rains."));
            f.page->run();
            QTRY_COMPARE_WITH_TIMEOUT(f.state(QStringLiteral("ask")), StepStatus::Running, 10000);
            f.click(QStringLiteral("prep"));
            f.page->showTab(WorkflowPage::Tab::Run);
            saveScreenshot(f.window.get(), QStringLiteral("workflow-run-") + suffix);
            f.page->cancelRun();
            QVERIFY(f.runEnds(RunStatus::Cancelled));
            f.up.setFault({});
            f.typeInput(QStringLiteral("It snows."));
            f.page->run();
            QVERIFY(f.runEnds(RunStatus::Succeeded));
            f.page->showTab(WorkflowPage::Tab::History);
            QVERIFY(f.historyRows(2));
            saveScreenshot(f.window.get(), QStringLiteral("workflow-history-") + suffix);
            f.page->historyPanel()->table()->selectAll();
            QSignalSpy diffed(f.page, &WorkflowPage::diffShown);
            QTest::mouseClick(f.page->findChild<QPushButton *>(QStringLiteral("workflowHistoryCompare")), Qt::LeftButton);
            QVERIFY(diffed.wait(5000));
            QVERIFY(f.page->diffDialog()->width() <= 1366 && f.page->diffDialog()->height() <= 768);
            saveScreenshot(f.page->diffDialog(), QStringLiteral("workflow-diff-") + suffix);
            f.page->diffDialog()->close();

            // the versions: the workspace's, then one saved with a changed prompt, compared
            f.page->showTab(WorkflowPage::Tab::Versions);
            QVERIFY(f.versionRows(1));
            f.page->document()->setField(QStringLiteral("ask"), QStringLiteral("user"), QStringLiteral("Summarize {{steps.prep.output}}"));
            QVERIFY(f.page->save());
            QVERIFY(f.versionRows(2));
            f.page->versionsPanel()->selectVersions({1});
            saveScreenshot(f.window.get(), QStringLiteral("workflow-versions-") + suffix);
            QSignalSpy versionsDiffed(f.page, &WorkflowPage::versionDiffShown);
            f.page->compareVersions(1, 2);
            QVERIFY(versionsDiffed.wait(5000));
            QVERIFY(f.page->versionDiffDialog()->width() <= 1366 && f.page->versionDiffDialog()->height() <= 768);
            saveScreenshot(f.page->versionDiffDialog(), QStringLiteral("workflow-version-diff-") + suffix);
            f.page->versionDiffDialog()->close();

            // the finished model step sent to Compare: the inspector's button, the dialog
            f.page->showTab(WorkflowPage::Tab::Step);
            f.click(QStringLiteral("ask"));
            saveScreenshot(f.window.get(), QStringLiteral("workflow-inspector-") + suffix);
            f.page->compareStep(QStringLiteral("ask"));
            QVERIFY(f.page->stepCompareDialog());
            saveScreenshot(f.page->stepCompareDialog(), QStringLiteral("workflow-compare-step-") + suffix);
            f.page->stepCompareDialog()->close();

            // a new one from a template
            QSignalSpy templates(f.page, &WorkflowPage::templateDialogShown);
            f.page->showTemplateDialog();
            QVERIFY(templates.wait(5000));
            f.page->templateDialog()->setTemplate(QStringLiteral("document-triage"));
            QVERIFY(f.page->templateDialog()->height() <= 768);
            saveScreenshot(f.page->templateDialog(), QStringLiteral("workflow-template-") + suffix);
            f.page->templateDialog()->close();
        }
        ThemeManager::apply(Theme::Light);
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestWorkflowPage)
#include "tst_workflowpage.moc"
