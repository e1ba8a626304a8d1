#pragma once

#include "reportdocument.h"

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
    /// (core::outputFileProblem) is refused, never replaced.
    static QString write(const core::ReportDocument &report, const QString &path, Format format);
};

} // namespace ui
