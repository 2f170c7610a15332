#include "catalog/catalog.h"

#include "common/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace sb::catalog {

Cost costOf(const Prices &prices, const protocol::Usage &usage)
{
    constexpr double perToken = 1.0 / 1'000'000.0;
    const qint64 reasoning = qBound<qint64>(0, usage.reasoningTokens, usage.outputTokens);
    Cost c;
    c.input = double(usage.inputTokens) * prices.input * perToken;
    c.output = double(usage.outputTokens - reasoning) * prices.output * perToken;
    c.reasoning = double(reasoning) * prices.reasoningOrOutput() * perToken;
    c.cacheRead = double(usage.cacheReadTokens) * prices.cacheReadOrInput() * perToken;
    c.cacheWrite = double(usage.cacheWriteTokens) * prices.cacheWriteOrInput() * perToken;
    return c;
}

namespace {

// Reads one model's fields on top of `m`, collecting problems under `path`.
void readModel(const QJsonObject &o, const QString &path, ModelInfo &m, QStringList &problems)
{
    static const QSet<QString> known{QStringLiteral("vendor"),        QStringLiteral("id"),        QStringLiteral("name"),
                                     QStringLiteral("contextWindow"), QStringLiteral("maxOutput"), QStringLiteral("prices"),
                                     QStringLiteral("capabilities")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            problems << QStringLiteral("%1: unknown key \"%2\"").arg(path, it.key());
    }
    if (o.contains(QLatin1String("name"))) {
        if (!o.value(QLatin1String("name")).isString())
            problems << QStringLiteral("%1.name: must be a string").arg(path);
        m.name = o.value(QLatin1String("name")).toString();
    }
    auto tokens = [&](const char *key, qint64 &out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != double(qint64(d)))
            problems << QStringLiteral("%1.%2: must be a whole number of tokens").arg(path, QLatin1String(key));
        else
            out = qint64(d);
    };
    tokens("contextWindow", m.contextWindow);
    tokens("maxOutput", m.maxOutput);

    if (o.contains(QLatin1String("prices"))) {
        const QJsonValue pv = o.value(QLatin1String("prices"));
        if (!pv.isObject()) {
            problems << QStringLiteral("%1.prices: must be an object").arg(path);
        } else {
            const QJsonObject p = pv.toObject();
            static const QSet<QString> priceKeys{QStringLiteral("input"), QStringLiteral("output"), QStringLiteral("cacheRead"),
                                                 QStringLiteral("cacheWrite"), QStringLiteral("reasoning")};
            for (auto it = p.begin(); it != p.end(); ++it) {
                if (!priceKeys.contains(it.key()))
                    problems << QStringLiteral("%1.prices: unknown key \"%2\"").arg(path, it.key());
                else if (!it.value().isDouble() || it.value().toDouble() < 0)
                    problems << QStringLiteral("%1.prices.%2: must be a number of dollars per million tokens, 0 or more").arg(path, it.key());
            }
            auto price = [&](const char *key) -> std::optional<double> {
                const QJsonValue v = p.value(QLatin1String(key));
                if (!v.isDouble() || v.toDouble() < 0)
                    return std::nullopt;
                return v.toDouble();
            };
            if (auto v = price("input"))
                m.prices.input = *v;
            if (auto v = price("output"))
                m.prices.output = *v;
            if (auto v = price("cacheRead"))
                m.prices.cacheRead = v;
            if (auto v = price("cacheWrite"))
                m.prices.cacheWrite = v;
            if (auto v = price("reasoning"))
                m.prices.reasoning = v;
        }
    }
    if (o.contains(QLatin1String("capabilities"))) {
        const QJsonValue cv = o.value(QLatin1String("capabilities"));
        if (!cv.isArray()) {
            problems << QStringLiteral("%1.capabilities: must be an array of names").arg(path);
        } else {
            Capabilities caps;
            for (const QJsonValue &c : cv.toArray()) {
                const QString name = c.toString();
                if (name == QLatin1String("tools"))
                    caps.tools = true;
                else if (name == QLatin1String("vision"))
                    caps.vision = true;
                else if (name == QLatin1String("json"))
                    caps.jsonMode = true;
                else if (name == QLatin1String("reasoning"))
                    caps.reasoning = true;
                else if (name == QLatin1String("embeddings"))
                    caps.embeddings = true;
                else if (name == QLatin1String("system_messages"))
                    caps.systemMessages = true;
                else if (name == QLatin1String("pdf"))
                    caps.pdf = true;
                else
                    problems << QStringLiteral("%1.capabilities: unknown capability \"%2\" (tools, vision, json, reasoning, embeddings, "
                                               "system_messages, pdf)")
                                    .arg(path, name);
            }
            m.capabilities = caps;
        }
    }
}

QString key(const QString &vendor, const QString &id)
{
    return vendor + QLatin1Char('/') + id;
}

Expected<Catalog> failure(const QString &source, const QStringList &problems)
{
    return Error::make(Error::Kind::Validation,
                       QStringLiteral("%1 is not a valid model catalog:\n  - %2").arg(source, problems.join(QStringLiteral("\n  - "))));
}

} // namespace

void Catalog::reindex()
{
    m_index.clear();
    for (qsizetype i = 0; i < m_models.size(); ++i)
        m_index.insert(key(m_models.at(i).vendor, m_models.at(i).id), i);
}

Expected<Catalog> Catalog::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("%1: not valid JSON at offset %2: %3").arg(sourceName).arg(pe.offset).arg(pe.errorString()));
    const QJsonObject root = doc.object();
    QStringList problems;
    Catalog c;
    c.m_asOf = root.value(QLatin1String("asOf")).toString();
    if (!QDate::fromString(c.m_asOf, Qt::ISODate).isValid())
        problems << QStringLiteral("asOf: must be a date (YYYY-MM-DD)");
    const QJsonArray models = root.value(QLatin1String("models")).toArray();
    if (models.isEmpty())
        problems << QStringLiteral("models: must be a non-empty array");
    for (int i = 0; i < models.size(); ++i) {
        const QString path = QStringLiteral("models[%1]").arg(i);
        const QJsonObject o = models.at(i).toObject();
        ModelInfo m;
        m.vendor = o.value(QLatin1String("vendor")).toString();
        m.id = o.value(QLatin1String("id")).toString();
        if (m.vendor.isEmpty() || m.id.isEmpty()) {
            problems << QStringLiteral("%1: vendor and id are required").arg(path);
            continue;
        }
        readModel(o, path, m, problems);
        if (m.name.isEmpty())
            m.name = m.id;
        if (m.contextWindow <= 0)
            problems << QStringLiteral("%1 (%2): contextWindow is required").arg(path, key(m.vendor, m.id));
        if (c.m_index.contains(key(m.vendor, m.id)))
            problems << QStringLiteral("%1: %2 is listed twice").arg(path, key(m.vendor, m.id));
        c.m_models.append(m);
        c.m_index.insert(key(m.vendor, m.id), c.m_models.size() - 1);
    }
    if (!problems.isEmpty())
        return failure(sourceName, problems);
    return c;
}

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        QFile f(builtInPath());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in model catalog resource is missing");
        auto c = fromJson(f.readAll(), QStringLiteral("built-in catalog"));
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return *c;
    }();
    return catalog;
}

std::optional<ModelInfo> Catalog::find(const QString &vendor, const QString &modelId) const
{
    if (auto it = m_index.constFind(key(vendor, modelId)); it != m_index.constEnd())
        return m_models.at(*it);
    // dated snapshots: "-2024-08-06", "-20250514", "-0125", "-latest", "-001"
    static const QRegularExpression snapshot(QStringLiteral("^-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4}|\\d{3}|latest|preview(-\\d{2}-\\d{4})?)$"));
    qsizetype best = -1;
    qsizetype bestLength = 0;
    for (qsizetype i = 0; i < m_models.size(); ++i) {
        const ModelInfo &m = m_models.at(i);
        if (m.vendor != vendor || !modelId.startsWith(m.id) || m.id.size() <= bestLength)
            continue;
        if (snapshot.match(modelId.mid(m.id.size())).hasMatch()) {
            best = i;
            bestLength = m.id.size();
        }
    }
    if (best < 0)
        return std::nullopt;
    ModelInfo m = m_models.at(best);
    m.id = modelId;
    return m;
}

Expected<Catalog> Catalog::withOverrides(const QJsonObject &overrides) const
{
    Catalog c = *this;
    QStringList problems;
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const QString path = QStringLiteral("modelOverrides.\"%1\"").arg(it.key());
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == it.key().size() - 1) {
            problems << QStringLiteral("%1: keys are VENDOR/MODEL").arg(path);
            continue;
        }
        if (!it.value().isObject()) {
            problems << QStringLiteral("%1: must be an object").arg(path);
            continue;
        }
        const QString vendor = it.key().left(slash);
        const QString id = it.key().mid(slash + 1);
        const QJsonObject o = it.value().toObject();
        auto existing = c.m_index.constFind(key(vendor, id));
        if (existing != c.m_index.constEnd()) {
            readModel(o, path, c.m_models[*existing], problems);
            continue;
        }
        ModelInfo m;
        if (auto base = c.find(vendor, id))
            m = *base;
        m.vendor = vendor;
        m.id = id;
        if (m.name.isEmpty())
            m.name = id;
        const bool known = c.find(vendor, id).has_value();
        if (!known && (!o.contains(QLatin1String("prices")) || !o.contains(QLatin1String("contextWindow"))))
            problems << QStringLiteral("%1: a model the catalog does not know needs its prices and contextWindow").arg(path);
        readModel(o, path, m, problems);
        c.m_models.append(m);
        c.m_index.insert(key(vendor, id), c.m_models.size() - 1);
    }
    if (!problems.isEmpty())
        return failure(QStringLiteral("workspace"), problems);
    if (!overrides.isEmpty())
        qCDebug(lcCatalog) << overrides.size() << "model overrides from the workspace," << c.m_models.size() << "models in all";
    return c;
}

} // namespace sb::catalog
