#include "routingform.h"

#include "theme.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace sb::ui {

using router::Route;
using router::Rule;
using router::Strategy;
using router::Target;
using router::Task;
using router::VirtualModel;

namespace {

const QString kVm = QStringLiteral("vm:");
const QString kRoute = QStringLiteral("route:");

// Drag reorders targets; the form reads the new order back once the drop is done.
class TargetTree final : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    std::function<void()> onReordered;

protected:
    void dropEvent(QDropEvent *event) override
    {
        QTreeWidget::dropEvent(event);
        if (onReordered)
            onReordered();
    }
};

QToolButton *smallButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    return b;
}

QString needsText(const QStringList &needs)
{
    return needs.isEmpty() ? RoutingForm::tr("any") : needs.join(QStringLiteral(", "));
}

} // namespace

RoutingForm::RoutingForm(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("routingFormBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(ThemeManager::errorStyleSheet());
    m_blocked->hide();
    outer->addWidget(m_blocked);

    auto *pickRow = new QHBoxLayout;
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("routingFormPicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(8);
    auto *editLabel = new QLabel(tr("&Edit:"), this);
    editLabel->setBuddy(m_picker);
    m_add = new QToolButton(this);
    m_add->setText(tr("&New"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_add);
    addMenu->addAction(tr("Virtual model"), this, &RoutingForm::addVirtualModel);
    addMenu->addAction(tr("Route"), this, &RoutingForm::addRoute);
    m_add->setMenu(addMenu);
    m_remove = new QPushButton(tr("&Delete"), this);
    pickRow->addWidget(editLabel);
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_add);
    pickRow->addWidget(m_remove);
    outer->addLayout(pickRow);

    m_stack = new QStackedWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    outer->addWidget(scroll, 1);

    // --- nothing yet
    m_empty = new QLabel(tr("No virtual models or routes yet. Use New to add a route (the models to try, in order) "
                            "and then a virtual model (the name clients ask for)."),
                         m_stack);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_empty);

    // --- route
    auto *routePage = new QWidget(m_stack);
    auto *routeForm = new QFormLayout(routePage);
    routeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    routeForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // narrow windows and long German labels
    m_routeName = new QLineEdit(routePage);
    m_routeName->setObjectName(QStringLiteral("routeName"));
    routeForm->addRow(tr("Na&me:"), m_routeName);
    m_routeDescription = new QLineEdit(routePage);
    routeForm->addRow(tr("Descri&ption:"), m_routeDescription);
    m_strategy = new QComboBox(routePage);
    m_strategy->setObjectName(QStringLiteral("routeStrategy"));
    m_strategy->addItem(tr("Fallback: in order, the next on failure"), QStringLiteral("fallback"));
    m_strategy->addItem(tr("Weighted: shares by weight"), QStringLiteral("weighted"));
    m_strategy->addItem(tr("Fastest first token"), QStringLiteral("latency"));
    m_strategy->addItem(tr("Cheapest"), QStringLiteral("cost"));
    m_strategy->addItem(tr("Least busy"), QStringLiteral("least_busy"));
    routeForm->addRow(tr("&Strategy:"), m_strategy);
    auto *targetsBox = new QWidget(routePage);
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    auto *tree = new TargetTree(targetsBox);
    m_targets = tree;
    m_targets->setObjectName(QStringLiteral("routeTargets"));
    m_targets->setColumnCount(2);
    m_targets->setHeaderLabels({tr("Model"), tr("Weight")});
    m_targets->setRootIsDecorated(false);
    m_targets->setDragDropMode(QAbstractItemView::InternalMove);
    m_targets->setDefaultDropAction(Qt::MoveAction);
    m_targets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_targets->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_targets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_targets->header()->setStretchLastSection(false);
    m_targets->setMinimumHeight(110);
    m_targets->setToolTip(tr("Drag to reorder: the order is the fallback order. Double-click a weight to change it."));
    auto *treeRow = new QHBoxLayout;
    treeRow->addWidget(m_targets, 1);
    auto *targetButtons = new QVBoxLayout;
    treeRow->addLayout(targetButtons);
    targetsLayout->addLayout(treeRow);
    auto *targetRow = new QHBoxLayout;
    m_targetModel = new QComboBox(targetsBox);
    m_targetModel->setObjectName(QStringLiteral("routeTargetModel"));
    m_targetModel->setEditable(true);
    m_targetModel->setInsertPolicy(QComboBox::NoInsert);
    m_targetModel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targetModel->setMinimumContentsLength(12);
    m_addTarget = new QPushButton(tr("Add &target"), targetsBox);
    m_targetUp = smallButton(QStringLiteral("↑"), tr("Move up (earlier in the fallback order)"), targetsBox);
    m_targetDown = smallButton(QStringLiteral("↓"), tr("Move down"), targetsBox);
    m_targetRemove = smallButton(QStringLiteral("✕"), tr("Remove the target"), targetsBox);
    targetRow->addWidget(m_targetModel, 1);
    targetRow->addWidget(m_addTarget);
    targetButtons->addWidget(m_targetUp);
    targetButtons->addWidget(m_targetDown);
    targetButtons->addWidget(m_targetRemove);
    targetButtons->addStretch();
    targetsLayout->addLayout(targetRow);
    // the lists span the form's width: beside a label column they were too narrow to read
    routeForm->addRow(new QLabel(tr("Targets:"), routePage));
    routeForm->addRow(targetsBox);
    m_retries = new QSpinBox(routePage);
    m_retries->setRange(0, 10);
    m_retries->setToolTip(tr("Extra attempts on the same target after a retryable error (rate limit, overload, timeout)"));
    routeForm->addRow(tr("&Retries:"), m_retries);
    m_backoff = new QSpinBox(routePage);
    m_backoff->setRange(0, 60000);
    m_backoff->setSingleStep(50);
    m_backoff->setSuffix(tr(" ms"));
    m_backoff->setToolTip(tr("The first wait before a retry; it doubles with each retry"));
    routeForm->addRow(tr("&Backoff:"), m_backoff);
    m_maxRetryAfter = new QSpinBox(routePage);
    m_maxRetryAfter->setRange(0, 600000);
    m_maxRetryAfter->setSingleStep(1000);
    m_maxRetryAfter->setSuffix(tr(" ms"));
    m_maxRetryAfter->setToolTip(tr("A provider asking to wait longer than this (Retry-After) fails over instead"));
    routeForm->addRow(tr("Longest &wait:"), m_maxRetryAfter);
    m_stack->addWidget(routePage);

    // --- virtual model
    auto *vmPage = new QWidget(m_stack);
    auto *vmForm = new QFormLayout(vmPage);
    vmForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    vmForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_vmName = new QLineEdit(vmPage);
    m_vmName->setObjectName(QStringLiteral("virtualModelName"));
    vmForm->addRow(tr("Na&me:"), m_vmName);
    m_vmDescription = new QLineEdit(vmPage);
    vmForm->addRow(tr("Descri&ption:"), m_vmDescription);
    m_vmRoute = new QComboBox(vmPage);
    m_vmRoute->setObjectName(QStringLiteral("virtualModelRoute"));
    m_vmRoute->setToolTip(tr("The route used when no rule matches"));
    vmForm->addRow(tr("&Default route:"), m_vmRoute);
    m_maxCost = new QDoubleSpinBox(vmPage);
    m_maxCost->setObjectName(QStringLiteral("virtualModelMaxCost"));
    m_maxCost->setRange(0, 1000);
    m_maxCost->setDecimals(4);
    m_maxCost->setSingleStep(0.01);
    m_maxCost->setPrefix(QStringLiteral("$"));
    m_maxCost->setSpecialValueText(tr("no ceiling"));
    m_maxCost->setToolTip(tr("Skip targets estimated to cost more than this per call"));
    vmForm->addRow(tr("&Cost ceiling per call:"), m_maxCost);
    m_latencyBudget = new QSpinBox(vmPage);
    m_latencyBudget->setObjectName(QStringLiteral("virtualModelLatency"));
    m_latencyBudget->setRange(0, 600000);
    m_latencyBudget->setSingleStep(100);
    m_latencyBudget->setSuffix(tr(" ms"));
    m_latencyBudget->setSpecialValueText(tr("no budget"));
    m_latencyBudget->setToolTip(tr("Skip targets whose recent time to first token is slower than this"));
    vmForm->addRow(tr("&Latency budget:"), m_latencyBudget);
    m_hostedTools = new QComboBox(vmPage);
    m_hostedTools->setObjectName(QStringLiteral("virtualModelHostedTools"));
    m_hostedTools->addItem(tr("Leave out, and say so in a header"), false);
    m_hostedTools->addItem(tr("Refuse the request"), true);
    m_hostedTools->setToolTip(tr("Provider-run tools a client asks for (web search, code interpreter, file search) that the chosen "
                                 "model's API cannot run. Refusing skips such targets and, when none is left, answers 400 naming the tool."));
    vmForm->addRow(tr("&Hosted tools it cannot run:"), m_hostedTools);
    m_knowledge = new QLineEdit(vmPage);
    m_knowledge->setObjectName(QStringLiteral("virtualModelKnowledge"));
    m_knowledge->setPlaceholderText(tr("none (e.g. handbook, contracts)"));
    m_knowledge->setToolTip(tr("Knowledge base collections, separated by commas: every request through this model gets the best "
                               "passages from them as numbered sources in its system prompt, whichever API the client speaks"));
    vmForm->addRow(tr("&Knowledge collections:"), m_knowledge);
    m_knowledgeTopK = new QSpinBox(vmPage);
    m_knowledgeTopK->setObjectName(QStringLiteral("virtualModelKnowledgeTopK"));
    m_knowledgeTopK->setRange(0, 50);
    m_knowledgeTopK->setSpecialValueText(tr("default (5)"));
    m_knowledgeTopK->setToolTip(tr("How many passages a request gets at most (they also have to fit the token budget, knowledgeTokens)"));
    vmForm->addRow(tr("Knowledge &passages:"), m_knowledgeTopK);
    auto *rulesBox = new QWidget(vmPage);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    m_rules = new QTableWidget(0, 4, rulesBox);
    m_rules->setObjectName(QStringLiteral("virtualModelRules"));
    m_rules->setHorizontalHeaderLabels({tr("Task"), tr("Needs"), tr("Min. tokens"), tr("Route")});
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rules->setMinimumHeight(110);
    m_rules->setToolTip(tr("Rules are tried from the top; the first that matches picks the route."));
    rulesLayout->addWidget(m_rules);
    auto *ruleRow = new QHBoxLayout;
    auto *addRuleButton = new QPushButton(tr("Add r&ule"), rulesBox);
    m_ruleUp = smallButton(QStringLiteral("↑"), tr("Move the rule up (tried earlier)"), rulesBox);
    m_ruleDown = smallButton(QStringLiteral("↓"), tr("Move the rule down"), rulesBox);
    m_ruleRemove = smallButton(QStringLiteral("✕"), tr("Remove the rule"), rulesBox);
    ruleRow->addWidget(addRuleButton);
    ruleRow->addStretch();
    ruleRow->addWidget(m_ruleUp);
    ruleRow->addWidget(m_ruleDown);
    ruleRow->addWidget(m_ruleRemove);
    rulesLayout->addLayout(ruleRow);
    vmForm->addRow(new QLabel(tr("Rules:"), vmPage));
    vmForm->addRow(rulesBox);
    m_stack->addWidget(vmPage);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] { showCurrent(); });
    connect(m_remove, &QPushButton::clicked, this, &RoutingForm::removeCurrent);
    // route fields
    connect(m_routeName, &QLineEdit::editingFinished, this, [this] {
        Route *r = currentRoute();
        const QString name = m_routeName->text().trimmed();
        if (m_filling || !r || name == r->name)
            return;
        renameRoute(QString(r->name), name); // a copy: renaming changes r->name
        rebuildPicker(kRoute + name);
        commit();
    });
    for (QLineEdit *e : {m_routeDescription})
        connect(e, &QLineEdit::textEdited, this, [this] { readRouteFields(); });
    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] { readRouteFields(); });
    for (QSpinBox *s : {m_retries, m_backoff, m_maxRetryAfter})
        connect(s, &QSpinBox::valueChanged, this, [this] { readRouteFields(); });
    // after the drop has finished: reading back rebuilds the items the view is still handling
    tree->onReordered = [this] {
        QMetaObject::invokeMethod(
            this, [this] { readTargets(); }, Qt::QueuedConnection);
    };
    connect(m_targets, &QTreeWidget::itemChanged, this, [this] { readTargets(); });
    connect(m_addTarget, &QPushButton::clicked, this, [this] { addTarget(m_targetModel->currentText().trimmed()); });
    connect(m_targetModel->lineEdit(), &QLineEdit::returnPressed, this, [this] { addTarget(m_targetModel->currentText().trimmed()); });
    connect(m_targetUp, &QToolButton::clicked, this, [this] {
        const int row = m_targets->indexOfTopLevelItem(m_targets->currentItem());
        moveTarget(row, row - 1);
    });
    connect(m_targetDown, &QToolButton::clicked, this, [this] {
        const int row = m_targets->indexOfTopLevelItem(m_targets->currentItem());
        moveTarget(row, row + 1);
    });
    connect(m_targetRemove, &QToolButton::clicked, this, [this] { removeTarget(m_targets->indexOfTopLevelItem(m_targets->currentItem())); });
    // virtual model fields
    connect(m_vmName, &QLineEdit::editingFinished, this, [this] {
        VirtualModel *vm = currentVirtualModel();
        const QString name = m_vmName->text().trimmed();
        if (m_filling || !vm || name == vm->name)
            return;
        vm->name = name;
        rebuildPicker(kVm + name);
        commit();
    });
    connect(m_vmDescription, &QLineEdit::textEdited, this, [this] { readVirtualModelFields(); });
    connect(m_vmRoute, &QComboBox::currentIndexChanged, this, [this] { readVirtualModelFields(); });
    connect(m_maxCost, &QDoubleSpinBox::valueChanged, this, [this] { readVirtualModelFields(); });
    connect(m_latencyBudget, &QSpinBox::valueChanged, this, [this] { readVirtualModelFields(); });
    connect(m_hostedTools, &QComboBox::currentIndexChanged, this, [this] { readVirtualModelFields(); });
    connect(m_knowledge, &QLineEdit::textEdited, this, [this] { readVirtualModelFields(); });
    connect(m_knowledgeTopK, &QSpinBox::valueChanged, this, [this] { readVirtualModelFields(); });
    connect(addRuleButton, &QPushButton::clicked, this, &RoutingForm::addRule);
    connect(m_ruleUp, &QToolButton::clicked, this, [this] { moveRule(m_rules->currentRow(), m_rules->currentRow() - 1); });
    connect(m_ruleDown, &QToolButton::clicked, this, [this] { moveRule(m_rules->currentRow(), m_rules->currentRow() + 1); });
    connect(m_ruleRemove, &QToolButton::clicked, this, [this] { removeRule(m_rules->currentRow()); });

    rebuildPicker(QString());
}

RoutingForm::~RoutingForm() = default;

void RoutingForm::setConfig(const router::RoutingConfig &config)
{
    const QString keep = currentEntry();
    m_config = config;
    // the order on screen is the priority order: what Fallback tries first is on top
    for (Route &r : m_config.routes)
        std::stable_sort(r.targets.begin(), r.targets.end(), [](const Target &a, const Target &b) { return a.priority < b.priority; });
    rebuildPicker(keep);
}

void RoutingForm::setModels(const QStringList &qualifiedModels)
{
    m_models = qualifiedModels;
    const QString typed = m_targetModel->currentText();
    m_targetModel->clear();
    m_targetModel->addItems(m_models);
    m_targetModel->setCurrentText(typed.isEmpty() ? m_models.value(0) : typed);
}

void RoutingForm::setBlocked(const QString &reason)
{
    m_blocked->setText(reason.isEmpty() ? QString() : tr("The form shows the last version it could read. Fix the JSON first: %1").arg(reason));
    m_blocked->setVisible(!reason.isEmpty());
    m_picker->setEnabled(reason.isEmpty());
    m_add->setEnabled(reason.isEmpty());
    m_remove->setEnabled(reason.isEmpty() && !currentEntry().isEmpty());
    m_stack->setEnabled(reason.isEmpty());
}

QStringList RoutingForm::entries() const
{
    QStringList out;
    for (int i = 0; i < m_picker->count(); ++i)
        out << m_picker->itemData(i).toString();
    return out;
}

bool RoutingForm::select(const QString &entry)
{
    const int i = m_picker->findData(entry);
    if (i < 0)
        return false;
    m_picker->setCurrentIndex(i);
    return true;
}

QString RoutingForm::currentEntry() const
{
    return m_picker->currentData().toString();
}

void RoutingForm::rebuildPicker(const QString &keep)
{
    m_filling = true;
    m_picker->clear();
    for (const VirtualModel &vm : m_config.virtualModels)
        m_picker->addItem(tr("Virtual model: %1").arg(vm.name.isEmpty() ? tr("(unnamed)") : vm.name), QString(kVm + vm.name));
    for (const Route &r : m_config.routes)
        m_picker->addItem(tr("Route: %1").arg(r.name.isEmpty() ? tr("(unnamed)") : r.name), QString(kRoute + r.name));
    const int i = m_picker->findData(keep);
    m_picker->setCurrentIndex(i >= 0 ? i : (m_picker->count() > 0 ? 0 : -1));
    m_filling = false;
    showCurrent();
}

Route *RoutingForm::currentRoute()
{
    const QString e = currentEntry();
    if (!e.startsWith(kRoute))
        return nullptr;
    const QString name = e.mid(kRoute.size());
    for (Route &r : m_config.routes) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

VirtualModel *RoutingForm::currentVirtualModel()
{
    const QString e = currentEntry();
    if (!e.startsWith(kVm))
        return nullptr;
    const QString name = e.mid(kVm.size());
    for (VirtualModel &v : m_config.virtualModels) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

void RoutingForm::showCurrent()
{
    if (m_filling)
        return;
    m_remove->setEnabled(!currentEntry().isEmpty() && m_picker->isEnabled());
    if (const Route *r = currentRoute())
        showRoute(*r);
    else if (const VirtualModel *vm = currentVirtualModel())
        showVirtualModel(*vm);
    else
        m_stack->setCurrentWidget(m_empty);
}

void RoutingForm::showRoute(const Route &route)
{
    m_filling = true;
    m_routeName->setText(route.name);
    m_routeDescription->setText(route.description);
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(router::strategyName(route.strategy))));
    m_targets->clear();
    for (const Target &t : route.targets) {
        auto *item = new QTreeWidgetItem(m_targets, {t.qualified(), QString::number(t.weight)});
        item->setFlags((item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
        item->setData(0, Qt::UserRole, t.qualified());
        if (!m_models.isEmpty() && !m_models.contains(t.qualified()))
            item->setToolTip(0, tr("No enabled provider offers this model now"));
    }
    // weights only matter to the weighted strategy
    m_targets->setColumnHidden(1, route.strategy != Strategy::Weighted);
    m_retries->setValue(route.retries);
    m_backoff->setValue(route.backoffMs);
    m_maxRetryAfter->setValue(route.maxRetryAfterMs);
    m_stack->setCurrentIndex(1);
    m_filling = false;
}

void RoutingForm::showVirtualModel(const VirtualModel &vm)
{
    m_filling = true;
    m_vmName->setText(vm.name);
    m_vmDescription->setText(vm.description);
    m_vmRoute->clear();
    for (const Route &r : m_config.routes)
        m_vmRoute->addItem(r.name, r.name);
    if (!vm.route.isEmpty() && m_vmRoute->findData(vm.route) < 0)
        m_vmRoute->addItem(tr("%1 (no such route)").arg(vm.route), vm.route);
    m_vmRoute->setCurrentIndex(m_vmRoute->findData(vm.route));
    m_maxCost->setValue(vm.maxCostUsd.value_or(0));
    m_latencyBudget->setValue(vm.latencyBudgetMs.value_or(0));
    m_hostedTools->setCurrentIndex(vm.refuseHostedTools ? 1 : 0);
    m_knowledge->setText(vm.knowledge.join(QStringLiteral(", ")));
    m_knowledgeTopK->setValue(vm.knowledgeTopK.value_or(0));
    m_knowledgeTopK->setEnabled(!vm.knowledge.isEmpty());
    fillRules(vm);
    m_stack->setCurrentIndex(2);
    m_filling = false;
}

void RoutingForm::fillRules(const VirtualModel &vm)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_rules->setRowCount(0);
    for (int i = 0; i < vm.rules.size(); ++i) {
        const Rule &rule = vm.rules.at(i);
        m_rules->insertRow(i);
        auto *task = new QComboBox(m_rules);
        task->addItem(tr("any"), QString());
        for (Task t : {Task::General, Task::Summarize, Task::Code, Task::Reasoning, Task::Vision})
            task->addItem(router::taskName(t), router::taskName(t));
        task->setCurrentIndex(rule.task ? task->findData(router::taskName(*rule.task)) : 0);
        m_rules->setCellWidget(i, 0, task);
        auto *needs = new QToolButton(m_rules);
        needs->setPopupMode(QToolButton::InstantPopup);
        needs->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto *menu = new QMenu(needs);
        for (const char *cap : {"tools", "vision", "json", "reasoning"}) {
            QAction *a = menu->addAction(QLatin1String(cap));
            a->setCheckable(true);
            a->setChecked(rule.needs.contains(QLatin1String(cap)));
            connect(a, &QAction::toggled, this, [this] { readRules(); });
        }
        needs->setMenu(menu);
        needs->setText(needsText(rule.needs));
        m_rules->setCellWidget(i, 1, needs);
        auto *tokens = new QSpinBox(m_rules);
        tokens->setRange(0, 100000000);
        tokens->setSingleStep(1000);
        tokens->setSpecialValueText(tr("any size"));
        tokens->setToolTip(tr("Matches when the prompt is estimated at this many tokens or more"));
        tokens->setValue(int(std::min<qint64>(rule.minContextTokens.value_or(0), 100000000)));
        m_rules->setCellWidget(i, 2, tokens);
        auto *route = new QComboBox(m_rules);
        for (const Route &r : m_config.routes)
            route->addItem(r.name, r.name);
        if (!rule.route.isEmpty() && route->findData(rule.route) < 0)
            route->addItem(tr("%1 (no such route)").arg(rule.route), rule.route);
        route->setCurrentIndex(route->findData(rule.route));
        m_rules->setCellWidget(i, 3, route);
        connect(task, &QComboBox::currentIndexChanged, this, [this] { readRules(); });
        connect(tokens, &QSpinBox::valueChanged, this, [this] { readRules(); });
        connect(route, &QComboBox::currentIndexChanged, this, [this] { readRules(); });
    }
    m_rules->resizeRowsToContents();
    m_filling = wasFilling;
}

void RoutingForm::readRouteFields()
{
    Route *r = currentRoute();
    if (m_filling || !r)
        return;
    r->description = m_routeDescription->text();
    r->strategy = router::strategyFromName(m_strategy->currentData().toString()).value_or(Strategy::Fallback);
    r->retries = m_retries->value();
    r->backoffMs = m_backoff->value();
    r->maxRetryAfterMs = m_maxRetryAfter->value();
    m_targets->setColumnHidden(1, r->strategy != Strategy::Weighted);
    commit();
}

void RoutingForm::readTargets()
{
    Route *r = currentRoute();
    if (m_filling || !r)
        return;
    QList<Target> targets;
    for (int i = 0; i < m_targets->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_targets->topLevelItem(i);
        // the model column is not edited in place: a changed name goes back to what it was
        const QString q = item->data(0, Qt::UserRole).toString();
        const qsizetype slash = q.indexOf(QLatin1Char('/'));
        Target t;
        t.provider = q.left(slash);
        t.model = q.mid(slash + 1);
        bool ok = false;
        t.weight = std::clamp(item->text(1).toInt(&ok), 0, 1000000);
        if (!ok)
            t.weight = 1;
        t.priority = i;
        targets << t;
    }
    r->targets = targets;
    showRoute(*r); // normalizes what was typed into the cells
    commit();
}

void RoutingForm::readVirtualModelFields()
{
    VirtualModel *vm = currentVirtualModel();
    if (m_filling || !vm)
        return;
    vm->description = m_vmDescription->text();
    vm->route = m_vmRoute->currentData().toString();
    vm->maxCostUsd = m_maxCost->value() > 0 ? std::optional<double>(m_maxCost->value()) : std::nullopt;
    vm->latencyBudgetMs = m_latencyBudget->value() > 0 ? std::optional<int>(m_latencyBudget->value()) : std::nullopt;
    vm->refuseHostedTools = m_hostedTools->currentData().toBool();
    QStringList collections;
    for (const QString &name : m_knowledge->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty() && !collections.contains(name.trimmed()))
            collections << name.trimmed();
    }
    vm->knowledge = collections;
    m_knowledgeTopK->setEnabled(!collections.isEmpty());
    // passages without collections would make the workspace invalid: they go with the collections
    vm->knowledgeTopK = !collections.isEmpty() && m_knowledgeTopK->value() > 0 ? std::optional<int>(m_knowledgeTopK->value()) : std::nullopt;
    if (collections.isEmpty())
        vm->knowledgeTokens.reset();
    commit();
}

void RoutingForm::readRules()
{
    VirtualModel *vm = currentVirtualModel();
    if (m_filling || !vm)
        return;
    QList<Rule> rules;
    for (int i = 0; i < m_rules->rowCount(); ++i) {
        Rule rule;
        const QString task = static_cast<QComboBox *>(m_rules->cellWidget(i, 0))->currentData().toString();
        if (!task.isEmpty())
            rule.task = router::taskFromName(task);
        auto *needs = static_cast<QToolButton *>(m_rules->cellWidget(i, 1));
        for (const QAction *a : needs->menu()->actions()) {
            if (a->isChecked())
                rule.needs << a->text();
        }
        needs->setText(needsText(rule.needs));
        const int tokens = static_cast<QSpinBox *>(m_rules->cellWidget(i, 2))->value();
        if (tokens > 0)
            rule.minContextTokens = tokens;
        rule.route = static_cast<QComboBox *>(m_rules->cellWidget(i, 3))->currentData().toString();
        rules << rule;
    }
    vm->rules = rules;
    commit();
}

void RoutingForm::commit()
{
    Q_EMIT changed();
}

QString RoutingForm::uniqueName(const QString &stem) const
{
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? stem : QStringLiteral("%1-%2").arg(stem).arg(n);
        if (!m_config.route(name) && !m_config.virtualModel(name))
            return name;
    }
}

void RoutingForm::renameRoute(const QString &from, const QString &to)
{
    for (Route &r : m_config.routes) {
        if (r.name == from)
            r.name = to;
    }
    // what pointed at the route follows it
    for (VirtualModel &vm : m_config.virtualModels) {
        if (vm.route == from)
            vm.route = to;
        for (Rule &rule : vm.rules) {
            if (rule.route == from)
                rule.route = to;
        }
    }
}

void RoutingForm::addVirtualModel()
{
    VirtualModel vm;
    vm.name = uniqueName(QStringLiteral("auto"));
    vm.route = m_config.routes.isEmpty() ? QString() : m_config.routes.first().name;
    m_config.virtualModels << vm;
    rebuildPicker(kVm + vm.name);
    m_vmName->setFocus();
    m_vmName->selectAll();
    commit();
}

void RoutingForm::addRoute()
{
    Route r;
    r.name = uniqueName(QStringLiteral("route"));
    m_config.routes << r;
    rebuildPicker(kRoute + r.name);
    m_routeName->setFocus();
    m_routeName->selectAll();
    commit();
}

void RoutingForm::removeCurrent()
{
    const QString e = currentEntry();
    if (e.startsWith(kRoute)) {
        const QString name = e.mid(kRoute.size());
        m_config.routes.removeIf([&](const Route &r) { return r.name == name; });
    } else if (e.startsWith(kVm)) {
        const QString name = e.mid(kVm.size());
        m_config.virtualModels.removeIf([&](const VirtualModel &v) { return v.name == name; });
    } else {
        return;
    }
    const int index = m_picker->currentIndex();
    rebuildPicker(QString());
    m_picker->setCurrentIndex(std::min(index, m_picker->count() - 1));
    commit();
}

void RoutingForm::addTarget(const QString &qualifiedModel)
{
    Route *r = currentRoute();
    const qsizetype slash = qualifiedModel.indexOf(QLatin1Char('/'));
    if (!r || slash <= 0 || slash == qualifiedModel.size() - 1)
        return;
    Target t;
    t.provider = qualifiedModel.left(slash);
    t.model = qualifiedModel.mid(slash + 1);
    t.priority = int(r->targets.size());
    r->targets << t;
    showRoute(*r);
    m_targets->setCurrentItem(m_targets->topLevelItem(m_targets->topLevelItemCount() - 1));
    commit();
}

void RoutingForm::moveTarget(int from, int to)
{
    Route *r = currentRoute();
    if (!r || from < 0 || to < 0 || from >= r->targets.size() || to >= r->targets.size() || from == to)
        return;
    r->targets.move(from, to);
    for (int i = 0; i < r->targets.size(); ++i)
        r->targets[i].priority = i;
    showRoute(*r);
    m_targets->setCurrentItem(m_targets->topLevelItem(to));
    commit();
}

void RoutingForm::removeTarget(int row)
{
    Route *r = currentRoute();
    if (!r || row < 0 || row >= r->targets.size())
        return;
    r->targets.removeAt(row);
    for (int i = 0; i < r->targets.size(); ++i)
        r->targets[i].priority = i;
    showRoute(*r);
    commit();
}

void RoutingForm::setTargetWeight(int row, int weight)
{
    if (row < 0 || row >= m_targets->topLevelItemCount())
        return;
    m_targets->topLevelItem(row)->setText(1, QString::number(weight)); // itemChanged reads it back
}

void RoutingForm::addRule()
{
    VirtualModel *vm = currentVirtualModel();
    if (!vm)
        return;
    Rule rule;
    rule.task = Task::Code; // a rule needs a condition; code is the commonest reason to route differently
    rule.route = vm->route;
    vm->rules << rule;
    fillRules(*vm);
    m_rules->selectRow(int(vm->rules.size()) - 1);
    commit();
}

void RoutingForm::moveRule(int from, int to)
{
    VirtualModel *vm = currentVirtualModel();
    if (!vm || from < 0 || to < 0 || from >= vm->rules.size() || to >= vm->rules.size() || from == to)
        return;
    vm->rules.move(from, to);
    fillRules(*vm);
    m_rules->selectRow(to);
    commit();
}

void RoutingForm::removeRule(int row)
{
    VirtualModel *vm = currentVirtualModel();
    if (!vm || row < 0 || row >= vm->rules.size())
        return;
    vm->rules.removeAt(row);
    fillRules(*vm);
    commit();
}

} // namespace sb::ui
