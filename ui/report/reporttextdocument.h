#pragma once

#include "reportdocument.h"

#include <QImage>
#include <QPageLayout>
#include <QRectF>
#include <QTextDocument>

#include <memory>

class QTextCursor;
class QTextTable;

namespace ui {

/// A status report laid out as a QTextDocument on A4 portrait pages: the one layout behind
/// print preview, printing, PDF and ODT, so that they paginate alike. Lengths are layout pixels
/// at 96 per inch whatever the output device; painters scale to the device.
class ReportTextDocument
{
public:
    explicit ReportTextDocument(const core::ReportDocument &report);
    ~ReportTextDocument();

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
    void addTitle(QTextCursor &cursor);
    void addSection(QTextCursor &cursor, const core::ReportSection &section, int index);
    void addTable(QTextCursor &cursor, const core::ReportTable &table);
    void addChart(QTextCursor &cursor, const core::ReportChart &chart, int index);
    void addSignature(QTextCursor &cursor);
    void keepHeadingsWithNext();

    core::ReportDocument m_report;
    QImage m_layoutDevice; ///< fixes the layout resolution at 96 dots per inch
    std::unique_ptr<QTextDocument> m_document;
    QList<QPair<int, qreal>> m_headings; ///< block number, the room the start of its content needs
    int m_lastSectionHeading = -1;
    QTextTable *m_signatureTable = nullptr; ///< owned by the document
};

} // namespace ui
