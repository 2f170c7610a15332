sb_add_test(NAME tst_proxypage SOURCES tst_proxypage.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui proxy)
