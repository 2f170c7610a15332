#include "providers/registry.h"

namespace sb::providers {

ProviderRegistry::ProviderRegistry(const Workspace &workspace, SecretResolver resolver, QNetworkAccessManager &nam, Timeouts timeouts,
                                   DirectTransport *direct)
    : m_workspace(workspace)
    , m_resolver(std::move(resolver))
    , m_nam(nam)
    , m_timeouts(timeouts)
    , m_direct(direct)
{
}

void ProviderRegistry::setWorkspace(const Workspace &workspace)
{
    if (workspace.network != m_workspace.network)
        m_clients.clear(); // every client may go through another proxy now
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        const ProviderConfig *now = workspace.provider(it.key());
        if (!now || !(*now == (*it)->config()))
            it = m_clients.erase(it);
        else
            ++it;
    }
    m_workspace = workspace;
}

Expected<std::shared_ptr<ProviderClient>> ProviderRegistry::client(const QString &providerId)
{
    if (auto it = m_clients.constFind(providerId); it != m_clients.constEnd())
        return *it;
    const ProviderConfig *cfg = m_workspace.provider(providerId);
    if (!cfg) {
        QStringList ids;
        for (const auto &p : m_workspace.providers)
            ids << p.id;
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("no provider \"%1\" in the workspace (known: %2)")
                               .arg(providerId, ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "))));
    }
    if (!cfg->enabled)
        return Error::make(Error::Kind::Validation, QStringLiteral("provider \"%1\" is disabled").arg(providerId));
    QString key;
    if (!cfg->apiKey.isEmpty()) {
        auto resolved = m_resolver.resolve(cfg->apiKey);
        if (!resolved)
            return Error::make(resolved.error().kind,
                               QStringLiteral("the key of provider \"%1\" (%2): %3").arg(providerId, cfg->apiKey, resolved.error().message));
        key = *resolved;
    }
    auto global = NetworkProxySetting::fromJson(m_workspace.network);
    if (!global)
        return Error::make(global.error().kind, QStringLiteral("workspace network: %1").arg(global.error().message));
    auto network = effectiveProxy(*global, cfg->options);
    if (!network)
        return Error::make(network.error().kind, QStringLiteral("provider \"%1\": %2").arg(providerId, network.error().message));
    // the proxy password only when the proxy serves this provider (a keychain prompt otherwise for nothing)
    QString proxyPassword;
    const QUrl base(cfg->baseUrl.isEmpty() ? presetFor(*cfg).defaultBaseUrl : cfg->baseUrl);
    if (!network->password.isEmpty() && network->appliesTo(base)) {
        auto resolved = m_resolver.resolve(network->password);
        if (!resolved)
            return Error::make(resolved.error().kind,
                               QStringLiteral("the password of the network proxy %1:%2 (%3) for provider \"%4\": %5")
                                   .arg(network->host)
                                   .arg(network->port)
                                   .arg(network->password, providerId, resolved.error().message));
        proxyPassword = *resolved;
    }
    auto c = ProviderClient::create(*cfg, key, m_nam, m_timeouts, m_direct, &*network, proxyPassword);
    if (!c)
        return c.error();
    m_clients.insert(providerId, *c);
    return *c;
}

Expected<std::pair<QString, QString>> ProviderRegistry::splitModel(const QString &qualified)
{
    const qsizetype slash = qualified.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == qualified.size() - 1)
        return Error::make(Error::Kind::Usage, QStringLiteral("\"%1\" is not PROVIDER/MODEL (for example openai/gpt-4o-mini)").arg(qualified));
    return std::pair<QString, QString>{qualified.left(slash), qualified.mid(slash + 1)};
}

} // namespace sb::providers
