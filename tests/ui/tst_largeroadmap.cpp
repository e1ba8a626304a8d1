#include "deadlineparser.h"
#include "obligationlistmodel.h"
#include "obligationlistproxy.h"
#include "roadmapdata.h"
#include "roadmapfilterproxy.h"
#include "roadmaptreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include "reporttextdocument.h"
#include "statusreportbuilder.h"
#include <QScrollBar>
#include <QStyleFactory>
#include <QTreeView>
#include <QtTest>

using namespace ui;

/// A roadmap of 50,000 obligations built in memory: how long the window's models, proxies and
/// view take to show and filter it. Timings are printed, not asserted (machines differ);
/// the counts are checked.
class TestLargeRoadmap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filteringFiftyThousandObligations();
    void reportingOnFiftyThousandObligations();

private:
    static void report(const char *what, qint64 milliseconds);

    RoadmapDataPtr m_data;
};

void TestLargeRoadmap::report(const char *what, qint64 milliseconds)
{
    qInfo("%-48s %6lld ms", what, milliseconds);
}

void TestLargeRoadmap::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // 2,500 activities × 20 quarters (2018–2022) = 50,000 obligations over 40 departments.
    core::RoadmapSnapshot snapshot;
    core::Roadmap &roadmap = snapshot.roadmap;
    roadmap.id = 1;
    roadmap.title = QStringLiteral("Large roadmap");
    roadmap.periodStart = QDate(2018, 1, 1);
    roadmap.periodEnd = QDate(2022, 12, 31);
    for (int d = 0; d < 40; ++d)
        roadmap.departments.append({QStringLiteral("Отдел №%1").arg(d + 1), {}, core::Department::Kind::AdministrationDepartment, {}, true});
    for (int p = 1; p <= 10; ++p)
        roadmap.principles.append({p, QStringLiteral("Принцип %1").arg(p)});
    const core::DeadlineRule continuous = core::DeadlineParser(roadmap.periodStart, roadmap.periodEnd).parse(QStringLiteral("Постоянно"));
    QVERIFY(continuous.isValid());
    for (int a = 0; a < 2500; ++a) {
        core::Activity activity;
        activity.principle = a % 10 + 1;
        activity.number = QStringLiteral("%1.%2").arg(activity.principle).arg(a / 10 + 1);
        activity.text = QStringLiteral("Мероприятие %1: размещение сведений на официальном сайте, выпуск %2").arg(activity.number).arg(a);
        activity.deadlineText = QStringLiteral("Постоянно");
        activity.rule = continuous;
        activity.assignments.append({roadmap.departments.at(a % 40).name, core::AssignmentRole::Lead, false});
        roadmap.activities.append(activity);
    }
    snapshot.calendar = core::WorkCalendar();
    const QList<core::Obligation> obligations = snapshot.obligations();
    QCOMPARE(obligations.size(), 50000);
    // Half of them reported, a tenth of those returned.
    for (int i = 0; i < obligations.size(); i += 2) {
        core::ExecutionReport report;
        report.key = obligations.at(i).key;
        report.state = i % 20 == 0 ? core::ExecutionReport::State::Returned : core::ExecutionReport::State::Accepted;
        report.doneDate = obligations.at(i).legalDue.addDays(i % 7 - 3);
        report.reportedBy = QStringLiteral("head");
        report.version = 1;
        snapshot.reports.insert(report.key, report);
    }

    QElapsedTimer timer;
    timer.start();
    m_data = RoadmapData::evaluate(snapshot, QDate(2021, 6, 30));
    report("evaluate 50,000 obligations (worker thread)", timer.elapsed());
    QCOMPARE(m_data->evaluated.size(), 50000);
}

void TestLargeRoadmap::reportingOnFiftyThousandObligations()
{
    // The status report of one quarter for one principle: its 250 obligations and the 2,250
    // left open before it (the whole roadmap's runs to some 1,100 pages).
    core::ReportParameters parameters;
    parameters.period = core::ReportPeriod::quarter(2021, 2);
    parameters.asOf = QDate(2021, 6, 30);
    parameters.principle = 3;
    QElapsedTimer timer;
    timer.start();
    const std::optional<core::ReportDocument> document = core::StatusReportBuilder::build(m_data->snapshot, parameters, {});
    report("build the 2021-Q2 status report", timer.elapsed());
    QVERIFY(document);
    QCOMPARE(document->figures.obligations, 250);
    timer.restart();
    const ui::ReportTextDocument layout(*document);
    const int pages = layout.pageCount();
    report("lay it out on A4 pages", timer.elapsed());
    qInfo("  %d pages", pages);
    QVERIFY(pages > 20);
}

void TestLargeRoadmap::filteringFiftyThousandObligations()
{
    QElapsedTimer timer;
    RoadmapTreeModel model;
    timer.start();
    model.setRoadmap(m_data);
    report("build the tree model", timer.elapsed());

    RoadmapFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.resize(1200, 800);
    view.setModel(&proxy);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // As the window opens it: principles expanded, activities closed.
    timer.restart();
    for (int row = 0; row < proxy.rowCount(); ++row)
        view.expand(proxy.index(row, 0));
    view.viewport()->repaint();
    report("open the principles (2,510 rows)", timer.elapsed());

    timer.restart();
    view.sortByColumn(RoadmapTreeModel::DueColumn, Qt::DescendingOrder);
    view.viewport()->repaint();
    report("sort by due date", timer.elapsed());

    // Scrolling: jump through the list one page at a time and paint each page.
    const auto scroll = [&view](const char *what) {
        QElapsedTimer total;
        total.start();
        QScrollBar *bar = view.verticalScrollBar();
        qint64 worstPage = 0;
        for (int step = 0; step < 50; ++step) {
            QElapsedTimer page;
            page.start();
            bar->setValue(bar->maximum() * step / 49);
            view.viewport()->repaint();
            worstPage = std::max(worstPage, page.elapsed());
        }
        report(what, worstPage);
    };
    scroll("scroll: slowest of 50 pages");

    // The worst case: every branch open, 52,510 rows.
    timer.restart();
    view.expandAll();
    view.viewport()->repaint();
    report("expand every branch (52,510 rows)", timer.elapsed());
    scroll("scroll all open: slowest of 50 pages");
    timer.restart();
    view.sortByColumn(RoadmapTreeModel::StatusColumn, Qt::DescendingOrder);
    view.viewport()->repaint();
    report("sort all open by status", timer.elapsed());
    timer.restart();
    view.collapseAll();
    for (int row = 0; row < proxy.rowCount(); ++row)
        view.expand(proxy.index(row, 0));
    view.viewport()->repaint();
    report("collapse to principles", timer.elapsed());

    // As the window does: filter, then open the branches that matched, repaint.
    const auto timeFilter = [&](const char *what, const RoadmapFilter &filter) {
        QElapsedTimer t;
        t.start();
        proxy.setRoadmapFilter(filter);
        const qint64 filtering = t.elapsed();
        for (int row = 0; row < proxy.rowCount(); ++row)
            view.expand(proxy.index(row, 0));
        view.viewport()->repaint();
        report(what, t.elapsed());
        report("  of which the proxy", filtering);
    };
    RoadmapFilter filter;
    filter.department = QStringLiteral("Отдел №7");
    timeFilter("filter: one department", filter);
    int visible = 0;
    for (int p = 0; p < proxy.rowCount(); ++p) {
        const QModelIndex principle = proxy.index(p, 0);
        for (int a = 0; a < proxy.rowCount(principle); ++a)
            visible += proxy.rowCount(proxy.index(a, 0, principle));
    }
    QCOMPARE(visible, int(std::count_if(m_data->evaluated.cbegin(), m_data->evaluated.cend(), [](const auto &e) {
                 return e.obligation.key.department == QStringLiteral("Отдел №7");
             })));

    filter = {};
    filter.statuses = {core::ObligationStatus::Overdue};
    timeFilter("filter: overdue", filter);
    QVERIFY(proxy.rowCount() > 0);

    filter = {};
    filter.text = QStringLiteral("выпуск 2499");
    timeFilter("filter: free text", filter);
    QCOMPARE(proxy.rowCount(), 1);

    filter = {};
    filter.dueFrom = QDate(2019, 1, 1);
    filter.dueTo = QDate(2019, 12, 31);
    timeFilter("filter: due in 2019", filter);

    timeFilter("filter: cleared", {});
    QCOMPARE(proxy.rowCount(), 10);

    // The flat list behind "My obligations".
    ObligationListModel list;
    ObligationListProxy listProxy;
    listProxy.setSourceModel(&list);
    QTreeView listView;
    listView.setRootIsDecorated(false);
    listView.setUniformRowHeights(true);
    listView.resize(1200, 800);
    listView.setModel(&listProxy);
    listView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&listView));
    timer.restart();
    list.setRoadmap(m_data);
    listView.viewport()->repaint();
    report("flat list: show 50,000 rows", timer.elapsed());
    timer.restart();
    listView.sortByColumn(ObligationListModel::DueColumn, Qt::AscendingOrder);
    listView.viewport()->repaint();
    report("flat list: sort by due date", timer.elapsed());
    QElapsedTimer page;
    qint64 worstPage = 0;
    for (int step = 0; step < 50; ++step) {
        page.start();
        listView.verticalScrollBar()->setValue(listView.verticalScrollBar()->maximum() * step / 49);
        listView.viewport()->repaint();
        worstPage = std::max(worstPage, page.elapsed());
    }
    report("flat list: scroll, slowest of 50 pages", worstPage);
    timer.restart();
    listProxy.setDepartments({QStringLiteral("Отдел №7")});
    listProxy.setCategories({ObligationListModel::Category::Overdue});
    listView.viewport()->repaint();
    report("flat list: filter to a department's overdue", timer.elapsed());
    QVERIFY(listProxy.rowCount() > 0);
    timer.restart();
    listProxy.setDepartments({});
    listProxy.setCategories({});
    listView.viewport()->repaint();
    report("flat list: clear the filter", timer.elapsed());
    QCOMPARE(listProxy.rowCount(), 50000);
}

QTEST_MAIN(TestLargeRoadmap)
#include "tst_largeroadmap.moc"
