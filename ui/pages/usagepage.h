#pragma once

#include "team/teamclient.h"
#include "usage/budgets.h"
#include "usage/queries.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace sb::ui {

class AppContext;
class BudgetsPanel;
class CallsPanel;
class Prompts;

namespace usagepage {
struct Snapshot;
}

// Spending and usage from the ledger: spend, tokens, latency and error charts over a date range with
// filters, the top spenders, the raw calls with their routing trace (CSV export), and the budgets with
// their progress (edited here, saved into the workspace). Every query runs on a worker thread.
//
// When the workspace has a team server (a provider of kind `switchboard`), a scope chooses whose
// ledger: this computer's, the team's (the server runs the same queries on its ledger: admins and
// viewers see every member's calls, with a member filter; a member their own) or only your own calls
// on the team server. The raw calls and the budgets stay this computer's.
class UsagePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePage)

public:
    // Budget::describe() in the user's language ("monthly budget of provider openai")
    static QString budgetText(const usage::Budget &budget);
    enum class Preset { Today, Last7Days, Last30Days, ThisMonth, Last90Days, Custom };
    Q_ENUM(Preset)
    enum class Scope { Local, Team, Mine };
    Q_ENUM(Scope)

    UsagePage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~UsagePage() override;

    // Range and filters; each change schedules a refresh.
    void setPreset(Preset preset);
    Preset preset() const;
    void setCustomRange(QDate from, QDate toInclusive);
    void setProviderFilter(const QString &provider); // "" = all
    void setModelFilter(const QString &model);
    void setSourceFilter(std::optional<usage::Source> source);
    void setKeyFilter(const QString &key);
    void setSpendDimension(usage::Dimension dimension);
    usage::Filter currentFilter() const;
    // Whose ledger (the scope box shows only while the workspace has a team server).
    bool hasTeamServer() const;
    void setScope(Scope scope);
    Scope scope() const;
    void setMemberFilter(const QString &member); // Team scope, admins and viewers; "" = every member
    QStringList memberChoices() const;
    // The team scope's line: whose calls these are, or the error with what to do ("" for Local).
    QString scopeText() const;
    bool canRetry() const; // the team server failed: Retry is offered

    // Reruns every query in the background (F5). isBusy() until the results are shown.
    void refresh();
    bool isBusy() const;
    QString totalsText() const;
    QString lastError() const { return m_lastError; }

    // Calls table: the first page comes with every refresh; more pages on demand.
    int callRows() const;
    bool hasMoreCalls() const;
    void loadMoreCalls();
    void showTrace(int row);
    QString traceText() const;
    // Asks for a file name (Prompts::saveFile) and writes the filtered calls there, in the background.
    void exportCsv();

    // Budgets editor: rows of (scope, target, period, soft, hard) as typed; limits as text ("" = none).
    int budgetRows() const;
    void addBudgetRow(usage::Budget::Scope scope = usage::Budget::Scope::Workspace, const QString &target = {},
                      usage::Budget::Period period = usage::Budget::Period::Monthly, const QString &softText = {}, const QString &hardText = {});
    void removeBudgetRow(int row);
    void setBudgetLimits(int row, const QString &softText, const QString &hardText);
    // Validates and saves into the workspace; returns false (message in budgetMessage()) when refused.
    bool saveBudgets();
    void revertBudgets();
    QString budgetMessage() const;
    // Spent / limit shown for a row (per mille of the largest limit), and its projected month-end text.
    int budgetProgress(int row) const;
    QString budgetProgressText(int row) const;
    QString projectionText() const;
    QString alertText() const;
    QString unpricedText() const; // the note on calls without a price ("" when there are none)
    // The Latency tab's note that its percentiles are estimates, with their bound ("" when exact).
    QString latencyEstimateText() const;
    void showBudgets(); // the Budgets tab (a budget stopped a call: where to raise or reset it)
    int currentTab() const;

Q_SIGNALS:
    // A soft (or hard) budget limit was reached: for the status bar.
    void budgetAlert(const QString &message);
    // No budget is over its limit any more (deleted, raised, or a new period): the alert is gone.
    void budgetAlertCleared();
    // The charts and tables show the results of the latest refresh.
    void refreshed();
    void exportFinished(qint64 rows, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    static QString latencyCaption();

private:
    QWidget *buildFilters();
    QWidget *buildSpendTab();
    QWidget *buildChartTab(QChartView *&view, const QString &name, const QString &help);
    QWidget *buildTopTab();
    void showLatencyEstimate(double relativeError); // 0: exact, no note

    void scheduleRefresh();
    void applyPresetDates();
    // Runs `work` on a pooled worker (common/async.h), then `done` on the GUI thread (unless the page is
    // gone), with the busy indicator on meanwhile.
    void runInBackground(std::function<void()> work, std::function<void()> done);
    void setBusyIndicator();

    void applySnapshot(const usagepage::Snapshot &snapshot);
    void fillTopTables(const usagepage::Snapshot &s);
    void updateFilterChoices(const usagepage::Snapshot &s);
    void applyChartTheme();

    void reloadTeamServer();
    void refreshTeam(usage::Filter filter, usage::Dimension dimension);
    void teamFailed(const team::TeamError &error);
    void teamRequestEnded(); // the request under way answered, or its client is gone
    void applyScopeControls();

    void connectBudgetTracker();
    void onBudgetAlert(const usage::BudgetAlert &alert);
    void refreshAlert(const QList<usage::BudgetStatus> &statuses);
    static QString alertMessage(const usage::Budget &budget, usage::BudgetOutcome level, double spentUsd, double limitUsd);

    AppContext &m_context;
    Prompts &m_prompts;

    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_key = nullptr;
    QComboBox *m_dimension = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_alert = nullptr;
    int m_budgetsTab = -1;
    QLabel *m_unpriced = nullptr;
    QLabel *m_hover = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_spendView = nullptr;
    QChartView *m_tokensView = nullptr;
    QChartView *m_latencyView = nullptr;
    QLabel *m_latencyCaption = nullptr;
    QLabel *m_latencyEstimate = nullptr; // shown while the percentiles are estimates
    double m_latencyRelativeError = 0; // of the percentiles shown
    QChartView *m_errorView = nullptr;
    QTableWidget *m_topKeys = nullptr;
    QTableWidget *m_topRequests = nullptr;
    BudgetsPanel *m_budgetsPanel = nullptr;
    CallsPanel *m_callsPanel = nullptr;
    QTimer *m_refreshTimer = nullptr;

    int m_running = 0; // background jobs not finished yet
    bool m_refreshing = false; // a refresh is among them
    bool m_refreshPending = false;
    bool m_updatingFilters = false;
    QString m_lastError;
    usage::Filter m_shownFilter;
    QPointer<usage::BudgetTracker> m_tracker;

    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_memberLabel = nullptr;
    QComboBox *m_member = nullptr;
    QWidget *m_teamBar = nullptr;
    QLabel *m_teamNote = nullptr;
    QPushButton *m_retry = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<team::TeamClient> m_teamClient;
    std::optional<team::Identity> m_teamIdentity;
    bool m_teamBusy = false; // a request to the team server is under way
    int m_teamGeneration = 0; // answers of an older request (another server or scope) are dropped
};

} // namespace sb::ui
