#include "postgresfixture.h"
#include "team/teamclient.h"
#include "teamserverfixture.h"
#include "usage/ledger.h"
#include "usage/loghistogram.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <cmath>

using namespace sb;
using team::TeamClient;
using team::TeamError;
using team::TeamResult;

namespace {

// Waits for one asynchronous answer of the client.
template<typename T> struct Waiter {
    std::optional<TeamResult<T>> result;
    TeamClient::Done<T> done()
    {
        return [this](const TeamResult<T> &r) { result.emplace(r); };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 20000);
    }
};

} // namespace

// The desktop's client of a team server's admin API against a real serve (in process, on loopback)
// with a team on SQLite: an admin manages members and keys, a member sees who they are and nothing
// more, and a wrong key, a missing key or a server that is not there say what to do.
class TestTeamClient : public QObject
{
    Q_OBJECT

private:
    testing::TeamServer m_team;
    std::shared_ptr<MemorySecretStore> m_secrets = std::make_shared<MemorySecretStore>();
    QNetworkAccessManager m_nam;

    testing::TeamServer *m_server = &m_team; // the one the tests below talk to
    testing::TeamServer &srv() { return *m_server; }

    std::unique_ptr<TeamClient> client(const QString &key, ProviderConfig provider = {})
    {
        if (provider.id.isEmpty())
            provider = srv().provider();
        (void)m_secrets->write(QStringLiteral("team"), key);
        return std::make_unique<TeamClient>(WorkspaceFile::defaults(), provider, m_secrets, m_nam);
    }
    template<typename T> static T valueOf(Waiter<T> &w)
    {
        if (!w.wait())
            qFatal("no answer from the team client");
        if (!*w.result)
            qFatal("the team client failed: %s", qPrintable(w.result->error().message));
        return w.result->value();
    }
    static TeamError errorOf(Waiter<void> &w)
    {
        if (!w.wait())
            qFatal("no answer from the team client");
        if (*w.result)
            qFatal("the team client succeeded where it should not");
        return w.result->error();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_team.start(), qPrintable(m_team.error)); }

    void adminManagesMembersAndKeys()
    {
        auto admin = client(m_team.adminKey);

        Waiter<team::Identity> me;
        admin->me(me.done());
        const team::Identity who = valueOf(me);
        QCOMPARE(who.member, QStringLiteral("alice"));
        QCOMPARE(who.role, team::Role::Admin);

        Waiter<QList<team::Member>> members;
        admin->members(false, members.done());
        QStringList names;
        for (const team::Member &m : valueOf(members))
            names << m.name + QLatin1Char(':') + team::roleName(m.role) + QLatin1Char(':') + QString::number(m.activeKeys);
        QCOMPARE(names, (QStringList{QStringLiteral("alice:admin:1"), QStringLiteral("bob:member:1")}));

        Waiter<team::Member> added;
        admin->addMember(QStringLiteral("carol lee"), team::Role::Viewer, added.done());
        QCOMPARE(valueOf(added).role, team::Role::Viewer);
        QVERIFY(valueOf(added).createdAtMs > 0);

        // a name with a space travels in the path
        Waiter<void> role;
        admin->setRole(QStringLiteral("carol lee"), team::Role::Member, role.done());
        QVERIFY(role.wait() && *role.result);

        Waiter<team::NewKey> created;
        admin->createKey(QStringLiteral("carol lee"), QStringLiteral("ci"), 30, created.done());
        const team::NewKey key = valueOf(created);
        QVERIFY(key.value.startsWith(QStringLiteral("sbk_") + key.info.id + QLatin1Char('_')));
        QCOMPARE(key.info.member, QStringLiteral("carol lee"));
        QCOMPARE(key.info.requestsPerMinute, 30);

        Waiter<team::NewKey> rotated;
        admin->rotateKey(key.info.id, rotated.done());
        const team::NewKey replacement = valueOf(rotated);
        QVERIFY(replacement.info.id != key.info.id);
        QCOMPARE(replacement.info.label, QStringLiteral("ci"));

        Waiter<QList<team::KeyInfo>> keys;
        admin->keys(QStringLiteral("carol lee"), true, keys.done());
        const QList<team::KeyInfo> carols = valueOf(keys);
        QCOMPARE(carols.size(), 2);
        for (const team::KeyInfo &k : carols) {
            if (k.id == key.info.id) {
                QVERIFY(k.revokedAtMs.has_value());
                QCOMPARE(k.replacedBy, replacement.info.id);
            } else {
                QCOMPARE(k.id, replacement.info.id);
                QVERIFY(!k.revokedAtMs);
            }
        }

        Waiter<void> revoked;
        admin->revokeKey(replacement.info.id, revoked.done());
        QVERIFY(revoked.wait() && *revoked.result);
        Waiter<void> removed;
        admin->removeMember(QStringLiteral("carol lee"), removed.done());
        QVERIFY(removed.wait() && *removed.result);

        Waiter<QList<team::AuditEntry>> audit;
        admin->audit(6, audit.done());
        QStringList actions;
        for (const team::AuditEntry &e : valueOf(audit)) {
            QCOMPARE(e.actor, QStringLiteral("alice"));
            QVERIFY(e.atMs > 0);
            actions << e.action;
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("member.remove"), QStringLiteral("key.revoke"), QStringLiteral("key.rotate"),
                              QStringLiteral("key.create"), QStringLiteral("member.role"), QStringLiteral("member.add")}));

        // the server's refusal comes back with its reason: the last admin cannot be demoted
        Waiter<void> demote;
        admin->setRole(QStringLiteral("alice"), team::Role::Member, demote.done());
        const TeamError refused = errorOf(demote);
        QCOMPARE(refused.kind, TeamError::Kind::Refused);
        QVERIFY2(refused.message.contains(QStringLiteral("admin")), qPrintable(refused.message));
    }

    void memberSeesOnlyWhoTheyAre()
    {
        auto member = client(m_team.memberKey);
        Waiter<team::Identity> me;
        member->me(me.done());
        QCOMPARE(valueOf(me).member, QStringLiteral("bob"));
        QCOMPARE(valueOf(me).role, team::Role::Member);

        Waiter<QList<team::Member>> members;
        member->members(false, members.done());
        QVERIFY(members.wait());
        QVERIFY(!*members.result);
        QCOMPARE(members.result->error().kind, TeamError::Kind::NotAdmin);
        QCOMPARE(members.result->error().httpStatus, 403);
        QVERIFY(members.result->error().message.contains(QStringLiteral("admin")));

        Waiter<void> add;
        member->addMember(QStringLiteral("mallory"), team::Role::Admin,
                          [&add](const TeamResult<team::Member> &r) { add.result.emplace(r ? TeamResult<void>() : TeamResult<void>(r.error())); });
        QCOMPARE(errorOf(add).kind, TeamError::Kind::NotAdmin);
    }

    void wrongKeySaysWhichProvider()
    {
        auto stranger = client(QStringLiteral("sbk_aaaaaaaaaa_") + QString(43, QLatin1Char('x')));
        Waiter<team::Identity> me;
        stranger->me(me.done());
        QVERIFY(me.wait());
        QVERIFY(!*me.result);
        const TeamError e = me.result->error();
        QCOMPARE(e.kind, TeamError::Kind::WrongKey);
        QCOMPARE(e.httpStatus, 401);
        QVERIFY2(e.message.contains(QStringLiteral("\"team\"")) && e.message.contains(QStringLiteral("sbk_")), qPrintable(e.message));
        QVERIFY(!e.message.contains(QStringLiteral("xxxxxxxx"))); // never the key itself
    }

    void missingKeyAndAbsentServer()
    {
        auto keyless = client(QString(), m_team.provider(QStringLiteral("keychain:nothing-here")));
        Waiter<team::Identity> me;
        keyless->me(me.done());
        QVERIFY(me.wait());
        QVERIFY(!*me.result);
        QCOMPARE(me.result->error().kind, TeamError::Kind::NoKey);

        // a port nobody listens on: bound, then closed
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ProviderConfig gone = m_team.provider();
        gone.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
        auto absent = client(m_team.adminKey, gone);
        Waiter<team::Identity> none;
        absent->me(none.done());
        QVERIFY(none.wait());
        QVERIFY(!*none.result);
        QCOMPARE(none.result->error().kind, TeamError::Kind::Unreachable);
        QVERIFY2(none.result->error().message.contains(QString::number(port)), qPrintable(none.result->error().message));
    }

    // A name with '/', '?', '%' and '#' reaches the server as one path segment (encoded by the client,
    // decoded by the server after splitting), and a raw '/' in the path is not taken for part of a name.
    void namesWithASlash()
    {
        auto admin = client(srv().adminKey);
        const QString name = QStringLiteral("ops/ci bot?%2F#1");
        Waiter<team::Member> added;
        admin->addMember(name, team::Role::Viewer, added.done());
        QCOMPARE(valueOf(added).name, name);

        Waiter<void> role;
        admin->setRole(name, team::Role::Member, role.done());
        QVERIFY2(role.wait() && *role.result, role.result && !*role.result ? qPrintable(role.result->error().message) : "no answer");

        Waiter<team::NewKey> created;
        admin->createKey(name, QStringLiteral("ci"), 0, created.done());
        QCOMPARE(valueOf(created).info.member, name);
        Waiter<QList<team::KeyInfo>> keys;
        admin->keys(name, false, keys.done());
        QCOMPARE(valueOf(keys).size(), 1);

        Waiter<void> budget;
        admin->setBudget(name, usage::Budget::Period::Daily, std::nullopt, 2.5, budget.done());
        QVERIFY(budget.wait() && *budget.result);

        Waiter<QList<team::Member>> members;
        admin->members(false, members.done());
        bool found = false;
        for (const team::Member &m : valueOf(members))
            found |= m.name == name && m.role == team::Role::Member;
        QVERIFY(found);

        // the member "ops" does not exist: a raw slash splits the path, and that path is no endpoint
        QNetworkRequest raw(QUrl(srv().server->baseUrl().toString() + QStringLiteral("/v1/team/members/ops/ci/role")));
        raw.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        raw.setRawHeader("Authorization", "Bearer " + srv().adminKey.toLatin1());
        QNetworkReply *reply = m_nam.post(raw, QByteArrayLiteral("{\"role\":\"admin\"}"));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        reply->deleteLater();

        Waiter<void> removed;
        admin->removeMember(name, removed.done());
        QVERIFY(removed.wait() && *removed.result);
        Waiter<QList<team::AuditEntry>> audit;
        admin->audit(1, audit.done());
        QCOMPARE(valueOf(audit).value(0).target, name);
    }

    // Budgets per member: set over the API by an admin (validated, audited), in the team's database,
    // applied by the serve with the keys, listed with this period's spend and the reservations of calls
    // in flight; a team budget replaces the workspace's of the same member and period.
    void adminSetsMemberBudgets()
    {
        auto admin = client(srv().adminKey);
        using Period = usage::Budget::Period;
        Waiter<void> daily;
        admin->setBudget(QStringLiteral("bob"), Period::Daily, 0.5, 1.0, daily.done());
        QVERIFY2(daily.wait() && *daily.result, daily.result && !*daily.result ? qPrintable(daily.result->error().message) : "no answer");
        Waiter<void> monthly;
        admin->setBudget(QStringLiteral("bob"), Period::Monthly, 20.0, std::nullopt, monthly.done());
        QVERIFY(monthly.wait() && *monthly.result);

        // refused, with the reason
        Waiter<void> inverted;
        admin->setBudget(QStringLiteral("bob"), Period::Daily, 2.0, 1.0, inverted.done());
        TeamError e = errorOf(inverted);
        QCOMPARE(e.kind, TeamError::Kind::Refused);
        QVERIFY2(e.message.contains(QStringLiteral("softLimitUsd")) && !e.message.contains(QStringLiteral("budget[")), qPrintable(e.message));
        Waiter<void> empty;
        admin->setBudget(QStringLiteral("bob"), Period::Daily, std::nullopt, std::nullopt, empty.done());
        QCOMPARE(errorOf(empty).kind, TeamError::Kind::Refused);
        Waiter<void> nobody;
        admin->setBudget(QStringLiteral("nobody"), Period::Daily, 1.0, std::nullopt, nobody.done());
        e = errorOf(nobody);
        QCOMPARE(e.kind, TeamError::Kind::Refused);
        QCOMPARE(e.httpStatus, 404);
        auto member = client(srv().memberKey);
        Waiter<void> own;
        member->setBudget(QStringLiteral("bob"), Period::Daily, std::nullopt, 100.0, own.done());
        QCOMPARE(errorOf(own).kind, TeamError::Kind::NotAdmin);
        Waiter<QList<team::BudgetInfo>> peek;
        member->budgets(peek.done());
        QVERIFY(peek.wait() && !*peek.result);
        QCOMPARE(peek.result->error().kind, TeamError::Kind::NotAdmin);

        // the serve applies them once it reads the team again (it polls every second)
        QVERIFY(srv().keys->loadNow());
        QTRY_COMPARE(srv().engine->teamBudgets().size(), 2);
        const usage::Budget bobDaily{usage::Budget::Scope::Member, QStringLiteral("bob"), Period::Daily, 0.5, 1.0};
        QVERIFY(srv().engine->budgets().budgets().contains(bobDaily));

        // a call of bob's in flight holds its estimate against the hard limit; settled, it is spent
        const usage::Spender bob(QStringLiteral("key"), QStringLiteral("bob"));
        auto held = srv().engine->reservations().reserveNow(QStringLiteral("call-1"), QStringLiteral("openai"), bob, usage::usdToNano(0.25));
        QVERIFY(held && held->granted);
        auto refused = srv().engine->reservations().reserveNow(QStringLiteral("call-2"), QStringLiteral("openai"), bob, usage::usdToNano(0.8));
        QVERIFY(refused && !refused->granted);
        QCOMPARE(refused->blockedBy, std::optional<usage::Budget>(bobDaily));
        auto listed = [&]() {
            Waiter<QList<team::BudgetInfo>> w;
            admin->budgets(w.done());
            return valueOf(w);
        };
        QList<team::BudgetInfo> budgets = listed();
        QCOMPARE(budgets.size(), 2);
        QCOMPARE(budgets.at(0).budget, bobDaily);
        QCOMPARE(budgets.at(0).reservedNano, usage::usdToNano(0.25));
        QCOMPARE(budgets.at(0).spentNano, qint64(0));
        QVERIFY(!budgets.at(0).fromWorkspace);
        QCOMPARE(budgets.at(1).budget.period, Period::Monthly);
        QCOMPARE(budgets.at(1).budget.softLimitUsd, std::optional<double>(20.0));
        QVERIFY(!budgets.at(1).budget.hardLimitUsd);
        QVERIFY(srv().engine->reservations().settleNow(QStringLiteral("call-1"), usage::usdToNano(0.1), held->counters));
        budgets = listed();
        QCOMPARE(budgets.at(0).reservedNano, qint64(0));
        QCOMPARE(budgets.at(0).spentNano, usage::usdToNano(0.1));

        // the workspace's budget of a member shows (read-only), unless the team's replaces it
        Workspace ws = srv().engine->workspace();
        ws.budgets = QJsonArray{QJsonObject{{QStringLiteral("scope"), QStringLiteral("member")},
                                            {QStringLiteral("target"), QStringLiteral("alice")},
                                            {QStringLiteral("period"), QStringLiteral("monthly")},
                                            {QStringLiteral("hardLimitUsd"), 50}},
                                QJsonObject{{QStringLiteral("scope"), QStringLiteral("member")},
                                            {QStringLiteral("target"), QStringLiteral("bob")},
                                            {QStringLiteral("period"), QStringLiteral("monthly")},
                                            {QStringLiteral("hardLimitUsd"), 5}}};
        QVERIFY(srv().engine->setWorkspace(ws));
        budgets = listed();
        QCOMPARE(budgets.size(), 3);
        QCOMPARE(budgets.at(0).budget.target, QStringLiteral("alice"));
        QVERIFY(budgets.at(0).fromWorkspace);
        QCOMPARE(budgets.at(2).budget.softLimitUsd, std::optional<double>(20.0)); // bob's monthly: the team's
        QVERIFY(!srv().engine->budgets().budgets().contains(
            usage::Budget{usage::Budget::Scope::Member, QStringLiteral("bob"), Period::Monthly, std::nullopt, 5.0}));

        Waiter<void> removed;
        admin->removeBudget(QStringLiteral("bob"), Period::Monthly, removed.done());
        QVERIFY(removed.wait() && *removed.result);
        Waiter<void> again;
        admin->removeBudget(QStringLiteral("bob"), Period::Monthly, again.done());
        QCOMPARE(errorOf(again).kind, TeamError::Kind::Refused);
        budgets = listed();
        QCOMPARE(budgets.size(), 3); // bob's monthly is the workspace's again
        QVERIFY(budgets.at(2).fromWorkspace);
        QCOMPARE(budgets.at(2).budget.hardLimitUsd, std::optional<double>(5.0));

        Waiter<QList<team::AuditEntry>> audit;
        admin->audit(3, audit.done());
        QStringList actions;
        for (const team::AuditEntry &a : valueOf(audit))
            actions << a.action + QLatin1Char(' ') + a.target + QLatin1Char(' ') + a.detail;
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("budget.remove bob {\"period\":\"monthly\"}"),
                              QStringLiteral("budget.set bob {\"period\":\"monthly\",\"softLimitUsd\":20}"),
                              QStringLiteral("budget.set bob {\"hardLimitUsd\":1,\"period\":\"daily\",\"softLimitUsd\":0.5}")}));
        ws.budgets = QJsonArray();
        QVERIFY(srv().engine->setWorkspace(ws));
    }

    // GET /team/usage: the Usage page's aggregates of the team's ledger, run on the server; admins and
    // viewers see every call (or one member's), a member their own only, whatever they ask for.
    void usageByRole()
    {
        team::TeamStore store(srv().engine->database(), QStringLiteral("cli:test"));
        QVERIFY(store.addMember(QStringLiteral("vic"), team::Role::Viewer));
        auto vicKey = store.createKey(QStringLiteral("vic"), QStringLiteral("dashboard"));
        QVERIFY(vicKey);
        const QString bobKey = store.keys(QStringLiteral("bob")).value().value(0).id;
        const QString aliceKey = store.keys(QStringLiteral("alice")).value().value(0).id;
        QVERIFY(!bobKey.isEmpty() && !aliceKey.isEmpty());
        QVERIFY(srv().keys->loadNow());

        // three calls of bob's, two of alice's through the team server, one of the server's own CLI
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto record = [&](const QString &key, const QString &member, const QString &provider, double cost, qint64 latencyMs) {
            usage::CallRecord c;
            c.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.startedAtMs = now - 1000;
            c.source = key.isEmpty() ? usage::Source::Cli : usage::Source::Proxy;
            c.sourceKey = key;
            c.member = member;
            c.provider = provider;
            c.model = provider + QStringLiteral("-model");
            c.usage.inputTokens = 100;
            c.usage.outputTokens = 10;
            c.costUsd = cost;
            c.latencyMs = latencyMs;
            QVERIFY(srv().engine->ledger().record(c));
        };
        for (int i = 0; i < 3; ++i)
            record(bobKey, QStringLiteral("bob"), QStringLiteral("openai"), 0.01, 100 + i * 100);
        for (int i = 0; i < 2; ++i)
            record(aliceKey, QStringLiteral("alice"), QStringLiteral("anthropic"), 0.02, 50);
        record(QString(), QString(), QStringLiteral("local"), 0, 10);
        QVERIFY(srv().engine->ledger().flush());

        const qint64 today = usage::dayOfMs(now);
        usage::Filter days{today - 6, today + 1, {}, {}, {}, {}};
        auto report = [&](const QString &key, const usage::Filter &filter) {
            auto c = client(key);
            Waiter<team::UsageReport> w;
            c->usageReport(filter, usage::Dimension::Provider, w.done());
            if (!w.wait())
                qFatal("no answer from the team client");
            return *w.result;
        };

        // the admin: the whole server, or one member
        auto all = report(srv().adminKey, days);
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        QCOMPARE(all->totals.attempts, qint64(6));
        QCOMPARE(all->totals.costNano, usage::usdToNano(0.07));
        QCOMPARE(all->members, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QCOMPARE(all->providers, (QStringList{QStringLiteral("anthropic"), QStringLiteral("local"), QStringLiteral("openai")}));
        QCOMPARE(all->keyTitles.value(QStringLiteral("proxy:") + bobKey), QStringLiteral("bob (laptop)"));
        usage::Filter bobs = days;
        bobs.member = QStringLiteral("bob");
        auto ofBob = report(srv().adminKey, bobs);
        QVERIFY2(ofBob, ofBob ? "" : qPrintable(ofBob.error().message));
        QCOMPARE(ofBob->member, QStringLiteral("bob"));
        QCOMPARE(ofBob->totals.attempts, qint64(3));
        QCOMPARE(ofBob->totals.costNano, usage::usdToNano(0.03));
        QCOMPARE(ofBob->providers, QStringList{QStringLiteral("openai")});
        QCOMPARE(ofBob->members, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")})); // to choose another
        QCOMPARE(ofBob->latency.size(), 1);
        QCOMPARE(ofBob->latency.at(0).count, qint64(3));
        // estimated from the day rollups' histograms, and said so
        QCOMPARE(ofBob->latencyRelativeError, usage::LogHistogram::kRelativeError);
        QVERIFY(std::abs(ofBob->latency.at(0).p50Ms - 200) <= 200 * usage::LogHistogram::kRelativeError + 1);
        QCOMPARE(ofBob->spend.size(), 1);
        QCOMPARE(ofBob->spend.at(0).key, QStringLiteral("openai"));
        QCOMPARE(ofBob->topKeys.size(), 1);
        QCOMPARE(ofBob->topKeys.at(0).sourceKey, bobKey);

        // bob: his own, asked for or not; alice's is refused
        auto own = report(srv().memberKey, days);
        QVERIFY(own);
        QCOMPARE(own->member, QStringLiteral("bob"));
        QCOMPARE(own->totals.attempts, qint64(3));
        QCOMPARE(own->members, QStringList{QStringLiteral("bob")}); // no other member's name
        QVERIFY(!own->keyTitles.contains(QStringLiteral("proxy:") + aliceKey));
        usage::Filter alices = days;
        alices.member = QStringLiteral("alice");
        auto notHis = report(srv().memberKey, alices);
        QVERIFY(!notHis);
        QCOMPARE(notHis.error().kind, TeamError::Kind::NotAdmin);
        QCOMPARE(notHis.error().httpStatus, 403);

        // a viewer sees the team's usage (and only that: no members list)
        auto viewer = report(vicKey->value, alices);
        QVERIFY(viewer);
        QCOMPARE(viewer->totals.attempts, qint64(2));
        auto vic = client(vicKey->value);
        Waiter<QList<team::Member>> members;
        vic->members(false, members.done());
        QVERIFY(members.wait() && !*members.result);

        // a range the server refuses says why
        usage::Filter backwards{today, today - 1, {}, {}, {}, {}};
        auto refused = report(srv().adminKey, backwards);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, TeamError::Kind::Refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("day")), qPrintable(refused.error().message));
    }

    // GET /team/monitor/chart: the Monitor page's series, comparison, markers and models of the team's
    // monitoring rollups, with the rule of /team/usage: admins and viewers see every member (or one), a
    // member their own only, whatever they ask for.
    void monitorByRole()
    {
        team::TeamStore store(srv().engine->database(), QStringLiteral("cli:test"));
        QVERIFY(store.addMember(QStringLiteral("vera"), team::Role::Viewer));
        auto veraKey = store.createKey(QStringLiteral("vera"), QStringLiteral("wallboard"));
        QVERIFY(veraKey);
        const QString bobKey = store.keys(QStringLiteral("bob")).value().value(0).id;
        const QString aliceKey = store.keys(QStringLiteral("alice")).value().value(0).id;
        QVERIFY(!bobKey.isEmpty() && !aliceKey.isEmpty());
        QVERIFY(srv().keys->loadNow());

        // three hours ago (apart from usageByRole's calls): three of bob's, two of alice's, one of the CLI
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - 3 * 3'600'000;
        auto record = [&](const QString &key, const QString &member, const QString &provider, double cost, qint64 latencyMs) {
            usage::CallRecord c;
            c.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.startedAtMs = at;
            c.source = key.isEmpty() ? usage::Source::Cli : usage::Source::Proxy;
            c.sourceKey = key;
            c.member = member;
            c.provider = provider;
            c.model = provider + QStringLiteral("-model");
            c.usage.inputTokens = 100;
            c.usage.outputTokens = 10;
            c.costUsd = cost;
            c.latencyMs = latencyMs;
            QVERIFY(srv().engine->ledger().record(c));
        };
        for (int i = 0; i < 3; ++i)
            record(bobKey, QStringLiteral("bob"), QStringLiteral("openai"), 0.01, 100 + i * 100);
        for (int i = 0; i < 2; ++i)
            record(aliceKey, QStringLiteral("alice"), QStringLiteral("anthropic"), 0.02, 50);
        record(QString(), QString(), QStringLiteral("local"), 0, 10);
        QVERIFY(srv().engine->ledger().flush());

        const auto request = [at](const QString &member, const QString &provider = {}) {
            team::MonitorRequest r;
            r.query.fromMs = at - 1'800'000;
            r.query.toMs = at + 1'800'000;
            r.query.scope.member = member;
            r.query.scope.provider = provider;
            return r;
        };
        auto chart = [&](const QString &key, const team::MonitorRequest &r) {
            auto c = client(key);
            Waiter<team::MonitorReport> w;
            c->monitorChart(r, w.done());
            if (!w.wait())
                qFatal("no answer from the team client");
            return *w.result;
        };

        // the admin: the whole server, or one member
        auto all = chart(srv().adminKey, request(QString()));
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        QCOMPARE(all->member, QString());
        QCOMPARE(all->series.total.all.attempts, qint64(6));
        QCOMPARE(all->series.total.all.costNano, usage::usdToNano(0.07));
        QCOMPARE(all->series.stepMs, qint64(60'000)); // the minute rollups
        QVERIFY(all->series.points.size() >= 60 && all->series.points.size() <= 61);
        QVERIFY(all->models.contains(QStringLiteral("openai/openai-model")));
        QVERIFY(all->models.contains(QStringLiteral("local/local-model")));
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("vera")})
            QVERIFY2(all->members.contains(name), qPrintable(all->members.join(QLatin1Char(','))));

        auto ofBob = chart(srv().adminKey, request(QStringLiteral("bob")));
        QVERIFY2(ofBob, ofBob ? "" : qPrintable(ofBob.error().message));
        QCOMPARE(ofBob->member, QStringLiteral("bob"));
        QCOMPARE(ofBob->series.scope.member, QStringLiteral("bob"));
        const monitor::Point &bobs = ofBob->series.total;
        QCOMPARE(bobs.all.attempts, qint64(3));
        QCOMPARE(bobs.all.costNano, usage::usdToNano(0.03));
        QCOMPARE(bobs.latencyMs.count, qint64(3));
        QVERIFY2(bobs.latencyMs.p50 && std::abs(*bobs.latencyMs.p50 - 200) <= 200 * 0.05, "p50 within the histograms' error of 200 ms");
        QCOMPARE(bobs.availability, std::optional<double>(1.0));
        QCOMPARE(ofBob->models, QStringList{QStringLiteral("openai/openai-model")});
        QVERIFY(ofBob->members.contains(QStringLiteral("alice"))); // to choose another

        // a comparison keeps the member: bob made no call to anthropic, alice two
        team::MonitorRequest compared = request(QStringLiteral("bob"), QStringLiteral("openai"));
        compared.compare = request(QString(), QStringLiteral("anthropic")).query;
        auto bobAgainst = chart(srv().adminKey, compared);
        QVERIFY2(bobAgainst, bobAgainst ? "" : qPrintable(bobAgainst.error().message));
        QCOMPARE(bobAgainst->series.total.all.attempts, qint64(3));
        QVERIFY(bobAgainst->other);
        QCOMPARE(bobAgainst->other->scope.member, QStringLiteral("bob"));
        QCOMPARE(bobAgainst->other->total.all.attempts, qint64(0));
        auto anthropic = chart(srv().adminKey, request(QString(), QStringLiteral("anthropic")));
        QVERIFY(anthropic);
        QCOMPARE(anthropic->series.total.all.attempts, qint64(2));

        // bob: his own, asked for or not; alice's is refused
        auto own = chart(srv().memberKey, request(QString()));
        QVERIFY2(own, own ? "" : qPrintable(own.error().message));
        QCOMPARE(own->member, QStringLiteral("bob"));
        QCOMPARE(own->series.total.all.attempts, qint64(3));
        QCOMPARE(own->members, QStringList{QStringLiteral("bob")}); // no other member's name
        QCOMPARE(own->models, QStringList{QStringLiteral("openai/openai-model")});
        auto notHis = chart(srv().memberKey, request(QStringLiteral("alice")));
        QVERIFY(!notHis);
        QCOMPARE(notHis.error().kind, TeamError::Kind::NotAdmin);
        QCOMPARE(notHis.error().httpStatus, 403);

        // a viewer sees the team's, or one member's
        auto viewer = chart(veraKey->value, request(QStringLiteral("alice")));
        QVERIFY2(viewer, viewer ? "" : qPrintable(viewer.error().message));
        QCOMPARE(viewer->series.total.all.attempts, qint64(2));
        QCOMPARE(viewer->series.total.all.costNano, usage::usdToNano(0.04));

        // a range the server refuses says why
        team::MonitorRequest backwards = request(QString());
        std::swap(backwards.query.fromMs, backwards.query.toMs);
        auto refused = chart(srv().adminKey, backwards);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, TeamError::Kind::Refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("milliseconds")), qPrintable(refused.error().message));
    }

    // The same answers from a team server on PostgreSQL (its own database, the same serve).
    void onPostgres()
    {
        testing::PostgresServer postgres;
        SB_REQUIRE_OR_SKIP_POSTGRES(postgres);
        testing::TeamServer team;
        QVERIFY2(team.start(postgres.createDatabase(QStringLiteral("teamclient"))), qPrintable(team.error));
        m_server = &team;
        const auto back = qScopeGuard([this] { m_server = &m_team; });
        namesWithASlash();
        QVERIFY(!QTest::currentTestFailed());
        adminSetsMemberBudgets();
        QVERIFY(!QTest::currentTestFailed());
        usageByRole();
        QVERIFY(!QTest::currentTestFailed());
        monitorByRole();
    }

    void parsesWhatTheServerWrites()
    {
        team::KeyInfo k;
        k.id = QStringLiteral("k1");
        k.member = QStringLiteral("bob");
        k.label = QStringLiteral("ci");
        k.requestsPerMinute = 12;
        k.createdAtMs = 1'700'000'000'000;
        k.revokedAtMs = 1'700'000'060'000;
        k.replacedBy = QStringLiteral("k2");
        const auto back = TeamClient::keyFromJson(team::toJson(k));
        QVERIFY(back);
        QCOMPARE(back->requestsPerMinute, 12);
        QCOMPARE(back->createdAtMs, k.createdAtMs);
        QCOMPARE(back->revokedAtMs, k.revokedAtMs);
        QCOMPARE(back->replacedBy, QStringLiteral("k2"));
        QVERIFY(!TeamClient::keyFromJson(QJsonObject()));
        QVERIFY(!TeamClient::newKeyFromJson(team::toJson(k))); // no value: not a new key
        QVERIFY(!TeamClient::memberFromJson(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("role"), QStringLiteral("boss")}}));
    }
};

QTEST_GUILESS_MAIN(TestTeamClient)
#include "tst_teamclient.moc"
