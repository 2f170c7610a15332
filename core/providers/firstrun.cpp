#include "providers/firstrun.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace sb::providers {

Q_LOGGING_CATEGORY(lcFirstRun, "sb.providers.firstrun")

EnvLookup processEnvironment()
{
    return [](const QString &name) { return qEnvironmentVariable(name.toLocal8Bit().constData()); };
}

QStringList keyVariables(const Preset &preset)
{
    // a local server or a custom one needs an address first; Azure needs the resource in its URL
    if (preset.local || preset.keyEnvVar.isEmpty() || preset.auth == Preset::Auth::AzureKey || !preset.needsKey)
        return {};
    QStringList vars{preset.keyEnvVar};
    if (preset.id == QLatin1String("gemini"))
        vars << QStringLiteral("GOOGLE_API_KEY"); // the name Google's own SDKs read
    return vars;
}

QString baseUrlVariable(const Preset &preset)
{
    // the names the vendors' SDKs and tools read: a gateway or a compatible server in their place
    if (preset.id == QLatin1String("openai"))
        return QStringLiteral("OPENAI_BASE_URL");
    if (preset.id == QLatin1String("anthropic"))
        return QStringLiteral("ANTHROPIC_BASE_URL");
    return {};
}

QList<Discovery> keysInEnvironment(const EnvLookup &env)
{
    QList<Discovery> found;
    for (const Preset &preset : presets()) {
        for (const QString &var : keyVariables(preset)) {
            const QString key = env(var).trimmed();
            if (key.isEmpty())
                continue;
            Discovery d;
            d.presetId = preset.id;
            d.envVar = var;
            d.key = key;
            if (const QString urlVar = baseUrlVariable(preset); !urlVar.isEmpty())
                d.baseUrl = env(urlVar).trimmed();
            found << d;
            break;
        }
    }
    return found;
}

QString keychainNameFor(const QString &providerId)
{
    return QStringLiteral("switchboard-provider-") + providerId;
}

QString freeProviderId(const Preset &preset, const Workspace &workspace)
{
    QString id = preset.id;
    for (int n = 2; workspace.provider(id); ++n)
        id = preset.id + QLatin1Char('-') + QString::number(n);
    return id;
}

ProviderConfig providerFor(const Discovery &discovery, const Workspace &workspace)
{
    ProviderConfig cfg;
    const Preset *preset = presetById(discovery.presetId);
    if (!preset)
        return cfg;
    cfg.id = freeProviderId(*preset, workspace);
    cfg.kind = preset->kind;
    cfg.name = preset->name;
    if (preset->kind == QLatin1String("openai_compatible"))
        cfg.options.insert(QStringLiteral("preset"), preset->id);
    if (discovery.baseUrl != preset->defaultBaseUrl)
        cfg.baseUrl = discovery.baseUrl;
    if (!discovery.key.isEmpty())
        cfg.apiKey = QStringLiteral("keychain:") + keychainNameFor(cfg.id);
    // a local server's models are what it has pulled or loaded, not the catalog's
    if (discovery.isLocal())
        cfg.models = discovery.models;
    return cfg;
}

QList<LocalServerProbe::Target> LocalServerProbe::defaultTargets()
{
    QList<Target> targets;
    for (const Preset &preset : presets()) {
        if (preset.local && !preset.needsKey && preset.auth == Preset::Auth::None)
            targets.append({preset.id, preset.defaultBaseUrl});
    }
    return targets;
}

LocalServerProbe::LocalServerProbe(QNetworkAccessManager &nam, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_timeout(timeout)
{
}

LocalServerProbe::~LocalServerProbe()
{
    for (const QPointer<JsonCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void LocalServerProbe::start(const QList<Target> &targets)
{
    m_results = QList<std::optional<Discovery>>(targets.size());
    m_pending = int(targets.size()) + 1; // held until every call started, so an early answer cannot finish
    const auto done = [this] {
        if (--m_pending > 0)
            return;
        QList<Discovery> found;
        for (const std::optional<Discovery> &d : std::as_const(m_results)) {
            if (d)
                found << *d;
        }
        Q_EMIT finished(found);
    };
    Timeouts timeouts;
    timeouts.connect = m_timeout;
    timeouts.firstToken = m_timeout;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const Target target = targets.at(i);
        const Preset *preset = presetById(target.presetId);
        ProviderConfig cfg;
        if (preset) {
            cfg.id = preset->id;
            cfg.kind = preset->kind;
            cfg.baseUrl = target.baseUrl;
            if (preset->kind == QLatin1String("openai_compatible"))
                cfg.options.insert(QStringLiteral("preset"), preset->id);
        }
        if (!preset) {
            done();
            continue;
        }
        auto client = ProviderClient::create(cfg, QString(), m_nam, timeouts);
        if (!client) {
            done();
            continue;
        }
        std::shared_ptr<ProviderClient> kept = *client;
        m_calls << kept->fetchModels(this, [this, kept, i, target, done](const ModelListing &listing) {
            if (listing.error) {
                qCDebug(lcFirstRun) << target.presetId << "not found at" << target.baseUrl;
            } else if (listing.models.isEmpty()) {
                // nothing pulled or loaded yet: no model to chat with
                qCDebug(lcFirstRun) << target.presetId << "at" << target.baseUrl << "has no models";
            } else {
                Discovery d;
                d.presetId = target.presetId;
                d.baseUrl = target.baseUrl;
                for (const RemoteModel &m : listing.models)
                    d.models << m.id;
                m_results[i] = d;
            }
            done();
        });
    }
    done();
}

} // namespace sb::providers
