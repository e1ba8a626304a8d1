#pragma once

#include "sourcedocumentresult.h"

#include <QByteArray>

namespace core {

/// Reads a Word document (.docx): the body's paragraphs and tables, merged cells laid
/// out on the grid, list numbers written out in table cells.
SourceDocumentResult readDocx(const QByteArray &bytes);

} // namespace core
