#include "obligationstatus.h"

#include <QCoreApplication>

namespace core {

bool knownAt(const QDateTime &recordedAt, QDate asOf)
{
    // Stored timestamps are UTC; the as-of date is a day of the person's own calendar.
    return !recordedAt.isValid() || recordedAt.toLocalTime().date() <= asOf;
}

QString obligationStatusId(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::DoneOnTime:
        return QStringLiteral("done_on_time");
    case ObligationStatus::DoneOnTimeAfterExtension:
        return QStringLiteral("done_on_time_after_extension");
    case ObligationStatus::DoneLate:
        return QStringLiteral("done_late");
    case ObligationStatus::AwaitingVerification:
        return QStringLiteral("awaiting_verification");
    case ObligationStatus::Returned:
        return QStringLiteral("returned");
    case ObligationStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    case ObligationStatus::Overdue:
        return QStringLiteral("overdue");
    case ObligationStatus::DueSoon:
        return QStringLiteral("due_soon");
    case ObligationStatus::Upcoming:
        return QStringLiteral("upcoming");
    }
    return {};
}

QString obligationStatusName(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::DoneOnTime:
        return QCoreApplication::translate("core", "Done on time");
    case ObligationStatus::DoneOnTimeAfterExtension:
        return QCoreApplication::translate("core", "Done on time after extension");
    case ObligationStatus::DoneLate:
        return QCoreApplication::translate("core", "Done late");
    case ObligationStatus::AwaitingVerification:
        return QCoreApplication::translate("core", "Awaiting verification");
    case ObligationStatus::Returned:
        return QCoreApplication::translate("core", "Returned for rework");
    case ObligationStatus::NotApplicable:
        return QCoreApplication::translate("core", "No events this period");
    case ObligationStatus::Overdue:
        return QCoreApplication::translate("core", "Overdue");
    case ObligationStatus::DueSoon:
        return QCoreApplication::translate("core", "Due soon");
    case ObligationStatus::Upcoming:
        return QCoreApplication::translate("core", "Upcoming");
    }
    return {};
}

bool isDone(ObligationStatus status)
{
    return status == ObligationStatus::DoneOnTime || status == ObligationStatus::DoneOnTimeAfterExtension
        || status == ObligationStatus::DoneLate;
}

ObligationEvaluation evaluateObligation(const Obligation &obligation, const std::optional<ExecutionReport> &report,
                                        const QList<Extension> &extensions, QDate asOf, const RoadmapSettings &settings)
{
    ObligationEvaluation result;
    result.effectiveDue = obligation.legalDue;

    // The latest extension granted by the as-of date decides the due date.
    QDateTime latestGrant;
    for (const Extension &extension : extensions) {
        if (!knownAt(extension.grantedAt, asOf) || !extension.newDue.isValid())
            continue;
        if (!result.extended || !extension.grantedAt.isValid() || extension.grantedAt >= latestGrant) {
            result.effectiveDue = extension.newDue;
            latestGrant = extension.grantedAt;
            result.extended = true;
        }
    }

    bool returned = false;
    if (report && knownAt(report->reportedAt, asOf)) {
        ExecutionReport::State state = report->state;
        // A verification made after the as-of date was not known yet.
        if (state != ExecutionReport::State::Reported && !knownAt(report->verifiedAt, asOf))
            state = ExecutionReport::State::Reported;

        const bool done = state == ExecutionReport::State::Accepted
            || (state == ExecutionReport::State::Reported && !settings.verificationRequired);
        if (done) {
            if (report->noEvents) {
                result.status = ObligationStatus::NotApplicable;
            } else if (report->doneDate <= obligation.legalDue) {
                result.status = ObligationStatus::DoneOnTime;
            } else if (report->doneDate <= result.effectiveDue) {
                result.status = ObligationStatus::DoneOnTimeAfterExtension;
            } else {
                result.status = ObligationStatus::DoneLate;
                result.daysLate = int(result.effectiveDue.daysTo(report->doneDate));
            }
            return result;
        }
        if (state == ExecutionReport::State::Reported) {
            result.status = ObligationStatus::AwaitingVerification;
            return result;
        }
        returned = true;
    }

    if (result.effectiveDue < asOf) {
        result.status = ObligationStatus::Overdue;
        result.daysOverdue = int(result.effectiveDue.daysTo(asOf));
    } else if (returned) {
        result.status = ObligationStatus::Returned;
    } else if (asOf.daysTo(result.effectiveDue) <= settings.dueSoonDays) {
        result.status = ObligationStatus::DueSoon;
    } else {
        result.status = ObligationStatus::Upcoming;
    }
    return result;
}

} // namespace core
