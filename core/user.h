#pragma once

#include <QString>

#include <optional>

namespace core {

/// A person, identified by their operating-system login (DESIGN §6).
struct User {
    enum class Role {
        Monitor,        ///< the organisational department: maintains, verifies, extends
        DepartmentHead, ///< reports for their own department
        Viewer,         ///< reads dashboards and reports
    };

    QString login;
    QString displayName;
    Role role = Role::Viewer;
    QString department; ///< for department heads
    bool active = true;
    int version = 0;

    friend bool operator==(const User &, const User &) = default;
};

/// "monitor", "department_head", "viewer".
QString userRoleId(User::Role role);
std::optional<User::Role> userRoleFromId(QStringView id);
/// The login of the person running the program: $USER, else $LOGNAME, else $USERNAME (Windows).
QString operatingSystemLogin();

/// The role in words, translated through the "core" context.
QString userRoleName(User::Role role);

} // namespace core
