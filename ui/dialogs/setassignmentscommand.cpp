#include "setassignmentscommand.h"

#include <QCoreApplication>

namespace ui {

SetAssignmentsCommand::SetAssignmentsCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const QString &activity, const QList<core::Assignment> &before, const QList<core::Assignment> &after, int version)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Change departments of activity %1").arg(activity))
    , m_activity(activity)
    , m_before(before)
    , m_after(after)
    , m_version(version)
{
}

core::StorageError SetAssignmentsCommand::apply()
{
    return editing().setAssignments(actor(), roadmapId(), m_activity, m_after, m_version, &m_version);
}

core::StorageError SetAssignmentsCommand::revert()
{
    return editing().setAssignments(actor(), roadmapId(), m_activity, m_before, m_version, &m_version);
}

} // namespace ui
