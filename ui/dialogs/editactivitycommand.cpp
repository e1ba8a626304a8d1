#include "editactivitycommand.h"

#include <QCoreApplication>

namespace ui {

EditActivityCommand::EditActivityCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Activity &before, const core::Activity &after, int version)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Edit activity %1").arg(before.number))
    , m_before(before)
    , m_after(after)
    , m_version(version)
{
}

core::StorageError EditActivityCommand::apply()
{
    return editing().updateActivity(actor(), roadmapId(), m_before.number, m_after, m_version, &m_version);
}

core::StorageError EditActivityCommand::revert()
{
    return editing().updateActivity(actor(), roadmapId(), m_after.number, m_before, m_version, &m_version);
}

} // namespace ui
