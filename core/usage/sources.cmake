target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/callrecord.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/callrecord.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/ledger.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/ledger.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/queries.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/queries.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/budgets.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/budgets.cpp)

# The ledger writer binds through SQLite's C API on the connection of Qt's QSQLITE driver, which on
# Debian uses the system libsqlite3: the same library (checked at run time, see ledger.cpp).
find_package(SQLite3 REQUIRED)
target_link_libraries(switchboard_core PRIVATE SQLite::SQLite3)
