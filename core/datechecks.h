#pragma once

#include "extension.h"
#include "obligation.h"
#include "roadmap.h"
#include "workcalendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace core {

/// What the workflows make of a date a person entered (issue 10): fine, doubtful — recorded only
/// once the person confirms it (`--force` on the command line, a question in the window) — or
/// refused. One answer for the window and the command line alike.
struct DateCheck {
    enum class Verdict { Fine, NeedsConfirmation, Refused };

    Verdict verdict = Verdict::Fine;
    QString message; ///< why the date is refused or doubtful; empty when fine

    bool isFine() const { return verdict == Verdict::Fine; }
};

/// The done date of an execution report. Refused after today; doubtful before the roadmap's start
/// or before the period it reports on began — a one-off (period "once" or a date) may be done
/// from its period's start even before the roadmap's.
DateCheck checkDoneDate(const Roadmap &roadmap, const Obligation &obligation, QDate done, QDate today);

/// The due date in force: the legal due date, or the latest extended one moved off a day off.
QDate dueInForce(const Obligation &obligation, const QList<Extension> &extensions, const WorkCalendar &calendar,
                 const RoadmapSettings &settings);

/// A new due date, granted or asked for. Refused unless it is after the due date in force;
/// doubtful when it is more than a year after the roadmap's end.
DateCheck checkNewDueDate(const Roadmap &roadmap, QDate dueInForce, QDate newDue);

/// For a due date on a day off: «2019-01-05 is a day off: the deadline falls on 2019-01-09 (Civil
/// Code art. 193)»; empty on a working day or when the roadmap does not move due dates.
QString dayOffNote(const WorkCalendar &calendar, const RoadmapSettings &settings, QDate due);

} // namespace core
