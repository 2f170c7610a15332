#pragma once

#include "protocol/codec.h"

namespace sb::protocol {

// Google Gemini (models/{model}:generateContent, :streamGenerateContent?alt=sse)
std::unique_ptr<Codec> makeGeminiCodec();

} // namespace sb::protocol
