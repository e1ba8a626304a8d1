#include "reportpagepainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace ui {

namespace {

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * ReportTextDocument::layoutDpi;
}

} // namespace

ReportPagePainter::ReportPagePainter(const ReportTextDocument &document)
    : m_document(document)
{
}

bool ReportPagePainter::paint(QPagedPaintDevice *device, const ReportProgress &progress) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const qreal scaleX = device->logicalDpiX() / ReportTextDocument::layoutDpi;
    const qreal scaleY = device->logicalDpiY() / ReportTextDocument::layoutDpi;
    const int pages = m_document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(ReportStage::Paint, page + 1, pages)) {
            painter.end();
            return false;
        }
        if (page > 0)
            device->newPage();
        painter.save();
        painter.scale(scaleX, scaleY);
        paintPage(painter, page);
        painter.restore();
    }
    return painter.end();
}

void ReportPagePainter::paintPage(QPainter &painter, int page) const
{
    const QRectF body = ReportTextDocument::bodyRect();
    const QSizeF sheet = ReportTextDocument::sheetSize();
    const core::ReportDocument &report = m_document.report();
    // Point sizes resolve against the device's resolution, while the painter is already scaled
    // to layout pixels: shrink the size by the same factor.
    const qreal deviceDpi = painter.device() ? painter.device()->logicalDpiY() : ReportTextDocument::layoutDpi;
    const QFont small = ReportTextDocument::font(8.5 * ReportTextDocument::layoutDpi / deviceDpi);

    // The page number centred at the top from the second page on, none on the first (ГОСТ Р 7.0.97-2016).
    painter.save();
    painter.setFont(small);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    if (page > 0) {
        QString number = report.pageNumberPattern.arg(page + 1);
        if (report.pageNumberPattern.contains(QStringLiteral("%2"))) // reports registered with "Page 2 of 9"
            number = number.arg(m_document.pageCount());
        const QRectF top(body.left(), mm(10), body.width(), body.top() - mm(10) - mm(4));
        painter.setFont(ReportTextDocument::font(11 * ReportTextDocument::layoutDpi / deviceDpi));
        painter.drawText(top, Qt::AlignHCenter | Qt::AlignBottom, number);
        painter.setFont(small);
    }

    // What the report is, small, under a thin rule at the foot of every page.
    painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 0.5));
    painter.drawLine(QPointF(body.left(), body.bottom() + mm(3)), QPointF(body.right(), body.bottom() + mm(3)));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QRectF footer(body.left(), body.bottom() + mm(4), body.width(), sheet.height() - body.bottom() - mm(8));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, report.runningHeader);
    painter.restore();

    // The body: the slice of the laid-out document that falls on this page.
    QTextDocument *document = m_document.document();
    const qreal pageHeight = document->pageSize().height();
    painter.save();
    painter.translate(body.left(), body.top() - page * pageHeight);
    const QRectF slice(0, page * pageHeight, body.width(), pageHeight);
    painter.setClipRect(slice);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = slice;
    context.palette.setColor(QPalette::Text, Qt::black);
    document->documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace ui
