# Protocol layer: canonical types, SSE/NDJSON parsers, one codec per wire dialect.
set(SB_PROTOCOL_SOURCES
  types.h types.cpp
  parameters.h parameters.cpp
  codec.h codec.cpp
  jsonutil.h jsonutil.cpp
  jsonscan.h jsonscan.cpp
  sse.h sse.cpp
  ndjson.h ndjson.cpp
  openaichatcodec.h openaichatcodec.cpp
  anthropicmessagescodec.h anthropicmessagescodec.cpp
  openairesponsescodec.h openairesponsescodec.cpp
  geminicodec.h geminicodec.cpp
  geminischema.h geminischema.cpp
  ollamacodec.h ollamacodec.cpp
  documents.h documents.cpp
)
list(TRANSFORM SB_PROTOCOL_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/protocol/)
target_sources(switchboard_core PRIVATE ${SB_PROTOCOL_SOURCES})
