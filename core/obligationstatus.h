#pragma once

#include "executionreport.h"
#include "extension.h"
#include "obligation.h"
#include "roadmapsettings.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace core {

/// Where an obligation stands at an "as of" date (DESIGN §4).
enum class ObligationStatus {
    DoneOnTime,
    DoneOnTimeAfterExtension,
    DoneLate,
    AwaitingVerification,
    Returned,
    NotApplicable,
    Overdue,
    DueSoon,
    Upcoming,
};

/// The status of one obligation with what it was computed from.
struct ObligationEvaluation {
    ObligationStatus status = ObligationStatus::Upcoming;
    QDate effectiveDue;   ///< the legal due date, or the latest extension known at the as-of date
    bool extended = false;
    int daysOverdue = 0;  ///< as-of − due, for overdue obligations
    int daysLate = 0;     ///< done date − due, for obligations done late
};

/// Stable identifier used in JSON: "done_on_time", "overdue", …
QString obligationStatusId(ObligationStatus status);
/// The status in words, translated through the "core" context.
QString obligationStatusName(ObligationStatus status);
/// True for the statuses that mean the obligation was carried out.
bool isDone(ObligationStatus status);

/// Whether something recorded at recordedAt (UTC or any time spec) was known on the as-of date:
/// recorded on that local day or before. A report recorded at 01:00 in Moscow on 1 April (22:00
/// UTC on 31 March) was not known on 31 March. An invalid time counts as always known.
bool knownAt(const QDateTime &recordedAt, QDate asOf);

/// Evaluates one obligation at asOf from what was known then: reports and extensions recorded
/// after asOf are ignored. A pure function: no clock, no storage.
ObligationEvaluation evaluateObligation(const Obligation &obligation, const std::optional<ExecutionReport> &report,
                                        const QList<Extension> &extensions, QDate asOf,
                                        const RoadmapSettings &settings = {});

} // namespace core
