#pragma once

#include "sourcedocument.h"

#include <QString>

namespace core {

/// What a format reader returns: the document, or why it could not be read.
struct SourceDocumentResult {
    SourceDocument document;
    QString error; ///< non-empty when the file could not be read at all

    bool ok() const { return error.isEmpty(); }
};

} // namespace core
