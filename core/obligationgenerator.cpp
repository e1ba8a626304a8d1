#include "obligationgenerator.h"

#include <algorithm>

namespace core {

namespace {

QDate quarterStart(QDate date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

/// The first day of the reporting period of the given unit that holds date.
QDate periodStartOf(QDate date, PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Year:
        return QDate(date.year(), 1, 1);
    case PeriodUnit::HalfYear:
        return QDate(date.year(), date.month() <= 6 ? 1 : 7, 1);
    case PeriodUnit::Quarter:
        return quarterStart(date);
    case PeriodUnit::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

int monthsIn(PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Year:
        return 12;
    case PeriodUnit::HalfYear:
        return 6;
    case PeriodUnit::Quarter:
        return 3;
    case PeriodUnit::Month:
        return 1;
    }
    return 12;
}

QString periodKey(QDate start, PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Year:
        return QString::number(start.year());
    case PeriodUnit::HalfYear:
        return QStringLiteral("%1-H%2").arg(start.year()).arg(start.month() <= 6 ? 1 : 2);
    case PeriodUnit::Quarter:
        return QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    case PeriodUnit::Month:
        return start.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

/// Day `day` of the given month, or its last day where the month is shorter (Civil Code art. 192).
QDate clampedDate(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, qBound(1, day, first.daysInMonth()));
}

/// The last day a due date allows, and for «до D» the date D itself, which some courts accept.
struct DueDates {
    QDate nominal;
    QDate disputed;
};

/// Day `day` of the given month under a bound. A day the month does not have («31 числа» in
/// April, «29 февраля» in a common year) means its last day, for «до» too: the day before the
/// first day that does not exist, never a day earlier (DESIGN §3).
DueDates dueOnDay(int year, int month, int day, DateBound bound)
{
    const QDate first(year, month, 1);
    if (day > first.daysInMonth())
        return {QDate(year, month, first.daysInMonth()), {}};
    const QDate named(year, month, day);
    if (bound == DateBound::Exclusive)
        return {named.addDays(-1), named};
    return {named, {}};
}

/// The due dates a periodic rule's anchor gives one reporting period.
DueDates anchorDue(const DueAnchor &anchor, QDate periodStart, QDate periodEnd)
{
    switch (anchor.kind) {
    case DueAnchor::Kind::PeriodEnd:
        return {periodEnd, {}};
    case DueAnchor::Kind::DayOfNextMonth: {
        const QDate nextMonth = periodEnd.addDays(1);
        return dueOnDay(nextMonth.year(), nextMonth.month(), anchor.day, anchor.bound);
    }
    case DueAnchor::Kind::DateInNextYear:
        return dueOnDay(periodEnd.year() + 1, anchor.month, anchor.day, anchor.bound);
    case DueAnchor::Kind::DateInSameYear:
        return dueOnDay(periodStart.year(), anchor.month, anchor.day, anchor.bound);
    case DueAnchor::Kind::MonthsAfterPeriodEnd:
        // Art. 192: the term ends on the same day number, or on the last day of a shorter month
        // (QDate::addMonths clamps the same way).
        return {periodEnd.addMonths(anchor.months), {}};
    }
    return {periodEnd, {}};
}

} // namespace

ObligationGenerator::ObligationGenerator(const WorkCalendar &calendar, const RoadmapSettings &settings)
    : m_calendar(calendar)
    , m_settings(settings)
{
}

Obligation ObligationGenerator::makeObligation(const QString &periodKey, QDate periodStart, QDate periodEnd,
                                               QDate nominalDue, QDate disputedDue, bool eventDriven) const
{
    Obligation obligation;
    obligation.key.period = periodKey;
    obligation.periodStart = periodStart;
    obligation.periodEnd = periodEnd;
    obligation.nominalDue = nominalDue;
    obligation.disputedDue = disputedDue;
    obligation.legalDue = m_calendar.legalDueDate(nominalDue, m_settings);
    obligation.eventDriven = eventDriven;
    obligation.calendarConfirmed = m_calendar.isConfirmed(nominalDue.year()) && m_calendar.isConfirmed(obligation.legalDue.year());
    return obligation;
}

void ObligationGenerator::appendQuarterly(QList<Obligation> *out, const DeadlineComponent &component,
                                          QDate periodStart, QDate periodEnd, QDate after) const
{
    const QDate from = component.windowStart.isValid() ? std::max(periodStart, component.windowStart) : periodStart;
    const QDate to = component.windowEnd.isValid() ? std::min(periodEnd, component.windowEnd) : periodEnd;
    const bool eventDriven = component.kind == DeadlineComponent::Kind::OnEvent;
    for (QDate quarter = quarterStart(from); quarter <= to; quarter = quarter.addMonths(3)) {
        const QDate quarterEnd = quarter.addMonths(3).addDays(-1);
        if (after.isValid() && quarterEnd <= after)
            continue;
        const QDate nextMonth = quarterEnd.addDays(1);
        const QDate due = clampedDate(nextMonth.year(), nextMonth.month(), m_settings.quarterlyConfirmationDay);
        out->append(makeObligation(periodKey(quarter, PeriodUnit::Quarter), std::max(quarter, from),
                                   std::min(quarterEnd, to), due, {}, eventDriven));
    }
}

void ObligationGenerator::appendPeriodic(QList<Obligation> *out, const DeadlineComponent &component,
                                         QDate periodStart, QDate periodEnd, QDate after) const
{
    const int months = monthsIn(component.unit);
    for (QDate start = periodStartOf(periodStart, component.unit); start <= periodEnd; start = start.addMonths(months)) {
        const QDate end = start.addMonths(months).addDays(-1);
        if (after.isValid() && end <= after)
            continue;
        const DueDates due = anchorDue(component.anchor, start, end);
        // "ежегодно до 1 февраля" in a roadmap adopted in March owes nothing for a date already past.
        if (due.nominal < periodStart)
            continue;
        out->append(makeObligation(periodKey(start, component.unit), start, end, due.nominal, due.disputed, false));
    }
}

QList<Obligation> ObligationGenerator::schedule(const DeadlineRule &rule, QDate periodStart, QDate periodEnd) const
{
    QList<Obligation> out;
    if (!rule.isValid() || !periodStart.isValid() || !periodEnd.isValid() || periodEnd < periodStart)
        return out;

    // In a sequence each part covers what ends after the previous part.
    QDate after;
    for (const DeadlineComponent &component : rule.components) {
        const bool exclusive = component.bound == DateBound::Exclusive;
        switch (component.kind) {
        case DeadlineComponent::Kind::OneOff: {
            if (component.dates.isEmpty())
                break;
            const QDate named = component.dates.first();
            out.append(makeObligation(QStringLiteral("once"), component.periodStart, component.periodEnd,
                                      exclusive ? named.addDays(-1) : named, exclusive ? named : QDate(), false));
            after = component.periodEnd.isValid() ? component.periodEnd : named;
            break;
        }
        case DeadlineComponent::Kind::FixedDates:
            for (qsizetype index = 0; index < component.dates.size(); ++index) {
                const QDate named = component.dates.at(index);
                const QDate due = exclusive ? named.addDays(-1) : named;
                // «март, апрель»: each obligation reports on its month; a bare date on its own day.
                const QDate start = component.periodStarts.value(index, due);
                out.append(makeObligation(named.toString(Qt::ISODate), start, due, due, exclusive ? named : QDate(),
                                          false));
                after = std::max(after, due);
            }
            break;
        case DeadlineComponent::Kind::Continuous:
        case DeadlineComponent::Kind::OnEvent:
            appendQuarterly(&out, component, periodStart, periodEnd, after);
            after = component.windowEnd.isValid() ? std::min(component.windowEnd, periodEnd) : periodEnd;
            break;
        case DeadlineComponent::Kind::Periodic:
            appendPeriodic(&out, component, periodStart, periodEnd, after);
            after = periodEnd;
            break;
        }
    }
    return out;
}

QList<Obligation> ObligationGenerator::obligations(const Roadmap &roadmap) const
{
    // The roadmap's own settings decide the confirmation day and the calendar policy.
    const ObligationGenerator generator(m_calendar, roadmap.settings);
    QList<Obligation> result;
    for (const Activity &activity : roadmap.activities) {
        const QList<Obligation> schedule = generator.schedule(activity.rule, roadmap.periodStart, roadmap.periodEnd);
        for (const Assignment &assignment : activity.obligedAssignments()) {
            for (Obligation obligation : schedule) {
                obligation.key.activity = activity.number;
                obligation.key.department = assignment.department;
                result.append(obligation);
            }
        }
    }
    return result;
}

} // namespace core
