#pragma once

#include "protocol/codec.h"

namespace sb::protocol {

// OpenAI Responses (/v1/responses)
std::unique_ptr<Codec> makeOpenAiResponsesCodec();

} // namespace sb::protocol
