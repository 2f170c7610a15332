# One INTERFACE target with the strict flags every Switchboard target links.
add_library(switchboard_flags INTERFACE)
add_library(Switchboard::flags ALIAS switchboard_flags)
target_compile_features(switchboard_flags INTERFACE cxx_std_20)
target_compile_definitions(switchboard_flags INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(switchboard_flags INTERFACE -Wall -Wextra -Wpedantic
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> $<$<CXX_COMPILER_ID:Clang,AppleClang>:-Wshadow-uncaptured-local>
    -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wformat=2)
  if(WARNINGS_AS_ERRORS)
    target_compile_options(switchboard_flags INTERFACE -Werror)
  endif()
  if(ENABLE_SANITIZERS)
    target_compile_options(switchboard_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    # GCC optimising and describing UBSan's checks is what made this build slow, not the checks: one
    # test file took 122 s of CPU at -O2 -g, 78 s at -O1 -g, 49 s at -O1 -g1 and 29 s at -Og -g1
    # (20 s plain -O2 -g). -Og keeps every check and line tables (-g1) keep the reports' file:line.
    # These come after the build type's -O2 -g on the command line, so they win.
    target_compile_options(switchboard_flags INTERFACE $<$<CXX_COMPILER_ID:GNU>:-Og> $<$<CXX_COMPILER_ID:Clang,AppleClang>:-O1> -g1)
    # GCC 12 reports false "maybe uninitialized" warnings in Qt's inline code once ASan instruments it
    target_compile_options(switchboard_flags INTERFACE $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
    target_link_options(switchboard_flags INTERFACE -fsanitize=address,undefined)
  endif()
elseif(MSVC)
  target_compile_options(switchboard_flags INTERFACE /W4 /permissive- /utf-8)
  if(WARNINGS_AS_ERRORS)
    target_compile_options(switchboard_flags INTERFACE /WX)
  endif()
  if(ENABLE_SANITIZERS)
    target_compile_options(switchboard_flags INTERFACE /fsanitize=address)
  endif()
endif()

# The linker. Linking ~45 executables against the static core and Qt dominated incremental builds with
# GNU ld; mold and lld link the same objects several times faster (figures in the commit that chose
# the order). auto takes the first of mold, lld that the compiler accepts, else the compiler's default.
set(SWITCHBOARD_LINKER "auto" CACHE STRING "Linker: auto, mold, lld, bfd, gold or default (the compiler's)")
set_property(CACHE SWITCHBOARD_LINKER PROPERTY STRINGS auto mold lld bfd gold default)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT SWITCHBOARD_LINKER STREQUAL "default")
  include(CheckLinkerFlag)
  if(SWITCHBOARD_LINKER STREQUAL "auto")
    set(_sb_linkers mold lld)
  else()
    set(_sb_linkers ${SWITCHBOARD_LINKER})
  endif()
  set(_sb_linker "")
  foreach(l IN LISTS _sb_linkers)
    check_linker_flag(CXX "-fuse-ld=${l}" SB_HAVE_LINKER_${l})
    if(SB_HAVE_LINKER_${l})
      set(_sb_linker ${l})
      break()
    endif()
  endforeach()
  if(_sb_linker)
    target_link_options(switchboard_flags INTERFACE -fuse-ld=${_sb_linker})
    message(STATUS "Linker: ${_sb_linker}")
  elseif(NOT SWITCHBOARD_LINKER STREQUAL "auto")
    message(FATAL_ERROR "SWITCHBOARD_LINKER=${SWITCHBOARD_LINKER}: the compiler does not accept -fuse-ld=${SWITCHBOARD_LINKER}")
  endif()
endif()

# Debug info is most of each executable's size: every test links the static core and ui with their
# line tables, and a clean checkout's two builds (plain and sanitized) filled the CI machine's disk.
# zlib-compressed debug sections halve each executable for a fraction of a second per link; zstd would
# shrink them a little more, but this system's sanitizer symbolizer cannot read it (reports lose
# file:line), and gdb and addr2line read zlib.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT WIN32)
  include(CheckLinkerFlag)
  check_linker_flag(CXX "-Wl,--compress-debug-sections=zlib" SB_HAVE_COMPRESSED_DEBUG)
  if(SB_HAVE_COMPRESSED_DEBUG)
    target_link_options(switchboard_flags INTERFACE -Wl,--compress-debug-sections=zlib)
  endif()
endif()
