#include "renamegroupcommand.h"

#include <QCoreApplication>

namespace ui {

RenameGroupCommand::RenameGroupCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const QString &before, const QString &after)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Rename group %1").arg(before))
    , m_before(before)
    , m_after(after)
{
}

core::StorageError RenameGroupCommand::apply()
{
    return editing().renameGroup(actor(), m_before, m_after);
}

core::StorageError RenameGroupCommand::revert()
{
    return editing().renameGroup(actor(), m_after, m_before);
}

} // namespace ui
