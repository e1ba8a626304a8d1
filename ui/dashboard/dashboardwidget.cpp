#include "dashboardwidget.h"

#include "departmentprinciplemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QScrollArea>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace ui {

namespace {

const QColor onTimeColour(0x2e, 0x7d, 0x32);
const QColor executionColour(0x15, 0x65, 0xc0);

double percent(double rate)
{
    return std::round(rate * 1000.0) / 10.0; // one decimal, as the status command prints
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

QValueAxis *percentAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d%"));
    return axis;
}

QString quarterLabel(const QString &key)
{
    // "2019-Q2" → "Q2 2019"
    return QCoreApplication::translate("ui::DashboardWidget", "Q%1 %2").arg(key.mid(6), key.left(4));
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    m_cells = new DepartmentPrincipleModel(this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    const QStringList tileNames{QStringLiteral("dueTile"), QStringLiteral("onTimeTile"), QStringLiteral("executionTile"),
                                QStringLiteral("overdueTile"), QStringLiteral("awaitingTile"), QStringLiteral("dueSoonTile")};
    for (const QString &name : tileNames) {
        auto *tile = new QFrame(content);
        tile->setObjectName(name);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setStyleSheet(QStringLiteral("#%1 { background: palette(base); border: 1px solid palette(midlight); border-radius: 6px; }").arg(name));
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(14, 10, 14, 10);
        auto *value = new QLabel(tile);
        value->setObjectName(name + QStringLiteral("Value"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 2.0);
        big.setBold(true);
        value->setFont(big);
        auto *caption = new QLabel(tile);
        caption->setWordWrap(true);
        caption->setStyleSheet(QStringLiteral("color: #5f6368;"));
        tileLayout->addWidget(value);
        tileLayout->addWidget(caption);
        tiles->addWidget(tile, 1);
        m_tileValues.append(value);
        m_tileCaptions.append(caption);
    }
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    m_principleView = makeChartView(QStringLiteral("principleChart"));
    m_statusView = makeChartView(QStringLiteral("statusChart"));
    m_departmentView = makeChartView(QStringLiteral("departmentChart"));
    m_trendView = makeChartView(QStringLiteral("trendChart"));
    charts->addWidget(m_principleView, 0, 0);
    charts->addWidget(m_statusView, 0, 1);
    charts->addWidget(m_departmentView, 1, 0, 1, 2);
    charts->addWidget(m_trendView, 2, 0, 1, 2);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    layout->addLayout(charts);

    m_tableTitle = new QLabel(content);
    QFont sectionFont = m_tableTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.1);
    m_tableTitle->setFont(sectionFont);
    layout->addWidget(m_tableTitle);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("departmentPrincipleTable"));
    m_table->setModel(m_cells);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    layout->addWidget(m_table);
    layout->addStretch(1);
    scroll->setWidget(content);

    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString department = index.data(DepartmentPrincipleModel::DepartmentRole).toString();
        emit filterRequested(index.data(DepartmentPrincipleModel::PrincipleRole).toInt(), department);
    });
    rebuild();
}

QChartView *DashboardWidget::makeChartView(const QString &name)
{
    auto *view = new QChartView(new QChart, this);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(320);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->setMargins(QMargins(6, 6, 6, 6));
    return view;
}

QColor DashboardWidget::statusColour(core::ObligationStatus status)
{
    switch (status) {
    case core::ObligationStatus::DoneOnTime:
        return QColor(0x2e, 0x7d, 0x32);
    case core::ObligationStatus::DoneOnTimeAfterExtension:
        return QColor(0x81, 0xc7, 0x84);
    case core::ObligationStatus::DoneLate:
        return QColor(0xf9, 0xa8, 0x25);
    case core::ObligationStatus::AwaitingVerification:
        return QColor(0x42, 0xa5, 0xf5);
    case core::ObligationStatus::Returned:
        return QColor(0xef, 0x6c, 0x00);
    case core::ObligationStatus::NotApplicable:
        return QColor(0xb0, 0xbe, 0xc5);
    case core::ObligationStatus::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case core::ObligationStatus::DueSoon:
        return QColor(0x8e, 0x24, 0xaa);
    case core::ObligationStatus::Upcoming:
        return QColor(0xe0, 0xe0, 0xe0);
    }
    return Qt::gray;
}

void DashboardWidget::setData(const core::Roadmap &roadmap, const core::ComplianceReport &report,
                              const QList<core::EvaluatedObligation> &evaluated)
{
    m_roadmap = roadmap;
    m_report = report;
    m_evaluated = evaluated;
    rebuild();
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void DashboardWidget::rebuild()
{
    m_title->setText(m_report.asOf.isValid()
                         ? tr("Compliance as of %1").arg(m_report.asOf.toString(QStringLiteral("dd.MM.yyyy")))
                         : tr("No data yet: open a database with a roadmap."));
    m_cells->setData(m_roadmap, m_evaluated, m_report.asOf);
    m_tableTitle->setText(tr("On-time rate by department and principle (click a cell to see its obligations)"));
    m_table->setColumnWidth(0, 340);
    // The whole table is shown; the dashboard scrolls, not the table.
    const int rows = m_cells->rowCount();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize() + 4);
    fillTiles();
    fillPrincipleChart();
    fillStatusChart();
    fillDepartmentChart();
    fillTrendChart();
}

void DashboardWidget::fillTiles()
{
    const core::ComplianceSummary &totals = m_report.totals;
    // Rates of nothing due are no rates: «—», as in reports and `status`.
    const auto rate = [&](double value) { return totals.hasDue() ? QStringLiteral("%1%").arg(percent(value)) : QStringLiteral("—"); };
    const QStringList values{QString::number(totals.due), rate(totals.onTimeRate()), rate(totals.executionRate()),
                             QString::number(totals.overdue),
                             QString::number(totals.awaitingVerification), QString::number(totals.dueSoon)};
    const QStringList captions{tr("obligations due of %1").arg(totals.obligations), tr("done on time"), tr("done at all (execution rate)"),
                               tr("overdue"), tr("awaiting verification"), tr("due soon")};
    const QList<QColor> colours{palette().color(QPalette::WindowText), onTimeColour, executionColour,
                                statusColour(core::ObligationStatus::Overdue), statusColour(core::ObligationStatus::AwaitingVerification),
                                statusColour(core::ObligationStatus::DueSoon)};
    for (int i = 0; i < m_tileValues.size(); ++i) {
        m_tileValues[i]->setText(values[i]);
        m_tileValues[i]->setStyleSheet(QStringLiteral("color: %1;").arg(colours[i].name()));
        m_tileCaptions[i]->setText(captions[i]);
    }
}

void DashboardWidget::fillPrincipleChart()
{
    QChart *chart = m_principleView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("By principle"));

    m_principles = m_report.byPrinciple.keys();
    auto *onTime = new QBarSet(tr("On time"));
    onTime->setObjectName(QStringLiteral("principleOnTime"));
    onTime->setColor(onTimeColour);
    auto *executed = new QBarSet(tr("Executed"));
    executed->setObjectName(QStringLiteral("principleExecuted"));
    executed->setColor(executionColour);
    QStringList categories;
    for (int principle : std::as_const(m_principles)) {
        const core::ComplianceSummary &summary = m_report.byPrinciple.value(principle);
        onTime->append(percent(summary.onTimeRate()));
        executed->append(percent(summary.executionRate()));
        categories.append(QString::number(principle));
    }
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("principleSeries"));
    series->append(onTime);
    series->append(executed);
    series->setLabelsVisible(false);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Principle"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = percentAxis();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    connect(series, &QBarSeries::clicked, this, [this](int index) {
        if (index >= 0 && index < m_principles.size())
            emit filterRequested(m_principles[index], {});
    });
    connect(series, &QBarSeries::hovered, this, [this](bool state, int index) {
        const core::Principle *principle = index >= 0 && index < m_principles.size() ? m_roadmap.principle(m_principles[index]) : nullptr;
        m_principleView->setToolTip(state && principle ? tr("Principle %1: %2").arg(principle->number).arg(principle->title) : QString());
    });
}

void DashboardWidget::fillDepartmentChart()
{
    QChart *chart = m_departmentView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("By department"));

    m_departments = m_report.byDepartment.keys();
    auto *onTime = new QBarSet(tr("On time"));
    onTime->setObjectName(QStringLiteral("departmentOnTime"));
    onTime->setColor(onTimeColour);
    auto *executed = new QBarSet(tr("Executed"));
    executed->setObjectName(QStringLiteral("departmentExecuted"));
    executed->setColor(executionColour);
    QStringList categories;
    // Horizontal bars grow upwards; the reversed order reads alphabetically from the top.
    for (auto it = m_departments.crbegin(); it != m_departments.crend(); ++it) {
        const core::ComplianceSummary &summary = m_report.byDepartment.value(*it);
        onTime->append(percent(summary.onTimeRate()));
        executed->append(percent(summary.executionRate()));
        QString label = elided(*it, 46);
        while (categories.contains(label))
            label += u' ';
        categories.append(label);
    }
    auto *series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("departmentSeries"));
    series->append(onTime);
    series->append(executed);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    QFont small = y->labelsFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.9));
    y->setLabelsFont(small);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = percentAxis();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_departmentView->setMinimumHeight(std::max(320, int(m_departments.size()) * 34 + 110));
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int index) {
        const int row = int(m_departments.size()) - 1 - index;
        if (row >= 0 && row < m_departments.size())
            emit filterRequested(0, m_departments[row]);
    });
}

void DashboardWidget::fillStatusChart()
{
    QChart *chart = m_statusView->chart();
    chart->removeAllSeries();
    chart->setTitle(tr("Status of the obligations (%1 in all)").arg(m_report.totals.obligations));
    const core::ComplianceSummary &totals = m_report.totals;
    const QList<QPair<core::ObligationStatus, int>> counts{
        {core::ObligationStatus::DoneOnTime, totals.doneOnTime},
        {core::ObligationStatus::DoneOnTimeAfterExtension, totals.doneOnTimeAfterExtension},
        {core::ObligationStatus::DoneLate, totals.doneLate},
        {core::ObligationStatus::AwaitingVerification, totals.awaitingVerification},
        {core::ObligationStatus::Returned, totals.returned},
        {core::ObligationStatus::NotApplicable, totals.notApplicable},
        {core::ObligationStatus::Overdue, totals.overdue},
        {core::ObligationStatus::DueSoon, totals.dueSoon},
        {core::ObligationStatus::Upcoming, totals.upcoming},
    };
    auto *series = new QPieSeries;
    series->setObjectName(QStringLiteral("statusSeries"));
    series->setHoleSize(0.5);
    series->setPieSize(0.85);
    for (const auto &[status, count] : counts) {
        if (count == 0)
            continue;
        QPieSlice *slice = series->append(QStringLiteral("%1: %2").arg(core::obligationStatusName(status)).arg(count), count);
        slice->setColor(statusColour(status));
        slice->setBorderColor(Qt::white);
        slice->setProperty("status", core::obligationStatusId(status));
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart->legend()->font();
    small.setPointSizeF(std::max(7.5, small.pointSizeF() * 0.95));
    chart->legend()->setFont(small);
    chart->legend()->setShowToolTips(true);
}

void DashboardWidget::fillTrendChart()
{
    QChart *chart = m_trendView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Trend by quarter of the due date"));

    auto *onTime = new QLineSeries;
    onTime->setObjectName(QStringLiteral("trendOnTime"));
    onTime->setName(tr("On time"));
    onTime->setColor(onTimeColour);
    onTime->setPointsVisible(true);
    auto *executed = new QLineSeries;
    executed->setObjectName(QStringLiteral("trendExecuted"));
    executed->setName(tr("Executed"));
    executed->setColor(executionColour);
    executed->setPointsVisible(true);
    QStringList categories;
    for (auto it = m_report.byQuarter.cbegin(); it != m_report.byQuarter.cend(); ++it) {
        if (it->due == 0)
            continue; // quarters still ahead have no rate yet
        const qreal x = categories.size();
        onTime->append(x, percent(it->onTimeRate()));
        executed->append(x, percent(it->executionRate()));
        categories.append(quarterLabel(it.key()));
    }
    for (QLineSeries *series : {onTime, executed}) {
        QPen pen = series->pen();
        pen.setWidthF(2.5);
        series->setPen(pen);
    }
    chart->addSeries(onTime);
    chart->addSeries(executed);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = percentAxis();
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {onTime, executed}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace ui
