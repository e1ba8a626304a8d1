#pragma once

#include "activity.h"
#include "roadmapcommand.h"

namespace ui {

/// Changes an activity's number, principle, text or deadline wording.
class EditActivityCommand : public RoadmapCommand
{
public:
    EditActivityCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Activity &before, const core::Activity &after, int version);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    core::Activity m_before;
    core::Activity m_after;
    int m_version;
};

} // namespace ui
