target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/advice.h
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/advice.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/directtransport.h
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/firstrun.h
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/firstrun.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/networkproxy.h
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/networkproxy.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/presets.h
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/presets.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/providerclient.h
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/providerclient.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/tlsproxyrelay.h
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/tlsproxyrelay.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/registry.h
  ${CMAKE_CURRENT_SOURCE_DIR}/providers/registry.cpp)
