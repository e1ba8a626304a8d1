#pragma once

#include "obligationstatus.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ui {

/// What the person narrowed the roadmap down to. Empty fields do not filter.
struct RoadmapFilter {
    QString department;
    int principle = 0;
    QList<core::ObligationStatus> statuses; ///< any of these; empty: every status
    bool needsReviewOnly = false;           ///< only activities whose wording could not be read
    QDate dueFrom;                          ///< effective due date within [dueFrom, dueTo]
    QDate dueTo;
    QString text;                           ///< words in the activity, its wording, departments or period

    bool isEmpty() const
    {
        return department.isEmpty() && principle == 0 && statuses.isEmpty() && !needsReviewOnly && !dueFrom.isValid()
            && !dueTo.isValid() && text.trimmed().isEmpty();
    }
    friend bool operator==(const RoadmapFilter &, const RoadmapFilter &) = default;
};

} // namespace ui
