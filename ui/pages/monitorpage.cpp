#include "pages/monitorpage.h"

#include "appcontext.h"
#include "common/async.h"
#include "engine/engine.h"
#include "format.h"
#include "monitor/service.h"
#include "pages/monitor/canarypanel.h"
#include "pages/monitor/monitoringeditor.h"
#include "pages/monitor/timechart.h"
#include "pages/usage/callspanel.h"
#include "pages/usage/cells.h"
#include "pages/usage/charts.h"
#include "tablecells.h"
#include "theme.h"
#include "usage/ledger.h"
#include "usage/loghistogram.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPen>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace sb::ui {

using monitor::Marker;
using monitor::Point;
using monitor::Series;

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

QString timeText(qint64 ms)
{
    return formatDateTime(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime());
}

QString percentText(std::optional<double> fraction)
{
    return fraction ? formatPercent(*fraction, 2) : QStringLiteral("–");
}

QString burnText(const monitor::Burn &burn)
{
    return burn.rate ? QLocale().toString(*burn.rate, 'f', 2) : QStringLiteral("–");
}

// The member filter's choices: every member first (its data ""), then the names.
void setMembers(QComboBox *combo, const QStringList &members)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(MonitorPage::tr("Every member"), QString());
    for (const QString &m : members)
        combo->addItem(m, m);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(current, current);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QDate utcDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

} // namespace

namespace monitorpage {
struct Loaded {
    Expected<Series> series = Series{};
    std::optional<Series> other;
    qint64 offsetMs = 0;
    Expected<QList<Marker>> markers = QList<Marker>{};
    QStringList models;
};
} // namespace monitorpage

using monitorpage::Loaded;

MonitorPage::MonitorPage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
{
    auto *outer = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("monitorScope"));
    m_scope->setMinimumContentsLength(14);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("monitorRange"));
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("monitorMetric"));
    m_metric->setMinimumContentsLength(16);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("monitorCompare"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its own row has room for the whole text
    m_otherModel = new QComboBox(this);
    m_otherModel->setObjectName(QStringLiteral("monitorOtherModel"));
    m_otherModel->setMinimumContentsLength(24);
    m_otherModel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setVisible(false);
    m_refresh = new QPushButton(this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    // what to draw on the first row, what to compare with on the second: in one row the five choices
    // (German ones longer) made the page wider than a 1366x768 screen leaves it
    for (QWidget *w : {static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_range), static_cast<QWidget *>(m_metric)})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_busy);
    bar->addWidget(m_refresh);
    outer->addLayout(bar);
    auto *compareBar = new QHBoxLayout;
    compareBar->addWidget(m_compare);
    compareBar->addWidget(m_otherModel);
    compareBar->addStretch(1);
    // whose calls: this computer's or the team server's (shown only with a team server)
    m_data = new QComboBox(this);
    m_data->setObjectName(QStringLiteral("monitorData"));
    m_dataLabel = new QLabel(this);
    m_dataLabel->setBuddy(m_data);
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("monitorMember"));
    m_member->setMinimumContentsLength(14); // "Every member", "Alle Mitglieder"
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_memberLabel = new QLabel(this);
    m_memberLabel->setBuddy(m_member);
    for (QWidget *w : {static_cast<QWidget *>(m_dataLabel), static_cast<QWidget *>(m_data), static_cast<QWidget *>(m_memberLabel),
                       static_cast<QWidget *>(m_member)})
        compareBar->addWidget(w);
    outer->addLayout(compareBar);

    // the team scope's line: whose calls, or what failed and a Retry
    m_teamBar = new QWidget(this);
    auto *teamRow = new QHBoxLayout(m_teamBar);
    teamRow->setContentsMargins(0, 0, 0, 0);
    m_teamNote = new QLabel(m_teamBar);
    m_teamNote->setObjectName(QStringLiteral("monitorScopeNote"));
    m_teamNote->setWordWrap(true);
    m_teamNote->setTextFormat(Qt::PlainText); // member names are the admins' choice
    m_teamNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    teamRow->addWidget(m_teamNote, 1);
    m_retry = new QPushButton(m_teamBar);
    m_retry->setObjectName(QStringLiteral("monitorRetry"));
    m_retry->hide();
    teamRow->addWidget(m_retry);
    m_teamBar->hide();
    outer->addWidget(m_teamBar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("monitorSummary"));
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildChartTab(), QString());
    m_callsPanel = new CallsPanel(
        m_context, m_prompts, [this](std::function<void()> work, std::function<void()> done) { runInBackground(std::move(work), std::move(done)); },
        this);
    auto *callsTab = new QWidget(this);
    auto *callsLayout = new QVBoxLayout(callsTab);
    m_drillLabel = new QLabel(callsTab);
    m_drillLabel->setObjectName(QStringLiteral("monitorDrillDown"));
    m_drillLabel->setWordWrap(true);
    callsLayout->addWidget(m_drillLabel);
    callsLayout->addWidget(m_callsPanel, 1);
    m_callsTab = m_tabs->addTab(callsTab, QString());
    m_alertsTab = m_tabs->addTab(buildAlertsTab(), QString());
    m_canaryPanel = new CanaryPanel(m_context, this);
    m_canariesTab = m_tabs->addTab(m_canaryPanel, QString());
    outer->addWidget(m_tabs, 1);

    m_hover = new QLabel(this);
    m_hover->setObjectName(QStringLiteral("monitorHover"));
    outer->addWidget(m_hover);

    retranslate();
    m_otherModel->setVisible(false);

    const auto changed = [this] {
        if (!m_updatingChoices)
            scheduleRefresh();
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, changed);
    connect(m_range, &QComboBox::currentIndexChanged, this, changed);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingChoices)
            drawChart();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this, changed] {
        m_otherModel->setVisible(Compare(m_compare->currentIndex()) == Compare::OtherModel);
        changed();
    });
    connect(m_otherModel, &QComboBox::currentIndexChanged, this, changed);
    connect(m_refresh, &QPushButton::clicked, this, &MonitorPage::refresh);
    connect(m_data, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (m_updatingChoices)
            return;
        applyScopeControls();
        changed();
    });
    connect(m_member, &QComboBox::currentIndexChanged, this, changed);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_teamBusy)
            m_teamIdentity.reset(); // who the key is may have changed too
        refresh();
    });
    connect(m_mute, &QPushButton::clicked, this, [this] { muteSelected(true); });
    connect(m_unmute, &QPushButton::clicked, this, [this] { muteSelected(false); });
    connect(m_editMonitoring, &QPushButton::clicked, this, [this] { editMonitoring(); });
    // from any tab of the page (a window shortcut of a hidden page does not fire)
    auto *editShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(editShortcut, &QShortcut::activated, this, [this] { editMonitoring(m_tabs->currentIndex() == m_canariesTab ? 2 : 0); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == m_alertsTab)
            reloadAlerts();
        else if (index == m_canariesTab)
            m_canaryPanel->reload();
    });

    if (monitor::MonitorService *service = m_context.monitorService()) {
        connect(service, &monitor::MonitorService::evaluated, this, &MonitorPage::showEvaluation);
        connect(service, &monitor::MonitorService::alertRaised, this, [this] {
            if (m_tabs->currentIndex() == m_alertsTab)
                reloadAlerts();
        });
        connect(service, &monitor::MonitorService::alertResolved, this, [this] {
            if (m_tabs->currentIndex() == m_alertsTab)
                reloadAlerts();
        });
        showEvaluation(service->last());
    }

    m_nam = new QNetworkAccessManager(this);
    connect(&m_context, &AppContext::workspaceChanged, this, &MonitorPage::reloadTeamServer);
    reloadTeamServer();
}

MonitorPage::~MonitorPage() = default;

QWidget *MonitorPage::buildChartTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(chart, tab);
    m_view->setObjectName(QStringLiteral("monitorChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    layout->addWidget(m_view, 1);
    m_markersLabel = new QLabel(tab);
    m_markersLabel->setObjectName(QStringLiteral("monitorMarkers"));
    m_markersLabel->setWordWrap(true);
    m_markersLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_markersLabel);
    return tab;
}

QWidget *MonitorPage::buildAlertsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_alertsScope = new QLabel(tab);
    m_alertsScope->setObjectName(QStringLiteral("monitorAlertsScope"));
    m_alertsScope->setWordWrap(true);
    m_alertsScope->hide();
    layout->addWidget(m_alertsScope);
    auto *split = new QSplitter(Qt::Vertical, tab);
    const auto table = [split](const char *name) {
        auto *t = new QTableWidget(split);
        t->setObjectName(QString::fromLatin1(name));
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->setVisible(false);
        t->horizontalHeader()->setStretchLastSection(true);
        return t;
    };
    m_slos = table("monitorSlos");
    m_slos->setColumnCount(7);
    m_monitors = table("monitorMonitors");
    m_monitors->setColumnCount(4);
    m_alerts = table("monitorAlerts");
    m_alerts->setColumnCount(5);
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    m_alertsStatus = new QLabel(tab);
    m_alertsStatus->setObjectName(QStringLiteral("monitorAlertsStatus"));
    m_alertsStatus->setWordWrap(true);
    m_mute = new QPushButton(tab);
    m_mute->setObjectName(QStringLiteral("monitorMute"));
    m_unmute = new QPushButton(tab);
    m_unmute->setObjectName(QStringLiteral("monitorUnmute"));
    m_editMonitoring = new QPushButton(tab);
    m_editMonitoring->setObjectName(QStringLiteral("monitorEditMonitoring"));
    buttons->addWidget(m_alertsStatus, 1);
    buttons->addWidget(m_editMonitoring);
    buttons->addWidget(m_mute);
    buttons->addWidget(m_unmute);
    layout->addLayout(buttons);
    return tab;
}

void MonitorPage::retranslate()
{
    m_updatingChoices = true;
    const auto fill = [](QComboBox *box, const QStringList &items) {
        const int current = std::max(0, box->currentIndex());
        box->clear();
        box->addItems(items);
        box->setCurrentIndex(std::min(current, int(items.size()) - 1));
    };
    const int rangeIndex = m_range->count() ? m_range->currentIndex() : int(Range::Day);
    fill(m_range, {tr("Last hour"), tr("Last 6 hours"), tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days")});
    m_range->setCurrentIndex(rangeIndex);
    fill(m_metric,
         {tr("Time to first token (p50, p90, p99)"), tr("Latency (p50, p90, p99)"), tr("Gap between tokens (p50, p90, p99)"),
          tr("Tokens per second (p50, p90, p99)"), tr("Error rate"), tr("Error rate by error kind"), tr("Availability"), tr("Requests"), tr("Cost")});
    fill(m_compare, {tr("No comparison"), tr("Compare with another model"), tr("Compare with the period before")});
    if (m_scope->count() == 0)
        m_scope->addItem(tr("All calls"), QString());
    else
        m_scope->setItemText(0, tr("All calls"));
    const int dataIndex = std::max(0, m_data->currentIndex());
    m_data->clear();
    m_data->addItem(tr("This computer"), int(DataScope::Local));
    m_data->addItem(tr("Team server"), int(DataScope::Team));
    m_data->addItem(tr("Team server: mine"), int(DataScope::Mine));
    m_data->setCurrentIndex(dataIndex);
    if (m_member->count() == 0)
        m_member->addItem(tr("Every member"), QString());
    else
        m_member->setItemText(0, tr("Every member"));
    m_updatingChoices = false;
    m_dataLabel->setText(tr("&Data:"));
    m_memberLabel->setText(tr("Mem&ber:"));
    m_data->setToolTip(tr("Whose calls: this computer's, or the team server's (admins and viewers see every member's calls, a member "
                          "only their own)"));
    m_retry->setText(tr("Retry"));
    m_alertsScope->setText(tr("These SLOs, monitors, alerts and canaries are this computer's, from its own ledger: the team server does not "
                              "share its evaluation (its SLOs are in its /metrics for Prometheus)."));
    m_scope->setToolTip(tr("The provider's model (as asked for) whose calls the chart shows."));
    m_otherModel->setToolTip(tr("The model to draw beside the first one."));
    m_refresh->setText(tr("&Refresh"));
    m_tabs->setTabText(0, tr("C&hart"));
    m_tabs->setTabText(m_callsTab, tr("Ca&lls"));
    m_tabs->setTabText(m_alertsTab, tr("&Alerts and SLOs"));
    m_tabs->setTabText(m_canariesTab, tr("Canar&ies"));
    if (m_drillLabel->text().isEmpty() || m_callsPanel->rows() == 0)
        m_drillLabel->setText(tr("Click a point of the chart to list the calls behind it."));
    m_slos->setHorizontalHeaderLabels(
        {tr("SLO"), tr("State"), tr("Achieved"), tr("Error budget left"), tr("Burn rate 1 h"), tr("Burn rate 6 h"), tr("Objective")});
    m_monitors->setHorizontalHeaderLabels({tr("Monitor"), tr("State"), tr("Value"), tr("Rule")});
    m_alerts->setHorizontalHeaderLabels({tr("Started"), tr("State"), tr("Rule"), tr("Watches"), tr("What happened")});
    m_mute->setText(tr("&Mute for an hour"));
    m_unmute->setText(tr("U&nmute"));
    m_editMonitoring->setText(tr("&Edit SLOs and monitors…"));
    m_editMonitoring->setToolTip(tr("Add or change the SLOs, threshold monitors, canaries and the alert webhook (%1)")
                                     .arg(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)));
    m_mute->setToolTip(tr("The selected alert's rule keeps recording alerts but stops notifying for an hour."));
    if (monitor::MonitorService *service = m_context.monitorService(); service && m_alertsStatus)
        showEvaluation(service->last()); // its dates and numbers in the new locale
    applyScopeControls();
    drawChart();
}

void MonitorPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        drawChart();
}

void MonitorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

void MonitorPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 MonitorPage::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void MonitorPage::setScope(const QString &qualifiedModel)
{
    int index = m_scope->findData(qualifiedModel);
    if (index < 0) {
        m_scope->addItem(qualifiedModel, qualifiedModel);
        index = m_scope->count() - 1;
    }
    m_scope->setCurrentIndex(index);
}

void MonitorPage::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
}

void MonitorPage::setMetric(Metric metric)
{
    m_metric->setCurrentIndex(int(metric));
}

void MonitorPage::setCompare(Compare compare, const QString &otherModel)
{
    if (!otherModel.isEmpty()) {
        int index = m_otherModel->findData(otherModel);
        if (index < 0) {
            m_otherModel->addItem(otherModel, otherModel);
            index = m_otherModel->count() - 1;
        }
        m_otherModel->setCurrentIndex(index);
    }
    m_compare->setCurrentIndex(int(compare));
}

QStringList MonitorPage::scopeChoices() const
{
    QStringList out;
    for (int i = 1; i < m_scope->count(); ++i)
        out << m_scope->itemData(i).toString();
    return out;
}

qint64 MonitorPage::rangeMs() const
{
    static const qint64 spans[] = {kHourMs, 6 * kHourMs, kDayMs, 7 * kDayMs, 30 * kDayMs, 90 * kDayMs};
    return spans[std::clamp(m_range->currentIndex(), 0, 5)];
}

monitor::SeriesQuery MonitorPage::query(const QString &qualifiedModel) const
{
    const qint64 to = now() + 1;
    return monitor::SeriesQuery{qualifiedModel.isEmpty() ? monitor::Scope{} : monitor::Scope::ofModel(qualifiedModel), to - rangeMs(), to, 0};
}

void MonitorPage::runInBackground(std::function<void()> work, std::function<void()> done)
{
    ++m_running;
    m_busy->setVisible(true);
    async::runThenCallback(this, std::move(work), [this, done = std::move(done)] {
        --m_running;
        done();
        m_busy->setVisible(m_running > 0);
    });
}

bool MonitorPage::isBusy() const
{
    return m_running > 0 || m_refreshPending;
}

void MonitorPage::scheduleRefresh()
{
    refresh();
}

void MonitorPage::refresh()
{
    const std::shared_ptr<engine::Engine> engine = m_context.engine();
    if (!engine && dataScope() == DataScope::Local) {
        m_summary->setText(tr("The monitor needs the ledger: start the engine (see the Routing page)."));
        return;
    }
    if (m_refreshing) {
        m_refreshPending = true;
        return;
    }
    m_refreshing = true;
    const monitor::SeriesQuery a = query(m_scope->currentData().toString());
    std::optional<monitor::SeriesQuery> b;
    switch (Compare(m_compare->currentIndex())) {
    case Compare::None: break;
    case Compare::OtherModel:
        if (!m_otherModel->currentData().toString().isEmpty())
            b = query(m_otherModel->currentData().toString());
        break;
    case Compare::PreviousPeriod: b = monitor::SeriesQuery{a.scope, a.fromMs - (a.toMs - a.fromMs), a.fromMs, 0}; break;
    }
    if (dataScope() != DataScope::Local) {
        refreshTeam(a, b);
        return;
    }
    ++m_teamGeneration; // a team answer still under way is not shown any more
    const qint64 nowMs = now();
    auto result = std::make_shared<Loaded>();
    runInBackground(
        [engine, a, b, nowMs, result] {
            (void)engine->ledger().flush(); // what was recorded just now counts too
            const monitor::MonitorQueries queries(engine->database(), [nowMs] { return nowMs; });
            if (b) {
                auto compared = queries.compare(a, *b);
                if (compared) {
                    result->series = compared->a;
                    result->other = compared->b;
                    result->offsetMs = compared->offsetMs;
                } else {
                    result->series = compared.error();
                }
            } else {
                result->series = queries.series(a);
            }
            result->markers = queries.markers(a.scope, a.fromMs, a.toMs);
            if (auto models = queries.perModel(monitor::Scope{}, nowMs - 90 * kDayMs, nowMs + 1, usage::Resolution::Day)) {
                for (const auto &m : std::as_const(*models))
                    result->models << m.provider + QLatin1Char('/') + m.model;
            }
        },
        [this, result] {
            applyLoaded(*result);
            refreshEnded();
        });
}

void MonitorPage::applyLoaded(const Loaded &result)
{
    m_lastError.clear();
    if (result.series) {
        m_series = *result.series;
        m_other = result.other;
        m_offsetMs = result.offsetMs;
    } else {
        m_lastError = result.series.error().message;
        m_series = Series{};
        m_other.reset();
    }
    m_markers = result.markers ? *result.markers : QList<Marker>{};
    if (!result.markers && m_lastError.isEmpty())
        m_lastError = result.markers.error().message;
    m_updatingChoices = true;
    for (QComboBox *box : {m_scope, m_otherModel}) {
        const QString current = box->currentData().toString();
        const bool withAll = box == m_scope;
        box->clear();
        if (withAll)
            box->addItem(tr("All calls"), QString());
        for (const QString &model : std::as_const(result.models))
            box->addItem(model, model);
        if (!current.isEmpty() && box->findData(current) < 0)
            box->addItem(current, current);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
    m_updatingChoices = false;
    drawChart();
}

void MonitorPage::refreshEnded()
{
    m_refreshing = false;
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    } else {
        Q_EMIT refreshed();
    }
}

std::optional<double> MonitorPage::valueOf(const Point &p, Metric metric, int line, const QStringList &errorKinds)
{
    const auto percentile = [line](const monitor::Percentiles &pc) { return line == 0 ? pc.p50 : line == 1 ? pc.p90 : pc.p99; };
    switch (metric) {
    case Metric::Ttft: return percentile(p.ttftMs);
    case Metric::Latency: return percentile(p.latencyMs);
    case Metric::Gap: return percentile(p.gapMs);
    case Metric::TokensPerSecond: return percentile(p.tokensPerSecond);
    case Metric::ErrorRate: return p.errorRate ? std::optional<double>(100.0 * *p.errorRate) : std::nullopt;
    case Metric::ErrorsByKind: {
        // the kind's errors over the same calls as the error rate (attempts that were not cancelled)
        const qint64 valid = p.all.attempts - p.all.cancelled;
        if (valid <= 0)
            return std::nullopt;
        return 100.0 * double(p.all.errorsByKind.value(errorKinds.value(line))) / double(valid);
    }
    case Metric::Availability: return p.availability ? std::optional<double>(100.0 * *p.availability) : std::nullopt;
    case Metric::Requests: return double(p.all.requests);
    case Metric::Cost: return p.all.costUsd();
    }
    return std::nullopt;
}

QStringList MonitorPage::errorKinds() const
{
    QMap<QString, qint64> totals;
    for (const Series *s : {&m_series, m_other ? &*m_other : nullptr}) {
        if (!s)
            continue;
        for (auto it = s->total.all.errorsByKind.begin(); it != s->total.all.errorsByKind.end(); ++it)
            totals[it.key()] += it.value();
    }
    QStringList kinds = totals.keys();
    std::stable_sort(kinds.begin(), kinds.end(), [&totals](const QString &a, const QString &b) { return totals.value(a) > totals.value(b); });
    return kinds;
}

QChart *MonitorPage::chart() const
{
    return m_view->chart();
}

void MonitorPage::drawChart()
{
    QChart *c = m_view->chart();
    UsageCharts::resetChart(c);
    const auto metric = Metric(std::max(0, m_metric->currentIndex()));
    const bool percentiles = metric == Metric::Ttft || metric == Metric::Latency || metric == Metric::Gap || metric == Metric::TokensPerSecond;
    // errors by kind: a line per kind seen in the range (none: one line of zeros where there were calls)
    const QStringList kinds = metric == Metric::ErrorsByKind ? errorKinds() : QStringList();
    const QStringList lineNames = percentiles ? QStringList{QStringLiteral("p50"), QStringLiteral("p90"), QStringLiteral("p99")}
        : kinds.isEmpty()                     ? QStringList{QString()}
                                              : kinds;
    monitor::Scope shown = m_series.scope;
    shown.member.clear(); // whose calls: the team scope's line says
    const QString nameA = shown.isAll() ? tr("all calls") : shown.describe();
    QString nameB;
    if (m_other)
        nameB = Compare(m_compare->currentIndex()) == Compare::PreviousPeriod ? tr("period before") : m_other->scope.describe();

    auto *x = new QDateTimeAxis;
    x->setFormat(rangeMs() <= kDayMs           ? timeFormat()
                     : rangeMs() <= 7 * kDayMs ? dayMonthFormat() + QLatin1Char(' ') + timeFormat()
                                               : dayMonthFormat());
    // nothing read (an error): the range asked for, not 1970
    const qint64 axisTo = m_series.points.isEmpty() ? now() : std::max(m_series.toMs, m_series.fromMs + 1);
    const qint64 axisFrom = m_series.points.isEmpty() ? axisTo - rangeMs() : m_series.fromMs;
    x->setRange(QDateTime::fromMSecsSinceEpoch(axisFrom), QDateTime::fromMSecsSinceEpoch(axisTo));
    x->setTickCount(7);
    c->addAxis(x, Qt::AlignBottom);

    double max = 0;
    QList<QLineSeries *> lines;
    QList<Qt::PenStyle> styles;
    const auto addLines = [&](const Series &s, qint64 offset, const QString &prefix, Qt::PenStyle style) {
        for (int l = 0; l < lineNames.size(); ++l) {
            auto *line = new QLineSeries;
            line->setName(lineNames.at(l).isEmpty() ? prefix : prefix + QStringLiteral(" ") + lineNames.at(l));
            for (const Point &p : s.points) {
                const std::optional<double> v = valueOf(p, metric, l, kinds);
                if (!v)
                    continue; // a gap: QLineSeries joins across it, which reads as "no calls there"
                line->append(double(p.t + offset + s.stepMs / 2), *v);
                max = std::max(max, *v);
            }
            line->setPointsVisible(s.points.size() <= 120);
            lines << line;
            styles << style;
        }
    };
    addLines(m_series, 0, nameA, Qt::SolidLine);
    if (m_other)
        addLines(*m_other, m_offsetMs, nameB, Qt::DashLine);

    QString unit;
    QString format = QStringLiteral("%.0f");
    switch (metric) {
    case Metric::Ttft:
    case Metric::Latency:
    case Metric::Gap: unit = tr("milliseconds"); break;
    case Metric::TokensPerSecond: unit = tr("tokens per second"); break;
    case Metric::ErrorRate:
    case Metric::ErrorsByKind:
    case Metric::Availability:
        unit = tr("percent");
        format = QStringLiteral("%.1f");
        break;
    case Metric::Requests: unit = tr("requests per step"); break;
    case Metric::Cost:
        unit = tr("USD per step");
        format = max >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.3f");
        break;
    }
    auto *y = new QValueAxis;
    y->setTitleText(unit);
    if (metric == Metric::Availability) {
        double lo = 100;
        for (QLineSeries *l : std::as_const(lines)) {
            for (const QPointF &pt : l->points())
                lo = std::min(lo, pt.y());
        }
        setValueTicks(y, std::floor(std::min(99.0, lo)), 100.0, format, true);
    } else if (metric == Metric::ErrorRate || metric == Metric::ErrorsByKind) {
        setValueTicks(y, 0, std::min(100.0, max * 1.08), format); // a rate has no room above 100 %
    } else {
        setValueTicks(y, 0, max * 1.08, format);
    }
    c->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < lines.size(); ++i) {
        QLineSeries *line = lines.at(i);
        c->addSeries(line);
        // the pen only after addSeries, which gives it the theme's colour (a pen set before keeps
        // QPen's black, unreadable in dark mode)
        QPen pen = line->pen();
        pen.setStyle(styles.at(i));
        pen.setWidthF(2);
        line->setPen(pen);
        line->attachAxis(x);
        line->attachAxis(y);
        connect(line, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool on) {
            if (on)
                m_hover->setText(
                    tr("%1 at %2: %3").arg(line->name(), timeText(qint64(point.x())), QLocale().toString(point.y(), 'f', point.y() < 10 ? 3 : 0)));
        });
        connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) {
            if (m_series.stepMs <= 0)
                return;
            drillDown(int((qint64(point.x()) - m_series.fromMs) / m_series.stepMs));
        });
    }
    // markers: vertical lines, out of the legend (their text is below the chart)
    const double top = y->max();
    for (const Marker &m : std::as_const(m_markers)) {
        auto *line = new QLineSeries;
        line->append(double(m.t), y->min());
        line->append(double(m.t), top);
        QPen pen(m.kind == Marker::Kind::ModelChanged ? QColor(0xd0, 0x70, 0x10) : QColor(0x70, 0x50, 0xc0));
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        for (QLegendMarker *lm : c->legend()->markers(line))
            lm->setVisible(false);
    }
    const QString metricName = m_metric->currentText();
    if (m_series.points.isEmpty())
        c->setTitle(m_lastError.isEmpty() ? tr("%1: nothing to show yet").arg(metricName) : m_lastError);
    else if (m_series.total.all.attempts == 0)
        c->setTitle(tr("%1 of %2: no calls in this range").arg(metricName, nameA));
    else
        c->setTitle(tr("%1 of %2").arg(metricName, nameA));

    const Point &t = m_series.total;
    m_summary->setText(
        m_series.points.isEmpty() ? QString()
                                  : tr("%1 requests, %2 attempts in the range; availability %3, error rate %4, latency p90 %5, cost %6. Step: %7.")
                                        .arg(QLocale().toString(t.all.requests), QLocale().toString(t.all.attempts), percentText(t.availability),
                                             percentText(t.errorRate),
                                             t.latencyMs.p90 ? tr("%1 ms").arg(QLocale().toString(*t.latencyMs.p90, 'f', 0)) : QStringLiteral("–"),
                                             usagecells::money(t.all.costUsd()),
                                             m_series.stepMs >= kDayMs        ? tr("%n day(s)", nullptr, int(m_series.stepMs / kDayMs))
                                                 : m_series.stepMs >= kHourMs ? tr("%n hour(s)", nullptr, int(m_series.stepMs / kHourMs))
                                                                              : tr("%n minute(s)", nullptr, int(m_series.stepMs / 60'000)))
                // the rollups keep histograms, not every call's latency
                + QLatin1Char(' ')
                + tr("Percentiles are estimated from histograms, within %1.").arg(formatPercent(usage::LogHistogram::kRelativeError, 1)));
    m_markersLabel->setText(markersText());
}

QString MonitorPage::summaryText() const
{
    return m_summary->text();
}

QString MonitorPage::markersText() const
{
    if (m_markers.isEmpty())
        return tr("No model or routing changes in this range.");
    QStringList parts;
    for (const Marker &m : m_markers) {
        if (m.kind == Marker::Kind::ModelChanged)
            parts << tr("%1: %2/%3 now answers as %4 (before: %5)")
                         .arg(timeText(m.t), m.provider, m.model, m.answered, m.previous.isEmpty() ? tr("nothing") : m.previous);
        else
            parts << tr("%1: routing changed (%2)").arg(timeText(m.t), m.summary);
    }
    return tr("Changes: %1").arg(parts.join(QStringLiteral("; ")));
}

void MonitorPage::drillDown(int index)
{
    const std::shared_ptr<engine::Engine> engine = m_context.engine();
    if (index < 0 || index >= m_series.points.size())
        return;
    const qint64 from = m_series.points.at(index).t;
    const qint64 to = from + m_series.stepMs;
    const monitor::Scope scope = m_series.scope;
    if (dataScope() != DataScope::Local) {
        // the team's calls (and their prompts) stay on the team server: the Usage page's team scope
        // shows the days of the point, of the same member, provider and model
        m_drillLabel->setText(
            tr("The team's calls stay on the team server: the Usage page shows the days from %1 to %2.").arg(timeText(from), timeText(to)));
        Q_EMIT teamUsageRequested(dataScope() == DataScope::Mine, scope.member, scope.provider, scope.model, utcDate(from), utcDate(to - 1));
        return;
    }
    if (!engine)
        return;
    m_drillLabel->setText(tr("Calls of %1 from %2 to %3:").arg(scope.isAll() ? tr("all calls") : scope.describe(), timeText(from), timeText(to)));
    m_tabs->setCurrentIndex(m_callsTab);
    auto filter = std::make_shared<Expected<usage::Filter>>(usage::Filter{});
    auto page = std::make_shared<Expected<usage::CallPage>>(usage::CallPage{});
    runInBackground(
        [engine, scope, from, to, filter, page] {
            const monitor::MonitorQueries queries(engine->database());
            *filter = queries.callFilter(scope, from, to);
            *page = *filter ? usage::UsageQueries(engine->database()).calls(**filter, CallsPanel::kPageSize) : filter->error();
        },
        [this, filter, page] { m_callsPanel->show(*page, *filter ? **filter : usage::Filter{}); });
}

int MonitorPage::callRows() const
{
    return m_callsPanel->rows();
}

QString MonitorPage::drillDownText() const
{
    return m_drillLabel->text();
}

void MonitorPage::showChart()
{
    m_tabs->setCurrentIndex(0);
}

void MonitorPage::showAlerts()
{
    m_tabs->setCurrentIndex(m_alertsTab);
}

void MonitorPage::showCanaries()
{
    m_tabs->setCurrentIndex(m_canariesTab);
}

void MonitorPage::showEvaluation(const monitor::Evaluation &evaluation)
{
    const auto stateText = [](monitor::RuleDisplay d) {
        switch (d) {
        case monitor::RuleDisplay::Firing: return tr("firing");
        case monitor::RuleDisplay::Muted: return tr("muted");
        case monitor::RuleDisplay::Resolved: break;
        }
        return tr("ok");
    };
    m_slos->setRowCount(int(evaluation.slos.size()));
    for (int r = 0; r < evaluation.slos.size(); ++r) {
        const monitor::SloStatus &s = evaluation.slos.at(r);
        m_slos->setItem(r, 0, readOnlyCell(s.slo.name));
        m_slos->setItem(r, 1, readOnlyCell(stateText(s.display())));
        m_slos->setItem(r, 2, numberCell(percentText(s.sli)));
        m_slos->setItem(r, 3, numberCell(percentText(s.budgetRemaining)));
        m_slos->setItem(r, 4, numberCell(burnText(s.burn1h)));
        m_slos->setItem(r, 5, numberCell(burnText(s.burn6h)));
        m_slos->setItem(r, 6, readOnlyCell(s.slo.describe()));
        if (s.display() == monitor::RuleDisplay::Firing)
            m_slos->item(r, 1)->setForeground(ThemeManager::errorColor());
    }
    m_monitors->setRowCount(int(evaluation.monitors.size()));
    for (int r = 0; r < evaluation.monitors.size(); ++r) {
        const monitor::MonitorStatus &m = evaluation.monitors.at(r);
        m_monitors->setItem(r, 0, readOnlyCell(m.monitor.name));
        m_monitors->setItem(r, 1, readOnlyCell(stateText(m.display)));
        m_monitors->setItem(r, 2, numberCell(m.value ? QLocale().toString(*m.value, 'g', 4) : QStringLiteral("–")));
        m_monitors->setItem(r, 3, readOnlyCell(m.monitor.describe()));
        if (m.display == monitor::RuleDisplay::Firing)
            m_monitors->item(r, 1)->setForeground(ThemeManager::errorColor());
    }
    m_slos->resizeColumnsToContents();
    m_monitors->resizeColumnsToContents();
    if (evaluation.at > 0)
        m_alertsStatus->setText(tr("Last evaluated %1; %n alert(s) firing.", nullptr, int(evaluation.firing.size())).arg(timeText(evaluation.at)));
    else
        m_alertsStatus->setText(evaluation.slos.isEmpty() && evaluation.monitors.isEmpty()
                                    ? tr("No SLOs or monitors yet: \"Edit SLOs and monitors…\" adds them.")
                                    : tr("Not evaluated yet."));
}

void MonitorPage::editMonitoring(int tab)
{
    MonitoringEditor editor(m_context, this);
    editor.showTab(MonitoringEditor::Tab(std::clamp(tab, 0, int(MonitoringEditor::WebhookTab))));
    QTimer::singleShot(0, &editor, [this, &editor] { Q_EMIT monitoringEditorOpened(&editor); });
    editor.exec();
}

void MonitorPage::reloadAlerts()
{
    monitor::MonitorService *service = m_context.monitorService();
    if (!service)
        return;
    service->history(500, this, [this](Expected<QList<monitor::Alert>> alerts) {
        if (!alerts) {
            m_alertsStatus->setText(alerts.error().message);
            return;
        }
        m_alertList = *alerts;
        m_alerts->setRowCount(int(m_alertList.size()));
        for (int r = 0; r < m_alertList.size(); ++r) {
            const monitor::Alert &a = m_alertList.at(r);
            const QString state = a.state == monitor::Alert::State::Firing ? (a.muted ? tr("firing (muted)") : tr("firing"))
                                                                           : tr("resolved %1").arg(timeText(a.resolvedAt.value_or(0)));
            m_alerts->setItem(r, 0, readOnlyCell(timeText(a.startedAt)));
            m_alerts->setItem(r, 1, readOnlyCell(state));
            m_alerts->setItem(r, 2, readOnlyCell(a.rule));
            m_alerts->setItem(r, 3, readOnlyCell(a.scope));
            m_alerts->setItem(r, 4, readOnlyCell(a.message));
            if (a.state == monitor::Alert::State::Firing)
                m_alerts->item(r, 1)->setForeground(ThemeManager::errorColor());
        }
        m_alerts->resizeColumnsToContents();
        if (m_alerts->rowCount() > 0 && m_alerts->currentRow() < 0)
            m_alerts->selectRow(0);
        Q_EMIT alertsReloaded();
    });
}

int MonitorPage::sloRows() const
{
    return m_slos->rowCount();
}

QString MonitorPage::sloCell(int row, int column) const
{
    const QTableWidgetItem *item = m_slos->item(row, column);
    return item ? item->text() : QString();
}

int MonitorPage::alertRows() const
{
    return m_alerts->rowCount();
}

QString MonitorPage::alertCell(int row, int column) const
{
    const QTableWidgetItem *item = m_alerts->item(row, column);
    return item ? item->text() : QString();
}

void MonitorPage::muteSelected(bool mute)
{
    monitor::MonitorService *service = m_context.monitorService();
    const int row = m_alerts->currentRow();
    if (!service || row < 0 || row >= m_alertList.size())
        return;
    const QString rule = m_alertList.at(row).rule;
    const std::optional<qint64> until = mute ? std::optional<qint64>(now() + kHourMs) : std::nullopt;
    service->mute(rule, until, [this, rule, mute](Expected<void> done) {
        if (!done)
            m_alertsStatus->setText(done.error().message);
        else
            m_alertsStatus->setText(mute ? tr("%1 is muted for an hour.").arg(rule) : tr("%1 notifies again.").arg(rule));
        reloadAlerts();
    });
}

// --- the team server's monitoring data

bool MonitorPage::hasTeamServer() const
{
    return !m_teamClient.isNull();
}

void MonitorPage::setDataScope(DataScope scope)
{
    m_data->setCurrentIndex(m_data->findData(int(scope)));
}

MonitorPage::DataScope MonitorPage::dataScope() const
{
    return hasTeamServer() ? DataScope(m_data->currentData().toInt()) : DataScope::Local;
}

void MonitorPage::setMemberFilter(const QString &member)
{
    int index = m_member->findData(member);
    if (index < 0) {
        m_member->addItem(member, member);
        index = m_member->count() - 1;
    }
    m_member->setCurrentIndex(index);
}

QStringList MonitorPage::memberChoices() const
{
    QStringList out;
    for (int i = 1; i < m_member->count(); ++i)
        out << m_member->itemData(i).toString();
    return out;
}

QString MonitorPage::scopeText() const
{
    return m_teamBar->isHidden() ? QString() : m_teamNote->text();
}

bool MonitorPage::canRetry() const
{
    return !m_teamBar->isHidden() && !m_retry->isHidden();
}

QString MonitorPage::alertsScopeText() const
{
    return m_alertsScope->isHidden() ? QString() : m_alertsScope->text();
}

// The first enabled team server of the workspace; a changed one (address, key, network) takes a new
// client and asks again who the key is.
void MonitorPage::reloadTeamServer()
{
    const Workspace &ws = m_context.workspace();
    const ProviderConfig *server = team::TeamClient::serverOf(ws);
    const bool same = server ? m_teamClient && m_teamClient->provider() == *server && m_teamClient->workspace().network == ws.network
                             : m_teamClient.isNull();
    if (same) {
        applyScopeControls();
        return;
    }
    delete m_teamClient; // its answers still under way never come
    m_teamIdentity.reset();
    ++m_teamGeneration;
    if (server)
        m_teamClient = new team::TeamClient(ws, *server, m_context.secrets(), *m_nam, this);
    applyScopeControls();
    teamRequestEnded();
    if (m_shownOnce)
        scheduleRefresh();
}

void MonitorPage::applyScopeControls()
{
    const bool team = hasTeamServer();
    m_data->setVisible(team);
    m_dataLabel->setVisible(team);
    const DataScope s = dataScope();
    // the member filter: the team's view of an admin or a viewer (a member's answer is theirs alone)
    const bool members = s == DataScope::Team && m_teamIdentity && m_teamIdentity->role != team::Role::Member;
    m_member->setVisible(members);
    m_memberLabel->setVisible(members);
    const bool local = s == DataScope::Local;
    m_hover->setText(local ? tr("Point at a line to see its value; click a point to list its calls.")
                           : tr("Point at a line to see its value; click a point to open its days on the Usage page."));
    m_alertsScope->setVisible(!local);
    const QString perComputer = local ? QString() : tr("This computer's, whatever the data scope: the team server does not share its own");
    m_tabs->setTabToolTip(m_alertsTab, perComputer);
    m_tabs->setTabToolTip(m_canariesTab, perComputer);
    m_tabs->setTabToolTip(m_callsTab, local ? QString() : tr("The team's calls stay on the team server: a click on a point opens the Usage page"));
    if (local)
        m_teamBar->hide();
}

void MonitorPage::refreshTeam(const monitor::SeriesQuery &a, const std::optional<monitor::SeriesQuery> &b)
{
    const int generation = ++m_teamGeneration;
    ++m_running;
    m_busy->setVisible(true);
    m_teamBusy = true;
    m_teamBar->show();
    m_retry->hide();
    m_teamNote->setStyleSheet(QString());
    m_teamNote->setText(tr("Reading the team server's monitoring data…"));
    auto fetch = [this, generation, a, b] {
        const DataScope s = dataScope();
        applyScopeControls();
        if (s == DataScope::Local || !m_teamIdentity)
            return teamRequestEnded(); // the scope changed meanwhile: that refresh is pending
        team::MonitorRequest request{a, b};
        if (s == DataScope::Mine)
            request.query.scope.member = m_teamIdentity->member;
        else if (!m_member->isHidden())
            request.query.scope.member = m_member->currentData().toString();
        m_teamClient->monitorChart(request, [this, generation, s](const team::TeamResult<team::MonitorReport> &r) {
            if (generation != m_teamGeneration || !m_teamIdentity)
                return teamRequestEnded();
            if (!r) {
                teamFailed(r.error());
                return teamRequestEnded();
            }
            m_updatingChoices = true;
            setMembers(m_member, r->members);
            m_updatingChoices = false;
            Loaded loaded;
            loaded.series = r->series;
            loaded.other = r->other;
            loaded.offsetMs = r->offsetMs;
            loaded.markers = r->markers;
            loaded.models = r->models;
            applyLoaded(loaded);
            const QString server = m_teamClient->provider().id;
            const QString who = m_teamIdentity->member;
            if (s == DataScope::Mine || m_teamIdentity->role == team::Role::Member)
                m_teamNote->setText(s == DataScope::Mine
                                        ? tr("Your calls (%1) on team server \"%2\".").arg(who, server)
                                        : tr("Your calls (%1) on team server \"%2\": a member sees only their own.").arg(who, server));
            else if (r->member.isEmpty())
                m_teamNote->setText(tr("Every member's calls on team server \"%1\".").arg(server));
            else
                m_teamNote->setText(tr("The calls of %1 on team server \"%2\".").arg(r->member, server));
            teamRequestEnded();
        });
    };
    if (m_teamIdentity) {
        fetch();
        return;
    }
    m_teamClient->me([this, generation, fetch](const team::TeamResult<team::Identity> &me) {
        if (generation != m_teamGeneration)
            return teamRequestEnded();
        if (!me) {
            teamFailed(me.error());
            return teamRequestEnded();
        }
        m_teamIdentity = *me;
        fetch();
    });
}

void MonitorPage::teamRequestEnded()
{
    if (!std::exchange(m_teamBusy, false))
        return;
    --m_running;
    m_busy->setVisible(m_running > 0);
    refreshEnded();
}

void MonitorPage::teamFailed(const team::TeamError &error)
{
    const QString server = m_teamClient ? m_teamClient->provider().id : QString();
    QString message = error.message;
    // a serve older than GET /team/monitor/chart: 404 to an admin, 403 ("admins only") to anyone else
    if (error.kind == team::TeamError::Kind::Refused && error.httpStatus == 404)
        message = tr("Team server \"%1\" has no Monitor data for the team: it is older than this app. Update switchboard-cli on the server; "
                     "until then choose \"This computer\".")
                      .arg(server);
    else if (error.kind == team::TeamError::Kind::NotAdmin)
        message = tr("Team server \"%1\" refused to show these calls to %2. A member sees only their own calls (\"Team server: mine\"); if "
                     "these are yours, the server is older than this app: update switchboard-cli on the server.")
                      .arg(server, m_teamIdentity ? m_teamIdentity->member : QString());
    m_series = Series{};
    m_other.reset();
    m_markers.clear();
    m_lastError = message;
    drawChart();
    m_teamBar->show();
    m_teamNote->setText(message);
    m_teamNote->setStyleSheet(ThemeManager::errorStyleSheet());
    m_retry->show();
}

} // namespace sb::ui
