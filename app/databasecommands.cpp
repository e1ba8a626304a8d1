#include "databasecommands.h"

#include "administration.h"
#include "auditlog.h"
#include "authorization.h"
#include "commandline.h"
#include "databaseoptions.h"
#include "database.h"
#include "demodatabase.h"
#include "executionworkflow.h"
#include "jsonformat.h"
#include "output.h"
#include "outputfile.h"
#include "planoptions.h"
#include "roadmapdocumentimporter.h"
#include "roadmaprepository.h"
#include "roadmapupdate.h"
#include "rulecommand.h"
#include "userrepository.h"
#include "visibletext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>

namespace app {

namespace {

using core::StorageError;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("app", text, disambiguation, n);
}

struct Command {
    const char *name;
    const char *summary;
    QList<QCommandLineOption> options;
    QString positional;
    std::function<int(const QCommandLineParser &)> run;
};

QList<QCommandLineOption> obligationOptions()
{
    return {
        dbOption(),
        roadmapIdOption(),
        {QStringLiteral("activity"), tr("Activity number, e.g. 5.1."), tr("number")},
        {QStringLiteral("period"), tr("Period key as printed by 'deadlines': once, 2019, 2019-H1, 2019-Q2, 2019-05 or a date."), tr("key")},
        {QStringLiteral("department"), tr("Department name as printed by 'deadlines'."), tr("name")},
        {QStringLiteral("as"), tr("Act for this login (monitors only); the audit trail records both."), tr("login")},
        {QStringLiteral("expect-version"), tr("The report version you saw; a newer one is a conflict."), tr("n")},
    };
}

QDate dateValue(const QCommandLineParser &parser, const QString &name, bool *ok)
{
    // A day, written exactly so: «2021-03-31T10:00» is refused, never cut to its date.
    static const QRegularExpression day(QStringLiteral("^(\\d{4})-\\d{2}-\\d{2}$"));
    const QString text = parser.value(name);
    const QRegularExpressionMatch match = day.match(text);
    const QDate date = match.hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    *ok = date.isValid();
    if (*ok)
        return date;
    if (match.hasMatch() && match.capturedView(1).toInt() == 0)
        failWith(tr("--%1: there is no year 0000 (\"%2\")").arg(name, text));
    else if (day.match(text.left(10)).hasMatch() && text.size() > 10)
        failWith(tr("--%1 takes a day without a time, as YYYY-MM-DD: \"%2\" is not one").arg(name, text));
    else
        failWith(tr("--%1 takes a date as YYYY-MM-DD, not \"%2\"").arg(name, text));
    return {};
}

QCommandLineOption forceDateOption()
{
    return {QStringLiteral("force"), tr("Record a doubtful date after its warning (before the roadmap or the period began, "
                                        "or more than a year after the roadmap ends).")};
}

core::Actor actorFrom(const QCommandLineParser &parser)
{
    return {core::operatingSystemLogin(), parser.value(QStringLiteral("as"))};
}

/// Reads --activity/--period/--department and --expect-version; returns an exit code.
int obligationFrom(const QCommandLineParser &parser, core::ObligationKey *key, std::optional<int> *expectedVersion)
{
    for (const char *name : {"activity", "period", "department"}) {
        if (parser.value(QLatin1String(name)).trimmed().isEmpty())
            return failWith(tr("--%1 is required").arg(QLatin1String(name)));
    }
    *key = {parser.value(QStringLiteral("activity")).trimmed(), parser.value(QStringLiteral("department")).trimmed(),
            parser.value(QStringLiteral("period")).trimmed()};
    if (parser.isSet(QStringLiteral("expect-version"))) {
        bool ok = false;
        const int version = parser.value(QStringLiteral("expect-version")).toInt(&ok);
        if (!ok || version < 0)
            return failWith(tr("--expect-version takes a number"));
        *expectedVersion = version;
    }
    return ExitOk;
}

/// Opens the database and reads the obligation options, then runs the workflow step.
int runWorkflow(const QCommandLineParser &parser,
                const std::function<StorageError(core::ExecutionWorkflow &, const core::Actor &, qint64, const core::ObligationKey &,
                                                 std::optional<int>)> &step,
                const QString &doneMessage)
{
    core::ObligationKey key;
    std::optional<int> expectedVersion;
    if (int code = obligationFrom(parser, &key, &expectedVersion))
        return code;
    core::Database db;
    qint64 roadmapId = 0;
    if (int code = openRoadmap(parser, db, &roadmapId))
        return code;
    core::ExecutionWorkflow workflow(db, now);
    if (const StorageError error = step(workflow, actorFrom(parser), roadmapId, key, expectedVersion))
        return fail(error);
    standardOutput() << doneMessage.arg(key.activity, core::withHiddenCharactersShown(key.department), key.period) << Qt::endl;
    return ExitOk;
}

void printImportWarnings(QTextStream &out, const core::RoadmapImportResult &imported)
{
    for (const core::ImportWarning &warning : imported.warnings)
        out << tr("warning: %1: %2").arg(core::describePlace(warning.place), warning.message) << '\n';
}

QString numbers(const QStringList &list)
{
    return list.isEmpty() ? tr("none") : list.join(QStringLiteral(", "));
}

int runImport(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return failWith(tr("import takes one roadmap document"));
    core::RoadmapImportResult imported;
    if (const int code = importPlan(parser, files.first(), &imported))
        return code;

    core::Database db;
    if (int code = openDatabase(parser, db, core::Database::OpenMode::CreateIfMissing))
        return code;
    core::Administration administration(db, now);
    core::RoadmapUpdate update(db, now);
    core::Roadmap roadmap = imported.roadmap;
    roadmap.sourceName = QFileInfo(files.first()).fileName();
    const core::Actor actor{core::operatingSystemLogin(), {}};

    // Only a monitor learns what the file holds; a new file's creator becomes its monitor below.
    StorageError error;
    if (!db.wasCreated() && (error = core::authorizeActor(db, actor, core::access::Action::ManageRoadmap)))
        return fail(error);
    // The same act imported again updates its roadmap; it never makes a silent duplicate.
    const qint64 sameAct = update.roadmapWithSameAct(roadmap, &error);
    if (error)
        return fail(error);
    QTextStream &out = standardOutput();
    if (sameAct != 0) {
        if (!parser.isSet(QStringLiteral("update"))) {
            return failWith(tr("%1 %2 of %3 is already imported as roadmap %4; add --update to bring that roadmap to this document")
                                .arg(roadmap.actKind.isEmpty() ? tr("the act") : roadmap.actKind, roadmap.actNumber,
                                     roadmap.actDate.toString(QStringLiteral("dd.MM.yyyy")))
                                .arg(sameAct));
        }
        QStringList kept;
        core::RoadmapChanges changes;
        if ((error = update.apply(actor, sameAct, roadmap, &kept, &changes)))
            return fail(error);
        out << tr("Updated roadmap %1: %2").arg(sameAct).arg(roadmap.title) << '\n';
        out << tr("added: %1; changed: %2; removed: %3").arg(numbers(changes.addedActivities), numbers(changes.changedActivities),
                                                            numbers(changes.removedActivities))
            << '\n';
        if (!changes.droppedRules.isEmpty())
            out << tr("rules set by hand dropped, because the deadline wording changed: %1").arg(changes.droppedRules.join(QStringLiteral(", ")))
                << '\n';
        if (!changes.headerChanges.isEmpty())
            out << tr("header changed: %1").arg(changes.headerChanges.join(QStringLiteral(", "))) << '\n';
        if (!kept.isEmpty())
            out << tr("kept, because they have reports or extensions: %1").arg(kept.join(QStringLiteral(", "))) << '\n';
        printImportWarnings(out, imported);
        out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("update")))
        out << tr("No roadmap of this act yet: a new one is created.") << '\n';

    error = db.write([&]() -> StorageError {
        if (StorageError e = administration.bootstrapCreator(core::operatingSystemLogin()))
            return e;
        return administration.importRoadmap(actor, &roadmap);
    });
    if (error)
        return fail(error);

    out << tr("Imported roadmap %1: %2").arg(roadmap.id).arg(roadmap.title) << '\n';
    out << tr("%1 principles, %2 activities, %3 departments, %4 groups")
               .arg(roadmap.principles.size())
               .arg(roadmap.activities.size())
               .arg(roadmap.departments.size())
               .arg(roadmap.groups.size())
        << '\n';
    printImportWarnings(out, imported);
    if (db.wasCreated())
        out << tr("Created %1; %2 is its monitor.").arg(db.location().displayName(), core::operatingSystemLogin()) << '\n';
    out.flush();
    return ExitOk;
}

QJsonObject summaryJson(const core::ComplianceSummary &s)
{
    return {
        {QStringLiteral("obligations"), s.obligations},
        {QStringLiteral("due"), s.due},
        {QStringLiteral("done_on_time"), s.doneOnTime},
        {QStringLiteral("done_on_time_after_extension"), s.doneOnTimeAfterExtension},
        {QStringLiteral("done_late"), s.doneLate},
        {QStringLiteral("awaiting_verification"), s.awaitingVerification},
        {QStringLiteral("awaiting_verification_due"), s.awaitingVerificationDue},
        {QStringLiteral("returned"), s.returned},
        {QStringLiteral("returned_due"), s.returnedDue},
        {QStringLiteral("not_yet_due"), s.notYetDue()},
        {QStringLiteral("not_applicable"), s.notApplicable},
        {QStringLiteral("overdue"), s.overdue},
        {QStringLiteral("due_soon"), s.dueSoon},
        {QStringLiteral("upcoming"), s.upcoming},
        {QStringLiteral("on_time_rate"), s.onTimeRate()},
        {QStringLiteral("execution_rate"), s.executionRate()},
        {QStringLiteral("mean_days_late"), s.meanDaysLate()},
    };
}

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100.0, 0, 'f', 1);
}

/// A rate, or «—» when nothing is due.
QString rate(const core::ComplianceSummary &summary, double (core::ComplianceSummary::*which)() const)
{
    return summary.hasDue() ? percent((summary.*which)()) : QStringLiteral("—");
}

int runStatus(const QCommandLineParser &parser)
{
    QDate asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        bool ok = false;
        asOf = dateValue(parser, QStringLiteral("as-of"), &ok);
        if (!ok)
            return ExitBadInput;
    }
    core::Database db;
    qint64 roadmapId = 0;
    std::optional<core::RoadmapSnapshot> snapshot;
    if (int code = loadRoadmap(parser, db, &roadmapId, &snapshot))
        return code;

    QList<core::EvaluatedObligation> evaluated = snapshot->evaluate(asOf);
    const QString department = parser.value(QStringLiteral("department")).trimmed();
    if (!department.isEmpty()) {
        const bool known = std::any_of(evaluated.cbegin(), evaluated.cend(),
                                       [&](const core::EvaluatedObligation &e) { return e.obligation.key.department == department; });
        if (!known)
            return failWith(tr("no obligations are owed by «%1» in this roadmap").arg(department));
        evaluated.removeIf([&](const core::EvaluatedObligation &e) { return e.obligation.key.department != department; });
    }
    const core::ComplianceReport report = core::ComplianceReport::build(evaluated, asOf);
    const core::Roadmap &roadmap = snapshot->roadmap;
    const bool demo = db.metaValue(QStringLiteral("demo")) == u"1";

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray byPrinciple;
        for (auto it = report.byPrinciple.cbegin(); it != report.byPrinciple.cend(); ++it) {
            QJsonObject object = summaryJson(*it);
            object.insert(QStringLiteral("principle"), it.key());
            const core::Principle *principle = roadmap.principle(it.key());
            object.insert(QStringLiteral("title"), principle ? principle->title : QString());
            byPrinciple.append(object);
        }
        QJsonArray byDepartment;
        for (auto it = report.byDepartment.cbegin(); it != report.byDepartment.cend(); ++it) {
            QJsonObject object = summaryJson(*it);
            object.insert(QStringLiteral("department"), it.key());
            byDepartment.append(object);
        }
        QJsonArray byQuarter;
        for (auto it = report.byQuarter.cbegin(); it != report.byQuarter.cend(); ++it) {
            QJsonObject object = summaryJson(*it);
            object.insert(QStringLiteral("quarter"), it.key());
            byQuarter.append(object);
        }
        QJsonArray overdue;
        for (const core::EvaluatedObligation &item : report.overdue) {
            overdue.append(QJsonObject{{QStringLiteral("activity"), item.obligation.key.activity},
                                       {QStringLiteral("department"), item.obligation.key.department},
                                       {QStringLiteral("period"), item.obligation.key.period},
                                       {QStringLiteral("due"), json::isoDate(item.evaluation.effectiveDue)},
                                       {QStringLiteral("days_overdue"), item.evaluation.daysOverdue}});
        }
        QJsonObject object{
            {QStringLiteral("as_of"), json::isoDate(asOf)},
            {QStringLiteral("demo"), demo},
            {QStringLiteral("roadmap"), json::roadmapHeader(roadmap)},
            {QStringLiteral("totals"), summaryJson(report.totals)},
            {QStringLiteral("by_principle"), byPrinciple},
            {QStringLiteral("by_department"), byDepartment},
            {QStringLiteral("by_quarter"), byQuarter},
            {QStringLiteral("overdue"), overdue},
        };
        if (!department.isEmpty())
            object.insert(QStringLiteral("department"), department);
        printJson(QJsonDocument(object));
        return ExitOk;
    }

    QTextStream &out = standardOutput();
    if (demo)
        out << tr("DEMO DATA") << '\n';
    out << roadmap.title << '\n';
    out << tr("As of %1%2").arg(json::isoDate(asOf), department.isEmpty() ? QString() : QStringLiteral(" — ") + department) << "\n\n";
    const core::ComplianceSummary &t = report.totals;
    // The same lines as the report's key figures: each adds up to the one above it.
    for (const core::ComplianceFigure &figure : t.figures()) {
        out << QString(2 * figure.level, u' ') << core::complianceFigureName(figure.kind) << ": " << figure.count << '\n';
        if (figure.kind == core::ComplianceFigure::Kind::NotReportedYet && t.dueSoon > 0)
            out << QString(6, u' ') << tr("of which due soon: %1").arg(t.dueSoon) << '\n';
    }
    out << tr("On-time rate: %1; execution rate: %2").arg(rate(t, &core::ComplianceSummary::onTimeRate),
                                                          rate(t, &core::ComplianceSummary::executionRate))
        << "\n\n";
    out << tr("By principle:") << '\n';
    for (auto it = report.byPrinciple.cbegin(); it != report.byPrinciple.cend(); ++it) {
        const core::Principle *principle = roadmap.principle(it.key());
        out << QStringLiteral("  %1  %2  %3  %4\n")
                   .arg(it.key(), 2)
                   .arg(rate(*it, &core::ComplianceSummary::onTimeRate), 7)
                   .arg(rate(*it, &core::ComplianceSummary::executionRate), 7)
                   .arg(principle ? principle->title : QString());
    }
    out << '\n' << tr("By department:") << '\n';
    for (auto it = report.byDepartment.cbegin(); it != report.byDepartment.cend(); ++it)
        out << QStringLiteral("  %1  %2  %3\n")
                   .arg(rate(*it, &core::ComplianceSummary::onTimeRate), 7)
                   .arg(rate(*it, &core::ComplianceSummary::executionRate), 7)
                   .arg(it.key());
    if (!report.overdue.isEmpty()) {
        out << '\n' << tr("Overdue:") << '\n';
        for (const core::EvaluatedObligation &item : report.overdue) {
            out << QStringLiteral("  %1 %2 %3  ")
                       .arg(item.obligation.key.activity, -5)
                       .arg(item.obligation.key.period, -8)
                       .arg(json::isoDate(item.evaluation.effectiveDue))
                << tr("%n day(s)", nullptr, item.evaluation.daysOverdue) << "  " << core::withHiddenCharactersShown(item.obligation.key.department) << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

int runMark(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("done")))
        return failWith(tr("--done is required"));
    bool ok = false;
    core::ExecutionInput input;
    input.doneDate = dateValue(parser, QStringLiteral("done"), &ok);
    if (!ok)
        return ExitBadInput;
    input.evidenceUrl = parser.value(QStringLiteral("evidence"));
    input.documentRef = parser.value(QStringLiteral("document"));
    input.comment = parser.value(QStringLiteral("comment"));
    input.confirmed = parser.isSet(QStringLiteral("force"));
    return runWorkflow(parser, [&](core::ExecutionWorkflow &w, const core::Actor &actor, qint64 id, const core::ObligationKey &key,
                                   std::optional<int> version) { return w.reportExecution(actor, id, key, input, version); },
                       tr("Reported %1 / %2 / %3; it awaits verification."));
}

int runNoEvents(const QCommandLineParser &parser)
{
    const QString comment = parser.value(QStringLiteral("comment"));
    return runWorkflow(parser, [&](core::ExecutionWorkflow &w, const core::Actor &actor, qint64 id, const core::ObligationKey &key,
                                   std::optional<int> version) { return w.reportNoEvents(actor, id, key, comment, version); },
                       tr("Reported no events for %1 / %2 / %3."));
}

/// Accepting or returning verifies the report the monitor read: the version they saw, or
/// --force to take whatever is there.
int requireSeenVersion(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("expect-version")) && !parser.isSet(QStringLiteral("force")))
        return failWith(tr("--expect-version N is required: the version of the report you read; "
                           "--force verifies whatever version is there now"));
    return ExitOk;
}

int runAccept(const QCommandLineParser &parser)
{
    if (int code = requireSeenVersion(parser))
        return code;
    const QString comment = parser.value(QStringLiteral("comment"));
    return runWorkflow(parser, [&](core::ExecutionWorkflow &w, const core::Actor &actor, qint64 id, const core::ObligationKey &key,
                                   std::optional<int> version) { return w.accept(actor, id, key, comment, version); },
                       tr("Accepted %1 / %2 / %3."));
}

int runReturn(const QCommandLineParser &parser)
{
    const QString comment = parser.value(QStringLiteral("comment"));
    if (comment.trimmed().isEmpty())
        return failWith(tr("--comment is required: say what needs rework"));
    if (int code = requireSeenVersion(parser))
        return code;
    return runWorkflow(parser, [&](core::ExecutionWorkflow &w, const core::Actor &actor, qint64 id, const core::ObligationKey &key,
                                   std::optional<int> version) { return w.returnForRework(actor, id, key, comment, version); },
                       tr("Returned %1 / %2 / %3 for rework."));
}

int runExtend(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("to")) || parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return failWith(tr("extend needs --to YYYY-MM-DD and --reason TEXT"));
    bool ok = false;
    const QDate newDue = dateValue(parser, QStringLiteral("to"), &ok);
    if (!ok)
        return ExitBadInput;
    const QString reason = parser.value(QStringLiteral("reason"));
    const bool confirmed = parser.isSet(QStringLiteral("force"));
    QString note;
    const int code = runWorkflow(
        parser,
        [&](core::ExecutionWorkflow &w, const core::Actor &actor, qint64 id, const core::ObligationKey &key, std::optional<int>) {
            const StorageError error = w.grantExtension(actor, id, key, newDue, reason, confirmed);
            if (!error)
                note = w.dayOffNote(id, newDue);
            return error;
        },
        tr("Extended %1 / %2 / %3 to %4.").arg(QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3"), json::isoDate(newDue)));
    // The extension is stored as granted; where art. 193 moves it is said at once.
    if (code == ExitOk && !note.isEmpty())
        standardOutput() << tr("warning: %1").arg(note) << Qt::endl;
    return code;
}

int runCheck(const QCommandLineParser &parser)
{
    core::Database db;
    if (int code = openDatabase(parser, db, core::Database::OpenMode::Existing))
        return code;
    // Opening checks only the header, schema and meta; the whole file is read here.
    QStringList damage;
    if (const StorageError integrityError = db.checkIntegrity(&damage))
        return fail(integrityError);
    QTextStream &out = standardOutput();
    if (!damage.isEmpty()) {
        out << tr("%1 is damaged: SQLite's integrity_check found %n problem(s):", nullptr, damage.size()).arg(db.location().displayName())
            << '\n';
        for (const QString &problem : damage.mid(0, 20))
            out << "  " << problem << '\n';
        out.flush();
        return ExitDatabase;
    }
    StorageError error;
    int events = 0;
    const QStringList problems = core::AuditLog(db).verify(&events, &error);
    if (error)
        return fail(error);
    const QString integrity = db.location().kind == core::DatabaseLocation::Kind::SQLite
        ? tr("SQLite integrity_check passed")
        : tr("the server keeps the pages (no file to check)");
    out << tr("%1: %2, schema %3, %4 audit events").arg(db.location().displayName(), integrity).arg(db.schemaVersion()).arg(events)
        << '\n';
    if (problems.isEmpty()) {
        out << tr("The audit trail is intact and agrees with every row.") << '\n';
        out.flush();
        return ExitOk;
    }
    out << tr("%n problem(s) found:", nullptr, problems.size()) << '\n';
    for (const QString &problem : problems)
        out << "  " << problem << '\n';
    out.flush();
    return ExitDatabase;
}

int runBackup(const QCommandLineParser &parser)
{
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty())
        return failWith(tr("--out is required"));
    if (const QString problem = core::outputFileProblem(target); !problem.isEmpty())
        return failWith(problem);
    core::Database db;
    if (int code = openDatabase(parser, db, core::Database::OpenMode::Existing))
        return code;
    if (const StorageError error = db.backupTo(target))
        return fail(error);
    standardOutput() << tr("Backed up %1 to %2.").arg(db.location().displayName(), target) << Qt::endl;
    return ExitOk;
}

int runDemo(const QCommandLineParser &parser)
{
    QString error;
    const std::optional<core::DatabaseLocation> location = core::DatabaseLocation::parse(parser.value(QStringLiteral("db")), &error);
    if (!location)
        return failWith(parser.isSet(QStringLiteral("db")) ? error : tr("--db is required"));
    if (location->kind == core::DatabaseLocation::Kind::SQLite && QFileInfo::exists(location->path))
        return failWith(tr("%1 already exists; the demo is only written to a new file").arg(location->path));
    core::Database db;
    if (const StorageError openError = db.open(*location, core::Database::OpenMode::CreateIfMissing))
        return fail(openError);
    if (!db.wasCreated())
        return failWith(tr("%1 already holds data; the demo is only written to an empty database").arg(location->displayName()));
    if (const StorageError demoError = core::DemoDatabase::populate(db, core::operatingSystemLogin()))
        return fail(demoError);
    standardOutput() << tr("Created the demo database %1 (history up to %2); %3 is its monitor.")
                            .arg(location->displayName(), json::isoDate(core::DemoDatabase::defaultHistoryEnd()), core::operatingSystemLogin())
                     << Qt::endl;
    return ExitOk;
}

int runUser(const QCommandLineParser &parser)
{
    core::Database db;
    if (int code = openDatabase(parser, db, core::Database::OpenMode::Existing))
        return code;
    core::UserRepository users(db);
    StorageError error;
    if (!parser.isSet(QStringLiteral("login"))) {
        QTextStream &out = standardOutput();
        for (const core::User &user : users.users(&error)) {
            // Rows written behind the program's back may hold control characters: shown, not obeyed.
            const auto shown = core::withHiddenCharactersShown;
            out << shown(user.login).leftJustified(18) << ' ' << core::userRoleId(user.role).leftJustified(16) << ' '
                << (user.active ? QString() : tr("(disabled) ")) << shown(user.displayName)
                << (user.department.isEmpty() ? QString() : QStringLiteral(" — ") + shown(user.department)) << '\n';
        }
        out.flush();
        return error ? fail(error) : ExitOk;
    }
    const std::optional<core::User::Role> role = core::userRoleFromId(parser.value(QStringLiteral("role")));
    if (!role)
        return failWith(tr("--role is monitor, department_head or viewer"));
    core::User user;
    user.login = parser.value(QStringLiteral("login")).trimmed();
    const std::optional<core::User> existing = users.user(user.login, &error);
    if (error)
        return fail(error);
    user.displayName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : (existing ? existing->displayName : user.login);
    user.role = *role;
    user.department = parser.value(QStringLiteral("department")).trimmed();
    user.active = !parser.isSet(QStringLiteral("disable"));
    if (const StorageError saveError = core::Administration(db, now).saveUser({core::operatingSystemLogin(), {}}, user, existing ? existing->version : 0))
        return fail(saveError);
    standardOutput() << tr("Saved %1 as %2.").arg(user.login, core::userRoleId(user.role)) << Qt::endl;
    return ExitOk;
}

const QList<Command> &commands()
{
    static const QList<Command> list = [] {
        QList<Command> c;
        QList<QCommandLineOption> importOptions{dbOption(),
                                         {QStringLiteral("update"), tr("Bring the roadmap of the same act to this document.")}};
        importOptions << planReadOptions();
        c.append({"import", QT_TRANSLATE_NOOP("app", "import a roadmap document (Word, OpenDocument, web page, Excel, CSV, text) into a database (created if missing)"),
                  importOptions, QStringLiteral("FILE"), runImport});
        c.append({"status", QT_TRANSLATE_NOOP("app", "obligations and compliance as of a date"),
                  {dbOption(), roadmapIdOption(), jsonOption(),
                   {QStringLiteral("as-of"), tr("The date to evaluate at (default: today)."), tr("YYYY-MM-DD")},
                   {QStringLiteral("department"), tr("Only this department's obligations."), tr("name")}},
                  {}, runStatus});
        QList<QCommandLineOption> mark = obligationOptions();
        mark << QCommandLineOption(QStringLiteral("done"), tr("The date it was done."), tr("YYYY-MM-DD"))
             << QCommandLineOption(QStringLiteral("evidence"), tr("Link to the published result."), tr("url"))
             << QCommandLineOption(QStringLiteral("document"), tr("Document number and date."), tr("text"))
             << QCommandLineOption(QStringLiteral("comment"), tr("A comment."), tr("text")) << forceDateOption();
        c.append({"mark", QT_TRANSLATE_NOOP("app", "report an obligation done, with evidence"), mark, {}, runMark});
        QList<QCommandLineOption> withComment = obligationOptions();
        withComment << QCommandLineOption(QStringLiteral("comment"), tr("A comment."), tr("text"));
        c.append({"no-events", QT_TRANSLATE_NOOP("app", "report \"no events this period\" for an event-driven activity"), withComment, {},
                  runNoEvents});
        QList<QCommandLineOption> verify = withComment;
        verify << QCommandLineOption(QStringLiteral("force"), tr("Verify whatever version is there, without --expect-version."));
        c.append({"accept", QT_TRANSLATE_NOOP("app", "accept a reported execution (monitor)"), verify, {}, runAccept});
        c.append({"return", QT_TRANSLATE_NOOP("app", "return a reported execution for rework, with a comment (monitor)"), verify, {},
                  runReturn});
        QList<QCommandLineOption> extend = obligationOptions();
        extend << QCommandLineOption(QStringLiteral("to"), tr("The new due date."), tr("YYYY-MM-DD"))
               << QCommandLineOption(QStringLiteral("reason"), tr("Why the deadline moves."), tr("text")) << forceDateOption();
        c.append({"extend", QT_TRANSLATE_NOOP("app", "grant a deadline extension (monitor)"), extend, {}, runExtend});
        c.append({"rule", QT_TRANSLATE_NOOP("app", "deadline wording that needs review, and rules set by hand (monitor)"),
                  ruleCommandOptions(), {}, runRule});
        c.append({"check", QT_TRANSLATE_NOOP("app", "verify the file and its audit trail"), {dbOption()}, {}, runCheck});
        c.append({"backup", QT_TRANSLATE_NOOP("app", "copy the database safely while others work"),
                  {dbOption(), {QStringLiteral("out"), tr("The backup file to create."), tr("file")}}, {}, runBackup});
        c.append({"demo", QT_TRANSLATE_NOOP("app", "create a demo database with the bundled roadmap and a history"), {dbOption()}, {},
                  runDemo});
        c.append({"user", QT_TRANSLATE_NOOP("app", "list users, or add or change one (monitor)"),
                  {dbOption(),
                   {QStringLiteral("login"), tr("The operating-system login."), tr("login")},
                   {QStringLiteral("role"), tr("monitor, department_head or viewer."), tr("role")},
                   {QStringLiteral("department"), tr("The department of a department head."), tr("name")},
                   {QStringLiteral("name"), tr("The person's name."), tr("text")},
                   {QStringLiteral("disable"), tr("Disable the account.")}},
                  {}, runUser});
        return c;
    }();
    return list;
}

} // namespace

bool isDatabaseCommand(const QString &command)
{
    return std::any_of(commands().cbegin(), commands().cend(), [&](const Command &c) { return command == QLatin1String(c.name); });
}

QString databaseCommandsHelp()
{
    QString help;
    for (const Command &command : commands())
        help += QStringLiteral("  %1 %2\n").arg(QLatin1String(command.name), -11).arg(tr(command.summary));
    return help;
}

int runDatabaseCommand(const QStringList &arguments)
{
    const auto command = std::find_if(commands().cbegin(), commands().cend(),
                                      [&](const Command &c) { return arguments.value(0) == QLatin1String(c.name); });
    Q_ASSERT(command != commands().cend());
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(command->summary));
    parser.addHelpOption();
    parser.addOptions(command->options);
    if (!command->positional.isEmpty())
        parser.addPositionalArgument(command->positional, tr("The roadmap document."));
    if (const std::optional<int> stop = parseCommand(parser, arguments, !command->positional.isEmpty()))
        return *stop;
    return command->run(parser);
}

} // namespace app
