target_sources(switchboard_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/playgroundpage.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/playgroundpage.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/playground/chatsettings.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/playground/chatsettings.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/playground/composer.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/playground/composer.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/playground/conversationlist.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/playground/conversationlist.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/playground/storequeue.h
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/codehighlight.h
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/codehighlight.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/knowledgepicker.h
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/knowledgepicker.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/sourcedialog.h
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/sourcedialog.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/markdownview.h
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/markdownview.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/messageview.h
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/messageview.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/modelpicker.h
  ${CMAKE_CURRENT_SOURCE_DIR}/widgets/modelpicker.cpp)
# A static KSyntaxHighlighting (the private KF5 build for Qt 6) carries its definitions and themes as Qt
# resources that the application must initialise itself.
get_target_property(SB_SYNTAX_TYPE ${SWITCHBOARD_SYNTAX_TARGET} TYPE)
if(SB_SYNTAX_TYPE STREQUAL "STATIC_LIBRARY")
  set_property(SOURCE ${CMAKE_CURRENT_SOURCE_DIR}/widgets/codehighlight.cpp APPEND PROPERTY COMPILE_DEFINITIONS SB_SYNTAX_STATIC)
endif()
