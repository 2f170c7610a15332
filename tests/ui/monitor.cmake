sb_add_test(NAME tst_monitorpage SOURCES tst_monitorpage.cpp LIBS switchboard_uitest switchboard_ui LABELS ui monitor TIMEOUT 300)
sb_add_test(NAME tst_monitorcanaries SOURCES tst_monitorcanaries.cpp LIBS switchboard_uitest switchboard_ui LABELS ui monitor TIMEOUT 300)
sb_add_test(NAME tst_monitoringeditor SOURCES tst_monitoringeditor.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui monitor TIMEOUT 300)
