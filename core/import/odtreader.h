#pragma once

#include "sourcedocumentresult.h"

#include <QByteArray>

namespace core {

/// Reads an OpenDocument text (.odt): the body's paragraphs and tables, spanned and
/// covered cells laid out on the grid, list items numbered.
SourceDocumentResult readOdt(const QByteArray &bytes);

} // namespace core
