#include "output.h"

#include <cstdio>

namespace app {

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const QString &message, int exitCode)
{
    QString oneLine = message.simplified();
    standardError() << "roadmap-tracker: " << oneLine << Qt::endl;
    return exitCode;
}

void printJson(const QJsonDocument &document)
{
    standardOutput() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    standardOutput().flush();
}

} // namespace app
