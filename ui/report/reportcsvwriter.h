#pragma once

#include "reportdocument.h"

#include <QByteArray>

namespace ui {

/// The report as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the
/// Cyrillic, CRLF line ends): the title lines, then each section's heading and table. A cell
/// that starts like a formula gets a leading apostrophe.
class ReportCsvWriter
{
public:
    static QByteArray write(const core::ReportDocument &report);
};

} // namespace ui
