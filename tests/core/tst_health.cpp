#include "router/health.h"

#include <QTest>
#include <QThread>

using namespace sb::router;

class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movingAverages()
    {
        HealthTracker h;
        h.started(QStringLiteral("a/m"));
        QCOMPARE(h.snapshot(QStringLiteral("a/m"))->inFlight, 1);
        h.succeeded(QStringLiteral("a/m"), 1000, 100);
        auto s = *h.snapshot(QStringLiteral("a/m"));
        QCOMPARE(s.inFlight, 0);
        QCOMPARE(*s.latencyMs, 1000.0);
        QCOMPARE(*s.ttftMs, 100.0);
        h.started(QStringLiteral("a/m"));
        h.succeeded(QStringLiteral("a/m"), 2000, 200);
        s = *h.snapshot(QStringLiteral("a/m"));
        QCOMPARE(*s.latencyMs, 0.3 * 2000 + 0.7 * 1000); // alpha 0.3
        QCOMPARE(*s.ttftMs, 0.3 * 200 + 0.7 * 100);
        h.started(QStringLiteral("a/m"));
        h.failed(QStringLiteral("a/m"));
        s = *h.snapshot(QStringLiteral("a/m"));
        QCOMPARE(s.errorRate, 0.3);
        QCOMPARE(s.calls, qint64(3));
        QCOMPARE(s.failures, qint64(1));
        QVERIFY(!h.snapshot(QStringLiteral("never/seen")));
    }

    void breakerOpensProbesAndRecovers()
    {
        qint64 now = 0;
        HealthTracker h(HealthOptions{3, 1000, 8000, 0.3}, [&] { return now; });
        const QString t = QStringLiteral("p/m");
        for (int i = 0; i < 2; ++i) {
            QVERIFY(h.allow(t));
            h.failed(t);
        }
        QVERIFY(h.allow(t)); // two failures: still closed
        h.failed(t);
        QVERIFY(!h.allow(t)); // third: open
        QVERIFY(!h.wouldAllow(t));
        QCOMPARE(h.snapshot(t)->breaker, HealthTracker::Breaker::Open);
        now = 999;
        QVERIFY(!h.allow(t));
        now = 1000; // cooled down: one probe
        QVERIFY(h.wouldAllow(t));
        QVERIFY(h.allow(t));
        QVERIFY(!h.allow(t)); // the probe is taken
        h.failed(t); // probe failed: open for twice as long
        QCOMPARE(h.snapshot(t)->openUntilMs, qint64(1000 + 2000));
        now = 2999;
        QVERIFY(!h.allow(t));
        now = 3000;
        QVERIFY(h.allow(t));
        h.succeeded(t, 10, 5); // probe succeeded: closed, cooldown back to the start value
        QCOMPARE(h.snapshot(t)->breaker, HealthTracker::Breaker::Closed);
        QVERIFY(h.allow(t) && h.allow(t));
        for (int i = 0; i < 3; ++i)
            h.failed(t);
        QCOMPARE(h.snapshot(t)->openUntilMs, qint64(3000 + 1000));
    }

    void failuresThatSayNothingDoNotCount()
    {
        HealthTracker h(HealthOptions{1, 1000, 1000, 0.3}, [] { return 0; });
        h.started(QStringLiteral("x/y"));
        h.failed(QStringLiteral("x/y"), false);
        QVERIFY(h.allow(QStringLiteral("x/y")));
        QCOMPARE(h.snapshot(QStringLiteral("x/y"))->failures, qint64(0));
        QCOMPARE(h.snapshot(QStringLiteral("x/y"))->inFlight, 0);
    }

    void threadSafe()
    {
        HealthTracker h;
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&h, t] {
                for (int i = 0; i < 5000; ++i) {
                    const QString target = QStringLiteral("p/m%1").arg(i % 3);
                    h.started(target);
                    if ((i + t) % 5 == 0)
                        h.failed(target, false);
                    else
                        h.succeeded(target, i % 100, i % 10);
                    (void)h.wouldAllow(target);
                }
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        qint64 calls = 0;
        for (const auto &s : h.snapshots()) {
            QCOMPARE(s.inFlight, 0);
            calls += s.calls;
        }
        QCOMPARE(calls, qint64(4 * 5000 * 4 / 5));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
