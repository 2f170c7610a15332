target_sources(switchboard_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitorpage.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitorpage.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitor/timechart.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitor/timechart.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitor/canaryeditor.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitor/canaryeditor.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitor/canarypanel.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitor/monitoringeditor.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitor/monitoringeditor.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/monitor/canarypanel.cpp)
