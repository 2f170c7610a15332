#pragma once

#include "storage/secretstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace sb {

// The operating system's keychain through QtKeychain: Secret Service (gnome-keyring, KWallet) on
// Linux, Keychain on macOS, Credential Manager on Windows. No plain-text fallback.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Switchboard"), std::chrono::milliseconds timeout = std::chrono::seconds(15));

    Expected<QString> read(const QString &name) override;
    Expected<void> write(const QString &name, const QString &secret) override;
    Expected<void> remove(const QString &name) override;
    Expected<void> checkAvailable() override;
    QString backendName() const override;
    // On the main thread the keychain job runs there directly (QtKeychain's backends answer on it):
    // no worker, no nested event loop. Elsewhere as SecretStore::start.
    SecretJob *start(SecretJob::Operation operation, const QString &name, QObject *context, const QString &secret = {}) override;

private:
    QKeychain::Job *makeJob(SecretJob::Operation operation, const QString &name, const QString &secret) const;

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace sb
