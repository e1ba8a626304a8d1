#include "accesspolicy.h"

#include <QCoreApplication>

namespace core::access {

QString refusal(const User &user, Action action, const ObligationKey &key, bool ledByGroup)
{
    if (!user.active)
        return QCoreApplication::translate("core", "the account of %1 is disabled").arg(user.login);
    if (user.role == User::Role::Monitor)
        return {};
    if (user.role == User::Role::Viewer)
        return QCoreApplication::translate("core", "%1 is a viewer and cannot change anything").arg(user.login);

    // A department head.
    if (action != Action::ReportExecution)
        return QCoreApplication::translate("core", "only the monitor can do this; %1 is a department head").arg(user.login);
    if (ledByGroup || key.department == user.department)
        return {};
    return QCoreApplication::translate("core", "%1 reports for «%2», not for «%3»").arg(user.login, user.department, key.department);
}

} // namespace core::access
