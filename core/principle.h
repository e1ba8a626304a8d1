#pragma once

#include <QString>

namespace core {

/// An openness principle: the first level of the roadmap table.
struct Principle {
    int number = 0;
    QString title;

    friend bool operator==(const Principle &, const Principle &) = default;
};

} // namespace core
