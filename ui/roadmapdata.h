#pragma once

#include "compliance.h"
#include "roadmapsnapshot.h"
#include "user.h"

#include <QDate>
#include <QList>

#include <memory>

namespace ui {

struct RoadmapTree;

/// One roadmap as the window shows it: what was read from the database, evaluated at one date.
/// Built off the GUI thread and then shared read-only by the models.
struct RoadmapData {
    core::RoadmapSnapshot snapshot;
    QDate asOf;
    QList<core::EvaluatedObligation> evaluated;
    core::ComplianceReport compliance;
    /// The same obligations arranged for the roadmap tree (points into this object).
    std::shared_ptr<const RoadmapTree> tree;

    /// Evaluates every obligation of the snapshot at asOf and arranges the tree; a pure function,
    /// safe on any thread.
    static std::shared_ptr<const RoadmapData> evaluate(const core::RoadmapSnapshot &snapshot, QDate asOf);
};

using RoadmapDataPtr = std::shared_ptr<const RoadmapData>;

} // namespace ui
