#pragma once

#include "auditlog.h"
#include "roadmap.h"
#include "storageerror.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace core {

class Database;

/// What importing a document again would change in the roadmap approved by the same act.
struct RoadmapChanges {
    QStringList addedActivities;    ///< numbers in the document that the roadmap lacks
    QStringList removedActivities;  ///< numbers the roadmap has and the document does not
    QStringList changedActivities;  ///< text, deadline wording, principle, responsible or note differ
    QStringList droppedRules;       ///< activities whose rule set by hand goes, because their wording changed
    QList<int> addedPrinciples;
    QList<int> retitledPrinciples;
    QStringList headerChanges;      ///< "title", "period", "approving body" (translated, for people)

    bool isEmpty() const
    {
        return addedActivities.isEmpty() && removedActivities.isEmpty() && changedActivities.isEmpty()
            && addedPrinciples.isEmpty() && retitledPrinciples.isEmpty() && headerChanges.isEmpty();
    }
};

/// The changes that bring `stored` to `imported`. Pure.
RoadmapChanges compareRoadmaps(const Roadmap &stored, const Roadmap &imported);

/// Importing the same decree again: finds the roadmap approved by the same act and brings it
/// to the document through the audited edits of the roadmap editor, so every report, extension
/// and request stays. An activity that has reports is kept even when the document dropped it
/// (the result says so); everything else follows the document.
class RoadmapUpdate
{
public:
    using Clock = std::function<QDateTime()>;

    RoadmapUpdate(Database &db, Clock clock);

    /// The roadmap approved by the same act (kind, number and date) as `roadmap`; 0 when none.
    /// An act with no number and date never matches.
    qint64 roadmapWithSameAct(const Roadmap &roadmap, StorageError *error = nullptr) const;

    /// Applies the document to roadmap `roadmapId` in one transaction. `kept` receives the
    /// activities the document dropped that stay because they have reports or extensions;
    /// `applied`, what the document changed (as compareRoadmaps() saw it inside the transaction).
    StorageError apply(const Actor &actor, qint64 roadmapId, const Roadmap &imported, QStringList *kept = nullptr,
                       RoadmapChanges *applied = nullptr);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace core
