#include "common/async.h"

#include <QTimer>

#include <chrono>

namespace sb::async {

Schedule timerSchedule()
{
    return [](int delayMs, QObject *context, std::function<void()> then) { QTimer::singleShot(delayMs, context, std::move(then)); };
}

Clock steadyClock()
{
    return [] {
        using namespace std::chrono;
        return qint64(duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count());
    };
}

QThreadPool &pool()
{
    static QThreadPool *instance = [] {
        auto *p = new QThreadPool; // never destroyed: work may still run while statics go
        p->setObjectName(QStringLiteral("switchboard-blocking"));
        p->setMaxThreadCount(qMax(4, QThread::idealThreadCount()));
        return p;
    }();
    return *instance;
}

Serial::Serial(QObject *parent)
    : QObject(parent)
{
    m_threads.setObjectName(QStringLiteral("switchboard-serial"));
    // one thread runs the queue in order (QThreadPool starts equal priorities first come, first served)
    m_threads.setMaxThreadCount(1);
    m_threads.setExpiryTimeout(-1);
}

} // namespace sb::async
