#pragma once

#include "providers/providerclient.h"
#include "storage/workspace.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb::providers {

// What a first run found on this machine: a key in the environment, or a local server that answered.
struct Discovery {
    QString presetId;
    QString envVar; // the variable the key came from; "" for a local server
    QString key; // the key itself: held in memory until it goes to the keychain, never logged or saved
    QString baseUrl; // "" = the preset's default; OPENAI_BASE_URL and the like, or where a local server answered
    QStringList models; // a local server: the models it offers

    bool isLocal() const { return envVar.isEmpty(); }
};

// Reads one environment variable ("" when unset); injected so tests never read the real environment.
using EnvLookup = std::function<QString(const QString &)>;
// The process environment.
EnvLookup processEnvironment();

// The variables a preset's key is found in, first match wins: GEMINI_API_KEY, then GOOGLE_API_KEY.
// Empty for presets that need no key or cannot be set up from a key alone (Azure needs a resource URL).
QStringList keyVariables(const Preset &preset);
// The variable naming another base URL for a preset (OPENAI_BASE_URL, ANTHROPIC_BASE_URL), or "".
QString baseUrlVariable(const Preset &preset);
// One discovery per preset whose key is set (not blank), in the presets' order.
QList<Discovery> keysInEnvironment(const EnvLookup &env);

// Where a provider's key lives in the keychain: "switchboard-provider-ID".
QString keychainNameFor(const QString &providerId);
// The preset's id, or "ID-2", "ID-3"... when the workspace already has a provider by that id.
QString freeProviderId(const Preset &preset, const Workspace &workspace);
// The provider a discovery becomes: its key referenced in the keychain (keychainNameFor), never inline.
ProviderConfig providerFor(const Discovery &discovery, const Workspace &workspace);

// Asks local servers (Ollama on 127.0.0.1:11434, LM Studio on 127.0.0.1:1234) for their models, all at
// once and each bounded by a short timeout, with the same model listing the Providers page tests with.
// The network work runs in Qt's network thread: the caller's thread is never blocked. finished() once.
class LocalServerProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerProbe)

public:
    struct Target {
        QString presetId;
        QString baseUrl;
    };
    // The local presets at their default addresses.
    static QList<Target> defaultTargets();

    LocalServerProbe(QNetworkAccessManager &nam, std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~LocalServerProbe() override;
    void start(const QList<Target> &targets);
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    // The servers that answered with a model list, in the targets' order.
    void finished(const QList<sb::providers::Discovery> &found);

private:
    QNetworkAccessManager &m_nam;
    std::chrono::milliseconds m_timeout;
    QList<std::optional<Discovery>> m_results;
    QList<QPointer<JsonCall>> m_calls;
    int m_pending = 0;
};

} // namespace sb::providers
