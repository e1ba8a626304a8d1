#include "odtpackage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <tuple>

namespace ui {

namespace {

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");

QString tr(const char *text)
{
    return QCoreApplication::translate("ui", text);
}

QString millimetres(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("mm");
}

/// A CSS-style family name as ODF wants it: quoted when it has spaces.
QString familyValue(const QString &family)
{
    return family.contains(u' ') ? u'\'' + family + u'\'' : family;
}

QByteArray stylesXml(const OdtPackage::Page &page)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(officeNs, QStringLiteral("office"));
    xml.writeNamespace(styleNs, QStringLiteral("style"));
    xml.writeNamespace(textNs, QStringLiteral("text"));
    xml.writeNamespace(foNs, QStringLiteral("fo"));
    xml.writeStartElement(officeNs, QStringLiteral("document-styles"));
    xml.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.2"));

    const auto textProperties = [&](const QString &size) {
        xml.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
        xml.writeAttribute(foNs, QStringLiteral("font-family"), familyValue(page.fontFamily));
        xml.writeAttribute(foNs, QStringLiteral("font-size"), size);
    };
    const auto paragraphStyle = [&](const QString &name, const QString &alignment, const QString &border) {
        xml.writeStartElement(styleNs, QStringLiteral("style"));
        xml.writeAttribute(styleNs, QStringLiteral("name"), name);
        xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
        xml.writeAttribute(foNs, QStringLiteral("text-align"), alignment);
        if (!border.isEmpty()) {
            xml.writeAttribute(foNs, QStringLiteral("border-bottom"), border);
            xml.writeAttribute(foNs, QStringLiteral("padding-bottom"), QStringLiteral("1mm"));
        }
        textProperties(QStringLiteral("8.5pt"));
        xml.writeEndElement();
    };

    xml.writeStartElement(officeNs, QStringLiteral("styles"));
    xml.writeStartElement(styleNs, QStringLiteral("default-style"));
    xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    textProperties(QStringLiteral("12pt"));
    xml.writeEndElement();
    paragraphStyle(QStringLiteral("Header"), QStringLiteral("start"), QStringLiteral("0.5pt solid #666666"));
    paragraphStyle(QStringLiteral("Footer"), QStringLiteral("center"), {});
    xml.writeEndElement(); // styles

    xml.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
    xml.writeStartElement(styleNs, QStringLiteral("page-layout"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("A4"));
    xml.writeEmptyElement(styleNs, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(foNs, QStringLiteral("page-width"), QStringLiteral("210mm"));
    xml.writeAttribute(foNs, QStringLiteral("page-height"), QStringLiteral("297mm"));
    xml.writeAttribute(styleNs, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    // The header and footer sit inside the top and bottom margins of the printed report.
    xml.writeAttribute(foNs, QStringLiteral("margin-top"), millimetres(10));
    xml.writeAttribute(foNs, QStringLiteral("margin-bottom"), millimetres(8));
    xml.writeAttribute(foNs, QStringLiteral("margin-left"), millimetres(page.leftMm));
    xml.writeAttribute(foNs, QStringLiteral("margin-right"), millimetres(page.rightMm));
    for (const auto &[element, spacing, margin] :
         {std::tuple{QStringLiteral("header-style"), QStringLiteral("margin-bottom"), page.topMm - 10 - 6},
          std::tuple{QStringLiteral("footer-style"), QStringLiteral("margin-top"), page.bottomMm - 8 - 5}}) {
        xml.writeStartElement(styleNs, element);
        xml.writeEmptyElement(styleNs, QStringLiteral("header-footer-properties"));
        xml.writeAttribute(foNs, QStringLiteral("min-height"), QStringLiteral("0mm"));
        xml.writeAttribute(foNs, spacing, millimetres(margin));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(officeNs, QStringLiteral("master-styles"));
    xml.writeStartElement(styleNs, QStringLiteral("master-page"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(styleNs, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    xml.writeStartElement(styleNs, QStringLiteral("header"));
    xml.writeStartElement(textNs, QStringLiteral("p"));
    xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Header"));
    xml.writeCharacters(page.runningHeader);
    xml.writeEndElement();
    xml.writeEndElement(); // header
    xml.writeStartElement(styleNs, QStringLiteral("footer"));
    xml.writeStartElement(textNs, QStringLiteral("p"));
    xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Footer"));
    // "Страница %1 из %2" with the word processor's own page fields in place of the numbers.
    static const QRegularExpression placeholder(QStringLiteral("%[12]"));
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(page.pageNumberPattern)) {
        xml.writeCharacters(page.pageNumberPattern.mid(from, match.capturedStart() - from));
        if (match.captured() == u"%1") {
            xml.writeStartElement(textNs, QStringLiteral("page-number"));
            xml.writeAttribute(textNs, QStringLiteral("select-page"), QStringLiteral("current"));
            xml.writeCharacters(QStringLiteral("1"));
            xml.writeEndElement();
        } else {
            xml.writeTextElement(textNs, QStringLiteral("page-count"), QStringLiteral("1"));
        }
        from = match.capturedEnd();
    }
    xml.writeCharacters(page.pageNumberPattern.mid(from));
    xml.writeEndElement(); // p
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return bytes;
}

const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

/// What Qt's ODF writer cannot say, added to its content.xml in one streaming pass: the
/// report's typeface on every run of text; headings (the paragraphs Qt marks keep-together)
/// kept with the next paragraph; in ruled tables (collapsed borders) the first row repeated on
/// every page and no row split across pages.
std::optional<QByteArray> completeContent(const QByteArray &content, const QString &fontFamily)
{
    static const QString rowStyle = QStringLiteral("RoadmapTrackerRowWhole");
    QXmlStreamReader reader(content);
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    QSet<QString> ruledTableStyles;
    QString currentStyle;
    int ruledDepth = 0;  // > 0 inside a ruled table (its nesting depth)
    int rowsSeen = 0;
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            writer.writeStartDocument(reader.documentVersion().toString(), reader.isStandaloneDocument());
            break;
        case QXmlStreamReader::StartElement: {
            ++depth;
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            QXmlStreamAttributes attributes = reader.attributes();
            if (ns == styleNs && name == u"style")
                currentStyle = attributes.value(styleNs, QStringLiteral("name")).toString();
            if (ns == styleNs && name == u"table-properties" && attributes.value(tableNs, QStringLiteral("border-model")) == u"collapsing")
                ruledTableStyles.insert(currentStyle);
            const bool ruledTable = ns == tableNs && name == u"table"
                                    && ruledTableStyles.contains(attributes.value(tableNs, QStringLiteral("style-name")).toString());
            if (ruledTable) {
                ruledDepth = depth;
                rowsSeen = 0;
            }
            const bool ruledRow = ruledDepth > 0 && depth == ruledDepth + 1 && ns == tableNs && name == u"table-row";
            if (ruledRow && rowsSeen == 0)
                writer.writeStartElement(tableNs, QStringLiteral("table-header-rows"));
            // Declared before the element, so that it takes the declared prefixes.
            for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations())
                writer.writeNamespace(declaration.namespaceUri().toString(), declaration.prefix().toString());
            writer.writeStartElement(ns.toString(), name.toString());
            // Qt writes keep-together="true", which ODF spells "always".
            const QStringView keepTogether = attributes.value(foNs, QStringLiteral("keep-together"));
            const bool heading = ns == styleNs && name == u"paragraph-properties" && (keepTogether == u"true" || keepTogether == u"always");
            for (const QXmlStreamAttribute &attribute : std::as_const(attributes)) {
                if (attribute.namespaceUri() == foNs && attribute.name() == u"font-family")
                    writer.writeAttribute(foNs, QStringLiteral("font-family"), familyValue(fontFamily));
                else if (heading && attribute.namespaceUri() == foNs && attribute.name() == u"keep-together")
                    writer.writeAttribute(foNs, QStringLiteral("keep-together"), QStringLiteral("always"));
                else
                    writer.writeAttribute(attribute);
            }
            if (heading)
                writer.writeAttribute(foNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
            if (ruledRow)
                writer.writeAttribute(tableNs, QStringLiteral("style-name"), rowStyle);
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            if (ns == officeNs && name == u"automatic-styles") {
                writer.writeStartElement(styleNs, QStringLiteral("style"));
                writer.writeAttribute(styleNs, QStringLiteral("name"), rowStyle);
                writer.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table-row"));
                writer.writeEmptyElement(styleNs, QStringLiteral("table-row-properties"));
                writer.writeAttribute(foNs, QStringLiteral("keep-together"), QStringLiteral("always"));
                writer.writeEndElement();
            }
            writer.writeEndElement();
            if (ruledDepth > 0 && depth == ruledDepth + 1 && ns == tableNs && name == u"table-row" && rowsSeen++ == 0)
                writer.writeEndElement(); // table-header-rows
            if (depth == ruledDepth)
                ruledDepth = 0;
            --depth;
            break;
        }
        case QXmlStreamReader::Characters:
            writer.writeCharacters(reader.text().toString());
            break;
        case QXmlStreamReader::EndDocument:
            writer.writeEndDocument();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return std::nullopt;
    return bytes;
}

struct ZipDeleter {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct SourceDeleter {
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

std::optional<QByteArray> readEntry(zip_t *archive, const char *name)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return std::nullopt;
    zip_file_t *file = zip_fopen(archive, name, 0);
    if (!file)
        return std::nullopt;
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read != zip_int64_t(stat.size))
        return std::nullopt;
    return bytes;
}

bool writeEntry(zip_t *archive, const char *name, const QByteArray &bytes)
{
    // libzip frees the copy once the archive is written.
    void *copy = std::malloc(std::max<size_t>(1, size_t(bytes.size())));
    if (!copy)
        return false;
    std::memcpy(copy, bytes.constData(), size_t(bytes.size()));
    zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
    if (!source) {
        std::free(copy);
        return false;
    }
    if (zip_file_add(archive, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(source);
        return false;
    }
    return true;
}

} // namespace

QString OdtPackage::complete(QByteArray *package, const Page &page)
{
    const QString failed = tr("cannot complete the OpenDocument package");
    zip_error_t error;
    zip_error_init(&error);
    // The source owns a copy: libzip 1.7 frees a buffer it wrote over even when it was lent.
    void *copy = std::malloc(std::max<size_t>(1, size_t(package->size())));
    if (!copy)
        return failed;
    std::memcpy(copy, package->constData(), size_t(package->size()));
    std::unique_ptr<zip_source_t, SourceDeleter> source(zip_source_buffer_create(copy, zip_uint64_t(package->size()), 1, &error));
    zip_error_fini(&error);
    if (!source) {
        std::free(copy);
        return failed;
    }
    zip_source_keep(source.get()); // it holds the rewritten package after zip_close()
    std::unique_ptr<zip_t, ZipDeleter> archive(zip_open_from_source(source.get(), 0, nullptr));
    if (!archive) {
        zip_source_free(source.get()); // the reference zip_open_from_source did not take
        return failed;
    }

    std::optional<QByteArray> content = readEntry(archive.get(), "content.xml");
    std::optional<QByteArray> manifest = readEntry(archive.get(), "META-INF/manifest.xml");
    if (!content || !manifest)
        return failed;
    // Qt 6.4 writes its default family ("Sans") for every run of text, and nothing about
    // repeated header rows or keeping headings with what follows.
    const std::optional<QByteArray> completed = completeContent(*content, page.fontFamily);
    if (!completed)
        return failed;
    QString manifestText = QString::fromUtf8(*manifest);
    if (!manifestText.contains(QStringLiteral("\"styles.xml\""))) {
        manifestText.replace(QStringLiteral("</manifest:manifest>"),
                             QStringLiteral(" <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n"
                                            "</manifest:manifest>"));
    }
    if (!writeEntry(archive.get(), "content.xml", *completed) || !writeEntry(archive.get(), "styles.xml", stylesXml(page))
        || !writeEntry(archive.get(), "META-INF/manifest.xml", manifestText.toUtf8()))
        return failed;
    if (zip_close(archive.get()) != 0)
        return failed;
    (void)archive.release(); // closed: nothing left to discard

    if (zip_source_open(source.get()) != 0)
        return failed;
    QByteArray rewritten;
    char buffer[65536];
    for (zip_int64_t read; (read = zip_source_read(source.get(), buffer, sizeof buffer)) > 0;)
        rewritten.append(buffer, qsizetype(read));
    zip_source_close(source.get());
    if (rewritten.isEmpty())
        return failed;
    *package = rewritten;
    return {};
}

} // namespace ui
