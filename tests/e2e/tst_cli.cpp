#include "clirun.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Drives the switchboard-cli executable as a user would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = sb::testing::CliRun;
    static Run cli(const QStringList &args) { return sb::testing::runCli(args); }

private Q_SLOTS:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("switchboard-cli 0.")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
        // the allocator the build chose, and (for mimalloc) that it really replaced malloc in the process
        const QString allocator = QStringLiteral(SB_EXPECTED_ALLOCATOR);
        if (allocator == QLatin1String("mimalloc")) {
            static const QRegularExpression re(QStringLiteral("malloc: mimalloc \\d+\\.\\d+\\.\\d+\\)$"));
            QVERIFY2(re.match(r.out.trimmed()).hasMatch(), qPrintable(r.out));
        } else {
            QVERIFY2(r.out.trimmed().endsWith(QLatin1String("malloc: system)")), qPrintable(r.out));
        }
    }

    void help()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Usage: switchboard-cli")));
        QVERIFY(r.out.contains(QLatin1String("workspace")));
        QVERIFY(r.out.contains(QLatin1String("db")));
        const Run sub = cli({QStringLiteral("workspace"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY2(sub.out.contains(QLatin1String("--data-dir")), qPrintable(sub.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("Usage: switchboard-cli");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")} << QStringLiteral("unknown option '--frob'");
        QTest::newRow("bad sub-option") << QStringList{QStringLiteral("workspace"), QStringLiteral("--nope")}
                                        << QStringLiteral("Unknown option 'nope'");
        QTest::newRow("missing action") << QStringList{QStringLiteral("workspace")} << QStringLiteral("expected 'check' or 'show'");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void workspaceAndDatabase()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        // no workspace yet: a clear error, nothing created
        Run r = cli({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--data-dir"), data});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));

        r = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--data-dir"), data});
        QCOMPARE(r.exitCode, 0);
        const auto shipped
            = QDir(sb::testing::sourcePath(QStringLiteral("resources/migrations"))).entryList({QStringLiteral("*.sql")}, QDir::Files).size();
        QVERIFY(shipped >= 1);
        QVERIFY2(r.out.contains(QStringLiteral("schema version %1\n").arg(shipped)), qPrintable(r.out + r.err));

        // the ledger's retention: what would go (nothing in an empty ledger), applied, a bad period refused
        r = cli({QStringLiteral("db"), QStringLiteral("retention"), QStringLiteral("--data-dir"), data, QStringLiteral("--calls-days"),
                 QStringLiteral("30")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("calls kept 30 days, traces kept for good; oldest call: none")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("would remove 0 calls and 0 requests that started before")), qPrintable(r.out));
        r = cli({QStringLiteral("db"), QStringLiteral("retention"), QStringLiteral("--data-dir"), data, QStringLiteral("--traces-days"),
                 QStringLiteral("7"), QStringLiteral("--apply"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject applied = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(applied.value(QLatin1String("applied")).toBool(), true);
        QCOMPARE(applied.value(QLatin1String("settings")).toObject().value(QLatin1String("tracesDays")).toInt(), 7);
        QCOMPARE(applied.value(QLatin1String("traces")).toInt(-1), 0);
        r = cli({QStringLiteral("db"), QStringLiteral("retention"), QStringLiteral("--data-dir"), data, QStringLiteral("--calls-days"),
                 QStringLiteral("soon")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("--calls-days takes a number of days")), qPrintable(r.err));

        const QString ws = dir.filePath(QStringLiteral("ws.json"));
        {
            QFile f(ws);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"version": 1, "name": "CLI team", "providers": [{"id": "oa", "kind": "openai", "apiKey": "env:OPENAI_API_KEY"}]})");
        }
        r = cli({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("valid, workspace \"CLI team\", 1 provider(s)")), qPrintable(r.out));

        r = cli({QStringLiteral("workspace"), QStringLiteral("show"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("\"env:OPENAI_API_KEY\"")));

        const QByteArray broken = R"({"version": 1, "providers": [{"id": "oa", "kind": "openai", "apiKey": "sk-live-123"}]})";
        {
            QFile f(ws);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(broken);
        }
        r = cli({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("providers[0].apiKey")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("sk-live-123")));
        QFile f(ws);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);
    }

    // `team` as a script drives it: the key printed once, the refusals with their exit codes
    void team()
    {
        QTemporaryDir dir;
        const QStringList data{QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
        const auto team = [&](const QStringList &args) { return cli(QStringList{QStringLiteral("team")} + args + data); };
        Run r = team({QStringLiteral("init")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("init needs --admin NAME")), qPrintable(r.err));
        r = team({QStringLiteral("member"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("team init --admin NAME makes the team")), qPrintable(r.out));

        r = team({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("alice")});
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression key(QStringLiteral("\\n  (sbk_[a-z2-7]{10}_[A-Za-z0-9_-]{43})\\n"));
        const QRegularExpressionMatch shown = key.match(r.out);
        QVERIFY2(shown.hasMatch(), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("cannot be shown again")), qPrintable(r.out));

        QCOMPARE(
            team({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("boss")}).exitCode,
            2);
        QCOMPARE(team({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("bob")}).exitCode, 0);
        r = team({QStringLiteral("member"), QStringLiteral("remove"), QStringLiteral("alice")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("last admin")), qPrintable(r.err));
        r = team({QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("nosuchkey0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("team key list shows them")), qPrintable(r.err));

        // a member's budgets: set, refused with the reason, listed, removed
        const QStringList daily{QStringLiteral("--period"), QStringLiteral("daily")};
        r = team(QStringList{QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("bob"), QStringLiteral("--soft"), QStringLiteral("2"),
                             QStringLiteral("--hard"), QStringLiteral("5")}
                 + daily);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(team({QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("bob"), QStringLiteral("--period"), QStringLiteral("weekly"),
                       QStringLiteral("--hard"), QStringLiteral("5")})
                     .exitCode,
                 2);
        QCOMPARE(team(QStringList{QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("bob")} + daily).exitCode, 2);
        r = team(QStringList{QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("bob"), QStringLiteral("--soft"), QStringLiteral("9"),
                             QStringLiteral("--hard"), QStringLiteral("5")}
                 + daily);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("softLimitUsd")), qPrintable(r.err));
        r = team({QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("bob"), QStringLiteral("--period"), QStringLiteral("monthly"),
                  QStringLiteral("--hard"), QStringLiteral("40")});
        QCOMPARE(r.exitCode, 0);
        r = team({QStringLiteral("budget"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("bob +daily +2.00 +5.00"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("bob +monthly +- +40.00"))), qPrintable(r.out));
        QCOMPARE(team(QStringList{QStringLiteral("budget"), QStringLiteral("remove"), QStringLiteral("bob")} + daily).exitCode, 0);
        r = team({QStringLiteral("budget"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("budgets")).toArray().size(), 1);
        QCOMPARE(team(QStringList{QStringLiteral("budget"), QStringLiteral("remove"), QStringLiteral("bob")} + daily).exitCode, 1);

        r = team({QStringLiteral("member"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("alice +admin +1 "))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("bob +member +0 "))), qPrintable(r.out));
        r = team({QStringLiteral("audit")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("member.add")) && r.out.contains(QLatin1String("team.init"))
                     && r.out.contains(QLatin1String("budget.remove")),
                 qPrintable(r.out));
        // the key is in no listing and in no file of the data directory
        QVERIFY(!r.out.contains(shown.captured(1)));
        QVERIFY(!team({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json")}).out.contains(shown.captured(1)));
        const QByteArray secret = shown.captured(1).right(43).toLatin1();
        QDirIterator files(dir.filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
            ++read;
        }
        QVERIFY(read > 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
