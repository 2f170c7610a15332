#pragma once

#include "protocol/codec.h"

namespace sb::protocol {

// Google Gemini (models/{model}:generateContent, :streamGenerateContent?alt=sse)
std::unique_ptr<Codec> makeGeminiCodec();
// A stream of :streamGenerateContent without alt=sse: one JSON array of GenerateContentResponse
// objects ("[{...},\r\n{...}]"), sent as they come. `continued`: the array's opening bracket and
// elements went out already (from another encoder), so this one's first element follows a comma.
std::unique_ptr<StreamEncoder> makeGeminiJsonArrayEncoder(bool continued = false);

} // namespace sb::protocol
