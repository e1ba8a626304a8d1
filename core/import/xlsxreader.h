#pragma once

#include "sourcedocumentresult.h"

#include <QByteArray>
#include <QString>

namespace core {

/// Reads an Excel workbook (.xlsx): every worksheet, or only the one named, becomes a
/// table named after it, merged cells laid out on the grid, rows placed by their numbers
/// in the sheet. Cells formatted as dates read as dd.MM.yyyy.
SourceDocumentResult readXlsx(const QByteArray &bytes, const QString &sheetName = {});

} // namespace core
