sb_add_test(NAME tst_proxy SOURCES tst_proxy.cpp LIBS switchboard_core switchboard_fakes Qt6::Network Qt6::Sql LABELS core proxy TIMEOUT 300)
