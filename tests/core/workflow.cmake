sb_add_test(NAME tst_workflowexpression SOURCES tst_workflowexpression.cpp LIBS switchboard_core LABELS core workflow)
sb_add_test(NAME tst_workflowdefinition SOURCES tst_workflowdefinition.cpp LIBS switchboard_core LABELS core workflow)
sb_add_test(NAME tst_workflowrun SOURCES tst_workflowrun.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core workflow)
sb_add_test(NAME tst_workflowresume SOURCES tst_workflowresume.cpp LIBS switchboard_core switchboard_fakes Qt6::Network LABELS core workflow)
