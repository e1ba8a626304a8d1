#pragma once

#include "roadmapimportresult.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace app {

/// --sheet and --columns: the choices a person makes when the document leaves them open.
QList<QCommandLineOption> planReadOptions();

/// Reads --sheet and --columns; returns an exit code (0 when they make sense).
int planReadOptionsFrom(const QCommandLineParser &parser, core::PlanReadOptions *options);

/// Imports the file with the options; prints the error and returns its exit code on failure.
int importPlan(const QCommandLineParser &parser, const QString &path, core::RoadmapImportResult *result);

} // namespace app
