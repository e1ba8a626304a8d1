#include "reportcommand.h"

#include "commandline.h"
#include "database.h"
#include "databaseoptions.h"
#include "output.h"
#include "outputfile.h"
#include "registeredreportrepository.h"
#include "reportexporter.h"
#include "reportpeople.h"
#include "roadmaprepository.h"
#include "statusreportbuilder.h"
#include "userrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

namespace app {

namespace {

using core::StorageError;

QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}

QList<QCommandLineOption> options()
{
    return {
        dbOption(),
        roadmapIdOption(),
        {QStringLiteral("period"),
         tr("The period: a quarter 2019-Q2, a half-year 2019-H1, a year 2019 or a range 2019-04-01..2019-06-30 "
            "(default: the last quarter finished by the as-of date inside the roadmap's period)."),
         tr("period")},
        {QStringLiteral("as-of"), tr("Statuses as known on this date, YYYY-MM-DD (default: the end of the period, or today "
                                     "while the period runs)."),
         tr("date")},
        {QStringLiteral("principle"), tr("Only this principle."), tr("number")},
        {QStringLiteral("department"), tr("Only the obligations of this department."), tr("name")},
        {QStringLiteral("lang"), tr("The language of the report: ru (default) or en."), tr("ru|en")},
        {QStringLiteral("phone"), tr("The executor's phone, printed with their name at the foot of the last page."), tr("phone")},
        {QStringLiteral("addressee"),
         tr("Whom the report is addressed to, top right of the first page (default: the head of the municipality, "
            "\"Главе …\"; \"\" for none)."),
         tr("text")},
        {QStringLiteral("approval"), tr("Add an approval block for the head: approve («УТВЕРЖДАЮ») or agree («СОГЛАСОВАНО»)."),
         tr("approve|agree")},
        {QStringLiteral("approver"), tr("The full name under the approval block (default: a blank to sign by hand)."), tr("name")},
        {QStringLiteral("out"), tr("The file to write; its suffix picks the format: .pdf, .odt (Word, LibreOffice Writer) or .html "
                                   "for the printed report; .csv for its obligations, one a row, for spreadsheets (in Russian "
                                   "separated by ';' with dates as 30.06.2019, in English by ',' with dates as 2019-06-30); "
                                   ".xlsx for an Excel workbook of the obligations and every table of the report."),
         tr("file")},
        {QStringLiteral("register"), tr("Register the report under this number (monitors only): its content is frozen for reprints."),
         tr("number")},
        {QStringLiteral("reprint"), tr("Write the registered report with this number exactly as it was registered."), tr("number")},
        {QStringLiteral("list"), tr("List the registered reports.")},
        jsonOption(),
    };
}

int listReports(const QCommandLineParser &parser)
{
    core::Database db;
    qint64 roadmapId = 0;
    if (int code = openRoadmap(parser, db, &roadmapId))
        return code;
    StorageError error;
    const QList<core::RegisteredReport> reports =
        core::RegisteredReportRepository(db, now).reports(roadmapId, &error);
    if (error)
        return fail(error);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const core::RegisteredReport &report : reports) {
            array.append(QJsonObject{{QStringLiteral("number"), report.number},
                                     {QStringLiteral("registered_on"), report.registeredOn.toString(Qt::ISODate)},
                                     {QStringLiteral("registered_by"), report.registeredBy},
                                     {QStringLiteral("registered_at"), report.registeredAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("parameters"), report.parameters.toJson()},
                                     {QStringLiteral("content_hash"), report.contentHash}});
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("registered_reports"), array}}));
        return ExitOk;
    }
    QTextStream &out = standardOutput();
    if (reports.isEmpty()) {
        out << tr("No report is registered yet; register one with 'roadmap-tracker report … --register NUMBER'.") << Qt::endl;
        return ExitOk;
    }
    out << tr("%1 %2 %3 %4 %5 %6 %7")
               .arg(tr("number"), -10)
               .arg(tr("registered"), -11)
               .arg(tr("by"), -14)
               .arg(tr("period"), -23)
               .arg(tr("as of"), -11)
               .arg(tr("lang"), -5)
               .arg(tr("scope"))
        << '\n';
    for (const core::RegisteredReport &report : reports) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(report.number, -10)
                   .arg(report.registeredOn.toString(Qt::ISODate), -11)
                   .arg(report.registeredBy, -14)
                   .arg(report.parameters.period.key(), -23)
                   .arg(report.parameters.asOf.toString(Qt::ISODate), -11)
                   .arg(report.parameters.language, -5)
                   .arg(report.parameters.scopeText())
            << '\n';
    }
    out.flush();
    return ExitOk;
}

/// Reads the period, as-of, scope and language options for this roadmap; returns an exit code.
int parametersFrom(const QCommandLineParser &parser, const core::Roadmap &roadmap, QDate today, core::ReportParameters *parameters)
{
    std::optional<QDate> asOf;
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QDate date = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!date.isValid())
            return failWith(tr("--as-of takes a date as YYYY-MM-DD, not \"%1\"").arg(parser.value(QStringLiteral("as-of"))));
        asOf = date;
    }
    if (parser.isSet(QStringLiteral("period"))) {
        QString error;
        const std::optional<core::ReportPeriod> period = core::ReportPeriod::parse(parser.value(QStringLiteral("period")), &error);
        if (!period)
            return failWith(error);
        parameters->period = *period;
    } else {
        parameters->period = core::ReportParameters::defaultPeriod(asOf, today, roadmap.periodStart, roadmap.periodEnd);
    }
    parameters->asOf = asOf ? *asOf : core::ReportParameters::defaultAsOf(parameters->period, today);

    if (parser.isSet(QStringLiteral("principle"))) {
        bool ok = false;
        parameters->principle = parser.value(QStringLiteral("principle")).toInt(&ok);
        if (!ok || parameters->principle <= 0)
            return failWith(tr("--principle takes a principle number, not \"%1\"").arg(parser.value(QStringLiteral("principle"))));
    }
    parameters->department = parser.value(QStringLiteral("department")).trimmed();
    const QString language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")).trimmed().toLower()
                                                                  : QStringLiteral("ru");
    if (language != u"ru" && language != u"en")
        return failWith(tr("--lang takes ru or en, not \"%1\"").arg(language));
    parameters->language = language;
    return ExitOk;
}

/// Reads the options that shape the document rather than its content: phone, addressee, approval.
int documentOptionsFrom(const QCommandLineParser &parser, core::ReportPeople *people)
{
    people->executorPhone = parser.value(QStringLiteral("phone")).trimmed();
    if (parser.isSet(QStringLiteral("addressee")))
        people->addressee = parser.value(QStringLiteral("addressee")).trimmed();
    if (parser.isSet(QStringLiteral("approval"))) {
        const QString approval = parser.value(QStringLiteral("approval")).trimmed().toLower();
        if (approval == u"approve")
            people->approval = core::ReportPeople::Approval::Approve;
        else if (approval == u"agree")
            people->approval = core::ReportPeople::Approval::Agree;
        else
            return failWith(tr("--approval takes approve or agree, not \"%1\"").arg(approval));
    }
    if (parser.isSet(QStringLiteral("approver")) && people->approval == core::ReportPeople::Approval::None)
        return failWith(tr("--approver names who signs the approval block: give --approval too"));
    people->approverName = parser.value(QStringLiteral("approver")).trimmed();
    return ExitOk;
}

/// created: the registration time of a registered report, so that reprints give the same bytes.
int writeReport(const core::ReportDocument &report, const QString &path, ui::ReportExporter::Format format,
                const QDateTime &created = {})
{
    // A long report says how far it has come, on one line of a terminal rewritten in place; a
    // quick one, or one whose stderr goes to a file or a pipe, says nothing.
    QElapsedTimer clock;
    clock.start();
    bool shown = false;
    ui::ReportProgress progress;
    if (isatty(STDERR_FILENO)) {
        progress = [&](ui::ReportStage stage, int page, int pages) {
            if (clock.elapsed() < 1000)
                return true;
            shown = true;
            const QString line = stage == ui::ReportStage::Layout ? tr("Laying out the report: page %1").arg(page)
                                                                  : tr("Writing page %1 of %2").arg(page).arg(pages);
            standardError() << '\r' << line << "\x1b[K" << Qt::flush;
            return true;
        };
    }
    const QString error = ui::ReportExporter::write(report, path, format, created, progress);
    if (shown)
        standardError() << "\r\x1b[K" << Qt::flush;
    if (!error.isEmpty())
        return failWith(error);
    return ExitOk;
}

int reprint(const QCommandLineParser &parser, const QString &path, ui::ReportExporter::Format format)
{
    for (const char *name : {"period", "as-of", "principle", "department", "lang", "register", "phone", "addressee", "approval", "approver"}) {
        if (parser.isSet(QLatin1String(name)))
            return failWith(tr("--reprint writes the report as registered; --%1 cannot change it").arg(QLatin1String(name)));
    }
    core::Database db;
    qint64 roadmapId = 0;
    if (int code = openRoadmap(parser, db, &roadmapId))
        return code;
    StorageError error;
    const std::optional<core::RegisteredReport> registered =
        core::RegisteredReportRepository(db, now)
            .report(roadmapId, parser.value(QStringLiteral("reprint")), &error);
    if (!registered)
        return fail(error);
    if (int code = writeReport(registered->content, path, format, registered->registeredAt))
        return code;
    standardOutput() << tr("Reprinted report No. %1 of %2 to %3")
                            .arg(registered->number, registered->registeredOn.toString(u"dd.MM.yyyy"), QDir::toNativeSeparators(path))
                     << Qt::endl;
    return ExitOk;
}

int makeReport(const QCommandLineParser &parser, const QString &path, ui::ReportExporter::Format format)
{
    core::Database db;
    qint64 roadmapId = 0;
    std::optional<core::RoadmapSnapshot> snapshot;
    if (int code = loadRoadmap(parser, db, &roadmapId, &snapshot))
        return code;
    const QDate today = QDate::currentDate();
    core::ReportParameters parameters;
    if (int code = parametersFrom(parser, snapshot->roadmap, today, &parameters))
        return code;
    const core::ReportParameterCheck check = parameters.check(*snapshot, today);
    if (!check.refusal.isEmpty())
        return failWith(check.refusal);
    StorageError error;
    const QList<core::User> users = core::UserRepository(db).users(&error);
    if (error)
        return fail(error);
    const QString login = core::operatingSystemLogin();
    QString buildError;
    std::optional<core::ReportPeople> people = core::ReportPeople::find(users, snapshot->roadmap, login, &buildError);
    if (!people)
        return failWith(buildError);
    if (int code = documentOptionsFrom(parser, &*people))
        return code;

    std::optional<core::ReportDocument> report = core::StatusReportBuilder::build(*snapshot, parameters, *people, &buildError);
    if (!report)
        return failWith(buildError);
    for (const QString &warning : check.warnings)
        standardError() << tr("roadmap-tracker: warning: %1").arg(warning) << Qt::endl;

    core::RegisteredReport registered;
    if (parser.isSet(QStringLiteral("register"))) {
        // A number is not taken for a report that could not be written.
        if (const QString problem = core::outputFileProblem(path); !problem.isEmpty())
            return failWith(problem);
        core::RegisteredReportRepository repository(db, now);
        if (const StorageError registerError = repository.registerReport({login, {}}, roadmapId, parser.value(QStringLiteral("register")),
                                                                         parameters, &*report, &registered))
            return fail(registerError);
    }
    if (int code = writeReport(*report, path, format, registered.registeredAt))
        return code;
    if (parser.isSet(QStringLiteral("register")))
        standardOutput() << tr("Registered as %1; wrote %2").arg(report->registration, QDir::toNativeSeparators(path)) << Qt::endl;
    else
        standardOutput() << tr("Wrote %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitOk;
}

} // namespace

int runReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Make, register, reprint or list quarterly status reports."));
    parser.addHelpOption();
    parser.addOptions(options());
    if (const std::optional<int> stop = parseCommand(parser, arguments))
        return *stop;
    if (arguments.value(0) == u"reports" || parser.isSet(QStringLiteral("list")))
        return listReports(parser);

    if (!parser.isSet(QStringLiteral("out")))
        return failWith(tr("--out is required: the file to write, .pdf, .odt, .html, .csv or .xlsx"));
    const QString path = parser.value(QStringLiteral("out"));
    const std::optional<ui::ReportExporter::Format> format = ui::ReportExporter::formatForPath(path);
    if (!format)
        return failWith(tr("cannot tell the format of \"%1\": name it .pdf, .odt, .html, .csv or .xlsx").arg(path));
    if (parser.isSet(QStringLiteral("reprint")))
        return reprint(parser, path, *format);
    return makeReport(parser, path, *format);
}

} // namespace app
