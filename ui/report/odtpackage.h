#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ui {

/// Completes the OpenDocument package that QTextDocumentWriter makes, which word processors
/// would not lay out as the PDF: adds styles.xml with an A4 portrait page and the page numbers
/// of ГОСТ Р 7.0.97-2016 (none on the first page, centred at the top of the others), writes
/// table and column widths as ODF has them, keeps headings and activity rows with what
/// follows, sets the report's typeface, and puts the automatic styles in a fixed order and
/// a fixed time on every entry, so that the same report gives the same bytes. The package is
/// rewritten in memory with libzip.
class OdtPackage
{
public:
    struct Page {
        QString fontFamily;
        double leftMm = 25, rightMm = 15, topMm = 22, bottomMm = 20;
        QDateTime modified; ///< the time every entry of the package carries
    };

    /// Empty when done; otherwise why not, in words. package is left as it was on failure.
    static QString complete(QByteArray *package, const Page &page);
};

} // namespace ui
