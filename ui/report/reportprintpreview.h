#pragma once

#include "reportdocument.h"
#include "reportprogress.h"

#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace ui {

/// Printing a report from the window: the preview dialog, the print dialog, and the painting
/// both share with the PDF. Laying out and painting may run on a worker thread (see ReportJob):
/// Qt paints on printers and pictures from any thread; the dialogs stay on the GUI thread.
class ReportPrintPreview
{
public:
    /// Sets the printer to A4 portrait, full page, named after the report.
    static void prepare(QPrinter *printer, const core::ReportDocument &report);
    /// Lays the report out and paints it on a prepared printer; false when failed or stopped.
    static bool print(const core::ReportDocument &report, QPrinter *printer, const ReportProgress &progress = {});
    /// Paints the report on the preview's printer (or, printed from the preview, on the chosen
    /// one) before returning; the preview dialog is given for what it shows meanwhile.
    using PreviewPainter = std::function<void(QPrinter *target, QWidget *preview)>;
    /// Opens QPrintPreviewDialog on the report; returns the dialog's result.
    static int showPreview(const core::ReportDocument &report, const PreviewPainter &paint, QWidget *parent = nullptr);
    /// Asks for a printer with QPrintDialog, prepared for the report; null when cancelled.
    static std::unique_ptr<QPrinter> choosePrinter(const core::ReportDocument &report, QWidget *parent = nullptr);
};

} // namespace ui
