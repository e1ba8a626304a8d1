#pragma once

#include "principle.h"
#include "roadmapcommand.h"

namespace ui {

/// Adds a principle; undo removes it again.
class AddPrincipleCommand : public RoadmapCommand
{
public:
    AddPrincipleCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Principle &principle);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    core::Principle m_principle;
};

} // namespace ui
