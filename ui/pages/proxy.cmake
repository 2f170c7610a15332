target_sources(switchboard_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/proxypage.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/proxypage.cpp)
