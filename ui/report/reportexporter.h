#pragma once

#include "reportdocument.h"
#include "reportprogress.h"

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
        Csv,
    };

    /// From the file name's suffix (.pdf, .odt, .html/.htm, .csv); nullopt for anything else.
    static std::optional<Format> formatForPath(const QString &path);

    /// Empty when written; otherwise why not, in words. Written to a temporary file beside the
    /// target and renamed over it only when complete and flushed; what is not a regular file
    /// (core::outputFileProblem) is refused, never replaced. progress is told the pages of a PDF
    /// or ODT as they are laid out and painted; when it stops the work, nothing is written.
    static QString write(const core::ReportDocument &report, const QString &path, Format format,
                         const ReportProgress &progress = {});
};

} // namespace ui
