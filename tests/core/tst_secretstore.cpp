#include "storage/keychainsecretstore.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

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
        return QStringLiteral("switchboard-test-%1-%2")
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }

private Q_SLOTS:
    void parseRefs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("keychain") << QStringLiteral("keychain:openai-main") << true << int(SecretRef::Kind::Keychain)
                                  << QStringLiteral("openai-main");
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

        SecretResolver resolver(store,
                                [](const QString &var) { return var == QLatin1String("SB_TEST_KEY") ? QStringLiteral("from-env") : QString(); });
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

    // start(): the job finishes once on this thread with the result, for the keychain (its job runs here
    // directly) and for a store whose blocking calls run on the pool (the memory store); a job whose
    // context is gone reports nothing.
    void jobsFinishOnTheCallersThread_data()
    {
        QTest::addColumn<bool>("keychain");
        QTest::newRow("memory (pooled worker)") << false;
        QTest::newRow("keychain (on this thread)") << true;
    }
    void jobsFinishOnTheCallersThread()
    {
        QFETCH(bool, keychain);
        std::unique_ptr<SecretStore> store;
        if (keychain) {
            store = std::make_unique<KeychainSecretStore>(QStringLiteral("Switchboard Tests"));
            if (!store->checkAvailable()) {
                if (keychainRequired())
                    QFAIL("keychain required but unavailable");
                QSKIP("no keychain in this session");
            }
        } else {
            store = std::make_unique<MemorySecretStore>();
        }
        const QString name = uniqueName();
        QObject context;
        auto run = [&](SecretJob::Operation op, const QString &secret = {}) -> Expected<QString> {
            SecretJob *job = store->start(op, name, &context, secret);
            std::optional<Expected<QString>> result;
            QThread *thread = nullptr;
            int finishes = 0;
            QObject::connect(job, &SecretJob::finished, &context, [&](SecretJob *j) {
                ++finishes;
                result = j->result();
                thread = QThread::currentThread();
            });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
                return Error::make(Error::Kind::Timeout, QStringLiteral("the job did not finish"));
            QCoreApplication::processEvents();
            if (finishes != 1 || thread != QThread::currentThread())
                return Error::make(Error::Kind::Io, QStringLiteral("finished %1 times, or on another thread").arg(finishes));
            return *result;
        };
        auto w = run(SecretJob::Operation::Write, QStringLiteral("s3cret"));
        QVERIFY2(w, w ? "" : qPrintable(w.error().message));
        auto r = run(SecretJob::Operation::Read);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, QStringLiteral("s3cret"));
        QVERIFY(run(SecretJob::Operation::Check));
        QVERIFY(run(SecretJob::Operation::Remove));
        r = run(SecretJob::Operation::Read);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(run(SecretJob::Operation::Remove)); // removing what is not there is not an error

        // the context goes before the job finishes: no signal, no crash
        int late = 0;
        {
            QObject gone;
            SecretJob *job = store->start(SecretJob::Operation::Read, name, &gone);
            QObject::connect(job, &SecretJob::finished, [&late] { ++late; });
        }
        QTest::qWait(200);
        QCOMPARE(late, 0);
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
