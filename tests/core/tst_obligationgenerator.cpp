#include "obligationgenerator.h"

#include <QTest>

using namespace core;

namespace {

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const QDate seedStart = QDate(2018, 3, 16);
const QDate seedEnd = QDate(2020, 12, 31);

DeadlineComponent continuous(QDate windowStart = {}, QDate windowEnd = {})
{
    DeadlineComponent c;
    c.kind = DeadlineComponent::Kind::Continuous;
    c.windowStart = windowStart;
    c.windowEnd = windowEnd;
    return c;
}

DeadlineComponent oneOff(QDate named, QDate periodStart, QDate periodEnd, DateBound bound = DateBound::Inclusive)
{
    DeadlineComponent c;
    c.kind = DeadlineComponent::Kind::OneOff;
    c.dates = {named};
    c.bound = bound;
    c.periodStart = periodStart;
    c.periodEnd = periodEnd;
    return c;
}

DeadlineComponent periodic(PeriodUnit unit, DueAnchor::Kind kind, int day = 0, int month = 0,
                           DateBound bound = DateBound::Inclusive)
{
    DeadlineComponent c;
    c.kind = DeadlineComponent::Kind::Periodic;
    c.unit = unit;
    c.anchor = {kind, day, month, bound};
    return c;
}

DeadlineRule rule(std::initializer_list<DeadlineComponent> components)
{
    DeadlineRule r;
    r.text = QStringLiteral("test");
    r.components = components;
    return r;
}

/// "period nominal legal" lines, easy to compare and to read in a failure.
QStringList describe(const QList<Obligation> &obligations)
{
    QStringList lines;
    for (const Obligation &o : obligations) {
        lines.append(QStringLiteral("%1 %2 %3").arg(o.key.period, o.nominalDue.toString(Qt::ISODate),
                                                    o.legalDue.toString(Qt::ISODate)));
    }
    return lines;
}

QStringList schedule(const DeadlineRule &r, QDate from = seedStart, QDate to = seedEnd, const RoadmapSettings &settings = {})
{
    return describe(ObligationGenerator(WorkCalendar::russianFederal(), settings).schedule(r, from, to));
}

} // namespace

class TestObligationGenerator : public QObject
{
    Q_OBJECT

private slots:
    void continuousCoversEveryQuarterOfTheRoadmap();
    void windowLimitsTheQuarters();
    void windowStartingMidQuarter();
    void oneOffYearMovesPastTheHolidays();
    void oneOffHalfYear();
    void annualNoLaterThan();
    void annualBeforeExcludesTheDate();
    void annualBeforeInALeapYear();
    void lastDayOfFebruaryIsClamped();
    void quarterlyDayOfNextMonth();
    void monthlyPeriodEnd();
    void sameYearAnchor();
    void nothingIsOwedBeforeTheRoadmapStarts();
    void sequenceOnceThenContinuous();
    void sequenceOnceThenAnnual();
    void fixedDatesAreKeyedByDate();
    void confirmationDayIsASetting();
    void onEventAllowsNoEvents();
    void ruleNeedingReviewGivesNothing();
    void unconfirmedYearsAreFlagged();
    void everyObligedDepartmentOwesItsOwn();
    void dayThatTheMonthLacks_data();
    void dayThatTheMonthLacks();
    void dateOfTheYearThatTheYearLacks();
    void monthListReportsOnEachMonth();
    void monthAfterTheQuarterUnderArticle192();
};

void TestObligationGenerator::continuousCoversEveryQuarterOfTheRoadmap()
{
    const QStringList lines = schedule(rule({continuous()}));
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines.first(), QStringLiteral("2018-Q1 2018-04-10 2018-04-10"));
    QCOMPARE(lines[3], QStringLiteral("2018-Q4 2019-01-10 2019-01-10"));
    QCOMPARE(lines.last(), QStringLiteral("2020-Q4 2021-01-10 2021-01-11"));
}

void TestObligationGenerator::windowLimitsTheQuarters()
{
    const QStringList lines = schedule(rule({continuous(date("2018-01-01"), date("2019-12-31"))}));
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.first(), QStringLiteral("2018-Q1 2018-04-10 2018-04-10"));
    QCOMPARE(lines.last(), QStringLiteral("2019-Q4 2020-01-10 2020-01-10"));
}

void TestObligationGenerator::windowStartingMidQuarter()
{
    const QList<Obligation> obligations = ObligationGenerator(WorkCalendar::russianFederal())
        .schedule(rule({continuous(date("2018-05-15"), date("2019-02-10"))}), seedStart, seedEnd);
    QCOMPARE(describe(obligations), (QStringList{
        QStringLiteral("2018-Q2 2018-07-10 2018-07-10"), QStringLiteral("2018-Q3 2018-10-10 2018-10-10"),
        QStringLiteral("2018-Q4 2019-01-10 2019-01-10"), QStringLiteral("2019-Q1 2019-04-10 2019-04-10")}));
    QCOMPARE(obligations.first().periodStart, date("2018-05-15"));
    QCOMPARE(obligations.first().periodEnd, date("2018-06-30"));
    QCOMPARE(obligations.last().periodStart, date("2019-01-01"));
    QCOMPARE(obligations.last().periodEnd, date("2019-02-10"));
}

void TestObligationGenerator::oneOffYearMovesPastTheHolidays()
{
    QCOMPARE(schedule(rule({oneOff(date("2018-12-31"), date("2018-01-01"), date("2018-12-31"))})),
             QStringList{QStringLiteral("once 2018-12-31 2019-01-09")});
}

void TestObligationGenerator::oneOffHalfYear()
{
    QCOMPARE(schedule(rule({oneOff(date("2018-06-30"), date("2018-01-01"), date("2018-06-30"))})),
             QStringList{QStringLiteral("once 2018-06-30 2018-07-02")});
}

void TestObligationGenerator::annualNoLaterThan()
{
    // 5.1: "ежегодно не позднее 15 мая года, следующего за отчетным"; the first year counts
    // although the roadmap starts in March.
    QCOMPARE(schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 15, 5)})),
             (QStringList{QStringLiteral("2018 2019-05-15 2019-05-15"), QStringLiteral("2019 2020-05-15 2020-05-15"),
                          QStringLiteral("2020 2021-05-15 2021-05-17")}));
}

void TestObligationGenerator::annualBeforeExcludesTheDate()
{
    // 5.4: "ежегодно до 1 марта года, следующего за отчетным".
    const QList<Obligation> obligations = ObligationGenerator(WorkCalendar::russianFederal())
        .schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 1, 3, DateBound::Exclusive)}),
                  seedStart, seedEnd);
    QCOMPARE(describe(obligations),
             (QStringList{QStringLiteral("2018 2019-02-28 2019-02-28"), QStringLiteral("2019 2020-02-29 2020-03-02"),
                          QStringLiteral("2020 2021-02-28 2021-03-01")}));
    QCOMPARE(obligations[1].disputedDue, date("2020-03-01"));
    QCOMPARE(obligations[1].periodStart, date("2019-01-01"));
    QCOMPARE(obligations[1].periodEnd, date("2019-12-31"));

    // "не позднее 1 марта" for the same years keeps 1 March.
    QCOMPARE(schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 1, 3)})),
             (QStringList{QStringLiteral("2018 2019-03-01 2019-03-01"), QStringLiteral("2019 2020-03-01 2020-03-02"),
                          QStringLiteral("2020 2021-03-01 2021-03-01")}));
}

void TestObligationGenerator::annualBeforeInALeapYear()
{
    QCOMPARE(schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 1, 3, DateBound::Exclusive)}),
                      date("2023-01-01"), date("2023-12-31")),
             QStringList{QStringLiteral("2023 2024-02-29 2024-02-29")});
}

void TestObligationGenerator::lastDayOfFebruaryIsClamped()
{
    QCOMPARE(schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 29, 2)}), date("2019-01-01"),
                      date("2020-12-31")),
             (QStringList{QStringLiteral("2019 2020-02-29 2020-03-02"), QStringLiteral("2020 2021-02-28 2021-03-01")}));
}

void TestObligationGenerator::quarterlyDayOfNextMonth()
{
    QCOMPARE(schedule(rule({periodic(PeriodUnit::Quarter, DueAnchor::Kind::DayOfNextMonth, 15)}), date("2019-01-01"),
                      date("2019-12-31")),
             (QStringList{QStringLiteral("2019-Q1 2019-04-15 2019-04-15"), QStringLiteral("2019-Q2 2019-07-15 2019-07-15"),
                          QStringLiteral("2019-Q3 2019-10-15 2019-10-15"), QStringLiteral("2019-Q4 2020-01-15 2020-01-15")}));
}

void TestObligationGenerator::monthlyPeriodEnd()
{
    const QStringList lines = schedule(rule({periodic(PeriodUnit::Month, DueAnchor::Kind::PeriodEnd)}), date("2019-01-01"),
                                       date("2019-06-30"));
    QCOMPARE(lines, (QStringList{QStringLiteral("2019-01 2019-01-31 2019-01-31"), QStringLiteral("2019-02 2019-02-28 2019-02-28"),
                                 QStringLiteral("2019-03 2019-03-31 2019-04-01"), QStringLiteral("2019-04 2019-04-30 2019-04-30"),
                                 QStringLiteral("2019-05 2019-05-31 2019-05-31"), QStringLiteral("2019-06 2019-06-30 2019-07-01")}));
    QCOMPARE(schedule(rule({periodic(PeriodUnit::HalfYear, DueAnchor::Kind::PeriodEnd)}), seedStart, date("2018-12-31")),
             (QStringList{QStringLiteral("2018-H1 2018-06-30 2018-07-02"), QStringLiteral("2018-H2 2018-12-31 2019-01-09")}));
}

void TestObligationGenerator::sameYearAnchor()
{
    // "ежегодно до 20 декабря".
    QCOMPARE(schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 20, 12, DateBound::Exclusive)}),
                      seedStart, date("2019-12-31")),
             (QStringList{QStringLiteral("2018 2018-12-19 2018-12-19"), QStringLiteral("2019 2019-12-19 2019-12-19")}));
}

void TestObligationGenerator::nothingIsOwedBeforeTheRoadmapStarts()
{
    // "ежегодно до 1 февраля" in a roadmap adopted on 16.03.2018: the first due date is in 2019.
    QCOMPARE(schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 1, 2, DateBound::Exclusive)}),
                      seedStart, date("2019-12-31")),
             QStringList{QStringLiteral("2019 2019-01-31 2019-01-31")});
}

void TestObligationGenerator::sequenceOnceThenContinuous()
{
    // 1.7: "I полугодие 2018 и далее постоянно" → once, then quarterly from 2018-Q3.
    const QStringList lines = schedule(rule({oneOff(date("2018-06-30"), date("2018-01-01"), date("2018-06-30")), continuous()}));
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines[0], QStringLiteral("once 2018-06-30 2018-07-02"));
    QCOMPARE(lines[1], QStringLiteral("2018-Q3 2018-10-10 2018-10-10"));
    QCOMPARE(lines.last(), QStringLiteral("2020-Q4 2021-01-10 2021-01-11"));
}

void TestObligationGenerator::sequenceOnceThenAnnual()
{
    // 7.3: "1 полугодие 2018 года, далее ежегодно не позднее 1 февраля года, следующего за отчетным".
    QCOMPARE(schedule(rule({oneOff(date("2018-06-30"), date("2018-01-01"), date("2018-06-30")),
                            periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 1, 2)})),
             (QStringList{QStringLiteral("once 2018-06-30 2018-07-02"), QStringLiteral("2018 2019-02-01 2019-02-01"),
                          QStringLiteral("2019 2020-02-01 2020-02-03"), QStringLiteral("2020 2021-02-01 2021-02-01")}));
}

void TestObligationGenerator::fixedDatesAreKeyedByDate()
{
    DeadlineComponent dates;
    dates.kind = DeadlineComponent::Kind::FixedDates;
    dates.dates = {date("2019-03-01"), date("2020-03-01")};
    dates.bound = DateBound::Exclusive;
    QCOMPARE(schedule(rule({dates})),
             (QStringList{QStringLiteral("2019-03-01 2019-02-28 2019-02-28"), QStringLiteral("2020-03-01 2020-02-29 2020-03-02")}));
}

void TestObligationGenerator::confirmationDayIsASetting()
{
    RoadmapSettings settings;
    settings.quarterlyConfirmationDay = 20;
    QCOMPARE(schedule(rule({continuous()}), seedStart, date("2018-06-30"), settings),
             (QStringList{QStringLiteral("2018-Q1 2018-04-20 2018-04-20"), QStringLiteral("2018-Q2 2018-07-20 2018-07-20")}));
}

void TestObligationGenerator::onEventAllowsNoEvents()
{
    DeadlineComponent onEvent = continuous();
    onEvent.kind = DeadlineComponent::Kind::OnEvent;
    const QList<Obligation> obligations =
        ObligationGenerator(WorkCalendar::russianFederal()).schedule(rule({onEvent}), seedStart, seedEnd);
    QCOMPARE(obligations.size(), 12);
    QVERIFY(std::all_of(obligations.cbegin(), obligations.cend(), [](const Obligation &o) { return o.eventDriven; }));
    const QList<Obligation> plain =
        ObligationGenerator(WorkCalendar::russianFederal()).schedule(rule({continuous()}), seedStart, seedEnd);
    QVERIFY(std::none_of(plain.cbegin(), plain.cend(), [](const Obligation &o) { return o.eventDriven; }));
}

void TestObligationGenerator::ruleNeedingReviewGivesNothing()
{
    DeadlineRule unreadable;
    unreadable.text = QStringLiteral("по согласованию");
    unreadable.reviewReason = QStringLiteral("not understood");
    QVERIFY(schedule(unreadable).isEmpty());
}

void TestObligationGenerator::unconfirmedYearsAreFlagged()
{
    const QList<Obligation> obligations = ObligationGenerator(WorkCalendar::russianFederal())
        .schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInNextYear, 15, 5)}), date("2026-01-01"),
                  date("2027-12-31"));
    QCOMPARE(obligations.size(), 2);
    QVERIFY(obligations[0].calendarConfirmed);  // due in 2027
    QVERIFY(!obligations[1].calendarConfirmed); // due in 2028
}

void TestObligationGenerator::everyObligedDepartmentOwesItsOwn()
{
    Roadmap roadmap;
    roadmap.periodStart = seedStart;
    roadmap.periodEnd = seedEnd;
    Activity activity;
    activity.number = QStringLiteral("1.6");
    activity.rule = rule({oneOff(date("2018-12-31"), date("2018-07-01"), date("2018-12-31"))});
    activity.assignments = {{QStringLiteral("Отдел А"), AssignmentRole::Lead, false},
                            {QStringLiteral("Отдел Б"), AssignmentRole::CoExecutor, false},
                            {QStringLiteral("иные отделы Администрации"), AssignmentRole::Contributor, true}};
    roadmap.activities = {activity};
    roadmap.settings.moveDueToWorkingDay = false;

    const QList<Obligation> obligations = ObligationGenerator(WorkCalendar::russianFederal()).obligations(roadmap);
    QCOMPARE(obligations.size(), 2);
    QCOMPARE(obligations[0].key, (ObligationKey{QStringLiteral("1.6"), QStringLiteral("Отдел А"), QStringLiteral("once")}));
    QCOMPARE(obligations[1].key.department, QStringLiteral("Отдел Б"));
    // The roadmap's own settings apply: no art. 193 transfer here.
    QCOMPARE(obligations[0].legalDue, date("2018-12-31"));
}


void TestObligationGenerator::dayThatTheMonthLacks_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<DateBound>("bound");
    QTest::addColumn<QDate>("nominal");
    QTest::addColumn<QDate>("disputed");

    // Written out rather than asked of QDate: the lengths of the months of a common and a leap year.
    const int common[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int leap[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (const int year : {2019, 2020}) {
        for (int month = 1; month <= 12; ++month) {
            const int length = (year == 2020 ? leap : common)[month - 1];
            for (const int day : {29, 30, 31}) {
                // «не позднее N числа»: day N, or the last day where the month is shorter.
                const QDate inclusive(year, month, std::min(day, length));
                QTest::addRow("%d-%02d не позднее %d", year, month, day)
                    << year << month << day << DateBound::Inclusive << inclusive << QDate();
                // «до N числа»: the day before N; where N does not exist, the day before the first
                // day that does not exist — the last day, never a day earlier.
                const bool exists = day <= length;
                QTest::addRow("%d-%02d до %d", year, month, day)
                    << year << month << day << DateBound::Exclusive
                    << QDate(year, month, exists ? day - 1 : length) << (exists ? QDate(year, month, day) : QDate());
            }
        }
    }
}

void TestObligationGenerator::dayThatTheMonthLacks()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(DateBound, bound);
    QFETCH(QDate, nominal);
    QFETCH(QDate, disputed);

    // «ежемесячно до/не позднее N числа следующего месяца»: the obligation due in `month`.
    const QDate reported = QDate(year, month, 1).addMonths(-1);
    const QList<Obligation> obligations =
        ObligationGenerator(WorkCalendar::russianFederal())
            .schedule(rule({periodic(PeriodUnit::Month, DueAnchor::Kind::DayOfNextMonth, day, 0, bound)}), reported,
                      reported.addMonths(1).addDays(-1));
    QCOMPARE(obligations.size(), 1);
    QCOMPARE(obligations.first().key.period, reported.toString(QStringLiteral("yyyy-MM")));
    QCOMPARE(obligations.first().nominalDue, nominal);
    QCOMPARE(obligations.first().disputedDue, disputed);
}

void TestObligationGenerator::dateOfTheYearThatTheYearLacks()
{
    // «ежегодно до 29 февраля»: 28 February in a common year (the day before 29 February, which
    // does not exist), 28 February in a leap year (the day before 29 February).
    QCOMPARE(schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 29, 2, DateBound::Exclusive)}),
                      date("2019-01-01"), date("2020-12-31")),
             (QStringList{QStringLiteral("2019 2019-02-28 2019-02-28"), QStringLiteral("2020 2020-02-28 2020-02-28")}));
    // «ежегодно не позднее 30 февраля» is refused by the parser; «не позднее 29 февраля» clamps.
    QCOMPARE(schedule(rule({periodic(PeriodUnit::Year, DueAnchor::Kind::DateInSameYear, 29, 2)}), date("2019-01-01"),
                      date("2020-12-31")),
             (QStringList{QStringLiteral("2019 2019-02-28 2019-02-28"), QStringLiteral("2020 2020-02-29 2020-03-02")}));
}

void TestObligationGenerator::monthListReportsOnEachMonth()
{
    // «Март, Апрель 2019»: each month by its last day, reporting on that month.
    DeadlineComponent months;
    months.kind = DeadlineComponent::Kind::FixedDates;
    months.dates = {date("2019-03-31"), date("2019-04-30")};
    months.periodStarts = {date("2019-03-01"), date("2019-04-01")};
    const QList<Obligation> obligations =
        ObligationGenerator(WorkCalendar::russianFederal()).schedule(rule({months}), date("2019-01-01"), date("2019-12-31"));
    QCOMPARE(describe(obligations), (QStringList{QStringLiteral("2019-03-31 2019-03-31 2019-04-01"),
                                                 QStringLiteral("2019-04-30 2019-04-30 2019-04-30")}));
    QCOMPARE(obligations.first().periodStart, date("2019-03-01"));
    QCOMPARE(obligations.last().periodStart, date("2019-04-01"));
    QCOMPARE(obligations.last().periodEnd, date("2019-04-30"));
}

void TestObligationGenerator::monthAfterTheQuarterUnderArticle192()
{
    // «в течение месяца после окончания квартала»: the same day number a month after the
    // quarter's last day, or the last day of a shorter month.
    DeadlineComponent component = periodic(PeriodUnit::Quarter, DueAnchor::Kind::MonthsAfterPeriodEnd);
    component.anchor.months = 1;
    QCOMPARE(schedule(rule({component}), date("2019-01-01"), date("2019-12-31")),
             (QStringList{QStringLiteral("2019-Q1 2019-04-30 2019-04-30"), QStringLiteral("2019-Q2 2019-07-30 2019-07-30"),
                          QStringLiteral("2019-Q3 2019-10-30 2019-10-30"), QStringLiteral("2019-Q4 2020-01-31 2020-01-31")}));
}

QTEST_GUILESS_MAIN(TestObligationGenerator)
#include "tst_obligationgenerator.moc"
