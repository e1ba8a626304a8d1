#pragma once

#include "assignment.h"
#include "roadmapcommand.h"

namespace ui {

/// Replaces the departments and groups of an activity, with their roles and order.
class SetAssignmentsCommand : public RoadmapCommand
{
public:
    SetAssignmentsCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const QString &activity, const QList<core::Assignment> &before, const QList<core::Assignment> &after, int version);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    QString m_activity;
    QList<core::Assignment> m_before;
    QList<core::Assignment> m_after;
    int m_version;
};

} // namespace ui
