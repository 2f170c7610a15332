#pragma once

#include "workflow/definition.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// What changed between two versions of a workflow, step by step: for the editor's version history and
// `switchboard-cli workflow diff`. Works on the JSON as saved, valid or not.
//
//   const DefinitionDiff d = diffDefinitions(older.definition, newer.definition);
//   for (const StepChange &s : d.steps)        // added, removed or changed steps (map bodies too)
//       for (const FieldChange &f : s.fields)  // changed: "user", "parameters.temperature", ...
//   d.edges                                    // edges added or removed
//   d.lines()                                  // the same as text, one line each
namespace sb::workflow {

enum class Change { Added, Removed, Changed };
QString changeName(Change change); // added, removed, changed

// One field that differs. Objects are compared key by key, so `field` is a dotted path into them
// ("parameters.temperature", "schema.properties.total.type"); lists and other values as a whole.
// A field that is not set on one side is undefined there (QJsonValue::isUndefined()).
struct FieldChange {
    QString field;
    QJsonValue before;
    QJsonValue after;
    bool operator==(const FieldChange &) const = default;
};

// A step added, removed or changed. Steps are matched by id (ids are unique in a workflow, map bodies
// included): a step whose kind changed is "changed" with a "kind" field; one that moved into or out of a
// map, with a "map" field.
struct StepChange {
    Change change = Change::Changed;
    QString step; // its id
    QString map; // the id of the map step it is inside (after the change; before it when removed), "" at the top
    QString kind; // its kind (after the change; before it when removed)
    QList<FieldChange> fields; // changed: what differs (a map's own fields, not its body's steps)
    bool operator==(const StepChange &) const = default;
};

// An edge added or removed (an edge whose `when` changed is one removed and one added).
struct EdgeChange {
    Change change = Change::Added;
    QString map; // the map whose body holds it, "" at the top
    Edge edge;
    bool operator==(const EdgeChange &) const = default;
};

struct DefinitionDiff {
    QList<FieldChange> workflow; // the workflow's own fields: name, description, inputSchema, version
    QList<StepChange> steps; // changed and added steps in the newer order, then the removed ones in the older order
    QList<EdgeChange> edges; // removed ones first, then added ones, each in their version's order

    bool isEmpty() const { return workflow.isEmpty() && steps.isEmpty() && edges.isEmpty(); }
    // {"workflow": [{"field", "before", "after"}], "steps": [{"change", "step", "map", "kind", "fields"}],
    //  "edges": [{"change", "map", "from", "to", "when"}]}; a side that is not set has no "before"/"after".
    QJsonObject toJson() const;
    // As text, one line each: `description: "a" -> "b"`, `+ step draft (llm)`, `- step check (human_review)`,
    // `~ step sum (llm)` followed by indented `user: "..." -> "..."`, `+ edge a -> b when true`,
    // `- edge translate: x -> y`. Values longer than maxValueChars are cut (0: never).
    QStringList lines(int maxValueChars = 0) const;
};

DefinitionDiff diffDefinitions(const QJsonObject &before, const QJsonObject &after);

} // namespace sb::workflow
