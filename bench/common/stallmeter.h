#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

#include <algorithm>

// How long the GUI thread was busy in one go: a timer that should fire every few milliseconds, and the
// largest gap between its shots beyond that interval. What the benchmarks of pages report against
// the 50 ms a person notices.
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
            if (gap > m_longestNs) {
                m_longestNs = gap;
                m_longestDuring = m_label;
            }
            m_tick.restart();
        });
    }

    void start()
    {
        m_longestNs = 0;
        m_longestDuring.clear();
        m_tick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // What is under way now; the longest stall names what was under way when it ended.
    void setLabel(const QString &label) { m_label = label; }
    double longestMs() const { return double(std::max<qint64>(0, m_longestNs)) / 1e6; }
    QString longestDuring() const { return m_longestDuring; }

private:
    qint64 m_intervalNs;
    QTimer m_timer;
    QElapsedTimer m_tick;
    qint64 m_longestNs = 0;
    QString m_label;
    QString m_longestDuring;
};
