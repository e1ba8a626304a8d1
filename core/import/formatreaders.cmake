# Word, OpenDocument, Excel and web page readers: libzip for the packages, QXmlStreamReader for
# their XML, libxml2's HTML parser for web pages.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
target_sources(roadmap_core PRIVATE
    import/documentformat.cpp import/documentformat.h
    import/docxreader.cpp import/docxreader.h
    import/htmlreader.cpp import/htmlreader.h
    import/odtreader.cpp import/odtreader.h
    import/sourcedocumentresult.h
    import/sourcetext.h
    import/xlsxreader.cpp import/xlsxreader.h
    import/zippackage.cpp import/zippackage.h
)
target_link_libraries(roadmap_core PRIVATE PkgConfig::LIBZIP PkgConfig::LIBXML2)
