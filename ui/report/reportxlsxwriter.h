#pragma once

#include "reportdocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ui {

/// The report as an Excel workbook for spreadsheets: first the obligations of the period, one a
/// row, then a sheet for each table of the report (key figures, each principle's activities,
/// overdue obligations, departments). Every sheet has a header row with filters, frozen under
/// it, and columns sized to their content; dates are dates and figures are numbers (shares as
/// percentages), so that they sort, filter and sum; text is always text, never a formula.
/// Written with libxlsxwriter.
class ReportXlsxWriter
{
public:
    /// The workbook's bytes; empty, with why in error, when it could not be made. created is
    /// the workbook's creation time, which it carries in its properties and on its entries.
    static QByteArray write(const core::ReportDocument &report, const QDateTime &created, QString *error);
};

} // namespace ui
