#pragma once

#include "department.h"
#include "roadmapcommand.h"

namespace ui {

/// Adds a department; undo removes it while nothing refers to it.
class AddDepartmentCommand : public RoadmapCommand
{
public:
    AddDepartmentCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Department &department);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    core::Department m_department;
};

} // namespace ui
