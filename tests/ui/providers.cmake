sb_add_test(NAME tst_providerspage SOURCES tst_providerspage.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui providers)
sb_add_test(NAME tst_welcome SOURCES tst_welcome.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui providers keychain)
sb_add_test(NAME tst_networksettings SOURCES tst_networksettings.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui providers)
