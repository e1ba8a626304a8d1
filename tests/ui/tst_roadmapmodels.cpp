#include "uitestsupport.h"

#include "obligationlistmodel.h"
#include "obligationlistproxy.h"
#include "roadmapdata.h"
#include "roadmapfilterproxy.h"
#include "roadmaprepository.h"
#include "roadmaptreemodel.h"
#include "snapshotloader.h"
#include "statusstyle.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace ui;
using core::ObligationStatus;

class TestRoadmapModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void treeHoldsEveryObligation();
    void activitiesShowTheMostUrgentStatus();
    void proxyFiltersByDepartmentStatusAndPeriod();
    void proxyFiltersByTextAndPrinciple();
    void proxySortsByDueDate();
    void treeSurvivesAnotherAsOfDate();
    void obligationListNarrowsToADepartmentAndCategory();

private:
    /// Obligation rows visible through a proxy, with the keys' departments and statuses.
    static QList<QModelIndex> visibleObligations(const QAbstractItemModel &model, const QModelIndex &parent = {});

    QTemporaryDir m_dir;
    RoadmapDataPtr m_data;
};

void TestRoadmapModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    uitest::pinEnvironment(m_dir);
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(uitest::createDemo(path), QString());
    core::Database db;
    QVERIFY(!db.open(core::DatabaseLocation::sqlite(path)));
    core::StorageError error;
    const std::optional<core::RoadmapSnapshot> snapshot = core::loadSnapshot(db, core::RoadmapRepository(db).roadmapHeaders().first().id, &error);
    QVERIFY2(snapshot, qPrintable(error.message));
    m_data = RoadmapData::evaluate(*snapshot, QDate(2021, 6, 30));
    QVERIFY(m_data->evaluated.size() > 300);
}

QList<QModelIndex> TestRoadmapModels::visibleObligations(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QList<QModelIndex> result;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (RoadmapTreeModel::NodeKind(index.data(RoadmapTreeModel::NodeKindRole).toInt()) == RoadmapTreeModel::NodeKind::Obligation)
            result.append(index);
        result += visibleObligations(model, index);
    }
    return result;
}

void TestRoadmapModels::treeHoldsEveryObligation()
{
    RoadmapTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoadmap(m_data);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.index(0, 0).data(RoadmapTreeModel::PrincipleRole).toInt(), 1);

    const QList<QModelIndex> obligations = visibleObligations(model);
    QCOMPARE(obligations.size(), m_data->evaluated.size());
    // Every row carries exactly core's evaluation.
    for (const core::EvaluatedObligation &evaluated : m_data->evaluated) {
        const QModelIndex index = model.obligationIndex(evaluated.obligation.key);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(RoadmapTreeModel::StatusRole).toInt(), int(evaluated.evaluation.status));
        QCOMPARE(index.data(RoadmapTreeModel::DueDateRole).toDate(), evaluated.evaluation.effectiveDue);
        QCOMPARE(index.parent().data(RoadmapTreeModel::ActivityNumberRole).toString(), evaluated.obligation.key.activity);
    }
    // Activity 1.7 is printed under principle 2 in the seed, yet belongs to principle 1.
    QCOMPARE(model.activityIndex(QStringLiteral("1.7")).parent().data(RoadmapTreeModel::PrincipleRole).toInt(), 1);
}

void TestRoadmapModels::activitiesShowTheMostUrgentStatus()
{
    RoadmapTreeModel model;
    model.setRoadmap(m_data);
    int overdueActivities = 0;
    for (const core::Activity &activity : m_data->snapshot.roadmap.activities) {
        const QModelIndex index = model.activityIndex(activity.number);
        int worst = -1;
        std::optional<ObligationStatus> expected;
        for (const core::EvaluatedObligation &evaluated : m_data->evaluated) {
            if (evaluated.obligation.key.activity != activity.number)
                continue;
            const int severity = statusstyle::severity(evaluated.evaluation.status);
            if (severity > worst) {
                worst = severity;
                expected = evaluated.evaluation.status;
            }
        }
        QCOMPARE(index.data(RoadmapTreeModel::StatusRole).toInt(), expected ? int(*expected) : -1);
        if (expected == ObligationStatus::Overdue)
            ++overdueActivities;
    }
    // The demo history leaves some obligations overdue at its end.
    QVERIFY(overdueActivities > 0);
}

void TestRoadmapModels::proxyFiltersByDepartmentStatusAndPeriod()
{
    RoadmapTreeModel model;
    model.setRoadmap(m_data);
    RoadmapFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);

    RoadmapFilter filter;
    filter.department = uitest::economy;
    proxy.setRoadmapFilter(filter);
    QList<QModelIndex> visible = visibleObligations(proxy);
    const auto expectedCount = [this](const std::function<bool(const core::EvaluatedObligation &)> &match) {
        return int(std::count_if(m_data->evaluated.cbegin(), m_data->evaluated.cend(), match));
    };
    QCOMPARE(visible.size(), expectedCount([](const auto &e) { return e.obligation.key.department == uitest::economy; }));
    for (const QModelIndex &index : std::as_const(visible))
        QCOMPARE(index.data(RoadmapTreeModel::DepartmentsRole).toStringList(), QStringList{uitest::economy});

    filter = {};
    filter.statuses = {ObligationStatus::Overdue};
    proxy.setRoadmapFilter(filter);
    QCOMPARE(visibleObligations(proxy).size(), m_data->compliance.totals.overdue);

    filter.statuses = {};
    filter.dueFrom = QDate(2019, 1, 1);
    filter.dueTo = QDate(2019, 12, 31);
    proxy.setRoadmapFilter(filter);
    visible = visibleObligations(proxy);
    QCOMPARE(visible.size(), expectedCount([](const auto &e) {
                 return e.evaluation.effectiveDue >= QDate(2019, 1, 1) && e.evaluation.effectiveDue <= QDate(2019, 12, 31);
             }));

    proxy.setRoadmapFilter({});
    QCOMPARE(visibleObligations(proxy).size(), m_data->evaluated.size());
    QCOMPARE(proxy.rowCount(), 9);
}

void TestRoadmapModels::proxyFiltersByTextAndPrinciple()
{
    RoadmapTreeModel model;
    model.setRoadmap(m_data);
    RoadmapFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);

    RoadmapFilter filter;
    filter.principle = 3;
    proxy.setRoadmapFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(RoadmapTreeModel::PrincipleRole).toInt(), 3);

    // Words match the activity's text, wording or departments, case-insensitively.
    filter = {};
    filter.text = QStringLiteral("САЙТЕ");
    proxy.setRoadmapFilter(filter);
    int activities = 0;
    for (int p = 0; p < proxy.rowCount(); ++p) {
        const QModelIndex principle = proxy.index(p, 0);
        for (int a = 0; a < proxy.rowCount(principle); ++a) {
            const core::Activity *activity = m_data->snapshot.roadmap.activity(
                proxy.index(a, 0, principle).data(RoadmapTreeModel::ActivityNumberRole).toString());
            QVERIFY(activity);
            QString haystack = activity->number + u' ' + activity->text + u' ' + activity->deadlineText;
            for (const core::Assignment &assignment : activity->assignments)
                haystack += u' ' + assignment.department;
            QVERIFY2(haystack.toLower().contains(u"сайте"), qPrintable(activity->number));
            ++activities;
        }
    }
    QVERIFY(activities > 0);
    QVERIFY(activities < m_data->snapshot.roadmap.activities.size());

    filter.text = QStringLiteral("нет-такого-слова");
    proxy.setRoadmapFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestRoadmapModels::proxySortsByDueDate()
{
    RoadmapTreeModel model;
    model.setRoadmap(m_data);
    RoadmapFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(RoadmapTreeModel::DueColumn, Qt::DescendingOrder);
    const QModelIndex activity = proxy.mapFromSource(model.activityIndex(QStringLiteral("1.1")));
    QVERIFY(proxy.rowCount(activity) > 2);
    for (int row = 1; row < proxy.rowCount(activity); ++row)
        QVERIFY(proxy.index(row - 1, 0, activity).data(RoadmapTreeModel::DueDateRole).toDate()
                >= proxy.index(row, 0, activity).data(RoadmapTreeModel::DueDateRole).toDate());
    proxy.sort(RoadmapTreeModel::ItemColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data(RoadmapTreeModel::ActivityNumberRole).toString(), QStringLiteral("1.1"));
}

void TestRoadmapModels::treeSurvivesAnotherAsOfDate()
{
    RoadmapTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoadmap(m_data);
    const RoadmapDataPtr early = RoadmapData::evaluate(m_data->snapshot, QDate(2018, 6, 30));
    model.setRoadmap(early);
    const core::EvaluatedObligation &first = early->evaluated.first();
    QCOMPARE(model.obligationIndex(first.obligation.key).data(RoadmapTreeModel::StatusRole).toInt(), int(first.evaluation.status));
    model.setRoadmap(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestRoadmapModels::obligationListNarrowsToADepartmentAndCategory()
{
    ObligationListModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoadmap(m_data);
    QCOMPARE(model.rowCount(), m_data->evaluated.size());

    ObligationListProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setDepartments({uitest::economy});
    int expectedTotal = 0;
    for (int c = 0; c < ObligationListModel::CategoryCount; ++c) {
        const auto category = ObligationListModel::Category(c);
        const int expected = int(std::count_if(m_data->evaluated.cbegin(), m_data->evaluated.cend(), [&](const auto &e) {
            if (e.obligation.key.department != uitest::economy)
                return false;
            // A report sent back stays in "returned" even once it is overdue again.
            const auto report = m_data->snapshot.reports.constFind(e.obligation.key);
            const bool returned = report != m_data->snapshot.reports.cend() && report->state == core::ExecutionReport::State::Returned;
            return (returned ? ObligationListModel::Category::Returned : ObligationListModel::categoryOf(e.evaluation.status)) == category;
        }));
        QCOMPARE(proxy.count(category), expected);
        proxy.setCategories({category});
        QCOMPARE(proxy.rowCount(), expected);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(ObligationListModel::DepartmentRole).toString(), uitest::economy);
        expectedTotal += expected;
    }
    proxy.setCategories({});
    QCOMPARE(proxy.rowCount(), expectedTotal);

    // The verification queue: every department, reported and not yet accepted.
    proxy.setDepartments({});
    proxy.setCategories({ObligationListModel::Category::AwaitingVerification});
    QCOMPARE(proxy.rowCount(), m_data->compliance.totals.awaitingVerification);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, 0).data(ObligationListModel::ReportVersionRole).toInt() > 0);
}

QTEST_MAIN(TestRoadmapModels)
#include "tst_roadmapmodels.moc"
