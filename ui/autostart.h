#pragma once

#include "common/expected.h"

#include <QString>

// Starting Switchboard when the user logs in. Linux: an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/dev.switchboard.Switchboard.desktop (~/.config when the variable is unset).
// macOS: a launch agent in ~/Library/LaunchAgents; Windows: a value under the current user's Run key.
// Only the Linux path is exercised by the tests.
namespace sb::ui::autostart {

// Where the entry lives on this platform (a file, or the registry key's value name on Windows).
QString location();
bool isEnabled();
// Writes (on) or removes (off) the entry; program is the executable to start.
[[nodiscard]] Expected<void> setEnabled(bool on, const QString &program);

} // namespace sb::ui::autostart
