#include "workflowfixture.h"

#include "auditlog.h"
#include "executionrepository.h"
#include "executionworkflow.h"
#include "roadmapdocumentimporter.h"
#include "roadmaprepository.h"
#include "roadmapediting.h"
#include "roadmapupdate.h"

#include <QTemporaryDir>

using core::StorageError;
using namespace Qt::StringLiterals;

namespace {

const core::Actor monitor{u"monitor"_s, {}};

core::Roadmap seed()
{
    const core::RoadmapImportResult imported = core::RoadmapDocumentImporter().importFile(QStringLiteral(ROADMAP_SEED_FILE));
    return imported.roadmap;
}

QStringList activityNumbers(const core::Roadmap &roadmap)
{
    QStringList numbers;
    for (const core::Activity &activity : roadmap.activities)
        numbers.append(activity.number);
    return numbers;
}

} // namespace

/// Importing the same decree again (issue "Any administration's plan", importing again).
class TestRoadmapUpdate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsTheRoadmapOfTheSameAct();
    void comparesRoadmaps();
    void appliesTheDocumentKeepingReports();
    void rulesSetByHandSurviveTheSameWording();
    void refusesPeopleWhoMayNotManageTheRoadmap();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    core::Database m_db;
    fixture::Clock m_clock;
    qint64 m_roadmapId = 0;
};

void TestRoadmapUpdate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db.close();
    m_clock.setDate(QDate(2018, 7, 3));
    m_roadmapId = fixture::createDatabase(m_db, m_dir->filePath(u"update.sqlite"_s), seed(), m_clock.function());
    QVERIFY(m_roadmapId > 0);
}

void TestRoadmapUpdate::findsTheRoadmapOfTheSameAct()
{
    core::RoadmapUpdate update(m_db, m_clock.function());
    core::Roadmap same = seed();
    QCOMPARE(update.roadmapWithSameAct(same), m_roadmapId);
    same.actKind.clear(); // a kind the other copy did not say does not make another act
    QCOMPARE(update.roadmapWithSameAct(same), m_roadmapId);

    core::Roadmap other = seed();
    other.actNumber = u"254"_s;
    QCOMPARE(update.roadmapWithSameAct(other), 0);
    other = seed();
    other.actDate = other.actDate.addDays(1);
    QCOMPARE(update.roadmapWithSameAct(other), 0);
    other = seed();
    other.actKind = u"распоряжение"_s;
    QCOMPARE(update.roadmapWithSameAct(other), 0);
    other.actNumber.clear(); // no act at all never matches
    QCOMPARE(update.roadmapWithSameAct(other), 0);
}

void TestRoadmapUpdate::comparesRoadmaps()
{
    const core::Roadmap before = seed();
    QVERIFY(core::compareRoadmaps(before, before).isEmpty());

    core::Roadmap after = before;
    after.title += u" (в редакции 2019 года)"_s;
    after.activities.removeIf([](const core::Activity &a) { return a.number == u"9.5"_s; });
    after.activities[0].deadlineText = u"ежеквартально"_s;
    core::Activity added = after.activities.last();
    added.number = u"9.6"_s;
    after.activities.append(added);
    after.principles.append({10, u"Новый принцип"_s});

    const core::RoadmapChanges changes = core::compareRoadmaps(before, after);
    QCOMPARE(changes.addedActivities, QStringList{u"9.6"_s});
    QCOMPARE(changes.removedActivities, QStringList{u"9.5"_s});
    QCOMPARE(changes.changedActivities, QStringList{u"1.1"_s});
    QCOMPARE(changes.addedPrinciples, QList<int>{10});
    QCOMPARE(changes.headerChanges.size(), 1);
}

void TestRoadmapUpdate::appliesTheDocumentKeepingReports()
{
    // A report on 1.2 before the new edition drops 1.2 and 9.5 and rewords 1.1.
    core::ExecutionWorkflow workflow(m_db, m_clock.function());
    const core::ObligationKey reported{u"1.2"_s, u"Отдел экономики и стратегического развития"_s, u"2018-Q2"_s};
    const StorageError reportError = workflow.reportExecution({u"econ.head"_s, {}}, m_roadmapId, reported,
                                                              {QDate(2018, 7, 2), u"https://kgo66.ru/"_s, {}, {}});
    QVERIFY2(!reportError, qPrintable(reportError.message));

    core::Roadmap edition = seed();
    edition.activities.removeIf([](const core::Activity &a) { return a.number == u"1.2"_s || a.number == u"9.5"_s; });
    edition.activities[0].deadlineText = u"ежеквартально"_s;
    edition.activities[0].note = u"Ожидаемый результат: информация на сайте"_s;
    edition.activities[0].assignments = {{u"Отдел по организационной работе"_s, core::AssignmentRole::Lead, false},
                                         {u"Новый отдел"_s, core::AssignmentRole::CoExecutor, false}};
    edition.departments.append(core::Department{u"Новый отдел"_s});
    core::Activity added = edition.activities.last();
    added.number = u"9.6"_s;
    added.text = u"Новое мероприятие"_s;
    edition.activities.append(added);
    edition.sourceName = u"edition-2019.docx"_s;

    m_clock.setDate(QDate(2019, 2, 1));
    core::RoadmapUpdate update(m_db, m_clock.function());
    QStringList kept;
    core::RoadmapChanges applied;
    const StorageError error = update.apply(monitor, m_roadmapId, edition, &kept, &applied);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(kept, QStringList{u"1.2"_s});
    QCOMPARE(applied.addedActivities, QStringList{u"9.6"_s});
    QCOMPARE(applied.changedActivities, QStringList{u"1.1"_s});
    QCOMPARE(applied.removedActivities, (QStringList{u"1.2"_s, u"9.5"_s}));

    const std::optional<core::Roadmap> stored = core::RoadmapRepository(m_db).load(m_roadmapId);
    QVERIFY(stored);
    const QStringList numbers = activityNumbers(*stored);
    QVERIFY(numbers.contains(u"1.2"_s));
    QVERIFY(!numbers.contains(u"9.5"_s));
    QVERIFY(numbers.contains(u"9.6"_s));
    QCOMPARE(stored->activity(u"1.1"_s)->deadlineText, u"ежеквартально"_s);
    QCOMPARE(stored->activity(u"1.1"_s)->note, u"Ожидаемый результат: информация на сайте"_s);
    QCOMPARE(stored->activity(u"1.1"_s)->assignments.size(), 2);
    QCOMPARE(stored->activity(u"1.1"_s)->assignments[1].department, u"Новый отдел"_s);
    QCOMPARE(stored->sourceName, u"edition-2019.docx"_s);
    QCOMPARE(stored->actKind, u"постановление"_s);

    // The report is still there, and the trail agrees with every row.
    QVERIFY(core::ExecutionRepository(m_db).report(m_roadmapId, reported));
    StorageError verifyError;
    const QStringList problems = core::AuditLog(m_db).verify(nullptr, &verifyError);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Applying the same edition again changes nothing.
    const int events = core::AuditLog(m_db).events().size();
    QVERIFY(!update.apply(monitor, m_roadmapId, edition, &kept));
    QCOMPARE(core::AuditLog(m_db).events().size(), events);
}

void TestRoadmapUpdate::rulesSetByHandSurviveTheSameWording()
{
    core::RoadmapEditing editing(m_db, m_clock.function());
    const QString rule = u"ежегодно не позднее 15 мая года, следующего за отчетным"_s;
    for (const QString &number : {u"1.1"_s, u"1.3"_s}) {
        const StorageError error = editing.setActivityRule(monitor, m_roadmapId, number, rule, editing.activityVersion(m_roadmapId, number));
        QVERIFY2(!error, qPrintable(error.message));
    }

    // A new edition: 1.1 keeps its wording (its text changes), 1.3 is reworded.
    core::Roadmap edition = seed();
    edition.activities[0].text = u"Новый текст мероприятия"_s;
    for (core::Activity &activity : edition.activities) {
        if (activity.number == u"1.3"_s)
            activity.deadlineText = u"ежеквартально"_s;
    }
    core::RoadmapUpdate update(m_db, m_clock.function());
    core::RoadmapChanges applied;
    const StorageError error = update.apply(monitor, m_roadmapId, edition, nullptr, &applied);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(applied.droppedRules, QStringList{u"1.3"_s});

    const std::optional<core::Roadmap> stored = core::RoadmapRepository(m_db).load(m_roadmapId);
    QVERIFY(stored);
    QCOMPARE(stored->activity(u"1.1"_s)->text, u"Новый текст мероприятия"_s);
    QCOMPARE(stored->activity(u"1.1"_s)->manualRule.wording, rule);
    QCOMPARE(stored->activity(u"1.1"_s)->rule.components[0].kind, core::DeadlineComponent::Kind::Periodic);
    QVERIFY(!stored->activity(u"1.3"_s)->manualRule.isSet());
    QCOMPARE(stored->activity(u"1.3"_s)->rule.components[0].unit, core::PeriodUnit::Quarter);
    StorageError verifyError;
    const QStringList problems = core::AuditLog(m_db).verify(nullptr, &verifyError);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestRoadmapUpdate::refusesPeopleWhoMayNotManageTheRoadmap()
{
    core::Roadmap edition = seed();
    edition.activities.removeLast();
    core::RoadmapUpdate update(m_db, m_clock.function());
    QCOMPARE(update.apply({u"econ.head"_s, {}}, m_roadmapId, edition).kind, StorageError::Kind::NotPermitted);
    QCOMPARE(activityNumbers(*core::RoadmapRepository(m_db).load(m_roadmapId)).size(), 47);
}

QTEST_GUILESS_MAIN(TestRoadmapUpdate)
#include "tst_roadmapupdate.moc"
