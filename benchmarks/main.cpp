// bench_storage: figures for the storage layer (issue 3, item 10). Not a test: it prints timings.
//
//   bench_storage generate --db FILE [--roadmaps 200] [--activities 50] [--years 3] [--seed 1] [--verify]
//   bench_storage status   --db FILE [--as-of YYYY-MM-DD] [--repeat 5] [--sample 10] [--tracker EXE | --no-tracker]
//   bench_storage writers  --dir DIR [--processes 8] [--reports 250]
//   bench_storage evaluate [--repeat 5]           (in memory, 10k / 50k / 100k obligations)
//   bench_storage import   [--repeat 3] [--activities 20000]   (a plan of half and of all the activities)
//   bench_storage smoke    [--dir DIR] [--tracker EXE]    (the bench_smoke CTest test)

#include "auditlog.h"
#include "barescan.h"
#include "database.h"
#include "evaluatebenchmark.h"
#include "importbenchmark.h"
#include "statusbenchmark.h"
#include "syntheticdatabase.h"
#include "writerbenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int intValue(const QCommandLineParser &parser, const QString &name, int fallback)
{
    return parser.isSet(name) ? parser.value(name).toInt() : fallback;
}

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
}

/// The verification `roadmap-tracker check` runs: the hash chain and every audited row.
bool verifyAudit(core::Database &db, int *events)
{
    core::StorageError error;
    const QStringList problems = core::AuditLog(db).verify(events, &error);
    if (error || !problems.isEmpty()) {
        err() << "audit check failed: " << (error ? error.message : problems.first()) << " (" << problems.size() << " problems)"
              << Qt::endl;
        return false;
    }
    return true;
}

int generate(const QCommandLineParser &parser, const QString &path, bench::SyntheticShape shape, bool quiet)
{
    if (QFileInfo::exists(path)) {
        err() << path << " exists; generate writes a new file only" << Qt::endl;
        return 2;
    }
    core::Database db;
    if (core::StorageError error = db.open(core::DatabaseLocation::sqlite(path), core::Database::OpenMode::CreateIfMissing)) {
        err() << error.message << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    bench::SyntheticCounts counts;
    const core::StorageError error = bench::SyntheticDatabase::populate(db, shape, &counts, [&](int done) {
        if (!quiet && (done % 10 == 0 || done == shape.roadmaps))
            out() << "  " << done << '/' << shape.roadmaps << " roadmaps, " << seconds(timer.elapsed()) << Qt::endl;
    });
    if (error) {
        err() << "generation failed: " << error.message << Qt::endl;
        return 1;
    }
    const qint64 elapsed = timer.elapsed();
    QSqlQuery q = db.query();
    int events = 0;
    if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM audit_events")) && q.next())
        events = q.value(0).toInt();
    q.finish();
    out() << "generated " << path << " through Administration::importRoadmap + ExecutionWorkflow, one write() per roadmap:" << Qt::endl;
    out() << "  " << counts.roadmaps << " roadmaps × " << shape.activities << " activities × " << shape.years << " years ("
          << shape.firstYear << "–" << shape.firstYear + shape.years - 1 << "), history to "
          << shape.historyEnd().toString(Qt::ISODate) << Qt::endl;
    out() << "  " << counts.obligations << " obligations (" << counts.notYetDue << " not yet due); planned outcomes: on time "
          << counts.onTime << ", late " << counts.late << ", returned and redone " << counts.returnedRedone << ", extended "
          << counts.extended << ", returned and open " << counts.returnedOpen << ", awaiting verification "
          << counts.awaitingVerification << ", never done " << counts.neverDone << Qt::endl;
    out() << "  rows: " << counts.reports << " execution reports, " << counts.extensions << " extensions, " << events
          << " audit events; " << counts.workflowSteps << " workflow calls" << Qt::endl;
    out() << "  time " << seconds(elapsed) << " = " << QString::number(counts.workflowSteps * 1000.0 / qMax<qint64>(1, elapsed), 'f', 0)
          << " workflow calls/s; file " << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1) << " MiB" << Qt::endl;
    if (parser.isSet(QStringLiteral("verify"))) {
        timer.start();
        if (!verifyAudit(db, &events))
            return 1;
        out() << "  audit verification (what `roadmap-tracker check` does): clean, " << events << " events, "
              << seconds(timer.elapsed()) << Qt::endl;
    }
    return 0;
}

QDate defaultAsOf(const QString &path)
{
    core::Database db;
    if (db.open(core::DatabaseLocation::sqlite(path)))
        return {};
    QSqlQuery q = db.query();
    if (db.exec(q, QStringLiteral("SELECT MAX(period_end) FROM roadmaps")) || !q.next())
        return {};
    const QDate end = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return end.isValid() ? QDate(end.year(), 6, 30) : QDate();
}

/// A few seconds: a tiny database through every path, checked for consistency, no timing goals.
int smoke(const QString &dir, const QString &tracker)
{
    const QString path = QDir(dir).filePath(QStringLiteral("smoke.sqlite"));
    QFile::remove(path);
    bench::SyntheticShape shape;
    shape.roadmaps = 2;
    shape.activities = 10;
    shape.years = 2;
    bench::SyntheticCounts counts;
    {
        core::Database db;
        if (core::StorageError error = db.open(core::DatabaseLocation::sqlite(path), core::Database::OpenMode::CreateIfMissing)) {
            err() << error.message << Qt::endl;
            return 1;
        }
        if (core::StorageError error = bench::SyntheticDatabase::populate(db, shape, &counts)) {
            err() << "generation failed: " << error.message << Qt::endl;
            return 1;
        }
        int events = 0;
        if (!verifyAudit(db, &events))
            return 1;
        if (counts.roadmaps != 2 || counts.reports == 0 || counts.extensions == 0 || events < counts.workflowSteps) {
            err() << "unexpected counts: " << counts.roadmaps << " roadmaps, " << counts.reports << " reports, " << counts.extensions
                  << " extensions, " << events << " events for " << counts.workflowSteps << " steps" << Qt::endl;
            return 1;
        }

        // status and the bare scan read the same rows, and status covers every obligation generated.
        core::StorageError error;
        const QList<qint64> ids = bench::StatusBenchmark::roadmapIds(db, &error);
        bench::BareScan bare(path);
        int obligations = 0, reports = 0;
        for (qint64 id : ids) {
            bench::StatusBenchmark::RoadmapStatus figures;
            const std::optional<core::ComplianceReport> report = bench::StatusBenchmark::status(db, id, shape.historyEnd(), &figures, &error);
            if (!report) {
                err() << "status failed: " << error.message << Qt::endl;
                return 1;
            }
            const int rows = bare.scan(id);
            if (rows != figures.reports || report->totals.obligations != figures.obligations) {
                err() << "roadmap " << id << ": bare scan " << rows << " reports, status " << figures.reports << Qt::endl;
                return 1;
            }
            if (report->totals.doneOnTime == 0 || report->totals.doneLate == 0 || report->totals.overdue == 0) {
                err() << "roadmap " << id << ": the history lacks on-time, late or overdue obligations" << Qt::endl;
                return 1;
            }
            obligations += figures.obligations;
            reports += rows;

            // The command line says the same.
            QProcess process;
            process.start(tracker, {QStringLiteral("status"), QStringLiteral("--db"), path, QStringLiteral("--roadmap-id"),
                                    QString::number(id), QStringLiteral("--as-of"), shape.historyEnd().toString(Qt::ISODate),
                                    QStringLiteral("--json")});
            process.waitForFinished(60000);
            const QJsonObject totals = QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QStringLiteral("totals")).toObject();
            if (process.exitCode() != 0 || totals.value(QStringLiteral("obligations")).toInt() != report->totals.obligations
                || totals.value(QStringLiteral("done_late")).toInt() != report->totals.doneLate
                || totals.value(QStringLiteral("overdue")).toInt() != report->totals.overdue) {
                err() << "roadmap " << id << ": roadmap-tracker status disagrees with the in-process status" << Qt::endl;
                return 1;
            }
        }
        if (obligations != counts.obligations || reports != counts.reports) {
            err() << "status saw " << obligations << " obligations and " << reports << " reports; the generator made "
                  << counts.obligations << " and " << counts.reports << Qt::endl;
            return 1;
        }
    }

    bench::WriterBenchmark::Options writers;
    writers.path = QDir(dir).filePath(QStringLiteral("smoke-writers.sqlite"));
    writers.processes = 2;
    writers.reportsPerProcess = 5;
    writers.selfExecutable = QCoreApplication::applicationFilePath();
    const bench::WriterBenchmark::Result result = bench::WriterBenchmark::run(writers);
    if (!result.problem.isEmpty() || result.reports != 10 || !result.intact || result.failures != 0) {
        bench::WriterBenchmark::print(err(), result);
        return 1;
    }
    out() << "smoke: " << counts.obligations << " obligations, " << counts.reports << " reports, status consistent; "
          << result.reports << " concurrent reports recorded" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_storage"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Storage benchmark of Roadmap Tracker: generate, status, writers, smoke."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("generate | status | evaluate | import | writers | smoke"));
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The SQLite file."), QStringLiteral("file")},
        {QStringLiteral("dir"), QStringLiteral("A folder for the files writers and smoke create."), QStringLiteral("dir")},
        {QStringLiteral("roadmaps"), QStringLiteral("Roadmaps to generate (200)."), QStringLiteral("n")},
        {QStringLiteral("activities"), QStringLiteral("Activities per roadmap (50); import: of the larger plan (20000)."), QStringLiteral("n")},
        {QStringLiteral("years"), QStringLiteral("Years each roadmap runs (3)."), QStringLiteral("n")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the synthetic data (1)."), QStringLiteral("n")},
        {QStringLiteral("verify"), QStringLiteral("After generating, verify the audit trail as `check` does, timed.")},
        {QStringLiteral("as-of"), QStringLiteral("Status date (default: 30 June of the last year)."), QStringLiteral("date")},
        {QStringLiteral("repeat"), QStringLiteral("Repetitions; medians are printed (5)."), QStringLiteral("n")},
        {QStringLiteral("sample"), QStringLiteral("Roadmaps timed end to end through processes (10)."), QStringLiteral("n")},
        {QStringLiteral("tracker"), QStringLiteral("The roadmap-tracker executable."), QStringLiteral("exe")},
        {QStringLiteral("no-tracker"), QStringLiteral("Skip the end-to-end runs of roadmap-tracker and sqlite3.")},
        {QStringLiteral("processes"), QStringLiteral("Concurrent writer processes (8)."), QStringLiteral("n")},
        {QStringLiteral("reports"), QStringLiteral("Reports per writer process (250)."), QStringLiteral("n")},
        {QStringLiteral("department"), QStringLiteral("write-worker: the department index."), QStringLiteral("n")},
    });
    parser.process(application);
    const QString command = parser.positionalArguments().value(0);
    const QString tracker = parser.isSet(QStringLiteral("tracker")) ? parser.value(QStringLiteral("tracker"))
                                                                     : QStringLiteral(ROADMAP_TRACKER_EXE);

    if (command == u"generate") {
        bench::SyntheticShape shape;
        shape.roadmaps = intValue(parser, QStringLiteral("roadmaps"), shape.roadmaps);
        shape.activities = intValue(parser, QStringLiteral("activities"), shape.activities);
        shape.years = intValue(parser, QStringLiteral("years"), shape.years);
        shape.seed = quint32(intValue(parser, QStringLiteral("seed"), int(shape.seed)));
        if (!parser.isSet(QStringLiteral("db")) || shape.roadmaps < 1 || shape.activities < 5 || shape.years < 1) {
            err() << "generate needs --db FILE, at least 1 roadmap, 5 activities and 1 year" << Qt::endl;
            return 2;
        }
        return generate(parser, parser.value(QStringLiteral("db")), shape, false);
    }
    if (command == u"status") {
        bench::StatusBenchmark::Options options;
        options.path = parser.value(QStringLiteral("db"));
        options.asOf = parser.isSet(QStringLiteral("as-of")) ? QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate)
                                                             : defaultAsOf(options.path);
        options.repetitions = qMax(1, intValue(parser, QStringLiteral("repeat"), options.repetitions));
        options.processSample = qMax(1, intValue(parser, QStringLiteral("sample"), options.processSample));
        if (!parser.isSet(QStringLiteral("no-tracker")))
            options.trackerExecutable = tracker;
        if (options.path.isEmpty() || !options.asOf.isValid()) {
            err() << "status needs --db FILE of a generated database (and a valid --as-of)" << Qt::endl;
            return 2;
        }
        return bench::StatusBenchmark(options).run(out(), err());
    }
    if (command == u"evaluate") {
        return bench::EvaluateBenchmark::run(out(), {10000, 50000, 100000}, qMax(1, intValue(parser, QStringLiteral("repeat"), 5)));
    }
    if (command == u"import") {
        const int activities = qMax(2, intValue(parser, QStringLiteral("activities"), 20000));
        return bench::ImportBenchmark::run(out(), err(), {activities / 2, activities}, qMax(1, intValue(parser, QStringLiteral("repeat"), 3)));
    }
    if (command == u"writers") {
        if (!parser.isSet(QStringLiteral("dir"))) {
            err() << "writers needs --dir DIR" << Qt::endl;
            return 2;
        }
        bench::WriterBenchmark::Options options;
        options.processes = intValue(parser, QStringLiteral("processes"), options.processes);
        options.reportsPerProcess = intValue(parser, QStringLiteral("reports"), options.reportsPerProcess);
        options.selfExecutable = QCoreApplication::applicationFilePath();
        out() << "concurrent writers: each process a department head, " << options.reportsPerProcess
              << " reports each, one ExecutionWorkflow transaction per report, released together" << Qt::endl;
        int code = 0;
        for (int processes : {1, options.processes}) {
            options.processes = processes;
            options.path = QDir(parser.value(QStringLiteral("dir"))).filePath(QStringLiteral("writers-%1.sqlite").arg(processes));
            const bench::WriterBenchmark::Result result = bench::WriterBenchmark::run(options);
            bench::WriterBenchmark::print(out(), result);
            if (!result.problem.isEmpty())
                code = 1;
        }
        return code;
    }
    if (command == u"write-worker") {
        return bench::WriterBenchmark::runWorker(parser.value(QStringLiteral("db")), intValue(parser, QStringLiteral("department"), 0),
                                                 intValue(parser, QStringLiteral("reports"), 250));
    }
    if (command == u"smoke") {
        QTemporaryDir temporary;
        return smoke(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path(), tracker);
    }
    parser.showHelp(2);
}
