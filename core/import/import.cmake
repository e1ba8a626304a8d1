# The importer: format readers hand a SourceDocument to the roadmap reader.
target_sources(roadmap_core PRIVATE
    import/sourcedocument.h
)
target_include_directories(roadmap_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/import)
# Format readers (Word, OpenDocument, Excel, web pages).
include(import/formatreaders.cmake)
