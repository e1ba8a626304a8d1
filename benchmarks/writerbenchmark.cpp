#include "writerbenchmark.h"

#include "administration.h"
#include "auditlog.h"
#include "database.h"
#include "deadlineparser.h"
#include "executionworkflow.h"
#include "samples.h"
#include "snapshotloader.h"
#include "syntheticdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace bench {

namespace {

constexpr int monthsPerActivity = 36; // ежемесячно over three years

core::Roadmap writerRoadmap(int departments, int reportsPerDepartment)
{
    core::Roadmap roadmap;
    roadmap.title = QStringLiteral("Дорожная карта для одновременных отчётов");
    roadmap.actNumber = QStringLiteral("1");
    roadmap.actDate = QDate(2019, 1, 1);
    roadmap.approvingBody = QStringLiteral("Администрация синтетического городского округа");
    roadmap.periodStart = roadmap.actDate;
    roadmap.periodEnd = QDate(2021, 12, 31);
    roadmap.principles.append({1, QStringLiteral("Принцип информационной открытости")});
    const QList<core::Department> pool = SyntheticRoadmap::departments();
    for (int d = 0; d < departments; ++d)
        roadmap.departments.append(pool[d]);
    const core::DeadlineParser parser(roadmap.periodStart, roadmap.periodEnd);
    const int activities = reportsPerDepartment / monthsPerActivity + 1;
    for (int a = 1; a <= activities; ++a) {
        core::Activity activity;
        activity.number = QStringLiteral("1.%1").arg(a);
        activity.principle = 1;
        activity.text = QStringLiteral("Ежемесячная публикация сведений, раздел %1").arg(a);
        activity.deadlineText = QStringLiteral("ежемесячно");
        activity.rule = parser.parse(activity.deadlineText);
        // Every department owes every activity, so each worker has its own obligations.
        for (int d = 0; d < departments; ++d)
            activity.assignments.append({pool[d].name, d == 0 ? core::AssignmentRole::Lead : core::AssignmentRole::CoExecutor, false});
        roadmap.activities.append(activity);
    }
    return roadmap;
}

core::StorageError createFile(const WriterBenchmark::Options &options)
{
    for (const QString &suffix : {QString(), QStringLiteral("-journal")})
        QFile::remove(options.path + suffix);
    core::Database db;
    if (core::StorageError error = db.open(core::DatabaseLocation::sqlite(options.path), core::Database::OpenMode::CreateIfMissing))
        return error;
    const QString monitor = QString::fromLatin1(SyntheticDatabase::monitorLogin);
    core::Administration administration(db, [] { return QDateTime::currentDateTimeUtc(); });
    core::Roadmap roadmap = writerRoadmap(options.processes, options.reportsPerProcess);
    return db.write([&]() -> core::StorageError {
        if (core::StorageError e = administration.bootstrapCreator(monitor))
            return e;
        // Heads can be added once the roadmap has brought their departments into the database.
        if (core::StorageError e = administration.importRoadmap({monitor, {}}, &roadmap))
            return e;
        for (int d = 0; d < options.processes; ++d) {
            const core::User head{SyntheticDatabase::headLogin(d), QStringLiteral("Руководитель %1").arg(d + 1),
                                  core::User::Role::DepartmentHead, roadmap.departments[d].name, true, 0};
            if (core::StorageError e = administration.saveUser({monitor, {}}, head, 0))
                return e;
        }
        return {};
    });
}

} // namespace

WriterBenchmark::Result WriterBenchmark::run(const Options &options)
{
    Result result;
    result.processes = options.processes;
    if (options.processes < 1 || options.processes > int(SyntheticRoadmap::departments().size())) {
        result.problem = QStringLiteral("between 1 and %1 processes").arg(SyntheticRoadmap::departments().size());
        return result;
    }
    if (core::StorageError error = createFile(options)) {
        result.problem = error.message;
        return result;
    }

    std::vector<std::unique_ptr<QProcess>> workers;
    for (int d = 0; d < options.processes; ++d) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker->start(options.selfExecutable, {QStringLiteral("write-worker"), QStringLiteral("--db"), options.path,
                                               QStringLiteral("--department"), QString::number(d), QStringLiteral("--reports"),
                                               QString::number(options.reportsPerProcess)});
        workers.push_back(std::move(worker));
    }
    // Every worker has opened the file and loaded its obligations before any is released.
    for (auto &worker : workers) {
        while (!worker->canReadLine()) {
            if (!worker->waitForReadyRead(60000)) {
                result.problem = QStringLiteral("a worker did not get ready: %1").arg(worker->errorString());
                return result;
            }
        }
        if (worker->readLine().trimmed() != "ready") {
            result.problem = QStringLiteral("a worker failed to start");
            return result;
        }
    }
    QElapsedTimer wall;
    wall.start();
    for (auto &worker : workers)
        worker->write("go\n");
    for (auto &worker : workers)
        worker->waitForBytesWritten(10000);
    Samples latencies;
    for (auto &worker : workers) {
        worker->waitForFinished(-1);
        if (worker->exitStatus() != QProcess::NormalExit)
            result.problem = QStringLiteral("a worker crashed");
    }
    result.wallMs = wall.nsecsElapsed() / 1.0e6;
    for (auto &worker : workers) {
        for (const QByteArray &line : worker->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.first() == "latency_us") {
                for (qsizetype i = 1; i < words.size(); ++i)
                    latencies.append(words[i].toDouble() / 1000.0);
            } else if (words.first() == "failures" && words.size() == 2) {
                result.failures += words[1].toInt();
            } else if (words.first() == "busy_waits" && words.size() == 2) {
                result.busyWaits += words[1].toInt();
            }
        }
    }
    result.p50Ms = latencies.median();
    result.p95Ms = latencies.percentile(95);
    result.maxMs = latencies.max();

    // Nothing lost, nothing damaged.
    core::Database db;
    if (core::StorageError error = db.open(core::DatabaseLocation::sqlite(options.path))) {
        result.problem = error.message;
        return result;
    }
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM execution_reports")) && q.next())
        result.reports = q.value(0).toInt();
    q.finish();
    core::StorageError error;
    QStringList problems;
    error = db.checkIntegrity(&problems); // open() reads only the header, schema and meta
    if (!error && problems.isEmpty())
        problems = core::AuditLog(db).verify(nullptr, &error);
    result.intact = !error && problems.isEmpty();
    if (!result.intact && result.problem.isEmpty())
        result.problem = error ? error.message : problems.first();
    if (result.reports != options.processes * options.reportsPerProcess && result.problem.isEmpty())
        result.problem = QStringLiteral("%1 reports in the file, %2 expected").arg(result.reports).arg(options.processes * options.reportsPerProcess);
    return result;
}

void WriterBenchmark::print(QTextStream &out, const Result &result)
{
    out << "  " << result.processes << (result.processes == 1 ? " writer:  " : " writers: ") << result.reports << " reports in "
        << QString::number(result.wallMs / 1000.0, 'f', 2) << " s = " << QString::number(result.reportsPerSecond(), 'f', 1)
        << " reports/s; latency of one report p50 " << QString::number(result.p50Ms, 'f', 1) << " ms, p95 "
        << QString::number(result.p95Ms, 'f', 1) << " ms, max " << QString::number(result.maxMs, 'f', 1) << " ms; busy waits "
        << result.busyWaits << ", refused " << result.failures << ", file " << (result.intact ? "intact" : "NOT INTACT") << Qt::endl;
    if (!result.problem.isEmpty())
        out << "    problem: " << result.problem << Qt::endl;
}

int WriterBenchmark::runWorker(const QString &path, int department, int reports)
{
    core::Database db;
    int busyWaits = 0;
    QObject::connect(&db, &core::Database::busyChanged, [&busyWaits](bool busy) { busyWaits += busy ? 1 : 0; });
    if (core::StorageError error = db.open(core::DatabaseLocation::sqlite(path))) {
        std::fprintf(stderr, "worker %d: %s\n", department, qPrintable(error.message));
        return 1;
    }
    core::StorageError error;
    const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(db, 1, &error);
    if (!snapshot) {
        std::fprintf(stderr, "worker %d: %s\n", department, qPrintable(error.message));
        return 1;
    }
    const QString name = SyntheticRoadmap::departments().at(department).name;
    QList<core::Obligation> mine;
    for (const core::Obligation &obligation : snapshot->obligations()) {
        if (obligation.key.department == name && mine.size() < reports)
            mine.append(obligation);
    }
    if (mine.size() < reports) {
        std::fprintf(stderr, "worker %d: only %d obligations\n", department, int(mine.size()));
        return 1;
    }
    const core::Actor head{SyntheticDatabase::headLogin(department), {}};
    core::ExecutionWorkflow workflow(db, [] { return QDateTime::currentDateTimeUtc(); });

    std::printf("ready\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 1;

    QByteArray latencies = "latency_us";
    int failures = 0;
    QElapsedTimer timer;
    for (const core::Obligation &obligation : std::as_const(mine)) {
        const core::ExecutionInput input{obligation.legalDue, QStringLiteral("https://synthetic.example/%1").arg(obligation.key.period),
                                         QStringLiteral("служебная записка"), {}};
        timer.start();
        const core::StorageError reportError = workflow.reportExecution(head, snapshot->roadmap.id, obligation.key, input);
        latencies += ' ' + QByteArray::number(timer.nsecsElapsed() / 1000);
        if (reportError) {
            ++failures;
            std::fprintf(stderr, "worker %d: %s\n", department, qPrintable(reportError.message));
        }
    }
    std::printf("%s\nfailures %d\nbusy_waits %d\n", latencies.constData(), failures, busyWaits);
    return failures == 0 ? 0 : 1;
}

} // namespace bench
