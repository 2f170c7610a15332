target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/chat/conversationstore.h
  ${CMAKE_CURRENT_SOURCE_DIR}/chat/conversationstore.cpp)
