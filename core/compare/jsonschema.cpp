#include "compare/jsonschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace sb::compare {

namespace {

const QStringList &typeNames()
{
    static const QStringList names{QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("integer"), QStringLiteral("boolean"),
                                   QStringLiteral("object"), QStringLiteral("array"),  QStringLiteral("null")};
    return names;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool isNonNegativeInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && std::floor(v.toDouble()) == v.toDouble();
}

// Checks the schema's own shape; returns the first problem.
QString checkSchema(const QJsonValue &schema, const QString &path, int depth)
{
    if (depth > 64)
        return QStringLiteral("%1: nested too deeply").arg(path);
    if (schema.isBool())
        return {};
    if (!schema.isObject())
        return QStringLiteral("%1: a schema is an object or true/false").arg(path);
    const QJsonObject o = schema.toObject();
    if (o.contains(QLatin1String("type"))) {
        const QJsonValue t = o.value(QLatin1String("type"));
        QJsonArray list = t.isArray() ? t.toArray() : QJsonArray{t};
        if (list.isEmpty())
            return QStringLiteral("%1: must name at least one type").arg(join(path, QStringLiteral("type")));
        for (const QJsonValue &n : std::as_const(list)) {
            if (!n.isString() || !typeNames().contains(n.toString()))
                return QStringLiteral("%1: unknown type %2 (use %3)")
                    .arg(join(path, QStringLiteral("type")),
                         QString::fromUtf8(QJsonDocument(QJsonArray{n}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
                         typeNames().join(QStringLiteral(", ")));
        }
    }
    if (o.contains(QLatin1String("properties"))) {
        const QJsonValue p = o.value(QLatin1String("properties"));
        if (!p.isObject())
            return QStringLiteral("%1: must be an object of schemas").arg(join(path, QStringLiteral("properties")));
        const QJsonObject props = p.toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (QString e = checkSchema(it.value(), join(join(path, QStringLiteral("properties")), it.key()), depth + 1); !e.isEmpty())
                return e;
        }
    }
    if (o.contains(QLatin1String("required"))) {
        const QJsonValue r = o.value(QLatin1String("required"));
        if (!r.isArray())
            return QStringLiteral("%1: must be a list of property names").arg(join(path, QStringLiteral("required")));
        for (const QJsonValue &n : r.toArray()) {
            if (!n.isString())
                return QStringLiteral("%1: must be a list of property names").arg(join(path, QStringLiteral("required")));
        }
    }
    if (o.contains(QLatin1String("additionalProperties"))) {
        if (QString e = checkSchema(o.value(QLatin1String("additionalProperties")), join(path, QStringLiteral("additionalProperties")), depth + 1);
            !e.isEmpty())
            return e;
    }
    if (o.contains(QLatin1String("items"))) {
        const QJsonValue items = o.value(QLatin1String("items"));
        if (items.isArray())
            return QStringLiteral("%1: a list of schemas (tuple form) is not supported; give one schema").arg(join(path, QStringLiteral("items")));
        if (QString e = checkSchema(items, join(path, QStringLiteral("items")), depth + 1); !e.isEmpty())
            return e;
    }
    if (o.contains(QLatin1String("enum")) && (!o.value(QLatin1String("enum")).isArray() || o.value(QLatin1String("enum")).toArray().isEmpty()))
        return QStringLiteral("%1: must be a non-empty list").arg(join(path, QStringLiteral("enum")));
    for (const char *k : {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}) {
        const QLatin1String key(k);
        if (o.contains(key) && !o.value(key).isDouble())
            return QStringLiteral("%1: must be a number").arg(join(path, key));
    }
    for (const char *k : {"minLength", "maxLength", "minItems", "maxItems"}) {
        const QLatin1String key(k);
        if (o.contains(key) && !isNonNegativeInteger(o.value(key)))
            return QStringLiteral("%1: must be a whole number >= 0").arg(join(path, key));
    }
    return {};
}

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return std::floor(v.toDouble()) == v.toDouble() ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool hasType(const QJsonValue &v, const QString &type)
{
    const QString actual = typeOf(v);
    return actual == type || (type == QLatin1String("number") && actual == QLatin1String("integer"));
}

QString compact(const QJsonValue &v)
{
    const QString s = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    const QString inner = s.mid(1, s.size() - 2);
    return inner.size() > 60 ? inner.left(57) + QStringLiteral("...") : inner;
}

QString propertyPath(const QString &path, const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    return path + QStringLiteral("[") + compact(QJsonValue(key)) + QStringLiteral("]");
}

void validateValue(const QJsonValue &schema, const QJsonValue &v, const QString &path, QStringList &errors)
{
    if (errors.size() >= 100)
        return;
    if (schema.isBool()) {
        if (!schema.toBool())
            errors << QStringLiteral("%1: no value is allowed here").arg(path);
        return;
    }
    const QJsonObject s = schema.toObject();
    if (s.contains(QLatin1String("type"))) {
        const QJsonValue t = s.value(QLatin1String("type"));
        const QJsonArray list = t.isArray() ? t.toArray() : QJsonArray{t};
        bool ok = false;
        QStringList names;
        for (const QJsonValue &n : list) {
            names << n.toString();
            ok = ok || hasType(v, n.toString());
        }
        if (!ok) {
            errors << QStringLiteral("%1: expected %2, got %3").arg(path, names.join(QStringLiteral(" or ")), typeOf(v));
            return;
        }
    }
    if (s.contains(QLatin1String("enum"))) {
        const QJsonArray options = s.value(QLatin1String("enum")).toArray();
        if (!options.contains(v))
            errors << QStringLiteral("%1: %2 is not one of %3").arg(path, compact(v), compact(options));
    }
    if (s.contains(QLatin1String("const")) && s.value(QLatin1String("const")) != v)
        errors << QStringLiteral("%1: must be %2").arg(path, compact(s.value(QLatin1String("const"))));
    if (v.isDouble()) {
        const double x = v.toDouble();
        if (s.contains(QLatin1String("minimum")) && x < s.value(QLatin1String("minimum")).toDouble())
            errors << QStringLiteral("%1: %2 is less than the minimum %3").arg(path, compact(v), compact(s.value(QLatin1String("minimum"))));
        if (s.contains(QLatin1String("maximum")) && x > s.value(QLatin1String("maximum")).toDouble())
            errors << QStringLiteral("%1: %2 is more than the maximum %3").arg(path, compact(v), compact(s.value(QLatin1String("maximum"))));
        if (s.contains(QLatin1String("exclusiveMinimum")) && x <= s.value(QLatin1String("exclusiveMinimum")).toDouble())
            errors << QStringLiteral("%1: %2 must be more than %3").arg(path, compact(v), compact(s.value(QLatin1String("exclusiveMinimum"))));
        if (s.contains(QLatin1String("exclusiveMaximum")) && x >= s.value(QLatin1String("exclusiveMaximum")).toDouble())
            errors << QStringLiteral("%1: %2 must be less than %3").arg(path, compact(v), compact(s.value(QLatin1String("exclusiveMaximum"))));
    }
    if (v.isString()) {
        const qsizetype length = v.toString().toUcs4().size(); // code points, as JSON Schema counts
        if (s.contains(QLatin1String("minLength")) && length < s.value(QLatin1String("minLength")).toInteger())
            errors << QStringLiteral("%1: shorter than %2 characters").arg(path).arg(s.value(QLatin1String("minLength")).toInteger());
        if (s.contains(QLatin1String("maxLength")) && length > s.value(QLatin1String("maxLength")).toInteger())
            errors << QStringLiteral("%1: longer than %2 characters").arg(path).arg(s.value(QLatin1String("maxLength")).toInteger());
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (s.contains(QLatin1String("minItems")) && a.size() < s.value(QLatin1String("minItems")).toInteger())
            errors << QStringLiteral("%1: fewer than %2 items").arg(path).arg(s.value(QLatin1String("minItems")).toInteger());
        if (s.contains(QLatin1String("maxItems")) && a.size() > s.value(QLatin1String("maxItems")).toInteger())
            errors << QStringLiteral("%1: more than %2 items").arg(path).arg(s.value(QLatin1String("maxItems")).toInteger());
        if (s.contains(QLatin1String("items"))) {
            for (qsizetype i = 0; i < a.size(); ++i)
                validateValue(s.value(QLatin1String("items")), a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), errors);
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &r : s.value(QLatin1String("required")).toArray()) {
            if (!o.contains(r.toString()))
                errors << QStringLiteral("%1: missing required property %2").arg(path, compact(r));
        }
        const QJsonObject props = s.value(QLatin1String("properties")).toObject();
        const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = propertyPath(path, it.key());
            if (props.contains(it.key()))
                validateValue(props.value(it.key()), it.value(), p, errors);
            else if (additional.isBool() && !additional.toBool())
                errors << QStringLiteral("%1: unexpected property %2").arg(path, compact(QJsonValue(it.key())));
            else if (additional.isObject())
                validateValue(additional, it.value(), p, errors);
        }
    }
}

} // namespace

Expected<JsonSchema> JsonSchema::parse(const QJsonValue &schema)
{
    if (QString e = checkSchema(schema, QStringLiteral("schema"), 0); !e.isEmpty())
        return Error::make(Error::Kind::Validation, e);
    return JsonSchema(schema);
}

Expected<JsonSchema> JsonSchema::parse(const QString &schemaText)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(schemaText.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Parse, QStringLiteral("schema: not JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset));
    return parse(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
}

QStringList JsonSchema::validate(const QJsonValue &instance) const
{
    QStringList errors;
    validateValue(m_schema, instance, QStringLiteral("$"), errors);
    return errors;
}

} // namespace sb::compare
