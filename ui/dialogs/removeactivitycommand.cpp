#include "removeactivitycommand.h"

#include <QCoreApplication>

namespace ui {

RemoveActivityCommand::RemoveActivityCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Activity &activity, int version)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Remove activity %1").arg(activity.number))
    , m_activity(activity)
    , m_version(version)
{
}

core::StorageError RemoveActivityCommand::apply()
{
    m_position = editing().activityPosition(roadmapId(), m_activity.number);
    return editing().removeActivity(actor(), roadmapId(), m_activity.number, m_version);
}

core::StorageError RemoveActivityCommand::revert()
{
    if (core::StorageError error = editing().addActivity(actor(), roadmapId(), m_activity, m_position))
        return error;
    m_version = editing().activityVersion(roadmapId(), m_activity.number);
    return {};
}

} // namespace ui
