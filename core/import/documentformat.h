#pragma once

#include <QByteArray>
#include <QString>

namespace core {

/// What a file is, told by its content rather than its name: administrations rename
/// files freely (a .doc that is really .docx, a web page saved as .xls).
enum class DocumentFormat {
    Text,
    Docx,
    Odt,
    Xlsx,
    Html,
    LegacyWord,    ///< Word 97–2003 (.doc), an OLE compound file
    LegacyExcel,   ///< Excel 97–2003 (.xls), an OLE compound file
    Pdf,
    Rtf,
    UnknownZip,    ///< a zip package that is none of the above (.ods, .pptx, an archive)
    UnknownBinary,
};

DocumentFormat detectDocumentFormat(const QByteArray &bytes);

/// Why a file of this format cannot be imported and what to do instead, translated;
/// empty for the formats the importer reads.
QString documentFormatRefusal(DocumentFormat format);

} // namespace core
