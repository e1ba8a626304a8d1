#pragma once

#include "database.h"
#include "roadmapsnapshot.h"
#include "storageerror.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>

#include <optional>

namespace app {

/// The exit code of a storage error: 2 bad input, 3 not permitted, 4 conflict, 5 database.
int exitCodeFor(const core::StorageError &error);
/// Prints the error's message and returns its exit code.
int fail(const core::StorageError &error);
/// "Now" for the workflows' timestamps: the one place the command line reads the clock.
QDateTime now();

QCommandLineOption dbOption();
QCommandLineOption roadmapIdOption();
QCommandLineOption jsonOption();

/// Opens --db; returns an exit code (0 when open). Notes a read-only database on stderr.
int openDatabase(const QCommandLineParser &parser, core::Database &db, core::Database::OpenMode mode);
/// Opens --db and picks --roadmap-id (default: the newest roadmap); returns an exit code.
int openRoadmap(const QCommandLineParser &parser, core::Database &db, qint64 *roadmapId);
/// openRoadmap(), then reads the roadmap with its history into snapshot; returns an exit code.
int loadRoadmap(const QCommandLineParser &parser, core::Database &db, qint64 *roadmapId, std::optional<core::RoadmapSnapshot> *snapshot);

} // namespace app
