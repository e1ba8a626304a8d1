#pragma once

#include "reportdocument.h"

#include <QByteArray>

namespace ui {

/// The obligations of a report as CSV, one a row under a header row, for spreadsheets to filter
/// and pivot (the printed layout is the PDF's, ODT's and HTML's). As a spreadsheet of the
/// report's language reads it: in Russian «;» between fields and dates as 30.06.2019, in English
/// commas and 2019-06-30. UTF-8 with a byte-order mark so that spreadsheets read the Cyrillic,
/// RFC 4180 quoting, CRLF line ends. A cell that starts like a formula gets a leading apostrophe.
class ReportCsvWriter
{
public:
    static QByteArray write(const core::ReportDocument &report);
};

} // namespace ui
