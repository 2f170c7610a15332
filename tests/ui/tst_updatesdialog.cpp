#include "appsettings.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/updatesdialog.h"
#include "dialogs/updatessettingspage.h"
#include "fakesite.h"
#include "i18n.h"
#include "theme.h"
#include "uitest.h"
#include "updates/updatechecker.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;
namespace fk = sb::fakes;

namespace {

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

// Versions around the running one, so the test holds whatever version this build is.
struct Versions {
    updates::Version running = updates::runningVersion();
    QString next = bump(1);
    QString rc = bump(2) + QStringLiteral("-rc.1");
    QString older = QStringLiteral("0.0.1");

    QString bump(int minors) const { return QStringLiteral("%1.%2.0").arg(running.major).arg(running.minor + minors); }
};

// A release feed on a loopback web site.
struct Feed {
    fk::FakeSite site;
    Versions v;
    QUrl url;

    bool start()
    {
        if (!site.listen())
            return false;
        url = site.url(QStringLiteral("/releases.json"));
        serve();
        return true;
    }
    void serve()
    {
        const auto entry = [](const QString &version, const QString &date, const QJsonValue &notes) {
            QJsonObject o{{QStringLiteral("version"), version}, {QStringLiteral("date"), date}, {QStringLiteral("notes"), notes}};
            o.insert(QStringLiteral("url"), QString(QStringLiteral("https://switchboard.invalid/releases/") + version));
            o.insert(QStringLiteral("download"), QString(QStringLiteral("https://switchboard.invalid/download/") + version));
            return o;
        };
        const QJsonArray releases{
            entry(v.rc, QStringLiteral("2027-02-01"), QStringLiteral("A first look at the next version.")),
            entry(v.next, QStringLiteral("2026-12-20"),
                  QJsonObject{
                      {QStringLiteral("en"),
                       QStringLiteral("- Check for updates from Help and Settings\n- Faster workflow runs\n- Expression errors in your language")},
                      {QStringLiteral("de"),
                       QStringLiteral("- Nach Updates suchen im Hilfe-Menü und in den Einstellungen\n- Schnellere Workflow-Läufe\n"
                                      "- Ausdrucksfehler in Ihrer Sprache")}}),
            entry(v.running.toString(), QStringLiteral("2026-11-25"), QStringLiteral("The running one.")),
            entry(v.older, QStringLiteral("2026-01-01"), QStringLiteral("Long ago.")),
        };
        site.setPage(QStringLiteral("/releases.json"),
                     fk::Page::of("application/json",
                                  QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("switchboard-releases/1")},
                                                            {QStringLiteral("releases"), releases}})
                                      .toJson()));
    }
    int hits() const { return site.hits(QStringLiteral("/releases.json")); }
};

struct Fixture : AppFixture {
    bool start() { return open() && startEngine() && showWindow({1100, 720}); }
    void useFeed(const QUrl &url) { AppSettings(*settings).set(AppSettings::Key::UpdateFeedUrl, url.toString()); }
};

} // namespace

class TestUpdatesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ThemeManager::captureSystemDefaults();
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    }

    void whatsNew_data() { addLanguageAndThemeRows(); }
    // Help > Check for Updates: every release newer than this one, newest first, notes in the user's
    // language; pre-releases only when asked for; Open Download Page opens the newest's page; Skip
    // remembers it.
    void whatsNew()
    {
        const QString shot = useRowLanguageAndTheme();
        Feed feed;
        QVERIFY(feed.start());
        Fixture f;
        QVERIFY(f.start());
        f.useFeed(feed.url);
        auto *action = f.window->findChild<QAction *>(QStringLiteral("checkUpdatesAction"));
        QVERIFY(action);
        action->trigger();
        UpdatesDialog *dialog = f.window->updatesDialog();
        QVERIFY(dialog);
        QList<QUrl> opened;
        dialog->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        const QString running = feed.v.running.toString();
        QTRY_COMPARE(dialog->statusText(), translated("sb::ui::UpdatesDialog", "Switchboard %1 is out. You have %2.").arg(feed.v.next, running));
        QCOMPARE(dialog->shownVersions(), QStringList{feed.v.next});
        QCOMPARE(feed.hits(), 1);
        auto *notes = dialog->findChild<QTextBrowser *>(QStringLiteral("releaseNotes"));
        QVERIFY(notes && notes->isVisible());
        const QString text = notes->toPlainText();
        QVERIFY2(text.contains(QLocale().name().startsWith(QLatin1String("de")) ? QStringLiteral("Schnellere Workflow-Läufe")
                                                                                : QStringLiteral("Faster workflow runs")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("The running one.")) && !text.contains(QStringLiteral("Long ago.")), qPrintable(text));
        QVERIFY(dialog->width() <= 1366 && dialog->height() <= 768);
        saveScreenshot(dialog, QStringLiteral("updates-whatsnew-%1").arg(shot));

        auto *open = dialog->findChild<QPushButton *>(QStringLiteral("openDownloadPage"));
        QVERIFY(open && open->isVisible() && open->isEnabled());
        open->click();
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://switchboard.invalid/download/") + feed.v.next)});

        auto *skip = dialog->findChild<QPushButton *>(QStringLiteral("skipVersion"));
        QVERIFY(skip && skip->isEnabled());
        skip->click();
        QCOMPARE(AppSettings(*f.settings).get(AppSettings::Key::UpdateSkipped).toString(), feed.v.next);
        QVERIFY(!skip->isEnabled());
        QVERIFY(dialog->statusText().contains(
            translated("sb::ui::UpdatesDialog", "You chose to skip it: Switchboard tells you again when a newer version comes out.")));
        // the check by hand is recorded: Settings, Updates says when and what
        QVERIFY(AppSettings(*f.settings).get(AppSettings::Key::UpdateLastCheck).toDateTime().isValid());
        QCOMPARE(AppSettings(*f.settings).get(AppSettings::Key::UpdateLastResult).toString(),
                 translated("sb::ui::MainWindow", "Switchboard %1 is out.").arg(feed.v.next));

        // pre-releases too: the release candidate comes first, and it is not the skipped version
        AppSettings(*f.settings).set(AppSettings::Key::UpdatePrereleases, true);
        action->trigger();
        QCOMPARE(f.window->updatesDialog(), dialog);
        QTRY_COMPARE(dialog->shownVersions(), (QStringList{feed.v.rc, feed.v.next}));
        QVERIFY(skip->isEnabled());
        QVERIFY2(notes->toPlainText().contains(translated("sb::ui::UpdatesDialog", "%1 (pre-release)").arg(feed.v.rc)),
                 qPrintable(notes->toPlainText()));
        saveScreenshot(dialog, QStringLiteral("updates-prerelease-%1").arg(shot));
        dialog->close();
        QTRY_VERIFY(!f.window->updatesDialog());
    }

    // A feed that fails says why, with Retry; Retry after the fix shows the news.
    void failureSaysWhy()
    {
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        Feed feed;
        QVERIFY(feed.start());
        feed.site.setPage(QStringLiteral("/releases.json"), fk::Page::of("text/html", "<html><body>Moved</body></html>"));
        Fixture f;
        QVERIFY(f.start());
        f.useFeed(feed.url);
        UpdatesDialog *dialog = f.window->checkForUpdates();
        QTRY_VERIFY2(dialog->statusText().contains(QStringLiteral("it sent text/html instead of JSON")), qPrintable(dialog->statusText()));
        auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryCheck"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("openDownloadPage"))->isVisible());
        saveScreenshot(dialog, QStringLiteral("updates-failed-en"));
        QVERIFY(AppSettings(*f.settings).get(AppSettings::Key::UpdateLastResult).toString().startsWith(QStringLiteral("It failed: ")));
        feed.serve();
        retry->click();
        QTRY_COMPARE(dialog->shownVersions(), QStringList{feed.v.next});
        QVERIFY(!retry->isVisible());
        QCOMPARE(feed.hits(), 2);
    }

    // On, the check runs at start and then once a day at most (an injected clock): news opens the dialog,
    // a skipped version does not.
    void automaticCheckOnceADay()
    {
        Feed feed;
        QVERIFY(feed.start());
        Fixture f;
        QVERIFY(f.start());
        f.useFeed(feed.url);
        f.window->setManagedInstall({});
        QDateTime now(QDate(2026, 12, 5), QTime(8, 0), Qt::UTC);
        f.window->updateSchedule()->setClock([&now] { return now; });
        AppSettings(*f.settings).set(AppSettings::Key::UpdateLastCheck, now.addDays(-2));
        f.window->startUpdateChecks();
        QVERIFY(f.window->updateSchedule()->isEnabled());
        QTRY_VERIFY(f.window->updatesDialog());
        QTRY_COMPARE(f.window->updatesDialog()->shownVersions(), QStringList{feed.v.next});
        QCOMPARE(feed.hits(), 1);
        QCOMPARE(AppSettings(*f.settings).get(AppSettings::Key::UpdateLastCheck).toDateTime(), now);
        f.window->updatesDialog()->findChild<QPushButton *>(QStringLiteral("skipVersion"))->click();
        f.window->updatesDialog()->close();
        QTRY_VERIFY(!f.window->updatesDialog());

        now = now.addSecs(23 * 3600);
        f.window->updateSchedule()->poll();
        QTest::qWait(200);
        QCOMPARE(feed.hits(), 1);
        now = now.addSecs(3600);
        f.window->updateSchedule()->poll();
        QTRY_COMPARE(feed.hits(), 2);
        QTest::qWait(200);
        QVERIFY(!f.window->updatesDialog()); // only the skipped version is new
        QCOMPARE(AppSettings(*f.settings).get(AppSettings::Key::UpdateLastResult).toString(),
                 translated("sb::ui::MainWindow", "Switchboard %1 is out.").arg(feed.v.next));

        // turned off in the settings: no more checks
        AppSettings(*f.settings).set(AppSettings::Key::UpdateAutomatic, false);
        f.window->startUpdateChecks();
        QVERIFY(!f.window->updateSchedule()->isEnabled());
    }

    void managedSettings_data() { addLanguageAndThemeRows(); }
    // A managed install: the automatic check is off unless turned on, and the Updates section says why.
    // A URL that is not a feed's is refused; Check Now checks the URL as typed, over the Settings.
    void managedSettings()
    {
        const QString shot = useRowLanguageAndTheme();
        Feed feed;
        QVERIFY(feed.start());
        Fixture f;
        QVERIFY(f.start());
        const QString file = QStringLiteral("/etc/xdg/Switchboard/Switchboard.conf");
        f.window->setManagedInstall({true, file});
        f.window->startUpdateChecks();
        QVERIFY(!f.window->updateSchedule()->isEnabled());
        QTest::qWait(100);
        QCOMPARE(feed.hits(), 0);

        SettingsDialog dialog(*f.settings, f.prompts, f.window.get());
        UpdatesSettingsPage *page = f.window->addUpdatesSection(dialog);
        dialog.showSection(dialog.sectionCount() - 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *automatic = page->findChild<QCheckBox *>(QStringLiteral("updatesAutomatic"));
        auto *url = page->findChild<QLineEdit *>(QStringLiteral("updatesFeedUrl"));
        auto *managed = page->findChild<QLabel *>(QStringLiteral("updatesManaged"));
        auto *last = page->findChild<QLabel *>(QStringLiteral("updatesLastCheck"));
        QVERIFY(automatic && url && managed && last);
        QVERIFY(!automatic->isChecked());
        QVERIFY(managed->isVisible());
        QVERIFY2(managed->text().contains(file), qPrintable(managed->text()));
        QCOMPARE(last->text(), translated("sb::ui::UpdatesSettingsPage", "Not checked yet."));
        QCOMPARE(url->placeholderText(),
                 updates::defaultFeedUrl().isEmpty() ? QStringLiteral("https://example.org/releases.json") : updates::defaultFeedUrl().toString());
        saveScreenshot(&dialog, QStringLiteral("settings-updates-managed-%1").arg(shot));

        url->setText(QStringLiteral("ftp://example.org/releases.json"));
        QVERIFY(!page->apply());
        auto *error = page->findChild<QLabel *>(QStringLiteral("updatesError"));
        QVERIFY(error && error->isVisible());

        url->setText(feed.url.toString());
        page->findChild<QPushButton *>(QStringLiteral("updatesCheckNow"))->click();
        UpdatesDialog *updates = f.window->updatesDialog();
        QVERIFY(updates);
        QCOMPARE(updates->parentWidget(), static_cast<QWidget *>(&dialog));
        QTRY_COMPARE(updates->shownVersions(), QStringList{feed.v.next});
        QTRY_VERIFY2(last->text().contains(translated("sb::ui::MainWindow", "Switchboard %1 is out.").arg(feed.v.next)), qPrintable(last->text()));
        updates->close();

        automatic->setChecked(true);
        QVERIFY(page->apply());
        QCOMPARE(AppSettings(*f.settings).get(AppSettings::Key::UpdateFeedUrl).toString(), feed.url.toString());
        QVERIFY(AppSettings(*f.settings).checkUpdatesAutomatically(true));
        dialog.close();
        f.window->startUpdateChecks();
        QVERIFY(f.window->updateSchedule()->isEnabled());
    }
};

QTEST_MAIN(TestUpdatesDialog)
#include "tst_updatesdialog.moc"
