#pragma once

#include "workflow/definition.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QUndoStack;

// The workflow the editor works on: its JSON as the workspace keeps it (definition.h), and every edit
// as one step on an undo stack. A graph is the workflow's own steps and edges (owner "") or a map
// step's body (owner: the map's id; ids are unique in the whole workflow).
namespace sb::ui::workflowjson {

QJsonArray steps(const QJsonObject &workflow, const QString &owner);
QJsonArray edges(const QJsonObject &workflow, const QString &owner);
// The step with this id anywhere (map bodies too); empty when there is none.
QJsonObject step(const QJsonObject &workflow, const QString &id);
// The graph that holds the step; nullopt when there is none.
std::optional<QString> ownerOf(const QJsonObject &workflow, const QString &id);
// Every step id, map bodies included.
QSet<QString> ids(const QJsonObject &workflow);
std::optional<workflow::StepKind> kindOf(const QJsonObject &step);
std::optional<QPointF> position(const QJsonObject &step);
// Applies `edit` to a graph's steps and edges; false when there is no such graph.
bool editGraph(QJsonObject &workflow, const QString &owner, const std::function<void(QJsonArray &steps, QJsonArray &edges)> &edit);
// Applies `edit` to the step with this id; false when there is none.
bool editStep(QJsonObject &workflow, const QString &id, const std::function<void(QJsonObject &step)> &edit);
// Applies `edit` to every step (map bodies too) in one pass; `edit` says whether it changed the step.
void editSteps(QJsonObject &workflow, const std::function<bool(QJsonObject &step)> &edit);
// `wanted` when nobody has it, else wanted_2, wanted_3, ...
QString uniqueId(const QString &wanted, const QSet<QString> &taken);
// Renames steps in the steps given (their ids, the edges of their bodies, and steps.OLD in every text
// field): what a rename and a paste do.
void renameIn(QJsonArray &steps, QJsonArray &edges, const QHash<QString, QString> &renames);

} // namespace sb::ui::workflowjson

namespace sb::ui {

class WorkflowDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowDocument)

public:
    explicit WorkflowDocument(QObject *parent = nullptr);
    ~WorkflowDocument() override;

    const QJsonObject &json() const { return m_json; }
    // Incremented on every change (edits, undo, redo, reset).
    quint64 revision() const { return m_revision; }
    QUndoStack *undoStack() const { return m_stack; }
    bool isModified() const;
    void markSaved();
    // Starts over with this workflow: no undo history, not modified.
    void reset(const QJsonObject &workflow);
    // What the next steps' model is when the palette adds one (the first model the router offers).
    void setDefaultModel(const QString &model) { m_defaultModel = model; }

    // One undo step that turns the workflow into `after`. Edits with the same mergeKey one after the
    // other (typing into one field) are one undo step.
    void change(const QString &text, const QJsonObject &after, const QString &mergeKey = {});

    // The edits the editor makes; each is one undo step. Errors say what was refused and why.
    QString addStep(const QString &owner, workflow::StepKind kind, QPointF position);
    void remove(const QStringList &stepIds, const QList<workflow::Edge> &edges);
    void move(const QHash<QString, QPointF> &positions, const QString &text = {});
    [[nodiscard]] QString connectSteps(const QString &from, const QString &when, const QString &to);
    // undefined removes the field
    void setField(const QString &stepId, const QString &key, const QJsonValue &value);
    [[nodiscard]] QString rename(const QString &stepId, const QString &newId);
    // name, description, inputSchema
    void setWorkflowField(const QString &key, const QJsonValue &value);

    // The steps (with the edges among them) as a clipboard object, and pasting one into a graph: ids
    // are made unique (references to them follow) and the steps moved by `offset`. The pasted ids.
    QJsonObject copy(const QStringList &stepIds) const;
    static bool isClip(const QJsonObject &clip);
    QStringList paste(const QString &owner, const QJsonObject &clip, QPointF offset);

Q_SIGNALS:
    void changed();

private:
    friend class WorkflowSnapshot;
    void set(const QJsonObject &json);

    QJsonObject m_json;
    quint64 m_revision = 0;
    QUndoStack *m_stack = nullptr;
    QString m_defaultModel;
};

} // namespace sb::ui
