#include "reportcsvwriter.h"

#include "csv.h"

namespace ui {

namespace {

/// A cell a spreadsheet would read as a formula (= + - @, or a tab or carriage return before
/// one) gets a leading apostrophe, as OWASP advises for CSV: the text people typed is shown,
/// never run. The report has no negative numbers, so "-" loses nothing.
QString inert(const QString &cell)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && formulaStarts.contains(cell.front()) ? u'\'' + cell : cell;
}

} // namespace

QByteArray ReportCsvWriter::write(const core::ReportDocument &report)
{
    QStringList lines;
    const auto record = [&](QStringList fields) {
        for (QString &field : fields)
            field = inert(field);
        lines.append(core::csv::formatRecord(fields));
    };
    record({report.organisation});
    record({report.title + u' ' + report.subtitle});
    record({report.asOfLine});
    for (const core::ReportField &field : report.details)
        record({field.label, field.value});

    for (const core::ReportSection &section : report.sections) {
        lines.append(QString());
        record({section.heading});
        for (const QString &paragraph : section.paragraphs)
            record({paragraph});
        if (!section.chart.isEmpty()) {
            record({section.chart.title});
            for (const core::ReportChartBar &bar : section.chart.bars)
                record({bar.label, bar.valueText});
        }
        if (!section.table.isEmpty()) {
            QStringList header;
            for (const core::ReportColumn &column : section.table.columns)
                header.append(column.title);
            record(header);
            for (const core::ReportRow &row : section.table.rows)
                record(row.cells);
        }
        if (!section.note.isEmpty())
            record({section.note});
    }
    lines.append(QString());
    record({report.signature.position, report.signature.name, report.signature.date});
    record({report.executor});

    QByteArray bytes("\xEF\xBB\xBF");
    bytes += lines.join(QStringLiteral("\r\n")).toUtf8();
    bytes += "\r\n";
    return bytes;
}

} // namespace ui
