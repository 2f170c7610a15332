#include "pages/monitor/canarypanel.h"

#include "appcontext.h"
#include "engine/engine.h"
#include "monitor/canaryservice.h"
#include "pages/monitor/monitoringeditor.h"
#include "pages/monitor/timechart.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace sb::ui {

using monitor::CanaryResult;
using monitor::CanaryRun;

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr int kRangeDays[] = {1, 7, 30, 90};

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QTableWidget *makeTable(QWidget *parent, const char *name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

} // namespace

CanaryPanel::CanaryPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_canary = new QComboBox(this);
    m_canary->setObjectName(QStringLiteral("canaryName"));
    m_canary->setMinimumContentsLength(14);
    m_canary->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("canaryMetric"));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("canaryRange"));
    m_runNow = new QPushButton(this);
    m_runNow->setObjectName(QStringLiteral("canaryRunNow"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("canaryEdit"));
    // the choices on the first row, the buttons beside the status on the second: in one row they made
    // the page wider than 800 pixels in French and Russian
    bar->addWidget(m_canary);
    bar->addWidget(m_metric);
    bar->addWidget(m_range);
    bar->addStretch(1);
    layout->addLayout(bar);
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("canaryStatus"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_runNow);
    statusRow->addWidget(m_edit);
    layout->addLayout(statusRow);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_view = new QChartView(new QChart, split);
    m_view->setObjectName(QStringLiteral("canaryChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_runsTable = makeTable(split, "canaryRuns");
    m_runsTable->setColumnCount(8);
    m_answers = makeTable(split, "canaryAnswers");
    m_answers->setColumnCount(4);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setSizes({260, 150, 150});
    layout->addWidget(split, 1);
    m_hover = new QLabel(this);
    m_hover->setObjectName(QStringLiteral("canaryHover"));
    layout->addWidget(m_hover);

    retranslate();
    m_range->setCurrentIndex(2); // 30 days
    fillCanaries();

    connect(m_canary, &QComboBox::activated, this, &CanaryPanel::reload);
    connect(m_range, &QComboBox::activated, this, &CanaryPanel::reload);
    connect(m_metric, &QComboBox::activated, this, &CanaryPanel::drawChart);
    connect(m_runNow, &QPushButton::clicked, this, &CanaryPanel::runNow);
    connect(m_edit, &QPushButton::clicked, this, &CanaryPanel::editCanaries);
    connect(m_runsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_runsTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            selectRun(rows.first().row());
    });
    connect(&m_context, &AppContext::workspaceChanged, this, [this] {
        fillCanaries();
        reload();
    });
    if (monitor::CanaryService *service = m_context.canaryService()) {
        connect(service, &monitor::CanaryService::runStarted, this, &CanaryPanel::showStatus);
        connect(service, &monitor::CanaryService::runFinished, this, [this](const QString &name) {
            if (name == m_canary->currentData().toString())
                reload();
            else
                showStatus();
        });
        connect(service, &monitor::CanaryService::runFailed, this, [this](const QString &, const QString &message) {
            m_error = message;
            showStatus();
        });
    }
}

qint64 CanaryPanel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void CanaryPanel::retranslate()
{
    const auto fill = [](QComboBox *box, const QStringList &items) {
        const int current = std::max(0, box->currentIndex());
        box->clear();
        box->addItems(items);
        box->setCurrentIndex(std::min(current, int(items.size()) - 1));
    };
    fill(m_metric, {tr("Pass rate"), tr("Mean latency"), tr("Cost per run")});
    fill(m_range, {tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days")});
    m_runNow->setText(tr("R&un now"));
    m_runNow->setToolTip(tr("Runs the canary now against its models, within its cost cap, whatever its schedule."));
    m_edit->setText(tr("&Edit canaries…"));
    m_runsTable->setHorizontalHeaderLabels(
        {tr("Started"), tr("Model"), tr("Passed"), tr("Errors"), tr("Skipped"), tr("Latency"), tr("Cost"), tr("Drop test")});
    m_answers->setHorizontalHeaderLabels({tr("Prompt"), tr("Result"), tr("Why"), tr("Answer")});
    m_hover->setText(tr("Point at a line to see its value; select a run to see its answers."));
    showStatus();
    drawChart();
}

void CanaryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        drawChart();
}

void CanaryPanel::fillCanaries()
{
    const QString chosen = m_canary->currentData().toString();
    m_canary->clear();
    if (monitor::CanaryService *service = m_context.canaryService()) {
        for (const monitor::Canary &c : service->canaries())
            m_canary->addItem(c.name, c.name);
    }
    m_canary->setCurrentIndex(std::max(0, m_canary->findData(chosen)));
    m_runNow->setEnabled(m_canary->count() > 0);
    showStatus();
}

void CanaryPanel::setMetric(Metric metric)
{
    m_metric->setCurrentIndex(int(metric));
    drawChart();
}

void CanaryPanel::setCanary(const QString &name)
{
    fillCanaries();
    m_canary->setCurrentIndex(std::max(0, m_canary->findData(name)));
    reload();
}

void CanaryPanel::reload()
{
    monitor::CanaryService *service = m_context.canaryService();
    const QString name = m_canary->currentData().toString();
    const quint64 generation = ++m_generation;
    if (!service || name.isEmpty()) {
        m_runs.clear();
        showRuns();
        Q_EMIT reloaded();
        return;
    }
    const qint64 to = now();
    const qint64 from = to - kRangeDays[std::clamp(m_range->currentIndex(), 0, 3)] * kDayMs;
    service->runs(name, QString(), from, to + 1, this, [this, generation](Expected<QList<CanaryRun>> runs) {
        if (generation != m_generation)
            return;
        m_error = runs ? QString() : runs.error().message;
        m_runs = runs ? *runs : QList<CanaryRun>{};
        showRuns();
        Q_EMIT reloaded();
    });
}

void CanaryPanel::showRuns()
{
    m_runsTable->setRowCount(0);
    m_answers->setRowCount(0);
    const QLocale locale;
    // newest first
    for (qsizetype i = m_runs.size() - 1; i >= 0; --i) {
        const CanaryRun &r = m_runs.at(i);
        const int row = m_runsTable->rowCount();
        m_runsTable->insertRow(row);
        m_runsTable->setItem(row, 0, item(timeText(r.startedAt)));
        m_runsTable->setItem(row, 1, item(r.model));
        const QString rate = r.passRate() ? locale.toString(100.0 * *r.passRate(), 'f', 0) + QLatin1Char('%') : QStringLiteral("–");
        m_runsTable->setItem(row, 2, item(tr("%1 of %2 (%3)").arg(r.passed).arg(r.graded).arg(rate)));
        m_runsTable->setItem(row, 3, item(QString::number(r.errors)));
        m_runsTable->setItem(row, 4, item(r.capped ? tr("%1 (cost cap)").arg(r.skipped) : QString::number(r.skipped)));
        m_runsTable->setItem(row, 5, item(r.latencyMsMean ? tr("%1 ms").arg(locale.toString(*r.latencyMsMean, 'f', 0)) : QStringLiteral("–")));
        m_runsTable->setItem(row, 6, item(QStringLiteral("$") + locale.toString(r.costUsd, 'f', 4)));
        QString test = r.pValue ? tr("p = %1").arg(locale.toString(*r.pValue, 'g', 2)) : tr("too few answers");
        if (r.alertId)
            test = tr("%1: drop, alert raised").arg(test);
        m_runsTable->setItem(row, 7, item(test));
    }
    m_runsTable->resizeColumnsToContents();
    m_runsTable->horizontalHeader()->setStretchLastSection(true);
    showStatus();
    drawChart();
}

void CanaryPanel::drawChart()
{
    const auto metric = Metric(std::max(0, m_metric->currentIndex()));
    QList<TimeLine> lines;
    for (const CanaryRun &r : std::as_const(m_runs)) {
        auto it = std::find_if(lines.begin(), lines.end(), [&r](const TimeLine &l) { return l.name == r.model; });
        if (it == lines.end()) {
            lines.append(TimeLine{r.model, {}});
            it = lines.end() - 1;
        }
        std::optional<double> v;
        switch (metric) {
        case Metric::PassRate: v = r.passRate() ? std::optional<double>(100.0 * *r.passRate()) : std::nullopt; break;
        case Metric::Latency: v = r.latencyMsMean; break;
        case Metric::Cost: v = r.costUsd; break;
        }
        if (v)
            it->points.append(QPointF(double(r.startedAt), *v));
    }
    const auto hover = [this](const QString &line, qint64 at, double value) {
        m_hover->setText(tr("%1 at %2: %3").arg(line, timeText(at), QLocale().toString(value, 'f', value < 10 ? 3 : 0)));
    };
    switch (metric) {
    case Metric::PassRate: fillTimeChart(m_view->chart(), lines, QStringLiteral("%.0f"), tr("% passed"), 0.0, 100.0, hover); break;
    case Metric::Latency: fillTimeChart(m_view->chart(), lines, QStringLiteral("%.0f"), tr("milliseconds"), {}, {}, hover); break;
    case Metric::Cost: fillTimeChart(m_view->chart(), lines, QStringLiteral("%.4f"), tr("USD per run"), {}, {}, hover); break;
    }
}

void CanaryPanel::showStatus()
{
    monitor::CanaryService *service = m_context.canaryService();
    QString text;
    if (!service)
        text = tr("Canaries run once the engine has started.");
    else if (m_canary->count() == 0)
        text = tr("No quality canaries yet: \"Edit canaries…\" adds one (a prompt set with checks, its models, a schedule and a cost cap).");
    else if (const std::optional<monitor::Canary> c = service->canary(m_canary->currentData().toString())) {
        const QString schedule = c->schedule == monitor::Canary::Schedule::Hourly ? tr("Hourly") : tr("Daily");
        text = tr("%1, %n prompt(s) against %2; at most $%3 a run.", nullptr, int(c->rows.size()))
                   .arg(schedule, c->models.join(QStringLiteral(", ")), QLocale().toString(c->maxCostUsd, 'f', 2));
        if (!c->enabled)
            text += QLatin1Char(' ') + tr("Disabled.");
        if (service->running() == c->name)
            text += QLatin1Char(' ') + tr("Running now…");
        else if (service->lastRuns().contains(c->name))
            text += QLatin1Char(' ')
                + tr("Last run %1, next at %2.")
                      .arg(timeText(service->lastRuns().value(c->name)), timeText(service->lastRuns().value(c->name) + c->intervalMs()));
    }
    if (!m_error.isEmpty())
        text += QLatin1Char(' ') + tr("Error: %1").arg(m_error);
    m_status->setText(text);
}

void CanaryPanel::selectRun(int row)
{
    const qsizetype index = m_runs.size() - 1 - row; // the table is newest first
    monitor::CanaryService *service = m_context.canaryService();
    if (!service || index < 0 || index >= m_runs.size())
        return;
    if (m_runsTable->currentRow() != row)
        m_runsTable->selectRow(row);
    service->results(m_runs.at(index).id, this, [this](Expected<QList<CanaryResult>> results) {
        m_answers->setRowCount(0);
        if (!results) {
            m_error = results.error().message;
            showStatus();
            return;
        }
        for (const CanaryResult &r : *results) {
            const int at = m_answers->rowCount();
            m_answers->insertRow(at);
            m_answers->setItem(at, 0, item(r.rowId + QStringLiteral(": ") + r.prompt.simplified().left(80)));
            QString status;
            switch (r.status) {
            case CanaryResult::Status::Passed: status = tr("passed"); break;
            case CanaryResult::Status::Failed: status = tr("failed"); break;
            case CanaryResult::Status::Error: status = tr("error"); break;
            case CanaryResult::Status::Skipped: status = tr("skipped"); break;
            }
            m_answers->setItem(at, 1, item(status));
            m_answers->setItem(at, 2, item(r.detail));
            m_answers->setItem(at, 3, item(r.answer.simplified()));
        }
        m_answers->resizeColumnToContents(0);
        m_answers->resizeColumnToContents(1);
        m_answers->setColumnWidth(2, 260);
        Q_EMIT answersLoaded();
    });
}

void CanaryPanel::runNow()
{
    monitor::CanaryService *service = m_context.canaryService();
    if (!service)
        return;
    if (auto queued = service->runNow(m_canary->currentData().toString()); !queued)
        m_error = queued.error().message;
    else
        m_error.clear();
    showStatus();
}

void CanaryPanel::editCanaries()
{
    // the form (its "All canaries as JSON…" is the JSON editor); it saves the workspace itself
    MonitoringEditor editor(m_context, this);
    editor.showTab(MonitoringEditor::CanariesTab);
    editor.exec();
}

int CanaryPanel::runRows() const
{
    return m_runsTable->rowCount();
}

QString CanaryPanel::runCell(int row, int column) const
{
    const QTableWidgetItem *i = m_runsTable->item(row, column);
    return i ? i->text() : QString();
}

int CanaryPanel::answerRows() const
{
    return m_answers->rowCount();
}

QString CanaryPanel::answerCell(int row, int column) const
{
    const QTableWidgetItem *i = m_answers->item(row, column);
    return i ? i->text() : QString();
}

QString CanaryPanel::statusText() const
{
    return m_status->text();
}

} // namespace sb::ui
