#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace core {

/// Where a paragraph or a table row is in the document it was read from, for warnings
/// a person can follow: "line 12" of a text file, "table 2, row 5" of a Word file,
/// "sheet «План», row 7" of a workbook.
struct SourcePlace {
    int line = 0;   ///< text and CSV files: the 1-based line; 0 elsewhere
    int table = 0;  ///< 1-based table of the document (0 for paragraphs outside tables)
    int row = 0;    ///< 1-based row of that table, or of the sheet
    int paragraph = 0; ///< 1-based paragraph outside tables (Word, OpenDocument, HTML)
    QString sheet;  ///< the worksheet's name (Excel)

    friend bool operator==(const SourcePlace &, const SourcePlace &) = default;
};

/// "line 12", "table 2, row 5", "sheet «План», row 7", "paragraph 3" (translated).
QString describePlace(const SourcePlace &place);

/// One grid cell of a table. Merged cells are laid out on the grid: the cell where the merge
/// starts holds the text, every other grid position it covers is a copy marked as such, so
/// that every row has one cell per grid column.
struct SourceCell {
    enum class Origin {
        Own,        ///< the cell's own text
        FromLeft,   ///< covered by a cell merged across columns (w:gridSpan, colspan)
        FromAbove,  ///< covered by a cell merged down rows (w:vMerge, rowspan)
    };
    QString text;   ///< paragraphs and line breaks as '\n', list items with their numbers ("1. ДЭР")
    Origin origin = Origin::Own;

    bool isCopy() const { return origin != Origin::Own; }
    friend bool operator==(const SourceCell &, const SourceCell &) = default;
};

struct SourceRow {
    QList<SourceCell> cells;
    SourcePlace place;
};

/// A table of the document. Nested tables are flattened into their cell's text.
struct SourceTable {
    QString name;               ///< the sheet's name for a workbook; empty elsewhere
    QList<SourceRow> rows;
    qsizetype paragraphsBefore = 0; ///< how many of the document's paragraphs come before it
    int columnCount() const;
};

struct SourceParagraph {
    QString text;
    SourcePlace place;
};

/// What a format reader (text, CSV, Word, OpenDocument, web page, Excel) hands to the
/// roadmap reader: the paragraphs outside tables and the tables, in document order.
struct SourceDocument {
    QString format;                      ///< "text", "csv", "docx", "odt", "html", "xlsx"
    QList<SourceParagraph> paragraphs;
    QList<SourceTable> tables;
};

inline int SourceTable::columnCount() const
{
    qsizetype count = 0;
    for (const SourceRow &row : rows)
        count = std::max(count, row.cells.size());
    return int(count);
}

} // namespace core
