sb_add_test(NAME tst_routingpage SOURCES tst_routingpage.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui router)
