#pragma once

#include "deadlinerule.h"
#include "obligation.h"
#include "roadmap.h"
#include "roadmapsettings.h"
#include "workcalendar.h"

#include <QList>

namespace core {

/// Turns deadline rules into dated obligations over a roadmap period (DESIGN §3).
class ObligationGenerator
{
public:
    explicit ObligationGenerator(const WorkCalendar &calendar, const RoadmapSettings &settings = {});

    /// The obligations one rule produces over [periodStart, periodEnd], with an empty
    /// activity and department in their keys. A rule that needs review produces none.
    QList<Obligation> schedule(const DeadlineRule &rule, QDate periodStart, QDate periodEnd) const;

    /// Every obligation of the roadmap: each activity's schedule for each department that owes it,
    /// computed with the roadmap's own settings.
    QList<Obligation> obligations(const Roadmap &roadmap) const;

private:
    Obligation makeObligation(const QString &periodKey, QDate periodStart, QDate periodEnd, QDate nominalDue,
                              QDate disputedDue, bool eventDriven) const;
    void appendQuarterly(QList<Obligation> *out, const DeadlineComponent &component, QDate periodStart,
                         QDate periodEnd, QDate after) const;
    void appendPeriodic(QList<Obligation> *out, const DeadlineComponent &component, QDate periodStart,
                        QDate periodEnd, QDate after) const;

    const WorkCalendar &m_calendar;
    RoadmapSettings m_settings;
};

} // namespace core
