#include "updatessettingspage.h"

#include "appsettings.h"
#include "format.h"
#include "theme.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sb::ui {

UpdatesSettingsPage::UpdatesSettingsPage(QSettings &settings, const updates::ManagedInstall &managed, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_managed(managed)
{
    setObjectName(QStringLiteral("updatesSettings"));
    const AppSettings prefs(m_settings);
    auto *layout = new QVBoxLayout(this);
    m_automatic = new QCheckBox(tr("Check for new versions &automatically"), this);
    m_automatic->setObjectName(QStringLiteral("updatesAutomatic"));
    m_automatic->setChecked(prefs.checkUpdatesAutomatically(m_managed.managed));
    layout->addWidget(m_automatic);
    m_prereleases = new QCheckBox(tr("Tell me about &pre-releases too"), this);
    m_prereleases->setObjectName(QStringLiteral("updatesPrereleases"));
    m_prereleases->setChecked(prefs.get(AppSettings::Key::UpdatePrereleases).toBool());
    layout->addWidget(m_prereleases);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(prefs.get(AppSettings::Key::UpdateFeedUrl).toString(), this);
    m_url->setObjectName(QStringLiteral("updatesFeedUrl"));
    m_url->setPlaceholderText(updates::defaultFeedUrl().isEmpty() ? QStringLiteral("https://example.org/releases.json")
                                                                  : updates::defaultFeedUrl().toString());
    m_url->setClearButtonEnabled(true);
    auto *urlLabel = new QLabel(tr("Release &feed:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("updatesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ThemeManager::errorStyleSheet());
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_url, &QLineEdit::textEdited, m_error, &QLabel::hide);

    auto *what = new QLabel(tr("Automatic checks run at start and then once a day at most. A check reads the feed (a small JSON file, "
                               "through the network settings) and shows what is new in a window. Switchboard never downloads or "
                               "installs anything by itself."),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_managedNote = new QLabel(this);
    m_managedNote->setObjectName(QStringLiteral("updatesManaged"));
    m_managedNote->setWordWrap(true);
    layout->addWidget(m_managedNote);

    auto *row = new QHBoxLayout;
    m_lastCheck = new QLabel(this);
    m_lastCheck->setObjectName(QStringLiteral("updatesLastCheck"));
    m_lastCheck->setWordWrap(true);
    m_lastCheck->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *now = new QPushButton(tr("Check &Now…"), this);
    now->setObjectName(QStringLiteral("updatesCheckNow"));
    connect(now, &QPushButton::clicked, this, [this] {
        const Expected<QUrl> url = updates::feedUrlFromText(m_url->text());
        if (!url) {
            m_error->setText(tr("Not checked: %1.").arg(url.error().message));
            m_error->show();
            return;
        }
        Q_EMIT checkNowRequested(url->isEmpty() ? updates::defaultFeedUrl() : *url);
    });
    row->addWidget(m_lastCheck, 1);
    row->addWidget(now, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addStretch();
    showLastCheck();
}

UpdatesSettingsPage::~UpdatesSettingsPage() = default;

QSize UpdatesSettingsPage::minimumSizeHint() const
{
    const int width = std::max(460, QWidget::minimumSizeHint().width());
    return {width, layout()->totalHeightForWidth(width)};
}

void UpdatesSettingsPage::refresh()
{
    showLastCheck();
}

void UpdatesSettingsPage::showLastCheck()
{
    if (m_managed.managed) {
        const QString source = m_managed.source == QLatin1String("build") ? tr("set when it was built") : QDir::toNativeSeparators(m_managed.source);
        m_managedNote->setText(tr("This installation is managed (%1): new versions come from your package manager or administrator, so "
                                  "automatic checks are off unless you turn them on.")
                                   .arg(source));
    }
    m_managedNote->setVisible(m_managed.managed);
    const AppSettings prefs(m_settings);
    const QDateTime last = prefs.get(AppSettings::Key::UpdateLastCheck).toDateTime();
    if (!last.isValid()) {
        m_lastCheck->setText(tr("Not checked yet."));
        return;
    }
    const QString result = prefs.get(AppSettings::Key::UpdateLastResult).toString();
    m_lastCheck->setText(result.isEmpty() ? tr("Last checked: %1.").arg(formatDateTime(last.toLocalTime()))
                                          : tr("Last checked: %1. %2").arg(formatDateTime(last.toLocalTime()), result));
}

bool UpdatesSettingsPage::apply()
{
    const Expected<QUrl> url = updates::feedUrlFromText(m_url->text());
    if (!url) {
        m_error->setText(tr("Updates not saved: %1.").arg(url.error().message));
        m_error->show();
        return false;
    }
    AppSettings prefs(m_settings);
    prefs.set(AppSettings::Key::UpdateFeedUrl, url->toString());
    if (m_automatic->isChecked() != prefs.checkUpdatesAutomatically(m_managed.managed))
        prefs.set(AppSettings::Key::UpdateAutomatic, m_automatic->isChecked());
    prefs.set(AppSettings::Key::UpdatePrereleases, m_prereleases->isChecked());
    return true;
}

void UpdatesSettingsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_lastCheck)
        showLastCheck();
}

} // namespace sb::ui
