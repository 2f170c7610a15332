#pragma once

#include "updates/updatechecker.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QSettings;
class QTextBrowser;

namespace sb::ui {

class AppContext;

// "What's new": checks the release feed (or shows a check made elsewhere) and lists every release newer
// than the running version, newest first, with its date and notes in the user's language. Open
// Download Page opens the newest release's page in the browser; Skip This Version keeps the automatic
// check quiet until a newer one comes. Nothing is downloaded or installed.
class UpdatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesDialog)

public:
    UpdatesDialog(updates::UpdateChecker &checker, AppContext &context, QSettings &settings, QWidget *parent = nullptr);
    ~UpdatesDialog() override;

    // Checks `feed` (empty: the one in the settings) now: progress, then the result.
    void check(const QUrl &feed = {});
    // Shows a result checked elsewhere (the automatic check).
    void showResult(const updates::CheckResult &result);
    // How a page is opened (tests record it instead of starting a browser).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // The version this program is (tests pretend to be another).
    void setRunningVersion(const updates::Version &version) { m_running = version; }

    QString statusText() const;
    QStringList shownVersions() const; // the newer releases listed, newest first

Q_SIGNALS:
    // A check of this dialog's ended (the main window records it).
    void checked(const sb::updates::CheckResult &result);

protected:
    void changeEvent(QEvent *event) override; // a new language: the texts with versions and dates again

private:
    void render();
    void skipNewest();

    QPointer<updates::UpdateChecker> m_checker; // the main window's (gone first when it closes)
    AppContext &m_context;
    QSettings &m_settings;
    updates::Version m_running;
    QUrl m_feed; // what is checked (or was)
    bool m_checking = false;
    std::optional<updates::CheckResult> m_result;
    QList<updates::Release> m_newer;
    QLabel *m_status = nullptr;
    QTextBrowser *m_notes = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_retry = nullptr;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace sb::ui
