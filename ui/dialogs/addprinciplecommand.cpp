#include "addprinciplecommand.h"

#include <QCoreApplication>

namespace ui {

AddPrincipleCommand::AddPrincipleCommand(const core::RoadmapEditing &editing, const core::Actor &actor, qint64 roadmapId, const core::Principle &principle)
    : RoadmapCommand(editing, actor, roadmapId, QCoreApplication::translate("ui::RoadmapEditor", "Add principle %1").arg(principle.number))
    , m_principle(principle)
{
}

core::StorageError AddPrincipleCommand::apply()
{
    return editing().addPrinciple(actor(), roadmapId(), m_principle);
}

core::StorageError AddPrincipleCommand::revert()
{
    return editing().removePrinciple(actor(), roadmapId(), m_principle.number);
}

} // namespace ui
