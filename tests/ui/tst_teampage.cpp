#include "../core/teamserverfixture.h"
#include "format.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/monitorpage.h"
#include "pages/teampage.h"
#include "pages/usagepage.h"
#include "theme.h"
#include "uitest.h"
#include "usage/ledger.h"
#include "usage/loghistogram.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QUuid>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>

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
        bool start(const testing::TeamServer &team, const QString &key, const QString &pageId = QStringLiteral("team"))
        {
            if (!open() || !startEngine([&team](Workspace &ws) { ws.providers << team.provider(QStringLiteral("keychain:k")); }))
                return false;
            storeKey(key);
            if (!showWindow({1366, 768}, pageId))
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
    // Calls on the team server's ledger: bob's three ($0.01 each), alice's two ($0.02 each).
    bool m_callsRecorded = false;
    void recordTeamCalls()
    {
        if (std::exchange(m_callsRecorded, true))
            return;
        team::TeamStore store(m_team.engine->database(), QStringLiteral("cli:test"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const auto &[member, provider, cost, n] : {std::tuple{QStringLiteral("bob"), QStringLiteral("openai"), 0.01, 3},
                                                        std::tuple{QStringLiteral("alice"), QStringLiteral("anthropic"), 0.02, 2}}) {
            const QString key = store.keys(member).value().value(0).id;
            for (int i = 0; i < n; ++i) {
                usage::CallRecord c;
                c.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                c.startedAtMs = now - 60'000 * (i + 1);
                c.source = usage::Source::Proxy;
                c.sourceKey = key;
                c.member = member;
                c.provider = provider;
                c.model = provider + QStringLiteral("-large");
                c.usage.inputTokens = 1200;
                c.usage.outputTokens = 300;
                c.costUsd = cost;
                c.latencyMs = 400 + 100 * i;
                (void)m_team.engine->ledger().record(c);
            }
        }
        (void)m_team.engine->ledger().flush();
    }
    // Two calls of bob's 100 days ago whose day the Monitor's rollups do not hold (as in a ledger from
    // before them): the server reads their percentiles from the calls, exactly.
    static constexpr qint64 kOldCallsAgoMs = 100LL * 86'400'000;
    bool m_oldCallsRecorded = false;
    bool recordOldCallsWithoutRollups()
    {
        if (std::exchange(m_oldCallsRecorded, true))
            return true;
        team::TeamStore store(m_team.engine->database(), QStringLiteral("cli:test"));
        const QString key = store.keys(QStringLiteral("bob")).value().value(0).id;
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - kOldCallsAgoMs;
        for (int i = 0; i < 2; ++i) {
            usage::CallRecord c;
            c.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.startedAtMs = at + 1000 * i;
            c.source = usage::Source::Proxy;
            c.sourceKey = key;
            c.member = QStringLiteral("bob");
            c.provider = QStringLiteral("openai");
            c.model = QStringLiteral("openai-large");
            c.costUsd = 0.01;
            c.latencyMs = 700 + 100 * i;
            (void)m_team.engine->ledger().record(c);
        }
        if (!m_team.engine->ledger().flush())
            return false;
        auto conn = m_team.engine->database()->connection();
        QSqlQuery q(*conn);
        q.prepare(QStringLiteral("DELETE FROM monitor_day WHERE source_key = ? AND t < ?"));
        q.addBindValue(key);
        q.addBindValue(at + 86'400'000);
        return q.exec() && q.numRowsAffected() > 0;
    }
    static int latencyBars(UsagePage *usage)
    {
        const auto *view = usage->findChild<QChartView *>(QStringLiteral("latencyChart"));
        const auto series = view ? view->chart()->series() : QList<QAbstractSeries *>{};
        const auto *bars = series.isEmpty() ? nullptr : qobject_cast<QHorizontalBarSeries *>(series.first());
        return bars && !bars->barSets().isEmpty() ? int(bars->barSets().first()->count()) : 0;
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
        page->showTab(3);
        saveScreenshot(f.window.get(), QStringLiteral("team-audit"));

        // the server's refusal is shown, the page stays: the last admin cannot step down
        page->changeRole(QStringLiteral("alice"), team::Role::Viewer);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("admin")) && !page->isBusy(), 10000);
        QVERIFY(page->isLoaded());
        QCOMPARE(page->identity()->role, team::Role::Admin);
    }

    // Budgets per member: set and removed on the server, listed with the spend and the calls in flight
    // (a real reservation on the serve's database); a typo and the server's refusal are shown.
    void adminSetsBudgets()
    {
        Fixture f;
        QVERIFY(f.start(m_team, m_team.adminKey));
        TeamPage *page = f.page;
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
        page->showTab(2);
        using Period = usage::Budget::Period;
        QVERIFY(page->setBudget(QStringLiteral("bob"), Period::Daily, QStringLiteral("0.5"), QStringLiteral("$1")));
        QTRY_COMPARE_WITH_TIMEOUT(page->budgets().size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        const usage::Budget daily{usage::Budget::Scope::Member, QStringLiteral("bob"), Period::Daily, 0.5, 1.0};
        QCOMPARE(page->budgets().at(0).budget, daily);
        QVERIFY(page->statusText().contains(QStringLiteral("bob")));

        // the serve applies it (it reads the team every second; here at once): a call of bob's in flight
        // holds its estimate, an earlier one is spent
        QVERIFY(m_team.keys->loadNow());
        const usage::Spender bob(QStringLiteral("key"), QStringLiteral("bob"));
        auto &reservations = m_team.engine->reservations();
        auto earlier = reservations.reserveNow(QStringLiteral("ui-1"), QStringLiteral("openai"), bob, usage::usdToNano(0.3));
        QVERIFY(earlier && earlier->granted);
        QVERIFY(reservations.settleNow(QStringLiteral("ui-1"), usage::usdToNano(0.12), earlier->counters));
        auto inFlight = reservations.reserveNow(QStringLiteral("ui-2"), QStringLiteral("openai"), bob, usage::usdToNano(0.25));
        QVERIFY(inFlight && inFlight->granted);
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->budgets().value(0).reservedNano > 0, 10000);
        QCOMPARE(page->budgets().at(0).reservedNano, usage::usdToNano(0.25));
        QCOMPARE(page->budgets().at(0).spentNano, usage::usdToNano(0.12));
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("teamBudgets"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("bob"));
        QVERIFY2(table->item(0, 5)->text().contains(QStringLiteral("0.25")), qPrintable(table->item(0, 5)->text()));

        // a typo is caught before the server, the server's refusal is shown
        QVERIFY(!page->setBudget(QStringLiteral("bob"), Period::Daily, QStringLiteral("lots"), QString()));
        QVERIFY2(page->statusText().contains(QStringLiteral("lots")), qPrintable(page->statusText()));
        QVERIFY(page->setBudget(QStringLiteral("bob"), Period::Daily, QStringLiteral("2"), QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("softLimitUsd")) && !page->isBusy(), 10000);
        QCOMPARE(page->budgets().at(0).budget, daily);
        saveScreenshot(f.window.get(), QStringLiteral("team-budgets"));

        // removing asks first
        f.prompts.confirmAnswers << true;
        page->removeBudget(QStringLiteral("bob"), Period::Daily);
        QCOMPARE(f.prompts.confirmations.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(page->budgets().isEmpty() && !page->isBusy(), 10000);
        QCOMPARE(actions(page).mid(0, 2), (QStringList{QStringLiteral("budget.remove bob"), QStringLiteral("budget.set bob")}));
        QVERIFY(reservations.settleNow(QStringLiteral("ui-2"), 0, inFlight->counters));
    }

    // The Usage page's scopes against the team server: an admin sees every member's calls and filters
    // by member, "mine" is their own; a member's Team scope is their own calls; a server that is not
    // there says what to do, with a Retry.
    void usagePageScopes()
    {
        recordTeamCalls();
        Fixture f;
        QVERIFY(f.start(m_team, m_team.adminKey, QStringLiteral("usage")));
        UsagePage *usage = f.window->usagePage();
        QVERIFY(usage->hasTeamServer());
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy(), 10000);
        QCOMPARE(usage->scope(), UsagePage::Scope::Local);
        QCOMPARE(usage->scopeText(), QString());

        usage->setScope(UsagePage::Scope::Team);
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && usage->scopeText().contains(QStringLiteral("Every member")), 10000);
        QVERIFY2(usage->totalsText().contains(QStringLiteral("5 calls")), qPrintable(usage->totalsText()));
        QCOMPARE(usage->memberChoices(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QVERIFY(!usage->canRetry());
        saveScreenshot(f.window.get(), QStringLiteral("usage-team"));

        usage->setMemberFilter(QStringLiteral("bob"));
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && usage->totalsText().contains(QStringLiteral("3 calls")), 10000);
        QVERIFY2(usage->scopeText().contains(QStringLiteral("bob")), qPrintable(usage->scopeText()));

        usage->setScope(UsagePage::Scope::Mine);
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && usage->totalsText().contains(QStringLiteral("2 calls")), 10000);
        QVERIFY2(usage->scopeText().contains(QStringLiteral("alice")), qPrintable(usage->scopeText()));

        usage->setScope(UsagePage::Scope::Local);
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy(), 10000);
        QCOMPARE(usage->scopeText(), QString());
        QVERIFY2(usage->totalsText().contains(QStringLiteral("0 calls")), qPrintable(usage->totalsText()));
    }

    // The Latency tab says that the team server's percentiles are estimates from its daily histograms,
    // with the bound the server sent, and says nothing when the server read them from the calls.
    void usagePageSaysWhenLatencyIsEstimated_data() { addLanguageAndThemeRows(); }
    void usagePageSaysWhenLatencyIsEstimated()
    {
        const QString name = useRowLanguageAndTheme();
        const auto back = qScopeGuard([] {
            installTranslations(QStringLiteral("en"));
            ThemeManager::apply(Theme::Light);
        });
        recordTeamCalls();
        QVERIFY(recordOldCallsWithoutRollups());
        Fixture f;
        QVERIFY(f.start(m_team, m_team.memberKey, QStringLiteral("usage")));
        UsagePage *usage = f.window->usagePage();
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy(), 10000);
        QCOMPARE(usage->latencyEstimateText(), QString()); // this computer's ledger: exact
        usage->setScope(UsagePage::Scope::Team);
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && !usage->scopeText().isEmpty() && !usage->canRetry(), 10000);
        QCOMPARE(latencyBars(usage), 1);
        const QString bound = formatPercent(usage::LogHistogram::kRelativeError, 1);
        QCOMPARE(usage->latencyEstimateText(), UsagePage::tr("Percentiles estimated from daily histograms, within %1.").arg(bound));
        // the server's figure, in the language's way
        const QString figure = name.startsWith(QStringLiteral("en")) ? QStringLiteral("within 4.4%") : QStringLiteral("4,4");
        QVERIFY2(usage->latencyEstimateText().contains(figure), qPrintable(usage->latencyEstimateText()));
        auto *tabs = usage->findChild<QTabWidget *>(QStringLiteral("usageTabs"));
        tabs->setCurrentIndex(2);
        QVERIFY(usage->findChild<QLabel *>(QStringLiteral("latencyEstimateNote"))->isVisible());
        saveScreenshot(f.window.get(), QStringLiteral("usage-team-latency-") + name);
        // the other language (the widgets' LanguageChange is posted)
        const QString shown = usage->latencyEstimateText();
        installTranslations(name.startsWith(QStringLiteral("en")) ? QStringLiteral("de") : QStringLiteral("en"));
        QTRY_COMPARE(
            usage->latencyEstimateText(),
            UsagePage::tr("Percentiles estimated from daily histograms, within %1.").arg(formatPercent(usage::LogHistogram::kRelativeError, 1)));
        QVERIFY(usage->latencyEstimateText() != shown);
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy(), 10000);

        // bob's calls of 100 days ago: the rollups do not hold their day, the percentiles are exact
        const QDate old = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() - kOldCallsAgoMs, Qt::UTC).date();
        usage->setCustomRange(old, old);
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && usage->latencyEstimateText().isEmpty(), 10000);
        QCOMPARE(latencyBars(usage), 1);
        QVERIFY(!usage->findChild<QLabel *>(QStringLiteral("latencyEstimateNote"))->isVisible());
        QVERIFY(!usage->canRetry());
        // and back: the estimate's note again
        usage->setPreset(UsagePage::Preset::Last30Days);
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && !usage->latencyEstimateText().isEmpty(), 10000);
    }

    void usagePageMemberAndUnreachable()
    {
        recordTeamCalls();
        {
            Fixture f;
            QVERIFY(f.start(m_team, m_team.memberKey, QStringLiteral("usage")));
            UsagePage *usage = f.window->usagePage();
            usage->setScope(UsagePage::Scope::Team);
            QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && usage->scopeText().contains(QStringLiteral("bob")), 10000);
            QVERIFY2(usage->totalsText().contains(QStringLiteral("3 calls")), qPrintable(usage->totalsText()));
            QVERIFY2(usage->scopeText().contains(QStringLiteral("only their own")), qPrintable(usage->scopeText()));
            QVERIFY(!usage->findChild<QComboBox *>(QStringLiteral("memberFilter"))->isVisible());
        }
        // a port nobody listens on
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Fixture f;
        QVERIFY(f.start(m_team, m_team.adminKey, QStringLiteral("usage")));
        UsagePage *usage = f.window->usagePage();
        Workspace ws = f.context->workspace();
        ws.providers.last().baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
        QVERIFY(f.context->replaceWorkspace(ws));
        usage->setScope(UsagePage::Scope::Team);
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && usage->canRetry(), 10000);
        QVERIFY2(usage->scopeText().contains(QString::number(port)), qPrintable(usage->scopeText()));
        saveScreenshot(f.window.get(), QStringLiteral("usage-team-unreachable"));
        // Retry asks again (and fails again); the server's address fixed, the page loads at once
        QSignalSpy refreshed(usage, &UsagePage::refreshed);
        button(usage, UsagePage::tr("Retry"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1 && !usage->isBusy() && usage->canRetry(), 10000);
        ws.providers.last().baseUrl = m_team.provider().baseUrl;
        QVERIFY(f.context->replaceWorkspace(ws));
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && !usage->canRetry() && usage->totalsText().contains(QStringLiteral("5 calls")), 10000);
    }

    // The Monitor page's data scope on a real team server: every member's calls, one member's, your own
    // (the server runs the Monitor's queries on its rollups); a point of the team's chart opens the
    // Usage page's team scope on its days; the SLOs and alerts say they are this computer's.
    void monitorPageScopes_data() { addLanguageAndThemeRows(); }
    void monitorPageScopes()
    {
        const QString name = useRowLanguageAndTheme();
        const auto back = qScopeGuard([] { // the tests after this one read English texts
            installTranslations(QStringLiteral("en"));
            ThemeManager::apply(Theme::Light);
        });
        recordTeamCalls();
        Fixture f;
        QVERIFY(f.start(m_team, m_team.adminKey, QStringLiteral("monitor")));
        MonitorPage *monitor = f.window->monitorPage();
        QVERIFY(monitor && monitor->hasTeamServer());
        const QString server = f.context->workspace().providers.last().id;
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy(), 10000);
        QCOMPARE(monitor->dataScope(), MonitorPage::DataScope::Local);
        QCOMPARE(monitor->scopeText(), QString());
        QCOMPARE(monitor->series().total.all.attempts, qint64(0)); // this computer made no call
        QCOMPARE(monitor->alertsScopeText(), QString());

        monitor->setRange(MonitorPage::Range::Hour);
        monitor->setMetric(MonitorPage::Metric::Latency);
        monitor->setDataScope(MonitorPage::DataScope::Team);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy() && monitor->series().total.all.attempts == 5, 10000);
        QCOMPARE(monitor->scopeText(), MonitorPage::tr("Every member's calls on team server \"%1\".").arg(server));
        QVERIFY(!monitor->canRetry());
        QVERIFY(monitor->memberChoices().contains(QStringLiteral("alice")) && monitor->memberChoices().contains(QStringLiteral("bob")));
        QVERIFY(monitor->findChild<QComboBox *>(QStringLiteral("monitorMember"))->isVisible());
        QVERIFY2(monitor->scopeChoices().contains(QStringLiteral("openai/openai-large")), qPrintable(monitor->scopeChoices().join(QLatin1Char(','))));
        QVERIFY(!monitor->alertsScopeText().isEmpty());
        QVERIFY(f.window->width() <= 1366 && f.window->height() <= 768);
        saveScreenshot(f.window.get(), QStringLiteral("monitor-team-") + name);
        monitor->showAlerts();
        saveScreenshot(f.window.get(), QStringLiteral("monitor-team-alerts-") + name);
        monitor->showChart();

        monitor->setMemberFilter(QStringLiteral("bob"));
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy() && monitor->series().total.all.attempts == 3, 10000);
        QCOMPARE(monitor->scopeText(), MonitorPage::tr("The calls of %1 on team server \"%2\".").arg(QStringLiteral("bob"), server));
        QCOMPARE(monitor->series().total.latencyMs.count, qint64(3));

        monitor->setDataScope(MonitorPage::DataScope::Mine);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy() && monitor->series().total.all.attempts == 2, 10000);
        QCOMPARE(monitor->scopeText(), MonitorPage::tr("Your calls (%1) on team server \"%2\".").arg(QStringLiteral("alice"), server));
        QVERIFY(!monitor->findChild<QComboBox *>(QStringLiteral("monitorMember"))->isVisible());

        // a point with calls: the Usage page's team scope (your own) on its day
        int point = -1;
        for (int i = 0; i < monitor->series().points.size() && point < 0; ++i) {
            if (monitor->series().points.at(i).all.attempts > 0)
                point = i;
        }
        QVERIFY(point >= 0);
        QSignalSpy asked(monitor, &MonitorPage::teamUsageRequested);
        monitor->drillDown(point);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toBool(), true);
        QCOMPARE(f.window->currentPageId(), QStringLiteral("usage"));
        UsagePage *usage = f.window->usagePage();
        QCOMPARE(usage->scope(), UsagePage::Scope::Mine);
        const qint64 day = usage::dayOfMs(monitor->series().points.at(point).t);
        QCOMPARE(usage->currentFilter().fromDay, day);
        QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && usage->scopeText().contains(QStringLiteral("alice")), 10000);

        monitor->setDataScope(MonitorPage::DataScope::Local);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy() && monitor->scopeText().isEmpty(), 10000);
        QCOMPARE(monitor->series().total.all.attempts, qint64(0));
        QCOMPARE(monitor->alertsScopeText(), QString());
    }

    // A member's key: the team scope is their own calls, without a member filter; a server that does
    // not answer says where it looked, with a Retry.
    void monitorPageMemberAndUnreachable()
    {
        recordTeamCalls();
        {
            Fixture f;
            QVERIFY(f.start(m_team, m_team.memberKey, QStringLiteral("monitor")));
            MonitorPage *monitor = f.window->monitorPage();
            const QString server = f.context->workspace().providers.last().id;
            monitor->setRange(MonitorPage::Range::Hour);
            monitor->setDataScope(MonitorPage::DataScope::Team);
            QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy() && monitor->series().total.all.attempts == 3, 10000);
            QCOMPARE(monitor->scopeText(),
                     MonitorPage::tr("Your calls (%1) on team server \"%2\": a member sees only their own.").arg(QStringLiteral("bob"), server));
            QVERIFY(!monitor->findChild<QComboBox *>(QStringLiteral("monitorMember"))->isVisible());
            QCOMPARE(monitor->scopeChoices(), QStringList{QStringLiteral("openai/openai-large")});
        }
        // a port nobody listens on
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Fixture f;
        QVERIFY(f.start(m_team, m_team.adminKey, QStringLiteral("monitor")));
        MonitorPage *monitor = f.window->monitorPage();
        Workspace ws = f.context->workspace();
        ws.providers.last().baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
        QVERIFY(f.context->replaceWorkspace(ws));
        monitor->setRange(MonitorPage::Range::Hour);
        monitor->setDataScope(MonitorPage::DataScope::Team);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy() && monitor->canRetry(), 10000);
        QVERIFY2(monitor->scopeText().contains(QString::number(port)), qPrintable(monitor->scopeText()));
        QCOMPARE(monitor->series().points.size(), 0); // nothing of another scope stays as if it were the team's
        saveScreenshot(f.window.get(), QStringLiteral("monitor-team-unreachable"));
        // the server's address fixed, the page loads at once
        ws.providers.last().baseUrl = m_team.provider().baseUrl;
        QVERIFY(f.context->replaceWorkspace(ws));
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy() && !monitor->canRetry() && monitor->series().total.all.attempts == 5, 10000);
    }

    void memberSeesWhoTheyAre()
    {
        Fixture f;
        QVERIFY(f.start(m_team, m_team.memberKey));
        TeamPage *page = f.page;
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
        QCOMPARE(page->identity()->member, QStringLiteral("bob"));
        QVERIFY(page->members().isEmpty());
        for (const QString &text : {TeamPage::tr("Add member"), TeamPage::tr("Create key"), TeamPage::tr("Revoke…"), TeamPage::tr("Save budget")}) {
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
            f.page->showTab(1);
            saveScreenshot(f.window.get(), QStringLiteral("team-keys-") + name);
            // budgets: bob's of the team (spent and a call in flight), alice's from the server's workspace file
            Workspace ws = m_team.engine->workspace();
            ws.budgets = QJsonArray{QJsonObject{{QStringLiteral("scope"), QStringLiteral("member")},
                                                {QStringLiteral("target"), QStringLiteral("alice")},
                                                {QStringLiteral("period"), QStringLiteral("monthly")},
                                                {QStringLiteral("hardLimitUsd"), 50}}};
            QVERIFY(m_team.engine->setWorkspace(ws));
            QVERIFY(f.page->setBudget(QStringLiteral("bob"), usage::Budget::Period::Daily, QStringLiteral("2"), QStringLiteral("5")));
            QTRY_VERIFY_WITH_TIMEOUT(f.page->budgets().size() == 2 && !f.page->isBusy(), 10000);
            QVERIFY(m_team.keys->loadNow());
            const usage::Spender bob(QStringLiteral("key"), QStringLiteral("bob"));
            auto held = m_team.engine->reservations().reserveNow(QStringLiteral("shot-") + name, QStringLiteral("openai"), bob,
                                                                 usage::usdToNano(0.4));
            QVERIFY(held && held->granted);
            f.page->refresh();
            QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy() && f.page->budgets().value(1).reservedNano > 0, 10000);
            f.page->selectBudget(QStringLiteral("bob"), usage::Budget::Period::Daily);
            f.page->showTab(2);
            saveScreenshot(f.window.get(), QStringLiteral("team-budgets-") + name);
            recordTeamCalls();
            f.window->showPage(QStringLiteral("usage"));
            UsagePage *usage = f.window->usagePage();
            usage->setScope(UsagePage::Scope::Team);
            QTRY_VERIFY_WITH_TIMEOUT(!usage->isBusy() && !usage->scopeText().isEmpty() && !usage->canRetry(), 10000);
            saveScreenshot(f.window.get(), QStringLiteral("usage-team-") + name);
            QVERIFY(m_team.engine->reservations().settleNow(QStringLiteral("shot-") + name, usage::usdToNano(0.05), held->counters));
        }
        installTranslations(QStringLiteral("en"));
        ThemeManager::apply(Theme::Light);
    }
};

QTEST_MAIN(TestTeamPage)
#include "tst_teampage.moc"
