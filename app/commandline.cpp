#include "commandline.h"

#include "databasecommands.h"
#include "deadlinescommand.h"
#include "output.h"
#include "reportcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace app {

namespace {

QString usage()
{
    return QCoreApplication::translate("app",
        "Usage: roadmap-tracker <command> [options]\n"
        "\n"
        "Commands:\n"
        "  deadlines   parse deadline wording or a roadmap document and list its obligations\n"
        "  report      make a status report (PDF, ODT, HTML, CSV, XLSX), register, reprint or list them\n");
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);

    // Without arguments the window starts (app/main.cpp); here an empty command only asks for help.
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        standardOutput() << usage() << databaseCommandsHelp() << '\n'
                         << QCoreApplication::translate("app", "Without a command the window starts; 'roadmap-tracker --db FILE' opens that database in it.\n"
                                                               "Run 'roadmap-tracker <command> --help' for the options of a command.\n"
                                                               "Exit codes: 0 done, 2 bad arguments or input, 3 not permitted, "
                                                               "4 conflict with a newer change, 5 database cannot be opened or is damaged.\n");
        return ExitOk;
    }
    if (command == u"--version" || command == u"-v") {
        standardOutput() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (command == u"deadlines")
        return runDeadlinesCommand(rest);
    if (command == u"report" || command == u"reports")
        return runReportCommand(rest);
    if (isDatabaseCommand(command))
        return runDatabaseCommand(rest);

    return failWith(QCoreApplication::translate("app", "unknown command \"%1\"; run 'roadmap-tracker --help'").arg(command));
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments, bool takesPositional)
{
    if (!parser.parse(arguments))
        return failWith(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        standardOutput() << parser.helpText();
        return ExitOk;
    }
    if (!takesPositional && !parser.positionalArguments().isEmpty())
        return failWith(QCoreApplication::translate("app", "unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

} // namespace app
