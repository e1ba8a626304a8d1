# The importer: format readers hand a SourceDocument to the roadmap reader.
target_sources(roadmap_core PRIVATE
    import/columnrole.cpp import/columnrole.h
    import/planreader.cpp import/planreader.h
    import/roadmapimportresult.h
    import/sourcedocument.h import/sourcedocumentresult.h import/sourceplace.cpp
    import/textreader.cpp import/textreader.h
)
target_include_directories(roadmap_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/import)
# Format readers (Word, OpenDocument, Excel, web pages).
include(import/formatreaders.cmake)
