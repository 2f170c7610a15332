#pragma once

#include "protocol/codec.h"

namespace sb::protocol {

// Ollama native chat (/api/chat, NDJSON streams)
std::unique_ptr<Codec> makeOllamaCodec();

} // namespace sb::protocol
