#pragma once

#include <QObject>

#include <functional>

namespace sb::cli {

// Calls `handler` on the event loop when SIGINT or SIGTERM arrives (self-pipe; Unix only, a no-op
// elsewhere). Returns false when the handlers could not be installed.
bool onTerminationSignal(QObject *context, std::function<void(int signal)> handler);

} // namespace sb::cli
