#pragma once

#include "common/async.h"
#include "common/expected.h"
#include "workflow/definition.h"
#include "workflow/runner.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;

namespace sb::knowledge {
class ContextBuilder;
}
namespace sb::workflow {
class RunStore;
class VersionStore;
} // namespace sb::workflow

namespace sb::ui {

class AppContext;
class Prompts;
class RunDiffDialog;
class StepInspector;
class StepCompareDialog;
class StepPalette;
class TemplateDialog;
class VersionDiffDialog;
class WorkflowDocument;
class WorkflowForm;
class WorkflowHistoryPanel;
class WorkflowRunPanel;
class WorkflowScene;
class WorkflowVersionsPanel;
class WorkflowView;

// One LLM step's recorded input, to be answered by several models side by side in Compare.
struct StepComparison {
    QString workflow;
    QString step; // its key in the run
    QString system; // as rendered
    QString user; // as rendered
    QJsonObject parameters; // the step's parameters (temperature, maxTokens, ...)
    QStringList models; // 2 to 6
    int attachments = 0; // files the step was given (Compare sends text only)
};

// The workspace's workflows, built on a canvas (steps from a palette, edges dragged between their
// ports, zoom and pan, undo and redo, copy and paste, arranged by dependency), each step edited in an
// inspector built from its kind's fields, checked as it changes (problems on the steps they name),
// saved into the workspace, run through the app's router with live state on every step, and the
// history of its runs, two of them compared step by step; every saved version kept (restore one, compare
// two), new workflows from the shipped templates, workflow files imported and exported, and a finished
// model step's input sent to Compare.
class WorkflowPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowPage)

public:
    enum class Tab { Step, Workflow, Run, History, Versions, Json };

    WorkflowPage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~WorkflowPage() override;

    // The workspace's workflows, and the one open.
    QStringList workflowNames() const;
    QString currentWorkflow() const { return m_openName; }
    void openWorkflow(const QString &name);
    void newWorkflow();
    void duplicateWorkflow();
    // Renames the workflow open and saves it.
    void renameWorkflow(const QString &name);
    void deleteWorkflow();
    // Saves the workflow into the workspace and keeps it as its next version.
    bool save();

    // Versions (workflow::VersionStore): listed, restored (an undoable edit, saved as the newest version),
    // two compared step by step (workflow::diffDefinitions).
    WorkflowVersionsPanel *versionsPanel() const { return m_versionsPanel; }
    void refreshVersions();
    void restoreVersion(int number);
    void compareVersions(int from, int to);
    VersionDiffDialog *versionDiffDialog() const;
    // Version writes and reads queued and not done yet (0: the store holds what was saved).
    int pendingVersionJobs() const { return m_versionJobs.pending(); }

    // A new workflow from a shipped template (the dialog, or straight from its parts).
    void showTemplateDialog();
    TemplateDialog *templateDialog() const;
    bool newFromTemplate(const QString &templateId, const QString &name, const QHash<QString, QString> &values);
    // Workflow files (workflow/workflowfile.h): asks for the file, then imports or exports it.
    void importWorkflow();
    bool importFile(const QString &path);
    void exportWorkflow();
    bool exportTo(const QString &path);

    // Asks which models (2 to 6) answer the input a finished model step of the run shown was given,
    // then asks for the comparison (compareStepRequested).
    void compareStep(const QString &stepKey);
    [[nodiscard]] Expected<StepComparison> stepComparison(const QString &stepKey, const QStringList &models) const;
    StepCompareDialog *stepCompareDialog() const;

    WorkflowDocument *document() const { return m_document; }
    WorkflowScene *scene() const { return m_scene; }
    WorkflowView *view() const { return m_view; }
    StepPalette *palette() const { return m_palette; }
    StepInspector *inspector() const { return m_inspector; }
    WorkflowForm *workflowForm() const { return m_form; }
    WorkflowRunPanel *runPanel() const { return m_runPanel; }
    WorkflowHistoryPanel *historyPanel() const { return m_history; }
    QListWidget *problemList() const { return m_problemList; }
    void showTab(Tab tab);

    // The graph on the canvas: "" the workflow's steps, else the map whose steps are shown.
    QString graphOwner() const { return m_owner; }
    void openGraph(const QString &owner);
    // Adds a step right of the one selected (or where there is room) and selects it.
    QString addStep(workflow::StepKind kind);
    void copySelection();
    void paste();
    void deleteSelection();
    void arrange();
    // What validation found, for the document as it is now (false while it is being checked).
    bool isChecked() const;
    QList<workflow::Problem> problems() const { return m_problems; }
    QString statusText() const;

    // Runs the workflow in the editor with the run form's input.
    void run();
    void cancelRun();
    QString shownRun() const { return m_shownRun; }
    std::optional<workflow::RunRecord> shownRecord() const { return m_record; }
    QList<workflow::StepResult> shownSteps() const;
    // Answers the review the run shown waits for (null: the value as shown), or rejects it.
    void approveReview(const QJsonValue &value = {});
    void rejectReview(const QString &reason);
    void openRun(const QString &runId);
    void resumeRun(const QString &runId);
    void refreshHistory();
    void compareRuns(const QString &runA, const QString &runB);
    RunDiffDialog *diffDialog() const;
    workflow::Runner *runner() const { return m_runner.get(); }
    // Waits until what the runs did so far is stored (the window calls it before it is destroyed).
    void storeRuns();

Q_SIGNALS:
    void checked(); // the problems shown are those of the document as it is
    void historyLoaded();
    void runOpened(const QString &runId);
    void diffShown();
    void versionsLoaded();
    void versionKept(int number);
    void versionDiffShown();
    void templateDialogShown();
    void compareStepRequested(const sb::ui::StepComparison &comparison);

protected:
    void changeEvent(QEvent *event) override; // a new language: the texts with numbers and names

private:
    void buildLayout();
    void buildShortcuts();
    void reloadList();
    void showDocument();
    void onDocumentChanged();
    void onSelectionChanged();
    void validate();
    void showProblems();
    void setStatus(const QString &text, bool error = false);
    // asks to save changes before the document is replaced; false: stay
    bool settleChanges();
    void openJson(const QJsonObject &json, const QString &name);
    void ensurePositions(QJsonObject &json) const;
    [[nodiscard]] Expected<void> storeWorkflows(const QJsonArray &workflows);
    bool saveWithNote(const QString &note);
    // keeps `json` as its workflow's next version after `found` (what the workspace held before)
    void keepVersion(const std::optional<QJsonObject> &found, const QJsonObject &json, const QString &note);
    QStringList modelChoices() const;
    // stores the workspace's workflows, then opens one
    // (and keeps a version of one of them); false: not stored (said)
    struct KeptVersion {
        std::optional<QJsonObject> found; // what the workspace held under its name before
        QJsonObject json;
        QString note;
    };
    bool saveWorkspaceWorkflows(const QJsonArray &workflows, const QString &open, const std::optional<KeptVersion> &keep = std::nullopt);
    void compareStoredRuns(const QString &runA, const QString &runB);
    void showLiveRun(const QString &runId);
    void showStoredRun(const workflow::RunRecord &record, const QList<workflow::StepResult> &steps);
    void clearRun();
    void refreshRunView();
    void updateRunStates();
    void updateInspector();
    void updateJsonView();
    QString currentStep() const;

    AppContext &m_context;
    Prompts &m_prompts;
    WorkflowDocument *m_document = nullptr;
    WorkflowScene *m_scene = nullptr;
    WorkflowView *m_view = nullptr;
    StepPalette *m_palette = nullptr;
    StepInspector *m_inspector = nullptr;
    WorkflowForm *m_form = nullptr;
    WorkflowRunPanel *m_runPanel = nullptr;
    WorkflowHistoryPanel *m_history = nullptr;
    WorkflowVersionsPanel *m_versionsPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_list = nullptr;
    QListWidget *m_problemList = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QLabel *m_crumbs = nullptr;
    QToolButton *m_back = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_save = nullptr;
    QLabel *m_zoom = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_editor = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonStatus = nullptr;
    bool m_jsonStale = true;
    QTimer *m_checkTimer = nullptr;
    QTimer *m_runTimer = nullptr;
    QTimer *m_clock = nullptr;

    QString m_openName; // as saved in the workspace
    QString m_owner;
    bool m_saving = false;
    bool m_listing = false;
    QList<workflow::Problem> m_problems;
    quint64 m_checkedRevision = 0;
    bool m_checking = false;
    int m_pasteCount = 0;
    QJsonObject m_lastPaste;

    std::shared_ptr<workflow::RunStore> m_store;
    std::unique_ptr<knowledge::ContextBuilder> m_builder;
    std::unique_ptr<workflow::Runner> m_runner;
    QString m_shownRun;
    std::optional<workflow::RunRecord> m_record;
    QHash<QString, workflow::StepResult> m_runSteps; // by key
    QStringList m_runOrder;
    QString m_reviewKey;
    QPointer<RunDiffDialog> m_diff;
    std::shared_ptr<workflow::VersionStore> m_versions;
    async::Serial m_versionJobs; // in the order asked: a list read after a save shows it
    QPointer<VersionDiffDialog> m_versionDiff;
    QPointer<TemplateDialog> m_templateDialog;
    QPointer<StepCompareDialog> m_stepCompare;
};

} // namespace sb::ui
