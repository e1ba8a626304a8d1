#pragma once

#include "roadmapcommand.h"

namespace ui {

/// Adds a department group; undo removes it while no activity names it.
class AddGroupCommand : public RoadmapCommand
{
public:
    AddGroupCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const QString &name);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    QString m_name;
};

} // namespace ui
