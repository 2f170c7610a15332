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
