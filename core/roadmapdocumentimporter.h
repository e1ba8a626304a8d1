#pragma once

#include "import/roadmapimportresult.h"

#include <QByteArray>
#include <QString>

namespace core {

/// The front door of the import: reads an approved plan from the file an administration has —
/// Word (.docx), OpenDocument (.odt), a saved web page, Excel (.xlsx), CSV or text — picking the
/// reader by the file's content, and hands the reader's tables to one roadmap reader that finds
/// the columns by their headings. It reports every problem it finds and stops only when the
/// input cannot be read at all.
class RoadmapDocumentImporter
{
public:
    RoadmapImportResult importFile(const QString &path, const PlanReadOptions &options = {}) const;
    RoadmapImportResult importData(const QByteArray &bytes, const QString &fileName, const PlanReadOptions &options = {}) const;
    RoadmapImportResult importText(const QString &text, const PlanReadOptions &options = {}) const;
};

} // namespace core
