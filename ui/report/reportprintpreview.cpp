#include "reportprintpreview.h"

#include "reportpagepainter.h"
#include "reporttextdocument.h"
#include "waitcursor.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ui {

namespace {

void prepare(QPrinter *printer, const core::ReportDocument &report)
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer->setDocName(report.title + u' ' + report.subtitle);
}

} // namespace

bool ReportPrintPreview::print(const core::ReportDocument &report, QPrinter *printer)
{
    const WaitCursor wait;
    prepare(printer, report);
    const ReportTextDocument layout(report);
    return ReportPagePainter(layout).paint(printer);
}

int ReportPrintPreview::showPreview(const core::ReportDocument &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(&printer, report);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    dialog.setWindowTitle(report.title + u' ' + report.subtitle);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&report](QPrinter *target) { print(report, target); });
    return dialog.exec();
}

bool ReportPrintPreview::printWithDialog(const core::ReportDocument &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(&printer, report);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return print(report, &printer);
}

} // namespace ui
