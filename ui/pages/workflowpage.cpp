#include "workflowpage.h"

#include "appcontext.h"
#include "common/async.h"
#include "compare/session.h"
#include "engine/engine.h"
#include "format.h"
#include "knowledge/context.h"
#include "knowledge/store.h"
#include "pages/workflow/canvas.h"
#include "pages/workflow/document.h"
#include "pages/workflow/history.h"
#include "pages/workflow/inspector.h"
#include "pages/workflow/kinds.h"
#include "pages/workflow/layout.h"
#include "pages/workflow/palette.h"
#include "pages/workflow/runpanel.h"
#include "pages/workflow/stepcompare.h"
#include "pages/workflow/templatedialog.h"
#include "pages/workflow/versions.h"
#include "pages/workflow/workflowform.h"
#include "prompts.h"
#include "router/router.h"
#include "theme.h"
#include "workflow/runstore.h"
#include "workflow/templates.h"
#include "workflow/versionstore.h"
#include "workflow/workflowfile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui {

using workflow::Problem;
using workflow::RunRecord;
using workflow::RunStatus;
using workflow::StepKind;
using workflow::StepResult;
using workflow::StepStatus;
namespace wj = workflowjson;

namespace {

const QString kClipMime = QStringLiteral("application/x-switchboard-workflow-steps");

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QToolButton *toolButton(const QString &text, const QString &tip, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setObjectName(name);
    b->setAutoRaise(true);
    return b;
}

// The workflow a new one starts from: a model answers the input's text, and that is the output.
QJsonObject starter(const QString &name, const QString &model)
{
    QJsonObject ask{{QStringLiteral("id"), QStringLiteral("ask")},
                    {QStringLiteral("kind"), QStringLiteral("llm")},
                    {QStringLiteral("user"), QStringLiteral("{{input.text}}")},
                    {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), 0}, {QStringLiteral("y"), 0}}}};
    if (!model.isEmpty())
        ask.insert(QStringLiteral("model"), model);
    const QJsonObject out{{QStringLiteral("id"), QStringLiteral("out")},
                          {QStringLiteral("kind"), QStringLiteral("output")},
                          {QStringLiteral("value"), QStringLiteral("{{steps.ask.output}}")},
                          {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), 270}, {QStringLiteral("y"), 0}}}};
    const QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("text")}}};
    return QJsonObject{{QStringLiteral("version"), workflow::Definition::kFormatVersion},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("inputSchema"), schema},
                       {QStringLiteral("steps"), QJsonArray{ask, out}},
                       {QStringLiteral("edges"),
                        QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("ask")}, {QStringLiteral("to"), QStringLiteral("out")}}}}};
}

QString problemText(const Problem &p)
{
    return p.field.isEmpty() ? p.message : p.field + QStringLiteral(": ") + p.message;
}

// One line under a node for a step's result.
QString detailOf(const StepResult &r)
{
    QStringList parts;
    switch (r.status) {
    case StepStatus::Done:
        if (!r.branch.isEmpty())
            parts << QStringLiteral("→ ") + r.branch;
        if (r.latencyMs)
            parts << formatMs(*r.latencyMs);
        if (!r.model.isEmpty())
            parts << formatCost(r.costUsd, r.costKnown);
        break;
    case StepStatus::Running:
        if (r.attempts > 1)
            parts << WorkflowPage::tr("try %1").arg(r.attempts);
        break;
    case StepStatus::Failed: parts << r.error.section(QLatin1Char('\n'), 0, 0); break;
    default: break;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

WorkflowPage::WorkflowPage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
{
    m_document = new WorkflowDocument(this);
    m_scene = new WorkflowScene(this);
    if (m_context.database())
        m_versions = std::make_shared<workflow::VersionStore>(m_context.database());
    if (auto *host = m_context.routerHost()) {
        m_store = std::make_shared<workflow::RunStore>(m_context.database());
        m_builder = std::make_unique<knowledge::ContextBuilder>(&host->router(), m_context.database());
        m_runner = std::make_unique<workflow::Runner>(host->router());
        m_runner->setContextBuilder(m_builder.get());
        m_runner->setStore(m_store);
        // runs a crash or a kill left running can be resumed
        m_runner->recover([this](const Expected<int> &count) {
            if (count && *count > 0)
                refreshHistory();
        });
    }
    buildLayout();
    buildShortcuts();

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(120);
    connect(m_checkTimer, &QTimer::timeout, this, &WorkflowPage::validate);
    m_runTimer = new QTimer(this);
    m_runTimer->setSingleShot(true);
    m_runTimer->setInterval(30);
    connect(m_runTimer, &QTimer::timeout, this, &WorkflowPage::refreshRunView);
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (m_record && m_runner && m_runner->isLive(m_shownRun))
            m_runPanel->showRun(m_record, true);
    });

    connect(m_document, &WorkflowDocument::changed, this, &WorkflowPage::onDocumentChanged);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this] { reloadList(); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &WorkflowPage::onSelectionChanged);
    connect(m_scene, &WorkflowScene::stepsMoved, this, [this](const QHash<QString, QPointF> &positions) { m_document->move(positions); });
    connect(m_scene, &WorkflowScene::connectRequested, this, [this](const QString &from, const QString &when, const QString &to) {
        const QString refused = m_document->connectSteps(from, when, to);
        setStatus(refused, !refused.isEmpty());
    });
    connect(m_scene, &WorkflowScene::mapOpened, this, &WorkflowPage::openGraph);
    connect(m_view, &WorkflowView::kindDropped, this, [this](StepKind kind, QPointF at) {
        const QString id = m_document->addStep(m_owner, kind, at);
        if (!id.isEmpty())
            m_scene->selectSteps({id});
    });
    connect(m_view, &WorkflowView::zoomChanged, this, [this](double zoom) { m_zoom->setText(QStringLiteral("%1%").arg(qRound(zoom * 100))); });
    connect(m_palette, &StepPalette::addRequested, this, [this](StepKind kind) { addStep(kind); });
    connect(m_inspector, &StepInspector::fieldEdited, m_document, &WorkflowDocument::setField);
    connect(m_inspector, &StepInspector::renameRequested, this, [this](const QString &id, const QString &wanted) {
        const QString refused = m_document->rename(id, wanted);
        if (!refused.isEmpty()) {
            setStatus(refused, true);
            updateInspector();
            return;
        }
        m_scene->selectSteps({wanted});
    });
    connect(m_inspector, &StepInspector::openMapRequested, this, &WorkflowPage::openGraph);
    connect(m_form, &WorkflowForm::fieldEdited, m_document, &WorkflowDocument::setWorkflowField);

    connect(m_runPanel, &WorkflowRunPanel::runRequested, this, &WorkflowPage::run);
    connect(m_runPanel, &WorkflowRunPanel::cancelRequested, this, &WorkflowPage::cancelRun);
    connect(m_runPanel, &WorkflowRunPanel::resumeRequested, this, [this] { resumeRun(m_shownRun); });
    connect(m_runPanel, &WorkflowRunPanel::approveRequested, this, [this](const QString &, const QJsonValue &value) { approveReview(value); });
    connect(m_runPanel, &WorkflowRunPanel::rejectRequested, this, [this](const QString &, const QString &reason) { rejectReview(reason); });
    connect(m_history, &WorkflowHistoryPanel::refreshRequested, this, &WorkflowPage::refreshHistory);
    connect(m_history, &WorkflowHistoryPanel::openRequested, this, &WorkflowPage::openRun);
    connect(m_history, &WorkflowHistoryPanel::resumeRequested, this, &WorkflowPage::resumeRun);
    connect(m_history, &WorkflowHistoryPanel::compareRequested, this, &WorkflowPage::compareRuns);
    connect(m_versionsPanel, &WorkflowVersionsPanel::refreshRequested, this, &WorkflowPage::refreshVersions);
    connect(m_versionsPanel, &WorkflowVersionsPanel::restoreRequested, this, &WorkflowPage::restoreVersion);
    connect(m_versionsPanel, &WorkflowVersionsPanel::compareRequested, this, &WorkflowPage::compareVersions);
    connect(m_inspector, &StepInspector::compareRequested, this, &WorkflowPage::compareStep);

    if (m_runner) {
        connect(m_runner.get(), &workflow::Runner::stepChanged, this, [this](const QString &runId, const StepResult &step) {
            if (runId != m_shownRun)
                return;
            if (!m_runSteps.contains(step.key))
                m_runOrder << step.key;
            m_runSteps.insert(step.key, step);
            if (step.key == m_reviewKey && step.status != StepStatus::Review) {
                m_reviewKey.clear();
                m_runPanel->showReview({}, {}, {});
            }
            m_runTimer->start();
        });
        connect(m_runner.get(), &workflow::Runner::runStatusChanged, this, [this](const QString &runId, RunStatus status) {
            if (runId == m_shownRun) {
                m_record = m_runner->run(runId);
                refreshRunView(); // at once: what the steps did is shown when the run's state is
            }
            if (status != RunStatus::Running)
                m_runner->whenStored(this, [this] { refreshHistory(); });
        });
        connect(m_runner.get(), &workflow::Runner::costChanged, this, [this](const QString &runId) {
            if (runId == m_shownRun) {
                m_record = m_runner->run(runId);
                m_runTimer->start();
            }
        });
        connect(m_runner.get(), &workflow::Runner::reviewRequested, this,
                [this](const QString &runId, const QString &key, const QJsonValue &value, const QString &instructions) {
                    if (runId != m_shownRun)
                        return;
                    m_reviewKey = key;
                    m_runPanel->showReview(key, value, instructions);
                    showTab(Tab::Run);
                });
    }
    connect(&m_context, &AppContext::workspaceChanged, this, [this] {
        if (m_saving)
            return;
        reloadList();
        const QStringList names = workflowNames();
        if (!names.contains(m_openName)) {
            if (!m_document->isModified())
                openWorkflow(names.value(0));
        } else if (!m_document->isModified()) {
            for (const QJsonValue &v : m_context.workspace().workflows) {
                if (v.toObject().value(QLatin1String("name")).toString() == m_openName && v.toObject() != m_document->json())
                    openWorkflow(m_openName);
            }
        }
        if (auto *host = m_context.routerHost())
            m_inspector->setModels(host->router().offeredModels());
    });

    if (auto *host = m_context.routerHost()) {
        const QStringList models = host->router().offeredModels();
        m_inspector->setModels(models);
        for (const QString &m : models) {
            if (m.contains(QLatin1Char('/'))) {
                m_document->setDefaultModel(m);
                break;
            }
        }
    }
    reloadList();
    openWorkflow(workflowNames().value(0));
}

WorkflowPage::~WorkflowPage()
{
    // The page's children say so as they go (the scene's selectionChanged, the undo stack's
    // undoTextChanged) while the page is half destroyed: none of its slots may hear it then.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
    m_document->undoStack()->disconnect();
    // A page inside a window is stored by the window before its children go (storeRuns): the event
    // loop that waits for the writes must not run while the page's siblings are being destroyed.
    if (!parent())
        storeRuns();
}

void WorkflowPage::storeRuns()
{
    if (m_runner)
        m_runner->flush(); // what the runs did so far is stored
}

// ------------------------------------------------------------------------------------------------
// Layout

void WorkflowPage::buildLayout()
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("workflowSplit"));
    split->setChildrenCollapsible(false);

    // left: the workflows and the palette
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->addWidget(heading(tr("Workflows"), left));
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("workflowList"));
    m_list->setAccessibleName(tr("Workflows"));
    leftLayout->addWidget(m_list, 2);
    auto *listButtons = new QGridLayout;
    listButtons->setSpacing(4);
    auto *add = new QPushButton(tr("New"), left);
    add->setObjectName(QStringLiteral("workflowNew"));
    add->setToolTip(tr("A new workflow: a model answers the input's text"));
    m_duplicate = new QPushButton(tr("Duplicate"), left);
    m_duplicate->setObjectName(QStringLiteral("workflowDuplicate"));
    m_duplicate->setToolTip(tr("A copy of the workflow as saved"));
    m_rename = new QPushButton(tr("Rename"), left);
    m_rename->setObjectName(QStringLiteral("workflowRename"));
    m_rename->setToolTip(tr("Rename the workflow (saves it)"));
    m_delete = new QPushButton(tr("Delete"), left);
    m_delete->setObjectName(QStringLiteral("workflowDelete"));
    auto *fromTemplate = new QPushButton(tr("Template…"), left);
    fromTemplate->setObjectName(QStringLiteral("workflowFromTemplate"));
    fromTemplate->setToolTip(tr("A new workflow from a template: document triage, support answer, code review, batch translation"));
    auto *importButton = new QPushButton(tr("Import…"), left);
    importButton->setObjectName(QStringLiteral("workflowImport"));
    importButton->setToolTip(tr("Add a workflow from a file"));
    m_export = new QPushButton(tr("Export…"), left);
    m_export->setObjectName(QStringLiteral("workflowExport"));
    m_export->setToolTip(tr("Save the workflow as it is in the editor to a file"));
    listButtons->addWidget(add, 0, 0);
    listButtons->addWidget(fromTemplate, 0, 1);
    listButtons->addWidget(m_duplicate, 1, 0);
    listButtons->addWidget(m_rename, 1, 1);
    listButtons->addWidget(importButton, 2, 0);
    listButtons->addWidget(m_export, 2, 1);
    listButtons->addWidget(m_delete, 3, 0);
    leftLayout->addLayout(listButtons);
    connect(fromTemplate, &QPushButton::clicked, this, &WorkflowPage::showTemplateDialog);
    connect(importButton, &QPushButton::clicked, this, &WorkflowPage::importWorkflow);
    connect(m_export, &QPushButton::clicked, this, &WorkflowPage::exportWorkflow);
    connect(add, &QPushButton::clicked, this, &WorkflowPage::newWorkflow);
    connect(m_duplicate, &QPushButton::clicked, this, &WorkflowPage::duplicateWorkflow);
    connect(m_delete, &QPushButton::clicked, this, &WorkflowPage::deleteWorkflow);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            item->setText(m_openName); // no "*" while it is edited
            m_list->editItem(item);
        }
    });
    // (queued: opening or renaming fills the list again, which must not happen inside its own signal)
    connect(
        m_list, &QListWidget::currentRowChanged, this,
        [this](int row) {
            if (m_listing || row < 0 || row >= m_list->count())
                return;
            const QString name = m_list->item(row)->data(Qt::UserRole).toString();
            if (name != m_openName)
                openWorkflow(name);
        },
        Qt::QueuedConnection);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_listing)
            return;
        const QString wanted = item->text().trimmed();
        const QString name = item->data(Qt::UserRole).toString();
        QMetaObject::invokeMethod(
            this,
            [this, wanted, name] {
                if (name == m_openName && wanted != m_openName && !wanted.isEmpty())
                    renameWorkflow(wanted);
                else
                    reloadList();
            },
            Qt::QueuedConnection);
    });
    leftLayout->addSpacing(6);
    leftLayout->addWidget(heading(tr("Steps"), left));
    m_palette = new StepPalette(left);
    leftLayout->addWidget(m_palette, 3);

    // middle: the canvas, its tools and the problems
    m_editor = new QWidget(split);
    auto *middle = new QVBoxLayout(m_editor);
    middle->setContentsMargins(4, 8, 4, 8);
    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    m_back = toolButton(tr("‹ Back"), tr("Back to the workflow's own steps"), QStringLiteral("workflowBack"), m_editor);
    connect(m_back, &QToolButton::clicked, this, [this] {
        const auto up = wj::ownerOf(m_document->json(), m_owner);
        openGraph(up.value_or(QString()));
    });
    m_crumbs = new QLabel(m_editor);
    m_crumbs->setObjectName(QStringLiteral("workflowCrumbs"));
    m_crumbs->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long names are cut, the tools stay
    // a tool bar: what does not fit (a narrow window, long German words) moves into its » menu
    auto *bar = new QToolBar(m_editor);
    bar->setObjectName(QStringLiteral("workflowTools"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto addTool = [](QToolBar *on, const QString &text, const QString &tip, const char *name) {
        QAction *a = on->addAction(text);
        a->setToolTip(tip);
        on->widgetForAction(a)->setObjectName(QLatin1String(name));
        return a;
    };
    auto action = [bar, addTool](const QString &text, const QString &tip, const char *name) { return addTool(bar, text, tip, name); };
    m_save = action(tr("Save"), tr("Save the workflow into the workspace (Ctrl+S)"), "workflowSave");
    m_undo = action(tr("Undo"), QString(), "workflowUndo");
    m_redo = action(tr("Redo"), QString(), "workflowRedo");
    QAction *arrange = action(tr("Arrange"), tr("Lay the steps out in layers by dependency (Ctrl+L)"), "workflowArrange");
    // the zoom under the canvas, next to the status line: the tool bar above keeps room for the
    // editing tools in languages with long words (German's did not fit next to a wide inspector)
    auto *zoomBar = new QToolBar(m_editor);
    zoomBar->setObjectName(QStringLiteral("workflowZoomTools"));
    zoomBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto zoomAction = [zoomBar, addTool](const QString &text, const QString &tip, const char *name) { return addTool(zoomBar, text, tip, name); };
    QAction *zoomOut = zoomAction(QStringLiteral("−"), tr("Zoom out (Ctrl+-)"), "workflowZoomOut");
    m_zoom = new QLabel(QStringLiteral("100%"), zoomBar);
    m_zoom->setObjectName(QStringLiteral("workflowZoom"));
    zoomBar->addWidget(m_zoom);
    QAction *zoomIn = zoomAction(QStringLiteral("+"), tr("Zoom in (Ctrl+=)"), "workflowZoomIn");
    QAction *fit = zoomAction(tr("Fit"), tr("Show every step (Ctrl+0)"), "workflowFit");
    tools->addWidget(m_back);
    tools->addWidget(m_crumbs, 1);
    tools->addWidget(bar);
    middle->addLayout(tools);
    connect(m_save, &QAction::triggered, this, &WorkflowPage::save);
    connect(m_undo, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    connect(m_document->undoStack(), &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_document->undoStack(), &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_document->undoStack(), &QUndoStack::undoTextChanged, m_undo,
            [undo = m_undo](const QString &text) { undo->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); }); // (also while the page goes)
    connect(m_document->undoStack(), &QUndoStack::redoTextChanged, m_redo,
            [redo = m_redo](const QString &text) { redo->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(text)); });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(arrange, &QAction::triggered, this, &WorkflowPage::arrange);
    m_view = new WorkflowView(m_scene, m_editor);
    m_view->setObjectName(QStringLiteral("workflowCanvas"));
    m_view->setMinimumSize(260, 200);
    connect(zoomOut, &QAction::triggered, m_view, &WorkflowView::zoomOut);
    connect(zoomIn, &QAction::triggered, m_view, &WorkflowView::zoomIn);
    connect(fit, &QAction::triggered, m_view, &WorkflowView::zoomToFit);
    middle->addWidget(m_view, 1);
    m_status = new QLabel(m_editor);
    m_status->setObjectName(QStringLiteral("workflowStatus"));
    m_status->setWordWrap(true);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(zoomBar, 0, Qt::AlignTop);
    middle->addLayout(statusRow);
    m_problemsTitle = new QLabel(m_editor);
    m_problemsTitle->setWordWrap(true);
    middle->addWidget(m_problemsTitle);
    m_problemList = new QListWidget(m_editor);
    m_problemList->setObjectName(QStringLiteral("workflowProblems"));
    m_problemList->setMaximumHeight(96);
    m_problemList->setWordWrap(true);
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString step = item->data(Qt::UserRole).toString();
        const auto owner = step.isEmpty() ? std::nullopt : wj::ownerOf(m_document->json(), step);
        if (!owner)
            return showTab(Tab::Workflow);
        openGraph(*owner);
        m_scene->selectSteps({step});
        if (StepNode *n = m_scene->node(step))
            m_view->centerOn(n);
        showTab(Tab::Step);
    });
    middle->addWidget(m_problemList);

    // right: the selected step, the workflow, running it, its history, its JSON
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("workflowTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_inspector = new StepInspector(m_tabs);
    m_form = new WorkflowForm(m_tabs);
    m_runPanel = new WorkflowRunPanel(m_prompts, m_tabs);
    m_history = new WorkflowHistoryPanel(m_tabs);
    m_versionsPanel = new WorkflowVersionsPanel(m_tabs);
    auto *jsonTab = new QWidget(m_tabs);
    auto *jsonLayout = new QVBoxLayout(jsonTab);
    jsonLayout->setContentsMargins(8, 8, 8, 8);
    m_json = new QPlainTextEdit(jsonTab);
    m_json->setObjectName(QStringLiteral("workflowJson"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    jsonLayout->addWidget(m_json, 1);
    m_jsonStatus = new QLabel(tr("The workflow as the workspace keeps it. Edit it here and apply, or use the canvas and the inspector."), jsonTab);
    m_jsonStatus->setWordWrap(true);
    jsonLayout->addWidget(m_jsonStatus);
    auto *jsonButtons = new QHBoxLayout;
    auto *applyJson = new QPushButton(tr("Apply"), jsonTab);
    applyJson->setObjectName(QStringLiteral("workflowJsonApply"));
    auto *revertJson = new QPushButton(tr("Revert"), jsonTab);
    jsonButtons->addWidget(applyJson);
    jsonButtons->addWidget(revertJson);
    jsonButtons->addStretch();
    jsonLayout->addLayout(jsonButtons);
    connect(applyJson, &QPushButton::clicked, this, [this] {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
        if (!doc.isObject()) {
            m_jsonStatus->setText(error.error != QJsonParseError::NoError ? tr("Not JSON: %1 at %2.").arg(error.errorString()).arg(error.offset)
                                                                          : tr("A workflow is a JSON object."));
            m_jsonStatus->setStyleSheet(ThemeManager::errorStyleSheet());
            return;
        }
        QJsonObject json = doc.object();
        ensurePositions(json);
        m_document->change(tr("Edit as JSON"), json);
        m_jsonStatus->setText(tr("Applied."));
        m_jsonStatus->setStyleSheet(QString());
    });
    connect(revertJson, &QPushButton::clicked, this, [this] {
        m_jsonStale = true;
        updateJsonView();
    });
    m_tabs->addTab(m_inspector, tr("Step"));
    m_tabs->addTab(m_form, tr("Workflow"));
    m_tabs->addTab(m_runPanel, tr("Run"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_versionsPanel, tr("Versions"));
    m_tabs->addTab(jsonTab, tr("JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentIndex() == int(Tab::Json))
            updateJsonView();
        if (m_tabs->currentIndex() == int(Tab::History))
            refreshHistory();
        if (m_tabs->currentIndex() == int(Tab::Versions))
            refreshVersions();
    });

    split->addWidget(left);
    split->addWidget(m_editor);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 0);
    // the left column is as wide as its buttons need in the language shown (German's "Importieren…"
    // was cut off by a fixed minimum made for English), and no narrower when the splitter is dragged
    // and the right one as wide as its tabs (they scroll only in a window too narrow for them)
    split->setSizes({std::max(180, left->minimumSizeHint().width()), 600, std::max(360, m_tabs->tabBar()->sizeHint().width() + 4)});
    m_tabs->setMinimumWidth(280);
    layout->addWidget(split);
}

void WorkflowPage::buildShortcuts()
{
    auto add = [this](const QList<QKeySequence> &keys, const QString &what, QWidget *on, auto slot) {
        for (const QKeySequence &k : keys) {
            auto *s = new QShortcut(k, on);
            s->setContext(Qt::WidgetWithChildrenShortcut);
            if (&k == &keys.first())
                s->setWhatsThis(what);
            connect(s, &QShortcut::activated, this, slot);
        }
    };
    add({QKeySequence::Save}, tr("Save the workflow"), this, [this] { save(); });
    add({QKeySequence(Qt::CTRL | Qt::Key_Z)}, tr("Undo"), this, [this] { m_document->undoStack()->undo(); });
    add({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}, tr("Redo"), this,
        [this] { m_document->undoStack()->redo(); });
    add({QKeySequence(Qt::CTRL | Qt::Key_L)}, tr("Arrange the steps by dependency"), this, [this] { arrange(); });
    add({QKeySequence(Qt::CTRL | Qt::Key_0)}, tr("Zoom to show every step"), this, [this] { m_view->zoomToFit(); });
    add({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)}, tr("Zoom in"), this, [this] { m_view->zoomIn(); });
    add({QKeySequence(Qt::CTRL | Qt::Key_Minus)}, tr("Zoom out"), this, [this] { m_view->zoomOut(); });
    add({QKeySequence(Qt::CTRL | Qt::Key_Return)}, tr("Run the workflow"), this, [this] { run(); });
    add({QKeySequence::Copy}, tr("Copy the selected steps"), m_view, [this] { copySelection(); });
    add({QKeySequence::Paste}, tr("Paste steps"), m_view, [this] { paste(); });
    add({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)}, tr("Delete the selected steps and edges"), m_view,
        [this] { deleteSelection(); });
    add({QKeySequence::SelectAll}, tr("Select every step"), m_view, [this] {
        QStringList ids;
        for (StepNode *n : m_scene->nodes())
            ids << n->id();
        m_scene->selectSteps(ids);
    });
}

void WorkflowPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void WorkflowPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? ThemeManager::errorStyleSheet() : QString());
    m_status->setVisible(!text.isEmpty());
}

QString WorkflowPage::statusText() const
{
    return m_status->text();
}

// ------------------------------------------------------------------------------------------------
// The workspace's workflows

QStringList WorkflowPage::workflowNames() const
{
    QStringList out;
    for (const QJsonValue &v : m_context.workspace().workflows)
        out << v.toObject().value(QLatin1String("name")).toString();
    return out;
}

void WorkflowPage::reloadList()
{
    m_listing = true;
    m_list->clear();
    for (const QString &name : workflowNames()) {
        const bool open = name == m_openName;
        auto *item = new QListWidgetItem(open && m_document->isModified() ? name + QStringLiteral(" *") : name, m_list);
        item->setData(Qt::UserRole, name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (open)
            m_list->setCurrentItem(item);
    }
    const bool any = !m_openName.isEmpty();
    m_duplicate->setEnabled(any);
    m_export->setEnabled(any);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
    m_editor->setEnabled(any);
    m_palette->setEnabled(any);
    m_tabs->setEnabled(any);
    m_listing = false;
}

bool WorkflowPage::settleChanges()
{
    if (!m_document->isModified() || m_openName.isEmpty())
        return true;
    if (m_prompts.confirm(this, tr("Workflows"), tr("Save your changes to \"%1\"? (No discards them.)").arg(m_openName)))
        return save();
    return true;
}

void WorkflowPage::openWorkflow(const QString &name)
{
    if (name == m_openName && !m_openName.isEmpty() && !m_document->isModified() && !m_document->json().isEmpty()) {
        reloadList();
        return;
    }
    if (!settleChanges()) {
        reloadList();
        return;
    }
    QJsonObject json;
    for (const QJsonValue &v : m_context.workspace().workflows) {
        if (v.toObject().value(QLatin1String("name")).toString() == name && !name.isEmpty())
            json = v.toObject();
    }
    openJson(json, json.isEmpty() ? QString() : name);
}

void WorkflowPage::openJson(const QJsonObject &loaded, const QString &name)
{
    QJsonObject json = loaded;
    ensurePositions(json);
    m_openName = name;
    m_owner.clear();
    m_problems.clear();
    m_pasteCount = 0;
    clearRun();
    m_scene->clearSelection();
    m_document->reset(json);
    m_view->updateSceneRect(true);
    reloadList();
    m_history->setRuns({});
    refreshHistory();
    m_versionsPanel->setVersions({});
    refreshVersions();
    m_view->overview();
    setStatus(name.isEmpty() ? tr("No workflow yet: press New to start one.") : QString());
}

void WorkflowPage::ensurePositions(QJsonObject &json) const
{
    // every graph whose steps have no place yet is laid out (workflows written by hand or the CLI)
    std::function<void(QJsonObject &)> place = [&](QJsonObject &graph) {
        QStringList ids;
        QHash<QString, double> heights;
        bool missing = false;
        for (const QJsonValue &v : graph.value(QLatin1String("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            ids << s.value(QLatin1String("id")).toString();
            heights.insert(ids.last(), StepNode::heightOf(s));
            missing = missing || !wj::position(s);
        }
        if (missing) {
            QList<std::pair<QString, QString>> edges;
            for (const QJsonValue &v : graph.value(QLatin1String("edges")).toArray())
                edges << std::pair{v.toObject().value(QLatin1String("from")).toString(), v.toObject().value(QLatin1String("to")).toString()};
            const QHash<QString, QPointF> at = layeredLayout(ids, edges, heights);
            QJsonArray steps = graph.value(QLatin1String("steps")).toArray();
            for (qsizetype i = 0; i < steps.size(); ++i) {
                QJsonObject s = steps.at(i).toObject();
                const QPointF p = at.value(s.value(QLatin1String("id")).toString());
                s.insert(QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), p.x()}, {QStringLiteral("y"), p.y()}});
                steps.replace(i, s);
            }
            graph.insert(QStringLiteral("steps"), steps);
        }
        QJsonArray steps = graph.value(QLatin1String("steps")).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QJsonObject s = steps.at(i).toObject();
            if (s.value(QLatin1String("kind")).toString() != QLatin1String("map"))
                continue;
            place(s);
            steps.replace(i, s);
        }
        if (!steps.isEmpty())
            graph.insert(QStringLiteral("steps"), steps);
    };
    place(json);
}

bool WorkflowPage::save()
{
    return saveWithNote({});
}

bool WorkflowPage::saveWithNote(const QString &note)
{
    if (m_openName.isEmpty())
        return false;
    const QJsonObject json = m_document->json();
    const QString name = json.value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty()) {
        setStatus(tr("Not saved: give the workflow a name (Workflow tab)."), true);
        return false;
    }
    QJsonArray workflows = m_context.workspace().workflows;
    qsizetype at = -1;
    for (qsizetype i = 0; i < workflows.size(); ++i) {
        const QString other = workflows.at(i).toObject().value(QLatin1String("name")).toString();
        if (other == m_openName && at < 0)
            at = i;
        else if (other == name) {
            setStatus(tr("Not saved: another workflow is called \"%1\"; choose another name (Workflow tab).").arg(name), true);
            return false;
        }
    }
    const std::optional<QJsonObject> found = at >= 0 ? std::optional(workflows.at(at).toObject()) : std::nullopt;
    if (at >= 0)
        workflows.replace(at, json);
    else
        workflows.append(json);
    if (auto saved = storeWorkflows(workflows); !saved) {
        m_prompts.error(this, tr("Save the workflow"), saved.error().message);
        return false;
    }
    m_openName = name;
    m_document->markSaved();
    reloadList();
    keepVersion(found, json, note);
    const int problems = int(m_problems.size());
    setStatus(isChecked() && problems > 0 ? tr("Saved. %n problem(s) keep it from running.", nullptr, problems) : tr("Saved."));
    return true;
}

Expected<void> WorkflowPage::storeWorkflows(const QJsonArray &workflows)
{
    Workspace ws = m_context.workspace();
    ws.workflows = workflows;
    m_saving = true; // (the page knows what changed)
    auto saved = m_context.replaceWorkspace(ws);
    m_saving = false;
    return saved;
}

bool WorkflowPage::saveWorkspaceWorkflows(const QJsonArray &workflows, const QString &open, const std::optional<KeptVersion> &keep)
{
    if (auto saved = storeWorkflows(workflows); !saved) {
        m_prompts.error(this, tr("Workflows"), saved.error().message);
        reloadList();
        return false;
    }
    if (keep) // (queued before the list of versions that opening it reads)
        keepVersion(keep->found, keep->json, keep->note);
    m_openName.clear(); // what is open was saved or discarded before
    openWorkflow(open);
    return true;
}

void WorkflowPage::newWorkflow()
{
    if (!settleChanges())
        return;
    const QStringList names = workflowNames();
    QString name = QStringLiteral("workflow");
    for (int n = 2; names.contains(name); ++n)
        name = QStringLiteral("workflow-%1").arg(n);
    QJsonArray workflows = m_context.workspace().workflows;
    QString model;
    if (auto *host = m_context.routerHost()) {
        for (const QString &m : host->router().offeredModels()) {
            if (m.contains(QLatin1Char('/'))) {
                model = m;
                break;
            }
        }
    }
    const QJsonObject created = starter(name, model);
    workflows.append(created);
    m_document->markSaved(); // settled above
    saveWorkspaceWorkflows(workflows, name, KeptVersion{std::nullopt, created, {}});
    showTab(Tab::Workflow);
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

void WorkflowPage::duplicateWorkflow()
{
    if (m_openName.isEmpty() || !settleChanges())
        return;
    const QStringList names = workflowNames();
    QJsonArray workflows = m_context.workspace().workflows;
    for (const QJsonValue &v : std::as_const(workflows)) {
        QJsonObject copy = v.toObject();
        if (copy.value(QLatin1String("name")).toString() != m_openName)
            continue;
        QString name = m_openName + QStringLiteral("-copy");
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("%1-copy-%2").arg(m_openName).arg(n);
        copy.insert(QStringLiteral("name"), name);
        workflows.append(copy);
        m_document->markSaved();
        saveWorkspaceWorkflows(workflows, name, KeptVersion{std::nullopt, copy, {}});
        return;
    }
}

void WorkflowPage::renameWorkflow(const QString &name)
{
    if (m_openName.isEmpty() || name.isEmpty())
        return;
    const QString before = m_openName;
    m_document->setWorkflowField(QStringLiteral("name"), name);
    if (!save()) {
        m_document->undoStack()->undo();
        reloadList();
        return;
    }
    setStatus(tr("Renamed \"%1\" to \"%2\" and saved it.").arg(before, name));
}

void WorkflowPage::deleteWorkflow()
{
    if (m_openName.isEmpty())
        return;
    if (!m_prompts.confirm(this, tr("Delete the workflow"),
                           tr("Delete the workflow \"%1\" from the workspace? Its runs stay in the history.").arg(m_openName)))
        return;
    QJsonArray workflows;
    for (const QJsonValue &v : m_context.workspace().workflows) {
        if (v.toObject().value(QLatin1String("name")).toString() != m_openName)
            workflows.append(v);
    }
    m_document->markSaved();
    QString next;
    if (!workflows.isEmpty())
        next = workflows.first().toObject().value(QLatin1String("name")).toString();
    saveWorkspaceWorkflows(workflows, next);
    if (next.isEmpty())
        openJson({}, {});
}

// ------------------------------------------------------------------------------------------------
// Editing

void WorkflowPage::onDocumentChanged()
{
    if (!m_owner.isEmpty() && !wj::ownerOf(m_document->json(), m_owner))
        m_owner.clear();
    showDocument();
    m_checkTimer->start();
}

void WorkflowPage::showDocument()
{
    const QJsonObject &json = m_document->json();
    m_scene->sync(wj::steps(json, m_owner), wj::edges(json, m_owner));
    m_view->updateSceneRect();
    m_back->setVisible(!m_owner.isEmpty());
    QStringList crumbs{json.value(QLatin1String("name")).toString().toHtmlEscaped()};
    QStringList chain;
    for (std::optional<QString> at = m_owner; at && !at->isEmpty(); at = wj::ownerOf(json, *at))
        chain.prepend(tr("%1 (each item)").arg(at->toHtmlEscaped()));
    crumbs << chain;
    m_crumbs->setText(QStringLiteral("<b>%1</b>").arg(crumbs.join(QStringLiteral(" › "))));
    m_form->showWorkflow(json, [this] {
        QStringList mine;
        for (const Problem &p : std::as_const(m_problems)) {
            if (p.step.isEmpty())
                mine << problemText(p);
        }
        return mine;
    }());
    m_runPanel->setInputSchema(json.value(QLatin1String("inputSchema")).toObject());
    m_jsonStale = true;
    if (m_tabs->currentIndex() == int(Tab::Json) && !m_json->hasFocus())
        updateJsonView();
    updateInspector();
    if (!m_shownRun.isEmpty())
        updateRunStates();
}

void WorkflowPage::updateJsonView()
{
    if (!m_jsonStale)
        return;
    m_jsonStale = false;
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_document->json()).toJson(QJsonDocument::Indented)));
}

QString WorkflowPage::currentStep() const
{
    const QStringList selected = m_scene->selectedSteps();
    return selected.size() == 1 ? selected.first() : QString();
}

void WorkflowPage::onSelectionChanged()
{
    updateInspector();
    if (!currentStep().isEmpty() && m_tabs->currentIndex() != int(Tab::Run) && m_tabs->currentIndex() != int(Tab::History))
        showTab(Tab::Step);
}

void WorkflowPage::updateInspector()
{
    const QString id = currentStep();
    QStringList mine;
    for (const Problem &p : std::as_const(m_problems)) {
        if (!id.isEmpty() && p.step == id)
            mine << problemText(p);
    }
    m_inspector->showStep(id.isEmpty() ? QJsonObject() : wj::step(m_document->json(), id), mine);
    QList<StepResult> results;
    if (!id.isEmpty()) {
        for (const QString &key : std::as_const(m_runOrder)) {
            const StepResult &r = m_runSteps[key];
            if (r.stepId == id)
                results << r;
        }
    }
    m_inspector->showResults(results);
}

void WorkflowPage::openGraph(const QString &owner)
{
    if (!owner.isEmpty() && wj::kindOf(wj::step(m_document->json(), owner)) != StepKind::Map)
        return;
    if (owner == m_owner)
        return;
    m_owner = owner;
    m_scene->clearSelection();
    // the graph shown before goes: the scene holds only the steps of the one shown
    m_scene->sync({}, {});
    showDocument();
    m_view->updateSceneRect(true);
    showProblems();
    m_view->overview();
}

QString WorkflowPage::addStep(StepKind kind)
{
    QPointF at = m_scene->freeSpot();
    const QStringList selected = m_scene->selectedSteps();
    if (selected.size() == 1) {
        if (StepNode *n = m_scene->node(selected.first()))
            at = n->pos() + QPointF(270, 0);
    }
    // not on top of another step
    for (int tries = 0; tries < 50 && m_scene->itemAt(at + QPointF(20, 20), QTransform()); ++tries)
        at += QPointF(0, 90);
    const QString id = m_document->addStep(m_owner, kind, at);
    if (!id.isEmpty()) {
        m_scene->selectSteps({id});
        if (StepNode *n = m_scene->node(id))
            m_view->ensureVisible(n);
    }
    return id;
}

void WorkflowPage::copySelection()
{
    const QStringList ids = m_scene->selectedSteps();
    if (ids.isEmpty())
        return;
    const QJsonObject clip = m_document->copy(ids);
    auto *data = new QMimeData;
    const QByteArray bytes = QJsonDocument(clip).toJson(QJsonDocument::Indented);
    data->setData(kClipMime, bytes);
    data->setText(QString::fromUtf8(bytes));
    QGuiApplication::clipboard()->setMimeData(data);
    setStatus(tr("Copied %n step(s).", nullptr, int(ids.size())));
}

void WorkflowPage::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return;
    const QByteArray bytes = data->hasFormat(kClipMime) ? data->data(kClipMime) : data->text().toUtf8();
    const QJsonObject clip = QJsonDocument::fromJson(bytes).object();
    if (!WorkflowDocument::isClip(clip)) {
        setStatus(tr("The clipboard holds no steps to paste."), true);
        return;
    }
    // pasting the same steps again puts them further down
    m_pasteCount = clip == m_lastPaste ? m_pasteCount + 1 : 1;
    m_lastPaste = clip;
    const QStringList ids = m_document->paste(m_owner, clip, QPointF(40, 40) * m_pasteCount);
    m_scene->selectSteps(ids);
    setStatus(tr("Pasted %n step(s).", nullptr, int(ids.size())));
}

void WorkflowPage::deleteSelection()
{
    m_document->remove(m_scene->selectedSteps(), m_scene->selectedEdges());
}

void WorkflowPage::arrange()
{
    QStringList ids;
    for (const QJsonValue &v : wj::steps(m_document->json(), m_owner))
        ids << v.toObject().value(QLatin1String("id")).toString();
    QList<std::pair<QString, QString>> edges;
    for (const QJsonValue &v : wj::edges(m_document->json(), m_owner))
        edges << std::pair{v.toObject().value(QLatin1String("from")).toString(), v.toObject().value(QLatin1String("to")).toString()};
    m_document->move(layeredLayout(ids, edges, m_scene->heights()), tr("Arrange steps"));
    m_view->overview();
}

// ------------------------------------------------------------------------------------------------
// Validation

bool WorkflowPage::isChecked() const
{
    return !m_checking && !m_checkTimer->isActive() && m_checkedRevision == m_document->revision();
}

void WorkflowPage::validate()
{
    if (m_checking) {
        m_checkTimer->start(); // once the check under way is done
        return;
    }
    m_checking = true;
    const quint64 revision = m_document->revision();
    const QJsonObject json = m_document->json();
    QStringList others;
    for (const QString &name : workflowNames()) {
        if (name != m_openName)
            others << name;
    }
    // a large workflow takes a while to check: not on the GUI thread
    async::runThenCallback(
        this,
        [json, others] {
            QList<Problem> problems;
            workflow::Definition::read(json, problems);
            const QString name = json.value(QLatin1String("name")).toString();
            if (others.contains(name))
                problems << Problem{{}, QStringLiteral("name"), tr("another workflow is called \"%1\"").arg(name)};
            return problems;
        },
        [this, revision](const QList<Problem> &problems) {
            m_checking = false;
            m_problems = problems;
            m_checkedRevision = revision;
            showProblems();
            if (revision != m_document->revision()) {
                m_checkTimer->start();
                return;
            }
            Q_EMIT checked();
        });
}

void WorkflowPage::showProblems()
{
    const QJsonObject &json = m_document->json();
    QHash<QString, QStringList> byStep;
    m_problemList->clear();
    for (const Problem &p : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(p.toString(), m_problemList);
        item->setData(Qt::UserRole, p.step);
        item->setForeground(ThemeManager::errorColor());
        if (p.step.isEmpty())
            continue;
        // a step inside a map shows its problem on the map that holds it
        QString at = p.step;
        QString prefix;
        for (int depth = 0; depth < 32; ++depth) {
            const auto owner = wj::ownerOf(json, at);
            if (!owner || *owner == m_owner)
                break;
            prefix = at + QLatin1Char('.');
            at = *owner;
        }
        byStep[at] << prefix + problemText(p);
    }
    m_scene->setProblems(byStep);
    m_problemsTitle->setText(m_problems.isEmpty() ? tr("No problems: the workflow can run.") : tr("%n problem(s):", nullptr, int(m_problems.size())));
    m_problemsTitle->setStyleSheet(m_problems.isEmpty() ? QString() : ThemeManager::errorStyleSheet());
    m_problemList->setVisible(!m_problems.isEmpty());
    QStringList workflowProblems;
    for (const Problem &p : std::as_const(m_problems)) {
        if (p.step.isEmpty())
            workflowProblems << problemText(p);
    }
    m_form->showWorkflow(json, workflowProblems);
    updateInspector();
}

// ------------------------------------------------------------------------------------------------
// Runs

void WorkflowPage::run()
{
    if (!m_runner) {
        m_prompts.error(this, tr("Run the workflow"), tr("The router is not running: add a provider first (Providers page)."));
        return;
    }
    auto definition = workflow::Definition::fromJson(m_document->json());
    if (!definition) {
        m_prompts.error(this, tr("Run the workflow"),
                        tr("Fix its problems first (they are listed under the canvas).\n\n%1").arg(definition.error().message));
        return;
    }
    auto input = m_runPanel->input();
    if (!input) {
        m_prompts.error(this, tr("Run the workflow"), input.error().message);
        return;
    }
    workflow::RunOptions options;
    options.maxCostUsd = m_runPanel->maxCost();
    options.startedBy = QStringLiteral("app");
    auto id = m_runner->start(*definition, *input, options);
    if (!id) {
        m_prompts.error(this, tr("Run the workflow"), id.error().message);
        return;
    }
    showLiveRun(*id);
    showTab(Tab::Run);
    refreshHistory();
}

void WorkflowPage::cancelRun()
{
    if (m_runner && !m_shownRun.isEmpty())
        m_runner->cancel(m_shownRun);
}

QList<StepResult> WorkflowPage::shownSteps() const
{
    QList<StepResult> out;
    for (const QString &key : m_runOrder)
        out << m_runSteps.value(key);
    return out;
}

void WorkflowPage::clearRun()
{
    m_shownRun.clear();
    m_record.reset();
    m_runSteps.clear();
    m_runOrder.clear();
    m_reviewKey.clear();
    m_clock->stop();
    m_runPanel->showReview({}, {}, {});
    m_runPanel->showRun(std::nullopt, false);
    m_scene->setRunStates({});
    updateInspector();
}

void WorkflowPage::showLiveRun(const QString &runId)
{
    clearRun();
    m_shownRun = runId;
    m_record = m_runner->run(runId);
    for (const StepResult &s : m_runner->steps(runId)) {
        m_runOrder << s.key;
        m_runSteps.insert(s.key, s);
        if (s.status == StepStatus::Review) {
            m_reviewKey = s.key;
            m_runPanel->showReview(s.key, s.inputs, wj::step(m_document->json(), s.stepId).value(QLatin1String("instructions")).toString());
        }
    }
    m_clock->start();
    refreshRunView();
}

void WorkflowPage::showStoredRun(const RunRecord &record, const QList<StepResult> &steps)
{
    clearRun();
    m_shownRun = record.id;
    m_record = record;
    for (const StepResult &s : steps) {
        m_runOrder << s.key;
        m_runSteps.insert(s.key, s);
    }
    refreshRunView();
}

void WorkflowPage::refreshRunView()
{
    if (m_shownRun.isEmpty())
        return;
    const bool live = m_runner && m_runner->isLive(m_shownRun);
    if (!live)
        m_clock->stop();
    m_runPanel->showRun(m_record, live);
    updateRunStates();
    updateInspector();
}

void WorkflowPage::updateRunStates()
{
    QHash<QString, NodeRunState> states;
    for (StepNode *node : m_scene->nodes()) {
        QList<const StepResult *> results;
        if (m_owner.isEmpty()) {
            auto it = m_runSteps.constFind(node->id());
            if (it != m_runSteps.cend())
                results << &*it;
        } else {
            for (auto it = m_runSteps.cbegin(); it != m_runSteps.cend(); ++it) {
                if (it->stepId == node->id())
                    results << &*it;
            }
        }
        if (results.isEmpty()) {
            states.insert(node->id(), NodeRunState{StepStatus::Waiting, {}});
            continue;
        }
        if (results.size() == 1) {
            states.insert(node->id(), NodeRunState{results.first()->status, detailOf(*results.first())});
            continue;
        }
        // one result per item of a map: the busiest state, and how many are done
        int done = 0;
        QHash<StepStatus, int> count;
        for (const StepResult *r : std::as_const(results)) {
            ++count[r->status];
            done += r->isFinished() ? 1 : 0;
        }
        StepStatus status = StepStatus::Done;
        for (StepStatus s :
             {StepStatus::Running, StepStatus::Review, StepStatus::Failed, StepStatus::Cancelled, StepStatus::Interrupted, StepStatus::Waiting}) {
            if (count.value(s) > 0) {
                status = s;
                break;
            }
        }
        if (status == StepStatus::Done && count.value(StepStatus::Done) == 0)
            status = StepStatus::Skipped;
        states.insert(node->id(), NodeRunState{status, tr("%1 of %n item(s) finished", nullptr, int(results.size())).arg(done)});
    }
    m_scene->setRunStates(states);
}

void WorkflowPage::approveReview(const QJsonValue &value)
{
    if (!m_runner || m_shownRun.isEmpty() || m_reviewKey.isEmpty())
        return;
    const QString key = m_reviewKey;
    if (m_runner->isLive(m_shownRun)) {
        if (auto done = m_runner->approve(m_shownRun, key, value); !done)
            m_prompts.error(this, tr("Review"), done.error().message);
        return;
    }
    // a run paused before the app was restarted: it goes on with the answer
    workflow::ResumeOptions options;
    options.reviews.insert(key, value);
    const QString runId = m_shownRun;
    m_runner->resume(runId, options, [this, runId](const Expected<void> &done) {
        if (!done)
            m_prompts.error(this, tr("Review"), done.error().message);
        else
            showLiveRun(runId);
    });
}

void WorkflowPage::rejectReview(const QString &reason)
{
    if (!m_runner || m_shownRun.isEmpty() || m_reviewKey.isEmpty())
        return;
    if (!m_runner->isLive(m_shownRun)) {
        m_prompts.error(this, tr("Review"), tr("Resume the run first; then reject the value."));
        return;
    }
    if (auto done = m_runner->reject(m_shownRun, m_reviewKey, reason); !done)
        m_prompts.error(this, tr("Review"), done.error().message);
}

void WorkflowPage::resumeRun(const QString &runId)
{
    if (!m_runner || runId.isEmpty())
        return;
    workflow::ResumeOptions options;
    options.maxCostUsd = m_runPanel->maxCost();
    m_runner->resume(runId, options, [this, runId](const Expected<void> &done) {
        if (!done) {
            m_prompts.error(this, tr("Resume the run"), done.error().message);
            return;
        }
        showLiveRun(runId);
        showTab(Tab::Run);
        refreshHistory();
    });
}

void WorkflowPage::openRun(const QString &runId)
{
    if (runId.isEmpty() || !m_store)
        return;
    if (m_runner && m_runner->isLive(runId)) {
        showLiveRun(runId);
        Q_EMIT runOpened(runId);
        return;
    }
    using Loaded = std::pair<Expected<std::optional<RunRecord>>, Expected<QList<StepResult>>>;
    async::runThenCallback(
        this, [store = m_store, runId] { return std::make_shared<Loaded>(store->run(runId), store->steps(runId)); },
        [this, runId](const std::shared_ptr<Loaded> &loaded) {
            if (!loaded->first || !*loaded->first || !loaded->second) {
                m_prompts.error(this, tr("Open the run"),
                                !loaded->first        ? loaded->first.error().message
                                    : !loaded->second ? loaded->second.error().message
                                                      : tr("There is no run %1 any more.").arg(runId));
                return;
            }
            showStoredRun(**loaded->first, *loaded->second);
            Q_EMIT runOpened(runId);
        });
}

void WorkflowPage::refreshHistory()
{
    if (!m_store || m_openName.isEmpty())
        return;
    workflow::RunQuery query;
    query.workflow = m_openName;
    query.limit = 200;
    const QString name = m_openName;
    async::runThenCallback(
        this, [store = m_store, query] { return std::make_shared<Expected<QList<RunRecord>>>(store->runs(query)); },
        [this, name](const std::shared_ptr<Expected<QList<RunRecord>>> &runs) {
            if (name != m_openName)
                return;
            if (*runs) {
                QList<RunRecord> list = **runs;
                for (RunRecord &r : list) {
                    // a run this app ran is as the runner has it (its last change may not be stored yet)
                    if (const auto mine = m_runner ? m_runner->run(r.id) : std::nullopt)
                        r = *mine;
                }
                m_history->setRuns(list);
            } else
                m_history->setRuns({}, runs->error().message);
            Q_EMIT historyLoaded();
        });
}

RunDiffDialog *WorkflowPage::diffDialog() const
{
    return m_diff;
}

void WorkflowPage::compareRuns(const QString &runA, const QString &runB)
{
    if (!m_store)
        return;
    if (m_runner) {
        // what the runs did last may not be stored yet
        m_runner->whenStored(this, [this, runA, runB] { compareStoredRuns(runA, runB); });
        return;
    }
    compareStoredRuns(runA, runB);
}

void WorkflowPage::compareStoredRuns(const QString &runA, const QString &runB)
{
    struct Both {
        Expected<std::optional<RunRecord>> a = std::optional<RunRecord>();
        Expected<QList<StepResult>> stepsA = QList<StepResult>();
        Expected<std::optional<RunRecord>> b = std::optional<RunRecord>();
        Expected<QList<StepResult>> stepsB = QList<StepResult>();
    };
    async::runThenCallback(
        this,
        [store = m_store, runA, runB] {
            auto both = std::make_shared<Both>();
            both->a = store->run(runA);
            both->stepsA = store->steps(runA);
            both->b = store->run(runB);
            both->stepsB = store->steps(runB);
            return both;
        },
        [this](const std::shared_ptr<Both> &both) {
            for (const auto *r : {&both->a, &both->b}) {
                if (!*r || !**r) {
                    m_prompts.error(this, tr("Compare runs"), !*r ? r->error().message : tr("One of the runs is not in the history any more."));
                    return;
                }
            }
            for (const auto *s : {&both->stepsA, &both->stepsB}) {
                if (!*s) {
                    m_prompts.error(this, tr("Compare runs"), s->error().message);
                    return;
                }
            }
            delete m_diff;
            m_diff = new RunDiffDialog({**both->a, *both->stepsA}, {**both->b, *both->stepsB}, this);
            m_diff->setAttribute(Qt::WA_DeleteOnClose);
            m_diff->show();
            Q_EMIT diffShown();
        });
}

// ------------------------------------------------------------------------------------------------
// Versions

void WorkflowPage::keepVersion(const std::optional<QJsonObject> &found, const QJsonObject &json, const QString &note)
{
    if (!m_versions)
        return;
    const QString name = json.value(QLatin1String("name")).toString();
    m_versionJobs.run(
        this,
        [store = m_versions, found, json, note]() -> Expected<workflow::VersionStore::Saved> {
            // what the workspace held stays in the history (a workflow from before versions were kept)
            if (found && found->value(QLatin1String("name")) == json.value(QLatin1String("name"))) {
                if (auto kept = store->keepFound(found); !kept)
                    return kept.error();
            }
            return store->save(json, QStringLiteral("app"), note);
        },
        [this, name](const Expected<workflow::VersionStore::Saved> &saved) {
            if (!saved) {
                setStatus(tr("\"%1\" is saved in the workspace, but its version was not kept: %2").arg(name, saved.error().message), true);
                return;
            }
            if (name == m_openName && m_tabs->currentIndex() == int(Tab::Versions))
                refreshVersions();
            Q_EMIT versionKept(saved->version.number);
        });
}

void WorkflowPage::refreshVersions()
{
    if (!m_versions || m_openName.isEmpty()) {
        m_versionsPanel->setVersions({});
        return;
    }
    const QString name = m_openName;
    const std::optional<QJsonObject> found = workflow::workflowJson(m_context.workspace(), name);
    m_versionJobs.run(
        this,
        [store = m_versions, name, found]() -> Expected<QList<workflow::Version>> {
            if (auto kept = store->keepFound(found); !kept)
                return kept.error();
            return store->versions(name);
        },
        [this, name](const Expected<QList<workflow::Version>> &versions) {
            if (name != m_openName)
                return;
            if (versions)
                m_versionsPanel->setVersions(*versions);
            else
                m_versionsPanel->setVersions({}, versions.error().message);
            Q_EMIT versionsLoaded();
        });
}

void WorkflowPage::restoreVersion(int number)
{
    if (!m_versions || m_openName.isEmpty())
        return;
    const QString name = m_openName;
    QString question = tr("Restore version %1 of \"%2\"? It is saved as the newest version; Undo in the editor takes it back.").arg(number).arg(name);
    if (m_document->isModified())
        question += QLatin1Char('\n') + tr("Your unsaved changes are replaced (Undo brings them back).");
    if (!m_prompts.confirm(this, tr("Restore a version"), question))
        return;
    m_versionJobs.run(
        this, [store = m_versions, name, number] { return store->version(name, number); },
        [this, name, number](const Expected<workflow::Version> &version) {
            if (name != m_openName)
                return;
            if (!version) {
                m_prompts.error(this, tr("Restore a version"), version.error().message);
                return;
            }
            QJsonObject json = version->definition;
            json.insert(QStringLiteral("name"), name);
            ensurePositions(json);
            m_document->change(tr("Restore version %1").arg(number), json);
            if (saveWithNote(QStringLiteral("restored version %1").arg(number)))
                setStatus(tr("Restored version %1 and saved it as the newest version (Undo takes it back).").arg(number));
        });
}

VersionDiffDialog *WorkflowPage::versionDiffDialog() const
{
    return m_versionDiff;
}

void WorkflowPage::compareVersions(int from, int to)
{
    if (!m_versions || m_openName.isEmpty())
        return;
    const QString name = m_openName;
    m_versionJobs.run(
        this, [store = m_versions, name, from, to] { return store->diff(name, from, to); },
        [this, name, from, to](const Expected<workflow::DefinitionDiff> &diff) {
            if (!diff) {
                m_prompts.error(this, tr("Compare versions"), diff.error().message);
                return;
            }
            delete m_versionDiff;
            m_versionDiff = new VersionDiffDialog(name, from, to, *diff, this);
            m_versionDiff->setAttribute(Qt::WA_DeleteOnClose);
            m_versionDiff->show();
            Q_EMIT versionDiffShown();
        });
}

// ------------------------------------------------------------------------------------------------
// Templates and files

QStringList WorkflowPage::modelChoices() const
{
    QStringList models;
    if (auto *host = m_context.routerHost())
        models = host->router().offeredModels();
    for (const QJsonValue &r : m_context.workspace().routes) {
        const QString name = r.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty() && !models.contains(name))
            models << name;
    }
    return models;
}

TemplateDialog *WorkflowPage::templateDialog() const
{
    return m_templateDialog;
}

void WorkflowPage::showTemplateDialog()
{
    if (!settleChanges())
        return;
    // the collections come from the database: not on the GUI thread
    async::runThenCallback(
        this,
        [database = m_context.database()] {
            QStringList names;
            if (!database)
                return names;
            if (auto collections = knowledge::KnowledgeStore(database).collections()) {
                for (const knowledge::Collection &c : std::as_const(*collections))
                    names << c.name;
            }
            return names;
        },
        [this](const QStringList &collections) {
            delete m_templateDialog;
            m_templateDialog = new TemplateDialog(modelChoices(), collections, workflowNames(), this);
            m_templateDialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_templateDialog, &QDialog::accepted, this,
                    [this, dialog = m_templateDialog] { newFromTemplate(dialog->templateId(), dialog->name(), dialog->values()); });
            m_templateDialog->show();
            Q_EMIT templateDialogShown();
        });
}

bool WorkflowPage::newFromTemplate(const QString &templateId, const QString &name, const QHash<QString, QString> &values)
{
    const workflow::WorkflowTemplate *t = workflow::findTemplate(templateId);
    if (!t)
        return false;
    auto definition = workflow::instantiate(*t, name, values);
    if (!definition) {
        m_prompts.error(this, tr("New workflow from a template"), definition.error().message);
        return false;
    }
    if (!settleChanges())
        return false;
    Workspace ws = m_context.workspace();
    auto imported = workflow::importWorkflow(ws, *definition);
    if (!imported) {
        m_prompts.error(this, tr("New workflow from a template"), tr("%1: choose another name.").arg(imported.error().message));
        return false;
    }
    const QString created = imported->definition.value(QLatin1String("name")).toString();
    m_document->markSaved(); // settled above
    if (!saveWorkspaceWorkflows(ws.workflows, created,
                                KeptVersion{std::nullopt, imported->definition, QStringLiteral("from the template %1").arg(t->id)}))
        return false;
    setStatus(tr("Added \"%1\" from the template \"%2\".").arg(created, t->title));
    return true;
}

void WorkflowPage::importWorkflow()
{
    const QString path = m_prompts.openFile(this, tr("Import a workflow"), tr("Workflow files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool WorkflowPage::importFile(const QString &path)
{
    const QString title = tr("Import a workflow");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_prompts.error(this, title, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    auto definition = workflow::readWorkflowFile(f.read(16 * 1024 * 1024), QFileInfo(path).fileName());
    if (!definition) {
        m_prompts.error(this, title, definition.error().message);
        return false;
    }
    const QString fileName = definition->value(QLatin1String("name")).toString();
    workflow::ImportOptions options;
    const std::optional<QJsonObject> same = workflow::workflowJson(m_context.workspace(), fileName);
    if (same && *same != *definition) {
        // the CLI's --replace, --keep-both and --as, as a question
        const int choice = m_prompts.choose(this, title,
                                            tr("The workspace has a different workflow called \"%1\". Replace it (it stays in its versions), keep "
                                               "both, or import the file's under another name?")
                                                .arg(fileName),
                                            {tr("Replace"), tr("Keep both"), tr("Another name…")});
        if (choice == 0)
            options.clash = workflow::NameClash::Replace;
        else if (choice == 1)
            options.clash = workflow::NameClash::KeepBoth;
        else if (choice == 2) {
            options.name = m_prompts.askText(this, title, tr("Name of the imported workflow:"), fileName + QStringLiteral("-imported")).trimmed();
            if (options.name.isEmpty())
                return false;
        } else
            return false;
    }
    if (!settleChanges())
        return false;
    Workspace ws = m_context.workspace();
    const QString target = options.name.isEmpty() ? fileName : options.name;
    const std::optional<QJsonObject> found = workflow::workflowJson(ws, target);
    auto imported = workflow::importWorkflow(ws, *definition, options);
    if (!imported) {
        m_prompts.error(this, title, imported.error().message);
        return false;
    }
    const QString name = imported->definition.value(QLatin1String("name")).toString();
    if (imported->outcome == workflow::Imported::Outcome::Unchanged) {
        openWorkflow(name);
        setStatus(tr("The workspace has \"%1\" already, unchanged.").arg(name));
        return true;
    }
    m_document->markSaved(); // settled above
    const KeptVersion keep{name == target ? found : std::nullopt, imported->definition,
                           QStringLiteral("imported from %1").arg(QFileInfo(path).fileName())};
    if (!saveWorkspaceWorkflows(ws.workflows, name, keep))
        return false;
    setStatus(imported->outcome == workflow::Imported::Outcome::Replaced ? tr("Replaced \"%1\" with the file's.").arg(name)
                                                                         : tr("Imported \"%1\".").arg(name));
    return true;
}

void WorkflowPage::exportWorkflow()
{
    if (m_openName.isEmpty())
        return;
    const QString path = m_prompts.saveFile(this, tr("Export the workflow"), m_openName + QStringLiteral(".workflow.json"),
                                            tr("Workflow files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool WorkflowPage::exportTo(const QString &path)
{
    const QByteArray bytes = workflow::exportWorkflow(m_document->json(), QDateTime::currentMSecsSinceEpoch());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        m_prompts.error(this, tr("Export the workflow"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    setStatus(tr("Exported \"%1\" to %2.").arg(m_openName, QDir::toNativeSeparators(path)));
    return true;
}

// ------------------------------------------------------------------------------------------------
// Compare this step

Expected<StepComparison> WorkflowPage::stepComparison(const QString &stepKey, const QStringList &models) const
{
    const auto it = m_runSteps.constFind(stepKey);
    if (it == m_runSteps.cend() || !StepInspector::isComparable(*it))
        return Error::make(Error::Kind::Validation, tr("Only a finished model step of the run shown can be compared; run the workflow first."));
    if (models.size() < compare::CompareSession::kMinPanes || models.size() > compare::CompareSession::kMaxPanes)
        return Error::make(Error::Kind::Validation,
                           tr("Choose %1 to %2 models.").arg(compare::CompareSession::kMinPanes).arg(compare::CompareSession::kMaxPanes));
    const QJsonObject inputs = it->inputs.toObject();
    StepComparison c;
    c.workflow = m_record ? m_record->workflow : m_openName;
    c.step = it->key;
    c.system = inputs.value(QLatin1String("system")).toString();
    c.user = inputs.value(QLatin1String("user")).toString();
    c.parameters = inputs.value(QLatin1String("parameters")).toObject();
    c.models = models;
    c.attachments = int(inputs.value(QLatin1String("attachments")).toArray().size());
    return c;
}

StepCompareDialog *WorkflowPage::stepCompareDialog() const
{
    return m_stepCompare;
}

void WorkflowPage::compareStep(const QString &stepKey)
{
    const auto it = m_runSteps.constFind(stepKey);
    if (it == m_runSteps.cend() || !StepInspector::isComparable(*it)) {
        m_prompts.error(this, tr("Compare this step"), tr("Only a finished model step of the run shown can be compared; run the workflow first."));
        return;
    }
    QStringList chosen;
    for (const QString &m : {it->model, it->inputs.toObject().value(QLatin1String("model")).toString()}) {
        if (!m.isEmpty() && !chosen.contains(m))
            chosen << m;
    }
    const int attachments = int(it->inputs.toObject().value(QLatin1String("attachments")).toArray().size());
    const QString note = attachments > 0 ? tr("Compare sends text only: the %n file(s) the step was given are left out.", nullptr, attachments)
                                         : QString();
    delete m_stepCompare;
    auto *dialog = new StepCompareDialog(stepKey, modelChoices(), chosen, note, this);
    m_stepCompare = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, stepKey, dialog] {
        auto comparison = stepComparison(stepKey, dialog->chosen());
        if (!comparison) {
            m_prompts.error(this, tr("Compare this step"), comparison.error().message);
            return;
        }
        Q_EMIT compareStepRequested(*comparison);
    });
    dialog->show();
}

void WorkflowPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_document)
        validate(); // the problems are core's messages, written in the language of the check
}

} // namespace sb::ui
