#pragma once

#include "sourcedocumentresult.h"

#include <QByteArray>

namespace core {

/// Reads a web page (a plan published on an administration's site, or a document saved
/// as a web page): the paragraphs and the data tables, colspan and rowspan laid out on
/// the grid. Layout tables (tables whose cells hold tables) are read through, not returned.
/// The charset comes from a byte-order mark, the page's meta declaration, or the bytes:
/// UTF-8 if they are valid UTF-8, windows-1251 otherwise.
SourceDocumentResult readHtml(const QByteArray &bytes);

} // namespace core
