#include "storage/keychainsecretstore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "switchboard.storage.keychain")

namespace sb {

namespace {

const QString kProbeName = QStringLiteral("switchboard-availability-probe");

struct JobOutcome {
    bool done = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Runs a QtKeychain job to completion on the calling thread (which must be able to run an event loop).
std::shared_ptr<JobOutcome> runJob(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [outcome, &loop](QKeychain::Job *j) {
        outcome->done = true;
        outcome->error = j->error();
        outcome->errorString = j->errorString();
        if (auto *rj = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            outcome->text = rj->textData();
        loop.quit();
    });
    job->setAutoDelete(true);
    job->start();
    if (!outcome->done) {
        timer.start(timeout);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return outcome;
}

Error mapError(const JobOutcome &o, const QString &name, std::chrono::milliseconds timeout)
{
    if (!o.done)
        return Error::make(Error::Kind::Timeout,
                           QStringLiteral("the system keychain did not answer within %1 s; it may be locked or waiting for a password prompt")
                               .arg(timeout.count() / 1000.0));
    switch (o.error) {
    case QKeychain::EntryNotFound:
        return Error::make(Error::Kind::NotFound, QStringLiteral("no secret named \"%1\" in the keychain").arg(name));
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
    case QKeychain::NoError:
        break;
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
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(name);
    const auto o = runJob(job, m_timeout);
    if (o->done && o->error == QKeychain::NoError)
        return o->text;
    return mapError(*o, name, m_timeout);
}

Expected<void> KeychainSecretStore::write(const QString &name, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(secret);
    const auto o = runJob(job, m_timeout);
    if (o->done && o->error == QKeychain::NoError)
        return {};
    return mapError(*o, name, m_timeout);
}

Expected<void> KeychainSecretStore::remove(const QString &name)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(name);
    const auto o = runJob(job, m_timeout);
    if (o->done && (o->error == QKeychain::NoError || o->error == QKeychain::EntryNotFound))
        return {};
    return mapError(*o, name, m_timeout);
}

Expected<void> KeychainSecretStore::checkAvailable()
{
    auto r = read(kProbeName);
    if (r || r.error().kind == Error::Kind::NotFound)
        return {};
    qCWarning(lcKeychain) << "keychain unavailable:" << r.error().message;
    return r.error();
}

} // namespace sb
