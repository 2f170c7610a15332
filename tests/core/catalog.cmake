sb_add_test(NAME tst_catalog SOURCES tst_catalog.cpp LIBS switchboard_core LABELS core catalog)
