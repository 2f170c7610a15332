#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sb {
struct Workspace;
}

// A workflow as a file of its own, to share it or move it between workspaces:
//
//   {"format": "switchboard.workflow", "formatVersion": 1, "exportedAt": "2026-03-01T10:00:00Z",
//    "workflow": {"version": 1, "name": "triage", "steps": [...], "edges": [...]}}
//
// `formatVersion` is the file's own version, `workflow.version` the definition's (definition.h). A file
// that holds a bare definition (what the workspace keeps under "workflows") is read as well. Shipped
// templates (templates.h) are such files with a "template" section besides.
namespace sb::workflow {

inline constexpr QLatin1StringView kFileFormat{"switchboard.workflow"};
inline constexpr int kFileFormatVersion = 1;

// The file's bytes (indented JSON) for a workflow's definition; exportedAtMs: UTC epoch ms.
QByteArray exportWorkflow(const QJsonObject &definition, qint64 exportedAtMs);

// The definition in a workflow file, validated: a file that is not JSON, not a workflow file, written
// by a newer Switchboard or holding a workflow that is not valid is refused, with every problem named by
// its step and field ("triage.json: workflow triage is not valid:\n  - steps.sum.user: at 2: ...").
// `fileName` goes into the messages.
[[nodiscard]] Expected<QJsonObject> readWorkflowFile(const QByteArray &bytes, const QString &fileName);

// What happens when the workspace has a different workflow of the same name.
enum class NameClash {
    Refuse, // a Validation error that names the workflow
    Replace, // the file's takes its place
    KeepBoth, // the file's comes in as NAME-2 (or -3, ...)
};

struct ImportOptions {
    QString name; // import under this name instead of the file's
    NameClash clash = NameClash::Refuse;
};

struct Imported {
    enum class Outcome { Added, Replaced, Unchanged };
    QJsonObject definition; // as it went into the workspace (renamed when asked or kept both)
    Outcome outcome = Outcome::Added;
};

// Puts a definition read by readWorkflowFile() into the workspace (Unchanged: the workspace holds the
// same already). The caller saves the workspace and keeps the version (versionstore.h).
[[nodiscard]] Expected<Imported> importWorkflow(Workspace &workspace, QJsonObject definition, const ImportOptions &options = {});

} // namespace sb::workflow
