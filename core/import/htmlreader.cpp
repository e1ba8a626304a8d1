#include "htmlreader.h"

#include "sourcetext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/tree.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace core {

namespace {

/// HTML's colspan is at most 1000; more would only be a damaged page.
constexpr int maxSpan = 1000;

bool isElement(const xmlNode *node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE
        && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

bool isOneOf(const xmlNode *node, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (isElement(node, name))
            return true;
    }
    return false;
}

int spanAttribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return 1;
    bool ok = false;
    const int span = QByteArray(reinterpret_cast<const char *>(value)).trimmed().toInt(&ok);
    xmlFree(value);
    return ok ? std::clamp(span, 0, maxSpan) : 1; // rowspan="0" reaches to the end of the table
}

bool skipped(const xmlNode *node)
{
    return isOneOf(node, {"head", "script", "style", "noscript", "template", "title", "select", "button",
                          "iframe", "object", "svg", "math", "map"});
}

bool isBlock(const xmlNode *node)
{
    return isOneOf(node, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd",
                          "blockquote", "section", "article", "header", "footer", "nav", "main", "aside",
                          "center", "address", "pre", "form", "fieldset", "hr", "figure", "figcaption",
                          "caption", "details", "summary", "legend", "body", "html", "tr", "td", "th"});
}

/// The text of a page or a cell as blocks (paragraphs); line breaks inside a block as '\n'.
class HtmlText
{
public:
    void addText(const QString &text) { m_current += sourcetext::collapsedWhiteSpace(text); }
    void lineBreak() { m_current += u'\n'; }

    void endBlock()
    {
        QStringList lines = sourcetext::plainSpaces(m_current).split(u'\n');
        for (QString &line : lines)
            line = sourcetext::collapsedWhiteSpace(line);
        const QString block = sourcetext::joinLines(lines);
        if (!block.isEmpty())
            m_blocks.append(block);
        m_current.clear();
    }

    void enterList(bool ordered, int start) { m_lists.append({ordered, start}); }
    void leaveList()
    {
        if (!m_lists.isEmpty())
            m_lists.removeLast();
    }
    /// A list item starts a block with its number, or a dash in an unordered list.
    void beginListItem()
    {
        endBlock();
        if (m_lists.isEmpty())
            return;
        List &list = m_lists.last();
        m_current = list.ordered ? QString::number(list.next++) + u". "_s : u"– "_s;
    }

    QStringList takeBlocks()
    {
        endBlock();
        return std::exchange(m_blocks, {});
    }

private:
    struct List {
        bool ordered = false;
        int next = 1;
    };
    QString m_current;
    QStringList m_blocks;
    QList<List> m_lists;
};

class HtmlDocumentReader
{
public:
    SourceDocument read(xmlNode *root)
    {
        m_document.format = u"html"_s;
        walk(root, m_body, true);
        addParagraphs();
        return m_document;
    }

private:
    static QList<QList<xmlNode *>> tableRows(xmlNode *table)
    {
        QList<QList<xmlNode *>> rows;
        const auto addRow = [&](xmlNode *tr) {
            QList<xmlNode *> cells;
            for (xmlNode *cell = tr->children; cell; cell = cell->next) {
                if (isOneOf(cell, {"td", "th"}))
                    cells.append(cell);
            }
            rows.append(cells);
        };
        for (xmlNode *child = table->children; child; child = child->next) {
            if (isElement(child, "tr")) {
                addRow(child);
            } else if (isOneOf(child, {"thead", "tbody", "tfoot"})) {
                for (xmlNode *tr = child->children; tr; tr = tr->next) {
                    if (isElement(tr, "tr"))
                        addRow(tr);
                }
            }
        }
        return rows;
    }

    /// More than one row or column: one cell around some text is a frame, not a table.
    static bool holdsData(const QList<QList<xmlNode *>> &rows)
    {
        qsizetype cells = 0;
        for (const QList<xmlNode *> &row : rows)
            cells += row.size();
        return cells > 1;
    }

    static bool containsDataTable(xmlNode *node)
    {
        for (xmlNode *child = node->children; child; child = child->next) {
            if (isElement(child, "table") && holdsData(tableRows(child)))
                return true;
            if (child->type == XML_ELEMENT_NODE && containsDataTable(child))
                return true;
        }
        return false;
    }

    void walk(xmlNode *node, HtmlText &text, bool bodyLevel)
    {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            text.addText(QString::fromUtf8(reinterpret_cast<const char *>(node->content)));
            return;
        }
        if (node->type != XML_ELEMENT_NODE || skipped(node))
            return;
        if (isElement(node, "br")) {
            text.lineBreak();
        } else if (isElement(node, "table")) {
            text.endBlock();
            if (bodyLevel)
                readTable(node);
            else
                addFlattenedTable(node, text);
        } else if (isElement(node, "li")) {
            text.beginListItem();
            walkChildren(node, text, bodyLevel);
            text.endBlock();
        } else if (isOneOf(node, {"ol", "ul"})) {
            text.endBlock();
            int start = 1;
            if (xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>("start"))) {
                start = QByteArray(reinterpret_cast<const char *>(value)).toInt();
                xmlFree(value);
            }
            text.enterList(isElement(node, "ol"), start);
            walkChildren(node, text, bodyLevel);
            text.leaveList();
            text.endBlock();
        } else if (isBlock(node)) {
            text.endBlock();
            walkChildren(node, text, bodyLevel);
            text.endBlock();
        } else {
            walkChildren(node, text, bodyLevel);
        }
    }

    void walkChildren(xmlNode *node, HtmlText &text, bool bodyLevel)
    {
        for (xmlNode *child = node->children; child; child = child->next)
            walk(child, text, bodyLevel);
    }

    QString cellText(xmlNode *cell)
    {
        HtmlText text;
        walkChildren(cell, text, false);
        return text.takeBlocks().join(u'\n');
    }

    void addFlattenedTable(xmlNode *table, HtmlText &text)
    {
        for (const QList<xmlNode *> &row : tableRows(table)) {
            QStringList cells;
            for (xmlNode *cell : row) {
                const QString cellLine = cellText(cell).replace(u'\n', u' ');
                if (!cellLine.isEmpty())
                    cells.append(cellLine);
            }
            text.addText(cells.join(u"; "));
            text.endBlock();
        }
    }

    void addParagraphs()
    {
        for (const QString &block : m_body.takeBlocks()) {
            SourceParagraph paragraph{block, {}};
            paragraph.place.paragraph = int(m_document.paragraphs.size()) + 1;
            m_document.paragraphs.append(paragraph);
        }
    }

    void readTable(xmlNode *table)
    {
        for (xmlNode *child = table->children; child; child = child->next) {
            if (isElement(child, "caption")) {
                walk(child, m_body, true);
                m_body.endBlock();
            }
        }
        const QList<QList<xmlNode *>> rows = tableRows(table);
        if (!holdsData(rows) || containsDataTable(table)) {
            // A page layout: its cells are parts of the page.
            for (const QList<xmlNode *> &row : rows) {
                for (xmlNode *cell : row) {
                    walkChildren(cell, m_body, true);
                    m_body.endBlock();
                }
            }
            return;
        }
        addParagraphs();

        // The HTML table model: a cell takes the first grid position no rowspan above holds.
        QList<QList<std::optional<SourceCell>>> grid(rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            qsizetype column = 0;
            for (xmlNode *cellNode : rows.at(r)) {
                while (column < grid[r].size() && grid[r][column])
                    ++column;
                const int columnSpan = std::max(1, spanAttribute(cellNode, "colspan"));
                int rowSpan = spanAttribute(cellNode, "rowspan");
                if (rowSpan == 0 || r + rowSpan > rows.size())
                    rowSpan = int(rows.size() - r);
                const QString text = cellText(cellNode);
                for (int dr = 0; dr < rowSpan; ++dr) {
                    QList<std::optional<SourceCell>> &gridRow = grid[r + dr];
                    if (gridRow.size() < column + columnSpan)
                        gridRow.resize(column + columnSpan);
                    for (int dc = 0; dc < columnSpan; ++dc) {
                        std::optional<SourceCell> &position = gridRow[column + dc];
                        if (position)
                            continue; // overlapping spans: the first cell keeps the position
                        const auto origin = dr == 0 && dc == 0 ? SourceCell::Origin::Own
                            : dr == 0                          ? SourceCell::Origin::FromLeft
                                                               : SourceCell::Origin::FromAbove;
                        position = SourceCell{text, origin};
                    }
                }
                column += columnSpan;
            }
        }
        qsizetype width = 0;
        for (const auto &gridRow : std::as_const(grid))
            width = std::max(width, gridRow.size());

        SourceTable sourceTable;
        sourceTable.paragraphsBefore = m_document.paragraphs.size();
        const int tableNumber = int(m_document.tables.size()) + 1;
        for (const auto &gridRow : std::as_const(grid)) {
            SourceRow row;
            row.place.table = tableNumber;
            row.place.row = int(sourceTable.rows.size()) + 1;
            for (qsizetype column = 0; column < width; ++column)
                row.cells.append(column < gridRow.size() ? gridRow.at(column).value_or(SourceCell{}) : SourceCell{});
            sourceTable.rows.append(row);
        }
        m_document.tables.append(sourceTable);
    }

    SourceDocument m_document;
    HtmlText m_body;
};

/// The charset a page declares in a meta element, if any.
QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(u"<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(bytes.left(4096)));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool libxmlKnows(const QByteArray &charset)
{
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(charset.constData());
    if (!handler)
        return false;
    xmlCharEncCloseFunc(handler);
    return true;
}

/// The bytes to parse and their charset. libxml2 gives an explicit charset precedence
/// over the page's meta element, so that a page with a byte-order mark or misdeclared
/// UTF-8 is not read with the wrong charset.
std::pair<QByteArray, QByteArray> pageBytes(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {bytes.mid(3), "UTF-8"};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16, QStringDecoder::Flag::ConvertInitialBom);
        const QString text = decoder.decode(bytes);
        return {text.toUtf8(), "UTF-8"};
    }
    const QByteArray declared = declaredCharset(bytes);
    const bool utf8 = isValidUtf8(bytes);
    if (!declared.isEmpty() && libxmlKnows(declared)) {
        const bool declaredUtf8 = declared.compare("utf-8", Qt::CaseInsensitive) == 0
            || declared.compare("utf8", Qt::CaseInsensitive) == 0;
        if (!declaredUtf8 || utf8)
            return {bytes, declared};
    }
    return {bytes, utf8 ? "UTF-8" : "windows-1251"};
}

} // namespace

SourceDocumentResult readHtml(const QByteArray &bytes)
{
    // libxml2's global state, set up once whichever thread reads the first page.
    [[maybe_unused]] static const bool libxmlReady = [] {
        xmlInitParser();
        return true;
    }();
    SourceDocumentResult result;
    result.document.format = u"html"_s;
    const auto [page, charset] = pageBytes(bytes);
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        htmlReadMemory(page.constData(), int(page.size()), nullptr, charset.constData(),
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
        &xmlFreeDoc);
    xmlNode *root = document ? xmlDocGetRootElement(document.get()) : nullptr;
    if (!root) {
        result.error = QCoreApplication::translate("core", "The web page is empty or cannot be read.");
        return result;
    }
    result.document = HtmlDocumentReader().read(root);
    return result;
}

} // namespace core
