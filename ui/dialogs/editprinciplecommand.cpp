#include "editprinciplecommand.h"

#include <QCoreApplication>

namespace ui {

EditPrincipleCommand::EditPrincipleCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, int number, const QString &before, const QString &after)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Rename principle %1").arg(number))
    , m_number(number)
    , m_before(before)
    , m_after(after)
{
}

core::StorageError EditPrincipleCommand::apply()
{
    return editing().setPrincipleTitle(actor(), roadmapId(), m_number, m_after);
}

core::StorageError EditPrincipleCommand::revert()
{
    return editing().setPrincipleTitle(actor(), roadmapId(), m_number, m_before);
}

} // namespace ui
