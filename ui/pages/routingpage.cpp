#include "routingpage.h"

#include "appcontext.h"
#include "common/async.h"
#include "engine/engine.h"
#include "format.h"
#include "monitor/service.h"
#include "prompts.h"
#include "proxy/knowledgeservice.h"
#include "routingform.h"
#include "routingtrace.h"
#include "tablecells.h"
#include "theme.h"
#include "usage/ledger.h"
#include "usage/queries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace sb::ui {

using router::HealthTracker;

namespace {

QTableWidgetItem *cell(const QString &text)
{
    return readOnlyCell(text);
}

QString breakerName(HealthTracker::Breaker b)
{
    switch (b) {
    case HealthTracker::Breaker::Closed: return RoutingPage::tr("healthy");
    case HealthTracker::Breaker::Open: return RoutingPage::tr("cooling down");
    case HealthTracker::Breaker::HalfOpen: return RoutingPage::tr("probing");
    }
    return {};
}

} // namespace

RoutingPage::RoutingPage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    auto *title = new QLabel(tr("Routing"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    outer->addWidget(title);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter, 1);

    // --- configuration editor
    auto *configBox = new QGroupBox(tr("Virtual models and routes"), splitter);
    auto *configLayout = new QVBoxLayout(configBox);
    m_configTabs = new QTabWidget(configBox);
    m_configTabs->setObjectName(QStringLiteral("routingConfigTabs"));
    m_form = new RoutingForm(m_configTabs);
    m_form->setObjectName(QStringLiteral("routingForm"));
    m_configTabs->addTab(m_form, tr("F&orm"));
    auto *jsonPage = new QWidget(m_configTabs);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    auto *help = new QLabel(tr("A route lists targets (PROVIDER/MODEL) and a strategy: fallback, weighted, latency, cost or least_busy. "
                               "A virtual model is a name clients ask for; its rules pick a route by task (summarize, code, reasoning, "
                               "vision), needed capabilities (tools, vision, json) or prompt size, with an optional cost ceiling "
                               "(maxCostUsd) and latency budget (latencyBudgetMs)."),
                            jsonPage);
    help->setWordWrap(true);
    jsonLayout->addWidget(help);
    m_editor = new QPlainTextEdit(jsonPage);
    m_editor->setObjectName(QStringLiteral("routingEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    jsonLayout->addWidget(m_editor, 1);
    m_configTabs->addTab(jsonPage, tr("&JSON"));
    configLayout->addWidget(m_configTabs, 1);
    m_status = new QLabel(configBox);
    m_status->setObjectName(QStringLiteral("routingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    configLayout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *example = new QPushButton(tr("Insert &example"), configBox);
    m_revert = new QPushButton(tr("Re&vert"), configBox);
    m_apply = new QPushButton(tr("&Apply"), configBox);
    m_apply->setDefault(true);
    buttons->addWidget(example);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    configLayout->addLayout(buttons);
    splitter->addWidget(configBox);

    // --- right: dry run, health, recent calls
    auto *right = new QTabWidget(splitter);
    right->setObjectName(QStringLiteral("routingTabs"));
    auto *dryBox = new QWidget(right);
    auto *dryLayout = new QVBoxLayout(dryBox);
    auto *form = new QFormLayout;
    m_model = new QComboBox(dryBox);
    m_model->setObjectName(QStringLiteral("dryRunModel"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Model:"), m_model);
    m_prompt = new QLineEdit(dryBox);
    m_prompt->setObjectName(QStringLiteral("dryRunPrompt"));
    m_prompt->setPlaceholderText(tr("A sample prompt, e.g. \"Summarize this report\""));
    form->addRow(tr("&Prompt:"), m_prompt);
    auto *flags = new QHBoxLayout;
    m_task = new QComboBox(dryBox);
    m_task->addItem(tr("guess from the prompt"), QString());
    for (const char *t : {"general", "summarize", "code", "reasoning", "vision"})
        m_task->addItem(QLatin1String(t), QLatin1String(t));
    m_tools = new QCheckBox(tr("uses tools"), dryBox);
    m_image = new QCheckBox(tr("has an image"), dryBox);
    // the task and the request's needs on two rows: on one they needed 550 px in German
    flags->addWidget(m_tools);
    flags->addWidget(m_image);
    flags->addStretch();
    form->addRow(tr("&Task:"), m_task);
    form->addRow(tr("Request:"), flags);
    dryLayout->addLayout(form);
    auto *runRow = new QHBoxLayout;
    auto *run = new QPushButton(tr("&Show route"), dryBox);
    runRow->addWidget(run);
    runRow->addStretch();
    dryLayout->addLayout(runRow);
    m_planSummary = new QLabel(dryBox);
    m_planSummary->setObjectName(QStringLiteral("dryRunSummary"));
    m_planSummary->setWordWrap(true);
    m_planSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dryLayout->addWidget(m_planSummary);
    m_plan = new QTableWidget(0, 4, dryBox);
    m_plan->setObjectName(QStringLiteral("dryRunTable"));
    m_plan->setHorizontalHeaderLabels({tr("#"), tr("Target"), tr("Est. cost"), tr("Why / why not")});
    m_plan->horizontalHeader()->setStretchLastSection(true);
    m_plan->verticalHeader()->hide();
    m_plan->setSelectionBehavior(QAbstractItemView::SelectRows);
    dryLayout->addWidget(m_plan, 1);
    right->addTab(dryBox, tr("Dry run"));

    auto *healthBox = new QWidget(right);
    auto *healthLayout = new QVBoxLayout(healthBox);
    m_health = new QTableWidget(0, 7, healthBox);
    m_health->setObjectName(QStringLiteral("healthTable"));
    m_health->setHorizontalHeaderLabels({tr("Target"), tr("State"), tr("TTFT"), tr("Latency"), tr("Errors"), tr("In flight"), tr("SLO")});
    m_health->horizontalHeader()->setStretchLastSection(true);
    m_health->verticalHeader()->hide();
    healthLayout->addWidget(m_health);
    right->addTab(healthBox, tr("Live health"));

    auto *callsBox = new QWidget(right);
    auto *callsLayout = new QVBoxLayout(callsBox);
    auto *callsSplit = new QSplitter(Qt::Vertical, callsBox);
    m_calls = new QTableWidget(0, 7, callsSplit);
    m_calls->setObjectName(QStringLiteral("callsTable"));
    m_calls->setHorizontalHeaderLabels({tr("Time"), tr("Source"), tr("Asked for"), tr("Answered by"), tr("Attempt"), tr("Result"), tr("Latency")});
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_calls->verticalHeader()->hide();
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trace = new QPlainTextEdit(callsSplit);
    m_trace->setObjectName(QStringLiteral("traceView"));
    m_trace->setReadOnly(true);
    m_trace->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trace->setPlaceholderText(tr("Select a call to see why it went where it went."));
    callsLayout->addWidget(callsSplit);
    auto *refreshButton = new QPushButton(tr("&Refresh"), callsBox);
    auto *callsRow = new QHBoxLayout;
    callsRow->addStretch();
    callsRow->addWidget(refreshButton);
    callsLayout->addLayout(callsRow);
    right->addTab(callsBox, tr("Recent calls"));
    connect(refreshButton, &QPushButton::clicked, this, &RoutingPage::refreshCalls);
    connect(m_calls, &QTableWidget::currentCellChanged, this, [this](int row) { showTrace(row); });
    connect(right, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2)
            refreshCalls();
    });
    splitter->addWidget(right);
    splitter->setSizes({520, 560});

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        if (m_syncing || m_loading)
            return;
        // typed in the JSON view: the form reads it when shown; set from code while the form shows: now
        m_formStale = true;
        if (m_configTabs->currentWidget() == m_form)
            jsonToForm();
    });
    connect(m_form, &RoutingForm::changed, this, &RoutingPage::formToJson);
    connect(m_configTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_configTabs->currentWidget() == m_form && m_formStale)
            jsonToForm();
    });
    connect(m_apply, &QPushButton::clicked, this, &RoutingPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &RoutingPage::revert);
    connect(example, &QPushButton::clicked, this, &RoutingPage::insertExample);
    connect(run, &QPushButton::clicked, this, &RoutingPage::dryRun);
    connect(m_prompt, &QLineEdit::returnPressed, this, &RoutingPage::dryRun);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setWhatsThis(tr("Apply the routing configuration"));
    connect(saveShortcut, &QShortcut::activated, this, &RoutingPage::apply);
    connect(&m_context, &AppContext::workspaceChanged, this, [this] {
        if (!m_apply->isEnabled())
            loadFromWorkspace();
    });
    m_healthTimer = new QTimer(this);
    m_healthTimer->setInterval(1000);
    connect(m_healthTimer, &QTimer::timeout, this, &RoutingPage::refreshHealth);
    m_healthTimer->start();

    loadFromWorkspace();
    refreshHealth();
}

RoutingPage::~RoutingPage() = default;

QString RoutingPage::editorText() const
{
    return m_editor->toPlainText();
}

void RoutingPage::setEditorText(const QString &text)
{
    m_editor->setPlainText(text);
}

void RoutingPage::loadFromWorkspace()
{
    m_loading = true;
    const Workspace &ws = m_context.workspace();
    QJsonObject o;
    o.insert(QStringLiteral("virtualModels"), ws.virtualModels);
    o.insert(QStringLiteral("routes"), ws.routes);
    m_editor->setPlainText(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    m_loading = false;
    validate();
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
    if (!m_context.engineProblem().isEmpty())
        m_status->setText(tr("The saved routing is not in use until it is fixed: %1").arg(m_context.engineProblem()));
    m_model->clear();
    if (auto *host = m_context.routerHost())
        m_model->addItems(host->router().offeredModels());
    m_form->setModels(targetModels());
    jsonToForm();
    loadCollections();
}

void RoutingPage::loadCollections()
{
    const std::shared_ptr<Database> database = m_context.database();
    if (!database)
        return;
    using Collections = std::shared_ptr<Expected<QList<knowledge::Collection>>>;
    async::runThenCallback(
        this, [database] { return std::make_shared<Expected<QList<knowledge::Collection>>>(knowledge::KnowledgeStore(database).collections()); },
        [this](Collections collections) {
            if (!*collections)
                return; // no warning rather than a wrong one
            m_collections = **collections;
            warnAboutCollections();
        });
}

QStringList RoutingPage::targetModels() const
{
    QStringList models;
    if (auto *host = m_context.routerHost()) {
        for (const QString &m : host->router().offeredModels()) {
            if (m.contains(QLatin1Char('/')))
                models << m;
        }
    }
    return models;
}

void RoutingPage::showForm(bool form)
{
    m_configTabs->setCurrentIndex(form ? 0 : 1);
}

void RoutingPage::formToJson()
{
    const router::RoutingConfig cfg = m_form->config();
    QJsonObject o;
    o.insert(QStringLiteral("virtualModels"), cfg.virtualModelsJson());
    o.insert(QStringLiteral("routes"), cfg.routesJson());
    m_syncing = true;
    m_editor->setPlainText(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    m_syncing = false;
    m_formStale = false;
}

void RoutingPage::jsonToForm()
{
    m_formStale = false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_form->setBlocked(m_validation.isEmpty() ? tr("the text is not a JSON object") : m_validation);
        return;
    }
    // targets of providers that are gone load (the form is where they get removed); anything the form
    // could not write back unchanged keeps it read-only, so switching views never drops what was typed
    QStringList problems;
    const router::RoutingConfig cfg = router::RoutingConfig::read(doc.object().value(QLatin1String("routes")).toArray(),
                                                                  doc.object().value(QLatin1String("virtualModels")).toArray(), {}, problems);
    m_form->setConfig(cfg);
    m_form->setBlocked(problems.value(0));
}

void RoutingPage::validate()
{
    if (m_loading)
        return;
    m_apply->setEnabled(true);
    m_revert->setEnabled(true);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QString text = m_editor->toPlainText().left(pe.offset);
        m_validation = tr("Line %1: %2").arg(text.count(QLatin1Char('\n')) + 1).arg(pe.errorString());
    } else if (!doc.isObject()) {
        m_validation = tr("The configuration is an object with \"virtualModels\" and \"routes\".");
    } else {
        Workspace ws = m_context.workspace();
        ws.virtualModels = doc.object().value(QLatin1String("virtualModels")).toArray();
        ws.routes = doc.object().value(QLatin1String("routes")).toArray();
        QStringList unknown;
        for (const QString &k : doc.object().keys()) {
            if (k != QLatin1String("virtualModels") && k != QLatin1String("routes"))
                unknown << k;
        }
        auto ok = engine::Engine::check(ws);
        m_validation = !unknown.isEmpty() ? tr("Unknown key(s): %1").arg(unknown.join(QStringLiteral(", "))) : ok ? QString() : ok.error().message;
    }
    m_status->setText(m_validation.isEmpty() ? tr("Valid.") : m_validation);
    m_status->setStyleSheet(m_validation.isEmpty() ? QString() : ThemeManager::errorStyleSheet());
    m_apply->setEnabled(m_validation.isEmpty());
    warnAboutCollections();
}

// Not a reason to refuse: the collection may be made next; requests through the model fail until then.
void RoutingPage::warnAboutCollections()
{
    if (!m_validation.isEmpty() || !m_collections)
        return;
    const QJsonObject o = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object();
    QStringList ignored;
    const QStringList missing = proxy::knowledgeProblems(
        router::RoutingConfig::read(o.value(QLatin1String("routes")).toArray(), o.value(QLatin1String("virtualModels")).toArray(), {}, ignored),
        *m_collections);
    if (!missing.isEmpty()) {
        m_status->setText(tr("Valid, but requests through these virtual models fail until the collections exist "
                             "(switchboard-cli kb create NAME): %1")
                              .arg(missing.join(QStringLiteral("; "))));
        m_status->setStyleSheet(ThemeManager::errorStyleSheet());
    }
}

void RoutingPage::apply()
{
    validate();
    if (!m_validation.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object();
    Workspace ws = m_context.workspace();
    ws.virtualModels = o.value(QLatin1String("virtualModels")).toArray();
    ws.routes = o.value(QLatin1String("routes")).toArray();
    auto saved = m_context.replaceWorkspace(ws);
    if (!saved) {
        m_prompts.error(this, tr("Routing"), saved.error().message);
        return;
    }
    loadFromWorkspace();
    m_status->setText(tr("Applied: new calls use this routing."));
}

void RoutingPage::revert()
{
    loadFromWorkspace();
}

void RoutingPage::insertExample()
{
    const QStringList models = targetModels();
    if (models.isEmpty()) {
        m_prompts.info(this, tr("Routing"), tr("Add a provider first (Providers page): routes need targets."));
        return;
    }
    const QString first = models.value(0);
    const QString second = models.value(1, first);
    const QString example = QStringLiteral(R"({
    "virtualModels": [
        {
            "name": "auto",
            "description": "Cheap by default, the strongest model for code and reasoning",
            "route": "cheap",
            "maxCostUsd": 0.5,
            "rules": [
                { "task": "code", "route": "smart" },
                { "task": "reasoning", "route": "smart" }
            ]
        }
    ],
    "routes": [
        { "name": "smart", "strategy": "fallback", "retries": 1, "targets": ["%1", "%2"] },
        { "name": "cheap", "strategy": "cost", "targets": ["%2", "%1"] }
    ]
}
)")
                                .arg(first, second);
    m_editor->setPlainText(example);
}

void RoutingPage::setDryRunModel(const QString &model)
{
    m_model->setCurrentText(model);
}

void RoutingPage::setDryRunPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
}

QStringList RoutingPage::dryRunOrder() const
{
    return m_lastOrder;
}

QString RoutingPage::dryRunSummary() const
{
    return m_planSummary->text();
}

void RoutingPage::dryRun()
{
    auto *host = m_context.routerHost();
    if (!host)
        return;
    protocol::ChatRequest req;
    req.model = m_model->currentText().trimmed();
    protocol::Message m = protocol::Message::make(protocol::Role::User, m_prompt->text());
    if (m_image->isChecked())
        m.content << protocol::ContentPart::makeImageUrl(QStringLiteral("https://example.invalid/sample.png"));
    req.messages << m;
    if (m_tools->isChecked())
        req.tools << protocol::ToolDef{QStringLiteral("sample_tool"), QStringLiteral("A sample tool"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}};
    router::DispatchContext ctx;
    if (const QString task = m_task->currentData().toString(); !task.isEmpty())
        ctx.task = router::taskFromName(task);
    const router::Plan plan = host->router().plan(req, ctx);
    m_lastOrder.clear();
    for (const router::Target &t : plan.usable())
        m_lastOrder << t.qualified();
    QStringList parts;
    if (!plan.virtualModel.isEmpty())
        parts << tr("virtual model %1").arg(plan.virtualModel);
    if (!plan.route.isEmpty())
        parts << tr("route %1 (%2)").arg(plan.route, router::strategyName(plan.strategy));
    else if (!plan.error)
        parts << tr("direct");
    if (!plan.rule.isEmpty())
        parts << tr("chosen by %1").arg(plan.rule);
    if (plan.taskKnown)
        parts << tr("task %1%2").arg(router::taskName(plan.task), plan.taskGuessed ? tr(" (guessed)") : QString());
    parts << tr("about %1 input tokens").arg(plan.estimatedInputTokens);
    QString summary = parts.join(QStringLiteral(" · "));
    if (plan.error)
        summary = tr("No target: %1").arg(plan.error->message);
    else
        summary = tr("Goes to %1 — %2").arg(m_lastOrder.value(0), summary);
    m_planSummary->setText(summary);
    m_plan->setRowCount(0);
    int usable = 0;
    for (const router::Candidate &c : plan.candidates) {
        const int row = m_plan->rowCount();
        m_plan->insertRow(row);
        m_plan->setItem(row, 0, cell(c.skipped.isEmpty() ? QString::number(++usable) : QStringLiteral("–")));
        m_plan->setItem(row, 1, cell(c.target.qualified()));
        m_plan->setItem(row, 2, cell(c.estimatedCostUsd < 0 ? tr("unknown") : formatCost(c.estimatedCostUsd)));
        QString why = c.skipped.isEmpty() ? (usable == 1 ? tr("first choice") : tr("fallback")) : tr("skipped: %1").arg(c.skipped);
        if (c.skipped.isEmpty() && c.trial) // not a choice on its merits: the circuit lets one call through to see if it recovered
            why = tr("trial call: circuit half-open after %n failure(s), one call may test it", nullptr, c.failures);
        else if (c.skipped.isEmpty() && !c.demoted.isEmpty())
            why = tr("demoted: %1").arg(demotionText(c.demoted));
        if (c.ttftMs)
            why += tr(" · TTFT %1 ms").arg(std::round(*c.ttftMs));
        m_plan->setItem(row, 3, cell(why));
        m_plan->item(row, 3)->setToolTip(why); // a long reason runs past the table's edge
        if (!c.skipped.isEmpty()) {
            for (int col = 0; col < 4; ++col)
                m_plan->item(row, col)->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    m_plan->resizeColumnsToContents();
}

void RoutingPage::refreshHealth()
{
    if (!m_context.engine() || !isVisible())
        return;
    const QList<HealthTracker::Snapshot> list = m_context.engine()->health().snapshots();
    m_health->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const auto &s = list.at(i);
        m_health->setItem(i, 0, cell(s.target));
        m_health->setItem(i, 1, cell(breakerName(s.breaker)));
        m_health->setItem(i, 2, cell(s.ttftMs ? tr("%1 ms").arg(std::round(*s.ttftMs)) : tr("–")));
        m_health->setItem(i, 3, cell(s.latencyMs ? tr("%1 ms").arg(std::round(*s.latencyMs)) : tr("–")));
        // the counts and their own share; the weighted recent rate the router uses is a different number
        // ("76% (4 of 4)" read as a contradiction), so it goes in the tooltip, named
        const double share = s.calls > 0 ? double(s.failures) / double(s.calls) : 0;
        m_health->setItem(i, 4, cell(tr("%1 of %2 failed (%3%)").arg(s.failures).arg(s.calls).arg(std::round(share * 100))));
        m_health->item(i, 4)->setToolTip(
            tr("Recent error rate, weighted towards the latest calls (what routing uses): %1%").arg(std::round(s.errorRate * 100)));
        m_health->setItem(i, 5, cell(QString::number(s.inFlight)));
        // the target's SLO as the Monitor's evaluator last saw it: error budget left and the fastest burn
        const monitor::MonitorService *service = m_context.monitorService();
        const std::optional<monitor::SloStatus> slo = service ? service->sloStatusFor(monitor::Scope::ofModel(s.target)) : std::nullopt;
        if (slo && slo->budgetRemaining) {
            const double burn = std::max(slo->burn1h.rate.value_or(0), slo->burn6h.rate.value_or(0));
            m_health->setItem(i, 6,
                              cell(tr("%1: %2% of the error budget left, burning %3x")
                                       .arg(slo->slo.name)
                                       .arg(std::round(*slo->budgetRemaining * 100))
                                       .arg(formatNumber(burn, 1))));
            m_health->item(i, 6)->setToolTip(slo->slo.describe());
            if (slo->display() == monitor::RuleDisplay::Firing)
                m_health->item(i, 6)->setForeground(ThemeManager::errorColor());
            if (!s.demotedBy.isEmpty()) {
                m_health->item(i, 6)->setText(tr("%1 · demoted in routing").arg(m_health->item(i, 6)->text()));
                m_health->item(i, 6)->setToolTip(slo->slo.describe() + QLatin1Char('\n') + demotionText(s.demotedBy));
            }
        } else {
            m_health->setItem(i, 6, cell(slo ? tr("%1: no calls yet").arg(slo->slo.name) : tr("–")));
        }
        if (s.breaker != HealthTracker::Breaker::Closed)
            m_health->item(i, 1)->setForeground(ThemeManager::errorColor());
    }
    m_health->resizeColumnsToContents();
}

int RoutingPage::healthRows() const
{
    return m_health->rowCount();
}

} // namespace sb::ui

namespace sb::ui {

void RoutingPage::refreshCalls()
{
    const std::shared_ptr<engine::Engine> engine = m_context.engine();
    if (!engine || m_loadingCalls)
        return;
    // the flush waits for the ledger's writer and the query may wait on its lock: not on this thread
    m_loadingCalls = true;
    using Page = std::shared_ptr<Expected<usage::CallPage>>;
    async::runThenCallback(
        this,
        [engine] {
            (void)engine->ledger().flush(); // what was just recorded, too
            const QDate today = QDateTime::currentDateTimeUtc().date();
            return std::make_shared<Expected<usage::CallPage>>(
                usage::UsageQueries(engine->database()).calls(usage::Filter::days(today.addDays(-30), today.addDays(1)), 100));
        },
        [this](Page page) {
            m_loadingCalls = false;
            showCalls(*page);
            Q_EMIT callsRefreshed();
        });
}

void RoutingPage::showCalls(const Expected<usage::CallPage> &page)
{
    m_calls->setRowCount(0);
    m_traces.clear();
    if (!page) {
        m_trace->setPlainText(page.error().message);
        return;
    }
    for (const usage::CallRow &row : page->rows) {
        const usage::CallRecord &c = row.call;
        const int r = m_calls->rowCount();
        m_calls->insertRow(r);
        m_calls->setItem(r, 0, cell(QDateTime::fromMSecsSinceEpoch(c.startedAtMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_calls->setItem(
            r, 1, cell(c.sourceKey.isEmpty() ? usage::sourceName(c.source) : usage::sourceName(c.source) + QStringLiteral(" · ") + c.sourceKey));
        m_calls->setItem(r, 2, cell(c.trace.value(QLatin1String("requested")).toString()));
        m_calls->setItem(r, 3, cell(c.provider + QLatin1Char('/') + c.model));
        m_calls->setItem(r, 4, cell(QString::number(c.attempt)));
        m_calls->setItem(r, 5, cell(c.status == usage::CallStatus::Ok ? tr("ok") : c.errorKind));
        m_calls->setItem(r, 6, cell(tr("%1 ms").arg(c.latencyMs)));
        if (c.status != usage::CallStatus::Ok)
            m_calls->item(r, 5)->setForeground(ThemeManager::errorColor());
        m_traces << c.trace;
    }
    m_calls->resizeColumnsToContents();
    if (m_calls->rowCount() > 0)
        m_calls->selectRow(0);
}

int RoutingPage::callRows() const
{
    return m_calls->rowCount();
}

void RoutingPage::showTrace(int row)
{
    if (row < 0 || row >= m_traces.size()) {
        m_trace->clear();
        return;
    }
    // the timeline to read, then the stored trace itself for anyone who needs a field it leaves out
    m_trace->setPlainText(readableRoutingTrace(m_traces.at(row)) + QStringLiteral("\n\n")
                          + QString::fromUtf8(QJsonDocument(m_traces.at(row)).toJson(QJsonDocument::Indented)));
}

QString RoutingPage::traceText() const
{
    return m_trace->toPlainText();
}

} // namespace sb::ui
