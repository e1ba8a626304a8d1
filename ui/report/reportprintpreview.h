#pragma once

#include "reportdocument.h"

class QPrinter;
class QWidget;

namespace ui {

/// Printing a report from the window: the preview dialog, the print dialog, and the painting
/// both share with the PDF.
class ReportPrintPreview
{
public:
    /// Sets the printer to A4 portrait, full page, and paints the report on it.
    static bool print(const core::ReportDocument &report, QPrinter *printer);
    /// Opens QPrintPreviewDialog on the report; returns the dialog's result.
    static int showPreview(const core::ReportDocument &report, QWidget *parent = nullptr);
    /// Asks for a printer with QPrintDialog and prints; false when cancelled or failed.
    static bool printWithDialog(const core::ReportDocument &report, QWidget *parent = nullptr);
};

} // namespace ui
