target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/jsonschema.h
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/jsonschema.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/promptset.h
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/promptset.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/leaderboard.h
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/leaderboard.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/comparestore.h
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/comparestore.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/answer.h
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/answer.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/judge.h
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/judge.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/session.h
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/session.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/batchrunner.h
  ${CMAKE_CURRENT_SOURCE_DIR}/compare/batchrunner.cpp)
