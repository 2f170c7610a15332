sb_add_test(NAME tst_comparepage SOURCES tst_comparepage.cpp LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network LABELS ui compare TIMEOUT 180)
# The app killed with SIGKILL during a Compare batch (issue 28): a child process of the test itself.
sb_add_test(NAME tst_comparekill SOURCES tst_comparekill.cpp ../sqlitepeek.h LIBS switchboard_uitest switchboard_ui switchboard_fakes Qt6::Network Qt6::Sql LABELS ui compare TIMEOUT 180)
