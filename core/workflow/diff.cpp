#include "workflow/diff.h"

#include "common/nametable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <map>

namespace sb::workflow {

namespace {

constexpr NameTable<Change, 3> kChanges{{
    {Change::Added, "added"},
    {Change::Removed, "removed"},
    {Change::Changed, "changed"},
}};

// A step as found in a definition's JSON, wherever it is.
struct FoundStep {
    QJsonObject fields; // without id, and without a map's steps and edges
    QString kind;
    QString map;
};

struct Found {
    QList<QString> order; // step ids, depth first
    QHash<QString, FoundStep> steps;
    QList<std::pair<QString, Edge>> edges; // (map, edge)
};

Edge edgeOf(const QJsonObject &o)
{
    Edge e;
    e.from = o.value(QLatin1String("from")).toString();
    e.to = o.value(QLatin1String("to")).toString();
    const QJsonValue when = o.value(QLatin1String("when"));
    e.when = when.isBool() ? (when.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : when.toString();
    return e;
}

void collect(const QJsonObject &graph, const QString &map, Found &found)
{
    const QJsonArray steps = graph.value(QLatin1String("steps")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        QJsonObject o = steps.at(i).toObject();
        const QJsonValue id = o.take(QStringLiteral("id"));
        // a step without an id (a draft) is known by its place
        QString key = id.isString() && !id.toString().isEmpty()
            ? id.toString()
            : QStringLiteral("%1steps[%2]").arg(map.isEmpty() ? QString() : map + QLatin1Char('.')).arg(i);
        if (found.steps.contains(key))
            key += QStringLiteral(" (again)");
        FoundStep s;
        s.kind = o.value(QLatin1String("kind")).toString();
        s.map = map;
        if (s.kind == QLatin1String("map")) {
            QJsonObject body;
            body.insert(QStringLiteral("steps"), o.take(QStringLiteral("steps")));
            body.insert(QStringLiteral("edges"), o.take(QStringLiteral("edges")));
            s.fields = o;
            found.order << key;
            found.steps.insert(key, s);
            collect(body, key, found);
            continue;
        }
        s.fields = o;
        found.order << key;
        found.steps.insert(key, s);
    }
    for (const QJsonValue &e : graph.value(QLatin1String("edges")).toArray())
        found.edges << std::pair{map, edgeOf(e.toObject())};
}

// The fields of two objects that differ, objects key by key (paths joined with '.').
void compare(const QJsonObject &before, const QJsonObject &after, const QString &prefix, QList<FieldChange> &out)
{
    QStringList keys = before.keys();
    for (const QString &k : after.keys()) {
        if (!before.contains(k))
            keys << k;
    }
    std::sort(keys.begin(), keys.end());
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue b = before.value(k);
        const QJsonValue a = after.value(k);
        if (b == a)
            continue;
        const QString field = prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k;
        if (b.isObject() && a.isObject())
            compare(b.toObject(), a.toObject(), field, out);
        else
            out << FieldChange{field, b, a};
    }
}

QString valueText(const QJsonValue &v, int max)
{
    if (v.isUndefined())
        return QStringLiteral("(not set)");
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    if (max > 0 && text.size() > max)
        text = text.left(max) + QStringLiteral("…");
    return text;
}

QString edgeText(const EdgeChange &e)
{
    QString text = e.map.isEmpty() ? QString() : e.map + QStringLiteral(": ");
    text += e.edge.from + QStringLiteral(" -> ") + e.edge.to;
    if (!e.edge.when.isEmpty())
        text += QStringLiteral(" when ") + e.edge.when;
    return text;
}

QJsonArray fieldsJson(const QList<FieldChange> &fields)
{
    QJsonArray out;
    for (const FieldChange &f : fields) {
        QJsonObject o{{QStringLiteral("field"), f.field}};
        if (!f.before.isUndefined())
            o.insert(QStringLiteral("before"), f.before);
        if (!f.after.isUndefined())
            o.insert(QStringLiteral("after"), f.after);
        out.append(o);
    }
    return out;
}

} // namespace

QString changeName(Change change)
{
    return nameIn(kChanges, change);
}

DefinitionDiff diffDefinitions(const QJsonObject &before, const QJsonObject &after)
{
    DefinitionDiff d;
    QJsonObject ownBefore = before;
    QJsonObject ownAfter = after;
    for (const char *graphKey : {"steps", "edges"}) {
        ownBefore.remove(QLatin1String(graphKey));
        ownAfter.remove(QLatin1String(graphKey));
    }
    compare(ownBefore, ownAfter, QString(), d.workflow);

    Found b;
    Found a;
    collect(before, QString(), b);
    collect(after, QString(), a);
    for (const QString &id : std::as_const(a.order)) {
        const FoundStep &now = a.steps.value(id);
        auto was = b.steps.constFind(id);
        if (was == b.steps.constEnd()) {
            d.steps << StepChange{Change::Added, id, now.map, now.kind, {}};
            continue;
        }
        QList<FieldChange> fields;
        if (was->kind != now.kind)
            fields << FieldChange{QStringLiteral("kind"), was->kind, now.kind};
        if (was->map != now.map)
            fields << FieldChange{QStringLiteral("map"), was->map, now.map};
        QJsonObject fb = was->fields;
        QJsonObject fa = now.fields;
        fb.remove(QLatin1String("kind"));
        fa.remove(QLatin1String("kind"));
        compare(fb, fa, QString(), fields);
        if (!fields.isEmpty())
            d.steps << StepChange{Change::Changed, id, now.map, now.kind, fields};
    }
    for (const QString &id : std::as_const(b.order)) {
        if (!a.steps.contains(id)) {
            const FoundStep &was = b.steps.value(id);
            d.steps << StepChange{Change::Removed, id, was.map, was.kind, {}};
        }
    }

    for (const auto &[map, edge] : std::as_const(b.edges)) {
        if (!a.edges.contains(std::pair{map, edge}))
            d.edges << EdgeChange{Change::Removed, map, edge};
    }
    for (const auto &[map, edge] : std::as_const(a.edges)) {
        if (!b.edges.contains(std::pair{map, edge}))
            d.edges << EdgeChange{Change::Added, map, edge};
    }
    return d;
}

QJsonObject DefinitionDiff::toJson() const
{
    QJsonArray stepsJson;
    for (const StepChange &s : steps) {
        QJsonObject o{{QStringLiteral("change"), changeName(s.change)},
                      {QStringLiteral("step"), s.step},
                      {QStringLiteral("map"), s.map},
                      {QStringLiteral("kind"), s.kind}};
        if (s.change == Change::Changed)
            o.insert(QStringLiteral("fields"), fieldsJson(s.fields));
        stepsJson.append(o);
    }
    QJsonArray edgesJson;
    for (const EdgeChange &e : edges) {
        QJsonObject o{{QStringLiteral("change"), changeName(e.change)},
                      {QStringLiteral("map"), e.map},
                      {QStringLiteral("from"), e.edge.from},
                      {QStringLiteral("to"), e.edge.to}};
        if (!e.edge.when.isEmpty())
            o.insert(QStringLiteral("when"), e.edge.when);
        edgesJson.append(o);
    }
    return QJsonObject{
        {QStringLiteral("workflow"), fieldsJson(workflow)}, {QStringLiteral("steps"), stepsJson}, {QStringLiteral("edges"), edgesJson}};
}

QStringList DefinitionDiff::lines(int maxValueChars) const
{
    QStringList out;
    auto field = [&](const FieldChange &f, const QString &indent) {
        out << indent + f.field + QStringLiteral(": ") + valueText(f.before, maxValueChars) + QStringLiteral(" -> ")
                + valueText(f.after, maxValueChars);
    };
    for (const FieldChange &f : workflow)
        field(f, QString());
    for (const StepChange &s : steps) {
        const QString where = s.map.isEmpty() ? QString() : QStringLiteral(" in map %1").arg(s.map);
        const QString sign = s.change == Change::Added ? QStringLiteral("+")
            : s.change == Change::Removed              ? QStringLiteral("-")
                                                       : QStringLiteral("~");
        out << QStringLiteral("%1 step %2 (%3)%4").arg(sign, s.step, s.kind, where);
        for (const FieldChange &f : s.fields)
            field(f, QStringLiteral("    "));
    }
    for (const EdgeChange &e : edges)
        out << (e.change == Change::Added ? QStringLiteral("+ edge ") : QStringLiteral("- edge ")) + edgeText(e);
    return out;
}

} // namespace sb::workflow
