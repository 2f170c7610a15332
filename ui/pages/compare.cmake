target_sources(switchboard_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/comparepage.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/comparepage.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/compare/batchpanel.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/compare/batchpanel.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/compare/comparepane.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/compare/comparepane.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/compare/leaderboardpanel.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/compare/leaderboardpanel.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/compare/livepanel.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/compare/livepanel.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/compare/tables.h)
