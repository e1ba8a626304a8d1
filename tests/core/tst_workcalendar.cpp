#include "workcalendar.h"

#include <QTest>

using core::RoadmapSettings;
using core::WorkCalendar;

namespace {

// Every government transfer of 2018–2027 as published (decrees on the transfer of days off).
// 'W': a Saturday or Sunday made a working day; 'O': a weekday made a day off.
const char *const transfers[] = {
    "2018-03-09 O", "2018-04-28 W", "2018-04-30 O", "2018-05-02 O", "2018-06-09 W", "2018-06-11 O",
    "2018-11-05 O", "2018-12-29 W", "2018-12-31 O", "2019-05-02 O", "2019-05-03 O", "2019-05-10 O",
    "2020-02-24 O", "2020-03-09 O", "2020-05-04 O", "2020-05-05 O", "2020-05-11 O", "2021-02-20 W",
    "2021-02-22 O", "2021-05-03 O", "2021-05-10 O", "2021-06-14 O", "2021-11-05 O", "2021-12-31 O",
    "2022-03-05 W", "2022-03-07 O", "2022-05-02 O", "2022-05-03 O", "2022-05-10 O", "2022-06-13 O",
    "2023-02-24 O", "2023-05-08 O", "2023-11-06 O", "2024-04-27 W", "2024-04-29 O", "2024-04-30 O",
    "2024-05-10 O", "2024-11-02 W", "2024-12-28 W", "2024-12-30 O", "2024-12-31 O", "2025-05-02 O",
    "2025-05-08 O", "2025-06-13 O", "2025-11-01 W", "2025-11-03 O", "2025-12-31 O", "2026-01-09 O",
    "2026-03-09 O", "2026-05-11 O", "2026-12-31 O", "2027-02-20 W", "2027-02-22 O", "2027-05-03 O",
    "2027-05-10 O", "2027-06-14 O", "2027-11-05 O", "2027-12-31 O",
};

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void everyTransfer_data();
    void everyTransfer();
    void transfersMatchTheShippedData();
    void holidaysAndWeekends_data();
    void holidaysAndWeekends();
    void legalDueDate_data();
    void legalDueDate();
    void decreeDaysFollowThePolicy();
    void transferCanBeSwitchedOff();
    void fallbackOutsideTheData_data();
    void fallbackOutsideTheData();
    void confirmedYears();
    void editsChangeTheAnswer();
    void rejectsBadCsv_data();
    void rejectsBadCsv();
};

void TestWorkCalendar::everyTransfer_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");
    for (const char *entry : transfers) {
        const QByteArray text(entry);
        QTest::newRow(entry) << date(text.left(10).constData()) << text.endsWith('W');
    }
}

void TestWorkCalendar::everyTransfer()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    const WorkCalendar &calendar = WorkCalendar::russianFederal();
    QCOMPARE(calendar.isWorkingDay(day), working);
    // A working transfer is always a weekend day, a day-off transfer always a weekday.
    QCOMPARE(day.dayOfWeek() >= Qt::Saturday, working);
    QCOMPARE(calendar.specialDayKind(day),
             working ? WorkCalendar::DayKind::TransferWorkday : WorkCalendar::DayKind::TransferDayOff);
}

void TestWorkCalendar::transfersMatchTheShippedData()
{
    QSet<QDate> expected;
    for (const char *entry : transfers)
        expected.insert(date(QByteArray(entry).left(10).constData()));
    QSet<QDate> shipped;
    for (const WorkCalendar::SpecialDay &day : WorkCalendar::russianFederal().specialDays()) {
        if (day.kind == WorkCalendar::DayKind::TransferDayOff || day.kind == WorkCalendar::DayKind::TransferWorkday)
            shipped.insert(day.date);
    }
    QCOMPARE(shipped, expected);
}

void TestWorkCalendar::holidaysAndWeekends_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");
    QTest::newRow("New Year 2019") << date("2019-01-01") << false;
    QTest::newRow("8 January 2019") << date("2019-01-08") << false;
    QTest::newRow("9 January 2019") << date("2019-01-09") << true;
    QTest::newRow("23 February 2021, Tuesday") << date("2021-02-23") << false;
    QTest::newRow("8 March 2022, Tuesday") << date("2022-03-08") << false;
    QTest::newRow("12 June 2019, Wednesday") << date("2019-06-12") << false;
    QTest::newRow("4 November 2020, Wednesday") << date("2020-11-04") << false;
    QTest::newRow("plain Monday") << date("2019-03-18") << true;
    QTest::newRow("plain Saturday") << date("2019-03-16") << false;
    QTest::newRow("plain Sunday") << date("2019-03-17") << false;
    QTest::newRow("decree day is worked by default") << date("2020-04-15") << true;
}

void TestWorkCalendar::holidaysAndWeekends()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QCOMPARE(WorkCalendar::russianFederal().isWorkingDay(day), working);
}

void TestWorkCalendar::legalDueDate_data()
{
    QTest::addColumn<QDate>("nominal");
    QTest::addColumn<QDate>("legal");
    QTest::newRow("31.12.2018 transferred day off") << date("2018-12-31") << date("2019-01-09");
    QTest::newRow("29.02.2020 Saturday") << date("2020-02-29") << date("2020-03-02");
    QTest::newRow("15.05.2021 Saturday") << date("2021-05-15") << date("2021-05-17");
    QTest::newRow("15.05.2019 Wednesday") << date("2019-05-15") << date("2019-05-15");
    QTest::newRow("working Saturday 29.12.2018") << date("2018-12-29") << date("2018-12-29");
    QTest::newRow("1 May 2019 holiday then transfers") << date("2019-05-01") << date("2019-05-06");
    QTest::newRow("9 May 2019 then 10 May transfer") << date("2019-05-09") << date("2019-05-13");
    QTest::newRow("10.01.2021 Sunday") << date("2021-01-10") << date("2021-01-11");
    QTest::newRow("decree day 15.04.2020 does not move") << date("2020-04-15") << date("2020-04-15");
}

void TestWorkCalendar::legalDueDate()
{
    QFETCH(QDate, nominal);
    QFETCH(QDate, legal);
    QCOMPARE(WorkCalendar::russianFederal().legalDueDate(nominal), legal);
}

void TestWorkCalendar::decreeDaysFollowThePolicy()
{
    const WorkCalendar &calendar = WorkCalendar::russianFederal();
    RoadmapSettings counting;
    counting.decreeDaysAreNonWorking = true;
    QVERIFY(!calendar.isWorkingDay(date("2020-04-15"), true));
    // 30.03–30.04.2020 are decree days, 1–5 May holidays and transfers, 6–8 May decree days again.
    QCOMPARE(calendar.legalDueDate(date("2020-03-30"), counting), date("2020-05-12"));
    QCOMPARE(calendar.legalDueDate(date("2020-03-30")), date("2020-03-30"));
    QCOMPARE(calendar.legalDueDate(date("2021-11-01"), counting), date("2021-11-08"));
}

void TestWorkCalendar::transferCanBeSwitchedOff()
{
    RoadmapSettings literal;
    literal.moveDueToWorkingDay = false;
    QCOMPARE(WorkCalendar::russianFederal().legalDueDate(date("2018-12-31"), literal), date("2018-12-31"));
}

void TestWorkCalendar::fallbackOutsideTheData_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QDate>("legal");
    QTest::newRow("9 May 2030, Thursday") << date("2030-05-09") << false << date("2030-05-10");
    QTest::newRow("23 February 2030 Saturday moves to Monday") << date("2030-02-25") << false << date("2030-02-26");
    QTest::newRow("4 November 2029 Sunday moves to Monday") << date("2029-11-05") << false << date("2029-11-06");
    QTest::newRow("1 May 2032 Saturday moves to Monday") << date("2032-05-03") << false << date("2032-05-04");
    QTest::newRow("9 May 2032 Sunday moves to Monday") << date("2032-05-10") << false << date("2032-05-11");
    QTest::newRow("New Year days do not move") << date("2028-01-10") << true << date("2028-01-10");
    QTest::newRow("8 January 2028") << date("2028-01-08") << false << date("2028-01-10");
    QTest::newRow("2017 before the data") << date("2017-06-12") << false << date("2017-06-13");
}

void TestWorkCalendar::fallbackOutsideTheData()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QFETCH(QDate, legal);
    const WorkCalendar &calendar = WorkCalendar::russianFederal();
    QVERIFY(!calendar.isConfirmed(day.year()));
    QCOMPARE(calendar.isWorkingDay(day), working);
    QCOMPARE(calendar.legalDueDate(day), legal);
}

void TestWorkCalendar::confirmedYears()
{
    const WorkCalendar &calendar = WorkCalendar::russianFederal();
    QCOMPARE(calendar.firstConfirmedYear(), 2018);
    QCOMPARE(calendar.lastConfirmedYear(), 2027);
    for (int year = 2018; year <= 2027; ++year)
        QVERIFY2(calendar.isConfirmed(year), qPrintable(QString::number(year)));
    QVERIFY(!calendar.isConfirmed(2017));
    QVERIFY(!calendar.isConfirmed(2028));
}

void TestWorkCalendar::editsChangeTheAnswer()
{
    WorkCalendar calendar = WorkCalendar::russianFederal();
    const QDate saturday = date("2019-03-16");
    QVERIFY(!calendar.isWorkingDay(saturday));
    calendar.setSpecialDay({saturday, WorkCalendar::DayKind::TransferWorkday, QStringLiteral("local decision"), {}});
    QVERIFY(calendar.isWorkingDay(saturday));
    calendar.removeSpecialDay(saturday);
    QVERIFY(!calendar.isWorkingDay(saturday));
    // The shipped calendar itself is untouched.
    QVERIFY(!WorkCalendar::russianFederal().isWorkingDay(saturday));
}

void TestWorkCalendar::rejectsBadCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no header") << QByteArray("2019-01-01,holiday,,\n");
    QTest::newRow("bad date") << QByteArray("date,kind,note,source\n2019-02-30,holiday,,\n");
    QTest::newRow("bad kind") << QByteArray("date,kind,note,source\n2019-02-01,feast,,\n");
    QTest::newRow("open quote") << QByteArray("date,kind,note,source\n2019-02-01,holiday,\"note,\n");
}

void TestWorkCalendar::rejectsBadCsv()
{
    QFETCH(QByteArray, csv);
    QString error;
    QVERIFY(!WorkCalendar::fromCsv(csv, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
