#include "postgresfixture.h"
#include "storage/database.h"
#include "storage/partitions.h"
#include "storage/sql.h"
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace sb;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const char *name) { return sb::testing::fixturePath(QStringLiteral("migrations/") + QLatin1String(name)); }
    static int count(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static int mode(const QString &path)
    {
#ifdef Q_OS_WIN
        Q_UNUSED(path);
        return -1;
#else
        struct stat st {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
#endif
    }

private Q_SLOTS:
    // Conversations, answers and request bodies must not be readable by other local accounts: under
    // the usual umask 022 a fresh data folder is 0700 and the database, WAL and SHM files 0600, and an
    // old folder left open by an earlier version is tightened at start, with a log line.
    void filesArePrivate()
    {
#ifdef Q_OS_WIN
        QSKIP("file modes are POSIX; Windows gets a user-only ACL (common/privatefiles.cpp)");
#else
        const mode_t old = ::umask(022);
        QTemporaryDir dir;
        {
            const QString data = dir.filePath(QStringLiteral("fresh/data"));
            auto db = Database::open(data + QStringLiteral("/switchboard.sqlite"));
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QSqlQuery q(*(*db)->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            QCOMPARE(mode(data), 0700);
            QCOMPARE(mode(dir.filePath(QStringLiteral("fresh"))), 0700); // a missing parent is created private too
            QCOMPARE(mode(data + QStringLiteral("/switchboard.sqlite")), 0600);
            QCOMPARE(mode(data + QStringLiteral("/switchboard.sqlite-wal")), 0600);
            QCOMPARE(mode(data + QStringLiteral("/switchboard.sqlite-shm")), 0600);
        }
        {
            // as an earlier version left it: 0755 folder, 0644 files
            const QString data = dir.filePath(QStringLiteral("old"));
            {
                auto db = Database::open(data + QStringLiteral("/switchboard.sqlite"));
                QVERIFY(db);
                QSqlQuery q(*(*db)->connection());
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            }
            for (const auto &[file, m] :
                 {std::pair{QString(), 0755}, std::pair{QStringLiteral("/switchboard.sqlite"), 0644},
                  std::pair{QStringLiteral("/switchboard.sqlite-wal"), 0644}, std::pair{QStringLiteral("/switchboard.sqlite-shm"), 0664}}) {
                if (QFileInfo::exists(data + file))
                    QVERIFY(::chmod(QFile::encodeName(data + file).constData(), mode_t(m)) == 0);
            }
            QTest::ignoreMessage(QtInfoMsg,
                                 QRegularExpression(QStringLiteral("the folder .*old was open to other users \\(mode 0755\\): it is now 0700")));
            QTest::ignoreMessage(QtInfoMsg,
                                 QRegularExpression(QStringLiteral("the file .*switchboard.sqlite was readable by other users \\(mode 0644\\)")));
            auto db = Database::open(data + QStringLiteral("/switchboard.sqlite"));
            QVERIFY(db);
            QCOMPARE(mode(data), 0700);
            QCOMPARE(mode(data + QStringLiteral("/switchboard.sqlite")), 0600);
            if (QFileInfo::exists(data + QStringLiteral("/switchboard.sqlite-wal")))
                QCOMPARE(mode(data + QStringLiteral("/switchboard.sqlite-wal")), 0600);
            QSqlQuery q(*(*db)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t"))); // nothing lost
        }
        {
            // a shared folder like /tmp (sticky, open to all) is left as it is: closing it breaks others
            const QString shared = dir.filePath(QStringLiteral("shared"));
            QVERIFY(QDir().mkpath(shared));
            QVERIFY(::chmod(QFile::encodeName(shared).constData(), mode_t(01777)) == 0);
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("the folder .*shared is shared with other users")));
            auto db = Database::open(shared + QStringLiteral("/switchboard.sqlite"));
            QVERIFY(db);
            QCOMPARE(mode(shared), 01777);
            QCOMPARE(mode(shared + QStringLiteral("/switchboard.sqlite")), 0600);
        }
        ::umask(old);
#endif
    }

    void shippedMigrationsApplyToAFreshDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/dir/db.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        auto v = (*db)->schemaVersion();
        QVERIFY(v);
        QVERIFY(*v >= 1);
        QCOMPARE(*v, (*db)->latestVersion());
        auto conn = (*db)->connection();
        QVERIFY(conn);
        QSqlQuery q(*conn);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(count(*conn, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'created_at'")), 1);
    }

    void migrationsApplyInOrderAndOnlyOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            auto db = Database::open(path, fixture("good"));
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE(*(*db)->schemaVersion(), 3);
            auto conn = (*db)->connection();
            QCOMPARE(count(*conn, QStringLiteral("SELECT count(*) FROM notes")), 1);
            // the trigger with semicolons in its body was created whole
            QSqlQuery q(*conn);
            QVERIFY(q.exec(QStringLiteral("UPDATE notes SET body = 'changed' WHERE id = 1")));
            QCOMPARE(count(*conn, QStringLiteral("SELECT updated FROM notes WHERE id = 1")), 1);
            QSqlQuery s(*conn);
            QVERIFY(s.exec(QStringLiteral("SELECT body FROM notes WHERE id = 1")) && s.next());
            QCOMPARE(s.value(0).toString(), QStringLiteral("changed"));
        }
        // reopening applies nothing again (0003 inserts a row; a second run would fail on nothing but
        // would leave two rows)
        auto again = Database::open(path, fixture("good"));
        QVERIFY(again);
        QCOMPARE(count(*(*again)->connection(), QStringLiteral("SELECT count(*) FROM notes")), 1);
    }

    void upgradeFromAnOlderVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            auto db = Database::open(path, fixture("failing")); // 0001 applies, 0002 fails
            QVERIFY(!db);
        }
        auto db = Database::open(path, fixture("good"));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(*(*db)->schemaVersion(), 3);
    }

    void failingMigrationRollsBackWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        auto db = Database::open(path, fixture("failing"));
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Database);
        QVERIFY2(db.error().message.contains(QLatin1String("0002_broken.sql")), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QLatin1String("duplicate column")), qPrintable(db.error().message));
        // 0001 stayed, nothing of 0002 did
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QCOMPARE(count(raw, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")), 1);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")), 0);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void badMigrationSetsAreRefused_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gap in numbers") << QStringLiteral("gap") << QStringLiteral("out of sequence");
        QTest::newRow("bad file name") << QStringLiteral("badname") << QStringLiteral("NNNN_name.sql");
        QTest::newRow("missing directory") << QStringLiteral("does-not-exist") << QStringLiteral("does not exist");
    }
    void badMigrationSetsAreRefused()
    {
        QFETCH(QString, set);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("db.sqlite")), fixture(set.toLatin1().constData()));
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("db.sqlite"))));
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery q(*(*db)->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
        }
        auto older = Database::open(path);
        QVERIFY(!older);
        QCOMPARE(older.error().kind, Error::Kind::Version);
        QVERIFY2(older.error().message.contains(QLatin1String("newer")), qPrintable(older.error().message));
        QVERIFY2(older.error().message.contains(QLatin1String("999")), qPrintable(older.error().message));
    }

    void notADatabaseIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QByteArray junk(8192, 'x');
        junk.prepend("this is a text file, not SQLite\n");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(junk);
        }
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Parse);
        QVERIFY2(db.error().message.contains(QLatin1String("not a Switchboard database")), qPrintable(db.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }

    void connectionPerThread()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("db.sqlite")), fixture("good"));
        QVERIFY(opened);
        std::shared_ptr<Database> db = *opened;
        const auto namesBefore = QSqlDatabase::connectionNames().size();
        std::atomic<int> ok{0};
        QStringList names;
        QMutex namesMutex;
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([db, t, &ok, &names, &namesMutex] {
                auto conn = db->connection();
                if (!conn)
                    return;
                auto again = db->connection();
                if (!again || again->connectionName() != conn->connectionName())
                    return;
                {
                    QMutexLocker lock(&namesMutex);
                    names << conn->connectionName();
                }
                QSqlQuery q(*conn);
                for (int i = 0; i < 25; ++i) {
                    q.prepare(QStringLiteral("INSERT INTO notes(body) VALUES (?)"));
                    q.addBindValue(QStringLiteral("thread %1 row %2").arg(t).arg(i));
                    if (!q.exec())
                        return;
                }
                ++ok;
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(ok.load(), 4);
        names.removeDuplicates();
        QCOMPARE(names.size(), 4);
        QCOMPARE(count(*db->connection(), QStringLiteral("SELECT count(*) FROM notes")), 1 + 100);
        // the worker threads' connections were closed and removed when they finished
        QCOMPARE(QSqlDatabase::connectionNames().size(), namesBefore);
    }

    void postgresStatements()
    {
        // what PostgreSQL is given of the migrations written for SQLite (the meta table's)
        const QString meta = QStringLiteral("CREATE TABLE meta (\n    key   TEXT PRIMARY KEY NOT NULL,\n    value TEXT NOT NULL\n) WITHOUT ROWID");
        QCOMPARE(sql::forDialect(meta, sql::Dialect::Sqlite), meta);
        QCOMPARE(sql::forDialect(meta, sql::Dialect::PostgreSql),
                 QStringLiteral("CREATE TABLE meta (\n    key   TEXT PRIMARY KEY NOT NULL,\n    value TEXT NOT NULL\n)"));
        QCOMPARE(sql::forDialect(QStringLiteral("INSERT INTO meta(key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"),
                                 sql::Dialect::PostgreSql),
                 QStringLiteral(
                     "INSERT INTO meta(key, value) VALUES ('created_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"));
        // column types, SQLite's rowid key, JSON checks
        QCOMPARE(sql::forDialect(QStringLiteral("CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    parent INTEGER PRIMARY KEY REFERENCES p(id),\n"
                                                "    score REAL, data BLOB, tags TEXT CHECK (json_valid(tags))\n)"),
                                 sql::Dialect::PostgreSql),
                 QStringLiteral("CREATE TABLE t (\n    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n    parent BIGINT PRIMARY KEY "
                                "REFERENCES p(id),\n    score DOUBLE PRECISION, data BYTEA, tags TEXT CHECK ((tags::jsonb IS NOT NULL))\n)"));
        // a statement tagged for one database is empty for the other, and untagged for its own
        const auto statements = Database::splitStatements(QStringLiteral("-- sqlite only\nSELECT 1;\n-- postgresql only\nSELECT 2 -- x\n;"));
        QCOMPARE(statements.size(), 2);
        QCOMPARE(sql::forDialect(statements[0], sql::Dialect::Sqlite), QStringLiteral("SELECT 1"));
        QVERIFY(sql::forDialect(statements[0], sql::Dialect::PostgreSql).isEmpty());
        QVERIFY(sql::forDialect(statements[1], sql::Dialect::Sqlite).isEmpty());
        QCOMPARE(sql::forDialect(statements[1], sql::Dialect::PostgreSql), QStringLiteral("SELECT 2"));
        // a URL without a database is refused before any connection, saying what it should look like
        QVERIFY(Database::isPostgreSqlUrl(QStringLiteral("postgresql://team@db.example/switchboard")));
        QVERIFY(!Database::isPostgreSqlUrl(QStringLiteral("/var/lib/switchboard.sqlite")));
        auto bad = Database::open(QStringLiteral("postgresql://team@db.example"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::Validation);
        QVERIFY(bad.error().message.contains(QLatin1String("postgresql://USER@HOST:PORT/DATABASE")));
    }

    // Every migration the app ships applies to a PostgreSQL database, in one go and again (nothing to
    // do), and leaves the tables the team server writes.
    void allMigrationsOnPostgreSql()
    {
        testing::PostgresServer server;
        SB_REQUIRE_OR_SKIP_POSTGRES(server);
        const QString url = server.createDatabase(QStringLiteral("migrations"));
        QVERIFY2(!url.isEmpty(), qPrintable(server.problem()));
        const int latest = int(Database::loadMigrations(Database::defaultMigrationsDirectory())->size());
        for (int round = 0; round < 2; ++round) {
            auto db = Database::open(url);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE((*db)->dialect(), Database::Dialect::PostgreSql);
            QCOMPARE(*(*db)->schemaVersion(), latest);
            auto c = (*db)->connection();
            QVERIFY(c);
            // a ledger row numbered by the database, its trace, the JSON checks holding; its month's
            // partition first (the ledger writer makes those it needs)
            QVERIFY(sql::ensureMonths(*c, 1764892800000, 1764892800000));
            QSqlQuery q(*c);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO calls(request_id, started_at, day, source, provider, model, status) "
                                           "VALUES ('r', 1764892800000, 20427, 'workflow', 'p', 'm', 'ok') RETURNING id")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            const qlonglong id = q.value(0).toLongLong();
            QVERIFY(id > 0);
            // the delete trigger takes a removed call out of the per-request rollup
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO call_requests(request_id, started_at, day, source, source_key, provider, model, "
                                      "attempts, last_attempt, cost_nusd) VALUES ('r', 1764892800000, 20427, 'workflow', '', 'p', 'm', 1, 1, 0)")),
                qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM calls WHERE id = %1").arg(id)), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM call_requests")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM workflow_runs")), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO workflow_versions(workflow, version, definition, digest, saved_at) "
                                           "VALUES ('w', 1, 'not json', 'd', 0)")));
        }
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("statements");
        QTest::newRow("two") << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);") << 2;
        QTest::newRow("no trailing semicolon") << QStringLiteral("CREATE TABLE a(x);\nSELECT 1") << 2;
        QTest::newRow("semicolon in string") << QStringLiteral("INSERT INTO a VALUES('x;y'); SELECT 1;") << 2;
        QTest::newRow("escaped quote") << QStringLiteral("INSERT INTO a VALUES('it''s;'); SELECT 1;") << 2;
        QTest::newRow("line comment") << QStringLiteral("-- c; d\nSELECT 1; -- e;\n") << 1;
        QTest::newRow("block comment") << QStringLiteral("/* x; y */ SELECT 1; /* z */") << 1;
        QTest::newRow("trigger") << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; SELECT 2; END; SELECT 3;") << 2;
        QTest::newRow("only comments") << QStringLiteral("-- nothing\n/* here */") << 0;
        QTest::newRow("function body") << QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM a; RETURN "
                                                         "NULL; END $$; SELECT 1;")
                                       << 2;
        QTest::newRow("dialect tags") << QStringLiteral("-- sqlite only\nSELECT 1;\n-- postgresql only\nSELECT 2; -- other\nSELECT 3;") << 3;
    }
    void splitStatements()
    {
        QFETCH(QString, sql);
        QFETCH(int, statements);
        QCOMPARE(Database::splitStatements(sql).size(), statements);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
