sb_add_test(NAME tst_workflowexpression SOURCES tst_workflowexpression.cpp LIBS switchboard_core LABELS core workflow)
sb_add_test(NAME tst_workflowdefinition SOURCES tst_workflowdefinition.cpp LIBS switchboard_core LABELS core workflow)
