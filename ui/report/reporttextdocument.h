#pragma once

#include "reportdocument.h"
#include "reportprogress.h"

#include <QImage>
#include <QPageLayout>
#include <QRectF>
#include <QTextDocument>

#include <memory>
#include <optional>

class QTextBlock;
class QTextCursor;
class QTextTable;

namespace ui {

/// A status report laid out as a QTextDocument on A4 portrait pages: the one layout behind
/// print preview, printing and PDF, so that they paginate alike, and behind the ODT. Lengths are
/// layout pixels at 96 per inch whatever the output device; painters scale to the device.
class ReportTablePieces;

class ReportTextDocument
{
public:

    enum class Pagination {
        /// Paginated here: headings kept with what follows them, table rows kept whole on one
        /// page (a table goes on over the page with its header row repeated).
        Paged,
        /// One flow for word processors, which paginate for themselves: no page breaks.
        Flowing,
    };

    /// progress is told each page laid out (ReportStage::Layout) and may stop the layout, which
    /// leaves the document incomplete. A document may be made in a worker thread and used there.
    explicit ReportTextDocument(const core::ReportDocument &report, Pagination pagination = Pagination::Paged,
                                const ReportProgress &progress = {});
    ~ReportTextDocument();

    /// False when the progress function stopped the layout.
    bool isComplete() const { return !m_stopped; }

    QTextDocument *document() const { return m_document.get(); }
    const core::ReportDocument &report() const { return m_report; }
    int pageCount() const { return m_document->pageCount(); }

    /// A4 portrait; the margins leave room for the running header and the page number.
    static QPageLayout pageLayout();
    /// The whole sheet, in layout pixels.
    static QSizeF sheetSize();
    /// Where the document body goes on each sheet, in layout pixels.
    static QRectF bodyRect();
    static constexpr qreal layoutDpi = 96.0;

    /// The typeface of reports: Times New Roman where installed, then metric-compatible or
    /// similar serif faces.
    static QFont font(qreal pointSize, bool bold = false);

private:
    void build();
    /// The top margin that moves a heading to the next page, or 0 when it has room where it is.
    qreal marginToNextPage(const QTextBlock &heading, qreal needed) const;
    void addTitle(QTextCursor &cursor);
    void addSection(QTextCursor &cursor, const core::ReportSection &section, int index, bool newPage);
    void addTable(QTextCursor &cursor, const core::ReportTable &table);
    QTextTable *insertTablePiece(QTextCursor &cursor, const core::ReportTable &table, int firstRow, int rowCount, bool newPage);
    /// Asks the progress function whether to go on, telling it the page of position y.
    bool goOn(qreal y);
    void addChart(QTextCursor &cursor, const core::ReportChart &chart, int index);
    void addSignature(QTextCursor &cursor, bool newPage = false);

    core::ReportDocument m_report;
    Pagination m_pagination;
    QImage m_layoutDevice; ///< fixes the layout resolution at 96 dots per inch
    ReportProgress m_progress;
    bool m_stopped = false;
    std::unique_ptr<ReportTablePieces> m_tablePieces; ///< outlives the document, which draws through it
    std::unique_ptr<QTextDocument> m_document;
    QTextTable *m_signatureTable = nullptr; ///< owned by the document
};

} // namespace ui
