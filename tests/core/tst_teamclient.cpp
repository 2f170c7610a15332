#include "team/teamclient.h"
#include "teamserverfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

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

    std::unique_ptr<TeamClient> client(const QString &key, ProviderConfig provider = {})
    {
        if (provider.id.isEmpty())
            provider = m_team.provider();
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
