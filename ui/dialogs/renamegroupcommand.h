#pragma once

#include "roadmapcommand.h"

namespace ui {

/// Renames a department group everywhere it is named.
class RenameGroupCommand : public RoadmapCommand
{
public:
    RenameGroupCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const QString &before, const QString &after);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    QString m_before;
    QString m_after;
};

} // namespace ui
