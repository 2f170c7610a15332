#pragma once

#include "providers/providerclient.h"
#include "storage/secretstore.h"
#include "storage/workspace.h"

#include <QHash>
#include <QMutex>

namespace sb::providers {

// The workspace's providers as ready clients: resolves each key reference (keychain or environment)
// once, on first use, and keeps the client. Belongs to the thread of the network manager it is given;
// the first use of a keychain-backed provider may block that thread while the keychain answers, so
// GUI code warms it from a worker (see SecretStore).
class ProviderRegistry
{
public:
    // direct: see ProviderClient::create
    ProviderRegistry(const Workspace &workspace, SecretResolver resolver, QNetworkAccessManager &nam, Timeouts timeouts = {},
                     DirectTransport *direct = nullptr);

    // Replaces the configuration; clients of changed providers are rebuilt on next use.
    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }

    // The client for an enabled provider, or why there is none (unknown, disabled, key missing).
    [[nodiscard]] Expected<std::shared_ptr<ProviderClient>> client(const QString &providerId);
    // "provider/model" -> (provider, model); the model part may itself contain '/'.
    [[nodiscard]] static Expected<std::pair<QString, QString>> splitModel(const QString &qualified);

private:
    Workspace m_workspace;
    SecretResolver m_resolver;
    QNetworkAccessManager &m_nam;
    Timeouts m_timeouts;
    DirectTransport *m_direct = nullptr;
    QHash<QString, std::shared_ptr<ProviderClient>> m_clients;
};

} // namespace sb::providers
