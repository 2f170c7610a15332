#pragma once

#include "providers/firstrun.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <chrono>

class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;

namespace sb::ui {

class AppContext;

// The first run's welcome: finds keys in the environment and local servers (Ollama, LM Studio), adds the
// ones the user keeps as providers (keys into the keychain, never the workspace file), tests each with
// the Providers page's model listing, and hands over a working model for the Playground.
// Steps: Looking (the probe runs) -> Choose (what was found) -> Testing -> Done.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    struct Options {
        providers::EnvLookup env = providers::processEnvironment();
        QList<providers::LocalServerProbe::Target> localServers = providers::LocalServerProbe::defaultTargets();
        std::chrono::milliseconds probeTimeout{1500};
    };
    enum class Step { Looking, Choose, Testing, Done };

    WelcomeDialog(AppContext &context, Options options, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    Step step() const { return m_step; }
    // What was found, as shown in the list (preset ids, in order); the ones ticked are added.
    QStringList found() const;
    void setChecked(const QString &presetId, bool checked);
    // "Add and test": the same as the button.
    void addChecked();
    // Providers added and working (their ids), and one line per provider tried.
    QStringList added() const;
    QStringList results() const;
    // The model the Playground starts with: of the first working provider, the first model it listed that
    // `offered` (the Playground's PROVIDER/MODEL list) has, else the first it listed. "" when none works.
    QString modelFor(const QStringList &offered) const;
    // Where the main window goes when the dialog is accepted: "playground" or "providers".
    QString nextPage() const { return m_nextPage; }

Q_SIGNALS:
    void stepChanged(sb::ui::WelcomeDialog::Step step);

private:
    void showFound(const QList<providers::Discovery> &local);
    void testNext();
    void finishTesting();
    void addResult(const QString &text, bool ok);
    void setStep(Step step);

    AppContext &m_context;
    Options m_options;
    QNetworkAccessManager *m_nam = nullptr;
    providers::LocalServerProbe *m_probe = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_chooseIntro = nullptr;
    QListWidget *m_foundList = nullptr;
    QLabel *m_keychainNote = nullptr;
    QListWidget *m_resultList = nullptr;
    QLabel *m_doneText = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_finish = nullptr;
    Step m_step = Step::Looking;
    QList<providers::Discovery> m_found;
    QList<providers::Discovery> m_queue;
    struct Working {
        ProviderConfig config;
        QStringList listed;
    };
    QList<Working> m_working;
    QStringList m_results;
    QString m_nextPage = QStringLiteral("playground");
};

} // namespace sb::ui
