#include "roadmapdata.h"

#include "roadmaptree.h"

namespace ui {

std::shared_ptr<const RoadmapData> RoadmapData::evaluate(const core::RoadmapSnapshot &snapshot, QDate asOf)
{
    auto data = std::make_shared<RoadmapData>();
    data->snapshot = snapshot;
    data->asOf = asOf;
    data->evaluated = snapshot.evaluate(asOf);
    data->compliance = core::ComplianceReport::build(data->evaluated, asOf);
    data->tree = RoadmapTree::build(*data);
    return data;
}

} // namespace ui
