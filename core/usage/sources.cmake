target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/callrecord.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/callrecord.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/ledger.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/ledger.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/ledgerwriter.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/ledgerwriter.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/loghistogram.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/loghistogram.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/monitorrollups.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/monitorrollups.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/queries.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/queries.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/budgets.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/budgets.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/reservations.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/reservations.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/retention.h
  ${CMAKE_CURRENT_SOURCE_DIR}/usage/retention.cpp)

# The ledger writer binds through SQLite's C API on the connection of Qt's QSQLITE driver. That is only
# safe when the driver uses the same SQLite library as this build (two copies of SQLite in one process
# must not share connections or files): distributions' Qt (Debian, Fedora, Homebrew) links the system
# libsqlite3. Qt's own installers and builds with a bundled SQLite do not: turn the option off there
# (the writer then binds through QSqlQuery). At run time the writer also compares sqlite_source_id().
if(UNIX)
  set(_sb_sqlite_default ON)
else()
  set(_sb_sqlite_default OFF)
endif()
option(SB_LEDGER_SQLITE_C_API "Ledger writer binds through the system SQLite's C API (Qt's QSQLITE must use the same library)" ${_sb_sqlite_default})
if(SB_LEDGER_SQLITE_C_API)
  find_package(SQLite3 REQUIRED)
  target_link_libraries(switchboard_core PRIVATE SQLite::SQLite3)
  target_compile_definitions(switchboard_core PRIVATE SB_LEDGER_SQLITE_C_API=1)
endif()
