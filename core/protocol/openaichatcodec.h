#pragma once

#include "protocol/codec.h"

namespace sb::protocol {

// OpenAI Chat Completions (/v1/chat/completions)
std::unique_ptr<Codec> makeOpenAiChatCodec();

} // namespace sb::protocol
