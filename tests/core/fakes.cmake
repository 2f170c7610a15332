# Tests of the fake upstream servers themselves (tests/fakes).
if(TARGET switchboard_fakes)
  sb_add_test(NAME tst_fakeupstream SOURCES tst_fakeupstream.cpp LIBS switchboard_fakes Qt6::Network LABELS fakes)
  add_dependencies(tst_fakeupstream switchboard-fake-upstream)
endif()
