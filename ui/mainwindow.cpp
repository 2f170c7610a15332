#include "mainwindow.h"

#include "appcontext.h"
#include "appsettings.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/networksettingspage.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/updatesdialog.h"
#include "dialogs/updatessettingspage.h"
#include "engine/engine.h"
#include "i18n.h"
#include "localdata.h"
#include "pages/comparepage.h"
#include "pages/knowledgepage.h"
#include "pages/monitorpage.h"
#include "pages/playground/composer.h"
#include "pages/playgroundpage.h"
#include "pages/providerspage.h"
#include "pages/proxypage.h"
#include "pages/routingpage.h"
#include "pages/teampage.h"
#include "pages/usagepage.h"
#include "pages/workflowpage.h"
#include "pages/workspacepage.h"
#include "prompts.h"
#include "proxy/proxyserver.h"
#include "router/router.h"
#include "theme.h"
#include "updates/updatechecker.h"
#include "usage/ledger.h"
#include "widgets/markdownview.h"
#include "widgets/modelpicker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sb::ui {

MainWindow::MainWindow(AppContext &context, QSettings &settings, Prompts &prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(settings)
    , m_prompts(prompts)
{
    setWindowTitle(tr("Switchboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    resize(1100, 720);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_stack = new QStackedWidget(central);
    // Settings at the foot of the sidebar, where a new user looks for them (also File > Settings, Ctrl+,)
    auto *side = new QWidget(central);
    side->setFixedWidth(190);
    side->setAutoFillBackground(true);
    side->setBackgroundRole(QPalette::Base);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 6);
    sideLayout->setSpacing(0);
    sideLayout->addWidget(m_sidebar, 1);
    auto *settingsButton = new QPushButton(QIcon(QStringLiteral(":/icons/settings.svg")), tr("Settings…"), side);
    settingsButton->setObjectName(QStringLiteral("sidebarSettings"));
    settingsButton->setFlat(true);
    settingsButton->setIconSize(QSize(20, 20));
    settingsButton->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 6px 8px; }"));
    settingsButton->setToolTip(tr("Theme, language and data directory (Ctrl+,)"));
    connect(settingsButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    sideLayout->addWidget(settingsButton);
    layout->addWidget(side);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_workspaceLabel = new QLabel(this);
    m_keychainLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_keychainLabel);
    if (const auto engine = m_context.engine())
        watchLedger(engine->ledger());
    if (proxy::ProxyServer *server = m_context.proxyServer()) {
        m_proxyLabel = new QLabel(this);
        m_proxyLabel->setObjectName(QStringLiteral("proxyStatusLabel"));
        statusBar()->insertPermanentWidget(0, m_proxyLabel);
        connect(server, &proxy::ProxyServer::statusChanged, this, &MainWindow::showProxyStatus);
        showProxyStatus(server->status());
    }

    if (m_context.routerHost()) {
        // the page people live in comes first
        m_playgroundPage = new PlaygroundPage(m_context, m_prompts, this);
        addPage(QStringLiteral("playground"), tr("Playground"), QIcon(QStringLiteral(":/icons/playground.svg")), m_playgroundPage);
        connect(m_playgroundPage, &PlaygroundPage::openPageRequested, this, &MainWindow::showPage);
        connect(m_playgroundPage, &PlaygroundPage::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        m_comparePage = new ComparePage(m_context, m_prompts, this);
        addPage(QStringLiteral("compare"), tr("Compare"), QIcon(QStringLiteral(":/icons/compare.svg")), m_comparePage);
        m_knowledgePage = new KnowledgePage(m_context, m_prompts, this);
        addPage(QStringLiteral("knowledge"), tr("Knowledge"), QIcon(QStringLiteral(":/icons/knowledge.svg")), m_knowledgePage);
        m_workflowPage = new WorkflowPage(m_context, m_prompts, this);
        addPage(QStringLiteral("workflows"), tr("Workflows"), QIcon(QStringLiteral(":/icons/workflows.svg")), m_workflowPage);
        connect(m_workflowPage, &WorkflowPage::compareStepRequested, this, [this](const StepComparison &c) {
            showPage(QStringLiteral("compare"));
            m_comparePage->compareInput(tr("The input of step %1 of %2").arg(c.step, c.workflow), c.system, c.user, c.parameters, c.models);
        });
    }
    m_providersPage = new ProvidersPage(m_context, m_prompts, this);
    addPage(QStringLiteral("providers"), tr("Providers"), QIcon(QStringLiteral(":/icons/providers.svg")), m_providersPage);
    if (m_context.routerHost()) {
        m_routingPage = new RoutingPage(m_context, m_prompts, this);
        addPage(QStringLiteral("routing"), tr("Routing"), QIcon(QStringLiteral(":/icons/routing.svg")), m_routingPage);
    }
    if (m_context.engine()) {
        m_usagePage = new UsagePage(m_context, m_prompts, this);
        addPage(QStringLiteral("usage"), tr("Usage"), QIcon(QStringLiteral(":/icons/usage.svg")), m_usagePage);
        connect(m_usagePage, &UsagePage::budgetAlert, this, [this](const QString &message) {
            m_budgetMessage = message;
            statusBar()->showMessage(message, 30000);
            if (m_tray)
                m_tray->showMessage(tr("Budget"), message, QSystemTrayIcon::Warning);
        });
        connect(m_usagePage, &UsagePage::budgetAlertCleared, this, [this] {
            if (!m_budgetMessage.isEmpty() && statusBar()->currentMessage() == m_budgetMessage)
                statusBar()->clearMessage();
            m_budgetMessage.clear();
        });
    }
    if (m_context.engine() && m_context.monitorService()) {
        m_monitorPage = new MonitorPage(m_context, m_prompts, this);
        addPage(QStringLiteral("monitor"), tr("Monitor"), QIcon(QStringLiteral(":/icons/monitor.svg")), m_monitorPage);
        watchAlerts(*m_context.monitorService());
        // a point of the team's chart: its calls stay on the team server, the Usage page has their days
        connect(m_monitorPage, &MonitorPage::teamUsageRequested, this,
                [this](bool mine, const QString &member, const QString &provider, const QString &model, QDate from, QDate toInclusive) {
                    if (!m_usagePage)
                        return;
                    m_usagePage->setScope(mine ? UsagePage::Scope::Mine : UsagePage::Scope::Team);
                    if (!mine)
                        m_usagePage->setMemberFilter(member);
                    m_usagePage->setCustomRange(from, toInclusive);
                    m_usagePage->setProviderFilter(provider);
                    m_usagePage->setModelFilter(model);
                    showPage(QStringLiteral("usage"));
                });
    }
    if (m_context.proxyServer()) {
        m_proxyPage = new ProxyPage(m_context, m_prompts, *m_context.proxyServer(), this);
        addPage(QStringLiteral("proxy"), tr("Proxy"), QIcon(QStringLiteral(":/icons/proxy.svg")), m_proxyPage);
    }
    // the team server's admin page: listed only while the workspace has a team server provider
    m_teamPage = new TeamPage(m_context, m_prompts, this);
    addPage(QStringLiteral("team"), tr("Team"), QIcon(QStringLiteral(":/icons/team.svg")), m_teamPage);
    const int teamRow = m_sidebar->count() - 1;
    m_sidebar->setRowHidden(teamRow, !m_teamPage->hasTeamServer());
    connect(m_teamPage, &TeamPage::availabilityChanged, m_sidebar, [this, teamRow](bool on) { m_sidebar->setRowHidden(teamRow, !on); });
    m_workspacePage = new WorkspacePage(m_context, m_prompts, this);
    addPage(QStringLiteral("workspace"), tr("Workspace"), QIcon(QStringLiteral(":/icons/workspace.svg")), m_workspacePage);
    connect(m_workspacePage, &WorkspacePage::keychainChecked, this, [this](bool ok, const QString &message) {
        m_keychainLabel->setText(ok ? tr("Keychain: available") : tr("Keychain: not available"));
        m_keychainLabel->setToolTip(ok ? QString() : message);
        if (!ok)
            statusBar()->showMessage(tr("No system keychain: provider keys can still be referenced as env:VAR."), 10000);
    });
    connect(&m_context, &AppContext::workspaceChanged, this, &MainWindow::updateStatus);

    // the release feed: a check reads it through the workspace's network settings; a managed install
    // (packaging/README.md) leaves the automatic check off unless the user turns it on
    {
        const QSettings system(QSettings::SystemScope, QCoreApplication::organizationName(), QCoreApplication::applicationName());
        m_managed = updates::managedInstall(QProcessEnvironment::systemEnvironment(), &system);
    }
    m_updateChecker = new updates::UpdateChecker(*new QNetworkAccessManager(this), m_context.secrets(), this);
    m_updateSchedule = new updates::UpdateSchedule({}, this);
    connect(m_updateSchedule, &updates::UpdateSchedule::due, this, &MainWindow::checkAutomatically);
    connect(m_updateSchedule, &updates::UpdateSchedule::lastCheckChanged, this,
            [this](const QDateTime &time) { AppSettings(m_settings).set(AppSettings::Key::UpdateLastCheck, time); });

    buildMenus();
    buildTray();
    updateStatus();
    applyPreferences();

    AppSettings prefs(m_settings);
    restoreGeometry(prefs.get(AppSettings::Key::WindowGeometry).toByteArray());
    const QString last = prefs.get(AppSettings::Key::LastPage).toString();
    showPage(m_ids.contains(last) ? last : m_ids.value(0));
}

MainWindow::~MainWindow()
{
    // while every page is whole: storing the runs waits in an event loop, which must not deliver
    // events to pages already half destroyed
    if (m_workflowPage)
        m_workflowPage->storeRuns();
}

void MainWindow::addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 36));
    m_stack->addWidget(page);
    m_ids << id;
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
}

QStringList MainWindow::pageIds() const
{
    return m_ids;
}

QString MainWindow::currentPageId() const
{
    return m_ids.value(m_sidebar->currentRow());
}

void MainWindow::showPage(const QString &id)
{
    // "page/section" opens a part of a page: "usage/budgets" is the Budgets tab
    const QString page = id.section(QLatin1Char('/'), 0, 0);
    const QString section = id.section(QLatin1Char('/'), 1);
    const auto index = m_ids.indexOf(page);
    if (index >= 0)
        m_sidebar->setCurrentRow(int(index));
    if (page == QLatin1String("usage") && section == QLatin1String("budgets") && m_usagePage)
        m_usagePage->showBudgets();
}

void MainWindow::openFile(const QString &path)
{
    showPage(QStringLiteral("workspace"));
    m_workspacePage->importWorkspaceFile(QFileInfo(path).absoluteFilePath());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(tr("&Import Workspace…"), m_workspacePage, &WorkspacePage::importWorkspace);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *exportAction = file->addAction(tr("&Export Workspace…"), m_workspacePage, &WorkspacePage::exportWorkspace);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_ids.size() && i < 9; ++i) {
        QAction *a = view->addAction(m_sidebar->item(i)->text());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString id = m_ids.at(i);
        connect(a, &QAction::triggered, this, [this, id] { showPage(id); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *welcome = help->addAction(tr("&Welcome and Setup…"), this, &MainWindow::openWelcome);
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    QAction *updatesAction = help->addAction(tr("Check for &Updates…"), this, [this] { checkForUpdates(); });
    updatesAction->setObjectName(QStringLiteral("checkUpdatesAction"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::openShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    // the README beside the program (an installed copy, or the source tree of a build)
    const QStringList readmes{QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/switchboard/README.md"),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/../../README.md")};
    for (const QString &candidate : readmes) {
        if (QFileInfo::exists(candidate)) {
            const QUrl readme = QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath());
            help->addAction(tr("&Read the README"), this, [readme] { QDesktopServices::openUrl(readme); });
            break;
        }
    }
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Switchboard"), this, &MainWindow::openAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildTray()
{
    if (!m_proxyPage || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    QAction *toggle = menu->addAction(tr("Local proxy"));
    toggle->setCheckable(true);
    toggle->setChecked(m_proxyPage->isOn());
    connect(toggle, &QAction::toggled, m_proxyPage, [this](bool on) { m_proxyPage->setProxyEnabled(on); });
    connect(m_proxyPage, &ProxyPage::runningChanged, toggle, [toggle](bool on) {
        const QSignalBlocker block(toggle);
        toggle->setChecked(on);
    });
    menu->addSeparator();
    menu->addAction(tr("Show Switchboard"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    m_tray->setToolTip(tr("Switchboard"));
    m_tray->show();
}

// Alerts of the SLOs and monitors: the Monitor page's sidebar entry carries the number firing (not
// muted) as a badge, and each alert raised or resolved is a desktop notification through the tray.
void MainWindow::watchAlerts(monitor::MonitorService &service)
{
    showFiringCount(service.firingCount());
    connect(&service, &monitor::MonitorService::firingCountChanged, this, &MainWindow::showFiringCount);
    const auto raised = [this](const monitor::Alert &alert) {
        statusBar()->showMessage(tr("Alert: %1").arg(alert.message), 30000);
        if (m_tray)
            m_tray->showMessage(tr("Alert: %1").arg(alert.name), alert.message, QSystemTrayIcon::Warning);
    };
    const auto resolved = [this](const monitor::Alert &alert) {
        if (m_tray)
            m_tray->showMessage(tr("Resolved: %1").arg(alert.name), alert.message, QSystemTrayIcon::Information);
    };
    connect(&service, &monitor::MonitorService::alertRaised, this, raised);
    connect(&service, &monitor::MonitorService::alertResolved, this, resolved);
    // the quality canaries' drop alerts (recorded when a run ends): told the same way, and the badge
    // counts them at an evaluation now
    if (monitor::CanaryService *canaries = m_context.canaryService()) {
        connect(canaries, &monitor::CanaryService::alertRaised, this, raised);
        connect(canaries, &monitor::CanaryService::alertResolved, this, resolved);
        connect(canaries, &monitor::CanaryService::runFinished, &service, [&service] { service.evaluateNow(); });
    }
}

void MainWindow::showFiringCount(int firing)
{
    if (QListWidgetItem *item = m_sidebar->item(int(m_ids.indexOf(QStringLiteral("monitor")))))
        item->setText(firing > 0 ? tr("Monitor (%1)").arg(firing) : tr("Monitor"));
}

void MainWindow::showProxyStatus(const proxy::ProxyStatus &s)
{
    switch (s.state) {
    case proxy::ProxyStatus::State::Listening: m_proxyLabel->setText(tr("Proxy: on, %1").arg(s.address)); break;
    case proxy::ProxyStatus::State::Failed: m_proxyLabel->setText(tr("Proxy: failed")); break;
    case proxy::ProxyStatus::State::Stopped: m_proxyLabel->setText(tr("Proxy: off")); break;
    }
    m_proxyLabel->setToolTip(s.error);
}

// A new language (Settings): the texts set once follow by themselves (i18n.cpp); these carry numbers
// or names and are written again.
void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    updateStatus();
    if (m_proxyLabel && m_context.proxyServer())
        showProxyStatus(m_context.proxyServer()->status());
    if (m_monitorPage && m_context.monitorService())
        showFiringCount(m_context.monitorService()->firingCount());
    if (m_tray)
        m_tray->setToolTip(tr("Switchboard"));
}

// While the usage ledger cannot write (a full disk, a read-only file, a lock held by another program),
// every call is refused, the app's and the proxy's: the status bar says so, with the ledger's reason
// and what to do in the tooltip, until writing resumes by itself.
void MainWindow::watchLedger(usage::Ledger &ledger)
{
    m_ledgerLabel = new QLabel(tr("Calls refused: the usage ledger cannot be written"), this);
    m_ledgerLabel->setObjectName(QStringLiteral("ledgerStatusLabel"));
    m_ledgerLabel->setStyleSheet(ThemeManager::errorStyleSheet() + QStringLiteral(" font-weight: bold;"));
    m_ledgerLabel->hide();
    statusBar()->insertPermanentWidget(0, m_ledgerLabel);
    const auto failed = [this](const Error &error) {
        const bool news = m_ledgerLabel->isHidden();
        m_ledgerLabel->setToolTip(error.message);
        m_ledgerLabel->show();
        if (news && m_tray)
            m_tray->showMessage(tr("Usage ledger"), error.message, QSystemTrayIcon::Critical);
    };
    connect(&ledger, &usage::Ledger::writeFailed, this, failed);
    connect(&ledger, &usage::Ledger::writeRecovered, this, [this] {
        if (m_ledgerLabel->isHidden())
            return;
        m_ledgerLabel->hide();
        statusBar()->showMessage(tr("The usage ledger is written again: calls go through."), 10000);
    });
    if (const std::optional<Error> error = ledger.writeError())
        failed(*error);
}

void MainWindow::updateStatus()
{
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_context.workspace().name));
}

bool MainWindow::offerWelcome()
{
    if (!m_context.workspace().providers.isEmpty() || AppSettings(m_settings).get(AppSettings::Key::WelcomeDone).toBool())
        return false;
    openWelcome();
    return true;
}

void MainWindow::openWelcome()
{
    if (m_welcome) {
        m_welcome->raise();
        m_welcome->activateWindow();
        return;
    }
    m_welcome = new WelcomeDialog(m_context, m_welcomeOptions, this);
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &QDialog::finished, this, [this](int result) {
        // finished or skipped, the welcome does not come back by itself (Help > Welcome does)
        AppSettings(m_settings).set(AppSettings::Key::WelcomeDone, true);
        if (result != QDialog::Accepted || !m_welcome)
            return;
        showPage(m_welcome->nextPage());
        if (m_welcome->nextPage() == QLatin1String("playground") && m_playgroundPage) {
            const QString model = m_welcome->modelFor(m_playgroundPage->modelPicker()->models());
            if (!model.isEmpty())
                m_playgroundPage->setModel(model);
        }
    });
    m_welcome->open();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_prompts, this, m_context.dataDirectory());
    if (m_context.routerHost())
        dialog.setModels(m_context.routerHost()->router().offeredModels());
    auto *network = new NetworkSettingsPage(m_context, &dialog);
    dialog.addSection(tr("Network"), network, [network] { return network->apply(); });
    connect(network, &NetworkSettingsPage::passwordStored, &dialog, &SettingsDialog::accept); // OK goes on
    addUpdatesSection(dialog);
    const QString language = AppSettings(m_settings).language();
    if (dialog.exec() == QDialog::Accepted && dialog.clearDataRequested()) {
        clearLocalData();
    } else if (dialog.result() == QDialog::Accepted) {
        AppSettings prefs(m_settings);
        ThemeManager::apply(prefs.theme());
        if (prefs.language() != language)
            installTranslations(prefs.language()); // every window follows on QEvent::LanguageChange
        applyPreferences();
        applyUpdateSchedule();
        if (dialog.restartNeeded())
            statusBar()->showMessage(tr("Restart Switchboard to use the new data directory."), 15000);
    }
}

void MainWindow::applyPreferences()
{
    const AppSettings prefs(m_settings);
    const QList<Composer *> composers = findChildren<Composer *>();
    for (Composer *composer : composers)
        composer->setCtrlEnterSends(prefs.ctrlEnterSends());
    MarkdownView::setFonts(prefs.answerFont(), prefs.codeFont());
    if (m_playgroundPage) {
        m_playgroundPage->setDefaultModel(prefs.defaultModel());
        m_playgroundPage->setHistoryRetention(prefs.historyDays());
    }
    if (m_comparePage) {
        m_comparePage->setCtrlEnterSends(prefs.ctrlEnterSends());
        m_comparePage->setDefaultModels(prefs.compareModels());
    }
}

bool MainWindow::startUp()
{
    const AppSettings prefs(m_settings);
    if (prefs.startInTray() && m_proxyPage) {
        m_proxyPage->setProxyEnabled(true);
        if (m_tray)
            return false;
    }
    show();
    return true;
}

void MainWindow::clearLocalData()
{
    // the keychain first: once the workspace file is gone nothing says which entries were ours
    QStringList kept;
    for (const QString &entry : localdata::keychainEntries(m_context.workspace())) {
        if (const Expected<void> removed = m_context.secrets()->remove(entry); !removed)
            kept << QStringLiteral("%1: %2").arg(entry, removed.error().message);
    }
    if (!kept.isEmpty()
        && !m_prompts.confirm(this, tr("Clear all local data"),
                              tr("These keychain entries could not be removed:\n\n%1\n\nClear the rest anyway? Remove them with your "
                                 "system's keychain tool later.")
                                  .arg(kept.join(QLatin1Char('\n')))))
        return;
    localdata::request(m_settings, m_context.dataDirectory());
    if (m_restart)
        m_restart();
    else
        QCoreApplication::quit();
}

UpdatesSettingsPage *MainWindow::addUpdatesSection(SettingsDialog &dialog)
{
    auto *page = new UpdatesSettingsPage(m_settings, m_managed, &dialog);
    dialog.addSection(tr("Updates"), page, [page] { return page->apply(); });
    connect(page, &UpdatesSettingsPage::checkNowRequested, this, [this, page, &dialog](const QUrl &feed) {
        UpdatesDialog *updates = checkForUpdates(feed, &dialog);
        connect(updates, &UpdatesDialog::checked, page, &UpdatesSettingsPage::refresh); // after it is recorded
    });
    return page;
}

void MainWindow::startUpdateChecks()
{
    m_updateChecksStarted = true;
    m_updateSchedule->setLastCheck(AppSettings(m_settings).get(AppSettings::Key::UpdateLastCheck).toDateTime());
    applyUpdateSchedule();
}

void MainWindow::applyUpdateSchedule()
{
    if (m_updateChecksStarted)
        m_updateSchedule->setEnabled(AppSettings(m_settings).checkUpdatesAutomatically(m_managed.managed));
}

UpdatesDialog *MainWindow::updatesDialog() const
{
    return m_updatesDialog;
}

UpdatesDialog *MainWindow::updatesDialogOver(QWidget *parent)
{
    if (m_updatesDialog && m_updatesDialog->parentWidget() != parent)
        delete m_updatesDialog.data(); // (over the Settings dialog, which is modal, or over this window)
    if (!m_updatesDialog) {
        m_updatesDialog = new UpdatesDialog(*m_updateChecker, m_context, m_settings, parent);
        m_updatesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_updatesDialog, &UpdatesDialog::checked, this, [this](const updates::CheckResult &r) { recordUpdateCheck(r, true); });
    }
    m_updatesDialog->show();
    m_updatesDialog->raise();
    m_updatesDialog->activateWindow();
    return m_updatesDialog;
}

UpdatesDialog *MainWindow::checkForUpdates(const QUrl &feed, QWidget *over)
{
    UpdatesDialog *dialog = updatesDialogOver(over ? over : this);
    dialog->check(feed);
    return dialog;
}

void MainWindow::checkAutomatically()
{
    if (m_updateChecker->isChecking())
        return; // one by hand runs: it tells what it finds
    const QUrl feed = AppSettings(m_settings).updateFeedUrl();
    if (feed.isEmpty())
        return; // no feed built in and none set: nothing to ask, and no error worth recording each day
    m_updateChecker->check(feed, m_context.workspace(), [this](const updates::CheckResult &result) {
        recordUpdateCheck(result, false);
        if (!result.feed)
            return; // said in Settings, Updates; not worth a window
        const AppSettings prefs(m_settings);
        const QList<updates::Release> newer = updates::newerReleases(*result.feed, updates::runningVersion(),
                                                                     prefs.get(AppSettings::Key::UpdatePrereleases).toBool());
        const auto skipped = updates::Version::parse(prefs.get(AppSettings::Key::UpdateSkipped).toString());
        if (newer.isEmpty() || (skipped && !(*skipped < newer.first().version)))
            return;
        if (!isVisible() && m_tray) {
            m_tray->showMessage(tr("Switchboard %1 is out").arg(newer.first().version.toString()),
                                tr("See what is new under Help, Check for Updates."), QSystemTrayIcon::Information);
            return;
        }
        updatesDialogOver(m_updatesDialog ? m_updatesDialog->parentWidget() : this)->showResult(result);
    });
}

void MainWindow::recordUpdateCheck(const updates::CheckResult &result, bool byHand)
{
    if (byHand)
        m_updateSchedule->recordCheck(); // the automatic check waits a day after it
    AppSettings prefs(m_settings);
    QString found;
    if (!result.feed) {
        found = tr("It failed: %1").arg(result.feed.error().message);
    } else {
        const QList<updates::Release> newer = updates::newerReleases(*result.feed, updates::runningVersion(),
                                                                     prefs.get(AppSettings::Key::UpdatePrereleases).toBool());
        found = newer.isEmpty() ? tr("No newer version.") : tr("Switchboard %1 is out.").arg(newer.first().version.toString());
    }
    prefs.set(AppSettings::Key::UpdateLastResult, found);
}

QList<MainWindow::ShortcutRow> MainWindow::shortcuts() const
{
    QList<ShortcutRow> rows;
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        for (QAction *a : menu->actions()) {
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts()) {
                if (!k.isEmpty()) // a standard key this platform has none for
                    keys << k.toString(QKeySequence::NativeText);
            }
            keys.removeDuplicates();
            if (keys.isEmpty())
                continue;
            rows.append({keys.join(QStringLiteral(", ")), QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")), QString()});
        }
    }
    for (int i = 0; i < m_stack->count(); ++i) {
        const QList<QShortcut *> list = m_stack->widget(i)->findChildren<QShortcut *>();
        for (QShortcut *s : list) {
            if (!s->whatsThis().isEmpty())
                rows.append({s->key().toString(QKeySequence::NativeText), s->whatsThis(), m_sidebar->item(i)->text()});
        }
    }
    return rows;
}

void MainWindow::openShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(0, 3, &dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const ShortcutRow &r : shortcuts()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(r.keys));
        table->setItem(row, 1, new QTableWidgetItem(r.what));
        table->setItem(row, 2, new QTableWidgetItem(r.where.isEmpty() ? tr("everywhere") : r.where));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(620, 480);
    dialog.exec();
}

void MainWindow::openAbout()
{
    AboutDialog dialog(m_context.dataDirectory(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings prefs(m_settings);
    prefs.set(AppSettings::Key::WindowGeometry, saveGeometry());
    prefs.set(AppSettings::Key::LastPage, currentPageId());
    event->accept();
}

} // namespace sb::ui
