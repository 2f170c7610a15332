sb_add_test(NAME tst_routingconfig SOURCES tst_routingconfig.cpp LIBS switchboard_core LABELS core router)
sb_add_test(NAME tst_health SOURCES tst_health.cpp LIBS switchboard_core LABELS core router)
sb_add_test(NAME tst_router SOURCES tst_router.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core router TIMEOUT 300)
