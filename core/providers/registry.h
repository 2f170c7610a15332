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
    // timeouts: the defaults; the workspace's network section and a provider's options.network override
    // them field by field. direct: see ProviderClient::create
    ProviderRegistry(const Workspace &workspace, SecretResolver resolver, QNetworkAccessManager &nam, Timeouts timeouts = {},
                     DirectTransport *direct = nullptr);

    // Replaces the configuration; clients of changed providers are rebuilt on next use.
    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }

    // The client for an enabled provider, or why there is none (unknown, disabled, key missing).
    [[nodiscard]] Expected<std::shared_ptr<ProviderClient>> client(const QString &providerId);
    // The extra attempts on a provider its network setting asks for (options.network or the workspace's
    // network section), when either sets them; a route's own retries win for calls through the route.
    std::optional<int> retries(const QString &providerId) const;
    // A client for `config` as the workspace's network settings say (proxy, timeouts, TLS), outside the
    // registry (the Providers page's Test of a provider not saved yet). key and proxyPassword resolved.
    [[nodiscard]] static Expected<std::shared_ptr<ProviderClient>> makeClient(const Workspace &workspace, const ProviderConfig &config,
                                                                              const QString &key, const QString &proxyPassword,
                                                                              QNetworkAccessManager &nam, Timeouts timeouts = {},
                                                                              DirectTransport *direct = nullptr);
    // The secret the network proxy of `config`'s calls needs, resolved ("" when none applies or none is set).
    // May block while the keychain answers: call it from a worker.
    [[nodiscard]] static Expected<QString> proxyPassword(const Workspace &workspace, const ProviderConfig &config, const SecretResolver &resolver);
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
