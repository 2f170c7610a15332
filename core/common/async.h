#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

// Background work the one way: blocking work (the keychain, the disk, SQL that may wait on a lock)
// runs on a pooled worker, and its result comes back to the caller's thread, guarded by a context
// object (in the spirit of KeePassXC's AsyncTask::runThenCallback). Pooled threads keep their SQLite
// connections (Database::connection is per thread) instead of opening one per refresh.
namespace sb::async {

// Runs `then` after `delayMs` on `context`'s thread unless the context is gone first: the one seam
// through which code waits (retry backoffs, debounces, timeouts), so that tests record the wait and go
// on instead of sleeping.
using Schedule = std::function<void(int delayMs, QObject *context, std::function<void()> then)>;
// The real one: a single-shot QTimer.
Schedule timerSchedule();

// Monotonic milliseconds: the seam through which code reads the time it measures waits and rates on
// (circuit breaker cooldowns, the ledger's batch interval), so that tests move a counter instead of
// waiting for the wall clock. Code that also sleeps on it (a thread waiting on a condition) says how
// a test makes it look again after moving the counter.
using Clock = std::function<qint64()>;
// The real one: the steady clock, in milliseconds from an arbitrary start.
Clock steadyClock();

// The pool for blocking work, apart from QThreadPool::globalInstance() so that a slow keychain never
// starves other users of the global pool.
QThreadPool &pool();

// Runs `work` on `threads`; the future holds its result.
template<typename Work> auto run(QThreadPool &threads, Work work) -> QFuture<std::invoke_result_t<Work>>
{
    using T = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    threads.start([promise, work = std::move(work)]() mutable {
        if constexpr (std::is_void_v<T>) {
            work();
        } else {
            promise->addResult(work());
        }
        promise->finish();
    });
    return future;
}

// Runs `work` on the pool; the future holds its result.
template<typename Work> auto run(Work work)
{
    return run(pool(), std::move(work));
}

// Runs `work` on `threads`, then `done(result)` (or `done()` for void work) on the thread of
// `context`, unless `context` is destroyed first (then the result is dropped; the work still runs to
// its end).
template<typename Work, typename Done> void runThenCallback(QThreadPool &threads, QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context); // goes with the context: no callback after it
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)]() mutable {
        if constexpr (std::is_void_v<T>) {
            done();
        } else {
            done(watcher->result());
        }
        watcher->deleteLater();
    });
    watcher->setFuture(run(threads, std::move(work)));
}

// The same on the pool.
template<typename Work, typename Done> void runThenCallback(QObject *context, Work work, Done done)
{
    runThenCallback(pool(), context, std::move(work), std::move(done));
}

// Work that must happen in the order it was asked for (the writes to one store): one thread that
// never expires, so it also keeps its SQLite connection. Its callbacks come back on the thread that
// owns the queue. Destroying the queue waits for what is queued (the callbacks are dropped).
class Serial final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Serial)

public:
    explicit Serial(QObject *parent = nullptr);

    QThreadPool &threads() { return m_threads; }

    // Runs `work` after what was queued before, then `done(result)` (or `done()`) on this object's
    // thread unless `context` is gone by then.
    template<typename Work, typename Done> void run(QObject *context, Work work, Done done)
    {
        ++m_pending;
        QPointer<QObject> guard(context);
        runThenCallback(m_threads, this, std::move(work), [this, guard, done = std::move(done)](auto &&...result) mutable {
            --m_pending; // in `done`, pending() counts the jobs after this one (and any it queues)
            if (guard)
                done(std::forward<decltype(result)>(result)...);
            if (m_pending == 0)
                Q_EMIT idle();
        });
    }

    // Jobs queued whose callbacks have not run (0: what was asked for is stored).
    int pending() const { return m_pending; }

Q_SIGNALS:
    void idle();

private:
    int m_pending = 0;
    QThreadPool m_threads; // a member: destroyed (waiting for the jobs) before the callbacks' watchers
};

} // namespace sb::async
