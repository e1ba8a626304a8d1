#include "reportcsvwriter.h"

#include "csv.h"

namespace ui {

namespace {

/// A cell a spreadsheet would read as a formula (= + - @, or a tab or carriage return before
/// one) gets a leading apostrophe, as OWASP advises for CSV: the text people typed is shown,
/// never run. The table has no negative numbers, so "-" loses nothing.
QString inert(const QString &cell)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && formulaStarts.contains(cell.front()) ? u'\'' + cell : cell;
}

} // namespace

QByteArray ReportCsvWriter::write(const core::ReportDocument &report)
{
    const bool english = report.language == u"en";
    const QChar separator = english ? u',' : u';';
    const auto date = [english](QDate day) { return !day.isValid() ? QString() : english ? day.toString(Qt::ISODate) : day.toString(u"dd.MM.yyyy"); };
    QStringList lines;
    const auto record = [&](QStringList fields) {
        for (QString &field : fields)
            field = inert(field);
        lines.append(core::csv::formatRecord(fields, separator));
    };
    record(report.obligationColumns);
    for (const core::ReportObligation &o : report.obligations) {
        record({o.activity, QString::number(o.principle), o.department, o.role, o.period, date(o.due), date(o.extendedTo), o.status,
                date(o.doneDate), date(o.reportedOn), o.evidence, o.comment});
    }

    QByteArray bytes("\xEF\xBB\xBF");
    bytes += lines.join(QStringLiteral("\r\n")).toUtf8();
    bytes += "\r\n";
    return bytes;
}

} // namespace ui
