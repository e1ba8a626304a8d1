#include "roadmapsnapshot.h"

#include "obligationgenerator.h"

namespace core {

QList<Obligation> RoadmapSnapshot::obligations() const
{
    return ObligationGenerator(calendar, roadmap.settings).obligations(roadmap);
}

std::optional<Obligation> RoadmapSnapshot::obligation(const ObligationKey &key) const
{
    const Activity *activity = roadmap.activity(key.activity);
    if (!activity)
        return std::nullopt;
    const QList<Assignment> obliged = activity->obligedAssignments();
    const bool owes = std::any_of(obliged.cbegin(), obliged.cend(),
                                  [&key](const Assignment &a) { return a.department == key.department; });
    if (!owes)
        return std::nullopt;
    const QList<Obligation> schedule =
        ObligationGenerator(calendar, roadmap.settings).schedule(activity->rule, roadmap.periodStart, roadmap.periodEnd);
    for (Obligation obligation : schedule) {
        if (obligation.key.period == key.period) {
            obligation.key = key;
            return obligation;
        }
    }
    return std::nullopt;
}

EvaluatedObligation RoadmapSnapshot::evaluate(const Obligation &obligation, QDate asOf) const
{
    const Activity *activity = roadmap.activity(obligation.key.activity);
    const auto report = reports.constFind(obligation.key);
    // An extended due date follows Civil Code art. 193 exactly like the original one: a day off
    // moves it to the next working day.
    QList<Extension> granted = extensions.value(obligation.key);
    for (Extension &extension : granted) {
        if (extension.newDue.isValid())
            extension.newDue = calendar.legalDueDate(extension.newDue, roadmap.settings);
    }
    return {obligation, activity ? activity->principle : 0,
            evaluateObligation(obligation, report == reports.cend() ? std::nullopt : std::optional(*report), granted, asOf,
                               roadmap.settings)};
}

QList<EvaluatedObligation> RoadmapSnapshot::evaluate(QDate asOf) const
{
    QList<EvaluatedObligation> result;
    const QList<Obligation> all = obligations();
    result.reserve(all.size());
    for (const Obligation &obligation : all)
        result.append(evaluate(obligation, asOf));
    return result;
}

} // namespace core
