#pragma once

#include "workflow/definition.h"
#include "workflow/runner.h"

#include <QColor>
#include <QString>

// How the editor names and colours step kinds, their fields and a run's step states (translated).
namespace sb::ui::workflowkinds {

QString label(workflow::StepKind kind); // "LLM call", "Classify", ...
QString description(workflow::StepKind kind); // one sentence for the palette's tooltip
QColor color(workflow::StepKind kind);
// The id a new step of the kind starts from ("llm", "classify", "check", ...).
QString baseId(workflow::StepKind kind);

// A field's label in the inspector ("User prompt" for user) and what it takes (a tooltip).
QString fieldLabel(const QString &key);
QString fieldHint(const QString &key);

QString statusLabel(workflow::StepStatus status); // "waiting", "running", ...
QColor statusColor(workflow::StepStatus status);
QString runStatusLabel(workflow::RunStatus status);

} // namespace sb::ui::workflowkinds
