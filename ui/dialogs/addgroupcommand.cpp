#include "addgroupcommand.h"

#include <QCoreApplication>

namespace ui {

AddGroupCommand::AddGroupCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const QString &name)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Add group %1").arg(name))
    , m_name(name)
{
}

core::StorageError AddGroupCommand::apply()
{
    return editing().addGroup(actor(), m_name);
}

core::StorageError AddGroupCommand::revert()
{
    return editing().removeGroup(actor(), m_name);
}

} // namespace ui
