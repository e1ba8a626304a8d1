#include "reportparameters.h"

#include <QCoreApplication>
#include <QStringList>

namespace core {

QDate ReportParameters::defaultAsOf(const ReportPeriod &period, QDate today)
{
    return std::min(period.end, today);
}

ReportPeriod ReportParameters::defaultPeriod(std::optional<QDate> asOf, QDate today)
{
    return ReportPeriod::lastQuarterEndingBy(asOf ? *asOf : today.addDays(-1));
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
