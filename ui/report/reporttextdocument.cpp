#include "reporttextdocument.h"

#include "reportchartpainter.h"
#include "reporttablepieces.h"
#include "reporttypesetting.h"

#include <QAbstractTextDocumentLayout>
#include <QPair>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace ui {

namespace {

constexpr qreal bodyPoints = 12.0;
// At least 10 pt in tables, as office papers are read (and copied) at that size.
constexpr qreal tablePoints = 10.0;
constexpr qreal tableHeaderPoints = 10.0;
constexpr qreal smallPoints = 8.5;
constexpr qreal cellPaddingPoints = 2.5;
constexpr qreal tableBorder = 0.75; ///< layout pixels
constexpr qreal levelIndentPoints = 12.0; ///< a ReportRow level's indent in the first column

/// Points to layout pixels.
constexpr qreal px(qreal points)
{
    return points * ReportTextDocument::layoutDpi / 72.0;
}

constexpr qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * ReportTextDocument::layoutDpi;
}

const QColor headerFill(0xe6, 0xe6, 0xe6);
const QColor groupFill(0xf4, 0xf4, 0xf4);
const QColor alertInk(0x9c, 0x1c, 0x1c);

QTextCharFormat charFormat(qreal points, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setFont(ReportTextDocument::font(points, bold), QTextCharFormat::FontPropertiesAll);
    format.setFontItalic(italic);
    return format;
}

QTextBlockFormat blockFormat(Qt::Alignment alignment, qreal topPoints = 0, qreal bottomPoints = 0)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setTopMargin(px(topPoints));
    format.setBottomMargin(px(bottomPoints));
    return format;
}

/// Inserts text with line breaks as separate lines of one block.
void insertLines(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    cursor.insertText(QString(text).replace(u'\n', QChar::LineSeparator), format);
}

/// Starts a paragraph: reuses the empty one a table leaves behind it, so that no stray blank
/// line follows tables.
void startBlock(QTextCursor &cursor, const QTextBlockFormat &format)
{
    if (cursor.block().length() <= 1 && !cursor.block().blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)
        && cursor.currentTable() == nullptr && cursor.block().previous().isValid())
        cursor.setBlockFormat(format);
    else
        cursor.insertBlock(format);
}

ReportTableLayout::Style tableStyle()
{
    ReportTableLayout::Style style;
    style.headerFont = ReportTextDocument::font(tableHeaderPoints, true);
    style.font = ReportTextDocument::font(tablePoints);
    style.boldFont = ReportTextDocument::font(tablePoints, true);
    style.headerFill = headerFill;
    style.groupFill = groupFill;
    style.alertInk = alertInk;
    style.padding = px(cellPaddingPoints);
    style.border = tableBorder;
    style.levelIndent = px(levelIndentPoints);
    return style;
}

/// A full-width table without borders, for lining text up: columns as percentages of the width.
QTextTableFormat invisibleTable(qreal padding, std::initializer_list<qreal> columnPercentages)
{
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setBorder(0);
    format.setCellPadding(padding);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const qreal percent : columnPercentages)
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    format.setColumnWidthConstraints(widths);
    return format;
}

/// Removes everything from position to the end of the document, leaving cursor there.
void removeToEnd(QTextCursor &cursor, int position)
{
    cursor.setPosition(position);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    cursor.endEditBlock();
}

} // namespace

ReportTextDocument::ReportTextDocument(const core::ReportDocument &report, Pagination pagination, const ReportProgress &progress)
    : m_report(typeset(report))
    , m_pagination(pagination)
    , m_layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied)
    , m_progress(progress)
    , m_tablePieces(std::make_unique<ReportTablePieces>())
    , m_document(std::make_unique<QTextDocument>())
{
    m_layoutDevice.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
    m_layoutDevice.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
    build();
}

ReportTextDocument::~ReportTextDocument() = default;

QPageLayout ReportTextDocument::pageLayout()
{
    // Left 25 mm for binding, as Russian office papers have it.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 22, 15, 20), QPageLayout::Millimeter);
}

QSizeF ReportTextDocument::sheetSize()
{
    const QSizeF size = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return {mm(size.width()), mm(size.height())};
}

QRectF ReportTextDocument::bodyRect()
{
    const QPageLayout layout = pageLayout();
    const QRectF paint = layout.paintRect(QPageLayout::Millimeter);
    return {mm(paint.x()), mm(paint.y()), mm(paint.width()), mm(paint.height())};
}

QFont ReportTextDocument::font(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"), QStringLiteral("Tinos"),
                      QStringLiteral("PT Serif"), QStringLiteral("DejaVu Serif")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

/// Where the lines of a block lie in the document, as laid out.
static std::pair<qreal, qreal> lineExtent(const QTextBlock &block)
{
    const QRectF rect = block.document()->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return {rect.top(), rect.bottom()};
    const qreal origin = rect.top() - layout->boundingRect().top();
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return {origin + layout->lineAt(0).y(), origin + last.y() + last.height()};
}

void ReportTextDocument::build()
{
    QTextDocument &doc = *m_document;
    doc.documentLayout()->setPaintDevice(&m_layoutDevice);
    doc.documentLayout()->registerHandler(ReportTablePieces::objectType, m_tablePieces.get());
    doc.setDefaultFont(font(bodyPoints));
    doc.setDocumentMargin(0);
    // A page height QTextDocument's fixed-point layout holds exactly (1/64 px), so that page k
    // starts at k × height for it as for the pagination here, however many pages there are.
    doc.setPageSize(QSizeF(bodyRect().width(), std::floor(bodyRect().height() * 64) / 64));
    doc.setMetaInformation(QTextDocument::DocumentTitle, m_report.title + u' ' + m_report.subtitle);
    // Long web addresses in narrow cells break anywhere rather than overflow the cell.
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);

    // The document is written from the top down, one part at a time, each part in one edit
    // block so that it is laid out once. Pagination decisions look at the part just written:
    // everything above it is laid out for good, since later parts cannot move it.
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    addTitle(cursor);
    cursor.endEditBlock();
    int lastSectionStart = 0;
    for (int i = 0; i < m_report.sections.size(); ++i) {
        lastSectionStart = cursor.position();
        addSection(cursor, m_report.sections.at(i), i, false);
        if (!goOn(doc.documentLayout()->blockBoundingRect(doc.lastBlock()).top()))
            return;
    }
    int signatureStart = cursor.position();
    addSignature(cursor);
    if (m_pagination != Pagination::Paged || m_report.sections.isEmpty())
        return;

    // The signature block is not split over two pages, and a signature alone on the last page
    // signs nothing: the last section goes over with it. When that section is itself longer
    // than a page the signature may still start a page, but it is never split.
    const qreal pageHeight = doc.pageSize().height();
    const auto signaturePlace = [&] {
        const qreal top = doc.documentLayout()->frameBoundingRect(m_signatureTable).top();
        const qreal bottom = lineExtent(doc.lastBlock()).second;
        const qreal pageStart = std::floor(top / pageHeight) * pageHeight;
        return std::pair{top - pageStart < px(60), bottom > pageStart + pageHeight};
    };
    if (const auto [alone, split] = signaturePlace(); !alone && !split)
        return;
    removeToEnd(cursor, lastSectionStart);
    addSection(cursor, m_report.sections.constLast(), int(m_report.sections.size()) - 1, true);
    signatureStart = cursor.position();
    addSignature(cursor);
    if (!signaturePlace().second)
        return;
    removeToEnd(cursor, signatureStart);
    addSignature(cursor, true);
}

bool ReportTextDocument::goOn(qreal y)
{
    if (m_progress && !m_stopped)
        m_stopped = !m_progress(ReportStage::Layout, int(std::floor(y / m_document->pageSize().height())) + 1, 0);
    return !m_stopped;
}

qreal ReportTextDocument::marginToNextPage(const QTextBlock &heading, qreal needed) const
{
    // The layout knows no "keep with next": a heading that would end a page without room for
    // the start of what follows it begins the next page instead. It is moved there by a top
    // margin, which the layout honours exactly, rather than by a page break, which it places
    // after whatever page it last thought it was on.
    if (m_pagination != Pagination::Paged)
        return 0;
    const qreal pageHeight = m_document->pageSize().height();
    const auto [top, bottom] = lineExtent(heading);
    const qreal pageStart = std::floor(top / pageHeight) * pageHeight;
    if (top - pageStart < px(4) || pageStart + pageHeight - bottom >= needed)
        return 0;
    // Half a pixel more, so that rounding cannot leave the line a hair above the page's top.
    return pageStart + pageHeight - top + 0.5;
}

void ReportTextDocument::addTitle(QTextCursor &cursor)
{
    // Top right: «УТВЕРЖДАЮ» with the head's signature line, then the addressee.
    const core::ReportApproval &approval = m_report.approval;
    const bool approvalBlock = !approval.isEmpty();
    if (approvalBlock || !m_report.addressee.isEmpty()) {
        QTextTableFormat format = invisibleTable(px(1), {50, 50});
        format.setBottomMargin(px(12));
        const bool both = approvalBlock && !m_report.addressee.isEmpty();
        const int rows = (approvalBlock ? 4 : 0) + (both ? 1 : 0) + int(m_report.addressee.size());
        QTextTable *table = cursor.insertTable(rows, 2, format);
        int row = 0;
        const auto line = [&](const QString &text, const QTextCharFormat &ink, qreal top = 0) {
            QTextCursor c = table->cellAt(row++, 1).firstCursorPosition();
            c.setBlockFormat(blockFormat(Qt::AlignLeft, top, 0));
            c.insertText(text, ink);
        };
        if (approvalBlock) {
            line(approval.heading, charFormat(bodyPoints, true));
            line(approval.position, charFormat(bodyPoints));
            line(QStringLiteral("_______________ ") + approval.name, charFormat(bodyPoints), 10);
            line(approval.date, charFormat(bodyPoints), 4);
        }
        if (both)
            line(QString(), charFormat(bodyPoints)); // a line between the two blocks
        for (const QString &addressee : m_report.addressee)
            line(addressee, charFormat(bodyPoints));
        cursor.movePosition(QTextCursor::End);
        startBlock(cursor, blockFormat(Qt::AlignHCenter, 0, 2));
    } else {
        cursor.setBlockFormat(blockFormat(Qt::AlignHCenter, 0, 2));
    }
    cursor.insertText(m_report.organisation, charFormat(bodyPoints, true));

    QTextBlockFormat rule = blockFormat(Qt::AlignHCenter, 0, 14);
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    cursor.insertBlock(rule);

    startBlock(cursor, blockFormat(Qt::AlignHCenter, 6, 4));
    QTextCharFormat title = charFormat(14, true);
    title.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    title.setFontLetterSpacing(px(2));
    cursor.insertText(m_report.title, title);
    startBlock(cursor, blockFormat(Qt::AlignHCenter, 0, 4));
    cursor.insertText(m_report.subtitle, charFormat(bodyPoints, true));
    startBlock(cursor, blockFormat(Qt::AlignHCenter, 0, 14));
    cursor.insertText(m_report.asOfLine, charFormat(bodyPoints));

    // Label and value lines, as an invisible two-column table so that the values align.
    QTextTableFormat format = invisibleTable(px(1.5), {27, 73});
    format.setBottomMargin(px(10));
    QTextTable *table = cursor.insertTable(int(m_report.details.size()), 2, format);
    for (int row = 0; row < m_report.details.size(); ++row) {
        const core::ReportField &field = m_report.details.at(row);
        QTextCursor label = table->cellAt(row, 0).firstCursorPosition();
        label.insertText(field.label + u':', charFormat(11, true));
        QTextCursor value = table->cellAt(row, 1).firstCursorPosition();
        insertLines(value, field.value, charFormat(11));
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportTextDocument::addSection(QTextCursor &cursor, const core::ReportSection &section, int index, bool newPage)
{
    const bool part = section.level > 1;
    QTextBlockFormat heading = blockFormat(Qt::AlignLeft, part ? 10 : 16, 6);
    // Word processors paginate the flowing layout themselves: a heading kept whole is told to
    // stay with what follows (see OdtPackage); the paged layout keeps headings itself.
    if (m_pagination == Pagination::Flowing)
        heading.setNonBreakableLines(true);
    cursor.beginEditBlock();
    startBlock(cursor, heading);
    cursor.insertText(section.heading, charFormat(part ? 11 : bodyPoints, true, part));
    cursor.endEditBlock();
    // The room the start of the section's content needs under its heading.
    qreal needed = px(48);
    if (newPage)
        needed = std::numeric_limits<qreal>::infinity();
    else if (!section.chart.isEmpty())
        needed = ReportChartPainter::height(section.chart, font(9), qFloor(bodyRect().width())) + px(8);
    else if (!section.table.isEmpty() && m_pagination == Pagination::Paged) {
        // The header row and the first row, or an activity's heading row and its first obligation.
        const ReportTableLayout table(section.table, tableStyle(), bodyRect().width(), &m_layoutDevice);
        const int rows = section.table.rows.value(0).kind == core::ReportRow::Kind::Group ? 2 : 1;
        needed = table.height(0, std::min<int>(rows, int(section.table.rows.size()))) + px(4);
    }
    if (const qreal margin = marginToNextPage(cursor.block(), needed); margin > 0) {
        // Right after a table the layout ignores a block's top margin, and a table's bottom
        // margin would make the table (and its repeated header) reach into the next page: the
        // heading is written again after the empty paragraph a table leaves behind it.
        const int blockStart = cursor.block().position();
        if (auto *table = qobject_cast<QTextTable *>(m_document->frameAt(blockStart - 1)); table && blockStart > 0) {
            removeToEnd(cursor, blockStart);
            heading.setTopMargin(margin); // its own margin was the one ignored
            cursor.beginEditBlock();
            cursor.insertBlock(heading);
            cursor.insertText(section.heading, charFormat(part ? 11 : bodyPoints, true, part));
            cursor.endEditBlock();
        } else {
            QTextBlockFormat format = cursor.blockFormat();
            format.setTopMargin(format.topMargin() + margin);
            cursor.setBlockFormat(format);
        }
    }

    cursor.beginEditBlock();
    for (const QString &paragraph : section.paragraphs) {
        QTextBlockFormat format = blockFormat(Qt::AlignJustify, 0, 6);
        format.setTextIndent(px(part ? 0 : 28));
        startBlock(cursor, format);
        cursor.insertText(paragraph, charFormat(part ? 10.5 : 11));
    }
    if (!section.chart.isEmpty())
        addChart(cursor, section.chart, index);
    cursor.endEditBlock();
    if (!section.table.isEmpty())
        addTable(cursor, section.table);
    if (!section.note.isEmpty()) {
        cursor.beginEditBlock();
        startBlock(cursor, blockFormat(Qt::AlignLeft, 0, 4));
        cursor.insertText(section.note, charFormat(smallPoints, false, true));
        cursor.endEditBlock();
    }
}

void ReportTextDocument::addTable(QTextCursor &cursor, const core::ReportTable &table)
{
    const int rows = int(table.rows.size());
    if (m_pagination != Pagination::Paged) {
        cursor.beginEditBlock();
        insertTablePiece(cursor, table, 0, rows, false);
        cursor.endEditBlock();
        return;
    }
    // Paged, the table is laid out by ReportTableLayout and shown a page at a time: each piece is
    // one object character, as tall as the header row and the rows that fit under it. Rows are
    // measured as they are reached, and each piece is laid out once: a QTextDocument table was
    // laid out as a whole, and written a few times over to find where pages end.
    const int index = m_tablePieces->add(std::make_unique<ReportTableLayout>(table, tableStyle(), bodyRect().width(), &m_layoutDevice));
    const ReportTableLayout &layout = m_tablePieces->layout(index);
    const qreal pageHeight = m_document->pageSize().height();
    // A piece that starts a page is moved there by its top margin, which the layout honours
    // exactly; a page break would follow whatever page the layout last thought it was on, and
    // leave a blank page after a piece that filled its page to the last pixel.
    const auto moveToNextPage = [&] {
        // The layout merges a block's top margin with the bottom margin above it: a second
        // step makes up for the part of the margin that merge took.
        for (int step = 0; step < 3; ++step) {
            const qreal top = lineExtent(cursor.block()).first;
            const qreal pageStart = std::floor(top / pageHeight) * pageHeight;
            if (top - pageStart < 0.5 && (step > 0 || top - pageStart < 0.25))
                return;
            QTextBlockFormat format = cursor.blockFormat();
            format.setTopMargin(format.topMargin() + pageStart + pageHeight - top + 0.25);
            cursor.setBlockFormat(format);
        }
    };
    // The rows from firstRow that fit under the header on the page where the current block
    // starts; an activity's heading row goes over with its first obligation.
    const auto rowsThatFit = [&](int firstRow) {
        const qreal top = lineExtent(cursor.block()).first;
        const qreal pageEnd = (std::floor(top / pageHeight) + 1) * pageHeight;
        int count = 0;
        for (qreal bottom = top + layout.height(firstRow, 0); firstRow + count < rows; ++count) {
            bottom += layout.rowHeight(firstRow + count);
            if (bottom > pageEnd)
                break;
        }
        if (count > 0 && firstRow + count < rows && table.rows.at(firstRow + count - 1).kind == core::ReportRow::Kind::Group)
            --count;
        // Nor is a table's total carried alone onto the next page: the row above goes over with it.
        if (count > 1 && firstRow + count == rows - 1 && table.rows.constLast().kind == core::ReportRow::Kind::Total)
            --count;
        return count;
    };
    int firstRow = 0;
    bool newPage = false;
    while (firstRow < rows) {
        cursor.beginEditBlock();
        // No margin under a piece but the last: the next piece starts right under it, on the
        // next page, with no blank page between when this one fills its page to the end.
        startBlock(cursor, blockFormat(Qt::AlignLeft, newPage ? 0 : 2, 0));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), ReportTablePieces::format(index, firstRow, 0));
        cursor.endEditBlock();
        if (newPage)
            moveToNextPage();
        int count = rowsThatFit(firstRow);
        if (count == 0 && !newPage) {
            // Not even one row under the header here: the table starts on the next page.
            moveToNextPage();
            count = rowsThatFit(firstRow);
        }
        // A row taller than a page runs over it; the next ones follow on the next page.
        count = std::max(count, 1);
        const qreal top = lineExtent(cursor.block()).first;
        QTextCursor object(cursor.block());
        object.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        for (;; --count) {
            object.setCharFormat(ReportTablePieces::format(index, firstRow, count));
            // The line holding the piece stays where it was measured, on one page: were it a
            // hair taller than its rows, the layout would move it to the next page.
            const auto [lineTop, lineBottom] = lineExtent(cursor.block());
            if (count == 1 || (lineTop == top && std::floor(lineTop / pageHeight) == std::floor((lineBottom - 0.01) / pageHeight)))
                break;
        }
        cursor.movePosition(QTextCursor::End);
        firstRow += count;
        newPage = true;
        if (!goOn(lineExtent(cursor.block()).first))
            return;
    }
    QTextBlockFormat last = cursor.blockFormat();
    last.setBottomMargin(px(4));
    cursor.setBlockFormat(last);
}

QTextTable *ReportTextDocument::insertTablePiece(QTextCursor &cursor, const core::ReportTable &table, int firstRow, int rowCount,
                                                 bool newPage)
{
    int totalWidth = 0;
    for (const core::ReportColumn &column : table.columns)
        totalWidth += column.width;
    QList<QTextLength> widths;
    for (const core::ReportColumn &column : table.columns)
        widths.append(QTextLength(QTextLength::PercentageLength, 100.0 * column.width / totalWidth));

    QTextTableFormat format;
    format.setBorderCollapse(true);
    format.setBorder(tableBorder);
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(px(cellPaddingPoints));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(widths);
    format.setHeaderRowCount(1);
    format.setTopMargin(newPage ? 0 : px(2));
    format.setBottomMargin(px(4));
    if (newPage)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);

    const int columns = int(table.columns.size());
    QTextTable *textTable = cursor.insertTable(rowCount + 1, columns, format);

    const auto alignment = [&](int column) { return table.columns.at(column).numeric ? Qt::AlignRight : Qt::AlignLeft; };
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = textTable->cellAt(0, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(headerFill);
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cell.setFormat(cellFormat);
        QTextCursor text = cell.firstCursorPosition();
        text.setBlockFormat(blockFormat(Qt::AlignHCenter));
        text.insertText(table.columns.at(column).title, charFormat(tableHeaderPoints, true));
    }
    for (int r = 0; r < rowCount; ++r) {
        const core::ReportRow &row = table.rows.at(firstRow + r);
        const int tableRow = r + 1;
        if (row.kind == core::ReportRow::Kind::Group) {
            textTable->mergeCells(tableRow, 0, 1, columns);
            QTextTableCell cell = textTable->cellAt(tableRow, 0);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(groupFill);
            cell.setFormat(cellFormat);
            // "1.1. Text …": the number stands out, the text reads as text.
            QTextCursor text = cell.firstCursorPosition();
            text.setBlockFormat(blockFormat(Qt::AlignLeft));
            const QString label = row.cells.value(0);
            const qsizetype space = label.indexOf(u' ');
            text.insertText(label.left(space + 1), charFormat(tablePoints, true));
            text.insertText(label.mid(space + 1), charFormat(tablePoints));
            continue;
        }
        const bool total = row.kind == core::ReportRow::Kind::Total;
        for (int column = 0; column < columns && column < row.cells.size(); ++column) {
            QTextCursor text = textTable->cellAt(tableRow, column).firstCursorPosition();
            QTextBlockFormat paragraph = blockFormat(alignment(column));
            if (column == 0)
                paragraph.setLeftMargin(row.level * px(levelIndentPoints)); // a part of the line above
            text.setBlockFormat(paragraph);
            // An alert row is marked so that it shows in black and white too: bold, and "!" before it.
            QTextCharFormat ink = charFormat(tablePoints, total || row.alert);
            if (row.alert)
                ink.setForeground(alertInk);
            const QString mark = row.alert && column == 0 ? QStringLiteral("! ") : QString();
            insertLines(text, mark + row.cells.at(column), ink);
        }
    }
    cursor.movePosition(QTextCursor::End);
    return textTable;
}

void ReportTextDocument::addChart(QTextCursor &cursor, const core::ReportChart &chart, int index)
{
    const QFont chartFont = font(9);
    const int width = qFloor(bodyRect().width());
    const QImage image = ReportChartPainter::paint(chart, chartFont, width);
    const QUrl name(QStringLiteral("report-chart-%1.png").arg(index));
    m_document->addResource(QTextDocument::ImageResource, name, image);
    QTextImageFormat imageFormat;
    imageFormat.setName(name.toString());
    imageFormat.setWidth(width);
    imageFormat.setHeight(ReportChartPainter::height(chart, chartFont, width));
    startBlock(cursor, blockFormat(Qt::AlignHCenter, 0, 6));
    cursor.insertImage(imageFormat);
}

void ReportTextDocument::addSignature(QTextCursor &cursor, bool newPage)
{
    const core::ReportSignature &signature = m_report.signature;

    QTextTableFormat format = invisibleTable(px(1), {50, 25, 25});
    format.setTopMargin(px(30));
    cursor.beginEditBlock();
    QTextTable *table = cursor.insertTable(3, 3, format);
    m_signatureTable = table;
    const auto cell = [&](int row, int column, const QString &text, const QTextCharFormat &ink, Qt::Alignment alignment) {
        QTextTableCell tableCell = table->cellAt(row, column);
        QTextTableCellFormat cellFormat = tableCell.format().toTableCellFormat();
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignBottom);
        tableCell.setFormat(cellFormat);
        QTextCursor c = tableCell.firstCursorPosition();
        c.setBlockFormat(blockFormat(alignment));
        c.insertText(text, ink);
    };
    cell(0, 0, signature.position, charFormat(bodyPoints), Qt::AlignLeft);
    cell(0, 1, QStringLiteral("_______________"), charFormat(bodyPoints), Qt::AlignHCenter);
    cell(0, 2, signature.name, charFormat(bodyPoints), Qt::AlignRight);
    cell(1, 1, signature.signatureCaption, charFormat(7.5, false, true), Qt::AlignHCenter);
    cell(2, 0, signature.date, charFormat(bodyPoints), Qt::AlignLeft);
    cursor.movePosition(QTextCursor::End);

    if (!m_report.executor.isEmpty()) {
        // An empty line first: right after a table the layout ignores a block's top margin,
        // and the executor's is what moves it to the foot of the page below.
        startBlock(cursor, blockFormat(Qt::AlignLeft, 0, 0));
        cursor.setCharFormat(charFormat(smallPoints));
        cursor.insertBlock(blockFormat(Qt::AlignLeft, 24, 0));
        insertLines(cursor, m_report.executor, charFormat(smallPoints));
    }
    cursor.endEditBlock();
    if (newPage) {
        // (Before the executor is placed at the foot of the page the signature ends up on.)
        // To the top of the next page, by a margin the layout honours exactly.
        const qreal pageHeight = m_document->pageSize().height();
        const qreal top = m_document->documentLayout()->frameBoundingRect(table).top();
        // The frame's top is below its margin: the margin grows by the distance to the page end.
        format.setTopMargin(format.topMargin() + (std::floor(top / pageHeight) + 1) * pageHeight - top + 0.5);
        table->setFormat(format);
    }
    if (!m_report.executor.isEmpty() && m_pagination == Pagination::Paged) {
        // The executor goes to the foot of the last page, where ГОСТ Р 7.0.97 puts it.
        const qreal pageHeight = m_document->pageSize().height();
        const auto [top, bottom] = lineExtent(cursor.block());
        const qreal pageEnd = (std::floor(top / pageHeight) + 1) * pageHeight;
        if (bottom < pageEnd) {
            QTextBlockFormat format = cursor.blockFormat();
            format.setTopMargin(format.topMargin() + pageEnd - bottom - 2);
            cursor.setBlockFormat(format);
        }
    }

}

} // namespace ui
