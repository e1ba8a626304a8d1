#include "deadlineparser.h"
#include "deadlinerule.h"
#include "roadmapdocumentimporter.h"

#include <QTest>

using namespace core;
using namespace Qt::StringLiterals;

using Components = QList<DeadlineComponent>;

namespace core {

/// Readable failure messages for QCOMPARE on components.
char *toString(const DeadlineComponent &component)
{
    QStringList dates;
    for (const QDate date : component.dates)
        dates.append(date.toString(Qt::ISODate));
    const QString text =
        u"{kind %1, window %2..%3, period %4..%5, dates [%6], bound %7, unit %8, anchor %9 %10.%11 bound %12}"_s
            .arg(int(component.kind))
            .arg(component.windowStart.toString(Qt::ISODate), component.windowEnd.toString(Qt::ISODate),
                 component.periodStart.toString(Qt::ISODate), component.periodEnd.toString(Qt::ISODate),
                 dates.join(u", "))
            .arg(int(component.bound))
            .arg(int(component.unit))
            .arg(int(component.anchor.kind))
            .arg(component.anchor.day)
            .arg(component.anchor.month)
            .arg(int(component.anchor.bound));
    return qstrdup(text.toUtf8().constData());
}

} // namespace core

namespace {

const QDate seedStart(2018, 3, 16);
const QDate seedEnd(2020, 12, 31);

DeadlineComponent continuous(QDate windowStart = {}, QDate windowEnd = {})
{
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::Continuous;
    component.windowStart = windowStart;
    component.windowEnd = windowEnd;
    return component;
}

/// The same components, read with the year taken from a roadmap of several years.
Components yearFromRoadmap(Components components)
{
    components.first().note = ReadingNote::YearFromRoadmap;
    return components;
}

DeadlineComponent onEvent()
{
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::OnEvent;
    return component;
}

/// Once, closing [periodStart, periodEnd], due by the period's last day.
DeadlineComponent oneOffPeriod(QDate periodStart, QDate periodEnd)
{
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::OneOff;
    component.dates = {periodEnd};
    component.bound = DateBound::Inclusive;
    component.periodStart = periodStart;
    component.periodEnd = periodEnd;
    return component;
}

/// Once, by a written date; the period is the last allowed day alone.
DeadlineComponent oneOffDate(QDate date, DateBound bound, QDate lastAllowedDay)
{
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::OneOff;
    component.dates = {date};
    component.bound = bound;
    component.periodStart = lastAllowedDay;
    component.periodEnd = lastAllowedDay;
    return component;
}

DeadlineComponent fixedDates(const QList<QDate> &dates, DateBound bound)
{
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::FixedDates;
    component.dates = dates;
    component.bound = bound;
    return component;
}

DeadlineComponent periodic(PeriodUnit unit, DueAnchor::Kind anchorKind = DueAnchor::Kind::PeriodEnd, int day = 0,
                           int month = 0, DateBound bound = DateBound::Inclusive)
{
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::Periodic;
    component.unit = unit;
    component.anchor.kind = anchorKind;
    component.anchor.day = day;
    component.anchor.month = month;
    component.anchor.bound = bound;
    return component;
}

/// One obligation per month, each due by the month's last day.
DeadlineComponent months(const QList<QDate> &firstDays)
{
    DeadlineComponent component;
    component.kind = DeadlineComponent::Kind::FixedDates;
    for (const QDate first : firstDays) {
        component.dates.append(first.addMonths(1).addDays(-1));
        component.periodStarts.append(first);
    }
    return component;
}

DeadlineComponent withTime(DeadlineComponent component, QTime time)
{
    component.timeOfDay = time;
    return component;
}

DeadlineComponent withNote(DeadlineComponent component, ReadingNote note)
{
    component.note = note;
    return component;
}

DeadlineComponent floorOf(DeadlineComponent component, const QString &event)
{
    component.eventWording = event;
    return component;
}

DeadlineComponent year2018()
{
    return oneOffPeriod(QDate(2018, 1, 1), QDate(2018, 12, 31));
}

DeadlineComponent firstHalf2018()
{
    return oneOffPeriod(QDate(2018, 1, 1), QDate(2018, 6, 30));
}

} // namespace

class TestDeadlineParser : public QObject
{
    Q_OBJECT

private slots:
    void seedWording_data();
    void seedWording();
    void everySeedDeadlineReads();
    void variants_data();
    void variants();
    void realWording_data();
    void realWording();
    void tolerance_data();
    void tolerance();
    void bounds_data();
    void bounds();
    void yearlessWording_data();
    void yearlessWording();
    void unreadable_data();
    void unreadable();
    void explanation_data();
    void explanation();
    void explanationOfEveryKind_data();
    void explanationOfEveryKind();

private:
    static void addReadableColumns();
    static void verifyReadable();
};

void TestDeadlineParser::addReadableColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Components>("expected");
}

/// Parses with the seed roadmap's period and compares the whole structure.
void TestDeadlineParser::verifyReadable()
{
    QFETCH(QString, text);
    QFETCH(Components, expected);

    const DeadlineRule rule = DeadlineParser(seedStart, seedEnd).parse(text);
    QCOMPARE(rule.text, text);
    QCOMPARE(rule.reviewReason, QString());
    QCOMPARE(rule.components, expected);
    QVERIFY(rule.isValid());
}

void TestDeadlineParser::seedWording_data()
{
    addReadableColumns();
    const DeadlineComponent yearly15May =
        periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 15, 5, DateBound::Inclusive);

    QTest::newRow("1.1") << u"Постоянно, по мере изменения информации"_s << Components{onEvent()};
    QTest::newRow("1.3") << u"2018-2019г."_s << Components{continuous(QDate(2018, 1, 1), QDate(2019, 12, 31))};
    QTest::newRow("1.6") << u"II полугодие 2018"_s
                         << Components{oneOffPeriod(QDate(2018, 7, 1), QDate(2018, 12, 31))};
    QTest::newRow("1.7") << u"I полугодие 2018 и далее постоянно"_s << Components{firstHalf2018(), continuous()};
    QTest::newRow("2.2") << u"Постоянно"_s << Components{continuous()};
    QTest::newRow("2.3") << u"1 полугодие 2018 года"_s << Components{firstHalf2018()};
    QTest::newRow("4.1") << u"постоянно"_s << Components{continuous()};
    QTest::newRow("5.1") << u"ежегодно не позднее 15 мая года, следующего за отчетным"_s << Components{yearly15May};
    QTest::newRow("5.3") << u"ежегодно не позднее 1 апреля года, следующего за отчетным"_s
                         << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 1, 4)};
    QTest::newRow("5.4") << u"ежегодно до 1 марта года, следующего за отчетным"_s
                         << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 1, 3,
                                                DateBound::Exclusive)};
    QTest::newRow("2018 год") << u"2018 год"_s << Components{year2018()};
    QTest::newRow("projects") << u"постоянно по мере подготовки проектов"_s << Components{onEvent()};
    QTest::newRow("receipt") << u"по мере поступления"_s << Components{onEvent()};
    QTest::newRow("half then yearly")
        << u"1 полугодие 2018 года, далее ежегодно не позднее 1 февраля года, следующего за отчетным"_s
        << Components{firstHalf2018(), periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 1, 2)};
    QTest::newRow("14.05.") << u"ежегодно не позднее 14.05. года, следующего за отчетным"_s
                            << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 14, 5)};
    QTest::newRow("events held") << u"По мере проведения"_s << Components{onEvent()};
}

void TestDeadlineParser::seedWording()
{
    verifyReadable();
}

void TestDeadlineParser::everySeedDeadlineReads()
{
    const RoadmapImportResult seed = RoadmapDocumentImporter().importFile(QStringLiteral(ROADMAP_SEED_FILE));
    QVERIFY2(seed.ok(), qPrintable(seed.error));
    QCOMPARE(seed.roadmap.activities.size(), 47);
    const DeadlineParser parser(seed.roadmap.periodStart, seed.roadmap.periodEnd);
    for (const Activity &activity : seed.roadmap.activities) {
        const DeadlineRule rule = parser.parse(activity.deadlineText);
        QVERIFY2(rule.isValid(),
                 qPrintable(u"%1 \"%2\": %3"_s.arg(activity.number, activity.deadlineText, rule.reviewReason)));
    }
}

void TestDeadlineParser::variants_data()
{
    addReadableColumns();
    const QDate jan2018(2018, 1, 1);

    // Years and year ranges.
    QTest::newRow("in the course of a year") << u"в течение 2018 года"_s << Components{year2018()};
    QTest::newRow("years 2018-2020") << u"2018-2020 гг."_s << Components{continuous(jan2018, QDate(2020, 12, 31))};
    QTest::newRow("years with en dash") << u"2018–2019 годы"_s << Components{continuous(jan2018, QDate(2019, 12, 31))};
    QTest::newRow("continuously in a year")
        << u"постоянно в течение 2019 года"_s << Components{continuous(QDate(2019, 1, 1), QDate(2019, 12, 31))};
    QTest::newRow("continuously within dates")
        << u"постоянно с 01.03.2019 по 31.12.2019"_s << Components{continuous(QDate(2019, 3, 1), QDate(2019, 12, 31))};
    {
        DeadlineComponent within = onEvent();
        within.windowStart = QDate(2019, 3, 1);
        within.windowEnd = QDate(2020, 6, 30);
        QTest::newRow("on event within dates") << u"по мере поступления с 01.03.2019 по 30.06.2020"_s << Components{within};
    }

    // Half-years, quarters and months.
    QTest::newRow("I half-year") << u"I полугодие 2018"_s << Components{firstHalf2018()};
    QTest::newRow("2nd half-year in words") << u"во втором полугодии 2019 г."_s
                                            << Components{oneOffPeriod(QDate(2019, 7, 1), QDate(2019, 12, 31))};
    QTest::newRow("II quarter") << u"II квартал 2019 г."_s
                                << Components{oneOffPeriod(QDate(2019, 4, 1), QDate(2019, 6, 30))};
    QTest::newRow("4 quarter") << u"4 квартал 2020 года"_s
                               << Components{oneOffPeriod(QDate(2020, 10, 1), QDate(2020, 12, 31))};
    QTest::newRow("III quarter") << u"в III квартале 2018"_s
                                 << Components{oneOffPeriod(QDate(2018, 7, 1), QDate(2018, 9, 30))};
    QTest::newRow("month") << u"декабрь 2018 г."_s
                           << Components{oneOffPeriod(QDate(2018, 12, 1), QDate(2018, 12, 31))};
    QTest::newRow("February of a leap year") << u"февраль 2020"_s
                                             << Components{oneOffPeriod(QDate(2020, 2, 1), QDate(2020, 2, 29))};

    // Dates.
    QTest::newRow("before a date") << u"до 1 июля 2018 года"_s
                                   << Components{oneOffDate(QDate(2018, 7, 1), DateBound::Exclusive,
                                                            QDate(2018, 6, 30))};
    QTest::newRow("no later than a numeric date")
        << u"не позднее 01.07.2018"_s
        << Components{oneOffDate(QDate(2018, 7, 1), DateBound::Inclusive, QDate(2018, 7, 1))};
    QTest::newRow("before a numeric date")
        << u"до 15.12.2018"_s
        << Components{oneOffDate(QDate(2018, 12, 15), DateBound::Exclusive, QDate(2018, 12, 14))};
    QTest::newRow("up to a date") << u"по 30 июня 2019 г."_s
                                  << Components{oneOffDate(QDate(2019, 6, 30), DateBound::Inclusive,
                                                           QDate(2019, 6, 30))};
    QTest::newRow("several dates before")
        << u"до 1 марта 2019 г., до 1 марта 2020 г."_s
        << Components{fixedDates({QDate(2019, 3, 1), QDate(2020, 3, 1)}, DateBound::Exclusive)};
    QTest::newRow("several bare dates")
        << u"15.03.2019, 15.03.2020"_s
        << Components{fixedDates({QDate(2019, 3, 15), QDate(2020, 3, 15)}, DateBound::Inclusive)};
    QTest::newRow("dates joined by и")
        << u"не позднее 1 марта 2019 и 1 сентября 2019"_s
        << Components{fixedDates({QDate(2019, 3, 1), QDate(2019, 9, 1)}, DateBound::Inclusive)};

    // Periodic.
    QTest::newRow("yearly") << u"ежегодно"_s << Components{periodic(PeriodUnit::Year)};
    QTest::newRow("quarterly") << u"ежеквартально"_s << Components{periodic(PeriodUnit::Quarter)};
    QTest::newRow("monthly") << u"ежемесячно"_s << Components{periodic(PeriodUnit::Month)};
    QTest::newRow("half-yearly") << u"ежеполугодно"_s << Components{periodic(PeriodUnit::HalfYear)};
    QTest::newRow("once a quarter") << u"один раз в квартал"_s << Components{periodic(PeriodUnit::Quarter)};
    QTest::newRow("at least once every half-year")
        << u"не реже одного раза в полугодие"_s << Components{periodic(PeriodUnit::HalfYear)};
    QTest::newRow("quarterly, day 15 of next month")
        << u"ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом"_s
        << Components{periodic(PeriodUnit::Quarter, DueAnchor::Kind::DayOfNextMonth, 15)};
    QTest::newRow("day 15 after the quarter, unit from the wording")
        << u"не позднее 15 числа месяца, следующего за отчетным кварталом"_s
        << Components{periodic(PeriodUnit::Quarter, DueAnchor::Kind::DayOfNextMonth, 15)};
    QTest::newRow("quarterly, before day 5")
        << u"ежеквартально до 5 числа месяца, следующего за отчетным"_s
        << Components{periodic(PeriodUnit::Quarter, DueAnchor::Kind::DayOfNextMonth, 5, 0, DateBound::Exclusive)};
    QTest::newRow("monthly, day 10 of next month")
        << u"ежемесячно не позднее 10 числа следующего месяца"_s
        << Components{periodic(PeriodUnit::Month, DueAnchor::Kind::DayOfNextMonth, 10)};
    QTest::newRow("before 1 March, unit from the wording")
        << u"до 1 марта года, следующего за отчетным"_s
        << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 1, 3, DateBound::Exclusive)};
    QTest::newRow("yearly before 20 December")
        << u"ежегодно до 20 декабря"_s
        << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 20, 12, DateBound::Exclusive)};
    QTest::newRow("yearly, in the term before 1 February")
        << u"ежегодно в срок до 1 февраля"_s
        << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 1, 2, DateBound::Exclusive)};
    QTest::newRow("yearly, comma") << u"ежегодно, до 1 апреля"_s
                                   << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 1, 4,
                                                          DateBound::Exclusive)};
    QTest::newRow("yearly, before a date inclusive")
        << u"ежегодно до 1 апреля включительно"_s
        << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 1, 4, DateBound::Inclusive)};

    // Event-driven and continuous.
    QTest::newRow("as needed") << u"по мере необходимости"_s << Components{onEvent()};
    QTest::newRow("as information changes") << u"по мере изменения информации"_s << Components{onEvent()};
    QTest::newRow("on a permanent basis") << u"на постоянной основе"_s << Components{continuous()};
    QTest::newRow("for the whole period") << u"в течение всего периода"_s << Components{continuous()};

    // Sequences.
    QTest::newRow("later on") << u"до 1 июля 2018 года, в дальнейшем ежегодно"_s
                              << Components{oneOffDate(QDate(2018, 7, 1), DateBound::Exclusive, QDate(2018, 6, 30)),
                                            periodic(PeriodUnit::Year)};
    QTest::newRow("then quarterly") << u"II квартал 2018, далее ежеквартально"_s
                                    << Components{oneOffPeriod(QDate(2018, 4, 1), QDate(2018, 6, 30)),
                                                  periodic(PeriodUnit::Quarter)};
    QTest::newRow("year then as needed") << u"2018 год и далее по мере необходимости"_s
                                         << Components{year2018(), onEvent()};
}

void TestDeadlineParser::variants()
{
    verifyReadable();
}

void TestDeadlineParser::realWording_data()
{
    addReadableColumns();

    // Month lists: one obligation per month; the year written once, at the end or not at all.
    QTest::newRow("months, year at the end")
        << u"Март, Апрель, Май 2012 года"_s
        << Components{months({QDate(2012, 3, 1), QDate(2012, 4, 1), QDate(2012, 5, 1)})};
    QTest::newRow("months going back continue into the next year")
        << u"октябрь, февраль"_s << yearFromRoadmap(Components{months({QDate(2018, 10, 1), QDate(2019, 2, 1)})});
    QTest::newRow("July, February") << u"июль, февраль"_s
                                    << yearFromRoadmap(Components{months({QDate(2018, 7, 1), QDate(2019, 2, 1)})});
    QTest::newRow("space before the comma")
        << u"Август , март"_s << yearFromRoadmap(Components{months({QDate(2018, 8, 1), QDate(2019, 3, 1)})});

    // Date lists with the year written once.
    QTest::newRow("dates, year at the end")
        << u"10 марта, 24 марта, 7 апреля 2012 года"_s
        << Components{fixedDates({QDate(2012, 3, 10), QDate(2012, 3, 24), QDate(2012, 4, 7)}, DateBound::Inclusive)};
    QTest::newRow("two dates, no year")
        << u"15 января и 15 июля"_s
        << yearFromRoadmap(Components{fixedDates({QDate(2019, 1, 15), QDate(2019, 7, 15)}, DateBound::Inclusive)});
    QTest::newRow("first date without its year")
        << u"15.06. 15.08.2011"_s
        << Components{fixedDates({QDate(2011, 6, 15), QDate(2011, 8, 15)}, DateBound::Inclusive)};

    // Ranges: once, due at the end of the range.
    QTest::newRow("month range") << u"март-апрель"_s
                                 << Components{oneOffPeriod(QDate(2018, 3, 1), QDate(2018, 4, 30))};
    QTest::newRow("month range with spaces") << u"октябрь - ноябрь"_s
                                             << Components{oneOffPeriod(QDate(2018, 10, 1), QDate(2018, 11, 30))};
    QTest::newRow("month range with a year") << u"январь – март 2019 г."_s
                                             << Components{oneOffPeriod(QDate(2019, 1, 1), QDate(2019, 3, 31))};
    QTest::newRow("month range over the new year") << u"ноябрь - февраль"_s
                                                   << Components{oneOffPeriod(QDate(2018, 11, 1), QDate(2019, 2, 28))};
    QTest::newRow("quarter range") << u"II–III кварталы 2019 года"_s
                                   << Components{oneOffPeriod(QDate(2019, 4, 1), QDate(2019, 9, 30))};
    QTest::newRow("from a date to a date")
        << u"С 18 марта по 30 марта 2020"_s << Components{oneOffPeriod(QDate(2020, 3, 18), QDate(2020, 3, 30))};
    QTest::newRow("from a day to a date")
        << u"с 18 по 30 марта 2020 г."_s << Components{oneOffPeriod(QDate(2020, 3, 18), QDate(2020, 3, 30))};

    // The whole period of the plan.
    QTest::newRow("the whole period") << u"весь период"_s << Components{continuous()};
    QTest::newRow("Весь период") << u"Весь период"_s << Components{continuous()};
    QTest::newRow("the whole term of implementation") << u"весь срок реализации"_s << Components{continuous()};
    QTest::newRow("throughout the plan") << u"на протяжении срока действия плана"_s << Components{continuous()};
    QTest::newRow("during implementation") << u"в период реализации"_s << Components{continuous()};
    QTest::newRow("during the programme") << u"в течение всего срока реализации программы"_s
                                          << Components{continuous()};

    // A time of day after a date: the day counts.
    QTest::newRow("9 May 11.00")
        << u"9 мая 11.00 ч."_s
        << yearFromRoadmap(Components{withTime(oneOffDate(QDate(2018, 5, 9), DateBound::Inclusive, QDate(2018, 5, 9)), QTime(11, 0))});
    QTest::newRow("22 June 10.00")
        << u"22 июня 10.00 ч."_s
        << yearFromRoadmap(Components{withTime(oneOffDate(QDate(2018, 6, 22), DateBound::Inclusive, QDate(2018, 6, 22)),
                                               QTime(10, 0))});
    QTest::newRow("date at 11:00")
        << u"15.05.2019 в 11:00"_s
        << Components{withTime(oneOffDate(QDate(2019, 5, 15), DateBound::Inclusive, QDate(2019, 5, 15)),
                               QTime(11, 0))};

    // Other word orders and fillers.
    QTest::newRow("yearly last")
        << u"в срок до 20 ноября ежегодно"_s
        << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 20, 11, DateBound::Exclusive)};
    QTest::newRow("yearly first, в срок до")
        << u"ежегодно в срок до 1 февраля"_s
        << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 1, 2, DateBound::Exclusive)};
    QTest::newRow("day 1 of the month after the reporting one")
        << u"не позднее 1 числа месяца, следующего за отчетным"_s
        << Components{withNote(periodic(PeriodUnit::Month, DueAnchor::Kind::DayOfNextMonth, 1),
                               ReadingNote::ElidedReportingPeriod)};
    QTest::newRow("within a month after the quarter")
        << u"в течение месяца после окончания квартала"_s
        << Components{withNote([] {
               DeadlineComponent component = periodic(PeriodUnit::Quarter, DueAnchor::Kind::MonthsAfterPeriodEnd);
               component.anchor.months = 1;
               return component;
           }(), ReadingNote::MonthTermFromPeriodEnd)};
    QTest::newRow("for the previous year")
        << u"ежегодно, до 1 апреля (за предыдущий год)"_s
        << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 1, 4, DateBound::Exclusive)};

    // A periodic floor under an event.
    QTest::newRow("as needed, at least quarterly")
        << u"по мере необходимости, но не реже одного раза в квартал"_s
        << Components{floorOf(periodic(PeriodUnit::Quarter), u"по мере необходимости"_s)};
    QTest::newRow("as needed, at least yearly")
        << u"по мере необходимости, но не реже одного раза в год"_s
        << Components{floorOf(periodic(PeriodUnit::Year), u"по мере необходимости"_s)};
    QTest::newRow("at least once a half-year") << u"не реже 1 раза в полугодие"_s
                                               << Components{periodic(PeriodUnit::HalfYear)};
    QTest::newRow("at least once a year") << u"не реже 1 раза в год"_s << Components{periodic(PeriodUnit::Year)};
    QTest::newRow("at least once a month") << u"не реже 1 раза в месяц"_s << Components{periodic(PeriodUnit::Month)};

    // Days a month lacks: the rule keeps the day, the generator clamps it (tst_obligationgenerator).
    QTest::newRow("monthly before day 31")
        << u"ежемесячно до 31 числа следующего месяца"_s
        << Components{periodic(PeriodUnit::Month, DueAnchor::Kind::DayOfNextMonth, 31, 0, DateBound::Exclusive)};
    QTest::newRow("yearly before 29 February")
        << u"ежегодно до 29 февраля"_s
        << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 29, 2, DateBound::Exclusive)};
    QTest::newRow("year-less 29 February in a common year")
        << u"до 29 февраля"_s
        << Components{withNote(oneOffDate(QDate(2019, 2, 28), DateBound::Inclusive, QDate(2019, 2, 28)),
                               ReadingNote::LastDayOfShortMonth)};
}

void TestDeadlineParser::realWording()
{
    verifyReadable();
}

void TestDeadlineParser::tolerance_data()
{
    addReadableColumns();
    const DeadlineComponent yearly15May = periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 15, 5);

    QTest::newRow("no-break spaces") << u"ежегодно\u00a0не позднее 15\u00a0мая года,\u202fследующего за отчетным"_s
                                     << Components{yearly15May};
    QTest::newRow("stray spaces") << u"  ежегодно   не позднее 15 мая  года , следующего за отчетным "_s
                                  << Components{yearly15May};
    QTest::newRow("upper case") << u"ЕЖЕГОДНО НЕ ПОЗДНЕЕ 15 МАЯ ГОДА, СЛЕДУЮЩЕГО ЗА ОТЧЕТНЫМ"_s
                                << Components{yearly15May};
    QTest::newRow("ё") << u"ежегодно не позднее 15 мая года, следующего за отчётным"_s << Components{yearly15May};
    QTest::newRow("em dash") << u"2018 — 2019 гг."_s
                             << Components{continuous(QDate(2018, 1, 1), QDate(2019, 12, 31))};
    QTest::newRow("minus sign") << u"2018−2020"_s << Components{continuous(QDate(2018, 1, 1), QDate(2020, 12, 31))};
    QTest::newRow("no space before г.") << u"2018г."_s << Components{year2018()};
    QTest::newRow("trailing full stop") << u"Постоянно."_s << Components{continuous()};
    QTest::newRow("trailing dot after the day and month")
        << u"ежегодно не позднее 14.05. года, следующего за отчетным"_s
        << Components{periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 14, 5)};
    QTest::newRow("dash after далее") << u"2018 год, в дальнейшем – ежегодно"_s
                                      << Components{year2018(), periodic(PeriodUnit::Year)};
    QTest::newRow("upper-case sequence") << u"I ПОЛУГОДИЕ 2018 И ДАЛЕЕ ПОСТОЯННО"_s
                                         << Components{firstHalf2018(), continuous()};
    QTest::newRow("г. after a date") << u"не позднее 01.07.2018 г."_s
                                     << Components{oneOffDate(QDate(2018, 7, 1), DateBound::Inclusive,
                                                              QDate(2018, 7, 1))};
}

void TestDeadlineParser::tolerance()
{
    verifyReadable();
}

void TestDeadlineParser::bounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DateBound>("bound");
    QTest::addColumn<QDate>("lastAllowedDay");

    QTest::newRow("до") << u"до 1 марта 2019"_s << QDate(2019, 3, 1) << DateBound::Exclusive << QDate(2019, 2, 28);
    QTest::newRow("до, leap year") << u"до 1 марта 2020"_s << QDate(2020, 3, 1) << DateBound::Exclusive
                                   << QDate(2020, 2, 29);
    QTest::newRow("не позднее") << u"не позднее 1 марта 2019"_s << QDate(2019, 3, 1) << DateBound::Inclusive
                                << QDate(2019, 3, 1);
    QTest::newRow("по") << u"по 1 марта 2019"_s << QDate(2019, 3, 1) << DateBound::Inclusive << QDate(2019, 3, 1);
    QTest::newRow("до … включительно") << u"до 1 марта 2019 г. включительно"_s << QDate(2019, 3, 1)
                                      << DateBound::Inclusive << QDate(2019, 3, 1);
    QTest::newRow("в срок до") << u"в срок до 01.03.2019"_s << QDate(2019, 3, 1) << DateBound::Exclusive
                               << QDate(2019, 2, 28);
    QTest::newRow("bare date") << u"01.03.2019"_s << QDate(2019, 3, 1) << DateBound::Inclusive << QDate(2019, 3, 1);
}

void TestDeadlineParser::bounds()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(DateBound, bound);
    QFETCH(QDate, lastAllowedDay);

    const DeadlineRule rule = DeadlineParser(seedStart, seedEnd).parse(text);
    QVERIFY2(rule.isValid(), qPrintable(rule.reviewReason));
    QCOMPARE(rule.components.size(), 1);
    const DeadlineComponent &component = rule.components.first();
    QCOMPARE(component.kind, DeadlineComponent::Kind::OneOff);
    QCOMPARE(component.dates, QList<QDate>{date});
    QCOMPARE(component.bound, bound);
    QCOMPARE(component.periodStart, lastAllowedDay);
    QCOMPARE(component.periodEnd, lastAllowedDay);
}

void TestDeadlineParser::yearlessWording_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("periodStart");
    QTest::addColumn<Components>("expected");

    QTest::newRow("month after the start")
        << u"апрель"_s << seedStart << Components{oneOffPeriod(QDate(2018, 4, 1), QDate(2018, 4, 30))};
    QTest::newRow("month holding the start")
        << u"март"_s << seedStart << Components{oneOffPeriod(QDate(2018, 3, 1), QDate(2018, 3, 31))};
    QTest::newRow("month before the start, next year")
        << u"февраль"_s << seedStart << Components{oneOffPeriod(QDate(2019, 2, 1), QDate(2019, 2, 28))};
    QTest::newRow("before 1 July")
        << u"до 1 июля"_s << seedStart
        << Components{oneOffDate(QDate(2018, 7, 1), DateBound::Exclusive, QDate(2018, 6, 30))};
    QTest::newRow("no later than 15 December")
        << u"не позднее 15 декабря"_s << seedStart
        << Components{oneOffDate(QDate(2018, 12, 15), DateBound::Inclusive, QDate(2018, 12, 15))};
    QTest::newRow("date before the start, next year")
        << u"до 1 марта"_s << seedStart
        << Components{oneOffDate(QDate(2019, 3, 1), DateBound::Exclusive, QDate(2019, 2, 28))};
    QTest::newRow("the start itself")
        << u"не позднее 16.03."_s << seedStart
        << Components{oneOffDate(QDate(2018, 3, 16), DateBound::Inclusive, QDate(2018, 3, 16))};
    QTest::newRow("quarter without a year")
        << u"II квартал"_s << QDate(2019, 5, 1) << Components{oneOffPeriod(QDate(2019, 4, 1), QDate(2019, 6, 30))};
    QTest::newRow("year-less, then continuously")
        << u"до 1 июля, далее постоянно"_s << seedStart
        << Components{oneOffDate(QDate(2018, 7, 1), DateBound::Exclusive, QDate(2018, 6, 30)), continuous()};
}

void TestDeadlineParser::yearlessWording()
{
    QFETCH(QString, text);
    QFETCH(QDate, periodStart);
    QFETCH(Components, expected);

    // The roadmap runs over several years: the reading says the year came from it, once.
    expected.first().note = ReadingNote::YearFromRoadmap;
    const DeadlineRule withPeriod = DeadlineParser(periodStart, seedEnd).parse(text);
    QCOMPARE(withPeriod.reviewReason, QString());
    QCOMPARE(withPeriod.components, expected);
    QVERIFY(explainDeadlineRule(withPeriod).contains(u"if every year is meant, set the rule by hand"));
    // Within one year there is nothing to say.
    const DeadlineRule withinAYear = DeadlineParser(periodStart, QDate(periodStart.year(), 12, 31)).parse(text);
    if (!withinAYear.needsReview())
        QCOMPARE(withinAYear.components.first().note, ReadingNote::None);

    // Without a roadmap period the year is unknown: never guessed.
    const DeadlineRule withoutPeriod = DeadlineParser().parse(text);
    QVERIFY(withoutPeriod.needsReview());
    QVERIFY(withoutPeriod.components.isEmpty());
    QVERIFY2(withoutPeriod.reviewReason.contains(u"no year"), qPrintable(withoutPeriod.reviewReason));
    QCOMPARE(withoutPeriod.text, text);
}

void TestDeadlineParser::unreadable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("by agreement") << u"по согласованию"_s << u"по согласованию"_s;
    QTest::newRow("terms set by law") << u"в сроки, установленные законодательством"_s
                                      << u"в сроки, установленные законодательством"_s;
    QTest::newRow("31 February") << u"31.02.2018"_s << u"31.02.2018"_s;
    QTest::newRow("31 February in a list") << u"до 1 марта 2019, до 31.02.2020"_s << u"31.02.2020"_s;
    QTest::newRow("fifth quarter") << u"V квартал 2018"_s << u"quarter \"V\""_s;
    QTest::newRow("third half-year") << u"3 полугодие 2018"_s << u"half-year \"3\""_s;
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("only spaces") << u" \u00a0 "_s << u"empty"_s;
    QTest::newRow("years backwards") << u"2020-2018"_s << u"2020-2018"_s;
    QTest::newRow("extra words after the event")
        << u"по мере необходимости, но не позднее 1 июля"_s << u"не позднее"_s;
    QTest::newRow("unknown part of a sequence") << u"I полугодие 2018 и далее по согласованию"_s
                                                << u"по согласованию"_s;
    QTest::newRow("nothing after далее") << u"2018 год и далее"_s << u"далее"_s;
    QTest::newRow("mixed bounds") << u"до 1 марта 2019, не позднее 1 марта 2020"_s << u"mix"_s;
    QTest::newRow("quarterly due on a date of the year") << u"ежеквартально до 1 марта"_s << u"yearly"_s;
    QTest::newRow("unit contradicts the reporting period")
        << u"ежемесячно не позднее 15 числа месяца, следующего за отчетным кварталом"_s << u"does not match"_s;
    QTest::newRow("periodic with unread due date") << u"ежегодно в течение 30 дней"_s << u"30 дней"_s;
    QTest::newRow("how often unknown") << u"до 5 числа месяца, следующего за отчетным периодом"_s << u"how often"_s;
    QTest::newRow("days after signing")
        << u"в течение 5 рабочих дней после подписания"_s << u"\"подписания\", an event the plan gives no date"_s;
    QTest::newRow("after a law is passed") << u"после принятия закона"_s << u"\"принятия закона\""_s;
    QTest::newRow("months going back before the only year")
        << u"октябрь, февраль 2019"_s << u"does not say which year"_s;
    QTest::newRow("dates going back before the only year")
        << u"15 июля, 15 января 2019"_s << u"does not say which year"_s;
    QTest::newRow("year-less month list outside the roadmap") << u"ноябрь, март"_s << u"roadmap period"_s;
    QTest::newRow("time without a date") << u"10.00 ч."_s << u"10.00 ч"_s;
    QTest::newRow("31 April in a range") << u"с 1 апреля по 31 апреля 2018"_s << u"31.04.2018"_s;
    QTest::newRow("day 32") << u"ежемесячно до 32 числа следующего месяца"_s << u"32"_s;
    QTest::newRow("year-less date outside the roadmap") << u"до 1 марта"_s << u"roadmap period"_s;
    QTest::newRow("window of dates backwards") << u"постоянно с 01.03.2020 по 31.12.2019"_s << u"backwards"_s;
    QTest::newRow("window with 30 February") << u"по мере поступления с 30.02.2019 по 31.12.2019"_s << u"30.02.2019"_s;
    QTest::newRow("к (by) is not read") << u"к 1 июля 2018"_s << u"к 1 июля 2018"_s;
}

void TestDeadlineParser::unreadable()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonMentions);

    // The roadmap ends before any 1 March after its start, for the year-less row.
    const DeadlineRule rule = DeadlineParser(seedStart, QDate(2018, 12, 31)).parse(text);
    QCOMPARE(rule.text, text);
    QVERIFY(rule.needsReview());
    QVERIFY(!rule.isValid());
    QVERIFY(rule.components.isEmpty());
    QVERIFY2(rule.reviewReason.contains(reasonMentions), qPrintable(rule.reviewReason));
}

void TestDeadlineParser::explanation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("continuous") << u"Постоянно"_s << u"every quarter, confirmed by the department"_s;
    QTest::newRow("on event") << u"по мере поступления"_s << u"on event, every quarter (\"no events\" allowed)"_s;
    QTest::newRow("window") << u"2018-2019г."_s << u"continuously from 01.01.2018 to 31.12.2019"_s;
    QTest::newRow("half-year") << u"I полугодие 2018"_s << u"once, by 30.06.2018 (1st half-year 2018)"_s;
    QTest::newRow("year") << u"2018 год"_s << u"once, by 31.12.2018 (year 2018)"_s;
    QTest::newRow("quarter") << u"4 квартал 2020"_s << u"once, by 31.12.2020 (4th quarter 2020)"_s;
    QTest::newRow("month") << u"декабрь 2018"_s << u"once, by 31.12.2018 (December 2018)"_s;
    QTest::newRow("before a date") << u"до 1 июля 2018"_s << u"once, before 01.07.2018 (last day: 30.06.2018)"_s;
    QTest::newRow("no later than a date") << u"не позднее 01.07.2018"_s << u"once, by 01.07.2018"_s;
    QTest::newRow("fixed dates") << u"15.03.2019, 15.03.2020"_s << u"by each of 15.03.2019, 15.03.2020"_s;
    QTest::newRow("fixed dates before") << u"до 1 марта 2019, до 1 марта 2020"_s
                                        << u"before each of 01.03.2019, 01.03.2020 (last day: the day before)"_s;
    QTest::newRow("yearly no later than") << u"ежегодно не позднее 15 мая года, следующего за отчетным"_s
                                          << u"every year, no later than 15 May of the following year"_s;
    QTest::newRow("yearly before")
        << u"ежегодно до 1 марта года, следующего за отчетным"_s
        << u"every year, before 1 March of the following year (last day: the day before)"_s;
    QTest::newRow("yearly same year") << u"ежегодно до 20 декабря"_s
                                      << u"every year, before 20 December of the same year (last day: the day before)"_s;
    QTest::newRow("quarterly") << u"ежеквартально"_s << u"every quarter, by the last day of the period"_s;
    QTest::newRow("quarterly day 15")
        << u"ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом"_s
        << u"every quarter, no later than day 15 of the following month"_s;
    QTest::newRow("sequence") << u"I полугодие 2018 и далее постоянно"_s
                              << u"once, by 30.06.2018 (1st half-year 2018); then every quarter, confirmed by the "
                                 u"department"_s;
    QTest::newRow("month list") << u"Март, Апрель 2012 года"_s
                                << u"by each of 31.03.2012 (March 2012), 30.04.2012 (April 2012)"_s;
    QTest::newRow("quarter range") << u"II–III кварталы 2019 года"_s
                                   << u"once, by 30.09.2019 (01.04.2019 to 30.09.2019)"_s;
    QTest::newRow("time of day") << u"22 июня 2018 10.00 ч."_s
                                 << u"once, by 22.06.2018, at 10:00 (the day is what counts)"_s;
    QTest::newRow("floor under an event")
        << u"по мере необходимости, но не реже одного раза в квартал"_s
        << u"every quarter, by the last day of the period, at least that often; also \"по мере необходимости\", "
           u"reported in the same obligations"_s;
    QTest::newRow("elided reporting period")
        << u"не позднее 1 числа месяца, следующего за отчетным"_s
        << u"every month, no later than day 1 of the following month (\"отчетным\" is read as the month named, as "
           u"in \"года, следующего за отчетным\"; if a quarter or another period is meant, set the rule by hand)"_s;
    QTest::newRow("month after the quarter")
        << u"в течение месяца после окончания квартала"_s
        << u"every quarter, within a month after the period ends (a month is counted from the period's last day to "
           u"the same day number (Civil Code art. 192), not to the end of the following month)"_s;
    QTest::newRow("undated event") << u"после подписания соглашения"_s
                                   << u"needs review: the deadline counts from \"подписания соглашения\", an event the "
                                      u"plan gives no date for: the date of that event is missing; set the rule by hand"_s;
    QTest::newRow("needs review") << u"по согласованию"_s
                                  << u"needs review: \"по согласованию\" is not a deadline wording the program can read"_s;
}

void TestDeadlineParser::explanation()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(explainDeadlineRule(DeadlineParser(seedStart, seedEnd).parse(text)), expected);
}

void TestDeadlineParser::explanationOfEveryKind_data()
{
    QTest::addColumn<DeadlineRule>("rule");
    QTest::addColumn<QString>("expected");

    DeadlineRule onEventInWindow;
    DeadlineComponent windowed = onEvent();
    windowed.windowStart = QDate(2019, 1, 1);
    windowed.windowEnd = QDate(2019, 12, 31);
    onEventInWindow.components = {windowed};
    QTest::newRow("on event in a window")
        << onEventInWindow << u"on event, every quarter from 01.01.2019 to 31.12.2019 (\"no events\" allowed)"_s;

    DeadlineRule halfYearly;
    halfYearly.components = {periodic(PeriodUnit::HalfYear, DueAnchor::Kind::DayOfNextMonth, 20, 0,
                                      DateBound::Exclusive)};
    QTest::newRow("half-yearly before day 20")
        << halfYearly << u"every half-year, before day 20 of the following month (last day: the day before)"_s;

    DeadlineRule monthly;
    monthly.components = {periodic(PeriodUnit::Month)};
    QTest::newRow("monthly") << monthly << u"every month, by the last day of the period"_s;

    DeadlineRule span;
    span.components = {oneOffPeriod(QDate(2018, 2, 10), QDate(2018, 3, 20))};
    QTest::newRow("one-off over a span") << span << u"once, by 20.03.2018 (10.02.2018 to 20.03.2018)"_s;

    QTest::newRow("nothing set") << DeadlineRule{} << u"no deadline set"_s;
}

void TestDeadlineParser::explanationOfEveryKind()
{
    QFETCH(DeadlineRule, rule);
    QFETCH(QString, expected);

    QCOMPARE(explainDeadlineRule(rule), expected);
}

QTEST_GUILESS_MAIN(TestDeadlineParser)
#include "tst_deadlineparser.moc"
