#pragma once

#include "department.h"
#include "roadmapcommand.h"

namespace ui {

/// Renames, describes, deactivates or reactivates a department.
class EditDepartmentCommand : public RoadmapCommand
{
public:
    EditDepartmentCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Department &before, const core::Department &after, int version);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    core::Department m_before;
    core::Department m_after;
    int m_version;
};

} // namespace ui
