sb_add_test(NAME tst_knowledge SOURCES tst_knowledge.cpp LIBS switchboard_core LABELS core knowledge)
