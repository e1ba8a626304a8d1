#pragma once

#include <QString>

namespace core {

/// How a department takes part in an activity (DESIGN §2).
enum class AssignmentRole {
    Lead,        ///< the first named department; owes an obligation
    CoExecutor,  ///< each further named department; owes its own obligation
    Contributor, ///< a named group: takes part, owes nothing of its own
};

/// Activity × department (or department group) × role.
struct Assignment {
    QString department; ///< department or group name, as in Roadmap::departments / groups
    AssignmentRole role = AssignmentRole::Lead;
    bool isGroup = false;

    /// True when this assignment owes obligations of its own.
    bool owesObligations() const { return role != AssignmentRole::Contributor; }

    friend bool operator==(const Assignment &, const Assignment &) = default;
};

/// Stable lower-case identifier used in JSON and storage: "lead", "co_executor", "contributor".
QString assignmentRoleId(AssignmentRole role);

} // namespace core
