#pragma once

#include "deadlinerule.h"

#include <QDate>
#include <QString>

namespace core {

/// Reads Russian deadline wording ("I полугодие 2018 и далее постоянно",
/// "ежегодно не позднее 15 мая года, следующего за отчетным") into a DeadlineRule.
/// Wording it cannot read comes back with a review reason; it never guesses.
class DeadlineParser
{
public:
    /// Year-less wording ("апрель", "до 1 июля") takes its year from this period:
    /// the first such date on or after periodStart. Without a period, or when that date
    /// falls after periodEnd, the wording needs review.
    explicit DeadlineParser(QDate periodStart = {}, QDate periodEnd = {});

    DeadlineRule parse(const QString &text) const;

    QDate periodStart() const { return m_periodStart; }
    QDate periodEnd() const { return m_periodEnd; }

private:
    QDate m_periodStart;
    QDate m_periodEnd;
};

/// Wording read well that names a year outside the roadmap's period («до 01.03.2012» in a plan of
/// 2018–2020) is most likely a slip: the rule becomes "needs review" with the year named, for the
/// monitor to confirm with a rule set by hand. Says whether it did.
bool markYearsOutsidePeriod(DeadlineRule *rule, QDate periodStart, QDate periodEnd);

} // namespace core
