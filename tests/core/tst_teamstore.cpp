// The team's members, keys and audit log (core/team) on SQLite and on a real PostgreSQL server: the
// same operations must give the same answers on both, keys must work only while they are in force, and
// no key value may reach the database.

#include "postgresfixture.h"
#include "storage/database.h"
#include "team/sharedratelimit.h"
#include "team/teamkeys.h"
#include "team/teamstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sb;
using namespace sb::team;

namespace {

QStringList memberLines(const QList<Member> &members)
{
    QStringList out;
    for (const Member &m : members)
        out << QStringLiteral("%1 %2 %3%4")
                   .arg(m.name, roleName(m.role))
                   .arg(m.activeKeys)
                   .arg(m.removedAtMs ? QStringLiteral(" removed") : QString());
    return out;
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testing::PostgresServer> m_server;
    int m_databases = 0;
    qint64 m_now = 1'780'000'000'000;

    std::shared_ptr<Database> open()
    {
        QFETCH_GLOBAL(bool, postgres);
        ++m_databases;
        const QString where = postgres ? m_server->createDatabase(QStringLiteral("team%1").arg(m_databases))
                                       : m_dir.filePath(QStringLiteral("team%1.sqlite").arg(m_databases));
        auto db = Database::open(where);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        return *db;
    }

    TeamStore store(const std::shared_ptr<Database> &db)
    {
        return TeamStore(db, QStringLiteral("cli:test"), [this] { return ++m_now; });
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<testing::PostgresServer>();
        if (!m_server->isRunning() && qEnvironmentVariableIsSet("SB_REQUIRE_POSTGRES"))
            QFAIL(qPrintable(m_server->problem()));
    }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres && !m_server->isRunning())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL: ") + m_server->problem()));
    }

    void initMakesTheFirstAdminOnce()
    {
        auto db = open();
        TeamStore team = store(db);
        QCOMPARE(team.hasMembers().value(), false);
        auto key = team.init(QStringLiteral("alice"));
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QVERIFY(key->value.startsWith(QStringLiteral("sbk_") + key->info.id + QLatin1Char('_')));
        QVERIFY(parseKey(key->value.toLatin1()));
        QCOMPARE(parseKey(key->value.toLatin1())->id, key->info.id);
        QCOMPARE(key->info.member, QStringLiteral("alice"));
        QCOMPARE(memberLines(team.members().value()), QStringList{QStringLiteral("alice admin 1")});

        auto again = team.init(QStringLiteral("mallory"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Validation);
        QVERIFY2(again.error().message.contains(QLatin1String("team member add")), qPrintable(again.error().message));
        QCOMPARE(memberLines(team.members().value()), QStringList{QStringLiteral("alice admin 1")});

        const QList<AuditEntry> log = team.audit().value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("team.init"));
        QCOMPARE(log.first().actor, QStringLiteral("cli:test"));
        QCOMPARE(log.first().target, QStringLiteral("alice"));
        QVERIFY(log.first().detail.contains(key->info.id));
    }

    void membersAndRoles()
    {
        auto db = open();
        TeamStore team = store(db);
        QVERIFY(team.init(QStringLiteral("alice")));
        QVERIFY(team.addMember(QStringLiteral("bob"), Role::Member));
        QVERIFY(team.addMember(QStringLiteral("carol"), Role::Viewer));
        auto twice = team.addMember(QStringLiteral("bob"), Role::Viewer);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QLatin1String("already")), qPrintable(twice.error().message));
        for (const QString &bad : {QString(), QStringLiteral(" bob"), QStringLiteral("a\tb"), QString(65, QLatin1Char('x'))}) {
            auto refused = team.addMember(bad, Role::Member);
            QVERIFY2(!refused, qPrintable(bad));
            QCOMPARE(refused.error().kind, Error::Kind::Validation);
        }
        QCOMPARE(memberLines(team.members().value()),
                 (QStringList{QStringLiteral("alice admin 1"), QStringLiteral("bob member 0"), QStringLiteral("carol viewer 0")}));

        // the last admin stays
        auto demoted = team.setRole(QStringLiteral("alice"), Role::Member);
        QVERIFY(!demoted);
        QVERIFY2(demoted.error().message.contains(QLatin1String("last admin")), qPrintable(demoted.error().message));
        auto removed = team.removeMember(QStringLiteral("alice"));
        QVERIFY(!removed);
        QVERIFY2(removed.error().message.contains(QLatin1String("last admin")), qPrintable(removed.error().message));
        // ... until there is another
        QVERIFY(team.setRole(QStringLiteral("bob"), Role::Admin));
        QVERIFY(team.setRole(QStringLiteral("alice"), Role::Viewer));
        auto nobody = team.setRole(QStringLiteral("zed"), Role::Admin);
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().kind, Error::Kind::NotFound);

        // removing revokes the member's keys; the row stays for the ledger
        QVERIFY(team.createKey(QStringLiteral("carol"), QStringLiteral("laptop")));
        QVERIFY(team.removeMember(QStringLiteral("carol")));
        QCOMPARE(memberLines(team.members().value()), (QStringList{QStringLiteral("alice viewer 1"), QStringLiteral("bob admin 0")}));
        QCOMPARE(memberLines(team.members(true).value()),
                 (QStringList{QStringLiteral("alice viewer 1"), QStringLiteral("bob admin 0"), QStringLiteral("carol viewer 0 removed")}));
        QVERIFY(team.keys(QStringLiteral("carol")).value().isEmpty());
        QCOMPARE(team.keys(QStringLiteral("carol"), true).value().size(), 1);
        // and a removed member can come back
        QVERIFY(team.addMember(QStringLiteral("carol"), Role::Member));
        QVERIFY(memberLines(team.members().value()).contains(QStringLiteral("carol member 0")));

        QStringList actions;
        const QList<AuditEntry> log = team.audit().value();
        for (const AuditEntry &e : log)
            actions.prepend(e.action + QLatin1Char(' ') + e.target);
        QCOMPARE(
            actions,
            (QStringList{QStringLiteral("team.init alice"), QStringLiteral("member.add bob"), QStringLiteral("member.add carol"),
                         QStringLiteral("member.role bob"), QStringLiteral("member.role alice"), QStringLiteral("key.create ") + actionsKey(team),
                         QStringLiteral("member.remove carol"), QStringLiteral("member.add carol")}));
    }

    void keysAreStoredHashedAndRevocable()
    {
        auto db = open();
        TeamStore team = store(db);
        QVERIFY(team.init(QStringLiteral("alice")));
        QVERIFY(team.addMember(QStringLiteral("bob"), Role::Member));
        auto key = team.createKey(QStringLiteral("bob"), QStringLiteral("ci runner"), 120);
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QCOMPARE(key->info.requestsPerMinute, 120);
        QVERIFY(!team.createKey(QStringLiteral("bob"), QString(), -1));
        QCOMPARE(team.createKey(QStringLiteral("zed"), QString()).error().kind, Error::Kind::NotFound);

        // nothing of the secret part is in any column of the database
        const QString secret = key->value.mid(key->value.lastIndexOf(QLatin1Char('_')) + 1);
        auto conn = db->connection();
        QVERIFY(conn);
        for (const QString &table : {QStringLiteral("team_keys"), QStringLiteral("team_audit"), QStringLiteral("team_members")}) {
            QSqlQuery q(*conn);
            QVERIFY(q.exec(QStringLiteral("SELECT * FROM ") + table));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    QVERIFY2(!q.value(i).toString().contains(secret.left(12)), qPrintable(table));
            }
        }

        QList<ActiveKey> active = team.activeKeys().value();
        QCOMPARE(active.size(), 2);
        const auto bobs = std::find_if(active.begin(), active.end(), [&](const ActiveKey &k) { return k.id == key->info.id; });
        QVERIFY(bobs != active.end());
        QCOMPARE(bobs->digest, keyDigest(key->value.toLatin1()));
        QCOMPARE(bobs->member, QStringLiteral("bob"));
        QCOMPARE(bobs->role, Role::Member);
        QCOMPARE(bobs->label, QStringLiteral("ci runner"));
        QCOMPARE(bobs->requestsPerMinute, 120);

        auto rotated = team.rotateKey(key->info.id);
        QVERIFY2(rotated, rotated ? "" : qPrintable(rotated.error().message));
        QVERIFY(rotated->info.id != key->info.id);
        QCOMPARE(rotated->info.label, QStringLiteral("ci runner"));
        QCOMPARE(rotated->info.requestsPerMinute, 120);
        QCOMPARE(team.rotateKey(key->info.id).error().kind, Error::Kind::NotFound); // revoked by the rotation
        const QList<KeyInfo> all = team.keys(QStringLiteral("bob"), true).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().id, rotated->info.id); // newest first
        QCOMPARE(all.last().replacedBy, rotated->info.id);
        QVERIFY(all.last().revokedAtMs);

        QVERIFY(team.revokeKey(rotated->info.id));
        QCOMPARE(team.revokeKey(rotated->info.id).error().kind, Error::Kind::NotFound);
        QVERIFY(team.keys(QStringLiteral("bob")).value().isEmpty());
        QCOMPARE(team.activeKeys().value().size(), 1); // alice's
    }

    // Every change moves the version the serves poll; a refused change leaves it.
    void changesMoveTheVersion()
    {
        auto db = open();
        TeamStore team = store(db);
        QCOMPARE(team.version().value(), 0);
        QVERIFY(team.init(QStringLiteral("alice")));
        const qint64 v1 = team.version().value();
        QVERIFY(v1 > 0);
        QVERIFY(!team.addMember(QStringLiteral("alice"), Role::Member));
        QCOMPARE(team.version().value(), v1);
        QVERIFY(team.addMember(QStringLiteral("bob"), Role::Member));
        QVERIFY(team.version().value() > v1);
    }

    void teamKeysFindOnlyKeysInForce()
    {
        auto db = open();
        TeamStore team = store(db);
        TeamKeys keys(db);
        QVERIFY(keys.loadNow());
        QVERIFY(!keys.active());
        auto alice = team.init(QStringLiteral("alice"));
        QVERIFY(alice);
        QVERIFY(team.addMember(QStringLiteral("carol"), Role::Viewer));
        auto carol = team.createKey(QStringLiteral("carol"), QString());
        QVERIFY(carol);
        QVERIFY(keys.loadNow());
        QVERIFY(keys.active());
        QCOMPARE(keys.size(), 2);

        const ActiveKey *found = keys.find(alice->value.toLatin1());
        QVERIFY(found);
        QCOMPARE(found->member, QStringLiteral("alice"));
        QCOMPARE(found->role, Role::Admin);
        QCOMPARE(keys.find(carol->value.toLatin1())->role, Role::Viewer);
        // the right id with another secret, a truncated key, garbage
        QByteArray forged = alice->value.toLatin1();
        forged[forged.size() - 1] = forged.at(forged.size() - 1) == 'A' ? 'B' : 'A';
        QVERIFY(!keys.find(forged));
        QVERIFY(!keys.find(alice->value.toLatin1().chopped(1)));
        QVERIFY(!keys.find("sk-not-a-team-key"));
        QVERIFY(!keys.find({}));

        // an unrelated change keeps the objects handed out; a revocation drops the key
        QVERIFY(team.addMember(QStringLiteral("dave"), Role::Member));
        QVERIFY(keys.loadNow());
        QCOMPARE(keys.find(alice->value.toLatin1()), found);
        QVERIFY(team.revokeKey(carol->info.id));
        QVERIFY(keys.loadNow());
        QVERIFY(!keys.find(carol->value.toLatin1()));
        QCOMPARE(found->member, QStringLiteral("alice")); // still readable
    }

    // A second process's change reaches a polling TeamKeys without a restart.
    void pollingSeesChangesOfOthers()
    {
        auto db = open();
        TeamStore team = store(db);
        auto alice = team.init(QStringLiteral("alice"));
        QVERIFY(alice);
        TeamKeys keys(db);
        QVERIFY(keys.loadNow());
        QSignalSpy reloaded(&keys, &TeamKeys::reloaded);
        keys.startPolling(10);
        QVERIFY(keys.find(alice->value.toLatin1()));
        // another "server": its own Database object on the same file or server
        auto other = Database::open(db->path());
        QVERIFY(other);
        TeamStore admin(*other, QStringLiteral("cli:other"));
        QVERIFY(admin.revokeKey(alice->info.id));
        QVERIFY(reloaded.wait(5000));
        QVERIFY(!keys.find(alice->value.toLatin1()));
        auto fresh = admin.createKey(QStringLiteral("alice"), QStringLiteral("new"));
        QVERIFY(fresh);
        QVERIFY(reloaded.wait(5000));
        QVERIFY(keys.find(fresh->value.toLatin1()));
    }

    // Two serves share a key's limit through the database: the minute's tokens once, then one per
    // 60 s / limit.
    void aRateLimitIsSharedByServes()
    {
        auto db = open();
        auto other = Database::open(db->path());
        QVERIFY(other);
        qint64 now = 1'780'000'000'000;
        SharedRateLimit a(db, [&] { return now; });
        SharedRateLimit b(*other, [&] { return now; });
        QCOMPARE(a.acquire(QStringLiteral("k1"), 3).value(), 0);
        QCOMPARE(b.acquire(QStringLiteral("k1"), 3).value(), 0);
        QCOMPARE(a.acquire(QStringLiteral("k1"), 3).value(), 0);
        QCOMPARE(b.acquire(QStringLiteral("k1"), 3).value(), 20'000); // a token every 20 s
        QCOMPARE(a.acquire(QStringLiteral("k2"), 3).value(), 0); // another key has its own
        now += 15'000;
        QCOMPARE(a.acquire(QStringLiteral("k1"), 3).value(), 5'000);
        now += 5'000;
        QCOMPARE(b.acquire(QStringLiteral("k1"), 3).value(), 0);
        QCOMPARE(a.acquire(QStringLiteral("k1"), 3).value(), 20'000);
        // a clock behind the last refill does not refill backwards
        now -= 60'000;
        QVERIFY(b.acquire(QStringLiteral("k1"), 3).value() > 0);
        now += 10 * 60'000; // a long pause refills a minute's worth, no more
        for (int i = 0; i < 3; ++i)
            QCOMPARE(a.acquire(QStringLiteral("k1"), 3).value(), 0);
        QVERIFY(b.acquire(QStringLiteral("k1"), 3).value() > 0);
        QCOMPARE(a.acquire(QStringLiteral("k3"), 0).value(), 0); // no limit
    }

private:
    static QString actionsKey(const TeamStore &team)
    {
        const QList<KeyInfo> carol = team.keys(QStringLiteral("carol"), true).value();
        return carol.isEmpty() ? QString() : carol.last().id;
    }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
