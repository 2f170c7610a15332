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
    auto proxySecret = proxyPassword(m_workspace, *cfg, m_resolver);
    if (!proxySecret)
        return proxySecret.error();
    auto c = makeClient(m_workspace, *cfg, key, *proxySecret, m_nam, m_timeouts, m_direct);
    if (!c)
        return c.error();
    m_clients.insert(providerId, *c);
    return *c;
}

namespace {

Expected<NetworkProxySetting> proxyOf(const Workspace &workspace, const ProviderConfig &config)
{
    auto global = NetworkProxySetting::fromJson(workspace.network);
    if (!global)
        return Error::make(global.error().kind, QStringLiteral("workspace network: %1").arg(global.error().message));
    auto network = effectiveProxy(*global, config.options);
    if (!network)
        return Error::make(network.error().kind, QStringLiteral("provider \"%1\": %2").arg(config.id, network.error().message));
    return network;
}

} // namespace

Expected<QString> ProviderRegistry::proxyPassword(const Workspace &workspace, const ProviderConfig &config, const SecretResolver &resolver)
{
    auto network = proxyOf(workspace, config);
    if (!network)
        return network.error();
    // only when the proxy serves this provider (a keychain prompt otherwise for nothing)
    const QUrl base(config.baseUrl.isEmpty() ? presetFor(config).defaultBaseUrl : config.baseUrl);
    if (network->password.isEmpty() || !network->appliesTo(base))
        return QString();
    auto resolved = resolver.resolve(network->password);
    if (!resolved)
        return Error::make(resolved.error().kind,
                           QStringLiteral("the password of the network proxy %1:%2 (%3) for provider \"%4\": %5")
                               .arg(network->host)
                               .arg(network->port)
                               .arg(network->password, config.id, resolved.error().message));
    return *resolved;
}

Expected<std::shared_ptr<ProviderClient>> ProviderRegistry::makeClient(const Workspace &workspace, const ProviderConfig &config, const QString &key,
                                                                       const QString &proxyPassword, QNetworkAccessManager &nam, Timeouts timeouts,
                                                                       DirectTransport *direct)
{
    auto network = proxyOf(workspace, config);
    if (!network)
        return network.error();
    auto connection = effectiveConnection(workspace.network, config.options);
    if (!connection)
        return Error::make(connection.error().kind, QStringLiteral("provider \"%1\": %2").arg(config.id, connection.error().message));
    QList<QSslCertificate> ca;
    if (!connection->caFile.isEmpty()) {
        auto loaded = loadCaCertificates(connection->caFile);
        if (!loaded)
            return Error::make(loaded.error().kind, QStringLiteral("provider \"%1\": %2").arg(config.id, loaded.error().message));
        ca = *loaded;
    }
    auto c = ProviderClient::create(config, key, nam, connection->applyTo(timeouts), direct, &*network, proxyPassword);
    if (!c)
        return c.error();
    (*c)->setTls(ca, connection->allowSelfSigned);
    return c;
}

std::optional<int> ProviderRegistry::retries(const QString &providerId) const
{
    const ProviderConfig *cfg = m_workspace.provider(providerId);
    if (!cfg)
        return std::nullopt;
    const auto connection = effectiveConnection(m_workspace.network, cfg->options);
    return connection ? connection->retries : std::nullopt;
}

Expected<std::pair<QString, QString>> ProviderRegistry::splitModel(const QString &qualified)
{
    const qsizetype slash = qualified.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == qualified.size() - 1)
        return Error::make(Error::Kind::Usage, QStringLiteral("\"%1\" is not PROVIDER/MODEL (for example openai/gpt-4o-mini)").arg(qualified));
    return std::pair<QString, QString>{qualified.left(slash), qualified.mid(slash + 1)};
}

} // namespace sb::providers
