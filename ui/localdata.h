#pragma once

#include "common/expected.h"
#include "storage/workspace.h"

#include <QSettings>
#include <QStringList>

namespace sb::ui::localdata {

// "Clear all local data" (Settings > Data). It removes: the database (conversations, the usage ledger
// and budgets' spending, comparisons and votes, knowledge collections and their index, workflows' runs,
// monitoring history), the workspace file (providers, routes, proxy keys' settings, budgets, workflows)
// with its set-aside copies, every application setting, and the keychain entries the workspace refers
// to (provider and proxy keys, network proxy passwords). It keeps env: variables, files the knowledge
// base imported from (only their index goes), exports saved elsewhere, the start-at-login entry and
// anything else in the data directory, which may be a folder the user shares with other things.
//
// The files are open while the app runs, so the app asks for the clear (request), quits, starts again,
// and the new process clears them before it opens anything (clearIfRequested).

// The keychain entries a workspace refers to (every "keychain:NAME" in it, without the prefix).
QStringList keychainEntries(const Workspace &workspace);
// The files and folders of a data directory that hold Switchboard's data (those that exist).
QStringList dataFiles(const QString &dataDirectory);
// Asks for `dataDirectory` to be cleared at the next start.
void request(QSettings &settings, const QString &dataDirectory);
bool isRequested(QSettings &settings);
// At start, before the database and the workspace are opened: when a clear was asked for, removes the
// data files and every setting, and returns the paths removed (empty when none was asked for). When a
// file cannot be removed, nothing more is removed, the request stays (the next start tries again) and
// the error names the file.
[[nodiscard]] Expected<QStringList> clearIfRequested(QSettings &settings);

} // namespace sb::ui::localdata
