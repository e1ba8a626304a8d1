#pragma once

#include "compliance.h"
#include "executionreport.h"
#include "extension.h"
#include "obligation.h"
#include "roadmap.h"
#include "workcalendar.h"

#include <QHash>
#include <QList>

#include <optional>

namespace core {

/// Everything needed to tell where a roadmap stands: the roadmap, the calendar in force,
/// and what was reported and extended. Evaluating it is a pure function of the as-of date.
struct RoadmapSnapshot {
    Roadmap roadmap;
    WorkCalendar calendar;
    QHash<ObligationKey, ExecutionReport> reports;
    QHash<ObligationKey, QList<Extension>> extensions;

    /// Every obligation of the roadmap, per obliged department.
    QList<Obligation> obligations() const;
    /// The obligation with this key, if the roadmap owes it.
    std::optional<Obligation> obligation(const ObligationKey &key) const;
    /// Every obligation with its status at asOf.
    QList<EvaluatedObligation> evaluate(QDate asOf) const;
    EvaluatedObligation evaluate(const Obligation &obligation, QDate asOf) const;
};

} // namespace core
