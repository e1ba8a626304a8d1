#pragma once

#include "auditlog.h"
#include "roadmapediting.h"
#include "storageerror.h"

#include <QUndoCommand>

#include <functional>

namespace ui {

/// An undoable edit of a stored roadmap. redo() and undo() write through core::RoadmapEditing;
/// an edit that fails (refused, or someone else changed the row meanwhile) makes the command
/// obsolete, so that the undo stack drops it, and the observer hears why.
class RoadmapCommand : public QUndoCommand
{
public:
    using Observer = std::function<void(const core::StorageError &)>;

    RoadmapCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const QString &text);

    /// Called after every redo() and undo() with what came of it.
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    core::StorageError lastError() const { return m_lastError; }

    void redo() final;
    void undo() final;

protected:
    virtual core::StorageError apply() = 0;
    virtual core::StorageError revert() = 0;

    core::RoadmapEditing &editing() { return m_editing; }
    const core::Actor &actor() const { return m_actor; }
    qint64 roadmapId() const { return m_roadmapId; }

private:
    void finish(const core::StorageError &error);

    core::RoadmapEditing m_editing;
    core::Actor m_actor;
    qint64 m_roadmapId = 0;
    core::StorageError m_lastError;
    Observer m_observer;
};

} // namespace ui
