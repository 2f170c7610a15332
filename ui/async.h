#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <functional>

namespace sb::ui {

// Runs `work` on a worker thread (the keychain and the disk may block) and then `done` with its result
// on the GUI thread, unless `context` was destroyed meanwhile.
template<typename T>
void offThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> guard(context);
    QThread *t = QThread::create([work = std::move(work), done = std::move(done), guard] {
        T result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [done, guard, result] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

} // namespace sb::ui
