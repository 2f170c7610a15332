#pragma once

#include "common/expected.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The workflows Switchboard ships as starting points (resources/workflows/*.workflow.json): document
// triage, support answer, code review by three models with a judge, batch translation. Each is a
// workflow file (workflowfile.h) with a "template" section:
//
//   "template": {"id": "code-review", "title": "...", "description": "...",
//                "slots": [{"name": "judge", "kind": "model", "description": "weighs the three reviews"}, ...]}
//
// A slot is a name the template's steps use for a model (llm and classify steps) or a knowledge base
// collection (knowledge_retrieve steps). A new workflow from a template puts the model or collection the
// user chose in each slot's place; a slot left alone keeps its name, which then names a virtual model,
// route or collection of the workspace.
namespace sb::workflow {

struct TemplateSlot {
    enum class Kind { Model, Collection };
    QString name;
    Kind kind = Kind::Model;
    QString description;
};

struct WorkflowTemplate {
    QString id; // also the new workflow's name by default
    QString title;
    QString description;
    QList<TemplateSlot> templateSlots; // in the order of the file
    QJsonObject definition; // the workflow, with the slots' names in place
};

// The shipped templates, read from the resources once (in the order of their ids).
const QList<WorkflowTemplate> &templates();
const WorkflowTemplate *findTemplate(const QString &id);

// Reads a template file (a workflow file with a "template" section); `fileName` goes into messages.
[[nodiscard]] Expected<WorkflowTemplate> readTemplate(const QByteArray &bytes, const QString &fileName);

// A new workflow from a template, called `name` (empty: the template's id), with `values` in the
// slots' places (slot name -> model or collection; unknown slots are refused). The result is valid.
[[nodiscard]] Expected<QJsonObject> instantiate(const WorkflowTemplate &t, const QString &name, const QHash<QString, QString> &values = {});

} // namespace sb::workflow
