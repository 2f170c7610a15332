#pragma once

#include <QString>

namespace sb {

// The malloc this executable runs on: "mimalloc 2.0.9", or "system" (cmake/SwitchboardAllocator.cmake).
QString allocatorName();

} // namespace sb
