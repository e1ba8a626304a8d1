#include "reportbenchmark.h"

#include "reportcsvwriter.h"
#include "reporthtmlwriter.h"
#include "reportpagepainter.h"
#include "reportpeople.h"
#include "reporttextdocument.h"
#include "roadmapsnapshot.h"
#include "samples.h"
#include "statusreportbuilder.h"
#include "syntheticroadmap.h"
#include "workcalendar.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>

#include <ctime>

namespace bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1.0e6;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 0) + QStringLiteral(" ms");
}

} // namespace

int ReportBenchmark::run(QTextStream &out, QTextStream &err, const Options &options)
{
    SyntheticShape shape;
    const core::RoadmapSnapshot snapshot = SyntheticRoadmap::snapshotOfAbout(options.obligations);
    const qsizetype obligations = snapshot.obligations().size();
    core::ReportPeople people;
    people.preparer = QStringLiteral("Иванова Ирина Ивановна");
    people.signatory = QStringLiteral("Петров Пётр Петрович");

    out << "report of one synthetic roadmap: " << obligations << " obligations (" << snapshot.roadmap.activities.size()
        << " activities), whole roadmap, no reports (every obligation due is overdue), median of " << options.repetitions
        << Qt::endl;
    const int year = shape.firstYear + 1;
    for (const core::ReportPeriod &period : {core::ReportPeriod::quarter(year, 2), core::ReportPeriod::wholeYear(year)}) {
        core::ReportParameters parameters;
        parameters.period = period;
        parameters.asOf = period.end;
        parameters.language = QStringLiteral("ru");
        Samples content, layout, layoutCpu, pdf, html, csv;
        int pages = 0;
        qsizetype pdfBytes = 0;
        for (int r = 0; r < options.repetitions; ++r) {
            QElapsedTimer timer;
            timer.start();
            QString error;
            const std::optional<core::ReportDocument> report = core::StatusReportBuilder::build(snapshot, parameters, people, &error);
            content.append(elapsedMs(timer));
            if (!report) {
                err << "the report of " << period.key() << " could not be made: " << error << Qt::endl;
                return 1;
            }
            timer.restart();
            const std::clock_t cpuStart = std::clock();
            const ui::ReportTextDocument document(*report);
            layout.append(elapsedMs(timer));
            layoutCpu.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
            pages = document.pageCount();

            timer.restart();
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                QPdfWriter writer(&buffer);
                writer.setPageLayout(ui::ReportTextDocument::pageLayout());
                writer.setResolution(300);
                if (!ui::ReportPagePainter(document).paint(&writer)) {
                    err << "the PDF of " << period.key() << " could not be painted" << Qt::endl;
                    return 1;
                }
            }
            pdf.append(elapsedMs(timer));
            pdfBytes = buffer.size();

            timer.restart();
            const QByteArray htmlBytes = ui::ReportHtmlWriter::write(*report);
            html.append(elapsedMs(timer));
            timer.restart();
            const QByteArray csvBytes = ui::ReportCsvWriter::write(*report);
            csv.append(elapsedMs(timer));
            Q_UNUSED(htmlBytes);
            Q_UNUSED(csvBytes);
        }
        const double perPage = (layout.median() + pdf.median()) / qMax(1, pages);
        out << "  " << period.key() << ": " << pages << " pages; content " << ms(content.median()) << ", layout "
            << ms(layout.median()) << " (CPU " << ms(layoutCpu.median()) << "; " << ms(layout.median() / qMax(1, pages)) << " a page), PDF painting "
            << ms(pdf.median()) << " (" << ms(pdf.median() / qMax(1, pages)) << " a page, "
            << QString::number(pdfBytes / 1048576.0, 'f', 1) << " MiB)" << Qt::endl;
        out << "    PDF in all: " << ms(content.median() + layout.median() + pdf.median()) << " = " << ms(perPage)
            << " a page after the content; HTML " << ms(html.median()) << ", CSV " << ms(csv.median()) << Qt::endl;
    }
    return 0;
}

} // namespace bench
