#include "manualrule.h"

#include "deadlineparser.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace core {

namespace {

QString writtenDate(QDate date)
{
    return date.toString(u"dd.MM.yyyy"_s);
}

/// «не позднее 01.03.2019» / «до 01.03.2019».
QString byDate(QDate date, DateBound bound)
{
    return (bound == DateBound::Inclusive ? u"не позднее %1"_s : u"до %1"_s).arg(writtenDate(date));
}

/// «15 мая»
QString dayAndMonth(int day, int month)
{
    static const char16_t *const genitive[] = {u"января", u"февраля", u"марта",    u"апреля",  u"мая",    u"июня",
                                               u"июля",   u"августа", u"сентября", u"октября", u"ноября", u"декабря"};
    if (month < 1 || month > 12)
        return {};
    return u"%1 %2"_s.arg(day).arg(QString::fromUtf16(genitive[month - 1]));
}

QString periodic(const RuleForm &form)
{
    static const char16_t *const everyUnit[] = {u"ежегодно", u"раз в полугодие", u"ежеквартально", u"ежемесячно"};
    static const char16_t *const reportingUnit[] = {u"годом", u"полугодием", u"кварталом", u"месяцем"};
    const int unit = int(form.unit);
    const QString every = QString::fromUtf16(everyUnit[unit]);
    const QString bound = form.bound == DateBound::Inclusive ? u"не позднее"_s : u"до"_s;
    switch (form.due) {
    case RuleForm::Due::PeriodEnd:
        return every;
    case RuleForm::Due::DayOfNextMonth:
        if (form.day < 1 || form.day > 31)
            return {};
        return u"%1 %2 %3 числа месяца, следующего за отчетным %4"_s.arg(every, bound).arg(form.day).arg(
            QString::fromUtf16(reportingUnit[unit]));
    case RuleForm::Due::DateInNextYear:
    case RuleForm::Due::DateInSameYear: {
        // A date of the year is a yearly deadline's; the parser says so for any other unit.
        const QString date = dayAndMonth(form.day, form.month);
        if (date.isEmpty())
            return {};
        return form.due == RuleForm::Due::DateInNextYear ? u"%1 %2 %3 года, следующего за отчетным"_s.arg(every, bound, date)
                                                         : u"%1 %2 %3"_s.arg(every, bound, date);
    }
    }
    return {};
}

/// « с 01.03.2019 по 31.12.2019», or nothing when the form names no window.
QString window(const RuleForm &form)
{
    if (!form.windowStart.isValid() || !form.windowEnd.isValid())
        return {};
    return u" с %1 по %2"_s.arg(writtenDate(form.windowStart), writtenDate(form.windowEnd));
}

} // namespace

QString ruleWording(const RuleForm &form)
{
    switch (form.kind) {
    case RuleForm::Kind::Once:
        return form.date.isValid() ? byDate(form.date, form.bound) : QString();
    case RuleForm::Kind::Window:
        if (!form.date.isValid() || !form.endDate.isValid())
            return {};
        return u"с %1 %2 %3"_s.arg(writtenDate(form.date), form.bound == DateBound::Inclusive ? u"по"_s : u"до"_s,
                                   writtenDate(form.endDate));
    case RuleForm::Kind::Dates: {
        QStringList dates;
        for (const QDate &date : form.dates) {
            if (date.isValid())
                dates.append(writtenDate(date));
        }
        if (dates.isEmpty())
            return {};
        return u"%1 %2"_s.arg(form.bound == DateBound::Inclusive ? u"не позднее"_s : u"до"_s, dates.join(u", "_s));
    }
    case RuleForm::Kind::Periodic:
        return periodic(form);
    case RuleForm::Kind::Continuous:
        return u"постоянно"_s + window(form);
    case RuleForm::Kind::OnEvent:
        return u"по мере поступления"_s + window(form);
    case RuleForm::Kind::OnceThenContinuous:
        return form.date.isValid() ? byDate(form.date, form.bound) + u" и далее постоянно"_s : QString();
    case RuleForm::Kind::OnceThenPeriodic: {
        const QString then = periodic(form);
        if (!form.date.isValid() || then.isEmpty())
            return {};
        return u"%1, далее %2"_s.arg(byDate(form.date, form.bound), then);
    }
    }
    return {};
}

QString manualRuleProblem(const DeadlineParser &parser, const QString &wording)
{
    const DeadlineRule rule = parser.parse(wording);
    if (!rule.needsReview())
        return {};
    return QCoreApplication::translate("core", "the rule «%1» cannot be read either: %2").arg(wording.simplified(), rule.reviewReason);
}

DeadlineRule readActivityRule(const DeadlineParser &parser, const Activity &activity)
{
    if (activity.manualRule.isSet())
        return parser.parse(activity.manualRule.wording); // the monitor's word: no second guess
    DeadlineRule rule = parser.parse(activity.deadlineText);
    markYearsOutsidePeriod(&rule, parser.periodStart(), parser.periodEnd());
    return rule;
}

QString explainActivityRule(const Activity &activity)
{
    const QString explanation = explainDeadlineRule(activity.rule);
    if (!activity.manualRule.isSet())
        return explanation;
    return QCoreApplication::translate("core", "set by hand: %1").arg(explanation);
}

} // namespace core
