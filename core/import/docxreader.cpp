#include "docxreader.h"

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

const QString transitionalNs = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString strictNs = u"http://purl.oclc.org/ooxml/wordprocessingml/main"_s;
const QString compatibilityNs = u"http://schemas.openxmlformats.org/markup-compatibility/2006"_s;

/// The bullet levels of word/numbering.xml: every other list level is numbered "N. ".
class Numbering
{
public:
    void read(const QByteArray &bytes)
    {
        QXmlStreamReader xml(bytes);
        QHash<QString, QHash<QString, QString>> formatsOfAbstract; // abstractNumId → ilvl → numFmt
        QString abstractId;
        QString level;
        QString numId;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString ns = xml.namespaceUri().toString();
            if (ns != transitionalNs && ns != strictNs)
                continue;
            const auto value = [&](const QString &name) { return xml.attributes().value(ns, name).toString(); };
            const QStringView name = xml.name();
            if (name == u"abstractNum") {
                abstractId = value(u"abstractNumId"_s);
            } else if (name == u"lvl") {
                level = value(u"ilvl"_s);
            } else if (name == u"numFmt" && !abstractId.isEmpty()) {
                formatsOfAbstract[abstractId][level] = value(u"val"_s);
            } else if (name == u"num") {
                abstractId.clear();
                numId = value(u"numId"_s);
            } else if (name == u"abstractNumId" && !numId.isEmpty()) {
                m_abstractOfNum.insert(numId, value(u"val"_s));
            }
        }
        for (auto it = m_abstractOfNum.cbegin(); it != m_abstractOfNum.cend(); ++it) {
            const QHash<QString, QString> formats = formatsOfAbstract.value(it.value());
            for (auto level = formats.cbegin(); level != formats.cend(); ++level) {
                if (level.value() == u"bullet")
                    m_bullets.insert(it.key() + u'/' + level.key());
            }
        }
    }

    bool isBullet(const QString &numId, const QString &level) const
    {
        return m_bullets.contains(numId + u'/' + level);
    }

private:
    QHash<QString, QString> m_abstractOfNum;
    QSet<QString> m_bullets;
};

struct WordParagraph {
    QString text;
    QString numId;   ///< w:numPr; empty or "0" when the paragraph is not a list item
    QString level;   ///< w:ilvl
    QStringList textBoxLines; ///< the text of text boxes anchored in the paragraph
};

struct WordCell {
    enum class VerticalMerge { None, Restart, Continue };
    QString text;
    int span = 1;
    VerticalMerge verticalMerge = VerticalMerge::None;
    bool mergedWithLeft = false; ///< the old w:hMerge="continue"
};

struct WordRow {
    int gridBefore = 0;
    int gridAfter = 0;
    QList<WordCell> cells;
};

struct WordTable {
    int gridColumns = 0;
    QList<WordRow> rows;
};

using WordBlock = std::variant<WordParagraph, WordTable>;

/// Numbers list paragraphs as Word shows them: per list and level, deeper levels restarting.
class ListCounter
{
public:
    explicit ListCounter(const Numbering &numbering) : m_numbering(numbering) {}

    QString prefix(const WordParagraph &paragraph)
    {
        if (paragraph.numId.isEmpty() || paragraph.numId == u"0")
            return {};
        if (m_numbering.isBullet(paragraph.numId, paragraph.level))
            return u"– "_s;
        const int level = paragraph.level.toInt();
        QHash<int, int> &levels = m_counts[paragraph.numId];
        const int number = ++levels[level];
        for (auto it = levels.begin(); it != levels.end(); ++it) {
            if (it.key() > level)
                it.value() = 0;
        }
        return QString::number(number) + u". "_s;
    }

private:
    const Numbering &m_numbering;
    QHash<QString, QHash<int, int>> m_counts;
};

/// A table's text as lines: one line a row, the cells separated by "; ".
QStringList flattenedTable(const WordTable &table)
{
    QStringList lines;
    for (const WordRow &row : table.rows) {
        QStringList cells;
        for (const WordCell &cell : row.cells) {
            if (!cell.text.isEmpty() && cell.verticalMerge != WordCell::VerticalMerge::Continue && !cell.mergedWithLeft)
                cells.append(QString(cell.text).replace(u'\n', u' '));
        }
        if (!cells.isEmpty())
            lines.append(cells.join(u"; "));
    }
    return lines;
}

QList<SourceRow> laidOutRows(const WordTable &table, int tableNumber)
{
    QList<SourceRow> rows;
    int width = table.gridColumns;
    for (const WordRow &wordRow : table.rows) {
        SourceRow row;
        row.place.table = tableNumber;
        row.place.row = int(rows.size()) + 1;
        for (int i = 0; i < wordRow.gridBefore; ++i)
            row.cells.append(SourceCell{});
        for (const WordCell &cell : wordRow.cells) {
            const qsizetype column = row.cells.size();
            const int span = std::max(1, cell.span);
            if (cell.verticalMerge == WordCell::VerticalMerge::Continue && !rows.isEmpty()) {
                const QList<SourceCell> &above = rows.last().cells;
                for (int i = 0; i < span; ++i) {
                    const QString text = column + i < above.size() ? above.at(column + i).text : QString();
                    row.cells.append(SourceCell{text, SourceCell::Origin::FromAbove});
                }
                continue;
            }
            if (cell.mergedWithLeft && !row.cells.isEmpty()) {
                const QString text = row.cells.last().text;
                for (int i = 0; i < span; ++i)
                    row.cells.append(SourceCell{text, SourceCell::Origin::FromLeft});
                continue;
            }
            row.cells.append(SourceCell{cell.text, SourceCell::Origin::Own});
            for (int i = 1; i < span; ++i)
                row.cells.append(SourceCell{cell.text, SourceCell::Origin::FromLeft});
        }
        for (int i = 0; i < wordRow.gridAfter; ++i)
            row.cells.append(SourceCell{});
        width = std::max(width, int(row.cells.size()));
        rows.append(row);
    }
    for (SourceRow &row : rows) {
        while (row.cells.size() < width)
            row.cells.append(SourceCell{});
    }
    return rows;
}

class WordBodyReader
{
public:
    WordBodyReader(const QByteArray &bytes, const Numbering &numbering)
        : m_xml(bytes), m_numbering(numbering)
    {
    }

    SourceDocumentResult read()
    {
        SourceDocumentResult result;
        result.document.format = u"docx"_s;
        QList<WordBlock> blocks;
        if (m_xml.readNextStartElement()) {
            m_ns = m_xml.namespaceUri().toString();
            if ((m_ns != transitionalNs && m_ns != strictNs) || m_xml.name() != u"document") {
                result.error = QCoreApplication::translate("core", "The Word document has no document body.");
                return result;
            }
            while (m_xml.readNextStartElement()) {
                if (isWord(u"body")) {
                    while (m_xml.readNextStartElement())
                        readBlock(blocks);
                } else {
                    m_xml.skipCurrentElement();
                }
            }
        }
        if (m_xml.hasError()) {
            result.error = QCoreApplication::translate("core", "The Word document is damaged: %1 (line %2).")
                               .arg(m_xml.errorString())
                               .arg(m_xml.lineNumber());
            return result;
        }
        ListCounter counter(m_numbering);
        SourceDocument &document = result.document;
        const auto addParagraph = [&](const QString &text) {
            const QString trimmed = sourcetext::plainSpaces(text).trimmed();
            if (trimmed.isEmpty())
                return;
            SourceParagraph paragraph{trimmed, {}};
            paragraph.place.paragraph = int(document.paragraphs.size()) + 1;
            document.paragraphs.append(paragraph);
        };
        for (const WordBlock &block : std::as_const(blocks)) {
            if (const auto *paragraph = std::get_if<WordParagraph>(&block)) {
                for (const QString &line : paragraph->textBoxLines)
                    addParagraph(line);
                const QString text = sourcetext::plainSpaces(paragraph->text).trimmed();
                if (!text.isEmpty())
                    addParagraph(counter.prefix(*paragraph) + text);
            } else {
                SourceTable table;
                table.paragraphsBefore = document.paragraphs.size();
                table.rows = laidOutRows(std::get<WordTable>(block), int(document.tables.size()) + 1);
                document.tables.append(table);
            }
        }
        return result;
    }

private:
    bool isWord(QStringView name) const { return m_xml.namespaceUri() == m_ns && m_xml.name() == name; }
    bool isAlternateContent() const
    {
        return m_xml.namespaceUri() == compatibilityNs && m_xml.name() == u"AlternateContent";
    }
    QString wordAttribute(const QString &name) const { return m_xml.attributes().value(m_ns, name).toString(); }

    /// mc:AlternateContent holds the same content several ways: read the first choice only.
    template<typename ReadChild>
    void readAlternateContent(ReadChild readChild)
    {
        bool taken = false;
        while (m_xml.readNextStartElement()) {
            if (!taken && m_xml.namespaceUri() == compatibilityNs && m_xml.name() == u"Choice") {
                taken = true;
                while (m_xml.readNextStartElement())
                    readChild();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    /// Reads the element at hand (a paragraph, a table or a wrapper around them) into blocks.
    void readBlock(QList<WordBlock> &blocks)
    {
        static const QStringList skipped{u"sectPr"_s, u"pPr"_s, u"rPr"_s, u"sdtPr"_s, u"sdtEndPr"_s, u"del"_s,
                                         u"moveFrom"_s, u"tblPr"_s, u"trPr"_s, u"tcPr"_s, u"bookmarkStart"_s};
        if (isWord(u"p")) {
            blocks.append(readParagraph());
        } else if (isWord(u"tbl")) {
            blocks.append(readTable());
        } else if (isAlternateContent()) {
            readAlternateContent([&] { readBlock(blocks); });
        } else if (m_xml.namespaceUri() == m_ns && skipped.contains(m_xml.name())) {
            m_xml.skipCurrentElement();
        } else {
            while (m_xml.readNextStartElement())
                readBlock(blocks);
        }
    }

    WordParagraph readParagraph()
    {
        WordParagraph paragraph;
        while (m_xml.readNextStartElement())
            readRunContent(paragraph);
        return paragraph;
    }

    void readRunContent(WordParagraph &paragraph)
    {
        static const QStringList skipped{u"rPr"_s, u"del"_s, u"moveFrom"_s, u"delText"_s, u"instrText"_s,
                                         u"delInstrText"_s, u"sym"_s, u"softHyphen"_s, u"fldChar"_s,
                                         u"footnoteReference"_s, u"endnoteReference"_s, u"commentReference"_s};
        if (m_xml.namespaceUri() == m_ns) {
            const QStringView name = m_xml.name();
            if (name == u"pPr") {
                readParagraphProperties(paragraph);
                return;
            }
            if (name == u"t") {
                paragraph.text += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                return;
            }
            if (name == u"tab" || name == u"ptab") {
                paragraph.text += u'\t';
                m_xml.skipCurrentElement();
                return;
            }
            if (name == u"br" || name == u"cr") {
                paragraph.text += u'\n';
                m_xml.skipCurrentElement();
                return;
            }
            if (name == u"noBreakHyphen") {
                paragraph.text += u'-';
                m_xml.skipCurrentElement();
                return;
            }
            if (name == u"txbxContent") {
                QList<WordBlock> blocks;
                while (m_xml.readNextStartElement())
                    readBlock(blocks);
                paragraph.textBoxLines += linesOf(blocks);
                return;
            }
            if (skipped.contains(name)) {
                m_xml.skipCurrentElement();
                return;
            }
        } else if (isAlternateContent()) {
            readAlternateContent([&] { readRunContent(paragraph); });
            return;
        }
        // Runs, insertions, hyperlinks, simple fields, content controls, smart tags, drawings.
        while (m_xml.readNextStartElement())
            readRunContent(paragraph);
    }

    void readParagraphProperties(WordParagraph &paragraph)
    {
        while (m_xml.readNextStartElement()) {
            if (isWord(u"numPr")) {
                while (m_xml.readNextStartElement()) {
                    if (isWord(u"numId"))
                        paragraph.numId = wordAttribute(u"val"_s);
                    else if (isWord(u"ilvl"))
                        paragraph.level = wordAttribute(u"val"_s);
                    m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    WordTable readTable()
    {
        WordTable table;
        readTableContent(table);
        return table;
    }

    void readTableContent(WordTable &table)
    {
        while (m_xml.readNextStartElement()) {
            if (isWord(u"tblGrid")) {
                while (m_xml.readNextStartElement()) {
                    if (isWord(u"gridCol"))
                        ++table.gridColumns;
                    m_xml.skipCurrentElement();
                }
            } else if (isWord(u"tr")) {
                WordRow row;
                readRowContent(row);
                table.rows.append(row);
            } else if (isWord(u"tblPr") || isWord(u"tblPrEx") || isWord(u"sdtPr") || isWord(u"bookmarkStart")) {
                m_xml.skipCurrentElement();
            } else if (isAlternateContent()) {
                readAlternateContent([&] { m_xml.skipCurrentElement(); });
            } else {
                readTableContent(table); // row-level content controls, custom XML
            }
        }
    }

    void readRowContent(WordRow &row)
    {
        while (m_xml.readNextStartElement()) {
            if (isWord(u"trPr")) {
                while (m_xml.readNextStartElement()) {
                    if (isWord(u"gridBefore"))
                        row.gridBefore = std::clamp(wordAttribute(u"val"_s).toInt(), 0, 1000);
                    else if (isWord(u"gridAfter"))
                        row.gridAfter = std::clamp(wordAttribute(u"val"_s).toInt(), 0, 1000);
                    m_xml.skipCurrentElement();
                }
            } else if (isWord(u"tc")) {
                row.cells.append(readCell());
            } else if (isWord(u"tblPrEx") || isWord(u"sdtPr") || isWord(u"del")) {
                m_xml.skipCurrentElement();
            } else {
                readRowContent(row); // cell-level content controls, custom XML
            }
        }
    }

    WordCell readCell()
    {
        WordCell cell;
        QList<WordBlock> blocks;
        while (m_xml.readNextStartElement()) {
            if (!isWord(u"tcPr")) {
                readBlock(blocks);
                continue;
            }
            while (m_xml.readNextStartElement()) {
                if (isWord(u"gridSpan")) {
                    cell.span = std::clamp(wordAttribute(u"val"_s).toInt(), 1, 1000);
                } else if (isWord(u"vMerge")) {
                    cell.verticalMerge = wordAttribute(u"val"_s) == u"restart" ? WordCell::VerticalMerge::Restart
                                                                              : WordCell::VerticalMerge::Continue;
                } else if (isWord(u"hMerge")) {
                    cell.mergedWithLeft = wordAttribute(u"val"_s) != u"restart";
                }
                m_xml.skipCurrentElement();
            }
        }
        cell.text = sourcetext::joinLines(linesOf(blocks));
        return cell;
    }

    /// The lines of a cell or text box: paragraphs with their list numbers, nested tables flattened.
    QStringList linesOf(const QList<WordBlock> &blocks) const
    {
        ListCounter counter(m_numbering);
        QStringList lines;
        for (const WordBlock &block : blocks) {
            if (const auto *paragraph = std::get_if<WordParagraph>(&block)) {
                lines += paragraph->textBoxLines;
                const QString text = sourcetext::plainSpaces(paragraph->text).trimmed();
                if (!text.isEmpty())
                    lines.append(counter.prefix(*paragraph) + text);
            } else {
                lines += flattenedTable(std::get<WordTable>(block));
            }
        }
        return lines;
    }

    QXmlStreamReader m_xml;
    const Numbering &m_numbering;
    QString m_ns;
};

} // namespace

SourceDocumentResult readDocx(const QByteArray &bytes)
{
    SourceDocumentResult result;
    ZipPackage package(bytes);
    if (!package.isOpen()) {
        result.error = QCoreApplication::translate("core", "The file is not a valid Word (.docx) package: %1.")
                           .arg(package.errorString());
        return result;
    }
    const std::optional<QByteArray> body = package.read(u"word/document.xml"_s);
    if (!body) {
        result.error = QCoreApplication::translate("core", "The file is not a Word document: %1")
                           .arg(package.errorString());
        return result;
    }
    Numbering numbering;
    if (const std::optional<QByteArray> numberingXml = package.read(u"word/numbering.xml"_s))
        numbering.read(*numberingXml);
    return WordBodyReader(*body, numbering).read();
}

} // namespace core
