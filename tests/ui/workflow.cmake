sb_add_test(NAME tst_workflowpage SOURCES tst_workflowpage.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui workflow TIMEOUT 300)
# the workflows written as JSON in single quotes, as the core tests write them
target_include_directories(tst_workflowpage PRIVATE ${CMAKE_SOURCE_DIR}/tests/core)
