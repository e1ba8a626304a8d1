#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace core {

/// A reporting period length for periodic deadlines.
enum class PeriodUnit { Year, HalfYear, Quarter, Month };

/// Whether the named date is itself allowed: "не позднее D" / "по D" include D, "до D" excludes it.
enum class DateBound { Inclusive, Exclusive };

/// How the due date of one reporting period is derived from that period.
struct DueAnchor {
    enum class Kind {
        PeriodEnd,       ///< the last day of the period ("ежегодно", "ежеквартально")
        DayOfNextMonth,  ///< day N of the month after the period ("15 числа месяца, следующего за отчетным кварталом")
        DateInNextYear,  ///< day.month of the year after the period's year ("1 марта года, следующего за отчетным")
        DateInSameYear,  ///< day.month of the period's own year ("ежегодно до 20 декабря")
        MonthsAfterPeriodEnd, ///< a term of `months` months counted from the period's last day
                              ///< ("в течение месяца после окончания квартала", Civil Code art. 192)
    };
    Kind kind = Kind::PeriodEnd;
    int day = 0;
    int month = 0;
    DateBound bound = DateBound::Inclusive;
    int months = 0; ///< MonthsAfterPeriodEnd: the length of the term

    friend bool operator==(const DueAnchor &, const DueAnchor &) = default;
};

/// Where the wording allows two readings, the one the parser chose; the explanation names the other.
enum class ReadingNote {
    None,
    ElidedReportingPeriod,   ///< "числа месяца, следующего за отчетным": the reporting period is the month named
    MonthTermFromPeriodEnd,  ///< "в течение месяца после окончания квартала": art. 192, not "the whole next month"
    LastDayOfShortMonth,     ///< "до 29 февраля" in a common year: the last day of the month that exists
    YearFromRoadmap,         ///< "15 января и 15 июля" in a plan of several years: once, the first such dates
};

/// One part of a deadline rule (DESIGN §3). A rule with several parts is a sequence:
/// each later part covers the periods that end after the previous part's period.
struct DeadlineComponent {
    enum class Kind {
        Continuous, ///< "Постоянно": a confirmation every quarter of the active window
        OnEvent,    ///< "по мере поступления": every quarter; "no events" is a valid answer
        OneOff,     ///< one obligation, period key "once"
        FixedDates, ///< several dated obligations, each keyed by its date
        Periodic,   ///< one obligation per reporting period
    };

    Kind kind = Kind::Continuous;

    /// Continuous / OnEvent: the window ("2018-2019г."); invalid dates mean the roadmap period.
    QDate windowStart;
    QDate windowEnd;

    /// OneOff: the period the deadline closes ("I полугодие 2018" → 01.01.2018–30.06.2018;
    /// a plain date D → D–D). Sequences continue after periodEnd.
    QDate periodStart;
    QDate periodEnd;

    /// OneOff / FixedDates: the dates as written, and whether they are included.
    QList<QDate> dates;
    DateBound bound = DateBound::Inclusive;

    /// FixedDates: the first day of the period each date closes («март, апрель» → 01.03, 01.04);
    /// empty when each date stands for itself.
    QList<QDate> periodStarts;

    /// OneOff / FixedDates: a time of day written after the date («22 июня 10.00 ч.»); the day
    /// is what counts (Civil Code art. 194), the time is kept for the explanation.
    QTime timeOfDay;

    /// Periodic: the length of a reporting period and where its due date falls.
    PeriodUnit unit = PeriodUnit::Year;
    DueAnchor anchor;

    /// Periodic: the event of «по мере необходимости, но не реже одного раза в квартал»; the
    /// periodic floor is what is owed, the event is explained.
    QString eventWording;

    ReadingNote note = ReadingNote::None;

    friend bool operator==(const DeadlineComponent &, const DeadlineComponent &) = default;
};

/// The structured form of a deadline wording, with the wording kept verbatim.
struct DeadlineRule {
    QString text;                       ///< the wording exactly as written
    QList<DeadlineComponent> components;
    QString reviewReason;               ///< non-empty: the wording could not be read

    bool needsReview() const { return !reviewReason.isEmpty(); }
    bool isValid() const { return !needsReview() && !components.isEmpty(); }

    friend bool operator==(const DeadlineRule &, const DeadlineRule &) = default;
};

/// The rule in words, for people ("every year, no later than 15 May of the following year").
/// Translated through the "core" context.
QString explainDeadlineRule(const DeadlineRule &rule);

} // namespace core
