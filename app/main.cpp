#include "applicationicon.h"
#include "commandline.h"
#include "language.h"
#include "windowstart.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>

namespace {

/// Commands that draw (PDF and ODT reports need fonts and a paint device) run without a
/// display on the offscreen platform.
bool needsGui(const QString &command)
{
    return command == u"report";
}

} // namespace

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QTemporaryDir> runtimeDir;
    std::unique_ptr<QCoreApplication> application;
    const bool window = app::startsWindow(arguments);
    if (window) {
        application = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setDesktopFileName(QStringLiteral("ru.roadmaptracker.RoadmapTracker"));
        QApplication::setWindowIcon(ui::applicationIcon());
    } else if (needsGui(command)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, ssh) Qt would warn on stderr that it picks a runtime folder
        // itself; give it a private one for the run.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir = std::make_unique<QTemporaryDir>();
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("roadmap-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROADMAP_TRACKER_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Roadmap Tracker"));
    const QString language = app::preferredLanguage();
    app::installTranslations(*application, language);
    if (window)
        return app::runWindow(QCoreApplication::arguments(), language);
    return app::runCommandLine(QCoreApplication::arguments());
}
