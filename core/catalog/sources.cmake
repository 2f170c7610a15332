target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/catalog/catalog.h
  ${CMAKE_CURRENT_SOURCE_DIR}/catalog/catalog.cpp)
