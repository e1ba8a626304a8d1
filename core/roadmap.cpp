#include "roadmap.h"

#include <algorithm>

namespace core {

const Principle *Roadmap::principle(int number) const
{
    const auto it = std::find_if(principles.cbegin(), principles.cend(),
                                 [number](const Principle &p) { return p.number == number; });
    return it == principles.cend() ? nullptr : &*it;
}

const Activity *Roadmap::activity(const QString &number) const
{
    return m_activityIndex.find(activities, number);
}

const Department *Roadmap::department(const QString &name) const
{
    const auto it = std::find_if(departments.cbegin(), departments.cend(),
                                 [&name](const Department &d) { return d.name == name; });
    return it == departments.cend() ? nullptr : &*it;
}

bool Roadmap::isGroup(const QString &name) const
{
    return std::any_of(groups.cbegin(), groups.cend(),
                       [&name](const DepartmentGroup &g) { return g.name == name; });
}

} // namespace core
