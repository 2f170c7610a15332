sb_add_test(NAME tst_playgroundpage SOURCES tst_playgroundpage.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui chat)
sb_add_test(NAME tst_markdownview SOURCES tst_markdownview.cpp LIBS switchboard_uitest switchboard_ui LABELS ui chat)
