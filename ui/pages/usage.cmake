target_sources(switchboard_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usagepage.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usagepage.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usage/budgetspanel.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usage/budgetspanel.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usage/callspanel.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usage/callspanel.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usage/cells.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usage/charts.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usage/charts.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usage/usagedata.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/usage/usagedata.cpp)
