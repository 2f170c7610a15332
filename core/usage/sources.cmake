target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/callrecord.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/callrecord.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/ledger.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/ledger.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/queries.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/queries.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/budgets.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/budgets.cpp)
