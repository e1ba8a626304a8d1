#include "addactivitycommand.h"

#include <QCoreApplication>

namespace ui {

AddActivityCommand::AddActivityCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Activity &activity)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Add activity %1").arg(activity.number))
    , m_activity(activity)
{
}

core::StorageError AddActivityCommand::apply()
{
    return editing().addActivity(actor(), roadmapId(), m_activity);
}

core::StorageError AddActivityCommand::revert()
{
    return editing().removeActivity(actor(), roadmapId(), m_activity.number, editing().activityVersion(roadmapId(), m_activity.number));
}

} // namespace ui
