#include "reportbenchmark.h"

#include <QCommandLineParser>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Reports are laid out with fonts, which need a GUI application; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_report"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Report benchmark of Roadmap Tracker: a quarter and a year of one big roadmap."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("obligations"), QStringLiteral("About this many obligations in the roadmap (50000)."), QStringLiteral("n")},
        {QStringLiteral("repeat"), QStringLiteral("Repetitions; medians are printed (1)."), QStringLiteral("n")},
    });
    parser.process(application);
    bench::ReportBenchmark::Options options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("obligations")))
        options.obligations = parser.value(QStringLiteral("obligations")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("repeat")))
        options.repetitions = parser.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || options.obligations < 100 || options.repetitions < 1) {
        QTextStream(stderr) << "--obligations takes a number of at least 100, --repeat at least 1" << Qt::endl;
        return 2;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return bench::ReportBenchmark::run(out, err, options);
}
