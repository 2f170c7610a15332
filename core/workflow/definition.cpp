#include "workflow/definition.h"

#include "common/jsontype.h"
#include "common/nametable.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

namespace sb::workflow {

namespace {

constexpr NameTable<StepKind, 9> kKinds{{
    {StepKind::Llm, "llm"},
    {StepKind::Classify, "classify"},
    {StepKind::Condition, "condition"},
    {StepKind::Map, "map"},
    {StepKind::ExtractText, "extract_text"},
    {StepKind::KnowledgeRetrieve, "knowledge_retrieve"},
    {StepKind::Transform, "transform"},
    {StepKind::HumanReview, "human_review"},
    {StepKind::Output, "output"},
}};

constexpr NameTable<TransformOp, 5> kOps{{
    {TransformOp::Template, "template"},
    {TransformOp::JsonPick, "json_pick"},
    {TransformOp::Split, "split"},
    {TransformOp::Join, "join"},
    {TransformOp::RegexExtract, "regex_extract"},
}};

// What a path may read of a step: steps.ID.<field>.
const QStringList &stepFields()
{
    static const QStringList fields{QStringLiteral("output"),    QStringLiteral("branch"),      QStringLiteral("cost"),
                                    QStringLiteral("model"),     QStringLiteral("inputTokens"), QStringLiteral("outputTokens"),
                                    QStringLiteral("latencyMs"), QStringLiteral("status"),      QStringLiteral("attempts")};
    return fields;
}
const QStringList &runFields()
{
    static const QStringList fields{QStringLiteral("id"), QStringLiteral("cost"), QStringLiteral("workflow")};
    return fields;
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    return re;
}
const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}$"));
    return re;
}

Field field(const char *key, Field::Type type, bool required = false, int min = 0, int max = 0)
{
    Field f;
    f.key = QLatin1String(key);
    f.type = type;
    f.required = required;
    f.min = min;
    f.max = max;
    return f;
}

Field choice(const char *key, QStringList choices, bool required)
{
    Field f = field(key, Field::Type::Choice, required);
    f.choices = std::move(choices);
    return f;
}

} // namespace

QString kindName(StepKind kind)
{
    return nameIn(kKinds, kind);
}

std::optional<StepKind> kindFromName(QStringView name)
{
    return valueIn(kKinds, name);
}

const QList<StepKind> &allKinds()
{
    static const QList<StepKind> kinds = [] {
        QList<StepKind> out;
        for (const auto &[k, name] : kKinds)
            out << k;
        return out;
    }();
    return kinds;
}

bool isAsyncKind(StepKind kind)
{
    return kind == StepKind::Llm || kind == StepKind::Classify || kind == StepKind::ExtractText || kind == StepKind::KnowledgeRetrieve;
}

QString opName(TransformOp op)
{
    return nameIn(kOps, op);
}

std::optional<TransformOp> opFromName(QStringView name)
{
    return valueIn(kOps, name);
}

QStringList opFields(TransformOp op)
{
    switch (op) {
    case TransformOp::Template: return {QStringLiteral("template")};
    case TransformOp::JsonPick: return {QStringLiteral("from"), QStringLiteral("path")};
    case TransformOp::Split:
    case TransformOp::Join: return {QStringLiteral("from"), QStringLiteral("separator")};
    case TransformOp::RegexExtract: return {QStringLiteral("from"), QStringLiteral("pattern"), QStringLiteral("group"), QStringLiteral("all")};
    }
    return {};
}

const QList<Field> &commonFields()
{
    using T = Field::Type;
    static const QList<Field> fields{field("title", T::Text),
                                     field("description", T::Text),
                                     field("position", T::Object),
                                     field("retries", T::Integer, false, 0, 10),
                                     field("retryDelayMs", T::Integer, false, 0, 600000),
                                     field("timeoutMs", T::Integer, false, 100, 3600000)};
    return fields;
}

const QList<Field> &fieldsOf(StepKind kind)
{
    using T = Field::Type;
    static const QHash<StepKind, QList<Field>> fields{
        {StepKind::Llm,
         {field("model", T::Model, true), field("system", T::Template), field("user", T::Template, true), field("parameters", T::Parameters),
          field("schema", T::Schema), field("attachments", T::Expressions)}},
        {StepKind::Classify,
         {field("model", T::Model, true), field("system", T::Template), field("user", T::Template, true), field("labels", T::Strings, true),
          field("parameters", T::Parameters)}},
        {StepKind::Condition, {field("expression", T::Expression, true)}},
        {StepKind::Map, {field("over", T::Expression, true), field("concurrency", T::Integer, false, 1, 64)}},
        {StepKind::ExtractText, {field("file", T::Expression, true), field("ocrLanguage", T::Text)}},
        {StepKind::KnowledgeRetrieve,
         {field("collections", T::Strings, true), field("query", T::Template, true), field("topK", T::Integer, false, 1, 100),
          field("tokens", T::Integer, false, 100, 200000)}},
        {StepKind::Transform,
         {choice("op",
                 {QStringLiteral("template"), QStringLiteral("json_pick"), QStringLiteral("split"), QStringLiteral("join"),
                  QStringLiteral("regex_extract")},
                 true),
          field("template", T::Template), field("from", T::Expression), field("path", T::Text), field("separator", T::Text),
          field("pattern", T::Text), field("group", T::Integer, false, 0, 99), field("all", T::Boolean)}},
        {StepKind::HumanReview, {field("value", T::Template, true), field("instructions", T::Text)}},
        {StepKind::Output, {field("value", T::Template, true)}},
    };
    static const QList<Field> none;
    auto it = fields.constFind(kind);
    return it == fields.constEnd() ? none : *it;
}

QString Problem::toString() const
{
    if (step.isEmpty())
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    return QStringLiteral("steps.%1%2: %3").arg(step, field.isEmpty() ? QString() : QLatin1Char('.') + field, message);
}

// ------------------------------------------------------------------------------------------------
// Graph

const Step *Graph::step(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &steps.at(i);
}

int Graph::indexOf(const QString &id) const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == id)
            return i;
    }
    return -1;
}

QList<const Edge *> Graph::incoming(const QString &id) const
{
    QList<const Edge *> out;
    for (const Edge &e : edges) {
        if (e.to == id)
            out << &e;
    }
    return out;
}

QList<const Edge *> Graph::outgoing(const QString &id) const
{
    QList<const Edge *> out;
    for (const Edge &e : edges) {
        if (e.from == id)
            out << &e;
    }
    return out;
}

const Step *Graph::resultStep() const
{
    for (const Step &s : steps) {
        if (s.kind == StepKind::Output)
            return &s;
    }
    const Step *last = nullptr;
    for (const Step &s : steps) {
        if (!outgoing(s.id).isEmpty())
            continue;
        if (last)
            return nullptr;
        last = &s;
    }
    return last;
}

// ------------------------------------------------------------------------------------------------
// JSON

QJsonObject Step::toJson() const
{
    QJsonObject o = config;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), kindName(kind));
    if (body) {
        QJsonArray steps;
        for (const Step &s : body->steps)
            steps.append(s.toJson());
        QJsonArray edges;
        for (const Edge &e : body->edges) {
            QJsonObject eo{{QStringLiteral("from"), e.from}, {QStringLiteral("to"), e.to}};
            if (!e.when.isEmpty())
                eo.insert(QStringLiteral("when"), e.when);
            edges.append(eo);
        }
        o.insert(QStringLiteral("steps"), steps);
        o.insert(QStringLiteral("edges"), edges);
    }
    return o;
}

namespace {

QJsonArray edgesJson(const QList<Edge> &edges)
{
    QJsonArray out;
    for (const Edge &e : edges) {
        QJsonObject o{{QStringLiteral("from"), e.from}, {QStringLiteral("to"), e.to}};
        if (!e.when.isEmpty())
            o.insert(QStringLiteral("when"), e.when);
        out.append(o);
    }
    return out;
}

// Reads steps and edges; `owner` is the map step that holds them ("" at the top), for messages.
Graph readGraph(const QJsonValue &stepsJson, const QJsonValue &edgesJson, const QString &owner, QList<Problem> &problems)
{
    Graph g;
    if (!stepsJson.isUndefined() && !stepsJson.isArray())
        problems << Problem{
            owner, QStringLiteral("steps"),
            QCoreApplication::translate("sb::workflow::Definition", "must be an array of steps, not %1").arg(jsonTypeName(stepsJson))};
    if (!edgesJson.isUndefined() && !edgesJson.isArray())
        problems << Problem{
            owner, QStringLiteral("edges"),
            QCoreApplication::translate("sb::workflow::Definition", "must be an array of edges, not %1").arg(jsonTypeName(edgesJson))};
    const QJsonArray steps = stepsJson.toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const QString where = QStringLiteral("steps[%1]").arg(i);
        if (!steps.at(i).isObject()) {
            problems << Problem{owner, where, QCoreApplication::translate("sb::workflow::Definition", "must be an object with id and kind")};
            continue;
        }
        QJsonObject o = steps.at(i).toObject();
        Step s;
        const QJsonValue id = o.take(QStringLiteral("id"));
        const QJsonValue kind = o.take(QStringLiteral("kind"));
        if (!id.isString() || id.toString().isEmpty()) {
            problems << Problem{owner, where + QStringLiteral(".id"),
                                id.isUndefined() ? QCoreApplication::translate("sb::workflow::Definition", "required")
                                                 : QCoreApplication::translate("sb::workflow::Definition", "must be a name")};
            s.id = where;
        } else {
            s.id = id.toString();
        }
        const std::optional<StepKind> k = kindFromName(kind.toString());
        if (!k) {
            QStringList names;
            for (StepKind each : allKinds())
                names << kindName(each);
            problems << Problem{
                s.id, QStringLiteral("kind"),
                kind.isUndefined()
                    ? QCoreApplication::translate("sb::workflow::Definition", "required (one of %1)").arg(names.join(QStringLiteral(", ")))
                    : QCoreApplication::translate("sb::workflow::Definition", "\"%1\" is not one of %2")
                          .arg(kind.toString(), names.join(QStringLiteral(", ")))};
            continue;
        }
        s.kind = *k;
        if (s.kind == StepKind::Map) {
            const QJsonValue bodySteps = o.take(QStringLiteral("steps"));
            const QJsonValue bodyEdges = o.take(QStringLiteral("edges"));
            s.body = std::make_shared<Graph>(readGraph(bodySteps, bodyEdges, s.id, problems));
        }
        s.config = o;
        g.steps << s;
    }
    const QJsonArray edges = edgesJson.toArray();
    for (int i = 0; i < edges.size(); ++i) {
        const QString where = QStringLiteral("edges[%1]").arg(i);
        if (!edges.at(i).isObject()) {
            problems << Problem{owner, where, QCoreApplication::translate("sb::workflow::Definition", "must be an object with from and to")};
            continue;
        }
        const QJsonObject o = edges.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("from") && it.key() != QLatin1String("to") && it.key() != QLatin1String("when"))
                problems << Problem{
                    owner, where,
                    QCoreApplication::translate("sb::workflow::Definition", "unknown key \"%1\" (an edge has from, to and when)").arg(it.key())};
        }
        Edge e;
        e.from = o.value(QLatin1String("from")).toString();
        e.to = o.value(QLatin1String("to")).toString();
        const QJsonValue when = o.value(QLatin1String("when"));
        e.when = when.isBool() ? (when.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : when.toString();
        if (!when.isUndefined() && !when.isString() && !when.isBool())
            problems << Problem{owner, where + QStringLiteral(".when"),
                                QCoreApplication::translate("sb::workflow::Definition", "must be true, false or a label")};
        g.edges << e;
    }
    return g;
}

// Compiles one graph: fields, edges, cycles and the paths every step reads.
class Compiler
{
public:
    Compiler(const QHash<QString, QString> &mapOf, QList<Problem> &problems)
        : m_mapOf(mapOf)
        , m_problems(problems)
    {
    }

    // visibleOuter: steps of enclosing graphs this graph may read; inMap: inside a map body.
    void compileGraph(Graph &g, const QString &owner, const QSet<QString> &visibleOuter, bool inMap)
    {
        checkEdges(g, owner);
        findCycle(g, owner);
        for (Step &s : g.steps) {
            QSet<QString> visible = visibleOuter;
            visible.unite(ancestors(g, s.id));
            auto c = std::make_shared<Compiled>();
            compileStep(s, *c, g, visible, inMap);
            s.compiled = c;
            if (s.kind == StepKind::Map && s.body) {
                if (s.body->steps.isEmpty()) {
                    problem(s.id, QStringLiteral("steps"),
                            QCoreApplication::translate("sb::workflow::Definition", "a map needs steps to run for each item"));
                } else {
                    if (!s.body->resultStep())
                        problem(s.id, QStringLiteral("steps"),
                                QCoreApplication::translate("sb::workflow::Definition",
                                                            "each item's result is the value of an output step, or of the one step nothing follows; "
                                                            "add an output step"));
                    compileGraph(*s.body, s.id, visible, true);
                }
            }
        }
    }

private:
    void problem(const QString &step, const QString &field, const QString &message) { m_problems << Problem{step, field, message}; }

    void checkEdges(const Graph &g, const QString &owner)
    {
        QSet<QString> seen;
        for (int i = 0; i < g.edges.size(); ++i) {
            const Edge &e = g.edges.at(i);
            const QString where = QStringLiteral("edges[%1]").arg(i);
            const Step *from = g.step(e.from);
            const Step *to = g.step(e.to);
            if (e.from.isEmpty())
                problem(owner, where + QStringLiteral(".from"),
                        QCoreApplication::translate("sb::workflow::Definition", "required: the id of the step the edge leaves"));
            else if (!from)
                problem(owner, where + QStringLiteral(".from"), unknownStep(e.from, g));
            if (e.to.isEmpty())
                problem(owner, where + QStringLiteral(".to"),
                        QCoreApplication::translate("sb::workflow::Definition", "required: the id of the step the edge enters"));
            else if (!to)
                problem(owner, where + QStringLiteral(".to"), unknownStep(e.to, g));
            if (from && e.from == e.to)
                problem(owner, where, QCoreApplication::translate("sb::workflow::Definition", "\"%1\" cannot follow itself").arg(e.from));
            const QString key = e.from + QLatin1Char('\n') + e.to + QLatin1Char('\n') + e.when;
            if (seen.contains(key))
                problem(
                    owner, where,
                    QCoreApplication::translate("sb::workflow::Definition", "the same edge from \"%1\" to \"%2\" is there twice").arg(e.from, e.to));
            seen.insert(key);
            if (!from)
                continue;
            if (from->kind == StepKind::Condition) {
                if (e.when != QLatin1String("true") && e.when != QLatin1String("false"))
                    problem(owner, where + QStringLiteral(".when"),
                            QCoreApplication::translate("sb::workflow::Definition",
                                                        "an edge from the condition \"%1\" says when it is taken: true or false")
                                .arg(e.from));
            } else if (from->kind == StepKind::Classify) {
                const QJsonArray labels = from->config.value(QLatin1String("labels")).toArray();
                if (!e.when.isEmpty() && !labels.contains(QJsonValue(e.when)))
                    problem(owner, where + QStringLiteral(".when"),
                            QCoreApplication::translate("sb::workflow::Definition", "\"%1\" is not a label of \"%2\" (%3)")
                                .arg(e.when, e.from, labelsText(labels)));
            } else if (!e.when.isEmpty()) {
                problem(owner, where + QStringLiteral(".when"),
                        QCoreApplication::translate("sb::workflow::Definition",
                                                    "only edges from a condition or a classify step have when; \"%1\" is a step of kind %2")
                            .arg(e.from, kindName(from->kind)));
            }
        }
    }

    static QString labelsText(const QJsonArray &labels)
    {
        QStringList out;
        for (const QJsonValue &v : labels)
            out << v.toString();
        return out.join(QStringLiteral(", "));
    }

    QString unknownStep(const QString &id, const Graph &g) const
    {
        if (m_mapOf.contains(id)) {
            const QString map = m_mapOf.value(id);
            return map.isEmpty()
                ? QCoreApplication::translate("sb::workflow::Definition", "\"%1\" is outside this map's steps").arg(id)
                : QCoreApplication::translate("sb::workflow::Definition", "\"%1\" is inside the map \"%2\"; edges stay within one map's steps")
                      .arg(id, map);
        }
        Q_UNUSED(g)
        return QCoreApplication::translate("sb::workflow::Definition", "no step \"%1\"").arg(id);
    }

    // Reports one cycle (with its steps in order); true when there is one.
    bool findCycle(const Graph &g, const QString &owner)
    {
        enum Mark { White, Grey, Black };
        QHash<QString, Mark> mark;
        QStringList stack;
        std::function<bool(const QString &)> visit = [&](const QString &id) {
            mark[id] = Grey;
            stack << id;
            for (const Edge *e : g.outgoing(id)) {
                if (!g.step(e->to) || e->to == id)
                    continue;
                const Mark m = mark.value(e->to, White);
                if (m == Grey) {
                    const QStringList cycle = stack.mid(stack.indexOf(e->to)) << e->to;
                    problem(owner.isEmpty() ? e->to : owner, QStringLiteral("edges"),
                            QCoreApplication::translate("sb::workflow::Definition", "the steps form a cycle: %1; a workflow runs each step once")
                                .arg(cycle.join(QStringLiteral(" -> "))));
                    return true;
                }
                if (m == White && visit(e->to))
                    return true;
            }
            stack.removeLast();
            mark[id] = Black;
            return false;
        };
        for (const Step &s : g.steps) {
            if (mark.value(s.id, White) == White && visit(s.id))
                return true;
        }
        return false;
    }

    static QSet<QString> ancestors(const Graph &g, const QString &id)
    {
        QSet<QString> out;
        QStringList todo{id};
        while (!todo.isEmpty()) {
            const QString at = todo.takeLast();
            for (const Edge *e : g.incoming(at)) {
                if (!out.contains(e->from) && g.step(e->from)) {
                    out.insert(e->from);
                    todo << e->from;
                }
            }
        }
        return out;
    }

    void compileStep(Step &s, Compiled &c, const Graph &g, const QSet<QString> &visible, bool inMap)
    {
        if (!idPattern().match(s.id).hasMatch() && !s.id.startsWith(QLatin1String("steps[")))
            problem(s.id, QStringLiteral("id"),
                    QCoreApplication::translate("sb::workflow::Definition",
                                                "\"%1\" must start with a letter or '_' and hold letters, digits and '_' (at most 64)")
                        .arg(s.id));
        QHash<QString, Field> known;
        for (const Field &f : commonFields())
            known.insert(f.key, f);
        for (const Field &f : fieldsOf(s.kind))
            known.insert(f.key, f);
        for (auto it = s.config.begin(); it != s.config.end(); ++it) {
            if (!known.contains(it.key())) {
                QStringList keys;
                for (const Field &f : fieldsOf(s.kind))
                    keys << f.key;
                problem(s.id, it.key(),
                        QCoreApplication::translate("sb::workflow::Definition", "unknown field; %1 steps have %2")
                            .arg(kindName(s.kind), keys.join(QStringLiteral(", "))));
            }
        }
        for (const Field &f : commonFields())
            checkField(s, f, c);
        for (const Field &f : fieldsOf(s.kind))
            checkField(s, f, c);
        if (!isAsyncKind(s.kind)) {
            for (const char *key : {"retries", "retryDelayMs", "timeoutMs"}) {
                if (s.config.contains(QLatin1String(key)))
                    problem(s.id, QLatin1String(key),
                            QCoreApplication::translate("sb::workflow::Definition",
                                                        "only steps that call a model, the knowledge base or a document reader retry and time out; "
                                                        "a %1 step does neither")
                                .arg(kindName(s.kind)));
            }
        }
        checkKind(s, c);
        // every path the step reads must lead to something that exists before it
        auto checkPaths = [&](const QString &key, const QList<Path> &paths) {
            for (const Path &p : paths)
                checkPath(s, key, p, g, visible, inMap);
        };
        for (auto it = c.templates.cbegin(); it != c.templates.cend(); ++it)
            checkPaths(it.key(), it->paths());
        for (auto it = c.expressions.cbegin(); it != c.expressions.cend(); ++it)
            checkPaths(it.key(), it->paths());
        for (const Expression &e : std::as_const(c.attachments))
            checkPaths(QStringLiteral("attachments"), e.paths());
    }

    void checkField(const Step &s, const Field &f, Compiled &c)
    {
        using T = Field::Type;
        const QJsonValue v = s.config.value(f.key);
        if (v.isUndefined()) {
            if (f.required)
                problem(s.id, f.key, QCoreApplication::translate("sb::workflow::Definition", "required"));
            return;
        }
        auto at = [](const SyntaxError &e) { return e.toString(); };
        switch (f.type) {
        case T::Text:
        case T::Model:
            if (!v.isString())
                problem(s.id, f.key, QCoreApplication::translate("sb::workflow::Definition", "must be a string, not %1").arg(jsonTypeName(v)));
            else if (f.type == T::Model && v.toString().trimmed().isEmpty())
                problem(s.id, f.key,
                        QCoreApplication::translate("sb::workflow::Definition", "name a model: PROVIDER/MODEL, a route or a virtual model"));
            break;
        case T::Template:
            if (!v.isString()) {
                problem(s.id, f.key, QCoreApplication::translate("sb::workflow::Definition", "must be text, not %1").arg(jsonTypeName(v)));
            } else if (f.required && v.toString().trimmed().isEmpty()) {
                problem(s.id, f.key, QCoreApplication::translate("sb::workflow::Definition", "must not be empty"));
            } else if (auto t = Template::parse(v.toString())) {
                c.templates.insert(f.key, *t);
            } else {
                problem(s.id, f.key, at(t.error()));
            }
            break;
        case T::Expression:
            if (!v.isString()) {
                problem(s.id, f.key,
                        QCoreApplication::translate("sb::workflow::Definition", "must be an expression as text, not %1").arg(jsonTypeName(v)));
            } else if (auto e = Expression::parse(v.toString())) {
                c.expressions.insert(f.key, *e);
            } else {
                problem(s.id, f.key, at(e.error()));
            }
            break;
        case T::Expressions: {
            if (!v.isArray()) {
                problem(s.id, f.key,
                        QCoreApplication::translate("sb::workflow::Definition", "must be an array of expressions, not %1").arg(jsonTypeName(v)));
                break;
            }
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString where = QStringLiteral("%1[%2]").arg(f.key).arg(i);
                if (!a.at(i).isString())
                    problem(s.id, where, QCoreApplication::translate("sb::workflow::Definition", "must be an expression as text"));
                else if (auto e = Expression::parse(a.at(i).toString()))
                    c.attachments << *e;
                else
                    problem(s.id, where, at(e.error()));
            }
            break;
        }
        case T::Integer: {
            const double d = v.toDouble(-1e300);
            if (!v.isDouble() || d != double(qint64(d)) || d < f.min || d > f.max)
                problem(s.id, f.key,
                        QCoreApplication::translate("sb::workflow::Definition", "must be a whole number from %1 to %2").arg(f.min).arg(f.max));
            break;
        }
        case T::Boolean:
            if (!v.isBool())
                problem(s.id, f.key, QCoreApplication::translate("sb::workflow::Definition", "must be true or false, not %1").arg(jsonTypeName(v)));
            break;
        case T::Strings: {
            const QJsonArray a = v.toArray();
            if (!v.isArray())
                problem(s.id, f.key,
                        QCoreApplication::translate("sb::workflow::Definition", "must be an array of strings, not %1").arg(jsonTypeName(v)));
            for (int i = 0; i < a.size(); ++i) {
                if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
                    problem(s.id, QStringLiteral("%1[%2]").arg(f.key).arg(i),
                            QCoreApplication::translate("sb::workflow::Definition", "must be a non-empty string"));
            }
            break;
        }
        case T::Choice:
            if (!v.isString() || !f.choices.contains(v.toString()))
                problem(s.id, f.key,
                        QCoreApplication::translate("sb::workflow::Definition", "\"%1\" is not one of %2")
                            .arg(v.isString() ? v.toString() : jsonTypeName(v), f.choices.join(QStringLiteral(", "))));
            break;
        case T::Object:
            if (!v.isObject())
                problem(s.id, f.key, QCoreApplication::translate("sb::workflow::Definition", "must be an object, not %1").arg(jsonTypeName(v)));
            break;
        case T::Schema:
            if (!v.isObject()) {
                problem(s.id, f.key,
                        QCoreApplication::translate("sb::workflow::Definition", "must be a JSON Schema object, not %1").arg(jsonTypeName(v)));
            } else if (auto schema = compare::JsonSchema::parse(v)) {
                c.schema = *schema;
            } else {
                problem(s.id, f.key, schema.error().message);
            }
            break;
        case T::Parameters: checkParameters(s, v); break;
        }
    }

    void checkParameters(const Step &s, const QJsonValue &v)
    {
        if (!v.isObject()) {
            problem(s.id, QStringLiteral("parameters"),
                    QCoreApplication::translate("sb::workflow::Definition", "must be an object, not %1").arg(jsonTypeName(v)));
            return;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString where = QStringLiteral("parameters.") + it.key();
            const QJsonValue p = it.value();
            const QString key = it.key();
            if (key == QLatin1String("temperature")) {
                if (!p.isDouble() || p.toDouble() < 0 || p.toDouble() > 2)
                    problem(s.id, where, QCoreApplication::translate("sb::workflow::Definition", "must be a number from 0 to 2"));
            } else if (key == QLatin1String("topP")) {
                if (!p.isDouble() || p.toDouble() < 0 || p.toDouble() > 1)
                    problem(s.id, where, QCoreApplication::translate("sb::workflow::Definition", "must be a number from 0 to 1"));
            } else if (key == QLatin1String("maxTokens") || key == QLatin1String("seed")) {
                const double d = p.toDouble(-1);
                if (!p.isDouble() || d != double(qint64(d)) || d < (key == QLatin1String("seed") ? 0 : 1) || d > 1e9)
                    problem(s.id, where,
                            QCoreApplication::translate("sb::workflow::Definition", "must be a whole number from %1 to 1000000000")
                                .arg(key == QLatin1String("seed") ? 0 : 1));
            } else if (key == QLatin1String("reasoningEffort")) {
                static const QStringList efforts{QStringLiteral("minimal"), QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
                if (!efforts.contains(p.toString()))
                    problem(s.id, where, QCoreApplication::translate("sb::workflow::Definition", "must be one of minimal, low, medium, high"));
            } else if (key == QLatin1String("stop")) {
                if (!p.isArray())
                    problem(s.id, where, QCoreApplication::translate("sb::workflow::Definition", "must be an array of strings"));
            } else {
                problem(s.id, where,
                        QCoreApplication::translate("sb::workflow::Definition",
                                                    "unknown parameter; there are temperature, topP, maxTokens, reasoningEffort, seed, stop"));
            }
        }
    }

    void checkKind(const Step &s, Compiled &c)
    {
        switch (s.kind) {
        case StepKind::Classify: {
            const QJsonArray labels = s.config.value(QLatin1String("labels")).toArray();
            if (s.config.contains(QLatin1String("labels")) && labels.size() < 2)
                problem(s.id, QStringLiteral("labels"),
                        QCoreApplication::translate("sb::workflow::Definition", "a classify step needs at least two labels"));
            QSet<QString> seen;
            for (const QJsonValue &l : labels) {
                if (seen.contains(l.toString().toLower()))
                    problem(s.id, QStringLiteral("labels"),
                            QCoreApplication::translate("sb::workflow::Definition", "\"%1\" is there twice").arg(l.toString()));
                seen.insert(l.toString().toLower());
            }
            break;
        }
        case StepKind::KnowledgeRetrieve:
            if (s.config.value(QLatin1String("collections")).toArray().isEmpty() && s.config.contains(QLatin1String("collections")))
                problem(s.id, QStringLiteral("collections"),
                        QCoreApplication::translate("sb::workflow::Definition", "name at least one knowledge base collection"));
            break;
        case StepKind::Transform: {
            const std::optional<TransformOp> op = opFromName(s.text(QStringLiteral("op")));
            if (!op)
                break;
            const QStringList takes = opFields(*op);
            for (const QString &key : {QStringLiteral("template"), QStringLiteral("from"), QStringLiteral("path"), QStringLiteral("separator"),
                                       QStringLiteral("pattern"), QStringLiteral("group"), QStringLiteral("all")}) {
                if (s.config.contains(key) && !takes.contains(key))
                    problem(s.id, key,
                            QCoreApplication::translate("sb::workflow::Definition", "%1 takes %2, not %3")
                                .arg(opName(*op), takes.join(QStringLiteral(", ")), key));
            }
            auto need = [&](const char *key, const QString &why) {
                if (!s.config.contains(QLatin1String(key)))
                    problem(s.id, QLatin1String(key),
                            QCoreApplication::translate("sb::workflow::Definition", "required for %1: %2").arg(opName(*op), why));
            };
            if (*op == TransformOp::Template)
                need("template", QCoreApplication::translate("sb::workflow::Definition", "the text to make, with {{...}} holes"));
            else
                need("from", QCoreApplication::translate("sb::workflow::Definition", "the value to work on, e.g. steps.extract.output"));
            if (*op == TransformOp::JsonPick) {
                need("path", QCoreApplication::translate("sb::workflow::Definition", "where to look inside the value, e.g. items[0].name"));
                if (s.config.value(QLatin1String("path")).isString()) {
                    auto e = Expression::parse(s.text(QStringLiteral("path")));
                    if (!e || !e->isPath())
                        problem(s.id, QStringLiteral("path"),
                                e ? QCoreApplication::translate("sb::workflow::Definition", "must be a path such as total or items[0].name")
                                  : e.error().toString());
                    else
                        c.pick = e->paths().first();
                }
            }
            if (*op == TransformOp::RegexExtract) {
                need("pattern", QCoreApplication::translate("sb::workflow::Definition", "a regular expression"));
                if (s.config.value(QLatin1String("pattern")).isString()) {
                    c.regex = QRegularExpression(s.text(QStringLiteral("pattern")));
                    if (!c.regex.isValid())
                        problem(s.id, QStringLiteral("pattern"),
                                QCoreApplication::translate("sb::workflow::Definition", "at %1: %2")
                                    .arg(c.regex.patternErrorOffset())
                                    .arg(c.regex.errorString()));
                    else if (s.integer(QStringLiteral("group"), 0) > c.regex.captureCount())
                        problem(
                            s.id, QStringLiteral("group"),
                            QCoreApplication::translate("sb::workflow::Definition",
                                                        "the pattern has %1 group(s) in parentheses; group is one of them or 0 for the whole match")
                                .arg(c.regex.captureCount()));
                }
            }
            break;
        }
        default: break;
        }
    }

    void checkPath(const Step &s, const QString &key, const Path &p, const Graph &g, const QSet<QString> &visible, bool inMap)
    {
        const QString root = p.root();
        auto report = [&](const QString &message) {
            problem(s.id, key, QCoreApplication::translate("sb::workflow::Definition", "at %1: %2").arg(p.offset).arg(message));
        };
        if (root == QLatin1String("input"))
            return;
        if (root == QLatin1String("item") || root == QLatin1String("index")) {
            if (!inMap)
                report(QCoreApplication::translate("sb::workflow::Definition", "%1 is only there in the steps of a map").arg(root));
            return;
        }
        if (root == QLatin1String("run")) {
            if (p.segments.size() < 2 || !runFields().contains(p.second()))
                report(QCoreApplication::translate("sb::workflow::Definition", "run has %1").arg(runFields().join(QStringLiteral(", "))));
            return;
        }
        if (root != QLatin1String("steps")) {
            report(QCoreApplication::translate("sb::workflow::Definition", "unknown name \"%1\"; paths start with input, steps, run%2")
                       .arg(root, inMap ? QStringLiteral(", item, index") : QString()));
            return;
        }
        const QString id = p.second();
        if (id.isEmpty()) {
            report(QCoreApplication::translate("sb::workflow::Definition", "name a step: steps.ID.output"));
            return;
        }
        if (p.segments.size() >= 3) {
            const Path::Segment &third = p.segments.at(2);
            if (!std::holds_alternative<QString>(third) || !stepFields().contains(std::get<QString>(third)))
                report(QCoreApplication::translate("sb::workflow::Definition", "%1 is not something a step has; there are %2")
                           .arg(Path{p.segments.mid(0, 3), 0}.toString(), stepFields().join(QStringLiteral(", "))));
        }
        if (id == s.id) {
            report(QCoreApplication::translate("sb::workflow::Definition", "a step cannot read its own result"));
            return;
        }
        if (visible.contains(id))
            return;
        if (g.step(id)) {
            report(QCoreApplication::translate("sb::workflow::Definition",
                                               "steps.%1 does not run before %2; add an edge from %1 (or a step after it) to %2")
                       .arg(id, s.id));
        } else if (m_mapOf.contains(id)) {
            const QString map = m_mapOf.value(id);
            if (!map.isEmpty() && map != s.id)
                report(
                    QCoreApplication::translate("sb::workflow::Definition", "steps.%1 runs inside the map \"%2\" for each item; read steps.%2.output")
                        .arg(id, map));
            else
                report(QCoreApplication::translate("sb::workflow::Definition", "steps.%1 does not run before %2").arg(id, s.id));
        } else {
            report(QCoreApplication::translate("sb::workflow::Definition", "no step \"%1\"").arg(id));
        }
    }

    const QHash<QString, QString> &m_mapOf;
    QList<Problem> &m_problems;
};

} // namespace

// ------------------------------------------------------------------------------------------------
// Definition

Definition Definition::read(const QJsonObject &json, QList<Problem> &problems)
{
    Definition d;
    const QJsonValue version = json.value(QLatin1String("version"));
    if (version.isUndefined())
        problems << Problem{
            {}, QStringLiteral("version"), QCoreApplication::translate("sb::workflow::Definition", "required (%1)").arg(kFormatVersion)};
    else if (!version.isDouble() || version.toInt() < 1)
        problems << Problem{{}, QStringLiteral("version"), QCoreApplication::translate("sb::workflow::Definition", "must be %1").arg(kFormatVersion)};
    else if (version.toInt() > kFormatVersion)
        problems << Problem{
            {},
            QStringLiteral("version"),
            QCoreApplication::translate("sb::workflow::Definition", "%1 was written by a newer Switchboard (this build reads up to %2)")
                .arg(version.toInt())
                .arg(kFormatVersion)};
    for (auto it = json.begin(); it != json.end(); ++it) {
        static const QStringList keys{QStringLiteral("version"),     QStringLiteral("name"),  QStringLiteral("description"),
                                      QStringLiteral("inputSchema"), QStringLiteral("steps"), QStringLiteral("edges")};
        if (!keys.contains(it.key()))
            problems << Problem{
                {},
                it.key(),
                QCoreApplication::translate("sb::workflow::Definition", "unknown key (a workflow has %1)").arg(keys.join(QStringLiteral(", ")))};
    }
    d.name = json.value(QLatin1String("name")).toString();
    d.description = json.value(QLatin1String("description")).toString();
    const QJsonValue schema = json.value(QLatin1String("inputSchema"));
    if (!schema.isUndefined() && !schema.isObject())
        problems << Problem{
            {}, QStringLiteral("inputSchema"), QCoreApplication::translate("sb::workflow::Definition", "must be a JSON Schema object")};
    d.inputSchema = schema.toObject();
    d.graph = readGraph(json.value(QLatin1String("steps")), json.value(QLatin1String("edges")), QString(), problems);
    problems << d.compile();
    // a step that could not be read is reported once
    QList<Problem> unique;
    for (const Problem &p : std::as_const(problems)) {
        if (!unique.contains(p))
            unique << p;
    }
    problems = unique;
    return d;
}

Expected<Definition> Definition::fromJson(const QJsonObject &json)
{
    QList<Problem> problems;
    Definition d = read(json, problems);
    if (problems.isEmpty())
        return d;
    QString msg = QCoreApplication::translate("sb::workflow::Definition", "workflow %1 is not valid:")
                      .arg(d.name.isEmpty() ? QCoreApplication::translate("sb::workflow::Definition", "(without a name)") : d.name);
    for (const Problem &p : std::as_const(problems))
        msg += QStringLiteral("\n  - ") + p.toString();
    return Error::make(Error::Kind::Validation, msg);
}

QJsonObject Definition::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (!inputSchema.isEmpty())
        o.insert(QStringLiteral("inputSchema"), inputSchema);
    QJsonArray steps;
    for (const Step &s : graph.steps)
        steps.append(s.toJson());
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("edges"), edgesJson(graph.edges));
    return o;
}

QList<Problem> Definition::compile()
{
    QList<Problem> problems;
    if (name.isEmpty())
        problems << Problem{{}, QStringLiteral("name"), QCoreApplication::translate("sb::workflow::Definition", "required")};
    else if (!namePattern().match(name).hasMatch())
        problems << Problem{
            {},
            QStringLiteral("name"),
            QCoreApplication::translate("sb::workflow::Definition", "\"%1\" must be letters, digits, '_', '-' or '.' (at most 64)").arg(name)};
    compiledInputSchema.reset();
    if (!inputSchema.isEmpty()) {
        if (auto schema = compare::JsonSchema::parse(QJsonValue(inputSchema)))
            compiledInputSchema = *schema;
        else
            problems << Problem{{}, QStringLiteral("inputSchema"), schema.error().message};
    }
    if (graph.steps.isEmpty())
        problems << Problem{
            {}, QStringLiteral("steps"), QCoreApplication::translate("sb::workflow::Definition", "a workflow needs at least one step")};
    // ids are unique across the whole workflow: paths and stored results name steps by id alone
    QHash<QString, QString> mapOf; // step id -> the map that holds it ("" at the top)
    std::function<void(const Graph &, const QString &)> collect = [&](const Graph &g, const QString &owner) {
        for (const Step &s : g.steps) {
            if (mapOf.contains(s.id))
                problems << Problem{
                    s.id, QStringLiteral("id"),
                    QCoreApplication::translate("sb::workflow::Definition", "\"%1\" is the id of another step; ids are unique in a workflow")
                        .arg(s.id)};
            else
                mapOf.insert(s.id, owner);
            if (s.body)
                collect(*s.body, s.id);
        }
    };
    collect(graph, QString());
    Compiler(mapOf, problems).compileGraph(graph, QString(), {}, false);
    const bool hasOutput = std::any_of(graph.steps.cbegin(), graph.steps.cend(), [](const Step &s) { return s.kind == StepKind::Output; });
    if (!graph.steps.isEmpty() && !hasOutput)
        problems << Problem{
            {}, QStringLiteral("steps"), QCoreApplication::translate("sb::workflow::Definition", "add an output step: it says what the run returns")};
    return problems;
}

QList<std::pair<const Step *, const Step *>> Definition::allSteps() const
{
    QList<std::pair<const Step *, const Step *>> out;
    std::function<void(const Graph &, const Step *)> walk = [&](const Graph &g, const Step *owner) {
        for (const Step &s : g.steps) {
            out << std::pair{&s, owner};
            if (s.body)
                walk(*s.body, &s);
        }
    };
    walk(graph, nullptr);
    return out;
}

const Step *Definition::findStep(const QString &id) const
{
    for (const auto &[s, owner] : allSteps()) {
        if (s->id == id)
            return s;
    }
    return nullptr;
}

// ------------------------------------------------------------------------------------------------

Library Library::fromWorkspace(const Workspace &workspace)
{
    Library lib;
    QSet<QString> names;
    for (int i = 0; i < workspace.workflows.size(); ++i) {
        const QJsonObject o = workspace.workflows.at(i).toObject();
        QList<Problem> problems;
        Definition d = Definition::read(o, problems);
        const QString key = d.name.isEmpty() ? QStringLiteral("workflows[%1]").arg(i) : d.name;
        if (names.contains(d.name))
            problems << Problem{
                {}, QStringLiteral("name"), QCoreApplication::translate("sb::workflow::Definition", "another workflow is called \"%1\"").arg(d.name)};
        names.insert(d.name);
        if (!problems.isEmpty())
            lib.problems.insert(key, problems);
        lib.workflows << d;
    }
    return lib;
}

const Definition *Library::find(const QString &name) const
{
    for (const Definition &d : workflows) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

std::optional<QJsonObject> workflowJson(const Workspace &workspace, const QString &name)
{
    for (const QJsonValue &w : workspace.workflows) {
        if (w.toObject().value(QLatin1String("name")).toString() == name)
            return w.toObject();
    }
    return std::nullopt;
}

bool putWorkflow(Workspace &workspace, const QJsonObject &definition)
{
    const QString name = definition.value(QLatin1String("name")).toString();
    for (int i = 0; i < workspace.workflows.size(); ++i) {
        if (workspace.workflows.at(i).toObject().value(QLatin1String("name")).toString() == name) {
            workspace.workflows.replace(i, definition);
            return true;
        }
    }
    workspace.workflows.append(definition);
    return false;
}

// ------------------------------------------------------------------------------------------------

std::optional<FileValue> FileValue::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    if (!o.value(QLatin1String("data")).isString())
        return std::nullopt;
    FileValue f;
    f.name = o.value(QLatin1String("name")).toString();
    f.mediaType = o.value(QLatin1String("mediaType")).toString();
    if (f.mediaType.isEmpty())
        f.mediaType = mediaTypeFor(f.name);
    f.base64 = o.value(QLatin1String("data")).toString().toLatin1();
    return f;
}

QJsonObject FileValue::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name}, {QStringLiteral("mediaType"), mediaType}, {QStringLiteral("data"), QString::fromLatin1(base64)}};
}

QString FileValue::mediaTypeFor(const QString &fileName)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    return type.isDefault() ? QStringLiteral("application/octet-stream") : type.name();
}

} // namespace sb::workflow
