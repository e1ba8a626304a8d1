#include "compliance.h"

#include <algorithm>

namespace core {

namespace {

double ratio(int part, int whole)
{
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

QString quarterKey(QDate date)
{
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

} // namespace

double ComplianceSummary::onTimeRate() const
{
    return ratio(doneOnTime + doneOnTimeAfterExtension, due);
}

double ComplianceSummary::executionRate() const
{
    return ratio(doneOnTime + doneOnTimeAfterExtension + doneLate, due);
}

double ComplianceSummary::meanDaysLate() const
{
    return doneLate == 0 ? 0.0 : double(totalDaysLate) / double(doneLate);
}

void ComplianceSummary::add(const ObligationEvaluation &evaluation, QDate asOf)
{
    ++obligations;
    switch (evaluation.status) {
    case ObligationStatus::DoneOnTime:
        ++doneOnTime;
        break;
    case ObligationStatus::DoneOnTimeAfterExtension:
        ++doneOnTimeAfterExtension;
        break;
    case ObligationStatus::DoneLate:
        ++doneLate;
        totalDaysLate += evaluation.daysLate;
        break;
    case ObligationStatus::AwaitingVerification:
        ++awaitingVerification;
        break;
    case ObligationStatus::Returned:
        ++returned;
        break;
    case ObligationStatus::NotApplicable:
        ++notApplicable;
        break;
    case ObligationStatus::Overdue:
        ++overdue;
        break;
    case ObligationStatus::DueSoon:
        ++dueSoon;
        break;
    case ObligationStatus::Upcoming:
        ++upcoming;
        break;
    }
    // An obligation counts as due once its outcome is decided: its due date has passed, or it was done early.
    if (isDone(evaluation.status)
        || (evaluation.status != ObligationStatus::NotApplicable && evaluation.effectiveDue < asOf))
        ++due;
}

ComplianceReport ComplianceReport::build(const QList<EvaluatedObligation> &evaluated, QDate asOf)
{
    ComplianceReport report;
    report.asOf = asOf;
    for (const EvaluatedObligation &item : evaluated) {
        report.totals.add(item.evaluation, asOf);
        report.byPrinciple[item.principle].add(item.evaluation, asOf);
        report.byDepartment[item.obligation.key.department].add(item.evaluation, asOf);
        report.byQuarter[quarterKey(item.obligation.legalDue)].add(item.evaluation, asOf);
        if (item.evaluation.status == ObligationStatus::Overdue)
            report.overdue.append(item);
    }
    std::stable_sort(report.overdue.begin(), report.overdue.end(),
                     [](const EvaluatedObligation &a, const EvaluatedObligation &b) {
                         return a.evaluation.daysOverdue > b.evaluation.daysOverdue;
                     });
    return report;
}

} // namespace core
