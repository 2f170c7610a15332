# The release feed (packaging/README.md, "Release feed"): where the app looks for news, and whether this
# install is managed (then automatic checks are off by default). Packagers set these.
# Empty by default: the project has no site yet, and a made-up address would fail once a day on every
# install. Without one, automatic checks do nothing until the user names a feed in Settings, Updates.
set(SWITCHBOARD_RELEASE_FEED_URL "" CACHE STRING
  "The release feed the app checks for news (empty: none built in; Settings, Updates can name one)")
option(SWITCHBOARD_MANAGED_INSTALL "A managed install (distribution or Flatpak package): automatic update checks off by default" OFF)
if(SWITCHBOARD_MANAGED_INSTALL)
  set(SWITCHBOARD_MANAGED_BUILD true)
else()
  set(SWITCHBOARD_MANAGED_BUILD false)
endif()
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/updates/buildconfig.h.in ${CMAKE_CURRENT_BINARY_DIR}/generated/updates/buildconfig.h @ONLY)

target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/updates/feed.h
  ${CMAKE_CURRENT_SOURCE_DIR}/updates/feed.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/updates/updatechecker.h
  ${CMAKE_CURRENT_SOURCE_DIR}/updates/updatechecker.cpp)
