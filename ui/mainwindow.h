#pragma once

#include "dialogs/welcomedialog.h"
#include "updates/feed.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;
class QSystemTrayIcon;

namespace sb::usage {
class Ledger;
}
namespace sb::monitor {
class MonitorService;
}
namespace sb::proxy {
struct ProxyStatus;
}
namespace sb::updates {
class UpdateChecker;
class UpdateSchedule;
struct CheckResult;
} // namespace sb::updates

namespace sb::ui {

class AppContext;
class PlaygroundPage;
class ComparePage;
class TeamPage;
class KnowledgePage;
class MonitorPage;
class Prompts;
class ProvidersPage;
class ProxyPage;
class RoutingPage;
class SettingsDialog;
class UpdatesDialog;
class UpdatesSettingsPage;
class UsagePage;
class WorkflowPage;
class WorkspacePage;

// Sidebar of pages, the page stack, menus and the status bar. Pages register themselves here;
// only pages that work are added.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppContext &context, QSettings &settings, Prompts &prompts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the sidebar; id is stable (used to restore the last page).
    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    QStringList pageIds() const;
    QString currentPageId() const;
    // Every keyboard shortcut: keys, what it does, where (a page's title, or "" for everywhere);
    // Help > Keyboard Shortcuts shows them.
    struct ShortcutRow {
        QString keys;
        QString what;
        QString where;
    };
    QList<ShortcutRow> shortcuts() const;
    void showPage(const QString &id);
    // A file the app was started with (`switchboard FILE.json`, the installers' "Open with"): a
    // workspace file is imported after the usual question. A relative path is the current directory's.
    void openFile(const QString &path);

    PlaygroundPage *playgroundPage() const { return m_playgroundPage; }
    WorkspacePage *workspacePage() const { return m_workspacePage; }
    ProvidersPage *providersPage() const { return m_providersPage; }
    RoutingPage *routingPage() const { return m_routingPage; }
    ProxyPage *proxyPage() const { return m_proxyPage; }
    TeamPage *teamPage() const { return m_teamPage; }
    UsagePage *usagePage() const { return m_usagePage; }
    MonitorPage *monitorPage() const { return m_monitorPage; }
    ComparePage *comparePage() const { return m_comparePage; }
    KnowledgePage *knowledgePage() const { return m_knowledgePage; }
    WorkflowPage *workflowPage() const { return m_workflowPage; }

    // The first run's welcome (Help > Welcome): where it looks for keys and local servers (tests inject
    // theirs), the dialog while it is open, and offerWelcome(), which opens it once on a workspace
    // without providers unless it was finished or skipped before.
    void setWelcomeOptions(WelcomeDialog::Options options) { m_welcomeOptions = std::move(options); }
    WelcomeDialog *welcomeDialog() const { return m_welcome; }
    bool offerWelcome();

    // At start: shows the window, or, with the Settings' "start minimised to the tray", turns the local
    // proxy on and keeps the window hidden in the tray (shown after all when there is no tray).
    // Returns whether the window is shown.
    bool startUp();
    // What "Clear all local data" does once the keychain entries are gone and the clear is requested:
    // by default the application quits (app/gui/main.cpp then starts it again, and the new process
    // clears the files before it opens them). Tests record it instead.
    void setRestartHandler(std::function<void()> handler) { m_restart = std::move(handler); }
    // Removes the workspace's keychain entries, asks for the data directory to be cleared at the next
    // start and restarts (see localdata.h).
    void clearLocalData();

    // The release feed. startUpdateChecks() (app/gui/main.cpp, after startUp) turns the automatic check
    // on as Settings, Updates says (once a day at most, on the schedule's clock; off by default on a
    // managed install); a check that finds a version newer than the one skipped shows the updates
    // dialog (a tray message while the window is hidden). Help > Check for Updates and the Settings'
    // Check Now open the dialog over `over` (default: this window) and check at once.
    void startUpdateChecks();
    UpdatesDialog *checkForUpdates(const QUrl &feed = {}, QWidget *over = nullptr);
    UpdatesDialog *updatesDialog() const;
    updates::UpdateChecker *updateChecker() const { return m_updateChecker; }
    updates::UpdateSchedule *updateSchedule() const { return m_updateSchedule; }
    const updates::ManagedInstall &managedInstall() const { return m_managed; }
    void setManagedInstall(const updates::ManagedInstall &managed) { m_managed = managed; }
    // The Settings dialog's Updates section, as openSettings adds it.
    UpdatesSettingsPage *addUpdatesSection(SettingsDialog &dialog);

public Q_SLOTS:
    void openWelcome();
    void openSettings();
    // the settings that apply without a restart (besides the theme): the send key of the prompts, the
    // default models, the answer fonts and the history retention
    void applyPreferences();
    void openAbout();
    void openShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildTray();
    void updateStatus();
    void showFiringCount(int firing);
    void showProxyStatus(const proxy::ProxyStatus &status);
    void watchLedger(usage::Ledger &ledger);
    void watchAlerts(monitor::MonitorService &service);
    void applyUpdateSchedule();
    UpdatesDialog *updatesDialogOver(QWidget *parent); // the one open (moved under `parent`), or a new one
    void checkAutomatically();
    void recordUpdateCheck(const updates::CheckResult &result, bool byHand);

    AppContext &m_context;
    QSettings &m_settings;
    Prompts &m_prompts;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QLabel *m_proxyLabel = nullptr; // the local proxy's state, when the app has one
    QLabel *m_ledgerLabel = nullptr; // shown while the usage ledger cannot write (calls are refused)
    QStringList m_ids;
    PlaygroundPage *m_playgroundPage = nullptr;
    WorkspacePage *m_workspacePage = nullptr;
    ProvidersPage *m_providersPage = nullptr;
    RoutingPage *m_routingPage = nullptr;
    ProxyPage *m_proxyPage = nullptr;
    TeamPage *m_teamPage = nullptr;
    UsagePage *m_usagePage = nullptr;
    MonitorPage *m_monitorPage = nullptr;
    ComparePage *m_comparePage = nullptr;
    KnowledgePage *m_knowledgePage = nullptr;
    WorkflowPage *m_workflowPage = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    WelcomeDialog::Options m_welcomeOptions;
    QPointer<WelcomeDialog> m_welcome;
    std::function<void()> m_restart;
    QString m_budgetMessage; // the budget alert in the status bar, cleared when no budget is over its limit
    updates::ManagedInstall m_managed;
    updates::UpdateChecker *m_updateChecker = nullptr;
    updates::UpdateSchedule *m_updateSchedule = nullptr;
    QPointer<UpdatesDialog> m_updatesDialog;
    bool m_updateChecksStarted = false;
};

} // namespace sb::ui
