#include "documentformat.h"

#include "zippackage.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr qsizetype htmlSniffLength = 64 * 1024;

DocumentFormat zipFormat(const QByteArray &bytes)
{
    ZipPackage package(bytes);
    if (!package.isOpen())
        return DocumentFormat::UnknownZip;
    if (package.contains(u"word/document.xml"_s))
        return DocumentFormat::Docx;
    if (package.contains(u"xl/workbook.xml"_s))
        return DocumentFormat::Xlsx;
    if (package.contains(u"mimetype"_s)) {
        const std::optional<QByteArray> mimeType = package.read(u"mimetype"_s);
        if (mimeType && mimeType->trimmed() == "application/vnd.oasis.opendocument.text")
            return DocumentFormat::Odt;
    }
    return DocumentFormat::UnknownZip;
}

/// An OLE compound file names its streams in UTF-16LE in its directory.
bool containsUtf16Name(const QByteArray &bytes, QStringView name)
{
    QByteArray pattern;
    for (QChar c : name) {
        pattern.append(char(c.unicode() & 0xff));
        pattern.append(char(c.unicode() >> 8));
    }
    return bytes.contains(pattern);
}

/// The text after a byte-order mark, whitespace, an XML declaration and comments.
QStringView skipProlog(QStringView text)
{
    for (;;) {
        text = text.trimmed();
        if (text.startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->");
            if (end < 0)
                return {};
            text = text.mid(end + 3);
        } else if (text.startsWith(u"<?")) {
            const qsizetype end = text.indexOf(u"?>");
            if (end < 0)
                return {};
            text = text.mid(end + 2);
        } else {
            return text;
        }
    }
}

bool looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(htmlSniffLength);
    QString text;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16, QStringDecoder::Flag::ConvertInitialBom);
        text = decoder.decode(head);
    } else {
        // The markers are ASCII in UTF-8 and every single-byte Cyrillic encoding alike.
        text = QString::fromLatin1(head);
    }
    if (text.startsWith(QChar(0xFEFF)) || text.startsWith(u"\u00EF\u00BB\u00BF"))
        text.remove(0, text.startsWith(QChar(0xFEFF)) ? 1 : 3);
    const QStringView start = skipProlog(text);
    if (start.startsWith(u"<!doctype html", Qt::CaseInsensitive) || start.startsWith(u"<html", Qt::CaseInsensitive))
        return true;
    return text.contains(u"<table", Qt::CaseInsensitive)
        && (text.contains(u"<tr", Qt::CaseInsensitive) || text.contains(u"<td", Qt::CaseInsensitive));
}

} // namespace

DocumentFormat detectDocumentFormat(const QByteArray &bytes)
{
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return zipFormat(bytes);
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (containsUtf16Name(bytes, u"WordDocument"))
            return DocumentFormat::LegacyWord;
        if (containsUtf16Name(bytes, u"Workbook") || containsUtf16Name(bytes, u"Book"))
            return DocumentFormat::LegacyExcel;
        return DocumentFormat::LegacyWord;
    }
    const QByteArray head = bytes.left(1024);
    if (head.contains("%PDF-"))
        return DocumentFormat::Pdf;
    if (skipProlog(QString::fromLatin1(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head)).startsWith(u"{\\rtf"))
        return DocumentFormat::Rtf;
    if (looksLikeHtml(bytes))
        return DocumentFormat::Html;
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && bytes.left(htmlSniffLength).contains('\0'))
        return DocumentFormat::UnknownBinary;
    return DocumentFormat::Text;
}

QString documentFormatRefusal(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Text:
    case DocumentFormat::Docx:
    case DocumentFormat::Odt:
    case DocumentFormat::Xlsx:
    case DocumentFormat::Html:
        return {};
    case DocumentFormat::LegacyWord:
        return QCoreApplication::translate("core",
            "This is an old Word 97–2003 document (.doc). Open it in Word or LibreOffice and save it as .docx, "
            "then import that file.");
    case DocumentFormat::LegacyExcel:
        return QCoreApplication::translate("core",
            "This is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx, "
            "then import that file.");
    case DocumentFormat::Pdf:
        return QCoreApplication::translate("core",
            "This is a PDF file. A PDF keeps no table structure; import the Word, web page or Excel file of the plan, "
            "or copy the table into a .docx.");
    case DocumentFormat::Rtf:
        return QCoreApplication::translate("core",
            "This is an RTF document. Open it in Word or LibreOffice and save it as .docx, then import that file.");
    case DocumentFormat::UnknownZip:
        return QCoreApplication::translate("core",
            "This is a zip package but not a Word (.docx), OpenDocument text (.odt) or Excel (.xlsx) file. "
            "If it is an archive, unpack it and import the plan inside.");
    case DocumentFormat::UnknownBinary:
        return QCoreApplication::translate("core",
            "This file is neither text nor a document the importer reads. Save the plan as .docx, .odt, .xlsx, "
            "a web page or text, then import that file.");
    }
    return {};
}

} // namespace core
