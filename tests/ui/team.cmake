sb_add_test(NAME tst_teampage SOURCES tst_teampage.cpp ../core/teamserverfixture.h LIBS switchboard_uitest switchboard_ui Qt6::Network LABELS ui team TIMEOUT 300)
