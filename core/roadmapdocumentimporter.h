#pragma once

#include "importwarning.h"
#include "roadmap.h"

#include <QList>
#include <QString>

namespace core {

/// The outcome of importing a roadmap document.
struct RoadmapImportResult {
    Roadmap roadmap;
    QList<ImportWarning> warnings; ///< every problem found, with its line
    QString error;                 ///< non-empty only when nothing could be imported

    bool ok() const { return error.isEmpty(); }
};

/// Reads the text of an approved roadmap document (the decree and its table, as in
/// the bundled Kachkanar roadmap) into a Roadmap. It reports every problem it finds
/// and stops only when the input cannot be read at all.
class RoadmapDocumentImporter
{
public:
    RoadmapImportResult importFile(const QString &path) const;
    RoadmapImportResult importText(const QString &text) const;
};

} // namespace core
