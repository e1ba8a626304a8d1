#pragma once

#include <QStringList>

namespace app {

/// `roadmap-tracker report …` (make, register, reprint or list status reports) and
/// `roadmap-tracker reports …` (list the registered ones); arguments[0] is the command name.
int runReportCommand(const QStringList &arguments);

} // namespace app
