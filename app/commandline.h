#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

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

/// Parses a command's arguments (arguments[0] is the command's name). A bad option or, unless
/// takesPositional, any positional argument is reported; --help prints the command's help.
/// Either way the exit code to stop with is returned; nullopt means: go on and run it.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments, bool takesPositional = false);

} // namespace app
