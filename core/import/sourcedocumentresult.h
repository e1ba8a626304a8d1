#pragma once

#include "sourcedocument.h"

#include <QString>

namespace core {

/// What a format reader returns: the document, or why it could not be read.
struct SourceDocumentResult {
    SourceDocument document;
    QString error; ///< translated, for the person importing; empty when the document was read

    bool ok() const { return error.isEmpty(); }
};

} // namespace core
