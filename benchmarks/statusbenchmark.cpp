#include "statusbenchmark.h"

#include "barescan.h"
#include "database.h"
#include "executionrepository.h"
#include "roadmaprepository.h"
#include "snapshotloader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1.0e6;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString ratio(double numerator, double denominator)
{
    return denominator > 0 ? QString::number(numerator / denominator, 'f', 1) + u'×' : QStringLiteral("n/a");
}

/// Runs a program to its end, output discarded; returns the wall time in ms, or -1 when it failed.
double timeProcess(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return -1;
    const double wall = elapsedMs(timer);
    if (output)
        *output = process.readAllStandardOutput();
    return wall;
}

} // namespace

StatusBenchmark::StatusBenchmark(Options options)
    : m_options(std::move(options))
{
}

std::optional<core::ComplianceReport> StatusBenchmark::status(core::Database &db, qint64 roadmapId, QDate asOf, RoadmapStatus *figures,
                                                              core::StorageError *error)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(db, roadmapId, error);
    if (!snapshot)
        return std::nullopt;
    figures->loadMs = elapsedMs(timer);
    timer.restart();
    const QList<core::EvaluatedObligation> evaluated = snapshot->evaluate(asOf);
    figures->evaluateMs = elapsedMs(timer);
    timer.restart();
    core::ComplianceReport report = core::ComplianceReport::build(evaluated, asOf);
    figures->buildMs = elapsedMs(timer);
    figures->obligations = int(evaluated.size());
    figures->reports = int(snapshot->reports.size());
    return report;
}

QList<qint64> StatusBenchmark::roadmapIds(core::Database &db, core::StorageError *error)
{
    QList<qint64> ids;
    QSqlQuery q = db.query();
    if ((*error = db.exec(q, QStringLiteral("SELECT id FROM roadmaps ORDER BY id"))))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

int StatusBenchmark::run(QTextStream &out, QTextStream &err)
{
    core::Database db;
    if (core::StorageError error = db.open(core::DatabaseLocation::sqlite(m_options.path))) {
        err << "cannot open " << m_options.path << ": " << error.message << Qt::endl;
        return 1;
    }
    core::StorageError error;
    const QList<qint64> ids = roadmapIds(db, &error);
    db.close();
    if (error || ids.isEmpty()) {
        err << "no roadmaps in " << m_options.path << ' ' << error.message << Qt::endl;
        return 1;
    }
    out << "status benchmark: " << m_options.path << ", " << ids.size() << " roadmaps, as of "
        << m_options.asOf.toString(Qt::ISODate) << ", median of " << m_options.repetitions << " repetitions" << Qt::endl;
    if (int code = runInProcess(out, err, ids))
        return code;
    if (!m_options.trackerExecutable.isEmpty())
        return runProcesses(out, err, ids);
    return 0;
}

int StatusBenchmark::runInProcess(QTextStream &out, QTextStream &err, const QList<qint64> &ids)
{
    QElapsedTimer timer;
    Samples openTimes;
    core::Database db;
    for (int r = 0; r < m_options.repetitions; ++r) {
        db.close();
        timer.start();
        if (core::StorageError error = db.open(core::DatabaseLocation::sqlite(m_options.path))) {
            err << "cannot open " << m_options.path << ": " << error.message << Qt::endl;
            return 1;
        }
        openTimes.append(elapsedMs(timer));
    }
    BareScan bare(m_options.path);
    if (!bare.isOpen()) {
        err << "sqlite3 cannot open " << m_options.path << ": " << bare.errorMessage() << Qt::endl;
        return 1;
    }

    // Per roadmap: status and the bare scan alternate, so that both see the same load on the machine.
    Samples statusPerRoadmap, scanPerRoadmap, ratioPerRoadmap, loadPerRoadmap, evaluatePerRoadmap, buildPerRoadmap;
    qint64 obligations = 0, reports = 0;
    for (qint64 id : ids) {
        Samples status, scan, load, evaluate, build;
        for (int r = 0; r < m_options.repetitions; ++r) {
            RoadmapStatus figures;
            core::StorageError error;
            timer.start();
            if (!StatusBenchmark::status(db, id, m_options.asOf, &figures, &error)) {
                err << "status of roadmap " << id << " failed: " << error.message << Qt::endl;
                return 1;
            }
            status.append(elapsedMs(timer));
            load.append(figures.loadMs);
            evaluate.append(figures.evaluateMs);
            build.append(figures.buildMs);
            timer.start();
            const int rows = bare.scan(id);
            scan.append(elapsedMs(timer));
            if (rows != figures.reports) {
                err << "roadmap " << id << ": the bare scan read " << rows << " reports, status " << figures.reports << ' '
                    << bare.errorMessage() << Qt::endl;
                return 1;
            }
            if (r == 0) {
                obligations += figures.obligations;
                reports += rows;
            }
        }
        statusPerRoadmap.append(status.median());
        scanPerRoadmap.append(scan.median());
        ratioPerRoadmap.append(status.median() / scan.median());
        loadPerRoadmap.append(load.median());
        evaluatePerRoadmap.append(evaluate.median());
        buildPerRoadmap.append(build.median());
    }

    // Where loadSnapshot spends its time: the same calls it makes, one by one.
    Samples roadmapPart, calendarPart, reportsPart;
    for (qint64 id : ids) {
        Samples roadmap, calendar, reports;
        for (int r = 0; r < m_options.repetitions; ++r) {
            const core::RoadmapRepository roadmaps(db);
            const core::ExecutionRepository executions(db);
            timer.start();
            roadmaps.load(id);
            roadmap.append(elapsedMs(timer));
            timer.start();
            roadmaps.calendar();
            calendar.append(elapsedMs(timer));
            timer.start();
            executions.reports(id);
            executions.extensions(id);
            reports.append(elapsedMs(timer));
        }
        roadmapPart.append(roadmap.median());
        calendarPart.append(calendar.median());
        reportsPart.append(reports.median());
    }

    // All roadmaps one after another, as a dashboard over the whole database would.
    Samples statusAll, scanAll;
    for (int r = 0; r < m_options.repetitions; ++r) {
        timer.start();
        for (qint64 id : ids) {
            RoadmapStatus figures;
            core::StorageError error;
            if (!StatusBenchmark::status(db, id, m_options.asOf, &figures, &error))
                return 1;
        }
        statusAll.append(elapsedMs(timer));
        timer.start();
        for (qint64 id : ids)
            bare.scan(id);
        scanAll.append(elapsedMs(timer));
    }

    out << "  rows: " << obligations << " obligations, " << reports << " execution reports" << Qt::endl;
    out << "  Database::open (header, schema, meta; no page scan): " << ms(openTimes.median()) << " ms" << Qt::endl;
    out << "  in process, one roadmap (median over roadmaps of each roadmap's median; min … max):" << Qt::endl;
    out << "    status (load + evaluate + build): " << ms(statusPerRoadmap.median()) << " ms  (" << ms(statusPerRoadmap.min())
        << " … " << ms(statusPerRoadmap.max()) << ')' << Qt::endl;
    out << "      loadSnapshot " << ms(loadPerRoadmap.median()) << " ms, evaluate " << ms(evaluatePerRoadmap.median())
        << " ms, ComplianceReport::build " << ms(buildPerRoadmap.median()) << " ms; the rest is freeing the snapshot" << Qt::endl;
    out << "      loadSnapshot by part: RoadmapRepository::load " << ms(roadmapPart.median()) << " ms, calendar "
        << ms(calendarPart.median()) << " ms, reports + extensions " << ms(reportsPart.median()) << " ms" << Qt::endl;
    out << "    bare sqlite3 C API scan of the same rows: " << ms(scanPerRoadmap.median()) << " ms  (" << ms(scanPerRoadmap.min())
        << " … " << ms(scanPerRoadmap.max()) << ')' << Qt::endl;
    out << "    ratio status / bare scan: " << ratio(ratioPerRoadmap.median(), 1) << "  (" << ratio(ratioPerRoadmap.min(), 1)
        << " … " << ratio(ratioPerRoadmap.max(), 1) << ')' << Qt::endl;
    out << "  in process, all " << ids.size() << " roadmaps one after another:" << Qt::endl;
    out << "    status " << ms(statusAll.median()) << " ms, bare scan " << ms(scanAll.median()) << " ms, ratio "
        << ratio(statusAll.median(), scanAll.median()) << Qt::endl;
    return 0;
}

int StatusBenchmark::runProcesses(QTextStream &out, QTextStream &err, const QList<qint64> &ids)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    // Evenly spread roadmaps, so that early and late ids (fuller and emptier pages) both count.
    QList<qint64> sample;
    const int wanted = qMin<int>(m_options.processSample, int(ids.size()));
    for (int i = 0; i < wanted; ++i)
        sample.append(ids[qsizetype(i) * ids.size() / wanted]);

    QStringList queries;
    for (const QString &statement : BareScan::statements())
        queries.append(QString(statement).replace(QStringLiteral("?1"), QStringLiteral("@id")));
    const QString script = queries.join(QStringLiteral(";\n")) + u';';

    Samples tracker, shell, startup;
    for (int r = 0; r < m_options.repetitions; ++r) {
        startup.append(timeProcess(m_options.trackerExecutable, {QStringLiteral("--version")}));
        for (qint64 id : sample) {
            QByteArray json;
            const double wall = timeProcess(m_options.trackerExecutable,
                                            {QStringLiteral("status"), QStringLiteral("--db"), m_options.path, QStringLiteral("--roadmap-id"),
                                             QString::number(id), QStringLiteral("--as-of"), m_options.asOf.toString(Qt::ISODate),
                                             QStringLiteral("--json")},
                                            &json);
            if (wall < 0 || !QJsonDocument::fromJson(json).object().contains(QStringLiteral("totals"))) {
                err << "roadmap-tracker status --roadmap-id " << id << " failed" << Qt::endl;
                return 1;
            }
            tracker.append(wall);
            if (!sqlite.isEmpty()) {
                const double bareWall = timeProcess(sqlite, {QStringLiteral("-readonly"), QStringLiteral("-cmd"),
                                                             QStringLiteral(".parameter set @id %1").arg(id), m_options.path, script});
                if (bareWall < 0) {
                    err << "sqlite3 failed on roadmap " << id << Qt::endl;
                    return 1;
                }
                shell.append(bareWall);
            }
        }
    }
    out << "  end to end, one process per run (" << sample.size() << " roadmaps × " << m_options.repetitions << "):" << Qt::endl;
    out << "    roadmap-tracker status --roadmap-id N --json: " << ms(tracker.median()) << " ms (p95 " << ms(tracker.percentile(95))
        << ")" << Qt::endl;
    out << "      of which starting the program (roadmap-tracker --version): " << ms(startup.median()) << " ms" << Qt::endl;
    if (shell.isEmpty()) {
        out << "    sqlite3 not found: no end-to-end bare scan" << Qt::endl;
    } else {
        out << "    sqlite3 FILE \"<the same SELECTs>\": " << ms(shell.median()) << " ms (p95 " << ms(shell.percentile(95)) << ")" << Qt::endl;
        out << "    ratio roadmap-tracker status / sqlite3: " << ratio(tracker.median(), shell.median()) << Qt::endl;
    }
    return 0;
}

} // namespace bench
