#pragma once

#include "assignment.h"
#include "deadlinerule.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace core {

/// A deadline rule the monitor stated by hand for wording the program cannot read (or reads
/// otherwise than the plan means): the rule in the words the deadline parser reads, who set it
/// and when. The plan's own wording stays as approved beside it.
struct ManualRule {
    QString wording;  ///< empty: no rule set by hand
    QString setBy;    ///< the monitor's login
    QDateTime setAt;  ///< UTC

    bool isSet() const { return !wording.isEmpty(); }

    friend bool operator==(const ManualRule &, const ManualRule &) = default;
};

/// A numbered activity ("1.1") of a roadmap.
struct Activity {
    QString number;        ///< "1.7"; its first part names the principle
    int principle = 0;     ///< derived from the number, not from the row it was printed in
    QString text;
    QString deadlineText;  ///< the deadline wording exactly as written
    QString responsibleText; ///< the responsible cell exactly as written (the assignments are read from it)
    QString note;          ///< the plan's other columns (result, cost, place …), "heading: text" a line
    ManualRule manualRule; ///< the rule set by hand, which replaces the reading of deadlineText
    DeadlineRule rule;     ///< read from manualRule.wording when it is set, else from deadlineText
    QList<Assignment> assignments;

    /// Departments and groups that owe obligations, in the order named.
    QList<Assignment> obligedAssignments() const;
};

/// Compares activity numbers numerically part by part ("1.10" after "1.9").
bool activityNumberLess(const QString &a, const QString &b);

} // namespace core
