#pragma once

#include <QStringList>

namespace app {

/// Exit codes of `roadmap-tracker <command>`: scripts rely on them.
enum ExitCode {
    ExitOk = 0,
    ExitBadInput = 2, ///< bad arguments or unreadable input
};

/// Runs `roadmap-tracker [command] …` and returns the process exit code. Without a command it
/// prints the obligations of the bundled demo roadmap.
int runCommandLine(const QStringList &arguments);

} // namespace app
