#pragma once

#include "activity.h"
#include "deadlinerule.h"

#include <QDate>
#include <QList>
#include <QString>

namespace core {

class DeadlineParser;

/// A rule set by hand in the parts the roadmap editor's form asks for. ruleWording() turns it
/// into the words the deadline parser reads: the rule is stored and audited as those words, so
/// the command line (`rule --set`), the editor and the explanation all speak one language.
struct RuleForm {
    enum class Kind {
        Once,               ///< one obligation by a date
        Window,             ///< one obligation for a window of dates, due at its end
        Dates,              ///< one obligation by each of several dates
        Periodic,           ///< one obligation per month, quarter, half-year or year
        Continuous,         ///< a confirmation every quarter, over the roadmap or a window
        OnEvent,            ///< every quarter, "no events" allowed
        OnceThenContinuous, ///< once by a date, then a confirmation every quarter
        OnceThenPeriodic,   ///< once by a date, then periodic
    };
    /// Where a periodic obligation falls due.
    enum class Due {
        PeriodEnd,        ///< the last day of the period
        DayOfNextMonth,   ///< day N of the month after the period
        DateInNextYear,   ///< day.month of the year after (yearly only)
        DateInSameYear,   ///< day.month of the period's own year (yearly only)
    };

    Kind kind = Kind::Once;
    QDate date;              ///< Once, OnceThen…: the due date; Window: its first day
    QDate endDate;           ///< Window: its last day (the due date)
    QDate windowStart;       ///< Continuous, OnEvent: optional bounds (both or neither)
    QDate windowEnd;
    QList<QDate> dates;      ///< Dates
    DateBound bound = DateBound::Inclusive; ///< «не позднее» (inclusive) or «до» (exclusive)
    PeriodUnit unit = PeriodUnit::Quarter;  ///< Periodic, OnceThenPeriodic
    Due due = Due::PeriodEnd;
    int day = 0;             ///< DayOfNextMonth, DateIn…Year
    int month = 0;           ///< DateIn…Year
};

/// The wording of a rule set by hand, e.g. «ежеквартально не позднее 15 числа месяца,
/// следующего за отчетным кварталом» or «не позднее 01.03.2019 и далее постоянно». Empty when
/// the form lacks a date it needs.
QString ruleWording(const RuleForm &form);

/// Why wording cannot be a rule set by hand (it does not read without review); empty when it can.
QString manualRuleProblem(const DeadlineParser &parser, const QString &wording);

/// The activity's rule: read from the rule set by hand when there is one, else from the
/// deadline wording as written, which needs review when it names a year outside the roadmap's
/// period the parser reads in (markYearsOutsidePeriod). rule.text is the wording that was read.
DeadlineRule readActivityRule(const DeadlineParser &parser, const Activity &activity);

/// The activity's rule for people: the explanation, marked "set by hand" when it is, or why
/// the wording needs review.
QString explainActivityRule(const Activity &activity);

} // namespace core
