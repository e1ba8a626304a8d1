#include "reportprintpreview.h"

#include "reportpagepainter.h"
#include "reporttextdocument.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ui {

void ReportPrintPreview::prepare(QPrinter *printer, const core::ReportDocument &report)
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer->setDocName(report.title + u' ' + report.subtitle);
}

bool ReportPrintPreview::print(const core::ReportDocument &report, QPrinter *printer, const ReportProgress &progress)
{
    const ReportTextDocument layout(report, ReportTextDocument::Pagination::Paged, progress);
    return layout.isComplete() && ReportPagePainter(layout).paint(printer, progress);
}

int ReportPrintPreview::showPreview(const core::ReportDocument &report, const PreviewPainter &paint, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(&printer, report);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    dialog.setWindowTitle(report.title + u' ' + report.subtitle);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&paint, &dialog](QPrinter *target) { paint(target, &dialog); });
    return dialog.exec();
}

std::unique_ptr<QPrinter> ReportPrintPreview::choosePrinter(const core::ReportDocument &report, QWidget *parent)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    prepare(printer.get(), report);
    QPrintDialog dialog(printer.get(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return printer;
}

} // namespace ui
