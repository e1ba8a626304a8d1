#pragma once

#include "obligation.h"
#include "obligationstatus.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace core {

/// Counts and rates over a set of evaluated obligations (DESIGN §4).
struct ComplianceSummary {
    int obligations = 0;
    int due = 0; ///< decided by the as-of date: due before it, or already done (not applicable excluded)
    int doneOnTime = 0;
    int doneOnTimeAfterExtension = 0;
    int doneLate = 0;
    int awaitingVerification = 0;
    int returned = 0;
    int notApplicable = 0;
    int overdue = 0;
    int dueSoon = 0;
    int upcoming = 0;
    int totalDaysLate = 0;

    /// (done on time + on time after extension) / due; 0 when nothing is due.
    double onTimeRate() const;
    /// done (on time or late) / due; 0 when nothing is due.
    double executionRate() const;
    double meanDaysLate() const;

    void add(const ObligationEvaluation &evaluation, QDate asOf);
};

/// One evaluated obligation with the attributes it is grouped by.
struct EvaluatedObligation {
    Obligation obligation;
    int principle = 0;
    ObligationEvaluation evaluation;
};

/// Compliance of a whole roadmap at one date, and by principle, department and quarter of due.
struct ComplianceReport {
    QDate asOf;
    ComplianceSummary totals;
    QMap<int, ComplianceSummary> byPrinciple;
    QMap<QString, ComplianceSummary> byDepartment;
    QMap<QString, ComplianceSummary> byQuarter; ///< "2019-Q2", by the quarter of the legal due date
    QList<EvaluatedObligation> overdue;         ///< most days overdue first

    static ComplianceReport build(const QList<EvaluatedObligation> &evaluated, QDate asOf);
};

} // namespace core
