#include "deadlineparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace core {

namespace {

// The patterns below match normalised wording: lower case, е for ё, '-' for every dash,
// single spaces, no year words after a year (see normalised()).

/// A month name in the cases the wording uses: «декабрь», «декабря», «в декабре».
constexpr QStringView monthWordPattern =
    u"(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе"
    u"|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])";

/// Words before a period that do not change it: «в течение 2018 года», «во II полугодии».
constexpr QStringView periodLeadPattern = u"(?:(?:в течени[ея]|в|во|до конца|к концу) )?";

constexpr QStringView continuousPattern = u"(?:постоянно|на постоянной основе)";

/// «до», «не позднее», «по», optionally after «в срок».
constexpr QStringView boundWordPattern = u"(?:в срок )?(до|не позднее|по)";

/// A date as written, in five groups: day, month, year as digits («15.03.2019», «14.05.»),
/// or day, month name, year («1 марта 2019»). The year may be missing.
QString writtenDatePattern()
{
    return u"(?:([0-9]{1,2})\\.([0-9]{1,2})(?:\\.([0-9]{4}))?\\.?|([0-9]{1,2}) %1(?: ([0-9]{4}))?)"_s.arg(
        monthWordPattern);
}

QRegularExpression wholeMatch(const QString &pattern)
{
    return QRegularExpression(u"^(?:%1)$"_s.arg(pattern));
}

/// The roadmap period that year-less wording takes its year from.
struct RoadmapPeriod {
    QDate start;
    QDate end;
};

/// Lower case, ё→е, one kind of dash and space, and no «г.»/«гг.»/«года»/«годы» after a year,
/// so that the patterns need not spell out every way of typing the same words.
QString normalised(const QString &text)
{
    QString wording = text.toLower();
    wording.replace(u'ё', u'е');
    static const QRegularExpression dashes(u"[\u2010-\u2015\u2212]"_s);
    wording.replace(dashes, u"-"_s);
    static const QRegularExpression spaces(u"[\\s\u00a0\u2007\u2009\u202f]+"_s);
    wording.replace(spaces, u" "_s);
    static const QRegularExpression spaceBeforePunctuation(u" (?=[,.;])"_s);
    wording.remove(spaceBeforePunctuation);
    static const QRegularExpression yearWord(u"([0-9]{4}) ?(?:гг|г|годы|годов|года|году|год)(?![а-я])\\.?"_s);
    wording.replace(yearWord, u"\\1"_s);
    return wording;
}

/// The text without the spaces and punctuation around it («14.05.» keeps its inner dot).
QString trimmedPart(const QString &part)
{
    static const QRegularExpression edges(u"^[ ,.;:]+|[ ,.;:]+$"_s);
    return QString(part).remove(edges);
}

/// Removes «включительно», which makes a «до» date inclusive; says whether it was there.
bool takeInclusiveMark(QString *wording)
{
    static const QRegularExpression mark(u",? включительно(?![а-я])"_s);
    const qsizetype before = wording->size();
    wording->remove(mark);
    return wording->size() != before;
}

DateBound boundNamed(const QString &boundWord)
{
    return boundWord == u"до" ? DateBound::Exclusive : DateBound::Inclusive;
}

int monthNumber(const QString &monthWord)
{
    // Stems in calendar order: «март» is tried before «ма» (май).
    static const QStringList stems = {u"январ"_s, u"феврал"_s, u"март"_s,    u"апрел"_s,   u"ма"_s,     u"июн"_s,
                                      u"июл"_s,   u"август"_s, u"сентябр"_s, u"октябр"_s, u"ноябр"_s, u"декабр"_s};
    for (qsizetype index = 0; index < stems.size(); ++index) {
        if (monthWord.startsWith(stems.at(index)))
            return int(index) + 1;
    }
    return 0;
}

/// «I», «2», «второе», «4-й»: the number of a half-year or quarter, 0 when it is none of 1–4.
int ordinalNumber(const QString &word)
{
    static const QStringList romans = {u"i"_s, u"ii"_s, u"iii"_s, u"iv"_s};
    static const QStringList wordStems = {u"перв"_s, u"втор"_s, u"трет"_s, u"четверт"_s};
    if (const qsizetype roman = romans.indexOf(word); roman >= 0)
        return int(roman) + 1;
    for (qsizetype index = 0; index < wordStems.size(); ++index) {
        if (word.startsWith(wordStems.at(index)))
            return int(index) + 1;
    }
    static const QRegularExpression digits(u"^[0-9]+"_s);
    const int number = digits.match(word).captured().toInt();
    return number >= 1 && number <= 4 ? number : 0;
}

/// A date as written; year is 0 when the wording leaves it out.
struct WrittenDate {
    int day = 0;
    int month = 0;
    int year = 0;

    QString toString() const
    {
        const QString dayMonth = u"%1.%2"_s.arg(day, 2, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
        return year == 0 ? dayMonth : u"%1.%2"_s.arg(dayMonth).arg(year);
    }
};

/// Reads the five groups of writtenDatePattern() that start at firstGroup.
WrittenDate writtenDate(const QRegularExpressionMatch &match, int firstGroup)
{
    if (!match.captured(firstGroup).isEmpty()) {
        return {match.captured(firstGroup).toInt(), match.captured(firstGroup + 1).toInt(),
                match.captured(firstGroup + 2).toInt()};
    }
    return {match.captured(firstGroup + 3).toInt(), monthNumber(match.captured(firstGroup + 4)),
            match.captured(firstGroup + 5).toInt()};
}

bool isDayOfMonth(const WrittenDate &written)
{
    return QDate(2000, written.month, written.day).isValid(); // 2000 is a leap year: 29.02 exists
}

QString missingYearProblem(const QString &wording)
{
    return QCoreApplication::translate("core", "\"%1\" has no year, and no roadmap period is given to take it from")
        .arg(wording);
}

QString outsidePeriodProblem(const QString &wording)
{
    return QCoreApplication::translate("core", "\"%1\" has no year, and it does not fall within the roadmap period")
        .arg(wording);
}

/// The date as written; a missing year is taken from the roadmap: the first such date on or
/// after its start.
QDate resolvedDate(const WrittenDate &written, const RoadmapPeriod &roadmap, QString *problem)
{
    if (!isDayOfMonth(written) || (written.year != 0 && !QDate(written.year, written.month, written.day).isValid())) {
        *problem = QCoreApplication::translate("core", "%1 is not a valid date").arg(written.toString());
        return {};
    }
    if (written.year != 0)
        return QDate(written.year, written.month, written.day);
    if (!roadmap.start.isValid()) {
        *problem = missingYearProblem(written.toString());
        return {};
    }
    // Terminates: the day exists in leap years at least.
    for (int year = roadmap.start.year();; ++year) {
        const QDate date(year, written.month, written.day);
        if (!date.isValid() || date < roadmap.start)
            continue;
        if (roadmap.end.isValid() && date > roadmap.end) {
            *problem = outsidePeriodProblem(written.toString());
            return {};
        }
        return date;
    }
}

DeadlineComponent continuousComponent(QDate windowStart = {}, QDate windowEnd = {})
{
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::Continuous;
    component.windowStart = windowStart;
    component.windowEnd = windowEnd;
    return component;
}

/// Once, by the last day of a year, half-year, quarter or month.
DeadlineComponent oneOffClosing(QDate periodStart, QDate periodEnd)
{
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::OneOff;
    component.dates = {periodEnd};
    component.periodStart = periodStart;
    component.periodEnd = periodEnd;
    return component;
}

/// Once, by a written date; the period it closes ends on the last allowed day.
DeadlineComponent oneOffBy(QDate date, DateBound bound)
{
    const QDate lastDay = bound == DateBound::Inclusive ? date : date.addDays(-1);
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::OneOff;
    component.dates = {date};
    component.bound = bound;
    component.periodStart = lastDay;
    component.periodEnd = lastDay;
    return component;
}

// Each reader below says whether the part has its shape. When it has, the reader either fills
// the component or, when the shape is right but the content is not (31.02, "V квартал"), the problem.

/// «постоянно», «на постоянной основе», «в течение всего периода».
bool readContinuous(const QString &part, const RoadmapPeriod &, DeadlineComponent *component, QString *)
{
    static const QRegularExpression pattern = wholeMatch(
        u"%1|в течени[ея] (?:всего )?(?:периода|срока)(?: действия)?(?: (?:плана|программы|дорожной карты))?"_s.arg(
            continuousPattern));
    if (!pattern.match(part).hasMatch())
        return false;
    *component = continuousComponent();
    return true;
}

/// «по мере поступления», «Постоянно, по мере изменения информации»: whatever the event is,
/// as long as the phrase names nothing else (no dates, no «но не реже …»).
bool readOnEvent(const QString &part, const RoadmapPeriod &, DeadlineComponent *component, QString *)
{
    static const QRegularExpression pattern =
        wholeMatch(u"(?:%1,? )?по мере [а-я]+(?:[ -][а-я]+)*"_s.arg(continuousPattern));
    if (!pattern.match(part).hasMatch())
        return false;
    component->kind = DeadlineComponent::Kind::OnEvent;
    return true;
}

/// «2018 год», «в течение 2018 года» (once, by 31.12); «2018-2019г.», «постоянно в 2018 году»
/// (continuous within the years).
bool readYears(const QString &part, const RoadmapPeriod &, DeadlineComponent *component, QString *problem)
{
    static const QRegularExpression pattern =
        wholeMatch(u"(%1,? )?%2([0-9]{4})(?: ?- ?([0-9]{4}))?"_s.arg(continuousPattern, periodLeadPattern));
    const QRegularExpressionMatch match = pattern.match(part);
    if (!match.hasMatch())
        return false;
    const int firstYear = match.captured(2).toInt();
    const bool isRange = !match.captured(3).isEmpty();
    const int lastYear = isRange ? match.captured(3).toInt() : firstYear;
    if (lastYear < firstYear) {
        *problem = QCoreApplication::translate("core", "the years %1-%2 run backwards").arg(firstYear).arg(lastYear);
        return true;
    }
    const QDate first(firstYear, 1, 1);
    const QDate last(lastYear, 12, 31);
    const bool continuous = isRange || !match.captured(1).isEmpty();
    *component = continuous ? continuousComponent(first, last) : oneOffClosing(first, last);
    return true;
}

/// «I полугодие 2018», «4 квартал 2020 года», «декабрь 2018 г.», «апрель» (year from the roadmap).
bool readCalendarPeriod(const QString &part, const RoadmapPeriod &roadmap, DeadlineComponent *component,
                        QString *problem)
{
    static const QRegularExpression pattern =
        wholeMatch(u"%1(?:([0-9]+(?:-?[а-я]{1,2})?|[ivx]+|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*)"
                   u" (полугоди[еяи]|квартал[аеу]?)|%2)(?: ([0-9]{4}))?"_s.arg(periodLeadPattern, monthWordPattern));
    const QRegularExpressionMatch match = pattern.match(part);
    if (!match.hasMatch())
        return false;

    int firstMonth = 0;
    int months = 1;
    if (!match.captured(2).isEmpty()) {
        const bool halfYear = match.captured(2).startsWith(u"полугод");
        const int number = ordinalNumber(match.captured(1));
        if (number == 0 || (halfYear && number > 2)) {
            *problem = (halfYear ? QCoreApplication::translate("core", "there is no half-year \"%1\"")
                                 : QCoreApplication::translate("core", "there is no quarter \"%1\""))
                           .arg(match.captured(1).toUpper());
            return true;
        }
        months = halfYear ? 6 : 3;
        firstMonth = (number - 1) * months + 1;
    } else {
        firstMonth = monthNumber(match.captured(3));
    }

    const auto periodIn = [&](int year) {
        const QDate start(year, firstMonth, 1);
        return std::pair{start, start.addMonths(months).addDays(-1)};
    };
    int year = match.captured(4).toInt();
    if (year == 0) {
        if (!roadmap.start.isValid()) {
            *problem = missingYearProblem(part);
            return true;
        }
        year = roadmap.start.year();
        if (periodIn(year).second < roadmap.start)
            ++year;
        if (roadmap.end.isValid() && periodIn(year).first > roadmap.end) {
            *problem = outsidePeriodProblem(part);
            return true;
        }
    }
    const auto [start, end] = periodIn(year);
    *component = oneOffClosing(start, end);
    return true;
}

/// «до 1 июля 2018 года», «не позднее 01.07.2018», «по 30 июня 2019 г.», «до 15.12.2018
/// включительно»; several of them («15.03.2019, 15.03.2020») are fixed dates.
bool readDates(const QString &part, const RoadmapPeriod &roadmap, DeadlineComponent *component, QString *problem)
{
    static const QRegularExpression itemPattern =
        wholeMatch(u"(?:%1 )?%2"_s.arg(boundWordPattern, writtenDatePattern()));
    static const QRegularExpression separator(u"[,;] ?| и "_s);

    // First the shape of every item, so that a part that is not a list of dates reports nothing.
    QList<QRegularExpressionMatch> matches;
    std::optional<DateBound> statedBound;
    bool boundsDiffer = false;
    for (QString item : part.split(separator)) {
        const bool inclusiveMark = takeInclusiveMark(&item);
        const QRegularExpressionMatch match = itemPattern.match(item);
        if (!match.hasMatch())
            return false;
        std::optional<DateBound> bound;
        if (inclusiveMark)
            bound = DateBound::Inclusive;
        else if (!match.captured(1).isEmpty())
            bound = boundNamed(match.captured(1));
        if (bound) {
            boundsDiffer = boundsDiffer || (statedBound && *statedBound != *bound);
            statedBound = bound;
        }
        matches.append(match);
    }

    QList<QDate> dates;
    for (const QRegularExpressionMatch &match : std::as_const(matches)) {
        dates.append(resolvedDate(writtenDate(match, 2), roadmap, problem));
        if (!problem->isEmpty())
            return true;
    }
    if (boundsDiffer) {
        *problem = QCoreApplication::translate(
            "core", "the dates mix \"до\" (the date excluded) with \"не позднее\" or \"по\" (the date included)");
        return true;
    }

    const DateBound bound = statedBound.value_or(DateBound::Inclusive);
    if (dates.size() == 1) {
        *component = oneOffBy(dates.first(), bound);
    } else {
        component->kind = DeadlineComponent::Kind::FixedDates;
        component->dates = dates;
        component->bound = bound;
    }
    return true;
}

/// The reporting period a word names: «ежегодно», «квартал», «отчетным полугодием».
std::optional<PeriodUnit> unitNamed(const QString &word)
{
    if (word.contains(u"полугод") || word.contains(u"полгода"))
        return PeriodUnit::HalfYear;
    if (word.contains(u"квартал"))
        return PeriodUnit::Quarter;
    if (word.contains(u"месяц") || word.contains(u"месяч"))
        return PeriodUnit::Month;
    if (word.contains(u"год"))
        return PeriodUnit::Year;
    return std::nullopt;
}

/// «ежегодно», «ежеквартально до 5 числа месяца, следующего за отчетным», «ежегодно не позднее
/// 14.05. года, следующего за отчетным»; also without the «еже-» word where the due date names
/// the reporting period («не позднее 15 числа месяца, следующего за отчетным кварталом»).
bool readPeriodic(const QString &part, const RoadmapPeriod &, DeadlineComponent *component, QString *problem)
{
    static const QRegularExpression unitPattern(
        u"^(?:(ежегодно|ежеполугодно|ежеквартально|ежемесячно)"
        u"|(?:не реже )?(?:(?:один|одного|1) )?раза? в (год|полугодие|полгода|квартал|месяц))(?:,? (.*))?$"_s);
    const QRegularExpressionMatch unitMatch = unitPattern.match(part);
    const std::optional<PeriodUnit> statedUnit =
        unitMatch.hasMatch() ? unitNamed(unitMatch.captured(1) + unitMatch.captured(2)) : std::nullopt;
    QString dueWording = unitMatch.hasMatch() ? unitMatch.captured(3) : part;

    if (dueWording.isEmpty()) {
        component->kind = DeadlineComponent::Kind::Periodic;
        component->unit = *statedUnit;
        return true;
    }

    const bool inclusiveMark = takeInclusiveMark(&dueWording);
    static const QRegularExpression dayOfNextMonthPattern = wholeMatch(
        u"%1 ([0-9]{1,2})(?:-?го)? числа (?:следующего месяца|месяца,? следующего за (?:отчетным|истекшим)"
        u"(?: (кварталом|месяцем|полугодием|годом|периодом))?)"_s.arg(boundWordPattern));
    static const QRegularExpression dateInNextYearPattern = wholeMatch(
        u"%1 %2,? года,? следующего за (?:отчетным|истекшим)(?: (годом))?"_s.arg(boundWordPattern,
                                                                               writtenDatePattern()));
    static const QRegularExpression dateInSameYearPattern = wholeMatch(
        u"%1 %2(?: (?:текущего|отчетного) года)?"_s.arg(boundWordPattern, writtenDatePattern()));

    DueAnchor anchor;
    std::optional<PeriodUnit> reportingUnit; // the period the due date counts from, if it says
    WrittenDate written;
    QRegularExpressionMatch match = dayOfNextMonthPattern.match(dueWording);
    if (match.hasMatch()) {
        anchor.kind = DueAnchor::Kind::DayOfNextMonth;
        anchor.day = match.captured(2).toInt();
        reportingUnit = unitNamed(match.captured(3));
    } else if (match = dateInNextYearPattern.match(dueWording); match.hasMatch()) {
        anchor.kind = DueAnchor::Kind::DateInNextYear;
        written = writtenDate(match, 2);
        reportingUnit = PeriodUnit::Year;
    } else if (match = dateInSameYearPattern.match(dueWording); match.hasMatch() && statedUnit) {
        anchor.kind = DueAnchor::Kind::DateInSameYear;
        written = writtenDate(match, 2);
    } else if (statedUnit) {
        *problem = QCoreApplication::translate("core", "could not read when the periodic deadline \"%1\" falls due")
                       .arg(part);
        return true;
    } else {
        return false;
    }
    anchor.bound = inclusiveMark ? DateBound::Inclusive : boundNamed(match.captured(1));

    if (!statedUnit && !reportingUnit) {
        *problem = QCoreApplication::translate("core", "\"%1\" does not say how often it falls due").arg(part);
        return true;
    }
    if (statedUnit && reportingUnit && statedUnit != reportingUnit) {
        *problem = QCoreApplication::translate("core", "\"%1\" names a reporting period that does not match how often "
                                                       "it falls due")
                       .arg(part);
        return true;
    }
    const PeriodUnit unit = statedUnit ? *statedUnit : *reportingUnit;

    if (anchor.kind == DueAnchor::Kind::DayOfNextMonth) {
        if (anchor.day < 1 || anchor.day > 31) {
            *problem = QCoreApplication::translate("core", "there is no day %1 in a month").arg(anchor.day);
            return true;
        }
    } else {
        if (written.year != 0 || !isDayOfMonth(written)) {
            *problem = QCoreApplication::translate("core", "\"%1\" is not a day and month of the year")
                           .arg(written.toString());
            return true;
        }
        if (unit != PeriodUnit::Year) {
            *problem = QCoreApplication::translate("core", "\"%1\" names a date of the year, which fits only a "
                                                           "yearly deadline")
                           .arg(part);
            return true;
        }
        anchor.day = written.day;
        anchor.month = written.month;
    }
    component->kind = DeadlineComponent::Kind::Periodic;
    component->unit = unit;
    component->anchor = anchor;
    return true;
}

using PartReader = bool (*)(const QString &part, const RoadmapPeriod &roadmap, DeadlineComponent *component,
                            QString *problem);

/// One part of a sequence as a component, or why it cannot be read.
std::optional<DeadlineComponent> readPart(const QString &part, const RoadmapPeriod &roadmap, QString *problem)
{
    static constexpr PartReader readers[] = {readContinuous,     readOnEvent, readYears,
                                             readCalendarPeriod, readDates,   readPeriodic};
    for (const PartReader reader : readers) {
        DeadlineComponent component;
        if (!reader(part, roadmap, &component, problem))
            continue;
        if (!problem->isEmpty())
            return std::nullopt;
        return component;
    }
    *problem = QCoreApplication::translate("core", "\"%1\" is not a deadline wording the program can read").arg(part);
    return std::nullopt;
}

} // namespace

DeadlineParser::DeadlineParser(QDate periodStart, QDate periodEnd)
    : m_periodStart(periodStart)
    , m_periodEnd(periodEnd)
{
}

DeadlineRule DeadlineParser::parse(const QString &text) const
{
    DeadlineRule rule;
    rule.text = text;
    const QString wording = trimmedPart(normalised(text));
    if (wording.isEmpty()) {
        rule.reviewReason = QCoreApplication::translate("core", "the deadline is empty");
        return rule;
    }

    // «I полугодие 2018 и далее постоянно», «…, в дальнейшем – ежегодно»: each part is read on
    // its own, in order.
    static const QRegularExpression sequenceSeparator(
        u"(?:^|[ ,]+)(?:и |а )?(?:далее|в дальнейшем)(?:[ ,]*-)?(?=[ ,]|$)"_s);
    QStringList problems;
    for (const QString &rawPart : wording.split(sequenceSeparator)) {
        const QString part = trimmedPart(rawPart);
        if (part.isEmpty()) {
            problems.append(QCoreApplication::translate("core", "a part before or after \"далее\" is missing"));
            continue;
        }
        QString problem;
        if (const std::optional<DeadlineComponent> component = readPart(part, {m_periodStart, m_periodEnd}, &problem))
            rule.components.append(*component);
        else
            problems.append(problem);
    }
    if (!problems.isEmpty()) {
        rule.components.clear();
        rule.reviewReason = problems.join(u"; ");
    }
    return rule;
}

} // namespace core
