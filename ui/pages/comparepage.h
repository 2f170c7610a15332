#pragma once

#include "common/async.h"
#include "compare/batchrunner.h"
#include "compare/comparestore.h"
#include "compare/promptset.h"
#include "compare/session.h"
#include "knowledge/context.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QGridLayout;

namespace sb::ui {

class AppContext;
class BatchPanel;
class ComparePane;
class KnowledgePicker;
class LeaderboardPanel;
class LivePanel;
class Prompts;

// Side-by-side comparison of 2 to 6 models (real or virtual): one composer and system prompt, every
// pane streaming on its own, stop one or all; blind mode with votes and a per-workspace leaderboard;
// batch runs of a prompt set with checks, a results grid and CSV export; saved comparisons reopen.
// Every call goes through the router with source "compare".
class ComparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)

public:
    ComparePage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~ComparePage() override;

    // The same actions the controls trigger (tests).
    void setChosenModels(const QStringList &models);
    QStringList chosenModels() const;
    QStringList availableModels() const;
    void setBlind(bool blind);
    void setCategory(const QString &category);
    // The knowledge collections every model answers from (searched once per prompt).
    KnowledgePicker *knowledgePicker() const { return m_knowledge; }
    void setKnowledge(const QStringList &collections);
    void setSystemPrompt(const QString &system);
    void setPrompt(const QString &prompt);
    // A PDF sent with the next prompt to every model (Attach PDF…): a refused file says why in the status line.
    [[nodiscard]] Expected<void> attachFile(const QString &path);
    QStringList attachmentNames() const;
    void run(); // Ctrl+Enter
    // The Settings: the send key of the prompt, and the models a comparison starts with (those still
    // offered; chosen at once while nothing was asked yet).
    void setCtrlEnterSends(bool on);
    void setDefaultModels(const QStringList &models);
    // A new comparison of one prompt as it was given elsewhere (a workflow step's recorded input): its
    // models, system prompt and sampling parameters (protocol/parameters.h; kept until New), sent at once.
    // `origin` names where it came from in the status line.
    void compareInput(const QString &origin, const QString &system, const QString &prompt, const QJsonObject &parameters, const QStringList &models);
    void stopAll(); // Esc
    void newComparison();
    void openComparison(qint64 id);
    void deleteComparison(qint64 id);
    QList<qint64> savedComparisons() const;
    void showTab(int index); // 0 side by side, 1 batch, 2 leaderboard

    const compare::CompareSession &session() const { return *m_session; }
    // Panes in display order.
    QList<ComparePane *> panes() const;
    ComparePane *paneFor(int pane) const;
    QString statusText() const;

    // Blind votes: best = a pane, or -1 with Tie / BothBad (two panes: AWins / BWins).
    bool voteBarVisible() const;
    void vote(int best, compare::VoteOutcome outcome);
    int leaderboardRows() const;
    QString leaderboardCell(int row, int column) const;

    void setBatchText(const QString &text);
    void loadBatchFile(const QString &path);
    void setBatchConcurrency(int n);
    void runBatch();
    void cancelBatch();
    void exportBatch();
    QString batchStatus() const;
    const compare::BatchRunner &batchRunner() const { return *m_runner; }
    int batchGridRows() const;
    QString batchGridCell(int row, int column) const;
    QString batchSummaryCell(int row, int column) const;

private:
    QWidget *buildSidebar();
    void reloadModels();
    void reloadSaved();
    void reloadLeaderboard();
    void onModelsEdited();
    void refreshControls();
    void setStatus(const QString &text, bool error = false);
    bool ensureStarted();

    AppContext &m_context;
    Prompts &m_prompts;
    std::shared_ptr<compare::CompareStore> m_store;
    std::unique_ptr<knowledge::ContextBuilder> m_builder; // before the session and runner: outlives them
    std::unique_ptr<compare::CompareSession> m_session;
    std::unique_ptr<compare::BatchRunner> m_runner;

    QListWidget *m_models = nullptr;
    QLineEdit *m_modelFilter = nullptr;
    QLineEdit *m_customModel = nullptr;
    QCheckBox *m_blind = nullptr;
    QComboBox *m_category = nullptr;
    KnowledgePicker *m_knowledge = nullptr;
    QListWidget *m_saved = nullptr;
    QTabWidget *m_tabs = nullptr;

    LivePanel *m_live = nullptr;
    QStringList m_defaultModels; // the Settings' (setDefaultModels)
    async::Serial m_writes; // deletes, off the GUI thread (the session and runner queue their own)
    bool m_editingModels = false;

    LeaderboardPanel *m_leaderboard = nullptr;
    BatchPanel *m_batch = nullptr;
};

} // namespace sb::ui
