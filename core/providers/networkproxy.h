#pragma once

#include "common/expected.h"

#include <QJsonObject>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace sb::providers {

using namespace std::chrono_literals;

struct Timeouts {
    std::chrono::milliseconds connect = 15s; // until the response headers arrive
    std::chrono::milliseconds firstToken = 120s; // from the headers until the first content (or whole body)
    std::chrono::milliseconds idle = 90s; // between two chunks of a stream
};

// How upstream calls reach the network: the system's proxy, none, or an HTTP(S) / SOCKS5 proxy. Kept in
// the workspace globally ("network" section) and per provider (options.network), which overrides it.
// The password is a reference (keychain:NAME or env:VAR) like provider keys, never the value.
struct NetworkProxySetting {
    enum class Mode { System, None, Http, Https, Socks5 };
    Mode mode = Mode::System;
    QString host;
    int port = 0;
    QString user;
    QString password; // a reference: keychain:NAME or env:VAR
    QStringList noProxy; // host names, .suffix / *.suffix domains, IP addresses; "*" = every host

    bool operator==(const NetworkProxySetting &) const = default;

    // True when a request to `url` goes through a proxy server of ours (an explicit mode and the host
    // is not in noProxy). System mode answers false: the system decides per request.
    bool appliesTo(const QUrl &url) const;
    // The Qt proxy for `url` with `password` as the resolved secret; System asks the system proxy.
    QNetworkProxy proxyFor(const QUrl &url, const QString &resolvedPassword) const;

    QJsonObject toJson() const;
    // An error names the field and says what to write instead.
    [[nodiscard]] static Expected<NetworkProxySetting> fromJson(const QJsonObject &json);
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
};

// Timeouts, retries and TLS trust, in the same objects as the proxy: the workspace's "network" section
// and a provider's options.network, whose fields each override the global one:
//   "timeouts": {"connect": 15, "first_token": 120, "idle": 90}  (seconds, 1 to 3600)
//   "retries": 1           (extra attempts on the same provider for direct calls, 0 to 10)
//   "ca_file": "/path/corp-ca.pem"  (PEM certificates trusted on top of the system's)
//   "allow_self_signed": true       (a provider's own only: accept its self-signed certificate)
struct ConnectionSetting {
    std::optional<int> connectS;
    std::optional<int> firstTokenS;
    std::optional<int> idleS;
    std::optional<int> retries;
    QString caFile;
    bool allowSelfSigned = false;

    bool operator==(const ConnectionSetting &) const = default;

    // `base` with the timeouts that are set replaced.
    Timeouts applyTo(Timeouts base) const;
    // Writes the fields that are set into `json` (removing the others).
    void writeTo(QJsonObject &json) const;
    // perProvider: allow_self_signed is accepted (a global one is refused: it is a provider's choice).
    [[nodiscard]] static Expected<ConnectionSetting> fromJson(const QJsonObject &json, bool perProvider);
};

// The global setting with the provider's own fields (options.network) laid over it.
[[nodiscard]] Expected<ConnectionSetting> effectiveConnection(const QJsonObject &globalNetwork, const QJsonObject &providerOptions);

// The certificates of a PEM file; an error says what is wrong with the file and what to do.
[[nodiscard]] Expected<QList<QSslCertificate>> loadCaCertificates(const QString &path);

// A host's match against a no_proxy list (curl's rules: exact name, domain suffix with or without a
// leading dot or "*.", "*" for all; case-insensitive; ports are ignored).
bool hostInNoProxy(const QString &host, const QStringList &noProxy);

// The provider's own proxy when its options.network names a mode, else the global one.
[[nodiscard]] Expected<NetworkProxySetting> effectiveProxy(const NetworkProxySetting &global, const QJsonObject &providerOptions);

} // namespace sb::providers
