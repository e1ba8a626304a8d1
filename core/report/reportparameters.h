#pragma once

#include "reportperiod.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace core {

/// What a status report is asked for: the period, the as-of date, the scope and the language.
/// Stored with a registered report so that one can see later what it was made from.
struct ReportParameters {
    ReportPeriod period;
    QDate asOf;          ///< statuses are computed from what was known on this date
    int principle = 0;   ///< 0: every principle
    QString department;  ///< empty: every department
    QString language = QStringLiteral("ru"); ///< "ru" or "en"

    /// The as-of date when none is given: the end of the period, or today while the period
    /// is still running. A report on a finished quarter thus describes it as it stood at its end.
    static QDate defaultAsOf(const ReportPeriod &period, QDate today);
    /// The period when none is given: the last quarter finished by the as-of date (or, without
    /// one, by yesterday).
    static ReportPeriod defaultPeriod(std::optional<QDate> asOf, QDate today);

    /// "whole roadmap", "principle 3", a department's name or both, in the program's language.
    QString scopeText() const;

    QJsonObject toJson() const;
    static std::optional<ReportParameters> fromJson(const QJsonObject &object);

    friend bool operator==(const ReportParameters &, const ReportParameters &) = default;
};

} // namespace core
