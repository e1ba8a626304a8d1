#include "compliance.h"

#include <QCoreApplication>

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
    const bool decided = isDone(evaluation.status)
        || (evaluation.status != ObligationStatus::NotApplicable && evaluation.effectiveDue < asOf);
    if (!decided)
        return;
    ++due;
    if (evaluation.status == ObligationStatus::AwaitingVerification)
        ++awaitingVerificationDue;
    else if (evaluation.status == ObligationStatus::Returned)
        ++returnedDue;
}

QList<ComplianceFigure> ComplianceSummary::figures() const
{
    using Kind = ComplianceFigure::Kind;
    return {
        {Kind::Obligations, obligations, 0},
        {Kind::Due, due, 1},
        {Kind::DoneOnTime, doneOnTime, 2},
        {Kind::DoneOnTimeAfterExtension, doneOnTimeAfterExtension, 2},
        {Kind::DoneLate, doneLate, 2},
        {Kind::Overdue, overdue, 2},
        {Kind::AwaitingVerificationDue, awaitingVerificationDue, 2},
        {Kind::ReturnedDue, returnedDue, 2},
        {Kind::NotYetDue, notYetDue(), 1},
        {Kind::AwaitingVerificationNotDue, awaitingVerification - awaitingVerificationDue, 2},
        {Kind::ReturnedNotDue, returned - returnedDue, 2},
        {Kind::NotReportedYet, dueSoon + upcoming, 2},
        {Kind::NotApplicable, notApplicable, 1},
    };
}

QString complianceFigureName(ComplianceFigure::Kind kind)
{
    using Kind = ComplianceFigure::Kind;
    switch (kind) {
    case Kind::Obligations:
        return QCoreApplication::translate("core", "Obligations");
    case Kind::Due:
        return QCoreApplication::translate("core", "due by the as-of date");
    case Kind::DoneOnTime:
        return QCoreApplication::translate("core", "done on time");
    case Kind::DoneOnTimeAfterExtension:
        return QCoreApplication::translate("core", "done on time after an extension");
    case Kind::DoneLate:
        return QCoreApplication::translate("core", "done late");
    case Kind::Overdue:
        return QCoreApplication::translate("core", "overdue");
    case Kind::AwaitingVerificationDue:
    case Kind::AwaitingVerificationNotDue:
        return QCoreApplication::translate("core", "awaiting verification");
    case Kind::ReturnedDue:
    case Kind::ReturnedNotDue:
        return QCoreApplication::translate("core", "returned for rework");
    case Kind::NotYetDue:
        return QCoreApplication::translate("core", "not yet due");
    case Kind::NotReportedYet:
        return QCoreApplication::translate("core", "not reported yet");
    case Kind::NotApplicable:
        return QCoreApplication::translate("core", "no events in the period");
    }
    return {};
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
