#include "odtpackage.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

namespace ui {

namespace {

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");

QString millimetres(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("mm");
}

/// A CSS-style family name as ODF wants it: quoted when it has spaces.
QString familyValue(const QString &family)
{
    return family.contains(u' ') ? u'\'' + family + u'\'' : family;
}

constexpr double a4WidthMm = 210;
constexpr double a4HeightMm = 297;
/// The page number above the body of the later pages: where it starts, and its line.
constexpr double pageNumberTopMm = 10;
constexpr double pageNumberLineMm = 5;
const QString firstPageMaster = QStringLiteral("FirstPage");

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
    xml.writeStartElement(officeNs, QStringLiteral("styles"));
    xml.writeStartElement(styleNs, QStringLiteral("default-style"));
    xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    textProperties(QStringLiteral("12pt"));
    xml.writeEndElement();
    xml.writeStartElement(styleNs, QStringLiteral("style"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Header"));
    xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(foNs, QStringLiteral("text-align"), QStringLiteral("center"));
    textProperties(QStringLiteral("12pt"));
    xml.writeEndElement();
    xml.writeEndElement(); // styles

    // Two pages: the first without a header, the others with the page number in one; the
    // body starts at the same height on both.
    xml.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
    const auto pageLayout = [&](const QString &name, bool header) {
        xml.writeStartElement(styleNs, QStringLiteral("page-layout"));
        xml.writeAttribute(styleNs, QStringLiteral("name"), name);
        xml.writeEmptyElement(styleNs, QStringLiteral("page-layout-properties"));
        xml.writeAttribute(foNs, QStringLiteral("page-width"), millimetres(a4WidthMm));
        xml.writeAttribute(foNs, QStringLiteral("page-height"), millimetres(a4HeightMm));
        xml.writeAttribute(styleNs, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
        xml.writeAttribute(foNs, QStringLiteral("margin-top"), millimetres(header ? pageNumberTopMm : page.topMm));
        xml.writeAttribute(foNs, QStringLiteral("margin-bottom"), millimetres(page.bottomMm));
        xml.writeAttribute(foNs, QStringLiteral("margin-left"), millimetres(page.leftMm));
        xml.writeAttribute(foNs, QStringLiteral("margin-right"), millimetres(page.rightMm));
        if (header) {
            xml.writeStartElement(styleNs, QStringLiteral("header-style"));
            xml.writeEmptyElement(styleNs, QStringLiteral("header-footer-properties"));
            xml.writeAttribute(foNs, QStringLiteral("min-height"), QStringLiteral("0mm"));
            xml.writeAttribute(foNs, QStringLiteral("margin-bottom"), millimetres(page.topMm - pageNumberTopMm - pageNumberLineMm));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // page-layout
    };
    pageLayout(QStringLiteral("A4"), true);
    pageLayout(QStringLiteral("A4First"), false);
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(officeNs, QStringLiteral("master-styles"));
    xml.writeStartElement(styleNs, QStringLiteral("master-page"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(styleNs, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    xml.writeStartElement(styleNs, QStringLiteral("header"));
    xml.writeStartElement(textNs, QStringLiteral("p"));
    xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Header"));
    xml.writeStartElement(textNs, QStringLiteral("page-number"));
    xml.writeAttribute(textNs, QStringLiteral("select-page"), QStringLiteral("current"));
    xml.writeCharacters(QStringLiteral("2"));
    xml.writeEndElement(); // page-number
    xml.writeEndElement(); // p
    xml.writeEndElement(); // header
    xml.writeEndElement(); // master-page
    xml.writeStartElement(styleNs, QStringLiteral("master-page"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), firstPageMaster);
    xml.writeAttribute(styleNs, QStringLiteral("page-layout-name"), QStringLiteral("A4First"));
    xml.writeAttribute(styleNs, QStringLiteral("next-style-name"), QStringLiteral("Standard"));
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return bytes;
}

const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

/// Follows the tables of content.xml as it is read: how many columns each has, and whether
/// the row being read is an activity's heading row (one cell across the whole table).
class TableWatcher
{
public:
    void start(QStringView ns, QStringView name, const QXmlStreamAttributes &attributes, int depth)
    {
        if (ns != tableNs)
            return;
        if (name == u"table") {
            m_tables.append(Table{depth, 0, false});
        } else if (!m_tables.isEmpty() && depth == m_tables.last().depth + 1 && name == u"table-column") {
            const int repeated = attributes.value(tableNs, QStringLiteral("number-columns-repeated")).toInt();
            m_tables.last().columns += std::max(repeated, 1);
        } else if (!m_tables.isEmpty() && name == u"table-row") {
            m_tables.last().groupRow = false;
        } else if (!m_tables.isEmpty() && name == u"table-cell") {
            const int spanned = attributes.value(tableNs, QStringLiteral("number-columns-spanned")).toInt();
            if (m_tables.last().columns > 1 && spanned == m_tables.last().columns)
                m_tables.last().groupRow = true;
        }
    }
    void end(QStringView ns, QStringView name, int depth)
    {
        if (ns == tableNs && name == u"table" && !m_tables.isEmpty() && m_tables.last().depth == depth)
            m_tables.removeLast();
    }
    bool inGroupRow() const { return !m_tables.isEmpty() && m_tables.last().groupRow; }

private:
    struct Table {
        int depth = 0;
        int columns = 0;
        bool groupRow = false;
    };
    QList<Table> m_tables;
};

/// What the rewrite must know before it writes the automatic styles, which come first.
struct ContentSurvey {
    QSet<QString> groupParagraphStyles; ///< paragraph styles used in activities' heading rows
    QString firstFamily;                ///< "paragraph" or "table": what the body starts with
    QString firstStyle;
};

std::optional<ContentSurvey> survey(const QByteArray &content)
{
    ContentSurvey result;
    QXmlStreamReader reader(content);
    TableWatcher tables;
    int depth = 0;
    int bodyDepth = 0; // of office:text
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            const QXmlStreamAttributes attributes = reader.attributes();
            tables.start(ns, name, attributes, depth);
            if (ns == officeNs && name == u"text")
                bodyDepth = depth;
            const bool paragraph = ns == textNs && (name == u"p" || name == u"h");
            if (paragraph && tables.inGroupRow())
                result.groupParagraphStyles.insert(attributes.value(textNs, QStringLiteral("style-name")).toString());
            if (bodyDepth > 0 && depth == bodyDepth + 1 && result.firstFamily.isEmpty()) {
                if (paragraph) {
                    result.firstFamily = QStringLiteral("paragraph");
                    result.firstStyle = attributes.value(textNs, QStringLiteral("style-name")).toString();
                } else if (ns == tableNs && name == u"table") {
                    result.firstFamily = QStringLiteral("table");
                    result.firstStyle = attributes.value(tableNs, QStringLiteral("style-name")).toString();
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            tables.end(reader.namespaceUri(), reader.name(), depth);
            --depth;
        }
    }
    if (reader.hasError())
        return std::nullopt;
    return result;
}

/// One step of an XML element tree, kept to be written later.
struct XmlEvent {
    enum class Kind { Start, End, Characters };
    Kind kind = Kind::Start;
    QString ns;
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
};

/// One automatic style as its events, under its name.
struct RecordedStyle {
    QString name;
    QList<XmlEvent> events;
};

void replay(QXmlStreamWriter &writer, const QList<XmlEvent> &events)
{
    for (const XmlEvent &event : events) {
        switch (event.kind) {
        case XmlEvent::Kind::Start:
            writer.writeStartElement(event.ns, event.name);
            writer.writeAttributes(event.attributes);
            break;
        case XmlEvent::Kind::End:
            writer.writeEndElement();
            break;
        case XmlEvent::Kind::Characters:
            writer.writeCharacters(event.text);
            break;
        }
    }
}

/// The style renamed, with attribute set on its first element called element (added there,
/// or as a new child of the style when the style has no such element).
RecordedStyle variant(const RecordedStyle &style, const QString &name, const QString &element, const QString &ns,
                      const QString &attribute, const QString &value)
{
    RecordedStyle copy = style;
    copy.name = name;
    XmlEvent &root = copy.events.first();
    QXmlStreamAttributes renamed;
    for (const QXmlStreamAttribute &a : std::as_const(root.attributes)) {
        if (a.namespaceUri() == styleNs && a.name() == u"name")
            renamed.append(styleNs, QStringLiteral("name"), name);
        else
            renamed.append(a);
    }
    root.attributes = renamed;
    const auto hasIt = [&](const XmlEvent &e) { return e.kind == XmlEvent::Kind::Start && e.ns == styleNs && e.name == element; };
    if (const auto it = std::find_if(copy.events.begin(), copy.events.end(), hasIt); it != copy.events.end()) {
        QXmlStreamAttributes set;
        for (const QXmlStreamAttribute &a : std::as_const(it->attributes)) {
            if (a.namespaceUri() != ns || a.name() != attribute)
                set.append(a);
        }
        set.append(ns, attribute, value);
        it->attributes = set;
    } else {
        XmlEvent start{XmlEvent::Kind::Start, styleNs, element, {}, {}};
        start.attributes.append(ns, attribute, value);
        copy.events.insert(1, XmlEvent{XmlEvent::Kind::End, {}, {}, {}, {}});
        copy.events.insert(1, start);
    }
    return copy;
}

/// What Qt's ODF writer cannot say, or says wrong, put right in content.xml in one streaming
/// pass:
/// - the report's typeface on every run of text;
/// - headings (the paragraphs Qt marks keep-together) kept with the next paragraph, and the
///   heading row of each activity kept with its first obligation;
/// - in ruled tables (collapsed borders) the first row repeated on every page and no row split
///   across pages;
/// - widths as ODF has them: Qt writes a percentage table width in points ("100pt") and column
///   widths in per cent, which ODF does not allow (word processors then make all columns
///   equal). Every table of the report spans the body: its width and each column's are
///   written absolute, and as a share (rel-width, rel-column-width);
/// - no tab before a line break (Qt adds one so that justified lines do not stretch; in the
///   report's left-aligned cells it can only push a line over);
/// - the body's first element on the first page's master page (no page number there);
/// - the automatic styles in a fixed order (Qt writes them in hash order, a new one each run).
std::optional<QByteArray> completeContent(const QByteArray &content, const OdtPackage::Page &page)
{
    const std::optional<ContentSurvey> facts = survey(content);
    if (!facts)
        return std::nullopt;
    const double bodyWidthMm = a4WidthMm - page.leftMm - page.rightMm;
    static const QString rowStyle = QStringLiteral("RoadmapTrackerRowWhole");
    const auto keptStyle = [](const QString &name) { return name + QStringLiteral("KeptWithNext"); };
    const auto firstPageStyle = [](const QString &name) { return name + QStringLiteral("FirstPage"); };

    QXmlStreamReader reader(content);
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    TableWatcher tables;
    QSet<QString> ruledTableStyles;
    QString currentStyle;
    int ruledDepth = 0;  // > 0 inside a ruled table (its nesting depth)
    int rowsSeen = 0;
    int depth = 0;
    int bodyDepth = 0;
    bool firstSeen = false;
    int stylesDepth = 0; // of office:automatic-styles while inside it
    QList<RecordedStyle> styles;
    bool tabPending = false; // a text:tab read and not yet written
    QString whitespacePending;

    const auto start = [&](const QString &ns, const QString &name, const QXmlStreamAttributes &attributes) {
        if (stylesDepth > 0 && depth > stylesDepth) {
            if (depth == stylesDepth + 1)
                styles.append({attributes.value(styleNs, QStringLiteral("name")).toString(), {}});
            styles.last().events.append({XmlEvent::Kind::Start, ns, name, attributes, {}});
            return;
        }
        writer.writeStartElement(ns, name);
        writer.writeAttributes(attributes);
    };
    const auto end = [&] {
        if (stylesDepth > 0 && depth > stylesDepth)
            styles.last().events.append({XmlEvent::Kind::End, {}, {}, {}, {}});
        else
            writer.writeEndElement();
    };
    const auto flushTab = [&] {
        if (tabPending) {
            writer.writeEmptyElement(textNs, QStringLiteral("tab"));
            writer.writeCharacters(whitespacePending);
        }
        tabPending = false;
        whitespacePending.clear();
    };

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            writer.writeStartDocument(reader.documentVersion().toString(), reader.isStandaloneDocument());
            break;
        case QXmlStreamReader::StartElement: {
            ++depth;
            const QString ns = reader.namespaceUri().toString();
            const QString name = reader.name().toString();
            const QXmlStreamAttributes attributes = reader.attributes();
            tables.start(ns, name, attributes, depth);
            if (ns == textNs && name == u"tab") {
                flushTab();
                tabPending = true;
                break;
            }
            if (tabPending && !(ns == textNs && name == u"line-break"))
                flushTab();
            tabPending = false;
            whitespacePending.clear();
            if (ns == styleNs && name == u"style")
                currentStyle = attributes.value(styleNs, QStringLiteral("name")).toString();
            if (ns == styleNs && name == u"table-properties" && attributes.value(tableNs, QStringLiteral("border-model")) == u"collapsing")
                ruledTableStyles.insert(currentStyle);
            if (ns == officeNs && name == u"text")
                bodyDepth = depth;
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

            // Qt writes keep-together="true", which ODF spells "always".
            const QStringView keepTogether = attributes.value(foNs, QStringLiteral("keep-together"));
            const bool heading = ns == styleNs && name == u"paragraph-properties" && (keepTogether == u"true" || keepTogether == u"always");
            const bool paragraph = ns == textNs && (name == u"p" || name == u"h");
            const bool first = bodyDepth > 0 && depth == bodyDepth + 1 && !firstSeen && (paragraph || (ns == tableNs && name == u"table"));
            firstSeen = firstSeen || first;
            const bool widthGiven = ns == styleNs && name == u"table-properties" && attributes.hasAttribute(styleNs, QStringLiteral("width"));
            QXmlStreamAttributes written;
            for (const QXmlStreamAttribute &attribute : attributes) {
                const QStringView attributeNs = attribute.namespaceUri();
                const QStringView attributeName = attribute.name();
                const QString value = attribute.value().toString();
                if (attributeNs == foNs && attributeName == u"font-family") {
                    written.append(foNs, QStringLiteral("font-family"), familyValue(page.fontFamily));
                } else if (heading && attributeNs == foNs && attributeName == u"keep-together") {
                    written.append(foNs, QStringLiteral("keep-together"), QStringLiteral("always"));
                } else if (widthGiven && attributeNs == styleNs && attributeName == u"width") {
                    written.append(styleNs, QStringLiteral("width"), millimetres(bodyWidthMm));
                    written.append(styleNs, QStringLiteral("rel-width"), QStringLiteral("100%"));
                    written.append(tableNs, QStringLiteral("align"), QStringLiteral("margins"));
                } else if (ns == styleNs && name == u"table-column-properties" && attributeNs == styleNs
                           && attributeName == u"column-width" && value.endsWith(u'%')) {
                    const double percent = QStringView(value).chopped(1).toDouble();
                    written.append(styleNs, QStringLiteral("column-width"), QString::number(bodyWidthMm * percent / 100, 'f', 2) + QStringLiteral("mm"));
                    written.append(styleNs, QStringLiteral("rel-column-width"), QString::number(qRound(percent * 100)) + u'*');
                } else if (paragraph && attributeNs == textNs && attributeName == u"style-name" && tables.inGroupRow()) {
                    written.append(textNs, QStringLiteral("style-name"), keptStyle(value));
                } else if (first && attributeName == u"style-name") {
                    written.append(attribute.namespaceUri().toString(), QStringLiteral("style-name"), firstPageStyle(value));
                } else if (widthGiven && attributeNs == tableNs && attributeName == u"align") {
                    continue; // written with the width
                } else {
                    written.append(attribute);
                }
            }
            if (heading)
                written.append(foNs, QStringLiteral("keep-with-next"), QStringLiteral("always"));
            if (ruledRow)
                written.append(tableNs, QStringLiteral("style-name"), rowStyle);
            if (ns == officeNs && name == u"automatic-styles") {
                writer.writeStartElement(ns, name);
                writer.writeAttributes(written);
                stylesDepth = depth;
                break;
            }
            start(ns, name, written);
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            tables.end(ns, name, depth);
            if (ns == textNs && name == u"tab") {
                --depth;
                break;
            }
            if (ns == textNs && name == u"line-break") {
                tabPending = false; // dropped, with the line-break's indentation before it
                whitespacePending.clear();
            }
            if (ns == officeNs && name == u"automatic-styles") {
                stylesDepth = 0;
                const auto named = [&](const QString &styleName) {
                    return std::find_if(styles.cbegin(), styles.cend(), [&](const RecordedStyle &s) { return s.name == styleName; });
                };
                QList<RecordedStyle> added;
                for (const QString &name : facts->groupParagraphStyles) {
                    if (const auto it = named(name); it != styles.cend())
                        added.append(variant(*it, keptStyle(name), QStringLiteral("paragraph-properties"), foNs,
                                             QStringLiteral("keep-with-next"), QStringLiteral("always")));
                }
                if (const auto it = named(facts->firstStyle); it != styles.cend())
                    added.append(variant(*it, firstPageStyle(facts->firstStyle), QStringLiteral("style"), styleNs,
                                         QStringLiteral("master-page-name"), firstPageMaster));
                RecordedStyle whole{rowStyle, {}};
                XmlEvent style{XmlEvent::Kind::Start, styleNs, QStringLiteral("style"), {}, {}};
                style.attributes.append(styleNs, QStringLiteral("name"), rowStyle);
                style.attributes.append(styleNs, QStringLiteral("family"), QStringLiteral("table-row"));
                XmlEvent properties{XmlEvent::Kind::Start, styleNs, QStringLiteral("table-row-properties"), {}, {}};
                properties.attributes.append(foNs, QStringLiteral("keep-together"), QStringLiteral("always"));
                whole.events = {style, properties, {XmlEvent::Kind::End, {}, {}, {}, {}}, {XmlEvent::Kind::End, {}, {}, {}, {}}};
                added.append(whole);
                styles.append(added);
                std::sort(styles.begin(), styles.end(), [](const RecordedStyle &a, const RecordedStyle &b) { return a.name < b.name; });
                for (const RecordedStyle &recorded : std::as_const(styles))
                    replay(writer, recorded.events);
                writer.writeEndElement();
                --depth;
                break;
            }
            flushTab();
            end();
            if (ruledDepth > 0 && depth == ruledDepth + 1 && ns == tableNs && name == u"table-row" && rowsSeen++ == 0)
                writer.writeEndElement(); // table-header-rows
            if (depth == ruledDepth)
                ruledDepth = 0;
            --depth;
            break;
        }
        case QXmlStreamReader::Characters:
            if (tabPending && reader.isWhitespace()) {
                whitespacePending += reader.text();
                break;
            }
            flushTab();
            if (stylesDepth > 0 && depth > stylesDepth)
                break; // indentation between styles: they are written again in their order
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
    const QString failed = QCoreApplication::translate("ui", "cannot complete the OpenDocument package");
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
    const std::optional<QByteArray> completed = completeContent(*content, page);
    if (!completed)
        return failed;
    QString manifestText = QString::fromUtf8(*manifest);
    for (const QString &entry : {QStringLiteral("styles.xml")}) {
        if (!manifestText.contains(u'"' + entry + u'"')) {
            manifestText.replace(QStringLiteral("</manifest:manifest>"),
                                 QStringLiteral(" <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"%1\"/>\n"
                                                "</manifest:manifest>")
                                     .arg(entry));
        }
    }
    if (!writeEntry(archive.get(), "content.xml", *completed) || !writeEntry(archive.get(), "styles.xml", stylesXml(page))
        || !writeEntry(archive.get(), "META-INF/manifest.xml", manifestText.toUtf8()))
        return failed;
    // Every entry carries the same time (the zip's MS-DOS form, read as UTC), not the moment
    // each was written: the same report gives the same package.
    const QDateTime modified = (page.modified.isValid() ? page.modified : QDateTime::currentDateTimeUtc()).toUTC();
    const QDate day = modified.date();
    const QTime time = modified.time();
    const auto dosDate = zip_uint16_t(((std::clamp(day.year(), 1980, 2107) - 1980) << 9) | (day.month() << 5) | day.day());
    const auto dosTime = zip_uint16_t((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        if (zip_file_set_dostime(archive.get(), zip_uint64_t(i), dosTime, dosDate, 0) != 0)
            return failed;
    }
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
