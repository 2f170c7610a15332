sb_add_test(NAME tst_ledger SOURCES tst_ledger.cpp LIBS switchboard_core LABELS core usage)
sb_add_test(NAME tst_usagequeries SOURCES tst_usagequeries.cpp LIBS switchboard_core LABELS core usage)
sb_add_test(NAME tst_budgets SOURCES tst_budgets.cpp LIBS switchboard_core LABELS core usage)
sb_add_test(NAME tst_budgetreservations SOURCES tst_budgetreservations.cpp LIBS switchboard_core Qt6::Sql LABELS core usage)
