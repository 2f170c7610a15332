#include "common/async.h"

namespace sb::async {

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

} // namespace sb::async
