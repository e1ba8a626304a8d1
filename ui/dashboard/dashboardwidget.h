#pragma once

#include "compliance.h"
#include "obligationstatus.h"
#include "roadmap.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableView;

namespace ui {

class DepartmentPrincipleModel;

/// Where the roadmap stands at a glance: key figures, on-time and execution rates by principle
/// and by department, the status distribution, the trend by quarter and a department × principle
/// table. Every figure comes from core's ComplianceReport, so it agrees with `roadmap-tracker status`.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);

    /// evaluated gives the department × principle cells; report everything else.
    void setData(const core::Roadmap &roadmap, const core::ComplianceReport &report,
                 const QList<core::EvaluatedObligation> &evaluated);

    DepartmentPrincipleModel *cellModel() const { return m_cells; }
    /// The principle numbers and department names in the order the bar charts show them.
    QList<int> chartPrinciples() const { return m_principles; }
    QStringList chartDepartments() const { return m_departments; }
    /// The colour a status has in the charts.
    static QColor statusColour(core::ObligationStatus status);

signals:
    /// A bar or a table cell was clicked: principle 0 means any, an empty department any.
    void filterRequested(int principle, const QString &department);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillTiles();
    void fillPrincipleChart();
    void fillDepartmentChart();
    void fillStatusChart();
    void fillTrendChart();
    QChartView *makeChartView(const QString &name);

    core::Roadmap m_roadmap;
    core::ComplianceReport m_report;
    QList<core::EvaluatedObligation> m_evaluated;
    QList<int> m_principles;
    QStringList m_departments;

    QLabel *m_title = nullptr;
    QList<QLabel *> m_tileValues;
    QList<QLabel *> m_tileCaptions;
    QChartView *m_principleView = nullptr;
    QChartView *m_departmentView = nullptr;
    QChartView *m_statusView = nullptr;
    QChartView *m_trendView = nullptr;
    QLabel *m_tableTitle = nullptr;
    QTableView *m_table = nullptr;
    DepartmentPrincipleModel *m_cells = nullptr;
};

} // namespace ui
