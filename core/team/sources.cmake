target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teamstore.h
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teamstore.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teamkeys.h
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teamkeys.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teamclient.h
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teamclient.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teamusage.h
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teamusage.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teammonitor.h
  ${CMAKE_CURRENT_SOURCE_DIR}/team/teammonitor.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/team/sharedratelimit.h
  ${CMAKE_CURRENT_SOURCE_DIR}/team/sharedratelimit.cpp)
