#pragma once

#include "common/expected.h"

#include <QJsonObject>
#include <QNetworkProxy>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sb::providers {

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

// A host's match against a no_proxy list (curl's rules: exact name, domain suffix with or without a
// leading dot or "*.", "*" for all; case-insensitive; ports are ignored).
bool hostInNoProxy(const QString &host, const QStringList &noProxy);

// The provider's own setting when its options carry one ("network" object), else the global one.
[[nodiscard]] Expected<NetworkProxySetting> effectiveProxy(const NetworkProxySetting &global, const QJsonObject &providerOptions);

} // namespace sb::providers
