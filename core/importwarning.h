#pragma once

#include <QString>

namespace core {

/// A problem found while importing, with the 1-based line of the source it concerns.
struct ImportWarning {
    int line = 0;
    QString message;

    friend bool operator==(const ImportWarning &, const ImportWarning &) = default;
};

} // namespace core
