#pragma once

#include "reportdocument.h"

#include <QByteArray>

namespace ui {

/// The report as one self-contained HTML page, styled for the screen and for A4 printing.
/// The chart is drawn with CSS bars, so the page holds no image and stays byte-for-byte the
/// same for the same content.
class ReportHtmlWriter
{
public:
    static QByteArray write(const core::ReportDocument &report);
};

} // namespace ui
