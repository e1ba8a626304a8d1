#include "datechecks.h"

#include <QCoreApplication>

namespace core {

namespace {

/// Dates in messages as the command line takes them.
QString shown(QDate date)
{
    return date.toString(Qt::ISODate);
}

DateCheck refused(const QString &message)
{
    return {DateCheck::Verdict::Refused, message};
}

DateCheck doubtful(const QString &message)
{
    return {DateCheck::Verdict::NeedsConfirmation, message};
}

/// One obligation by a named date or period, not one of a series of reporting periods.
bool isOneOff(const Obligation &obligation)
{
    const QString &period = obligation.key.period;
    return period == u"once" || QDate::fromString(period, Qt::ISODate).isValid();
}

} // namespace

DateCheck checkDoneDate(const Roadmap &roadmap, const Obligation &obligation, QDate done, QDate today)
{
    if (!done.isValid())
        return refused(QCoreApplication::translate("core", "the done date is missing"));
    if (today.isValid() && done > today)
        return refused(QCoreApplication::translate("core", "the done date %1 is in the future: today is %2")
                           .arg(shown(done), shown(today)));
    if (roadmap.periodStart.isValid() && done < roadmap.periodStart) {
        const bool withinOneOff = isOneOff(obligation) && obligation.periodStart.isValid() && done >= obligation.periodStart;
        if (!withinOneOff)
            return doubtful(QCoreApplication::translate("core", "the done date %1 is before the roadmap began (%2)")
                                .arg(shown(done), shown(roadmap.periodStart)));
    }
    if (!isOneOff(obligation) && obligation.periodStart.isValid() && done < obligation.periodStart)
        return doubtful(QCoreApplication::translate("core", "the done date %1 is before the period it reports on began (%2)")
                            .arg(shown(done), shown(obligation.periodStart)));
    return {};
}

QDate dueInForce(const Obligation &obligation, const QList<Extension> &extensions, const WorkCalendar &calendar,
                 const RoadmapSettings &settings)
{
    QDate due = obligation.legalDue;
    for (const Extension &extension : extensions) {
        if (extension.newDue.isValid())
            due = std::max(due, calendar.legalDueDate(extension.newDue, settings));
    }
    return due;
}

DateCheck checkNewDueDate(const Roadmap &roadmap, QDate dueInForce, QDate newDue)
{
    if (!newDue.isValid())
        return refused(QCoreApplication::translate("core", "the new due date is missing"));
    if (dueInForce.isValid() && newDue <= dueInForce)
        return refused(QCoreApplication::translate("core", "the new due date %1 must be after the due date in force %2")
                           .arg(shown(newDue), shown(dueInForce)));
    if (roadmap.periodEnd.isValid() && newDue > roadmap.periodEnd.addYears(1))
        return doubtful(QCoreApplication::translate("core", "the new due date %1 is more than a year after the roadmap ends (%2)")
                            .arg(shown(newDue), shown(roadmap.periodEnd)));
    return {};
}

QString dayOffNote(const WorkCalendar &calendar, const RoadmapSettings &settings, QDate due)
{
    const QDate legal = calendar.legalDueDate(due, settings);
    if (!due.isValid() || legal == due)
        return {};
    return QCoreApplication::translate("core", "%1 is a day off: the deadline falls on %2 (Civil Code art. 193)")
        .arg(shown(due), shown(legal));
}

} // namespace core
