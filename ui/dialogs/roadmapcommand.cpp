#include "roadmapcommand.h"

namespace ui {

RoadmapCommand::RoadmapCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const QString &text)
    : QUndoCommand(text)
    , m_editing(editing)
    , m_actor(actor)
    , m_roadmapId(roadmapId)
{
}

void RoadmapCommand::redo()
{
    finish(apply());
}

void RoadmapCommand::undo()
{
    finish(revert());
}

void RoadmapCommand::finish(const core::StorageError &error)
{
    m_lastError = error;
    if (error)
        setObsolete(true);
    if (m_observer)
        m_observer(error);
}

} // namespace ui
