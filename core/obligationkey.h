#pragma once

#include <QHash>
#include <QString>

namespace core {

/// Identifies one obligation: (activity, department, period).
struct ObligationKey {
    QString activity;   ///< "5.1"
    QString department; ///< department (or leading group) name
    QString period;     ///< "once", "2019", "2019-H1", "2019-Q2", "2019-05" or an ISO date

    friend bool operator==(const ObligationKey &, const ObligationKey &) = default;
};

inline size_t qHash(const ObligationKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.activity, key.department, key.period);
}

} // namespace core
