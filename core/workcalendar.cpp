#include "workcalendar.h"

#include "csv.h"

#include <QCoreApplication>
#include <QFile>

namespace core {

namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

/// Labour Code art. 112 holidays. 1–8 January are the New Year days: when one of them falls on
/// a weekend the government moves that day off elsewhere by decree, so the fallback does not.
struct Art112Holiday {
    int month;
    int day;
    bool newYearDays;
};

constexpr Art112Holiday art112Holidays[] = {
    {1, 1, true}, {1, 2, true}, {1, 3, true}, {1, 4, true}, {1, 5, true}, {1, 6, true},
    {1, 7, true}, {1, 8, true}, {2, 23, false}, {3, 8, false}, {5, 1, false}, {5, 9, false},
    {6, 12, false}, {11, 4, false},
};

/// Days off of a year the calendar has no data for: the holidays themselves, and for each
/// holiday on a weekend (New Year days excepted) the next working weekday.
QSet<QDate> fallbackDaysOff(int year)
{
    QSet<QDate> daysOff;
    for (const Art112Holiday &holiday : art112Holidays)
        daysOff.insert(QDate(year, holiday.month, holiday.day));
    for (const Art112Holiday &holiday : art112Holidays) {
        const QDate date(year, holiday.month, holiday.day);
        if (holiday.newYearDays || !isWeekend(date))
            continue;
        QDate moved = date.addDays(1);
        while (isWeekend(moved) || daysOff.contains(moved))
            moved = moved.addDays(1);
        daysOff.insert(moved);
    }
    return daysOff;
}

} // namespace

const WorkCalendar &WorkCalendar::russianFederal()
{
    static const WorkCalendar calendar = [] {
        QFile file(QStringLiteral(":/calendar/ru-production-calendar.csv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The production calendar resource is missing");
        QString error;
        const std::optional<WorkCalendar> parsed = fromCsv(file.readAll(), &error);
        if (!parsed)
            qFatal("The production calendar resource is damaged: %s", qPrintable(error));
        return *parsed;
    }();
    return calendar;
}

std::optional<WorkCalendar> WorkCalendar::fromCsv(const QByteArray &csvText, QString *error)
{
    QList<QStringList> records;
    QString parseError;
    if (!csv::parse(QString::fromUtf8(csvText), &records, &parseError)) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    if (records.isEmpty() || records.first().value(0) != u"date" || records.first().value(1) != u"kind") {
        if (error)
            *error = QCoreApplication::translate("core", "the calendar must start with the header \"date,kind,note,source\"");
        return std::nullopt;
    }

    WorkCalendar calendar;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &record = records[i];
        const QDate date = QDate::fromString(record.value(0).trimmed(), Qt::ISODate);
        const std::optional<DayKind> kind = kindFromId(record.value(1).trimmed());
        if (!date.isValid() || !kind) {
            if (error)
                *error = QCoreApplication::translate("core", "calendar record %1: cannot read \"%2\"")
                             .arg(i + 1)
                             .arg(record.join(u','));
            return std::nullopt;
        }
        calendar.setSpecialDay({date, *kind, record.value(2), record.value(3)});
    }
    return calendar;
}

void WorkCalendar::setSpecialDay(const SpecialDay &day)
{
    m_days.insert(day.date, day);
    m_years.insert(day.date.year());
}

void WorkCalendar::removeSpecialDay(QDate date)
{
    m_days.remove(date);
}

QList<WorkCalendar::SpecialDay> WorkCalendar::specialDays() const
{
    return m_days.values();
}

std::optional<WorkCalendar::DayKind> WorkCalendar::specialDayKind(QDate date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.cend())
        return std::nullopt;
    return it->kind;
}

bool WorkCalendar::isConfirmed(int year) const
{
    return m_years.contains(year);
}

int WorkCalendar::firstConfirmedYear() const
{
    return m_days.isEmpty() ? 0 : m_days.firstKey().year();
}

int WorkCalendar::lastConfirmedYear() const
{
    return m_days.isEmpty() ? 0 : m_days.lastKey().year();
}

bool WorkCalendar::isWorkingDay(QDate date, bool decreeDaysAreNonWorking) const
{
    if (!isConfirmed(date.year()))
        return !isWeekend(date) && !fallbackDaysOff(date.year()).contains(date);

    if (const std::optional<DayKind> kind = specialDayKind(date)) {
        switch (*kind) {
        case DayKind::Holiday:
        case DayKind::TransferDayOff:
            return false;
        case DayKind::TransferWorkday:
            return true;
        case DayKind::DecreeNonWorking:
            return !decreeDaysAreNonWorking && !isWeekend(date);
        }
    }
    return !isWeekend(date);
}

QDate WorkCalendar::nextWorkingDay(QDate date, bool decreeDaysAreNonWorking) const
{
    QDate next = date.addDays(1);
    while (!isWorkingDay(next, decreeDaysAreNonWorking))
        next = next.addDays(1);
    return next;
}

QDate WorkCalendar::legalDueDate(QDate nominal, const RoadmapSettings &settings) const
{
    if (!nominal.isValid() || !settings.moveDueToWorkingDay)
        return nominal;
    if (isWorkingDay(nominal, settings.decreeDaysAreNonWorking))
        return nominal;
    return nextWorkingDay(nominal, settings.decreeDaysAreNonWorking);
}

QString WorkCalendar::kindId(DayKind kind)
{
    switch (kind) {
    case DayKind::Holiday:
        return QStringLiteral("holiday");
    case DayKind::TransferDayOff:
        return QStringLiteral("transfer_day_off");
    case DayKind::TransferWorkday:
        return QStringLiteral("transfer_workday");
    case DayKind::DecreeNonWorking:
        return QStringLiteral("decree_non_working");
    }
    return {};
}

std::optional<WorkCalendar::DayKind> WorkCalendar::kindFromId(QStringView id)
{
    for (DayKind kind : {DayKind::Holiday, DayKind::TransferDayOff, DayKind::TransferWorkday, DayKind::DecreeNonWorking}) {
        if (id == kindId(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace core
