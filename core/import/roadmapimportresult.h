#pragma once

#include "columnrole.h"
#include "importwarning.h"
#include "roadmap.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace core {

/// A column of the plan's table as the importer read it.
struct ImportColumn {
    QString heading;   ///< as written (a two-row heading joined: «Срок исполнения 2019»)
    ColumnRole role = ColumnRole::Ignored;
    int year = 0;      ///< a deadline column of one year («2019 год»); 0 otherwise

    friend bool operator==(const ImportColumn &, const ImportColumn &) = default;
};

/// The outcome of importing a roadmap document.
struct RoadmapImportResult {
    Roadmap roadmap;
    QList<ImportWarning> warnings; ///< every problem found, with its place
    QString error;                 ///< non-empty only when nothing could be imported

    QString format;                ///< "text", "csv", "docx", "odt", "html", "xlsx"
    QString sheet;                 ///< the worksheet read (Excel)
    QStringList sheets;            ///< every worksheet of a workbook, to choose from
    QList<ImportColumn> columns;   ///< the plan table's columns and what each was read as

    bool ok() const { return error.isEmpty(); }
};

/// How to read a plan where the document leaves a choice to a person.
struct PlanReadOptions {
    QString sheet;                 ///< the worksheet holding the plan; empty: found by content
    QList<ColumnRole> columnRoles; ///< one per column, set by a person; empty: found from the headings
};

} // namespace core
