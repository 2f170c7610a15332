sb_add_test(NAME tst_providerclient SOURCES tst_providerclient.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core providers)
