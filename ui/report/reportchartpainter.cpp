#include "reportchartpainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ui {

namespace {

constexpr qreal barHeight = 13.0;
constexpr qreal rowGap = 7.0;
constexpr qreal axisHeight = 18.0;
constexpr qreal labelShare = 0.44; ///< of the width, for the labels
constexpr qreal valueWidth = 108.0;
constexpr qreal titleGap = 8.0;

QFont titleFont(const QFont &font)
{
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 1.15);
    title.setItalic(true);
    return title;
}

/// The label wrapped at word boundaries within the label column.
QRectF labelBounds(const QString &label, const QFontMetricsF &metrics, qreal width)
{
    return metrics.boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap | Qt::AlignLeft, label);
}

struct Geometry {
    qreal titleHeight = 0;
    qreal labelWidth = 0;
    QList<qreal> rows;
    qreal height = 0;
};

Geometry geometry(const core::ReportChart &chart, const QFont &font, int width, const QPaintDevice *device)
{
    Geometry g;
    const QFontMetricsF metrics(font, device);
    const QFontMetricsF title(titleFont(font), device);
    g.titleHeight = chart.title.isEmpty() ? 0 : title.boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap, chart.title).height() + titleGap;
    g.labelWidth = width * labelShare;
    g.height = g.titleHeight;
    for (const core::ReportChartBar &bar : chart.bars) {
        const qreal row = std::max(barHeight, labelBounds(bar.label, metrics, g.labelWidth).height()) + rowGap;
        g.rows.append(row);
        g.height += row;
    }
    g.height += axisHeight + 2;
    return g;
}

QImage layoutImage()
{
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(96.0 / 0.0254));
    image.setDotsPerMeterY(qRound(96.0 / 0.0254));
    return image;
}

} // namespace

int ReportChartPainter::height(const core::ReportChart &chart, const QFont &font, int width)
{
    const QImage device = layoutImage();
    return qCeil(geometry(chart, font, width, &device).height);
}

QImage ReportChartPainter::paint(const core::ReportChart &chart, const QFont &font, int width, qreal scale)
{
    const QImage device = layoutImage();
    const Geometry g = geometry(chart, font, width, &device);
    QImage image(QSize(qRound(width * scale), qCeil(g.height * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Fonts are measured at the layout's 96 dots per inch; the painter scales the drawing up.
    image.setDotsPerMeterX(qRound(96.0 / 0.0254));
    image.setDotsPerMeterY(qRound(96.0 / 0.0254));

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);

    if (!chart.title.isEmpty()) {
        painter.setFont(titleFont(font));
        painter.drawText(QRectF(0, 0, width, g.titleHeight - titleGap), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.title);
    }
    painter.setFont(font);

    const qreal barLeft = g.labelWidth + 10;
    const qreal barSpan = width - barLeft - valueWidth;
    const qreal plotTop = g.titleHeight;
    const qreal plotBottom = g.height - axisHeight - 2;

    // Grid every 25 %, the scale under the plot.
    const QColor gridColor(0xbb, 0xbb, 0xbb);
    for (int step = 0; step <= 4; ++step) {
        const qreal x = barLeft + barSpan * step / 4.0;
        painter.setPen(QPen(gridColor, 0.6, step == 0 ? Qt::SolidLine : Qt::DashLine));
        painter.drawLine(QPointF(x, plotTop), QPointF(x, plotBottom));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x - 30, plotBottom + 3, 60, axisHeight - 3), Qt::AlignHCenter | Qt::AlignTop,
                         QStringLiteral("%1 %").arg(step * 25));
    }

    const QColor barColor(0x3b, 0x5b, 0x8c);
    const QColor lowColor(0x9c, 0x2a, 0x2a);
    qreal top = plotTop;
    for (int i = 0; i < chart.bars.size(); ++i) {
        const core::ReportChartBar &bar = chart.bars.at(i);
        const qreal row = g.rows.at(i);
        const QRectF labelRect(0, top + rowGap / 2, g.labelWidth, row - rowGap);
        painter.setPen(Qt::black);
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, bar.label);

        const qreal centre = labelRect.center().y();
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.value < 0.5 ? lowColor : barColor);
        painter.drawRect(QRectF(barLeft, centre - barHeight / 2, barSpan * std::clamp(bar.value, 0.0, 1.0), barHeight));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(barLeft + barSpan + 6, centre - row / 2, valueWidth - 6, row), Qt::AlignVCenter | Qt::AlignLeft,
                         bar.valueText);
        top += row;
    }
    painter.end();
    return image;
}

} // namespace ui
