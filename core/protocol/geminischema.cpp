#include "protocol/geminischema.h"

#include <QJsonArray>
#include <QSet>

namespace sb::protocol {

namespace {

class Converter
{
public:
    Converter(const QJsonObject &root, QStringList *notes)
        : m_root(root)
        , m_notes(notes)
    {
    }

    QJsonObject convert(const QJsonObject &schema, const QString &path) { return node(schema, path); }

private:
    void note(const QString &path, const QString &what)
    {
        if (m_notes)
            m_notes->append(path.isEmpty() ? what : path + QStringLiteral(": ") + what);
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }

    // #/$defs/NAME or #/definitions/NAME
    std::optional<QJsonObject> resolve(const QString &ref) const
    {
        for (const char *prefix : {"#/$defs/", "#/definitions/"}) {
            if (ref.startsWith(QLatin1String(prefix))) {
                const QString name = ref.mid(int(qstrlen(prefix)));
                const QJsonObject defs = m_root.value(QLatin1String(prefix).mid(2, qstrlen(prefix) - 3)).toObject();
                if (defs.contains(name))
                    return defs.value(name).toObject();
            }
        }
        return std::nullopt;
    }

    QJsonObject node(QJsonObject s, const QString &path)
    {
        if (s.contains(QLatin1String("$ref"))) {
            const QString ref = s.value(QLatin1String("$ref")).toString();
            if (m_expanding.contains(ref)) {
                note(path, QStringLiteral("recursive %1 not expanded").arg(ref));
                return QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("description"), QStringLiteral("(recursive: the same shape as %1)").arg(ref.section(QLatin1Char('/'), -1))}};
            }
            const auto target = resolve(ref);
            if (!target) {
                note(path, QStringLiteral("unresolvable %1 dropped").arg(ref));
                return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
            }
            // the reference's siblings (a description) win over the target's
            QJsonObject merged = *target;
            for (auto it = s.begin(); it != s.end(); ++it) {
                if (it.key() != QLatin1String("$ref"))
                    merged.insert(it.key(), it.value());
            }
            m_expanding.insert(ref);
            QJsonObject out = node(merged, path);
            m_expanding.remove(ref);
            return out;
        }
        if (s.contains(QLatin1String("allOf"))) {
            const QJsonArray parts = s.take(QLatin1String("allOf")).toArray();
            QJsonObject properties = s.value(QLatin1String("properties")).toObject();
            QJsonArray required = s.value(QLatin1String("required")).toArray();
            for (const QJsonValue &p : parts) {
                QJsonObject part = p.toObject();
                if (part.contains(QLatin1String("$ref"))) {
                    if (auto t = resolve(part.value(QLatin1String("$ref")).toString()))
                        part = *t;
                }
                for (auto it = part.begin(); it != part.end(); ++it) {
                    if (it.key() == QLatin1String("properties")) {
                        const QJsonObject ps = it.value().toObject();
                        for (auto p2 = ps.begin(); p2 != ps.end(); ++p2)
                            properties.insert(p2.key(), p2.value());
                    } else if (it.key() == QLatin1String("required")) {
                        for (const QJsonValue &r : it.value().toArray())
                            required.append(r);
                    } else if (!s.contains(it.key())) {
                        s.insert(it.key(), it.value());
                    }
                }
            }
            if (!properties.isEmpty())
                s.insert(QStringLiteral("properties"), properties);
            if (!required.isEmpty())
                s.insert(QStringLiteral("required"), required);
            note(path, QStringLiteral("allOf merged"));
        }

        QJsonObject out;
        // type: a list with "null" is nullable; several other types become anyOf
        const QJsonValue type = s.value(QLatin1String("type"));
        if (type.isArray()) {
            QStringList types;
            bool nullable = false;
            for (const QJsonValue &t : type.toArray()) {
                if (t.toString() == QLatin1String("null"))
                    nullable = true;
                else
                    types << t.toString();
            }
            if (nullable)
                out.insert(QStringLiteral("nullable"), true);
            if (types.size() == 1) {
                out.insert(QStringLiteral("type"), types.first());
                note(path, QStringLiteral("type list -> %1%2").arg(types.first(), nullable ? QStringLiteral(", nullable") : QString()));
            } else if (types.size() > 1) {
                QJsonArray any;
                for (const QString &t : types)
                    any.append(QJsonObject{{QStringLiteral("type"), t}});
                out.insert(QStringLiteral("anyOf"), any);
                note(path, QStringLiteral("type list -> anyOf"));
            }
        } else if (type.isString()) {
            if (type.toString() == QLatin1String("null")) {
                out.insert(QStringLiteral("nullable"), true);
                note(path, QStringLiteral("type null -> nullable"));
            } else {
                out.insert(QStringLiteral("type"), type);
            }
        }
        const QString t = out.value(QLatin1String("type")).toString();

        for (auto it = s.begin(); it != s.end(); ++it) {
            const QString key = it.key();
            const QJsonValue v = it.value();
            const QString at = join(path, key);
            if (key == QLatin1String("type"))
                continue;
            if (key == QLatin1String("title") || key == QLatin1String("description") || key == QLatin1String("nullable")
                || key == QLatin1String("required") || key == QLatin1String("pattern") || key == QLatin1String("example")
                || key == QLatin1String("default") || key == QLatin1String("propertyOrdering") || key == QLatin1String("minItems")
                || key == QLatin1String("maxItems") || key == QLatin1String("minProperties") || key == QLatin1String("maxProperties")
                || key == QLatin1String("minLength") || key == QLatin1String("maxLength") || key == QLatin1String("minimum")
                || key == QLatin1String("maximum")) {
                out.insert(key, v);
            } else if (key == QLatin1String("properties")) {
                QJsonObject props;
                const QJsonObject ps = v.toObject();
                for (auto p = ps.begin(); p != ps.end(); ++p)
                    props.insert(p.key(), node(p.value().toObject(), join(at, p.key())));
                out.insert(key, props);
            } else if (key == QLatin1String("items")) {
                if (v.isArray()) { // a tuple: Gemini has one item schema
                    out.insert(key, node(v.toArray().first().toObject(), at));
                    note(at, QStringLiteral("tuple -> its first item's schema"));
                } else if (v.isObject()) {
                    out.insert(key, node(v.toObject(), at));
                }
            } else if (key == QLatin1String("anyOf") || key == QLatin1String("oneOf")) {
                QJsonArray any = out.value(QLatin1String("anyOf")).toArray();
                const QJsonArray options = v.toArray();
                for (int i = 0; i < options.size(); ++i) {
                    const QJsonObject option = node(options.at(i).toObject(), QStringLiteral("%1[%2]").arg(at).arg(i));
                    if (option == QJsonObject{{QStringLiteral("nullable"), true}})
                        out.insert(QStringLiteral("nullable"), true); // {"type": "null"} among the options
                    else
                        any.append(option);
                }
                if (any.size() == 1) { // Optional[X] from Pydantic: X, nullable
                    const QJsonObject only = any.first().toObject();
                    for (auto o = only.begin(); o != only.end(); ++o) {
                        if (!out.contains(o.key()))
                            out.insert(o.key(), o.value());
                    }
                } else if (!any.isEmpty()) {
                    out.insert(QStringLiteral("anyOf"), any);
                }
                if (key == QLatin1String("oneOf"))
                    note(at, QStringLiteral("-> anyOf"));
            } else if (key == QLatin1String("enum")) {
                const QJsonArray values = v.toArray();
                const bool strings = std::all_of(values.begin(), values.end(), [](const QJsonValue &x) { return x.isString(); });
                if (strings) {
                    out.insert(key, v);
                } else {
                    note(at, QStringLiteral("dropped (Gemini takes string values only)"));
                }
            } else if (key == QLatin1String("const")) {
                if (v.isString()) {
                    out.insert(QStringLiteral("enum"), QJsonArray{v});
                    if (!out.contains(QLatin1String("type")))
                        out.insert(QStringLiteral("type"), QStringLiteral("string"));
                    note(at, QStringLiteral("-> enum"));
                } else {
                    note(at, QStringLiteral("dropped (not a string)"));
                }
            } else if (key == QLatin1String("exclusiveMinimum") || key == QLatin1String("exclusiveMaximum")) {
                const bool low = key == QLatin1String("exclusiveMinimum");
                const QString bound = low ? QStringLiteral("minimum") : QStringLiteral("maximum");
                // draft 4: a boolean beside minimum/maximum; draft 6 on: the bound itself
                const std::optional<double> value = v.isBool()
                    ? (v.toBool() && s.contains(bound) ? std::optional<double>(s.value(bound).toDouble()) : std::nullopt)
                    : std::optional<double>(v.toDouble());
                if (value) {
                    const bool integer = t == QLatin1String("integer");
                    const double inclusive = integer ? *value + (low ? 1 : -1) : *value;
                    out.insert(bound, integer ? QJsonValue(qint64(inclusive)) : QJsonValue(inclusive));
                    note(at,
                         integer ? QStringLiteral("%1 %2").arg(bound).arg(qint64(inclusive))
                                 : QStringLiteral("%1 %2 (inclusive now)").arg(bound).arg(inclusive));
                }
            } else if (key == QLatin1String("format")) {
                const QString f = v.toString();
                const bool taken = (t == QLatin1String("string") && (f == QLatin1String("enum") || f == QLatin1String("date-time")))
                    || (t == QLatin1String("integer") && (f == QLatin1String("int32") || f == QLatin1String("int64")))
                    || (t == QLatin1String("number") && (f == QLatin1String("float") || f == QLatin1String("double")));
                if (taken)
                    out.insert(key, v);
                else
                    note(at, QStringLiteral("format %1 dropped").arg(f));
            } else if (key == QLatin1String("allOf")) {
                // merged above
            } else if (key == QLatin1String("$defs") || key == QLatin1String("definitions") || key == QLatin1String("$schema")
                       || key == QLatin1String("$id") || key == QLatin1String("$comment")) {
                // inlined where referenced / meta: silently left out
            } else {
                note(at, QStringLiteral("dropped"));
            }
        }
        // "properties" must name real keys; a required name without a property confuses Gemini too
        if (out.contains(QLatin1String("required")) && out.contains(QLatin1String("properties"))) {
            const QJsonObject props = out.value(QLatin1String("properties")).toObject();
            QJsonArray kept;
            for (const QJsonValue &r : out.value(QLatin1String("required")).toArray()) {
                if (props.contains(r.toString()))
                    kept.append(r);
            }
            out.insert(QStringLiteral("required"), kept);
        }
        return out;
    }

    const QJsonObject &m_root;
    QStringList *m_notes;
    QSet<QString> m_expanding;
};

} // namespace

QJsonObject toGeminiSchema(const QJsonObject &jsonSchema, QStringList *notes)
{
    return Converter(jsonSchema, notes).convert(jsonSchema, QString());
}

namespace {

QJsonValue strictNode(const QJsonValue &node, const QString &path, QStringList *notes);

QJsonObject strictObject(QJsonObject o, const QString &path, QStringList *notes)
{
    static const char *const kRefused[] = {"minLength",
                                           "maxLength",
                                           "uniqueItems",
                                           "propertyNames",
                                           "patternProperties",
                                           "minProperties",
                                           "maxProperties",
                                           "unevaluatedProperties",
                                           "default",
                                           "$schema",
                                           "contentEncoding",
                                           "contentMediaType",
                                           "if",
                                           "then",
                                           "else",
                                           "not",
                                           "dependentRequired",
                                           "dependentSchemas",
                                           "examples"};
    for (const char *k : kRefused) {
        if (o.contains(QLatin1String(k))) {
            o.remove(QLatin1String(k));
            if (notes)
                *notes << QStringLiteral("%1%2: dropped (strict mode refuses it)")
                              .arg(path.isEmpty() ? QString() : path + QLatin1Char('.'), QLatin1String(k));
        }
    }
    if (o.contains(QStringLiteral("oneOf"))) {
        o.insert(QStringLiteral("anyOf"), o.take(QStringLiteral("oneOf")));
        if (notes)
            *notes << QStringLiteral("%1oneOf: as anyOf").arg(path.isEmpty() ? QString() : path + QLatin1Char('.'));
    }
    const auto at = [&](const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; };
    for (const char *list : {"anyOf", "allOf"}) {
        if (o.contains(QLatin1String(list))) {
            QJsonArray items = o.value(QLatin1String(list)).toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                items.replace(i, strictNode(items.at(i), QStringLiteral("%1[%2]").arg(at(QLatin1String(list))).arg(i), notes));
            o.insert(QLatin1String(list), items);
        }
    }
    for (const char *defs : {"$defs", "definitions"}) {
        if (o.contains(QLatin1String(defs))) {
            QJsonObject d = o.value(QLatin1String(defs)).toObject();
            for (auto it = d.begin(); it != d.end(); ++it)
                it.value() = strictNode(it.value(), at(QLatin1String(defs)) + QLatin1Char('.') + it.key(), notes);
            o.insert(QLatin1String(defs), d);
        }
    }
    if (o.contains(QStringLiteral("items")))
        o.insert(QStringLiteral("items"), strictNode(o.value(QStringLiteral("items")), at(QStringLiteral("items")), notes));
    const bool isObject = o.value(QStringLiteral("type")) == QJsonValue(QStringLiteral("object")) || o.contains(QStringLiteral("properties"));
    if (!isObject)
        return o;
    QJsonObject props = o.value(QStringLiteral("properties")).toObject();
    QStringList required;
    for (const QJsonValue &r : o.value(QStringLiteral("required")).toArray())
        required << r.toString();
    QJsonArray all;
    for (auto it = props.begin(); it != props.end(); ++it) {
        QJsonValue p = strictNode(it.value(), at(QStringLiteral("properties.")) + it.key(), notes);
        if (!required.contains(it.key())) {
            // optional: required now, but null means "not given"
            QJsonObject po = p.toObject();
            const QJsonValue type = po.value(QStringLiteral("type"));
            if (type.isString()) {
                po.insert(QStringLiteral("type"), QJsonArray{type, QStringLiteral("null")});
            } else if (type.isArray()) {
                QJsonArray types = type.toArray();
                if (!types.contains(QStringLiteral("null")))
                    types.append(QStringLiteral("null"));
                po.insert(QStringLiteral("type"), types);
            } else {
                po = QJsonObject{{QStringLiteral("anyOf"), QJsonArray{po, QJsonObject{{QStringLiteral("type"), QStringLiteral("null")}}}}};
            }
            if (po.contains(QStringLiteral("enum")) && !po.value(QStringLiteral("enum")).toArray().contains(QJsonValue::Null)) {
                QJsonArray values = po.value(QStringLiteral("enum")).toArray();
                values.append(QJsonValue::Null);
                po.insert(QStringLiteral("enum"), values);
            }
            p = po;
            if (notes)
                *notes << QStringLiteral("%1: optional, so required and nullable").arg(at(QStringLiteral("properties.")) + it.key());
        }
        it.value() = p;
        all.append(it.key());
    }
    o.insert(QStringLiteral("properties"), props);
    o.insert(QStringLiteral("required"), all);
    if (o.value(QStringLiteral("additionalProperties")) != QJsonValue(false)) {
        if (o.contains(QStringLiteral("additionalProperties")) && notes)
            *notes << QStringLiteral("%1: additional properties no longer allowed").arg(path.isEmpty() ? QStringLiteral("(top)") : path);
        o.insert(QStringLiteral("additionalProperties"), false);
    }
    if (!o.contains(QStringLiteral("type")))
        o.insert(QStringLiteral("type"), QStringLiteral("object"));
    return o;
}

QJsonValue strictNode(const QJsonValue &node, const QString &path, QStringList *notes)
{
    return node.isObject() ? QJsonValue(strictObject(node.toObject(), path, notes)) : node;
}

} // namespace

QJsonObject toOpenAiStrictSchema(const QJsonObject &jsonSchema, QStringList *notes)
{
    return strictObject(jsonSchema, QString(), notes);
}

} // namespace sb::protocol
