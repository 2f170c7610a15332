sb_add_test(NAME tst_comparepage SOURCES tst_comparepage.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui compare TIMEOUT 180)
