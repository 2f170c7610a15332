sb_add_test(NAME tst_knowledgepage SOURCES tst_knowledgepage.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui knowledge TIMEOUT 900)
