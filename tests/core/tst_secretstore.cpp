#include "storage/keychainsecretstore.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace sb;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // The real keychain is required when the test runner says so (scripts/test.sh starts a D-Bus
    // session with gnome-keyring); elsewhere the keychain tests are skipped with the reason.
    static bool keychainRequired() { return qEnvironmentVariableIntValue("SB_REQUIRE_KEYCHAIN") == 1; }
    static QString uniqueName()
    {
        return QStringLiteral("switchboard-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }

private Q_SLOTS:
    void parseRefs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("keychain") << QStringLiteral("keychain:openai-main") << true << int(SecretRef::Kind::Keychain) << QStringLiteral("openai-main");
        QTest::newRow("env") << QStringLiteral("env:OPENAI_API_KEY") << true << int(SecretRef::Kind::Env) << QStringLiteral("OPENAI_API_KEY");
        QTest::newRow("dotted") << QStringLiteral("keychain:team.prod_1") << true << int(SecretRef::Kind::Keychain) << QStringLiteral("team.prod_1");
        QTest::newRow("plain key") << QStringLiteral("sk-abc") << false << 0 << QString();
        QTest::newRow("empty name") << QStringLiteral("env:") << false << 0 << QString();
        QTest::newRow("space") << QStringLiteral("keychain:my key") << false << 0 << QString();
        QTest::newRow("upper prefix") << QStringLiteral("KEYCHAIN:x") << false << 0 << QString();
        QTest::newRow("too long") << (QStringLiteral("env:") + QString(129, QLatin1Char('A'))) << false << 0 << QString();
    }
    void parseRefs()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        QFETCH(QString, name);
        auto ref = SecretRef::parse(text);
        QCOMPARE(ref.hasValue(), valid);
        if (valid) {
            QCOMPARE(int(ref->kind), kind);
            QCOMPARE(ref->name, name);
            QCOMPARE(ref->toString(), text);
        } else {
            QCOMPARE(ref.error().kind, Error::Kind::Validation);
            QVERIFY(!ref.error().message.contains(QLatin1String("sk-abc")));
        }
    }

    void memoryStoreAndResolver()
    {
        MemorySecretStore store;
        QVERIFY(store.checkAvailable());
        QCOMPARE(store.read(QStringLiteral("a")).error().kind, Error::Kind::NotFound);
        QVERIFY(store.write(QStringLiteral("a"), QStringLiteral("secret-a")));
        QCOMPARE(*store.read(QStringLiteral("a")), QStringLiteral("secret-a"));

        SecretResolver resolver(store, [](const QString &var) {
            return var == QLatin1String("SB_TEST_KEY") ? QStringLiteral("from-env") : QString();
        });
        QCOMPARE(*resolver.resolve(QStringLiteral("keychain:a")), QStringLiteral("secret-a"));
        QCOMPARE(*resolver.resolve(QStringLiteral("env:SB_TEST_KEY")), QStringLiteral("from-env"));
        auto missingEnv = resolver.resolve(QStringLiteral("env:SB_NOT_SET"));
        QCOMPARE(missingEnv.error().kind, Error::Kind::NotFound);
        QVERIFY(missingEnv.error().message.contains(QLatin1String("SB_NOT_SET is not set")));
        QCOMPARE(resolver.resolve(QStringLiteral("plain")).error().kind, Error::Kind::Validation);

        QVERIFY(store.remove(QStringLiteral("a")));
        QVERIFY(store.remove(QStringLiteral("a"))); // removing twice is fine
        QCOMPARE(store.size(), 0);

        // without a keychain, env references still resolve
        store.setUnavailable(QStringLiteral("no keychain here"));
        QCOMPARE(resolver.resolve(QStringLiteral("keychain:a")).error().kind, Error::Kind::Unavailable);
        QCOMPARE(*resolver.resolve(QStringLiteral("env:SB_TEST_KEY")), QStringLiteral("from-env"));
    }

    void realKeychainRoundTrip()
    {
        KeychainSecretStore store(QStringLiteral("Switchboard Tests"));
        auto available = store.checkAvailable();
        if (!available) {
            if (keychainRequired())
                QFAIL(qPrintable(QStringLiteral("SB_REQUIRE_KEYCHAIN=1 but: ") + available.error().message));
            QSKIP(qPrintable(QStringLiteral("no keychain in this session: ") + available.error().message));
        }
        const QString name = uniqueName();
        const QString secret = QStringLiteral("sk-test-ünïcødé-%1").arg(QRandomGenerator::global()->generate());
        QCOMPARE(store.read(name).error().kind, Error::Kind::NotFound);
        auto written = store.write(name, secret);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        auto read = store.read(name);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(*read, secret);
        QVERIFY(store.write(name, QStringLiteral("replaced")));
        QCOMPARE(*store.read(name), QStringLiteral("replaced"));

        // a second store object (as after a restart) sees the same entry
        KeychainSecretStore other(QStringLiteral("Switchboard Tests"));
        QCOMPARE(*other.read(name), QStringLiteral("replaced"));
        // another service does not
        KeychainSecretStore foreign(QStringLiteral("Switchboard Tests Other"));
        QCOMPARE(foreign.read(name).error().kind, Error::Kind::NotFound);

        SecretResolver resolver(store);
        QCOMPARE(*resolver.resolve(QStringLiteral("keychain:") + name), QStringLiteral("replaced"));

        QVERIFY(store.remove(name));
        QCOMPARE(store.read(name).error().kind, Error::Kind::NotFound);
        QVERIFY(store.remove(name));
    }

    void realKeychainFromWorkerThread()
    {
        KeychainSecretStore store(QStringLiteral("Switchboard Tests"));
        if (!store.checkAvailable()) {
            if (keychainRequired())
                QFAIL("keychain required but unavailable");
            QSKIP("no keychain in this session");
        }
        const QString name = uniqueName();
        QString readBack;
        bool wrote = false;
        QThread *t = QThread::create([&] {
            wrote = store.write(name, QStringLiteral("threaded")).hasValue();
            auto r = store.read(name);
            if (r)
                readBack = *r;
            (void)store.remove(name);
        });
        t->start();
        // the keychain answers on the main thread: keep its event loop running while the worker waits
        QTRY_VERIFY_WITH_TIMEOUT(t->isFinished(), 30000);
        delete t;
        QVERIFY(wrote);
        QCOMPARE(readBack, QStringLiteral("threaded"));
    }

    void missingKeychainIsReportedNotHung()
    {
        // Run this same binary with no session bus: the store must answer "unavailable" quickly.
        if (qEnvironmentVariableIsSet("SB_PROBE_CHILD")) {
            KeychainSecretStore store(QStringLiteral("Switchboard Tests"), std::chrono::seconds(5));
            auto r = store.checkAvailable();
            printf("PROBE:%s:%s\n", r ? "ok" : qPrintable(kindName(r.error().kind)), r ? "" : qPrintable(r.error().message));
            fflush(stdout);
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_PROBE_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/switchboard-test-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("missingKeychainIsReportedNotHung")});
        QVERIFY(child.waitForFinished(30000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("PROBE:unavailable:")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("env:VAR")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
