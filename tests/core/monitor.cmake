sb_add_test(NAME tst_monitorqueries SOURCES tst_monitorqueries.cpp LIBS switchboard_core LABELS core monitor)
sb_add_test(NAME tst_monitorslo SOURCES tst_monitorslo.cpp LIBS switchboard_core LABELS core monitor)
sb_add_test(NAME tst_monitorconfig SOURCES tst_monitorconfig.cpp LIBS switchboard_core LABELS core monitor)
sb_add_test(NAME tst_monitorwebhook SOURCES tst_monitorwebhook.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core monitor)
