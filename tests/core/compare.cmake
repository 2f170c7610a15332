sb_add_test(NAME tst_comparechecks SOURCES tst_comparechecks.cpp LIBS switchboard_core LABELS core compare)
sb_add_test(NAME tst_comparestore SOURCES tst_comparestore.cpp LIBS switchboard_core LABELS core compare)
sb_add_test(NAME tst_comparerun SOURCES tst_comparerun.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core compare)
sb_add_test(NAME tst_compareknowledge SOURCES tst_compareknowledge.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core compare knowledge)
