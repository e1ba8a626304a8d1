#pragma once

#include "activity.h"
#include "roadmapcommand.h"

namespace ui {

/// Adds an activity; undo removes it again.
class AddActivityCommand : public RoadmapCommand
{
public:
    AddActivityCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Activity &activity);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    core::Activity m_activity;
};

} // namespace ui
