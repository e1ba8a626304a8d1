#include "editdepartmentcommand.h"

#include <QCoreApplication>

namespace ui {

EditDepartmentCommand::EditDepartmentCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Department &before, const core::Department &after, int version)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Edit department %1").arg(before.name))
    , m_before(before)
    , m_after(after)
    , m_version(version)
{
}

core::StorageError EditDepartmentCommand::apply()
{
    return editing().updateDepartment(actor(), m_before.name, m_after, m_version, &m_version);
}

core::StorageError EditDepartmentCommand::revert()
{
    return editing().updateDepartment(actor(), m_after.name, m_before, m_version, &m_version);
}

} // namespace ui
