#include "obligationstatus.h"

#include <QTest>

#include <ctime>

using namespace core;

namespace {

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime at(const char *iso)
{
    return QDateTime(date(iso), QTime(12, 0));
}

Obligation obligationDue(const char *due)
{
    Obligation o;
    o.key = {QStringLiteral("5.1"), QStringLiteral("Отдел экономики"), QStringLiteral("2019")};
    o.nominalDue = date(due);
    o.legalDue = date(due);
    return o;
}

ExecutionReport report(ExecutionReport::State state, const char *done, const char *reportedAt = nullptr,
                       const char *verifiedAt = nullptr)
{
    ExecutionReport r;
    r.state = state;
    r.doneDate = date(done);
    if (reportedAt)
        r.reportedAt = at(reportedAt);
    if (verifiedAt)
        r.verifiedAt = at(verifiedAt);
    return r;
}

} // namespace

Q_DECLARE_METATYPE(core::ObligationStatus)

class TestObligationStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notDoneAtBoundaries_data();
    void notDoneAtBoundaries();
    void doneAtBoundaries_data();
    void doneAtBoundaries();
    void awaitingVerificationUnlessVerificationIsOff();
    void returnedCountsAsNotDone();
    void noEventsIsNotApplicable();
    void extensionsKeepTheOriginalDue();
    void latestExtensionWins();
    void laterFactsAreIgnored();
    void reportEnteredLateIsKnownFromTheDayItWasEntered();
    void knownFromTheLocalDayOfAUtcTimestamp();
    void idsAndNames();
};

void TestObligationStatus::initTestCase()
{
    // Three hours east of UTC, so that a late evening in UTC is already the next day here.
    qputenv("TZ", "Europe/Moscow");
    tzset();
}

void TestObligationStatus::notDoneAtBoundaries_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<ObligationStatus>("status");
    QTest::addColumn<int>("daysOverdue");
    // Due 15.05.2020; the warning window is 14 days.
    QTest::newRow("due today") << date("2020-05-15") << ObligationStatus::DueSoon << 0;
    QTest::newRow("due yesterday") << date("2020-05-16") << ObligationStatus::Overdue << 1;
    QTest::newRow("a month late") << date("2020-06-15") << ObligationStatus::Overdue << 31;
    QTest::newRow("due in 14 days") << date("2020-05-01") << ObligationStatus::DueSoon << 0;
    QTest::newRow("due in 15 days") << date("2020-04-30") << ObligationStatus::Upcoming << 0;
}

void TestObligationStatus::notDoneAtBoundaries()
{
    QFETCH(QDate, asOf);
    QFETCH(ObligationStatus, status);
    QFETCH(int, daysOverdue);
    const ObligationEvaluation result = evaluateObligation(obligationDue("2020-05-15"), std::nullopt, {}, asOf);
    QCOMPARE(result.status, status);
    QCOMPARE(result.daysOverdue, daysOverdue);
    QCOMPARE(result.effectiveDue, date("2020-05-15"));
}

void TestObligationStatus::doneAtBoundaries_data()
{
    QTest::addColumn<QDate>("done");
    QTest::addColumn<ObligationStatus>("status");
    QTest::addColumn<int>("daysLate");
    QTest::newRow("done on the due date") << date("2020-05-15") << ObligationStatus::DoneOnTime << 0;
    QTest::newRow("done the day before") << date("2020-05-14") << ObligationStatus::DoneOnTime << 0;
    QTest::newRow("done the day after") << date("2020-05-16") << ObligationStatus::DoneLate << 1;
    QTest::newRow("done ten days after") << date("2020-05-25") << ObligationStatus::DoneLate << 10;
}

void TestObligationStatus::doneAtBoundaries()
{
    QFETCH(QDate, done);
    QFETCH(ObligationStatus, status);
    QFETCH(int, daysLate);
    ExecutionReport accepted;
    accepted.state = ExecutionReport::State::Accepted;
    accepted.doneDate = done;
    const ObligationEvaluation result =
        evaluateObligation(obligationDue("2020-05-15"), accepted, {}, date("2020-07-01"));
    QCOMPARE(result.status, status);
    QCOMPARE(result.daysLate, daysLate);
    QCOMPARE(result.daysOverdue, 0);
}

void TestObligationStatus::awaitingVerificationUnlessVerificationIsOff()
{
    const ExecutionReport reported = report(ExecutionReport::State::Reported, "2020-05-10");
    QCOMPARE(evaluateObligation(obligationDue("2020-05-15"), reported, {}, date("2020-06-01")).status,
             ObligationStatus::AwaitingVerification);
    RoadmapSettings noVerification;
    noVerification.verificationRequired = false;
    QCOMPARE(evaluateObligation(obligationDue("2020-05-15"), reported, {}, date("2020-06-01"), noVerification).status,
             ObligationStatus::DoneOnTime);
}

void TestObligationStatus::returnedCountsAsNotDone()
{
    const ExecutionReport returned = report(ExecutionReport::State::Returned, "2020-05-10");
    QCOMPARE(evaluateObligation(obligationDue("2020-05-15"), returned, {}, date("2020-05-12")).status,
             ObligationStatus::Returned);
    const ObligationEvaluation late = evaluateObligation(obligationDue("2020-05-15"), returned, {}, date("2020-05-20"));
    QCOMPARE(late.status, ObligationStatus::Overdue);
    QCOMPARE(late.daysOverdue, 5);
}

void TestObligationStatus::noEventsIsNotApplicable()
{
    ExecutionReport noEvents = report(ExecutionReport::State::Accepted, "2020-04-05");
    noEvents.noEvents = true;
    QCOMPARE(evaluateObligation(obligationDue("2020-04-10"), noEvents, {}, date("2020-05-01")).status,
             ObligationStatus::NotApplicable);
    noEvents.state = ExecutionReport::State::Reported;
    QCOMPARE(evaluateObligation(obligationDue("2020-04-10"), noEvents, {}, date("2020-05-01")).status,
             ObligationStatus::AwaitingVerification);
}

void TestObligationStatus::extensionsKeepTheOriginalDue()
{
    const Extension extension{{}, date("2020-06-15"), QStringLiteral("data not yet published"), QStringLiteral("monitor"), {}};
    // Not done, before the new date: not overdue.
    const ObligationEvaluation pending = evaluateObligation(obligationDue("2020-05-15"), std::nullopt, {extension}, date("2020-06-01"));
    QCOMPARE(pending.status, ObligationStatus::DueSoon);
    QVERIFY(pending.extended);
    QCOMPARE(pending.effectiveDue, date("2020-06-15"));

    const auto accepted = [](const char *done) { return report(ExecutionReport::State::Accepted, done); };
    QCOMPARE(evaluateObligation(obligationDue("2020-05-15"), accepted("2020-05-15"), {extension}, date("2020-07-01")).status,
             ObligationStatus::DoneOnTime);
    QCOMPARE(evaluateObligation(obligationDue("2020-05-15"), accepted("2020-06-15"), {extension}, date("2020-07-01")).status,
             ObligationStatus::DoneOnTimeAfterExtension);
    const ObligationEvaluation late =
        evaluateObligation(obligationDue("2020-05-15"), accepted("2020-06-18"), {extension}, date("2020-07-01"));
    QCOMPARE(late.status, ObligationStatus::DoneLate);
    QCOMPARE(late.daysLate, 3);
}

void TestObligationStatus::latestExtensionWins()
{
    const Extension first{{}, date("2020-06-15"), {}, {}, at("2020-05-10")};
    const Extension second{{}, date("2020-07-15"), {}, {}, at("2020-06-10")};
    QCOMPARE(evaluateObligation(obligationDue("2020-05-15"), std::nullopt, {second, first}, date("2020-06-20")).effectiveDue,
             date("2020-07-15"));
    QCOMPARE(evaluateObligation(obligationDue("2020-05-15"), std::nullopt, {second, first}, date("2020-06-01")).effectiveDue,
             date("2020-06-15"));
}

void TestObligationStatus::laterFactsAreIgnored()
{
    // Reported on 20.05, accepted on 25.05: on 18.05 it was overdue, on 22.05 awaiting verification.
    const ExecutionReport r = report(ExecutionReport::State::Accepted, "2020-05-19", "2020-05-20", "2020-05-25");
    const Obligation o = obligationDue("2020-05-15");
    QCOMPARE(evaluateObligation(o, r, {}, date("2020-05-18")).status, ObligationStatus::Overdue);
    QCOMPARE(evaluateObligation(o, r, {}, date("2020-05-22")).status, ObligationStatus::AwaitingVerification);
    QCOMPARE(evaluateObligation(o, r, {}, date("2020-05-25")).status, ObligationStatus::DoneLate);

    const Extension grantedLater{{}, date("2020-06-15"), {}, {}, at("2020-05-30")};
    const ObligationEvaluation before = evaluateObligation(o, std::nullopt, {grantedLater}, date("2020-05-20"));
    QCOMPARE(before.status, ObligationStatus::Overdue);
    QVERIFY(!before.extended);
}

void TestObligationStatus::reportEnteredLateIsKnownFromTheDayItWasEntered()
{
    // Done on 01.03.2019, due 15.05.2019, but entered only on 30.06.2021 and accepted on 01.07.2021.
    const ExecutionReport r = report(ExecutionReport::State::Accepted, "2019-03-01", "2021-06-30", "2021-07-01");
    const Obligation o = obligationDue("2019-05-15");
    // The status of a past as-of date does not change because of it.
    const ObligationEvaluation then = evaluateObligation(o, r, {}, date("2019-12-31"));
    QCOMPARE(then.status, ObligationStatus::Overdue);
    QCOMPARE(then.daysOverdue, 230);
    QCOMPARE(evaluateObligation(o, r, {}, date("2021-06-29")).status, ObligationStatus::Overdue);
    QCOMPARE(evaluateObligation(o, r, {}, date("2021-06-30")).status, ObligationStatus::AwaitingVerification);
    // Once known, its done date decides: on time.
    QCOMPARE(evaluateObligation(o, r, {}, date("2021-07-01")).status, ObligationStatus::DoneOnTime);
}

void TestObligationStatus::knownFromTheLocalDayOfAUtcTimestamp()
{
    // Stored timestamps are UTC. 22:30 UTC on 31 March is 01:30 on 1 April in Moscow: the report
    // was not known on 31 March there; 20:30 UTC (23:30 in Moscow) still was.
    const Obligation o = obligationDue("2021-03-15");
    ExecutionReport r = report(ExecutionReport::State::Reported, "2021-03-10");
    r.reportedAt = QDateTime(date("2021-03-31"), QTime(22, 30), Qt::UTC);
    QVERIFY(!knownAt(r.reportedAt, date("2021-03-31")));
    QVERIFY(knownAt(r.reportedAt, date("2021-04-01")));
    QCOMPARE(evaluateObligation(o, r, {}, date("2021-03-31")).status, ObligationStatus::Overdue);
    QCOMPARE(evaluateObligation(o, r, {}, date("2021-04-01")).status, ObligationStatus::AwaitingVerification);

    r.reportedAt = QDateTime(date("2021-03-31"), QTime(20, 30), Qt::UTC);
    QCOMPARE(evaluateObligation(o, r, {}, date("2021-03-31")).status, ObligationStatus::AwaitingVerification);

    const Extension lateAtNight{{}, date("2021-04-30"), {}, {}, QDateTime(date("2021-03-14"), QTime(21, 30), Qt::UTC)};
    QVERIFY(!evaluateObligation(o, std::nullopt, {lateAtNight}, date("2021-03-14")).extended);
    QVERIFY(evaluateObligation(o, std::nullopt, {lateAtNight}, date("2021-03-15")).extended);
}

void TestObligationStatus::idsAndNames()
{
    QSet<QString> ids;
    for (int i = 0; i <= int(ObligationStatus::Upcoming); ++i) {
        const auto status = ObligationStatus(i);
        QVERIFY(!obligationStatusName(status).isEmpty());
        ids.insert(obligationStatusId(status));
    }
    QCOMPARE(ids.size(), int(ObligationStatus::Upcoming) + 1);
    QCOMPARE(obligationStatusId(ObligationStatus::DoneOnTimeAfterExtension), QStringLiteral("done_on_time_after_extension"));
}

QTEST_GUILESS_MAIN(TestObligationStatus)
#include "tst_obligationstatus.moc"
