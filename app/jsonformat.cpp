#include "jsonformat.h"

namespace app::json {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject obligation(const core::Obligation &obligation)
{
    QJsonObject object{
        {QStringLiteral("period"), obligation.key.period},
        {QStringLiteral("period_start"), isoDate(obligation.periodStart)},
        {QStringLiteral("period_end"), isoDate(obligation.periodEnd)},
        {QStringLiteral("nominal_due"), isoDate(obligation.nominalDue)},
        {QStringLiteral("due"), isoDate(obligation.legalDue)},
        {QStringLiteral("event_driven"), obligation.eventDriven},
        {QStringLiteral("calendar_confirmed"), obligation.calendarConfirmed},
    };
    if (obligation.disputedDue.isValid())
        object.insert(QStringLiteral("disputed_due"), isoDate(obligation.disputedDue));
    return object;
}

QJsonArray obligations(const QList<core::Obligation> &obligations)
{
    QJsonArray array;
    for (const core::Obligation &o : obligations)
        array.append(obligation(o));
    return array;
}

QJsonObject roadmapHeader(const core::Roadmap &roadmap)
{
    return {
        {QStringLiteral("title"), roadmap.title},
        {QStringLiteral("act_kind"), roadmap.actKind},
        {QStringLiteral("act_number"), roadmap.actNumber},
        {QStringLiteral("act_date"), isoDate(roadmap.actDate)},
        {QStringLiteral("approving_body"), roadmap.approvingBody},
        {QStringLiteral("period_start"), isoDate(roadmap.periodStart)},
        {QStringLiteral("period_end"), isoDate(roadmap.periodEnd)},
    };
}

QJsonArray warnings(const QList<core::ImportWarning> &warnings)
{
    QJsonArray array;
    for (const core::ImportWarning &warning : warnings)
    {
        QJsonObject object{{QStringLiteral("place"), core::describePlace(warning.place)}, {QStringLiteral("message"), warning.message}};
        if (warning.place.line > 0)
            object.insert(QStringLiteral("line"), warning.place.line);
        if (warning.place.table > 0)
            object.insert(QStringLiteral("table"), warning.place.table);
        if (warning.place.row > 0)
            object.insert(QStringLiteral("row"), warning.place.row);
        if (warning.place.paragraph > 0)
            object.insert(QStringLiteral("paragraph"), warning.place.paragraph);
        if (!warning.place.sheet.isEmpty())
            object.insert(QStringLiteral("sheet"), warning.place.sheet);
        array.append(object);
    }
    return array;
}

} // namespace app::json
