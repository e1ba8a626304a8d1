#pragma once

#include "reportperiod.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

struct RoadmapSnapshot;

/// What is wrong with report parameters: a refusal (the report is not made) or warnings (it is
/// made, and the warnings are shown beside it).
struct ReportParameterCheck {
    QString refusal;
    QStringList warnings;
};

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
    /// one, by yesterday) inside the roadmap's period: its last quarter once it is over, its
    /// first while that still runs.
    static ReportPeriod defaultPeriod(std::optional<QDate> asOf, QDate today, QDate roadmapStart, QDate roadmapEnd);

    /// Refuses a period not begun by today, a period outside the roadmap's obligations, an
    /// as-of date before the period starts; warns of an as-of date after today or before the
    /// period's end, a period only partly inside the roadmap, and a period with no obligation
    /// in the scope. Texts in the program's language.
    ReportParameterCheck check(const RoadmapSnapshot &snapshot, QDate today) const;

    /// "whole roadmap", "principle 3", a department's name or both, in the program's language.
    QString scopeText() const;

    QJsonObject toJson() const;
    static std::optional<ReportParameters> fromJson(const QJsonObject &object);

    friend bool operator==(const ReportParameters &, const ReportParameters &) = default;
};

} // namespace core
