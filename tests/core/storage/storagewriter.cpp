// A writer process for tst_concurrentwriters: opens a database, optionally waits for a start
// signal, and reports a slice of one department's obligations through ExecutionWorkflow, each in
// its own transaction. After each commit it prints "ok ACTIVITY<TAB>PERIOD" and flushes, so
// that whoever watches knows exactly which reports were acknowledged.
//
// Exit codes as the command line: 0 done, 2 bad input, 3 not permitted, 4 conflict, 5 other.

#include "database.h"
#include "executionworkflow.h"
#include "roadmaprepository.h"
#include "snapshotloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

void print(FILE *stream, const QString &line)
{
    std::fputs(line.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int exitCodeFor(core::StorageError::Kind kind)
{
    switch (kind) {
    case core::StorageError::Kind::None:
        return 0;
    case core::StorageError::Kind::InvalidInput:
        return 2;
    case core::StorageError::Kind::NotPermitted:
        return 3;
    case core::StorageError::Kind::Conflict:
        return 4;
    default:
        return 5;
    }
}

int failWith(const core::StorageError &error)
{
    print(stderr, QStringLiteral("error %1: %2").arg(exitCodeFor(error.kind)).arg(error.message));
    return exitCodeFor(error.kind);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("SQLite file"), QStringLiteral("path")},
        {QStringLiteral("login"), QStringLiteral("who reports"), QStringLiteral("login")},
        {QStringLiteral("as"), QStringLiteral("on behalf of"), QStringLiteral("login")},
        {QStringLiteral("department"), QStringLiteral("whose obligations"), QStringLiteral("name")},
        {QStringLiteral("first"), QStringLiteral("first obligation of the slice"), QStringLiteral("n")},
        {QStringLiteral("count"), QStringLiteral("obligations in the slice"), QStringLiteral("n")},
        {QStringLiteral("version"), QStringLiteral("the report version the change is based on"), QStringLiteral("n")},
        {QStringLiteral("evidence"), QStringLiteral("evidence link for every report"), QStringLiteral("url")},
        {QStringLiteral("now"), QStringLiteral("the clock, ISO 8601"), QStringLiteral("datetime")},
        {QStringLiteral("go"), QStringLiteral("wait until this file exists"), QStringLiteral("path")},
        {QStringLiteral("skip-reported"), QStringLiteral("leave obligations that already have a report")},
    });
    parser.process(app);

    const QDateTime now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
    if (!now.isValid())
        return failWith(core::StorageError::make(core::StorageError::Kind::InvalidInput, QStringLiteral("--now is required")));

    core::Database db;
    if (const core::StorageError error = db.open(core::DatabaseLocation::sqlite(parser.value(QStringLiteral("db")))))
        return failWith(error);
    core::StorageError error;
    const QList<core::Roadmap> roadmaps = core::RoadmapRepository(db).roadmapHeaders(&error);
    if (error || roadmaps.isEmpty())
        return failWith(error ? error : core::StorageError::make(core::StorageError::Kind::InvalidInput, QStringLiteral("no roadmap")));
    const qint64 roadmapId = roadmaps.first().id;
    const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(db, roadmapId, &error);
    if (!snapshot)
        return failWith(error);

    const QString department = parser.value(QStringLiteral("department"));
    QList<core::Obligation> owed;
    for (const core::Obligation &obligation : snapshot->obligations()) {
        if (obligation.key.department == department)
            owed.append(obligation);
    }
    const int first = parser.value(QStringLiteral("first")).toInt();
    const int count = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toInt() : int(owed.size());
    const QList<core::Obligation> slice = owed.mid(first, count);
    if (slice.size() != count)
        return failWith(core::StorageError::make(core::StorageError::Kind::InvalidInput,
                                                 QStringLiteral("%1 owes %2 obligations, not %3").arg(department).arg(owed.size()).arg(first + count)));

    std::optional<int> version;
    if (parser.isSet(QStringLiteral("version")))
        version = parser.value(QStringLiteral("version")).toInt();
    const core::Actor actor{parser.value(QStringLiteral("login")), parser.value(QStringLiteral("as"))};
    core::ExecutionWorkflow workflow(db, [now] { return now; });

    print(stdout, QStringLiteral("ready"));
    const QString go = parser.value(QStringLiteral("go"));
    while (!go.isEmpty() && !QFileInfo::exists(go))
        QThread::msleep(1);

    for (const core::Obligation &obligation : slice) {
        const core::ObligationKey &key = obligation.key;
        if (parser.isSet(QStringLiteral("skip-reported")) && snapshot->reports.contains(key))
            continue;
        core::ExecutionInput input;
        input.doneDate = std::min(obligation.legalDue, now.date());
        input.evidenceUrl = parser.isSet(QStringLiteral("evidence")) ? parser.value(QStringLiteral("evidence"))
                                                                      : QStringLiteral("https://kgo66.ru/%1/%2").arg(key.activity, key.period);
        input.comment = actor.effectiveLogin();
        if (const core::StorageError reportError = workflow.reportExecution(actor, roadmapId, key, input, version))
            return failWith(reportError);
        print(stdout, QStringLiteral("ok %1\t%2").arg(key.activity, key.period));
    }
    return 0;
}
