#pragma once

#include "obligationkey.h"

#include <QDate>

namespace core {

/// One dated thing a department must report. Derived from the rule, never stored.
struct Obligation {
    ObligationKey key;
    QDate periodStart;  ///< first day of the period reported on
    QDate periodEnd;    ///< last day of the period reported on
    QDate nominalDue;   ///< last day as worded ("до D" gives D − 1)
    QDate disputedDue;  ///< for "до D": D itself, which some courts accept; invalid otherwise
    QDate legalDue;     ///< nominalDue moved off non-working days (Civil Code art. 193)
    bool eventDriven = false;       ///< "no events this period" is a valid answer
    bool calendarConfirmed = true;  ///< false when legalDue rests on the fallback calendar

    friend bool operator==(const Obligation &, const Obligation &) = default;
};

} // namespace core
