#pragma once

#include "roadmap.h"
#include "roadmapsnapshot.h"

#include <QDate>
#include <QStringList>

namespace bench {

/// How large a synthetic database is.
struct SyntheticShape {
    int roadmaps = 200;
    int activities = 50;   ///< per roadmap
    int years = 3;         ///< each roadmap runs from 15 January of firstYear to the end of the last year
    int firstYear = 2019;
    quint32 seed = 1;      ///< the same seed gives the same database

    /// The history is played up to here, and status is evaluated here: mid-way through the last year,
    /// so that the database holds done, late, pending and upcoming obligations.
    QDate historyEnd() const { return QDate(firstYear + years - 1, 6, 30); }
};

/// Builds the roadmaps of a synthetic database, deterministically from the shape and a number:
/// activities under five principles with a mix of deadline wordings, each owed by one to three
/// of the administration's departments.
class SyntheticRoadmap
{
public:
    /// The departments every roadmap draws from (one administration, many roadmaps).
    static QList<core::Department> departments();
    /// The wordings used, with how many activities in a hundred get each.
    static QList<QPair<QString, int>> deadlineMix(int firstYear);

    static core::Roadmap make(const SyntheticShape &shape, int number);

    /// Obligations per activity of the default shape's mix, measured on a sample of 1,000.
    static double obligationsPerActivity();
    /// One roadmap of the default shape with the federal calendar, of about `obligations`
    /// obligations (at least five activities); no reports.
    static core::RoadmapSnapshot snapshotOfAbout(int obligations);
};

} // namespace bench
