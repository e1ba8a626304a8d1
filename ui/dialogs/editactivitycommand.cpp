#include "editactivitycommand.h"

#include <QCoreApplication>

namespace ui {

EditActivityCommand::EditActivityCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId,
                                         const core::Activity &before, const core::Activity &after, int version,
                                         ActivityVersionBook book)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Edit activity %1").arg(before.number))
    , m_before(before)
    , m_after(after)
    , m_book(book ? std::move(book) : std::make_shared<QHash<QString, int>>())
{
    // What the person saw when they edited is what the edit is based on.
    m_book->insert(before.number, version);
}

bool EditActivityCommand::fieldsChanged() const
{
    return m_after.number != m_before.number || m_after.principle != m_before.principle || m_after.text != m_before.text
        || m_after.deadlineText != m_before.deadlineText;
}

QString EditActivityCommand::ruleAfterFields() const
{
    return m_after.deadlineText == m_before.deadlineText ? m_before.manualRule.wording : QString();
}

core::StorageError EditActivityCommand::apply()
{
    // Each step is based on the version the previous one left.
    int version = m_book->value(m_before.number);
    core::StorageError error;
    if (fieldsChanged())
        error = editing().updateActivity(actor(), roadmapId(), m_before.number, m_after, version, &version);
    if (!error && assignmentsChanged())
        error = editing().setAssignments(actor(), roadmapId(), m_after.number, m_after.assignments, version, &version);
    if (!error && ruleChanged())
        error = editing().setActivityRule(actor(), roadmapId(), m_after.number, m_after.manualRule.wording, version, &version);
    if (!error) {
        m_book->remove(m_before.number);
        m_book->insert(m_after.number, version);
    }
    return error;
}

core::StorageError EditActivityCommand::revert()
{
    int version = m_book->value(m_after.number);
    core::StorageError error;
    if (ruleChanged())
        error = editing().setActivityRule(actor(), roadmapId(), m_after.number, ruleAfterFields(), version, &version);
    if (!error && assignmentsChanged())
        error = editing().setAssignments(actor(), roadmapId(), m_after.number, m_before.assignments, version, &version);
    if (!error && fieldsChanged())
        error = editing().updateActivity(actor(), roadmapId(), m_after.number, m_before, version, &version);
    // New wording dropped the rule set by hand; the old wording brings it back.
    if (!error && m_before.manualRule.isSet() && ruleAfterFields().isEmpty())
        error = editing().setActivityRule(actor(), roadmapId(), m_before.number, m_before.manualRule.wording, version, &version);
    if (!error) {
        m_book->remove(m_after.number);
        m_book->insert(m_before.number, version);
    }
    return error;
}

} // namespace ui
