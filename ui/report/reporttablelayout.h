#pragma once

#include "reportdocument.h"

#include <QColor>
#include <QFont>
#include <QList>

class QPaintDevice;
class QPainter;
class QPointF;
class QTextLayout;

namespace ui {

/// A report table laid out and painted by the report itself, for the paged layout. QTextDocument
/// lays a table out as a whole, every cell at least twice, and looks cells up through the whole
/// document: a 469-page report took minutes. Here each cell is one QTextLayout, measured once;
/// ReportTextDocument cuts the rows into pages and paints each page's rows, under the header row.
/// The look is that of the QTextDocument table of the flowing layout (ODT).
class ReportTableLayout
{
public:
    /// How the table looks; lengths in layout pixels.
    struct Style {
        QFont headerFont;
        QFont font;
        QFont boldFont;
        QColor headerFill;
        QColor groupFill;
        QColor alertInk;
        qreal padding = 0;
        qreal border = 0;
        qreal levelIndent = 0; ///< the first column's indent for each ReportRow::level
    };

    /// Measures every row at width (layout pixels); device fixes the resolution of the fonts.
    ReportTableLayout(const core::ReportTable &table, const Style &style, qreal width, QPaintDevice *device);

    const core::ReportTable &table() const { return m_table; }
    qreal width() const { return m_columnLeft.constLast(); }
    qreal headerHeight() const { return m_headerHeight; }
    /// Measured on first use, so that the cost comes page by page.
    qreal rowHeight(int row) const;
    /// The header row and rowCount rows from firstRow, with their borders.
    qreal height(int firstRow, int rowCount) const;

    /// Paints the header row and rowCount rows from firstRow with the top left corner at origin.
    void paint(QPainter &painter, const QPointF &origin, int firstRow, int rowCount) const;

private:
    /// Lines of one cell laid out at its column's width; its height is the layout's.
    void layoutCell(QTextLayout &layout, int row, int column, int span) const;
    qreal cellWidth(int column, int span) const;
    /// How far a cell's text is set in from its left edge: a ReportRow's level, in the first column.
    qreal indent(int row, int column) const;
    qreal measureRow(int row) const;
    void paintRow(QPainter &painter, qreal top, int row) const;

    core::ReportTable m_table;
    Style m_style;
    QPaintDevice *m_device;
    QList<qreal> m_columnLeft; ///< the left edge of each column, and the table's right edge last
    mutable QList<qreal> m_rowHeights; ///< negative until measured
    qreal m_headerHeight = 0;
};

} // namespace ui
