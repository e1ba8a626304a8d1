#pragma once

#include <QStringList>

namespace app {

/// Exit codes of `roadmap-tracker <command>`: scripts rely on them.
enum ExitCode {
    ExitOk = 0,
    ExitBadInput = 2,     ///< bad arguments or unreadable input
    ExitNotPermitted = 3, ///< the person's role does not allow it
    ExitConflict = 4,     ///< someone else saved a newer change first
    ExitDatabase = 5,     ///< the database cannot be opened, is damaged, or failed its check
};

/// Runs `roadmap-tracker [command] …` and returns the process exit code. Without a command it
/// prints the obligations of the bundled demo roadmap.
int runCommandLine(const QStringList &arguments);

} // namespace app
