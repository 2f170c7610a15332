#include "providers/networkproxy.h"

#include <QFile>
#include <QFileInfo>
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
    static const QStringList kFields{QStringLiteral("mode"),     QStringLiteral("host"),
                                     QStringLiteral("port"),     QStringLiteral("user"),
                                     QStringLiteral("password"), QStringLiteral("no_proxy"),
                                     QStringLiteral("timeouts"), QStringLiteral("retries"),
                                     QStringLiteral("ca_file"),  QStringLiteral("allow_self_signed")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kFields.contains(it.key()))
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("Network proxy field \"%1\" is unknown: use mode, host, port, user, password, no_proxy, "
                                              "timeouts, retries, ca_file or allow_self_signed.")
                                   .arg(it.key()));
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
    if (!own.isObject() || !own.toObject().contains(QLatin1String("mode")))
        return global; // no proxy of its own (perhaps only timeouts or a CA file)
    return NetworkProxySetting::fromJson(own.toObject());
}

namespace {

constexpr int kMaxTimeoutS = 3600;
constexpr int kMaxRetries = 10;

struct TimeoutField {
    const char *name;
    std::optional<int> ConnectionSetting::*member;
};

constexpr TimeoutField kTimeoutFields[] = {
    {"connect", &ConnectionSetting::connectS},
    {"first_token", &ConnectionSetting::firstTokenS},
    {"idle", &ConnectionSetting::idleS},
};

// An integer in [min, max], or an error naming the field and the range.
Expected<int> boundedInt(const QJsonValue &value, const QString &field, int min, int max, const QString &unit)
{
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d != double(qint64(d)) || d < min || d > max)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("Network setting %1 must be a whole number from %2 to %3%4.").arg(field).arg(min).arg(max).arg(unit));
    return int(d);
}

} // namespace

Timeouts ConnectionSetting::applyTo(Timeouts base) const
{
    if (connectS)
        base.connect = std::chrono::seconds(*connectS);
    if (firstTokenS)
        base.firstToken = std::chrono::seconds(*firstTokenS);
    if (idleS)
        base.idle = std::chrono::seconds(*idleS);
    return base;
}

void ConnectionSetting::writeTo(QJsonObject &json) const
{
    QJsonObject timeouts;
    for (const auto &f : kTimeoutFields) {
        if (const auto &v = this->*f.member)
            timeouts.insert(QLatin1String(f.name), *v);
    }
    if (timeouts.isEmpty())
        json.remove(QStringLiteral("timeouts"));
    else
        json.insert(QStringLiteral("timeouts"), timeouts);
    if (retries)
        json.insert(QStringLiteral("retries"), *retries);
    else
        json.remove(QStringLiteral("retries"));
    if (!caFile.isEmpty())
        json.insert(QStringLiteral("ca_file"), caFile);
    else
        json.remove(QStringLiteral("ca_file"));
    if (allowSelfSigned)
        json.insert(QStringLiteral("allow_self_signed"), true);
    else
        json.remove(QStringLiteral("allow_self_signed"));
}

Expected<ConnectionSetting> ConnectionSetting::fromJson(const QJsonObject &json, bool perProvider)
{
    ConnectionSetting s;
    if (const QJsonValue t = json.value(QStringLiteral("timeouts")); !t.isUndefined()) {
        if (!t.isObject())
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("Network setting timeouts must be an object like {\"connect\": 15, \"first_token\": 120, "
                                              "\"idle\": 90} (seconds)."));
        const QJsonObject o = t.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const auto &f : kTimeoutFields)
                known = known || it.key() == QLatin1String(f.name);
            if (!known)
                return Error::make(Error::Kind::Validation,
                                   QStringLiteral("Network timeout \"%1\" is unknown: use connect, first_token or idle (seconds).").arg(it.key()));
        }
        for (const auto &f : kTimeoutFields) {
            const QJsonValue v = o.value(QLatin1String(f.name));
            if (v.isUndefined())
                continue;
            auto n = boundedInt(v, QStringLiteral("timeouts.") + QLatin1String(f.name), 1, kMaxTimeoutS, QStringLiteral(" seconds"));
            if (!n)
                return n.error();
            s.*f.member = *n;
        }
    }
    if (const QJsonValue r = json.value(QStringLiteral("retries")); !r.isUndefined()) {
        auto n = boundedInt(r, QStringLiteral("retries"), 0, kMaxRetries, QString());
        if (!n)
            return n.error();
        s.retries = *n;
    }
    if (const QJsonValue ca = json.value(QStringLiteral("ca_file")); !ca.isUndefined()) {
        if (!ca.isString())
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("Network setting ca_file must be the path of a PEM file with the certificates to trust."));
        s.caFile = ca.toString().trimmed();
    }
    if (const QJsonValue a = json.value(QStringLiteral("allow_self_signed")); !a.isUndefined()) {
        if (!a.isBool())
            return Error::make(Error::Kind::Validation, QStringLiteral("Network setting allow_self_signed must be true or false."));
        if (!perProvider && a.toBool())
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("allow_self_signed is a provider's own choice: set it in that provider's network options, "
                                              "or trust the gateway's CA with ca_file."));
        s.allowSelfSigned = a.toBool();
    }
    return s;
}

Expected<ConnectionSetting> effectiveConnection(const QJsonObject &globalNetwork, const QJsonObject &providerOptions)
{
    auto global = ConnectionSetting::fromJson(globalNetwork, false);
    if (!global)
        return global.error();
    const QJsonValue own = providerOptions.value(QStringLiteral("network"));
    if (!own.isObject())
        return global;
    auto mine = ConnectionSetting::fromJson(own.toObject(), true);
    if (!mine)
        return mine.error();
    ConnectionSetting s = *global;
    const ConnectionSetting &m = *mine;
    for (const auto &f : kTimeoutFields) {
        if (m.*f.member)
            s.*f.member = m.*f.member;
    }
    if (mine->retries)
        s.retries = mine->retries;
    if (!mine->caFile.isEmpty())
        s.caFile = mine->caFile;
    s.allowSelfSigned = mine->allowSelfSigned;
    return s;
}

Expected<QList<QSslCertificate>> loadCaCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("The CA certificate file %1 cannot be read (%2): check the path (Settings, Network).")
                               .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("The CA certificate file %1 holds no PEM certificate: choose a file with "
                                          "-----BEGIN CERTIFICATE----- blocks (convert a .der or .cer file with openssl x509).")
                               .arg(QFileInfo(path).absoluteFilePath()));
    return certs;
}

} // namespace sb::providers
