#include "commandline.h"
#include "language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roadmap-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROADMAP_TRACKER_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Roadmap Tracker"));
    app::installTranslations(application, app::preferredLanguage());
    return app::runCommandLine(application.arguments());
}
