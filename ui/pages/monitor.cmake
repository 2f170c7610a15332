target_sources(switchboard_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitorpage.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitorpage.cpp)
