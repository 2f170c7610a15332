target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/agentsettings.h ${CMAKE_CURRENT_SOURCE_DIR}/proxy/agentsettings.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/directhttp.h ${CMAKE_CURRENT_SOURCE_DIR}/proxy/directhttp.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/http.h ${CMAKE_CURRENT_SOURCE_DIR}/proxy/http.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/knowledgeendpoints.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/metricsendpoint.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/knowledgeservice.h ${CMAKE_CURRENT_SOURCE_DIR}/proxy/knowledgeservice.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/proxyserver.h ${CMAKE_CURRENT_SOURCE_DIR}/proxy/proxyserver.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/proxyworker.h ${CMAKE_CURRENT_SOURCE_DIR}/proxy/proxyworker.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/socketwrite.h ${CMAKE_CURRENT_SOURCE_DIR}/proxy/socketwrite.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/teamendpoints.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/workflowendpoint.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/proxy/workflowservice.h ${CMAKE_CURRENT_SOURCE_DIR}/proxy/workflowservice.cpp)
