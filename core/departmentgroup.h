#pragma once

#include <QString>

namespace core {

/// A phrase such as "иные отделы Администрации" that names several departments at once.
/// A group takes part in an activity but owes no obligation of its own, except where an
/// activity names only groups: then the first group leads.
struct DepartmentGroup {
    QString name;

    friend bool operator==(const DepartmentGroup &, const DepartmentGroup &) = default;
};

} // namespace core
