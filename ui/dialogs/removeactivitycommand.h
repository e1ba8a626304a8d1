#pragma once

#include "activity.h"
#include "roadmapcommand.h"

namespace ui {

/// Removes an activity nobody has reported on; undo puts it back in its place.
class RemoveActivityCommand : public RoadmapCommand
{
public:
    RemoveActivityCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Activity &activity, int version);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    core::Activity m_activity;
    int m_version;
    int m_position = -1;
};

} // namespace ui
