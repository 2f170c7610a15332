# Protocol layer tests: parsers, canonical types, one test per codec, cross-dialect round trips.
foreach(t tst_jsonscan tst_sse tst_ndjson tst_protocoltypes tst_protocolcross tst_openaichatcodec tst_anthropicmessagescodec tst_openairesponsescodec tst_geminicodec tst_ollamacodec)
  sb_add_test(NAME ${t} SOURCES ${t}.cpp LIBS switchboard_core LABELS core protocol)
endforeach()
