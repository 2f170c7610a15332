sb_add_test(NAME tst_conversationstore SOURCES tst_conversationstore.cpp LIBS switchboard_core LABELS core chat)
