#include "document.h"

#include "kinds.h"

#include <QRegularExpression>
#include <QUndoCommand>
#include <QUndoStack>

#include <cmath>

namespace sb::ui {

namespace workflowjson {

namespace {

const QString kSteps = QStringLiteral("steps");
const QString kEdges = QStringLiteral("edges");
const QString kId = QStringLiteral("id");
const QString kKind = QStringLiteral("kind");
const QString kPosition = QStringLiteral("position");

bool isMap(const QJsonObject &step)
{
    return step.value(kKind).toString() == QLatin1String("map");
}

// The graph object (the workflow, or the map step that owns the body); empty when there is none.
std::optional<QJsonObject> graphObject(const QJsonObject &graph, const QString &owner)
{
    if (owner.isEmpty())
        return graph;
    for (const QJsonValue &v : graph.value(kSteps).toArray()) {
        const QJsonObject s = v.toObject();
        if (!isMap(s))
            continue;
        if (auto found = graphObject(s, s.value(kId).toString() == owner ? QString() : owner))
            return found;
    }
    return std::nullopt;
}

void collectIds(const QJsonArray &steps, QSet<QString> &out)
{
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        out.insert(s.value(kId).toString());
        if (isMap(s))
            collectIds(s.value(kSteps).toArray(), out);
    }
}

// steps.OLD in text becomes steps.NEW for every rename at once.
QString renameReferences(const QString &text, const QHash<QString, QString> &renames, const QRegularExpression &re)
{
    if (!text.contains(QLatin1String("steps.")))
        return text;
    QString out;
    qsizetype at = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(at, m.capturedStart(1) - at);
        out += renames.value(m.captured(1), m.captured(1));
        at = m.capturedEnd(1);
    }
    out += QStringView(text).mid(at);
    return out;
}

QJsonValue renameValue(const QJsonValue &v, const QHash<QString, QString> &renames, const QRegularExpression &re)
{
    if (v.isString())
        return renameReferences(v.toString(), renames, re);
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a.replace(i, renameValue(a.at(i), renames, re));
        return a;
    }
    return v;
}

void renameGraph(QJsonArray &steps, QJsonArray &edges, const QHash<QString, QString> &renames, const QRegularExpression &re)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject s = steps.at(i).toObject();
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (it.key() == kId)
                it.value() = renames.value(it.value().toString(), it.value().toString());
            else if (it.key() != kKind && it.key() != kSteps && it.key() != kEdges && it.key() != kPosition)
                it.value() = renameValue(it.value(), renames, re);
        }
        if (isMap(s)) {
            QJsonArray bodySteps = s.value(kSteps).toArray();
            QJsonArray bodyEdges = s.value(kEdges).toArray();
            renameGraph(bodySteps, bodyEdges, renames, re);
            s.insert(kSteps, bodySteps);
            s.insert(kEdges, bodyEdges);
        }
        steps.replace(i, s);
    }
    for (qsizetype i = 0; i < edges.size(); ++i) {
        QJsonObject e = edges.at(i).toObject();
        for (const QString &key : {QStringLiteral("from"), QStringLiteral("to")}) {
            const QString id = e.value(key).toString();
            if (renames.contains(id))
                e.insert(key, renames.value(id));
        }
        edges.replace(i, e);
    }
}

} // namespace

QJsonArray steps(const QJsonObject &workflow, const QString &owner)
{
    const auto g = graphObject(workflow, owner);
    return g ? g->value(kSteps).toArray() : QJsonArray();
}

QJsonArray edges(const QJsonObject &workflow, const QString &owner)
{
    const auto g = graphObject(workflow, owner);
    return g ? g->value(kEdges).toArray() : QJsonArray();
}

QJsonObject step(const QJsonObject &workflow, const QString &id)
{
    for (const QJsonValue &v : workflow.value(kSteps).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(kId).toString() == id)
            return s;
        if (isMap(s)) {
            QJsonObject inside = step(s, id);
            if (!inside.isEmpty())
                return inside;
        }
    }
    return {};
}

std::optional<QString> ownerOf(const QJsonObject &workflow, const QString &id)
{
    std::function<std::optional<QString>(const QJsonObject &, const QString &)> find = [&](const QJsonObject &graph, const QString &owner) {
        for (const QJsonValue &v : graph.value(kSteps).toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(kId).toString() == id)
                return std::optional<QString>(owner);
            if (isMap(s)) {
                if (auto found = find(s, s.value(kId).toString()))
                    return found;
            }
        }
        return std::optional<QString>();
    };
    return find(workflow, QString());
}

QSet<QString> ids(const QJsonObject &workflow)
{
    QSet<QString> out;
    collectIds(workflow.value(kSteps).toArray(), out);
    return out;
}

std::optional<workflow::StepKind> kindOf(const QJsonObject &step)
{
    return workflow::kindFromName(step.value(kKind).toString());
}

std::optional<QPointF> position(const QJsonObject &step)
{
    const QJsonObject p = step.value(kPosition).toObject();
    if (!p.value(QLatin1String("x")).isDouble() || !p.value(QLatin1String("y")).isDouble())
        return std::nullopt;
    return QPointF(p.value(QLatin1String("x")).toDouble(), p.value(QLatin1String("y")).toDouble());
}

bool editGraph(QJsonObject &workflow, const QString &owner, const std::function<void(QJsonArray &, QJsonArray &)> &edit)
{
    if (owner.isEmpty()) {
        QJsonArray s = workflow.value(kSteps).toArray();
        QJsonArray e = workflow.value(kEdges).toArray();
        edit(s, e);
        workflow.insert(kSteps, s);
        workflow.insert(kEdges, e);
        return true;
    }
    QJsonArray steps = workflow.value(kSteps).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject s = steps.at(i).toObject();
        if (!isMap(s))
            continue;
        if (editGraph(s, s.value(kId).toString() == owner ? QString() : owner, edit)) {
            steps.replace(i, s);
            workflow.insert(kSteps, steps);
            return true;
        }
    }
    return false;
}

bool editStep(QJsonObject &workflow, const QString &id, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray steps = workflow.value(kSteps).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject s = steps.at(i).toObject();
        if (s.value(kId).toString() == id)
            edit(s);
        else if (!isMap(s) || !editStep(s, id, edit))
            continue;
        steps.replace(i, s);
        workflow.insert(kSteps, steps);
        return true;
    }
    return false;
}

void editSteps(QJsonObject &workflow, const std::function<bool(QJsonObject &)> &edit)
{
    QJsonArray steps = workflow.value(kSteps).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject s = steps.at(i).toObject();
        bool mine = edit(s);
        if (isMap(s)) {
            const QJsonObject before = s;
            editSteps(s, edit);
            mine = mine || s != before;
        }
        if (mine) {
            steps.replace(i, s);
            changed = true;
        }
    }
    if (changed)
        workflow.insert(kSteps, steps);
}

QString uniqueId(const QString &wanted, const QSet<QString> &taken)
{
    if (!taken.contains(wanted))
        return wanted;
    // "draft_2" copied again becomes draft_3, not draft_2_2
    static const QRegularExpression numbered(QStringLiteral("^(.*)_(\\d+)$"));
    const QRegularExpressionMatch m = numbered.match(wanted);
    const QString base = m.hasMatch() ? m.captured(1) : wanted;
    for (int n = 2;; ++n) {
        const QString id = QStringLiteral("%1_%2").arg(base).arg(n);
        if (!taken.contains(id))
            return id;
    }
}

void renameIn(QJsonArray &steps, QJsonArray &edges, const QHash<QString, QString> &renames)
{
    if (renames.isEmpty())
        return;
    QStringList names;
    for (auto it = renames.cbegin(); it != renames.cend(); ++it)
        names << QRegularExpression::escape(it.key());
    const QRegularExpression re(QStringLiteral("\\bsteps\\.(%1)\\b").arg(names.join(QLatin1Char('|'))));
    renameGraph(steps, edges, renames, re);
}

} // namespace workflowjson

namespace wj = workflowjson;

// One edit: the workflow before and after it.
class WorkflowSnapshot final : public QUndoCommand
{
public:
    WorkflowSnapshot(WorkflowDocument *document, const QString &text, QJsonObject before, QJsonObject after, QString mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {
    }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const WorkflowSnapshot *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }
    void undo() override { m_document->set(m_before); }
    void redo() override { m_document->set(m_after); }

private:
    WorkflowDocument *m_document;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_mergeKey;
};

WorkflowDocument::WorkflowDocument(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
}

WorkflowDocument::~WorkflowDocument() = default;

bool WorkflowDocument::isModified() const
{
    return !m_stack->isClean();
}

void WorkflowDocument::markSaved()
{
    m_stack->setClean();
}

void WorkflowDocument::reset(const QJsonObject &workflow)
{
    m_stack->clear();
    set(workflow);
}

void WorkflowDocument::set(const QJsonObject &json)
{
    m_json = json;
    ++m_revision;
    Q_EMIT changed();
}

void WorkflowDocument::change(const QString &text, const QJsonObject &after, const QString &mergeKey)
{
    if (after == m_json)
        return;
    m_stack->push(new WorkflowSnapshot(this, text, m_json, after, mergeKey));
}

QString WorkflowDocument::addStep(const QString &owner, workflow::StepKind kind, QPointF position)
{
    using workflow::StepKind;
    const QString id = wj::uniqueId(workflowkinds::baseId(kind), wj::ids(m_json));
    QJsonObject step{{QStringLiteral("id"), id}, {QStringLiteral("kind"), workflow::kindName(kind)}};
    const QString input = QStringLiteral("{{input.text}}");
    switch (kind) {
    case StepKind::Llm:
    case StepKind::Classify:
        if (!m_defaultModel.isEmpty())
            step.insert(QStringLiteral("model"), m_defaultModel);
        step.insert(QStringLiteral("user"), input);
        if (kind == StepKind::Classify)
            step.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("yes"), QStringLiteral("no")});
        break;
    case StepKind::Condition: step.insert(QStringLiteral("expression"), QStringLiteral("len(input.text) > 0")); break;
    case StepKind::Map:
        step.insert(QStringLiteral("over"), QStringLiteral("input.items"));
        step.insert(QStringLiteral("steps"), QJsonArray());
        step.insert(QStringLiteral("edges"), QJsonArray());
        break;
    case StepKind::ExtractText: step.insert(QStringLiteral("file"), QStringLiteral("input.document")); break;
    case StepKind::KnowledgeRetrieve: step.insert(QStringLiteral("query"), input); break;
    case StepKind::Transform:
        step.insert(QStringLiteral("op"), QStringLiteral("template"));
        step.insert(QStringLiteral("template"), input);
        break;
    case StepKind::HumanReview:
    case StepKind::Output: step.insert(QStringLiteral("value"), input); break;
    }
    step.insert(QStringLiteral("position"),
                QJsonObject{{QStringLiteral("x"), std::round(position.x())}, {QStringLiteral("y"), std::round(position.y())}});
    QJsonObject after = m_json;
    if (!wj::editGraph(after, owner, [&](QJsonArray &steps, QJsonArray &) { steps.append(step); }))
        return {};
    change(tr("Add %1").arg(id), after);
    return id;
}

namespace {

bool sameEdge(const QJsonObject &e, const workflow::Edge &edge)
{
    return e.value(QLatin1String("from")).toString() == edge.from && e.value(QLatin1String("to")).toString() == edge.to
        && e.value(QLatin1String("when")).toString() == edge.when;
}

// Removes the steps (and every edge that touches them) and the edges from a graph and the bodies in it.
void removeFrom(QJsonObject &graph, const QSet<QString> &steps, const QList<workflow::Edge> &edges)
{
    QJsonArray kept;
    for (const QJsonValue &v : graph.value(QLatin1String("steps")).toArray()) {
        QJsonObject s = v.toObject();
        if (steps.contains(s.value(QLatin1String("id")).toString()))
            continue;
        if (s.value(QLatin1String("kind")).toString() == QLatin1String("map"))
            removeFrom(s, steps, edges);
        kept.append(s);
    }
    QJsonArray keptEdges;
    for (const QJsonValue &v : graph.value(QLatin1String("edges")).toArray()) {
        const QJsonObject e = v.toObject();
        if (steps.contains(e.value(QLatin1String("from")).toString()) || steps.contains(e.value(QLatin1String("to")).toString()))
            continue;
        if (std::any_of(edges.cbegin(), edges.cend(), [&](const workflow::Edge &edge) { return sameEdge(e, edge); }))
            continue;
        keptEdges.append(e);
    }
    graph.insert(QStringLiteral("steps"), kept);
    if (graph.contains(QLatin1String("edges")) || !keptEdges.isEmpty())
        graph.insert(QStringLiteral("edges"), keptEdges);
}

} // namespace

void WorkflowDocument::remove(const QStringList &stepIds, const QList<workflow::Edge> &edges)
{
    if (stepIds.isEmpty() && edges.isEmpty())
        return;
    QJsonObject after = m_json;
    removeFrom(after, QSet<QString>(stepIds.cbegin(), stepIds.cend()), edges);
    QString text;
    if (stepIds.size() == 1 && edges.isEmpty())
        text = tr("Delete %1").arg(stepIds.first());
    else if (stepIds.isEmpty())
        text = tr("Delete %n edge(s)", nullptr, int(edges.size()));
    else
        text = tr("Delete %n step(s)", nullptr, int(stepIds.size()));
    change(text, after);
}

void WorkflowDocument::move(const QHash<QString, QPointF> &positions, const QString &text)
{
    QJsonObject after = m_json;
    // one pass over the steps (arranging moves all of them)
    wj::editSteps(after, [&](QJsonObject &step) {
        const auto it = positions.constFind(step.value(QLatin1String("id")).toString());
        if (it == positions.cend())
            return false;
        const QJsonObject at{{QStringLiteral("x"), std::round(it->x())}, {QStringLiteral("y"), std::round(it->y())}};
        if (step.value(QLatin1String("position")).toObject() == at)
            return false;
        step.insert(QStringLiteral("position"), at);
        return true;
    });
    change(!text.isEmpty()             ? text
               : positions.size() == 1 ? tr("Move %1").arg(positions.cbegin().key())
                                       : tr("Move %n step(s)", nullptr, int(positions.size())),
           after);
}

QString WorkflowDocument::connectSteps(const QString &from, const QString &when, const QString &to)
{
    const auto owner = wj::ownerOf(m_json, from);
    const auto toOwner = wj::ownerOf(m_json, to);
    if (!owner || !toOwner)
        return tr("There is no step \"%1\".").arg(owner ? to : from);
    if (*owner != *toOwner)
        return tr("Edges stay within one graph: \"%1\" and \"%2\" are not in the same one.").arg(from, to);
    if (from == to)
        return tr("A step cannot follow itself.");
    const QJsonArray edges = wj::edges(m_json, *owner);
    QHash<QString, QStringList> next;
    for (const QJsonValue &v : edges) {
        const QJsonObject e = v.toObject();
        const QString a = e.value(QLatin1String("from")).toString();
        const QString b = e.value(QLatin1String("to")).toString();
        if (a == from && b == to && e.value(QLatin1String("when")).toString() == when)
            return tr("\"%1\" is connected to \"%2\" already.").arg(from, to);
        next[a] << b;
    }
    // a path from `to` back to `from` would close a cycle
    QSet<QString> seen;
    QStringList todo{to};
    while (!todo.isEmpty()) {
        const QString at = todo.takeLast();
        if (at == from)
            return tr("\"%1\" runs after \"%2\" already: this edge would make a cycle, and each step runs once.").arg(from, to);
        for (const QString &n : next.value(at)) {
            if (!seen.contains(n)) {
                seen.insert(n);
                todo << n;
            }
        }
    }
    QJsonObject edge{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    if (!when.isEmpty())
        edge.insert(QStringLiteral("when"), when);
    QJsonObject after = m_json;
    wj::editGraph(after, *owner, [&](QJsonArray &, QJsonArray &e) { e.append(edge); });
    change(when.isEmpty() ? tr("Connect %1 to %2").arg(from, to) : tr("Connect %1 to %2 (%3)").arg(from, to, when), after);
    return {};
}

void WorkflowDocument::setField(const QString &stepId, const QString &key, const QJsonValue &value)
{
    QJsonObject after = m_json;
    wj::editStep(after, stepId, [&](QJsonObject &step) {
        if (value.isUndefined())
            step.remove(key);
        else
            step.insert(key, value);
    });
    change(tr("Edit %1 of %2").arg(workflowkinds::fieldLabel(key), stepId), after, stepId + QLatin1Char('\n') + key);
}

QString WorkflowDocument::rename(const QString &stepId, const QString &newId)
{
    if (newId == stepId)
        return {};
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    if (!idPattern.match(newId).hasMatch())
        return tr("An id starts with a letter or '_' and holds letters, digits and '_' (at most 64).");
    if (wj::ids(m_json).contains(newId))
        return tr("Another step is called \"%1\"; ids are unique in a workflow.").arg(newId);
    QJsonObject after = m_json;
    QJsonArray steps = after.value(QLatin1String("steps")).toArray();
    QJsonArray edges = after.value(QLatin1String("edges")).toArray();
    wj::renameIn(steps, edges, {{stepId, newId}});
    after.insert(QStringLiteral("steps"), steps);
    after.insert(QStringLiteral("edges"), edges);
    change(tr("Rename %1 to %2").arg(stepId, newId), after);
    return {};
}

void WorkflowDocument::setWorkflowField(const QString &key, const QJsonValue &value)
{
    QJsonObject after = m_json;
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty() && key != QLatin1String("name"))
        || (value.isObject() && value.toObject().isEmpty()))
        after.remove(key);
    else
        after.insert(key, value);
    change(tr("Edit the workflow's %1").arg(key == QLatin1String("inputSchema") ? tr("inputs") : workflowkinds::fieldLabel(key)), after,
           QStringLiteral("workflow\n") + key);
}

QJsonObject WorkflowDocument::copy(const QStringList &stepIds) const
{
    if (stepIds.isEmpty())
        return {};
    const auto owner = wj::ownerOf(m_json, stepIds.first());
    if (!owner)
        return {};
    QJsonArray steps;
    QSet<QString> taken;
    for (const QJsonValue &v : wj::steps(m_json, *owner)) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        if (stepIds.contains(id)) {
            steps.append(v);
            taken.insert(id);
        }
    }
    QJsonArray edges;
    for (const QJsonValue &v : wj::edges(m_json, *owner)) {
        const QJsonObject e = v.toObject();
        if (taken.contains(e.value(QLatin1String("from")).toString()) && taken.contains(e.value(QLatin1String("to")).toString()))
            edges.append(e);
    }
    return QJsonObject{
        {QStringLiteral("switchboard"), QStringLiteral("workflow-steps")}, {QStringLiteral("steps"), steps}, {QStringLiteral("edges"), edges}};
}

bool WorkflowDocument::isClip(const QJsonObject &clip)
{
    return clip.value(QLatin1String("switchboard")).toString() == QLatin1String("workflow-steps") && clip.value(QLatin1String("steps")).isArray();
}

QStringList WorkflowDocument::paste(const QString &owner, const QJsonObject &clip, QPointF offset)
{
    if (!isClip(clip))
        return {};
    QJsonArray steps = clip.value(QLatin1String("steps")).toArray();
    QJsonArray edges = clip.value(QLatin1String("edges")).toArray();
    QSet<QString> taken = wj::ids(m_json);
    QJsonObject holder{{QStringLiteral("steps"), steps}};
    QStringList inClip;
    for (const QString &id : wj::ids(holder))
        inClip << id;
    inClip.sort(); // the same ids for the same clip
    QHash<QString, QString> renames;
    for (const QString &id : std::as_const(inClip)) {
        const QString fresh = wj::uniqueId(id, taken);
        taken.insert(fresh);
        if (fresh != id)
            renames.insert(id, fresh);
    }
    wj::renameIn(steps, edges, renames);
    QStringList top;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject s = steps.at(i).toObject();
        const QPointF p = wj::position(s).value_or(QPointF(0, 0)) + offset;
        s.insert(QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), std::round(p.x())}, {QStringLiteral("y"), std::round(p.y())}});
        steps.replace(i, s);
        top << s.value(QLatin1String("id")).toString();
    }
    QJsonObject after = m_json;
    if (!wj::editGraph(after, owner, [&](QJsonArray &s, QJsonArray &e) {
            for (const QJsonValue &v : std::as_const(steps))
                s.append(v);
            for (const QJsonValue &v : std::as_const(edges))
                e.append(v);
        }))
        return {};
    change(tr("Paste %n step(s)", nullptr, int(top.size())), after);
    return top;
}

} // namespace sb::ui
