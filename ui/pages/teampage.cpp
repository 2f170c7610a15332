#include "pages/teampage.h"

#include "appcontext.h"
#include "format.h"
#include "prompts.h"
#include "tablecells.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {

using team::Role;

namespace {

constexpr int kAuditRows = 200;
enum StackPage { Loading, Failed, Content };

QString roleText(Role role)
{
    switch (role) {
    case Role::Admin: return TeamPage::tr("Admin");
    case Role::Member: return TeamPage::tr("Member");
    case Role::Viewer: return TeamPage::tr("Viewer");
    }
    return {};
}

void fillRoles(QComboBox *box)
{
    for (Role r : {Role::Member, Role::Viewer, Role::Admin})
        box->addItem(roleText(r), int(r));
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat) : QString();
}

QString periodText(usage::Budget::Period period)
{
    return period == usage::Budget::Period::Daily ? TeamPage::tr("Daily") : TeamPage::tr("Monthly");
}

// A limit as the editor shows it: the number alone, the locale's way ("" when none).
QString limitText(std::optional<double> usd)
{
    return usd ? QLocale().toString(*usd, 'f', QLocale::FloatingPointShortest) : QString();
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

TeamPage::TeamPage(AppContext &context, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompts(prompts)
    , m_nam(new QNetworkAccessManager(this))
{
    buildUi();
    reloadServers();
    connect(&m_context, &AppContext::workspaceChanged, this, &TeamPage::reloadServers);
}

TeamPage::~TeamPage() = default;

void TeamPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Team server:"), this));
    m_server = new QComboBox(this);
    m_server->setToolTip(tr("The workspace's providers of kind Switchboard team server"));
    top->addWidget(m_server);
    m_serverName = new QLabel(this); // instead of the list when there is one server
    m_serverName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_serverName);
    top->addSpacing(16);
    m_who = new QLabel(this);
    m_who->setWordWrap(true);
    m_who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_who, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    top->addWidget(m_progress);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setToolTip(tr("Load members, keys, budgets and the audit log again from the team server"));
    top->addWidget(m_refresh);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    auto *loading = new QWidget(m_stack);
    auto *loadingLayout = new QVBoxLayout(loading);
    loadingLayout->addStretch();
    auto *loadingLabel = new QLabel(tr("Loading the team…"), loading);
    loadingLabel->setAlignment(Qt::AlignCenter);
    loadingLayout->addWidget(loadingLabel);
    auto *loadingBar = new QProgressBar(loading);
    loadingBar->setRange(0, 0);
    loadingBar->setTextVisible(false);
    loadingBar->setMaximumWidth(320);
    loadingLayout->addWidget(loadingBar, 0, Qt::AlignHCenter);
    loadingLayout->addStretch();
    m_stack->addWidget(loading);

    auto *failed = new QWidget(m_stack);
    auto *failedLayout = new QVBoxLayout(failed);
    failedLayout->addStretch();
    m_error = new QLabel(failed);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    failedLayout->addWidget(m_error);
    m_retry = new QPushButton(tr("Retry"), failed);
    failedLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    failedLayout->addStretch();
    m_stack->addWidget(failed);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_adminNote = new QLabel(content);
    m_adminNote->setWordWrap(true);
    contentLayout->addWidget(m_adminNote);

    // the new key's value: here once, until dismissed
    m_secretBox = new QWidget(content);
    auto *secretLayout = new QVBoxLayout(m_secretBox);
    auto *warning = new QLabel(tr("Copy the new key now: the server keeps only its hash, so it cannot be shown again. Give it to its member "
                                  "over a safe channel."),
                               m_secretBox);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("font-weight: bold;"));
    secretLayout->addWidget(warning);
    auto *secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(m_secretBox);
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    secretRow->addWidget(m_secret, 1);
    auto *copy = new QPushButton(tr("Copy"), m_secretBox);
    secretRow->addWidget(copy);
    auto *dismiss = new QPushButton(tr("I have copied it"), m_secretBox);
    secretRow->addWidget(dismiss);
    secretLayout->addLayout(secretRow);
    m_secretBox->setObjectName(QStringLiteral("teamSecretBox"));
    m_secretBox->setAttribute(Qt::WA_StyledBackground);
    m_secretBox->setStyleSheet(QStringLiteral("#teamSecretBox { border: 1px solid %1; border-radius: 4px; }").arg(ThemeManager::errorColor().name()));
    m_secretBox->hide();
    contentLayout->addWidget(m_secretBox);

    m_tabs = new QTabWidget(content);
    // members
    auto *membersTab = new QWidget(m_tabs);
    auto *membersLayout = new QVBoxLayout(membersTab);
    m_memberTable = makeTable({tr("Name"), tr("Role"), tr("Active keys"), tr("Added"), tr("Removed")}, membersTab);
    m_memberTable->setObjectName(QStringLiteral("teamMembers"));
    membersLayout->addWidget(m_memberTable, 1);
    auto *memberRow = new QHBoxLayout;
    m_newName = new QLineEdit(membersTab);
    m_newName->setPlaceholderText(tr("New member's name"));
    memberRow->addWidget(m_newName, 1);
    m_newRole = new QComboBox(membersTab);
    fillRoles(m_newRole);
    memberRow->addWidget(m_newRole);
    m_add = new QPushButton(tr("Add member"), membersTab);
    memberRow->addWidget(m_add);
    membersLayout->addLayout(memberRow);
    // what the selected member's buttons do, on a line of their own (a narrow window in German)
    memberRow = new QHBoxLayout;
    memberRow->addStretch();
    memberRow->addWidget(new QLabel(tr("Selected:"), membersTab));
    m_role = new QComboBox(membersTab);
    fillRoles(m_role);
    memberRow->addWidget(m_role);
    m_setRole = new QPushButton(tr("Change role"), membersTab);
    memberRow->addWidget(m_setRole);
    m_remove = new QPushButton(tr("Remove…"), membersTab);
    memberRow->addWidget(m_remove);
    membersLayout->addLayout(memberRow);
    m_tabs->addTab(membersTab, tr("Members"));

    // keys
    auto *keysTab = new QWidget(m_tabs);
    auto *keysLayout = new QVBoxLayout(keysTab);
    m_keyTable = makeTable({tr("Key"), tr("Member"), tr("Label"), tr("Requests/min"), tr("Created"), tr("State")}, keysTab);
    m_keyTable->setObjectName(QStringLiteral("teamKeys"));
    keysLayout->addWidget(m_keyTable, 1);
    m_showRevoked = new QCheckBox(tr("Show revoked"), keysTab);
    auto *keyRow = new QHBoxLayout;
    m_keyMember = new QComboBox(keysTab);
    m_keyMember->setToolTip(tr("The member the new key belongs to"));
    keyRow->addWidget(m_keyMember);
    m_keyLabel = new QLineEdit(keysTab);
    m_keyLabel->setPlaceholderText(tr("Label, e.g. laptop"));
    keyRow->addWidget(m_keyLabel, 1);
    m_keyRpm = new QSpinBox(keysTab);
    m_keyRpm->setRange(0, 100000);
    m_keyRpm->setSpecialValueText(tr("no limit"));
    m_keyRpm->setSuffix(tr(" per min"));
    m_keyRpm->setToolTip(tr("Requests per minute this key may make, on all of the team's servers together (0: no limit)"));
    keyRow->addWidget(m_keyRpm);
    m_create = new QPushButton(tr("Create key"), keysTab);
    keyRow->addWidget(m_create);
    keysLayout->addLayout(keyRow);
    keyRow = new QHBoxLayout;
    keyRow->addWidget(m_showRevoked);
    keyRow->addStretch();
    m_rotate = new QPushButton(tr("Rotate…"), keysTab);
    m_rotate->setToolTip(tr("A new key for the same member, label and limit; the selected one stops working at once"));
    keyRow->addWidget(m_rotate);
    m_revoke = new QPushButton(tr("Revoke…"), keysTab);
    keyRow->addWidget(m_revoke);
    keysLayout->addLayout(keyRow);
    m_tabs->addTab(keysTab, tr("Keys"));

    // budgets per member
    auto *budgetsTab = new QWidget(m_tabs);
    auto *budgetsLayout = new QVBoxLayout(budgetsTab);
    m_budgetTable = makeTable({tr("Member"), tr("Period"), tr("Soft limit"), tr("Hard limit"), tr("Spent"), tr("Reserved"), tr("Defined in")},
                              budgetsTab);
    m_budgetTable->setObjectName(QStringLiteral("teamBudgets"));
    m_budgetTable->horizontalHeaderItem(5)->setToolTip(tr("What the calls in flight may still cost: held against the hard limit until they end"));
    budgetsLayout->addWidget(m_budgetTable, 1);
    auto *budgetHelp = new QLabel(tr("A soft limit warns when the member's spend reaches it. A hard limit refuses their calls once the spend and "
                                     "the calls in flight could pass it, on all of the team's servers together. Leave a limit empty for none."),
                                  budgetsTab);
    budgetHelp->setWordWrap(true);
    budgetsLayout->addWidget(budgetHelp);
    auto *budgetRow = new QHBoxLayout;
    m_budgetMember = new QComboBox(budgetsTab);
    m_budgetMember->setToolTip(tr("The member the budget is for"));
    budgetRow->addWidget(m_budgetMember);
    m_budgetPeriod = new QComboBox(budgetsTab);
    for (auto period : {usage::Budget::Period::Daily, usage::Budget::Period::Monthly})
        m_budgetPeriod->addItem(periodText(period), int(period));
    m_budgetPeriod->setToolTip(tr("UTC days or UTC calendar months"));
    budgetRow->addWidget(m_budgetPeriod);
    budgetRow->addWidget(new QLabel(tr("Soft $"), budgetsTab));
    m_budgetSoft = new QLineEdit(budgetsTab);
    m_budgetSoft->setPlaceholderText(tr("none"));
    budgetRow->addWidget(m_budgetSoft, 1);
    budgetRow->addWidget(new QLabel(tr("Hard $"), budgetsTab));
    m_budgetHard = new QLineEdit(budgetsTab);
    m_budgetHard->setPlaceholderText(tr("none"));
    budgetRow->addWidget(m_budgetHard, 1);
    m_saveBudget = new QPushButton(tr("Save budget"), budgetsTab);
    m_saveBudget->setToolTip(tr("Sets the member's budget of this period, replacing the one they have"));
    budgetRow->addWidget(m_saveBudget);
    m_removeBudget = new QPushButton(tr("Remove…"), budgetsTab);
    m_removeBudget->setToolTip(tr("Removes the selected budget"));
    budgetRow->addWidget(m_removeBudget);
    budgetsLayout->addLayout(budgetRow);
    m_tabs->addTab(budgetsTab, tr("Budgets"));

    // audit log
    auto *auditTab = new QWidget(m_tabs);
    auto *auditLayout = new QVBoxLayout(auditTab);
    m_auditTable = makeTable({tr("Time"), tr("Who"), tr("Action"), tr("Target"), tr("Details")}, auditTab);
    auditLayout->addWidget(m_auditTable);
    m_tabs->addTab(auditTab, tr("Audit log"));
    contentLayout->addWidget(m_tabs, 1);

    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout->addWidget(m_status);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TeamPage::refresh);
    connect(m_retry, &QPushButton::clicked, this, &TeamPage::refresh);
    connect(m_server, &QComboBox::activated, this, [this] { selectServer(m_server->currentData().toString()); });
    connect(m_add, &QPushButton::clicked, this, [this] { addMember(m_newName->text().trimmed(), Role(m_newRole->currentData().toInt())); });
    connect(m_newName, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_setRole, &QPushButton::clicked, this, [this] { changeRole(selectedMember(), Role(m_role->currentData().toInt())); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeMember(selectedMember()); });
    connect(m_create, &QPushButton::clicked, this,
            [this] { createKey(m_keyMember->currentData().toString(), m_keyLabel->text().trimmed(), m_keyRpm->value()); });
    connect(m_rotate, &QPushButton::clicked, this, [this] { rotateKey(selectedKey()); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { revokeKey(selectedKey()); });
    connect(m_showRevoked, &QCheckBox::toggled, this, [this] { load(true); });
    connect(m_memberTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString name = selectedMember();
        for (const team::Member &m : std::as_const(m_members)) {
            if (m.name == name)
                m_role->setCurrentIndex(m_role->findData(int(m.role)));
        }
        setActionsEnabled();
    });
    connect(m_keyTable, &QTableWidget::itemSelectionChanged, this, &TeamPage::setActionsEnabled);
    connect(m_budgetTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const int i = selectedBudget(); i >= 0) {
            const usage::Budget &b = m_budgets.at(i).budget;
            selectBudget(b.target, b.period);
        }
        setActionsEnabled();
    });
    connect(m_saveBudget, &QPushButton::clicked, this, [this] {
        setBudget(m_budgetMember->currentData().toString(), usage::Budget::Period(m_budgetPeriod->currentData().toInt()), m_budgetSoft->text(),
                  m_budgetHard->text());
    });
    connect(m_removeBudget, &QPushButton::clicked, this, [this] {
        if (const int i = selectedBudget(); i >= 0)
            removeBudget(m_budgets.at(i).budget.target, m_budgets.at(i).budget.period);
    });
    connect(m_newName, &QLineEdit::textChanged, this, &TeamPage::setActionsEnabled);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secret->text());
        showStatus(tr("The key is on the clipboard."), false);
    });
    connect(dismiss, &QPushButton::clicked, this, &TeamPage::hideSecret);
}

bool TeamPage::hasTeamServer() const
{
    return m_server->count() > 0;
}

void TeamPage::reloadServers()
{
    const QString current = m_client ? m_client->provider().id : QString();
    const bool had = hasTeamServer();
    QStringList ids;
    m_server->clear();
    for (const ProviderConfig &p : m_context.workspace().providers) {
        if (p.kind == QLatin1String("switchboard") && p.enabled) {
            m_server->addItem(p.name.isEmpty() || p.name == p.id ? p.id : QStringLiteral("%1 (%2)").arg(p.name, p.id), p.id);
            ids << p.id;
        }
    }
    m_server->setVisible(m_server->count() > 1);
    m_serverName->setVisible(m_server->count() == 1);
    if (had != hasTeamServer())
        Q_EMIT availabilityChanged(hasTeamServer());
    const QString pick = ids.contains(current) ? current : ids.value(0);
    m_server->setCurrentIndex(m_server->findData(pick));
    // a changed provider (address, key) takes a new client
    selectServer(pick);
}

void TeamPage::selectServer(const QString &providerId)
{
    const ProviderConfig *config = m_context.workspace().provider(providerId);
    // the same provider behind the same network settings: the client (and its key) stays
    if (m_client && config && m_client->provider() == *config && m_client->workspace().network == m_context.workspace().network)
        return;
    delete m_client;
    m_identity.reset();
    m_members.clear();
    m_keys.clear();
    m_audit.clear();
    m_budgets.clear();
    m_loaded = false;
    hideSecret();
    if (!config) {
        m_who->clear();
        m_error->setText(tr("No team server in this workspace. Add a provider of kind \"Switchboard team server\" under Providers, with the "
                            "server's address and a member's key."));
        m_retry->hide();
        m_stack->setCurrentIndex(Failed);
        return;
    }
    m_server->setCurrentIndex(m_server->findData(providerId));
    m_serverName->setText(QStringLiteral("%1 — %2").arg(config->id, config->baseUrl));
    m_client = new team::TeamClient(m_context.workspace(), *config, m_context.secrets(), *m_nam, this);
    // no request (nor keychain prompt) before the page is opened
    m_loadWhenShown = !isVisible();
    if (!m_loadWhenShown)
        load(false);
}

void TeamPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_loadWhenShown, false))
        load(false);
}

void TeamPage::refresh()
{
    if (!m_client) {
        reloadServers();
        return;
    }
    load(!m_loaded);
}

void TeamPage::load(bool quiet)
{
    if (!m_client)
        return;
    const int generation = ++m_generation;
    m_failure.reset();
    m_pending = 1;
    m_progress->show();
    m_refresh->setEnabled(false);
    if (!quiet || !m_loaded)
        m_stack->setCurrentIndex(Loading);
    auto current = [this, generation] { return generation == m_generation; };
    m_client->me([this, current](const team::TeamResult<team::Identity> &me) {
        if (!current())
            return;
        if (!me) {
            m_failure = me.error();
            partLoaded();
            return;
        }
        m_identity = *me;
        if (me->role == Role::Admin) {
            // the lists only an admin may read, in parallel
            m_pending += 4;
            m_client->members(true, [this, current](const team::TeamResult<QList<team::Member>> &r) {
                if (!current())
                    return;
                if (r)
                    m_members = *r;
                else
                    m_failure = r.error();
                partLoaded();
            });
            m_client->keys({}, m_showRevoked->isChecked(), [this, current](const team::TeamResult<QList<team::KeyInfo>> &r) {
                if (!current())
                    return;
                if (r)
                    m_keys = *r;
                else
                    m_failure = r.error();
                partLoaded();
            });
            m_client->budgets([this, current](const team::TeamResult<QList<team::BudgetInfo>> &r) {
                if (!current())
                    return;
                if (r)
                    m_budgets = *r;
                else
                    m_failure = r.error();
                partLoaded();
            });
            m_client->audit(kAuditRows, [this, current](const team::TeamResult<QList<team::AuditEntry>> &r) {
                if (!current())
                    return;
                if (r)
                    m_audit = *r;
                else
                    m_failure = r.error();
                partLoaded();
            });
        } else {
            m_members.clear();
            m_keys.clear();
            m_audit.clear();
            m_budgets.clear();
        }
        partLoaded();
    });
}

void TeamPage::partLoaded()
{
    if (--m_pending > 0)
        return;
    m_progress->hide();
    m_refresh->setEnabled(true);
    if (m_failure) {
        m_loaded = false;
        showFailure(*m_failure);
    } else {
        m_loaded = true;
        applyIdentity();
        fillMembers();
        fillKeys();
        fillBudgets();
        fillAudit();
        setActionsEnabled();
        m_stack->setCurrentIndex(Content);
    }
    Q_EMIT loaded();
}

void TeamPage::showFailure(const team::TeamError &error)
{
    m_who->clear();
    m_error->setText(error.message);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, ThemeManager::errorColor());
    m_error->setPalette(p);
    m_retry->show();
    m_stack->setCurrentIndex(Failed);
}

void TeamPage::applyIdentity()
{
    if (!m_identity)
        return;
    m_who->setText(tr("You are <b>%1</b>, role: %2.").arg(m_identity->member.toHtmlEscaped(), roleText(m_identity->role)));
    const bool admin = m_identity->role == Role::Admin;
    m_adminNote->setVisible(!admin);
    m_adminNote->setText(admin ? QString()
                               : tr("Only the team's admins see and manage its members, keys and audit log. Ask an admin for a new key or "
                                    "another role."));
}

void TeamPage::fillMembers()
{
    const QString selected = selectedMember();
    m_memberTable->setRowCount(0);
    m_keyMember->clear();
    const QString budgetMember = m_budgetMember->currentData().toString();
    m_budgetMember->clear();
    for (const team::Member &m : std::as_const(m_members)) {
        const int row = m_memberTable->rowCount();
        m_memberTable->insertRow(row);
        m_memberTable->setItem(row, 0, readOnlyCell(m.name));
        m_memberTable->setItem(row, 1, readOnlyCell(roleText(m.role)));
        m_memberTable->setItem(row, 2, numberCell(QString::number(m.activeKeys)));
        m_memberTable->setItem(row, 3, readOnlyCell(timeText(m.createdAtMs)));
        m_memberTable->setItem(row, 4, readOnlyCell(m.removedAtMs ? timeText(*m.removedAtMs) : QString()));
        m_memberTable->item(row, 0)->setData(Qt::UserRole, m.name);
        if (m.removedAtMs) {
            for (int c = 0; c < m_memberTable->columnCount(); ++c)
                m_memberTable->item(row, c)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        } else {
            m_keyMember->addItem(m.name, m.name);
            m_budgetMember->addItem(m.name, m.name);
        }
        if (m.name == selected)
            m_memberTable->selectRow(row);
    }
    if (const int i = m_budgetMember->findData(budgetMember); i >= 0)
        m_budgetMember->setCurrentIndex(i);
    m_memberTable->resizeColumnsToContents();
}

void TeamPage::fillKeys()
{
    const QString selected = selectedKey();
    m_keyTable->setRowCount(0);
    for (const team::KeyInfo &k : std::as_const(m_keys)) {
        const int row = m_keyTable->rowCount();
        m_keyTable->insertRow(row);
        m_keyTable->setItem(row, 0, readOnlyCell(k.id));
        m_keyTable->setItem(row, 1, readOnlyCell(k.member));
        m_keyTable->setItem(row, 2, readOnlyCell(k.label));
        m_keyTable->setItem(row, 3, numberCell(k.requestsPerMinute > 0 ? QString::number(k.requestsPerMinute) : tr("no limit")));
        m_keyTable->setItem(row, 4, readOnlyCell(timeText(k.createdAtMs)));
        QString state = tr("active");
        if (k.revokedAtMs)
            state = k.replacedBy.isEmpty() ? tr("revoked %1").arg(timeText(*k.revokedAtMs)) : tr("rotated, now %1").arg(k.replacedBy);
        m_keyTable->setItem(row, 5, readOnlyCell(state));
        m_keyTable->item(row, 0)->setData(Qt::UserRole, k.id);
        m_keyTable->item(row, 0)->setData(Qt::UserRole + 1, k.revokedAtMs.has_value());
        if (k.revokedAtMs) {
            for (int c = 0; c < m_keyTable->columnCount(); ++c)
                m_keyTable->item(row, c)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (k.id == selected)
            m_keyTable->selectRow(row);
    }
    m_keyTable->resizeColumnsToContents();
}

void TeamPage::fillBudgets()
{
    const int selected = selectedBudget();
    const std::optional<usage::Budget> was = selected >= 0 ? std::optional(m_budgets.value(selected).budget) : std::nullopt;
    QSignalBlocker block(m_budgetTable);
    m_budgetTable->setRowCount(0);
    for (const team::BudgetInfo &b : std::as_const(m_budgets)) {
        const int row = m_budgetTable->rowCount();
        m_budgetTable->insertRow(row);
        const auto limit = [](std::optional<double> usd) { return usd ? formatCost(*usd) : TeamPage::tr("none"); };
        m_budgetTable->setItem(row, 0, readOnlyCell(b.budget.target));
        m_budgetTable->setItem(row, 1, readOnlyCell(periodText(b.budget.period)));
        m_budgetTable->setItem(row, 2, numberCell(limit(b.budget.softLimitUsd)));
        m_budgetTable->setItem(row, 3, numberCell(limit(b.budget.hardLimitUsd)));
        // the spend against the lower limit, so that a member near it stands out
        const std::optional<double> bound = b.budget.softLimitUsd ? b.budget.softLimitUsd : b.budget.hardLimitUsd;
        QString spent = formatCost(usage::nanoToUsd(b.spentNano));
        if (bound && *bound > 0)
            spent = QStringLiteral("%1 (%2)").arg(spent, formatPercent(usage::nanoToUsd(b.spentNano) / *bound, 0));
        m_budgetTable->setItem(row, 4, numberCell(spent));
        m_budgetTable->setItem(row, 5, numberCell(b.budget.hardLimitUsd ? formatCost(usage::nanoToUsd(b.reservedNano)) : QString()));
        m_budgetTable->setItem(row, 6, readOnlyCell(b.fromWorkspace ? tr("the server's workspace file") : tr("the team")));
        if (b.fromWorkspace) {
            m_budgetTable->item(row, 6)->setToolTip(
                tr("Set in the workspace file of the server that answered; change it there, or set the member's budget of this period here to "
                   "replace it on all of the team's servers."));
        }
        const bool over = (b.budget.hardLimitUsd && b.spentNano >= usage::usdToNano(*b.budget.hardLimitUsd))
            || (b.budget.softLimitUsd && b.spentNano >= usage::usdToNano(*b.budget.softLimitUsd));
        if (over)
            m_budgetTable->item(row, 4)->setForeground(ThemeManager::errorColor());
        if (was && *was == b.budget)
            m_budgetTable->selectRow(row);
    }
    m_budgetTable->resizeColumnsToContents();
}

void TeamPage::fillAudit()
{
    m_auditTable->setRowCount(0);
    for (const team::AuditEntry &e : std::as_const(m_audit)) {
        const int row = m_auditTable->rowCount();
        m_auditTable->insertRow(row);
        m_auditTable->setItem(row, 0, readOnlyCell(timeText(e.atMs)));
        m_auditTable->setItem(row, 1, readOnlyCell(e.actor));
        m_auditTable->setItem(row, 2, readOnlyCell(e.action));
        m_auditTable->setItem(row, 3, readOnlyCell(e.target));
        m_auditTable->setItem(row, 4, readOnlyCell(e.detail));
    }
    m_auditTable->resizeColumnsToContents();
}

void TeamPage::setActionsEnabled()
{
    const bool admin = m_identity && m_identity->role == Role::Admin && m_loaded;
    const QString why = m_identity && !admin ? tr("Only the team's admins can do this; your role is %1.").arg(roleText(m_identity->role)) : QString();
    bool memberActive = false;
    const QString member = selectedMember();
    for (const team::Member &m : std::as_const(m_members))
        memberActive |= m.name == member && !m.removedAtMs;
    const bool keyActive = !selectedKey().isEmpty() && m_keyTable->currentRow() >= 0
        && !m_keyTable->item(m_keyTable->currentRow(), 0)->data(Qt::UserRole + 1).toBool();
    const QList<std::pair<QWidget *, bool>> controls{
        {m_newName, admin},
        {m_newRole, admin},
        {m_add, admin && !m_newName->text().trimmed().isEmpty()},
        {m_role, admin && memberActive},
        {m_setRole, admin && memberActive},
        {m_remove, admin && memberActive},
        {m_keyMember, admin},
        {m_keyLabel, admin},
        {m_keyRpm, admin},
        {m_create, admin && m_keyMember->count() > 0},
        {m_rotate, admin && keyActive},
        {m_revoke, admin && keyActive},
        {m_showRevoked, admin},
        {m_budgetMember, admin},
        {m_budgetPeriod, admin},
        {m_budgetSoft, admin},
        {m_budgetHard, admin},
        {m_saveBudget, admin && m_budgetMember->count() > 0},
        {m_removeBudget, admin && selectedBudget() >= 0 && !m_budgets.at(selectedBudget()).fromWorkspace},
    };
    for (const auto &[widget, on] : controls) {
        widget->setEnabled(on);
        // the control's own tooltip, kept while a non-admin's replaces it
        if (!widget->property("sbOwnTip").isValid())
            widget->setProperty("sbOwnTip", widget->toolTip());
        widget->setToolTip(why.isEmpty() ? widget->property("sbOwnTip").toString() : why);
    }
}

void TeamPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? ThemeManager::errorColor() : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void TeamPage::showSecret(const team::NewKey &key)
{
    m_secret->setText(key.value);
    m_secretBox->show();
}

void TeamPage::hideSecret()
{
    m_secret->clear();
    m_secretBox->hide();
}

void TeamPage::changed(const team::TeamError *error, const QString &success)
{
    m_progress->hide();
    if (error) {
        showStatus(error->message, true);
        return;
    }
    showStatus(success, false);
    load(true);
}

void TeamPage::addMember(const QString &name, Role role)
{
    if (!m_client || name.isEmpty())
        return;
    m_progress->show();
    m_client->addMember(name, role, [this](const team::TeamResult<team::Member> &r) {
        if (r)
            m_newName->clear();
        changed(r ? nullptr : &r.error(), r ? tr("%1 joined the team, role: %2.").arg(r->name, roleText(r->role)) : QString());
    });
}

void TeamPage::changeRole(const QString &name, Role role)
{
    if (!m_client || name.isEmpty())
        return;
    m_progress->show();
    m_client->setRole(name, role, [this, name, role](const team::TeamResult<void> &r) {
        changed(r ? nullptr : &r.error(), tr("%1 now has the role %2.").arg(name, roleText(role)));
    });
}

void TeamPage::removeMember(const QString &name)
{
    if (!m_client || name.isEmpty())
        return;
    if (!m_prompts.confirm(this, tr("Remove member"),
                           tr("Remove %1 from the team? Their keys stop working at once; the ledger and the audit log keep their name.").arg(name)))
        return;
    m_progress->show();
    m_client->removeMember(
        name, [this, name](const team::TeamResult<void> &r) { changed(r ? nullptr : &r.error(), tr("%1 was removed from the team.").arg(name)); });
}

void TeamPage::createKey(const QString &member, const QString &label, int requestsPerMinute)
{
    if (!m_client || member.isEmpty())
        return;
    m_progress->show();
    m_client->createKey(member, label, requestsPerMinute, [this](const team::TeamResult<team::NewKey> &r) {
        if (r) {
            m_keyLabel->clear();
            showSecret(*r);
        }
        changed(r ? nullptr : &r.error(), r ? tr("Created key %1 for %2.").arg(r->info.id, r->info.member) : QString());
    });
}

void TeamPage::revokeKey(const QString &id)
{
    if (!m_client || id.isEmpty())
        return;
    if (!m_prompts.confirm(this, tr("Revoke key"),
                           tr("Revoke key %1? Every tool that uses it is refused from now on, on all of the team's servers.").arg(id)))
        return;
    m_progress->show();
    m_client->revokeKey(id, [this, id](const team::TeamResult<void> &r) { changed(r ? nullptr : &r.error(), tr("Key %1 is revoked.").arg(id)); });
}

void TeamPage::rotateKey(const QString &id)
{
    if (!m_client || id.isEmpty())
        return;
    if (!m_prompts.confirm(this, tr("Rotate key"),
                           tr("Replace key %1 with a new one? The old key stops working at once; its member needs the new one.").arg(id)))
        return;
    m_progress->show();
    m_client->rotateKey(id, [this, id](const team::TeamResult<team::NewKey> &r) {
        if (r)
            showSecret(*r);
        changed(r ? nullptr : &r.error(), r ? tr("Key %1 is replaced by %2.").arg(id, r->info.id) : QString());
    });
}

bool TeamPage::setBudget(const QString &member, usage::Budget::Period period, const QString &softText, const QString &hardText)
{
    if (!m_client || member.isEmpty())
        return false;
    bool softOk = false;
    bool hardOk = false;
    const std::optional<double> soft = parseMoney(softText, &softOk);
    const std::optional<double> hard = parseMoney(hardText, &hardOk);
    if (!softOk || !hardOk) {
        showStatus(tr("\"%1\" is not an amount in dollars: type a number like 12.50, or leave the limit empty.").arg(softOk ? hardText : softText),
                   true);
        return false;
    }
    if (!soft && !hard) {
        showStatus(tr("Type a soft limit, a hard limit or both. To take a budget away, select it and press Remove."), true);
        return false;
    }
    m_progress->show();
    m_client->setBudget(member, period, soft, hard, [this, member, period](const team::TeamResult<void> &r) {
        changed(r ? nullptr : &r.error(), tr("The budget of %1 (%2) is saved.").arg(member, periodText(period)));
    });
    return true;
}

void TeamPage::removeBudget(const QString &member, usage::Budget::Period period)
{
    if (!m_client || member.isEmpty())
        return;
    if (!m_prompts.confirm(this, tr("Remove budget"),
                           tr("Remove the budget of %1 (%2)? Their calls are no longer limited by it, on all of the team's servers.")
                               .arg(member, periodText(period))))
        return;
    m_progress->show();
    m_client->removeBudget(member, period, [this, member, period](const team::TeamResult<void> &r) {
        changed(r ? nullptr : &r.error(), tr("The budget of %1 (%2) is removed.").arg(member, periodText(period)));
    });
}

void TeamPage::selectBudget(const QString &member, usage::Budget::Period period)
{
    if (const int i = m_budgetMember->findData(member); i >= 0)
        m_budgetMember->setCurrentIndex(i);
    m_budgetPeriod->setCurrentIndex(m_budgetPeriod->findData(int(period)));
    std::optional<double> soft;
    std::optional<double> hard;
    for (const team::BudgetInfo &b : std::as_const(m_budgets)) {
        if (b.budget.target == member && b.budget.period == period) {
            soft = b.budget.softLimitUsd;
            hard = b.budget.hardLimitUsd;
        }
    }
    m_budgetSoft->setText(limitText(soft));
    m_budgetHard->setText(limitText(hard));
}

void TeamPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

int TeamPage::selectedBudget() const
{
    const int row = m_budgetTable->currentRow();
    return row >= 0 && row < m_budgets.size() && m_budgetTable->item(row, 0) && m_budgetTable->item(row, 0)->isSelected() ? row : -1;
}

QString TeamPage::selectedMember() const
{
    const int row = m_memberTable->currentRow();
    return row >= 0 && m_memberTable->item(row, 0) && m_memberTable->item(row, 0)->isSelected()
        ? m_memberTable->item(row, 0)->data(Qt::UserRole).toString()
        : QString();
}

QString TeamPage::selectedKey() const
{
    const int row = m_keyTable->currentRow();
    return row >= 0 && m_keyTable->item(row, 0) && m_keyTable->item(row, 0)->isSelected() ? m_keyTable->item(row, 0)->data(Qt::UserRole).toString()
                                                                                          : QString();
}

bool TeamPage::isBusy() const
{
    return m_progress->isVisible() || m_pending > 0;
}

bool TeamPage::isLoaded() const
{
    return m_loaded;
}

QString TeamPage::errorText() const
{
    return m_stack->currentIndex() == Failed ? m_error->text() : QString();
}

QString TeamPage::statusText() const
{
    return m_status->text();
}

QString TeamPage::shownSecret() const
{
    return m_secretBox->isVisible() || !m_secretBox->isHidden() ? m_secret->text() : QString();
}

} // namespace sb::ui
