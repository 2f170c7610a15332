#include "providers/networkproxy.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>

namespace sb::providers {

namespace {

struct ModeName {
    NetworkProxySetting::Mode mode;
    const char *name;
};

constexpr ModeName kModes[] = {
    {NetworkProxySetting::Mode::System, "system"}, {NetworkProxySetting::Mode::None, "none"},     {NetworkProxySetting::Mode::Http, "http"},
    {NetworkProxySetting::Mode::Https, "https"},   {NetworkProxySetting::Mode::Socks5, "socks5"},
};

bool isExplicit(NetworkProxySetting::Mode mode)
{
    return mode == NetworkProxySetting::Mode::Http || mode == NetworkProxySetting::Mode::Https || mode == NetworkProxySetting::Mode::Socks5;
}

bool isReference(const QString &value)
{
    return value.startsWith(QLatin1String("keychain:")) || value.startsWith(QLatin1String("env:"));
}

} // namespace

QString NetworkProxySetting::modeName(Mode mode)
{
    for (const auto &m : kModes) {
        if (m.mode == mode)
            return QString::fromLatin1(m.name);
    }
    return {};
}

std::optional<NetworkProxySetting::Mode> NetworkProxySetting::modeFromName(const QString &name)
{
    for (const auto &m : kModes) {
        if (name == QLatin1String(m.name))
            return m.mode;
    }
    return std::nullopt;
}

bool hostInNoProxy(const QString &host, const QStringList &noProxy)
{
    const QString h = host.toLower();
    for (QString entry : noProxy) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        const int colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !entry.contains(QLatin1Char('[')) && entry.count(QLatin1Char(':')) == 1)
            entry.truncate(colon); // "host:port": ports are ignored
        if (entry.startsWith(QLatin1String("*.")))
            entry.remove(0, 1);
        if (entry.startsWith(QLatin1Char('.'))) {
            if (h.endsWith(entry) || h == entry.mid(1))
                return true;
            continue;
        }
        if (h == entry || h.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

bool NetworkProxySetting::appliesTo(const QUrl &url) const
{
    return isExplicit(mode) && !hostInNoProxy(url.host(), noProxy);
}

QNetworkProxy NetworkProxySetting::proxyFor(const QUrl &url, const QString &resolvedPassword) const
{
    if (mode == Mode::System) {
        const auto list = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        return list.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : list.first();
    }
    if (!appliesTo(url))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const auto type = mode == Mode::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    QNetworkProxy proxy(type, host, static_cast<quint16>(port), user, resolvedPassword);
    // A tunnel (CONNECT) for http:// as for https://, not a forwarded request: what every HTTP proxy
    // allows, and the request (with its key) reaches the upstream as it was sent.
    if (type == QNetworkProxy::HttpProxy)
        proxy.setCapabilities(proxy.capabilities() & ~QNetworkProxy::CachingCapability);
    return proxy;
}

QJsonObject NetworkProxySetting::toJson() const
{
    QJsonObject json{{QStringLiteral("mode"), modeName(mode)}};
    if (isExplicit(mode)) {
        json.insert(QStringLiteral("host"), host);
        json.insert(QStringLiteral("port"), port);
        if (!user.isEmpty())
            json.insert(QStringLiteral("user"), user);
        if (!password.isEmpty())
            json.insert(QStringLiteral("password"), password);
    }
    if (!noProxy.isEmpty())
        json.insert(QStringLiteral("no_proxy"), QJsonArray::fromStringList(noProxy));
    return json;
}

Expected<NetworkProxySetting> NetworkProxySetting::fromJson(const QJsonObject &json)
{
    NetworkProxySetting s;
    static const QStringList kFields{QStringLiteral("mode"), QStringLiteral("host"),     QStringLiteral("port"),
                                     QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("no_proxy")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kFields.contains(it.key()))
            return Error::make(
                Error::Kind::Validation,
                QStringLiteral("Network proxy field \"%1\" is unknown: use mode, host, port, user, password or no_proxy.").arg(it.key()));
    }
    const QString modeText = json.value(QStringLiteral("mode")).toString(QStringLiteral("system"));
    const auto mode = modeFromName(modeText);
    if (!mode)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("Network proxy mode \"%1\" is unknown: use system, none, http, https or socks5.").arg(modeText));
    s.mode = *mode;
    s.host = json.value(QStringLiteral("host")).toString().trimmed();
    s.port = json.value(QStringLiteral("port")).toInt();
    s.user = json.value(QStringLiteral("user")).toString();
    s.password = json.value(QStringLiteral("password")).toString();
    for (const auto &v : json.value(QStringLiteral("no_proxy")).toArray()) {
        if (!v.toString().trimmed().isEmpty())
            s.noProxy.append(v.toString().trimmed());
    }
    if (isExplicit(s.mode)) {
        if (s.host.isEmpty())
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("The network proxy needs a host name: enter the proxy server's name or address."));
        if (s.port < 1 || s.port > 65535)
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("The network proxy port %1 is out of range: enter a port from 1 to 65535.").arg(s.port));
    }
    if (!s.password.isEmpty() && !isReference(s.password))
        return Error::make(
            Error::Kind::Validation,
            QStringLiteral(
                "The network proxy password must be stored in the keychain: save it there and refer to it as keychain:NAME (or env:VAR)."));
    return s;
}

Expected<NetworkProxySetting> effectiveProxy(const NetworkProxySetting &global, const QJsonObject &providerOptions)
{
    const auto own = providerOptions.value(QStringLiteral("network"));
    if (!own.isObject())
        return global;
    return NetworkProxySetting::fromJson(own.toObject());
}

} // namespace sb::providers
