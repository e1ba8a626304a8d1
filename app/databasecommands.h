#pragma once

#include <QStringList>

namespace app {

/// Whether `command` is one of the database commands (import, status, mark, …).
bool isDatabaseCommand(const QString &command);
/// Runs a database command; arguments[0] is the command name.
int runDatabaseCommand(const QStringList &arguments);
/// One line per database command, for the general help.
QString databaseCommandsHelp();

} // namespace app
