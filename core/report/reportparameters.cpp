#include "reportparameters.h"

#include "roadmapsnapshot.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace core {

QDate ReportParameters::defaultAsOf(const ReportPeriod &period, QDate today)
{
    return std::min(period.end, today);
}

ReportPeriod ReportParameters::defaultPeriod(std::optional<QDate> asOf, QDate today, QDate roadmapStart, QDate roadmapEnd)
{
    QDate by = asOf ? *asOf : today.addDays(-1);
    if (roadmapEnd.isValid() && by > roadmapEnd)
        by = roadmapEnd;
    const ReportPeriod finished = ReportPeriod::lastQuarterEndingBy(by);
    if (roadmapStart.isValid() && finished.end < roadmapStart)
        return ReportPeriod::quarter(roadmapStart.year(), (roadmapStart.month() - 1) / 3 + 1);
    // A roadmap that ends mid-quarter: its last quarter, although the calendar one runs on.
    if (roadmapEnd.isValid() && by == roadmapEnd && finished.end < roadmapEnd)
        return ReportPeriod::quarter(roadmapEnd.year(), (roadmapEnd.month() - 1) / 3 + 1);
    return finished;
}

ReportParameterCheck ReportParameters::check(const RoadmapSnapshot &snapshot, QDate today) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("core", text); };
    const auto date = [](QDate d) { return d.toString(u"dd.MM.yyyy"); };
    ReportParameterCheck result;
    if (!period.isValid() || !asOf.isValid()) {
        result.refusal = tr("the report needs a valid period and as-of date");
        return result;
    }
    if (period.start > today) {
        result.refusal = tr("the period %1–%2 has not begun yet (today is %3)").arg(date(period.start), date(period.end), date(today));
        return result;
    }
    if (asOf < period.start) {
        result.refusal = tr("the as-of date %1 is before the period begins on %2: nothing in it could be known then")
                             .arg(date(asOf), date(period.start));
        return result;
    }

    // The roadmap reaches as far as its obligations: reports for its last year fall due after its end.
    const Roadmap &roadmap = snapshot.roadmap;
    QDate first = roadmap.periodStart;
    QDate last = roadmap.periodEnd;
    bool inPeriod = false;
    const QList<Obligation> obligations = snapshot.obligations();
    for (const Obligation &obligation : obligations) {
        if (!first.isValid() || obligation.legalDue < first)
            first = obligation.legalDue;
        if (!last.isValid() || obligation.legalDue > last)
            last = obligation.legalDue;
        if (period.contains(obligation.legalDue) && (department.isEmpty() || obligation.key.department == department)) {
            const Activity *activity = principle > 0 ? roadmap.activity(obligation.key.activity) : nullptr;
            inPeriod = inPeriod || principle == 0 || (activity && activity->principle == principle);
        }
    }
    if (first.isValid() && last.isValid() && (period.end < first || period.start > last)) {
        result.refusal = tr("the period %1–%2 lies outside the roadmap, whose obligations fall due from %3 to %4")
                             .arg(date(period.start), date(period.end), date(first), date(last));
        return result;
    }

    if (asOf > today)
        result.warnings.append(tr("the as-of date %1 is after today: the statuses assume that nothing more is reported").arg(date(asOf)));
    if (asOf < period.end)
        result.warnings.append(tr("the period is not over on the as-of date %1: what falls due after it shows as not yet due").arg(date(asOf)));
    // A period that starts before the roadmap is usual (its first year counts whole); one that
    // runs past its last obligation is probably not what was meant.
    if (last.isValid() && period.end > last)
        result.warnings.append(tr("the period %1–%2 runs past the roadmap, whose last obligation falls due on %3")
                                   .arg(date(period.start), date(period.end), date(last)));
    if (!inPeriod)
        result.warnings.append(tr("no obligation of the scope falls due in the period"));
    return result;
}

QString ReportParameters::scopeText() const
{
    QStringList scope;
    if (principle > 0)
        scope.append(QCoreApplication::translate("core", "principle %1").arg(principle));
    if (!department.isEmpty())
        scope.append(department);
    return scope.isEmpty() ? QCoreApplication::translate("core", "whole roadmap") : scope.join(QStringLiteral("; "));
}

QJsonObject ReportParameters::toJson() const
{
    QJsonObject object{
        {QStringLiteral("period"), period.key()},
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("language"), language},
    };
    if (principle > 0)
        object.insert(QStringLiteral("principle"), principle);
    if (!department.isEmpty())
        object.insert(QStringLiteral("department"), department);
    return object;
}

std::optional<ReportParameters> ReportParameters::fromJson(const QJsonObject &object)
{
    const std::optional<ReportPeriod> period = ReportPeriod::parse(object.value(QStringLiteral("period")).toString());
    const QDate asOf = QDate::fromString(object.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    if (!period || !asOf.isValid())
        return std::nullopt;
    ReportParameters parameters;
    parameters.period = *period;
    parameters.asOf = asOf;
    parameters.principle = object.value(QStringLiteral("principle")).toInt();
    parameters.department = object.value(QStringLiteral("department")).toString();
    parameters.language = object.value(QStringLiteral("language")).toString(QStringLiteral("ru"));
    return parameters;
}

} // namespace core
