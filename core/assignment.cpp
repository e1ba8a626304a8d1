#include "assignment.h"

namespace core {

QString assignmentRoleId(AssignmentRole role)
{
    switch (role) {
    case AssignmentRole::Lead:
        return QStringLiteral("lead");
    case AssignmentRole::CoExecutor:
        return QStringLiteral("co_executor");
    case AssignmentRole::Contributor:
        return QStringLiteral("contributor");
    }
    return {};
}

} // namespace core
