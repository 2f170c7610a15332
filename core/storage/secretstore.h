#pragma once

#include "common/expected.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>

namespace sb {

class SecretStore;

// One asynchronous secret operation (SecretStore::start): finished() once, on the thread that started
// it, then the job deletes itself.
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Operation { Read, Write, Remove, Check };
    SecretJob(Operation operation, QString name, QObject *parent);

    Operation operation() const { return m_operation; }
    QString name() const { return m_name; }
    // Read: the secret. The others: an empty string on success. Valid from finished() on.
    const Expected<QString> &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

    // For SecretStore implementations: sets the result, emits finished(), deletes the job later.
    void finish(Expected<QString> result);

Q_SIGNALS:
    void finished(sb::SecretJob *job);

private:
    Operation m_operation;
    QString m_name;
    Expected<QString> m_result = QString();
    bool m_finished = false;
};

// Where secrets (provider keys, proxy keys) live. Never a file, never the database, never a log.
// The blocking calls wait until the backend answers or times out (from a worker thread they never
// block the main thread; on the main thread they spin a local event loop). The GUI uses start(),
// which blocks nothing (the keychain may show a password prompt).
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // Error kinds: NotFound (no such entry), Unavailable (no keychain), Timeout, Io.
    [[nodiscard]] virtual Expected<QString> read(const QString &name) = 0;
    [[nodiscard]] virtual Expected<void> write(const QString &name, const QString &secret) = 0;
    // Removing an entry that does not exist is not an error.
    [[nodiscard]] virtual Expected<void> remove(const QString &name) = 0;
    // Whether the backend answers at all; the message says what to do when it does not.
    [[nodiscard]] virtual Expected<void> checkAvailable() = 0;
    virtual QString backendName() const = 0;

    // Starts an operation without blocking the calling thread (which needs an event loop). The job is a
    // child of `context` (destroying the context drops the result, not the operation); `secret` is
    // for Write only. The store must outlive the operation. By default the blocking call runs on a
    // pooled worker (common/async.h).
    virtual SecretJob *start(SecretJob::Operation operation, const QString &name, QObject *context, const QString &secret = {});
};

// For tests and for sessions that must not touch the user's keychain.
class MemorySecretStore final : public SecretStore
{
public:
    Expected<QString> read(const QString &name) override;
    Expected<void> write(const QString &name, const QString &secret) override;
    Expected<void> remove(const QString &name) override;
    Expected<void> checkAvailable() override;
    QString backendName() const override { return QStringLiteral("memory"); }

    void setUnavailable(const QString &why); // simulate a machine without a keychain
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_entries;
    QString m_unavailable;
};

// A reference to a secret as the workspace stores it: "keychain:NAME" or "env:VAR".
struct SecretRef {
    enum class Kind { Keychain, Env };
    Kind kind = Kind::Keychain;
    QString name;

    // The message never repeats the input: a wrongly pasted key must not end up in a log.
    [[nodiscard]] static Expected<SecretRef> parse(const QString &text);
    static bool isValidName(const QString &name);
    QString toString() const;
};

// Turns references into secret values.
class SecretResolver
{
public:
    using EnvLookup = std::function<QString(const QString &)>;
    explicit SecretResolver(SecretStore &store, EnvLookup env = {});
    [[nodiscard]] Expected<QString> resolve(const QString &reference) const;
    [[nodiscard]] Expected<QString> resolve(const SecretRef &reference) const;

private:
    SecretStore &m_store;
    EnvLookup m_env;
};

} // namespace sb
