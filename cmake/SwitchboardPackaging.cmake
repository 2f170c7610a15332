# What the installed executables need beyond the build: hardening, no RPATH, the application icon.

# Hardening of release packaging builds (packaging/README.md): glibc's checked string and memory
# functions and stack canaries in every object. Off by default because it changes every object file
# (a cold compiler cache); the release packaging builds and the workflow's package jobs turn it on.
# PIE and full RELRO (below) cost nothing and are always on for the installed executables.
option(SWITCHBOARD_HARDENING "Compile with -D_FORTIFY_SOURCE=2 and -fstack-protector-strong (release packaging builds)" OFF)
if(SWITCHBOARD_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  if(ENABLE_SANITIZERS)
    message(FATAL_ERROR "SWITCHBOARD_HARDENING and ENABLE_SANITIZERS exclude each other: the sanitizers replace the checked functions")
  endif()
  # _FORTIFY_SOURCE needs optimisation; -U first so a toolchain default (Ubuntu's =3 or =2) is not redefined
  target_compile_options(switchboard_flags INTERFACE -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2 -fstack-protector-strong)
endif()

include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX)

# sb_harden_executable(TARGET): a position-independent executable, and on ELF systems relocations
# read-only after start-up and every symbol bound at start (-z relro -z now).
function(sb_harden_executable target)
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT WIN32)
    target_link_options(${target} PRIVATE -Wl,-z,relro,-z,now)
  endif()
endfunction()

# Installed Linux binaries carry no RPATH: Qt's qt_standard_project_setup() sets $ORIGIN and
# $ORIGIN/../lib for relocatable installs, but a system package finds its libraries in the system's
# paths and Debian and Fedora policy (lintian, rpmlint) reject an RPATH. The build tree keeps its RPATH.
if(UNIX AND NOT APPLE)
  set(CMAKE_SKIP_INSTALL_RPATH ON)
endif()

# sb_add_app_icon(TARGET): the application icon from the committed PNGs in resources/icons/app
# (scripts/make-icons.sh renders them from resources/icons/switchboard.svg).
#  - macOS: switchboard.icns made at build time by iconutil (packaging/macos/make-icns.sh), in the
#    bundle's Resources and named in Info.plist (CFBundleIconFile)
#  - Windows: switchboard.ico made at build time (packaging/windows/make-ico.py, Python's standard
#    library only), put into the executable's resources by Qt's generated .rc file
#  - Linux installs the SVG (packaging/CMakeLists.txt)
function(sb_add_app_icon target)
  set(png_dir ${PROJECT_SOURCE_DIR}/resources/icons/app)
  if(APPLE)
    set(icns ${CMAKE_CURRENT_BINARY_DIR}/switchboard.icns)
    set(sizes 16 32 64 128 256 512 1024)
  else()
    set(sizes 16 24 32 48 64 128 256) # an .ico entry is at most 256 px
  endif()
  list(TRANSFORM sizes PREPEND ${png_dir}/switchboard- OUTPUT_VARIABLE pngs)
  list(TRANSFORM pngs APPEND .png)
  if(APPLE)
    add_custom_command(OUTPUT ${icns}
                       COMMAND sh ${PROJECT_SOURCE_DIR}/packaging/macos/make-icns.sh ${png_dir} ${icns}
                       DEPENDS ${pngs} ${PROJECT_SOURCE_DIR}/packaging/macos/make-icns.sh
                       COMMENT "Generating switchboard.icns with iconutil" VERBATIM)
    target_sources(${target} PRIVATE ${icns})
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(${target} PROPERTIES MACOSX_BUNDLE_ICON_FILE switchboard.icns)
  elseif(WIN32)
    find_package(Python3 REQUIRED COMPONENTS Interpreter)
    set(ico ${CMAKE_CURRENT_BINARY_DIR}/switchboard.ico)
    add_custom_command(OUTPUT ${ico}
                       COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/packaging/windows/make-ico.py ${ico} ${pngs}
                       DEPENDS ${pngs} ${PROJECT_SOURCE_DIR}/packaging/windows/make-ico.py
                       COMMENT "Generating switchboard.ico" VERBATIM)
    # the .rc file that Qt generates names the icon; the custom target makes it exist before the
    # resource compiler runs
    add_custom_target(${target}_icon DEPENDS ${ico})
    add_dependencies(${target} ${target}_icon)
    set_target_properties(${target} PROPERTIES
      QT_TARGET_RC_ICONS ${ico}
      QT_TARGET_PRODUCT_NAME Switchboard
      QT_TARGET_DESCRIPTION "${PROJECT_DESCRIPTION}"
      QT_TARGET_COMPANY_NAME "Switchboard developers"
      QT_TARGET_COPYRIGHT "Copyright 2026 Switchboard developers, GPL-3.0-or-later"
      QT_TARGET_VERSION ${PROJECT_VERSION})
    set(SWITCHBOARD_ICO ${ico} CACHE INTERNAL "the Windows icon, for the installers")
  endif()
endfunction()
