#include "reportperiod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("core", text);
}

} // namespace

QString ReportPeriod::key() const
{
    switch (kind) {
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(year()).arg(part());
    case Kind::HalfYear:
        return QStringLiteral("%1-H%2").arg(year()).arg(part());
    case Kind::Year:
        return QString::number(year());
    case Kind::Range:
        return start.toString(Qt::ISODate) + QStringLiteral("..") + end.toString(Qt::ISODate);
    }
    return {};
}

int ReportPeriod::part() const
{
    switch (kind) {
    case Kind::Quarter:
        return (start.month() - 1) / 3 + 1;
    case Kind::HalfYear:
        return start.month() <= 6 ? 1 : 2;
    case Kind::Year:
    case Kind::Range:
        return 0;
    }
    return 0;
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const QDate start(year, (quarter - 1) * 3 + 1, 1);
    return {Kind::Quarter, start, start.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::halfYear(int year, int half)
{
    const QDate start(year, half == 1 ? 1 : 7, 1);
    return {Kind::HalfYear, start, start.addMonths(6).addDays(-1)};
}

ReportPeriod ReportPeriod::wholeYear(int year)
{
    return {Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

ReportPeriod ReportPeriod::lastQuarterEndingBy(QDate date)
{
    ReportPeriod current = quarter(date.year(), (date.month() - 1) / 3 + 1);
    if (current.end <= date)
        return current;
    const QDate previous = current.start.addDays(-1);
    return quarter(previous.year(), (previous.month() - 1) / 3 + 1);
}

std::optional<ReportPeriod> ReportPeriod::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-([QqHh])(\\d))?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (match.hasMatch()) {
        const int year = match.captured(1).toInt();
        const QString kind = match.captured(2).toUpper();
        const int number = match.captured(3).toInt();
        if (kind.isEmpty())
            return wholeYear(year);
        if (kind == u"Q" && number >= 1 && number <= 4)
            return quarter(year, number);
        if (kind == u"H" && number >= 1 && number <= 2)
            return halfYear(year, number);
    }
    const qsizetype dots = trimmed.indexOf(QStringLiteral(".."));
    if (dots > 0) {
        ReportPeriod range{Kind::Range, QDate::fromString(trimmed.left(dots), Qt::ISODate),
                           QDate::fromString(trimmed.mid(dots + 2), Qt::ISODate)};
        if (range.isValid())
            return range;
    }
    if (error) {
        *error = tr("the period \"%1\" is none of 2019-Q2, 2019-H1, 2019 or YYYY-MM-DD..YYYY-MM-DD with the start before the end")
                     .arg(trimmed);
    }
    return std::nullopt;
}

} // namespace core
