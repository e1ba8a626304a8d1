#pragma once

#include <QStringList>

namespace app {

/// True when the arguments ask for the window: none at all, or only --db FILE.
bool startsWindow(const QStringList &arguments);

/// Runs the main window on the running QApplication; returns the exit code.
int runWindow(const QStringList &arguments, const QString &language);

} // namespace app
