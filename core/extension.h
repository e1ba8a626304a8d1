#pragma once

#include "obligationkey.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace core {

/// A deadline extension granted by the monitor. The original due date is kept, so
/// "on time", "on time after extension" and "late" stay distinguishable.
struct Extension {
    ObligationKey key;
    QDate newDue;
    QString reason;
    QString grantedBy;
    QDateTime grantedAt; ///< invalid: treated as known at any date

    friend bool operator==(const Extension &, const Extension &) = default;
};

} // namespace core
