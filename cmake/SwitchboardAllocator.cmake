# The executables' malloc. mimalloc by default on Linux and macOS: the proxy allocates and frees a few
# dozen small blocks per request on two threads, and glibc's malloc was 13 % of the headless proxy's CPU
# at 64 connections. Same box, same run: 15.0-15.3k req/s and 0.097-0.099 ms CPU per request with
# mimalloc against 12.3-12.5k and 0.119-0.121 with glibc (tcmalloc and jemalloc measured too: tcmalloc
# the same as mimalloc with a larger idle RSS, jemalloc half the gain; bench/proxy/results-2026-11-26b.md).
# Linked as a shared library it replaces malloc/free for the whole process, Qt's allocations included:
# `switchboard-cli --version` checks that at run time and tst_cli asserts it.
#   -DSWITCHBOARD_ALLOCATOR=system   keeps the platform's allocator (Windows, sanitizer builds: always)
set(SWITCHBOARD_ALLOCATOR "" CACHE STRING "mimalloc or system (empty: mimalloc on Linux/macOS unless the sanitizers are on)")
set(_sb_allocator "${SWITCHBOARD_ALLOCATOR}")
if(_sb_allocator STREQUAL "")
  if(ENABLE_SANITIZERS OR WIN32)
    set(_sb_allocator system)
  else()
    set(_sb_allocator mimalloc)
  endif()
endif()
if(NOT _sb_allocator MATCHES "^(mimalloc|system)$")
  message(FATAL_ERROR "SWITCHBOARD_ALLOCATOR is '${_sb_allocator}': use mimalloc or system")
endif()
if(_sb_allocator STREQUAL "mimalloc")
  if(ENABLE_SANITIZERS)
    message(FATAL_ERROR "SWITCHBOARD_ALLOCATOR=mimalloc and ENABLE_SANITIZERS exclude each other (ASan brings its own malloc)")
  endif()
  if(WIN32)
    message(FATAL_ERROR "SWITCHBOARD_ALLOCATOR=mimalloc is not wired up for Windows (it needs mimalloc-redirect.dll): use system")
  endif()
  find_package(mimalloc 2.0 CONFIG)
  if(NOT mimalloc_FOUND)
    message(FATAL_ERROR "mimalloc was not found: install libmimalloc-dev (Debian/Ubuntu) or mimalloc (Homebrew), "
                        "or configure with -DSWITCHBOARD_ALLOCATOR=system")
  endif()
endif()
set(SB_ALLOCATOR "${_sb_allocator}" CACHE INTERNAL "the allocator the executables link")
message(STATUS "Switchboard executables' allocator: ${SB_ALLOCATOR}")

# sb_use_allocator(target): links the chosen allocator into an executable. The target compiles
# app/allocator.cpp (sb::allocatorName()), whose call into mimalloc keeps the library among the
# executable's needed libraries even under --as-needed.
function(sb_use_allocator target)
  if(SB_ALLOCATOR STREQUAL "mimalloc")
    target_link_libraries(${target} PRIVATE mimalloc)
    target_compile_definitions(${target} PRIVATE SB_ALLOCATOR_MIMALLOC)
  endif()
endfunction()
