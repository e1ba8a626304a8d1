#pragma once

#include "reportdocument.h"
#include "reportparameters.h"
#include "reportpeople.h"
#include "roadmapsnapshot.h"

#include <QDate>
#include <QString>

#include <optional>

namespace core {

/// Builds the quarterly status report of DESIGN §7 from a roadmap snapshot: a pure function
/// of the snapshot, the parameters and the people named, with no clock and no storage.
///
/// An obligation belongs to the period when its legal due date (after the move to a working
/// day, before any extension) falls inside the period: a report "for Q2 2019" is about what
/// was owed in Q2 2019. Its status is computed at the as-of date from what was known then.
/// The overdue list also carries obligations of earlier periods still not done.
class StatusReportBuilder
{
public:
    /// nullopt with a reason in error when the scope names no principle or department of the roadmap.
    static std::optional<ReportDocument> build(const RoadmapSnapshot &snapshot, const ReportParameters &parameters,
                                               const ReportPeople &people, QString *error = nullptr);

    /// Writes the registration number and date into the document (under the title and in the
    /// running header), as they are frozen with a registered report.
    static void markRegistered(ReportDocument *document, const QString &number, QDate registeredOn);
};

} // namespace core
