#include "../core/teamserverfixture.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/teampage.h"
#include "theme.h"
#include "uitest.h"

#include <QApplication>
#include <QClipboard>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::uitest;

// The Team page against a real team server (serve's proxy in process, on loopback, its team on
// SQLite): an admin lists, adds and changes members, makes a key whose value is shown once, revokes
// it and finds it all in the audit log; a member sees who they are with the admin controls disabled;
// a wrong key shows what to do and a Retry.
class TestTeamPage : public QObject
{
    Q_OBJECT

private:
    testing::TeamServer m_team;

    struct Fixture : AppFixture {
        TeamPage *page = nullptr;
        bool start(const testing::TeamServer &team, const QString &key)
        {
            if (!open() || !startEngine([&team](Workspace &ws) { ws.providers << team.provider(QStringLiteral("keychain:k")); }))
                return false;
            storeKey(key);
            if (!showWindow({1366, 768}, QStringLiteral("team")))
                return false;
            page = window->teamPage();
            return page != nullptr;
        }
    };

    static QStringList actions(const TeamPage *page)
    {
        QStringList out;
        for (const team::AuditEntry &e : page->audit())
            out << e.action + QLatin1Char(' ') + e.target;
        return out;
    }
    static std::optional<team::Member> member(const TeamPage *page, const QString &name)
    {
        for (const team::Member &m : page->members()) {
            if (m.name == name)
                return m;
        }
        return std::nullopt;
    }
    static QPushButton *button(QWidget *page, const QString &text)
    {
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_team.start(), qPrintable(m_team.error)); }

    void adminManagesTheTeam()
    {
        Fixture f;
        QVERIFY(f.start(m_team, m_team.adminKey));
        TeamPage *page = f.page;
        QCOMPARE(f.window->currentPageId(), QStringLiteral("team"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
        QCOMPARE(page->identity()->member, QStringLiteral("alice"));
        QCOMPARE(page->identity()->role, team::Role::Admin);
        QVERIFY(member(page, QStringLiteral("alice")) && member(page, QStringLiteral("bob")));
        auto *members = page->findChild<QTableWidget *>(QStringLiteral("teamMembers"));
        QCOMPARE(members->rowCount(), 2);

        // add a member: on the server, then in the list
        page->addMember(QStringLiteral("carol"), team::Role::Viewer);
        QTRY_VERIFY_WITH_TIMEOUT(member(page, QStringLiteral("carol")).has_value(), 10000);
        QCOMPARE(member(page, QStringLiteral("carol"))->role, team::Role::Viewer);
        QVERIFY(page->statusText().contains(QStringLiteral("carol")));

        // a key for her: its value shown once, never in the table
        page->createKey(QStringLiteral("carol"), QStringLiteral("ci"), 30);
        QTRY_VERIFY_WITH_TIMEOUT(page->shownSecret().startsWith(QStringLiteral("sbk_")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        const QString secret = page->shownSecret();
        QString keyId;
        for (const team::KeyInfo &k : page->keys()) {
            if (k.member == QLatin1String("carol")) {
                keyId = k.id;
                QCOMPARE(k.label, QStringLiteral("ci"));
                QCOMPARE(k.requestsPerMinute, 30);
            }
        }
        QVERIFY(!keyId.isEmpty());
        QVERIFY(secret.startsWith(QStringLiteral("sbk_") + keyId + QLatin1Char('_')));
        for (QTableWidget *t : page->findChildren<QTableWidget *>()) {
            for (int r = 0; r < t->rowCount(); ++r) {
                for (int c = 0; c < t->columnCount(); ++c)
                    QVERIFY(!t->item(r, c) || !t->item(r, c)->text().contains(secret.right(20)));
            }
        }
        button(page, TeamPage::tr("Copy"))->click();
        QCOMPARE(QApplication::clipboard()->text(), secret);
        saveScreenshot(f.window.get(), QStringLiteral("team-new-key"));
        button(page, TeamPage::tr("I have copied it"))->click();
        QCOMPARE(page->shownSecret(), QString());

        // her role changes; removing asks first, and No leaves her in
        page->changeRole(QStringLiteral("carol"), team::Role::Member);
        QTRY_COMPARE_WITH_TIMEOUT(member(page, QStringLiteral("carol"))->role, team::Role::Member, 10000);
        f.prompts.confirmAnswers << false;
        page->removeMember(QStringLiteral("carol"));
        QCOMPARE(f.prompts.confirmations.size(), 1);
        QVERIFY(f.prompts.confirmations.last().contains(QStringLiteral("carol")));

        // revoke, after a Yes: the key leaves the list of active keys
        f.prompts.confirmAnswers << true;
        page->revokeKey(keyId);
        QCOMPARE(f.prompts.confirmations.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(keyId) && !page->isBusy(), 10000);
        for (const team::KeyInfo &k : page->keys())
            QVERIFY(k.id != keyId);

        // the audit log has it all, newest first, under the admin's name
        QTRY_COMPARE_WITH_TIMEOUT(actions(page).mid(0, 4),
                                  (QStringList{QStringLiteral("key.revoke ") + keyId, QStringLiteral("member.role carol"),
                                               QStringLiteral("key.create ") + keyId, QStringLiteral("member.add carol")}),
                                  10000);
        for (const team::AuditEntry &e : page->audit().mid(0, 4))
            QCOMPARE(e.actor, QStringLiteral("alice"));
        auto *tabs = page->findChild<QTabWidget *>();
        tabs->setCurrentIndex(2);
        saveScreenshot(f.window.get(), QStringLiteral("team-audit"));

        // the server's refusal is shown, the page stays: the last admin cannot step down
        page->changeRole(QStringLiteral("alice"), team::Role::Viewer);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("admin")) && !page->isBusy(), 10000);
        QVERIFY(page->isLoaded());
        QCOMPARE(page->identity()->role, team::Role::Admin);
    }

    void memberSeesWhoTheyAre()
    {
        Fixture f;
        QVERIFY(f.start(m_team, m_team.memberKey));
        TeamPage *page = f.page;
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
        QCOMPARE(page->identity()->member, QStringLiteral("bob"));
        QVERIFY(page->members().isEmpty());
        for (const QString &text : {TeamPage::tr("Add member"), TeamPage::tr("Create key"), TeamPage::tr("Revoke…")}) {
            QPushButton *b = button(page, text);
            QVERIFY2(b, qPrintable(text));
            QVERIFY(!b->isEnabled());
            QVERIFY2(b->toolTip().contains(QStringLiteral("admins")), qPrintable(b->toolTip()));
        }
        saveScreenshot(f.window.get(), QStringLiteral("team-member"));
    }

    void wrongKeyShowsWhatToDo()
    {
        Fixture f;
        QVERIFY(f.start(m_team, QStringLiteral("sbk_bbbbbbbbbb_") + QString(43, QLatin1Char('y'))));
        TeamPage *page = f.page;
        QTRY_VERIFY_WITH_TIMEOUT(!page->errorText().isEmpty(), 10000);
        QVERIFY2(page->errorText().contains(QStringLiteral("sbk_")), qPrintable(page->errorText()));
        QVERIFY(!page->isLoaded());
        QPushButton *retry = button(page, TeamPage::tr("Retry"));
        QVERIFY(retry && retry->isVisible());
        saveScreenshot(f.window.get(), QStringLiteral("team-wrong-key"));
        QSignalSpy loaded(page, &TeamPage::loaded);
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY(!page->errorText().isEmpty());

        // the key fixed under Providers (another keychain entry): the page loads with it at once
        (void)f.secrets->write(QStringLiteral("k2"), m_team.adminKey);
        Workspace ws = f.context->workspace();
        ws.providers.last().apiKey = QStringLiteral("keychain:k2");
        QVERIFY(f.context->replaceWorkspace(ws));
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
        QCOMPARE(page->errorText(), QString());
        QCOMPARE(page->identity()->member, QStringLiteral("alice"));
    }

    // The page is in the sidebar only while the workspace has a team server.
    void listedOnlyWithATeamServer()
    {
        AppFixture f;
        QVERIFY(f.open() && f.startEngine() && f.showWindow({1366, 768}));
        auto *sidebar = f.window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        const int row = int(f.window->pageIds().indexOf(QStringLiteral("team")));
        QVERIFY(row >= 0);
        QVERIFY(sidebar->isRowHidden(row));
        Workspace ws = f.context->workspace();
        ws.providers << m_team.provider(QStringLiteral("keychain:k"));
        QVERIFY(f.context->replaceWorkspace(ws));
        QVERIFY(!sidebar->isRowHidden(row));
        ws.providers.removeLast();
        QVERIFY(f.context->replaceWorkspace(ws));
        QVERIFY(sidebar->isRowHidden(row));
    }

    void screenshots_data() { addLanguageAndThemeRows(); }
    void screenshots()
    {
        const QString name = useRowLanguageAndTheme();
        {
            Fixture f;
            QVERIFY(f.start(m_team, m_team.adminKey));
            QTRY_VERIFY_WITH_TIMEOUT(f.page->isLoaded(), 10000);
            f.page->createKey(QStringLiteral("bob"), QStringLiteral("desktop"), 60);
            QTRY_VERIFY_WITH_TIMEOUT(!f.page->shownSecret().isEmpty() && !f.page->isBusy(), 10000);
            QCOMPARE(f.window->width(), 1366);
            saveScreenshot(f.window.get(), QStringLiteral("team-members-") + name);
            f.page->findChild<QTabWidget *>()->setCurrentIndex(1);
            saveScreenshot(f.window.get(), QStringLiteral("team-keys-") + name);
        }
        installTranslations(QStringLiteral("en"));
        ThemeManager::apply(Theme::Light);
    }
};

QTEST_MAIN(TestTeamPage)
#include "tst_teampage.moc"
