#pragma once

#include "protocol/codec.h"

namespace sb::protocol {

// Anthropic Messages (/v1/messages)
std::unique_ptr<Codec> makeAnthropicMessagesCodec();

} // namespace sb::protocol
