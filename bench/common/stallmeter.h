#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <time.h>

// How long the GUI thread was busy in one go: a timer that should fire every few milliseconds, and the
// largest gap between its shots beyond that interval. What the benchmarks of pages report against
// the 50 ms a person notices.
//
// With setSampleThread(true) each tick also reads what the measuring thread did since the last one, so
// the longest gap says whose it was: time on its CPU is our code's; time waiting on a run queue
// (schedstat's second field) is other threads' turn; pages read back from the disk (major faults) are
// memory the kernel took away; a gap with none of these is a wake-up that came late (the VM not running
// the thread, or a kernel that does not preempt). Off by default: it reads two /proc files per tick.
class StallMeter
{
public:
    explicit StallMeter(int intervalMs = 5)
        : m_intervalNs(qint64(intervalMs) * 1'000'000)
    {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 gap = m_tick.nsecsElapsed() - m_intervalNs;
            const ThreadSample now = m_sampleThread ? ThreadSample::ofThisThread() : ThreadSample{};
            if (gap > m_longestNs) {
                m_longestNs = gap;
                m_longestDuring = m_label;
                m_longestEndsAtNs = m_clock.nsecsElapsed();
                m_inLongest = now - m_lastSample;
            }
            m_lastSample = now;
            m_tick.restart();
        });
    }

    void setSampleThread(bool on) { m_sampleThread = on; }
    void start()
    {
        m_longestNs = 0;
        m_longestDuring.clear();
        m_inLongest = {};
        m_lastSample = m_sampleThread ? ThreadSample::ofThisThread() : ThreadSample{};
        m_clock.start();
        m_tick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // What is under way now; the longest stall names what was under way when it ended.
    void setLabel(const QString &label) { m_label = label; }
    double longestMs() const { return double(std::max<qint64>(0, m_longestNs)) / 1e6; }
    QString longestDuring() const { return m_longestDuring; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    // The longest stall with, when sampled, what the thread did during it.
    QString describeLongest() const
    {
        QString text = QStringLiteral("%1 ms").arg(longestMs(), 0, 'f', 1);
        if (m_sampleThread)
            text += QStringLiteral(" (%1 ms of it on the thread's CPU, %2 ms waiting for a CPU, %3 pages read back; ending at %4 s)")
                        .arg(m_inLongest.cpuUs / 1000.0, 0, 'f', 1)
                        .arg(m_inLongest.waitUs / 1000.0, 0, 'f', 1)
                        .arg(m_inLongest.majorFaults)
                        .arg(m_longestEndsAtNs / 1e9, 0, 'f', 1);
        return text;
    }

private:
    struct ThreadSample {
        qint64 cpuUs = 0;
        qint64 waitUs = 0;
        qint64 majorFaults = 0;

        ThreadSample operator-(const ThreadSample &o) const { return {cpuUs - o.cpuUs, waitUs - o.waitUs, majorFaults - o.majorFaults}; }
        static ThreadSample ofThisThread()
        {
            ThreadSample t;
            timespec ts{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            t.cpuUs = qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
            QFile sched(QStringLiteral("/proc/thread-self/schedstat"));
            if (sched.open(QIODevice::ReadOnly))
                t.waitUs = sched.readAll().split(' ').value(1).toLongLong() / 1000;
            QFile stat(QStringLiteral("/proc/thread-self/stat"));
            if (stat.open(QIODevice::ReadOnly)) {
                // after the command in parentheses: state is field 3, majflt field 12
                const QByteArray line = stat.readAll();
                t.majorFaults = line.mid(line.lastIndexOf(')') + 2).split(' ').value(12 - 3).toLongLong();
            }
            return t;
        }
    };

    qint64 m_intervalNs;
    QTimer m_timer;
    QElapsedTimer m_tick;
    QElapsedTimer m_clock;
    bool m_sampleThread = false;
    qint64 m_longestNs = 0;
    qint64 m_longestEndsAtNs = 0;
    QString m_label;
    QString m_longestDuring;
    ThreadSample m_lastSample;
    ThreadSample m_inLongest;
};
