sb_add_test(NAME tst_updates SOURCES tst_updates.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core updates)
