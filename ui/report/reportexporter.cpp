#include "reportexporter.h"

#include "odtpackage.h"
#include "outputfile.h"
#include "reportcsvwriter.h"
#include "reporthtmlwriter.h"
#include "reportpagepainter.h"
#include "reporttextdocument.h"
#include "reportxlsxwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHashSeed>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTextDocumentWriter>

namespace ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ui", text);
}

QString cannotWrite(const QString &path, const QFileDevice &file)
{
    // Qt reports a failed buffered write as "Unknown error"; a full disk is the usual cause, and
    // the person should read that. (Asked before the temporary file is removed.)
    if (file.isOpen()) {
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < std::max<qint64>(file.pos(), 1))
            return tr("cannot write %1: no space left on the disk").arg(QDir::toNativeSeparators(path));
    }
    return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
}

/// Flushes what is buffered, so that a full disk is reported as such (commit() would only say
/// "Unknown error"), then renames the temporary file over the target.
QString finish(const QString &path, QSaveFile &file)
{
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const QString error = cannotWrite(path, file);
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return cannotWrite(path, file);
    return {};
}

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file);
    if (file.write(bytes) != bytes.size()) {
        const QString error = cannotWrite(path, file);
        file.cancelWriting();
        return error;
    }
    return finish(path, file);
}

QString stopped(const QString &path)
{
    return tr("%1 was not written: stopped").arg(QDir::toNativeSeparators(path));
}

/// Writes created as the PDF's creation date in place of the moment Qt wrote it (QPdfWriter
/// has no setting for it), in as many bytes, so that the cross-reference offsets stay right:
/// UTC, "Z" or "+00'00'" after it as Qt's own date had a zone of none or hours and minutes.
bool stampCreationDate(QByteArray *pdf, const QDateTime &created)
{
    static const QByteArray key("/CreationDate (D:");
    const qsizetype from = pdf->lastIndexOf(key);
    const qsizetype to = from < 0 ? -1 : pdf->indexOf(')', from);
    if (to < 0)
        return false;
    const qsizetype start = from + key.size();
    const qsizetype length = to - start;
    QByteArray stamp = created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    stamp += length == stamp.size() + 1 ? QByteArray("Z") : QByteArray("+00'00'");
    if (stamp.size() != length)
        return false;
    pdf->replace(start, length, stamp);
    return true;
}

QString writePdf(const core::ReportDocument &report, const QString &path, const QDateTime &created, const ReportProgress &progress)
{
    bool stop = false;
    const ReportProgress watched = [&](ReportStage stage, int page, int pages) {
        stop = progress && !progress(stage, page, pages);
        return !stop;
    };
    const ReportTextDocument layout(report, ReportTextDocument::Pagination::Paged, watched);
    if (!layout.isComplete())
        return stopped(path);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool painted = false;
    {
        // Qt keeps the fonts of a PDF in a hash and writes them in its order: with the global
        // seed fixed while the PDF is made, the same report gives the same bytes.
        QHashSeed::setDeterministicGlobalSeed();
        const auto restore = qScopeGuard([] { QHashSeed::resetRandomGlobalSeed(); });
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(300);
        writer.setTitle(report.title + u' ' + report.subtitle);
        writer.setCreator(QCoreApplication::applicationName());
        painted = ReportPagePainter(layout).paint(&writer, watched);
    } // the writer ends the PDF (its cross-reference table and trailer) here
    if (!painted)
        return stop ? stopped(path) : tr("cannot draw the PDF of the report");
    QByteArray pdf = buffer.data();
    if (!stampCreationDate(&pdf, created))
        return tr("cannot draw the PDF of the report");
    return writeBytes(path, pdf);
}

QString writeOdt(const core::ReportDocument &report, const QString &path, const QDateTime &created, const ReportProgress &progress)
{
    // Word processors paginate for themselves: the ODT gets the flowing layout, and the page,
    // header and footer as styles they apply to every page.
    const ReportTextDocument layout(report, ReportTextDocument::Pagination::Flowing, progress);
    if (!layout.isComplete())
        return stopped(path);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(layout.document()))
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), buffer.errorString());
    QByteArray package = buffer.data();
    OdtPackage::Page page;
    page.modified = created;
    // The family asked for, not the one this machine has: the document opens elsewhere.
    page.fontFamily = ReportTextDocument::font(12).families().value(0);
    const QMarginsF margins = ReportTextDocument::pageLayout().margins(QPageLayout::Millimeter);
    page.leftMm = margins.left();
    page.rightMm = margins.right();
    page.topMm = margins.top();
    page.bottomMm = margins.bottom();
    if (const QString error = OdtPackage::complete(&package, page); !error.isEmpty())
        return error;
    return writeBytes(path, package);
}

} // namespace

std::optional<ReportExporter::Format> ReportExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"odt")
        return Format::Odt;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"xlsx")
        return Format::Xlsx;
    return std::nullopt;
}

QString ReportExporter::write(const core::ReportDocument &report, const QString &path, Format format, const QDateTime &createdAt,
                              const ReportProgress &progress)
{
    if (const QString problem = core::outputFileProblem(path); !problem.isEmpty())
        return problem;
    const QDateTime created = createdAt.isValid() ? createdAt : QDateTime::currentDateTimeUtc();
    switch (format) {
    case Format::Pdf:
        return writePdf(report, path, created, progress);
    case Format::Odt:
        return writeOdt(report, path, created, progress);
    case Format::Html:
        return writeBytes(path, ReportHtmlWriter::write(report));
    case Format::Csv:
        return writeBytes(path, ReportCsvWriter::write(report));
    case Format::Xlsx: {
        QString error;
        const QByteArray workbook = ReportXlsxWriter::write(report, created, &error);
        return workbook.isEmpty() ? error : writeBytes(path, workbook);
    }
    }
    return {};
}

} // namespace ui
