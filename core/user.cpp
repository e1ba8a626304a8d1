#include "user.h"

#include <QCoreApplication>

namespace core {

QString userRoleId(User::Role role)
{
    switch (role) {
    case User::Role::Monitor:
        return QStringLiteral("monitor");
    case User::Role::DepartmentHead:
        return QStringLiteral("department_head");
    case User::Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<User::Role> userRoleFromId(QStringView id)
{
    for (User::Role role : {User::Role::Monitor, User::Role::DepartmentHead, User::Role::Viewer}) {
        if (id == userRoleId(role))
            return role;
    }
    return std::nullopt;
}

QString operatingSystemLogin()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("user");
}

QString userRoleName(User::Role role)
{
    switch (role) {
    case User::Role::Monitor:
        return QCoreApplication::translate("core", "Monitor");
    case User::Role::DepartmentHead:
        return QCoreApplication::translate("core", "Department head");
    case User::Role::Viewer:
        return QCoreApplication::translate("core", "Viewer");
    }
    return {};
}

} // namespace core
