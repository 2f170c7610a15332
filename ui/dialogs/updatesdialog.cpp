#include "updatesdialog.h"

#include "appcontext.h"
#include "appsettings.h"
#include "format.h"
#include "theme.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sb::ui {

namespace {
constexpr int kMaxListed = 50; // releases shown; older ones are on the download page
}

UpdatesDialog::UpdatesDialog(updates::UpdateChecker &checker, AppContext &context, QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_checker(&checker)
    , m_context(context)
    , m_settings(settings)
    , m_running(updates::runningVersion())
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("updatesDialog"));
    setWindowTitle(tr("Updates"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("updateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_notes = new QTextBrowser(this);
    m_notes->setObjectName(QStringLiteral("releaseNotes"));
    m_notes->setOpenLinks(false); // the notes are plain text: nothing in them is opened
    layout->addWidget(m_notes, 1);
    m_note = new QLabel(tr("Switchboard never downloads or installs anything by itself: open the download page, or update with your package "
                           "manager."),
                        this);
    m_note->setObjectName(QStringLiteral("updateNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open Download Page"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openDownloadPage"));
    m_skip = buttons->addButton(tr("&Skip This Version"), QDialogButtonBox::ActionRole);
    m_skip->setObjectName(QStringLiteral("skipVersion"));
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryCheck"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_newer.isEmpty())
            m_openUrl(m_newer.first().link());
    });
    connect(m_skip, &QPushButton::clicked, this, &UpdatesDialog::skipNewest);
    connect(m_retry, &QPushButton::clicked, this, [this] { check(m_feed); });
    layout->addWidget(buttons);
    resize(620, 460);
    render();
}

UpdatesDialog::~UpdatesDialog()
{
    if (m_checking && m_checker)
        m_checker->cancel();
}

void UpdatesDialog::check(const QUrl &feed)
{
    m_feed = feed.isEmpty() ? AppSettings(m_settings).updateFeedUrl() : feed;
    if (!m_checker)
        return;
    m_checking = true;
    m_result.reset();
    render();
    m_checker->check(m_feed, m_context.workspace(), [this](const updates::CheckResult &result) {
        m_checking = false;
        showResult(result);
        Q_EMIT checked(result);
    });
}

void UpdatesDialog::showResult(const updates::CheckResult &result)
{
    m_feed = result.feedUrl;
    m_result = result;
    const bool prereleases = AppSettings(m_settings).get(AppSettings::Key::UpdatePrereleases).toBool();
    m_newer = result.feed ? updates::newerReleases(*result.feed, m_running, prereleases) : QList<updates::Release>{};
    render();
}

void UpdatesDialog::skipNewest()
{
    if (m_newer.isEmpty())
        return;
    AppSettings(m_settings).set(AppSettings::Key::UpdateSkipped, m_newer.first().version.toString());
    render();
}

QString UpdatesDialog::statusText() const
{
    return m_status->text();
}

QStringList UpdatesDialog::shownVersions() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_newer.size() && i < kMaxListed; ++i)
        out << m_newer.at(i).version.toString();
    return out;
}

void UpdatesDialog::render()
{
    const bool failed = m_result && !m_result->feed;
    m_status->setStyleSheet(failed ? ThemeManager::errorStyleSheet() : QString());
    m_retry->setVisible(failed);
    m_open->setVisible(!m_newer.isEmpty());
    m_open->setEnabled(!m_newer.isEmpty() && m_newer.first().link().isValid());
    m_skip->setVisible(!m_newer.isEmpty());
    m_notes->setVisible(!m_newer.isEmpty());
    m_note->setVisible(!m_newer.isEmpty());
    if (m_checking) {
        m_status->setText(tr("Checking %1 for new versions…").arg(m_feed.toString()));
        m_notes->clear();
        return;
    }
    if (!m_result) {
        m_status->clear();
        return;
    }
    if (failed) {
        m_status->setText(m_result->feed.error().message);
        return;
    }
    const QString running = m_running.toString();
    if (m_newer.isEmpty()) {
        m_status->setText(tr("Switchboard %1 is the newest version.").arg(running));
        return;
    }
    const updates::Release &newest = m_newer.first();
    QString status = tr("Switchboard %1 is out. You have %2.").arg(newest.version.toString(), running);
    const auto skipped = updates::Version::parse(AppSettings(m_settings).get(AppSettings::Key::UpdateSkipped).toString());
    const bool isSkipped = skipped && !(*skipped < newest.version);
    if (isSkipped)
        status += QLatin1Char(' ') + tr("You chose to skip it: Switchboard tells you again when a newer version comes out.");
    m_status->setText(status);
    m_skip->setEnabled(!isSkipped);

    const QString language = QLocale().name();
    QString html;
    for (qsizetype i = 0; i < m_newer.size() && i < kMaxListed; ++i) {
        const updates::Release &r = m_newer.at(i);
        QString name = r.version.toString();
        if (r.version.isPrerelease())
            name = tr("%1 (pre-release)").arg(name);
        const QString heading = r.date.isValid() ? tr("Switchboard %1, released %2").arg(name, formatDate(r.date)) : tr("Switchboard %1").arg(name);
        const QString notes = r.notesFor(language);
        html += QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped());
        html += notes.isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(tr("No notes for this version.").toHtmlEscaped())
                                : QStringLiteral("<p>%1</p>").arg(notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    if (m_newer.size() > kMaxListed)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("…and %1 older versions: see the download page.").arg(m_newer.size() - kMaxListed).toHtmlEscaped());
    m_notes->setHtml(html);
}

void UpdatesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_status)
        render();
}

} // namespace sb::ui
