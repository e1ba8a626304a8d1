#include "reportpeople.h"

#include "roadmap.h"

#include <QCoreApplication>

namespace core {

namespace {

/// A name a signature can carry: given, and not just the login again.
bool isName(const QString &name, const QString &login)
{
    return !name.trimmed().isEmpty() && name.trimmed() != login;
}

} // namespace

std::optional<ReportPeople> ReportPeople::find(const QList<User> &users, const Roadmap &roadmap, const QString &login,
                                               QString *error)
{
    const auto me = std::find_if(users.cbegin(), users.cend(), [&](const User &u) { return u.login == login && u.active; });
    if (me == users.cend()) {
        if (error)
            *error = QCoreApplication::translate("core", "«%1» is not a user of this database: reports are made by its users").arg(login);
        return std::nullopt;
    }
    ReportPeople people;
    people.preparer = isName(me->displayName, login) ? me->displayName.trimmed() : login;
    people.preparerDepartment = me->department;
    people.signatory = people.preparer;
    const auto signedByPreparer = [&]() -> std::optional<ReportPeople> {
        if (isName(me->displayName, login))
            return people;
        if (error) {
            *error = QCoreApplication::translate("core", "«%1» has no name in the database, and a report is signed by name: "
                                                         "give one with 'roadmap-tracker user --login %1 --role … --name …'")
                         .arg(login);
        }
        return std::nullopt;
    };
    if (people.preparerDepartment.isEmpty())
        return signedByPreparer();

    if (const Department *department = roadmap.department(people.preparerDepartment); department && !department->head.isEmpty()) {
        people.signatory = department->head;
        people.signatoryHeadsDepartment = true;
        return people;
    }
    const auto head = std::find_if(users.cbegin(), users.cend(), [&](const User &u) {
        return u.active && u.role == User::Role::DepartmentHead && u.department == people.preparerDepartment;
    });
    if (head != users.cend() && isName(head->displayName, head->login)) {
        people.signatory = head->displayName.trimmed();
        people.signatoryHeadsDepartment = true;
        return people;
    }
    return signedByPreparer();
}

} // namespace core
