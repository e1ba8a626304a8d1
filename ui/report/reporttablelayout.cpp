#include "reporttablelayout.h"

#include <QPainter>
#include <QTextLayout>

namespace ui {

namespace {

/// The header row's index in the cell functions.
constexpr int headerRow = -1;

} // namespace

ReportTableLayout::ReportTableLayout(const core::ReportTable &table, const Style &style, qreal width, QPaintDevice *device)
    : m_table(table)
    , m_style(style)
    , m_device(device)
{
    int totalWidth = 0;
    for (const core::ReportColumn &column : m_table.columns)
        totalWidth += column.width;
    qreal left = 0;
    m_columnLeft.append(left);
    for (const core::ReportColumn &column : m_table.columns) {
        left += width * column.width / std::max(1, totalWidth);
        m_columnLeft.append(left);
    }
    m_headerHeight = measureRow(headerRow);
    m_rowHeights.fill(-1, m_table.rows.size());
}

qreal ReportTableLayout::rowHeight(int row) const
{
    if (m_rowHeights.at(row) < 0)
        m_rowHeights[row] = measureRow(row);
    return m_rowHeights.at(row);
}

qreal ReportTableLayout::height(int firstRow, int rowCount) const
{
    qreal height = m_style.border + m_headerHeight;
    for (int row = firstRow; row < firstRow + rowCount; ++row)
        height += rowHeight(row);
    return height;
}

qreal ReportTableLayout::cellWidth(int column, int span) const
{
    return m_columnLeft.at(column + span) - m_columnLeft.at(column) - m_style.border - 2 * m_style.padding;
}

qreal ReportTableLayout::indent(int row, int column) const
{
    if (row == headerRow || column != 0)
        return 0;
    return m_table.rows.at(row).level * m_style.levelIndent;
}

void ReportTableLayout::layoutCell(QTextLayout &layout, int row, int column, int span) const
{
    const bool header = row == headerRow;
    const core::ReportRow *source = header ? nullptr : &m_table.rows.at(row);
    QString text = header ? m_table.columns.at(column).title : source->cells.value(column);
    // An alert row is marked so that it shows in black and white too: bold, and "!" before it.
    if (source && source->alert && column == 0)
        text.prepend(QStringLiteral("! "));
    text.replace(u'\n', QChar::LineSeparator);
    QFont font = m_style.font;
    if (header)
        font = m_style.headerFont;
    else if (source->kind == core::ReportRow::Kind::Total || source->alert)
        font = m_style.boldFont;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (header)
        option.setAlignment(Qt::AlignHCenter);
    else if (source->kind != core::ReportRow::Kind::Group && m_table.columns.at(column).numeric)
        option.setAlignment(Qt::AlignRight);
    else
        option.setAlignment(Qt::AlignLeft);
    layout.setFont(font);
    layout.setText(text);
    layout.setTextOption(option);
    if (source && source->kind == core::ReportRow::Kind::Group) {
        // "1.1. Text …": the number stands out, the text reads as text.
        QTextLayout::FormatRange number;
        number.start = source->alert && column == 0 ? 2 : 0;
        number.length = int(text.indexOf(u' ', number.start) + 1 - number.start);
        number.format.setFont(m_style.boldFont);
        layout.setFormats({number});
    }
    const qreal width = cellWidth(column, span) - indent(row, column);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

qreal ReportTableLayout::measureRow(int row) const
{
    const bool group = row != headerRow && m_table.rows.at(row).kind == core::ReportRow::Kind::Group;
    const int columns = group ? 1 : int(m_table.columns.size());
    qreal height = 0;
    for (int column = 0; column < columns; ++column) {
        QTextLayout layout(QString(), m_style.font, m_device);
        layoutCell(layout, row, column, group ? int(m_table.columns.size()) : 1);
        height = std::max(height, layout.boundingRect().height());
    }
    // Each row carries the border under it; the table's top border is counted in height().
    return height + 2 * m_style.padding + m_style.border;
}

void ReportTableLayout::paintRow(QPainter &painter, qreal top, int row) const
{
    const bool header = row == headerRow;
    const core::ReportRow *source = header ? nullptr : &m_table.rows.at(row);
    const bool group = source && source->kind == core::ReportRow::Kind::Group;
    const int columnCount = int(m_table.columns.size());
    const qreal height = header ? m_headerHeight : rowHeight(row);
    const qreal tableRight = m_columnLeft.constLast();
    if (header || group)
        painter.fillRect(QRectF(0, top, tableRight, height), header ? m_style.headerFill : m_style.groupFill);

    painter.setPen(source && source->alert ? m_style.alertInk : QColor(Qt::black));
    const int cells = group ? 1 : columnCount;
    for (int column = 0; column < cells; ++column) {
        QTextLayout layout(QString(), m_style.font, m_device);
        const int span = group ? columnCount : 1;
        layoutCell(layout, row, column, span);
        qreal offset = 0;
        if (header) // vertically centred, as the header cells of the flowing layout
            offset = (height - m_style.border - 2 * m_style.padding - layout.boundingRect().height()) / 2;
        const qreal left = m_columnLeft.at(column) + m_style.border / 2 + m_style.padding + indent(row, column);
        layout.draw(&painter, QPointF(left, top + m_style.padding + offset));
    }

    // The border under the row and the ones between its cells.
    painter.setPen(QPen(Qt::black, m_style.border));
    const qreal bottom = top + height - m_style.border / 2;
    painter.drawLine(QPointF(0, bottom), QPointF(tableRight, bottom));
    for (int column = 0; column <= columnCount; ++column) {
        if (group && column > 0 && column < columnCount)
            continue;
        const qreal x = std::clamp(m_columnLeft.at(column), m_style.border / 2, tableRight - m_style.border / 2);
        painter.drawLine(QPointF(x, top - m_style.border / 2), QPointF(x, top + height - m_style.border / 2));
    }
}

void ReportTableLayout::paint(QPainter &painter, const QPointF &origin, int firstRow, int rowCount) const
{
    painter.save();
    painter.translate(origin);
    painter.setPen(QPen(Qt::black, m_style.border));
    const qreal tableRight = m_columnLeft.constLast();
    painter.drawLine(QPointF(0, m_style.border / 2), QPointF(tableRight, m_style.border / 2));
    qreal top = m_style.border;
    paintRow(painter, top, headerRow);
    top += m_headerHeight;
    for (int row = firstRow; row < firstRow + rowCount; ++row) {
        paintRow(painter, top, row);
        top += rowHeight(row);
    }
    painter.restore();
}

} // namespace ui
