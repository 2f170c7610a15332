# sb_add_test(NAME <tst_name> SOURCES ... LIBS ... [GUI])
# One executable per test, registered with ctest. Core tests link switchboard_core only.
function(sb_add_test)
  cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS} switchboard_flags)
  target_compile_definitions(${T_NAME} PRIVATE
    SB_TEST_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    SB_TEST_BINARY_DIR="${CMAKE_BINARY_DIR}"
    SB_TEST_FIXTURES_DIR="${CMAKE_SOURCE_DIR}/tests/fixtures"
    SB_TEST_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots"
    SB_TEST_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set(env "QT_QPA_PLATFORM=offscreen")
  if(ENABLE_SANITIZERS)
    list(APPEND env "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1" "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}" ENVIRONMENT "${env}")
endfunction()
