#pragma once

#include "obligation.h"
#include "obligationstatus.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace core {

/// One line of the key figures (ComplianceSummary::figures()).
struct ComplianceFigure {
    enum class Kind {
        Obligations,              ///< level 0: all obligations
        Due,                      ///< level 1: decided by the as-of date
        DoneOnTime,               ///< level 2, under Due
        DoneOnTimeAfterExtension, ///< level 2
        DoneLate,                 ///< level 2
        Overdue,                  ///< level 2
        AwaitingVerificationDue,  ///< level 2: reported after or near the due date, not yet accepted
        ReturnedDue,              ///< level 2
        NotYetDue,                ///< level 1
        AwaitingVerificationNotDue, ///< level 2, under NotYetDue
        ReturnedNotDue,           ///< level 2
        NotReportedYet,           ///< level 2: due soon or later
        NotApplicable,            ///< level 1: no events in the period, outside the rates
    };

    Kind kind = Kind::Obligations;
    int count = 0;
    int level = 0; ///< 0 the total; 1 its parts; 2 the parts of a part

    friend bool operator==(const ComplianceFigure &, const ComplianceFigure &) = default;
};

/// The line's name in the program's language (the "core" context), for status, the dashboard
/// and the report dialog; printed reports word it through their own vocabulary.
QString complianceFigureName(ComplianceFigure::Kind kind);

/// Counts and rates over a set of evaluated obligations (DESIGN §4).
struct ComplianceSummary {
    int obligations = 0;
    int due = 0; ///< decided by the as-of date: due before it, or already done (not applicable excluded)
    int doneOnTime = 0;
    int doneOnTimeAfterExtension = 0;
    int doneLate = 0;
    int awaitingVerification = 0;
    int awaitingVerificationDue = 0; ///< of awaitingVerification, those whose due date has passed
    int returned = 0;
    int returnedDue = 0;             ///< of returned, those whose due date has passed
    int notApplicable = 0;
    int overdue = 0;
    int dueSoon = 0;
    int upcoming = 0;
    int totalDaysLate = 0;

    /// Obligations whose due date has not come by the as-of date and that are not done.
    int notYetDue() const { return obligations - notApplicable - due; }
    /// False when nothing is due: the rates are then meaningless and shown as «—».
    bool hasDue() const { return due > 0; }
    /// (done on time + on time after extension) / due; 0 when nothing is due.
    double onTimeRate() const;
    /// done (on time or late) / due; 0 when nothing is due.
    double executionRate() const;
    double meanDaysLate() const;

    void add(const ObligationEvaluation &evaluation, QDate asOf);

    /// The key figures, each count once, in the order they are printed: every line adds up to
    /// the sum of the lines one level deeper under it, down to the number of obligations.
    QList<ComplianceFigure> figures() const;
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
