#pragma once

#include "team/teamclient.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace sb::ui {

class AppContext;
class Prompts;

// The team server the desktop belongs to (a provider of kind `switchboard`): who you are there, and for
// the team's admins its members, their keys, their budgets and the audit log, through serve's admin API
// (team::TeamClient). Members and viewers see who they are; the admin controls stay visible but
// disabled, their tooltips saying why. A new key's value is shown once, with a copy button.
class TeamPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPage)

public:
    TeamPage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~TeamPage() override;

    // Whether the workspace has a team server (the main window shows the page only then).
    bool hasTeamServer() const;
    // Loads everything again from the selected team server.
    void refresh();
    // What the controls do (tests).
    void selectServer(const QString &providerId);
    void addMember(const QString &name, team::Role role);
    void changeRole(const QString &name, team::Role role);
    void removeMember(const QString &name); // asks first
    void createKey(const QString &member, const QString &label, int requestsPerMinute);
    void revokeKey(const QString &id); // asks first
    void rotateKey(const QString &id); // asks first
    // A member's budget of one period, limits as typed ("" = none); false (the reason in the status line)
    // when a limit is not an amount.
    bool setBudget(const QString &member, usage::Budget::Period period, const QString &softText, const QString &hardText);
    void removeBudget(const QString &member, usage::Budget::Period period); // asks first
    void selectBudget(const QString &member, usage::Budget::Period period); // fills the editor
    void showTab(int index); // 0 members, 1 keys, 2 budgets, 3 audit log
    bool isBusy() const;
    bool isLoaded() const; // the last refresh succeeded
    QString errorText() const; // the error shown instead of the content ("" when none)
    QString statusText() const; // the last action's outcome
    QString shownSecret() const; // the new key's value while it is shown
    QList<team::Member> members() const { return m_members; }
    QList<team::KeyInfo> keys() const { return m_keys; }
    QList<team::AuditEntry> audit() const { return m_audit; }
    QList<team::BudgetInfo> budgets() const { return m_budgets; }
    std::optional<team::Identity> identity() const { return m_identity; }

Q_SIGNALS:
    void availabilityChanged(bool hasTeamServer);
    void loaded(); // a refresh finished (successfully or not)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void reloadServers();
    void load(bool quiet);
    void partLoaded();
    void applyIdentity();
    void fillMembers();
    void fillKeys();
    void fillAudit();
    void fillBudgets();
    void setActionsEnabled();
    void showFailure(const team::TeamError &error);
    void showStatus(const QString &text, bool error);
    void showSecret(const team::NewKey &key);
    void hideSecret();
    // After a change: the status line, then everything loaded again (the audit log moved too).
    void changed(const team::TeamError *error, const QString &success);
    QString selectedMember() const;
    QString selectedKey() const;
    int selectedBudget() const; // index in m_budgets, or -1

    AppContext &m_context;
    Prompts &m_prompts;
    QNetworkAccessManager *m_nam;
    QPointer<team::TeamClient> m_client;
    std::optional<team::Identity> m_identity;
    QList<team::Member> m_members;
    QList<team::KeyInfo> m_keys;
    QList<team::AuditEntry> m_audit;
    QList<team::BudgetInfo> m_budgets;
    int m_pending = 0; // parts of a refresh still loading
    std::optional<team::TeamError> m_failure; // of the refresh under way
    bool m_loaded = false;
    bool m_loadWhenShown = false;
    int m_generation = 0; // answers of an older refresh (another server) are dropped

    QComboBox *m_server;
    QLabel *m_serverName;
    QLabel *m_who;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QStackedWidget *m_stack; // loading, error, content
    QLabel *m_error;
    QPushButton *m_retry;
    QLabel *m_status;
    QWidget *m_secretBox;
    QLineEdit *m_secret;
    QTabWidget *m_tabs;
    QTableWidget *m_memberTable;
    QLineEdit *m_newName;
    QComboBox *m_newRole;
    QPushButton *m_add;
    QComboBox *m_role;
    QPushButton *m_setRole;
    QPushButton *m_remove;
    QTableWidget *m_keyTable;
    QComboBox *m_keyMember;
    QLineEdit *m_keyLabel;
    QSpinBox *m_keyRpm;
    QPushButton *m_create;
    QPushButton *m_rotate;
    QPushButton *m_revoke;
    QCheckBox *m_showRevoked;
    QTableWidget *m_budgetTable;
    QComboBox *m_budgetMember;
    QComboBox *m_budgetPeriod;
    QLineEdit *m_budgetSoft;
    QLineEdit *m_budgetHard;
    QPushButton *m_saveBudget;
    QPushButton *m_removeBudget;
    QTableWidget *m_auditTable;
    QLabel *m_adminNote;
};

} // namespace sb::ui
