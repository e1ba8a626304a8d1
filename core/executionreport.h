#pragma once

#include "obligationkey.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace core {

/// What a department reported for an obligation, and what the monitor made of it.
struct ExecutionReport {
    enum class State {
        Reported, ///< waiting for the monitor
        Accepted, ///< closed by the monitor
        Returned, ///< sent back for rework; counts as not done
    };

    ObligationKey key;
    State state = State::Reported;
    bool noEvents = false;  ///< "no events this period" (on-event activities)
    QDate doneDate;
    QString evidenceUrl;
    QString documentRef;    ///< document number and date
    QString comment;
    QString reportedBy;
    QDateTime reportedAt;   ///< invalid: treated as known at any date
    QString verifiedBy;
    QDateTime verifiedAt;
    QString verificationComment;
    int version = 0;        ///< optimistic concurrency

    friend bool operator==(const ExecutionReport &, const ExecutionReport &) = default;
};

} // namespace core
