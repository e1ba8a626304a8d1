#pragma once

#include "reportdocument.h"
#include "reportprogress.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ui {

/// Writes a report to a file in the format its name asks for.
class ReportExporter
{
public:
    enum class Format {
        Pdf,
        Odt,  ///< OpenDocument text: opens in LibreOffice Writer and Word
        Html,
        Csv,  ///< the obligations, one a row, for spreadsheets
        Xlsx, ///< the obligations and every table of the report, for Excel
    };

    /// From the file name's suffix (.pdf, .odt, .html/.htm, .csv, .xlsx); nullopt for anything else.
    static std::optional<Format> formatForPath(const QString &path);

    /// Empty when written; otherwise why not, in words. Written to a temporary file beside the
    /// target and renamed over it only when complete and flushed; what is not a regular file
    /// (core::outputFileProblem) is refused, never replaced.
    ///
    /// createdAt is when the document counts as made: the PDF's creation date, the time of the
    /// entries of the ODT and XLSX packages. A registered report passes its registration time,
    /// so that every reprint gives the same bytes; invalid means now.
    ///
    /// progress is told the pages of a PDF or ODT as they are laid out and painted; when it stops
    /// the work, nothing is written.
    static QString write(const core::ReportDocument &report, const QString &path, Format format, const QDateTime &createdAt = {},
                         const ReportProgress &progress = {});
};

} // namespace ui
