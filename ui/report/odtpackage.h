#pragma once

#include <QByteArray>
#include <QString>

namespace ui {

/// Completes the OpenDocument package that QTextDocumentWriter makes, which has no page set-up
/// and names a wrong typeface: adds styles.xml with an A4 portrait page, the running header and
/// "page N of M" in the footer, and sets the report's typeface. The package is rewritten in
/// memory with libzip.
class OdtPackage
{
public:
    struct Page {
        QString runningHeader;
        QString pageNumberPattern; ///< "Страница %1 из %2": %1 the page, %2 the page count
        QString fontFamily;
        double leftMm = 25, rightMm = 15, topMm = 22, bottomMm = 20;
    };

    /// Empty when done; otherwise why not, in words. package is left as it was on failure.
    static QString complete(QByteArray *package, const Page &page);
};

} // namespace ui
