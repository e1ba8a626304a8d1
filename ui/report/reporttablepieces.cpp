#include "reporttablepieces.h"

#include <QPainter>
#include <QTextCharFormat>

namespace ui {

namespace {

enum Property {
    TableProperty = QTextFormat::UserProperty + 140,
    FirstRowProperty,
    RowCountProperty,
};

} // namespace

int ReportTablePieces::add(std::unique_ptr<ReportTableLayout> layout)
{
    m_layouts.push_back(std::move(layout));
    return int(m_layouts.size()) - 1;
}

std::pair<int, int> ReportTablePieces::rows(const QTextFormat &format)
{
    if (format.objectType() != objectType)
        return {-1, 0};
    return {format.intProperty(FirstRowProperty), format.intProperty(RowCountProperty)};
}

QTextCharFormat ReportTablePieces::format(int table, int firstRow, int rowCount)
{
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(TableProperty, table);
    format.setProperty(FirstRowProperty, firstRow);
    format.setProperty(RowCountProperty, rowCount);
    return format;
}

QSizeF ReportTablePieces::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const ReportTableLayout &table = layout(format.intProperty(TableProperty));
    return {table.width(), table.height(format.intProperty(FirstRowProperty), format.intProperty(RowCountProperty))};
}

void ReportTablePieces::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    layout(format.intProperty(TableProperty))
        .paint(*painter, rect.topLeft(), format.intProperty(FirstRowProperty), format.intProperty(RowCountProperty));
}

} // namespace ui
