sb_add_test(NAME tst_proxy SOURCES tst_proxy.cpp LIBS switchboard_core switchboard_fakes Qt6::Network Qt6::Sql LABELS core proxy TIMEOUT 300)
sb_add_test(NAME tst_directhttp SOURCES tst_directhttp.cpp LIBS switchboard_core Qt6::Network LABELS core proxy)
sb_add_test(NAME tst_proxyhttp SOURCES tst_proxyhttp.cpp LIBS switchboard_core LABELS core proxy)
sb_add_test(NAME tst_proxyknowledge SOURCES tst_proxyknowledge.cpp LIBS switchboard_core switchboard_fakes Qt6::Network Qt6::Sql LABELS core proxy knowledge TIMEOUT 300)
