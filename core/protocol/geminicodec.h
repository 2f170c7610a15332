#pragma once

#include "protocol/codec.h"

namespace sb::protocol {

// Google Gemini (models/{model}:generateContent, :streamGenerateContent?alt=sse)
std::unique_ptr<Codec> makeGeminiCodec();
// A stream of :streamGenerateContent without alt=sse: one JSON array of GenerateContentResponse
// objects ("[{...},\r\n{...}]"), sent as they come.
std::unique_ptr<StreamEncoder> makeGeminiJsonArrayEncoder();

} // namespace sb::protocol
