#include "compliance.h"

#include <QTest>

using namespace core;

namespace {

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

EvaluatedObligation item(int principle, const char *department, const char *due, ObligationStatus status,
                         int daysLate = 0, int daysOverdue = 0)
{
    EvaluatedObligation e;
    e.principle = principle;
    e.obligation.key = {QStringLiteral("%1.1").arg(principle), QString::fromUtf8(department), QStringLiteral("once")};
    e.obligation.legalDue = date(due);
    e.evaluation.status = status;
    e.evaluation.effectiveDue = date(due);
    e.evaluation.daysLate = daysLate;
    e.evaluation.daysOverdue = daysOverdue;
    return e;
}

} // namespace

class TestCompliance : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasZeroRates();
    void ratesCountDecidedObligations();
    void groupsByPrincipleDepartmentAndQuarter();
    void overdueListIsWorstFirst();
};

void TestCompliance::emptyHasZeroRates()
{
    const ComplianceReport report = ComplianceReport::build({}, date("2020-01-01"));
    QCOMPARE(report.totals.obligations, 0);
    QCOMPARE(report.totals.onTimeRate(), 0.0);
    QCOMPARE(report.totals.executionRate(), 0.0);
    QCOMPARE(report.totals.meanDaysLate(), 0.0);
}

void TestCompliance::ratesCountDecidedObligations()
{
    const QDate asOf = date("2020-06-01");
    const QList<EvaluatedObligation> items = {
        item(1, "А", "2020-03-01", ObligationStatus::DoneOnTime),
        item(1, "А", "2020-03-01", ObligationStatus::DoneOnTimeAfterExtension),
        item(1, "А", "2020-03-01", ObligationStatus::DoneLate, 4),
        item(1, "Б", "2020-03-01", ObligationStatus::DoneLate, 8),
        item(1, "Б", "2020-04-01", ObligationStatus::Overdue, 0, 61),
        item(2, "Б", "2020-04-01", ObligationStatus::AwaitingVerification),
        item(2, "Б", "2020-04-01", ObligationStatus::NotApplicable),
        item(2, "Б", "2020-06-10", ObligationStatus::DueSoon),
        item(2, "Б", "2020-09-10", ObligationStatus::Upcoming),
        item(2, "Б", "2020-09-10", ObligationStatus::DoneOnTime), // done early: decided already
    };
    const ComplianceSummary totals = ComplianceReport::build(items, asOf).totals;
    QCOMPARE(totals.obligations, 10);
    // Decided: 5 done, 1 overdue, 1 awaiting verification; not applicable, due soon and upcoming are not.
    QCOMPARE(totals.due, 7);
    QCOMPARE(totals.doneOnTime, 2);
    QCOMPARE(totals.doneOnTimeAfterExtension, 1);
    QCOMPARE(totals.doneLate, 2);
    QCOMPARE(totals.overdue, 1);
    QCOMPARE(totals.awaitingVerification, 1);
    QCOMPARE(totals.notApplicable, 1);
    QCOMPARE(totals.dueSoon, 1);
    QCOMPARE(totals.upcoming, 1);
    QCOMPARE(totals.onTimeRate(), 3.0 / 7.0);
    QCOMPARE(totals.executionRate(), 5.0 / 7.0);
    QCOMPARE(totals.meanDaysLate(), 6.0);
}

void TestCompliance::groupsByPrincipleDepartmentAndQuarter()
{
    const QList<EvaluatedObligation> items = {
        item(1, "А", "2020-03-01", ObligationStatus::DoneOnTime),
        item(1, "Б", "2020-04-01", ObligationStatus::Overdue, 0, 61),
        item(2, "Б", "2020-04-02", ObligationStatus::DoneLate, 3),
    };
    const ComplianceReport report = ComplianceReport::build(items, date("2020-06-01"));
    QCOMPARE(report.byPrinciple.keys(), (QList<int>{1, 2}));
    QCOMPARE(report.byPrinciple[1].obligations, 2);
    QCOMPARE(report.byPrinciple[1].onTimeRate(), 0.5);
    QCOMPARE(report.byPrinciple[2].executionRate(), 1.0);
    QCOMPARE(report.byDepartment[QStringLiteral("А")].doneOnTime, 1);
    QCOMPARE(report.byDepartment[QStringLiteral("Б")].due, 2);
    QCOMPARE(report.byQuarter.keys(), (QStringList{QStringLiteral("2020-Q1"), QStringLiteral("2020-Q2")}));
    QCOMPARE(report.byQuarter[QStringLiteral("2020-Q2")].obligations, 2);
}

void TestCompliance::overdueListIsWorstFirst()
{
    const QList<EvaluatedObligation> items = {
        item(1, "А", "2020-05-01", ObligationStatus::Overdue, 0, 31),
        item(1, "Б", "2020-04-01", ObligationStatus::Overdue, 0, 61),
        item(2, "В", "2020-05-20", ObligationStatus::Overdue, 0, 12),
    };
    const ComplianceReport report = ComplianceReport::build(items, date("2020-06-01"));
    QCOMPARE(report.overdue.size(), 3);
    QCOMPARE(report.overdue[0].evaluation.daysOverdue, 61);
    QCOMPARE(report.overdue[2].evaluation.daysOverdue, 12);
}

QTEST_GUILESS_MAIN(TestCompliance)
#include "tst_compliance.moc"
