#include "deadlinerule.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace core {

namespace {

constexpr const char *monthNames[] = {
    QT_TRANSLATE_NOOP("core", "January"), QT_TRANSLATE_NOOP("core", "February"),
    QT_TRANSLATE_NOOP("core", "March"),   QT_TRANSLATE_NOOP("core", "April"),
    QT_TRANSLATE_NOOP("core", "May"),     QT_TRANSLATE_NOOP("core", "June"),
    QT_TRANSLATE_NOOP("core", "July"),    QT_TRANSLATE_NOOP("core", "August"),
    QT_TRANSLATE_NOOP("core", "September"), QT_TRANSLATE_NOOP("core", "October"),
    QT_TRANSLATE_NOOP("core", "November"), QT_TRANSLATE_NOOP("core", "December"),
};

constexpr const char *halfYearNames[] = {
    QT_TRANSLATE_NOOP("core", "1st half-year %1"),
    QT_TRANSLATE_NOOP("core", "2nd half-year %1"),
};

constexpr const char *quarterNames[] = {
    QT_TRANSLATE_NOOP("core", "1st quarter %1"),
    QT_TRANSLATE_NOOP("core", "2nd quarter %1"),
    QT_TRANSLATE_NOOP("core", "3rd quarter %1"),
    QT_TRANSLATE_NOOP("core", "4th quarter %1"),
};

QString translated(const char *sourceText)
{
    return QCoreApplication::translate("core", sourceText);
}

QString dateText(QDate date)
{
    return date.toString(u"dd.MM.yyyy"_s);
}

/// "15 May"
QString dayAndMonth(int day, int month)
{
    const QString monthName = month >= 1 && month <= 12 ? translated(monthNames[month - 1]) : QString::number(month);
    return QCoreApplication::translate("core", "%1 %2", "day and month").arg(day).arg(monthName);
}

/// The name of the calendar period a one-off deadline closes ("1st half-year 2018"), or the
/// span when it is none of year, half-year, quarter, month; empty for a single day.
QString periodName(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid() || start == end)
        return {};
    const bool wholeMonths = start.day() == 1 && end.addDays(1).day() == 1;
    if (wholeMonths && start.year() == end.year()) {
        const int months = end.month() - start.month() + 1;
        const int year = start.year();
        if (months == 12)
            return QCoreApplication::translate("core", "year %1").arg(year);
        if (months == 6 && (start.month() - 1) % 6 == 0)
            return translated(halfYearNames[(start.month() - 1) / 6]).arg(year);
        if (months == 3 && (start.month() - 1) % 3 == 0)
            return translated(quarterNames[(start.month() - 1) / 3]).arg(year);
        if (months == 1)
            return QCoreApplication::translate("core", "%1 %2", "month and year")
                .arg(translated(monthNames[start.month() - 1]))
                .arg(year);
    }
    return QCoreApplication::translate("core", "%1 to %2").arg(dateText(start), dateText(end));
}

QString boundedBy(const QString &what, DateBound bound)
{
    if (bound == DateBound::Inclusive)
        return QCoreApplication::translate("core", "no later than %1").arg(what);
    return QCoreApplication::translate("core", "before %1 (last day: the day before)").arg(what);
}

QString windowText(QDate start, QDate end)
{
    if (start.isValid() && end.isValid())
        return QCoreApplication::translate("core", "from %1 to %2").arg(dateText(start), dateText(end));
    if (start.isValid())
        return QCoreApplication::translate("core", "from %1").arg(dateText(start));
    if (end.isValid())
        return QCoreApplication::translate("core", "until %1").arg(dateText(end));
    return {};
}

QString everyUnit(PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::Year:
        return QCoreApplication::translate("core", "every year");
    case PeriodUnit::HalfYear:
        return QCoreApplication::translate("core", "every half-year");
    case PeriodUnit::Quarter:
        return QCoreApplication::translate("core", "every quarter");
    case PeriodUnit::Month:
        return QCoreApplication::translate("core", "every month");
    }
    return {};
}

/// The other reading of a wording that allows two, in words.
QString readingNote(ReadingNote note)
{
    switch (note) {
    case ReadingNote::None:
        return {};
    case ReadingNote::ElidedReportingPeriod:
        return QCoreApplication::translate("core", "\"отчетным\" is read as the month named, as in \"года, следующего "
                                                   "за отчетным\"; if a quarter or another period is meant, set the "
                                                   "rule by hand");
    case ReadingNote::MonthTermFromPeriodEnd:
        return QCoreApplication::translate("core", "a month is counted from the period's last day to the same day "
                                                   "number (Civil Code art. 192), not to the end of the following "
                                                   "month");
    case ReadingNote::LastDayOfShortMonth:
        return QCoreApplication::translate("core", "the day named does not exist in that month: its last day counts");
    case ReadingNote::YearFromRoadmap:
        return QCoreApplication::translate("core", "no year is written: read once, from the roadmap's start; if every "
                                                   "year is meant, set the rule by hand");
    }
    return {};
}

/// The rule's words with the time of day, the event and the other reading after them.
QString withDetails(QString text, const DeadlineComponent &component)
{
    if (component.timeOfDay.isValid())
        text = QCoreApplication::translate("core", "%1, at %2 (the day is what counts)")
                   .arg(text, component.timeOfDay.toString(u"HH:mm"_s));
    if (!component.eventWording.isEmpty())
        text = QCoreApplication::translate("core", "%1, at least that often; also \"%2\", reported in the same "
                                                   "obligations")
                   .arg(text, component.eventWording);
    const QString note = readingNote(component.note);
    return note.isEmpty() ? text : u"%1 (%2)"_s.arg(text, note);
}

QString explainPeriodic(const DeadlineComponent &component)
{
    const DueAnchor &anchor = component.anchor;
    QString due;
    switch (anchor.kind) {
    case DueAnchor::Kind::PeriodEnd:
        due = QCoreApplication::translate("core", "by the last day of the period");
        break;
    case DueAnchor::Kind::DayOfNextMonth:
        due = boundedBy(QCoreApplication::translate("core", "day %1 of the following month").arg(anchor.day), anchor.bound);
        break;
    case DueAnchor::Kind::DateInNextYear:
        due = boundedBy(QCoreApplication::translate("core", "%1 of the following year")
                            .arg(dayAndMonth(anchor.day, anchor.month)), anchor.bound);
        break;
    case DueAnchor::Kind::DateInSameYear:
        due = boundedBy(QCoreApplication::translate("core", "%1 of the same year")
                            .arg(dayAndMonth(anchor.day, anchor.month)), anchor.bound);
        break;
    case DueAnchor::Kind::MonthsAfterPeriodEnd:
        due = anchor.months == 1
            ? QCoreApplication::translate("core", "within a month after the period ends")
            : QCoreApplication::translate("core", "within %1 months after the period ends").arg(anchor.months);
        break;
    }
    return u"%1, %2"_s.arg(everyUnit(component.unit), due);
}

QString explainOneOff(const DeadlineComponent &component)
{
    const QDate date = component.dates.value(0);
    QString text;
    if (component.bound == DateBound::Inclusive)
        text = QCoreApplication::translate("core", "once, by %1").arg(dateText(date));
    else
        text = QCoreApplication::translate("core", "once, before %1 (last day: %2)")
                   .arg(dateText(date), dateText(date.addDays(-1)));
    const QString period = periodName(component.periodStart, component.periodEnd);
    return period.isEmpty() ? text : u"%1 (%2)"_s.arg(text, period);
}

QString explainFixedDates(const DeadlineComponent &component)
{
    QStringList dates;
    for (qsizetype index = 0; index < component.dates.size(); ++index) {
        const QDate date = component.dates.at(index);
        // «март, апрель»: each date closes its month.
        const QString period = periodName(component.periodStarts.value(index, date), date);
        dates.append(period.isEmpty() ? dateText(date) : u"%1 (%2)"_s.arg(dateText(date), period));
    }
    const QString list = dates.join(u", ");
    if (component.bound == DateBound::Inclusive)
        return QCoreApplication::translate("core", "by each of %1").arg(list);
    return QCoreApplication::translate("core", "before each of %1 (last day: the day before)").arg(list);
}

QString explainComponent(const DeadlineComponent &component)
{
    const QString window = windowText(component.windowStart, component.windowEnd);
    switch (component.kind) {
    case DeadlineComponent::Kind::Continuous:
        if (window.isEmpty())
            return QCoreApplication::translate("core", "every quarter, confirmed by the department");
        return QCoreApplication::translate("core", "continuously %1").arg(window);
    case DeadlineComponent::Kind::OnEvent:
        if (window.isEmpty())
            return QCoreApplication::translate("core", "on event, every quarter (\"no events\" allowed)");
        return QCoreApplication::translate("core", "on event, every quarter %1 (\"no events\" allowed)").arg(window);
    case DeadlineComponent::Kind::OneOff:
        return withDetails(explainOneOff(component), component);
    case DeadlineComponent::Kind::FixedDates:
        return withDetails(explainFixedDates(component), component);
    case DeadlineComponent::Kind::Periodic:
        return withDetails(explainPeriodic(component), component);
    }
    return {};
}

} // namespace

QString explainDeadlineRule(const DeadlineRule &rule)
{
    if (rule.needsReview())
        return QCoreApplication::translate("core", "needs review: %1").arg(rule.reviewReason);
    if (rule.components.isEmpty())
        return QCoreApplication::translate("core", "no deadline set");
    QStringList parts;
    for (const DeadlineComponent &component : rule.components)
        parts.append(explainComponent(component));
    return parts.join(QCoreApplication::translate("core", "; then "));
}

} // namespace core
