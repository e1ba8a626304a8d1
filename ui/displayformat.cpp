#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace ui::display {

namespace {

bool russian()
{
    return QLocale().language() == QLocale::Russian;
}

} // namespace

QString date(QDate date)
{
    if (!date.isValid())
        return {};
    return russian() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QLocale().toString(date, QLocale::ShortFormat);
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return russian() ? local.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QLocale().toString(local, QLocale::ShortFormat);
}

QString period(const QString &key)
{
    if (key == u"once")
        return QCoreApplication::translate("ui", "once");
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression half(QStringLiteral("^(\\d{4})-H([12])$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const auto m = quarter.match(key); m.hasMatch())
        return QCoreApplication::translate("ui", "Q%1 %2").arg(m.captured(2), m.captured(1));
    if (const auto m = half.match(key); m.hasMatch())
        return QCoreApplication::translate("ui", "H%1 %2").arg(m.captured(2), m.captured(1));
    if (const auto m = month.match(key); m.hasMatch())
        return QLocale().standaloneMonthName(m.captured(2).toInt()) + u' ' + m.captured(1);
    const QDate asDate = QDate::fromString(key, Qt::ISODate);
    if (asDate.isValid())
        return date(asDate);
    return key;
}

QString status(const core::ObligationEvaluation &evaluation)
{
    const QString name = core::obligationStatusName(evaluation.status);
    if (evaluation.status == core::ObligationStatus::Overdue)
        return QCoreApplication::translate("ui", "%1 (%n days)", nullptr, evaluation.daysOverdue).arg(name);
    if (evaluation.status == core::ObligationStatus::DoneLate)
        return QCoreApplication::translate("ui", "%1 (%n days)", nullptr, evaluation.daysLate).arg(name);
    return name;
}

} // namespace ui::display
