#pragma once

#include <QJsonDocument>
#include <QString>
#include <QTextStream>

namespace app {

QTextStream &standardOutput();
QTextStream &standardError();

/// Prints "roadmap-tracker: message" on stderr and returns the exit code.
int failWith(const QString &message, int exitCode = 2);

void printJson(const QJsonDocument &document);

} // namespace app
