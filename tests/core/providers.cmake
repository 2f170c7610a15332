sb_add_test(NAME tst_providerclient SOURCES tst_providerclient.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core providers)
sb_add_test(NAME tst_networkproxy SOURCES tst_networkproxy.cpp LIBS switchboard_core Qt6::Network LABELS core providers)
sb_add_test(NAME tst_networkproxycalls SOURCES tst_networkproxycalls.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core providers)
sb_add_test(NAME tst_firstrun SOURCES tst_firstrun.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core providers)
