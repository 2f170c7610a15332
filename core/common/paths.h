#pragma once

#include <QString>

namespace sb::paths {

// Where history, ledger, knowledge base and the workspace file live unless the user chose another place.
QString defaultDataDirectory();
// The workspace file inside a data directory.
QString workspaceFile(const QString &dataDirectory);
// The SQLite database inside a data directory.
QString databaseFile(const QString &dataDirectory);

} // namespace sb::paths
