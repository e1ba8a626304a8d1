#include "deadlineparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

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

/// «постоянно», «на постоянной основе»; the whole period of the plan: «в течение всего периода»,
/// «весь период», «весь срок реализации», «на протяжении срока действия плана», «в период реализации».
bool readContinuous(const QString &part, const RoadmapPeriod &, DeadlineComponent *component, QString *)
{
    static const QRegularExpression pattern = wholeMatch(
        u"%1|(?:в течени[ея]|на протяжении) (?:всего )?(?:периода|срока)%2%3|весь (?:период|срок)%2%3"
        u"|в (?:период|срок) (?:действия|реализации)%3"_s.arg(
            continuousPattern, u"(?: (?:действия|реализации))?"_s,
            u"(?: (?:плана|программы|подпрограммы|дорожной карты|мероприяти[йя]))?"_s));
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
        wholeMatch(u"(?!.* не реже )(?:%1,? )?по мере [а-я]+(?:[ -][а-я]+)*"_s.arg(continuousPattern));
    if (!pattern.match(part).hasMatch())
        return false;
    component->kind = DeadlineComponent::Kind::OnEvent;
    return true;
}

/// «постоянно с 01.03.2019 по 31.12.2019», «по мере поступления с 01.03.2019 по 31.12.2020»:
/// continuous or on event within dated bounds (the form a rule set by hand takes for a window
/// that is not whole years).
bool readDatedWindow(const QString &part, const RoadmapPeriod &, DeadlineComponent *component, QString *problem)
{
    static const QRegularExpression pattern = wholeMatch(
        u"(%1|по мере [а-я]+(?:[ -][а-я]+)*),? (?:в период )?с ([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4}) (?:по|до) "
        u"([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})"_s.arg(continuousPattern));
    const QRegularExpressionMatch match = pattern.match(part);
    if (!match.hasMatch())
        return false;
    const QDate first(match.captured(4).toInt(), match.captured(3).toInt(), match.captured(2).toInt());
    const QDate last(match.captured(7).toInt(), match.captured(6).toInt(), match.captured(5).toInt());
    if (!first.isValid() || !last.isValid()) {
        const QString wrong = first.isValid() ? u"%1.%2.%3"_s.arg(match.captured(5), match.captured(6), match.captured(7))
                                              : u"%1.%2.%3"_s.arg(match.captured(2), match.captured(3), match.captured(4));
        *problem = QCoreApplication::translate("core", "there is no date %1").arg(wrong);
        return true;
    }
    if (last < first) {
        *problem = QCoreApplication::translate("core", "the window %1-%2 runs backwards")
                       .arg(first.toString(u"dd.MM.yyyy"_s), last.toString(u"dd.MM.yyyy"_s));
        return true;
    }
    *component = continuousComponent(first, last);
    if (match.captured(1).startsWith(u"по мере"))
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
                   u" (полугоди[еяи]|квартал(?:[аеуы]|ах)?)|%2)(?: ([0-9]{4}))?"_s.arg(periodLeadPattern, monthWordPattern));
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
    const bool yearFromRoadmap = year == 0;
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
    // No year in a plan of several years: once or every year? Read once, and said so.
    if (yearFromRoadmap && roadmap.end.isValid() && roadmap.start.year() != roadmap.end.year())
        component->note = ReadingNote::YearFromRoadmap;
    return true;
}

/// Removes a time of day written after a date («22 июня 10.00 ч.», «15.05.2019 в 11:00») and
/// returns it. A time needs «в», a colon or «ч.», so that «15.06. 15.08» stays two dates.
QTime takeTimeOfDay(QString *wording)
{
    static const QRegularExpression pattern(u",? (в )?([0-9]{1,2})([.:])([0-9]{2})( ?ч(?:ас[а-я]*)?\\.?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(*wording);
    if (!match.hasMatch()
        || (match.captured(1).isEmpty() && match.captured(3) != u":" && match.captured(5).isEmpty()))
        return {};
    const QTime time(match.captured(2).toInt(), match.captured(4).toInt());
    if (time.isValid())
        wording->truncate(match.capturedStart());
    return time;
}

/// One item of a list or a range: a date («10 марта», «15.06.»), or a month, quarter or
/// half-year («март», «II квартал»). The year is 0 when the item leaves it out.
struct CalendarItem {
    QString text;  ///< as written, for messages
    int day = 0;   ///< 0: the item is the months [month, month + months)
    int month = 0;
    int months = 1;
    int year = 0;
    std::optional<DateBound> bound; ///< the «до»/«не позднее»/«по» written before a date

    bool isDate() const { return day != 0; }
    bool existsIn(int inYear) const { return !isDate() || QDate(inYear, month, day).isValid(); }
    /// The last day the item covers in a year; a day the month lacks (29.02) is its last day.
    QDate last(int inYear) const
    {
        const QDate firstOfMonth(inYear, month, 1);
        if (isDate())
            return QDate(inYear, month, qMin(day, firstOfMonth.daysInMonth()));
        return firstOfMonth.addMonths(months).addDays(-1);
    }
    QDate first(int inYear) const { return isDate() ? last(inYear) : QDate(inYear, month, 1); }
};

/// The month, quarter or half-year named by «март», «II квартал», «второе полугодие 2019».
std::optional<CalendarItem> calendarPeriodItem(const QString &text, QString *problem)
{
    static const QRegularExpression pattern =
        wholeMatch(u"(?:([0-9]+(?:-?[а-я]{1,2})?|[ivx]+|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*)"
                   u" (полугоди[а-я]*|квартал[а-я]*)|%1)(?: ([0-9]{4}))?"_s.arg(monthWordPattern));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    CalendarItem item;
    item.text = text;
    item.year = match.captured(4).toInt();
    if (match.captured(2).isEmpty()) {
        item.month = monthNumber(match.captured(3));
        return item;
    }
    const bool halfYear = match.captured(2).startsWith(u"полугод");
    const int number = ordinalNumber(match.captured(1));
    if (number == 0 || (halfYear && number > 2)) {
        *problem = (halfYear ? QCoreApplication::translate("core", "there is no half-year \"%1\"")
                             : QCoreApplication::translate("core", "there is no quarter \"%1\""))
                       .arg(match.captured(1).toUpper());
    }
    item.months = halfYear ? 6 : 3;
    item.month = (number - 1) * item.months + 1;
    return item;
}

/// A date, optionally after «до»/«не позднее»/«по»: «до 1 марта 2019», «15.06.».
std::optional<CalendarItem> calendarDateItem(const QString &text)
{
    static const QRegularExpression pattern = wholeMatch(u"(?:%1 )?%2"_s.arg(boundWordPattern, writtenDatePattern()));
    QString wording = text;
    const bool inclusiveMark = takeInclusiveMark(&wording);
    const QRegularExpressionMatch match = pattern.match(wording);
    if (!match.hasMatch())
        return std::nullopt;
    const WrittenDate written = writtenDate(match, 2);
    CalendarItem item;
    item.text = written.toString();
    item.day = written.day;
    item.month = written.month;
    item.year = written.year;
    if (inclusiveMark)
        item.bound = DateBound::Inclusive;
    else if (!match.captured(1).isEmpty())
        item.bound = boundNamed(match.captured(1));
    return item;
}

/// The years of the items, read in calendar order (DESIGN §3). A year written at the end covers
/// the items before it; items after the last written year, or in a list with no year at all,
/// run forwards from the previous item — «июль, февраль» continues into the next year — and
/// the first item of a list with no year is the first such on or after the roadmap start.
std::optional<QList<int>> itemYears(const QList<CalendarItem> &items, const RoadmapPeriod &roadmap, QString *problem)
{
    QList<int> years;
    for (const CalendarItem &item : items) {
        if (item.month < 1 || item.month > 12 || (item.isDate() && !QDate(2000, item.month, item.day).isValid())
            || (item.year != 0 && !item.existsIn(item.year))) {
            *problem = QCoreApplication::translate("core", "%1 is not a valid date").arg(item.text);
            return std::nullopt;
        }
        years.append(item.year);
    }

    // Before a written year: the same year, as long as the items run forwards to it. A list
    // that goes back before its only year («октябрь, февраль 2013») could mean either year.
    for (qsizetype index = items.size() - 2; index >= 0; --index) {
        if (years.at(index) != 0 || years.at(index + 1) == 0)
            continue;
        const int year = years.at(index + 1);
        if (!items.at(index).existsIn(year) || items.at(index).last(year) >= items.at(index + 1).first(year)) {
            *problem = QCoreApplication::translate("core", "\"%1\" comes after \"%2\" in the calendar, and the year "
                                                           "written once does not say which year it falls in")
                           .arg(items.at(index).text, items.at(index + 1).text);
            return std::nullopt;
        }
        years[index] = year;
    }

    const bool fromRoadmap = years.first() == 0;
    for (qsizetype index = 0; index < items.size(); ++index) {
        if (years.at(index) != 0)
            continue;
        const CalendarItem &item = items.at(index);
        int year = 0;
        if (index == 0) {
            if (!roadmap.start.isValid()) {
                *problem = missingYearProblem(item.text);
                return std::nullopt;
            }
            year = roadmap.start.year();
            if (item.last(year) < roadmap.start)
                ++year;
        } else {
            const QDate previousEnd = items.at(index - 1).last(years.at(index - 1));
            year = previousEnd.year();
            if (item.first(year) <= previousEnd)
                ++year;
        }
        if (fromRoadmap && roadmap.end.isValid() && item.first(year) > roadmap.end) {
            *problem = outsidePeriodProblem(item.text);
            return std::nullopt;
        }
        years[index] = year;
    }
    return years;
}

/// The dates named by the items, with one bound for all: a list may not mix «до» with
/// «не позднее».
std::optional<DateBound> commonBound(const QList<CalendarItem> &items, QString *problem)
{
    std::optional<DateBound> stated;
    for (const CalendarItem &item : items) {
        if (!item.bound)
            continue;
        if (stated && *stated != *item.bound) {
            *problem = QCoreApplication::translate(
                "core", "the dates mix \"до\" (the date excluded) with \"не позднее\" or \"по\" (the date included)");
            return std::nullopt;
        }
        stated = item.bound;
    }
    return stated.value_or(DateBound::Inclusive);
}

enum class ItemsRead {
    NotItems, ///< a text is neither a date nor a period: the wording is not a list or range
    Problem,  ///< every text has the shape of one, but one cannot be read (*problem says why)
    Read,
};

/// The items of a list or range, each a date or a period («10 марта», «апрель», «II квартал»);
/// a range's ends take no «до»/«не позднее» of their own (boundsAllowed false).
ItemsRead readCalendarItems(const QStringList &texts, bool boundsAllowed, QList<CalendarItem> *items, QString *problem)
{
    QString itemProblem;
    for (const QString &text : texts) {
        std::optional<CalendarItem> item = calendarDateItem(text);
        if (item && item->bound && !boundsAllowed)
            return ItemsRead::NotItems;
        if (!item)
            item = calendarPeriodItem(text, &itemProblem);
        if (!item)
            return ItemsRead::NotItems;
        items->append(*item);
    }
    if (!itemProblem.isEmpty()) {
        *problem = itemProblem;
        return ItemsRead::Problem;
    }
    return ItemsRead::Read;
}

/// «до 1 июля 2018 года», «не позднее 01.07.2018», «22 июня 10.00 ч.»; lists with the year
/// written once or not at all: «10 марта, 24 марта, 7 апреля 2012», «15 января и 15 июля»,
/// «15.06. 15.08.2011», «Март, Апрель, Май 2012 года», «октябрь, февраль». One item is a one-off;
/// several are fixed dates, a month or quarter due by its last day.
bool readCalendarList(const QString &part, const RoadmapPeriod &roadmap, DeadlineComponent *component,
                      QString *problem)
{
    static const QRegularExpression separator(u"[,;] ?| и |(?<=\\.) (?=[0-9])"_s);
    QString wording = part;
    const QTime timeOfDay = takeTimeOfDay(&wording);

    // First the shape of every item, so that a part that is not a list reports nothing.
    QList<CalendarItem> items;
    if (const ItemsRead read = readCalendarItems(wording.split(separator), true, &items, problem); read != ItemsRead::Read)
        return read == ItemsRead::Problem;

    const std::optional<QList<int>> years = itemYears(items, roadmap, problem);
    if (!years)
        return true;
    const std::optional<DateBound> bound = commonBound(items, problem);
    if (!bound)
        return true;

    // No year at all in a plan of several years: once or every year? Read once, and said so.
    const bool yearFromRoadmap = roadmap.start.isValid() && roadmap.end.isValid() && roadmap.start.year() != roadmap.end.year()
        && std::all_of(items.cbegin(), items.cend(), [](const CalendarItem &item) { return item.year == 0; });
    if (items.size() == 1) {
        const CalendarItem &item = items.first();
        const int year = years->first();
        if (!item.isDate()) {
            *component = oneOffClosing(item.first(year), item.last(year));
        } else if (!item.existsIn(year)) {
            // «до 29 февраля» in a common year: the last day that exists, for «до» too.
            *component = oneOffBy(item.last(year), DateBound::Inclusive);
            component->note = ReadingNote::LastDayOfShortMonth;
        } else {
            *component = oneOffBy(item.last(year), *bound);
        }
        if (yearFromRoadmap && component->note == ReadingNote::None)
            component->note = ReadingNote::YearFromRoadmap;
        component->timeOfDay = timeOfDay;
        return true;
    }

    const bool anyPeriod = std::any_of(items.cbegin(), items.cend(), [](const CalendarItem &item) {
        return !item.isDate();
    });
    component->kind = DeadlineComponent::Kind::FixedDates;
    component->bound = *bound;
    component->timeOfDay = timeOfDay;
    if (yearFromRoadmap)
        component->note = ReadingNote::YearFromRoadmap;
    for (qsizetype index = 0; index < items.size(); ++index) {
        const CalendarItem &item = items.at(index);
        const int year = years->at(index);
        if (!item.existsIn(year)) {
            *problem = QCoreApplication::translate("core", "%1 does not exist in %2").arg(item.text).arg(year);
            return true;
        }
        component->dates.append(item.last(year));
        if (anyPeriod) {
            const QDate lastAllowed = *bound == DateBound::Exclusive ? item.last(year).addDays(-1) : item.last(year);
            component->periodStarts.append(item.isDate() ? lastAllowed : item.first(year));
        }
    }
    if (anyPeriod && *bound == DateBound::Exclusive) {
        *problem = QCoreApplication::translate("core", "\"до\" before a month or quarter is not read");
        return true;
    }
    return true;
}

/// A window with its due date at the end: «март-апрель», «январь – март 2019 г.», «II–III
/// кварталы 2019 года», «С 18 марта по 30 марта 2020», «с 18 по 30 марта 2020». Once, closing
/// the whole range.
bool readRange(const QString &part, const RoadmapPeriod &roadmap, DeadlineComponent *component, QString *problem)
{
    static const QRegularExpression dashRange(u"^(?:с )?([^-]+?) ?- ?([^-]+)$"_s);
    static const QRegularExpression fromToRange(u"^с (.+?) (по|до) (.+)$"_s);
    static const QRegularExpression bareOrdinal(u"^([0-9]+|[ivx]+)$"_s);
    static const QRegularExpression bareDay(u"^[0-9]{1,2}$"_s);
    static const QRegularExpression unitAndYear(u"^[^ ]+ (.+)$"_s);
    static const QRegularExpression monthAndYear(u"^[0-9]{1,2} (.+)$"_s);

    QString firstText;
    QString lastText;
    DateBound bound = DateBound::Inclusive;
    if (const QRegularExpressionMatch match = fromToRange.match(part); match.hasMatch()) {
        firstText = match.captured(1);
        lastText = match.captured(3);
        bound = boundNamed(match.captured(2));
    } else if (const QRegularExpressionMatch match = dashRange.match(part); match.hasMatch()) {
        firstText = match.captured(1);
        lastText = match.captured(2);
    } else {
        return false;
    }
    // «II–III кварталы»: the unit is written once, after the last number; «с 18 по 30 марта»:
    // the month once, after the last day.
    if (bareOrdinal.match(firstText).hasMatch()) {
        if (const QRegularExpressionMatch unit = unitAndYear.match(lastText); unit.hasMatch())
            firstText += u' ' + unit.captured(1).section(u' ', 0, 0);
    } else if (bareDay.match(firstText).hasMatch()) {
        if (const QRegularExpressionMatch month = monthAndYear.match(lastText); month.hasMatch())
            firstText += u' ' + month.captured(1).section(u' ', 0, 0);
    }

    QList<CalendarItem> items;
    if (const ItemsRead read = readCalendarItems({firstText, lastText}, false, &items, problem); read != ItemsRead::Read)
        return read == ItemsRead::Problem;
    const std::optional<QList<int>> years = itemYears(items, roadmap, problem);
    if (!years)
        return true;
    const CalendarItem &last = items.last();
    const int lastYear = years->last();
    if (!items.first().existsIn(years->first()) || !last.existsIn(lastYear)) {
        *problem = QCoreApplication::translate("core", "%1 does not exist in %2").arg(last.text).arg(lastYear);
        return true;
    }
    const QDate end = last.last(lastYear);
    if (bound == DateBound::Exclusive && !last.isDate()) {
        *problem = QCoreApplication::translate("core", "\"до\" before a month or quarter is not read");
        return true;
    }
    *component = oneOffClosing(items.first().first(years->first()),
                               bound == DateBound::Exclusive ? end.addDays(-1) : end);
    component->dates = {end};
    component->bound = bound;
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

/// The number a word names: «5», «одного», «двух»; 0 when it is none.
int countNamed(const QString &word)
{
    static const QStringList stems = {u"од"_s, u"дв"_s, u"тр"_s};
    if (word.isEmpty())
        return 1;
    for (qsizetype index = 0; index < stems.size(); ++index) {
        if (word.startsWith(stems.at(index)))
            return int(index) + 1;
    }
    return word.toInt();
}

/// «ежегодно», «ежеквартально до 5 числа месяца, следующего за отчетным», «ежегодно не позднее
/// 14.05. года, следующего за отчетным»; also without the «еже-» word where the due date names
/// the reporting period («не позднее 15 числа месяца, следующего за отчетным кварталом», «в
/// течение месяца после окончания квартала»), with the «еже-» word last («в срок до 20 ноября
/// ежегодно»), and the floor of an event («по мере необходимости, но не реже одного раза в квартал»).
bool readPeriodic(const QString &wording, const RoadmapPeriod &, DeadlineComponent *component, QString *problem)
{
    static const QRegularExpression trailingUnit(u"^(.+?),? (ежегодно|ежеполугодно|ежеквартально|ежемесячно)$"_s);
    QString part = wording;
    if (const QRegularExpressionMatch match = trailingUnit.match(wording); match.hasMatch())
        part = match.captured(2) + u' ' + match.captured(1);

    static const QRegularExpression unitPattern(
        u"^(?:(по мере [а-я]+(?:[ -][а-я]+)*?),? (?:но )?(?=не реже))?(?:(ежегодно|ежеполугодно|ежеквартально|ежемесячно)"
        u"|(?:не реже )?(?:(?:один|одного|1) )?раза? в (год|полугодие|полгода|квартал|месяц))(?:,? (.*))?$"_s);
    const QRegularExpressionMatch unitMatch = unitPattern.match(part);
    const std::optional<PeriodUnit> statedUnit =
        unitMatch.hasMatch() ? unitNamed(unitMatch.captured(2) + unitMatch.captured(3)) : std::nullopt;
    QString dueWording = unitMatch.hasMatch() ? unitMatch.captured(4) : part;
    component->eventWording = unitMatch.captured(1);

    if (dueWording.isEmpty()) {
        component->kind = DeadlineComponent::Kind::Periodic;
        component->unit = *statedUnit;
        return true;
    }

    const bool inclusiveMark = takeInclusiveMark(&dueWording);
    // «ежегодно, до 1 апреля (за предыдущий год)»: the date falls in the year after the one reported on.
    static const QRegularExpression forPreviousYearMark(
        u",? \\(?за (?:предыдущий|прошедший|истекший|отчетный) год\\)?$"_s);
    const qsizetype lengthBefore = dueWording.size();
    dueWording.remove(forPreviousYearMark);
    const bool forPreviousYear = dueWording.size() != lengthBefore;

    static const QRegularExpression dayOfNextMonthPattern = wholeMatch(
        u"%1 ([0-9]{1,2})(?:-?го)? числа (?:следующего месяца|месяца,? следующего за (отчетным|истекшим)"
        u"(?: (кварталом|месяцем|полугодием|годом|периодом))?)"_s.arg(boundWordPattern));
    static const QRegularExpression dateInNextYearPattern = wholeMatch(
        u"%1 %2,? года,? следующего за (?:отчетным|истекшим)(?: (годом))?"_s.arg(boundWordPattern,
                                                                               writtenDatePattern()));
    static const QRegularExpression dateInSameYearPattern = wholeMatch(
        u"%1 %2(?: (?:текущего|отчетного) года)?"_s.arg(boundWordPattern, writtenDatePattern()));
    static const QRegularExpression monthsAfterPeriodPattern = wholeMatch(
        u"(?:в течение|не позднее|в срок не позднее) (?:([0-9]+|одного|двух|трех) )?месяц(?:а|ев)? (?:после|со дня) "
        u"(?:окончания|истечения) (?:отчетного )?(квартала|полугодия|года|месяца)"_s);

    DueAnchor anchor;
    std::optional<PeriodUnit> reportingUnit; // the period the due date counts from, if it says
    WrittenDate written;
    bool hasBoundWord = true;
    QRegularExpressionMatch match = dayOfNextMonthPattern.match(dueWording);
    if (match.hasMatch() && !forPreviousYear) {
        anchor.kind = DueAnchor::Kind::DayOfNextMonth;
        anchor.day = match.captured(2).toInt();
        reportingUnit = unitNamed(match.captured(4));
        // «месяца, следующего за отчетным»: the noun left out is the one just named, as in
        // «года, следующего за отчетным» — the month. A stated «ежеквартально» names it instead.
        if (!statedUnit && !match.captured(3).isEmpty() && match.captured(4).isEmpty()) {
            reportingUnit = PeriodUnit::Month;
            component->note = ReadingNote::ElidedReportingPeriod;
        }
    } else if (match = dateInNextYearPattern.match(dueWording); match.hasMatch()) {
        anchor.kind = DueAnchor::Kind::DateInNextYear;
        written = writtenDate(match, 2);
        reportingUnit = PeriodUnit::Year;
    } else if (match = dateInSameYearPattern.match(dueWording); match.hasMatch() && (statedUnit || forPreviousYear)) {
        anchor.kind = forPreviousYear ? DueAnchor::Kind::DateInNextYear : DueAnchor::Kind::DateInSameYear;
        written = writtenDate(match, 2);
        if (forPreviousYear)
            reportingUnit = PeriodUnit::Year;
    } else if (match = monthsAfterPeriodPattern.match(dueWording); match.hasMatch() && !forPreviousYear) {
        anchor.kind = DueAnchor::Kind::MonthsAfterPeriodEnd;
        anchor.months = countNamed(match.captured(1));
        reportingUnit = unitNamed(match.captured(2));
        component->note = ReadingNote::MonthTermFromPeriodEnd;
        hasBoundWord = false;
    } else if (statedUnit) {
        *problem = QCoreApplication::translate("core", "could not read when the periodic deadline \"%1\" falls due")
                       .arg(wording);
        return true;
    } else {
        return false;
    }
    anchor.bound = inclusiveMark || !hasBoundWord ? DateBound::Inclusive : boundNamed(match.captured(1));

    if (!statedUnit && !reportingUnit) {
        *problem = QCoreApplication::translate("core", "\"%1\" does not say how often it falls due").arg(wording);
        return true;
    }
    if (statedUnit && reportingUnit && statedUnit != reportingUnit) {
        *problem = QCoreApplication::translate("core", "\"%1\" names a reporting period that does not match how often "
                                                       "it falls due")
                       .arg(wording);
        return true;
    }
    const PeriodUnit unit = statedUnit ? *statedUnit : *reportingUnit;

    if (anchor.kind == DueAnchor::Kind::DayOfNextMonth) {
        if (anchor.day < 1 || anchor.day > 31) {
            *problem = QCoreApplication::translate("core", "there is no day %1 in a month").arg(anchor.day);
            return true;
        }
    } else if (anchor.kind == DueAnchor::Kind::MonthsAfterPeriodEnd) {
        if (anchor.months < 1 || anchor.months > 12) {
            *problem = QCoreApplication::translate("core", "could not read when the periodic deadline \"%1\" falls due")
                           .arg(wording);
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
                           .arg(wording);
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

/// «в течение 5 рабочих дней после подписания», «после принятия закона»: a term counted from an
/// event the plan gives no date for. Never read: it says what is missing.
bool readUndatedEvent(const QString &part, const RoadmapPeriod &, DeadlineComponent *, QString *problem)
{
    static const QRegularExpression pattern = wholeMatch(
        u"(?:(?:в течение|не позднее|не позже|в срок не позднее|в срок до|до) (?:(?:[0-9]+|[а-я]+) )?"
        u"(?:(?:рабочих|календарных) )?(?:дн[а-я]*|недел[а-я]*|месяц[а-я]*) )?"
        u"(?:после|со дня|с момента|с даты|с дня) ([а-я].*)"_s);
    const QRegularExpressionMatch match = pattern.match(part);
    if (!match.hasMatch())
        return false;
    *problem = QCoreApplication::translate("core", "the deadline counts from \"%1\", an event the plan gives no date "
                                                   "for: the date of that event is missing; set the rule by hand")
                   .arg(match.captured(1));
    return true;
}

using PartReader = bool (*)(const QString &part, const RoadmapPeriod &roadmap, DeadlineComponent *component,
                            QString *problem);

/// One part of a sequence as a component, or why it cannot be read.
std::optional<DeadlineComponent> readPart(const QString &part, const RoadmapPeriod &roadmap, QString *problem)
{
    static constexpr PartReader readers[] = {readContinuous, readOnEvent,      readDatedWindow, readYears,    readCalendarPeriod,
                                             readCalendarList, readRange, readPeriodic, readUndatedEvent};
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

bool markYearsOutsidePeriod(DeadlineRule *rule, QDate periodStart, QDate periodEnd)
{
    if (!rule->isValid() || !periodStart.isValid() || !periodEnd.isValid())
        return false;
    QList<QDate> written;
    for (const DeadlineComponent &component : std::as_const(rule->components)) {
        written << component.windowStart << component.windowEnd << component.periodStart << component.periodEnd;
        written.append(component.dates);
    }
    for (const QDate &date : std::as_const(written)) {
        if (!date.isValid() || (date.year() >= periodStart.year() && date.year() <= periodEnd.year()))
            continue;
        rule->components.clear();
        rule->reviewReason = QCoreApplication::translate("core", "the deadline names %1, outside the roadmap's period %2-%3; "
                                                                 "if it is meant, set the rule by hand")
                                 .arg(date.year())
                                 .arg(periodStart.year())
                                 .arg(periodEnd.year());
        return true;
    }
    return false;
}

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
