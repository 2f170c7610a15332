sb_add_test(NAME tst_providerclient SOURCES tst_providerclient.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core providers)
sb_add_test(NAME tst_networkproxy SOURCES tst_networkproxy.cpp LIBS switchboard_core Qt6::Network LABELS core providers)
sb_add_test(NAME tst_networkproxycalls SOURCES tst_networkproxycalls.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core providers)
sb_add_test(NAME tst_networktls SOURCES tst_networktls.cpp LIBS switchboard_core Qt6::Network LABELS core providers)
