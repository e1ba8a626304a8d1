#include "windowstart.h"

#include "databaselocation.h"
#include "mainwindow.h"
#include "user.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>

namespace app {

namespace {

QString databaseArgument(const QStringList &arguments)
{
    if (arguments.size() == 3 && arguments.at(1) == u"--db")
        return arguments.at(2);
    if (arguments.size() == 2 && arguments.at(1).startsWith(u"--db="))
        return arguments.at(1).mid(5);
    return {};
}

} // namespace

bool startsWindow(const QStringList &arguments)
{
    return arguments.size() <= 1 || !databaseArgument(arguments).isEmpty();
}

int runWindow(const QStringList &arguments, const QString &language)
{
    // Dates follow the language of the window: dd.MM.yyyy in Russian.
    if (language == u"ru" && QLocale().language() != QLocale::Russian)
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    else if (language == u"en" && QLocale().language() != QLocale::English)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    ui::MainWindow window(core::operatingSystemLogin());
    const QString database = databaseArgument(arguments);
    if (!database.isEmpty()) {
        QString error;
        const std::optional<core::DatabaseLocation> location = core::DatabaseLocation::parse(database, &error);
        if (location)
            window.openDatabase(*location);
        else
            QMessageBox::warning(&window, window.windowTitle(), error);
    } else {
        window.openLastDatabase();
    }
    window.show();
    return QApplication::exec();
}

} // namespace app
