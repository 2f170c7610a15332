#pragma once

#include "common/expected.h"
#include "workflow/diff.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sb {
class Database;
}

// Every saved version of every workflow, kept in SQLite (resources/migrations/0014_workflow_versions.sql)
// and never expired. The workspace holds a workflow as it is now; this holds how it was.
//
// Who saves a workflow (the editor, `workflow import`, `workflow restore`) writes the workspace and
// calls save() with the same JSON: a save that changed something becomes the next version (1, 2, 3, ...
// per workflow name); one identical to the newest version adds nothing. Restoring a version saves its
// definition again as the newest version (the history only grows); the caller puts the returned
// definition into the workspace (putWorkflow() in definition.h).
//
//   VersionStore store(engine->database());
//   auto saved = store.save(definition.toJson(), QStringLiteral("app"));    // after the workspace was saved
//   auto list = store.versions(QStringLiteral("triage"));                   // newest first
//   auto older = store.version(QStringLiteral("triage"), 3);                // with its definition
//   auto changes = store.diff(QStringLiteral("triage"), 3, 5);              // diff.h
//   auto restored = store.restore(QStringLiteral("triage"), 3, QStringLiteral("app"));
//
// Blocking: the GUI calls it on a worker (common/async.h), like RunStore.
namespace sb::workflow {

struct Version {
    QString workflow; // the workflow's name
    int number = 0; // 1 for the first save, then one more for each save that changed it
    QJsonObject definition; // the workflow's JSON as saved (empty in versions() lists)
    QString savedBy; // where it was saved: "app", "cli", "workspace" (found edited in the workspace file)
    QString note; // why, when it was not a plain save: "restored version 3", "imported from triage.json"
    qint64 savedAtMs = 0; // UTC epoch ms
};

class VersionStore
{
public:
    // nowMs: the clock (default: the system's UTC epoch ms)
    explicit VersionStore(std::shared_ptr<Database> database, std::function<qint64()> nowMs = {});

    struct Saved {
        Version version; // the new version, or the newest one when nothing changed
        bool added = false; // false: the definition equals the newest version, nothing was written
    };
    // Keeps `definition` (its "name" names the history; it need not be valid: drafts are kept too) as
    // the workflow's next version unless it equals the newest one.
    [[nodiscard]] Expected<Saved> save(const QJsonObject &definition, const QString &savedBy = {}, const QString &note = {});

    // Keeps the workspace's definition of a workflow (nullopt: it has none) as a version, saved by
    // "workspace", when it is not the newest one: a workflow from before versions were kept, or one
    // edited in the workspace file by hand. Who replaces or lists a workflow calls it first.
    [[nodiscard]] Expected<void> keepFound(const std::optional<QJsonObject> &definition);

    // The workflow's versions, newest first, without their definitions; empty when it has none.
    [[nodiscard]] Expected<QList<Version>> versions(const QString &workflow) const;
    // One version with its definition (a NotFound error names the versions there are).
    [[nodiscard]] Expected<Version> version(const QString &workflow, int number) const;
    // The newest version with its definition; nullopt when the workflow has none.
    [[nodiscard]] Expected<std::optional<Version>> latest(const QString &workflow) const;

    // Saves version `number`'s definition as the newest version, noted "restored version N" (when it
    // equals the newest already, that one is returned with added = false).
    [[nodiscard]] Expected<Saved> restore(const QString &workflow, int number, const QString &savedBy = {});
    // What changed from version `from` to version `to` (either may be the older one).
    [[nodiscard]] Expected<DefinitionDiff> diff(const QString &workflow, int from, int to) const;

private:
    std::shared_ptr<Database> m_database;
    std::function<qint64()> m_nowMs;
};

} // namespace sb::workflow
