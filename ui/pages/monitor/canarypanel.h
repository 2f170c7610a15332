#pragma once

#include "monitor/canary.h"

#include <QList>
#include <QWidget>

#include <functional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sb::ui {

class AppContext;

// The Monitor page's Canaries tab: a canary's runs per model over a range, as a chart of the pass rate,
// the mean latency or the cost per run, and as a table; a run's answers below it (a drop alert names
// them). Runs a canary now, and edits the workspace's canaries (CanaryEditor). Reads on the canary
// service's worker.
class CanaryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanaryPanel)

public:
    enum class Metric { PassRate, Latency, Cost };
    using Clock = std::function<qint64()>;

    CanaryPanel(AppContext &context, QWidget *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setMetric(Metric metric);
    void setCanary(const QString &name);
    // Reads the chosen canary's runs again; reloaded() when they are shown.
    void reload();
    void selectRun(int row); // lists its answers; answersLoaded() when they are shown
    void runNow();
    void editCanaries();

    QChartView *chartView() const { return m_view; }
    const QList<monitor::CanaryRun> &runs() const { return m_runs; }
    int runRows() const;
    QString runCell(int row, int column) const;
    int answerRows() const;
    QString answerCell(int row, int column) const;
    QString statusText() const;

Q_SIGNALS:
    void reloaded();
    void answersLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCanaries();
    void drawChart();
    void showRuns();
    void showStatus();
    qint64 now() const;

    AppContext &m_context;
    Clock m_clock;
    QComboBox *m_canary = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_range = nullptr;
    QPushButton *m_runNow = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hover = nullptr;
    QChartView *m_view = nullptr;
    QTableWidget *m_runsTable = nullptr;
    QTableWidget *m_answers = nullptr;
    QList<monitor::CanaryRun> m_runs; // oldest first
    QString m_error;
    quint64 m_generation = 0; // a newer reload voids an older one's answer
};

} // namespace sb::ui
