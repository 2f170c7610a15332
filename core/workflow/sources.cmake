target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/definition.h
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/definition.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/diff.h
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/diff.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/expression.h
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/expression.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/runner.h
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/runner.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/runstore.h
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/runstore.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/templates.h
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/templates.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/versionstore.h
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/versionstore.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/workflowfile.h
  ${CMAKE_CURRENT_SOURCE_DIR}/workflow/workflowfile.cpp)
