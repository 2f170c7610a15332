# Tests of the fake upstream servers themselves (tests/fakes).
if(TARGET switchboard_fakes)
  sb_add_test(NAME tst_fakeupstream SOURCES tst_fakeupstream.cpp LIBS switchboard_fakes Qt6::Network LABELS fakes)
  target_compile_definitions(tst_fakeupstream PRIVATE
    SB_FAKE_UPSTREAM_EXE="$<TARGET_FILE:switchboard-fake-upstream>")
  add_dependencies(tst_fakeupstream switchboard-fake-upstream)
endif()
