#pragma once

#include "principle.h"
#include "roadmapcommand.h"

namespace ui {

/// Changes a principle's title.
class EditPrincipleCommand : public RoadmapCommand
{
public:
    EditPrincipleCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, int number, const QString &before, const QString &after);

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    int m_number;
    QString m_before;
    QString m_after;
};

} // namespace ui
