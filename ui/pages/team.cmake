target_sources(switchboard_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/teampage.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/teampage.cpp)
