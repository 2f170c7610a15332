#include "storage/workspace.h"

#include "common/jsontype.h"
#include "common/privatefiles.h"
#include "providers/networkproxy.h"
#include "storage/secretstore.h"
#include "usage/retention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace sb {

namespace {

constexpr qint64 kMaxWorkspaceBytes = 16 * 1024 * 1024;

QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(col);
}

// Reads typed fields of one JSON object and collects problems with their JSON path.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QStringList &problems)
        : m_o(o)
        , m_path(std::move(path))
        , m_problems(problems)
    {
    }

    void allowOnly(std::initializer_list<const char *> keys)
    {
        QSet<QString> allowed;
        for (const char *k : keys)
            allowed.insert(QString::fromLatin1(k));
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (!allowed.contains(it.key()))
                m_problems << QStringLiteral("%1: unknown key \"%2\"").arg(at(it.key()), it.key());
        }
    }
    QString string(const char *key, bool required, const QString &def = {})
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                m_problems << QStringLiteral("%1: required").arg(at(key));
            return def;
        }
        if (!v.isString()) {
            m_problems << QStringLiteral("%1: must be a string, not %2").arg(at(key), jsonTypeName(v));
            return def;
        }
        return v.toString();
    }
    bool boolean(const char *key, bool def)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isBool()) {
            m_problems << QStringLiteral("%1: must be true or false, not %2").arg(at(key), jsonTypeName(v));
            return def;
        }
        return v.toBool();
    }
    int integer(const char *key, int def, int min, int max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            m_problems << QStringLiteral("%1: must be a whole number from %2 to %3").arg(at(key)).arg(min).arg(max);
            return def;
        }
        return int(d);
    }
    QStringList strings(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            m_problems << QStringLiteral("%1: must be an array of strings").arg(at(key));
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                m_problems << QStringLiteral("%1[%2]: must be a string").arg(at(key)).arg(i);
            else
                out << a.at(i).toString();
        }
        return out;
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            m_problems << QStringLiteral("%1: must be an array, not %2").arg(at(key), jsonTypeName(v));
        return v.toArray();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            m_problems << QStringLiteral("%1: must be an object, not %2").arg(at(key), jsonTypeName(v));
        return v.toObject();
    }
    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    QString at(const char *key) const { return at(QString::fromLatin1(key)); }

private:
    const QJsonObject &m_o;
    QString m_path;
    QStringList &m_problems;
};

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_\\-]{0,63}$"));
    return re;
}

void checkSecretRef(const QString &value, const QString &where, bool required, QStringList &problems)
{
    if (value.isEmpty()) {
        if (required)
            problems << QStringLiteral("%1: required (keychain:NAME or env:VAR)").arg(where);
        return;
    }
    auto ref = SecretRef::parse(value);
    if (!ref)
        problems << QStringLiteral("%1: %2").arg(where, ref.error().message);
}

} // namespace

const QStringList &Workspace::providerKinds()
{
    static const QStringList kinds{QStringLiteral("openai"), QStringLiteral("anthropic"),         QStringLiteral("gemini"),
                                   QStringLiteral("ollama"), QStringLiteral("openai_compatible"), QStringLiteral("switchboard")};
    return kinds;
}

const ProviderConfig *Workspace::provider(const QString &id) const
{
    for (const auto &p : providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

Expected<Workspace> Workspace::fromJson(const QByteArray &json, const QString &sourceName)
{
    if (json.size() > kMaxWorkspaceBytes)
        return Error::make(Error::Kind::Validation, QStringLiteral("%1: larger than 16 MiB; this is not a workspace file").arg(sourceName));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("%1:%2: not valid JSON: %3").arg(sourceName, lineColumn(json, pe.offset), pe.errorString()));
    if (!doc.isObject())
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("%1: a workspace is a JSON object, this is %2")
                               .arg(sourceName, doc.isArray() ? QStringLiteral("an array") : QStringLiteral("empty")));
    const QJsonObject root = doc.object();
    QStringList problems;

    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("%1: \"version\" is missing or not a number; is this a Switchboard workspace file?").arg(sourceName));
    const int v = version.toInt();
    if (v > kVersion)
        return Error::make(Error::Kind::Version,
                           QStringLiteral("%1: workspace version %2 was written by a newer Switchboard (this build reads up to %3)")
                               .arg(sourceName)
                               .arg(v)
                               .arg(kVersion));
    if (v < 1)
        return Error::make(Error::Kind::Version, QStringLiteral("%1: unknown workspace version %2").arg(sourceName).arg(v));

    Workspace ws;
    Reader r(root, QString(), problems);
    r.allowOnly({"version", "name", "providers", "proxy", "modelOverrides", "virtualModels", "routes", "budgets", "workflows", "monitoring",
                 "network", "retention"});
    ws.name = r.string("name", false, ws.name);
    ws.modelOverrides = r.object("modelOverrides");
    ws.virtualModels = r.array("virtualModels");
    ws.routes = r.array("routes");
    ws.budgets = r.array("budgets");
    ws.workflows = r.array("workflows");
    ws.monitoring = r.object("monitoring");
    ws.network = r.object("network");
    ws.retention = r.object("retention");

    const QJsonArray providers = r.array("providers");
    for (int i = 0; i < providers.size(); ++i) {
        const QString path = QStringLiteral("providers[%1]").arg(i);
        if (!providers.at(i).isObject()) {
            problems << QStringLiteral("%1: must be an object").arg(path);
            continue;
        }
        const QJsonObject po = providers.at(i).toObject();
        Reader pr(po, path, problems);
        pr.allowOnly({"id", "kind", "name", "baseUrl", "apiKey", "enabled", "models", "options"});
        ProviderConfig p;
        p.id = pr.string("id", true);
        p.kind = pr.string("kind", true);
        p.name = pr.string("name", false);
        p.baseUrl = pr.string("baseUrl", false);
        p.apiKey = pr.string("apiKey", false);
        p.enabled = pr.boolean("enabled", true);
        p.models = pr.strings("models");
        p.options = pr.object("options");
        ws.providers.append(p);
    }

    if (root.contains(QLatin1String("proxy"))) {
        const QJsonObject proxy = r.object("proxy");
        Reader xr(proxy, QStringLiteral("proxy"), problems);
        xr.allowOnly({"enabled", "host", "port", "keys", "allowedOrigins", "allowedHosts", "keyless"});
        ws.proxy.keyless = xr.boolean("keyless", false);
        ws.proxy.allowedOrigins = xr.strings("allowedOrigins");
        ws.proxy.allowedHosts = xr.strings("allowedHosts");
        ws.proxy.enabled = xr.boolean("enabled", false);
        ws.proxy.host = xr.string("host", false, ws.proxy.host);
        ws.proxy.port = xr.integer("port", ws.proxy.port, 1, 65535);
        const QJsonArray keys = xr.array("keys");
        for (int i = 0; i < keys.size(); ++i) {
            const QString path = QStringLiteral("proxy.keys[%1]").arg(i);
            if (!keys.at(i).isObject()) {
                problems << QStringLiteral("%1: must be an object").arg(path);
                continue;
            }
            const QJsonObject ko = keys.at(i).toObject();
            Reader kr(ko, path, problems);
            kr.allowOnly({"name", "key", "allowedModels", "requestsPerMinute"});
            ProxyKeyConfig k;
            k.name = kr.string("name", true);
            k.key = kr.string("key", true);
            k.allowedModels = kr.strings("allowedModels");
            k.requestsPerMinute = kr.integer("requestsPerMinute", 0, 0, 1'000'000);
            ws.proxy.keys.append(k);
        }
    }

    problems << ws.validate();
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        QString msg = QStringLiteral("%1 is not a valid workspace:").arg(sourceName);
        for (const QString &p : std::as_const(problems))
            msg += QStringLiteral("\n  - ") + p;
        return Error::make(Error::Kind::Validation, msg);
    }
    return ws;
}

QStringList Workspace::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QStringLiteral("name: must not be empty");
    QSet<QString> ids;
    for (int i = 0; i < providers.size(); ++i) {
        const ProviderConfig &p = providers.at(i);
        const QString path = QStringLiteral("providers[%1]").arg(i);
        if (!p.id.isEmpty() && !idPattern().match(p.id).hasMatch())
            problems << QStringLiteral("%1.id: \"%2\" must be lower-case letters, digits, '-' or '_' (at most 64)").arg(path, p.id);
        if (!p.id.isEmpty() && ids.contains(p.id))
            problems << QStringLiteral("%1.id: \"%2\" is used by another provider").arg(path, p.id);
        ids.insert(p.id);
        if (!p.kind.isEmpty() && !providerKinds().contains(p.kind))
            problems << QStringLiteral("%1.kind: \"%2\" is not one of %3").arg(path, p.kind, providerKinds().join(QStringLiteral(", ")));
        if (!p.baseUrl.isEmpty()) {
            const QUrl url(p.baseUrl, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
                problems << QStringLiteral("%1.baseUrl: must be an http:// or https:// URL").arg(path);
        }
        checkSecretRef(p.apiKey, path + QStringLiteral(".apiKey"), false, problems);
        if (const QJsonValue own = p.options.value(QLatin1String("network")); !own.isUndefined()) {
            if (!own.isObject())
                problems << QStringLiteral("%1.options.network: must be an object like {\"mode\": \"http\", \"host\": ..., \"port\": ...}").arg(path);
            else if (auto n = providers::NetworkProxySetting::fromJson(own.toObject()); !n)
                problems << QStringLiteral("%1.options.network: %2").arg(path, n.error().message);
            else if (auto c = providers::ConnectionSetting::fromJson(own.toObject(), true); !c)
                problems << QStringLiteral("%1.options.network: %2").arg(path, c.error().message);
        }
        for (auto it = p.options.begin(); it != p.options.end(); ++it) {
            if (it.key().contains(QLatin1String("key"), Qt::CaseInsensitive) || it.key().contains(QLatin1String("secret"), Qt::CaseInsensitive)
                || it.key().contains(QLatin1String("token"), Qt::CaseInsensitive)) {
                if (!it.value().isString() || !SecretRef::parse(it.value().toString()))
                    problems << QStringLiteral("%1.options.%2: looks like a secret; store it in the keychain and use keychain:NAME or env:VAR")
                                    .arg(path, it.key());
            }
        }
    }
    if (!network.isEmpty()) {
        if (auto n = providers::NetworkProxySetting::fromJson(network); !n)
            problems << QStringLiteral("network: %1").arg(n.error().message);
        else if (auto c = providers::ConnectionSetting::fromJson(network, false); !c)
            problems << QStringLiteral("network: %1").arg(c.error().message);
    }
    if (auto kept = usage::RetentionSettings::fromJson(retention); !kept)
        problems << kept.error().message;
    if (proxy.host.trimmed().isEmpty())
        problems << QStringLiteral("proxy.host: must not be empty");
    if (proxy.port < 1 || proxy.port > 65535)
        problems << QStringLiteral("proxy.port: must be a whole number from 1 to 65535");
    QSet<QString> keyNames;
    for (int i = 0; i < proxy.keys.size(); ++i) {
        const ProxyKeyConfig &k = proxy.keys.at(i);
        const QString path = QStringLiteral("proxy.keys[%1]").arg(i);
        if (k.name.trimmed().isEmpty())
            problems << QStringLiteral("%1.name: must not be empty").arg(path);
        else if (keyNames.contains(k.name))
            problems << QStringLiteral("%1.name: \"%2\" is used by another key").arg(path, k.name);
        keyNames.insert(k.name);
        checkSecretRef(k.key, path + QStringLiteral(".key"), true, problems);
    }
    // An origin is what a browser sends in its Origin header: scheme://host[:port], nothing after it.
    // "*" is refused on purpose: it would hand the user's credits to every web page.
    static const QRegularExpression originShape(QStringLiteral("^[a-z][a-z0-9+.-]*://[a-z0-9._~:\\[\\]-]+$"));
    for (int i = 0; i < proxy.allowedOrigins.size(); ++i) {
        if (!originShape.match(proxy.allowedOrigins.at(i)).hasMatch())
            problems << QStringLiteral("proxy.allowedOrigins[%1]: \"%2\" is not an origin; write it as the browser sends it, "
                                       "e.g. http://localhost:3000 (lower case, no path, no wildcard)")
                            .arg(i)
                            .arg(proxy.allowedOrigins.at(i));
    }
    static const QRegularExpression hostShape(QStringLiteral("^[A-Za-z0-9.-]+$"));
    for (int i = 0; i < proxy.allowedHosts.size(); ++i) {
        if (!hostShape.match(proxy.allowedHosts.at(i)).hasMatch())
            problems
                << QStringLiteral("proxy.allowedHosts[%1]: \"%2\" is not a host name (no port, no wildcard)").arg(i).arg(proxy.allowedHosts.at(i));
    }
    // a workflow's own problems are its module's (workflow::Library): a broken one never blocks the rest
    for (int i = 0; i < workflows.size(); ++i) {
        if (!workflows.at(i).isObject() || !workflows.at(i).toObject().value(QLatin1String("name")).isString())
            problems << QStringLiteral("workflows[%1]: must be an object with a name").arg(i);
    }
    const bool loopback = proxy.host == QLatin1String("127.0.0.1") || proxy.host == QLatin1String("::1") || proxy.host == QLatin1String("localhost");
    if (!loopback && proxy.keys.isEmpty())
        problems << QStringLiteral("proxy.host: listening beyond loopback (%1) requires at least one proxy key").arg(proxy.host);
    return problems;
}

QByteArray Workspace::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("name"), name);
    QJsonArray ps;
    for (const auto &p : providers) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), p.id);
        o.insert(QStringLiteral("kind"), p.kind);
        if (!p.name.isEmpty())
            o.insert(QStringLiteral("name"), p.name);
        if (!p.baseUrl.isEmpty())
            o.insert(QStringLiteral("baseUrl"), p.baseUrl);
        if (!p.apiKey.isEmpty())
            o.insert(QStringLiteral("apiKey"), p.apiKey);
        o.insert(QStringLiteral("enabled"), p.enabled);
        if (!p.models.isEmpty())
            o.insert(QStringLiteral("models"), QJsonArray::fromStringList(p.models));
        if (!p.options.isEmpty())
            o.insert(QStringLiteral("options"), p.options);
        ps.append(o);
    }
    root.insert(QStringLiteral("providers"), ps);
    QJsonObject proxyObj;
    proxyObj.insert(QStringLiteral("enabled"), proxy.enabled);
    proxyObj.insert(QStringLiteral("host"), proxy.host);
    proxyObj.insert(QStringLiteral("port"), proxy.port);
    QJsonArray keys;
    for (const auto &k : proxy.keys) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), k.name);
        o.insert(QStringLiteral("key"), k.key);
        if (!k.allowedModels.isEmpty())
            o.insert(QStringLiteral("allowedModels"), QJsonArray::fromStringList(k.allowedModels));
        if (k.requestsPerMinute > 0)
            o.insert(QStringLiteral("requestsPerMinute"), k.requestsPerMinute);
        keys.append(o);
    }
    proxyObj.insert(QStringLiteral("keys"), keys);
    if (!proxy.allowedOrigins.isEmpty())
        proxyObj.insert(QStringLiteral("allowedOrigins"), QJsonArray::fromStringList(proxy.allowedOrigins));
    if (!proxy.allowedHosts.isEmpty())
        proxyObj.insert(QStringLiteral("allowedHosts"), QJsonArray::fromStringList(proxy.allowedHosts));
    if (proxy.keyless)
        proxyObj.insert(QStringLiteral("keyless"), true);
    root.insert(QStringLiteral("proxy"), proxyObj);
    root.insert(QStringLiteral("modelOverrides"), modelOverrides);
    root.insert(QStringLiteral("virtualModels"), virtualModels);
    root.insert(QStringLiteral("routes"), routes);
    root.insert(QStringLiteral("budgets"), budgets);
    if (!workflows.isEmpty())
        root.insert(QStringLiteral("workflows"), workflows);
    if (!monitoring.isEmpty())
        root.insert(QStringLiteral("monitoring"), monitoring);
    if (!network.isEmpty())
        root.insert(QStringLiteral("network"), network);
    if (!retention.isEmpty())
        root.insert(QStringLiteral("retention"), retention);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Workspace WorkspaceFile::defaults()
{
    QFile f(QStringLiteral(":/workspace/default.json"));
    if (f.open(QIODevice::ReadOnly)) {
        auto ws = Workspace::fromJson(f.readAll(), QStringLiteral("default workspace"));
        if (ws)
            return *ws;
        qFatal("the built-in default workspace is invalid: %s", qPrintable(ws.error().message));
    }
    return Workspace{};
}

Expected<Workspace> WorkspaceFile::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error::make(Error::Kind::NotFound, QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path)));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    if (f.size() > kMaxWorkspaceBytes)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("%1 is larger than 16 MiB; this is not a workspace file").arg(QDir::toNativeSeparators(path)));
    return Workspace::fromJson(f.readAll(), QFileInfo(path).fileName());
}

Expected<Workspace> WorkspaceFile::loadOrCreate(const QString &path)
{
    if (QFileInfo::exists(path))
        return load(path);
    Workspace ws = defaults();
    auto saved = save(ws, path);
    if (!saved)
        return saved.error();
    return ws;
}

Expected<void> WorkspaceFile::save(const Workspace &workspace, const QString &path)
{
    const QStringList problems = workspace.validate();
    if (!problems.isEmpty())
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("not saved, the workspace is invalid:\n  - ") + problems.join(QStringLiteral("\n  - ")));
    if (auto dir = privatefiles::createDirectory(QFileInfo(path).absolutePath()); !dir)
        return dir.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    const QByteArray bytes = workspace.toJson();
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

} // namespace sb
