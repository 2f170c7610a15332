target_sources(switchboard_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/knowledgepage.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/knowledgepage.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/knowledge/collectiondialog.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/knowledge/collectiondialog.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/knowledge/documentsmodel.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/knowledge/documentsmodel.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/knowledge/urldialog.h
  ${CMAKE_CURRENT_SOURCE_DIR}/pages/knowledge/urldialog.cpp)
