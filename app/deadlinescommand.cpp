#include "deadlinescommand.h"

#include "commandline.h"
#include "deadlineparser.h"
#include "jsonformat.h"
#include "obligationgenerator.h"
#include "output.h"
#include "planoptions.h"
#include "roadmapdocumentimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}

/// A --from/--to value, or the fallback when the option is absent. Invalid input gives an invalid date.
QDate dateOption(const QCommandLineParser &parser, const QString &name, QDate fallback)
{
    if (!parser.isSet(name))
        return fallback;
    return QDate::fromString(parser.value(name), Qt::ISODate);
}

void printObligationLines(QTextStream &out, const QList<core::Obligation> &obligations)
{
    for (const core::Obligation &o : obligations) {
        out << "    " << o.key.period.leftJustified(11) << ' ' << json::isoDate(o.nominalDue) << "  →  "
            << json::isoDate(o.legalDue);
        if (!o.calendarConfirmed)
            out << "  " << tr("(calendar not confirmed)");
        out << '\n';
    }
}

int runPhrase(const QCommandLineParser &parser)
{
    const QDate today = QDate::currentDate();
    const QDate from = dateOption(parser, QStringLiteral("from"), QDate(today.year(), 1, 1));
    const QDate to = dateOption(parser, QStringLiteral("to"), QDate(today.year(), 12, 31));
    if (!from.isValid() || !to.isValid())
        return failWith(tr("--from and --to take dates as YYYY-MM-DD"));
    if (to < from)
        return failWith(tr("--to (%1) is before --from (%2)").arg(json::isoDate(to), json::isoDate(from)));

    const QString phrase = parser.value(QStringLiteral("phrase"));
    const core::DeadlineRule rule = core::DeadlineParser(from, to).parse(phrase);
    const QList<core::Obligation> obligations =
        core::ObligationGenerator(core::WorkCalendar::russianFederal()).schedule(rule, from, to);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{
            {QStringLiteral("phrase"), phrase},
            {QStringLiteral("parsed"), rule.isValid()},
            {QStringLiteral("rule"), core::explainDeadlineRule(rule)},
            {QStringLiteral("period_start"), json::isoDate(from)},
            {QStringLiteral("period_end"), json::isoDate(to)},
            {QStringLiteral("obligations"), json::obligations(obligations)},
        };
        if (rule.needsReview())
            object.insert(QStringLiteral("review_reason"), rule.reviewReason);
        printJson(QJsonDocument(object));
        return ExitOk;
    }

    QTextStream &out = standardOutput();
    out << tr("Wording:") << ' ' << phrase << '\n';
    out << tr("Rule:") << ' ' << core::explainDeadlineRule(rule) << '\n';
    out << tr("Period:") << ' ' << json::isoDate(from) << " – " << json::isoDate(to) << '\n';
    if (obligations.isEmpty()) {
        out << tr("No obligations in this period.") << '\n';
    } else {
        out << "    " << tr("Period").leftJustified(11) << ' ' << tr("Nominal").leftJustified(10) << "     "
            << tr("Due") << '\n';
        printObligationLines(out, obligations);
    }
    out.flush();
    return ExitOk;
}

int runRoadmap(const QCommandLineParser &parser)
{
    core::RoadmapImportResult imported;
    if (const int code = importPlan(parser, parser.value(QStringLiteral("roadmap")), &imported))
        return code;

    const core::Roadmap &roadmap = imported.roadmap;
    const core::ObligationGenerator generator(core::WorkCalendar::russianFederal(), roadmap.settings);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray activities;
        for (const core::Activity &activity : roadmap.activities) {
            QJsonArray departments;
            for (const core::Assignment &assignment : activity.assignments) {
                departments.append(QJsonObject{{QStringLiteral("name"), assignment.department},
                                               {QStringLiteral("role"), core::assignmentRoleId(assignment.role)},
                                               {QStringLiteral("group"), assignment.isGroup}});
            }
            QJsonObject object{
                {QStringLiteral("number"), activity.number},
                {QStringLiteral("principle"), activity.principle},
                {QStringLiteral("text"), activity.text},
                {QStringLiteral("deadline_text"), activity.deadlineText},
                {QStringLiteral("responsible_text"), activity.responsibleText},
                {QStringLiteral("departments"), departments},
                {QStringLiteral("parsed"), activity.rule.isValid()},
                {QStringLiteral("rule"), core::explainDeadlineRule(activity.rule)},
                {QStringLiteral("obligations"),
                 json::obligations(generator.schedule(activity.rule, roadmap.periodStart, roadmap.periodEnd))},
            };
            if (activity.rule.needsReview())
                object.insert(QStringLiteral("review_reason"), activity.rule.reviewReason);
            if (!activity.note.isEmpty())
                object.insert(QStringLiteral("note"), activity.note);
            activities.append(object);
        }
        QJsonArray columns;
        for (const core::ImportColumn &column : imported.columns) {
            QJsonObject object{{QStringLiteral("heading"), column.heading}, {QStringLiteral("role"), core::columnRoleId(column.role)}};
            if (column.year)
                object.insert(QStringLiteral("year"), column.year);
            columns.append(object);
        }
        QJsonObject source{{QStringLiteral("format"), imported.format}, {QStringLiteral("columns"), columns}};
        if (!imported.sheet.isEmpty())
            source.insert(QStringLiteral("sheet"), imported.sheet);
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("roadmap"), json::roadmapHeader(roadmap)},
                                            {QStringLiteral("source"), source},
                                            {QStringLiteral("warnings"), json::warnings(imported.warnings)},
                                            {QStringLiteral("activities"), activities}}));
        return ExitOk;
    }

    QTextStream &out = standardOutput();
    out << roadmap.title << '\n';
    out << tr("Act No. %1 of %2 (%3); period %4 – %5")
               .arg(roadmap.actNumber, json::isoDate(roadmap.actDate), roadmap.approvingBody,
                    json::isoDate(roadmap.periodStart), json::isoDate(roadmap.periodEnd))
        << "\n\n";
    int principle = -1;
    for (const core::Activity &activity : roadmap.activities) {
        if (activity.principle != principle) {
            principle = activity.principle;
            const core::Principle *p = roadmap.principle(principle);
            out << principle << ". " << (p ? p->title : QString()) << '\n';
        }
        QStringList departments;
        for (const core::Assignment &assignment : activity.assignments)
            departments.append(assignment.department);
        out << "  " << activity.number << "  «" << activity.deadlineText << "» — " << core::explainDeadlineRule(activity.rule)
            << '\n';
        out << "        " << departments.join(QStringLiteral("; ")) << '\n';
        printObligationLines(out, generator.schedule(activity.rule, roadmap.periodStart, roadmap.periodEnd));
    }
    if (!imported.warnings.isEmpty()) {
        out << '\n' << tr("Warnings:") << '\n';
        for (const core::ImportWarning &warning : imported.warnings)
            out << "  " << tr("%1: %2").arg(describePlace(warning.place), warning.message) << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace

int runDeadlinesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the obligations that deadline wording or a roadmap document produces."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("phrase"), tr("Deadline wording to parse, e.g. \"ежегодно до 1 марта года, следующего за отчетным\"."), tr("text")},
        {QStringLiteral("from"), tr("Start of the period for --phrase (default: 1 January of this year)."), tr("YYYY-MM-DD")},
        {QStringLiteral("to"), tr("End of the period for --phrase (default: 31 December of this year)."), tr("YYYY-MM-DD")},
        {QStringLiteral("roadmap"), tr("A roadmap document to read: Word (.docx), OpenDocument (.odt), a saved web page, Excel (.xlsx), CSV or text."), tr("file")},
        {QStringLiteral("json"), tr("Print one JSON document.")},
    });
    parser.addOptions(planReadOptions());
    if (const std::optional<int> stop = parseCommand(parser, arguments))
        return *stop;

    const bool phrase = parser.isSet(QStringLiteral("phrase"));
    const bool roadmap = parser.isSet(QStringLiteral("roadmap"));
    if (phrase == roadmap)
        return failWith(tr("deadlines needs exactly one of --phrase or --roadmap"));
    if (roadmap && (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))))
        return failWith(tr("--from and --to apply to --phrase only; a roadmap uses its own period"));
    return phrase ? runPhrase(parser) : runRoadmap(parser);
}

} // namespace app
