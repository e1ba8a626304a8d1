#pragma once

#include "reporttextdocument.h"

class QPagedPaintDevice;
class QPainter;

namespace ui {

/// Paints a laid-out report page by page: the page number at the top of every sheet but the
/// first, the running header at the foot of each; onto a PDF writer or a printer set to ReportTextDocument::pageLayout() (full page).
class ReportPagePainter
{
public:
    explicit ReportPagePainter(const ReportTextDocument &document);

    /// Paints every page, telling progress each one (ReportStage::Paint); false when the device
    /// cannot be painted on or progress stopped it. Works in any thread for a PDF writer or a printer.
    bool paint(QPagedPaintDevice *device, const ReportProgress &progress = {}) const;
    /// Paints one sheet (0-based) in layout pixels; the painter is already scaled to them.
    void paintPage(QPainter &painter, int page) const;

private:
    const ReportTextDocument &m_document;
};

} // namespace ui
