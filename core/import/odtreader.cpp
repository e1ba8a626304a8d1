#include "odtreader.h"

#include "sourcetext.h"
#include "zippackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <variant>

using namespace Qt::StringLiterals;

namespace core {

namespace {

const QString officeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString styleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString textNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString tableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;

/// Generators write thousands of repeated empty cells and rows to fill a sheet's width;
/// no plan has more columns or rows than these.
constexpr int maxColumns = 1024;
constexpr int maxRepeatedRows = 1000;

struct OdtParagraph {
    QString text;
};

struct OdtTable {
    QList<QList<SourceCell>> rows; // laid out on the grid, padded to one width
};

using OdtBlock = std::variant<OdtParagraph, OdtTable>;

/// A table being laid out: the grid positions that spans cover, and the empty rows not
/// yet known to be followed by anything.
struct TableLayout {
    QList<QList<SourceCell>> rows;
    QHash<qint64, SourceCell> covered;
    int pendingEmptyRows = 0;

    static qint64 key(qsizetype row, qsizetype column) { return (qint64(row) << 32) | qint64(column); }
};

QStringList flattenedTable(const OdtTable &table)
{
    QStringList lines;
    for (const QList<SourceCell> &row : table.rows) {
        QStringList cells;
        for (const SourceCell &cell : row) {
            if (!cell.isCopy() && !cell.text.isEmpty())
                cells.append(QString(cell.text).replace(u'\n', u' '));
        }
        if (!cells.isEmpty())
            lines.append(cells.join(u"; "));
    }
    return lines;
}

QStringList linesOf(const QList<OdtBlock> &blocks)
{
    QStringList lines;
    for (const OdtBlock &block : blocks) {
        if (const auto *paragraph = std::get_if<OdtParagraph>(&block))
            lines.append(paragraph->text);
        else
            lines += flattenedTable(std::get<OdtTable>(block));
    }
    return lines;
}

class OdtContentReader
{
public:
    explicit OdtContentReader(const QByteArray &bytes) : m_xml(bytes) {}

    SourceDocumentResult read()
    {
        SourceDocumentResult result;
        result.document.format = u"odt"_s;
        QList<OdtBlock> blocks;
        if (m_xml.readNextStartElement()) {
            if (!is(officeNs, u"document-content") && !is(officeNs, u"document")) {
                result.error = QCoreApplication::translate("core", "The OpenDocument file has no document content.");
                return result;
            }
            while (m_xml.readNextStartElement()) {
                if (is(officeNs, u"automatic-styles")) {
                    readListStyles();
                } else if (is(officeNs, u"body")) {
                    while (m_xml.readNextStartElement()) {
                        if (is(officeNs, u"text")) {
                            while (m_xml.readNextStartElement())
                                readBlock(blocks);
                        } else {
                            m_xml.skipCurrentElement();
                        }
                    }
                } else {
                    m_xml.skipCurrentElement();
                }
            }
        }
        if (m_xml.hasError()) {
            result.error = QCoreApplication::translate("core", "The OpenDocument file is damaged: %1 (line %2).")
                               .arg(m_xml.errorString())
                               .arg(m_xml.lineNumber());
            return result;
        }
        SourceDocument &document = result.document;
        for (const OdtBlock &block : std::as_const(blocks)) {
            if (const auto *paragraph = std::get_if<OdtParagraph>(&block)) {
                if (paragraph->text.isEmpty())
                    continue;
                SourceParagraph sourceParagraph{paragraph->text, {}};
                sourceParagraph.place.paragraph = int(document.paragraphs.size()) + 1;
                document.paragraphs.append(sourceParagraph);
                continue;
            }
            SourceTable table;
            table.paragraphsBefore = document.paragraphs.size();
            const int tableNumber = int(document.tables.size()) + 1;
            for (const QList<SourceCell> &cells : std::get<OdtTable>(block).rows) {
                SourceRow row;
                row.cells = cells;
                row.place.table = tableNumber;
                row.place.row = int(table.rows.size()) + 1;
                table.rows.append(row);
            }
            document.tables.append(table);
        }
        return result;
    }

private:
    bool is(const QString &ns, QStringView name) const
    {
        return m_xml.namespaceUri() == ns && m_xml.name() == name;
    }
    int intAttribute(const QString &ns, const QString &name, int fallback, int maximum) const
    {
        bool ok = false;
        const int value = m_xml.attributes().value(ns, name).toInt(&ok);
        return ok && value >= 1 ? std::min(value, maximum) : fallback;
    }

    /// Which list styles number their first level with bullets.
    void readListStyles()
    {
        while (m_xml.readNextStartElement()) {
            if (!is(textNs, u"list-style")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString name = m_xml.attributes().value(styleNs, u"name"_s).toString();
            while (m_xml.readNextStartElement()) {
                const QString level = m_xml.attributes().value(textNs, u"level"_s).toString();
                if (m_xml.name() == u"list-level-style-bullet" || m_xml.name() == u"list-level-style-image")
                    m_bulletLevels.insert(name + u'/' + level);
                m_xml.skipCurrentElement();
            }
        }
    }

    void readBlock(QList<OdtBlock> &blocks)
    {
        if (is(textNs, u"p") || is(textNs, u"h")) {
            blocks.append(OdtParagraph{readParagraphText()});
        } else if (is(textNs, u"list")) {
            readList(blocks, QString(), 1);
        } else if (is(tableNs, u"table")) {
            blocks.append(readTable());
        } else if (is(textNs, u"tracked-changes") || m_xml.name().endsWith(u"-source")
                   || m_xml.name().endsWith(u"-decls") || is(officeNs, u"forms")
                   || is(officeNs, u"annotation")) {
            m_xml.skipCurrentElement();
        } else {
            while (m_xml.readNextStartElement())
                readBlock(blocks); // sections, index bodies
        }
    }

    QString readParagraphText()
    {
        QString text;
        readInline(text);
        return sourcetext::plainSpaces(text).trimmed();
    }

    void readInline(QString &text)
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                return;
            if (token == QXmlStreamReader::Characters) {
                text += sourcetext::collapsedWhiteSpace(m_xml.text());
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (is(textNs, u"s")) {
                text += QString(intAttribute(textNs, u"c"_s, 1, 100), u' ');
                m_xml.skipCurrentElement();
            } else if (is(textNs, u"tab")) {
                text += u'\t';
                m_xml.skipCurrentElement();
            } else if (is(textNs, u"line-break")) {
                text += u'\n';
                m_xml.skipCurrentElement();
            } else if (is(textNs, u"note") || is(officeNs, u"annotation") || is(textNs, u"ruby-text")
                       || m_xml.name() == u"frame") {
                m_xml.skipCurrentElement();
            } else {
                readInline(text); // spans, links, fields, bookmarks, soft page breaks
            }
        }
    }

    void readList(QList<OdtBlock> &blocks, QString styleName, int level)
    {
        const QString ownStyle = m_xml.attributes().value(textNs, u"style-name"_s).toString();
        if (!ownStyle.isEmpty())
            styleName = ownStyle;
        const bool bullets = m_bulletLevels.contains(styleName + u'/' + QString::number(level));
        int number = 0;
        while (m_xml.readNextStartElement()) {
            if (!is(textNs, u"list-item") && !is(textNs, u"list-header")) {
                m_xml.skipCurrentElement();
                continue;
            }
            QString prefix;
            if (is(textNs, u"list-item")) {
                number = intAttribute(textNs, u"start-value"_s, number + 1, 1'000'000);
                prefix = bullets ? u"– "_s : QString::number(number) + u". "_s;
            }
            while (m_xml.readNextStartElement()) {
                if (is(textNs, u"list")) {
                    readList(blocks, styleName, level + 1);
                } else if (is(textNs, u"p") || is(textNs, u"h")) {
                    const QString text = readParagraphText();
                    blocks.append(OdtParagraph{text.isEmpty() ? text : prefix + text});
                    prefix.clear();
                } else {
                    readBlock(blocks);
                }
            }
        }
    }

    OdtTable readTable()
    {
        TableLayout layout;
        readTableContent(layout);
        OdtTable table;
        table.rows = layout.rows;
        qsizetype width = 0;
        for (const QList<SourceCell> &row : std::as_const(table.rows))
            width = std::max(width, row.size());
        for (QList<SourceCell> &row : table.rows) {
            while (row.size() < width)
                row.append(SourceCell{});
        }
        return table;
    }

    void readTableContent(TableLayout &layout)
    {
        while (m_xml.readNextStartElement()) {
            if (is(tableNs, u"table-row"))
                readRow(layout);
            else if (is(tableNs, u"table-header-rows") || is(tableNs, u"table-rows") || is(tableNs, u"table-row-group"))
                readTableContent(layout);
            else
                m_xml.skipCurrentElement();
        }
    }

    void readRow(TableLayout &layout)
    {
        const int repeat = intAttribute(tableNs, u"number-rows-repeated"_s, 1, maxRepeatedRows);
        const qsizetype rowIndex = layout.rows.size() + layout.pendingEmptyRows;
        QList<SourceCell> cells;
        int pendingEmptyCells = 0;
        while (m_xml.readNextStartElement()) {
            const bool coveredCell = is(tableNs, u"covered-table-cell");
            if (!coveredCell && !is(tableNs, u"table-cell")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const int columnRepeat = intAttribute(tableNs, u"number-columns-repeated"_s, 1, maxColumns);
            const int columnSpan = intAttribute(tableNs, u"number-columns-spanned"_s, 1, maxColumns);
            const int rowSpan = intAttribute(tableNs, u"number-rows-spanned"_s, 1, maxRepeatedRows);
            QString text;
            if (coveredCell) {
                m_xml.skipCurrentElement();
            } else {
                QList<OdtBlock> blocks;
                while (m_xml.readNextStartElement())
                    readBlock(blocks);
                text = sourcetext::joinLines(linesOf(blocks));
            }
            if (!coveredCell && text.isEmpty() && columnSpan == 1 && rowSpan == 1) {
                pendingEmptyCells = std::min(pendingEmptyCells + columnRepeat, maxColumns);
                continue;
            }
            for (; pendingEmptyCells > 0 && cells.size() < maxColumns; --pendingEmptyCells)
                cells.append(SourceCell{});
            for (int i = 0; i < columnRepeat && cells.size() < maxColumns; ++i) {
                const qsizetype column = cells.size();
                if (coveredCell) {
                    cells.append(layout.covered.value(TableLayout::key(rowIndex, column)));
                    continue;
                }
                cells.append(SourceCell{text, SourceCell::Origin::Own});
                for (int r = 0; r < rowSpan; ++r) {
                    for (int c = 0; c < columnSpan; ++c) {
                        if (r == 0 && c == 0)
                            continue;
                        const auto origin = r == 0 ? SourceCell::Origin::FromLeft : SourceCell::Origin::FromAbove;
                        layout.covered.insert(TableLayout::key(rowIndex + r, column + c), SourceCell{text, origin});
                    }
                }
            }
        }
        if (cells.isEmpty()) {
            layout.pendingEmptyRows = std::min(layout.pendingEmptyRows + repeat, maxRepeatedRows);
            return;
        }
        for (; layout.pendingEmptyRows > 0; --layout.pendingEmptyRows)
            layout.rows.append(QList<SourceCell>{});
        for (int i = 0; i < repeat; ++i)
            layout.rows.append(cells);
    }

    QXmlStreamReader m_xml;
    QSet<QString> m_bulletLevels; // "style name/level"
};

} // namespace

SourceDocumentResult readOdt(const QByteArray &bytes)
{
    SourceDocumentResult result;
    ZipPackage package(bytes);
    if (!package.isOpen()) {
        result.error = QCoreApplication::translate("core", "The file is not a valid OpenDocument (.odt) package: %1.")
                           .arg(package.errorString());
        return result;
    }
    const std::optional<QByteArray> content = package.read(u"content.xml"_s);
    if (!content) {
        result.error = QCoreApplication::translate("core", "The file is not an OpenDocument text: %1")
                           .arg(package.errorString());
        return result;
    }
    return OdtContentReader(*content).read();
}

} // namespace core
