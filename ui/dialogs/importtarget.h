#pragma once

// roadmapupdate.h uses core::Actor without including its header.
#include "auditlog.h"
#include "roadmapupdate.h"

#include <QString>

namespace ui {

/// The stored roadmap an import would update: the one approved by the same act.
struct ImportTarget {
    qint64 roadmapId = 0; ///< 0: the act is new and the import creates a roadmap
    QString title;
    core::RoadmapChanges changes;
    QString error;        ///< the lookup failed; the import cannot tell create from update
};

} // namespace ui
