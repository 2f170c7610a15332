target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/chunker.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/chunker.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/extract.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/extract.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/ingest.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/ingest.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/retrieval.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/retrieval.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/store.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/store.cpp)
