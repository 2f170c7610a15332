#include "storage/keychainsecretstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace sb {

namespace {

const QString kProbeName = QStringLiteral("switchboard-availability-probe");

struct JobOutcome {
    bool done = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

using JobFactory = std::function<QKeychain::Job *()>;

void record(JobOutcome &o, QKeychain::Job *j)
{
    o.done = true;
    o.error = j->error();
    o.errorString = j->errorString();
    if (auto *rj = qobject_cast<QKeychain::ReadPasswordJob *>(j))
        o.text = rj->textData();
}

// On the application's main thread: run the job in a local event loop until it finishes or times out.
JobOutcome runHere(const JobFactory &make, std::chrono::milliseconds timeout)
{
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QKeychain::Job *job = make();
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *j) {
        record(*outcome, j);
        loop.quit();
    });
    job->setAutoDelete(true);
    job->start();
    if (!outcome->done) {
        timer.start(timeout);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return *outcome;
}

// On any other thread: QtKeychain's backends (D-Bus, libsecret's GLib callbacks) only answer on the
// main thread, so the job is started there and this thread waits for its outcome. The main thread is
// never blocked by it.
JobOutcome runOnMainThread(const JobFactory &make, std::chrono::milliseconds timeout)
{
    struct Shared {
        QMutex mutex;
        QWaitCondition ready;
        JobOutcome outcome;
    };
    auto shared = std::make_shared<Shared>();
    QCoreApplication *app = QCoreApplication::instance();
    QMetaObject::invokeMethod(
        app,
        [shared, make, app] {
            QKeychain::Job *job = make();
            QObject::connect(job, &QKeychain::Job::finished, app, [shared](QKeychain::Job *j) {
                QMutexLocker lock(&shared->mutex);
                record(shared->outcome, j);
                shared->ready.wakeAll();
            });
            job->setAutoDelete(true);
            job->start();
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&shared->mutex);
    const QDeadlineTimer deadline(timeout);
    while (!shared->outcome.done) {
        if (!shared->ready.wait(&shared->mutex, deadline))
            break;
    }
    return shared->outcome;
}

JobOutcome runJob(const JobFactory &make, std::chrono::milliseconds timeout)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app) {
        JobOutcome o;
        o.done = true;
        o.error = QKeychain::OtherError;
        o.errorString = QStringLiteral("no QCoreApplication");
        return o;
    }
    if (QThread::currentThread() == app->thread())
        return runHere(make, timeout);
    return runOnMainThread(make, timeout);
}

Error mapError(const JobOutcome &o, const QString &name, std::chrono::milliseconds timeout)
{
    if (!o.done)
        return Error::make(Error::Kind::Timeout,
                           QStringLiteral("the system keychain did not answer within %1 s; it may be locked or waiting for a password prompt")
                               .arg(timeout.count() / 1000.0));
    switch (o.error) {
    case QKeychain::EntryNotFound: return Error::make(Error::Kind::NotFound, QStringLiteral("no secret named \"%1\" in the keychain").arg(name));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Error::make(Error::Kind::Unavailable,
                           QStringLiteral("no system keychain is available (%1). Install and unlock a Secret Service "
                                          "provider such as gnome-keyring or KWallet, or reference keys as env:VAR.")
                               .arg(o.errorString));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(Error::Kind::Unavailable, QStringLiteral("the keychain refused access (%1)").arg(o.errorString));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError: break;
    }
    return Error::make(Error::Kind::Io, QStringLiteral("keychain error: %1").arg(o.errorString));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{
}

QString KeychainSecretStore::backendName() const
{
    return QStringLiteral("system keychain");
}

Expected<QString> KeychainSecretStore::read(const QString &name)
{
    const QString service = m_service;
    const JobOutcome o = runJob(
        [service, name]() -> QKeychain::Job * {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setInsecureFallback(false);
            job->setKey(name);
            return job;
        },
        m_timeout);
    if (o.done && o.error == QKeychain::NoError)
        return o.text;
    return mapError(o, name, m_timeout);
}

Expected<void> KeychainSecretStore::write(const QString &name, const QString &secret)
{
    const QString service = m_service;
    const JobOutcome o = runJob(
        [service, name, secret]() -> QKeychain::Job * {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setInsecureFallback(false);
            job->setKey(name);
            job->setTextData(secret);
            return job;
        },
        m_timeout);
    if (o.done && o.error == QKeychain::NoError)
        return {};
    return mapError(o, name, m_timeout);
}

Expected<void> KeychainSecretStore::remove(const QString &name)
{
    const QString service = m_service;
    const JobOutcome o = runJob(
        [service, name]() -> QKeychain::Job * {
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setInsecureFallback(false);
            job->setKey(name);
            return job;
        },
        m_timeout);
    if (o.done && (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound))
        return {};
    return mapError(o, name, m_timeout);
}

Expected<void> KeychainSecretStore::checkAvailable()
{
    auto r = read(kProbeName);
    if (r || r.error().kind == Error::Kind::NotFound)
        return {};
    qCWarning(lcKeychain) << "keychain unavailable:" << r.error().message;
    return r.error();
}

QKeychain::Job *KeychainSecretStore::makeJob(SecretJob::Operation operation, const QString &name, const QString &secret) const
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case SecretJob::Operation::Read:
    case SecretJob::Operation::Check: job = new QKeychain::ReadPasswordJob(m_service); break;
    case SecretJob::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case SecretJob::Operation::Remove: job = new QKeychain::DeletePasswordJob(m_service); break;
    }
    job->setInsecureFallback(false);
    job->setKey(operation == SecretJob::Operation::Check ? kProbeName : name);
    return job;
}

SecretJob *KeychainSecretStore::start(SecretJob::Operation operation, const QString &name, QObject *context, const QString &secret)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return SecretStore::start(operation, name, context, secret);
    auto *job = new SecretJob(operation, name, context);
    QKeychain::Job *keychainJob = makeJob(operation, name, secret);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    const std::chrono::milliseconds timeout = m_timeout;
    auto conclude = [job, operation, name, timeout](const JobOutcome &o) {
        const bool ok = o.done
            && (o.error == QKeychain::NoError
                || (o.error == QKeychain::EntryNotFound && (operation == SecretJob::Operation::Remove || operation == SecretJob::Operation::Check)));
        if (ok) {
            job->finish(operation == SecretJob::Operation::Read ? o.text : QString());
            return;
        }
        const Error e = mapError(o, name, timeout);
        if (operation == SecretJob::Operation::Check)
            qCWarning(lcKeychain) << "keychain unavailable:" << e.message;
        job->finish(e);
    };
    QObject::connect(timer, &QTimer::timeout, job, [conclude] { conclude(JobOutcome{}); });
    QObject::connect(keychainJob, &QKeychain::Job::finished, job, [conclude, timer](QKeychain::Job *j) {
        timer->stop();
        JobOutcome o;
        record(o, j);
        conclude(o);
    });
    keychainJob->setAutoDelete(true);
    keychainJob->start();
    timer->start(timeout);
    return job;
}

} // namespace sb
