#pragma once

#include "assignment.h"
#include "deadlinerule.h"

#include <QList>
#include <QString>

namespace core {

/// A numbered activity ("1.1") of a roadmap.
struct Activity {
    QString number;        ///< "1.7"; its first part names the principle
    int principle = 0;     ///< derived from the number, not from the row it was printed in
    QString text;
    QString deadlineText;  ///< the deadline wording exactly as written
    QString responsibleText; ///< the responsible cell exactly as written (the assignments are read from it)
    QString note;          ///< the plan's other columns (result, cost, place …), "heading: text" a line
    DeadlineRule rule;     ///< parsed from deadlineText (or set by hand)
    QList<Assignment> assignments;

    /// Departments and groups that owe obligations, in the order named.
    QList<Assignment> obligedAssignments() const;
};

/// Compares activity numbers numerically part by part ("1.10" after "1.9").
bool activityNumberLess(const QString &a, const QString &b);

} // namespace core
