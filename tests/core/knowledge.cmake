sb_add_test(NAME tst_knowledge SOURCES tst_knowledge.cpp LIBS switchboard_core LABELS core knowledge)
sb_add_test(NAME tst_knowledgesearch SOURCES tst_knowledgesearch.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core knowledge)
sb_add_test(NAME tst_vectorindex SOURCES tst_vectorindex.cpp LIBS switchboard_core LABELS core knowledge)
sb_add_test(NAME tst_knowledgegolden SOURCES tst_knowledgegolden.cpp LIBS switchboard_core LABELS core knowledge)
