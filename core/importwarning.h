#pragma once

#include "import/sourcedocument.h"

#include <QString>

namespace core {

/// A problem found while importing, with the place in the source it concerns.
struct ImportWarning {
    SourcePlace place;
    QString message;

    friend bool operator==(const ImportWarning &, const ImportWarning &) = default;
};

} // namespace core
