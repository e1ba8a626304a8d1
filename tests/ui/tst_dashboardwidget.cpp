#include "demofixture.h"

#include "dashboardwidget.h"
#include "departmentprinciplemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace core;

namespace {

double percent(double rate)
{
    return std::round(rate * 1000.0) / 10.0;
}

template<typename T>
T *series(ui::DashboardWidget &dashboard, const QString &view)
{
    auto *chartView = dashboard.findChild<QChartView *>(view);
    if (!chartView || chartView->chart()->series().isEmpty())
        return nullptr;
    return qobject_cast<T *>(chartView->chart()->series().first());
}

} // namespace

class TestDashboardWidget : public QObject
{
    Q_OBJECT

    std::unique_ptr<demo::Fixture> m_fixture;
    RoadmapSnapshot m_snapshot;
    QList<EvaluatedObligation> m_evaluated;
    ComplianceReport m_report;

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_fixture = std::make_unique<demo::Fixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error.message));
        m_snapshot = m_fixture->snapshot();
        m_evaluated = m_snapshot.evaluate(QDate(2021, 6, 30));
        m_report = ComplianceReport::build(m_evaluated, QDate(2021, 6, 30));
        QVERIFY(m_report.totals.due > 0);
    }

    void figuresEqualCore()
    {
        ui::DashboardWidget dashboard;
        dashboard.setData(m_snapshot.roadmap, m_report, m_evaluated);

        auto *principles = series<QBarSeries>(dashboard, QStringLiteral("principleChart"));
        QVERIFY(principles);
        QCOMPARE(principles->count(), 2);
        QCOMPARE(dashboard.chartPrinciples(), m_report.byPrinciple.keys());
        for (int i = 0; i < dashboard.chartPrinciples().size(); ++i) {
            const ComplianceSummary &summary = m_report.byPrinciple.value(dashboard.chartPrinciples()[i]);
            QCOMPARE(principles->barSets()[0]->at(i), percent(summary.onTimeRate()));
            QCOMPARE(principles->barSets()[1]->at(i), percent(summary.executionRate()));
        }

        auto *departments = series<QHorizontalBarSeries>(dashboard, QStringLiteral("departmentChart"));
        QVERIFY(departments);
        const QStringList names = dashboard.chartDepartments();
        QCOMPARE(names, m_report.byDepartment.keys());
        for (int i = 0; i < names.size(); ++i) {
            const int bar = int(names.size()) - 1 - i; // drawn from the bottom up
            QCOMPARE(departments->barSets()[0]->at(bar), percent(m_report.byDepartment.value(names[i]).onTimeRate()));
            QCOMPARE(departments->barSets()[1]->at(bar), percent(m_report.byDepartment.value(names[i]).executionRate()));
        }

        auto *statuses = series<QPieSeries>(dashboard, QStringLiteral("statusChart"));
        QVERIFY(statuses);
        QVERIFY(statuses->holeSize() > 0);
        QCOMPARE(int(std::lround(statuses->sum())), m_report.totals.obligations);
        for (QPieSlice *slice : statuses->slices()) {
            if (slice->property("status").toString() == obligationStatusId(ObligationStatus::Overdue))
                QCOMPARE(int(slice->value()), m_report.totals.overdue);
            if (slice->property("status").toString() == obligationStatusId(ObligationStatus::DoneOnTime))
                QCOMPARE(int(slice->value()), m_report.totals.doneOnTime);
        }

        auto *trend = dashboard.findChild<QChartView *>(QStringLiteral("trendChart"))->chart();
        QCOMPARE(trend->series().size(), 2);
        int quarters = 0;
        for (const ComplianceSummary &summary : m_report.byQuarter)
            quarters += summary.due > 0 ? 1 : 0;
        auto *onTimeTrend = qobject_cast<QLineSeries *>(trend->series().first());
        QCOMPARE(onTimeTrend->count(), quarters);
        QCOMPARE(onTimeTrend->at(0).y(), percent(m_report.byQuarter.first().onTimeRate()));

        QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("onTimeTileValue"))->text(),
                 QStringLiteral("%1%").arg(percent(m_report.totals.onTimeRate())));
        QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("overdueTileValue"))->text(), QString::number(m_report.totals.overdue));
        QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("dueTileValue"))->text(), QString::number(m_report.totals.due));
    }

    void cellTableEqualsCore()
    {
        ui::DashboardWidget dashboard;
        ui::DepartmentPrincipleModel *model = dashboard.cellModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        dashboard.setData(m_snapshot.roadmap, m_report, m_evaluated);
        QCOMPARE(model->rowCount(), m_report.byDepartment.size());
        const int allColumn = model->columnCount() - 1;
        QMap<int, int> duePerPrinciple;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString department = model->index(row, 0).data().toString();
            const ComplianceSummary expected = m_report.byDepartment.value(department);
            const QModelIndex all = model->index(row, allColumn);
            QCOMPARE(all.data(ui::DepartmentPrincipleModel::DueRole).toInt(), expected.due);
            if (expected.due > 0) {
                QCOMPARE(all.data(ui::DepartmentPrincipleModel::OnTimeRateRole).toDouble(), expected.onTimeRate());
                QCOMPARE(all.data().toString(), QStringLiteral("%1%").arg(std::lround(expected.onTimeRate() * 100)));
                QCOMPARE(all.data(Qt::BackgroundRole).value<QColor>(), ui::DepartmentPrincipleModel::rateColour(expected.onTimeRate()));
            }
            for (int column = 1; column < allColumn; ++column) {
                const QModelIndex cell = model->index(row, column);
                duePerPrinciple[cell.data(ui::DepartmentPrincipleModel::PrincipleRole).toInt()] += cell.data(ui::DepartmentPrincipleModel::DueRole).toInt();
            }
        }
        for (auto it = m_report.byPrinciple.cbegin(); it != m_report.byPrinciple.cend(); ++it)
            QCOMPARE(duePerPrinciple.value(it.key()), it->due);
        QVERIFY(ui::DepartmentPrincipleModel::rateColour(0.0).hueF() < ui::DepartmentPrincipleModel::rateColour(1.0).hueF());
    }

    void clicksRequestAFilter()
    {
        ui::DashboardWidget dashboard;
        dashboard.setData(m_snapshot.roadmap, m_report, m_evaluated);
        dashboard.resize(1300, 900);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QSignalSpy filter(&dashboard, &ui::DashboardWidget::filterRequested);

        auto *principles = series<QBarSeries>(dashboard, QStringLiteral("principleChart"));
        emit principles->clicked(2, principles->barSets().first());
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.last().at(0).toInt(), dashboard.chartPrinciples()[2]);
        QCOMPARE(filter.last().at(1).toString(), QString());

        auto *departments = series<QHorizontalBarSeries>(dashboard, QStringLiteral("departmentChart"));
        emit departments->clicked(0, departments->barSets().first());
        QCOMPARE(filter.last().at(0).toInt(), 0);
        QCOMPARE(filter.last().at(1).toString(), dashboard.chartDepartments().last());

        auto *table = dashboard.findChild<QTableView *>(QStringLiteral("departmentPrincipleTable"));
        const QModelIndex cell = dashboard.cellModel()->index(1, 2);
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTRY_COMPARE(filter.count(), 3);
        QCOMPARE(filter.last().at(0).toInt(), dashboard.cellModel()->principles()[1]);
        QCOMPARE(filter.last().at(1).toString(), dashboard.cellModel()->departments()[1]);
    }
};

QTEST_MAIN(TestDashboardWidget)
#include "tst_dashboardwidget.moc"
