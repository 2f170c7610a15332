target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/timeseries.h
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/timeseries.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/routinghistory.h
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/routinghistory.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/config.h
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/config.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/alerts.h
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/alerts.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/evaluator.h
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/evaluator.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/service.h
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/service.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/webhook.h
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/webhook.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/prometheus.h
  ${CMAKE_CURRENT_SOURCE_DIR}/monitor/prometheus.cpp)
