target_sources(switchboard_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/chunker.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/chunker.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/context.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/context.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/documents.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/documents.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/evaluation.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/evaluation.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/extract.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/extract.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/fetch.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/fetch.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/pdftext.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/pdftext.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/ingest.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/ingest.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/rerank.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/rerank.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/retrieval.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/retrieval.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/store.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/store.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/vectorindex.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/vectorindex.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/watcher.h
  ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/watcher.cpp)

# The knowledge base's readers of binary formats. Each is optional so that a platform without the
# library still builds; a file of a kind the build cannot read is listed as skipped with the reason
# (knowledge::unsupportedReason). scripts/deps.sh installs all three on Debian and Ubuntu.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(SB_POPPLER IMPORTED_TARGET poppler-qt6)
  pkg_check_modules(SB_LIBZIP IMPORTED_TARGET libzip)
  pkg_check_modules(SB_TESSERACT IMPORTED_TARGET tesseract)
endif()
include(FeatureSummary)
add_feature_info("PDF import" SB_POPPLER_FOUND "knowledge base reads PDF files (poppler-qt6)")
add_feature_info("DOCX/ODT/EPUB import" SB_LIBZIP_FOUND "knowledge base reads office documents and e-books (libzip)")
add_feature_info("OCR" SB_TESSERACT_FOUND "knowledge base reads images and scanned PDF pages (Tesseract)")
if(SB_POPPLER_FOUND OR SB_TESSERACT_FOUND)
  find_package(Qt6 REQUIRED COMPONENTS Gui) # QImage: rendered PDF pages, images for OCR
  target_link_libraries(switchboard_core PRIVATE Qt6::Gui)
endif()
if(SB_POPPLER_FOUND)
  target_link_libraries(switchboard_core PRIVATE PkgConfig::SB_POPPLER)
  target_compile_definitions(switchboard_core PRIVATE SB_HAVE_POPPLER)
endif()
if(SB_LIBZIP_FOUND)
  target_link_libraries(switchboard_core PRIVATE PkgConfig::SB_LIBZIP)
  target_compile_definitions(switchboard_core PRIVATE SB_HAVE_LIBZIP)
endif()
if(SB_TESSERACT_FOUND)
  target_link_libraries(switchboard_core PRIVATE PkgConfig::SB_TESSERACT)
  target_compile_definitions(switchboard_core PRIVATE SB_HAVE_TESSERACT)
endif()

# hnswlib (header only): the approximate vector index of large collections (knowledge/vectorindex.h).
find_path(SB_HNSWLIB_INCLUDE_DIR hnswlib/hnswlib.h)
if(NOT SB_HNSWLIB_INCLUDE_DIR)
  message(FATAL_ERROR "hnswlib not found: install libhnswlib-dev (Debian, Ubuntu; scripts/deps.sh does), "
                      "hnswlib (Homebrew, vcpkg), or pass -DSB_HNSWLIB_INCLUDE_DIR=<dir containing hnswlib/>")
endif()
target_include_directories(switchboard_core SYSTEM PRIVATE ${SB_HNSWLIB_INCLUDE_DIR})
# hnswlib 0.6.2's SSE path prefetches through the index one past a full link list (hnswalg.h,
# searchBaseLayer): harmless as a prefetch hint, but a heap over-read that AddressSanitizer reports.
# Sanitizer builds compile the index without the hand-written vector code; they measure no speed.
if(ENABLE_SANITIZERS)
  set_property(SOURCE ${CMAKE_CURRENT_SOURCE_DIR}/knowledge/vectorindex.cpp APPEND PROPERTY COMPILE_DEFINITIONS NO_MANUAL_VECTORIZATION)
endif()
