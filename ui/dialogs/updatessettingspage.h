#pragma once

#include "updates/feed.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace sb::ui {

// The Settings dialog's Updates section: check the release feed automatically (once a day at most; off
// by default on a managed install, which it says), pre-releases too, the feed's URL, when it was last
// checked and what was found, and Check Now (checkNowRequested, with the URL as typed).
class UpdatesSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatesSettingsPage)

public:
    UpdatesSettingsPage(QSettings &settings, const updates::ManagedInstall &managed, QWidget *parent = nullptr);
    ~UpdatesSettingsPage() override;

    // Validates and saves; false (with the reason shown on the page) when the URL is not a feed's.
    bool apply();
    // Shows the last check again (after Check Now).
    void refresh();
    // High enough for the wrapped notes at the width the section has (a stacked page's height does not
    // follow its width by itself).
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override { return minimumSizeHint(); }

Q_SIGNALS:
    void checkNowRequested(const QUrl &feed);

protected:
    void changeEvent(QEvent *event) override; // a new language: the texts with dates and names

private:
    void showLastCheck();

    QSettings &m_settings;
    updates::ManagedInstall m_managed;
    QCheckBox *m_automatic = nullptr;
    QCheckBox *m_prereleases = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_managedNote = nullptr;
    QLabel *m_lastCheck = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sb::ui
