#pragma once

#include "obligation.h"
#include "roadmapsettings.h"
#include "workcalendar.h"

#include <QDate>
#include <QString>

namespace ui {

/// How dialogs and editors write dates: dd.MM.yyyy in every language, as Russian paperwork does.
QString dateText(QDate date);
/// A message from core as a dialog shows it: a capital letter and a full stop.
QString sentence(const QString &message);
/// For a due date that art. 193 moves: «12.05.2019 is a day off: the deadline falls on 13.05.2019
/// (Civil Code art. 193).»; empty on a working day. Uses WorkCalendar::legalDueDate, as core does.
QString dayOffText(const core::WorkCalendar &calendar, const core::RoadmapSettings &settings, QDate due);
/// The reporting period of an obligation in words: "2nd quarter 2019", "year 2019", "by 30.06.2018".
QString periodText(const core::Obligation &obligation);

} // namespace ui
