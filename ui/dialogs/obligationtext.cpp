#include "obligationtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace ui {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString sentence(const QString &message)
{
    if (message.isEmpty())
        return message;
    QString text = message.at(0).toUpper() + message.mid(1);
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

QString dayOffText(const core::WorkCalendar &calendar, const core::RoadmapSettings &settings, QDate due)
{
    const QDate legal = calendar.legalDueDate(due, settings);
    if (!due.isValid() || legal == due)
        return {};
    return QCoreApplication::translate("ui::ObligationText", "%1 is a day off: the deadline falls on %2 (Civil Code art. 193).")
        .arg(dateText(due), dateText(legal));
}

QString periodText(const core::Obligation &obligation)
{
    const QString key = obligation.key.period;
    const QDate start = obligation.periodStart;
    if (key == u"once")
        return QCoreApplication::translate("ui::ObligationText", "one-off, period %1–%2").arg(dateText(start), dateText(obligation.periodEnd));
    if (key.size() == 4)
        return QCoreApplication::translate("ui::ObligationText", "year %1").arg(key);
    if (key.size() == 7 && key.at(5) == u'H')
        return (key.at(6) == u'1' ? QCoreApplication::translate("ui::ObligationText", "1st half of %1")
                               : QCoreApplication::translate("ui::ObligationText", "2nd half of %1")).arg(key.left(4));
    if (key.size() == 7 && key.at(5) == u'Q') {
        static const char *quarters[] = {QT_TRANSLATE_NOOP("ui::ObligationText", "1st quarter %1"),
                                         QT_TRANSLATE_NOOP("ui::ObligationText", "2nd quarter %1"),
                                         QT_TRANSLATE_NOOP("ui::ObligationText", "3rd quarter %1"),
                                         QT_TRANSLATE_NOOP("ui::ObligationText", "4th quarter %1")};
        const int quarter = key.at(6).digitValue();
        if (quarter >= 1 && quarter <= 4)
            return QCoreApplication::translate("ui::ObligationText", quarters[quarter - 1]).arg(key.left(4));
    }
    if (key.size() == 7 && start.isValid())
        return QCoreApplication::translate("ui::ObligationText", "%1 %2", "month and year").arg(QLocale().standaloneMonthName(start.month()), key.left(4));
    return QCoreApplication::translate("ui::ObligationText", "period %1–%2").arg(dateText(start), dateText(obligation.periodEnd));
}

} // namespace ui
