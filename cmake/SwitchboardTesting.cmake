# sb_use_test_paths(<target>): tests/testpaths.h for the target. Only a path relative to the executables'
# folder is compiled in (no absolute path of this checkout), so that a clone elsewhere compiles the same
# objects and hits the compiler cache.
function(sb_use_test_paths target)
  file(RELATIVE_PATH from_bin "${CMAKE_RUNTIME_OUTPUT_DIRECTORY}" "${CMAKE_SOURCE_DIR}")
  if(from_bin STREQUAL "")
    set(from_bin ".")
  endif()
  target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  target_compile_definitions(${target} PRIVATE SB_TEST_SOURCE_FROM_BIN="${from_bin}")
endfunction()

# sb_add_test(NAME <tst_name> SOURCES ... LIBS ... [GUI])
# One executable per test, registered with ctest. Core tests link switchboard_core only.
function(sb_add_test)
  cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS} switchboard_flags)
  sb_use_test_paths(${T_NAME})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set(env "QT_QPA_PLATFORM=offscreen")
  if(ENABLE_SANITIZERS)
    list(APPEND env "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1" "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}" ENVIRONMENT "${env}")
  # ctest runs tests in parallel (-j): the ones that write to the one session keychain take turns.
  # Every network test listens on an ephemeral port, so no test needs a lock for a fixed port.
  if("keychain" IN_LIST T_LABELS)
    set_tests_properties(${T_NAME} PROPERTIES RESOURCE_LOCK keychain)
  endif()
endfunction()
