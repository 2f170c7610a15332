#include "usagepage.h"

#include "appcontext.h"
#include "common/async.h"
#include "engine/engine.h"
#include "format.h"
#include "pages/usage/budgetspanel.h"
#include "pages/usage/callspanel.h"
#include "pages/usage/cells.h"
#include "pages/usage/charts.h"
#include "pages/usage/usagedata.h"
#include "prompts.h"
#include "theme.h"
#include "usage/ledger.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sb::ui {

using usagepage::Snapshot;
using namespace usagecells;

namespace {

QComboBox *filterCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    // a fixed width from a content length: long model names must not widen the page (and the window)
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->addItem(UsagePage::tr("All"), QString());
    return combo;
}

// Selects the item whose data is `value`, adding it when missing ("" selects "All").
void selectData(QComboBox *combo, const QString &value)
{
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

// Keeps "All", the current choice and `choices`.
void setChoices(QComboBox *combo, const QStringList &choices)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(UsagePage::tr("All"), QString());
    for (const QString &c : choices)
        combo->addItem(c, c);
    selectData(combo, current);
}

} // namespace

UsagePage::UsagePage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    auto *title = new QLabel(tr("Usage"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    outer->addWidget(title);
    outer->addWidget(buildFilters());

    // the team scope's line: whose calls, or what failed and a Retry
    m_teamBar = new QWidget(this);
    auto *teamRow = new QHBoxLayout(m_teamBar);
    teamRow->setContentsMargins(0, 0, 0, 0);
    m_teamNote = new QLabel(m_teamBar);
    m_teamNote->setObjectName(QStringLiteral("usageScopeNote"));
    m_teamNote->setWordWrap(true);
    m_teamNote->setTextFormat(Qt::PlainText); // member names are the admins' choice
    m_teamNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    teamRow->addWidget(m_teamNote, 1);
    m_retry = new QPushButton(tr("Retry"), m_teamBar);
    m_retry->hide();
    teamRow->addWidget(m_retry);
    m_teamBar->hide();
    outer->addWidget(m_teamBar);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_teamBusy)
            m_teamIdentity.reset(); // who the key is may have changed too
        refresh();
    });

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("usageTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bf = m_totals->font();
    bf.setBold(true);
    m_totals->setFont(bf);
    outer->addWidget(m_totals);

    // Calls of models without a price: their cost is unknown, so the figures and budgets here leave them out
    m_unpriced = new QLabel(this);
    m_unpriced->setObjectName(QStringLiteral("unpricedNote"));
    m_unpriced->setWordWrap(true);
    m_unpriced->hide();
    outer->addWidget(m_unpriced);

    m_alert = new QLabel(this);
    m_alert->setObjectName(QStringLiteral("budgetAlert"));
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(QStringLiteral("QLabel { background: #f6d365; color: #3a2a00; padding: 6px; border-radius: 4px; }"));
    m_alert->hide();
    outer->addWidget(m_alert);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("usageTabs"));
    m_tabs->addTab(buildSpendTab(), tr("&Spend"));
    m_tabs->addTab(buildChartTab(m_tokensView, QStringLiteral("tokensChart"), tr("Tokens per UTC day by kind. Output excludes reasoning.")),
                   tr("&Tokens"));
    QWidget *latencyTab = buildChartTab(m_latencyView, QStringLiteral("latencyChart"), latencyCaption());
    m_latencyCaption = latencyTab->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    // a team server's percentiles are estimates: said under the caption, with their bound
    m_latencyEstimate = new QLabel(latencyTab);
    m_latencyEstimate->setObjectName(QStringLiteral("latencyEstimateNote"));
    m_latencyEstimate->setWordWrap(true);
    m_latencyEstimate->hide();
    qobject_cast<QVBoxLayout *>(latencyTab->layout())->insertWidget(1, m_latencyEstimate);
    m_tabs->addTab(latencyTab, tr("&Latency"));
    m_tabs->addTab(
        buildChartTab(m_errorView, QStringLiteral("errorChart"), tr("Share of attempts that failed, per provider (cancelled calls are not errors).")),
        tr("&Errors"));
    m_tabs->addTab(buildTopTab(), tr("T&op spenders"));
    m_callsPanel = new CallsPanel(
        m_context, m_prompts, [this](std::function<void()> work, std::function<void()> done) { runInBackground(std::move(work), std::move(done)); },
        this);
    connect(m_callsPanel, &CallsPanel::exportFinished, this, &UsagePage::exportFinished);
    m_tabs->addTab(m_callsPanel, tr("&Calls"));
    m_budgetsPanel = new BudgetsPanel(m_context, this);
    connect(m_budgetsPanel, &BudgetsPanel::statusesChanged, this, &UsagePage::refreshAlert);
    m_budgetsTab = m_tabs->addTab(m_budgetsPanel, tr("&Budgets"));
    outer->addWidget(m_tabs, 1);

    m_hover = new QLabel(tr("Point at a bar to see its value."), this);
    m_hover->setObjectName(QStringLiteral("chartHover"));
    outer->addWidget(m_hover);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &UsagePage::refresh);

    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    f5->setWhatsThis(tr("Read the ledger again"));
    connect(f5, &QShortcut::activated, this, &UsagePage::refresh);

    m_nam = new QNetworkAccessManager(this);
    connect(&m_context, &AppContext::workspaceChanged, this, [this] {
        reloadTeamServer();
        connectBudgetTracker();
        if (!m_budgetsPanel->isDirty())
            m_budgetsPanel->load();
    });
    applyPresetDates();
    connectBudgetTracker();
    m_budgetsPanel->load();
    reloadTeamServer();
}

UsagePage::~UsagePage() = default; // work still running keeps what it needs (shared pointers), and reports to no one

QWidget *UsagePage::buildFilters()
{
    // two rows (range and refresh; the filters): one row needed 1,256 px, 1,364 in German
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *filterRow = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(filterRow);
    m_preset = new QComboBox(bar);
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    m_preset->setCurrentIndex(2);
    auto *rangeLabel = new QLabel(tr("&Range:"), bar);
    rangeLabel->setBuddy(m_preset);
    row->addWidget(rangeLabel);
    row->addWidget(m_preset);
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(dateFormat());
    m_from->setToolTip(tr("First day (UTC)"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(dateFormat());
    m_to->setToolTip(tr("Last day (UTC), included"));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_to);
    row->addSpacing(12);
    m_scope = new QComboBox(bar);
    m_scope->setObjectName(QStringLiteral("usageScope"));
    m_scope->addItem(tr("This computer"), int(Scope::Local));
    m_scope->addItem(tr("Team server"), int(Scope::Team));
    m_scope->addItem(tr("Team server: mine"), int(Scope::Mine));
    m_scope->setToolTip(tr("Whose ledger: this computer's, or the team server's (admins and viewers see every member's calls, a member "
                           "their own)"));
    m_scopeLabel = new QLabel(tr("&Data:"), bar);
    m_scopeLabel->setBuddy(m_scope);
    row->addWidget(m_scopeLabel);
    row->addWidget(m_scope);
    m_member = filterCombo(QStringLiteral("memberFilter"), bar);
    m_member->setItemText(0, tr("Every member"));
    m_member->setMinimumContentsLength(14); // "Every member", "Alle Mitglieder"
    m_memberLabel = new QLabel(tr("Mem&ber:"), bar);
    m_memberLabel->setBuddy(m_member);
    row->addWidget(m_memberLabel);
    row->addWidget(m_member);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        applyScopeControls();
        scheduleRefresh();
    });
    connect(m_member, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingFilters)
            scheduleRefresh();
    });

    auto addFilter = [&](const QString &label, QComboBox *combo) {
        auto *l = new QLabel(label, bar);
        l->setBuddy(combo);
        filterRow->addWidget(l);
        filterRow->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingFilters)
                scheduleRefresh();
        });
    };
    m_provider = filterCombo(QStringLiteral("providerFilter"), bar);
    m_model = filterCombo(QStringLiteral("modelFilter"), bar);
    m_source = filterCombo(QStringLiteral("sourceFilter"), bar);
    for (auto s : {usage::Source::Playground, usage::Source::Compare, usage::Source::Proxy, usage::Source::Knowledge, usage::Source::Eval,
                   usage::Source::Cli, usage::Source::Workflow})
        m_source->addItem(usage::sourceName(s), usage::sourceName(s));
    m_key = filterCombo(QStringLiteral("keyFilter"), bar);
    addFilter(tr("&Provider:"), m_provider);
    addFilter(tr("&Model:"), m_model);
    addFilter(tr("So&urce:"), m_source);
    addFilter(tr("&Key:"), m_key);
    row->addStretch();

    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(QStringLiteral("usageBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Reading the ledger…"));
    m_busy->hide();
    row->addWidget(m_busy);
    m_refresh = new QPushButton(tr("R&efresh"), bar);
    m_refresh->setObjectName(QStringLiteral("usageRefresh"));
    m_refresh->setToolTip(tr("Read the ledger again (F5)"));
    row->addWidget(m_refresh);
    connect(m_refresh, &QPushButton::clicked, this, &UsagePage::refresh);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (preset() != Preset::Custom)
            applyPresetDates();
        scheduleRefresh();
    });
    auto dateEdited = [this] {
        if (m_updatingFilters)
            return;
        m_updatingFilters = true;
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        m_updatingFilters = false;
        scheduleRefresh();
    };
    connect(m_from, &QDateEdit::dateChanged, this, dateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, dateEdited);
    return bar;
}

QWidget *UsagePage::buildSpendTab()
{
    QWidget *tab = buildChartTab(m_spendView, QStringLiteral("spendChart"), tr("Spend per UTC day, stacked by"));
    auto *help = tab->findChild<QLabel *>();
    help->setWordWrap(false);
    auto *row = new QHBoxLayout;
    m_dimension = new QComboBox(tab);
    m_dimension->setObjectName(QStringLiteral("spendDimension"));
    m_dimension->addItem(tr("provider"), int(usage::Dimension::Provider));
    m_dimension->addItem(tr("model"), int(usage::Dimension::Model));
    m_dimension->addItem(tr("source"), int(usage::Dimension::Source));
    m_dimension->addItem(tr("key (proxy key, conversation)"), int(usage::Dimension::SourceKey));
    help->setBuddy(m_dimension);
    auto *layout = static_cast<QVBoxLayout *>(tab->layout());
    layout->removeWidget(help);
    row->addWidget(help);
    row->addWidget(m_dimension);
    row->addStretch();
    layout->insertLayout(0, row);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &UsagePage::scheduleRefresh);
    return tab;
}

QWidget *UsagePage::buildChartTab(QChartView *&view, const QString &name, const QString &help)
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *label = new QLabel(help, tab);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    view = new QChartView(chart, tab);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    layout->addWidget(view, 1);
    return tab;
}

QWidget *UsagePage::buildTopTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QHBoxLayout(tab);
    auto makeTable = [&](const QString &name, const QString &heading, const QStringList &headers) {
        auto *box = new QWidget(tab);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(new QLabel(heading, box));
        auto *t = new QTableWidget(0, int(headers.size()), box);
        t->setObjectName(name);
        t->setHorizontalHeaderLabels(headers);
        t->verticalHeader()->hide();
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->horizontalHeader()->setStretchLastSection(true);
        v->addWidget(t, 1);
        layout->addWidget(box, 1);
        return t;
    };
    m_topKeys = makeTable(QStringLiteral("topKeysTable"), tr("Keys by cost (proxy keys, conversations, comparisons)"),
                          {tr("Source"), tr("Key"), tr("Cost"), tr("Requests"), tr("Attempts")});
    m_topRequests = makeTable(QStringLiteral("topRequestsTable"), tr("Most expensive requests"),
                              {tr("Started"), tr("Source"), tr("Cost"), tr("Attempts"), tr("Request")});
    return tab;
}

// --- range and filters

void UsagePage::setPreset(Preset p)
{
    m_preset->setCurrentIndex(m_preset->findData(int(p)));
}

UsagePage::Preset UsagePage::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void UsagePage::setCustomRange(QDate from, QDate toInclusive)
{
    m_updatingFilters = true;
    m_from->setDate(from);
    m_to->setDate(toInclusive);
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_updatingFilters = false;
    scheduleRefresh();
}

void UsagePage::applyPresetDates()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate from = today;
    switch (preset()) {
    case Preset::Today: break;
    case Preset::Last7Days: from = today.addDays(-6); break;
    case Preset::Last30Days: from = today.addDays(-29); break;
    case Preset::ThisMonth: from = QDate(today.year(), today.month(), 1); break;
    case Preset::Last90Days: from = today.addDays(-89); break;
    case Preset::Custom: return;
    }
    const bool was = m_updatingFilters;
    m_updatingFilters = true;
    m_from->setDate(from);
    m_to->setDate(today);
    m_updatingFilters = was;
}

void UsagePage::setProviderFilter(const QString &provider)
{
    selectData(m_provider, provider);
}

void UsagePage::setModelFilter(const QString &model)
{
    selectData(m_model, model);
}

void UsagePage::setSourceFilter(std::optional<usage::Source> source)
{
    selectData(m_source, source ? usage::sourceName(*source) : QString());
}

void UsagePage::setKeyFilter(const QString &key)
{
    selectData(m_key, key);
}

void UsagePage::setSpendDimension(usage::Dimension dimension)
{
    m_dimension->setCurrentIndex(m_dimension->findData(int(dimension)));
}

usage::Filter UsagePage::currentFilter() const
{
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    usage::Filter f = usage::Filter::days(from, to.addDays(1));
    auto text = [](QComboBox *c) -> std::optional<QString> {
        const QString v = c->currentData().toString();
        return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
    };
    f.provider = text(m_provider);
    f.model = text(m_model);
    if (const auto s = text(m_source))
        f.source = usage::sourceFromName(*s);
    f.sourceKey = text(m_key);
    return f;
}

// --- background work

void UsagePage::runInBackground(std::function<void()> work, std::function<void()> done)
{
    ++m_running;
    setBusyIndicator();
    async::runThenCallback(this, std::move(work), [this, done = std::move(done)] {
        --m_running;
        done();
        setBusyIndicator();
    });
}

void UsagePage::setBusyIndicator()
{
    m_busy->setVisible(m_running > 0);
}

bool UsagePage::isBusy() const
{
    return m_running > 0 || m_refreshTimer->isActive() || m_refreshPending;
}

void UsagePage::scheduleRefresh()
{
    if (!m_updatingFilters)
        m_refreshTimer->start();
}

void UsagePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (preset() != Preset::Custom)
        applyPresetDates(); // "today" may have moved on
    connectBudgetTracker();
    scheduleRefresh();
}

void UsagePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_spendView)
        applyChartTheme();
    if (event->type() == QEvent::LanguageChange && m_latencyView) {
        m_latencyCaption->setText(latencyCaption());
        showLatencyEstimate(m_latencyRelativeError);
        m_from->setDisplayFormat(dateFormat());
        m_to->setDisplayFormat(dateFormat());
        if (isVisible())
            scheduleRefresh(); // numbers, money and dates in the new locale
    }
}

QString UsagePage::latencyCaption()
{
    return tr("Latency and time to first token of successful calls per model (the busiest %1), in milliseconds.").arg(UsageCharts::kMaxLatencyModels);
}

void UsagePage::showLatencyEstimate(double relativeError)
{
    m_latencyRelativeError = relativeError;
    m_latencyEstimate->setVisible(relativeError > 0);
    m_latencyEstimate->setText(relativeError > 0 ? tr("Percentiles estimated from daily histograms, within %1.").arg(formatPercent(relativeError, 1))
                                                 : QString());
    m_latencyEstimate->setToolTip(relativeError > 0 ? tr("The team server reads the percentiles from its daily histograms of latency instead "
                                                         "of from every call. The call counts are exact.")
                                                    : QString());
}

void UsagePage::applyChartTheme()
{
    const auto theme = ThemeManager::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChartView *v : {m_spendView, m_tokensView, m_latencyView, m_errorView}) {
        if (v->chart()->theme() != theme)
            v->chart()->setTheme(theme);
    }
}

void UsagePage::refresh()
{
    m_refreshTimer->stop();
    const std::shared_ptr<engine::Engine> engine = m_context.engine();
    if (!engine) {
        m_totals->setText(tr("Usage is not available: the ledger is not running."));
        return;
    }
    if (m_refreshing) {
        m_refreshPending = true; // one more run with the latest filters when this one ends
        return;
    }
    const usage::Filter filter = currentFilter();
    const auto dimension = usage::Dimension(m_dimension->currentData().toInt());
    if (scope() != Scope::Local) {
        refreshTeam(filter, dimension);
        return;
    }
    ++m_teamGeneration; // a team answer still under way is not shown any more
    auto result = std::make_shared<Snapshot>();
    runInBackground(
        [engine, filter, dimension, result] {
            (void)engine->ledger().flush(); // what was recorded just now counts too
            *result = usagepage::loadSnapshot(engine->database(), filter, dimension, {10, CallsPanel::kPageSize});
        },
        [this, result] {
            m_refreshing = false;
            applySnapshot(*result);
            m_budgetsPanel->updateProgress();
            if (m_refreshPending) {
                m_refreshPending = false;
                refresh();
            } else {
                Q_EMIT refreshed();
            }
        });
    m_refreshing = true;
}

// --- the team server's ledger

bool UsagePage::hasTeamServer() const
{
    return !m_teamClient.isNull();
}

void UsagePage::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

UsagePage::Scope UsagePage::scope() const
{
    return hasTeamServer() ? Scope(m_scope->currentData().toInt()) : Scope::Local;
}

void UsagePage::setMemberFilter(const QString &member)
{
    selectData(m_member, member);
}

QStringList UsagePage::memberChoices() const
{
    QStringList out;
    for (int i = 1; i < m_member->count(); ++i)
        out << m_member->itemData(i).toString();
    return out;
}

QString UsagePage::scopeText() const
{
    return m_teamBar->isHidden() ? QString() : m_teamNote->text();
}

bool UsagePage::canRetry() const
{
    return !m_teamBar->isHidden() && !m_retry->isHidden();
}

// The first enabled team server of the workspace; a changed one (address, key, network) takes a new
// client and asks again who the key is.
void UsagePage::reloadTeamServer()
{
    const Workspace &ws = m_context.workspace();
    const ProviderConfig *server = team::TeamClient::serverOf(ws);
    const bool same = server ? m_teamClient && m_teamClient->provider() == *server && m_teamClient->workspace().network == ws.network
                             : m_teamClient.isNull();
    if (!same) {
        delete m_teamClient; // its answers still under way never come
        m_teamIdentity.reset();
        ++m_teamGeneration;
        if (server)
            m_teamClient = new team::TeamClient(ws, *server, m_context.secrets(), *m_nam, this);
    }
    applyScopeControls();
    if (!same)
        teamRequestEnded();
    if (!same && isVisible())
        scheduleRefresh();
}

void UsagePage::applyScopeControls()
{
    const bool team = hasTeamServer();
    m_scope->setVisible(team);
    m_scopeLabel->setVisible(team);
    const Scope s = scope();
    // the member filter: the team's view of an admin or a viewer (a member's answer is theirs alone)
    const bool members = s == Scope::Team && m_teamIdentity && m_teamIdentity->role != team::Role::Member;
    m_member->setVisible(members);
    m_memberLabel->setVisible(members);
    // the raw calls and the budgets are this computer's; the team's calls all come through its proxy
    const bool local = s == Scope::Local;
    m_source->setEnabled(local);
    m_source->setToolTip(local ? QString() : tr("The team server's calls all come through its proxy"));
    const int calls = m_tabs->indexOf(m_callsPanel);
    m_tabs->setTabEnabled(calls, local);
    m_tabs->setTabToolTip(calls, local ? QString() : tr("The team's calls and their prompts stay on the team server"));
    m_tabs->setTabEnabled(m_budgetsTab, local);
    m_tabs->setTabToolTip(m_budgetsTab, local ? QString() : tr("The members' budgets are on the Team page"));
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(0);
    if (local) {
        m_teamBar->hide();
    }
}

void UsagePage::refreshTeam(usage::Filter filter, usage::Dimension dimension)
{
    filter.source.reset();
    const int generation = ++m_teamGeneration;
    m_refreshing = true;
    ++m_running;
    setBusyIndicator();
    m_teamBar->show();
    m_retry->hide();
    m_teamNote->setStyleSheet(QString());
    m_teamNote->setText(tr("Reading the team server's ledger…"));
    m_teamBusy = true;
    const auto finished = [this] { teamRequestEnded(); };
    auto fetch = [this, generation, filter, dimension, finished]() mutable {
        const Scope s = scope();
        applyScopeControls();
        if (s == Scope::Local || !m_teamIdentity)
            return finished(); // the scope changed meanwhile: that refresh is pending
        if (s == Scope::Mine)
            filter.member = m_teamIdentity->member;
        else if (const QString m = m_member->isHidden() ? QString() : m_member->currentData().toString(); !m.isEmpty())
            filter.member = m;
        m_teamClient->usageReport(
            filter, dimension, [this, generation, filter, dimension, s, finished](const team::TeamResult<team::UsageReport> &r) {
                if (generation != m_teamGeneration || !m_teamIdentity)
                    return finished();
                if (!r) {
                    teamFailed(r.error());
                    return finished();
                }
                Snapshot snap;
                snap.filter = filter;
                snap.dimension = dimension;
                snap.totals = r->totals;
                snap.spend = r->spend;
                snap.tokens = r->tokens;
                snap.latency = r->latency;
                snap.latencyRelativeError = r->latencyRelativeError;
                snap.errors = r->errors;
                snap.topKeys = r->topKeys;
                snap.topRequests = r->topRequests;
                snap.unpriced = r->unpriced;
                snap.providers = r->providers;
                snap.models = r->models;
                snap.sourceKeys = r->sourceKeys;
                snap.keyTitles = r->keyTitles;
                applySnapshot(snap);
                m_updatingFilters = true;
                setChoices(m_member, r->members);
                m_member->setItemText(0, tr("Every member"));
                m_updatingFilters = false;
                const QString server = m_teamClient->provider().id;
                const QString who = m_teamIdentity->member;
                if (s == Scope::Mine || m_teamIdentity->role == team::Role::Member)
                    m_teamNote->setText(s == Scope::Mine
                                            ? tr("Your calls (%1) on team server \"%2\".").arg(who, server)
                                            : tr("Your calls (%1) on team server \"%2\": a member sees only their own.").arg(who, server));
                else if (r->member.isEmpty())
                    m_teamNote->setText(tr("Every member's calls on team server \"%1\".").arg(server));
                else
                    m_teamNote->setText(tr("The calls of %1 on team server \"%2\".").arg(r->member, server));
                finished();
            });
    };
    if (m_teamIdentity) {
        fetch();
        return;
    }
    m_teamClient->me([this, generation, fetch, finished](const team::TeamResult<team::Identity> &me) mutable {
        if (generation != m_teamGeneration)
            return finished();
        if (!me) {
            teamFailed(me.error());
            return finished();
        }
        m_teamIdentity = *me;
        fetch();
    });
}

void UsagePage::teamRequestEnded()
{
    if (!std::exchange(m_teamBusy, false))
        return;
    m_refreshing = false;
    --m_running;
    setBusyIndicator();
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    } else {
        Q_EMIT refreshed();
    }
}

void UsagePage::teamFailed(const team::TeamError &error)
{
    m_lastError = error.message;
    Snapshot empty; // the charts of another scope must not stay as if they were these
    empty.filter = currentFilter();
    applySnapshot(empty);
    m_lastError = error.message;
    m_totals->setText(tr("The team server's usage could not be read."));
    m_teamBar->show();
    m_teamNote->setText(error.message);
    m_teamNote->setStyleSheet(ThemeManager::errorStyleSheet());
    m_retry->show();
}

// --- results

void UsagePage::applySnapshot(const Snapshot &s)
{
    m_shownFilter = s.filter;
    QStringList errors;
    auto note = [&errors](const auto &expected) {
        if (!expected)
            errors << expected.error().message;
    };
    note(s.totals);
    note(s.spend);
    note(s.tokens);
    note(s.latency);
    note(s.errors);
    note(s.topKeys);
    note(s.topRequests);
    note(s.calls);
    note(s.unpriced);
    errors.removeDuplicates();
    const qint64 unpriced = s.unpriced ? *s.unpriced : 0;
    m_unpriced->setVisible(unpriced > 0);
    m_unpriced->setText(tr("%n call(s) in this range used models without a price: their cost is unknown, and the totals, charts and "
                           "budgets leave it out. Set the model's prices on the Providers page.",
                           nullptr, int(std::min<qint64>(unpriced, std::numeric_limits<int>::max()))));
    m_unpriced->setStyleSheet(ThemeManager::errorStyleSheet());
    m_lastError = errors.join(QLatin1Char('\n'));

    if (s.totals) {
        const usage::Totals &t = *s.totals;
        const qint64 tokens = t.tokens.input + t.tokens.output + t.tokens.cacheRead + t.tokens.cacheWrite;
        const double rate = t.attempts > 0 ? 100.0 * double(t.errors) / double(t.attempts) : 0.0;
        m_totals->setText(tr("Spend %1 · %2 calls (%3 requests) · %4 tokens · error rate %5% (%6 errors)")
                              .arg(money(t.costUsd()), count(t.attempts), count(t.requests), count(tokens), formatNumber(rate, 1), count(t.errors)));
    } else {
        m_totals->setText(tr("The ledger could not be read: %1").arg(s.totals.error().message));
    }
    const UsageCharts::Hover hover = [this](const QString &text) { m_hover->setText(text); };
    UsageCharts::fillSpend(m_spendView->chart(), s, hover);
    UsageCharts::fillTokens(m_tokensView->chart(), s, hover);
    UsageCharts::fillLatency(m_latencyView->chart(), s, hover);
    showLatencyEstimate(s.latency && !s.latency->isEmpty() ? s.latencyRelativeError : 0); // no bars, nothing estimated
    UsageCharts::fillErrors(m_errorView->chart(), s, hover);
    fillTopTables(s);
    m_callsPanel->show(s.calls, s.filter);
    updateFilterChoices(s);
}

void UsagePage::updateFilterChoices(const Snapshot &s)
{
    m_updatingFilters = true;
    setChoices(m_provider, s.providers);
    setChoices(m_model, s.models);
    setChoices(m_key, s.sourceKeys);
    m_updatingFilters = false;
}

void UsagePage::fillTopTables(const Snapshot &s)
{
    m_topKeys->setRowCount(0);
    if (s.topKeys) {
        for (const usage::KeySpend &k : *s.topKeys) {
            const int r = m_topKeys->rowCount();
            m_topKeys->insertRow(r);
            m_topKeys->setItem(r, 0, cell(usage::sourceName(k.source)));
            const QString title = s.keyTitles.value(usage::sourceName(k.source) + QLatin1Char(':') + k.sourceKey);
            m_topKeys->setItem(r, 1,
                               cell(k.sourceKey.isEmpty() ? tr("(none)")
                                        : title.isEmpty() ? k.sourceKey
                                                          : tr("%1 (#%2)").arg(title, k.sourceKey)));
            m_topKeys->setItem(r, 2, numberCell(money(k.costUsd())));
            m_topKeys->setItem(r, 3, numberCell(count(k.requests)));
            m_topKeys->setItem(r, 4, numberCell(count(k.attempts)));
        }
    }
    m_topKeys->resizeColumnsToContents();
    m_topRequests->setRowCount(0);
    if (s.topRequests) {
        for (const usage::RequestSpend &q : *s.topRequests) {
            const int r = m_topRequests->rowCount();
            m_topRequests->insertRow(r);
            m_topRequests->setItem(r, 0, cell(formatDateTime(QDateTime::fromMSecsSinceEpoch(q.startedAtMs).toLocalTime())));
            m_topRequests->setItem(r, 1, cell(sourceLabel(q.source, q.sourceKey)));
            m_topRequests->setItem(r, 2, numberCell(money(q.costUsd())));
            m_topRequests->setItem(r, 3, numberCell(count(q.attempts)));
            m_topRequests->setItem(r, 4, cell(q.requestId));
        }
    }
    m_topRequests->resizeColumnsToContents();
}

// --- calls

QString UsagePage::totalsText() const
{
    return m_totals->text();
}

// --- budgets

void UsagePage::connectBudgetTracker()
{
    const std::shared_ptr<engine::Engine> engine = m_context.engine();
    usage::BudgetTracker *tracker = engine ? &engine->budgets() : nullptr;
    if (tracker == m_tracker.data())
        return;
    if (m_tracker)
        disconnect(m_tracker.data(), nullptr, this, nullptr);
    m_tracker = tracker;
    if (tracker) // queued: the tracker signals from whatever thread recorded the call
        connect(tracker, &usage::BudgetTracker::limitReached, this, &UsagePage::onBudgetAlert, Qt::QueuedConnection);
}

// Budget::describe() in the user's language: that one stays English for proxy clients and the log.
// A whole phrase per period, so that each language inflects "daily" and "monthly" its own way.
QString UsagePage::budgetText(const usage::Budget &budget)
{
    const bool daily = budget.period == usage::Budget::Period::Daily;
    switch (budget.scope) {
    case usage::Budget::Scope::Workspace: return daily ? tr("daily workspace budget") : tr("monthly workspace budget");
    case usage::Budget::Scope::Provider: return (daily ? tr("daily budget of provider %1") : tr("monthly budget of provider %1")).arg(budget.target);
    case usage::Budget::Scope::ProxyKey:
        return (daily ? tr("daily budget of proxy key %1") : tr("monthly budget of proxy key %1")).arg(budget.target);
    case usage::Budget::Scope::Member:
        return (daily ? tr("daily budget of team member %1") : tr("monthly budget of team member %1")).arg(budget.target);
    }
    return budget.describe();
}

QString UsagePage::alertMessage(const usage::Budget &budget, usage::BudgetOutcome level, double spentUsd, double limitUsd)
{
    const QString what = budgetText(budget);
    return level == usage::BudgetOutcome::HardExceeded
        ? tr("Hard budget limit reached: %1, %2 spent of %3. Calls it covers are refused.").arg(what, money(spentUsd), money(limitUsd))
        : tr("Soft budget limit reached: %1, %2 spent of %3.").arg(what, money(spentUsd), money(limitUsd));
}

// The banner says what holds now: a budget over its limit shows (also one that was over when the app
// started), and a budget deleted or raised, or a new period, takes it away and the status bar's copy
// with it. Only the tracker's alerts (a limit crossed now) go to the status bar and the tray.
void UsagePage::refreshAlert(const QList<usage::BudgetStatus> &statuses)
{
    const usage::BudgetStatus *worst = nullptr;
    for (const usage::BudgetStatus &s : statuses) {
        if (s.outcome == usage::BudgetOutcome::HardExceeded && (!worst || worst->outcome != usage::BudgetOutcome::HardExceeded))
            worst = &s;
        else if (s.outcome == usage::BudgetOutcome::SoftExceeded && !worst)
            worst = &s;
    }
    if (!worst) {
        if (m_alert->text().isEmpty())
            return;
        m_alert->clear();
        m_alert->hide();
        Q_EMIT budgetAlertCleared();
        return;
    }
    const usage::Budget &b = worst->budget;
    const double limit = worst->outcome == usage::BudgetOutcome::HardExceeded ? b.hardLimitUsd.value_or(0) : b.softLimitUsd.value_or(0);
    m_alert->setText(alertMessage(b, worst->outcome, worst->spentUsd(), limit));
    m_alert->show();
}

void UsagePage::onBudgetAlert(const usage::BudgetAlert &alert)
{
    const QString message = alertMessage(alert.budget, alert.level, alert.spentUsd, alert.limitUsd);
    m_alert->setText(message);
    m_alert->show();
    m_budgetsPanel->updateProgress();
    if (!m_alert->text().isEmpty())
        Q_EMIT budgetAlert(m_alert->text());
}

QString UsagePage::unpricedText() const
{
    return m_unpriced->isHidden() ? QString() : m_unpriced->text();
}

QString UsagePage::latencyEstimateText() const
{
    return m_latencyEstimate->isHidden() ? QString() : m_latencyEstimate->text();
}

void UsagePage::showBudgets()
{
    m_tabs->setCurrentIndex(m_budgetsTab);
}

int UsagePage::currentTab() const
{
    return m_tabs->currentIndex();
}

QString UsagePage::alertText() const
{
    return m_alert->isVisible() || !m_alert->text().isEmpty() ? m_alert->text() : QString();
}

// --- budgets (the panel's, for tests and the status bar)

int UsagePage::budgetRows() const
{
    return m_budgetsPanel->rows();
}

void UsagePage::addBudgetRow(usage::Budget::Scope scope, const QString &target, usage::Budget::Period period, const QString &softText,
                             const QString &hardText)
{
    m_budgetsPanel->addRow(scope, target, period, softText, hardText);
}

void UsagePage::removeBudgetRow(int row)
{
    m_budgetsPanel->removeRow(row);
}

void UsagePage::setBudgetLimits(int row, const QString &softText, const QString &hardText)
{
    m_budgetsPanel->setLimits(row, softText, hardText);
}

bool UsagePage::saveBudgets()
{
    return m_budgetsPanel->save();
}

void UsagePage::revertBudgets()
{
    m_budgetsPanel->revert();
}

QString UsagePage::budgetMessage() const
{
    return m_budgetsPanel->message();
}

int UsagePage::budgetProgress(int row) const
{
    return m_budgetsPanel->progress(row);
}

QString UsagePage::budgetProgressText(int row) const
{
    return m_budgetsPanel->progressText(row);
}

QString UsagePage::projectionText() const
{
    return m_budgetsPanel->projectionText();
}

// --- calls (the panel's)

int UsagePage::callRows() const
{
    return m_callsPanel->rows();
}

bool UsagePage::hasMoreCalls() const
{
    return m_callsPanel->hasMore();
}

void UsagePage::loadMoreCalls()
{
    m_callsPanel->loadMore();
}

void UsagePage::showTrace(int row)
{
    m_callsPanel->showTrace(row);
}

QString UsagePage::traceText() const
{
    return m_callsPanel->traceText();
}

void UsagePage::exportCsv()
{
    m_callsPanel->exportCsv(currentFilter());
}

} // namespace sb::ui
