#pragma once

#include "common/expected.h"

#include <QString>

// Files only the user may read: the data folder holds conversations, answers and the request bodies
// kept for the ledger, which other local accounts must not see.
// Unix: folders 0700, files 0600. Windows: a protected ACL that grants the current user alone.
namespace sb::privatefiles {

// Creates the folder and any missing parents, each new one private. Existing folders are left alone.
[[nodiscard]] Expected<void> createDirectory(const QString &path);
// Creates the folder if needed and makes it private; an existing looser one is tightened, with a log
// line (a warning when that fails: the data stays usable). Fails only when the folder cannot be created.
[[nodiscard]] Expected<void> secureDirectory(const QString &path);
// Makes an existing file private (tightening it, with a log line); a missing file is created empty and
// private when create is true, else left missing.
[[nodiscard]] Expected<void> secureFile(const QString &path, bool create);
// Whether only the current user can read the file or folder (for tests and diagnostics).
bool isPrivate(const QString &path);

} // namespace sb::privatefiles
