#pragma once

#include "activity.h"
#include "roadmapcommand.h"

#include <QHash>

#include <memory>

namespace ui {

/// The version each activity was left at by the edits of one undo stack: undoing an edit after a
/// later edit of the same activity was undone starts from the version that undo wrote, not from
/// the one this edit saw (every write moves the version on).
using ActivityVersionBook = std::shared_ptr<QHash<QString, int>>;

/// Changes an activity as the editor's form does in one Apply: its number, principle, text and
/// deadline wording, its departments, and its rule set by hand (after.manualRule.wording; empty
/// for none). One command, so that undo walks the activity's versions back in the order they
/// were made.
class EditActivityCommand : public RoadmapCommand
{
public:
    EditActivityCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Activity &before,
                        const core::Activity &after, int version, ActivityVersionBook book);

    /// Whether applying would change anything.
    bool changesSomething() const { return fieldsChanged() || assignmentsChanged() || ruleChanged(); }

protected:
    core::StorageError apply() override;
    core::StorageError revert() override;

private:
    bool fieldsChanged() const;
    bool assignmentsChanged() const { return m_before.assignments != m_after.assignments; }
    /// The rule set by hand once the fields are written: new wording drops it (core).
    QString ruleAfterFields() const;
    bool ruleChanged() const { return m_after.manualRule.wording != ruleAfterFields(); }

    core::Activity m_before;
    core::Activity m_after;
    ActivityVersionBook m_book;
};

} // namespace ui
