sb_add_test(NAME tst_usagepage SOURCES tst_usagepage.cpp LIBS switchboard_uitest switchboard_ui LABELS ui usage)
