#pragma once

#include "monitor/alerts.h"
#include "monitor/evaluator.h"
#include "monitor/timeseries.h"
#include "team/teamclient.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QDialog;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sb::ui {

class AppContext;
class CallsPanel;
class CanaryPanel;
class Prompts;

namespace monitorpage {
struct Loaded;
}

// Quality and latency over time from the ledger's monitoring rollups: one metric of a provider's model
// (or all calls) over a range from an hour to 90 days, optionally against a second model or the
// period before; markers where the answering model string or the workspace's routing changed; a click
// on a point lists the calls behind it (the Usage page's calls table). The Alerts tab lists the SLOs
// with their error budget and burn rates, the monitors, and the alert history, with muting. Every
// query runs on a worker thread.
//
// When the workspace has a team server (a provider of kind `switchboard`), a data scope chooses whose
// calls the chart shows: this computer's, the team's (the server runs the same queries on its rollups:
// admins and viewers see every member's calls, with a member filter; a member their own) or only your
// own calls on the team server. A point of the team's chart opens the Usage page's team scope on its
// days (the team's calls stay on the server); the SLOs, alerts and canaries stay this computer's.
class MonitorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorPage)

public:
    enum class Range { Hour, SixHours, Day, Week, Month, Quarter };
    enum class Metric { Ttft, Latency, Gap, TokensPerSecond, ErrorRate, ErrorsByKind, Availability, Requests, Cost };
    enum class Compare { None, OtherModel, PreviousPeriod };
    enum class DataScope { Local, Team, Mine };
    using Clock = std::function<qint64()>;

    MonitorPage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~MonitorPage() override;

    // UTC epoch ms for "now" (the end of every range); the system clock by default. Tests set it.
    void setClock(Clock clock);

    // "" = all calls, else "PROVIDER/MODEL" (the model asked for). Each setter schedules a refresh.
    void setScope(const QString &qualifiedModel);
    void setRange(Range range);
    void setMetric(Metric metric);
    void setCompare(Compare compare, const QString &otherModel = {});
    QStringList scopeChoices() const; // the models with calls in the last 90 days, sorted
    // Whose calls (the data scope box shows only while the workspace has a team server).
    bool hasTeamServer() const;
    void setDataScope(DataScope scope);
    DataScope dataScope() const;
    void setMemberFilter(const QString &member); // Team scope, admins and viewers; "" = every member
    QStringList memberChoices() const;
    // The team scope's line: whose calls these are, or the error with what to do ("" for Local).
    QString scopeText() const;
    bool canRetry() const; // the team server failed: Retry is offered
    // What the Alerts tab says of the team scope ("" when it is hidden: the Local scope).
    QString alertsScopeText() const;

    void refresh();
    bool isBusy() const;
    QString lastError() const { return m_lastError; }

    QChart *chart() const;
    const monitor::Series &series() const { return m_series; }
    const std::optional<monitor::Series> &other() const { return m_other; }
    qint64 otherOffsetMs() const { return m_offsetMs; }
    const QList<monitor::Marker> &markers() const { return m_markers; }
    QString markersText() const;
    // The line under the chart: the range's totals, the step, and how close the percentiles are.
    QString summaryText() const;
    // The value the chart shows for a point of a series (nullopt: no value, a gap): `line` is the
    // percentile's (p50, p90, p99) or, for ErrorsByKind, the error kind's index in `errorKinds`.
    static std::optional<double> valueOf(const monitor::Point &point, Metric metric, int line, const QStringList &errorKinds = {});
    // ErrorsByKind: the error kinds of the shown series (and the one compared), most frequent first.
    QStringList errorKinds() const;

    // Lists the calls of the shown series' point `index` in the Calls tab (a click on the chart does this).
    void drillDown(int index);
    int callRows() const;
    QString drillDownText() const;

    // The Alerts tab: SLO and monitor states from the app's evaluator, and the alert history.
    void showChart();
    void showAlerts();
    int sloRows() const;
    QString sloCell(int row, int column) const;
    int alertRows() const;
    QString alertCell(int row, int column) const;
    void reloadAlerts();
    // Mutes (or unmutes) the rule of the selected alert for an hour.
    void muteSelected(bool mute);
    // Opens the editor of the workspace's SLOs, monitors, canaries and webhook
    // (pages/monitor/monitoringeditor.h) on its tab (MonitoringEditor::Tab); it saves the workspace itself.
    void editMonitoring(int tab = 0);

    // The Canaries tab: the quality canaries' runs over time (pages/monitor/canarypanel.h).
    void showCanaries();
    CanaryPanel *canaryPanel() const { return m_canaryPanel; }

Q_SIGNALS:
    void refreshed();
    void alertsReloaded();
    // The monitoring editor is open (tests drive it, then it closes).
    void monitoringEditorOpened(QDialog *editor);
    // A point of the team's chart was clicked (drillDown): its calls stay on the team server, so the
    // Usage page's team scope (`mine`: your own calls) shows those days, filtered to the member,
    // provider and model.
    void teamUsageRequested(bool mine, const QString &member, const QString &provider, const QString &model, QDate from, QDate toInclusive);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildChartTab();
    QWidget *buildAlertsTab();
    void retranslate();
    void runInBackground(std::function<void()> work, std::function<void()> done);
    void scheduleRefresh();
    void drawChart();
    void showEvaluation(const monitor::Evaluation &evaluation);
    void applyLoaded(const monitorpage::Loaded &loaded);
    void refreshEnded(); // the refresh under way has shown its results (or failed)

    void reloadTeamServer();
    void refreshTeam(const monitor::SeriesQuery &a, const std::optional<monitor::SeriesQuery> &b);
    void teamFailed(const team::TeamError &error);
    void teamRequestEnded(); // the request under way answered, or its client is gone
    void applyScopeControls();
    monitor::SeriesQuery query(const QString &qualifiedModel) const;
    qint64 rangeMs() const;
    qint64 now() const;

    AppContext &m_context;
    Prompts &m_prompts;
    Clock m_clock;

    QComboBox *m_scope = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_compare = nullptr;
    QComboBox *m_otherModel = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_markersLabel = nullptr;
    QLabel *m_hover = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_view = nullptr;
    CallsPanel *m_callsPanel = nullptr;
    QLabel *m_drillLabel = nullptr;
    QTableWidget *m_slos = nullptr;
    QTableWidget *m_monitors = nullptr;
    QTableWidget *m_alerts = nullptr;
    QPushButton *m_mute = nullptr;
    QPushButton *m_unmute = nullptr;
    QPushButton *m_editMonitoring = nullptr;
    QLabel *m_alertsStatus = nullptr;
    int m_callsTab = -1;
    int m_alertsTab = -1;
    CanaryPanel *m_canaryPanel = nullptr;
    int m_canariesTab = -1;

    int m_running = 0;
    bool m_refreshing = false;
    bool m_refreshPending = false;
    bool m_updatingChoices = false;
    bool m_shownOnce = false;
    QString m_lastError;
    monitor::Series m_series;
    std::optional<monitor::Series> m_other;
    qint64 m_offsetMs = 0;
    QList<monitor::Marker> m_markers;
    QList<monitor::Alert> m_alertList;

    QLabel *m_dataLabel = nullptr;
    QComboBox *m_data = nullptr;
    QLabel *m_memberLabel = nullptr;
    QComboBox *m_member = nullptr;
    QWidget *m_teamBar = nullptr;
    QLabel *m_teamNote = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_alertsScope = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<team::TeamClient> m_teamClient;
    std::optional<team::Identity> m_teamIdentity;
    bool m_teamBusy = false; // a request to the team server is under way
    int m_teamGeneration = 0; // answers of an older request (another server or scope) are dropped
};

} // namespace sb::ui
