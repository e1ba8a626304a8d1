#pragma once

#include <QStringList>

namespace app {

/// `roadmap-tracker deadlines --phrase TEXT [--from D] [--to D] [--json]` and
/// `roadmap-tracker deadlines --roadmap FILE [--json]`. arguments[0] is the command name.
int runDeadlinesCommand(const QStringList &arguments);

} // namespace app
