# The composition root: the database, ledger, budgets, health, catalog and routing every caller
# shares (Engine), and one thread's router over them (RouterHost).
target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/engine/engine.h
  ${CMAKE_CURRENT_SOURCE_DIR}/engine/engine.cpp)
