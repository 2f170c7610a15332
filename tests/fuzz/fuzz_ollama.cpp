// libFuzzer target: the ollama stream decoder (see fuzzsupport.h for the checks).
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return sb::fuzz::fuzzStreamDecoder(sb::protocol::Dialect::Ollama, data, size);
}
