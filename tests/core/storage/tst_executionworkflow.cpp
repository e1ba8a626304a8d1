#include "workflowfixture.h"

#include "executionrepository.h"
#include "executionworkflow.h"
#include "roadmapdocumentimporter.h"
#include "snapshotloader.h"

#include <QTemporaryDir>

#include <ctime>

using core::ObligationStatus;
using core::StorageError;

namespace {

const core::Actor monitor{QStringLiteral("monitor"), {}};
const core::Actor econHead{QStringLiteral("econ.head"), {}};
const core::Actor gkhHead{QStringLiteral("gkh.head"), {}};

core::ObligationKey onceKey()
{
    return {QStringLiteral("1.1"), fixture::economy(), QStringLiteral("once")};
}

core::ExecutionInput done(QDate date, const QString &evidence = QStringLiteral("https://kgo66.ru/openness/1"))
{
    return {date, evidence, QStringLiteral("служебная записка № 5"), {}};
}

} // namespace

class TestExecutionWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reportThenAcceptIsDoneOnTime();
    void reportAfterTheDueDateIsLate();
    void returnedReportIsReportedAgainAndAccepted();
    void returningNeedsAComment();
    void noEventsOnlyForEventDrivenActivities();
    void extensionKeepsTheOriginalDue();
    void extensionMustBeAfterTheDueDate();
    void extensionToADayOffMovesToTheNextWorkingDay_data();
    void extensionToADayOffMovesToTheNextWorkingDay();
    void doneDateInTheFutureIsRefused();
    void todayIsTheLocalDay();
    void doneDateBeforeTheRoadmapOrItsPeriodNeedsConfirmation();
    void extensionFarBeyondTheRoadmapNeedsConfirmation();
    void extensionMustBeAfterTheExtendedDueDate();
    void badEvidenceLinkIsRefused_data();
    void badEvidenceLinkIsRefused();
    void unknownObligationNamesWhoOwesIt_data();
    void unknownObligationNamesWhoOwesIt();
    void secondReportNeedsTheVersion();
    void staleVersionNamesBothPeople();
    void versionOfAReportThatDoesNotExistIsAConflict();
    void acceptedReportCannotBeReportedAgain();
    void seedRoadmapThroughTheImporter();

private:
    std::optional<core::ExecutionReport> stored(const core::ObligationKey &key);
    core::ObligationEvaluation statusAt(const core::ObligationKey &key, QDate asOf);
    int auditEvents();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::ExecutionWorkflow> m_workflow;
    fixture::Clock m_clock;
    qint64 m_roadmapId = 0;
};

void TestExecutionWorkflow::init()
{
    m_dir = fixture::scratchDir();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<core::Database>();
    m_clock.setDate(QDate(2018, 3, 20));
    m_roadmapId = fixture::createDatabase(*m_db, m_dir->filePath(QStringLiteral("roadmap.sqlite")), fixture::smallRoadmap(),
                                          m_clock.function());
    QVERIFY(m_roadmapId > 0);
    m_workflow = std::make_unique<core::ExecutionWorkflow>(*m_db, m_clock.function());
}

void TestExecutionWorkflow::cleanup()
{
    m_workflow.reset();
    m_db.reset();
    m_dir.reset();
}

std::optional<core::ExecutionReport> TestExecutionWorkflow::stored(const core::ObligationKey &key)
{
    return core::ExecutionRepository(*m_db).report(m_roadmapId, key);
}

core::ObligationEvaluation TestExecutionWorkflow::statusAt(const core::ObligationKey &key, QDate asOf)
{
    StorageError error;
    const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(*m_db, m_roadmapId, &error);
    if (!snapshot) {
        qWarning() << error.message;
        return {};
    }
    for (const core::EvaluatedObligation &item : snapshot->evaluate(asOf)) {
        if (item.obligation.key == key)
            return item.evaluation;
    }
    qWarning() << "no obligation" << key.activity << key.department << key.period;
    return {};
}

int TestExecutionWorkflow::auditEvents()
{
    return int(core::AuditLog(*m_db).events().size());
}

void TestExecutionWorkflow::reportThenAcceptIsDoneOnTime()
{
    // «I полугодие 2018»: 30.06.2018 is a Saturday, so the legal due date is Monday 02.07.2018.
    m_clock.setDate(QDate(2018, 6, 25));
    const int eventsBefore = auditEvents();
    QCOMPARE(m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 20))).kind, StorageError::Kind::None);
    QCOMPARE(auditEvents(), eventsBefore + 1);
    std::optional<core::ExecutionReport> report = stored(onceKey());
    QVERIFY(report);
    QCOMPARE(report->state, core::ExecutionReport::State::Reported);
    QCOMPARE(report->version, 1);
    QCOMPARE(report->reportedBy, QStringLiteral("econ.head"));
    QCOMPARE(report->reportedAt, m_clock.now);
    QCOMPARE(report->doneDate, QDate(2018, 6, 20));
    QCOMPARE(report->evidenceUrl, QStringLiteral("https://kgo66.ru/openness/1"));
    QCOMPARE(statusAt(onceKey(), QDate(2018, 6, 26)).status, ObligationStatus::AwaitingVerification);

    m_clock.setDate(QDate(2018, 6, 27));
    QCOMPARE(m_workflow->accept(monitor, m_roadmapId, onceKey(), QStringLiteral("Принято")).kind, StorageError::Kind::None);
    report = stored(onceKey());
    QCOMPARE(report->state, core::ExecutionReport::State::Accepted);
    QCOMPARE(report->version, 2);
    QCOMPARE(report->verifiedBy, QStringLiteral("monitor"));
    QCOMPARE(report->verifiedAt, m_clock.now);
    QCOMPARE(auditEvents(), eventsBefore + 2);

    const core::ObligationEvaluation evaluation = statusAt(onceKey(), QDate(2018, 7, 10));
    QCOMPARE(evaluation.status, ObligationStatus::DoneOnTime);
    QCOMPARE(evaluation.effectiveDue, QDate(2018, 7, 2));
    // Before the acceptance was made, the same obligation was still awaiting verification.
    QCOMPARE(statusAt(onceKey(), QDate(2018, 6, 26)).status, ObligationStatus::AwaitingVerification);
}

void TestExecutionWorkflow::reportAfterTheDueDateIsLate()
{
    m_clock.setDate(QDate(2018, 7, 6));
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 7, 5))));
    QCOMPARE(statusAt(onceKey(), QDate(2018, 7, 6)).status, ObligationStatus::AwaitingVerification);
    QVERIFY(!m_workflow->accept(monitor, m_roadmapId, onceKey()));
    const core::ObligationEvaluation evaluation = statusAt(onceKey(), QDate(2018, 12, 31));
    QCOMPARE(evaluation.status, ObligationStatus::DoneLate);
    QCOMPARE(evaluation.daysLate, 3);
    // The day before the report it was overdue.
    QCOMPARE(statusAt(onceKey(), QDate(2018, 7, 5)).status, ObligationStatus::Overdue);
}

void TestExecutionWorkflow::returnedReportIsReportedAgainAndAccepted()
{
    m_clock.setDate(QDate(2018, 6, 20));
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 19))));
    m_clock.setDate(QDate(2018, 6, 21));
    QVERIFY(!m_workflow->returnForRework(monitor, m_roadmapId, onceKey(), QStringLiteral("Нет ссылки на документ")));
    std::optional<core::ExecutionReport> report = stored(onceKey());
    QCOMPARE(report->state, core::ExecutionReport::State::Returned);
    QCOMPARE(report->verificationComment, QStringLiteral("Нет ссылки на документ"));
    QCOMPARE(report->version, 2);
    QCOMPARE(statusAt(onceKey(), QDate(2018, 6, 22)).status, ObligationStatus::Returned);
    QCOMPARE(statusAt(onceKey(), QDate(2018, 7, 3)).status, ObligationStatus::Overdue);

    // A returned report is reported again without proof of the version: nobody is waiting on it.
    m_clock.setDate(QDate(2018, 6, 28));
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 28), QStringLiteral("https://kgo66.ru/2"))));
    report = stored(onceKey());
    QCOMPARE(report->state, core::ExecutionReport::State::Reported);
    QCOMPARE(report->version, 3);
    QCOMPARE(report->doneDate, QDate(2018, 6, 28));
    QCOMPARE(report->verificationComment, QStringLiteral("Нет ссылки на документ")); // why it came back stays visible
    QCOMPARE(statusAt(onceKey(), QDate(2018, 6, 29)).status, ObligationStatus::AwaitingVerification);

    m_clock.setDate(QDate(2018, 6, 29));
    QVERIFY(!m_workflow->accept(monitor, m_roadmapId, onceKey(), {}, 3));
    QCOMPARE(stored(onceKey())->state, core::ExecutionReport::State::Accepted);
    QCOMPARE(statusAt(onceKey(), QDate(2018, 9, 1)).status, ObligationStatus::DoneOnTime);
}

void TestExecutionWorkflow::returningNeedsAComment()
{
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 3, 19))));
    const int eventsBefore = auditEvents();
    for (const QString &comment : {QString(), QStringLiteral("   ")}) {
        const StorageError error = m_workflow->returnForRework(monitor, m_roadmapId, onceKey(), comment);
        QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
        QVERIFY2(error.message.contains(QStringLiteral("comment")), qPrintable(error.message));
    }
    QCOMPARE(stored(onceKey())->state, core::ExecutionReport::State::Reported);
    QCOMPARE(stored(onceKey())->version, 1);
    QCOMPARE(auditEvents(), eventsBefore);
    // Accepting or returning what nobody reported is refused too.
    const core::ObligationKey other{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2018")};
    QCOMPARE(m_workflow->returnForRework(monitor, m_roadmapId, other, QStringLiteral("why")).kind, StorageError::Kind::InvalidInput);
    QCOMPARE(m_workflow->accept(monitor, m_roadmapId, other).kind, StorageError::Kind::InvalidInput);
    QCOMPARE(auditEvents(), eventsBefore);
}

void TestExecutionWorkflow::noEventsOnlyForEventDrivenActivities()
{
    m_clock.setDate(QDate(2018, 7, 3));
    const StorageError refused = m_workflow->reportNoEvents(econHead, m_roadmapId, onceKey(), QStringLiteral("ничего"));
    QCOMPARE(refused.kind, StorageError::Kind::InvalidInput);
    QVERIFY2(refused.message.contains(QStringLiteral("1.1")), qPrintable(refused.message));
    QVERIFY(!stored(onceKey()));

    // «по мере поступления»: quarterly, due on the 10th of the month after the quarter.
    const core::ObligationKey quarter{QStringLiteral("1.2"), fixture::economy(), QStringLiteral("2018-Q2")};
    QVERIFY(!m_workflow->reportNoEvents(econHead, m_roadmapId, quarter, QStringLiteral("Обращений не поступало")));
    std::optional<core::ExecutionReport> report = stored(quarter);
    QVERIFY(report->noEvents);
    QVERIFY(!report->doneDate.isValid());
    QCOMPARE(statusAt(quarter, QDate(2018, 7, 4)).status, ObligationStatus::AwaitingVerification);
    m_clock.setDate(QDate(2018, 7, 4));
    QVERIFY(!m_workflow->accept(monitor, m_roadmapId, quarter));
    const core::ObligationEvaluation evaluation = statusAt(quarter, QDate(2018, 12, 31));
    QCOMPARE(evaluation.status, ObligationStatus::NotApplicable);
    QCOMPARE(evaluation.effectiveDue, QDate(2018, 7, 10));

    // The co-executor owes its own obligation, still open.
    const core::ObligationKey coExecutor{QStringLiteral("1.2"), fixture::housing(), QStringLiteral("2018-Q2")};
    QCOMPARE(statusAt(coExecutor, QDate(2018, 12, 31)).status, ObligationStatus::Overdue);
}

void TestExecutionWorkflow::extensionKeepsTheOriginalDue()
{
    // «ежегодно не позднее 15 мая года, следующего за отчетным»: the report for 2018 is due 15.05.2019.
    const core::ObligationKey annual{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2018")};
    m_clock.setDate(QDate(2019, 5, 10));
    const int eventsBefore = auditEvents();
    QVERIFY(!m_workflow->grantExtension(monitor, m_roadmapId, annual, QDate(2019, 6, 14), QStringLiteral("Ждём утверждения отчёта")));
    QCOMPARE(auditEvents(), eventsBefore + 1);
    QCOMPARE(core::AuditLog(*m_db).events().constLast().action, QStringLiteral("grant_extension"));
    const QList<core::Extension> extensions = core::ExecutionRepository(*m_db).extensions(m_roadmapId, annual);
    QCOMPARE(extensions.size(), 1);
    QCOMPARE(extensions.first().newDue, QDate(2019, 6, 14));
    QCOMPARE(extensions.first().grantedBy, QStringLiteral("monitor"));

    // Past the original due date but within the extension: not overdue.
    QCOMPARE(statusAt(annual, QDate(2019, 5, 20)).status, ObligationStatus::Upcoming);
    QCOMPARE(statusAt(annual, QDate(2019, 6, 1)).status, ObligationStatus::DueSoon);
    m_clock.setDate(QDate(2019, 6, 3));
    QVERIFY(!m_workflow->reportExecution(gkhHead, m_roadmapId, annual, done(QDate(2019, 6, 3))));
    m_clock.setDate(QDate(2019, 6, 4));
    QVERIFY(!m_workflow->accept(monitor, m_roadmapId, annual));

    const core::ObligationEvaluation evaluation = statusAt(annual, QDate(2019, 12, 31));
    QCOMPARE(evaluation.status, ObligationStatus::DoneOnTimeAfterExtension);
    QVERIFY(evaluation.extended);
    QCOMPARE(evaluation.effectiveDue, QDate(2019, 6, 14));
    // The obligation itself keeps its legal due date.
    StorageError error;
    const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(*m_db, m_roadmapId, &error);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->obligation(annual)->legalDue, QDate(2019, 5, 15));
    // Without the extension, the same done date would have been late.
    QCOMPARE(core::evaluateObligation(*snapshot->obligation(annual), snapshot->reports.value(annual), {}, QDate(2019, 12, 31)).status,
             ObligationStatus::DoneLate);
}

void TestExecutionWorkflow::extensionToADayOffMovesToTheNextWorkingDay_data()
{
    QTest::addColumn<QDate>("granted");
    QTest::addColumn<QDate>("legal");
    QTest::newRow("Saturday") << QDate(2019, 6, 15) << QDate(2019, 6, 17);
    QTest::newRow("Russia Day, a Wednesday") << QDate(2019, 6, 12) << QDate(2019, 6, 13);
    QTest::newRow("a working day") << QDate(2019, 6, 14) << QDate(2019, 6, 14);
}

void TestExecutionWorkflow::extensionToADayOffMovesToTheNextWorkingDay()
{
    // Civil Code art. 193 applies to an extended due date exactly as to the original one.
    QFETCH(QDate, granted);
    QFETCH(QDate, legal);
    const core::ObligationKey annual{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2018")};
    m_clock.setDate(QDate(2019, 5, 10));
    QVERIFY(!m_workflow->grantExtension(monitor, m_roadmapId, annual, granted, QStringLiteral("Ждём утверждения отчёта")));
    // The date the monitor typed is the date stored.
    QCOMPARE(core::ExecutionRepository(*m_db).extensions(m_roadmapId, annual).first().newDue, granted);

    QCOMPARE(statusAt(annual, legal).effectiveDue, legal);
    QCOMPARE(statusAt(annual, legal).status, ObligationStatus::DueSoon);
    QCOMPARE(statusAt(annual, legal.addDays(1)).status, ObligationStatus::Overdue);
    m_clock.setDate(legal);
    QVERIFY(!m_workflow->reportExecution(gkhHead, m_roadmapId, annual, done(legal)));
    m_clock.setDate(legal.addDays(1));
    QVERIFY(!m_workflow->accept(monitor, m_roadmapId, annual));
    QCOMPARE(statusAt(annual, QDate(2019, 12, 31)).status, ObligationStatus::DoneOnTimeAfterExtension);
}

void TestExecutionWorkflow::extensionMustBeAfterTheDueDate()
{
    const core::ObligationKey annual{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2018")};
    const int eventsBefore = auditEvents();
    for (const QDate newDue : {QDate(2019, 5, 15), QDate(2019, 5, 1)}) {
        const StorageError error = m_workflow->grantExtension(monitor, m_roadmapId, annual, newDue, QStringLiteral("причина"));
        QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
        QVERIFY2(error.message.contains(QStringLiteral("2019-05-15")), qPrintable(error.message));
    }
    QCOMPARE(m_workflow->grantExtension(monitor, m_roadmapId, annual, QDate(2019, 6, 1), QStringLiteral("  ")).kind,
             StorageError::Kind::InvalidInput);
    QCOMPARE(m_workflow->grantExtension(monitor, m_roadmapId, annual, QDate(), QStringLiteral("причина")).kind,
             StorageError::Kind::InvalidInput);
    QVERIFY(core::ExecutionRepository(*m_db).extensions(m_roadmapId, annual).isEmpty());
    QCOMPARE(auditEvents(), eventsBefore);
}

void TestExecutionWorkflow::doneDateInTheFutureIsRefused()
{
    m_clock.setDate(QDate(2018, 6, 1));
    const StorageError error = m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 2)));
    QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
    QVERIFY2(error.message.contains(QStringLiteral("2018-06-02")), qPrintable(error.message));
    QCOMPARE(m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate())).kind, StorageError::Kind::InvalidInput);
    QVERIFY(!stored(onceKey()));
    // Today itself is fine.
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 1))));
}

void TestExecutionWorkflow::todayIsTheLocalDay()
{
    // 22:30 UTC on 1 June is already 2 June in Moscow: a report done "today" there is not in the future.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Moscow");
    tzset();
    m_clock.now = QDateTime(QDate(2018, 6, 1), QTime(22, 30), Qt::UTC);
    const StorageError error = m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 2)));
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    QVERIFY2(!error, qPrintable(error.message));
}

void TestExecutionWorkflow::doneDateBeforeTheRoadmapOrItsPeriodNeedsConfirmation()
{
    m_clock.setDate(QDate(2020, 6, 1));
    const core::ObligationKey year2019{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2019")};
    const int eventsBefore = auditEvents();

    // The annual report for 2019 done in December 2018: before the year it reports on.
    StorageError error = m_workflow->reportExecution(gkhHead, m_roadmapId, year2019, done(QDate(2018, 12, 20)));
    QCOMPARE(error.kind, StorageError::Kind::NeedsConfirmation);
    QVERIFY2(error.message.contains(QStringLiteral("2019-01-01")), qPrintable(error.message));
    // The report for 2018 done in February 2018: before the roadmap (16.03.2018).
    const core::ObligationKey year2018{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2018")};
    error = m_workflow->reportExecution(gkhHead, m_roadmapId, year2018, done(QDate(2018, 2, 1)));
    QCOMPARE(error.kind, StorageError::Kind::NeedsConfirmation);
    QVERIFY2(error.message.contains(QStringLiteral("2018-03-16")), qPrintable(error.message));
    QVERIFY(!stored(year2019));
    QVERIFY(!stored(year2018));
    QCOMPARE(auditEvents(), eventsBefore);

    // A one-off whose period began before the roadmap («I полугодие 2018») may be done from its start…
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 2, 1))));
    // …but not before.
    core::ExecutionInput earlier = done(QDate(2017, 12, 1));
    error = m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), earlier, 1);
    QCOMPARE(error.kind, StorageError::Kind::NeedsConfirmation);
    QVERIFY2(error.message.contains(QStringLiteral("2018-03-16")), qPrintable(error.message));

    // Confirmed, the doubtful date is recorded as given.
    core::ExecutionInput confirmed = done(QDate(2018, 12, 20));
    confirmed.confirmed = true;
    QVERIFY(!m_workflow->reportExecution(gkhHead, m_roadmapId, year2019, confirmed));
    QCOMPARE(stored(year2019)->doneDate, QDate(2018, 12, 20));
    // A future date is refused even when confirmed.
    core::ExecutionInput future = done(QDate(2020, 6, 2));
    future.confirmed = true;
    QCOMPARE(m_workflow->reportExecution(gkhHead, m_roadmapId, year2018, future).kind, StorageError::Kind::InvalidInput);
}

void TestExecutionWorkflow::extensionFarBeyondTheRoadmapNeedsConfirmation()
{
    // The roadmap ends on 31.12.2020: an extension into 2022 is a slip unless the monitor confirms it.
    const core::ObligationKey annual{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2018")};
    m_clock.setDate(QDate(2019, 5, 10));
    StorageError error = m_workflow->grantExtension(monitor, m_roadmapId, annual, QDate(2022, 1, 10), QStringLiteral("причина"));
    QCOMPARE(error.kind, StorageError::Kind::NeedsConfirmation);
    QVERIFY2(error.message.contains(QStringLiteral("2020-12-31")), qPrintable(error.message));
    QVERIFY(core::ExecutionRepository(*m_db).extensions(m_roadmapId, annual).isEmpty());
    // A year after the end is still fine (31.12.2021 was a day off: due on 10.01.2022).
    QVERIFY(!m_workflow->grantExtension(monitor, m_roadmapId, annual, QDate(2021, 12, 31), QStringLiteral("причина")));
    QVERIFY(!m_workflow->grantExtension(monitor, m_roadmapId, annual, QDate(2022, 1, 20), QStringLiteral("причина"), true));
    QCOMPARE(core::ExecutionRepository(*m_db).extensions(m_roadmapId, annual).size(), 2);
}

void TestExecutionWorkflow::extensionMustBeAfterTheExtendedDueDate()
{
    // Extended to Saturday 15.06.2019, which is due on Monday 17.06: a new extension to Sunday 16.06
    // or to 17.06 itself moves nothing and is refused; 18.06 is fine.
    const core::ObligationKey annual{QStringLiteral("1.4"), fixture::housing(), QStringLiteral("2018")};
    m_clock.setDate(QDate(2019, 5, 10));
    QVERIFY(!m_workflow->grantExtension(monitor, m_roadmapId, annual, QDate(2019, 6, 15), QStringLiteral("причина")));
    QCOMPARE(m_workflow->dayOffNote(m_roadmapId, QDate(2019, 6, 15)),
             QStringLiteral("2019-06-15 is a day off: the deadline falls on 2019-06-17 (Civil Code art. 193)"));
    QCOMPARE(m_workflow->dayOffNote(m_roadmapId, QDate(2019, 6, 14)), QString());
    for (const QDate newDue : {QDate(2019, 6, 1), QDate(2019, 6, 16), QDate(2019, 6, 17)}) {
        const StorageError error = m_workflow->grantExtension(monitor, m_roadmapId, annual, newDue, QStringLiteral("причина"));
        QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
        QVERIFY2(error.message.contains(QStringLiteral("2019-06-17")), qPrintable(error.message));
    }
    QVERIFY(!m_workflow->grantExtension(monitor, m_roadmapId, annual, QDate(2019, 6, 18), QStringLiteral("причина")));
}

void TestExecutionWorkflow::badEvidenceLinkIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no scheme") << QStringLiteral("kgo66.ru/openness");
    QTest::newRow("ftp") << QStringLiteral("ftp://kgo66.ru/file.pdf");
    QTest::newRow("no host") << QStringLiteral("https://");
    QTest::newRow("a file") << QStringLiteral("file:///home/user/report.docx");
    QTest::newRow("spaces") << QStringLiteral("https://kgo 66.ru/x");
}

void TestExecutionWorkflow::badEvidenceLinkIsRefused()
{
    QFETCH(QString, url);
    const StorageError error = m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 3, 19), url));
    QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
    QVERIFY2(error.message.contains(url), qPrintable(error.message));
    QVERIFY(!stored(onceKey()));
}

void TestExecutionWorkflow::unknownObligationNamesWhoOwesIt_data()
{
    QTest::addColumn<QString>("activity");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QStringList>("mentioned");
    QTest::newRow("activity") << QStringLiteral("9.9") << fixture::economy() << QStringLiteral("once") << QStringList{QStringLiteral("9.9")};
    QTest::newRow("period") << QStringLiteral("1.2") << fixture::economy() << QStringLiteral("2017-Q4")
                            << QStringList{QStringLiteral("2017-Q4"), fixture::economy(), fixture::housing()};
    QTest::newRow("once is not quarterly") << QStringLiteral("1.2") << fixture::economy() << QStringLiteral("once")
                                           << QStringList{fixture::economy(), fixture::housing()};
    QTest::newRow("department") << QStringLiteral("1.2") << QStringLiteral("Отдел кадров") << QStringLiteral("2018-Q2")
                                << QStringList{QStringLiteral("Отдел кадров"), fixture::economy(), fixture::housing()};
    QTest::newRow("department of another activity") << QStringLiteral("1.1") << fixture::housing() << QStringLiteral("once")
                                                    << QStringList{fixture::housing(), fixture::economy()};
}

void TestExecutionWorkflow::unknownObligationNamesWhoOwesIt()
{
    QFETCH(QString, activity);
    QFETCH(QString, department);
    QFETCH(QString, period);
    QFETCH(QStringList, mentioned);
    const core::ObligationKey key{activity, department, period};
    const int eventsBefore = auditEvents();
    for (const StorageError &error : {m_workflow->reportExecution(monitor, m_roadmapId, key, done(QDate(2018, 3, 19))),
                                      m_workflow->reportNoEvents(monitor, m_roadmapId, key, {}),
                                      m_workflow->grantExtension(monitor, m_roadmapId, key, QDate(2021, 1, 1), QStringLiteral("r"))}) {
        QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
        for (const QString &text : mentioned)
            QVERIFY2(error.message.contains(text), qPrintable(error.message));
    }
    QCOMPARE(auditEvents(), eventsBefore);
    QCOMPARE(core::ExecutionRepository(*m_db).reports(m_roadmapId).size(), 0);
}

void TestExecutionWorkflow::secondReportNeedsTheVersion()
{
    m_clock.setDate(QDate(2018, 6, 20));
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 19))));
    // The monitor reporting over it, unaware of it, is refused with who reported it.
    const StorageError conflict = m_workflow->reportExecution(monitor, m_roadmapId, onceKey(), done(QDate(2018, 6, 20)));
    QCOMPARE(conflict.kind, StorageError::Kind::Conflict);
    QVERIFY2(conflict.message.contains(QStringLiteral("econ.head")), qPrintable(conflict.message));
    QVERIFY2(conflict.message.contains(QStringLiteral("version 1")), qPrintable(conflict.message));
    QCOMPARE(stored(onceKey())->doneDate, QDate(2018, 6, 19));

    // Based on the version it replaced, the change goes through.
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 20), QStringLiteral("https://kgo66.ru/b")), 1));
    const std::optional<core::ExecutionReport> report = stored(onceKey());
    QCOMPARE(report->version, 2);
    QCOMPARE(report->doneDate, QDate(2018, 6, 20));
    QCOMPARE(report->evidenceUrl, QStringLiteral("https://kgo66.ru/b"));
    const core::AuditEvent last = core::AuditLog(*m_db).events().constLast();
    QCOMPARE(last.before.value(u"done_date").toString(), QStringLiteral("2018-06-19"));
    QCOMPARE(last.after.value(u"done_date").toString(), QStringLiteral("2018-06-20"));
}

void TestExecutionWorkflow::staleVersionNamesBothPeople()
{
    core::Administration administration(*m_db, m_clock.function());
    QVERIFY(!administration.saveUser(monitor, fixture::user(QStringLiteral("econ.deputy"), core::User::Role::DepartmentHead, fixture::economy()), 0));
    const core::Actor deputy{QStringLiteral("econ.deputy"), {}};

    m_clock.setDate(QDate(2018, 6, 20));
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 19))));
    // Both open version 1; the deputy saves first.
    QVERIFY(!m_workflow->reportExecution(deputy, m_roadmapId, onceKey(), done(QDate(2018, 6, 18)), 1));
    const int eventsBefore = auditEvents();
    const StorageError conflict = m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 20)), 1);
    QCOMPARE(conflict.kind, StorageError::Kind::Conflict);
    for (const QString &text : {QStringLiteral("econ.deputy"), QStringLiteral("econ.head"), QStringLiteral("version 2"), QStringLiteral("version 1")})
        QVERIFY2(conflict.message.contains(text), qPrintable(conflict.message));
    QCOMPARE(stored(onceKey())->doneDate, QDate(2018, 6, 18));
    QCOMPARE(stored(onceKey())->reportedBy, QStringLiteral("econ.deputy"));
    QCOMPARE(auditEvents(), eventsBefore);

    // The monitor accepting version 1 after the change is refused the same way, naming the deputy.
    const StorageError staleAccept = m_workflow->accept(monitor, m_roadmapId, onceKey(), {}, 1);
    QCOMPARE(staleAccept.kind, StorageError::Kind::Conflict);
    QVERIFY2(staleAccept.message.contains(QStringLiteral("econ.deputy")), qPrintable(staleAccept.message));
    QVERIFY2(staleAccept.message.contains(QStringLiteral("monitor")), qPrintable(staleAccept.message));
    QCOMPARE(stored(onceKey())->state, core::ExecutionReport::State::Reported);
}

void TestExecutionWorkflow::versionOfAReportThatDoesNotExistIsAConflict()
{
    // Someone believes they saw version 3 of a report nobody has made (a stale window, a mistyped
    // --expect-version): refused as a conflict, not taken for a version that matches.
    const StorageError error = m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 3, 19)), 3);
    QCOMPARE(error.kind, StorageError::Kind::Conflict);
    QVERIFY2(error.message.contains(QStringLiteral("version 3")), qPrintable(error.message));
    QVERIFY(!stored(onceKey()));
    // Version 0 means "I saw no report": that is true, so it goes through.
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 3, 19)), 0));
    QCOMPARE(stored(onceKey())->version, 1);
}

void TestExecutionWorkflow::acceptedReportCannotBeReportedAgain()
{
    m_clock.setDate(QDate(2018, 6, 20));
    QVERIFY(!m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 19))));
    QVERIFY(!m_workflow->accept(monitor, m_roadmapId, onceKey()));
    const int eventsBefore = auditEvents();
    for (const std::optional<int> version : {std::optional<int>(), std::optional<int>(2)}) {
        const StorageError error = m_workflow->reportExecution(econHead, m_roadmapId, onceKey(), done(QDate(2018, 6, 20)), version);
        QCOMPARE(error.kind, StorageError::Kind::InvalidInput);
        QVERIFY2(error.message.contains(QStringLiteral("accepted")), qPrintable(error.message));
    }
    QCOMPARE(m_workflow->accept(monitor, m_roadmapId, onceKey()).kind, StorageError::Kind::InvalidInput);
    QCOMPARE(stored(onceKey())->doneDate, QDate(2018, 6, 19));
    QCOMPARE(stored(onceKey())->version, 2);
    QCOMPARE(auditEvents(), eventsBefore);
}

void TestExecutionWorkflow::seedRoadmapThroughTheImporter()
{
    // The bundled roadmap, imported through the document importer into a fresh file.
    const core::RoadmapImportResult imported = core::RoadmapDocumentImporter().importFile(QStringLiteral(ROADMAP_SEED_FILE));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    core::Database db;
    fixture::Clock clock;
    clock.setDate(QDate(2018, 3, 20));
    const qint64 id = fixture::createDatabase(db, m_dir->filePath(QStringLiteral("seed.sqlite")), imported.roadmap, clock.function());
    QVERIFY(id > 0);
    core::ExecutionWorkflow workflow(db, clock.function());

    // 1.5 runs «Постоянно» for several departments; the economy department reports its own quarter.
    StorageError error;
    const std::optional<core::RoadmapSnapshot> before = core::loadSnapshot(db, id, &error);
    QVERIFY(before);
    QList<core::Obligation> economyObligations;
    for (const core::Obligation &obligation : before->obligations()) {
        if (obligation.key.department == fixture::economy())
            economyObligations.append(obligation);
    }
    QVERIFY(economyObligations.size() > 10);
    const core::Obligation target = economyObligations.first();
    clock.now = QDateTime(target.legalDue, QTime(12, 0), Qt::UTC);
    QVERIFY(!workflow.reportExecution(econHead, id, target.key, done(target.legalDue)));
    clock.now = clock.now.addDays(1);
    QVERIFY(!workflow.accept(monitor, id, target.key));
    const std::optional<core::RoadmapSnapshot> after = core::loadSnapshot(db, id, &error);
    QCOMPARE(after->evaluate(target, target.legalDue.addDays(30)).evaluation.status, ObligationStatus::DoneOnTime);
    QCOMPARE(after->evaluate(economyObligations.constLast(), QDate(2021, 6, 30)).evaluation.status, ObligationStatus::Overdue);
}

QTEST_GUILESS_MAIN(TestExecutionWorkflow)
#include "tst_executionworkflow.moc"
