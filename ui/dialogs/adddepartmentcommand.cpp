#include "adddepartmentcommand.h"

#include <QCoreApplication>

namespace ui {

AddDepartmentCommand::AddDepartmentCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Department &department)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Add department %1").arg(department.name))
    , m_department(department)
{
}

core::StorageError AddDepartmentCommand::apply()
{
    return editing().addDepartment(actor(), m_department);
}

core::StorageError AddDepartmentCommand::revert()
{
    return editing().removeDepartment(actor(), m_department.name, editing().departmentVersion(m_department.name));
}

} // namespace ui
