#include "activity.h"

#include <QStringList>

namespace core {

QList<Assignment> Activity::obligedAssignments() const
{
    QList<Assignment> result;
    for (const Assignment &assignment : assignments) {
        if (assignment.owesObligations())
            result.append(assignment);
    }
    return result;
}

bool activityNumberLess(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < qMin(left.size(), right.size()); ++i) {
        bool leftIsNumber = false;
        bool rightIsNumber = false;
        const int l = left[i].toInt(&leftIsNumber);
        const int r = right[i].toInt(&rightIsNumber);
        if (leftIsNumber && rightIsNumber) {
            if (l != r)
                return l < r;
        } else if (left[i] != right[i]) {
            return left[i] < right[i];
        }
    }
    return left.size() < right.size();
}

} // namespace core
