#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sb::ui {

class AppContext;
class Prompts;

// The workspace at a glance: its file, what it holds, where data lives, whether the keychain works;
// rename, import and export.
class WorkspacePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    WorkspacePage(AppContext &context, Prompts &prompts, QWidget *parent = nullptr);
    ~WorkspacePage() override;

    // "" while the check runs.
    QString keychainStatus() const;

public Q_SLOTS:
    void importWorkspace();
    // The import of a file already chosen (the app started with a workspace file, as "Open with"
    // does): the same checks and the same question before it replaces anything.
    void importWorkspaceFile(const QString &file);
    void exportWorkspace();
    void checkKeychain();

Q_SIGNALS:
    void keychainChecked(bool available, const QString &message);

protected:
    void changeEvent(QEvent *event) override; // a new language: the texts with numbers and names

private:
    void refresh();
    void rename();

    AppContext &m_context;
    Prompts &m_prompts;
    QLineEdit *m_name = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_providers = nullptr;
    QLabel *m_routing = nullptr;
    QLabel *m_proxy = nullptr;
    QLabel *m_dataDir = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_keychain = nullptr;
    QPushButton *m_recheck = nullptr;
    QString m_keychainStatus;
};

} // namespace sb::ui
