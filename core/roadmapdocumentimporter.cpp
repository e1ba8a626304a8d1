#include "roadmapdocumentimporter.h"

namespace core {

RoadmapImportResult RoadmapDocumentImporter::importFile(const QString &path) const
{
    RoadmapImportResult result;
    result.error = QStringLiteral("not implemented yet: %1").arg(path);
    return result;
}

RoadmapImportResult RoadmapDocumentImporter::importText(const QString &) const
{
    RoadmapImportResult result;
    result.error = QStringLiteral("not implemented yet");
    return result;
}

} // namespace core
