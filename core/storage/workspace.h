#pragma once

#include "common/expected.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

struct ProviderConfig {
    QString id; // stable, [a-z0-9][a-z0-9_-]*, used as PROVIDER in PROVIDER/MODEL
    QString kind; // openai, anthropic, gemini, ollama, openai_compatible, switchboard (a team server)
    QString name; // shown to people
    QString baseUrl; // empty = the kind's default
    QString apiKey; // a reference: keychain:NAME or env:VAR (or empty for keyless local servers)
    bool enabled = true;
    QStringList models; // enabled model ids; empty = all listed by the provider
    QJsonObject options; // kind-specific settings (headers, api version, ...), never secrets

    bool operator==(const ProviderConfig &) const = default;
};

struct ProxyKeyConfig {
    QString name; // the tool it is for ("claude-code")
    QString key; // a reference to the key value: keychain:NAME or env:VAR
    QStringList allowedModels;
    int requestsPerMinute = 0; // 0 = no limit; more get 429 with Retry-After (spend limits: budgets with scope proxy_key)

    bool operator==(const ProxyKeyConfig &) const = default;
};

struct ProxySettings {
    bool enabled = false;
    QString host = QStringLiteral("127.0.0.1");
    int port = 4100;
    QList<ProxyKeyConfig> keys;
    // Browser origins (scheme://host[:port]) allowed to call the proxy, with CORS; empty: none. Any
    // other request carrying an Origin header is refused, so no web page can spend the user's credits.
    QStringList allowedOrigins;
    // Host header names accepted besides loopback names and IP addresses (a team server's DNS name).
    // Others are refused, which stops DNS rebinding.
    QStringList allowedHosts;
    // The user chose to run the app's proxy without keys (any program on this machine may call it). Unless
    // set, the app makes a key the first time the proxy is turned on. `serve` without keys stays keyless.
    bool keyless = false;

    bool operator==(const ProxySettings &) const = default;
};

// The team's configuration: one versioned JSON file, edited by the app, exported and imported by teams.
// Secrets are references only. Sections owned by later modules (routes, budgets, ...) are kept as JSON
// and validated for shape here.
struct Workspace {
    static constexpr int kVersion = 1;
    static const QStringList &providerKinds();

    QString name = QStringLiteral("My workspace");
    QList<ProviderConfig> providers;
    ProxySettings proxy;
    QJsonObject modelOverrides; // "provider/model" -> catalog fields
    QJsonArray virtualModels;
    QJsonArray routes;
    QJsonArray budgets;
    QJsonArray workflows; // workflow definitions (core/workflow/definition.h validates them)
    QJsonObject network; // the network proxy for upstream calls (providers/networkproxy.h reads it); empty = system
    QJsonObject monitoring; // SLOs, threshold monitors and the alert webhook (core/monitor/config.h validates them)
    QJsonObject retention; // how long the ledger keeps calls and traces (core/usage/retention.h validates it); empty = for good

    bool operator==(const Workspace &) const = default;

    // Parses and validates; sourceName goes into messages ("workspace.json:3:14: ...").
    [[nodiscard]] static Expected<Workspace> fromJson(const QByteArray &json, const QString &sourceName = QStringLiteral("workspace"));
    QByteArray toJson() const;
    // Problems as "path: what is wrong" lines; empty when valid.
    QStringList validate() const;

    const ProviderConfig *provider(const QString &id) const;
};

// Loading and saving workspace files. Saves are atomic (write to a temporary file, then rename):
// a crash or a full disk never leaves a half-written workspace.
class WorkspaceFile
{
public:
    [[nodiscard]] static Expected<Workspace> load(const QString &path);
    // Creates the file from the default workspace when it does not exist.
    [[nodiscard]] static Expected<Workspace> loadOrCreate(const QString &path);
    [[nodiscard]] static Expected<void> save(const Workspace &workspace, const QString &path);
    static Workspace defaults();
};

} // namespace sb
