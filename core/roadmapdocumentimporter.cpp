#include "roadmapdocumentimporter.h"

#include "import/documentformat.h"
#include "import/docxreader.h"
#include "import/htmlreader.h"
#include "import/odtreader.h"
#include "import/planreader.h"
#include "import/textreader.h"
#include "import/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace core {

namespace {

/// Plans are small: a decree with a table of a few hundred rows. Anything far larger is not one.
constexpr qint64 maximumFileSize = 256 * 1024 * 1024;

/// The reader is chosen by what the file holds, not by its name.
SourceDocumentResult readDocument(const QByteArray &bytes)
{
    const DocumentFormat format = detectDocumentFormat(bytes);
    switch (format) {
    case DocumentFormat::Docx:
        return readDocx(bytes);
    case DocumentFormat::Odt:
        return readOdt(bytes);
    case DocumentFormat::Xlsx:
        return readXlsx(bytes);
    case DocumentFormat::Html:
        return readHtml(bytes);
    case DocumentFormat::Text:
        return readTextDocument(bytes);
    case DocumentFormat::UnknownBinary:
    case DocumentFormat::LegacyWord:
    case DocumentFormat::LegacyExcel:
    case DocumentFormat::Pdf:
    case DocumentFormat::Rtf:
    case DocumentFormat::UnknownZip:
        break;
    }
    SourceDocumentResult refused;
    refused.error = documentFormatRefusal(format);
    return refused;
}

} // namespace

RoadmapImportResult RoadmapDocumentImporter::importFile(const QString &path, const PlanReadOptions &options) const
{
    RoadmapImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("core", "%1: cannot be opened: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > maximumFileSize) {
        result.error = QCoreApplication::translate("core", "%1: the file is too large to be a plan (%2 MB).")
                           .arg(path).arg(file.size() / (1024 * 1024));
        return result;
    }
    result = importData(file.readAll(), path, options);
    if (!result.ok())
        result.error = u"%1: %2"_s.arg(path, result.error);
    return result;
}

RoadmapImportResult RoadmapDocumentImporter::importData(const QByteArray &bytes, const QString &fileName,
                                                        const PlanReadOptions &options) const
{
    const SourceDocumentResult document = readDocument(bytes);
    if (!document.ok()) {
        RoadmapImportResult result;
        result.error = document.error;
        return result;
    }
    RoadmapImportResult result = PlanReader().read(document.document, options);
    result.roadmap.sourceName = QFileInfo(fileName).fileName();
    return result;
}

RoadmapImportResult RoadmapDocumentImporter::importText(const QString &text, const PlanReadOptions &options) const
{
    return PlanReader().read(textDocument(text), options);
}

} // namespace core
