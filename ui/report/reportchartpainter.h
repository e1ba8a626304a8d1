#pragma once

#include "reportdocument.h"

#include <QFont>
#include <QImage>

namespace ui {

/// Draws a report chart (horizontal bars of a share, one per principle or department) into an
/// image with QPainter, so that reports need no Qt Charts and render without a display.
class ReportChartPainter
{
public:
    /// The chart width in layout pixels (96 per inch); scale multiplies the image resolution.
    static QImage paint(const core::ReportChart &chart, const QFont &font, int width, qreal scale = 3.0);
    /// The height the chart takes at this width, in layout pixels.
    static int height(const core::ReportChart &chart, const QFont &font, int width);
};

} // namespace ui
