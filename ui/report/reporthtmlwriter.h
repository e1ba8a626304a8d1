#pragma once

#include "reportdocument.h"

#include <QByteArray>

namespace ui {

/// The report as one self-contained HTML page, styled for the screen and for A4 printing (the
/// chart and table rows kept whole, activity rows with their first obligation), with the PDF's
/// no-break spaces and evidence addresses as links.
/// The chart is drawn with CSS bars, so the page holds no image and stays byte-for-byte the
/// same for the same content.
class ReportHtmlWriter
{
public:
    static QByteArray write(const core::ReportDocument &report);
};

} // namespace ui
