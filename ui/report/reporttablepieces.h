#pragma once

#include "reporttablelayout.h"

#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QTextCharFormat;

namespace ui {

/// The tables of a paged report as objects of its QTextDocument: each page's part of a table is
/// one object character, as tall as the rows it shows, painted by the table's ReportTableLayout.
/// The document lays out one line per page of table instead of every cell.
class ReportTablePieces : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 14;

    /// Keeps a table's layout; returns its index for format().
    int add(std::unique_ptr<ReportTableLayout> layout);
    const ReportTableLayout &layout(int index) const { return *m_layouts.at(std::size_t(index)); }

    /// The format of the object character showing rowCount rows of a table from firstRow.
    static QTextCharFormat format(int table, int firstRow, int rowCount);
    /// The rows a piece's format shows: {firstRow, rowCount}; {-1, 0} for what is not a piece.
    static std::pair<int, int> rows(const QTextFormat &format);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    std::vector<std::unique_ptr<ReportTableLayout>> m_layouts;
};

} // namespace ui
