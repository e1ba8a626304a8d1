#include "reportpeople.h"

#include "roadmap.h"

namespace core {

ReportPeople ReportPeople::find(const QList<User> &users, const Roadmap &roadmap, const QString &login)
{
    ReportPeople people;
    people.preparer = login;
    const auto me = std::find_if(users.cbegin(), users.cend(), [&](const User &u) { return u.login == login; });
    if (me != users.cend()) {
        if (!me->displayName.trimmed().isEmpty())
            people.preparer = me->displayName.trimmed();
        people.preparerDepartment = me->department;
    }
    people.signatory = people.preparer;
    if (people.preparerDepartment.isEmpty())
        return people;

    if (const Department *department = roadmap.department(people.preparerDepartment); department && !department->head.isEmpty()) {
        people.signatory = department->head;
        people.signatoryHeadsDepartment = true;
        return people;
    }
    const auto head = std::find_if(users.cbegin(), users.cend(), [&](const User &u) {
        return u.active && u.role == User::Role::DepartmentHead && u.department == people.preparerDepartment;
    });
    if (head != users.cend()) {
        people.signatory = head->displayName.isEmpty() ? head->login : head->displayName;
        people.signatoryHeadsDepartment = true;
    }
    return people;
}

} // namespace core
