target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/router/routingconfig.h
  ${CMAKE_CURRENT_SOURCE_DIR}/router/routingconfig.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/router/health.h
  ${CMAKE_CURRENT_SOURCE_DIR}/router/health.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/router/router.h
  ${CMAKE_CURRENT_SOURCE_DIR}/router/router.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/router/trace.cpp)
