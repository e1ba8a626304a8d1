#pragma once

#include "obligationkey.h"
#include "user.h"

#include <QString>

namespace core {

/// Who may do what (DESIGN §6). The storage layer asks before every write, whatever the UI shows.
namespace access {

enum class Action {
    ReportExecution, ///< report done, or "no events this period"
    Verify,          ///< accept or return a report
    GrantExtension,
    ManageRoadmap,   ///< import and edit roadmaps, departments, settings, calendar
    ManageUsers,
};

/// Empty when allowed; otherwise why not, in words. ledByGroup: the obligation's department
/// is a group, which any department head (or the monitor) may report for.
QString refusal(const User &user, Action action, const ObligationKey &key = {}, bool ledByGroup = false);

} // namespace access
} // namespace core
