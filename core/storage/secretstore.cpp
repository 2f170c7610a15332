#include "storage/secretstore.h"

#include "common/async.h"

#include <QRegularExpression>

namespace sb {

SecretJob::SecretJob(Operation operation, QString name, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_name(std::move(name))
{
}

void SecretJob::finish(Expected<QString> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished(this);
    deleteLater();
}

SecretJob *SecretStore::start(SecretJob::Operation operation, const QString &name, QObject *context, const QString &secret)
{
    auto *job = new SecretJob(operation, name, context);
    async::runThenCallback(
        job,
        [this, operation, name, secret]() -> Expected<QString> {
            auto empty = [](const Expected<void> &r) -> Expected<QString> {
                if (!r)
                    return r.error();
                return QString();
            };
            switch (operation) {
            case SecretJob::Operation::Read: return read(name);
            case SecretJob::Operation::Write: return empty(write(name, secret));
            case SecretJob::Operation::Remove: return empty(remove(name));
            case SecretJob::Operation::Check: return empty(checkAvailable());
            }
            return QString();
        },
        [job](Expected<QString> result) { job->finish(std::move(result)); });
    return job;
}

Expected<QString> MemorySecretStore::read(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    if (!m_unavailable.isEmpty())
        return Error::make(Error::Kind::Unavailable, m_unavailable);
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no secret named \"%1\" in the keychain").arg(name));
    return *it;
}

Expected<void> MemorySecretStore::write(const QString &name, const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    if (!m_unavailable.isEmpty())
        return Error::make(Error::Kind::Unavailable, m_unavailable);
    m_entries.insert(name, secret);
    return {};
}

Expected<void> MemorySecretStore::remove(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    if (!m_unavailable.isEmpty())
        return Error::make(Error::Kind::Unavailable, m_unavailable);
    m_entries.remove(name);
    return {};
}

Expected<void> MemorySecretStore::checkAvailable()
{
    QMutexLocker lock(&m_mutex);
    if (!m_unavailable.isEmpty())
        return Error::make(Error::Kind::Unavailable, m_unavailable);
    return {};
}

void MemorySecretStore::setUnavailable(const QString &why)
{
    QMutexLocker lock(&m_mutex);
    m_unavailable = why;
}

int MemorySecretStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

bool SecretRef::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,127}$"));
    return re.match(name).hasMatch();
}

Expected<SecretRef> SecretRef::parse(const QString &text)
{
    SecretRef ref;
    QString rest;
    if (text.startsWith(QLatin1String("keychain:"))) {
        ref.kind = Kind::Keychain;
        rest = text.mid(9);
    } else if (text.startsWith(QLatin1String("env:"))) {
        ref.kind = Kind::Env;
        rest = text.mid(4);
    } else {
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("a secret must be a reference, keychain:NAME or env:VAR; plain-text keys are never stored"));
    }
    if (!isValidName(rest))
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("the name after \"%1\" must be 1-128 letters, digits, '_', '-' or '.'")
                               .arg(ref.kind == Kind::Keychain ? QStringLiteral("keychain:") : QStringLiteral("env:")));
    ref.name = rest;
    return ref;
}

QString SecretRef::toString() const
{
    return (kind == Kind::Keychain ? QStringLiteral("keychain:") : QStringLiteral("env:")) + name;
}

SecretResolver::SecretResolver(SecretStore &store, EnvLookup env)
    : m_store(store)
    , m_env(env ? std::move(env) : EnvLookup([](const QString &var) { return qEnvironmentVariable(var.toLocal8Bit().constData()); }))
{
}

Expected<QString> SecretResolver::resolve(const QString &reference) const
{
    auto ref = SecretRef::parse(reference);
    if (!ref)
        return ref.error();
    return resolve(*ref);
}

Expected<QString> SecretResolver::resolve(const SecretRef &ref) const
{
    if (ref.kind == SecretRef::Kind::Env) {
        const QString value = m_env(ref.name);
        if (value.isEmpty())
            return Error::make(Error::Kind::NotFound, QStringLiteral("environment variable %1 is not set").arg(ref.name));
        return value;
    }
    return m_store.read(ref.name);
}

} // namespace sb
