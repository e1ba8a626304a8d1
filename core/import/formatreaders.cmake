# Word, OpenDocument, Excel and web page readers: libzip for the packages, QXmlStreamReader for
# their XML, libxml2's HTML parser for web pages.
