#pragma once

#include <QStringList>

namespace app {

/// Runs `roadmap-tracker <command> …` and returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace app
