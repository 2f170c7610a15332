#pragma once

#include "protocol/types.h"

#include <QString>

namespace sb::providers {

// What the user can do about a failed call; each surface offers it its own way (a button on a
// message, a command in the CLI's output).
enum class Remedy {
    None,
    FixProvider, // a bad or missing key, an unknown model or address: the provider's settings
    OpenUsage, // a Switchboard budget stopped the call
    Retry, // rate limits, overload, timeouts, network trouble
};

struct Advice {
    QString text; // what happened and what to do, in the user's language
    Remedy remedy = Remedy::None;
};

// The one mapping from a provider error to advice: the Playground and Compare messages, the Providers
// page and the CLI all say the same.
Advice adviceFor(const protocol::ApiError &error);

} // namespace sb::providers
