#include "common/async.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace sb;

// The background helpers every page uses: results come back on the caller's thread, never to an
// object that is gone, and a Serial queue keeps the order it was given.
class TestAsync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runHoldsTheResult()
    {
        QFuture<int> f = async::run([] { return 6 * 7; });
        f.waitForFinished();
        QCOMPARE(f.result(), 42);
    }

    void callbackOnTheCallersThread()
    {
        QObject context;
        QThread *worker = nullptr;
        QThread *callback = nullptr;
        int result = 0;
        async::runThenCallback(
            &context,
            [&worker] {
                worker = QThread::currentThread();
                return 7;
            },
            [&](int r) {
                callback = QThread::currentThread();
                result = r;
            });
        QTRY_COMPARE(result, 7);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(callback, QThread::currentThread());
    }

    void noCallbackAfterTheContextIsGone()
    {
        auto context = std::make_unique<QObject>();
        QAtomicInt ran = 0;
        QMutex gate;
        gate.lock(); // the work waits until the context is gone
        bool called = false;
        async::runThenCallback(
            context.get(),
            [&] {
                const QMutexLocker hold(&gate);
                ran.storeRelaxed(1);
            },
            [&] { called = true; });
        context.reset();
        gate.unlock();
        QTRY_COMPARE(ran.loadRelaxed(), 1);
        QTest::qWait(0); // deliver what the finished work posted
        QCoreApplication::sendPostedEvents();
        QVERIFY(!called);
    }

    void serialKeepsTheOrderOnOneThread()
    {
        QObject context;
        QList<int> order;
        QMutex lock;
        QSet<QThread *> threads;
        QList<int> callbacks;
        QMutex gate;
        gate.lock(); // the first job waits: a second thread would overtake it
        {
            async::Serial serial;
            QSignalSpy idle(&serial, &async::Serial::idle);
            for (int i = 0; i < 50; ++i) {
                serial.run(
                    &context,
                    [&, i] {
                        if (i == 0)
                            const QMutexLocker wait(&gate);
                        const QMutexLocker hold(&lock);
                        order << i;
                        threads << QThread::currentThread();
                        return i;
                    },
                    [&](int value) { callbacks << value; });
            }
            QCOMPARE(serial.pending(), 50);
            gate.unlock();
            QVERIFY(idle.wait(5000));
            QCOMPARE(idle.count(), 1);
            QCOMPARE(serial.pending(), 0);
            // destroying the queue waits for what it holds
        }
        QCOMPARE(order.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(order[i], i);
        QCOMPARE(threads.size(), 1);
        QCOMPARE(callbacks.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(callbacks[i], i);
    }
};

QTEST_GUILESS_MAIN(TestAsync)
#include "tst_async.moc"
