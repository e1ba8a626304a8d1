#pragma once

#include "roadmapsettings.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace core {

/// The Russian production calendar: which days are worked, and where a legal due date
/// falls under Civil Code art. 193. Years without data fall back to the Labour Code
/// art. 112 holidays and are reported as unconfirmed.
class WorkCalendar
{
public:
    enum class DayKind {
        Holiday,          ///< art. 112 public holiday
        TransferDayOff,   ///< a weekday made a day off by a transfer
        TransferWorkday,  ///< a Saturday or Sunday made a working day
        DecreeNonWorking, ///< presidential non-working day with pay kept (2020–2021)
    };

    struct SpecialDay {
        QDate date;
        DayKind kind = DayKind::Holiday;
        QString note;
        QString source;

        friend bool operator==(const SpecialDay &, const SpecialDay &) = default;
    };

    WorkCalendar() = default;

    /// The calendar shipped with the program (2018–2027).
    static const WorkCalendar &russianFederal();

    /// Reads the "date,kind,note,source" CSV; nullopt and a message on bad input.
    static std::optional<WorkCalendar> fromCsv(const QByteArray &csv, QString *error = nullptr);

    /// Adds or replaces a special day; its year counts as confirmed from then on.
    void setSpecialDay(const SpecialDay &day);
    void removeSpecialDay(QDate date);
    QList<SpecialDay> specialDays() const;
    std::optional<DayKind> specialDayKind(QDate date) const;

    /// True when the calendar holds data for the year, false when it falls back to art. 112.
    bool isConfirmed(int year) const;
    int firstConfirmedYear() const;
    int lastConfirmedYear() const;

    bool isWorkingDay(QDate date, bool decreeDaysAreNonWorking = false) const;
    /// The first working day strictly after date.
    QDate nextWorkingDay(QDate date, bool decreeDaysAreNonWorking = false) const;
    /// The last day of a term that nominally ends on nominal (art. 193 with the roadmap's policy).
    QDate legalDueDate(QDate nominal, const RoadmapSettings &settings = {}) const;

    static QString kindId(DayKind kind);
    static std::optional<DayKind> kindFromId(QStringView id);

private:
    bool isFallbackDayOff(QDate date) const;

    QMap<QDate, SpecialDay> m_days;
    QSet<int> m_years;
};

} // namespace core
