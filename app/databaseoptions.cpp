#include "databaseoptions.h"

#include "commandline.h"
#include "output.h"
#include "roadmaprepository.h"
#include "snapshotloader.h"

#include <algorithm>

#include <QCoreApplication>

namespace app {

using core::StorageError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}

int resolveRoadmap(const QCommandLineParser &parser, core::Database &db, qint64 *roadmapId)
{
    StorageError error;
    const QList<core::Roadmap> roadmaps = core::RoadmapRepository(db).roadmapHeaders(&error);
    if (error)
        return fail(error);
    if (roadmaps.isEmpty())
        return failWith(tr("the database holds no roadmap yet; add one with 'roadmap-tracker import'"));
    if (!parser.isSet(QStringLiteral("roadmap-id"))) {
        *roadmapId = roadmaps.first().id;
        return ExitOk;
    }
    bool ok = false;
    *roadmapId = parser.value(QStringLiteral("roadmap-id")).toLongLong(&ok);
    if (!ok || std::none_of(roadmaps.cbegin(), roadmaps.cend(), [&](const core::Roadmap &r) { return r.id == *roadmapId; }))
        return failWith(tr("there is no roadmap \"%1\" in the database").arg(parser.value(QStringLiteral("roadmap-id"))));
    return ExitOk;
}

} // namespace

int exitCodeFor(const StorageError &error)
{
    switch (error.kind) {
    case StorageError::Kind::None:
        return ExitOk;
    case StorageError::Kind::InvalidInput:
    case StorageError::Kind::NeedsConfirmation:
        return ExitBadInput;
    case StorageError::Kind::NotPermitted:
        return ExitNotPermitted;
    case StorageError::Kind::Conflict:
        return ExitConflict;
    default:
        return ExitDatabase;
    }
}

int fail(const StorageError &error)
{
    if (error.kind == StorageError::Kind::NeedsConfirmation)
        return failWith(tr("%1; add --force to record it anyway").arg(error.message), exitCodeFor(error));
    return failWith(error.message, exitCodeFor(error));
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), tr("The database: an SQLite file, or postgresql://user@host:port/dbname."), tr("database")};
}

QCommandLineOption roadmapIdOption()
{
    return {QStringLiteral("roadmap-id"), tr("Which roadmap of the database (default: the newest)."), tr("id")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), tr("Print one JSON document.")};
}

int openDatabase(const QCommandLineParser &parser, core::Database &db, core::Database::OpenMode mode)
{
    if (!parser.isSet(QStringLiteral("db")))
        return failWith(tr("--db is required"));
    QString error;
    const std::optional<core::DatabaseLocation> location = core::DatabaseLocation::parse(parser.value(QStringLiteral("db")), &error);
    if (!location)
        return failWith(error);
    if (const StorageError openError = db.open(*location, mode))
        return fail(openError);
    if (db.isReadOnly())
        standardError() << "roadmap-tracker: " << tr("note: %1").arg(db.readOnlyReason()) << Qt::endl;
    return ExitOk;
}

int openRoadmap(const QCommandLineParser &parser, core::Database &db, qint64 *roadmapId)
{
    if (int code = openDatabase(parser, db, core::Database::OpenMode::Existing))
        return code;
    return resolveRoadmap(parser, db, roadmapId);
}

int loadRoadmap(const QCommandLineParser &parser, core::Database &db, qint64 *roadmapId, std::optional<core::RoadmapSnapshot> *snapshot)
{
    if (int code = openRoadmap(parser, db, roadmapId))
        return code;
    core::StorageError error;
    *snapshot = core::loadSnapshot(db, *roadmapId, &error);
    return *snapshot ? int(ExitOk) : fail(error);
}

} // namespace app
