#pragma once

#include "obligationkey.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace core {

/// A department head's request for more time on one obligation; the monitor grants it
/// (which creates an Extension) or declines it.
struct ExtensionRequest {
    enum class State { Pending, Granted, Declined };

    qint64 id = 0;
    qint64 roadmapId = 0;
    ObligationKey key;
    QDate requestedDue;
    QString reason;
    QString requestedBy;
    QDateTime requestedAt;
    State state = State::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionComment;
    int version = 0; ///< optimistic concurrency

    friend bool operator==(const ExtensionRequest &, const ExtensionRequest &) = default;
};

} // namespace core
